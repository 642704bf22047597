//! The plan's actions, grouped by area of focus, with filters kept in the address.
//!
//! Everything the list shows is derived in a few memos over the open document: the
//! plan is audited once per change (not once per card or per filter), and a filter
//! change only re-sorts action ids. Each area then shows its first matches, with
//! "Show more" for the rest, and keeps the cards it has drawn (hidden when they do not
//! match), so a change of filters on a plan of thousands of actions redraws next to
//! nothing and a slow phone answers at once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Duration;

use cares_core::audit::audit_plan;
use cares_core::ids::ActionId;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::form::Choice;
use crate::components::page_loading::Routing;
use crate::components::plan::action_card::card_facts;
use crate::components::plan::action_filters::{ActionFilters, Filters};
use crate::components::plan::area_section::{AreaHeading, AreaSection};
use crate::components::plan::plan_context::{PlanMissing, action_plan, plan_path, use_open_plan};
use crate::i18n::t;
use crate::workspace::today;

/// From this many actions, cards off screen are left out of layout until scrolled near.
const LONG_PLAN: usize = 100;

/// How long after the last change of filters the address is written.
const ADDRESS_PAUSE_MS: u64 = 400;

/// Actions by area of focus (`None`: linked to no area the framework knows).
type ByArea = BTreeMap<Option<u8>, Vec<ActionId>>;

