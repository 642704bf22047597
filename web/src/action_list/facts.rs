//! What one card of the list shows, read from the plan and its audit in one pass
//! ([`card_facts`]), so a list of thousands of cards audits the plan once, not once
//! per card; and what the filters match on.

use std::collections::HashMap;

use cares_core::audit::{FindingCode, SmartFinding};
use cares_core::framework::FocusAreaNumber;
use cares_core::ids::ActionId;
use cares_core::plan::{ActionPlan, Status};
use cares_core::report::organisation_key;
use chrono::NaiveDate;

/// What one card shows, and what the filters match on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFacts {
    /// The action.
    pub id: ActionId,
    /// Its reference as written, if any.
    pub reference: Option<String>,
    /// What will happen.
    pub what: String,
    /// Its current status.
    pub status: Status,
    /// Its lead as one line, if any.
    pub lead: Option<String>,
    /// Its lead organisation, if it names one: the core's `organisation_key` (the same
    /// for every spelling) and the name as written.
    pub organisation: Option<(String, String)>,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// How many findings the audit has for it, besides being overdue.
    pub to_add: usize,
    /// True when the audit finds it overdue.
    pub overdue: bool,
    /// Its area of focus.
    pub area: Option<FocusAreaNumber>,
    /// Its words in lower case, for the search.
    pub search: String,
}

/// Text in lower case, as the search compares it. Most of a plan is ASCII, whose lower
/// case is a copy with A–Z changed, much quicker than Unicode's rules, which every
/// card's words went through as a 2,000-action plan opened; the rest still does.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    }
}

/// The facts of every card, in the plan's order, from the plan and its audit.
pub fn card_facts(plan: &ActionPlan, findings: &[SmartFinding]) -> Vec<CardFacts> {
    let mut counts: HashMap<ActionId, (usize, bool)> = HashMap::new();
    for finding in findings {
        let entry = counts.entry(finding.action).or_default();
        if finding.code == FindingCode::Overdue {
            entry.1 = true;
        } else {
            entry.0 += 1;
        }
    }
    plan.actions
        .iter()
        .map(|action| {
            let (to_add, overdue) = counts.get(&action.id).copied().unwrap_or_default();
            let reference = action
                .reference
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_owned);
            let lead = action.lead.display();
            let organisation = action
                .lead
                .organisation
                .as_deref()
                .map(str::trim)
                .map(|name| (organisation_key(name), name.to_owned()))
                .filter(|(key, _)| !key.is_empty());
            let mut search = lower(&action.what);
            for part in [
                reference.as_deref(),
                action.measure.as_deref(),
                lead.as_deref(),
            ]
            .into_iter()
            .flatten()
            {
                search.push('\n');
                search.push_str(&lower(part));
            }
            CardFacts {
                id: action.id,
                reference,
                what: action.what.clone(),
                status: action.status(),
                lead,
                organisation,
                due: action.due,
                to_add,
                overdue,
                area: action.links.focus_area,
                search,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use cares_core::audit::audit_plan;
    use cares_core::ids::PlanId;
    use cares_core::plan::{Action, Evidence, Lead, StatusChange};

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_search_lower_cases_every_script_alike() {
        assert_eq!(lower("Open a Carers' CAFE"), "open a carers' cafe");
        assert_eq!(lower("Caffi GOFALWYR Café"), "caffi gofalwyr café");
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower(""), "");
    }

    /// A plan with a complete, SMART action and a bare, overdue one.
    fn plan() -> ActionPlan {
        let mut plan = ActionPlan::for_locality(PlanId::from_u128(1), "Maltby");
        let mut cafe = Action::new(ActionId::from_u128(1), "Open a carers' café");
        cafe.reference = Some(" 1.1 ".into());
        cafe.measure = Some("Number of carers attending: 20 a month".into());
        cafe.lead = Lead {
            person: Some("Sam Smith".into()),
            organisation: Some("Maltby Library".into()),
        };
        cafe.due = Some(day(2030, 3, 31));
        cafe.links.focus_area = FocusAreaNumber::new(1);
        cafe.history.push(StatusChange {
            on: Some(day(2024, 9, 1)),
            status: Status::Amber,
            note: None,
        });
        cafe.evidence.push(Evidence {
            on: Some(day(2024, 9, 1)),
            note: "The library agreed the room".into(),
            link: None,
        });
        let mut meeting = Action::new(ActionId::from_u128(2), "Start a network meeting");
        meeting.reference = Some("  ".into());
        meeting.due = Some(day(2020, 1, 31));
        plan.actions.extend([cafe, meeting]);
        plan
    }

    #[test]
    fn a_card_shows_the_actions_words_and_what_the_audit_found() {
        let plan = plan();
        let cards = card_facts(&plan, &audit_plan(&plan, day(2025, 1, 1)));
        let [cafe, meeting] = cards.as_slice() else {
            panic!("two cards expected, got {cards:?}");
        };
        assert_eq!(cafe.reference.as_deref(), Some("1.1"));
        assert_eq!(cafe.lead.as_deref(), Some("Sam Smith (Maltby Library)"));
        assert_eq!(cafe.status, Status::Amber);
        assert_eq!((cafe.to_add, cafe.overdue), (0, false));
        assert_eq!(
            cafe.search,
            "open a carers' café\n1.1\nnumber of carers attending: 20 a month\nsam smith (maltby library)"
        );
        // A blank reference is none; the overdue finding is not counted as one to add.
        assert_eq!(meeting.reference, None);
        assert!(meeting.overdue);
        assert!(meeting.to_add > 0);
        assert_eq!(meeting.status, Status::NotStarted);
    }
}
