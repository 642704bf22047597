//! The overview of one plan: actions by status, section, area of focus and lead,
//! what is overdue, what is still missing and what the SMART audit finds. The web
//! app's Overview page and `cares report` both lay out a [`PlanOverview`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::audit::{FindingCode, GroupBy, RollupRow, Severity, SmartFinding, audit_plan, rollup};
use crate::ids::ActionId;
use crate::plan::{ActionPlan, Status};
use crate::text::count;
use crate::wording::Wording;

/// How many actions stand in each status, always in the one order people read them:
/// not started, red, amber, green, complete ([`Status::ALL`]). A status no action has
/// still has its place, with 0, so every table has the same columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCounts {
    counts: Vec<(Status, usize)>,
}

impl Default for StatusCounts {
    fn default() -> Self {
        Self {
            counts: Status::ALL.iter().map(|s| (*s, 0)).collect(),
        }
    }
}

impl StatusCounts {
    /// Counts taken from a roll-up's map; statuses it lacks count 0.
    pub fn from_map(by_status: &BTreeMap<Status, usize>) -> Self {
        let mut counts = Self::default();
        for (status, n) in by_status {
            counts.add(*status, *n);
        }
        counts
    }

    /// How many actions are in this status.
    pub fn get(&self, status: Status) -> usize {
        self.counts
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    }

    /// Each status with its count, in the order people read them.
    pub fn iter(&self) -> impl Iterator<Item = (Status, usize)> + '_ {
        self.counts.iter().copied()
    }

    /// How many actions in all.
    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    /// "1 not started (work has not begun), 0 red (off track and needs help), …".
    pub fn sentence(&self) -> String {
        self.iter()
            .map(|(status, n)| {
                format!(
                    "{n} {} ({})",
                    status.label().to_lowercase(),
                    status.meaning()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn add(&mut self, status: Status, n: usize) {
        match self.counts.iter_mut().find(|(s, _)| *s == status) {
            Some((_, count)) => *count += n,
            None => self.counts.push((status, n)),
        }
    }

    fn add_all(&mut self, other: &StatusCounts) {
        for (status, n) in other.iter() {
            self.add(status, n);
        }
    }
}

/// Written as an object from each status's key to its count, in reading order.
impl Serialize for StatusCounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.counts.len()))?;
        for (status, n) in &self.counts {
            map.serialize_entry(status.key(), n)?;
        }
        map.end()
    }
}

/// One row of a progress table: a section, an area of focus or a lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverviewRow {
    /// What the row is: "Area of focus 2", "RCCG", "No lead".
    pub group: String,
    /// How many actions.
    pub actions: usize,
    /// How many in each status.
    pub statuses: StatusCounts,
    /// How many have a lead, a countable measure and a real date.
    pub smart: usize,
    /// How many are past their date and not complete.
    pub overdue: usize,
}

impl OverviewRow {
    fn from_rollup(row: &RollupRow) -> Self {
        Self {
            group: row.group.clone(),
            actions: row.actions,
            statuses: StatusCounts::from_map(&row.by_status),
            smart: row.smart,
            overdue: row.overdue,
        }
    }

    /// A row with nothing counted yet.
    pub(super) fn empty(group: &str) -> Self {
        Self {
            group: group.to_owned(),
            actions: 0,
            statuses: StatusCounts::default(),
            smart: 0,
            overdue: 0,
        }
    }

    /// Counts one action in the row.
    pub(super) fn count(&mut self, status: Status, smart: bool, overdue: bool) {
        self.actions += 1;
        self.statuses.add(status, 1);
        self.smart += usize::from(smart);
        self.overdue += usize::from(overdue);
    }

    /// The rows added up into one, named `group` ("Total").
    pub fn sum(group: &str, rows: &[OverviewRow]) -> Self {
        let mut total = Self::empty(group);
        for row in rows {
            total.actions += row.actions;
            total.statuses.add_all(&row.statuses);
            total.smart += row.smart;
            total.overdue += row.overdue;
        }
        total
    }
}

