//! The quarterly highlight report for the Health and Wellbeing Board, from one borough
//! document: plan progress by area of focus and locality (as of the quarter's last
//! day), the progress markers with their change and a series to chart, the empowerment
//! plan's findings for the quarter, the co-production sessions held and how many took
//! part (counts, never names), and the top improvement actions from self-assessment.

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::Content;
use crate::measures::{MarkerLine, highlight_report};
use crate::network::Quarter;
use crate::plan::ActionPlan;

use super::borough::BoroughView;
use super::empowerment::{EmpowermentCount, EmpowermentView};
use super::position::{ImprovementLine, PositionView};
use super::series::{MarkerSeries, progress_series};

/// How many improvement actions the report lists.
pub const TOP_IMPROVEMENTS: usize = 5;

/// How many quarters the charts show, ending with the one reported on.
pub const CHART_QUARTERS: usize = 4;

/// One co-production session held in the quarter: what, where, when and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionHeld {
    /// The session's title.
    pub title: String,
    /// The locality it was for.
    pub locality: String,
    /// The day.
    pub date: NaiveDate,
    /// How many took part (the headcount or the number who joined, whichever is more).
    pub people: u32,
}

/// The highlight report for one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HighlightView {
    /// The quarter reported on.
    pub quarter: Quarter,
    /// "Highlight report: 2024-25 Q1 (April to June 2024)".
    pub title: String,
    /// The quarter's last day: plans are audited as of then.
    pub as_of: NaiveDate,
    /// Plan progress by locality and area of focus.
    pub plans: BoroughView,
    /// Each progress marker's borough count, change and target.
    pub markers: Vec<MarkerLine>,
    /// The markers over the last [`CHART_QUARTERS`] quarters, to chart.
    pub series: Vec<MarkerSeries>,
    /// The empowerment plan's findings about this quarter and later, by kind.
    pub empowerment: Vec<EmpowermentCount>,
    /// Co-production sessions held in the quarter, by date.
    pub sessions: Vec<SessionHeld>,
    /// How many took part in them all.
    pub people: u32,
    /// The improvement actions named by most organisations (at most [`TOP_IMPROVEMENTS`]).
    pub improvement_actions: Vec<ImprovementLine>,
}

impl HighlightView {
    /// The report on `content` for `quarter`.
    pub fn new(content: &Content, quarter: Quarter) -> Self {
        let as_of = quarter.last_day();
        let plans: Vec<&ActionPlan> = content.plans.iter().collect();
        let markers = highlight_report(&content.progress, quarter);
        let mut first = quarter;
        for _ in 1..CHART_QUARTERS {
            first = first.previous();
        }
        let empowerment =
            EmpowermentView::new(&content.empowerment, &content.network, quarter.first_day());
        let mut sessions: Vec<SessionHeld> = content
            .sessions
            .iter()
            .filter(|s| quarter.contains(s.date))
            .map(|s| SessionHeld {
                title: s.title.trim().to_owned(),
                locality: s.locality.trim().to_owned(),
                date: s.date,
                people: s.summary().participants,
            })
            .collect();
        sessions.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title)));
        let people = sessions
            .iter()
            .fold(0u32, |sum, s| sum.saturating_add(s.people));
        let position = PositionView::new(&content.assessments, &content.framework());
        Self {
            quarter,
            title: markers.title.clone(),
            as_of,
            plans: BoroughView::new(&plans, as_of),
            markers: markers.lines,
            series: progress_series(&content.progress, first, quarter),
            empowerment: empowerment.counts,
            sessions,
            people,
            improvement_actions: position.top_improvements(TOP_IMPROVEMENTS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coproduction::{Participant, Session};
    use crate::ids::{ParticipantId, PlanId, SessionId};
    use crate::measures::{Observation, ProgressMarker};
    use crate::plan::{Action, ActionPlan};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn session(n: u128, date: NaiveDate, joined: u128) -> Session {
        let mut s = match Session::new(
            SessionId::from_u128(n),
            "What carers in Maltby need",
            "Maltby",
            date,
            3,
        ) {
            Ok(s) => s,
            Err(e) => panic!("a good session: {e}"),
        };
        for p in 0..joined {
            s.participants.push(Participant::new(
                ParticipantId::from_u128(100 * n + p),
                format!("Carer {p}"),
            ));
        }
        s
    }

    #[test]
    fn the_report_counts_sessions_and_people_in_the_quarter_and_never_names_them() {
        let q1 = Quarter::containing(day(2024, 5, 1));
        let mut content = Content::new("Rotherham");
        let mut plan = ActionPlan::for_locality(PlanId::from_u128(1), "Maltby");
        plan.actions.push(Action::new(
            crate::ids::ActionId::from_u128(2),
            "Open a carers' café",
        ));
        content.plans.push(plan);
        content.sessions = vec![
            session(1, day(2024, 5, 14), 3),
            session(2, day(2024, 6, 11), 2),
            session(3, day(2024, 7, 9), 5),
        ];
        content.progress.record(Observation {
            marker: ProgressMarker::MeetingPlaces,
            locality: Some("Maltby".into()),
            quarter: q1,
            value: 4,
            note: None,
        });
        let view = HighlightView::new(&content, q1);
        assert_eq!(
            view.title,
            "Highlight report: 2024-25 Q1 (April to June 2024)"
        );
        assert_eq!(view.as_of, day(2024, 6, 30));
        assert_eq!(view.sessions.len(), 2);
        assert_eq!(view.people, 5);
        let json = serde_json::to_string(&view).unwrap_or_default();
        assert!(
            !json.contains("Carer 0"),
            "no participant's name in the report"
        );
        assert_eq!(view.plans.localities[0].locality, "Maltby");
        assert_eq!(view.markers.len(), 1);
        assert_eq!(view.series[0].quarters.len(), CHART_QUARTERS);
    }
}
