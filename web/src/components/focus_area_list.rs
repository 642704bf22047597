//! The borough's areas of focus, each with its number and short tagline, as the
//! framework words them ("Area of focus 1: Carer Cornerstones").

use crate::i18n::t;
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
                                    {t!("focus-area-number", number = area.number.get())} " "
                                </span>
                                // The strategy's own wording, as the borough published it.
                                <span translate="no">{area.name}</span>
                            </h3>
                            <p class="focus-areas__tagline" translate="no">{area.tagline}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