/// An action past its date and not complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverdueAction {
    /// The action, to link to; not written out (ids differ between copies).
    #[serde(skip)]
    pub id: ActionId,
    /// Its reference, or the first words of its wording.
    pub label: String,
    /// Its wording, on one line.
    pub what: String,
    /// The reference as written, if there is one.
    pub reference: Option<String>,
    /// The section it sits in.
    pub section: Option<String>,
    /// The date it was due (or due for review).
    pub due: Option<NaiveDate>,
    /// Who leads it, on one line.
    pub lead: Option<String>,
}

impl OverdueAction {
    /// "1.4: Review the carers' assessment" — the reference and the wording, or the
    /// wording alone.
    pub fn title(&self) -> String {
        match &self.reference {
            Some(r) => format!("{r}: {}", self.what),
            None => self.what.clone(),
        }
    }
}

/// One line of "what is still missing": a kind of finding, how many actions have it,
/// and what to do (one message, or several when the message quotes each action).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingLine {
    /// The kind of finding.
    pub code: FindingCode,
    /// How many actions have it.
    pub actions: usize,
    /// The core's messages, each once, in plan order.
    pub messages: Vec<String>,
    /// The same messages as catalogue ids and arguments, one for each of `messages`
    /// in the same order, for other languages. Not written out (the messages are).
    #[serde(skip)]
    pub wordings: Vec<Wording>,
    /// Which actions, in plan order, so a screen can name and link them. Not written
    /// out (ids differ between copies; the figures are the counts).
    #[serde(skip)]
    pub which: Vec<MissingAction>,
}

/// An action named in "what is still missing".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingAction {
    /// The action, to link to.
    pub id: ActionId,
    /// Its reference, or the first words of its wording.
    pub label: String,
}

impl MissingLine {
    /// "1 action", "3 actions".
    pub fn how_many(&self) -> String {
        count(self.actions, "action", "actions")
    }
}

/// How many findings of one kind the audit made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingCount {
    /// The kind of finding.
    pub code: FindingCode,
    /// How many.
    pub count: usize,
}

impl FindingCount {
    /// The codes counted, in the order findings are listed.
    pub(super) fn listed(counts: &BTreeMap<FindingCode, usize>) -> Vec<FindingCount> {
        FindingCode::ALL
            .iter()
            .filter_map(|code| {
                counts.get(code).map(|n| FindingCount {
                    code: *code,
                    count: *n,
                })
            })
            .collect()
    }

    /// A few plain words for it: "no lead".
    pub fn phrase(&self) -> &'static str {
        self.code.phrase()
    }

    /// How much it matters.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// The overview of one plan as of a day: every figure the web app's Overview page
/// and `cares report` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanOverview {
    /// The plan's title.
    pub title: String,
    /// The day the audit was made for.
    pub as_of: NaiveDate,
    /// How many actions.
    pub actions: usize,
    /// How many in each status.
    pub statuses: StatusCounts,
    /// How many have a lead, a countable measure and a real date.
    pub smart: usize,
    /// By section of the source plan, in the plan's section order.
    pub by_section: Vec<OverviewRow>,
    /// By area of focus, in number order, "No area of focus" last.
    pub by_focus_area: Vec<OverviewRow>,
    /// By lead, alphabetically, "No lead" last.
    pub by_lead: Vec<OverviewRow>,
    /// The overdue actions, in plan order.
    pub overdue: Vec<OverdueAction>,
    /// What is still missing, other than being overdue, by kind of finding.
    pub missing: Vec<MissingLine>,
    /// How many findings of each kind, overdue included.
    pub findings: Vec<FindingCount>,
}

impl PlanOverview {
    /// Audits the plan as of `today` and rolls it up.
    pub fn new(plan: &ActionPlan, today: NaiveDate) -> Self {
        Self::from_findings(plan, &audit_plan(plan, today), today)
    }

