//! The status of an action as a badge: always its word ("Amber"), with a colour
//! and a shape as extra cues, never colour alone.

use cares_core::plan::Status;
use leptos::prelude::*;

/// "Amber", "Not started"… in a coloured badge.
#[component]
pub fn StatusBadge(
    /// The status to show.
    #[prop(into)]
    status: Signal<Status>,
) -> impl IntoView {
    view! {
        <span class=move || format!("status-badge status-badge--{}", status.get().key())>
            {move || status.get().label()}
        </span>
    }
}
