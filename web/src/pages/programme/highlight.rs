//! The quarterly highlight report for the Health and Wellbeing Board, laid out for A4:
//! plan progress by locality and area of focus, the progress markers with their change
//! and charts, the empowerment plan's findings, the sessions held and how many took
//! part (counts, never names), and the top improvement actions. Every figure is the
//! core's `HighlightView`, the same as `cares highlight`; the quarter is in the address
//! (`?quarter=2024-Q4`) so a report can be linked to and reloaded.

use cares_core::document::Document;
use cares_core::network::Quarter;
use cares_core::plan::Status;
use cares_core::report::{HighlightView, OverviewRow, quarters_between};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use web_sys::HtmlSelectElement;

use crate::components::plan::plan_context::{PlanMissing, use_open_plan};
use crate::components::plan::print_pages::PrintPages;
use crate::components::programme::chart::{MarkerChart, MarkerTable};
use crate::components::programme::figures_table::group_cell;
use crate::i18n::{self, t};
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

/// "Highlight report: 2024-25 Q4 (January to March 2025)".
fn highlight_title(quarter: Quarter) -> String {
    t!(
        "programme-highlight-title",
        quarter = i18n::quarter_with_months(quarter)
    )
}

/// The address's spelling of a quarter ("2024-Q4"), which the core also reads.
fn query_value(quarter: Quarter) -> String {
    format!("{}-Q{}", quarter.year(), quarter.number())
}

/// A table of action counts by status, a row per locality or area, with SMART and overdue.
#[component]
fn ProgressTable(
    /// Unique on the page, for the caption's id.
    id: &'static str,
    caption: String,
    first: String,
    rows: Vec<OverviewRow>,
    #[prop(optional)] total: Option<OverviewRow>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let row_view = |row: OverviewRow| {
        view! {
            <tr>
                <th scope="row">{group_cell(&row.group)}</th>
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
                        <th scope="col" class="num">{t!("programme-column-actions")}</th>
                        {Status::ALL
                            .iter()
                            .map(|s| view! { <th scope="col" class="num">{i18n::status(*s)}</th> })
                            .collect_view()}
                        <th scope="col" class="num">{t!("programme-column-lead-measure-date")}</th>
                        <th scope="col" class="num">{t!("programme-column-overdue")}</th>
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
    let sessions_said = t!(
        "programme-highlight-sessions-held",
        sessions = report.sessions.len(),
        people = report.people
    );
    view! {
        <h1>{highlight_title(report.quarter)}</h1>
        <p>{t!("programme-highlight-as-of", day = i18n::date(report.as_of))}</p>
        <section aria-labelledby="highlight-plans">
            <h2 id="highlight-plans">{t!("programme-highlight-plans")}</h2>
            <ProgressTable
                id="highlight-by-locality"
                caption=t!("programme-highlight-by-locality")
                first=t!("programme-column-locality")
                rows=localities
                total=plans.total.clone()
            />
            <ProgressTable
                id="highlight-by-area"
                caption=t!("programme-borough-by-area-caption")
                first=t!("programme-column-area")
                rows=plans.by_focus_area.clone()
            />
        </section>
        <section aria-labelledby="highlight-markers">
            <h2 id="highlight-markers">{t!("programme-nav-progress")}</h2>
            {if report.markers.is_empty() {
                view! { <p>{t!("programme-highlight-no-figures")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {report.markers.iter().map(|m| view! { <li>{i18n::marker_summary(m)}</li> }).collect_view()}
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
                            <h3>{i18n::progress_marker(series.marker)}</h3>
                            <MarkerChart series=series.clone() />
                            <MarkerTable series=series />
                        </div>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="highlight-empowerment">
            <h2 id="highlight-empowerment">{t!("programme-highlight-empowerment")}</h2>
            {if report.empowerment.is_empty() {
                view! { <p>{t!("programme-highlight-empowerment-fine")}</p> }
                    .into_any()
            } else {
                view! {
                    <ul>
                        {report
                            .empowerment
                            .iter()
                            .map(|c| view! { <li>{t!("programme-empowerment-count", finding = i18n::empowerment_phrase(c.code), count = c.count)}</li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="highlight-sessions">
            <h2 id="highlight-sessions">{t!("programme-highlight-sessions")}</h2>
            <p>{sessions_said}</p>
            {(!report.sessions.is_empty())
                .then(|| {
                    view! {
                        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="highlight-sessions-caption">
                            <table class="count-table">
                                <caption id="highlight-sessions-caption">{t!("programme-highlight-sessions-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!("programme-column-session")}</th>
                                        <th scope="col">{t!("programme-column-locality")}</th>
                                        <th scope="col">{t!("programme-column-date")}</th>
                                        <th scope="col" class="num">{t!("programme-column-people")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {report
                                        .sessions
                                        .into_iter()
                                        .map(|s| {
                                            view! {
                                                <tr>
                                                    <th scope="row" translate="no">{s.title}</th>
                                                    <td translate="no">{s.locality}</td>
                                                    <td>{i18n::date(s.date)}</td>
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
            <h2 id="highlight-improvements">{t!("programme-highlight-improvements")}</h2>
            {if report.improvement_actions.is_empty() {
                view! { <p>{t!("programme-no-improvement-actions")}</p> }.into_any()
            } else {
                view! {
                    <ol>
                        {report
                            .improvement_actions
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <li translate="no">
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
    let title = Signal::derive(move || report.with(|r| highlight_title(r.quarter)));
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
                <p>{t!("programme-highlight-a4")}</p>
                <div class="field">
                    <label class="field__label" for="highlight-quarter">{t!("programme-highlight-quarter")}</label>
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
                                            {i18n::quarter_with_months(q)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <button type="button" class="button" on:click=print>
                    {t!("programme-highlight-print")}
                </button>
            </div>
            <PrintPages title=title locality=borough date=i18n::date(today)>
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