    /// The overview from an audit already made (`findings` from
    /// [`audit_plan`] for the same day).
    pub fn from_findings(plan: &ActionPlan, findings: &[SmartFinding], today: NaiveDate) -> Self {
        let rows = |by: GroupBy| -> Vec<OverviewRow> {
            rollup(plan, findings, by)
                .iter()
                .map(OverviewRow::from_rollup)
                .collect()
        };
        let by_focus_area = rows(GroupBy::FocusArea);
        let whole = OverviewRow::sum("Total", &by_focus_area);

        let mut overdue = Vec::new();
        let mut per_code: BTreeMap<FindingCode, (BTreeSet<ActionId>, Vec<SmartFinding>)> =
            BTreeMap::new();
        let mut counts: BTreeMap<FindingCode, usize> = BTreeMap::new();
        for finding in findings {
            *counts.entry(finding.code).or_default() += 1;
            if finding.code == FindingCode::Overdue {
                if let Some(action) = plan.action(finding.action) {
                    overdue.push(OverdueAction {
                        id: action.id,
                        label: action.label(),
                        what: crate::text::shorten(&action.what, usize::MAX),
                        reference: action
                            .reference
                            .as_deref()
                            .map(str::trim)
                            .filter(|r| !r.is_empty())
                            .map(str::to_owned),
                        section: plan.section_title(action).map(str::to_owned),
                        due: action.due.or(action.review),
                        lead: action.lead.display(),
                    });
                }
                continue;
            }
            let (actions, said) = per_code.entry(finding.code).or_default();
            actions.insert(finding.action);
            if !said.iter().any(|f| f.message == finding.message) {
                said.push(finding.clone());
            }
        }
        let missing = FindingCode::ALL
            .iter()
            .filter_map(|code| {
                per_code.remove(code).map(|(actions, said)| MissingLine {
                    code: *code,
                    actions: actions.len(),
                    messages: said.iter().map(|f| f.message.clone()).collect(),
                    wordings: said.into_iter().map(|f| f.wording).collect(),
                    which: plan
                        .actions
                        .iter()
                        .filter(|a| actions.contains(&a.id))
                        .map(|a| MissingAction {
                            id: a.id,
                            label: a.label(),
                        })
                        .collect(),
                })
            })
            .collect();
        let findings = FindingCount::listed(&counts);

        Self {
            title: plan.title.clone(),
            as_of: today,
            actions: plan.actions.len(),
            statuses: whole.statuses,
            smart: whole.smart,
            by_section: rows(GroupBy::Section),
            by_focus_area,
            by_lead: rows(GroupBy::Lead),
            overdue,
            missing,
            findings,
        }
    }

    /// The whole plan as one "Total" row, for the foot of a table.
    pub fn total(&self) -> OverviewRow {
        OverviewRow {
            group: "Total".to_owned(),
            actions: self.actions,
            statuses: self.statuses.clone(),
            smart: self.smart,
            overdue: self.overdue.len(),
        }
    }

