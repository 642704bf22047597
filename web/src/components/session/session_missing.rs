//! What the session pages say when the session named in the address is neither in
//! the plan nor a live session this device runs: the same words and look as the
//! plan's "not found" note, as one message in the chosen language.

use leptos::prelude::*;

use crate::i18n::t;

/// "We could not find this session", with the way back to the plan's sessions.
#[component]
pub fn SessionMissing(
    /// The plan's sessions page.
    back: String,
) -> impl IntoView {
    view! {
        <div class="plan-missing">
            <p>{t!("session-not-found")}</p>
            <p>
                <a href=back>{t!("session-back")}</a>
            </p>
        </div>
    }
}
