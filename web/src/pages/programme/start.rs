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
                        format!("That name is too long. Use fewer than {limit} characters.")
                    }
                    _ => "Enter a name for the programme.".to_owned(),
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
                Err(reason) => save_error.set(Some(format!(
                    "The programme could not be saved: {reason}. Nothing was created."
                ))),
            }
        });
    };

    view! {
        <h1>"Start a borough programme"</h1>
        <p>
            "A borough programme brings the localities' action plans together, with the network, the Carer Empowerment Plan, progress markers and self-assessments. You add the locality plans next."
        </p>
        <form on:submit=start novalidate>
            <div class="field" class:field--error=move || field_error.get().is_some()>
                <label class="field__label" for=FIELD_ID>
                    "Name of the programme"
                </label>
                <p class="field__hint" id=HINT_ID>
                    "For example, The Borough That Cares 2024-25."
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
                "Start programme"
            </button>
        </form>
        <p>
            "Want to look around first? "
            <A href="/borough/example">"Try the example borough"</A>
        </p>
    }
}
