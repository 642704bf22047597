//! The SMART audit: what each action still lacks to be specific, measurable,
//! led and timed — and what its progress rating still needs.
//!
//! [`audit_action`] and [`audit_plan`] are pure: they take "today" as an argument
//! and give the same findings, in the same order, in the browser, the server and
//! the CLI. Each [`SmartFinding`] has a stable [`FindingCode`] (safe to store and
//! match on), a [`Severity`] and a message a carer understands; [`finding_rows`]
//! flattens them into rows that name the plan, section and action, as every front
//! end lists them. [`rollup`] counts actions, statuses and findings by focus area,
//! theme, lead, organisation (however its name was spelt), status or section.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::ActionId;
use crate::plan::organisation::{are_related, organisation_key};
use crate::plan::{Action, ActionPlan, Status};
use crate::wording::Wording;

/// What an audit found about one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmartFinding {
    /// The action it is about.
    pub action: ActionId,
    /// What kind of finding it is; stable across versions.
    pub code: FindingCode,
    /// How much it matters.
    pub severity: Severity,
    /// What to do next, in plain English.
    pub message: String,
    /// The same message as a catalogue id and arguments, for other languages.
    #[serde(default)]
    pub wording: Wording,
}

/// One finding as a row of a list or a table: the plan, section and action it is
/// about by name, so it reads without the document. `cares audit --json` writes these
/// rows as they serialize (snake_case); the JS package gives the same fields in
/// camelCase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingRow {
    /// The plan's title.
    pub plan: String,
    /// The title of the section the action sits in, if it sits in one.
    pub section: Option<String>,
    /// The action's reference as written ("1.4"), or a short form of its wording.
    pub action: String,
    /// The action's id.
    pub action_id: ActionId,
    /// What kind of finding it is ("no-lead").
    pub code: FindingCode,
    /// How much it matters ("gap", "vague" or "follow-up").
    pub severity: Severity,
    /// What to do next, in plain English.
    pub message: String,
}

/// The findings of one plan (as [`audit_plan`] gives them) as rows, in the same order.
pub fn finding_rows(plan: &ActionPlan, findings: &[SmartFinding]) -> Vec<FindingRow> {
    findings
        .iter()
        .map(|finding| {
            let action = plan.action(finding.action);
            FindingRow {
                plan: plan.title.clone(),
                section: action
                    .and_then(|a| plan.section_title(a))
                    .map(str::to_owned),
                action: action.map(|a| a.label()).unwrap_or_default(),
                action_id: finding.action,
                code: finding.code,
                severity: finding.severity,
                message: finding.message.clone(),
            }
        })
        .collect()
}

/// The kinds of finding. The kebab-case key of each ([`FindingCode::key`]) is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingCode {
    /// The action names an aim ("Raise awareness of carers in Maltby") without
    /// saying what will happen. A gentle hint: it does not stop an action being SMART.
    VagueAction,
    /// Nobody is named to lead the action.
    NoLead,
    /// There is no outcome measure.
    NoMeasure,
    /// The measure has no number, target or count.
    MeasureNotCountable,
    /// There is no date anywhere: no due, review or completion date, no dated milestone.
    NoTimescale,
    /// The only timescale is a word like "ongoing" or "annual".
    VagueTimescale,
    /// A milestone has no date.
    MilestoneUndated,
    /// The due date has passed and the action is not complete.
    Overdue,
    /// Rated red, amber or green with no evidence.
    StatusWithoutEvidence,
    /// Marked complete with no evidence.
    CompleteWithoutEvidence,
}

impl FindingCode {
    /// Every code, in the order findings are listed.
    pub const ALL: [FindingCode; 10] = [
        FindingCode::VagueAction,
        FindingCode::NoLead,
        FindingCode::NoMeasure,
        FindingCode::MeasureNotCountable,
        FindingCode::NoTimescale,
        FindingCode::VagueTimescale,
        FindingCode::MilestoneUndated,
        FindingCode::Overdue,
        FindingCode::StatusWithoutEvidence,
        FindingCode::CompleteWithoutEvidence,
    ];

