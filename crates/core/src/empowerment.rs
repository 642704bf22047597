//! The Carer Empowerment Plan: carer reps (navigators) aligned to key strategic meetings.
//!
//! [`review`] reads the plan against the network's meetings and its [`SchoolCalendar`] and
//! says, in plain words, which key meetings have no carer voice, which reps have taken on
//! more than they agreed, and which meetings fall in school hours for a young carer rep —
//! the problem the 2017 scrutiny minutes found ("it met during school time").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::framework::Period;
use crate::ids::{MeetingId, MemberId};
use crate::network::{CarerNetwork, Meeting, Quarter};
use crate::wording::Wording;

/// How many meetings a quarter a rep takes on unless they say otherwise.
pub const DEFAULT_MAX_MEETINGS_PER_QUARTER: u8 = 3;

fn default_max_meetings() -> u8 {
    DEFAULT_MAX_MEETINGS_PER_QUARTER
}

/// The Carer Empowerment Plan: who the carer reps are and which meetings each will go to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EmpowermentPlan {
    /// The carer reps (navigators) in the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reps: Vec<RepProfile>,
    /// Which rep goes to which meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignments: Vec<Alignment>,
    /// When young carers are in school, for the review. Left out of the file while it
    /// is the default; a document that keeps one is written as version 4.
    #[serde(default, skip_serializing_if = "SchoolCalendar::is_default")]
    pub school_calendar: SchoolCalendar,
}

/// A carer rep as the plan knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RepProfile {
    /// The rep's membership of the network.
    pub member: MemberId,
    /// The name shown in the plan; may be a pseudonym.
    pub display_name: String,
    /// True for a young carer, who is in school during school hours.
    #[serde(default)]
    pub is_young_carer: bool,
    /// The most meetings they have agreed to go to in a quarter.
    #[serde(default = "default_max_meetings")]
    pub max_meetings_per_quarter: u8,
}

impl RepProfile {
    /// A rep who is not a young carer, with the default number of meetings a quarter.
    pub fn new(member: MemberId, display_name: impl Into<String>) -> Self {
        Self {
            member,
            display_name: display_name.into(),
            is_young_carer: false,
            max_meetings_per_quarter: DEFAULT_MAX_MEETINGS_PER_QUARTER,
        }
    }

    fn name(&self) -> &str {
        match self.display_name.trim() {
            "" => "A carer rep",
            name => name,
        }
    }
}

/// One rep lined up to go to one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    /// The rep.
    pub rep: MemberId,
    /// The meeting.
    pub meeting: MeetingId,
}

/// When young carers are in school: the school day's hours, term dates and closures.
///
/// The document keeps one, in the empowerment plan
/// ([`EmpowermentPlan::school_calendar`], set with
/// [`Edit::SetSchoolCalendar`](crate::edits::Edit::SetSchoolCalendar)); until it is
/// set, the default is assumed: school from 08:45 to 15:15 on every weekday.
///
/// With no terms listed, every weekday is a school day apart from the closures; with
/// terms listed, only weekdays inside a term are. Weekends are never school days.
/// Terms and closures are [`Period`]s: both days included, never backwards.
///
/// ```
/// use cares_core::empowerment::SchoolCalendar;
/// use cares_core::framework::Period;
/// use chrono::{NaiveDate, NaiveTime};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut calendar = SchoolCalendar::default();
/// let half_term = Period::new(
///     NaiveDate::from_ymd_opt(2024, 5, 27).ok_or("bad date")?,
///     NaiveDate::from_ymd_opt(2024, 5, 31).ok_or("bad date")?,
/// )?;
/// calendar.closures.push(half_term);
/// calendar.check()?;
/// let tuesday = NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("bad date")?;
/// let half_term_tuesday = NaiveDate::from_ymd_opt(2024, 5, 28).ok_or("bad date")?;
/// let ten = NaiveTime::from_hms_opt(10, 0, 0).ok_or("bad time")?;
/// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("bad time")?;
/// assert!(calendar.in_school_hours(tuesday, ten, noon));
/// assert!(!calendar.in_school_hours(half_term_tuesday, ten, noon));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SchoolCalendar {
    /// When the school day starts (08:45 unless set).
    #[serde(
        default = "SchoolCalendar::default_day_starts",
        deserialize_with = "crate::calendar::iso_time::read"
    )]
    pub day_starts: NaiveTime,
    /// When the school day ends (15:15 unless set); after it starts.
    #[serde(
        default = "SchoolCalendar::default_day_ends",
        deserialize_with = "crate::calendar::iso_time::read"
    )]
    pub day_ends: NaiveTime,
    /// Term dates; when empty, every weekday outside a closure is a school day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Period>,
    /// Holidays, half terms, bank holidays and training days when schools are shut.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Period>,
}

