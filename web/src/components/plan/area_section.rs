//! One area of focus on the plan's page: its heading, tagline and key objective as
//! the framework words them, its actions as cards, and a button to add one.
//!
//! A filter change must not redraw thousands of cards on a slow phone. So an area
//! shows at most [`PAGE`] matching actions, with a "Show N more actions" button for
//! the rest; and a card, once drawn, stays on the page and is only `hidden` when it no
//! longer passes the filters. A filter change then touches the cards whose
//! visibility changed and nothing else.

use std::collections::{HashMap, HashSet};

use cares_core::framework::FocusArea;
use cares_core::ids::{ActionId, DocumentId};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::action_card::{ActionCard, CardFacts, card_link_id};
use super::action_filters::Filters;
use super::plan_context::plan_path;
use crate::components::form::focus_soon;
use crate::i18n::t;

/// How many matching actions an area shows at first, and how many more each press of
/// "Show more" adds: a few screens on a phone, and few enough that a change of
/// filters never has many cards to draw.
pub const PAGE: usize = 10;
/// The heading of a section of the list: an area of focus, or "not linked".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaHeading {
    /// The area's number; `None` for actions linked to no area.
    pub number: Option<u8>,
    /// The heading as the core words it ("Area of focus 1: Carer Cornerstones").
    pub title: String,
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
            title: area.heading(),
            tagline: area.tagline.clone(),
            key_objective: area.key_objective.clone(),
        }
    }

    /// The heading of the actions linked to no area.
    pub fn unlinked() -> Self {
        Self {
            number: None,
            title: t!("area-unlinked"),
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
    /// The area's actions that pass the filters, in the plan's order.
    matching: Memo<Vec<ActionId>>,
    /// All the area's actions, in the plan's order, whatever the filters.
    all: Memo<Vec<ActionId>>,
    /// False when the filters leave the whole area out.
    #[prop(into)]
    shown: Signal<bool>,
    /// The filters in force: a change of filters starts again from the first [`PAGE`].
    filters: Memo<Filters>,
    /// Every card's facts, by action.
    index: Memo<HashMap<ActionId, CardFacts>>,
) -> impl IntoView {
    let heading_id = match heading.number {
        Some(n) => format!("area-{n}-heading"),
        None => "area-none-heading".to_owned(),
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
                {t!("area-add-action", area = n)}
            </button>
        }
    });

    // How many matches to show. "Show more" raises it for the filters it was pressed
    // under; a change of filters starts again from the first page, at once (in the same
    // pass as the new matches), and forgets the raise, so going back also starts afresh.
    let raised: RwSignal<Option<(Filters, usize)>> = RwSignal::new(None);
    let limit = Memo::new(move |_| {
        let now = filters.get();
        raised.with(|r| match r {
            Some((under, n)) if *under == now => *n,
            _ => PAGE,
        })
    });
    Effect::new(move |_| {
        filters.track();
        // Quietly: `limit` already reads PAGE for the new filters.
        raised.update_untracked(|r| {
            if r.as_ref()
                .is_some_and(|(under, _)| filters.with_untracked(|now| under != now))
            {
                *r = None;
            }
        });
    });
    let visible = Memo::new(move |_| {
        let n = limit.get();
        matching.with(|m| m.iter().take(n).copied().collect::<HashSet<_>>())
    });
    let matches = move || matching.with(Vec::len);
    let showing = move || visible.with(HashSet::len);

    // The cards on the page: every action shown since the plan last changed, in the
    // plan's order. Hidden ones stay, so going back to earlier filters draws nothing.
    let drawn = Memo::new(move |before: Option<&Vec<ActionId>>| {
        let before: HashSet<ActionId> = before.into_iter().flatten().copied().collect();
        visible.with(|now| {
            all.with(|all| {
                all.iter()
                    .copied()
                    .filter(|id| now.contains(id) || before.contains(id))
                    .collect::<Vec<_>>()
            })
        })
    });
    // Each drawn card's "hidden" switch. When the visible set changes, only the cards
    // that came or went are told, so a filter change costs what changed, not the list.
    let switches = StoredValue::new(HashMap::<ActionId, RwSignal<bool>>::new());
    Effect::new(move |before: Option<HashSet<ActionId>>| {
        let now = visible.get();
        if let Some(before) = before {
            switches.with_value(|switches| {
                for id in before.symmetric_difference(&now) {
                    if let Some(hidden) = switches.get(id) {
                        hidden.set(!now.contains(id));
                    }
                }
            });
        }
        now
    });

    let show_more = move |_| {
        let first_new = limit.get_untracked();
        raised.set(Some((filters.get_untracked(), first_new + PAGE)));
        // Take a keyboard or screen reader user to the first card that appeared, once
        // it is on the page, rather than leaving them on a button that may be gone.
        if let Some(id) = matching.with_untracked(|m| m.get(first_new).copied()) {
            focus_soon(card_link_id(id));
        }
    };
    let more_label = move || {
        let more = matches().saturating_sub(showing()).min(PAGE);
        t!("area-show-more", count = more)
    };

    view! {
        // No accessible name on the section: "Area of focus" is the filter's label,
        // and a region of the same name would make that label ambiguous.
        <section class="area" hidden=move || !shown.get()>
            <h2 id=heading_id translate=heading.number.map(|_| "no")>{heading.title.clone()}</h2>
            {(!heading.tagline.is_empty())
                .then(|| {
                    view! { <p class="area__tagline" translate="no">{format!("\u{201c}{}\u{201d}", heading.tagline)}</p> }
                })}
            {(!heading.key_objective.is_empty())
                .then(|| {
                    view! {
                        <p class="area__objective">
                            <span class="area__objective-label">{t!("area-key-objective")} " "</span>
                            <span translate="no">{heading.key_objective.clone()}</span>
                        </p>
                    }
                })}
            <p class="area__empty" hidden=move || { matches() > 0 || all.with(Vec::is_empty) }>
                {t!("area-no-match")}
            </p>
            <ul class="action-list" hidden=move || showing() == 0>
                <For
                    each=move || drawn.get()
                    key=|id| *id
                    children=move |id| {
                        let hidden = RwSignal::new(!visible.with_untracked(|v| v.contains(&id)));
                        switches.update_value(|s| {
                            s.insert(id, hidden);
                        });
                        on_cleanup(move || {
                            let _ = switches.try_update_value(|s| s.remove(&id));
                        });
                        let facts = Memo::new(move |_| index.with(|m| m.get(&id).cloned()));
                        view! { <ActionCard doc=doc facts=facts hidden=hidden /> }
                    }
                />
            </ul>
            <div class="area__more" hidden=move || { showing() >= matches() }>
                <p class="area__more-count">
                    {move || {
                        t!("area-showing", shown = showing(), matching = matches())
                    }}
                </p>
                <button type="button" class="button button--secondary" on:click=show_more>
                    {more_label}
                </button>
            </div>
            {add}
        </section>
    }
}
