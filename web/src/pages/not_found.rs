//! The page shown for an address the app does not know.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found", with a way back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>{t!("not-found-title")}</h1>
        <p>{t!("not-found-text")}</p>
        <p>
            <A href="/">{t!("not-found-home")}</A>
        </p>
    }
}
