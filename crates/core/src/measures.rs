//! Progress markers: what the borough counts each quarter to show it is making progress.
//!
//! Observations are counts per marker, per locality (or borough-wide) and per financial
//! quarter; targets say what we hope for. The roll-ups here — totals, change since last
//! quarter, progress against target and the quarterly [`HighlightReport`] — are pure.
//! Quarters are financial ([`Quarter`]: April to June is Q1), shared with the network.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::network::Quarter;

/// One of the things the framework says we will count to show progress.
///
/// The seed's list, by the area of focus that introduced it; later areas keep
/// recording the earlier markers. "Record the number of / attendance at carer network
/// meetings" asks for two counts, so it is two markers here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProgressMarker {
    /// Meeting places we have and make available for carers.
    MeetingPlaces,
    /// Activities and events that take place.
    ActivitiesAndEvents,
    /// Audience numbers for the carers' newsletter.
    NewsletterReach,
    /// Requests for information packs.
    InformationPackRequests,
    /// Health and wellbeing checks and support interventions.
    HealthAndWellbeingChecks,
    /// Carer network meetings held.
    NetworkMeetingsHeld,
    /// Attendance at carer network meetings.
    NetworkMeetingAttendance,
    /// People involved in co-production activity.
    CoproductionInvolvement,
    /// Online activity (visits, views, interactions).
    OnlineActivity,
    /// Carer rep activity at strategic meetings.
    CarerRepActivity,
}

/// How a marker adds up over a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MarkerKind {
    /// Things that happen in a quarter (events, requests): a year is the sum of its quarters.
    Tally,
    /// How many there are at the time (meeting places, newsletter readers): a year is its
    /// latest quarter, never the sum.
    Level,
}

impl ProgressMarker {
    /// Every marker, in the order reports show them.
    pub const ALL: [ProgressMarker; 10] = [
        ProgressMarker::MeetingPlaces,
        ProgressMarker::ActivitiesAndEvents,
        ProgressMarker::NewsletterReach,
        ProgressMarker::InformationPackRequests,
        ProgressMarker::HealthAndWellbeingChecks,
        ProgressMarker::NetworkMeetingsHeld,
        ProgressMarker::NetworkMeetingAttendance,
        ProgressMarker::CoproductionInvolvement,
        ProgressMarker::OnlineActivity,
        ProgressMarker::CarerRepActivity,
    ];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "Meeting places for carers",
            ProgressMarker::ActivitiesAndEvents => "Activities and events",
            ProgressMarker::NewsletterReach => "Newsletter reach",
            ProgressMarker::InformationPackRequests => "Information pack requests",
            ProgressMarker::HealthAndWellbeingChecks => "Health and wellbeing checks and support",
            ProgressMarker::NetworkMeetingsHeld => "Carer network meetings held",
            ProgressMarker::NetworkMeetingAttendance => "Attendance at carer network meetings",
            ProgressMarker::CoproductionInvolvement => "Involvement in co-production",
            ProgressMarker::OnlineActivity => "Online activity",
            ProgressMarker::CarerRepActivity => "Carer rep activity at strategic meetings",
        }
    }

    /// What is counted, as it reads after a number ("12 meeting places").
    pub fn unit(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "meeting places",
            ProgressMarker::ActivitiesAndEvents => "activities and events",
            ProgressMarker::NewsletterReach => "readers",
            ProgressMarker::InformationPackRequests => "requests",
            ProgressMarker::HealthAndWellbeingChecks => "checks and interventions",
            ProgressMarker::NetworkMeetingsHeld => "meetings",
            ProgressMarker::NetworkMeetingAttendance => "attendances",
            ProgressMarker::CoproductionInvolvement => "people taking part",
            ProgressMarker::OnlineActivity => "visits and interactions",
            ProgressMarker::CarerRepActivity => "strategic meetings with a carer rep",
        }
    }

    /// The number of the area of focus (1, 2 or 3 in the 2022-25 framework) that
    /// introduced this marker.
    pub fn introduced_in(self) -> u8 {
        match self {
            ProgressMarker::MeetingPlaces
            | ProgressMarker::ActivitiesAndEvents
            | ProgressMarker::NewsletterReach
            | ProgressMarker::InformationPackRequests => 1,
            ProgressMarker::HealthAndWellbeingChecks
            | ProgressMarker::NetworkMeetingsHeld
            | ProgressMarker::NetworkMeetingAttendance
            | ProgressMarker::CoproductionInvolvement => 2,
            ProgressMarker::OnlineActivity | ProgressMarker::CarerRepActivity => 3,
        }
    }

    /// How the marker adds up over a year.
    pub fn kind(self) -> MarkerKind {
        match self {
            ProgressMarker::MeetingPlaces | ProgressMarker::NewsletterReach => MarkerKind::Level,
            _ => MarkerKind::Tally,
        }
    }

    /// The stable key used in files and URLs ("meeting-places"…).
    pub fn key(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "meeting-places",
            ProgressMarker::ActivitiesAndEvents => "activities-and-events",
            ProgressMarker::NewsletterReach => "newsletter-reach",
            ProgressMarker::InformationPackRequests => "information-pack-requests",
            ProgressMarker::HealthAndWellbeingChecks => "health-and-wellbeing-checks",
            ProgressMarker::NetworkMeetingsHeld => "network-meetings-held",
            ProgressMarker::NetworkMeetingAttendance => "network-meeting-attendance",
            ProgressMarker::CoproductionInvolvement => "coproduction-involvement",
            ProgressMarker::OnlineActivity => "online-activity",
            ProgressMarker::CarerRepActivity => "carer-rep-activity",
        }
    }

    /// Reads a key written by [`ProgressMarker::key`].
    pub fn from_key(key: &str) -> Option<ProgressMarker> {
        ProgressMarker::ALL.into_iter().find(|m| m.key() == key)
    }
}