impl SchoolCalendar {
    fn default_day_starts() -> NaiveTime {
        NaiveTime::from_hms_opt(8, 45, 0).unwrap_or(NaiveTime::MIN)
    }

    fn default_day_ends() -> NaiveTime {
        NaiveTime::from_hms_opt(15, 15, 0).unwrap_or(NaiveTime::MIN)
    }

    /// Checks what the types alone cannot: the school day ends after it starts.
    /// (Terms and closures are [`Period`]s, which cannot run backwards.)
    pub fn check(&self) -> Result<(), SchoolCalendarError> {
        if self.day_ends <= self.day_starts {
            return Err(SchoolCalendarError::DayEndsBeforeItStarts {
                starts: self.day_starts,
                ends: self.day_ends,
            });
        }
        Ok(())
    }

    /// True for the calendar assumed when none is set: school from 08:45 to 15:15
    /// on every weekday, no terms or closures listed.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// True when young carers are expected to be in school that day.
    pub fn is_school_day(&self, date: NaiveDate) -> bool {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        let in_term = self.terms.is_empty() || self.terms.iter().any(|t| t.contains(date));
        let closed = self.closures.iter().any(|c| c.contains(date));
        !weekend && in_term && !closed
    }

    /// True when a meeting from `start` to `end` on `date` overlaps the school day.
    ///
    /// A meeting that ends as school starts, or starts as school ends, does not overlap.
    pub fn in_school_hours(&self, date: NaiveDate, start: NaiveTime, end: NaiveTime) -> bool {
        self.is_school_day(date) && start < self.day_ends && end > self.day_starts
    }
}

/// Why a school calendar cannot be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SchoolCalendarError {
    /// The school day's end is not after its start.
    #[error(
        "the school day ends at {} but starts at {}; it must end after it starts",
        .ends.format("%H:%M"),
        .starts.format("%H:%M")
    )]
    DayEndsBeforeItStarts {
        /// When it starts.
        starts: NaiveTime,
        /// When it ends.
        ends: NaiveTime,
    },
}

impl SchoolCalendarError {
    /// The same message as a catalogue id and arguments (times as `14:30`), for a
    /// front end to say in the reader's language; its British English is `Display`.
    pub fn wording(&self) -> Wording {
        match self {
            SchoolCalendarError::DayEndsBeforeItStarts { starts, ends } => {
                Wording::new("core-school-day-ends-before-it-starts")
                    .text("ends", ends.format("%H:%M").to_string())
                    .text("starts", starts.format("%H:%M").to_string())
            }
        }
    }
}

impl Default for SchoolCalendar {
    /// School from 08:45 to 15:15 on every weekday, with no terms or closures listed.
    fn default() -> Self {
        Self {
            day_starts: Self::default_day_starts(),
            day_ends: Self::default_day_ends(),
            terms: Vec::new(),
            closures: Vec::new(),
        }
    }
}

/// What a finding is about; each has a stable code used in files and links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum EmpowermentCode {
    /// A key strategic meeting has no carer rep lined up who can go.
    NoCarerVoice,
    /// A rep is lined up for more meetings in a quarter than they agreed to.
    RepOverCommitted,
    /// A young carer rep is lined up for a meeting held during school hours.
    YoungCarerInSchoolHours,
    /// The plan lines up someone who is not one of its reps.
    UnknownRep,
    /// The plan lines a rep up for a meeting the network does not have.
    UnknownMeeting,
}

