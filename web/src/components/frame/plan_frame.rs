//! The frame around every `/plan/:doc…` page: loads that plan from this device,
//! provides it to the page (as [`OpenPlan`], by context), and shows its title,
//! locality, nav, save status and backup nudge above the page.
//!
//! While the plan loads there is a plain loading line; an id this device does not
//! know gets a page saying so, with the way home.

use cares_core::ids::DocumentId;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::components::{A, Outlet};
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use crate::components::frame::backup_nudge::BackupNudge;
use crate::components::frame::plan_nav::PlanNav;
use crate::components::frame::save_status::SaveStatus;
use crate::i18n::t;
use crate::workspace::{self, OpenPlan, plan_locality};

/// Where loading the plan in the address stands.
#[derive(Debug, Clone)]
enum Loading {
    Busy,
    Missing,
    Failed(String),
    Open(OpenPlan),
}

/// Loads the plan named in the address and shows the page inside it.
#[component]
pub fn PlanFrame() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("doc")
            .and_then(|text| Uuid::parse_str(&text).ok())
            .map(DocumentId::from_uuid)
    });
    let state = RwSignal::new(Loading::Busy);

    Effect::new(move |_| {
        let wanted = id.get();
        if let Loading::Open(previous) = state.get_untracked() {
            if Some(previous.id) == wanted {
                return;
            }
            previous.close();
        }
        let Some(wanted) = wanted else {
            state.set(Loading::Missing);
            return;
        };
        state.set(Loading::Busy);
        spawn_local_scoped(async move {
            let loaded = workspace::open(wanted).await;
            if id.get_untracked() != Some(wanted) {
                // The address moved on while this plan loaded.
                if let Ok(Some(plan)) = loaded {
                    plan.close();
                }
                return;
            }
            state.set(match loaded {
                Ok(Some(plan)) => Loading::Open(plan),
                Ok(None) => Loading::Missing,
                Err(reason) => Loading::Failed(reason),
            });
        });
    });
    on_cleanup(move || {
        if let Some(Loading::Open(plan)) = state.try_get_untracked() {
            plan.close();
        }
    });

    move || match state.get() {
        Loading::Busy => {
            view! { <p class="plan-frame__loading">{t!("frame-loading")}</p> }.into_any()
        }
        Loading::Missing => view! { <PlanNotHere /> }.into_any(),
        Loading::Failed(reason) => view! { <PlanNotReadable reason /> }.into_any(),
        Loading::Open(plan) => view! { <OpenPlanFrame plan /> }.into_any(),
    }
}

/// The frame of a loaded plan, with the page inside.
#[component]
fn OpenPlanFrame(plan: OpenPlan) -> impl IntoView {
    let title = move || {
        plan.doc
            .with(|doc| doc.content().display_title().to_owned())
    };
    let place = move || plan.doc.with(|doc| plan_locality(doc.content()));
    let locality = move || place().unwrap_or_else(|| t!("frame-whole-borough"));
    // A locality's name is as people wrote it; "Whole borough" is the app's words.
    let named = move || place().is_some().then_some("no");
    view! {
        <Provider value=plan>
            <div class="plan-frame">
                <header class="plan-frame__header">
                    <h1 class="plan-frame__title" translate="no">
                        {title}
                    </h1>
                    <p class="plan-frame__locality" translate=named>
                        {locality}
                    </p>
                    <PlanNav
                        id=plan.id
                        programme=Signal::derive(move || {
                            plan.doc.with(|doc| doc.content().is_programme())
                        })
                    />
                    <SaveStatus plan />
                    <BackupNudge plan />
                </header>
                <Show
                    when=move || !plan.removed_elsewhere.get()
                    fallback=|| view! { <PlanRemovedElsewhere /> }
                >
                    <Outlet />
                </Show>
            </div>
        </Provider>
    }
}

/// The plan in the address is not on this device.
#[component]
fn PlanNotHere() -> impl IntoView {
    view! {
        <h1>{t!("frame-not-found-title")}</h1>
        <p>{t!("frame-not-found-text")}</p>
        <p>
            {t!("frame-not-found-file")}
            " "
            <A href="/">{t!("frame-go-to-plans")}</A>
        </p>
    }
}

/// The plan is here but could not be read back.
#[component]
fn PlanNotReadable(reason: String) -> impl IntoView {
    view! {
        <h1>{t!("frame-unreadable-title")}</h1>
        <p role="alert">{t!("frame-unreadable-text", reason = reason)}</p>
        <p>
            {t!("frame-unreadable-copy")}
            " "
            <A href="/">{t!("frame-go-to-plans")}</A>
        </p>
    }
}

/// Another tab replaced this plan with a different one.
#[component]
fn PlanRemovedElsewhere() -> impl IntoView {
    view! {
        <p role="alert">
            {t!("frame-removed-elsewhere")}
            " "
            <A href="/">{t!("frame-go-to-plans")}</A>
        </p>
    }
}
