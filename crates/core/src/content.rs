//! What a document holds — plans, packs, assessments, progress, sessions, the network
//! and the empowerment plan — and the checks the types alone cannot make (ids unique,
//! references resolved). Apart from [`crate::document`] (the file and its edit log) so
//! that [`crate::edits`] can change content without depending on the document.
//! Public through [`crate::document`], its public path.

use serde::{Deserialize, Serialize};

use crate::assessment::SelfAssessment;
use crate::coproduction::Session;
use crate::document_error::{DocumentError, invalid};
use crate::empowerment::EmpowermentPlan;
use crate::framework::Framework;
use crate::measures::ProgressRecord;
use crate::network::CarerNetwork;
use crate::packs::ActionPack;
use crate::plan::ActionPlan;

/// What a borough or a locality keeps: plans and everything around them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// What the document is, e.g. "Maltby carers' network".
    pub title: String,
    /// The strategy the plans follow; absent means the built-in 2022-25 framework.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<Framework>,
    /// The action plans.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<ActionPlan>,
    /// Carer Friendly Communities Action Packs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packs: Vec<ActionPack>,
    /// Organisations' Recovery & Reflection self-assessments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<SelfAssessment>,
    /// Progress marker counts and targets.
    #[serde(default, skip_serializing_if = "ProgressRecord::is_empty")]
    pub progress: ProgressRecord,
    /// Co-production sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// Organisations, localities, networks, members and meetings.
    #[serde(default, skip_serializing_if = "CarerNetwork::is_empty")]
    pub network: CarerNetwork,
    /// The Carer Empowerment Plan: carer reps aligned to key strategic meetings.
    #[serde(default, skip_serializing_if = "EmpowermentPlan::is_empty")]
    pub empowerment: EmpowermentPlan,
}

impl Content {
    /// Empty content with a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            framework: None,
            plans: Vec::new(),
            packs: Vec::new(),
            assessments: Vec::new(),
            progress: ProgressRecord::default(),
            sessions: Vec::new(),
            network: CarerNetwork::default(),
            empowerment: EmpowermentPlan::default(),
        }
    }

    /// The framework in force: the document's own, or the built-in one.
    pub fn framework(&self) -> std::borrow::Cow<'_, Framework> {
        match &self.framework {
            Some(f) => std::borrow::Cow::Borrowed(f),
            None => std::borrow::Cow::Owned(Framework::borough_that_cares_2022_25()),
        }
    }

    /// Finds a plan by id.
    pub fn plan(&self, id: crate::ids::PlanId) -> Option<&ActionPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// True for a borough's programme rather than one locality's plan: a document with
    /// no plan or several, or with any of the programme's parts (the network, the
    /// empowerment plan, progress markers, self-assessments). Front ends show the
    /// programme's pages for such a document.
    pub fn is_programme(&self) -> bool {
        self.plans.len() != 1
            || !self.network.is_empty()
            || !self.empowerment.is_empty()
            || !self.progress.is_empty()
            || !self.assessments.is_empty()
    }

    /// The title a person knows the document by: a programme's own title
    /// ([`Content::is_programme`]); otherwise its action plan's, or the document's own
    /// when that plan's title is blank.
    pub fn display_title(&self) -> &str {
        if self.is_programme() {
            return &self.title;
        }
        self.plans
            .first()
            .map(|plan| plan.title.as_str())
            .filter(|title| !title.trim().is_empty())
            .unwrap_or(&self.title)
    }

    /// Checks what the types alone cannot: ids unique, references resolved.
    pub fn check(&self) -> Result<(), DocumentError> {
        let mut plan_ids = std::collections::HashSet::new();
        for (p, plan) in self.plans.iter().enumerate() {
            let at = format!("content.plans[{p}]");
            if !plan_ids.insert(plan.id) {
                return Err(invalid(format!("{at}.id"), "this plan id is used twice"));
            }
            let mut section_ids = std::collections::HashSet::new();
            for (s, section) in plan.sections.iter().enumerate() {
                if !section_ids.insert(section.id) {
                    return Err(invalid(
                        format!("{at}.sections[{s}].id"),
                        "this section id is used twice",
                    ));
                }
            }
            let mut action_ids = std::collections::HashSet::with_capacity(plan.actions.len());
            for (a, action) in plan.actions.iter().enumerate() {
                if !action_ids.insert(action.id) {
                    return Err(invalid(
                        format!("{at}.actions[{a}].id"),
                        "this action id is used twice",
                    ));
                }
                if let Some(section) = action.section
                    && !section_ids.contains(&section)
                {
                    return Err(invalid(
                        format!("{at}.actions[{a}].section"),
                        "no section of this plan has this id",
                    ));
                }
            }
        }
        unique(self.packs.iter().map(|p| p.id), "content.packs", "pack")?;
        unique(
            self.sessions.iter().map(|s| s.id),
            "content.sessions",
            "session",
        )?;
        if let Err(problems) = self.network.check()
            && let Some(problem) = problems.first()
        {
            return Err(invalid("content.network".into(), &problem.to_string()));
        }
        unique(
            self.assessments.iter().map(|a| a.id),
            "content.assessments",
            "assessment",
        )?;
        self.empowerment
            .school_calendar
            .check()
            .map_err(|e| invalid("content.empowerment.school_calendar".into(), &e.to_string()))?;
        if let Some(framework) = &self.framework {
            framework
                .check()
                .map_err(|e| invalid("content.framework".into(), &e.to_string()))?;
        }
        Ok(())
    }
}

/// Fails on the first id seen twice, naming where.
fn unique<T: Eq + std::hash::Hash>(
    ids: impl Iterator<Item = T>,
    at: &str,
    what: &str,
) -> Result<(), DocumentError> {
    let mut seen = std::collections::HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(invalid(
                format!("{at}[{i}].id"),
                &format!("this {what} id is used twice"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PlanId;

    #[test]
    fn a_locality_document_is_known_by_its_plans_title() {
        let mut content = Content::new("Maltby carers' network");
        content
            .plans
            .push(ActionPlan::for_locality(PlanId::from_u128(1), "Maltby"));
        assert!(!content.is_programme());
        assert_eq!(content.display_title(), "Maltby locality action plan");
        content.plans[0].title = "  ".into();
        assert_eq!(
            content.display_title(),
            "Maltby carers' network",
            "a blank plan title gives way to the document's"
        );
    }

    #[test]
    fn a_borough_programme_is_known_by_its_own_title() {
        let mut content = Content::new("Rotherham carers' programme");
        assert!(content.is_programme(), "no plan yet");
        assert_eq!(content.display_title(), "Rotherham carers' programme");
        content
            .plans
            .push(ActionPlan::for_locality(PlanId::from_u128(1), "Maltby"));
        content
            .plans
            .push(ActionPlan::for_locality(PlanId::from_u128(2), "Rawmarsh"));
        assert!(content.is_programme(), "several locality plans");
        assert_eq!(content.display_title(), "Rotherham carers' programme");
        content.plans.pop();
        content.network.localities.push(crate::network::Locality {
            id: crate::ids::LocalityId::from_u128(3),
            name: "Maltby".into(),
        });
        assert!(content.is_programme(), "one plan and a network");
    }
}