impl EmpowermentCode {
    /// Every code, in the order findings are listed.
    pub const ALL: [EmpowermentCode; 5] = [
        EmpowermentCode::NoCarerVoice,
        EmpowermentCode::RepOverCommitted,
        EmpowermentCode::YoungCarerInSchoolHours,
        EmpowermentCode::UnknownRep,
        EmpowermentCode::UnknownMeeting,
    ];

    /// The stable kebab-case key: "no-carer-voice", "rep-over-committed"…
    pub fn key(self) -> &'static str {
        match self {
            EmpowermentCode::NoCarerVoice => "no-carer-voice",
            EmpowermentCode::RepOverCommitted => "rep-over-committed",
            EmpowermentCode::YoungCarerInSchoolHours => "young-carer-in-school-hours",
            EmpowermentCode::UnknownRep => "unknown-rep",
            EmpowermentCode::UnknownMeeting => "unknown-meeting",
        }
    }

    /// Reads a key written by [`EmpowermentCode::key`].
    pub fn from_key(key: &str) -> Option<EmpowermentCode> {
        EmpowermentCode::ALL.into_iter().find(|c| c.key() == key)
    }

    /// A few plain words for the finding, to count it by ("no carer voice: 2"), the
    /// same in every front end.
    pub fn phrase(self) -> &'static str {
        match self {
            EmpowermentCode::NoCarerVoice => "a key meeting with no carer voice",
            EmpowermentCode::RepOverCommitted => "a rep asked to too many meetings",
            EmpowermentCode::YoungCarerInSchoolHours => {
                "a young carer rep expected in school hours"
            }
            EmpowermentCode::UnknownRep => "someone lined up who is not a rep",
            EmpowermentCode::UnknownMeeting => "a meeting the network does not have",
        }
    }
}

impl fmt::Display for EmpowermentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Something in the empowerment plan that needs a person's attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EmpowermentFinding {
    /// What kind of finding it is.
    pub code: EmpowermentCode,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// The same message as a catalogue id and arguments, for other languages.
    #[serde(default)]
    pub wording: Wording,
    /// The meeting it is about, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingId>,
    /// The rep it is about, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rep: Option<MemberId>,
    /// The quarter it is about, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarter: Option<Quarter>,
}

