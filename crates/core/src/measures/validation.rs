//! What can be wrong in a progress record (a repeated count, a blank locality, a
//! repeated target), found in the order the entries were made.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::record::{Slot, place_key, slot};
use super::{ProgressMarker, ProgressRecord, TargetPeriod};
use crate::calendar::{Quarter, quarter_label};

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

/// The old name of [`review`], kept while callers move.
#[doc(hidden)]
pub fn validate(record: &ProgressRecord) -> Vec<MeasureIssue> {
    review(record)
}

/// Finds what is wrong in a progress record, in the order the entries were made.
///
/// Roll-ups still work on a record with issues: they use the later of two duplicates.
pub fn review(record: &ProgressRecord) -> Vec<MeasureIssue> {
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
