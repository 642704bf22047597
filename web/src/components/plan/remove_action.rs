//! "Remove this action": removes the action being edited (after the shared
//! confirmation) and goes back to the plan.

use cares_core::edits::Edit;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::action_draft::ActionDraft;
use super::confirm_remove::ConfirmRemove;
use super::plan_context::{edit_problem, plan_path};

/// The remove button and its confirmation.
#[component]
pub fn RemoveAction(
    /// The action being edited.
    draft: ActionDraft,
) -> impl IntoView {
    let navigate = use_navigate();
    let remove = Callback::new(move |()| {
        if draft.exists.get_untracked() {
            let action = draft.action.with_untracked(|a| a.id);
            draft
                .open()
                .edit(Edit::RemoveAction {
                    plan: draft.plan(),
                    action,
                })
                .map_err(|e| edit_problem(&e))?;
        }
        navigate(&plan_path(draft.doc()), Default::default());
        Ok(())
    });
    view! { <ConfirmRemove what="action" on_confirm=remove /> }
}
