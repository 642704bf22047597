//! The overview of a plan: actions by area of focus and status, what is overdue,
//! what is still missing, and actions by lead. Every count comes from the core's
//! audit and roll-up; the page only lays them out (and prints cleanly).

use cares_core::ids::DocumentId;
use cares_core::plan::Status;
use cares_core::report::{MissingAction, OverviewRow, PlanOverview};
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, action_path, action_plan, use_open_plan};
use crate::i18n::{self, t};
use crate::workspace::today;

/// A table of counts by status, one row per group, with a total row.
#[component]
fn StatusTable(
    /// The table's id, for its caption.
    id: &'static str,
    /// The caption.
    caption: String,
    /// The heading of the first column.
    first: String,
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
    // On a phone each row becomes a card of "label: count" lines (see plan.css); the
    // roles keep it a table to screen readers whatever the layout.
    // A row's name is a lead's as written, or the core's name for an area or for no
    // lead in the reader's language; the foot's is "Total".
    let row_view = move |row: OverviewRow, foot: bool| {
        let ours = if foot {
            Some(t!("overview-total"))
        } else {
            i18n::figures_group(&row.group)
        };
        let written = ours.is_none();
        let name = ours.unwrap_or_else(|| row.group.clone());
        view! {
            <tr role="row">
                <th scope="row" role="rowheader" translate=written.then_some("no")>{name}</th>
                {row
                    .statuses
                    .iter()
                    .map(|(s, n)| view! { <td class="num" role="cell" data-label=i18n::status(s)>{n}</td> })
                    .collect_view()}
                <td class="num" role="cell" data-label=t!("overview-total")>{row.actions}</td>
                {with_overdue.then(|| view! { <td class="num" role="cell" data-label=t!("overview-overdue")>{row.overdue}</td> })}
            </tr>
        }
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
            <table class="count-table" id=id role="table">
                <caption id=caption_id>{caption}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{first}</th>
                        {total
                            .statuses
                            .iter()
                            .map(|(s, _)| view! { <th scope="col" role="columnheader" class="num">{i18n::status(s)}</th> })
                            .collect_view()}
                        <th scope="col" role="columnheader" class="num">{t!("overview-total")}</th>
                        {with_overdue.then(|| view! { <th scope="col" role="columnheader" class="num">{t!("overview-overdue")}</th> })}
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows.into_iter().map(|r| row_view(r, false)).collect_view()}</tbody>
                <tfoot role="rowgroup">{row_view(total, true)}</tfoot>
            </table>
        </div>
    }
}

/// The actions a line of "what is still missing" is about, each a link to its editor,
/// folded away so a long list does not bury the next line.
#[component]
fn WhichActions(doc: DocumentId, which: Vec<MissingAction>) -> impl IntoView {
    let shown = t!("overview-which", count = which.len());
    view! {
        <details class="overview__which">
            <summary>{shown}</summary>
            <ul>
                {which
                    .into_iter()
                    .map(|a| view! { <li><a href=action_path(doc, a.id) translate="no">{a.label}</a></li> })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// Actions by area of focus as one bar per area, split by status: a picture to read
/// at a glance. The numbers are in the table that follows, so the picture is named
/// in words for screen readers rather than read out bar by bar.
#[component]
fn RagChart(rows: Vec<OverviewRow>) -> impl IntoView {
    let bars = rows
        .into_iter()
        .filter(|row| row.actions > 0)
        .map(|row| {
            let total = row.actions.max(1) as f64;
            let mut x = 0.0;
            let parts: Vec<String> = row
                .statuses
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(s, n)| t!("overview-chart-part", count = n, status = s.key()))
                .collect();
            let ours = i18n::figures_group(&row.group);
            let written = ours.is_none();
            let name = ours.unwrap_or_else(|| row.group.clone());
            let label = t!("overview-chart-bar", area = name.as_str(), parts = parts.join(", "));
            let segments = row
                .statuses
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(status, n)| {
                    let width = 100.0 * n as f64 / total;
                    let at = x;
                    x += width;
                    view! {
                        <rect
                            class=format!("rag-chart__{}", status.key())
                            x=format!("{at:.2}")
                            y="0"
                            width=format!("{width:.2}")
                            height="10"
                        />
                    }
                })
                .collect_view();
            view! {
                <li>
                    <span class="rag-chart__name" translate=written.then_some("no")>{name}</span>
                    <svg class="rag-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=label>
                        {segments}
                    </svg>
                </li>
            }
        })
        .collect_view();
    let key = Status::ALL
        .iter()
        .map(|s| {
            view! {
                <li>
                    <svg class="rag-chart__swatch" viewBox="0 0 10 10" aria-hidden="true">
                        <rect class=format!("rag-chart__{}", s.key()) width="10" height="10" />
                    </svg>
                    {i18n::status(*s)}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="rag-chart">
            <figcaption>{t!("overview-chart-title")}</figcaption>
            <ul class="rag-chart__bars">{bars}</ul>
            <ul class="rag-chart__key" aria-label=t!("overview-chart-key")>{key}</ul>
        </figure>
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
            <h1>{t!("overview-title")}</h1>
            {move || {
                let Some(s) = overview.get() else {
                    return view! { <p>{t!("overview-no-plan")}</p> }.into_any();
                };
                let total = s.total();
                view! {
                    <p>{t!("overview-intro", count = s.actions, as_of = s.as_of)}</p>
                    <RagChart rows=s.by_focus_area.clone() />
                    <StatusTable
                        id="by-area"
                        caption=t!("overview-by-area-caption")
                        first=t!("overview-by-area-first")
                        rows=s.by_focus_area
                        total=total.clone()
                    />
                    <section aria-labelledby="overdue-heading">
                        <h2 id="overdue-heading">{t!("overview-overdue")}</h2>
                        {if s.overdue.is_empty() {
                            view! { <p>{t!("overview-nothing-overdue")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="overview__overdue">
                                    {s
                                        .overdue
                                        .into_iter()
                                        .map(|o| {
                                            view! {
                                                <li>
                                                    <a href=action_path(doc, o.id) translate="no">{o.title()}</a>
                                                    {o.due.map(|d| t!("overview-due", due = d))}
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
                        <h2 id="missing-heading">{t!("overview-missing")}</h2>
                        {if s.missing.is_empty() {
                            view! { <p>{t!("overview-nothing-missing")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="overview__missing">
                                    {s
                                        .missing
                                        .into_iter()
                                        .map(|m| {
                                            let count = t!("overview-actions", count = m.actions);
                                            let which = view! { <WhichActions doc=doc which=m.which.clone() /> };
                                            let said: Vec<String> = m
                                                .wordings
                                                .iter()
                                                .zip(&m.messages)
                                                .map(|(w, english)| i18n::wording(w, english))
                                                .collect();
                                            if let [message] = said.as_slice() {
                                                view! { <li>{format!("{count}: {message}")} {which}</li> }
                                                    .into_any()
                                            } else {
                                                view! {
                                                    <li>
                                                        {format!("{count}:")}
                                                        <ul>
                                                            {said
                                                                .into_iter()
                                                                .map(|msg| view! { <li>{msg}</li> })
                                                                .collect_view()}
                                                        </ul>
                                                        {which}
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
                        <h2 id="by-lead-heading">{t!("overview-by-lead")}</h2>
                        <StatusTable
                            id="by-lead"
                            caption=t!("overview-by-lead-caption")
                            first=t!("overview-by-lead-first")
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
