//! The app's frame and every route, in one place.
//!
//! Each route maps a path to one page from `pages`; a path that matches none shows
//! the "page not found" page instead of a blank screen. Everything under
//! `/plan/:doc` sits inside the plan frame (`components::frame::plan_frame`), which
//! loads that plan and provides it (as `workspace::OpenPlan`) to the page.
//!
//! Home, the plans on this device, About and "page not found" are in the main wasm; every other page, the plan
//! frame included, is a [`Lazy`] route from `lazy_routes`, whose code is a separate
//! wasm chunk fetched when the page is first opened, which keeps the first load small.

use leptos::prelude::*;
use leptos_router::Lazy;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::page_loading::{PageLoading, Routing};
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::{MAIN_ID, SkipLink};
use crate::lazy_routes::{
    ActionEditorRoute, AssessmentRoute, BoardRoute, BoroughRoute, EmpowermentRoute,
    ExampleBoroughRoute, HelpRoute, HelpTopicRoute, HighlightRoute, JoinRoute, NetworkRoute,
    OverviewRoute, PackBuilderRoute, PackPrintRoute, PacksRoute, PlanActionsRoute, PlanFrameRoute,
    PlanPrintRoute, ProgressRoute, SessionRoomRoute, SessionSummaryRoute, SessionsRoute,
    ShareRoute, StartBoroughRoute,
};
use crate::pages::{about::AboutPage, home::HomePage, not_found::NotFoundPage, plans::PlansPage};

/// The whole app: a skip link, the site header with its navigation, "Loading…" while
/// a page's code is on its way, and the page.
#[component]
pub fn App() -> impl IntoView {
    let is_routing = RwSignal::new(false);
    provide_context(Routing(is_routing.into()));
    view! {
        <Router set_is_routing=is_routing>
            <SkipLink />
            <SiteHeader />
            <PageLoading is_routing=is_routing />
            // tabindex -1 lets the skip link move focus here without adding a tab stop.
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/plans") view=PlansPage />
                    <Route path=path!("/about") view=AboutPage />
                    <Route path=path!("/join") view={Lazy::<JoinRoute>::new()} />
                    <Route path=path!("/board/:session") view={Lazy::<BoardRoute>::new()} />
                    <Route path=path!("/help") view={Lazy::<HelpRoute>::new()} />
                    <Route path=path!("/help/:topic") view={Lazy::<HelpTopicRoute>::new()} />
                    <Route path=path!("/borough/example") view={Lazy::<ExampleBoroughRoute>::new()} />
                    <Route path=path!("/borough/new") view={Lazy::<StartBoroughRoute>::new()} />
                    <ParentRoute path=path!("/plan/:doc") view={Lazy::<PlanFrameRoute>::new()}>
                        <Route path=path!("") view={Lazy::<PlanActionsRoute>::new()} />
                        <Route path=path!("action/new") view={Lazy::<ActionEditorRoute>::new()} />
                        <Route path=path!("action/:action") view={Lazy::<ActionEditorRoute>::new()} />
                        <Route path=path!("overview") view={Lazy::<OverviewRoute>::new()} />
                        <Route path=path!("packs") view={Lazy::<PacksRoute>::new()} />
                        <Route path=path!("pack/:pack") view={Lazy::<PackBuilderRoute>::new()} />
                        <Route path=path!("pack/:pack/print") view={Lazy::<PackPrintRoute>::new()} />
                        <Route path=path!("sessions") view={Lazy::<SessionsRoute>::new()} />
                        <Route path=path!("session/:session") view={Lazy::<SessionRoomRoute>::new()} />
                        <Route path=path!("session/:session/summary") view={Lazy::<SessionSummaryRoute>::new()} />
                        <Route path=path!("share") view={Lazy::<ShareRoute>::new()} />
                        <Route path=path!("print") view={Lazy::<PlanPrintRoute>::new()} />
                        <Route path=path!("programme") view={Lazy::<BoroughRoute>::new()} />
                        <Route path=path!("programme/network") view={Lazy::<NetworkRoute>::new()} />
                        <Route path=path!("programme/empowerment") view={Lazy::<EmpowermentRoute>::new()} />
                        <Route path=path!("programme/progress") view={Lazy::<ProgressRoute>::new()} />
                        <Route path=path!("programme/assessment") view={Lazy::<AssessmentRoute>::new()} />
                        <Route path=path!("programme/highlight") view={Lazy::<HighlightRoute>::new()} />
                    </ParentRoute>
                </Routes>
            </main>
        </Router>
    }
}