/// Reviews the empowerment plan against the network's meetings and the plan's own
/// school calendar ([`EmpowermentPlan::school_calendar`]).
///
/// Findings come in a stable order: meeting by meeting in time order, then each rep's
/// quarters in the plan's order of reps, then alignments that point at nothing in the
/// plan's order. A young carer rep lined up for a
/// meeting in school hours does not count as that meeting's carer voice, because they
/// cannot go; a rep is a young carer if the plan or the network says so.
///
/// ```
/// use cares_core::empowerment::{review, EmpowermentPlan, EmpowermentCode};
/// use cares_core::ids::{MeetingId, NetworkId};
/// use cares_core::network::{Attendance, CarerNetwork, Meeting, Network, NetworkKind};
/// use chrono::{NaiveDate, NaiveTime};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let hub = NetworkId::from_u128(1);
/// let mut network = CarerNetwork::default();
/// network.networks.push(Network { id: hub, name: "Strategic Group".into(), kind: NetworkKind::Strategic });
/// network.meetings.push(Meeting {
///     id: MeetingId::from_u128(2),
///     network: hub,
///     title: "Strategic group".into(),
///     date: NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("bad date")?,
///     start: NaiveTime::from_hms_opt(10, 0, 0).ok_or("bad time")?,
///     end: NaiveTime::from_hms_opt(12, 0, 0).ok_or("bad time")?,
///     place: "Riverside House".into(),
///     is_key_strategic_meeting: true,
///     attendance: Attendance::default(),
/// });
/// let findings = review(&EmpowermentPlan::default(), &network);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].code, EmpowermentCode::NoCarerVoice);
/// assert_eq!(findings[0].code.key(), "no-carer-voice");
/// # Ok(()) }
/// ```
pub fn review(plan: &EmpowermentPlan, network: &CarerNetwork) -> Vec<EmpowermentFinding> {
    let mut findings = Vec::new();
    let school_calendar = &plan.school_calendar;

    // A repeated alignment is one commitment, not two.
    let alignments: BTreeSet<Alignment> = plan.alignments.iter().copied().collect();
    let rep = |id: MemberId| plan.reps.iter().find(|r| r.member == id);
    let is_young_carer = |profile: &RepProfile| {
        profile.is_young_carer
            || network
                .member(profile.member)
                .is_some_and(|m| m.is_young_carer())
    };

    let mut meetings: Vec<&Meeting> = network.meetings.iter().collect();
    meetings.sort_by_key(|m| (m.date, m.start, m.id));
    // The same id twice in the network is for validate() to report; review it once.
    meetings.dedup_by_key(|m| m.id);

    for meeting in &meetings {
        let mut has_voice = false;
        for alignment in alignments.iter().filter(|a| a.meeting == meeting.id) {
            let Some(profile) = rep(alignment.rep) else {
                continue;
            };
            let blocked_by_school = is_young_carer(profile)
                && school_calendar.in_school_hours(meeting.date, meeting.start, meeting.end);
            if blocked_by_school {
                findings.push(EmpowermentFinding {
                    code: EmpowermentCode::YoungCarerInSchoolHours,
                    message: format!(
                        "{} is a young carer and will be in school during {}, {} to {}. \
                         Ask for the meeting to be held after school or in the holidays, \
                         or line up another rep.",
                        profile.name(),
                        meeting.label(),
                        meeting.start.format("%H:%M"),
                        meeting.end.format("%H:%M"),
                    ),
                    wording: meeting_wording(
                        "core-empowerment-young-carer-in-school-hours",
                        meeting,
                    )
                    .text("rep", profile.name())
                    .text("starts", meeting.start.format("%H:%M").to_string())
                    .text("ends", meeting.end.format("%H:%M").to_string()),
                    meeting: Some(meeting.id),
                    rep: Some(profile.member),
                    quarter: Some(meeting.quarter()),
                });
            } else {
                has_voice = true;
            }
        }
        if meeting.is_key_strategic_meeting && !has_voice {
            findings.push(EmpowermentFinding {
                code: EmpowermentCode::NoCarerVoice,
                message: format!(
                    "No carer rep who can go is lined up for {}, a key strategic meeting. \
                     Line up a rep so carers' voice is heard there.",
                    meeting.label(),
                ),
                wording: meeting_wording("core-empowerment-no-carer-voice", meeting),
                meeting: Some(meeting.id),
                rep: None,
                quarter: Some(meeting.quarter()),
            });
        }
    }

    // Reps in the order the plan lists them; a rep listed twice is reviewed once.
    let mut reviewed = BTreeSet::new();
    for profile in &plan.reps {
        if !reviewed.insert(profile.member) {
            continue;
        }
        let mut per_quarter: BTreeMap<Quarter, u32> = BTreeMap::new();
        for alignment in alignments.iter().filter(|a| a.rep == profile.member) {
            if let Some(meeting) = meetings.iter().find(|m| m.id == alignment.meeting) {
                *per_quarter.entry(meeting.quarter()).or_insert(0) += 1;
            }
        }
        for (quarter, count) in per_quarter {
            let max = u32::from(profile.max_meetings_per_quarter);
            if count > max {
                findings.push(EmpowermentFinding {
                    code: EmpowermentCode::RepOverCommitted,
                    message: format!(
                        "{} is lined up for {} meetings in {} ({}), more than the {} they \
                         agreed to. Share some with another rep, or check they are happy to do more.",
                        profile.name(),
                        count,
                        quarter.months(),
                        quarter,
                        max,
                    ),
                    wording: Wording::new("core-empowerment-rep-over-committed")
                        .text("rep", profile.name())
                        .number("count", i64::from(count))
                        .number("number", i64::from(quarter.number()))
                        .text("year", quarter.months().rsplit(' ').next().unwrap_or_default())
                        .text("quarter", quarter.to_string())
                        .number("max", i64::from(max)),
                    meeting: None,
                    rep: Some(profile.member),
                    quarter: Some(quarter),
                });
            }
        }
    }

    // In the plan's order, so the list reads like the plan; each alignment once.
    let mut reported = BTreeSet::new();
    for alignment in &plan.alignments {
        if !reported.insert(*alignment) {
            continue;
        }
        if rep(alignment.rep).is_none() {
            findings.push(EmpowermentFinding {
                code: EmpowermentCode::UnknownRep,
                message: format!(
                    "Someone who is not one of the plan's reps (member {}) is lined up for a meeting. \
                     Add them as a rep or remove the line-up.",
                    alignment.rep
                ),
                wording: Wording::new("core-empowerment-unknown-rep")
                    .text("member", alignment.rep.to_string()),
                meeting: Some(alignment.meeting),
                rep: Some(alignment.rep),
                quarter: None,
            });
        }
        if network.meeting(alignment.meeting).is_none() {
            findings.push(EmpowermentFinding {
                code: EmpowermentCode::UnknownMeeting,
                message: format!(
                    "A rep is lined up for a meeting that is not in the network (meeting {}). \
                     It may have been deleted; remove the line-up or add the meeting again.",
                    alignment.meeting
                ),
                wording: Wording::new("core-empowerment-unknown-meeting")
                    .text("meeting", alignment.meeting.to_string()),
                meeting: Some(alignment.meeting),
                rep: Some(alignment.rep),
                quarter: None,
            });
        }
    }

    findings
}

