//! Placeholder for the packs page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn PacksPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