    /// The stable key: "no-lead", "overdue"…
    pub fn key(self) -> &'static str {
        match self {
            FindingCode::VagueAction => "vague-action",
            FindingCode::NoLead => "no-lead",
            FindingCode::NoMeasure => "no-measure",
            FindingCode::MeasureNotCountable => "measure-not-countable",
            FindingCode::NoTimescale => "no-timescale",
            FindingCode::VagueTimescale => "vague-timescale",
            FindingCode::MilestoneUndated => "milestone-undated",
            FindingCode::Overdue => "overdue",
            FindingCode::StatusWithoutEvidence => "status-without-evidence",
            FindingCode::CompleteWithoutEvidence => "complete-without-evidence",
        }
    }

    /// A few plain words for the finding, to count it by ("no lead: 3", "overdue: 1"),
    /// the same in every front end.
    pub fn phrase(self) -> &'static str {
        match self {
            FindingCode::VagueAction => "an aim, not what will happen",
            FindingCode::NoLead => "no lead",
            FindingCode::NoMeasure => "no outcome measure",
            FindingCode::MeasureNotCountable => "a measure that cannot be counted",
            FindingCode::NoTimescale => "no date",
            FindingCode::VagueTimescale => "only a vague timescale",
            FindingCode::MilestoneUndated => "a milestone without a date",
            FindingCode::Overdue => "overdue",
            FindingCode::StatusWithoutEvidence => "a rating with no evidence",
            FindingCode::CompleteWithoutEvidence => "complete with no evidence",
        }
    }

    /// Reads a key written by [`FindingCode::key`].
    pub fn from_key(key: &str) -> Option<FindingCode> {
        FindingCode::ALL.into_iter().find(|c| c.key() == key)
    }

    /// True when an action with this finding is not yet SMART: it lacks a lead, a
    /// countable measure or a real date.
    pub fn blocks_smart(self) -> bool {
        matches!(
            self,
            FindingCode::NoLead
                | FindingCode::NoMeasure
                | FindingCode::MeasureNotCountable
                | FindingCode::NoTimescale
                | FindingCode::VagueTimescale
        )
    }

    /// How much a finding of this kind matters.
    pub fn severity(self) -> Severity {
        match self {
            FindingCode::NoLead | FindingCode::NoMeasure | FindingCode::NoTimescale => {
                Severity::Gap
            }
            FindingCode::VagueAction
            | FindingCode::MeasureNotCountable
            | FindingCode::VagueTimescale
            | FindingCode::MilestoneUndated => Severity::Vague,
            FindingCode::Overdue
            | FindingCode::StatusWithoutEvidence
            | FindingCode::CompleteWithoutEvidence => Severity::FollowUp,
        }
    }
}

/// A finding code reads as its few plain words ([`FindingCode::phrase`]): "no lead".
impl std::fmt::Display for FindingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.phrase())
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Severity {
    /// Something a SMART action needs is missing (a lead, a measure, a date).
    Gap,
    /// It is there but too vague to check.
    Vague,
    /// About progress: overdue, or a rating without evidence.
    FollowUp,
}

impl Severity {
    /// The stable key: "gap", "vague", "follow-up".
    pub fn key(self) -> &'static str {
        match self {
            Severity::Gap => "gap",
            Severity::Vague => "vague",
            Severity::FollowUp => "follow-up",
        }
    }

    /// A short plain label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Gap => "Missing",
            Severity::Vague => "Not clear",
            Severity::FollowUp => "Follow up",
        }
    }
}

/// A severity reads as its label: "Missing", "Not clear", "Follow up".
impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Words that stand in for a date without being one.
const VAGUE_TIMESCALES: [&str; 15] = [
    "ongoing",
    "on-going",
    "on going",
    "annual",
    "annually",
    "quarterly",
    "throughout",
    "tbc",
    "tbd",
    "as required",
    "as needed",
    "continuous",
    "monthly",
    "weekly",
    "regularly",
];

/// Openings that name an aim (what people should come to know or feel) rather than
/// something that will happen. Kept short on purpose: a hint that fires on a
/// concrete action would teach people to ignore it.
const AIM_OPENINGS: [&str; 18] = [
    "raise awareness",
    "raising awareness",
    "increase awareness",
    "increasing awareness",
    "improve awareness",
    "improving awareness",
    "promote awareness",
    "promoting awareness",
    "build awareness",
    "create awareness",
    "spread awareness",
    "awareness raising",
    "raise the profile",
    "raising the profile",
    "raise profile",
    "improve understanding",
    "increase understanding",
    "promote understanding",
];

/// Words that go on to say how an aim will be met ("… by holding a stall").
const HOW_WORDS: [&str; 7] = [
    " by ",
    " through ",
    " via ",
    " using ",
    " including ",
    ":",
    "•",
];

