//! Progress markers over time, ready to chart: for each marker, the financial quarters
//! along the bottom, one line per locality (and one for counts given for the whole
//! borough), the target for each quarter, and the change since the quarter before the
//! last. The same numbers go in a table for screen readers.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::measures::{Change, MarkerKind, ProgressMarker, ProgressRecord, TargetPeriod};
use crate::network::Quarter;

/// The line of counts given for the whole borough rather than a locality.
pub const BOROUGH_WIDE: &str = "Borough-wide";

/// One locality's counts for a marker, a value (or none) per quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesLine {
    /// The locality as first written, or [`BOROUGH_WIDE`].
    pub locality: String,
    /// One entry per quarter of the series; `None` where no count was given.
    pub values: Vec<Option<u64>>,
    /// The change from the quarter before the last to the last, when both were counted.
    pub change: Option<Change>,
}

/// One marker's series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarkerSeries {
    /// The marker.
    pub marker: ProgressMarker,
    /// Its name.
    pub label: &'static str,
    /// What is counted ("meeting places").
    pub unit: &'static str,
    /// The quarters, oldest first.
    pub quarters: Vec<Quarter>,
    /// One line per locality, in order of name, the borough-wide line last.
    pub lines: Vec<SeriesLine>,
    /// The borough's target for each quarter: a quarter's own target, or a year's
    /// target shared over its four quarters for a count (kept whole for a level).
    pub targets: Vec<Option<u64>>,
    /// The borough's total for each quarter.
    pub totals: Vec<Option<u64>>,
}

/// The quarters from `first` to `last`, both included (none if `last` is earlier).
pub fn quarters_between(first: Quarter, last: Quarter) -> Vec<Quarter> {
    let mut out = Vec::new();
    let mut q = first;
    while q <= last && out.len() < 400 {
        out.push(q);
        q = q.next();
    }
    out
}

/// Each marker with a count or a target in the quarters `first` to `last`, in
/// [`ProgressMarker::ALL`] order.
pub fn progress_series(
    record: &ProgressRecord,
    first: Quarter,
    last: Quarter,
) -> Vec<MarkerSeries> {
    let quarters = quarters_between(first, last);
    let mut out = Vec::new();
    for marker in ProgressMarker::ALL {
        // Place key (lower case) → (first spelling, value per quarter).
        let mut places: BTreeMap<Option<String>, (String, Vec<Option<u64>>)> = BTreeMap::new();
        for obs in &record.observations {
            if obs.marker != marker {
                continue;
            }
            let Some(at) = quarters.iter().position(|q| *q == obs.quarter) else {
                continue;
            };
            let written = obs
                .locality
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty());
            let key = written.map(str::to_lowercase);
            let name = written.unwrap_or(BOROUGH_WIDE).to_owned();
            let entry = places
                .entry(key)
                .or_insert_with(|| (name, vec![None; quarters.len()]));
            // The record keeps one count per slot; a repeated spelling adds up as
            // `ProgressRecord::total` does.
            let slot = &mut entry.1[at];
            *slot = Some(slot.unwrap_or(0).saturating_add(obs.value));
        }
        let targets: Vec<Option<u64>> = quarters
            .iter()
            .map(|q| {
                record
                    .target_for(marker, None, *q)
                    .map(|t| match (t.period, marker.kind()) {
                        (TargetPeriod::Quarter { .. }, _) | (_, MarkerKind::Level) => t.value,
                        _ => t.value.div_ceil(4),
                    })
            })
            .collect();
        if places.is_empty() && targets.iter().all(Option::is_none) {
            continue;
        }
        // `None` (borough-wide) sorts first in the map; it goes last.
        let mut lines: Vec<SeriesLine> = places
            .into_iter()
            .map(|(_, (locality, values))| {
                let change = match values.as_slice() {
                    [.., Some(before), Some(now)] => Some(Change::between(*before, *now)),
                    _ => None,
                };
                SeriesLine {
                    locality,
                    values,
                    change,
                }
            })
            .collect();
        if lines.first().is_some_and(|l| l.locality == BOROUGH_WIDE) {
            lines.rotate_left(1);
        }
        let totals = quarters
            .iter()
            .map(|q| record.total(marker, None, *q))
            .collect();
        out.push(MarkerSeries {
            marker,
            label: marker.label(),
            unit: marker.unit(),
            quarters: quarters.clone(),
            lines,
            targets,
            totals,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::{Observation, Target};

    fn q(year: i32, n: u8) -> Quarter {
        Quarter::new(year, n).unwrap_or_else(|_| Quarter::containing(chrono::NaiveDate::MIN))
    }

    fn count(locality: Option<&str>, quarter: Quarter, value: u64) -> Observation {
        Observation {
            marker: ProgressMarker::ActivitiesAndEvents,
            locality: locality.map(str::to_owned),
            quarter,
            value,
            note: None,
        }
    }

    #[test]
    fn each_locality_is_a_line_over_the_quarters_with_the_target_shared_over_the_year() {
        let record = ProgressRecord {
            observations: vec![
                count(Some("Maltby"), q(2024, 1), 4),
                count(Some("Maltby"), q(2024, 2), 6),
                count(Some("Aston"), q(2024, 2), 3),
                count(None, q(2024, 1), 1),
            ],
            targets: vec![Target {
                marker: ProgressMarker::ActivitiesAndEvents,
                locality: None,
                period: TargetPeriod::Year { starts_in: 2024 },
                value: 30,
            }],
        };
        let series = progress_series(&record, q(2024, 1), q(2024, 3));
        assert_eq!(series.len(), 1);
        // Activities are counted afresh each quarter, so a year's 30 is 8 a quarter.
        let places = &series[0];
        assert_eq!(places.quarters.len(), 3);
        let names: Vec<&str> = places.lines.iter().map(|l| l.locality.as_str()).collect();
        assert_eq!(names, ["Aston", "Maltby", BOROUGH_WIDE]);
        assert_eq!(places.lines[1].values, [Some(4), Some(6), None]);
        assert_eq!(
            places.lines[1].change, None,
            "nothing counted in the last quarter"
        );
        assert_eq!(places.targets, [Some(8), Some(8), Some(8)]);
        assert_eq!(places.totals, [Some(5), Some(9), None]);
    }

    #[test]
    fn the_change_is_from_the_quarter_before_the_last() {
        let record = ProgressRecord {
            observations: vec![
                count(Some("Maltby"), q(2024, 1), 4),
                count(Some("Maltby"), q(2024, 2), 6),
            ],
            targets: Vec::new(),
        };
        let series = progress_series(&record, q(2024, 1), q(2024, 2));
        let change = series[0].lines[0].change;
        assert_eq!(change.map(|c| c.absolute), Some(2));
        assert!(progress_series(&record, q(2025, 1), q(2025, 2)).is_empty());
        assert!(quarters_between(q(2025, 1), q(2024, 1)).is_empty());
    }
}
