//! The quarterly highlight report for the Health and Wellbeing Board, laid out for A4:
//! plan progress by locality and area of focus, the progress markers with their change
//! and charts, the empowerment plan's findings, the sessions held and how many took
//! part (counts, never names), and the top improvement actions. Every figure is the
//! core's `HighlightView`, the same as `cares highlight`; the quarter is in the address
//! (`?quarter=2024-Q4`) so a report can be linked to and reloaded.

use cares_core::audit::long_date;
use cares_core::document::Document;
use cares_core::network::Quarter;
use cares_core::plan::Status;
use cares_core::report::{HighlightView, OverviewRow, quarters_between};
use cares_core::text::count;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use web_sys::HtmlSelectElement;

use crate::components::plan::plan_context::{PlanMissing, use_open_plan};
use crate::components::plan::print_pages::PrintPages;
use crate::components::programme::chart::{MarkerChart, MarkerTable};
use crate::workspace::today;

/// The quarters a report can be made for: from the first with a count or a session to
/// the later of the last counted and this one. The report opens on the last counted.
fn quarters_offered(doc: &Document, now: Quarter) -> (Vec<Quarter>, Quarter) {
    let content = doc.content();
    let counted: Vec<Quarter> = content
        .progress
        .totals()
        .iter()
        .map(|t| t.quarter)
        .collect();
    let held = content.sessions.iter().map(|s| Quarter::containing(s.date));
    let first = counted.iter().copied().chain(held).min().unwrap_or(now);
    let last_counted = counted.iter().copied().max().unwrap_or(now);
    (quarters_between(first, last_counted.max(now)), last_counted)
}

/// The address's spelling of a quarter ("2024-Q4"), which the core also reads.
fn query_value(quarter: Quarter) -> String {
    format!("{}-Q{}", quarter.year(), quarter.number())
}

/// A table of action counts by status, a row per locality or area, with SMART and overdue.
#[component]
fn ProgressTable(
    caption: String,
    first: &'static str,
    rows: Vec<OverviewRow>,
    #[prop(optional)] total: Option<OverviewRow>,
) -> impl IntoView {
    let id = caption
        .to_lowercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let row_view = |row: OverviewRow| {
        view! {
            <tr>
                <th scope="row">{row.group.clone()}</th>
                <td class="num">{row.actions}</td>
                {row.statuses.iter().map(|(_, n)| view! { <td class="num">{n}</td> }).collect_view()}
                <td class="num">{row.smart}</td>
                <td class="num">{row.overdue}</td>
            </tr>
        }
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
            <table class="count-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">"Actions"</th>
                        {Status::ALL
                            .iter()
                            .map(|s| view! { <th scope="col" class="num">{s.label()}</th> })
                            .collect_view()}
                        <th scope="col" class="num">"With lead, measure and date"</th>
                        <th scope="col" class="num">"Overdue"</th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(row_view).collect_view()}</tbody>
                {total.map(|t| view! { <tfoot>{row_view(t)}</tfoot> })}
            </table>
        </div>
    }
}

