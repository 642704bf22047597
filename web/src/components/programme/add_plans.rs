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
use crate::i18n::t;
use crate::workspace::{NotDone, OpenPlan};

/// Adds every plan of `from` to the borough; says what happened, plan by plan.
fn add_plans(open: OpenPlan, from: &Document) -> Result<String, String> {
    let plans = &from.content().plans;
    if plans.is_empty() {
        return Err(t!("programme-add-no-plan"));
    }
    let mut said = Vec::new();
    for plan in plans {
        let title = plan.title.trim();
        match open.edit(Edit::AddPlan {
            plan: Box::new(plan.clone()),
        }) {
            Ok(()) => said.push(t!("programme-add-added", title = title)),
            Err(NotDone::Refused(EditError::AlreadyExists { .. })) => {
                said.push(t!("programme-add-already-there", title = title));
            }
            Err(e) => {
                return Err(t!(
                    "programme-add-refused",
                    title = title,
                    problem = edit_problem(&e)
                ));
            }
        }
    }
    Ok(said.join(" "))
}

/// The file picker takes its words for the life of the app; a page's words in the
/// chosen language are made once per visit, so keeping them costs a few bytes.
fn kept_for_the_page(words: String) -> &'static str {
    Box::leak(words.into_boxed_str())
}

/// Reads a plan shared through cares-server, with its sharing key.
async fn fetch_shared(id: DocumentId, key: &str) -> Result<Document, String> {
    let unreachable = |_| t!("programme-add-unreachable");
    let window = web_sys::window().ok_or_else(|| t!("programme-add-unreachable"))?;
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
            return Err(t!("programme-add-wrong-key"));
        }
        404 => {
            return Err(t!("programme-add-no-such-plan"));
        }
        _ => {
            return Err(t!("programme-add-server-failed"));
        }
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.map_err(unreachable)?,
        Err(_) => JsValue::UNDEFINED,
    };
    let text = text.as_string().unwrap_or_default();
    Document::from_json(text.as_bytes())
        .map_err(|e| t!("programme-add-unreadable", problem = e.to_string()))
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
            outcome.set(Some(Err(t!("programme-add-enter-id"))));
            return;
        };
        if shared_key.get_untracked().trim().is_empty() {
            outcome.set(Some(Err(t!("programme-add-enter-key"))));
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
            <h2 id="add-plans-heading">{t!("programme-add-title")}</h2>
            <p>{t!("programme-add-intro")}</p>
            <PlanFilePicker
                label=kept_for_the_page(t!("programme-add-file"))
                id="add-plan-file"
                unchanged=kept_for_the_page(t!("programme-add-unchanged"))
                on_plan
                opens=PlanFiles::DocumentsAndTables
            />
            <form class="programme-form" on:submit=fetch novalidate>
                <h3>{t!("programme-add-shared-title")}</h3>
                <div class="field">
                    <label class="field__label" for="shared-plan-id">
                        {t!("programme-add-shared-id")}
                    </label>
                    <input class="field__input" id="shared-plan-id" type="text" autocomplete="off" bind:value=shared_id />
                </div>
                <div class="field">
                    <label class="field__label" for="shared-plan-key">
                        {t!("programme-add-shared-key")}
                    </label>
                    <input class="field__input" id="shared-plan-key" type="text" autocomplete="off" spellcheck="false" bind:value=shared_key />
                </div>
                <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                    {t!("programme-add-shared-button")}
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
            <h2 id="borough-plans-heading">{t!("programme-plans-title")}</h2>
            {move || failed.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            <ul class="programme-entries">
                {move || {
                    plans
                        .get()
                        .into_iter()
                        .map(|(id, title)| {
                            let label = t!("programme-plans-remove", title = title.as_str());
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name" translate="no">{title}</p>
                                    <button
                                        class="button button--warning"
                                        type="button"
                                        on:click=move |_| {
                                            if let Err(e) = open.edit(Edit::RemovePlan { plan: id }) {
                                                failed.set(Some(edit_problem(&e)));
                                            }
                                        }
                                    >
                                        <span aria-hidden="true">{t!("programme-remove")}</span>
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
