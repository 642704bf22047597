//! "Open someone else's file" on the Share page, with its three outcomes: a copy of
//! this plan (see what merging would change, merge their changes in, then choose
//! between any values both people changed), a different plan (open it beside this
//! one, or replace this one with it), or a file that cannot be read (nothing changes).

use cares_core::document::Document;
use cares_core::merging::{self, Conflict, MergePreview};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::hooks::use_navigate;

use crate::components::frame::file_choice::FileChoice;
use crate::components::frame::focus::move_focus_to;
use crate::components::frame::merge_review::{MergeConflicts, MergeSummary};
use crate::components::frame::open_plan_file::merged_message;
use crate::components::frame::plan_file_picker::PlanFilePicker;
use crate::i18n::{self, t};
use crate::store;
use crate::workspace::{NotDone, OpenPlan, keep_from_file, separate_copy};

const PICKER_ID: &str = "someone-elses-file";

/// Where opening the file stands.
#[derive(Debug, Clone)]
enum Step {
    Idle,
    /// A copy of this plan, and what merging it would do: merge or cancel?
    SamePlan(Box<Document>, Box<MergePreview>),
    /// A copy of this plan that cannot be merged edit by edit (the reason).
    CannotMerge(Box<Document>, String),
    /// A different plan: open beside, replace, or cancel?
    DifferentPlan(Box<Document>),
    /// Merged: how many edits were new, and the fields both people changed.
    Merged(usize, Vec<Conflict>),
    Failed(String),
}

/// The file field and the choices that follow.
#[component]
pub fn SomeoneElsesFile(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let step = RwSignal::new(Step::Idle);
    let navigate = use_navigate();

    // Nothing is merged until the person has seen what merging would do.
    let on_plan = Callback::new(move |doc: Document| {
        if doc.id() != plan.id {
            step.set(Step::DifferentPlan(Box::new(doc)));
            return;
        }
        let preview = plan
            .doc
            .try_with_untracked(|mine| {
                merging::preview(mine, &doc).map_err(|e| i18n::merge_error(&e))
            })
            .unwrap_or_else(|| Err(t!("someone-file-plan-closed")));
        step.set(match preview {
            Ok(preview) => Step::SamePlan(Box::new(doc), Box::new(preview)),
            Err(reason) => Step::CannotMerge(Box::new(doc), reason),
        });
    });

    let merge = move |_| {
        if let Step::SamePlan(doc, preview) = step.get_untracked() {
            match plan.merge(&doc) {
                Ok(added) => {
                    step.set(Step::Merged(added, preview.conflicts));
                    move_focus_to(PICKER_ID);
                }
                Err(NotDone::Refused(e)) => {
                    step.set(Step::CannotMerge(doc, i18n::merge_error(&e)));
                }
                Err(closed) => step.set(Step::CannotMerge(doc, closed.to_string())),
            }
        }
    };

    // Saves the file's plan (beside this one, or as a copy of the one it came from)
    // then, when replacing, takes this plan off the device; then opens the new one.
    let open_file_plan = move |doc: Document, replace: Replace| {
        let navigate = navigate.clone();
        spawn_local_scoped(async move {
            if let Err(reason) = keep_from_file(&doc).await {
                step.set(Step::Failed(t!(
                    "someone-file-not-saved",
                    reason = reason.to_string()
                )));
                return;
            }
            if replace == Replace::ThisPlan
                && let Err(reason) = store::remove(plan.id).await
            {
                step.set(Step::Failed(t!(
                    "someone-file-not-removed",
                    reason = reason.to_string()
                )));
                return;
            }
            navigate(&format!("/plan/{}", doc.id()), Default::default());
        });
    };

    let separate = {
        let open_file_plan = open_file_plan.clone();
        move |_| match step.get_untracked() {
            Step::DifferentPlan(doc) => open_file_plan(*doc, Replace::Nothing),
            Step::CannotMerge(doc, _) => open_file_plan(separate_copy(&doc), Replace::Nothing),
            _ => {}
        }
    };
    let replace = move |_| {
        if let Step::DifferentPlan(doc) = step.get_untracked() {
            open_file_plan(*doc, Replace::ThisPlan);
        }
    };
    let cancel = move |_| {
        step.set(Step::Idle);
        move_focus_to(PICKER_ID);
    };

    view! {
        <PlanFilePicker
            label=t!("someone-file-label")
            id=PICKER_ID
            unchanged=t!("someone-file-unchanged")
            on_plan
        />
        {move || match step.get() {
            Step::SamePlan(_, preview) => {
                view! {
                    <FileChoice question=t!("open-file-copy-of-plan")>
                        <MergeSummary preview=*preview />
                        <button class="button" type="button" on:click=merge>
                            {t!("open-file-merge")}
                        </button>
                        <button class="button button--secondary" type="button" on:click=cancel>
                            {t!("open-file-cancel")}
                        </button>
                    </FileChoice>
                }
                    .into_any()
            }
            Step::CannotMerge(_, reason) => {
                let separate = separate.clone();
                view! {
                    <FileChoice question=t!("someone-file-cannot-merge", reason = reason)>
                        <button class="button" type="button" on:click=separate>
                            {t!("someone-file-open-separate")}
                        </button>
                        <button class="button button--secondary" type="button" on:click=cancel>
                            {t!("open-file-cancel")}
                        </button>
                    </FileChoice>
                }
                    .into_any()
            }
            Step::DifferentPlan(doc) => {
                let separate = separate.clone();
                let replace = replace.clone();
                view! {
                    <FileChoice question=t!("someone-file-different")>
                        <p class="file-choice__detail">
                            {t!("someone-file-called", title = doc.content().display_title().to_string())}
                        </p>
                        <button class="button" type="button" on:click=separate>
                            {t!("someone-file-open-separate")}
                        </button>
                        <button class="button button--warning" type="button" on:click=replace>
                            {t!("someone-file-replace")}
                        </button>
                        <button class="button button--secondary" type="button" on:click=cancel>
                            {t!("open-file-cancel")}
                        </button>
                    </FileChoice>
                }
                    .into_any()
            }
            Step::Failed(message) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
            Step::Idle | Step::Merged(..) => ().into_any(),
        }}
        // Always on the page, so screen readers announce what appears in it.
        <div class="file-outcome" role="status">
            {move || match step.get() {
                Step::Merged(added, _) => Some(view! { <p>{merged_message(added)}</p> }),
                _ => None,
            }}
        </div>
        {move || match step.get() {
            Step::Merged(_, conflicts) => Some(view! { <MergeConflicts plan conflicts /> }),
            _ => None,
        }}
    }
}

/// Whether opening the file's plan also takes this one off the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replace {
    Nothing,
    ThisPlan,
}
