//! What people look at, as plain data with its wording: the overview of one plan
//! ([`PlanOverview`]), and the programme's views over a whole borough — several
//! locality plans side by side ([`BoroughView`], leads grouped by organisation however
//! they were spelt), the quarterly highlight report ([`HighlightView`]), the
//! self-assessment position statement ([`PositionView`]), the empowerment plan's
//! findings ([`EmpowermentView`]) and progress markers over time ([`progress_series`]),
//! with partners' quarterly counts read from CSV ([`read_counts`]). The web app,
//! the CLI and the JS package only lay these out, so every front end shows the same
//! figures in the same order and the same words.
//!
//! Like the rest of the core, nothing here reads the clock: "today" is an argument.
//!
//! ```
//! use cares_core::ids::{ActionId, PlanId};
//! use cares_core::plan::{Action, ActionPlan, PlanScope, Status};
//! use cares_core::report::PlanOverview;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
//! plan.actions.push(Action::new(ActionId::from_u128(2), "Open a carers' café"));
//! let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("bad date")?;
//! let overview = PlanOverview::new(&plan, today);
//! assert_eq!(overview.actions, 1);
//! assert_eq!(overview.statuses.get(Status::NotStarted), 1);
//! assert_eq!(overview.missing[0].how_many(), "1 action");
//! assert_eq!(overview.missing[0].messages[0], "Who will lead this? Name a person or an organisation.");
//! # Ok(()) }
//! ```

mod borough;
mod counts_csv;
mod empowerment;
mod highlight;
mod plan;
mod position;
mod series;

pub use crate::plan::organisation::{are_related, organisation_key, organisation_parts};
pub use borough::{
    BoroughView, LocalityProgress, NO_ORGANISATION, OrganisationProgress, TOP_FINDINGS,
};
pub use counts_csv::{
    COUNTS_COLUMNS, CountChange, CountsError, MAX_COUNTS_BYTES, QuarterlyCount, apply_counts,
    read_counts,
};
pub use empowerment::{EmpowermentCount, EmpowermentLine, EmpowermentView};
pub use highlight::{CHART_QUARTERS, HighlightView, SessionHeld, TOP_IMPROVEMENTS};
pub use plan::{
    FindingCount, MissingAction, MissingLine, OverdueAction, OverviewRow, PlanOverview,
    StatusCounts,
};
pub use position::{ImprovementLine, PositionView, RatingCount, ThemeLine};
pub use series::{BOROUGH_WIDE, MarkerSeries, SeriesLine, progress_series, quarters_between};
