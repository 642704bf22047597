//! The borough at a glance: the locality plans of a borough document side by side
//! (per locality and per area of focus: actions, RAG, SMART, overdue, what the audit
//! finds most often) and leads grouped by organisation however their names were
//! spelt. Every figure is the core's [`BoroughView`]; the page lays it out. Below
//! them, the plans in the borough and the ways to add more.

use cares_core::plan::ActionPlan;
use cares_core::report::{BoroughView, FindingCount, OrganisationProgress};
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, use_open_plan};
use crate::components::programme::add_plans::{AddPlans, BoroughPlans};
use crate::components::programme::figures_table::FiguresTable;
use crate::components::programme::nav::ProgrammeNav;
use crate::i18n::{self, t};
use crate::workspace::today;

/// "overdue (4), no lead (2)".
fn findings_in_words(findings: &[FindingCount]) -> String {
    findings
        .iter()
        .map(|f| {
            t!(
                "programme-borough-finding-count",
                finding = i18n::finding_phrase(f.code),
                count = f.count
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a row of the organisation table says under the name: other spellings and
/// organisations whose names share a part.
fn organisation_note(row: &OrganisationProgress) -> String {
    let mut parts = Vec::new();
    let others: Vec<String> = row
        .spellings
        .iter()
        .filter(|s| **s != row.name)
        .map(|s| format!("“{s}”"))
        .collect();
    if !others.is_empty() {
        parts.push(t!(
            "programme-borough-also-written",
            names = others.join(", ")
        ));
    }
    if !row.related.is_empty() {
        parts.push(t!(
            "programme-borough-related",
            names = row.related.join(", ")
        ));
    }
    parts.join(" ")
}

/// `/plan/:doc/programme`.
#[component]
pub fn BoroughPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let as_of = today();
    let view_now = Memo::new(move |_| {
        open.doc.with(|doc| {
            let plans: Vec<&ActionPlan> = doc.content().plans.iter().collect();
            (!plans.is_empty()).then(|| BoroughView::new(&plans, as_of))
        })
    });
    view! {
        <div class="programme">
            <h1>{t!("programme-borough-title")}</h1>
            <ProgrammeNav id=open.id />
            {move || match view_now.get() {
                None => {
                    view! {
                        <p>{t!("programme-borough-empty")}</p>
                    }
                        .into_any()
                }
                Some(borough) => view! { <BoroughFigures borough /> }.into_any(),
            }}
            <BoroughPlans open />
            <AddPlans open />
        </div>
    }
    .into_any()
}

/// The figures of a borough with at least one plan.
#[component]
fn BoroughFigures(borough: BoroughView) -> impl IntoView {
    let summary = t!(
        "programme-borough-summary",
        plans = borough.localities.len(),
        actions = borough.total.actions,
        day = i18n::date(borough.as_of)
    );
    let localities = borough
        .localities
        .iter()
        .map(|l| l.figures.clone())
        .collect::<Vec<_>>();
    let organisation_notes = borough
        .by_organisation
        .iter()
        .map(organisation_note)
        .collect::<Vec<_>>();
    let organisations = borough
        .by_organisation
        .iter()
        .map(|o| o.figures.clone())
        .collect::<Vec<_>>();
    let findings = borough.findings.clone();
    view! {
        <p>{summary}</p>
        <section aria-labelledby="by-locality-heading">
            <h2 id="by-locality-heading">{t!("programme-borough-by-locality")}</h2>
            <FiguresTable
                id="by-locality"
                caption=t!("programme-borough-by-locality-caption")
                first=t!("programme-column-locality")
                rows=localities
                total=borough.total.clone()
            />
        </section>
        <section aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">{t!("programme-borough-by-area")}</h2>
            <FiguresTable
                id="by-area"
                caption=t!("programme-borough-by-area-caption")
                first=t!("programme-column-area")
                rows=borough.by_focus_area.clone()
                total=borough.total.clone()
            />
        </section>
        <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t!("programme-borough-findings")}</h2>
            {if findings.is_empty() {
                view! { <p>{t!("programme-borough-no-findings")}</p> }.into_any()
            } else {
                view! {
                    <ul class="programme-findings">
                        {findings
                            .into_iter()
                            .map(|f| {
                                view! {
                                    <li>{t!("programme-borough-finding", finding = i18n::finding_phrase(f.code), count = f.count)}</li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="each-locality-heading">
            <h2 id="each-locality-heading">{t!("programme-borough-each-locality")}</h2>
            {borough
                .localities
                .into_iter()
                .enumerate()
                .map(|(at, locality)| {
                    let heading_id = format!("locality-{at}-heading");
                    let labelled_by = heading_id.clone();
                    let top = (!locality.top_findings.is_empty())
                        .then(|| {
                            view! {
                                <p>
                                    {t!(
                                        "programme-borough-top-findings",
                                        locality = locality.locality.as_str(),
                                        findings = findings_in_words(&locality.top_findings)
                                    )}
                                </p>
                            }
                        });
                    view! {
                        <section aria-labelledby=labelled_by>
                            <h3 id=heading_id translate="no">{locality.locality.clone()}</h3>
                            <FiguresTable
                                id=format!("locality-{at}")
                                caption=t!("programme-borough-locality-caption", plan = locality.plan.as_str())
                                first=t!("programme-column-area")
                                rows=locality.by_focus_area
                                total=locality.figures
                            />
                            {top}
                        </section>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="by-organisation-heading">
            <h2 id="by-organisation-heading">{t!("programme-borough-by-organisation")}</h2>
            <p>{t!("programme-borough-organisations-intro")}</p>
            <FiguresTable
                id="by-organisation"
                caption=t!("programme-borough-by-organisation-caption")
                first=t!("programme-column-organisation")
                rows=organisations
                notes=organisation_notes
            />
        </section>
    }
}
