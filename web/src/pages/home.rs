//! The home page: what the toolkit is for, and the borough's three areas of focus.

use cares_core::framework::Framework;
use leptos::prelude::*;

use crate::components::focus_area_list::FocusAreaList;

/// The first page a person sees.
#[component]
pub fn HomePage() -> impl IntoView {
    let framework = Framework::borough_that_cares_2022_25();
    view! {
        <h1>"Plan together for carers where you live"</h1>
        <p>
            "Write an action plan for your area with other carers and partners, "
            "and keep track of what gets done."
        </p>
        <section aria-labelledby="focus-areas-heading">
            <h2 id="focus-areas-heading">"Our areas of focus"</h2>
            <FocusAreaList areas=framework.focus_areas />
        </section>
    }
}
