//! The status of an action as a badge: always its word ("Amber"), with a colour
//! and a shape as extra cues, never colour alone.

use crate::i18n;
use cares_core::plan::Status;
use leptos::prelude::*;

/// "Amber", "Not started"… in a coloured badge.
///
/// The status is a plain value, not a signal: a card is drawn again when its action
/// changes, so a badge needs no effects of its own (a list of hundreds of cards would
/// otherwise carry two effects per card for nothing).
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    view! {
        <span class=format!("status-badge status-badge--{}", status.key())>{i18n::status(status)}</span>
    }
}