/// A message about a meeting, with the meeting as its label says it: the title, and
/// the day in short (`weekday` 1 for Monday, `day`, `month` 1 for January, `year`).
fn meeting_wording(id: &str, meeting: &Meeting) -> Wording {
    Wording::new(id)
        .text("meeting", meeting.title.trim())
        .number(
            "weekday",
            i64::from(meeting.date.weekday().number_from_monday()),
        )
        .number("day", i64::from(meeting.date.day()))
        .number("month", i64::from(meeting.date.month()))
        .text("year", meeting.date.year().to_string())
}

impl EmpowermentPlan {
    /// True when no rep is listed, nothing is aligned and no school calendar is set.
    pub fn is_empty(&self) -> bool {
        self.reps.is_empty() && self.alignments.is_empty() && self.school_calendar.is_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::NetworkId;
    use crate::network::{Attendance, Member, Network, NetworkKind};
    use crate::wording::WordingArg;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("valid test time")
    }

    const HUB: NetworkId = NetworkId::from_u128(1);
    const SAM: MemberId = MemberId::from_u128(10);
    const JO: MemberId = MemberId::from_u128(11);

    fn meeting(id: u128, date: NaiveDate, start: NaiveTime, end: NaiveTime) -> Meeting {
        Meeting {
            id: MeetingId::from_u128(id),
            network: HUB,
            title: format!("Strategic group {id}"),
            date,
            start,
            end,
            place: "Riverside House".into(),
            is_key_strategic_meeting: true,
            attendance: Attendance::default(),
        }
    }

    fn network(meetings: Vec<Meeting>) -> CarerNetwork {
        CarerNetwork {
            networks: vec![Network {
                id: HUB,
                name: "The Borough That Cares Strategic Group".into(),
                kind: NetworkKind::Strategic,
            }],
            members: vec![
                Member {
                    id: SAM,
                    display_name: "Sam".into(),
                    organisation: None,
                    is_carer_rep: true,
                    young_carer: None,
                    networks: vec![HUB],
                },
                Member {
                    id: JO,
                    display_name: "Jo".into(),
                    organisation: None,
                    is_carer_rep: true,
                    young_carer: None,
                    networks: vec![HUB],
                },
            ],
            meetings,
            ..CarerNetwork::default()
        }
    }

    fn plan(alignments: &[(MemberId, u128)]) -> EmpowermentPlan {
        let mut jo = RepProfile::new(JO, "Jo");
        jo.is_young_carer = true;
        EmpowermentPlan {
            reps: vec![RepProfile::new(SAM, "Sam"), jo],
            alignments: alignments
                .iter()
                .map(|&(rep, meeting)| Alignment {
                    rep,
                    meeting: MeetingId::from_u128(meeting),
                })
                .collect(),
            school_calendar: SchoolCalendar::default(),
        }
    }

