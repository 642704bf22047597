//! The quarterly highlight report: every marker's borough count, its change since last
//! quarter and its target, with a one-line summary a reader sees.

use serde::{Deserialize, Serialize};

use super::{Change, ProgressMarker, ProgressRecord, TargetPeriod, TargetProgress};
use crate::calendar::{Quarter, quarter_label, year_label};

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
