//! "Start a new plan": a locality name, then a new plan saved on this device.
//!
//! The form is part of Home's first screen; making and saving the plan needs the
//! core's document code, which is fetched (in its own chunk, kept for offline use
//! like the pages) when the plan is started, so Home's first load leaves it out.
//! The name typed is kept as a draft until the plan is started: if that code cannot
//! be fetched, the page's "Try again" reloads it, and the name must still be there.

use cares_core::edits::EditError;
use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::hooks::use_navigate;

use crate::components::frame::focus::move_focus_to;
use crate::i18n::t;
use crate::store::drafts::{self, DraftKey};
use crate::store::{self, persistence};
use crate::workspace::{new_locality_plan, summary_of, today};

const FIELD_ID: &str = "new-plan-locality";
const ERROR_ID: &str = "new-plan-locality-error";

/// Why a plan was not started: what is wrong with the name (said at the field), or
/// why it could not be saved.
#[derive(Debug, Clone)]
enum NotStarted {
    Refused(String),
    NotSaved(String),
}

split_off! {
    /// A new plan for `locality`, saved on this device; its id, to open it.
    async fn start_plan(locality: String) -> Result<DocumentId, NotStarted> {
        let doc = new_locality_plan(&locality).map_err(|e| {
            NotStarted::Refused(match e {
                EditError::TooLong { limit, .. } => t!("frame-new-too-long", limit = limit),
                _ => t!("frame-new-missing"),
            })
        })?;
        store::put_document(&doc, &summary_of(&doc, today()))
            .await
            .map_err(NotStarted::NotSaved)?;
        Ok(doc.id())
    }
}

/// The form that starts a plan for a locality and opens it.
#[component]
pub fn NewPlanForm() -> impl IntoView {
    // Not in a plan yet: the draft is Home's own.
    let draft = DraftKey::new("home", "new-plan", "locality");
    let locality = RwSignal::new(drafts::read(&draft).unwrap_or_default());
    let kept = draft.clone();
    Effect::new(move |_| {
        locality.with(|typed| {
            if typed.trim().is_empty() {
                drafts::forget(&kept);
            } else {
                drafts::keep(&kept, typed);
            }
        });
    });
    let field_error = RwSignal::new(None::<String>);
    let save_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let navigate = use_navigate();

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        save_error.set(None);
        busy.set(true);
        let navigate = navigate.clone();
        let draft = draft.clone();
        spawn_local_scoped(async move {
            let started = start_plan(locality.get_untracked()).await;
            busy.set(false);
            match started {
                Ok(id) => {
                    field_error.set(None);
                    drafts::forget(&draft);
                    let _ = persistence::ask().await;
                    navigate(&format!("/plan/{id}"), Default::default());
                }
                Err(NotStarted::Refused(message)) => {
                    field_error.set(Some(message));
                    move_focus_to(FIELD_ID);
                }
                Err(NotStarted::NotSaved(reason)) => {
                    field_error.set(None);
                    save_error.set(Some(t!("frame-new-not-saved", reason = reason)));
                }
            }
        });
    };

    view! {
        <form class="new-plan-form" on:submit=start novalidate>
            <div class="field" class:field--error=move || field_error.get().is_some()>
                <label class="field__label" for=FIELD_ID>
                    {t!("frame-new-label")}
                </label>
                <p class="field__hint" id="new-plan-locality-hint">
                    {t!("frame-new-hint")}
                </p>
                {move || {
                    field_error
                        .get()
                        .map(|message| view! { <p class="field__error" id=ERROR_ID>{message}</p> })
                }}
                <input
                    class="field__input"
                    id=FIELD_ID
                    name="locality"
                    type="text"
                    autocomplete="off"
                    required
                    aria-invalid=move || field_error.get().map(|_| "true")
                    aria-describedby=move || {
                        if field_error.get().is_some() {
                            format!("new-plan-locality-hint {ERROR_ID}")
                        } else {
                            "new-plan-locality-hint".to_owned()
                        }
                    }
                    bind:value=locality
                />
            </div>
            {move || save_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                {t!("frame-new-start")}
            </button>
            // On a first visit the plan's code may still be on its way: say so, politely.
            <p class="new-plan-form__status" role="status">
                {move || busy.get().then(|| t!("page-loading"))}
            </p>
        </form>
    }
}
