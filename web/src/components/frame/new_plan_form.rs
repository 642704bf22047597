//! "Start a new plan": a locality name, then a new plan saved on this device.

use cares_core::edits::EditError;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::hooks::use_navigate;

use crate::components::frame::focus::move_focus_to;
use crate::i18n::t;
use crate::store::{self, persistence};
use crate::workspace::{new_locality_plan, summary_of, today};

const FIELD_ID: &str = "new-plan-locality";
const ERROR_ID: &str = "new-plan-locality-error";

/// The form that starts a plan for a locality and opens it.
#[component]
pub fn NewPlanForm() -> impl IntoView {
    let locality = RwSignal::new(String::new());
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
        let doc = match new_locality_plan(&locality.get_untracked()) {
            Ok(doc) => doc,
            Err(e) => {
                field_error.set(Some(match e {
                    EditError::TooLong { limit, .. } => t!("frame-new-too-long", limit = limit),
                    _ => t!("frame-new-missing"),
                }));
                move_focus_to(FIELD_ID);
                return;
            }
        };
        field_error.set(None);
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local_scoped(async move {
            let saved = store::put_document(&doc, &summary_of(&doc, today())).await;
            busy.set(false);
            match saved {
                Ok(()) => {
                    // There is work to keep now: ask the browser to keep it.
                    let _ = persistence::ask().await;
                    navigate(&format!("/plan/{}", doc.id()), Default::default());
                }
                Err(reason) => save_error.set(Some(t!("frame-new-not-saved", reason = reason))),
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
        </form>
    }
}