/// Which actions pass the filters, by area of focus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Visible {
    by_area: ByArea,
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

    // The filters in force: what a person last chose, or what the address says when it
    // changes by a link or a reload. A choice is drawn first and written to the address
    // once the person pauses (`on_change` below): the list is what a person waits for,
    // and the router's work and the history write would otherwise hold it up.
    let from_address = Memo::new(move |_| query.with(Filters::from_query));
    let chosen = RwSignal::new(from_address.get_untracked());
    let writing = StoredValue::new(false);
    Effect::new(move |_| {
        let address = from_address.get();
        if !writing.get_value() && chosen.with_untracked(|c| *c != address) {
            chosen.set(address);
        }
    });
    let filters = Memo::new(move |_| chosen.get());

    // Once per change of the document: every card's facts, with the whole plan audited
    // in one pass.
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
    // One choice per organisation, however its name is spelt, named as first written.
    let organisations = Memo::new(move |_| {
        facts.with(|all| {
            let mut seen: BTreeMap<String, String> = BTreeMap::new();
            for (key, name) in all.iter().filter_map(|c| c.organisation.as_ref()) {
                seen.entry(key.clone()).or_insert_with(|| name.clone());
            }
            let mut choices: Vec<(String, String)> = seen.into_iter().collect();
            choices.sort_by_key(|(_, name)| name.to_lowercase());
            choices
                .into_iter()
                .map(|(key, name)| Choice::new(key, name))
                .collect::<Vec<_>>()
        })
    });
    // Every action's section, whatever the filters, as places in `facts`.
    let grouped = Memo::new(move |_| {
        let known: BTreeSet<u8> = areas.with(|a| a.iter().filter_map(|h| h.number).collect());
        facts.with(|all| {
            let mut by_area: BTreeMap<Option<u8>, Vec<usize>> = BTreeMap::new();
            for (at, card) in all.iter().enumerate() {
                let area = card.area.map(|a| a.get()).filter(|n| known.contains(n));
                by_area.entry(area).or_default().push(at);
            }
            by_area
        })
    });
    // Once per change of filters (or document): the ids that pass, by section.
    let visible = Memo::new(move |_| {
        filters.with(|f| {
            let words = f.search_words();
            facts.with(|all| {
                grouped.with(|grouped| {
                    let mut v = Visible::default();
                    for (area, places) in grouped {
                        v.total += places.len();
                        let passing: Vec<ActionId> = places
                            .iter()
                            .filter_map(|&at| all.get(at))
                            .filter(|card| f.matches(card, &words))
                            .map(|card| card.id)
                            .collect();
                        v.shown += passing.len();
                        if !passing.is_empty() {
                            v.by_area.insert(*area, passing);
                        }
                    }
                    v
                })
            })
        })
    });

    let area_choices = Signal::derive(move || {
        open.doc.with(|d| {
            d.content()
                .framework()
                .focus_areas
                .iter()
                .map(|a| Choice::new(a.number.get().to_string(), a.choice_label()))
                .collect::<Vec<_>>()
        })
    });
    let navigate = use_navigate();
    let routing = use_context::<Routing>();
    // The address is written once the person pauses: arrowing through the status
    // list changes the filters at every key, and each write (the router and
    // `history.replaceState`, after which Chromium fetches the page's icon again)
    // would otherwise land between two keys and hold up the second.
    let due: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let on_change = Callback::new(move |f: Filters| {
        chosen.set(f);
        writing.set_value(true);
        if let Some(earlier) = due.get_value() {
            earlier.clear();
        }
        let navigate = navigate.clone();
        let handle = set_timeout_with_handle(
            move || {
                if writing.try_set_value(false).is_some() {
                    return;
                }
                let Some(now) = chosen.try_get_untracked() else {
                    return;
                };
                let address = format!("{}{}", plan_path(doc), now.to_query());
                // A link followed in the pause (an action, its page's code still on its
                // way) would be cancelled by a navigation now: the filters go straight
                // into this page's history entry instead, for Back to return to them.
                if routing.is_some_and(Routing::is_on) {
                    if let Ok(history) = window().history() {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&address),
                        );
                    }
                    return;
                }
                navigate(
                    &address,
                    NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..NavigateOptions::default()
                    },
                );
            },
            Duration::from_millis(ADDRESS_PAUSE_MS),
        );
        due.set_value(handle.ok());
    });

    let only_area = Memo::new(move |_| filters.with(|f| f.area));
    // Every section is drawn once and hidden when the area filter leaves it out, so
    // changing the area never rebuilds a section or its cards.
    let section = move |heading: AreaHeading| {
        let key = heading.number;
        let matching =
            Memo::new(move |_| visible.with(|v| v.by_area.get(&key).cloned().unwrap_or_default()));
        let all = Memo::new(move |_| {
            facts.with(|facts| {
                grouped.with(|g| {
                    g.get(&key)
                        .into_iter()
                        .flatten()
                        .filter_map(|&at| facts.get(at).map(|c| c.id))
                        .collect::<Vec<_>>()
                })
            })
        });
        let shown = Signal::derive(move || match (key, only_area.get()) {
            // Actions linked to no area appear only while some of them pass the filters.
            (None, only) => only.is_none() && matching.with(|m| !m.is_empty()),
            (Some(_), only) => only.is_none() || only == key,
        });
        view! {
            <AreaSection
                doc=doc
                heading=heading
                matching=matching
                all=all
                shown=shown
                filters=filters
                index=index
            />
        }
    };

    // A long plan lets the browser skip laying out cards that are off screen (see
    // plan.css); a short one has nothing to gain.
    let long = move || visible.with(|v| v.total > LONG_PLAN);

    view! {
        <div class="plan-actions" class:plan-actions--long=long>
            <ActionFilters
                filters=filters
                areas=area_choices
                leads=leads
                organisations=organisations
                on_change=on_change
            />
            <p class="plan-actions__count" aria-live="polite">
                {move || {
                    visible
                        .with(|v| {
                            t!("plan-actions-showing", shown = v.shown, total = v.total)
                        })
                }}
            </p>
            <Show when=move || visible.with(|v| v.total == 0)>
                <p class="plan-actions__empty">{t!("plan-actions-empty")}</p>
            </Show>
            {move || {
                areas
                    .get()
                    .into_iter()
                    .chain(std::iter::once(AreaHeading::unlinked()))
                    .map(section)
                    .collect_view()
            }}
        </div>
    }
    .into_any()
}
