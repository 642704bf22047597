//! The page shown for an address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found", with a way back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>
            "We could not find that page. It may have moved. "
            <A href="/">"Go to the home page"</A>
            "."
        </p>
    }
}
