//! "Open a plan from a file" on the home page: a plan new to this device is saved
//! and opened; a copy of one already here can be merged into it. A spreadsheet of
//! actions (CSV) is always a new plan.
//!
//! The field is on Home's first screen; keeping or merging a plan is the core's
//! document code, fetched when a file is kept (`split_off!`).

use cares_core::document::Document;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::frame::file_choice::FileChoice;
use crate::components::frame::focus::move_focus_to;
use crate::components::frame::plan_file_picker::{PlanFilePicker, PlanFiles};
use crate::i18n::t;
use crate::store::{self, persistence};
use crate::workspace::{Kept, keep_from_file};

split_off! {
    /// Keeps a plan read from a file: a new one is saved, a copy of one already here
    /// merged into it.
    async fn keep(doc: Document) -> Result<Kept, String> {
        keep_from_file(&doc).await.map_err(|reason| reason.to_string())
    }
}

const PICKER_ID: &str = "open-plan-file";

/// Where opening a file stands.
#[derive(Debug, Clone)]
enum Step {
    Idle,
    /// The file is a copy of a plan already here, titled so: merge or cancel? (The
    /// copy waits in `picked`.)
    AlreadyHere(String),
    Merged {
        href: String,
        added: usize,
    },
    Failed(String),
}

/// The file field and what follows from the file. `on_change` runs after a merge,
/// so the list of plans can be read again.
#[component]
pub fn OpenPlanFile(
    /// Called after a plan on this device has changed.
    on_change: Callback<()>,
) -> impl IntoView {
    let step = RwSignal::new(Step::Idle);
    let picked = StoredValue::new(None::<Document>);
    let navigate = use_navigate();

    let save_and_open = {
        let navigate = navigate.clone();
        move |doc: Document| {
            let navigate = navigate.clone();
            let id = doc.id();
            spawn_local_scoped(async move {
                match keep(doc).await {
                    Ok(Kept::Added) => {
                        let _ = persistence::ask().await;
                        navigate(&format!("/plan/{id}"), Default::default());
                    }
                    Ok(Kept::Merged(added)) => {
                        move_focus_to(PICKER_ID);
                        step.set(Step::Merged {
                            href: format!("/plan/{id}"),
                            added,
                        });
                        on_change.run(());
                    }
                    Err(reason) => step.set(Step::Failed(t!(
                        "open-file-not-kept",
                        reason = reason.to_string()
                    ))),
                }
            });
        }
    };

    let on_plan = {
        let save_and_open = save_and_open.clone();
        Callback::new(move |doc: Document| {
            step.set(Step::Idle);
            let save_and_open = save_and_open.clone();
            spawn_local_scoped(async move {
                match store::contains(doc.id()).await {
                    Ok(true) => {
                        let title = doc.content().display_title().to_string();
                        picked.set_value(Some(doc));
                        step.set(Step::AlreadyHere(title));
                    }
                    Ok(false) => save_and_open(doc),
                    Err(reason) => step.set(Step::Failed(t!(
                        "open-file-not-kept",
                        reason = reason.to_string()
                    ))),
                }
            });
        })
    };

    let merge = move |_| {
        if let Some(doc) = picked.try_update_value(Option::take).flatten() {
            save_and_open(doc);
        }
    };

    view! {
        <PlanFilePicker
            label=t!("open-file-label")
            id=PICKER_ID
            unchanged=t!("open-file-unchanged")
            on_plan
            opens=PlanFiles::DocumentsAndTables
        />
        {move || match step.get() {
            Step::Idle => ().into_any(),
            Step::AlreadyHere(title) => {
                let merge = merge.clone();
                view! {
                    <FileChoice question=t!("open-file-copy-of-plan")>
                        <p class="file-choice__detail">
                            {t!(
                                "open-file-already-here",
                                title = title
                            )}
                        </p>
                        <button class="button" type="button" on:click=merge>
                            {t!("open-file-merge")}
                        </button>
                        <button
                            class="button button--secondary"
                            type="button"
                            on:click=move |_| {
                                picked.set_value(None);
                                step.set(Step::Idle);
                                move_focus_to(PICKER_ID);
                            }
                        >
                            {t!("open-file-cancel")}
                        </button>
                    </FileChoice>
                }
                    .into_any()
            }
            Step::Merged { .. } => ().into_any(),
            Step::Failed(message) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
        }}
        // Always on the page, so screen readers announce what appears in it.
        <div class="file-outcome" role="status">
            {move || match step.get() {
                Step::Merged { href, added } => {
                    Some(view! {
                        <p>
                            {merged_message(added)}
                            " "
                            <A href=href>{t!("open-file-go-to-plan")}</A>
                        </p>
                    })
                }
                _ => None,
            }}
        </div>
    }
}

/// "Merged: 3 new changes." (or "1 new change", "0 new changes").
pub fn merged_message(added: usize) -> String {
    t!("open-file-merged", count = added)
}
