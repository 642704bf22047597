//! The header of a printed page: the plan's title, its locality and the date it was
//! printed. The print stylesheet fixes it to the top of every A4 page.

use leptos::prelude::*;

/// The title, locality and date at the top of a printed page.
#[component]
pub fn PrintHeader(
    /// The plan's (or pack's) title.
    #[prop(into)]
    title: Signal<String>,
    /// The locality, if any.
    #[prop(into)]
    locality: Signal<String>,
    /// The date, as words ("3 June 2025").
    date: String,
) -> impl IntoView {
    view! {
        <div class="print-header">
            <span class="print-header__title">{move || title.get()}</span>
            <span class="print-header__meta">
                {move || {
                    let place = locality.get();
                    if place.trim().is_empty() {
                        format!("Printed {date}")
                    } else {
                        format!("{place} \u{00b7} Printed {date}")
                    }
                }}
            </span>
        </div>
    }
}
