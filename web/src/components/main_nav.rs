//! The main navigation: a link to each top-level page.
//!
//! The router marks the link of the page being shown with `aria-current="page"`, which
//! screen readers announce and the stylesheet underlines.

use leptos::prelude::*;
use leptos_router::components::A;

/// The links to the top-level pages, in the order a person meets them.
#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul class="main-nav__list">
                <li>
                    <A href="/" exact=true>
                        "Home"
                    </A>
                </li>
                <li>
                    <A href="/plans" exact=true>
                        "Plans"
                    </A>
                </li>
                <li>
                    <A href="/join" exact=true>
                        "Join a session"
                    </A>
                </li>
                <li>
                    <A href="/help">"Help"</A>
                </li>
                <li>
                    <A href="/about" exact=true>
                        "About"
                    </A>
                </li>
            </ul>
        </nav>
    }
}
