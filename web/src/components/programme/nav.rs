//! The programme's own navigation: the six pages a programme lead moves between.
//!
//! Shown on every programme page, under the plan frame's navigation. The router marks
//! the page being shown with `aria-current="page"`.

use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

/// The programme's pages, in the order a quarter's work goes: name and the part of
/// the address after `/plan/<doc>/programme`.
fn programme_pages() -> [(String, &'static str); 6] {
    [
        (t!("programme-nav-glance"), ""),
        (t!("programme-nav-network"), "/network"),
        (t!("programme-nav-empowerment"), "/empowerment"),
        (t!("programme-nav-progress"), "/progress"),
        (t!("programme-nav-assessment"), "/assessment"),
        (t!("programme-nav-highlight"), "/highlight"),
    ]
}

/// `/plan/<doc>/programme…`: one of the programme's pages.
pub fn programme_path(doc: DocumentId, page: &str) -> String {
    format!("/plan/{doc}/programme{page}")
}

/// The links to the programme's pages.
#[component]
pub fn ProgrammeNav(
    /// The borough document's id.
    id: DocumentId,
) -> impl IntoView {
    view! {
        <nav class="plan-nav programme-nav" aria-label=t!("programme-nav-label")>
            <ul class="plan-nav__list">
                {programme_pages()
                    .into_iter()
                    .map(|(name, page)| {
                        view! {
                            <li>
                                <A href=programme_path(id, page) exact=true>
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
