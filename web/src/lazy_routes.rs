//! The routes whose code is downloaded only when a person first opens them.
//!
//! The pages are grouped into families, and each family's code is one wasm chunk (the
//! release build splits the wasm at each family's `#[lazy]` function): an opened plan
//! (the plan frame and its actions), a plan's other pages (an action's editor, the
//! overview), its packs, its sessions (with the board and joining), the programme,
//! what is printed or shared, and help. Opening a page fetches its family's chunk and
//! the few chunks of code families share, not one chunk per page and per combination
//! of pages, so a first visit on a slow connection waits for a handful of files. Home
//! and the list of plans need none of them: they are in the main wasm, and what they
//! do to documents fetches its code when it is done. After the first visit the
//! service worker keeps every chunk, so these pages still open offline. Outside the
//! split build (tests, `cargo check`) they behave like ordinary routes.
//!
//! Each route is a [`LazyRoute`] whose view asks its family's function for the page;
//! the first such call for a family fetches the chunk, later ones find it loaded.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::components::frame::plan_frame::PlanFrame;
use crate::pages::programme::{
    assessment::AssessmentPage, borough::BoroughPage, empowerment::EmpowermentPage,
    example::ExampleBoroughPage, highlight::HighlightPage, network::NetworkPage,
    progress::ProgressPage, start::StartBoroughPage,
};
use crate::pages::{
    action_editor::ActionEditorPage,
    board::BoardPage,
    help::{HelpPage, HelpTopicPage},
    join::JoinPage,
    overview::OverviewPage,
    pack_builder::PackBuilderPage,
    pack_print::PackPrintPage,
    packs::PacksPage,
    plan_actions::PlanActionsPage,
    plan_print::PlanPrintPage,
    session_room::SessionRoomPage,
    session_summary::SessionSummaryPage,
    sessions::SessionsPage,
    share::SharePage,
};

/// Where a plan opens: the plan frame (which reads the plan from this device) and the
/// plan's actions. A family of its own, so a plan opened from a link fetches no
/// other page's code.
#[derive(Clone, Copy)]
enum OpenedPlan {
    Frame,
    Actions,
}

#[leptos::lazy]
fn opened_plan(part: OpenedPlan) -> AnyView {
    match part {
        OpenedPlan::Frame => view! { <PlanFrame /> }.into_any(),
        OpenedPlan::Actions => view! { <PlanActionsPage /> }.into_any(),
    }
}

/// A page of the plans family: an action, the overview.
#[derive(Clone, Copy)]
enum PlanPage {
    ActionEditor,
    Overview,
}

#[leptos::lazy]
fn plan_pages(page: PlanPage) -> AnyView {
    match page {
        PlanPage::ActionEditor => view! { <ActionEditorPage /> }.into_any(),
        PlanPage::Overview => view! { <OverviewPage /> }.into_any(),
    }
}

/// A page of the packs family: the list of a plan's packs and the pack builder.
#[derive(Clone, Copy)]
enum PackPage {
    Packs,
    PackBuilder,
}

#[leptos::lazy]
fn pack_pages(page: PackPage) -> AnyView {
    match page {
        PackPage::Packs => view! { <PacksPage /> }.into_any(),
        PackPage::PackBuilder => view! { <PackBuilderPage /> }.into_any(),
    }
}

/// A page of the sessions family: running a session, its board, its summary, joining.
#[derive(Clone, Copy)]
enum SessionPage {
    Sessions,
    SessionRoom,
    SessionSummary,
    Board,
    Join,
}

#[leptos::lazy]
fn session_pages(page: SessionPage) -> AnyView {
    match page {
        SessionPage::Sessions => view! { <SessionsPage /> }.into_any(),
        SessionPage::SessionRoom => view! { <SessionRoomPage /> }.into_any(),
        SessionPage::SessionSummary => view! { <SessionSummaryPage /> }.into_any(),
        SessionPage::Board => view! { <BoardPage /> }.into_any(),
        SessionPage::Join => view! { <JoinPage /> }.into_any(),
    }
}

/// A page of the programme family: the borough's programme and its tools.
#[derive(Clone, Copy)]
enum ProgrammePage {
    Borough,
    Network,
    Empowerment,
    Progress,
    Assessment,
    Highlight,
    ExampleBorough,
    StartBorough,
}

#[leptos::lazy]
fn programme_pages(page: ProgrammePage) -> AnyView {
    match page {
        ProgrammePage::Borough => view! { <BoroughPage /> }.into_any(),
        ProgrammePage::Network => view! { <NetworkPage /> }.into_any(),
        ProgrammePage::Empowerment => view! { <EmpowermentPage /> }.into_any(),
        ProgrammePage::Progress => view! { <ProgressPage /> }.into_any(),
        ProgrammePage::Assessment => view! { <AssessmentPage /> }.into_any(),
        ProgrammePage::Highlight => view! { <HighlightPage /> }.into_any(),
        ProgrammePage::ExampleBorough => view! { <ExampleBoroughPage /> }.into_any(),
        ProgrammePage::StartBorough => view! { <StartBoroughPage /> }.into_any(),
    }
}

/// A page of the print and share family: what leaves the app on paper or as a link.
#[derive(Clone, Copy)]
enum OutPage {
    PlanPrint,
    PackPrint,
    Share,
}