    fn codes(findings: &[EmpowermentFinding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.code.key()).collect()
    }

    // Tuesday 14 May 2024 is a weekday in term.
    fn tuesday() -> NaiveDate {
        day(2024, 5, 14)
    }

    #[test]
    fn a_key_strategic_meeting_with_no_rep_has_no_carer_voice() {
        let net = network(vec![meeting(1, tuesday(), time(18, 0), time(20, 0))]);
        let findings = review(&plan(&[]), &net);
        assert_eq!(codes(&findings), vec!["no-carer-voice"]);
        assert_eq!(findings[0].meeting, Some(MeetingId::from_u128(1)));
        assert!(findings[0].message.contains("Strategic group 1"));

        let covered = review(&plan(&[(SAM, 1)]), &net);
        assert!(covered.is_empty());
    }

    #[test]
    fn meetings_that_are_not_key_strategic_need_no_rep() {
        let mut m = meeting(1, tuesday(), time(18, 0), time(20, 0));
        m.is_key_strategic_meeting = false;
        let findings = review(&plan(&[]), &network(vec![m]));
        assert!(findings.is_empty());
    }

    #[test]
    fn a_young_carer_rep_lined_up_in_school_hours_is_flagged_and_gives_no_voice() {
        let net = network(vec![meeting(1, tuesday(), time(10, 0), time(12, 0))]);
        let findings = review(&plan(&[(JO, 1)]), &net);
        assert_eq!(
            codes(&findings),
            vec!["young-carer-in-school-hours", "no-carer-voice"]
        );
        assert_eq!(findings[0].rep, Some(JO));
        assert!(findings[0].message.starts_with("Jo is a young carer"));
        let wording = &findings[0].wording;
        assert_eq!(wording.id, "core-empowerment-young-carer-in-school-hours");
        assert_eq!(wording.args["rep"], WordingArg::Text("Jo".into()));
        assert_eq!(
            wording.args["meeting"],
            WordingArg::Text("Strategic group 1".into())
        );
        assert_eq!(wording.args["weekday"], WordingArg::Number(2), "a Tuesday");
        assert_eq!(wording.args["month"], WordingArg::Number(5));
        assert_eq!(wording.args["starts"], WordingArg::Text("10:00".into()));
        assert_eq!(findings[1].wording.id, "core-empowerment-no-carer-voice");

        // An adult rep at the same meeting is fine, and the meeting then has a voice.
        let findings = review(&plan(&[(JO, 1), (SAM, 1)]), &net);
        assert_eq!(codes(&findings), vec!["young-carer-in-school-hours"]);
    }

    #[test]
    fn young_carers_are_free_after_school_at_weekends_and_in_closures() {
        let half_term = Period::new(day(2024, 5, 27), day(2024, 5, 31)).expect("forwards");
        let calendar = SchoolCalendar {
            closures: vec![half_term],
            ..SchoolCalendar::default()
        };
        let with_calendar = |alignments: &[(MemberId, u128)]| {
            let mut p = plan(alignments);
            p.school_calendar = calendar.clone();
            p
        };
        let meetings = vec![
            // Starts the minute school ends.
            meeting(1, tuesday(), time(15, 15), time(17, 0)),
            // Ends the minute school starts.
            meeting(2, tuesday(), time(7, 30), time(8, 45)),
            // A Saturday.
            meeting(3, day(2024, 5, 18), time(10, 0), time(12, 0)),
            // Half term.
            meeting(4, day(2024, 5, 28), time(10, 0), time(12, 0)),
        ];
        let everything = [(JO, 1), (JO, 2), (JO, 3), (JO, 4)];
        let findings = review(&with_calendar(&everything), &network(meetings.clone()));
        // Jo can go to all four (more than agreed, but not in school).
        assert_eq!(codes(&findings), vec!["rep-over-committed"]);
        // Without the plan's calendar, half term is a school day.
        let half_term_meeting = meetings[3].clone();
        let findings = review(&plan(&[(JO, 4)]), &network(vec![half_term_meeting]));
        assert_eq!(
            codes(&findings),
            vec!["young-carer-in-school-hours", "no-carer-voice"]
        );
        assert_eq!(findings[0].meeting, Some(MeetingId::from_u128(4)));

        // One minute into the school day is school hours.
        let late = vec![meeting(5, tuesday(), time(15, 14), time(17, 0))];
        let findings = review(&with_calendar(&[(JO, 5)]), &network(late));
        assert_eq!(codes(&findings)[0], "young-carer-in-school-hours");
    }

