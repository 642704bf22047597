//! "Loading…" while the router fetches a page's code: a page split into its own wasm
//! chunk (see `lazy_routes`) takes a moment to arrive on a slow phone, and a click
//! that shows nothing looks broken.
//!
//! The sign is a polite live region that is always on the page and only gains its
//! words while a page is on its way, so screen readers announce it. A chunk that
//! cannot be fetched at all is shown by `index.html`, which sees the failed fetch even
//! when the app cannot go on.

use leptos::prelude::*;

use crate::i18n::t;

/// Whether the router is between pages (a link followed, its page's code on its way),
/// for a page that must not navigate meanwhile: the app provides it as context.
#[derive(Debug, Clone, Copy)]
pub struct Routing(pub Signal<bool>);

impl Routing {
    /// True while a link followed has not yet shown its page.
    pub fn is_on(self) -> bool {
        self.0.try_get_untracked().unwrap_or(false)
    }
}

/// The sign, given whether the router is between pages.
#[component]
pub fn PageLoading(
    /// True from a click on a link until the new page is shown.
    #[prop(into)]
    is_routing: Signal<bool>,
) -> impl IntoView {
    view! {
        <p class="page-loading" role="status">
            {move || is_routing.get().then(|| t!("page-loading"))}
        </p>
    }
}