/// Things that happen: an aim naming one says what will be done ("a talk at the
/// library"). Matched at the start of a word.
const ACTIVITIES: [&str; 36] = [
    "event",
    "session",
    "talk",
    "stall",
    "leaflet",
    "poster",
    "newsletter",
    "training",
    "course",
    "workshop",
    "meeting",
    "assembly",
    "visit",
    "drop-in",
    "café",
    "cafe",
    "coffee morning",
    "campaign",
    "letter",
    "email",
    "e-mail",
    "pack",
    "film",
    "video",
    "radio",
    "website",
    "social media",
    "article",
    "display",
    "briefing",
    "presentation",
    "fair",
    "card",
    "survey",
    "post",
    "stand",
];

/// Words that make a measure something you can count.
const COUNTABLE_WORDS: [&str; 16] = [
    "number",
    "count",
    "percent",
    "per cent",
    "%",
    "target",
    "rate",
    "proportion",
    "how many",
    "increase",
    "decrease",
    "reduce",
    "reduction",
    "more ",
    "fewer",
    "uptake",
];

/// Audits one action. Findings come in the order of [`FindingCode::ALL`].
///
/// ```
/// use cares_core::audit::{audit_action, FindingCode};
/// use cares_core::ids::ActionId;
/// use cares_core::plan::Action;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let action = Action::new(ActionId::from_u128(1), "Open a carers' café in Maltby");
/// let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("bad date")?;
/// let codes: Vec<_> = audit_action(&action, today).iter().map(|f| f.code).collect();
/// assert_eq!(
///     codes,
///     [FindingCode::NoLead, FindingCode::NoMeasure, FindingCode::NoTimescale]
/// );
/// # Ok(()) }
/// ```
pub fn audit_action(action: &Action, today: NaiveDate) -> Vec<SmartFinding> {
    let mut findings = Vec::new();
    let mut add = |code: FindingCode, wording: Wording, message: String| {
        findings.push(SmartFinding {
            action: action.id,
            code,
            severity: code.severity(),
            message,
            wording,
        });
    };
    let status = action.status();
    let complete = status == Status::Complete || action.completed.is_some();

    if is_vague_action(&action.what) {
        add(
            FindingCode::VagueAction,
            Wording::new("finding-vague-action"),
            "What exactly will happen? Say what will be done, such as a talk, a stall or a leaflet, and where."
                .into(),
        );
    }

    if action.lead.is_empty() {
        add(
            FindingCode::NoLead,
            Wording::new("finding-no-lead"),
            "Who will lead this? Name a person or an organisation.".into(),
        );
    }

    match text(&action.measure) {
        None => add(
            FindingCode::NoMeasure,
            Wording::new("finding-no-measure"),
            "How will we know it worked? Add an outcome measure.".into(),
        ),
        Some(measure) if !is_countable(measure) => add(
            FindingCode::MeasureNotCountable,
            Wording::new("finding-measure-not-countable"),
            "How will we count it? Add a number, a target or what will be counted.".into(),
        ),
        Some(_) => {}
    }

    let has_date = action.due.is_some()
        || action.review.is_some()
        || action.completed.is_some()
        || action.milestones.iter().any(|m| m.due.is_some());
    if !has_date {
        // A word standing in for a date may be in the timescale or in a milestone.
        let vague = text(&action.timescale_as_written)
            .filter(|w| is_vague(w))
            .or_else(|| {
                action
                    .milestones
                    .iter()
                    .map(|m| m.text.trim())
                    .find(|m| is_vague(m))
            });
        match vague {
            Some(written) => add(
                FindingCode::VagueTimescale,
                Wording::new("finding-vague-timescale").text("written", short(written)),
                format!(
                    "\"{}\" is not a date. Say when it will be done or reviewed.",
                    short(written)
                ),
            ),
            _ if complete => add(
                FindingCode::NoTimescale,
                Wording::new("finding-no-timescale-complete"),
                "When was this done? Add the date it was completed.".into(),
            ),
            _ => add(
                FindingCode::NoTimescale,
                Wording::new("finding-no-timescale"),
                "By when? Add a date.".into(),
            ),
        }
    }

    for milestone in action.milestones.iter().filter(|m| m.due.is_none()) {
        if milestone.text.trim().is_empty() {
            continue;
        }
        add(
            FindingCode::MilestoneUndated,
            Wording::new("finding-milestone-undated").text("milestone", short(&milestone.text)),
            format!("The milestone \"{}\" has no date.", short(&milestone.text)),
        );
    }

    if let Some(due) = action.due.or(action.review)
        && due < today
        && !complete
    {
        add(
            FindingCode::Overdue,
            Wording::new("finding-overdue").date("due", due),
            format!(
                "This was due on {} and is not complete. Rate its progress or agree a new date.",
                long_date(due)
            ),
        );
    }

    if action.evidence.is_empty() {
        if status.is_rag() {
            add(
                FindingCode::StatusWithoutEvidence,
                Wording::new("finding-status-without-evidence").text("status", status.key()),
                format!(
                    "Rated {} with no evidence. Add a note or a link that shows progress.",
                    status.label()
                ),
            );
        } else if complete {
            add(
                FindingCode::CompleteWithoutEvidence,
                Wording::new("finding-complete-without-evidence"),
                "Marked complete with no evidence. Add what shows it was done.".into(),
            );
        }
    }

    findings
}

