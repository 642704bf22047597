//! The borough's areas of focus, each with its number and short tagline, as the
//! framework words them ("Area of focus 1: Carer Cornerstones").

use cares_core::framework::FocusArea;
use leptos::prelude::*;

/// A numbered list of areas of focus, in the framework's order.
#[component]
pub fn FocusAreaList(
    /// The areas to show.
    areas: Vec<FocusArea>,
) -> impl IntoView {
    view! {
        <ol class="focus-areas">
            {areas
                .into_iter()
                .map(|area| {
                    view! {
                        <li class="focus-areas__item">
                            <h3 class="focus-areas__name">
                                <span class="focus-areas__number">
                                    {format!("{}: ", area.number.label())}
                                </span>
                                {area.name}
                            </h3>
                            <p class="focus-areas__tagline">{area.tagline}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
