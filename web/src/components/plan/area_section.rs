//! One area of focus on the plan's page: its heading, tagline and key objective as
//! the framework words them, its actions as cards, and a button to add one.

use std::collections::HashMap;

use cares_core::framework::FocusArea;
use cares_core::ids::{ActionId, DocumentId};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::action_card::{ActionCard, CardFacts};
use super::plan_context::plan_path;

/// The heading of a section of the list: an area of focus, or "not linked".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaHeading {
    /// The area's number; `None` for actions linked to no area.
    pub number: Option<u8>,
    /// The area's name ("Carer Cornerstones").
    pub name: String,
    /// Its line in carers' words ("Making caring visible").
    pub tagline: String,
    /// Its key objective.
    pub key_objective: String,
}

impl AreaHeading {
    /// The heading of an area of focus.
    pub fn of(area: &FocusArea) -> Self {
        Self {
            number: Some(area.number.get()),
            name: area.name.clone(),
            tagline: area.tagline.clone(),
            key_objective: area.key_objective.clone(),
        }
    }

    /// The heading of the actions linked to no area.
    pub fn unlinked() -> Self {
        Self {
            number: None,
            name: String::new(),
            tagline: String::new(),
            key_objective: String::new(),
        }
    }
}

/// One area of focus and the actions in it that pass the filters.
#[component]
pub fn AreaSection(
    /// The document, for addresses.
    doc: DocumentId,
    /// The area.
    heading: AreaHeading,
    /// The actions to show now, in the plan's order (a long list arrives in parts).
    #[prop(into)]
    ids: Signal<Vec<ActionId>>,
    /// How many of the area's actions pass the filters.
    #[prop(into)]
    matching: Signal<usize>,
    /// How many actions the area has before filtering.
    #[prop(into)]
    total: Signal<usize>,
    /// Every card's facts, by action.
    index: Memo<HashMap<ActionId, CardFacts>>,
) -> impl IntoView {
    let heading_id = match heading.number {
        Some(n) => format!("area-{n}-heading"),
        None => "area-none-heading".to_owned(),
    };
    let title = match heading.number {
        Some(n) => format!("Area of focus {n}: {}", heading.name),
        None => "Not linked to an area of focus".to_owned(),
    };
    let navigate = use_navigate();
    let add = heading.number.map(|n| {
        let target = format!("{}/action/new?area={n}", plan_path(doc));
        let navigate = navigate.clone();
        view! {
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| navigate(&target, Default::default())
            >
                {format!("Add an action to area {n}")}
            </button>
        }
    });
    let shown = move || ids.with(Vec::len);
    let none_match = move || matching.get() == 0 && total.get() > 0;
    let some_shown = move || shown() > 0;
    view! {
        // No accessible name on the section: "Area of focus" is the filter's label,
        // and a region of the same name would make that label ambiguous.
        <section class="area">
            <h2 id=heading_id>{title}</h2>
            {(!heading.tagline.is_empty())
                .then(|| {
                    view! { <p class="area__tagline">{format!("\u{201c}{}\u{201d}", heading.tagline)}</p> }
                })}
            {(!heading.key_objective.is_empty())
                .then(|| {
                    view! {
                        <p class="area__objective">
                            <span class="area__objective-label">"Key objective: "</span>
                            {heading.key_objective.clone()}
                        </p>
                    }
                })}
            <Show when=none_match>
                <p class="area__empty">"No actions here match these filters."</p>
            </Show>
            <Show when=some_shown>
                <ul class="action-list">
                    <For
                        each=move || ids.get()
                        key=|id| *id
                        children=move |id| {
                            let facts = Memo::new(move |_| index.with(|m| m.get(&id).cloned()));
                            view! { <ActionCard doc=doc facts=facts /> }
                        }
                    />
                </ul>
            </Show>
            {add}
        </section>
    }
}
