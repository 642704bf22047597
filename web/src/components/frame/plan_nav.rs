//! The plan's own navigation: Actions, Overview, Action packs, Sessions, Share, Print,
//! and for a borough programme ([`cares_core::document::Content::is_programme`]) the
//! way to its pages first.
//!
//! The router marks the link of the page being shown with `aria-current="page"`.

use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos_router::components::A;

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
    let base = format!("/plan/{id}");
    let links = [
        ("Actions", base.clone()),
        ("Overview", format!("{base}/overview")),
        ("Action packs", format!("{base}/packs")),
        ("Sessions", format!("{base}/sessions")),
        ("Share", format!("{base}/share")),
        ("Print", format!("{base}/print")),
    ];
    view! {
        <nav class="plan-nav" aria-label="Plan">
            <ul class="plan-nav__list">
                <Show when=move || programme.get()>
                    <li>
                        <A href=programme_href.clone()>"Borough programme"</A>
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
