//! The programme's progress markers, self-assessment and highlight report pages, and
//! the charts they draw. Declared here rather than in `pages/programme/mod.rs` while
//! that module is written on another branch; once both are merged these lines can
//! move there (and the chart's to `components/programme/mod.rs`).

#[path = "programme/assessment.rs"]
pub mod assessment;
#[path = "../components/programme/chart.rs"]
pub mod chart;
#[path = "programme/highlight.rs"]
pub mod highlight;
#[path = "programme/progress.rs"]
pub mod progress;
