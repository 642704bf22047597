//! The plan's own navigation: Actions, Overview, Action packs, Sessions, Share, Print,
//! and for a borough programme ([`cares_core::document::Content::is_programme`]) the
//! way to its pages first.
//!
//! The router marks the link of the page being shown with `aria-current="page"`.

use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

/// The name and address of each page of a plan, in the nav's order (a programme's
/// own link, which leads them, aside). A plan's own page (`crate::plan_page`) draws
/// the same nav without Leptos.
pub fn plan_pages(id: DocumentId) -> [(String, String); 6] {
    let base = format!("/plan/{id}");
    [
        (t!("frame-nav-actions"), base.clone()),
        (t!("frame-nav-overview"), format!("{base}/overview")),
        (t!("frame-nav-packs"), format!("{base}/packs")),
        (t!("frame-nav-sessions"), format!("{base}/sessions")),
        (t!("frame-nav-share"), format!("{base}/share")),
        (t!("frame-nav-print"), format!("{base}/print")),
    ]
}

/// The links to the pages of one plan.
#[component]
pub fn PlanNav(
    /// The plan's document id.
    id: DocumentId,
    /// True for a borough programme: "Borough programme" leads the list.
    #[prop(into)]
    programme: Signal<bool>,
) -> impl IntoView {
    let programme_href = format!("/plan/{id}/programme");
    let links = plan_pages(id);
    view! {
        <nav class="plan-nav" aria-label=t!("frame-nav-label")>
            <ul class="plan-nav__list">
                <Show when=move || programme.get()>
                    <li>
                        <A href=programme_href.clone()>{t!("frame-nav-programme")}</A>
                    </li>
                </Show>
                {links
                    .into_iter()
                    .map(|(name, href)| {
                        view! {
                            <li>
                                <A href=href exact=true>
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