impl fmt::Display for ProgressMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The quarter as people say it: "2024-25 Q1 (April to June 2024)".
fn quarter_label(quarter: Quarter) -> String {
    format!("{quarter} ({})", quarter.months())
}

/// The financial year as people say it: "2024-25".
fn year_label(starts_in: i32) -> String {
    format!(
        "{starts_in}-{:02}",
        (i64::from(starts_in) + 1).rem_euclid(100)
    )
}

// ---- The record -----------------------------------------------------------------------

/// A count for one marker, in one place, in one quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// What was counted.
    pub marker: ProgressMarker,
    /// The locality it was counted in ("Maltby"). `None` means borough-wide: something
    /// not tied to one locality, such as the borough newsletter. It is never a borough
    /// total — see [`ProgressRecord::total`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// The financial quarter it was counted in, written "2024-25 Q1".
    pub quarter: Quarter,
    /// The count.
    pub value: u64,
    /// A few words about it, or a case study of a good outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The period a target covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum TargetPeriod {
    /// One financial quarter.
    Quarter {
        /// The quarter, written "2024-25 Q1".
        quarter: Quarter,
    },
    /// A financial year, April to March.
    Year {
        /// The calendar year it begins in: 2024 means April 2024 to March 2025.
        starts_in: i32,
    },
}

/// What we hope to reach for a marker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The marker.
    pub marker: ProgressMarker,
    /// The locality the target is for; `None` means the whole borough (its total).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// The quarter or year it covers.
    pub period: TargetPeriod,
    /// The number we hope to reach.
    pub value: u64,
}

/// Every count and target recorded for the progress markers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgressRecord {
    /// The counts, in the order they were entered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    /// The targets, in the order they were set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
}

/// A locality name made comparable: trimmed, case ignored; blank means borough-wide.
fn place_key(locality: Option<&str>) -> Option<String> {
    locality
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
}

/// Which count an observation is: its marker, place and quarter.
type Slot = (ProgressMarker, Option<String>, Quarter);

fn slot(obs: &Observation) -> Slot {
    (obs.marker, place_key(obs.locality.as_deref()), obs.quarter)
}

impl ProgressRecord {
    /// True when nothing has been counted or targeted.
    pub fn is_empty(&self) -> bool {
        self.observations.is_empty() && self.targets.is_empty()
    }

    /// Records a count, replacing any count for the same marker, place and quarter.
    pub fn record(&mut self, observation: Observation) {
        let key = slot(&observation);
        self.observations.retain(|o| slot(o) != key);
        self.observations.push(observation);
    }

    /// Sets a target, replacing any for the same marker, place and period.
    pub fn set_target(&mut self, target: Target) {
        let key = (
            target.marker,
            place_key(target.locality.as_deref()),
            target.period,
        );
        self.targets
            .retain(|t| (t.marker, place_key(t.locality.as_deref()), t.period) != key);
        self.targets.push(target);
    }
    /// The observations that count, one per marker, place and quarter.
    ///
    /// When the same marker, locality and quarter is recorded twice (which
    /// [`validate`] flags), the later entry wins: it is treated as a correction, so
    /// nothing is counted twice.
    fn counted(&self) -> BTreeMap<Slot, &Observation> {
        self.observations.iter().map(|o| (slot(o), o)).collect()
    }

    /// The count for a marker in a quarter, for one locality or for the borough.
    ///
    /// With `locality` `None` this is the borough total: the sum of every locality's
    /// count plus the borough-wide entries. The rule that stops double counting:
    /// a borough-wide entry counts only what no locality counted (the borough
    /// newsletter, say), and a borough total is never entered by hand. With a locality
    /// (case and spaces ignored), it is that locality's count alone. `None` when
    /// nothing was recorded.
    ///
    /// ```
    /// use cares_core::measures::{Observation, ProgressMarker, ProgressRecord};
    /// use cares_core::network::Quarter;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let q1: Quarter = "2024-25 Q1".parse()?;
    /// let count = |locality: Option<&str>, value| Observation {
    ///     marker: ProgressMarker::ActivitiesAndEvents,
    ///     locality: locality.map(String::from),
    ///     quarter: q1,
    ///     value,
    ///     note: None,
    /// };
    /// let record = ProgressRecord {
    ///     observations: vec![count(Some("Maltby"), 4), count(Some("Rawmarsh"), 3), count(None, 2)],
    ///     targets: vec![],
    /// };
    /// assert_eq!(record.total(ProgressMarker::ActivitiesAndEvents, None, q1), Some(9));
    /// assert_eq!(record.total(ProgressMarker::ActivitiesAndEvents, Some("maltby"), q1), Some(4));
    /// # Ok(()) }
    /// ```
    pub fn total(
        &self,
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
    ) -> Option<u64> {
        let wanted = place_key(locality);
        self.counted()
            .into_iter()
            .filter(|((m, place, q), _)| {
                *m == marker && *q == quarter && (wanted.is_none() || *place == wanted)
            })
            .map(|(_, obs)| obs.value)
            .reduce(u64::saturating_add)
    }

