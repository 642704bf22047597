//! The home page: joining a session someone is running, the plans on this device,
//! starting a new one, opening one from a file, and the borough's three areas of
//! focus that every plan works towards.
//!
//! Home is the first page most people load, so its first screen carries none of the
//! core's document code: the list of plans draws from their summaries, and starting,
//! opening, renaming or deleting a plan fetches that code when it is done (it is in
//! a chunk of its own, kept for offline use after the first visit).

use cares_core::framework::Framework;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::components::A;

use crate::components::focus_area_list::FocusAreaList;
use crate::components::frame::new_plan_form::NewPlanForm;
use crate::components::frame::open_plan_file::OpenPlanFile;
use crate::components::frame::plan_list::PlanList;
use crate::components::frame::storage_note::StorageNote;
use crate::i18n::t;
use crate::store::{self, PlanSummary};

/// The first page a person sees.
#[component]
pub fn HomePage() -> impl IntoView {
    let framework = Framework::borough_that_cares_2022_25();
    let plans = plans_on_this_device();
    let has_plans =
        Signal::derive(move || matches!(plans.get(), Some(Ok(list)) if !list.is_empty()));
    let reread = Callback::new(move |()| read_plans(plans));
    view! {
        <h1>{t!("home-title")}</h1>
        <StorageNote ask=has_plans />
        <section aria-labelledby="join-heading" class="home-join">
            <h2 id="join-heading">{t!("home-join-title")}</h2>
            <p>{t!("home-join-intro")}</p>
            <p>
                <A href="/join">{t!("nav-join")}</A>
            </p>
        </section>
        <section aria-labelledby="plans-heading">
            <h2 id="plans-heading">{t!("home-plans-title")}</h2>
            <PlanList plans />
        </section>
        <section aria-labelledby="start-heading">
            <h2 id="start-heading">{t!("home-start-title")}</h2>
            <NewPlanForm />
        </section>
        <section aria-labelledby="open-heading">
            <h2 id="open-heading">{t!("home-open-title")}</h2>
            <p>{t!("home-open-intro")}</p>
            <OpenPlanFile on_change=reread />
        </section>
        <section aria-labelledby="borough-heading">
            <h2 id="borough-heading">{t!("home-borough-title")}</h2>
            <p>{t!("home-borough-intro")}</p>
            <ul>
                <li>
                    <A href="/borough/example">{t!("home-borough-example")}</A>
                </li>
                <li>
                    <A href="/borough/new">{t!("home-borough-new")}</A>
                </li>
            </ul>
        </section>
        <section aria-labelledby="focus-areas-heading">
            <h2 id="focus-areas-heading">{t!("home-focus-title")}</h2>
            <p>{t!("home-focus-intro")}</p>
            <FocusAreaList areas=framework.focus_areas />
        </section>
    }
}

/// The list of plans on this device, read now; `None` until it has been read.
pub fn plans_on_this_device() -> RwSignal<Option<Result<Vec<PlanSummary>, String>>> {
    let plans = RwSignal::new(None);
    read_plans(plans);
    plans
}

fn read_plans(plans: RwSignal<Option<Result<Vec<PlanSummary>, String>>>) {
    spawn_local_scoped(async move {
        plans.set(Some(store::list().await));
    });
}
