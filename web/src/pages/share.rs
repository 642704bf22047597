//! Placeholder for the share page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn SharePage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
