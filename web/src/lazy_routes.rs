//! The routes whose code is downloaded only when a person first opens them.
//!
//! Each type here is a Leptos lazy route: its `view` is compiled into its own wasm chunk
//! (the release build splits the wasm at these points), so the first visit fetches
//! only the code of Home and of a plan's actions page, where a plan opens. After the
//! first visit the service worker keeps every chunk, so these pages still open
//! offline. Outside the split build (tests, `cargo check`) they behave like ordinary
//! routes.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

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
    plan_print::PlanPrintPage,
    plans::PlansPage,
    session_room::SessionRoomPage,
    session_summary::SessionSummaryPage,
    sessions::SessionsPage,
    share::SharePage,
};

/// `/plans`: every plan on this device.
pub struct PlansRoute;

#[lazy_route]
impl LazyRoute for PlansRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <PlansPage /> }.into_any()
    }
}

/// `/join`: joining a co-production session with a code.
pub struct JoinRoute;

#[lazy_route]
impl LazyRoute for JoinRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <JoinPage /> }.into_any()
    }
}

/// `/board/:session`: the shared screen of a live session.
pub struct BoardRoute;

#[lazy_route]
impl LazyRoute for BoardRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <BoardPage /> }.into_any()
    }
}

/// `/plan/:doc/action/new` and `/plan/:doc/action/:action`: adding or changing an action.
pub struct ActionEditorRoute;

#[lazy_route]
impl LazyRoute for ActionEditorRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <ActionEditorPage /> }.into_any()
    }
}

/// `/plan/:doc/overview`: the plan at a glance.
pub struct OverviewRoute;

#[lazy_route]
impl LazyRoute for OverviewRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <OverviewPage /> }.into_any()
    }
}

/// `/plan/:doc/packs`: the plan's action packs.
pub struct PacksRoute;

#[lazy_route]
impl LazyRoute for PacksRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <PacksPage /> }.into_any()
    }
}

/// `/plan/:doc/pack/:pack`: building one action pack.
pub struct PackBuilderRoute;

#[lazy_route]
impl LazyRoute for PackBuilderRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <PackBuilderPage /> }.into_any()
    }
}

/// `/plan/:doc/pack/:pack/print`: an action pack ready to print.
pub struct PackPrintRoute;

#[lazy_route]
impl LazyRoute for PackPrintRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <PackPrintPage /> }.into_any()
    }
}

/// `/plan/:doc/sessions`: the plan's co-production sessions.
pub struct SessionsRoute;

#[lazy_route]
impl LazyRoute for SessionsRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <SessionsPage /> }.into_any()
    }
}

/// `/plan/:doc/session/:session`: running a session.
pub struct SessionRoomRoute;

#[lazy_route]
impl LazyRoute for SessionRoomRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <SessionRoomPage /> }.into_any()
    }
}

/// `/plan/:doc/session/:session/summary`: what a session decided.
pub struct SessionSummaryRoute;

#[lazy_route]
impl LazyRoute for SessionSummaryRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <SessionSummaryPage /> }.into_any()
    }
}

/// `/plan/:doc/share`: sharing the plan.
pub struct ShareRoute;

#[lazy_route]
impl LazyRoute for ShareRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <SharePage /> }.into_any()
    }
}

/// `/plan/:doc/print`: the whole plan ready to print.
pub struct PlanPrintRoute;

#[lazy_route]
impl LazyRoute for PlanPrintRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <PlanPrintPage /> }.into_any()
    }
}

/// `/plan/:doc/programme/progress`: the progress markers, and partners' counts.
pub struct ProgressRoute;

#[lazy_route]
impl LazyRoute for ProgressRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <ProgressPage /> }.into_any()
    }
}

/// `/plan/:doc/programme/assessment`: self-assessment and the position statement.
pub struct AssessmentRoute;

#[lazy_route]
impl LazyRoute for AssessmentRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <AssessmentPage /> }.into_any()
    }
}

/// `/plan/:doc/programme/highlight`: the quarterly highlight report, ready to print.
pub struct HighlightRoute;

#[lazy_route]
impl LazyRoute for HighlightRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <HighlightPage /> }.into_any()
    }
}

/// `/borough/example`: keeping the example borough on this device and opening it.
pub struct ExampleBoroughRoute;

#[lazy_route]
impl LazyRoute for ExampleBoroughRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <ExampleBoroughPage /> }.into_any()
    }
}

/// `/borough/new`: starting a borough programme.
pub struct StartBoroughRoute;

#[lazy_route]
impl LazyRoute for StartBoroughRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <StartBoroughPage /> }.into_any()
    }
}

/// `/plan/:doc/programme`: the borough at a glance.
pub struct BoroughRoute;

#[lazy_route]
impl LazyRoute for BoroughRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <BoroughPage /> }.into_any()
    }
}

/// `/plan/:doc/programme/network`: the network, viewed and changed.
pub struct NetworkRoute;

#[lazy_route]
impl LazyRoute for NetworkRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <NetworkPage /> }.into_any()
    }
}

/// `/plan/:doc/programme/empowerment`: the Carer Empowerment Plan and its findings.
pub struct EmpowermentRoute;

#[lazy_route]
impl LazyRoute for EmpowermentRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <EmpowermentPage /> }.into_any()
    }
}

/// `/help`: the guides.
pub struct HelpRoute;

#[lazy_route]
impl LazyRoute for HelpRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <HelpPage /> }.into_any()
    }
}

/// `/help/:topic`: one guide.
pub struct HelpTopicRoute;

#[lazy_route]
impl LazyRoute for HelpTopicRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <HelpTopicPage /> }.into_any()
    }
}
