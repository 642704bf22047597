//! The frame of a printed document: a header with the title, the locality and the
//! date, repeated at the top of every A4 page, above the document itself.
//!
//! On paper the frame is a table whose header row the browser repeats on each page
//! (and makes room for, so it never covers the content); on screen it is laid out as
//! ordinary blocks, and it is marked as presentation so nobody hears a table.

use crate::i18n::t;
use leptos::prelude::*;

/// A printed document with its running header.
#[component]
pub fn PrintPages(
    /// The plan's (or pack's) title.
    #[prop(into)]
    title: Signal<String>,
    /// The locality, if any.
    #[prop(into)]
    locality: Signal<String>,
    /// The date, as words ("3 June 2025").
    date: String,
    /// The document.
    children: Children,
) -> impl IntoView {
    view! {
        <table class="print-pages" role="presentation">
            <thead class="print-pages__head">
                <tr>
                    <td>
                        <div class="print-header">
                            <span class="print-header__title" translate="no">{move || title.get()}</span>
                            <span class="print-header__meta">
                                {move || {
                                    let place = locality.get();
                                    if place.trim().is_empty() {
                                        t!("print-printed", date = date.as_str())
                                    } else {
                                        t!("print-printed-in", place = place, date = date.as_str())
                                    }
                                }}
                            </span>
                        </div>
                    </td>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <td>{children()}</td>
                </tr>
            </tbody>
        </table>
    }
}
