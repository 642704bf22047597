//! Placeholder for the plan_actions page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn PlanActionsPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
