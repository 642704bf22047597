//! The plans page: the same list of plans on this device as the home page shows,
//! with what can be done to each; and where a share link opens its plan.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::frame::open_shared_link::OpenSharedLink;
use crate::components::frame::plan_list::PlanList;
use crate::components::frame::storage_note::StorageNote;
use crate::i18n::t;
use crate::pages::home::plans_on_this_device;

/// The list of plans on this device, with the way to start or open one.
#[component]
pub fn PlansPage() -> impl IntoView {
    let plans = plans_on_this_device();
    view! {
        <h1>{t!("plans-page-title")}</h1>
        <OpenSharedLink />
        <StorageNote ask=false />
        <PlanList plans />
        <p>
            <A href="/">{t!("plans-page-start")}</A>
        </p>
    }
}
