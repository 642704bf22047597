//! The overview of a plan: actions by area of focus and status, what is overdue,
//! what is still missing, and actions by lead. Every count comes from the core's
//! audit and roll-up; the page only lays them out (and prints cleanly).

use std::collections::{BTreeMap, BTreeSet};

use cares_core::audit::{
    FindingCode, GroupBy, RollupRow, SmartFinding, audit_plan, long_date, rollup,
};
use cares_core::ids::ActionId;
use cares_core::plan::Status;
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, action_path, action_plan, use_open_plan};
use crate::workspace::today;

/// One overdue action.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Overdue {
    id: ActionId,
    label: String,
    due: Option<String>,
}

/// One line of "What is still missing": how many actions, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Missing {
    actions: usize,
    /// The core's message; several when it names each action's own words.
    messages: Vec<String>,
}

/// Everything the page shows, from one audit of the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Summary {
    by_area: Vec<RollupRow>,
    by_lead: Vec<RollupRow>,
    overdue: Vec<Overdue>,
    missing: Vec<Missing>,
    total: usize,
}

fn summarise(plan: &cares_core::plan::ActionPlan, findings: &[SmartFinding]) -> Summary {
    let mut overdue = Vec::new();
    let mut per_code: BTreeMap<FindingCode, (BTreeSet<ActionId>, Vec<String>)> = BTreeMap::new();
    for finding in findings {
        if finding.code == FindingCode::Overdue {
            if let Some(action) = plan.action(finding.action) {
                overdue.push(Overdue {
                    id: action.id,
                    label: match action.reference.as_deref().map(str::trim) {
                        Some(r) if !r.is_empty() => format!("{r}: {}", action.what.trim()),
                        _ => action.what.trim().to_owned(),
                    },
                    due: action.due.or(action.review).map(long_date),
                });
            }
            continue;
        }
        let entry = per_code.entry(finding.code).or_default();
        entry.0.insert(finding.action);
        if !entry.1.contains(&finding.message) {
            entry.1.push(finding.message.clone());
        }
    }
    let missing = FindingCode::ALL
        .iter()
        .filter_map(|code| per_code.remove(code))
        .map(|(actions, messages)| Missing {
            actions: actions.len(),
            messages,
        })
        .collect();
    Summary {
        by_area: rollup(plan, findings, GroupBy::FocusArea),
        by_lead: rollup(plan, findings, GroupBy::Lead),
        overdue,
        missing,
        total: plan.actions.len(),
    }
}

fn actions(n: usize) -> String {
    if n == 1 {
        "1 action".to_owned()
    } else {
        format!("{n} actions")
    }
}

/// A table of counts by status, one row per group, with a total row.
#[component]
fn StatusTable(
    /// The table's id, for its caption.
    id: &'static str,
    /// The caption.
    caption: &'static str,
    /// The heading of the first column.
    first: &'static str,
    /// The rows.
    rows: Vec<RollupRow>,
    /// True to add an "Overdue" column.
    #[prop(optional)]
    with_overdue: bool,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let mut total = BTreeMap::<Status, usize>::new();
    let mut all = 0;
    let mut overdue = 0;
    for row in &rows {
        for (s, n) in &row.by_status {
            *total.entry(*s).or_default() += n;
        }
        all += row.actions;
        overdue += row.overdue;
    }
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
            <table class="count-table" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        {Status::ALL
                            .into_iter()
                            .map(|s| view! { <th scope="col" class="num">{s.label()}</th> })
                            .collect_view()}
                        <th scope="col" class="num">"Total"</th>
                        {with_overdue.then(|| view! { <th scope="col" class="num">"Overdue"</th> })}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    <th scope="row">{row.group.clone()}</th>
                                    {Status::ALL
                                        .into_iter()
                                        .map(|s| {
                                            view! {
                                                <td class="num">
                                                    {row.by_status.get(&s).copied().unwrap_or_default()}
                                                </td>
                                            }
                                        })
                                        .collect_view()}
                                    <td class="num">{row.actions}</td>
                                    {with_overdue.then(|| view! { <td class="num">{row.overdue}</td> })}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Total"</th>
                        {Status::ALL
                            .into_iter()
                            .map(|s| {
                                view! { <td class="num">{total.get(&s).copied().unwrap_or_default()}</td> }
                            })
                            .collect_view()}
                        <td class="num">{all}</td>
                        {with_overdue.then(|| view! { <td class="num">{overdue}</td> })}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let doc = open.id;
    let today = today();
    let summary = Memo::new(move |_| {
        open.doc.with(|d| {
            action_plan(d)
                .map(|plan| summarise(plan, &audit_plan(plan, today)))
                .unwrap_or_default()
        })
    });
    view! {
        <div class="overview">
            <h1>"Overview"</h1>
            {move || {
                let s = summary.get();
                view! {
                    <p>
                        {format!("{} in this plan, as of {}.", actions(s.total), long_date(today))}
                    </p>
                    <StatusTable
                        id="by-area"
                        caption="Actions by area of focus and status"
                        first="Area of focus"
                        rows=s.by_area
                    />
                    <section aria-labelledby="overdue-heading">
                        <h2 id="overdue-heading">"Overdue"</h2>
                        {if s.overdue.is_empty() {
                            view! { <p>"Nothing is overdue."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="overview__overdue">
                                    {s
                                        .overdue
                                        .into_iter()
                                        .map(|o| {
                                            view! {
                                                <li>
                                                    <a href=action_path(doc, o.id)>{o.label}</a>
                                                    {o.due.map(|d| format!(" \u{2014} due {d}"))}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                    <section aria-labelledby="missing-heading">
                        <h2 id="missing-heading">"What is still missing"</h2>
                        {if s.missing.is_empty() {
                            view! { <p>"Every action has what it needs."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="overview__missing">
                                    {s
                                        .missing
                                        .into_iter()
                                        .map(|m| {
                                            let count = actions(m.actions);
                                            if let [message] = m.messages.as_slice() {
                                                view! { <li>{format!("{count}: {message}")}</li> }
                                                    .into_any()
                                            } else {
                                                view! {
                                                    <li>
                                                        {format!("{count}:")}
                                                        <ul>
                                                            {m
                                                                .messages
                                                                .into_iter()
                                                                .map(|msg| view! { <li>{msg}</li> })
                                                                .collect_view()}
                                                        </ul>
                                                    </li>
                                                }
                                                    .into_any()
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                    <section aria-labelledby="by-lead-heading">
                        <h2 id="by-lead-heading">"Actions by lead"</h2>
                        <StatusTable
                            id="by-lead"
                            caption="Actions by lead and status"
                            first="Lead"
                            rows=s.by_lead
                            with_overdue=true
                        />
                    </section>
                }
            }}
        </div>
    }
    .into_any()
}
