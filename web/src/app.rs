//! The app's frame and every route, in one place.
//!
//! Each route maps a path to one page from `pages`; a path that matches none shows
//! the "page not found" page instead of a blank screen. Everything under
//! `/plan/:doc` sits inside the [`PlanFrame`], which loads that plan and provides it
//! (as `workspace::OpenPlan`) to the page.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::frame::plan_frame::PlanFrame;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::{MAIN_ID, SkipLink};
use crate::pages::board::BoardPage;
use crate::pages::join::JoinPage;
use crate::pages::session_room::SessionRoomPage;
use crate::pages::session_summary::SessionSummaryPage;
use crate::pages::sessions::SessionsPage;
use crate::pages::{
    about::AboutPage, action_editor::ActionEditorPage, home::HomePage, not_found::NotFoundPage,
    overview::OverviewPage, pack_builder::PackBuilderPage, pack_print::PackPrintPage,
    packs::PacksPage, plan_actions::PlanActionsPage, plan_print::PlanPrintPage, plans::PlansPage,
    share::SharePage,
};

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
                    <Route path=path!("/join") view=JoinPage />
                    <Route path=path!("/board/:session") view=BoardPage />
                    <ParentRoute path=path!("/plan/:doc") view=PlanFrame>
                        <Route path=path!("") view=PlanActionsPage />
                        <Route path=path!("action/new") view=ActionEditorPage />
                        <Route path=path!("action/:action") view=ActionEditorPage />
                        <Route path=path!("overview") view=OverviewPage />
                        <Route path=path!("packs") view=PacksPage />
                        <Route path=path!("pack/:pack") view=PackBuilderPage />
                        <Route path=path!("pack/:pack/print") view=PackPrintPage />
                        <Route path=path!("sessions") view=SessionsPage />
                        <Route path=path!("session/:session") view=SessionRoomPage />
                        <Route path=path!("session/:session/summary") view=SessionSummaryPage />
                        <Route path=path!("share") view=SharePage />
                        <Route path=path!("print") view=PlanPrintPage />
                    </ParentRoute>
                </Routes>
            </main>
        </Router>
    }
}
