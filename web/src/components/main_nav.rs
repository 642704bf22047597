//! The main navigation: a link to each top-level page.
//!
//! The router marks the link of the page being shown with `aria-current="page"`, which
//! screen readers announce and the stylesheet underlines.

use leptos::prelude::*;

use crate::i18n::t;
use leptos_router::components::A;

/// The top-level pages in the order a person meets them: the address, the link's
/// words, and whether only that exact address is the page (Help's topics are Help).
/// A plan's own page (`crate::plan_page`) draws the same links without Leptos.
pub fn top_pages() -> [(&'static str, String, bool); 5] {
    [
        ("/", t!("nav-home"), true),
        ("/plans", t!("nav-plans"), true),
        ("/join", t!("nav-join"), true),
        ("/help", t!("nav-help"), false),
        ("/about", t!("nav-about"), true),
    ]
}

/// The links to the top-level pages.
#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label=t!("nav-label")>
            <ul class="main-nav__list">
                {top_pages()
                    .into_iter()
                    .map(|(href, name, exact)| {
                        view! {
                            <li>
                                <A href=href exact=exact>
                                    {name}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
