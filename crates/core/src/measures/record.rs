//! The progress record — every count and target — and the roll-ups over it: borough
//! totals per quarter, change since last quarter, and progress against target. All pure.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{MarkerKind, ProgressMarker};
use crate::calendar::Quarter;

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
pub(super) fn place_key(locality: Option<&str>) -> Option<String> {
    locality
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
}

/// Which count an observation is: its marker, place and quarter.
pub(super) type Slot = (ProgressMarker, Option<String>, Quarter);

pub(super) fn slot(obs: &Observation) -> Slot {
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
    /// [`review`](super::review) flags), the later entry wins: it is treated as a correction, so
    /// nothing is counted twice.
    pub(super) fn counted(&self) -> BTreeMap<Slot, &Observation> {
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