/// Audits every action of a plan, in the plan's order.
pub fn audit_plan(plan: &ActionPlan, today: NaiveDate) -> Vec<SmartFinding> {
    plan.actions
        .iter()
        .flat_map(|action| audit_action(action, today))
        .collect()
}

/// True when the measure has a number, a target or a count in it.
pub fn is_countable(measure: &str) -> bool {
    let lower = measure.to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit()) || COUNTABLE_WORDS.iter().any(|w| lower.contains(w))
}

/// True when a written timescale is a word standing in for a date ("ongoing").
pub fn is_vague(written: &str) -> bool {
    let lower = written.to_lowercase();
    VAGUE_TIMESCALES.iter().any(|w| lower.contains(w))
}

/// True when what an action says only names an aim, such as "Raise awareness of
/// carers in Maltby": it opens with raising awareness, a profile or understanding,
/// and says neither how ("by", "through", a colon or a list) nor any thing that will
/// happen (a talk, a stall, a leaflet, an event…). "We will" or "to" before the aim
/// counts as the opening.
///
/// ```
/// use cares_core::audit::is_vague_action;
///
/// assert!(is_vague_action("Raise awareness of carers in Maltby"));
/// assert!(!is_vague_action("Raise awareness of carers with a stall at Maltby library"));
/// assert!(!is_vague_action("Raise awareness by visiting every GP practice in Maltby"));
/// assert!(!is_vague_action("Open a carers' café in Maltby"));
/// ```
pub fn is_vague_action(what: &str) -> bool {
    let lower = what.trim().to_lowercase();
    let aim = ["we will ", "we'll ", "to "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim_start();
    if !AIM_OPENINGS.iter().any(|opening| aim.starts_with(opening)) {
        return false;
    }
    let says_how = HOW_WORDS.iter().any(|w| lower.contains(w));
    let names_activity = ACTIVITIES.iter().any(|word| starts_a_word(&lower, word));
    !says_how && !names_activity
}

/// True when `word` is in `text` at the start of a word ("event" in "an event", not
/// in "prevent").
fn starts_a_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Quotes at most 60 characters of what a person wrote, on one line.
fn short(s: &str) -> String {
    crate::text::shorten(s, 60)
}

/// "31 March 2014". Written by hand rather than with chrono's `format`, whose
/// pattern parser is the largest part of chrono in a WebAssembly build.
pub fn long_date(date: NaiveDate) -> String {
    use chrono::Datelike as _;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// What to group a roll-up by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupBy {
    /// The framework's area of focus.
    FocusArea,
    /// The source plan's theme.
    Theme,
    /// The lead (person and organisation as one line).
    Lead,
    /// The lead organisation, with spellings of one organisation ("RCCG", "R.C.C.G.")
    /// in one row named by the spelling used most; a joint lead ("RCCG/NHSCB") is a
    /// row of its own, related to each organisation it names.
    Organisation,
    /// The current status.
    Status,
    /// The section of the source plan (a strategic outcome).
    Section,
}

/// One row of a roll-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RollupRow {
    /// What the row is ("Area of focus 2", "RCCG", "Amber", "No lead").
    pub group: String,
    /// How many actions.
    pub actions: usize,
    /// How many actions in each status.
    pub by_status: BTreeMap<Status, usize>,
    /// How many findings of each code.
    pub by_code: BTreeMap<FindingCode, usize>,
    /// How many actions are SMART: a lead, a countable measure and a real date.
    pub smart: usize,
    /// How many actions are overdue.
    pub overdue: usize,
    /// By organisation: every spelling of the organisation's name seen, in the order
    /// first seen. Empty for other groupings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spellings: Vec<String>,
    /// By organisation: the other rows whose name shares a part with this one ("RCCG"
    /// and "RCCG/NHSCB"). Empty for other groupings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
}

