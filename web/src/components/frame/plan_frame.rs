//! Placeholder for the plan frame: loads the plan named in the address and provides
//! it to the pages inside.

use leptos::prelude::*;
use leptos_router::components::Outlet;

/// Placeholder: renders the page inside.
#[component]
pub fn PlanFrame() -> impl IntoView {
    view! { <Outlet /> }
}
