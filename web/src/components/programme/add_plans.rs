//! Adding locality plans to a borough document: from a file (a plan saved from this
//! app, or a council's spreadsheet of actions), or from a plan shared through
//! cares-server (its id and sharing key, as `GET /api/documents/{id}` asks). Each plan
//! in what was read is added by one `AddPlan` edit; the core refuses one that is
//! already in the borough, and the page says so. The borough keeps a copy: a newer
//! copy is brought in by removing the plan and adding it again.

use cares_core::document::Document;
use cares_core::edits::{Edit, EditError};
use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::frame::plan_file_picker::{PlanFilePicker, PlanFiles};
use crate::components::plan::plan_context::edit_problem;
use crate::workspace::{NotDone, OpenPlan};

/// Adds every plan of `from` to the borough; says what happened, plan by plan.
fn add_plans(open: OpenPlan, from: &Document) -> Result<String, String> {
    let plans = &from.content().plans;
    if plans.is_empty() {
        return Err("This holds no action plan, so nothing was added.".to_owned());
    }
    let mut said = Vec::new();
    for plan in plans {
        let title = plan.title.trim();
        match open.edit(Edit::AddPlan {
            plan: Box::new(plan.clone()),
        }) {
            Ok(()) => said.push(format!("Added “{title}”.")),
            Err(NotDone::Refused(EditError::AlreadyExists { .. })) => said.push(format!(
                "“{title}” is already in this borough, so it was left as it is. To bring in a newer copy, remove it first."
            )),
            Err(e) => return Err(format!("“{title}”: {}", edit_problem(&e))),
        }
    }
    Ok(said.join(" "))
}

/// Reads a plan shared through cares-server, with its sharing key.
async fn fetch_shared(id: DocumentId, key: &str) -> Result<Document, String> {
    const UNREACHABLE: &str = "Could not reach the server. Check you are online and try again.";
    let unreachable = |_| UNREACHABLE.to_owned();
    let window = web_sys::window().ok_or_else(|| UNREACHABLE.to_owned())?;
    let headers = web_sys::Headers::new().map_err(unreachable)?;
    headers
        .set("Authorization", &format!("Bearer {}", key.trim()))
        .map_err(unreachable)?;
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    let response =
        JsFuture::from(window.fetch_with_str_and_init(&format!("/api/documents/{id}"), &init))
            .await
            .map_err(unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(unreachable)?;
    match response.status() {
        200 => {}
        401 | 403 => {
            return Err(
                "That key does not open this shared plan. Check the key and try again.".to_owned(),
            );
        }
        404 => {
            return Err(
                "No shared plan has that id on this server. Check the id and try again.".to_owned(),
            );
        }
        _ => {
            return Err(
                "The server could not send this plan just now. Try again in a moment.".to_owned(),
            );
        }
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.map_err(unreachable)?,
        Err(_) => JsValue::UNDEFINED,
    };
    let text = text.as_string().unwrap_or_default();
    Document::from_json(text.as_bytes())
        .map_err(|e| format!("The shared plan could not be read: {e}."))
}

/// The ways to add locality plans to the borough, and what happened.
#[component]
pub fn AddPlans(open: OpenPlan) -> impl IntoView {
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let on_plan = Callback::new(move |doc: Document| outcome.set(Some(add_plans(open, &doc))));
    let shared_id = RwSignal::new(String::new());
    let shared_key = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let fetch = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Ok(id) = uuid::Uuid::parse_str(shared_id.get_untracked().trim()) else {
            outcome.set(Some(Err(
                "Enter the shared plan's id as it was given to you, such as 6f1c…".to_owned(),
            )));
            return;
        };
        if shared_key.get_untracked().trim().is_empty() {
            outcome.set(Some(Err(
                "Enter the sharing key that came with the plan's id.".to_owned(),
            )));
            return;
        }
        busy.set(true);
        spawn_local_scoped(async move {
            let got = fetch_shared(DocumentId::from_uuid(id), &shared_key.get_untracked()).await;
            busy.set(false);
            outcome.set(Some(got.and_then(|doc| add_plans(open, &doc))));
        });
    };
    view! {
        <section aria-labelledby="add-plans-heading">
            <h2 id="add-plans-heading">"Add locality plans"</h2>
            <p>
                "The borough keeps a copy of each plan. To bring in a newer copy, remove the plan below and add it again."
            </p>
            <PlanFilePicker
                label="Add a plan from a file"
                id="add-plan-file"
                unchanged="Nothing in this borough has been changed."
                on_plan
                opens=PlanFiles::DocumentsAndTables
            />
            <form class="programme-form" on:submit=fetch novalidate>
                <h3>"A plan shared through the server"</h3>
                <div class="field">
                    <label class="field__label" for="shared-plan-id">
                        "Shared plan's id"
                    </label>
                    <input class="field__input" id="shared-plan-id" type="text" autocomplete="off" bind:value=shared_id />
                </div>
                <div class="field">
                    <label class="field__label" for="shared-plan-key">
                        "Sharing key"
                    </label>
                    <input class="field__input" id="shared-plan-key" type="text" autocomplete="off" spellcheck="false" bind:value=shared_key />
                </div>
                <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                    "Add the shared plan"
                </button>
            </form>
            {move || match outcome.get() {
                Some(Err(message)) => Some(view! { <p class="form-error" role="alert">{message}</p> }),
                _ => None,
            }}
            <div class="file-outcome" role="status">
                {move || match outcome.get() {
                    Some(Ok(message)) => Some(view! { <p>{message}</p> }),
                    _ => None,
                }}
            </div>
        </section>
    }
}

/// The plans in the borough, each with a way to take it out.
#[component]
pub fn BoroughPlans(open: OpenPlan) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let plans = Memo::new(move |_| {
        open.doc.with(|d| {
            d.content()
                .plans
                .iter()
                .map(|p| (p.id, p.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="borough-plans-heading">
            <h2 id="borough-plans-heading">"Plans in this borough"</h2>
            {move || failed.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            <ul class="programme-entries">
                {move || {
                    plans
                        .get()
                        .into_iter()
                        .map(|(id, title)| {
                            let label = format!("Remove {title} from the borough");
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name">{title}</p>
                                    <button
                                        class="button button--warning"
                                        type="button"
                                        on:click=move |_| {
                                            if let Err(e) = open.edit(Edit::RemovePlan { plan: id }) {
                                                failed.set(Some(edit_problem(&e)));
                                            }
                                        }
                                    >
                                        <span aria-hidden="true">"Remove"</span>
                                        <span class="visually-hidden">{label}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
