//! The plan's actions, grouped by area of focus, with filters kept in the address.
//!
//! Everything the list shows is derived in a few memos over the open document: the
//! plan is audited once per change (not once per card), cards are keyed by action
//! id, and a filter change only re-sorts ids. A long list is drawn in parts, one per
//! animation frame, so thousands of actions never freeze a slow phone: the first
//! cards appear at once and typing in the search is never held up.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use cares_core::audit::audit_plan;
use cares_core::ids::ActionId;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::plan::action_card::card_facts;
use crate::components::plan::action_filters::{ActionFilters, Filters};
use crate::components::plan::area_section::{AreaHeading, AreaSection};
use crate::components::plan::field::Choice;
use crate::components::plan::plan_context::{PlanMissing, action_plan, plan_path, use_open_plan};
use crate::workspace::today;

/// How many cards are drawn at first, and how many more in each animation frame.
const FIRST_CARDS: usize = 100;
const MORE_CARDS: usize = 300;

/// Which actions pass the filters, by area of focus (`None`: linked to no known area).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Visible {
    by_area: BTreeMap<Option<u8>, Vec<ActionId>>,
    totals: BTreeMap<Option<u8>, usize>,
    shown: usize,
    total: usize,
}

/// The plan's actions page.
#[component]
pub fn PlanActionsPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let doc = open.id;
    let today = today();
    let query = use_query_map();
    let filters = Memo::new(move |_| query.with(Filters::from_query));

    let facts = Memo::new(move |_| {
        open.doc.with(|d| {
            action_plan(d)
                .map(|plan| card_facts(plan, &audit_plan(plan, today)))
                .unwrap_or_default()
        })
    });
    let index = Memo::new(move |_| {
        facts.with(|all| {
            all.iter()
                .map(|c| (c.id, c.clone()))
                .collect::<HashMap<_, _>>()
        })
    });
    let areas = Memo::new(move |_| {
        open.doc.with(|d| {
            d.content()
                .framework()
                .focus_areas
                .iter()
                .map(AreaHeading::of)
                .collect::<Vec<_>>()
        })
    });
    let leads = Memo::new(move |_| {
        facts.with(|all| {
            let mut leads: Vec<String> = all
                .iter()
                .filter_map(|c| c.lead.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            leads.sort_by_key(|l| l.to_lowercase());
            leads
        })
    });
    let visible = Memo::new(move |_| {
        let known: BTreeSet<u8> = areas.with(|a| a.iter().filter_map(|h| h.number).collect());
        filters.with(|f| {
            facts.with(|all| {
                let mut v = Visible {
                    total: all.len(),
                    ..Visible::default()
                };
                for card in all {
                    let area = card.area.map(|a| a.get()).filter(|n| known.contains(n));
                    *v.totals.entry(area).or_default() += 1;
                    if f.matches(card) {
                        v.by_area.entry(area).or_default().push(card.id);
                        v.shown += 1;
                    }
                }
                v
            })
        })
    });

    let area_choices = Signal::derive(move || {
        areas.with(|a| {
            a.iter()
                .filter_map(|h| {
                    h.number
                        .map(|n| Choice::new(n.to_string(), format!("{n}: {}", h.tagline)))
                })
                .collect::<Vec<_>>()
        })
    });
    let navigate = use_navigate();
    let on_change = Callback::new(move |f: Filters| {
        navigate(
            &format!("{}{}", plan_path(doc), f.to_query()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    });

    // Draw the cards in parts: the first few at once, then more each frame until every
    // matching card is drawn. The count is kept with the filters it was reached for,
    // so a change of filters starts again from the first few in the same render.
    let limit = RwSignal::new((Filters::default(), FIRST_CARDS));
    let allowed = Memo::new(move |_| {
        let now = filters.get();
        limit.with(|(for_filters, n)| if *for_filters == now { *n } else { FIRST_CARDS })
    });
    Effect::new(move |_| {
        if allowed.get() < visible.with(|v| v.shown) {
            request_animation_frame(move || {
                let Some(now) = filters.try_get_untracked() else {
                    return;
                };
                let _ = limit.try_update(|(for_filters, n)| {
                    if *for_filters == now {
                        *n += MORE_CARDS;
                    } else {
                        *for_filters = now;
                        *n = FIRST_CARDS + MORE_CARDS;
                    }
                });
            });
        }
    });
    let drawn = Memo::new(move |_| {
        let mut budget = allowed.get();
        let order: Vec<Option<u8>> = areas.with(|a| {
            a.iter()
                .map(|h| h.number)
                .chain(std::iter::once(None))
                .collect()
        });
        visible.with(|v| {
            let mut drawn: BTreeMap<Option<u8>, Vec<ActionId>> = BTreeMap::new();
            for key in order {
                let ids = v.by_area.get(&key).map(Vec::as_slice).unwrap_or_default();
                let take = ids.len().min(budget);
                budget -= take;
                drawn.insert(key, ids[..take].to_vec());
            }
            drawn
        })
    });

    // Narrow memos, so typing in the search re-sorts ids without rebuilding sections.
    let only_area = Memo::new(move |_| filters.with(|f| f.area));
    let show_unlinked = Memo::new(move |_| {
        only_area.get().is_none() && visible.with(|v| v.by_area.contains_key(&None))
    });

    let section = move |heading: AreaHeading| {
        let key = heading.number;
        let ids = Memo::new(move |_| drawn.with(|d| d.get(&key).cloned().unwrap_or_default()));
        let matching =
            Signal::derive(move || visible.with(|v| v.by_area.get(&key).map_or(0, Vec::len)));
        let total = Signal::derive(move || {
            visible.with(|v| v.totals.get(&key).copied().unwrap_or_default())
        });
        view! { <AreaSection doc=doc heading=heading ids=ids matching=matching total=total index=index /> }
    };

    view! {
        <div class="plan-actions">
            <ActionFilters
                filters=filters
                areas=area_choices
                leads=leads
                on_change=on_change
            />
            <p class="plan-actions__count" aria-live="polite">
                {move || {
                    visible
                        .with(|v| {
                            // "actions" even for one, so the line always reads the same.
                            format!("Showing {} of {} actions", v.shown, v.total)
                        })
                }}
            </p>
            <Show when=move || visible.with(|v| v.total == 0)>
                <p class="plan-actions__empty">"No actions yet. Add the first one."</p>
            </Show>
            {move || {
                let only = only_area.get();
                areas
                    .get()
                    .into_iter()
                    .filter(|h| only.is_none() || h.number == only)
                    .map(section)
                    .collect_view()
            }}
            {move || show_unlinked.get().then(|| section(AreaHeading::unlinked()))}
        </div>
    }
    .into_any()
}