#[leptos::lazy]
fn out_pages(page: OutPage) -> AnyView {
    match page {
        OutPage::PlanPrint => view! { <PlanPrintPage /> }.into_any(),
        OutPage::PackPrint => view! { <PackPrintPage /> }.into_any(),
        OutPage::Share => view! { <SharePage /> }.into_any(),
    }
}

/// A page of the help family.
#[derive(Clone, Copy)]
enum HelpPageKind {
    Help,
    HelpTopic,
}

#[leptos::lazy]
fn help_pages(page: HelpPageKind) -> AnyView {
    match page {
        HelpPageKind::Help => view! { <HelpPage /> }.into_any(),
        HelpPageKind::HelpTopic => view! { <HelpTopicPage /> }.into_any(),
    }
}

/// Declares one route type per page, each asking its family's function for the page
/// and fetching the family's chunk ahead when the router preloads the route.
macro_rules! routes {
    ($($(#[$doc:meta])* $route:ident => $family:ident($page:expr), $preload:ident;)*) => {
        $(
            $(#[$doc])*
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_this: Self) -> AnyView {
                    $family($page).await
                }

                async fn preload() {
                    $preload().await;
                }
            }
        )*
    };
}

routes! {
    /// `/plan/:doc`: the frame around every page of a plan.
    PlanFrameRoute => opened_plan(OpenedPlan::Frame), __preload_opened_plan;
    /// `/plan/:doc`: a plan's actions, where a plan opens.
    PlanActionsRoute => opened_plan(OpenedPlan::Actions), __preload_opened_plan;
    /// `/plan/:doc/action/new` and `/plan/:doc/action/:action`: adding or changing an action.
    ActionEditorRoute => plan_pages(PlanPage::ActionEditor), __preload_plan_pages;
    /// `/plan/:doc/overview`: the plan at a glance.
    OverviewRoute => plan_pages(PlanPage::Overview), __preload_plan_pages;
    /// `/plan/:doc/packs`: the plan's action packs.
    PacksRoute => pack_pages(PackPage::Packs), __preload_pack_pages;
    /// `/plan/:doc/pack/:pack`: building one action pack.
    PackBuilderRoute => pack_pages(PackPage::PackBuilder), __preload_pack_pages;
    /// `/plan/:doc/sessions`: the plan's co-production sessions.
    SessionsRoute => session_pages(SessionPage::Sessions), __preload_session_pages;
    /// `/plan/:doc/session/:session`: running a session.
    SessionRoomRoute => session_pages(SessionPage::SessionRoom), __preload_session_pages;
    /// `/plan/:doc/session/:session/summary`: what a session decided.
    SessionSummaryRoute => session_pages(SessionPage::SessionSummary), __preload_session_pages;
    /// `/board/:session`: the shared screen of a live session.
    BoardRoute => session_pages(SessionPage::Board), __preload_session_pages;
    /// `/join`: joining a co-production session with a code.
    JoinRoute => session_pages(SessionPage::Join), __preload_session_pages;
    /// `/plan/:doc/programme`: the borough at a glance.
    BoroughRoute => programme_pages(ProgrammePage::Borough), __preload_programme_pages;
    /// `/plan/:doc/programme/network`: the network, viewed and changed.
    NetworkRoute => programme_pages(ProgrammePage::Network), __preload_programme_pages;
    /// `/plan/:doc/programme/empowerment`: the Carer Empowerment Plan and its findings.
    EmpowermentRoute => programme_pages(ProgrammePage::Empowerment), __preload_programme_pages;
    /// `/plan/:doc/programme/progress`: the progress markers, and partners' counts.
    ProgressRoute => programme_pages(ProgrammePage::Progress), __preload_programme_pages;
    /// `/plan/:doc/programme/assessment`: self-assessment and the position statement.
    AssessmentRoute => programme_pages(ProgrammePage::Assessment), __preload_programme_pages;
    /// `/plan/:doc/programme/highlight`: the quarterly highlight report, ready to print.
    HighlightRoute => programme_pages(ProgrammePage::Highlight), __preload_programme_pages;
    /// `/borough/example`: keeping the example borough on this device and opening it.
    ExampleBoroughRoute => programme_pages(ProgrammePage::ExampleBorough), __preload_programme_pages;
    /// `/borough/new`: starting a borough programme.
    StartBoroughRoute => programme_pages(ProgrammePage::StartBorough), __preload_programme_pages;
    /// `/plan/:doc/print`: the whole plan ready to print.
    PlanPrintRoute => out_pages(OutPage::PlanPrint), __preload_out_pages;
    /// `/plan/:doc/pack/:pack/print`: an action pack ready to print.
    PackPrintRoute => out_pages(OutPage::PackPrint), __preload_out_pages;
    /// `/plan/:doc/share`: sharing the plan.
    ShareRoute => out_pages(OutPage::Share), __preload_out_pages;
    /// `/help`: the guides.
    HelpRoute => help_pages(HelpPageKind::Help), __preload_help_pages;
    /// `/help/:topic`: one guide.
    HelpTopicRoute => help_pages(HelpPageKind::HelpTopic), __preload_help_pages;
}
