//! The borough at a glance: several locality plans side by side. Per locality and per
//! area of focus, how many actions, their RAG ratings, how many are SMART and overdue,
//! and what the audit finds most often; leads grouped by organisation, with spellings
//! of one organisation brought together ([`organisation_key`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::audit::{FindingCode, audit_plan};
use crate::framework::FocusAreaNumber;
use crate::ids::ActionId;
use crate::plan::{ActionPlan, PlanScope};

use super::plan::{FindingCount, OverviewRow};
use crate::plan::organisation::{are_related, organisation_key};

/// How many of the most frequent findings each locality lists.
pub const TOP_FINDINGS: usize = 3;

/// One locality's plan in the borough view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalityProgress {
    /// The locality ("Maltby"), or the plan's title for a plan of no one locality.
    pub locality: String,
    /// The plan's title.
    pub plan: String,
    /// The whole plan in one row, named for the locality.
    pub figures: OverviewRow,
    /// By area of focus, in number order, "No area of focus" last.
    pub by_focus_area: Vec<OverviewRow>,
    /// What the audit finds most often here, most first (at most [`TOP_FINDINGS`]).
    pub top_findings: Vec<FindingCount>,
}

/// The actions led by one organisation, however its name was spelt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganisationProgress {
    /// The spelling used most (the first seen, on a tie).
    pub name: String,
    /// Every spelling seen, in the order first seen.
    pub spellings: Vec<String>,
    /// Other organisations in this view that share a part of the name ("RCCG" and
    /// "RCCG/NHSCB"), by their names.
    pub related: Vec<String>,
    /// The organisation's actions in one row.
    pub figures: OverviewRow,
}

/// Several locality plans together, as of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BoroughView {
    /// The day the plans were audited for.
    pub as_of: NaiveDate,
    /// Each plan, in the order given.
    pub localities: Vec<LocalityProgress>,
    /// Every plan's actions by area of focus.
    pub by_focus_area: Vec<OverviewRow>,
    /// Every plan's actions by lead organisation, most actions first; actions that
    /// name no organisation last.
    pub by_organisation: Vec<OrganisationProgress>,
    /// What the audit finds most often across the borough, most first.
    pub findings: Vec<FindingCount>,
    /// Every action in one row.
    pub total: OverviewRow,
}

/// The row for actions whose lead names no organisation.
pub const NO_ORGANISATION: &str = "No organisation named";

