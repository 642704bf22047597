//! "Remove this action", asked twice: a removal cannot be undone, so the button
//! first shows a plain question with "Yes, remove it" and "Keep it".

use cares_core::edits::Edit;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::action_draft::ActionDraft;
use super::field::focus_soon;
use super::plan_context::{edit_problem, plan_path};

/// The remove button and its confirmation.
#[component]
pub fn RemoveAction(
    /// The action being edited.
    draft: ActionDraft,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let remove = move |_| {
        if draft.exists.get_untracked() {
            let action = draft.action.with_untracked(|a| a.id);
            if let Err(e) = draft.open().edit(Edit::RemoveAction {
                plan: draft.plan(),
                action,
            }) {
                error.set(Some(edit_problem(&e)));
                return;
            }
        }
        navigate(&plan_path(draft.doc()), Default::default());
    };
    view! {
        <div class="remove-action">
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            id="remove-action"
                            class="button button--warning"
                            on:click=move |_| {
                                asking.set(true);
                                focus_soon("keep-action".to_owned());
                            }
                        >
                            "Remove this action"
                        </button>
                    }
                }
            >
                <div class="confirm">
                    <p class="confirm__question" role="alert">
                        "Remove this action? This cannot be undone."
                    </p>
                    <div class="confirm__buttons">
                        <button type="button" class="button button--warning" on:click=remove.clone()>
                            "Yes, remove it"
                        </button>
                        <button
                            type="button"
                            id="keep-action"
                            class="button button--secondary"
                            on:click=move |_| {
                                asking.set(false);
                                focus_soon("remove-action".to_owned());
                            }
                        >
                            "Keep it"
                        </button>
                    </div>
                    <Show when=move || error.get().is_some()>
                        <p class="field__error" role="alert">
                            {move || error.get().unwrap_or_default()}
                        </p>
                    </Show>
                </div>
            </Show>
        </div>
    }
}
