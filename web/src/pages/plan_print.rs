//! Placeholder for the plan_print page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn PlanPrintPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
