//! "Start a borough programme": a name, then a new borough document saved on this
//! device and opened at the borough at a glance, where locality plans are added.

use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, EditError};
use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use crate::components::frame::focus::move_focus_to;
use crate::components::programme::nav::programme_path;
use crate::i18n::t;
use crate::store::{self, persistence};
use crate::workspace::{summary_of, this_tab, today};

const FIELD_ID: &str = "new-borough-title";
const ERROR_ID: &str = "new-borough-title-error";
const HINT_ID: &str = "new-borough-title-hint";

/// A new borough document with no plans yet, titled through the core (which refuses
/// a blank or overlong title).
fn new_borough(title: &str) -> Result<Document, EditError> {
    let mut doc = Document::from_content(
        DocumentId::from_uuid(Uuid::new_v4()),
        Content::new(String::new()),
    );
    doc.apply(
        this_tab(),
        Edit::SetTitle {
            title: title.trim().to_owned(),
        },
    )?;
    Ok(doc)
}

/// `/borough/new`.
#[component]
pub fn StartBoroughPage() -> impl IntoView {
    let title = RwSignal::new(String::new());
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
        let doc = match new_borough(&title.get_untracked()) {
            Ok(doc) => doc,
            Err(e) => {
                field_error.set(Some(match e {
                    EditError::TooLong { limit, .. } => {
                        t!("programme-start-too-long", limit = limit)
                    }
                    _ => t!("programme-start-no-name"),
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
                    let _ = persistence::ask().await;
                    navigate(&programme_path(doc.id(), ""), Default::default());
                }
                Err(reason) => {
                    save_error.set(Some(t!("programme-start-not-saved", reason = reason)))
                }
            }
        });
    };

    view! {
        <h1>{t!("programme-start-title")}</h1>
        <p>
            {t!("programme-start-intro")}
        </p>
        <form on:submit=start novalidate>
            <div class="field" class:field--error=move || field_error.get().is_some()>
                <label class="field__label" for=FIELD_ID>
                    {t!("programme-start-name")}
                </label>
                <p class="field__hint" id=HINT_ID>
                    {t!("programme-start-name-hint")}
                </p>
                {move || {
                    field_error
                        .get()
                        .map(|message| view! { <p class="field__error" id=ERROR_ID>{message}</p> })
                }}
                <input
                    class="field__input"
                    id=FIELD_ID
                    type="text"
                    autocomplete="off"
                    required
                    aria-invalid=move || field_error.get().map(|_| "true")
                    aria-describedby=move || {
                        if field_error.get().is_some() {
                            format!("{HINT_ID} {ERROR_ID}")
                        } else {
                            HINT_ID.to_owned()
                        }
                    }
                    bind:value=title
                />
            </div>
            {move || save_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                {t!("programme-start-button")}
            </button>
        </form>
        <p>
            {t!("programme-start-look-first")}
            " "
            <A href="/borough/example">{t!("home-borough-example")}</A>
        </p>
    }
}
