//! The Carer Empowerment Plan as people read it: from a day on, how many key strategic
//! meetings have a carer voice, and the findings of [`crate::empowerment::review`] in
//! plain words, counted by kind. Meetings already in a past quarter are history and
//! are left out.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::empowerment::{EmpowermentCode, EmpowermentPlan, review};
use crate::ids::MeetingId;
use crate::network::{CarerNetwork, Quarter};
use crate::wording::Wording;

/// One finding, with the meeting it is about named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmpowermentLine {
    /// What kind of finding it is.
    pub code: EmpowermentCode,
    /// What is wrong and what to do.
    pub message: String,
    /// The same message as a catalogue id and arguments, for other languages. Not
    /// written out: the figures are language-free as they are.
    #[serde(skip)]
    pub wording: Wording,
    /// The quarter it is about, if one.
    pub quarter: Option<Quarter>,
    /// The meeting it is about, by title and day, if one.
    pub meeting: Option<String>,
}

/// How many findings of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmpowermentCount {
    /// The kind.
    pub code: EmpowermentCode,
    /// "a key meeting with no carer voice".
    pub phrase: &'static str,
    /// How many.
    pub count: usize,
}

/// The empowerment plan from the quarter of a day on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmpowermentView {
    /// The day the view is for.
    pub as_of: NaiveDate,
    /// The first quarter looked at: the one the day falls in.
    pub from: Quarter,
    /// How many carer reps the plan has.
    pub reps: usize,
    /// How many key strategic meetings there are from that quarter on.
    pub key_meetings: usize,
    /// How many of those have a carer rep lined up who can go.
    pub key_meetings_with_carer_voice: usize,
    /// The findings by kind, in the order kinds are listed; kinds not found left out.
    pub counts: Vec<EmpowermentCount>,
    /// Each finding, in the review's order.
    pub findings: Vec<EmpowermentLine>,
}

impl EmpowermentView {
    /// Reviews the plan against the network's meetings and the plan's school
    /// calendar, from the quarter `today` falls in.
    pub fn new(plan: &EmpowermentPlan, network: &CarerNetwork, today: NaiveDate) -> Self {
        let from = Quarter::containing(today);
        let found: Vec<_> = review(plan, network)
            .into_iter()
            .filter(|f| f.quarter.is_none_or(|q| q >= from))
            .collect();
        let silent: BTreeSet<MeetingId> = found
            .iter()
            .filter(|f| f.code == EmpowermentCode::NoCarerVoice)
            .filter_map(|f| f.meeting)
            .collect();
        let findings: Vec<EmpowermentLine> = found
            .into_iter()
            .map(|f| EmpowermentLine {
                code: f.code,
                message: f.message,
                wording: f.wording,
                quarter: f.quarter,
                meeting: f
                    .meeting
                    .and_then(|m| network.meeting(m))
                    .map(|m| m.label()),
            })
            .collect();
        let key: Vec<_> = network
            .meetings
            .iter()
            .filter(|m| m.is_key_strategic_meeting && m.quarter() >= from)
            .collect();
        let silent = key.iter().filter(|m| silent.contains(&m.id)).count();
        let counts = EmpowermentCode::ALL
            .iter()
            .map(|code| EmpowermentCount {
                code: *code,
                phrase: code.phrase(),
                count: findings.iter().filter(|f| f.code == *code).count(),
            })
            .filter(|c| c.count > 0)
            .collect();
        Self {
            as_of: today,
            from,
            reps: plan.reps.len(),
            key_meetings: key.len(),
            key_meetings_with_carer_voice: key.len() - silent,
            counts,
            findings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::empowerment::{Alignment, RepProfile};
    use crate::ids::{MeetingId, MemberId, NetworkId};
    use crate::network::{Attendance, Meeting, Network, NetworkKind};
    use chrono::NaiveTime;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn meeting(n: u128, date: NaiveDate) -> Meeting {
        Meeting {
            id: MeetingId::from_u128(n),
            network: NetworkId::from_u128(1),
            title: format!("Strategic group {n}"),
            date,
            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or_default(),
            place: "Riverside House".into(),
            is_key_strategic_meeting: true,
            attendance: Attendance::default(),
        }
    }

    fn network() -> CarerNetwork {
        CarerNetwork {
            networks: vec![Network {
                id: NetworkId::from_u128(1),
                name: "The Borough That Cares Strategic Group".into(),
                kind: NetworkKind::Strategic,
            }],
            meetings: vec![
                meeting(1, day(2024, 1, 16)),
                meeting(2, day(2024, 5, 14)),
                meeting(3, day(2024, 8, 13)),
            ],
            ..CarerNetwork::default()
        }
    }

    #[test]
    fn meetings_before_the_quarter_are_history_and_a_covered_meeting_has_a_voice() {
        let sam = MemberId::from_u128(9);
        let plan = EmpowermentPlan {
            reps: vec![RepProfile::new(sam, "Sam")],
            alignments: vec![Alignment {
                rep: sam,
                meeting: MeetingId::from_u128(2),
            }],
            ..EmpowermentPlan::default()
        };
        let view = EmpowermentView::new(&plan, &network(), day(2024, 4, 2));
        assert_eq!(view.from.to_string(), "2024-25 Q1");
        assert_eq!(view.key_meetings, 2);
        assert_eq!(view.key_meetings_with_carer_voice, 1);
        assert_eq!(view.findings.len(), 1);
        assert_eq!(view.findings[0].code, EmpowermentCode::NoCarerVoice);
        assert!(
            view.findings[0]
                .meeting
                .as_deref()
                .is_some_and(|m| m.starts_with("Strategic group 3"))
        );
        assert_eq!(view.counts[0].phrase, "a key meeting with no carer voice");
        assert_eq!(view.counts[0].count, 1);
    }
}