    /// The borough total for every marker and quarter that has a count, ordered by
    /// marker (as in [`ProgressMarker::ALL`]) then quarter.
    pub fn totals(&self) -> Vec<QuarterTotal> {
        let mut sums: BTreeMap<(usize, Quarter), (ProgressMarker, u64)> = BTreeMap::new();
        for ((marker, _, quarter), obs) in self.counted() {
            let entry = sums
                .entry((marker_order(marker), quarter))
                .or_insert((marker, 0));
            entry.1 = entry.1.saturating_add(obs.value);
        }
        sums.into_iter()
            .map(|((_, quarter), (marker, total))| QuarterTotal {
                marker,
                quarter,
                total,
            })
            .collect()
    }

    /// How the count changed since the quarter before, for a locality or the borough
    /// (as in [`ProgressRecord::total`]). `None` when either quarter has no count; a
    /// count of zero is a count.
    pub fn change(
        &self,
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
    ) -> Option<Change> {
        let now = self.total(marker, locality, quarter)?;
        let before = self.total(marker, locality, quarter.previous())?;
        Some(Change::between(before, now))
    }

    /// What counts towards a year target by the end of `quarter`: for a tally, the sum
    /// of the year's quarters so far; for a level, the latest count in the year so far.
    fn year_to_date(
        &self,
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
    ) -> Option<u64> {
        let so_far: Vec<Quarter> = (1..=quarter.number())
            .filter_map(|q| Quarter::new(quarter.year(), q).ok())
            .collect();
        match marker.kind() {
            MarkerKind::Level => so_far
                .iter()
                .rev()
                .find_map(|q| self.total(marker, locality, *q)),
            MarkerKind::Tally => so_far
                .iter()
                .filter_map(|q| self.total(marker, locality, *q))
                .reduce(u64::saturating_add),
        }
    }

    /// The target that applies to a marker in a quarter, for a locality or the borough
    /// (`None`): a target for that quarter first, else one for its financial year. If
    /// the same target was set twice, the later one is used.
    pub fn target_for(
        &self,
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
    ) -> Option<&Target> {
        let place = place_key(locality);
        let applies = |period: TargetPeriod| {
            let mut found = self.targets.iter().rev().filter(|t| {
                t.marker == marker
                    && place_key(t.locality.as_deref()) == place
                    && t.period == period
            });
            found.next()
        };
        applies(TargetPeriod::Quarter { quarter }).or_else(|| {
            applies(TargetPeriod::Year {
                starts_in: quarter.year(),
            })
        })
    }

    /// How a marker stands against its target at the end of `quarter`, for a locality
    /// or the borough (`None`).
    ///
    /// A quarter target is compared with that quarter's count. A year target is compared
    /// with the year so far (see [`MarkerKind`]) against a straight line: by the end of
    /// the second quarter we expect half the year's target, rounded up. Reaching the
    /// whole target is [`TargetStatus::Reached`]; being on or above the line is on
    /// track; below it, or nothing counted yet, is behind.
    pub fn progress(
        &self,
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
    ) -> TargetProgress {
        let Some(target) = self.target_for(marker, locality, quarter) else {
            return TargetProgress {
                target: None,
                period: None,
                actual: self.total(marker, locality, quarter),
                expected_so_far: None,
                status: TargetStatus::NoTarget,
            };
        };
        let (actual, expected) = match target.period {
            TargetPeriod::Quarter { .. } => (self.total(marker, locality, quarter), target.value),
            TargetPeriod::Year { .. } => {
                let elapsed = u128::from(quarter.number());
                let expected = (u128::from(target.value) * elapsed).div_ceil(4);
                (
                    self.year_to_date(marker, locality, quarter),
                    u64::try_from(expected).unwrap_or(u64::MAX),
                )
            }
        };
        let status = match actual {
            Some(got) if got >= target.value => TargetStatus::Reached,
            Some(got) if got >= expected => TargetStatus::OnTrack,
            _ => TargetStatus::Behind,
        };
        TargetProgress {
            target: Some(target.value),
            period: Some(target.period),
            actual,
            expected_so_far: Some(expected),
            status,
        }
    }
}

fn marker_order(marker: ProgressMarker) -> usize {
    ProgressMarker::ALL
        .iter()
        .position(|m| *m == marker)
        .unwrap_or(usize::MAX)
}

