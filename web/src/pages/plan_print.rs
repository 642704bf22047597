//! The plan laid out for A4: a header with the title, locality and date on every
//! page (see `PrintPages`), a section per area of focus, and the actions in a table. On screen, a "Print" button opens the browser's print dialogue.

use cares_core::document::Document;
use cares_core::plan::{Action, Status};
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, action_plan, plan_path, use_open_plan};
use crate::components::plan::print_pages::PrintPages;
use crate::components::plan::status_badge::StatusBadge;
use crate::i18n::{self, t};
use crate::workspace::{plan_locality, today};

/// One action as the printed table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PrintRow {
    reference: String,
    what: String,
    measure: String,
    lead: String,
    by_when: String,
    status: Status,
    evidence: Vec<String>,
}

/// One area of focus, or the actions linked to none.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PrintSection {
    key: String,
    heading: String,
    tagline: Option<String>,
    rows: Vec<PrintRow>,
}

fn row(action: &Action) -> PrintRow {
    let by_when = match (action.due, &action.timescale_as_written) {
        (Some(due), _) => i18n::date(due),
        (None, Some(written)) => written.trim().to_owned(),
        (None, None) => action.review.map(i18n::date).unwrap_or_default(),
    };
    PrintRow {
        reference: action.reference.clone().unwrap_or_default(),
        what: action.what.clone(),
        measure: action.measure.clone().unwrap_or_default(),
        lead: action.lead.display().unwrap_or_default(),
        by_when,
        status: action.status(),
        evidence: action
            .evidence
            .iter()
            .map(|e| match e.on {
                Some(on) => format!("{}: {}", i18n::date(on), e.note.trim()),
                None => e.note.trim().to_owned(),
            })
            .collect(),
    }
}

fn sections(doc: &Document) -> Vec<PrintSection> {
    let Some(plan) = action_plan(doc) else {
        return Vec::new();
    };
    let framework = doc.content().framework();
    let mut out: Vec<PrintSection> = framework
        .focus_areas
        .iter()
        .map(|area| PrintSection {
            key: format!("area-{}", area.number),
            heading: area.heading(),
            tagline: Some(area.tagline.clone()),
            rows: plan
                .actions
                .iter()
                .filter(|a| a.links.focus_area == Some(area.number))
                .map(row)
                .collect(),
        })
        .collect();
    let unlinked: Vec<PrintRow> = plan
        .actions
        .iter()
        .filter(|a| {
            a.links
                .focus_area
                .is_none_or(|n| framework.focus_area(n).is_none())
        })
        .map(row)
        .collect();
    if !unlinked.is_empty() {
        out.push(PrintSection {
            key: "area-none".to_owned(),
            heading: t!("area-unlinked"),
            tagline: None,
            rows: unlinked,
        });
    }
    out
}

/// The print view of the plan.
#[component]
pub fn PlanPrintPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let today = i18n::date(today());
    let title = Signal::derive(move || open.doc.with(|d| d.content().display_title().to_owned()));
    let locality = Signal::derive(move || {
        open.doc
            .with(|d| plan_locality(d.content()))
            .unwrap_or_default()
    });
    let all = Memo::new(move |_| open.doc.with(sections));
    let print = |_| {
        // If printing is blocked there is nothing useful to say; the browser's own
        // menu still prints the page.
        let _ = window().print();
    };
    view! {
        <div class="plan-print">
            <div class="print-controls">
                <p class="back-link">
                    <a href=plan_path(open.id)>{t!("editor-back")}</a>
                </p>
                <p>{t!("print-a4")}</p>
                <button type="button" class="button" on:click=print>
                    {t!("print-button")}
                </button>
            </div>
            <PrintPages title=title locality=locality date=today>
            <Show when=move || all.with(|s| s.iter().all(|s| s.rows.is_empty()))>
                <p>{t!("print-no-actions")}</p>
            </Show>
            {move || {
                all.get()
                    .into_iter()
                    .map(|s| {
                    let heading_id = format!("print-{}", s.key);
                    let section_label = heading_id.clone();
                    // Named apart from its section: two landmarks with one name are
                    // two doors with the same sign to a screen reader.
                    let table_name = t!("print-table-name", area = s.heading.as_str());
                    let framework_wording = s.key != "area-none";
                    view! {
                        <section class="print-area" aria-labelledby=section_label>
                            <h2 id=heading_id translate=framework_wording.then_some("no")>{s.heading}</h2>
                            {s.tagline.map(|t| view! { <p class="area__tagline" translate="no">{format!("\u{201c}{t}\u{201d}")}</p> })}
                            {if s.rows.is_empty() {
                                view! { <p>{t!("print-area-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <div
                                        class="table-scroll"
                                        role="region"
                                        tabindex="0"
                                        aria-label=table_name
                                    >
                                        <table class="print-table">
                                            <thead>
                                                <tr>
                                                    <th scope="col" class="print-table__ref">{t!("print-col-ref")}</th>
                                                    <th scope="col">{t!("print-col-what")}</th>
                                                    <th scope="col">{t!("print-col-measure")}</th>
                                                    <th scope="col">{t!("print-col-lead")}</th>
                                                    <th scope="col">{t!("print-col-by-when")}</th>
                                                    <th scope="col">{t!("print-col-status")}</th>
                                                    <th scope="col">{t!("print-col-evidence")}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {s
                                                    .rows
                                                    .into_iter()
                                                    .map(|r| {
                                                        view! {
                                                            <tr>
                                                                <td class="print-table__ref" translate="no">{r.reference}</td>
                                                                <td translate="no">{r.what}</td>
                                                                <td translate="no">{r.measure}</td>
                                                                <td translate="no">{r.lead}</td>
                                                                <td translate="no">{r.by_when}</td>
                                                                <td>
                                                                    <StatusBadge status=r.status />
                                                                </td>
                                                                <td translate="no">
                                                                    {r
                                                                        .evidence
                                                                        .into_iter()
                                                                        .map(|e| view! { <p class="print-table__evidence">{e}</p> })
                                                                        .collect_view()}
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }
                                    .into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()
            }}
            </PrintPages>
        </div>
    }
    .into_any()
}