impl BoroughView {
    /// Audits every plan as of `today` and rolls them up.
    pub fn new(plans: &[&ActionPlan], today: NaiveDate) -> Self {
        let mut localities = Vec::new();
        let mut areas: BTreeMap<(bool, u8), OverviewRow> = BTreeMap::new();
        let mut organisations: Vec<(String, BTreeMap<String, usize>, OrganisationProgress)> =
            Vec::new();
        let mut unnamed = OrganisationProgress {
            name: NO_ORGANISATION.to_owned(),
            spellings: Vec::new(),
            related: Vec::new(),
            figures: OverviewRow::empty(NO_ORGANISATION),
        };
        let mut all_codes: BTreeMap<FindingCode, usize> = BTreeMap::new();
        let mut total = OverviewRow::empty("Total");

        for plan in plans {
            let findings = audit_plan(plan, today);
            let mut codes: BTreeMap<ActionId, Vec<FindingCode>> = BTreeMap::new();
            let mut plan_codes: BTreeMap<FindingCode, usize> = BTreeMap::new();
            for finding in &findings {
                codes.entry(finding.action).or_default().push(finding.code);
                *plan_codes.entry(finding.code).or_default() += 1;
                *all_codes.entry(finding.code).or_default() += 1;
            }
            let locality = match &plan.scope {
                PlanScope::Locality { name } if !name.trim().is_empty() => name.trim().to_owned(),
                _ => plan.title.trim().to_owned(),
            };
            let mut figures = OverviewRow::empty(&locality);
            let mut plan_areas: BTreeMap<(bool, u8), OverviewRow> = BTreeMap::new();
            for action in &plan.actions {
                let mine = codes.get(&action.id).map(Vec::as_slice).unwrap_or(&[]);
                let smart = !mine.iter().any(|c| c.blocks_smart());
                let overdue = mine.contains(&FindingCode::Overdue);
                let status = action.status();
                let tally = |row: &mut OverviewRow| row.count(status, smart, overdue);
                tally(&mut figures);
                tally(&mut total);
                let area = area_key(action.links.focus_area);
                tally(
                    plan_areas
                        .entry(area)
                        .or_insert_with(|| OverviewRow::empty(&area_label(area))),
                );
                tally(
                    areas
                        .entry(area)
                        .or_insert_with(|| OverviewRow::empty(&area_label(area))),
                );
                match action
                    .lead
                    .organisation
                    .as_deref()
                    .map(str::trim)
                    .filter(|o| !organisation_key(o).is_empty())
                {
                    None => tally(&mut unnamed.figures),
                    Some(spelling) => {
                        let key = organisation_key(spelling);
                        let at = match organisations.iter().position(|(k, _, _)| *k == key) {
                            Some(at) => at,
                            None => {
                                organisations.push((
                                    key,
                                    BTreeMap::new(),
                                    OrganisationProgress {
                                        name: spelling.to_owned(),
                                        spellings: Vec::new(),
                                        related: Vec::new(),
                                        figures: OverviewRow::empty(spelling),
                                    },
                                ));
                                organisations.len() - 1
                            }
                        };
                        let (_, uses, row) = &mut organisations[at];
                        *uses.entry(spelling.to_owned()).or_default() += 1;
                        if !row.spellings.iter().any(|s| s == spelling) {
                            row.spellings.push(spelling.to_owned());
                        }
                        tally(&mut row.figures);
                    }
                }
            }
            localities.push(LocalityProgress {
                locality,
                plan: plan.title.clone(),
                figures,
                by_focus_area: plan_areas.into_values().collect(),
                top_findings: most_frequent(&plan_codes, TOP_FINDINGS),
            });
        }

        let mut by_organisation: Vec<OrganisationProgress> = organisations
            .into_iter()
            .map(|(_, uses, mut row)| {
                // The spelling used most; on a tie, the first seen.
                let most = uses.values().copied().max().unwrap_or(0);
                if let Some(name) = row.spellings.iter().find(|s| uses.get(*s) == Some(&most)) {
                    row.name = name.clone();
                    row.figures.group = name.clone();
                }
                row
            })
            .collect();
        let names: Vec<String> = by_organisation.iter().map(|o| o.name.clone()).collect();
        for row in &mut by_organisation {
            row.related = names
                .iter()
                .filter(|other| are_related(&row.name, other))
                .cloned()
                .collect();
        }
        by_organisation.sort_by(|a, b| {
            b.figures
                .actions
                .cmp(&a.figures.actions)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        if unnamed.figures.actions > 0 {
            by_organisation.push(unnamed);
        }

        Self {
            as_of: today,
            localities,
            by_focus_area: areas.into_values().collect(),
            by_organisation,
            findings: most_frequent(&all_codes, usize::MAX),
            total,
        }
    }
}

/// Sorts areas by number with "no area" last.
fn area_key(area: Option<FocusAreaNumber>) -> (bool, u8) {
    match area {
        Some(n) => (false, n.get()),
        None => (true, 0),
    }
}

fn area_label((none, n): (bool, u8)) -> String {
    match FocusAreaNumber::new(n) {
        Some(area) if !none => area.label(),
        _ => "No area of focus".to_owned(),
    }
}

/// The codes counted, most first; on a tie, in the order findings are listed.
fn most_frequent(counts: &BTreeMap<FindingCode, usize>, at_most: usize) -> Vec<FindingCount> {
    let mut found = FindingCount::listed(counts);
    // A stable sort keeps the listing order among equals.
    found.sort_by_key(|f| std::cmp::Reverse(f.count));
    found.truncate(at_most);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PlanId;
    use crate::plan::{Action, Lead, Status, StatusChange};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn action(n: u128, organisation: Option<&str>, area: Option<FocusAreaNumber>) -> Action {
        let mut action = Action::new(ActionId::from_u128(n), "Run a carers' drop-in");
        action.lead = Lead {
            person: None,
            organisation: organisation.map(str::to_owned),
        };
        action.measure = Some("Number of carers who come".into());
        action.due = Some(day(2024, 3, 31));
        action.links.focus_area = area;
        action
    }

    fn plans() -> (ActionPlan, ActionPlan) {
        let mut maltby = ActionPlan::for_locality(PlanId::from_u128(1), "Maltby");
        maltby.actions = vec![
            action(1, Some("RCCG"), Some(FocusAreaNumber::ONE)),
            action(2, Some("r.c.c.g."), Some(FocusAreaNumber::TWO)),
            action(3, None, None),
        ];
        maltby.actions[0].history.push(StatusChange {
            on: None,
            status: Status::Complete,
            note: None,
        });
        let mut wath = ActionPlan::for_locality(PlanId::from_u128(2), "Wath");
        wath.actions = vec![
            action(1, Some("RCCG/NHSCB"), Some(FocusAreaNumber::ONE)),
            action(2, Some("Rccg"), Some(FocusAreaNumber::THREE)),
        ];
        (maltby, wath)
    }

    #[test]
    fn each_locality_has_its_own_row_and_the_areas_add_up_across_plans() {
        let (maltby, wath) = plans();
        let view = BoroughView::new(&[&maltby, &wath], day(2024, 6, 1));
        let names: Vec<&str> = view
            .localities
            .iter()
            .map(|l| l.locality.as_str())
            .collect();
        assert_eq!(names, ["Maltby", "Wath"]);
        assert_eq!(view.localities[0].figures.actions, 3);
        assert_eq!(view.localities[0].figures.statuses.get(Status::Complete), 1);
        let areas: Vec<(&str, usize)> = view
            .by_focus_area
            .iter()
            .map(|r| (r.group.as_str(), r.actions))
            .collect();
        assert_eq!(
            areas,
            [
                ("Area of focus 1", 2),
                ("Area of focus 2", 1),
                ("Area of focus 3", 1),
                ("No area of focus", 1)
            ]
        );
        assert_eq!(view.total.actions, 5);
        assert_eq!(OverviewRow::sum("Total", &view.by_focus_area), view.total);
    }

    #[test]
    fn spellings_of_one_organisation_make_one_row_and_a_joint_lead_is_related() {
        let (maltby, wath) = plans();
        let view = BoroughView::new(&[&maltby, &wath], day(2024, 6, 1));
        let rccg = &view.by_organisation[0];
        assert_eq!(rccg.name, "RCCG");
        assert_eq!(rccg.spellings, ["RCCG", "r.c.c.g.", "Rccg"]);
        assert_eq!(rccg.figures.actions, 3);
        assert_eq!(rccg.related, ["RCCG/NHSCB"]);
        assert_eq!(view.by_organisation[1].name, "RCCG/NHSCB");
        assert_eq!(view.by_organisation[1].related, ["RCCG"]);
        let last = view.by_organisation.last().map(|o| o.name.as_str());
        assert_eq!(last, Some(NO_ORGANISATION));
    }

    #[test]
    fn the_most_frequent_findings_come_first() {
        let (maltby, wath) = plans();
        let view = BoroughView::new(&[&maltby, &wath], day(2024, 6, 1));
        // Four actions past their date, one with no lead.
        assert_eq!(view.findings[0].code, FindingCode::Overdue);
        assert_eq!(view.findings[0].count, 4);
        assert!(view.findings.windows(2).all(|w| w[0].count >= w[1].count));
        assert!(view.localities[0].top_findings.len() <= TOP_FINDINGS);
        assert_eq!(view.total.overdue, 4);
    }
}