/// The borough total for one marker in one quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuarterTotal {
    /// The marker.
    pub marker: ProgressMarker,
    /// The quarter.
    pub quarter: Quarter,
    /// The borough total.
    pub total: u64,
}

/// How a count changed from one quarter to the next.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The count last quarter.
    pub previous: u64,
    /// Up (positive) or down (negative) by this much.
    pub absolute: i64,
    /// The change as a percentage of last quarter's count; `None` when last quarter was
    /// zero, because a rise from nothing has no percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<f64>,
}

impl Change {
    /// The change from `before` to `now`.
    pub fn between(before: u64, now: u64) -> Change {
        let diff = i128::from(now) - i128::from(before);
        let absolute = i64::try_from(diff).unwrap_or(if diff < 0 { i64::MIN } else { i64::MAX });
        // Counts this large lose a little precision as f64; a percentage does not mind.
        let percent = (before != 0).then(|| diff as f64 * 100.0 / before as f64);
        Change {
            previous: before,
            absolute,
            percent,
        }
    }

    /// The change in plain words: "up 3 (25%) since last quarter", "no change since
    /// last quarter", "up 4 since last quarter (there were none before)".
    pub fn describe(&self) -> String {
        let size = self.absolute.unsigned_abs();
        let direction = match self.absolute.signum() {
            1 => "up",
            -1 => "down",
            _ => return "no change since last quarter".to_owned(),
        };
        match self.percent {
            Some(p) => format!(
                "{direction} {size} ({}%) since last quarter",
                p.abs().round()
            ),
            None => format!("{direction} {size} since last quarter (there were none before)"),
        }
    }
}

/// Where a marker stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TargetStatus {
    /// The whole target has been reached.
    Reached,
    /// Not there yet, but where we expected to be by now.
    OnTrack,
    /// Below where we expected to be by now.
    Behind,
    /// No target has been set.
    NoTarget,
}

impl TargetStatus {
    /// The words a person reads.
    pub fn label(self) -> &'static str {
        match self {
            TargetStatus::Reached => "Target reached",
            TargetStatus::OnTrack => "On track",
            TargetStatus::Behind => "Behind",
            TargetStatus::NoTarget => "No target set",
        }
    }
}

impl fmt::Display for TargetStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A marker's progress against its target at the end of a quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TargetProgress {
    /// The target, if one is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u64>,
    /// The period the target covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<TargetPeriod>,
    /// What counts towards it: the quarter's count, or the year so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<u64>,
    /// Where we expected to be by the end of this quarter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_so_far: Option<u64>,
    /// The verdict.
    pub status: TargetStatus,
}

// ---- The highlight report -------------------------------------------------------------

/// The quarterly highlight report: every marker's count, its change and its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HighlightReport {
    /// The quarter reported on.
    pub quarter: Quarter,
    /// The heading: "Highlight report: 2024-25 Q1 (April to June 2024)".
    pub title: String,
    /// One line per marker that has a count this or last quarter, or a target.
    pub lines: Vec<MarkerLine>,
}

/// One marker in a highlight report (borough totals).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkerLine {
    /// The marker.
    pub marker: ProgressMarker,
    /// The borough total this quarter; `None` when nothing was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<u64>,
    /// The change since last quarter, when both quarters have a count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Progress against the borough target.
    pub progress: TargetProgress,
    /// Each locality's count this quarter, in order of name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub localities: Vec<LocalityCount>,
    /// The count not tied to any locality this quarter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borough_wide: Option<u64>,
    /// The line in plain words.
    pub summary: String,
}

/// One locality's count in a highlight report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LocalityCount {
    /// The locality's name as written on the count used.
    pub locality: String,
    /// Its count.
    pub value: u64,
}

/// Builds the borough's highlight report for a quarter.
///
/// Markers appear in [`ProgressMarker::ALL`] order; a marker with no count this quarter
/// or last, and no target, is left out.
///
/// ```
/// use cares_core::measures::{
///     highlight_report, Observation, ProgressMarker, ProgressRecord, Target, TargetPeriod,
///     TargetStatus,
/// };
/// use cares_core::network::Quarter;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let q1 = Quarter::new(2024, 1)?;
/// let places = |quarter, value| Observation {
///     marker: ProgressMarker::MeetingPlaces,
///     locality: Some("Maltby".into()),
///     quarter,
///     value,
///     note: None,
/// };
/// let record = ProgressRecord {
///     observations: vec![places(q1, 4), places(q1.next(), 6)],
///     targets: vec![Target {
///         marker: ProgressMarker::MeetingPlaces,
///         locality: None,
///         period: TargetPeriod::Year { starts_in: 2024 },
///         value: 10,
///     }],
/// };
/// let report = highlight_report(&record, q1.next());
/// let line = &report.lines[0];
/// assert_eq!(line.value, Some(6));
/// assert_eq!(line.progress.status, TargetStatus::OnTrack);
/// assert_eq!(
///     line.summary,
///     "Meeting places for carers: 6 meeting places, up 2 (50%) since last quarter. \
///      On track: target 10 for 2024-25."
/// );
/// # Ok(()) }
/// ```
pub fn highlight_report(record: &ProgressRecord, quarter: Quarter) -> HighlightReport {
    let counted = record.counted();
    let mut lines = Vec::new();
    for marker in ProgressMarker::ALL {
        let value = record.total(marker, None, quarter);
        let before = record.total(marker, None, quarter.previous());
        let progress = record.progress(marker, None, quarter);
        if value.is_none() && before.is_none() && progress.target.is_none() {
            continue;
        }
        let mut localities = Vec::new();
        let mut borough_wide = None;
        // `counted` is ordered by place key, so localities come out in order of name.
        for ((m, place, q), obs) in &counted {
            if *m != marker || *q != quarter {
                continue;
            }
            match place {
                Some(_) => localities.push(LocalityCount {
                    locality: obs.locality.as_deref().unwrap_or("").trim().to_owned(),
                    value: obs.value,
                }),
                None => borough_wide = Some(obs.value),
            }
        }
        let change = record.change(marker, None, quarter);
        let summary = summarise(marker, value, change, &progress);
        lines.push(MarkerLine {
            marker,
            value,
            change,
            progress,
            localities,
            borough_wide,
            summary,
        });
    }
    HighlightReport {
        quarter,
        title: format!("Highlight report: {}", quarter_label(quarter)),
        lines,
    }
}

