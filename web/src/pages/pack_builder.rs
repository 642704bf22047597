//! Placeholder for the pack_builder page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn PackBuilderPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