    /// "50 actions".
    pub fn how_many(&self) -> String {
        count(self.actions, "action", "actions")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::FocusAreaNumber;
    use crate::ids::PlanId;
    use crate::plan::{Action, Lead, PlanScope, StatusChange};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn rated(mut action: Action, status: Status) -> Action {
        action.history.push(StatusChange {
            on: None,
            status,
            note: None,
        });
        action
    }

    fn plan() -> ActionPlan {
        let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
        let mut a = Action::new(ActionId::from_u128(2), "Open a   carers'\ncafé");
        a.reference = Some(" 1.1 ".into());
        a.lead = Lead {
            person: Some("Sam".into()),
            organisation: None,
        };
        a.measure = Some("Number of carers".into());
        a.due = Some(day(2024, 1, 31));
        a.links.focus_area = Some(FocusAreaNumber::TWO);
        let b = Action::new(ActionId::from_u128(3), "Publish a newsletter");
        let c = Action::new(ActionId::from_u128(4), "Hold a carers' week event");
        plan.actions = vec![rated(a, Status::Amber), rated(b, Status::Complete), c];
        plan
    }

    #[test]
    fn statuses_read_from_not_started_to_complete_with_every_status_present() {
        let overview = PlanOverview::new(&plan(), day(2024, 6, 1));
        let order: Vec<Status> = overview.statuses.iter().map(|(s, _)| s).collect();
        assert_eq!(order, Status::ALL);
        assert_eq!(overview.statuses.get(Status::NotStarted), 1);
        assert_eq!(overview.statuses.get(Status::Red), 0);
        assert_eq!(overview.statuses.total(), 3);
        assert!(
            overview.statuses.sentence().starts_with(
                "1 not started (work has not begun), 0 red (off track and needs help)"
            )
        );
    }

    #[test]
    fn rows_add_up_to_the_whole_plan() {
        let overview = PlanOverview::new(&plan(), day(2024, 6, 1));
        for rows in [
            &overview.by_focus_area,
            &overview.by_lead,
            &overview.by_section,
        ] {
            assert_eq!(OverviewRow::sum("Total", rows), overview.total());
        }
        assert_eq!(overview.by_focus_area.len(), 2);
        assert_eq!(overview.by_focus_area[1].group, "No area of focus");
        assert_eq!(overview.by_lead[0].group, "Sam");
        assert_eq!(overview.smart, 1);
    }

    #[test]
    fn an_overdue_action_is_listed_once_with_its_reference_and_date_not_as_missing() {
        let overview = PlanOverview::new(&plan(), day(2024, 6, 1));
        assert_eq!(overview.overdue.len(), 1);
        let late = &overview.overdue[0];
        assert_eq!(late.title(), "1.1: Open a carers' café");
        assert_eq!(late.due, Some(day(2024, 1, 31)));
        assert_eq!(late.lead.as_deref(), Some("Sam"));
        assert!(
            overview
                .missing
                .iter()
                .all(|m| m.code != FindingCode::Overdue)
        );
        assert!(
            overview
                .findings
                .iter()
                .any(|f| f.code == FindingCode::Overdue && f.count == 1)
        );
    }

    #[test]
    fn what_is_missing_counts_actions_in_code_order() {
        let overview = PlanOverview::new(&plan(), day(2024, 6, 1));
        let first = &overview.missing[0];
        assert_eq!(first.code, FindingCode::NoLead);
        assert_eq!(first.how_many(), "2 actions");
        assert_eq!(
            first.messages,
            ["Who will lead this? Name a person or an organisation."]
        );
        assert_eq!(first.which.len(), 2, "each action without a lead is named");
        assert_eq!(first.wordings.len(), first.messages.len());
        assert_eq!(first.wordings[0].id, "finding-no-lead");
        let codes: Vec<FindingCode> = overview.missing.iter().map(|m| m.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_by_key(|c| FindingCode::ALL.iter().position(|a| a == c));
        assert_eq!(codes, sorted);
    }

    #[test]
    fn an_empty_plan_has_zero_in_every_status() {
        let plan = ActionPlan::new(PlanId::from_u128(1), "Empty", PlanScope::Borough);
        let overview = PlanOverview::new(&plan, day(2024, 6, 1));
        assert_eq!(overview.how_many(), "0 actions");
        assert_eq!(overview.statuses.iter().count(), Status::ALL.len());
        assert!(overview.by_lead.is_empty() && overview.missing.is_empty());
    }

    #[test]
    fn figures_serialise_statuses_by_key_in_reading_order() {
        let overview = PlanOverview::new(&plan(), day(2024, 6, 1));
        let json = serde_json::to_string(&overview.statuses).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"not-started":1,"red":0,"amber":1,"green":0,"complete":1}"#
        );
    }
}
