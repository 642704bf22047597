//! The main navigation: a link to each top-level page.
//!
//! The router marks the link of the page being shown with `aria-current="page"`, which
//! screen readers announce and the stylesheet underlines.

use leptos::prelude::*;

use crate::i18n::t;
use leptos_router::components::A;

/// The links to the top-level pages, in the order a person meets them.
#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label=t!("nav-label")>
            <ul class="main-nav__list">
                <li>
                    <A href="/" exact=true>
                        {t!("nav-home")}
                    </A>
                </li>
                <li>
                    <A href="/plans" exact=true>
                        {t!("nav-plans")}
                    </A>
                </li>
                <li>
                    <A href="/join" exact=true>
                        {t!("nav-join")}
                    </A>
                </li>
                <li>
                    <A href="/help">{t!("nav-help")}</A>
                </li>
                <li>
                    <A href="/about" exact=true>
                        {t!("nav-about")}
                    </A>
                </li>
            </ul>
        </nav>
    }
}