    #[test]
    fn outside_the_listed_terms_is_not_a_school_day() {
        let calendar = SchoolCalendar {
            terms: vec![Period::new(day(2024, 4, 15), day(2024, 5, 24)).expect("forwards")],
            ..SchoolCalendar::default()
        };
        assert!(calendar.is_school_day(tuesday()));
        assert!(!calendar.is_school_day(day(2024, 6, 4)));
        assert!(!calendar.is_school_day(day(2024, 5, 18)));
    }

    #[test]
    fn the_network_saying_young_carer_is_enough() {
        let mut net = network(vec![meeting(1, tuesday(), time(13, 0), time(14, 0))]);
        net.members[0].young_carer = Some(true);
        let findings = review(&plan(&[(SAM, 1)]), &net);
        assert_eq!(
            codes(&findings),
            vec!["young-carer-in-school-hours", "no-carer-voice"]
        );
    }

    #[test]
    fn a_rep_lined_up_for_more_meetings_in_a_quarter_than_agreed_is_over_committed() {
        let evening = |id, date| meeting(id, date, time(18, 0), time(20, 0));
        let meetings = vec![
            evening(1, day(2024, 4, 1)),
            evening(2, day(2024, 5, 1)),
            evening(3, day(2024, 6, 3)),
            evening(4, day(2024, 6, 30)),
            // The next quarter: not counted with the four above.
            evening(5, day(2024, 7, 1)),
        ];
        let net = network(meetings);
        let all = [(SAM, 1), (SAM, 2), (SAM, 3), (SAM, 4), (SAM, 5), (SAM, 4)];
        let findings = review(&plan(&all), &net);
        assert_eq!(codes(&findings), vec!["rep-over-committed"]);
        let finding = &findings[0];
        assert_eq!(finding.rep, Some(SAM));
        assert_eq!(finding.quarter, Quarter::new(2024, 1).ok());
        assert!(finding.message.contains("4 meetings in April to June 2024"));
        assert!(finding.message.contains("more than the 3"));
        assert_eq!(finding.wording.id, "core-empowerment-rep-over-committed");
        assert_eq!(finding.wording.args["count"], WordingArg::Number(4));
        assert_eq!(finding.wording.args["max"], WordingArg::Number(3));
        assert_eq!(finding.wording.args["number"], WordingArg::Number(1));
        assert_eq!(
            finding.wording.args["year"],
            WordingArg::Text("2024".into())
        );
        assert_eq!(
            finding.wording.args["quarter"],
            WordingArg::Text("2024-25 Q1".into())
        );

        // Exactly at the limit is fine.
        let findings = review(&plan(&[(SAM, 1), (SAM, 2), (SAM, 3), (SAM, 5)]), &net);
        assert!(codes(&findings).iter().all(|c| *c != "rep-over-committed"));
    }

    #[test]
    fn over_commitment_uses_financial_quarters_across_march_and_april() {
        let evening = |id, date| meeting(id, date, time(18, 0), time(20, 0));
        let net = network(vec![
            evening(1, day(2025, 3, 30)),
            evening(2, day(2025, 3, 31)),
            evening(3, day(2025, 4, 1)),
        ]);
        let mut p = plan(&[(SAM, 1), (SAM, 2), (SAM, 3)]);
        p.reps[0].max_meetings_per_quarter = 2;
        assert!(review(&p, &net).is_empty());
        p.reps[0].max_meetings_per_quarter = 1;
        let findings = review(&p, &net);
        assert_eq!(codes(&findings), vec!["rep-over-committed"]);
        assert_eq!(findings[0].quarter, Quarter::new(2024, 4).ok());
    }