fn summarise(
    marker: ProgressMarker,
    value: Option<u64>,
    change: Option<Change>,
    progress: &TargetProgress,
) -> String {
    let count = match value {
        Some(v) => format!("{v} {}", marker.unit()),
        None => "nothing recorded this quarter".to_owned(),
    };
    let change = change
        .map(|c| format!(", {}", c.describe()))
        .unwrap_or_default();
    let target = match (progress.target, progress.period) {
        (Some(target), Some(TargetPeriod::Quarter { .. })) => {
            format!("{}: target {target} this quarter.", progress.status.label())
        }
        (Some(target), Some(TargetPeriod::Year { starts_in })) => format!(
            "{}: target {target} for {}.",
            progress.status.label(),
            year_label(starts_in)
        ),
        _ => "No target set.".to_owned(),
    };
    format!("{}: {count}{change}. {target}", marker.label())
}

// ---- Validation -----------------------------------------------------------------------

/// Something wrong in a progress record. Positions count from 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum MeasureIssue {
    /// The same marker, locality and quarter was counted twice; the later one is used.
    DuplicateObservation {
        /// The earlier entry.
        first: usize,
        /// The later entry.
        duplicate: usize,
        /// The marker.
        marker: ProgressMarker,
        /// The locality as the later entry wrote it, or `None` for borough-wide.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        locality: Option<String>,
        /// The quarter.
        quarter: Quarter,
    },
    /// A locality was given but left blank; the count is read as borough-wide.
    BlankLocality {
        /// The entry.
        observation: usize,
    },
    /// The same target was set twice; the later one is used.
    DuplicateTarget {
        /// The earlier target.
        first: usize,
        /// The later target.
        duplicate: usize,
        /// The marker.
        marker: ProgressMarker,
    },
}

impl MeasureIssue {
    /// What is wrong and what to do, in plain words.
    pub fn message(&self) -> String {
        match self {
            MeasureIssue::DuplicateObservation {
                marker,
                locality,
                quarter,
                ..
            } => format!(
                "{} for {} in {} is recorded twice. Keep one and remove the other; \
                 until then the later one is used.",
                marker.label(),
                locality.as_deref().map_or("the whole borough", str::trim),
                quarter_label(*quarter)
            ),
            MeasureIssue::BlankLocality { .. } => {
                "A count has an empty locality. Name the locality, or mark it as borough-wide."
                    .to_owned()
            }
            MeasureIssue::DuplicateTarget { marker, .. } => format!(
                "{} has the same target set twice. Keep one; until then the later one is used.",
                marker.label()
            ),
        }
    }
}

