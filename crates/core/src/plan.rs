//! Action plans: borough-wide or for one locality, made of actions.
//!
//! An [`Action`] keeps its reference as the source wrote it ("2.4", "YC7"),
//! what will happen, how we will know (the outcome measure), milestones, who
//! leads, its dates, a dated status history with evidence, links to the
//! framework, and — when it came out of a co-production session — where it
//! came from. Nothing here judges an action: that is [`crate::audit`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::framework::FocusAreaNumber;
use crate::ids::{ActionId, ContributionId, PlanId, SectionId, SessionId, ThemeId};

/// Organisation names brought together however they were spelt; public through
/// `report`, and used by the audit's roll-up by organisation.
pub(crate) mod organisation;

/// A plan of actions, for the whole borough or for one locality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    /// The plan's id.
    pub id: PlanId,
    /// The plan's title, e.g. "Maltby locality action plan".
    pub title: String,
    /// Whose plan this is.
    pub scope: PlanScope,
    /// Groups of actions as the source laid them out (strategic outcomes, themes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// The actions, in the plan's order.
    #[serde(default)]
    pub actions: Vec<Action>,
}

impl ActionPlan {
    /// Starts an empty plan.
    pub fn new(id: PlanId, title: impl Into<String>, scope: PlanScope) -> Self {
        Self {
            id,
            title: title.into(),
            scope,
            sections: Vec::new(),
            actions: Vec::new(),
        }
    }

    /// Starts an empty plan for a locality, titled "`<locality>` locality action plan"
    /// (the name trimmed), as the app and the browser tests' fixtures name it.
    pub fn for_locality(id: PlanId, locality: &str) -> Self {
        let name = locality.trim();
        Self::new(
            id,
            format!("{name} locality action plan"),
            PlanScope::Locality {
                name: name.to_owned(),
            },
        )
    }

    /// Finds an action by id.
    pub fn action(&self, id: ActionId) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// Finds an action by id, to change it.
    pub fn action_mut(&mut self, id: ActionId) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// Finds a section by id.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The title of the section an action sits in, if any.
    pub fn section_title(&self, action: &Action) -> Option<&str> {
        action
            .section
            .and_then(|id| self.section(id))
            .map(|s| s.title.as_str())
    }
}

/// Whose plan it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PlanScope {
    /// The whole borough's plan.
    Borough,
    /// One locality's plan, e.g. "Maltby".
    Locality {
        /// The locality's name as people there say it.
        name: String,
    },
}

/// A group of actions as the source laid them out: a strategic outcome, a theme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's id.
    pub id: SectionId,
    /// The heading as written, e.g. "Strategic Outcome 1 - All carers will be kept safe…".
    pub title: String,
}

/// One thing a plan says will happen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The action's id.
    pub id: ActionId,
    /// The reference as the source wrote it: "2.4", "YC7".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The section it sits in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<SectionId>,
    /// What will happen and how, in plain words.
    pub what: String,
    /// How we will know it worked (the outcome measure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Steps on the way, with or without dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// Who leads it.
    #[serde(default, skip_serializing_if = "Lead::is_empty")]
    pub lead: Lead,
    /// When it started.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub commenced: Option<NaiveDate>,
    /// When it is due.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub due: Option<NaiveDate>,
    /// When it will be reviewed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub review: Option<NaiveDate>,
    /// When it was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub completed: Option<NaiveDate>,
    /// The timescale exactly as the source wrote it ("On-going", "Review end 2013").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timescale_as_written: Option<String>,
    /// Every rating given, oldest first; the last is the current status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
    /// What shows progress: notes and links, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Where it sits in the framework and the source plan.
    #[serde(default, skip_serializing_if = "ActionLinks::is_empty")]
    pub links: ActionLinks,
    /// The co-production contributions it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl Action {
    /// Starts an action with only its wording; everything else is empty.
    pub fn new(id: ActionId, what: impl Into<String>) -> Self {
        Self {
            id,
            reference: None,
            section: None,
            what: what.into(),
            measure: None,
            milestones: Vec::new(),
            lead: Lead::default(),
            commenced: None,
            due: None,
            review: None,
            completed: None,
            timescale_as_written: None,
            history: Vec::new(),
            evidence: Vec::new(),
            links: ActionLinks::default(),
            origin: None,
        }
    }

    /// The current status: the latest rating, or not started.
    pub fn status(&self) -> Status {
        self.history
            .last()
            .map_or(Status::NotStarted, |change| change.status)
    }

    /// The reference if there is one, else a short form of the wording (for messages).
    pub fn label(&self) -> String {
        match &self.reference {
            Some(r) if !r.trim().is_empty() => r.trim().to_owned(),
            _ => crate::text::first_words(&self.what, 8),
        }
    }
}

/// A step on the way to an action's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// The milestone as written.
    pub text: String,
    /// When it is due, if a date is known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub due: Option<NaiveDate>,
}

impl Milestone {
    /// True when it says nothing: no words and no date (an "add a milestone" row
    /// never filled in). Such a milestone is left out when an action is saved
    /// ([`crate::edits::Edit::tidied`]).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.due.is_none()
    }
}

