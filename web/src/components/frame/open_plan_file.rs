//! "Open a plan from a file" on the home page: a plan new to this device is saved
//! and opened; a copy of one already here can be merged into it. A spreadsheet of
//! actions (CSV) is always a new plan.

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

const PICKER_ID: &str = "open-plan-file";

/// Where opening a file stands.
#[derive(Debug, Clone)]
enum Step {
    Idle,
    /// The file is a copy of a plan already here: merge or cancel?
    AlreadyHere(Box<Document>),
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
    let navigate = use_navigate();

    let save_and_open = {
        let navigate = navigate.clone();
        move |doc: Document| {
            let navigate = navigate.clone();
            spawn_local_scoped(async move {
                match keep_from_file(&doc).await {
                    Ok(Kept::Added) => {
                        let _ = persistence::ask().await;
                        navigate(&format!("/plan/{}", doc.id()), Default::default());
                    }
                    Ok(Kept::Merged(added)) => {
                        move_focus_to(PICKER_ID);
                        step.set(Step::Merged {
                            href: format!("/plan/{}", doc.id()),
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
                    Ok(true) => step.set(Step::AlreadyHere(Box::new(doc))),
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
        if let Step::AlreadyHere(doc) = step.get_untracked() {
            save_and_open(*doc);
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
            Step::AlreadyHere(doc) => {
                let merge = merge.clone();
                view! {
                    <FileChoice question=t!("open-file-copy-of-plan")>
                        <p class="file-choice__detail">
                            {t!(
                                "open-file-already-here",
                                title = doc.content().display_title().to_string()
                            )}
                        </p>
                        <button class="button" type="button" on:click=merge>
                            {t!("open-file-merge")}
                        </button>
                        <button
                            class="button button--secondary"
                            type="button"
                            on:click=move |_| {
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