impl fmt::Display for MeasureIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Finds what is wrong in a progress record, in the order the entries were made.
///
/// Roll-ups still work on a record with issues: they use the later of two duplicates.
pub fn validate(record: &ProgressRecord) -> Vec<MeasureIssue> {
    let mut issues = Vec::new();
    let mut seen: BTreeMap<Slot, usize> = BTreeMap::new();
    for (i, obs) in record.observations.iter().enumerate() {
        if obs.locality.as_deref().is_some_and(|l| l.trim().is_empty()) {
            issues.push(MeasureIssue::BlankLocality { observation: i });
        }
        let key = slot(obs);
        match seen.get(&key) {
            Some(first) => issues.push(MeasureIssue::DuplicateObservation {
                first: *first,
                duplicate: i,
                marker: obs.marker,
                locality: key.1.as_ref().and(obs.locality.clone()),
                quarter: obs.quarter,
            }),
            None => {
                seen.insert(key, i);
            }
        }
    }
    let mut first_target: BTreeMap<(ProgressMarker, Option<String>, TargetPeriod), usize> =
        BTreeMap::new();
    for (i, target) in record.targets.iter().enumerate() {
        let key = (
            target.marker,
            place_key(target.locality.as_deref()),
            target.period,
        );
        match first_target.get(&key) {
            Some(first) => issues.push(MeasureIssue::DuplicateTarget {
                first: *first,
                duplicate: i,
                marker: target.marker,
            }),
            None => {
                first_target.insert(key, i);
            }
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(year: i32, n: u8) -> Quarter {
        Quarter::new(year, n).unwrap_or_else(|_| Quarter::containing(chrono::NaiveDate::MIN))
    }

    fn obs(
        marker: ProgressMarker,
        locality: Option<&str>,
        quarter: Quarter,
        value: u64,
    ) -> Observation {
        Observation {
            marker,
            locality: locality.map(String::from),
            quarter,
            value,
            note: None,
        }
    }

    fn target(
        marker: ProgressMarker,
        locality: Option<&str>,
        period: TargetPeriod,
        value: u64,
    ) -> Target {
        Target {
            marker,
            locality: locality.map(String::from),
            period,
            value,
        }
    }

    const EVENTS: ProgressMarker = ProgressMarker::ActivitiesAndEvents;

    #[test]
    fn markers_come_from_the_focus_area_that_introduced_them() {
        let areas: Vec<u8> = ProgressMarker::ALL
            .iter()
            .map(|m| m.introduced_in())
            .collect();
        assert_eq!(areas, vec![1, 1, 1, 1, 2, 2, 2, 2, 3, 3]);
        for marker in ProgressMarker::ALL {
            assert_eq!(ProgressMarker::from_key(marker.key()), Some(marker));
            let json = serde_json::to_string(&marker).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", marker.key()));
        }
        assert_eq!(ProgressMarker::from_key("footfall"), None);
    }

    #[test]
    fn only_places_and_newsletter_reach_are_levels() {
        let levels: Vec<ProgressMarker> = ProgressMarker::ALL
            .into_iter()
            .filter(|m| m.kind() == MarkerKind::Level)
            .collect();
        assert_eq!(
            levels,
            vec![
                ProgressMarker::MeetingPlaces,
                ProgressMarker::NewsletterReach
            ]
        );
    }

    #[test]
    fn borough_total_adds_localities_and_borough_wide_entries() {
        let q1 = q(2024, 1);
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, Some("Maltby"), q1, 4),
                obs(EVENTS, Some("Rawmarsh"), q1, 3),
                obs(EVENTS, None, q1, 2),
                obs(EVENTS, Some("Maltby"), q1.next(), 100),
                obs(ProgressMarker::NewsletterReach, None, q1, 500),
            ],
            targets: vec![],
        };
        assert_eq!(record.total(EVENTS, None, q1), Some(9));
        assert_eq!(record.total(EVENTS, Some(" MALTBY "), q1), Some(4));
        assert_eq!(record.total(EVENTS, Some("Dinnington"), q1), None);
        assert_eq!(record.total(EVENTS, None, q1.previous()), None);
    }

    #[test]
    fn a_repeated_count_is_not_added_twice_and_the_later_one_is_used() {
        let q1 = q(2024, 1);
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, Some("Maltby"), q1, 4),
                obs(EVENTS, Some("maltby "), q1, 5),
                obs(EVENTS, None, q1, 1),
            ],
            targets: vec![],
        };
        assert_eq!(record.total(EVENTS, None, q1), Some(6));
        let issues = validate(&record);
        assert_eq!(
            issues,
            vec![MeasureIssue::DuplicateObservation {
                first: 0,
                duplicate: 1,
                marker: EVENTS,
                locality: Some("maltby ".into()),
                quarter: q1,
            }]
        );
        assert_eq!(
            issues[0].message(),
            "Activities and events for maltby in 2024-25 Q1 (April to June 2024) is recorded \
             twice. Keep one and remove the other; until then the later one is used."
        );
    }

    #[test]
    fn the_same_locality_in_different_quarters_is_not_a_duplicate() {
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, Some("Maltby"), q(2024, 4), 1),
                obs(EVENTS, Some("Maltby"), q(2025, 1), 1),
                obs(
                    ProgressMarker::OnlineActivity,
                    Some("Maltby"),
                    q(2025, 1),
                    1,
                ),
            ],
            targets: vec![],
        };
        assert!(validate(&record).is_empty());
    }

    #[test]
    fn totals_are_ordered_by_marker_then_quarter() {
        let record = ProgressRecord {
            observations: vec![
                obs(ProgressMarker::CarerRepActivity, None, q(2024, 1), 2),
                obs(EVENTS, Some("Maltby"), q(2024, 2), 3),
                obs(EVENTS, Some("Rawmarsh"), q(2024, 1), 1),
                obs(EVENTS, Some("Maltby"), q(2024, 1), 1),
            ],
            targets: vec![],
        };
        let totals: Vec<(ProgressMarker, Quarter, u64)> = record
            .totals()
            .into_iter()
            .map(|t| (t.marker, t.quarter, t.total))
            .collect();
        assert_eq!(
            totals,
            vec![
                (EVENTS, q(2024, 1), 2),
                (EVENTS, q(2024, 2), 3),
                (ProgressMarker::CarerRepActivity, q(2024, 1), 2),
            ]
        );
    }

    #[test]
    fn change_in_april_compares_with_the_january_quarter_of_the_year_before() {
        // 2024-25 Q4 is January to March 2025; 2025-26 Q1 follows it.
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, None, q(2024, 4), 8),
                obs(EVENTS, None, q(2025, 1), 6),
            ],
            targets: vec![],
        };
        let change = record.change(EVENTS, None, q(2025, 1));
        assert_eq!(
            change,
            Some(Change {
                previous: 8,
                absolute: -2,
                percent: Some(-25.0)
            })
        );
        assert_eq!(
            change.map(|c| c.describe()).as_deref(),
            Some("down 2 (25%) since last quarter")
        );
        assert_eq!(record.change(EVENTS, None, q(2024, 4)), None);
    }

    #[test]
    fn change_from_zero_has_no_percentage() {
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, Some("Maltby"), q(2024, 1), 0),
                obs(EVENTS, Some("Maltby"), q(2024, 2), 4),
            ],
            targets: vec![],
        };
        let change = record.change(EVENTS, Some("Maltby"), q(2024, 2));
        assert_eq!(
            change,
            Some(Change {
                previous: 0,
                absolute: 4,
                percent: None
            })
        );
        assert_eq!(
            change.map(|c| c.describe()).as_deref(),
            Some("up 4 since last quarter (there were none before)")
        );
        assert_eq!(
            Change::between(0, 0).describe(),
            "no change since last quarter"
        );
        assert_eq!(Change::between(u64::MAX, 0).absolute, i64::MIN);
        assert_eq!(
            Change::between(4, 5).describe(),
            "up 1 (25%) since last quarter"
        );
    }

    #[test]
    fn quarter_target_is_reached_or_behind() {
        let q2 = q(2024, 2);
        let mut record = ProgressRecord {
            observations: vec![obs(EVENTS, Some("Maltby"), q2, 5)],
            targets: vec![target(
                EVENTS,
                Some("Maltby"),
                TargetPeriod::Quarter { quarter: q2 },
                6,
            )],
        };
        assert_eq!(
            record.progress(EVENTS, Some("Maltby"), q2).status,
            TargetStatus::Behind
        );
        // A locality's target is not the borough's.
        assert_eq!(
            record.progress(EVENTS, None, q2).status,
            TargetStatus::NoTarget
        );
        record.observations.push(obs(EVENTS, Some("Maltby"), q2, 6));
        assert_eq!(
            record.progress(EVENTS, Some("Maltby"), q2).status,
            TargetStatus::Reached
        );
    }

    #[test]
    fn year_target_for_a_tally_counts_the_year_so_far_against_a_straight_line() {
        let record = ProgressRecord {
            observations: vec![
                // January to March 2024 belongs to 2023-24 and must not count.
                obs(EVENTS, None, q(2023, 4), 50),
                obs(EVENTS, None, q(2024, 1), 10),
                obs(EVENTS, None, q(2024, 2), 9),
            ],
            targets: vec![target(
                EVENTS,
                None,
                TargetPeriod::Year { starts_in: 2024 },
                40,
            )],
        };
        let p1 = record.progress(EVENTS, None, q(2024, 1));
        assert_eq!(
            (p1.actual, p1.expected_so_far, p1.status),
            (Some(10), Some(10), TargetStatus::OnTrack)
        );
        let p2 = record.progress(EVENTS, None, q(2024, 2));
        assert_eq!(
            (p2.actual, p2.expected_so_far, p2.status),
            (Some(19), Some(20), TargetStatus::Behind)
        );
        assert_eq!(
            record.progress(EVENTS, None, q(2023, 4)).status,
            TargetStatus::NoTarget
        );
    }

    #[test]
    fn year_target_for_a_level_uses_the_latest_count_not_the_sum() {
        let places = ProgressMarker::MeetingPlaces;
        let record = ProgressRecord {
            observations: vec![
                obs(places, Some("Maltby"), q(2024, 1), 6),
                obs(places, Some("Maltby"), q(2024, 2), 7),
            ],
            targets: vec![target(
                places,
                None,
                TargetPeriod::Year { starts_in: 2024 },
                12,
            )],
        };
        let p2 = record.progress(places, None, q(2024, 2));
        assert_eq!((p2.actual, p2.status), (Some(7), TargetStatus::OnTrack));
        // Nothing recorded in Q3 yet: the latest count, 7, is below three quarters of 12.
        let p3 = record.progress(places, None, q(2024, 3));
        assert_eq!((p3.actual, p3.status), (Some(7), TargetStatus::Behind));
    }

    #[test]
    fn a_quarter_target_takes_precedence_over_the_year_target() {
        let q1 = q(2024, 1);
        let record = ProgressRecord {
            observations: vec![obs(EVENTS, None, q1, 3)],
            targets: vec![
                target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 100),
                target(EVENTS, None, TargetPeriod::Quarter { quarter: q1 }, 3),
            ],
        };
        assert_eq!(
            record.progress(EVENTS, None, q1).status,
            TargetStatus::Reached
        );
    }

    #[test]
    fn nothing_counted_against_a_target_is_behind() {
        let q1 = q(2024, 1);
        let record = ProgressRecord {
            observations: vec![],
            targets: vec![target(
                EVENTS,
                None,
                TargetPeriod::Quarter { quarter: q1 },
                1,
            )],
        };
        let progress = record.progress(EVENTS, None, q1);
        assert_eq!(
            (progress.actual, progress.status),
            (None, TargetStatus::Behind)
        );
    }

    #[test]
    fn highlight_report_lists_markers_with_counts_changes_and_targets() {
        let q1 = q(2024, 1);
        let q2 = q(2024, 2);
        let record = ProgressRecord {
            observations: vec![
                obs(EVENTS, Some("Rawmarsh"), q2, 3),
                obs(EVENTS, Some("Maltby"), q2, 4),
                obs(EVENTS, None, q2, 1),
                obs(ProgressMarker::NewsletterReach, None, q1, 400),
                obs(ProgressMarker::CarerRepActivity, None, q(2023, 1), 9),
            ],
            targets: vec![target(
                ProgressMarker::OnlineActivity,
                None,
                TargetPeriod::Quarter { quarter: q2 },
                1000,
            )],
        };
        let report = highlight_report(&record, q2);
        assert_eq!(
            report.title,
            "Highlight report: 2024-25 Q2 (July to September 2024)"
        );
        let markers: Vec<ProgressMarker> = report.lines.iter().map(|l| l.marker).collect();
        assert_eq!(
            markers,
            vec![
                EVENTS,
                ProgressMarker::NewsletterReach,
                ProgressMarker::OnlineActivity
            ]
        );
        let events = &report.lines[0];
        assert_eq!(events.value, Some(8));
        assert_eq!(events.borough_wide, Some(1));
        let names: Vec<(&str, u64)> = events
            .localities
            .iter()
            .map(|l| (l.locality.as_str(), l.value))
            .collect();
        assert_eq!(names, vec![("Maltby", 4), ("Rawmarsh", 3)]);
        assert_eq!(
            events.summary,
            "Activities and events: 8 activities and events. No target set."
        );
        let newsletter = &report.lines[1];
        assert_eq!((newsletter.value, newsletter.change), (None, None));
        assert_eq!(
            newsletter.summary,
            "Newsletter reach: nothing recorded this quarter. No target set."
        );
        let online = &report.lines[2];
        assert_eq!(online.progress.status, TargetStatus::Behind);
        assert_eq!(
            online.summary,
            "Online activity: nothing recorded this quarter. Behind: target 1000 this quarter."
        );
    }

    #[test]
    fn highlight_report_of_an_empty_record_has_no_lines() {
        let report = highlight_report(&ProgressRecord::default(), q(2024, 1));
        assert!(report.lines.is_empty());
    }

    #[test]
    fn validate_flags_blank_localities_and_repeated_targets() {
        let q1 = q(2024, 1);
        let record = ProgressRecord {
            observations: vec![obs(EVENTS, Some("  "), q1, 1), obs(EVENTS, None, q1, 1)],
            targets: vec![
                target(
                    EVENTS,
                    Some("Maltby"),
                    TargetPeriod::Year { starts_in: 2024 },
                    1,
                ),
                target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 1),
                target(
                    EVENTS,
                    Some("MALTBY"),
                    TargetPeriod::Year { starts_in: 2024 },
                    2,
                ),
            ],
        };
        assert_eq!(
            validate(&record),
            vec![
                MeasureIssue::BlankLocality { observation: 0 },
                // A blank locality is borough-wide, so entry 1 repeats it.
                MeasureIssue::DuplicateObservation {
                    first: 0,
                    duplicate: 1,
                    marker: EVENTS,
                    locality: None,
                    quarter: q1,
                },
                MeasureIssue::DuplicateTarget {
                    first: 0,
                    duplicate: 2,
                    marker: EVENTS
                },
            ]
        );
        // The later of two repeated targets is the one used.
        assert_eq!(
            record
                .target_for(EVENTS, Some("maltby"), q1)
                .map(|t| t.value),
            Some(2)
        );
    }

    #[test]
    fn record_round_trips_through_json() {
        let record = ProgressRecord {
            observations: vec![obs(EVENTS, Some("Maltby"), q(2024, 1), 4)],
            targets: vec![
                target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 20),
                target(
                    EVENTS,
                    None,
                    TargetPeriod::Quarter {
                        quarter: q(2024, 1),
                    },
                    5,
                ),
            ],
        };
        let json = serde_json::to_string(&record).unwrap_or_default();
        assert!(json.contains("\"quarter\":\"2024-25 Q1\""), "{json}");
        assert!(
            json.contains("{\"kind\":\"year\",\"starts_in\":2024}"),
            "{json}"
        );
        let back: Option<ProgressRecord> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(record));
        let unknown = json.replacen("\"value\":4", "\"value\":4,\"colour\":\"red\"", 1);
        assert!(serde_json::from_str::<ProgressRecord>(&unknown).is_err());
    }
}
