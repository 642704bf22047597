//! Where saving stands, in words: never "saved" before the edit is in IndexedDB, nor
//! while a field's text has been refused (it is then kept on the device only).

use leptos::prelude::*;

use crate::i18n::t;
use crate::workspace::{OpenPlan, SaveState};

/// A polite live region saying whether this tab's edits are saved on this device.
#[component]
pub fn SaveStatus(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let refused = move || plan.refused.with(|r| !r.is_empty());
    let text = move || match plan.save.get() {
        SaveState::Failed(reason) => t!("frame-save-failed", reason = reason),
        _ if refused() => t!("frame-save-refused"),
        SaveState::Saved => t!("frame-saved"),
        SaveState::Saving => t!("frame-saving"),
    };
    let failed = move || matches!(plan.save.get(), SaveState::Failed(_)) || refused();
    view! {
        <p class="save-status" class:save-status--failed=failed role="status" aria-live="polite">
            {text}
        </p>
    }
}
