//! The app's frame and every route, in one place.
//!
//! Each route maps a path to one page from `pages`; a path that matches none shows
//! the "page not found" page instead of a blank screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::site_header::SiteHeader;
use crate::components::skip_link::{MAIN_ID, SkipLink};
use crate::pages::{about::AboutPage, home::HomePage, not_found::NotFoundPage, plans::PlansPage};

/// The whole app: a skip link, the site header with its navigation, and the page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <SkipLink />
            <SiteHeader />
            // tabindex -1 lets the skip link move focus here without adding a tab stop.
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/plans") view=PlansPage />
                    <Route path=path!("/about") view=AboutPage />
                </Routes>
            </main>
        </Router>
    }
}
