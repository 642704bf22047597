//! Progress markers: what the borough counts each quarter to show it is making progress.
//!
//! Observations are counts per marker, per locality (or borough-wide) and per financial
//! quarter; targets say what we hope for. The roll-ups here — totals, change since last
//! quarter, progress against target and the quarterly [`HighlightReport`] — are pure.
//! Quarters are financial ([`Quarter`]: April to June is Q1), shared with the network.
//!
//! The parts, each in its own file: the markers (`marker`), the record and its roll-ups
//! (`record`), the highlight report (`highlight`) and validation (`validation`); every
//! public item is re-exported here, its public path.
//!
//! [`Quarter`]: crate::network::Quarter

mod highlight;
mod marker;
mod record;
mod validation;

pub use highlight::{HighlightReport, LocalityCount, MarkerLine, highlight_report};
pub use marker::{MarkerKind, ProgressMarker};
pub use record::{
    Change, Observation, ProgressRecord, QuarterTotal, Target, TargetPeriod, TargetProgress,
    TargetStatus,
};
pub use validation::{MeasureIssue, review, validate};

#[cfg(test)]
mod tests;
