//! Placeholder for the overview page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn OverviewPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
