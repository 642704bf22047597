//! Where saving stands, in words: never "saved" before the edit is in IndexedDB.

use leptos::prelude::*;

use crate::workspace::{OpenPlan, SaveState};

/// A polite live region saying whether this tab's edits are saved on this device.
#[component]
pub fn SaveStatus(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let text = move || match plan.save.get() {
        SaveState::Saved => "Saved on this device".to_owned(),
        SaveState::Saving => "Saving…".to_owned(),
        SaveState::Failed(reason) => format!("Not saved: {reason}. Download a copy now."),
    };
    let failed = move || matches!(plan.save.get(), SaveState::Failed(_));
    view! {
        <p class="save-status" class:save-status--failed=failed role="status" aria-live="polite">
            {text}
        </p>
    }
}