/// Counts actions, statuses and findings per group. Rows come sorted by group (by
/// organisation: by the name brought to one spelling), with the "none" group (no
/// focus area, no lead…) last.
pub fn rollup(plan: &ActionPlan, findings: &[SmartFinding], by: GroupBy) -> Vec<RollupRow> {
    let mut per_action: BTreeMap<ActionId, Vec<&SmartFinding>> = BTreeMap::new();
    for finding in findings {
        per_action.entry(finding.action).or_default().push(finding);
    }
    // (is-none, sort key) keeps the "none" group last and areas in number order.
    let mut rows: BTreeMap<(bool, String), RollupRow> = BTreeMap::new();
    // By organisation: how often each spelling was used, per row.
    let mut uses: BTreeMap<(bool, String), BTreeMap<String, usize>> = BTreeMap::new();
    for action in &plan.actions {
        let (group, sort) = group_of(plan, action, by);
        let key = (group.is_none(), sort);
        if let (GroupBy::Organisation, Some(spelling)) = (by, &group) {
            *uses
                .entry(key.clone())
                .or_default()
                .entry(spelling.clone())
                .or_default() += 1;
        }
        let row = rows.entry(key).or_insert_with(|| RollupRow {
            group: group.clone().unwrap_or_else(|| none_label(by).to_owned()),
            actions: 0,
            by_status: BTreeMap::new(),
            by_code: BTreeMap::new(),
            smart: 0,
            overdue: 0,
            spellings: Vec::new(),
            related: Vec::new(),
        });
        if let Some(spelling) = group.filter(|_| by == GroupBy::Organisation)
            && !row.spellings.contains(&spelling)
        {
            row.spellings.push(spelling);
        }
        row.actions += 1;
        *row.by_status.entry(action.status()).or_default() += 1;
        let mine = per_action.get(&action.id).map(Vec::as_slice).unwrap_or(&[]);
        for finding in mine {
            *row.by_code.entry(finding.code).or_default() += 1;
        }
        if !mine.iter().any(|f| f.code.blocks_smart()) {
            row.smart += 1;
        }
        if mine.iter().any(|f| f.code == FindingCode::Overdue) {
            row.overdue += 1;
        }
    }
    for (key, row) in &mut rows {
        // The spelling used most names the row; on a tie, the first seen.
        let Some(uses) = uses.get(key) else { continue };
        let most = uses.values().copied().max().unwrap_or(0);
        if let Some(name) = row.spellings.iter().find(|s| uses.get(*s) == Some(&most)) {
            row.group = name.clone();
        }
    }
    let mut rows: Vec<RollupRow> = rows.into_values().collect();
    if by == GroupBy::Organisation {
        let names: Vec<String> = rows
            .iter()
            .filter(|r| !r.spellings.is_empty())
            .map(|r| r.group.clone())
            .collect();
        for row in rows.iter_mut().filter(|r| !r.spellings.is_empty()) {
            row.related = names
                .iter()
                .filter(|other| are_related(&row.group, other))
                .cloned()
                .collect();
        }
    }
    rows
}

fn group_of(plan: &ActionPlan, action: &Action, by: GroupBy) -> (Option<String>, String) {
    match by {
        GroupBy::Section => {
            let position = action
                .section
                .and_then(|id| plan.sections.iter().position(|s| s.id == id));
            match position {
                Some(i) => (Some(plan.sections[i].title.clone()), format!("{i:06}")),
                None => (None, String::new()),
            }
        }
        GroupBy::FocusArea => match action.links.focus_area {
            Some(n) => (Some(n.label()), format!("{:03}", n.get())),
            None => (None, String::new()),
        },
        GroupBy::Theme => {
            let theme = text(&action.links.theme).map(str::to_owned);
            let sort = theme.clone().unwrap_or_default().to_lowercase();
            (theme, sort)
        }
        GroupBy::Lead => {
            let lead = action.lead.display();
            let sort = lead.clone().unwrap_or_default().to_lowercase();
            (lead, sort)
        }
        GroupBy::Organisation => {
            let spelling = action.lead.organisation.as_deref().map(str::trim);
            match spelling.map(|s| (s, organisation_key(s))) {
                Some((spelling, key)) if !key.is_empty() => (Some(spelling.to_owned()), key),
                _ => (None, String::new()),
            }
        }
        GroupBy::Status => {
            let status = action.status();
            let rank = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
            (Some(status.label().to_owned()), format!("{rank}"))
        }
    }
}