/// The report itself, for one quarter.
#[component]
fn Report(report: HighlightView) -> impl IntoView {
    let plans = report.plans;
    let localities: Vec<OverviewRow> = plans.localities.iter().map(|l| l.figures.clone()).collect();
    let sessions_said = format!(
        "{} held, with {} taking part.",
        count(report.sessions.len(), "session", "sessions"),
        count(report.people, "person", "people")
    );
    view! {
        <h1>{report.title.clone()}</h1>
        <p>{format!("Plans as of {}, the last day of the quarter.", long_date(report.as_of))}</p>
        <section aria-labelledby="highlight-plans">
            <h2 id="highlight-plans">"Plan progress"</h2>
            <ProgressTable
                caption="Actions by locality".to_owned()
                first="Locality"
                rows=localities
                total=plans.total.clone()
            />
            <ProgressTable
                caption="Actions in every locality by area of focus".to_owned()
                first="Area of focus"
                rows=plans.by_focus_area.clone()
            />
        </section>
        <section aria-labelledby="highlight-markers">
            <h2 id="highlight-markers">"Progress markers"</h2>
            {if report.markers.is_empty() {
                view! { <p>"No progress figures for this quarter yet."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {report.markers.iter().map(|m| view! { <li>{m.summary.clone()}</li> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {report
                .series
                .into_iter()
                .filter(|s| !s.lines.is_empty())
                .map(|series| {
                    view! {
                        <div class="marker">
                            <h3>{series.label}</h3>
                            <MarkerChart series=series.clone() />
                            <MarkerTable series=series />
                        </div>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="highlight-empowerment">
            <h2 id="highlight-empowerment">"Carer Empowerment Plan"</h2>
            {if report.empowerment.is_empty() {
                view! { <p>"Every key meeting has a carer voice, and no rep is asked too much."</p> }
                    .into_any()
            } else {
                view! {
                    <ul>
                        {report
                            .empowerment
                            .iter()
                            .map(|c| view! { <li>{format!("{}: {}", c.phrase, c.count)}</li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="highlight-sessions">
            <h2 id="highlight-sessions">"Co-production sessions"</h2>
            <p>{sessions_said}</p>
            {(!report.sessions.is_empty())
                .then(|| {
                    view! {
                        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="highlight-sessions-caption">
                            <table class="count-table">
                                <caption id="highlight-sessions-caption">"Sessions held this quarter"</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Session"</th>
                                        <th scope="col">"Locality"</th>
                                        <th scope="col">"Date"</th>
                                        <th scope="col" class="num">"People"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {report
                                        .sessions
                                        .into_iter()
                                        .map(|s| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{s.title}</th>
                                                    <td>{s.locality}</td>
                                                    <td>{long_date(s.date)}</td>
                                                    <td class="num">{s.people}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })}
        </section>
        <section aria-labelledby="highlight-improvements">
            <h2 id="highlight-improvements">"Top improvement actions"</h2>
            {if report.improvement_actions.is_empty() {
                view! { <p>"No organisation has named an improvement action yet."</p> }.into_any()
            } else {
                view! {
                    <ol>
                        {report
                            .improvement_actions
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <li>
                                        {format!("{} ({}): {}", a.action, a.theme, a.organisations.join(", "))}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}

/// `/plan/:doc/programme/highlight`.
#[component]
pub fn HighlightPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let today = today();
    let now = Quarter::containing(today);
    let query = use_query_map();
    let offered = Memo::new(move |_| open.doc.with(|d| quarters_offered(d, now)));
    let quarter = Memo::new(move |_| {
        query
            .with(|q| q.get("quarter"))
            .and_then(|q| q.parse::<Quarter>().ok())
            .unwrap_or_else(|| offered.with(|(_, latest)| *latest))
    });
    let report = Memo::new(move |_| {
        let q = quarter.get();
        open.doc.with(|d| HighlightView::new(d.content(), q))
    });
    let title = Signal::derive(move || report.with(|r| r.title.clone()));
    let borough = Signal::derive(move || open.doc.with(|d| d.content().title.trim().to_owned()));
    let navigate = use_navigate();
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target::<HtmlSelectElement>(&ev).value();
        navigate(
            &format!("/plan/{}/programme/highlight?quarter={value}", open.id),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    };
    let print = |_| {
        // If printing is blocked there is nothing useful to say; the browser's own
        // menu still prints the page.
        let _ = window().print();
    };
    view! {
        <div class="highlight">
            <div class="print-controls">
                <p>"This report is laid out to print on A4 paper."</p>
                <div class="field">
                    <label class="field__label" for="highlight-quarter">"Quarter"</label>
                    <select class="field__input" id="highlight-quarter" on:change=pick>
                        {move || {
                            let chosen = quarter.get();
                            offered
                                .get()
                                .0
                                .into_iter()
                                .rev()
                                .map(|q| {
                                    view! {
                                        <option value=query_value(q) selected=q == chosen>
                                            {format!("{q} ({})", q.months())}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <button type="button" class="button" on:click=print>
                    "Print"
                </button>
            </div>
            <PrintPages title=title locality=borough date=long_date(today)>
                {move || view! { <Report report=report.get() /> }}
            </PrintPages>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_spells_a_quarter_the_way_the_core_reads_it() -> Result<(), String> {
        let q = Quarter::new(2024, 4).map_err(|e| e.to_string())?;
        assert_eq!(query_value(q), "2024-Q4");
        assert_eq!(query_value(q).parse::<Quarter>().ok(), Some(q));
        Ok(())
    }
}