/// Who leads an action: a person, an organisation, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The lead person ("Julie Wisken") or role ("Carers Corner manager").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The lead organisation ("RCCG", "Carers Corner").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl Lead {
    /// True when neither a person nor an organisation is named.
    pub fn is_empty(&self) -> bool {
        blank(&self.person) && blank(&self.organisation)
    }

    /// The lead as one line: "Julie Wisken (RCCG)", "RCCG", "Julie Wisken".
    pub fn display(&self) -> Option<String> {
        let person = self
            .person
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let org = self
            .organisation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match (person, org) {
            (Some(p), Some(o)) => Some(format!("{p} ({o})")),
            (Some(p), None) => Some(p.to_owned()),
            (None, Some(o)) => Some(o.to_owned()),
            (None, None) => None,
        }
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Status {
    /// Work has not begun.
    NotStarted,
    /// Off track: needs help.
    Red,
    /// At risk: some progress, some concerns.
    Amber,
    /// On track.
    Green,
    /// Done.
    Complete,
}

impl Status {
    /// Every status, in the order a rating scale shows them.
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::Red,
        Status::Amber,
        Status::Green,
        Status::Complete,
    ];

    /// The word a person reads (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::Red => "Red",
            Status::Amber => "Amber",
            Status::Green => "Green",
            Status::Complete => "Complete",
        }
    }

    /// What the rating means, in plain words.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::NotStarted => "work has not begun",
            Status::Red => "off track and needs help",
            Status::Amber => "some progress, some concerns",
            Status::Green => "on track",
            Status::Complete => "done",
        }
    }

    /// The stable key used in files and URLs ("not-started", "red"…).
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Red => "red",
            Status::Amber => "amber",
            Status::Green => "green",
            Status::Complete => "complete",
        }
    }

    /// Reads a key written by [`Status::key`].
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// True for red, amber and green: a rating of work under way.
    pub fn is_rag(self) -> bool {
        matches!(self, Status::Red | Status::Amber | Status::Green)
    }
}

/// One rating in an action's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The day the rating was given (unknown for some imported plans).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub on: Option<NaiveDate>,
    /// The rating.
    pub status: Status,
    /// Why, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Something that shows progress: a note, a link, or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The day it was recorded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub on: Option<NaiveDate>,
    /// What happened ("42 carers came to the first meeting").
    pub note: String,
    /// Where to see it (a web address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Where an action sits in the framework and in the plan it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionLinks {
    /// The framework's area of focus (1, 2 or 3 in the 2022-25 framework).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_area: Option<FocusAreaNumber>,
    /// The lettered "we will" commitment within that area ('A'…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment: Option<char>,
    /// A theme of the source plan ("Young Carers", "Training Offer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The source plan's own commitment heading ("we will work with GPs to…").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charter_commitment: Option<String>,
}

impl ActionLinks {
    /// True when nothing is linked.
    pub fn is_empty(&self) -> bool {
        self == &ActionLinks::default()
    }
}

/// The co-production contributions an action came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// The session.
    pub session: SessionId,
    /// The theme the action was drawn from.
    pub theme: ThemeId,
    /// The theme's name when the action was drawn ("Tell my story once").
    pub theme_name: String,
    /// The "I need…" statements grouped under that theme.
    pub contributions: Vec<ContributionId>,
    /// The dot votes the theme received.
    pub votes: u32,
}

/// A status reads as its label: "Not started", "Amber"…
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locality_plan_is_titled_for_its_trimmed_locality() {
        let plan = ActionPlan::for_locality(PlanId::from_u128(1), "  Maltby ");
        assert_eq!(plan.title, "Maltby locality action plan");
        assert_eq!(
            plan.scope,
            PlanScope::Locality {
                name: "Maltby".into()
            }
        );
    }

    #[test]
    fn current_status_is_the_latest_rating() {
        let mut action = Action::new(ActionId::from_u128(1), "Open a carers café");
        assert_eq!(action.status(), Status::NotStarted);
        action.history.push(StatusChange {
            on: NaiveDate::from_ymd_opt(2024, 5, 1),
            status: Status::Amber,
            note: None,
        });
        action.history.push(StatusChange {
            on: NaiveDate::from_ymd_opt(2024, 6, 1),
            status: Status::Green,
            note: None,
        });
        assert_eq!(action.status(), Status::Green);
    }

    #[test]
    fn label_prefers_the_reference_and_shortens_long_wording() {
        let mut action = Action::new(
            ActionId::from_u128(1),
            "Review carers information sent to all GPs and update where appropriate",
        );
        assert_eq!(
            action.label(),
            "Review carers information sent to all GPs and…"
        );
        action.reference = Some(" 1.2 ".into());
        assert_eq!(action.label(), "1.2");
    }

    #[test]
    fn lead_with_only_whitespace_counts_as_empty() {
        let lead = Lead {
            person: Some("  ".into()),
            organisation: None,
        };
        assert!(lead.is_empty());
        let lead = Lead {
            person: Some("Julie Wisken".into()),
            organisation: Some("RCCG".into()),
        };
        assert_eq!(lead.display().as_deref(), Some("Julie Wisken (RCCG)"));
    }

    #[test]
    fn status_keys_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        assert_eq!(Status::from_key("purple"), None);
    }
}