fn none_label(by: GroupBy) -> &'static str {
    match by {
        GroupBy::FocusArea => "No area of focus",
        GroupBy::Theme => "No theme",
        GroupBy::Lead => "No lead",
        GroupBy::Organisation => "No organisation named",
        GroupBy::Status => "No status",
        GroupBy::Section => "No section",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::FocusAreaNumber;
    use crate::plan::{Evidence, Lead, Milestone, PlanScope, StatusChange};

    #[test]
    fn every_finding_code_has_its_own_plain_phrase() {
        assert_eq!(FindingCode::NoLead.phrase(), "no lead");
        assert_eq!(FindingCode::Overdue.phrase(), "overdue");
        let phrases: std::collections::BTreeSet<&str> =
            FindingCode::ALL.iter().map(|c| c.phrase()).collect();
        assert_eq!(phrases.len(), FindingCode::ALL.len(), "{phrases:?}");
        for phrase in phrases {
            assert!(!phrase.contains('-'), "{phrase} reads like a key");
            assert_eq!(phrase, phrase.to_lowercase());
            assert!(!phrase.ends_with(['.', '!', '?']), "{phrase}");
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn smart_action(n: u128) -> Action {
        let mut action = Action::new(ActionId::from_u128(n), "Run a carers' drop-in");
        action.lead = Lead {
            person: Some("Sam".into()),
            organisation: Some("Carers Corner".into()),
        };
        action.measure = Some("Number of carers attending each month".into());
        action.due = Some(day(2025, 3, 31));
        action
    }

    fn codes(action: &Action, today: NaiveDate) -> Vec<FindingCode> {
        audit_action(action, today).iter().map(|f| f.code).collect()
    }

    #[test]
    fn a_title_that_only_names_an_aim_gets_a_gentle_hint_that_does_not_block_smart() {
        let mut action = smart_action(1);
        action.what = "Raise awareness of carers in Maltby".into();
        let findings = audit_action(&action, day(2024, 6, 1));
        assert_eq!(
            findings.iter().map(|f| f.code).collect::<Vec<_>>(),
            [FindingCode::VagueAction]
        );
        assert_eq!(findings[0].severity, Severity::Vague);
        assert!(findings[0].message.starts_with("What exactly will happen?"));
        assert_eq!(findings[0].wording.id, "finding-vague-action");
        assert!(!FindingCode::VagueAction.blocks_smart());
        assert_eq!(FindingCode::VagueAction.key(), "vague-action");
    }

    #[test]
    fn an_aim_that_says_how_or_names_what_will_happen_is_not_vague() {
        for vague in [
            "Raise awareness of carers in Maltby",
            "  raising awareness of young carers",
            "We will raise the profile of carers across the borough",
            "To improve understanding of what carers do",
            "Increase awareness among employers to prevent carers giving up work",
        ] {
            assert!(is_vague_action(vague), "{vague}");
        }
        for concrete in [
            "Raise awareness of carers through the parish newsletter",
            "Raise awareness by visiting every GP practice",
            "Raise awareness: a stall at the gala, a talk at the library",
            "Raise awareness of carers with a stall at Maltby library",
            "Promote awareness at a coffee morning in Carers Week",
            "Raise awareness in schools with an assembly",
            "Open a carers' café in Maltby",
            "Support carers to stay in work",
            "Awareness training for all front-line staff",
        ] {
            assert!(!is_vague_action(concrete), "{concrete}");
        }
    }

    #[test]
    fn a_smart_action_has_no_findings() {
        assert!(codes(&smart_action(1), day(2024, 6, 1)).is_empty());
    }

    #[test]
    fn missing_lead_measure_and_date_are_gaps() {
        let action = Action::new(ActionId::from_u128(1), "Tell carers about the newsletter");
        let findings = audit_action(&action, day(2024, 6, 1));
        let codes: Vec<_> = findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [
                FindingCode::NoLead,
                FindingCode::NoMeasure,
                FindingCode::NoTimescale
            ]
        );
        assert!(findings.iter().all(|f| f.severity == Severity::Gap));
        assert_eq!(
            findings[0].message,
            "Who will lead this? Name a person or an organisation."
        );
    }

    #[test]
    fn a_blank_lead_is_no_lead() {
        let mut action = smart_action(1);
        action.lead = Lead {
            person: Some(" ".into()),
            organisation: Some(String::new()),
        };
        assert_eq!(codes(&action, day(2024, 6, 1)), [FindingCode::NoLead]);
    }

    #[test]
    fn measure_without_number_or_count_is_not_countable() {
        let mut action = smart_action(1);
        action.measure = Some("Carers aware of the website".into());
        assert_eq!(
            codes(&action, day(2024, 6, 1)),
            [FindingCode::MeasureNotCountable]
        );
        action.measure = Some("Increased uptake of vaccination".into());
        assert!(codes(&action, day(2024, 6, 1)).is_empty());
        action.measure = Some("75% of GP practices have a carers register".into());
        assert!(codes(&action, day(2024, 6, 1)).is_empty());
    }

    #[test]
    fn ongoing_without_a_date_is_vague_and_quotes_what_was_written() {
        let mut action = smart_action(1);
        action.due = None;
        action.timescale_as_written = Some("On-going".into());
        let findings = audit_action(&action, day(2024, 6, 1));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, FindingCode::VagueTimescale);
        assert!(findings[0].message.contains("\"On-going\""));
    }

    #[test]
    fn an_ongoing_milestone_without_any_date_is_a_vague_timescale() {
        let mut action = smart_action(1);
        action.due = None;
        action.milestones = vec![Milestone {
            text: "Ongoing throughout the plan".into(),
            due: None,
        }];
        let findings = audit_action(&action, day(2024, 6, 1));
        let codes: Vec<_> = findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [FindingCode::VagueTimescale, FindingCode::MilestoneUndated]
        );
        assert!(
            findings[0]
                .message
                .contains("\"Ongoing throughout the plan\"")
        );
    }

    #[test]
    fn a_dated_milestone_is_a_timescale_but_an_undated_one_is_flagged() {
        let mut action = smart_action(1);
        action.due = None;
        action.milestones = vec![
            Milestone {
                text: "Quarterly update".into(),
                due: None,
            },
            Milestone {
                text: "Launch".into(),
                due: Some(day(2025, 1, 1)),
            },
        ];
        assert_eq!(
            codes(&action, day(2024, 6, 1)),
            [FindingCode::MilestoneUndated]
        );
    }

    #[test]
    fn overdue_action_is_flagged_until_it_is_complete() {
        let mut action = smart_action(1);
        let after = day(2025, 4, 1);
        assert_eq!(codes(&action, after), [FindingCode::Overdue]);
        assert!(
            audit_action(&action, after)[0]
                .message
                .contains("31 March 2025")
        );
        assert!(
            codes(&action, day(2025, 3, 31)).is_empty(),
            "due today is not overdue"
        );
        action.history.push(StatusChange {
            on: Some(day(2025, 3, 30)),
            status: Status::Complete,
            note: None,
        });
        action.evidence.push(Evidence {
            on: Some(day(2025, 3, 30)),
            note: "Drop-in running weekly".into(),
            link: None,
        });
        assert!(codes(&action, after).is_empty());
    }

    #[test]
    fn a_rating_without_evidence_is_flagged_and_evidence_clears_it() {
        let mut action = smart_action(1);
        action.history.push(StatusChange {
            on: Some(day(2024, 5, 1)),
            status: Status::Amber,
            note: None,
        });
        let findings = audit_action(&action, day(2024, 6, 1));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, FindingCode::StatusWithoutEvidence);
        assert!(findings[0].message.contains("Amber"));
        action.evidence.push(Evidence {
            on: None,
            note: "Two sessions held".into(),
            link: None,
        });
        assert!(codes(&action, day(2024, 6, 1)).is_empty());
    }

    #[test]
    fn complete_without_evidence_or_date_is_flagged_kindly() {
        let mut action = smart_action(1);
        action.due = None;
        action.history.push(StatusChange {
            on: None,
            status: Status::Complete,
            note: None,
        });
        let findings = audit_action(&action, day(2024, 6, 1));
        let codes: Vec<_> = findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [
                FindingCode::NoTimescale,
                FindingCode::CompleteWithoutEvidence
            ]
        );
        assert!(findings[0].message.starts_with("When was this done?"));
    }

    #[test]
    fn codes_severities_and_statuses_read_as_their_words() {
        assert_eq!(FindingCode::NoLead.to_string(), "no lead");
        assert_eq!(Severity::FollowUp.to_string(), "Follow up");
        assert_eq!(Status::NotStarted.to_string(), Status::NotStarted.label());
    }

    #[test]
    fn codes_have_stable_unique_keys() {
        for code in FindingCode::ALL {
            assert_eq!(FindingCode::from_key(code.key()), Some(code));
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.key()));
        }
    }

    #[test]
    fn rollup_by_focus_area_counts_smart_and_overdue_actions() {
        let mut plan = ActionPlan::new(
            crate::ids::PlanId::from_u128(1),
            "Maltby",
            PlanScope::Locality {
                name: "Maltby".into(),
            },
        );
        let mut a = smart_action(1);
        a.links.focus_area = FocusAreaNumber::new(2);
        let mut b = Action::new(ActionId::from_u128(2), "Find meeting places");
        b.links.focus_area = FocusAreaNumber::new(1);
        let mut c = smart_action(3);
        c.links.focus_area = FocusAreaNumber::new(2);
        c.due = Some(day(2024, 1, 1));
        let d = smart_action(4);
        plan.actions = vec![a, b, c, d];
        let today = day(2024, 6, 1);
        let findings = audit_plan(&plan, today);
        let rows = rollup(&plan, &findings, GroupBy::FocusArea);
        let groups: Vec<_> = rows.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(
            groups,
            ["Area of focus 1", "Area of focus 2", "No area of focus"]
        );
        assert_eq!((rows[0].actions, rows[0].smart), (1, 0));
        assert_eq!((rows[1].actions, rows[1].smart, rows[1].overdue), (2, 2, 1));
        assert_eq!(rows[2].actions, 1);
        assert_eq!(rows[1].by_status.get(&Status::NotStarted), Some(&2));
    }

    #[test]
    fn rollup_by_organisation_brings_spellings_together_and_keeps_a_joint_lead_apart() {
        let mut plan = ActionPlan::new(crate::ids::PlanId::from_u128(1), "JAP", PlanScope::Borough);
        let led = |n: u128, person: &str, organisation: Option<&str>| {
            let mut action = smart_action(n);
            action.lead = Lead {
                person: Some(person.into()),
                organisation: organisation.map(str::to_owned),
            };
            action
        };
        plan.actions = vec![
            led(1, "Julie Wisken", Some("RCCG")),
            led(2, "Sam", Some("R.C.C.G.")),
            led(3, "Ann", Some("RCCG")),
            led(4, "Julie Wisken", Some("RCCG/NHSCB")),
            led(5, "Bob", None),
        ];
        let findings = audit_plan(&plan, day(2024, 6, 1));
        let by_lead = rollup(&plan, &findings, GroupBy::Lead);
        assert_eq!(by_lead.len(), 5, "every lead line is its own row");
        let rows = rollup(&plan, &findings, GroupBy::Organisation);
        let groups: Vec<_> = rows.iter().map(|r| (r.group.as_str(), r.actions)).collect();
        assert_eq!(
            groups,
            [("RCCG", 3), ("RCCG/NHSCB", 1), ("No organisation named", 1)]
        );
        assert_eq!(rows[0].spellings, ["RCCG", "R.C.C.G."]);
        assert_eq!(rows[0].related, ["RCCG/NHSCB"]);
        assert_eq!(rows[1].related, ["RCCG"]);
        assert!(rows[2].spellings.is_empty() && rows[2].related.is_empty());
        let json = serde_json::to_string(&by_lead[0]).unwrap_or_default();
        assert!(!json.contains("spellings"), "{json}");
    }

    #[test]
    fn finding_rows_name_the_plan_section_and_action() {
        let mut plan = ActionPlan::new(
            crate::ids::PlanId::from_u128(1),
            "Maltby",
            PlanScope::Borough,
        );
        let section = crate::ids::SectionId::from_u128(9);
        plan.sections.push(crate::plan::Section {
            id: section,
            title: "Outcome 1".into(),
        });
        let mut action = Action::new(ActionId::from_u128(2), "Open a carers' café");
        action.reference = Some("1.1".into());
        action.section = Some(section);
        plan.actions.push(action);
        let findings = audit_plan(&plan, day(2024, 6, 1));
        let rows = finding_rows(&plan, &findings);
        assert_eq!(rows.len(), findings.len());
        assert_eq!(
            (
                rows[0].plan.as_str(),
                rows[0].section.as_deref(),
                rows[0].action.as_str()
            ),
            ("Maltby", Some("Outcome 1"), "1.1")
        );
        assert_eq!(
            (rows[0].code, rows[0].severity),
            (FindingCode::NoLead, Severity::Gap)
        );
        let json = serde_json::to_string(&rows[0]).unwrap_or_default();
        assert!(
            json.contains(r#""action_id":"00000000-0000-0000-0000-000000000002","code":"no-lead","severity":"gap""#),
            "{json}"
        );
    }
}