    #[test]
    fn alignments_that_point_at_nothing_are_reported() {
        let net = network(vec![meeting(1, tuesday(), time(18, 0), time(20, 0))]);
        let stranger = MemberId::from_u128(77);
        let findings = review(&plan(&[(SAM, 1), (stranger, 1), (SAM, 99)]), &net);
        assert_eq!(codes(&findings), vec!["unknown-rep", "unknown-meeting"]);
        assert_eq!(findings[0].rep, Some(stranger));
        assert_eq!(findings[1].meeting, Some(MeetingId::from_u128(99)));
    }

    #[test]
    fn findings_come_in_time_order_of_meetings() {
        let net = network(vec![
            meeting(2, day(2024, 6, 4), time(18, 0), time(20, 0)),
            meeting(1, day(2024, 5, 14), time(18, 0), time(20, 0)),
        ]);
        let findings = review(&plan(&[]), &net);
        let meetings: Vec<Option<MeetingId>> = findings.iter().map(|f| f.meeting).collect();
        assert_eq!(
            meetings,
            vec![Some(MeetingId::from_u128(1)), Some(MeetingId::from_u128(2))]
        );
    }

    #[test]
    fn finding_keys_are_the_serialized_codes_and_read_back() {
        for code in EmpowermentCode::ALL {
            let json = serde_json::to_string(&code).expect("serializes");
            assert_eq!(json, format!("\"{}\"", code.key()));
            assert_eq!(EmpowermentCode::from_key(code.key()), Some(code));
        }
        assert_eq!(EmpowermentCode::from_key("no-voice"), None);
    }

    #[test]
    fn the_plan_fills_in_defaults_when_read_from_a_file() {
        let json =
            r#"{"reps":[{"member":"00000000-0000-0000-0000-00000000000a","display_name":"Sam"}]}"#;
        let plan: EmpowermentPlan = serde_json::from_str(json).expect("reads");
        assert_eq!(plan.reps[0].max_meetings_per_quarter, 3);
        assert!(!plan.reps[0].is_young_carer);
        let calendar: SchoolCalendar = serde_json::from_str("{}").expect("reads");
        assert_eq!(calendar, SchoolCalendar::default());
        assert_eq!(calendar.day_starts, time(8, 45));
        assert_eq!(calendar.day_ends, time(15, 15));
        let finding = EmpowermentFinding {
            code: EmpowermentCode::YoungCarerInSchoolHours,
            message: String::new(),
            wording: Wording::default(),
            meeting: None,
            rep: None,
            quarter: Quarter::new(2024, 1).ok(),
        };
        let json = serde_json::to_string(&finding).expect("serializes");
        assert!(json.contains("\"code\":\"young-carer-in-school-hours\""));
        assert!(json.contains("\"quarter\":\"2024-25 Q1\""));
    }

    #[test]
    fn a_school_day_that_ends_before_it_starts_is_refused_in_plain_words() {
        let backwards = SchoolCalendar {
            day_starts: time(15, 15),
            day_ends: time(8, 45),
            ..SchoolCalendar::default()
        };
        let err = backwards.check().err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("the school day ends at 08:45 but starts at 15:15; it must end after it starts")
        );
        assert!(SchoolCalendar::default().check().is_ok());
    }

    #[test]
    fn the_plan_keeps_its_school_calendar_only_once_one_is_set() {
        let mut plan = EmpowermentPlan::default();
        assert!(plan.is_empty());
        assert_eq!(serde_json::to_string(&plan).expect("serializes"), "{}");
        plan.school_calendar.day_ends = time(15, 30);
        assert!(!plan.is_empty(), "a set calendar is part of the plan");
        let json = serde_json::to_string(&plan).expect("serializes");
        assert_eq!(
            json,
            r#"{"school_calendar":{"day_starts":"08:45:00","day_ends":"15:30:00"}}"#
        );
        let back: EmpowermentPlan = serde_json::from_str(&json).expect("reads");
        assert_eq!(back, plan);
    }
}
