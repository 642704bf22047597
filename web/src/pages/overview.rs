//! The overview of a plan: actions by area of focus and status, what is overdue,
//! what is still missing, and actions by lead. Every count comes from the core's
//! audit and roll-up; the page only lays them out (and prints cleanly).

use cares_core::audit::long_date;
use cares_core::report::{OverviewRow, PlanOverview};
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, action_path, action_plan, use_open_plan};
use crate::workspace::today;

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
    rows: Vec<OverviewRow>,
    /// The whole plan, for the foot of the table.
    total: OverviewRow,
    /// True to add an "Overdue" column.
    #[prop(optional)]
    with_overdue: bool,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let row_view = move |row: OverviewRow| {
        let name = row.group.clone();
        view! {
            <tr>
                <th scope="row">{name}</th>
                {row
                    .statuses
                    .iter()
                    .map(|(_, n)| view! { <td class="num">{n}</td> })
                    .collect_view()}
                <td class="num">{row.actions}</td>
                {with_overdue.then(|| view! { <td class="num">{row.overdue}</td> })}
            </tr>
        }
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
            <table class="count-table" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        {total
                            .statuses
                            .iter()
                            .map(|(s, _)| view! { <th scope="col" class="num">{s.label()}</th> })
                            .collect_view()}
                        <th scope="col" class="num">"Total"</th>
                        {with_overdue.then(|| view! { <th scope="col" class="num">"Overdue"</th> })}
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(row_view).collect_view()}</tbody>
                <tfoot>{row_view(total)}</tfoot>
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
    let overview = Memo::new(move |_| {
        open.doc
            .with(|d| action_plan(d).map(|plan| PlanOverview::new(plan, today)))
    });
    view! {
        <div class="overview">
            <h1>"Overview"</h1>
            {move || {
                let Some(s) = overview.get() else {
                    return view! { <p>"This document has no action plan yet."</p> }.into_any();
                };
                let total = s.total();
                view! {
                    <p>{format!("{} in this plan, as of {}.", s.how_many(), long_date(s.as_of))}</p>
                    <StatusTable
                        id="by-area"
                        caption="Actions by area of focus and status"
                        first="Area of focus"
                        rows=s.by_focus_area
                        total=total.clone()
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
                                                    <a href=action_path(doc, o.id)>{o.title()}</a>
                                                    {o.due.map(|d| format!(" \u{2014} due {}", long_date(d)))}
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
                                            let count = m.how_many();
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
                            total=total
                            with_overdue=true
                        />
                    </section>
                }
                    .into_any()
            }}
        </div>
    }
    .into_any()
}
