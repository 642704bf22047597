//! Placeholder for the pack_print page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn PackPrintPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
