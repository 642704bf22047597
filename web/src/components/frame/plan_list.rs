//! The list of plans kept on this device, each with when it last changed and
//! whether a copy has been downloaded.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::store::PlanSummary;
use cares_core::audit::long_date;

/// The plans on this device, or "No plans yet."; a reason when they could not be read.
#[component]
pub fn PlanList(
    /// The plans, once read: `None` while reading.
    #[prop(into)]
    plans: Signal<Option<Result<Vec<PlanSummary>, String>>>,
) -> impl IntoView {
    move || match plans.get() {
        None => view! { <p>"Looking for your plans…"</p> }.into_any(),
        Some(Err(reason)) => view! {
            <p role="alert">{format!("Your plans could not be read: {reason}.")}</p>
        }
        .into_any(),
        Some(Ok(list)) if list.is_empty() => view! { <p>"No plans yet."</p> }.into_any(),
        Some(Ok(list)) => view! {
            <ul class="plan-list">
                {list.into_iter().map(|plan| view! { <PlanListItem plan /> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

/// One plan: a link named by its title, then its locality and dates.
#[component]
fn PlanListItem(plan: PlanSummary) -> impl IntoView {
    let href = format!("/plan/{}", plan.id);
    let backup = match plan.backed_up {
        Some(date) => format!("Copy downloaded {}", long_date(date)),
        None => "Not backed up yet".to_owned(),
    };
    view! {
        <li class="plan-list__item">
            <A href=href attr:class="plan-list__title">
                {plan.summary.title}
            </A>
            {plan.summary.locality.map(|name| view! { <p class="plan-list__detail">{name}</p> })}
            <p class="plan-list__detail">{format!("Last changed {}", long_date(plan.summary.changed))}</p>
            <p class="plan-list__detail" class:plan-list__detail--warning=plan.backed_up.is_none()>
                {backup}
            </p>
        </li>
    }
}
