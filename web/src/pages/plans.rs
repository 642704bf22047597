//! The plans page: where a person's locality action plans will be listed.

use leptos::prelude::*;

/// The list of plans; empty until plans can be made in the app.
#[component]
pub fn PlansPage() -> impl IntoView {
    view! {
        <h1>"Your plans"</h1>
        <p>"You have no plans yet. Soon you will be able to start a plan for your area here."</p>
    }
}
