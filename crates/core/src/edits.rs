//! Typed edits, the one function that applies them, and the edit log.
//!
//! Every change to a document is an [`Edit`], applied by [`apply`]. A copy of a
//! document records its edits in an [`EditLog`], each stamped with the device that
//! made it ([`ReplicaId`]), a per-device sequence number and a Lamport clock. Two
//! copies that edited offline merge by taking the union of their logs and applying
//! it in one total order — (clock, replica, seq) — so every copy that holds the same
//! edits holds the same state, whatever order they arrived in.
//!
//! Concurrent edits of one field resolve "last in the order wins"; ratings and
//! evidence are appended, so two people rating the same action both keep theirs.
//! An edit whose target is gone (an action removed on another device) is skipped,
//! the same way on every copy.
//!
//! An edit is known by its replica and seq, so every device or copy needs its own
//! [`ReplicaId`]. Two copies that made different changes under one id (a file copied
//! to a second laptop and edited on both) are refused with [`ReplicaReused`] wherever
//! edits come in — merging, receiving, reading a log — and nothing changes.
//!
//! Architecture invariant: [`apply`] is atomic — when it returns an error it has
//! changed nothing — and it depends only on the content and the edit.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::assessment::SelfAssessment;
use crate::compaction::Frontier;
use crate::content::Content;
use crate::coproduction::{ERASED_PSEUDONYM, Phase, Session, SessionError};
use crate::document_error::DocumentError;
use crate::empowerment::{Alignment, RepProfile, SchoolCalendar, SchoolCalendarError};
use crate::ids::{
    ActionId, AssessmentId, ContributionId, MeetingId, MemberId, PackId, ParticipantId, PlanId,
    ReplicaId, SessionId, ThemeId,
};
use crate::limits::MAX_TEXT_CHARS;
use crate::measures::{Observation, Target};
use crate::network::{Locality, Meeting, Member, Network, Organisation};
use crate::packs::ActionPack;
use crate::plan::{
    Action, ActionLinks, ActionPlan, Evidence, Lead, Milestone, Section, StatusChange,
};
use crate::roles::CarerRoles;
use crate::wording::{Wording, phrase_key};

mod read;

/// One change to a document.
// Read by a reader of its own (`edits/read.rs`), in the format serde's derive reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Edit {
    /// Renames the document.
    SetTitle {
        /// The new title.
        title: String,
    },
    /// Adds a plan (with any sections and actions it already has).
    AddPlan {
        /// The plan.
        plan: Box<ActionPlan>,
    },
    /// Renames a plan.
    SetPlanTitle {
        /// Which plan.
        plan: PlanId,
        /// The new title.
        title: String,
    },
    /// Removes a plan and its actions.
    RemovePlan {
        /// Which plan.
        plan: PlanId,
    },
    /// Adds a section to a plan.
    AddSection {
        /// Which plan.
        plan: PlanId,
        /// The section.
        section: Section,
    },
    /// Adds an action, after another or at the end.
    AddAction {
        /// Which plan.
        plan: PlanId,
        /// The action.
        action: Box<Action>,
        /// The action it follows; `None` (or one that is gone) puts it at the end.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<ActionId>,
    },
    /// Changes one field of an action.
    SetAction {
        /// Which plan.
        plan: PlanId,
        /// Which action.
        action: ActionId,
        /// The field and its new value.
        field: ActionField,
    },
    /// Moves an action after another, or to the start.
    MoveAction {
        /// Which plan.
        plan: PlanId,
        /// Which action.
        action: ActionId,
        /// The action it should follow; `None` moves it to the start.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<ActionId>,
    },
    /// Removes an action.
    RemoveAction {
        /// Which plan.
        plan: PlanId,
        /// Which action.
        action: ActionId,
    },
    /// Rates an action's progress (appended to its history).
    RateAction {
        /// Which plan.
        plan: PlanId,
        /// Which action.
        action: ActionId,
        /// The rating.
        change: StatusChange,
    },
    /// Records evidence of progress (appended).
    AddEvidence {
        /// Which plan.
        plan: PlanId,
        /// Which action.
        action: ActionId,
        /// The evidence.
        evidence: Evidence,
    },
    /// Adds an action pack, or replaces the one with the same id. A pack has one
    /// author at a time, so the whole pack is the unit of change.
    PutPack {
        /// The pack.
        pack: Box<ActionPack>,
    },
    /// Removes an action pack.
    RemovePack {
        /// Which pack.
        pack: PackId,
    },
    /// Adds an organisation's self-assessment, or replaces the one with the same id.
    PutAssessment {
        /// The assessment.
        assessment: Box<SelfAssessment>,
    },
    /// Removes a self-assessment.
    RemoveAssessment {
        /// Which assessment.
        assessment: AssessmentId,
    },
    /// Records a progress marker count, replacing any for the same marker, place and quarter.
    RecordObservation {
        /// The count.
        observation: Observation,
    },
    /// Sets a progress marker target, replacing any for the same marker, place and period.
    SetTarget {
        /// The target.
        target: Target,
    },
    /// Starts a co-production session.
    AddSession {
        /// The session, as created.
        session: Box<Session>,
    },
    /// One step in a co-production session: joining, a statement, a theme, a vote…
    Session {
        /// Which session.
        session: SessionId,
        /// The step.
        step: SessionStep,
    },
    /// Adds or replaces an organisation.
    PutOrganisation {
        /// The organisation.
        organisation: Organisation,
    },
    /// Adds or replaces a locality.
    PutLocality {
        /// The locality.
        locality: Locality,
    },
    /// Adds or replaces a network (the strategic group or a locality network).
    PutNetwork {
        /// The network.
        network: Network,
    },
    /// Adds or replaces a member of the networks.
    PutMember {
        /// The member.
        member: Member,
    },
    /// Removes a member, and their place in the empowerment plan.
    RemoveMember {
        /// Which member.
        member: MemberId,
    },
    /// Adds or replaces a meeting (its attendance included).
    PutMeeting {
        /// The meeting.
        meeting: Meeting,
    },
    /// Removes a meeting, and any rep aligned to it.
    RemoveMeeting {
        /// Which meeting.
        meeting: MeetingId,
    },
    /// Adds or replaces a carer rep's profile in the empowerment plan.
    PutRep {
        /// The rep.
        rep: RepProfile,
    },
    /// Aligns a carer rep to a key strategic meeting.
    Align {
        /// The alignment.
        alignment: Alignment,
    },
    /// Takes a carer rep off a meeting.
    Unalign {
        /// The alignment to remove.
        alignment: Alignment,
    },
    /// Sets the school calendar the empowerment plan is reviewed against (when young
    /// carer reps are in school). Added in document version 4.
    SetSchoolCalendar {
        /// The whole calendar: school hours, terms and closures.
        calendar: SchoolCalendar,
    },
}

/// One step in a co-production session, applied by the session's own rules
/// ([`Session`]'s methods), so a refused step changes nothing.
// Read by a reader of its own (`edits/read.rs`), in the format serde's derive reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SessionStep {
    /// Someone joins with a pseudonym.
    Join {
        /// Their id in this session.
        participant: ParticipantId,
        /// The name they chose to go by.
        pseudonym: String,
    },
    /// They agree to the notice and say, if they wish, which roles fit them.
    Consent {
        /// Who.
        participant: ParticipantId,
        /// The roles they chose (may be none).
        #[serde(default)]
        roles: CarerRoles,
        /// Whether they are a young carer, if they said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        young_carer: Option<bool>,
    },
    /// They withdraw what they said about themselves.
    WithdrawConsent {
        /// Who.
        participant: ParticipantId,
    },
    /// Everything they said is erased, on request.
    Erase {
        /// Who.
        participant: ParticipantId,
    },
    /// An "I need…" statement.
    AddContribution {
        /// The statement's id.
        contribution: ContributionId,
        /// Who said it; `None` when the facilitator typed it for the room.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participant: Option<ParticipantId>,
        /// What they said.
        text: String,
    },
    /// The facilitator hides a statement (a name, something hurtful).
    Hide {
        /// Which statement.
        contribution: ContributionId,
    },
    /// The facilitator shows a hidden statement again.
    Show {
        /// Which statement.
        contribution: ContributionId,
    },
    /// The facilitator removes a statement for everyone.
    Remove {
        /// Which statement.
        contribution: ContributionId,
    },
    /// A new theme.
    AddTheme {
        /// The theme's id.
        theme: ThemeId,
        /// Its name.
        name: String,
    },
    /// A theme renamed.
    RenameTheme {
        /// Which theme.
        theme: ThemeId,
        /// The new name.
        name: String,
    },
    /// A statement put into a theme (or taken out of any).
    Assign {
        /// Which statement.
        contribution: ContributionId,
        /// The theme, or `None`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        theme: Option<ThemeId>,
    },
    /// Two themes merged.
    MergeThemes {
        /// The theme that goes.
        from: ThemeId,
        /// The theme that stays.
        into: ThemeId,
    },
    /// A theme removed (its statements stay, ungrouped).
    RemoveTheme {
        /// Which theme.
        theme: ThemeId,
    },
    /// A dot vote.
    Vote {
        /// Who.
        participant: ParticipantId,
        /// For which theme.
        theme: ThemeId,
    },
    /// A dot taken back.
    Unvote {
        /// Who.
        participant: ParticipantId,
        /// From which theme.
        theme: ThemeId,
    },
    /// The votes are shown to everyone.
    RevealVotes,
    /// The facilitator moves the session on to the next phase.
    Advance {
        /// The phase it moves to (must be the next one).
        to: Phase,
    },
    /// The facilitator records how many people are taking part, counted in the room
    /// (people who speak through the facilitator never join), or clears the count.
    SetHeadcount {
        /// How many people; without it, the count is cleared.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        people: Option<u32>,
    },
}

/// A field of an action and its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "name", content = "value", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ActionField {
    /// What will happen.
    What(String),
    /// The reference as written.
    Reference(Option<String>),
    /// The section.
    Section(Option<crate::ids::SectionId>),
    /// The outcome measure.
    Measure(Option<String>),
    /// All milestones.
    Milestones(Vec<Milestone>),
    /// The lead.
    Lead(Lead),
    /// When it started.
    Commenced(
        #[serde(deserialize_with = "crate::calendar::iso_day::read_optional")] Option<NaiveDate>,
    ),
    /// When it is due.
    Due(#[serde(deserialize_with = "crate::calendar::iso_day::read_optional")] Option<NaiveDate>),
    /// When it will be reviewed.
    Review(
        #[serde(deserialize_with = "crate::calendar::iso_day::read_optional")] Option<NaiveDate>,
    ),
    /// When it was completed.
    Completed(
        #[serde(deserialize_with = "crate::calendar::iso_day::read_optional")] Option<NaiveDate>,
    ),
    /// The timescale as written.
    TimescaleAsWritten(Option<String>),
    /// Links to the framework.
    Links(ActionLinks),
}

impl ActionField {
    /// The field without what says nothing: for milestones, those with no words and
    /// no date are left out. A front end comparing a draft with what the document
    /// holds compares tidied fields. Other fields are as they are.
    pub fn tidied(self) -> ActionField {
        match self {
            ActionField::Milestones(mut milestones) => {
                milestones.retain(|m| !m.is_empty());
                ActionField::Milestones(milestones)
            }
            other => other,
        }
    }
}

/// Why an edit could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// No plan with that id.
    #[error("no plan with id {0}")]
    PlanNotFound(PlanId),
    /// No action with that id in the plan.
    #[error("no action with id {0} in this plan")]
    ActionNotFound(ActionId),
    /// Nothing of that kind with that id.
    #[error("no {what} with id {id}")]
    NotFound {
        /// What kind of thing.
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// A session step its rules refuse (wrong phase, no votes left…).
    #[error(transparent)]
    Session(#[from] SessionError),
    /// No section with that id in the plan.
    #[error("no section with id {0} in this plan")]
    SectionNotFound(crate::ids::SectionId),
    /// Something with that id is already there.
    #[error("{what} with id {id} is already there")]
    AlreadyExists {
        /// What kind of thing.
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// A text that must be given is blank.
    #[error("{field} is blank")]
    Blank {
        /// Which field.
        field: &'static str,
    },
    /// A text is too long.
    #[error("{field} is {chars} characters long; the most allowed is {limit}")]
    TooLong {
        /// Which field.
        field: &'static str,
        /// How long it is.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A school calendar that cannot be kept (the day ends before it starts).
    #[error(transparent)]
    SchoolCalendar(#[from] SchoolCalendarError),
}

impl EditError {
    /// The same message as a catalogue id and arguments (`core-edit-blank` with
    /// `field`), for a front end to say in the reader's language; its British English
    /// is this error's `Display`. Ids, lengths and limits are given as written.
    pub fn wording(&self) -> Wording {
        match self {
            EditError::PlanNotFound(id) => {
                Wording::new("core-edit-no-plan").text("id", id.to_string())
            }
            EditError::ActionNotFound(id) => {
                Wording::new("core-edit-no-action").text("id", id.to_string())
            }
            EditError::NotFound { what, id } => Wording::new("core-edit-not-found")
                .text("what", phrase_key(what))
                .text("id", id.as_str()),
            EditError::Session(error) => error.wording(),
            EditError::SectionNotFound(id) => {
                Wording::new("core-edit-no-section").text("id", id.to_string())
            }
            EditError::AlreadyExists { what, id } => Wording::new("core-edit-already-there")
                .text("what", phrase_key(what))
                .text("id", id.as_str()),
            EditError::Blank { field } => {
                Wording::new("core-edit-blank").text("field", phrase_key(field))
            }
            EditError::TooLong {
                field,
                chars,
                limit,
            } => Wording::new("core-edit-too-long")
                .text("field", phrase_key(field))
                .text("chars", chars.to_string())
                .text("limit", limit.to_string()),
            EditError::SchoolCalendar(error) => error.wording(),
        }
    }
}

impl Edit {
    /// The edit without what says nothing: milestones with no words and no date
    /// ([`Milestone::is_empty`]) are left out of an action added or changed, so a
    /// saved action keeps only the milestones a person filled in.
    /// [`Document::apply`](crate::document::Document::apply) tidies every edit it makes
    /// before logging it, so every copy replays the tidied edit; edits received from
    /// elsewhere are taken as they were made.
    pub fn tidied(self) -> Edit {
        match self {
            Edit::AddPlan { mut plan } => {
                for action in &mut plan.actions {
                    action.milestones.retain(|m| !m.is_empty());
                }
                Edit::AddPlan { plan }
            }
            Edit::AddAction {
                plan,
                mut action,
                after,
            } => {
                action.milestones.retain(|m| !m.is_empty());
                Edit::AddAction {
                    plan,
                    action,
                    after,
                }
            }
            Edit::SetAction {
                plan,
                action,
                field,
            } => Edit::SetAction {
                plan,
                action,
                field: field.tidied(),
            },
            other => other,
        }
    }

    /// Checks the edit on its own (lengths, blanks), before it meets any content.
    pub fn check(&self) -> Result<(), EditError> {
        match self {
            Edit::SetTitle { title } | Edit::SetPlanTitle { title, .. } => required("title", title),
            Edit::AddPlan { plan } => {
                required("the plan's title", &plan.title)?;
                plan.actions.iter().try_for_each(check_action)
            }
            Edit::AddSection { section, .. } => required("the section's title", &section.title),
            Edit::AddAction { action, .. } => check_action(action),
            Edit::SetAction { field, .. } => match field {
                ActionField::What(what) => required("what will happen", what),
                ActionField::Reference(Some(t)) => limit("the reference", t),
                ActionField::Measure(Some(t)) => limit("the measure", t),
                ActionField::TimescaleAsWritten(Some(t)) => limit("the timescale", t),
                ActionField::Milestones(ms) => {
                    ms.iter().try_for_each(|m| limit("a milestone", &m.text))
                }
                ActionField::Lead(lead) => {
                    optional("the lead", &lead.person)?;
                    optional("the lead organisation", &lead.organisation)
                }
                _ => Ok(()),
            },
            Edit::RateAction { change, .. } => optional("the note", &change.note),
            Edit::AddEvidence { evidence, .. } => {
                required("the evidence", &evidence.note)?;
                optional("the link", &evidence.link)
            }
            Edit::PutPack { pack } => {
                required("the pack's title", &pack.title)?;
                pack.steps.iter().try_for_each(|s| limit("a step", &s.text))
            }
            Edit::PutAssessment { assessment } => {
                required("the organisation's name", &assessment.organisation_name)
            }
            Edit::RecordObservation { observation } => optional("the note", &observation.note),
            Edit::AddSession { .. } | Edit::Session { .. } => Ok(()),
            Edit::PutOrganisation { organisation } => {
                required("the organisation's name", &organisation.name)
            }
            Edit::PutLocality { locality } => required("the locality's name", &locality.name),
            Edit::PutNetwork { network } => required("the network's name", &network.name),
            Edit::PutMember { member } => required("the member's name", &member.display_name),
            Edit::PutMeeting { meeting } => {
                required("the meeting's title", &meeting.title)?;
                limit("the place", &meeting.place)
            }
            Edit::PutRep { rep } => required("the rep's name", &rep.display_name),
            Edit::SetSchoolCalendar { calendar } => Ok(calendar.check()?),
            Edit::RemoveMember { .. }
            | Edit::RemoveMeeting { .. }
            | Edit::Align { .. }
            | Edit::Unalign { .. } => Ok(()),
            Edit::RemovePlan { .. }
            | Edit::MoveAction { .. }
            | Edit::RemoveAction { .. }
            | Edit::RemovePack { .. }
            | Edit::RemoveAssessment { .. }
            | Edit::SetTarget { .. } => Ok(()),
        }
    }
}

fn check_action(action: &Action) -> Result<(), EditError> {
    required("what will happen", &action.what)?;
    optional("the reference", &action.reference)?;
    optional("the measure", &action.measure)?;
    optional("the timescale", &action.timescale_as_written)
}

fn required(field: &'static str, text: &str) -> Result<(), EditError> {
    if text.trim().is_empty() {
        return Err(EditError::Blank { field });
    }
    limit(field, text)
}

fn optional(field: &'static str, text: &Option<String>) -> Result<(), EditError> {
    text.as_deref().map_or(Ok(()), |t| limit(field, t))
}

fn limit(field: &'static str, text: &str) -> Result<(), EditError> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(EditError::TooLong {
            field,
            chars,
            limit: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

/// Applies one edit. Atomic: on error, `content` is unchanged.
pub fn apply(content: &mut Content, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::SetTitle { title } => content.title.clone_from(title),
        Edit::AddPlan { plan } => {
            if content.plans.iter().any(|p| p.id == plan.id) {
                return Err(EditError::AlreadyExists {
                    what: "a plan",
                    id: plan.id.to_string(),
                });
            }
            content.plans.push(plan.as_ref().clone());
        }
        Edit::SetPlanTitle { plan, title } => plan_mut(content, *plan)?.title.clone_from(title),
        Edit::RemovePlan { plan } => {
            let before = content.plans.len();
            content.plans.retain(|p| p.id != *plan);
            if content.plans.len() == before {
                return Err(EditError::PlanNotFound(*plan));
            }
        }
        Edit::AddSection { plan, section } => {
            let plan = plan_mut(content, *plan)?;
            if plan.section(section.id).is_some() {
                return Err(EditError::AlreadyExists {
                    what: "a section",
                    id: section.id.to_string(),
                });
            }
            plan.sections.push(section.clone());
        }
        Edit::AddAction {
            plan,
            action,
            after,
        } => {
            let plan = plan_mut(content, *plan)?;
            if plan.action(action.id).is_some() {
                return Err(EditError::AlreadyExists {
                    what: "an action",
                    id: action.id.to_string(),
                });
            }
            if let Some(section) = action.section
                && plan.section(section).is_none()
            {
                return Err(EditError::SectionNotFound(section));
            }
            let at = after
                .and_then(|a| plan.actions.iter().position(|x| x.id == a))
                .map_or(plan.actions.len(), |i| i + 1);
            plan.actions.insert(at, action.as_ref().clone());
        }
        Edit::SetAction {
            plan,
            action,
            field,
        } => {
            let plan = plan_mut(content, *plan)?;
            if let ActionField::Section(Some(section)) = field
                && plan.section(*section).is_none()
            {
                return Err(EditError::SectionNotFound(*section));
            }
            set_field(action_mut(plan, *action)?, field);
        }
        Edit::MoveAction {
            plan,
            action,
            after,
        } => {
            let plan = plan_mut(content, *plan)?;
            let from = position(plan, *action)?;
            let moved = plan.actions.remove(from);
            let at = after
                .and_then(|a| plan.actions.iter().position(|x| x.id == a))
                .map_or(0, |i| i + 1);
            plan.actions.insert(at, moved);
        }
        Edit::RemoveAction { plan, action } => {
            let plan = plan_mut(content, *plan)?;
            let at = position(plan, *action)?;
            plan.actions.remove(at);
        }
        Edit::RateAction {
            plan,
            action,
            change,
        } => action_mut(plan_mut(content, *plan)?, *action)?
            .history
            .push(change.clone()),
        Edit::AddEvidence {
            plan,
            action,
            evidence,
        } => action_mut(plan_mut(content, *plan)?, *action)?
            .evidence
            .push(evidence.clone()),
        Edit::PutPack { pack } => put(&mut content.packs, pack.as_ref(), |p| p.id),
        Edit::RemovePack { pack } => {
            remove(
                &mut content.packs,
                |p| p.id == *pack,
                || pack.to_string(),
                "action pack",
            )?;
        }
        Edit::PutAssessment { assessment } => {
            put(&mut content.assessments, assessment.as_ref(), |a| a.id);
        }
        Edit::RemoveAssessment { assessment } => remove(
            &mut content.assessments,
            |a| a.id == *assessment,
            || assessment.to_string(),
            "self-assessment",
        )?,
        Edit::RecordObservation { observation } => content.progress.record(observation.clone()),
        Edit::SetTarget { target } => content.progress.set_target(target.clone()),
        Edit::AddSession { session } => {
            if content.sessions.iter().any(|s| s.id == session.id) {
                return Err(EditError::AlreadyExists {
                    what: "a session",
                    id: session.id.to_string(),
                });
            }
            content.sessions.push(session.as_ref().clone());
        }
        Edit::Session { session, step } => {
            let gone = apply_step(content, *session, step)?;
            scrub_origins(content, *session, &gone);
        }
        Edit::PutOrganisation { organisation } => {
            put(&mut content.network.organisations, organisation, |o| o.id);
        }
        Edit::PutLocality { locality } => put(&mut content.network.localities, locality, |l| l.id),
        Edit::PutNetwork { network } => put(&mut content.network.networks, network, |n| n.id),
        Edit::PutMember { member } => put(&mut content.network.members, member, |m| m.id),
        Edit::RemoveMember { member } => {
            remove(
                &mut content.network.members,
                |m| m.id == *member,
                || member.to_string(),
                "member",
            )?;
            content.empowerment.reps.retain(|r| r.member != *member);
            content.empowerment.alignments.retain(|a| a.rep != *member);
            for meeting in &mut content.network.meetings {
                meeting.attendance.members.retain(|m| m != member);
            }
        }
        Edit::PutMeeting { meeting } => put(&mut content.network.meetings, meeting, |m| m.id),
        Edit::RemoveMeeting { meeting } => {
            remove(
                &mut content.network.meetings,
                |m| m.id == *meeting,
                || meeting.to_string(),
                "meeting",
            )?;
            content
                .empowerment
                .alignments
                .retain(|a| a.meeting != *meeting);
        }
        Edit::PutRep { rep } => put(&mut content.empowerment.reps, rep, |r| r.member),
        Edit::Align { alignment } => {
            if !content.empowerment.alignments.contains(alignment) {
                content.empowerment.alignments.push(*alignment);
            }
        }
        Edit::Unalign { alignment } => content.empowerment.alignments.retain(|a| a != alignment),
        Edit::SetSchoolCalendar { calendar } => {
            calendar.check()?;
            content.empowerment.school_calendar = calendar.clone();
        }
    }
    Ok(())
}

/// Applies a session step; returns the statements it took away for good, so the
/// plans drawn from the session can forget them too.
fn apply_step(
    content: &mut Content,
    id: SessionId,
    step: &SessionStep,
) -> Result<Vec<ContributionId>, EditError> {
    let session = content
        .sessions
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or_else(|| EditError::NotFound {
            what: "session",
            id: id.to_string(),
        })?;
    step.apply_to(session)
}

impl SessionStep {
    /// Applies the step to its session by the session's rules; returns the
    /// statements it took away (removed, or their author erased). Atomic: on an error
    /// the session is unchanged. [`apply`] uses it for a document, and
    /// [`crate::session_copy::SessionCopy`] for a device holding the session alone.
    pub fn apply_to(&self, session: &mut Session) -> Result<Vec<ContributionId>, EditError> {
        self.apply_to_session(session).map_err(EditError::from)
    }

    /// [`SessionStep::apply_to`] with the session's own error: a device that holds
    /// only a session (a phone) needs none of the document's errors and their words.
    pub fn apply_to_session(
        &self,
        session: &mut Session,
    ) -> Result<Vec<ContributionId>, SessionError> {
        apply_step_to(session, self)
    }
}

fn apply_step_to(
    session: &mut Session,
    step: &SessionStep,
) -> Result<Vec<ContributionId>, SessionError> {
    let mut gone = Vec::new();
    match step {
        SessionStep::Join {
            participant,
            pseudonym,
        } => session.join(*participant, pseudonym)?,
        SessionStep::Consent {
            participant,
            roles,
            young_carer,
        } => session.give_consent(*participant, roles.clone(), *young_carer)?,
        SessionStep::WithdrawConsent { participant } => session.withdraw_consent(*participant)?,
        SessionStep::Erase { participant } => {
            gone = session
                .contributions
                .iter()
                .filter(|c| c.participant == Some(*participant))
                .map(|c| c.id)
                .collect();
            session.erase_participant(*participant)?;
        }
        SessionStep::AddContribution {
            contribution,
            participant,
            text,
        } => session.add_contribution(*contribution, *participant, text)?,
        SessionStep::Hide { contribution } => session.hide_contribution(*contribution)?,
        SessionStep::Show { contribution } => session.show_contribution(*contribution)?,
        SessionStep::Remove { contribution } => {
            session.remove_contribution(*contribution)?;
            gone.push(*contribution);
        }
        SessionStep::AddTheme { theme, name } => session.add_theme(*theme, name)?,
        SessionStep::RenameTheme { theme, name } => session.rename_theme(*theme, name)?,
        SessionStep::Assign {
            contribution,
            theme,
        } => session.assign(*contribution, *theme)?,
        SessionStep::MergeThemes { from, into } => session.merge_themes(*from, *into)?,
        SessionStep::RemoveTheme { theme } => session.remove_theme(*theme)?,
        SessionStep::Vote { participant, theme } => session.cast_vote(*participant, *theme)?,
        SessionStep::Unvote { participant, theme } => {
            session.withdraw_vote(*participant, *theme)?;
        }
        SessionStep::RevealVotes => session.reveal_votes()?,
        SessionStep::Advance { to } => session.advance_to(*to)?,
        SessionStep::SetHeadcount { people } => session.set_headcount(*people)?,
    }
    Ok(gone)
}

/// Removed or erased statements leave no trace in the actions drawn from them.
fn scrub_origins(content: &mut Content, session: SessionId, gone: &[ContributionId]) {
    if gone.is_empty() {
        return;
    }
    for plan in &mut content.plans {
        for action in &mut plan.actions {
            if let Some(origin) = action.origin.as_mut()
                && origin.session == session
            {
                origin.contributions.retain(|c| !gone.contains(c));
            }
        }
    }
}

/// Replaces the item with the same id, or adds it at the end.
fn put<T: Clone, K: PartialEq>(items: &mut Vec<T>, item: &T, id: impl Fn(&T) -> K) {
    let key = id(item);
    match items.iter_mut().find(|x| id(x) == key) {
        Some(existing) => existing.clone_from(item),
        None => items.push(item.clone()),
    }
}

fn remove<T>(
    items: &mut Vec<T>,
    matches: impl Fn(&T) -> bool,
    id: impl Fn() -> String,
    what: &'static str,
) -> Result<(), EditError> {
    let at = items
        .iter()
        .position(matches)
        .ok_or_else(|| EditError::NotFound { what, id: id() })?;
    items.remove(at);
    Ok(())
}

fn set_field(action: &mut Action, field: &ActionField) {
    match field.clone() {
        ActionField::What(v) => action.what = v,
        ActionField::Reference(v) => action.reference = v,
        ActionField::Section(v) => action.section = v,
        ActionField::Measure(v) => action.measure = v,
        ActionField::Milestones(v) => action.milestones = v,
        ActionField::Lead(v) => action.lead = v,
        ActionField::Commenced(v) => action.commenced = v,
        ActionField::Due(v) => action.due = v,
        ActionField::Review(v) => action.review = v,
        ActionField::Completed(v) => action.completed = v,
        ActionField::TimescaleAsWritten(v) => action.timescale_as_written = v,
        ActionField::Links(v) => action.links = v,
    }
}

fn plan_mut(content: &mut Content, id: PlanId) -> Result<&mut ActionPlan, EditError> {
    content
        .plans
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(EditError::PlanNotFound(id))
}

fn action_mut(plan: &mut ActionPlan, id: ActionId) -> Result<&mut Action, EditError> {
    plan.action_mut(id).ok_or(EditError::ActionNotFound(id))
}

fn position(plan: &ActionPlan, id: ActionId) -> Result<usize, EditError> {
    plan.actions
        .iter()
        .position(|a| a.id == id)
        .ok_or(EditError::ActionNotFound(id))
}

/// What the log keeps in place of a statement's words once they are erased.
pub const ERASED_TEXT: &str = "(removed)";

/// What a removal or an erasure takes out of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    /// The session.
    pub session: SessionId,
    /// A participant erased on request, if any.
    pub participant: Option<ParticipantId>,
    /// Statements removed.
    pub contributions: Vec<ContributionId>,
}

impl Erasure {
    /// The erasure an edit asks for, if it is one.
    pub fn of(edit: &Edit) -> Option<Erasure> {
        match edit {
            Edit::Session {
                session,
                step: SessionStep::Erase { participant },
            } => Some(Erasure {
                session: *session,
                participant: Some(*participant),
                contributions: Vec::new(),
            }),
            Edit::Session {
                session,
                step: SessionStep::Remove { contribution },
            } => Some(Erasure {
                session: *session,
                participant: None,
                contributions: vec![*contribution],
            }),
            _ => None,
        }
    }
}

/// Two copies made different changes under one device id ([`ReplicaId`]), for
/// example a file copied to a second laptop and edited on both, or two programs
/// given the same fixed id. Taking either change in would lose the other without a
/// word, so nothing is taken in; each device or copy needs its own id
/// ([`ReplicaId::from_random_bytes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "two copies made different changes under the same device id ({replica}, change {seq}), so nothing was merged: give each device or copy its own id"
)]
pub struct ReplicaReused {
    /// The device id both copies used.
    pub replica: ReplicaId,
    /// The number both copies gave to different changes.
    pub seq: u64,
}

impl ReplicaReused {
    fn of(stamped: &StampedEdit) -> Self {
        Self {
            replica: stamped.replica,
            seq: stamped.seq,
        }
    }
}

/// True when two edits with one replica and seq are the same change: the same
/// clock and edit, allowing for words one copy has already blanked out after an
/// erasure it holds and the other has not heard of yet.
fn same_change(a: &StampedEdit, b: &StampedEdit) -> bool {
    a.clock == b.clock && (a.edit == b.edit || same_but_erased(&a.edit, &b.edit))
}

fn same_but_erased(a: &Edit, b: &Edit) -> bool {
    let (
        Edit::Session {
            session: sa,
            step: step_a,
        },
        Edit::Session {
            session: sb,
            step: step_b,
        },
    ) = (a, b)
    else {
        return false;
    };
    if sa != sb {
        return false;
    }
    match (step_a, step_b) {
        (
            SessionStep::AddContribution {
                contribution: ca,
                participant: pa,
                text: ta,
            },
            SessionStep::AddContribution {
                contribution: cb,
                participant: pb,
                text: tb,
            },
        ) => ca == cb && pa == pb && (ta == ERASED_TEXT || tb == ERASED_TEXT),
        (
            SessionStep::Join {
                participant: pa,
                pseudonym: na,
            },
            SessionStep::Join {
                participant: pb,
                pseudonym: nb,
            },
        ) => pa == pb && (na == ERASED_PSEUDONYM || nb == ERASED_PSEUDONYM),
        (
            SessionStep::Consent {
                participant: pa,
                roles: ra,
                young_carer: ya,
            },
            SessionStep::Consent {
                participant: pb,
                roles: rb,
                young_carer: yb,
            },
        ) => {
            // An erasure blanks what the person said about themselves (see `redact`).
            let blanked = |roles: &CarerRoles, young: &Option<bool>| {
                *roles == CarerRoles::default() && young.is_none()
            };
            pa == pb && (blanked(ra, ya) || blanked(rb, yb))
        }
        _ => false,
    }
}

/// An edit with the stamp that places it in the one total order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StampedEdit {
    /// The device or copy that made it.
    pub replica: ReplicaId,
    /// Its number among that device's edits, from 1.
    pub seq: u64,
    /// Its Lamport clock: greater than every edit its maker had seen.
    pub clock: u64,
    /// The edit.
    pub edit: Edit,
}

impl StampedEdit {
    /// The key that orders every edit the same way on every copy.
    pub fn order(&self) -> (u64, ReplicaId, u64) {
        (self.clock, self.replica, self.seq)
    }
}

/// The edits made to a document since its snapshot, in the order they apply.
#[derive(Debug, Clone, Default)]
pub struct EditLog {
    edits: Vec<StampedEdit>,
    seen: HashSet<(ReplicaId, u64)>,
    last_seq: HashMap<ReplicaId, u64>,
    max_clock: u64,
    /// The edits folded into the snapshot by a checkpoint: held, though not listed.
    folded: Frontier,
    /// The checkpoint's clock: every edit folded was stamped at or before it.
    folded_clock: u64,
}

impl PartialEq for EditLog {
    fn eq(&self, other: &Self) -> bool {
        self.edits == other.edits
    }
}

/// What [`EditLog::insert_all`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inserted {
    /// How many edits were new.
    pub added: usize,
    /// True when every new edit came after every old one, so the state can be
    /// brought up to date by applying only the new ones.
    pub appended_in_order: bool,
}

impl EditLog {
    /// The edits in order.
    pub fn edits(&self) -> &[StampedEdit] {
        &self.edits
    }

    /// How many edits.
    pub fn len(&self) -> usize {
        self.edits.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The highest clock seen: a new local edit gets one more.
    pub fn clock(&self) -> u64 {
        self.max_clock
    }

    /// True when this edit (by replica and sequence number) is already here, in the
    /// log or folded into the snapshot by a checkpoint.
    pub fn contains(&self, replica: ReplicaId, seq: u64) -> bool {
        self.seen.contains(&(replica, seq)) || self.folded.covers(replica, seq)
    }

    /// The edits made after a given clock: what a copy that has seen up to
    /// `clock` is missing (plus any concurrent ones; duplicates are harmless).
    pub fn since(&self, clock: u64) -> &[StampedEdit] {
        let from = self.edits.partition_point(|e| e.clock <= clock);
        &self.edits[from..]
    }

    /// Stamps and appends a local edit.
    pub fn push_local(&mut self, replica: ReplicaId, edit: Edit) -> &StampedEdit {
        let seq = self.last_seq.get(&replica).copied().unwrap_or(0) + 1;
        let stamped = StampedEdit {
            replica,
            seq,
            clock: self.max_clock + 1,
            edit,
        };
        self.note(&stamped);
        self.edits.push(stamped);
        let last = self.edits.len() - 1;
        &self.edits[last]
    }

    /// True when this very edit (same replica and seq, same clock and change) is
    /// already here; false when its replica and seq are new. An edit whose replica and
    /// seq are here with a different clock or change is an error: two copies edited
    /// under one device id.
    pub fn holds(&self, stamped: &StampedEdit) -> Result<bool, ReplicaReused> {
        if self.folded.covers(stamped.replica, stamped.seq) {
            // Folded into the snapshot, so its words are gone: the same edit again
            // is one stamped where the checkpoint put it.
            return if stamped.clock <= self.folded_clock {
                Ok(true)
            } else {
                Err(ReplicaReused::of(stamped))
            };
        }
        if !self.contains(stamped.replica, stamped.seq) {
            return Ok(false);
        }
        let here = self
            .edits
            .binary_search_by_key(&stamped.order(), StampedEdit::order)
            .ok()
            .map(|i| &self.edits[i]);
        match here {
            Some(here) if same_change(here, stamped) => Ok(true),
            _ => Err(ReplicaReused::of(stamped)),
        }
    }

    /// Adds edits from elsewhere, skipping any already here, and keeps the order.
    ///
    /// All or nothing: if any edit's replica and seq are already here (or arrive
    /// twice) with a different change, nothing is added and the error says so.
    pub fn insert_all(
        &mut self,
        edits: impl IntoIterator<Item = StampedEdit>,
    ) -> Result<Inserted, ReplicaReused> {
        let mut fresh: Vec<StampedEdit> = Vec::new();
        let mut fresh_at: HashMap<(ReplicaId, u64), usize> = HashMap::new();
        for stamped in edits {
            let key = (stamped.replica, stamped.seq);
            if let Some(&i) = fresh_at.get(&key) {
                if !same_change(&fresh[i], &stamped) {
                    return Err(ReplicaReused::of(&stamped));
                }
                continue;
            }
            if self.holds(&stamped)? {
                continue;
            }
            fresh_at.insert(key, fresh.len());
            fresh.push(stamped);
        }
        let last = self.edits.last().map(StampedEdit::order);
        let old_len = self.edits.len();
        for stamped in fresh {
            self.note(&stamped);
            self.edits.push(stamped);
        }
        let added = self.edits.len() - old_len;
        let new = &mut self.edits[old_len..];
        new.sort_by_key(StampedEdit::order);
        let appended_in_order = match (last, new.first()) {
            (Some(last), Some(first)) => first.order() > last,
            _ => true,
        };
        if !appended_in_order {
            self.edits.sort_by_key(StampedEdit::order);
        }
        Ok(Inserted {
            added,
            appended_in_order,
        })
    }

    /// Blanks out, in the logged edits themselves, the words of statements that were
    /// removed or erased, and an erased person's name and what they said about
    /// themselves (roles, young carer), so no copy that applied the removal keeps them.
    /// The edits stay (with the same stamps), so every copy still replays to the
    /// same state.
    pub fn redact(&mut self, erased: &Erasure) {
        for stamped in &mut self.edits {
            let Edit::Session { session, step } = &mut stamped.edit else {
                continue;
            };
            if *session != erased.session {
                continue;
            }
            match step {
                SessionStep::AddContribution {
                    contribution,
                    participant,
                    text,
                } if erased.contributions.contains(contribution)
                    || (participant.is_some() && *participant == erased.participant) =>
                {
                    *text = ERASED_TEXT.to_owned();
                }
                SessionStep::Join {
                    participant,
                    pseudonym,
                } if Some(*participant) == erased.participant => {
                    *pseudonym = ERASED_PSEUDONYM.to_owned();
                }
                // What they said about themselves goes too; their erasure forgets it
                // in the state, so the blanked edit replays to the same place.
                SessionStep::Consent {
                    participant,
                    roles,
                    young_carer,
                } if Some(*participant) == erased.participant => {
                    *roles = CarerRoles::default();
                    *young_carer = None;
                }
                _ => {}
            }
        }
    }

    /// Drops the edits stamped at or before `clock`, now folded into the snapshot as
    /// far as `folded` says; later local edits are numbered and stamped after them.
    pub(crate) fn fold(&mut self, clock: u64, folded: &Frontier) {
        let cut = self.edits.partition_point(|e| e.clock <= clock);
        self.edits.drain(..cut);
        self.seen
            .retain(|&(replica, seq)| !folded.covers(replica, seq));
        for (replica, seq) in folded.iter() {
            let last = self.last_seq.entry(replica).or_insert(0);
            *last = (*last).max(seq);
        }
        self.max_clock = self.max_clock.max(clock);
        self.folded = folded.clone();
        self.folded_clock = clock;
    }

    fn note(&mut self, stamped: &StampedEdit) {
        self.seen.insert((stamped.replica, stamped.seq));
        let last = self.last_seq.entry(stamped.replica).or_insert(0);
        *last = (*last).max(stamped.seq);
        self.max_clock = self.max_clock.max(stamped.clock);
    }

    /// Checks a log read from a file: every edit well formed and stamped once.
    pub fn check(&self) -> Result<(), DocumentError> {
        for (i, stamped) in self.edits.iter().enumerate() {
            let at = |field: &str| format!("log[{i}]{field}");
            if stamped.seq == 0 || stamped.clock == 0 {
                return Err(DocumentError::Invalid {
                    path: at(""),
                    message: "seq and clock start at 1".into(),
                });
            }
            stamped.edit.check().map_err(|e| DocumentError::Invalid {
                path: at(".edit"),
                message: e.to_string(),
            })?;
        }
        Ok(())
    }
}

impl Serialize for EditLog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.edits.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for EditLog {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let edits = Vec::<StampedEdit>::deserialize(deserializer)?;
        let mut log = EditLog::default();
        let before = edits.len();
        let inserted = log.insert_all(edits).map_err(serde::de::Error::custom)?;
        if inserted.added != before {
            return Err(serde::de::Error::custom(
                "the same edit (replica and seq) appears twice",
            ));
        }
        Ok(log)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::ids::DocumentId;
    use crate::plan::{PlanScope, Status};
    use crate::wording::WordingArg;

    fn doc_with_plan() -> (Document, PlanId) {
        let plan_id = PlanId::from_u128(10);
        let mut content = Content::new("Maltby");
        content.plans.push(ActionPlan::new(
            plan_id,
            "Maltby plan",
            PlanScope::Locality {
                name: "Maltby".into(),
            },
        ));
        (
            Document::from_content(DocumentId::from_u128(1), content),
            plan_id,
        )
    }

    #[test]
    fn a_refused_edit_gives_its_message_id_and_the_field_as_a_key() {
        let blank = Edit::SetPlanTitle {
            plan: PlanId::from_u128(1),
            title: "  ".into(),
        }
        .check()
        .expect_err("a blank title");
        let wording = blank.wording();
        assert_eq!(wording.id, "core-edit-blank");
        assert_eq!(wording.args["field"], WordingArg::Text("title".into()));
        let long = EditError::TooLong {
            field: "the plan's title",
            chars: 20_001,
            limit: MAX_TEXT_CHARS,
        }
        .wording();
        assert_eq!(long.id, "core-edit-too-long");
        assert_eq!(long.args["field"], WordingArg::Text("plan-title".into()));
        assert_eq!(long.args["chars"], WordingArg::Text("20001".into()));
        let session = EditError::Session(SessionError::NoThemes).wording();
        assert_eq!(session.id, "core-session-no-themes");
        assert!(session.args.is_empty());
    }

    fn add(plan: PlanId, n: u128, what: &str) -> Edit {
        Edit::AddAction {
            plan,
            action: Box::new(Action::new(ActionId::from_u128(n), what)),
            after: None,
        }
    }

    #[test]
    fn an_edit_that_does_not_apply_changes_nothing_and_is_not_logged() -> Result<(), EditError> {
        let (mut doc, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        doc.apply(me, add(plan, 1, "Café"))?;
        let before = doc.clone();
        let err = doc.apply(me, add(plan, 1, "Café again"));
        assert!(matches!(err, Err(EditError::AlreadyExists { .. })));
        let err = doc.apply(
            me,
            Edit::SetAction {
                plan,
                action: ActionId::from_u128(9),
                field: ActionField::What("x".into()),
            },
        );
        assert_eq!(
            err.err(),
            Some(EditError::ActionNotFound(ActionId::from_u128(9)))
        );
        assert_eq!(doc, before);
        Ok(())
    }

    #[test]
    fn blank_or_giant_text_is_refused_with_the_field_named() {
        let (mut doc, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        let err = doc.apply(me, add(plan, 1, "   ")).err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some("what will happen is blank".into())
        );
        let giant = "x".repeat(MAX_TEXT_CHARS + 1);
        let err = doc.apply(me, add(plan, 1, &giant)).err();
        assert!(matches!(err, Some(EditError::TooLong { .. })));
        assert!(doc.log().is_empty());
    }

    #[test]
    fn two_devices_offline_converge_whichever_merges_first()
    -> Result<(), Box<dyn std::error::Error>> {
        let (mut a, plan) = doc_with_plan();
        let mut b = a.clone();
        let (ra, rb) = (ReplicaId::from_u128(1), ReplicaId::from_u128(2));
        a.apply(ra, add(plan, 1, "Open a café"))?;
        b.apply(rb, add(plan, 2, "Start a newsletter"))?;
        b.apply(
            rb,
            Edit::RateAction {
                plan,
                action: ActionId::from_u128(2),
                change: StatusChange {
                    on: None,
                    status: Status::Amber,
                    note: None,
                },
            },
        )?;
        let mut a2 = a.clone();
        a2.merge(&b)?;
        let mut b2 = b.clone();
        b2.merge(&a)?;
        assert_eq!(a2.content(), b2.content());
        assert_eq!(a2.content().plans[0].actions.len(), 2);
        // Merging again changes nothing.
        assert_eq!(a2.merge(&b)?, 0);
        Ok(())
    }

    #[test]
    fn a_file_copied_to_a_second_laptop_and_edited_on_both_is_refused_not_diverged()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::document::MergeError;
        // The crate's old front-page example: every copy stamps edits as replica 1.
        let (mut laptop, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        laptop.apply(me, add(plan, 1, "Open a café"))?;
        let mut copy = Document::from_json(laptop.to_json().as_bytes())?;
        let measure = |m: &str| Edit::SetAction {
            plan,
            action: ActionId::from_u128(1),
            field: ActionField::Measure(Some(m.into())),
        };
        laptop.apply(me, measure("30 carers a month"))?;
        copy.apply(me, measure("50 carers a month"))?;
        let (laptop_before, copy_before) = (laptop.clone(), copy.clone());

        let refused = laptop.merge(&copy_before);
        let reused = ReplicaReused {
            replica: me,
            seq: 2,
        };
        assert_eq!(refused, Err(MergeError::ReplicaReused(reused)));
        assert_eq!(copy.merge(&laptop_before), Err(reused.into()));
        assert_eq!(laptop, laptop_before, "a refused merge changes nothing");
        assert_eq!(copy, copy_before, "a refused merge changes nothing");
        let message = reused.to_string();
        assert!(message.contains("same device id"), "{message}");
        assert!(
            message.contains("give each device or copy its own id"),
            "{message}"
        );

        // Receiving the other copy's edits one at a time is refused the same way.
        let theirs = copy_before.log().edits()[1].clone();
        assert_eq!(laptop.receive([theirs]), Err(reused));
        assert_eq!(laptop, laptop_before);

        // And a log holding both changes does not read.
        let mut json: serde_json::Value = serde_json::from_str(&laptop.to_json())?;
        let extra = serde_json::to_value(&copy_before.log().edits()[1])?;
        json["log"]
            .as_array_mut()
            .ok_or("log is an array")?
            .push(extra);
        let read = Document::from_json(json.to_string().as_bytes());
        let said = read.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("same device id"), "{said}");
        Ok(())
    }

    #[test]
    fn an_empty_milestone_is_left_out_when_an_action_is_saved() {
        let (mut doc, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(5);
        let blank = Milestone {
            text: "  ".into(),
            due: None,
        };
        let booked = Milestone {
            text: "Room booked".into(),
            due: None,
        };
        let dated = Milestone {
            text: String::new(),
            due: NaiveDate::from_ymd_opt(2030, 1, 15),
        };
        let mut action = Action::new(ActionId::from_u128(1), "Run a drop-in");
        action.milestones = vec![blank.clone()];
        doc.apply(
            me,
            Edit::AddAction {
                plan,
                action: Box::new(action),
                after: None,
            },
        )
        .expect("applies");
        let saved = |doc: &Document| doc.content().plans[0].actions[0].milestones.clone();
        assert!(saved(&doc).is_empty(), "an untouched row is not kept");

        let stamped = doc
            .apply(
                me,
                Edit::SetAction {
                    plan,
                    action: ActionId::from_u128(1),
                    field: ActionField::Milestones(vec![blank, booked.clone(), dated.clone()]),
                },
            )
            .expect("applies")
            .clone();
        assert_eq!(
            saved(&doc),
            vec![booked.clone(), dated.clone()],
            "words or a date are kept"
        );
        // The log holds the tidied edit, so every copy replays the same.
        assert_eq!(
            stamped.edit,
            Edit::SetAction {
                plan,
                action: ActionId::from_u128(1),
                field: ActionField::Milestones(vec![booked, dated]),
            }
        );
    }

    #[test]
    fn the_school_calendar_is_set_by_an_edit_and_a_backwards_day_changes_nothing() {
        let (mut doc, _) = doc_with_plan();
        let me = ReplicaId::from_u128(5);
        let calendar = SchoolCalendar {
            day_ends: chrono::NaiveTime::from_hms_opt(15, 30, 0).expect("a time"),
            ..SchoolCalendar::default()
        };
        doc.apply(
            me,
            Edit::SetSchoolCalendar {
                calendar: calendar.clone(),
            },
        )
        .expect("applies");
        assert_eq!(doc.content().empowerment.school_calendar, calendar);

        let mut backwards = calendar.clone();
        backwards.day_starts = chrono::NaiveTime::from_hms_opt(16, 0, 0).expect("a time");
        let err = doc
            .apply(
                me,
                Edit::SetSchoolCalendar {
                    calendar: backwards,
                },
            )
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("the school day ends at 15:30 but starts at 16:00; it must end after it starts")
        );
        assert_eq!(doc.content().empowerment.school_calendar, calendar);
        assert_eq!(doc.log().len(), 1);
    }

    #[test]
    fn a_random_replica_id_is_a_version_4_uuid() {
        let id = ReplicaId::from_random_bytes([0xff; 16]);
        assert_eq!(id.as_uuid().get_version_num(), 4);
        assert_ne!(id, ReplicaId::from_random_bytes([0; 16]));
    }

    #[test]
    fn a_copy_that_blanked_erased_words_still_merges_with_one_that_has_them()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::coproduction::Session;
        use crate::ids::{ContributionId, ParticipantId, SessionId};
        let (mut phone, _) = doc_with_plan();
        let sid = SessionId::from_u128(5);
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let session = Session::new(sid, "Maltby workshop", "Maltby", day, 3)?;
        let (facilitator, ann_phone) = (ReplicaId::from_u128(1), ReplicaId::from_u128(2));
        let ann = ParticipantId::from_u128(1);
        let step = |step| Edit::Session { session: sid, step };
        phone.apply(
            facilitator,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        phone.apply(
            ann_phone,
            step(SessionStep::Join {
                participant: ann,
                pseudonym: "Ann".into(),
            }),
        )?;
        phone.apply(
            ann_phone,
            step(SessionStep::AddContribution {
                contribution: ContributionId::from_u128(1),
                participant: Some(ann),
                text: "I need my sister not to know".into(),
            }),
        )?;
        phone.apply(
            ann_phone,
            step(SessionStep::Consent {
                participant: ann,
                roles: CarerRoles::default(),
                young_carer: Some(true),
            }),
        )?;
        let mut board = phone.clone();
        board.apply(facilitator, step(SessionStep::Erase { participant: ann }))?;
        // The board's copy now holds Ann's edits blanked; the phone's holds her words.
        let mut phone2 = phone.clone();
        assert_eq!(phone2.merge(&board)?, 1);
        assert_eq!(board.merge(&phone)?, 0);
        assert_eq!(phone2.content(), board.content());
        assert!(!phone2.to_json().contains("my sister"));
        assert!(!phone2.to_json().contains("young_carer"));
        Ok(())
    }

    #[test]
    fn concurrent_ratings_are_both_kept() -> Result<(), Box<dyn std::error::Error>> {
        let (mut a, plan) = doc_with_plan();
        a.apply(ReplicaId::from_u128(1), add(plan, 1, "Café"))?;
        let mut b = a.clone();
        let rate = |status| Edit::RateAction {
            plan,
            action: ActionId::from_u128(1),
            change: StatusChange {
                on: None,
                status,
                note: None,
            },
        };
        a.apply(ReplicaId::from_u128(1), rate(Status::Red))?;
        b.apply(ReplicaId::from_u128(2), rate(Status::Green))?;
        a.merge(&b)?;
        let action = &a.content().plans[0].actions[0];
        assert_eq!(action.history.len(), 2);
        // Same clock: the higher replica id comes later, so its rating is current.
        assert_eq!(action.status(), Status::Green);
        Ok(())
    }

    #[test]
    fn an_edit_to_an_action_removed_elsewhere_is_skipped_on_every_copy()
    -> Result<(), Box<dyn std::error::Error>> {
        let (mut a, plan) = doc_with_plan();
        a.apply(ReplicaId::from_u128(1), add(plan, 1, "Café"))?;
        let mut b = a.clone();
        a.apply(
            ReplicaId::from_u128(1),
            Edit::RemoveAction {
                plan,
                action: ActionId::from_u128(1),
            },
        )?;
        b.apply(
            ReplicaId::from_u128(2),
            Edit::SetAction {
                plan,
                action: ActionId::from_u128(1),
                field: ActionField::Measure(Some("30 carers".into())),
            },
        )?;
        let mut a2 = a.clone();
        a2.merge(&b)?;
        b.merge(&a)?;
        assert_eq!(a2.content(), b.content());
        Ok(())
    }

    #[test]
    fn since_returns_what_a_copy_is_missing() -> Result<(), Box<dyn std::error::Error>> {
        let (mut a, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        a.apply(me, add(plan, 1, "One"))?;
        let seen = a.log().clock();
        a.apply(me, add(plan, 2, "Two"))?;
        let missing: Vec<_> = a.log().since(seen).iter().map(|e| e.seq).collect();
        assert_eq!(missing, [2]);
        Ok(())
    }

    #[test]
    fn moving_an_action_puts_it_after_the_named_one() -> Result<(), Box<dyn std::error::Error>> {
        let (mut a, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        for n in 1..=3 {
            a.apply(me, add(plan, n, &format!("Action {n}")))?;
        }
        a.apply(
            me,
            Edit::MoveAction {
                plan,
                action: ActionId::from_u128(3),
                after: None,
            },
        )?;
        a.apply(
            me,
            Edit::MoveAction {
                plan,
                action: ActionId::from_u128(1),
                after: Some(ActionId::from_u128(2)),
            },
        )?;
        let order: Vec<_> = a.content().plans[0]
            .actions
            .iter()
            .map(|x| x.what.as_str())
            .collect();
        assert_eq!(order, ["Action 3", "Action 2", "Action 1"]);
        Ok(())
    }
    #[test]
    fn erasing_a_participant_removes_their_words_from_actions_drawn_from_them()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::coproduction::{Phase, Session};
        use crate::ids::{ContributionId, ParticipantId, SessionId, ThemeId};
        let (mut doc, plan) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        let sid = SessionId::from_u128(5);
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let session = Session::new(sid, "Maltby workshop", "Maltby", day, 3)?;
        doc.apply(
            me,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        let (ann, bo) = (ParticipantId::from_u128(1), ParticipantId::from_u128(2));
        let theme = ThemeId::from_u128(9);
        let steps = vec![
            SessionStep::Join {
                participant: ann,
                pseudonym: "Ann".into(),
            },
            SessionStep::Join {
                participant: bo,
                pseudonym: "Bo".into(),
            },
            SessionStep::AddContribution {
                contribution: ContributionId::from_u128(1),
                participant: Some(ann),
                text: "I need to tell my story once".into(),
            },
            SessionStep::AddContribution {
                contribution: ContributionId::from_u128(2),
                participant: Some(bo),
                text: "I need one named contact".into(),
            },
            SessionStep::Advance { to: Phase::Group },
            SessionStep::AddTheme {
                theme,
                name: "Tell my story once".into(),
            },
            SessionStep::Assign {
                contribution: ContributionId::from_u128(1),
                theme: Some(theme),
            },
            SessionStep::Assign {
                contribution: ContributionId::from_u128(2),
                theme: Some(theme),
            },
            SessionStep::Advance {
                to: Phase::Prioritise,
            },
            SessionStep::Vote {
                participant: ann,
                theme,
            },
            SessionStep::Vote {
                participant: bo,
                theme,
            },
            SessionStep::Advance { to: Phase::Plan },
        ];
        for step in steps {
            doc.apply(me, Edit::Session { session: sid, step })?;
        }
        // A vote in the plan phase is refused by the session's own rules.
        let late = doc.apply(
            me,
            Edit::Session {
                session: sid,
                step: SessionStep::Vote {
                    participant: ann,
                    theme,
                },
            },
        );
        assert!(matches!(late, Err(EditError::Session(_))));

        let action = doc.content().sessions[0].draft_action(theme, ActionId::from_u128(77))?;
        doc.apply(
            me,
            Edit::AddAction {
                plan,
                action: Box::new(action),
                after: None,
            },
        )?;
        let origin = |doc: &Document| doc.content().plans[0].actions[0].origin.clone();
        assert_eq!(
            origin(&doc).map(|o| (o.contributions.len(), o.votes)),
            Some((2, 2))
        );

        doc.apply(
            me,
            Edit::Session {
                session: sid,
                step: SessionStep::Erase { participant: ann },
            },
        )?;
        let kept = origin(&doc).map(|o| o.contributions).unwrap_or_default();
        assert_eq!(kept, [ContributionId::from_u128(2)]);
        let json = doc.to_json();
        assert!(
            !json.contains("tell my story once\""),
            "erased words must not be saved"
        );
        Ok(())
    }
    #[test]
    fn a_statement_arriving_after_its_author_was_erased_is_not_kept()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::coproduction::Session;
        use crate::ids::{ContributionId, ParticipantId, SessionId};
        let (mut facilitator, _) = doc_with_plan();
        let sid = SessionId::from_u128(5);
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let session = Session::new(sid, "Maltby workshop", "Maltby", day, 3)?;
        let me = ReplicaId::from_u128(1);
        facilitator.apply(
            me,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        let ann = ParticipantId::from_u128(1);
        let join = SessionStep::Join {
            participant: ann,
            pseudonym: "Ann".into(),
        };
        facilitator.apply(
            me,
            Edit::Session {
                session: sid,
                step: join,
            },
        )?;
        // Ann's phone, offline, adds a statement the facilitator has not seen yet.
        let mut phone = facilitator.clone();
        let said = SessionStep::AddContribution {
            contribution: ContributionId::from_u128(1),
            participant: Some(ann),
            text: "I need my sister not to know".into(),
        };
        phone.apply(
            ReplicaId::from_u128(2),
            Edit::Session {
                session: sid,
                step: said,
            },
        )?;
        let erase = SessionStep::Erase { participant: ann };
        facilitator.apply(
            me,
            Edit::Session {
                session: sid,
                step: erase,
            },
        )?;
        facilitator.merge(&phone)?;
        assert!(
            !facilitator.to_json().contains("my sister"),
            "late words must not be kept"
        );
        Ok(())
    }

    #[test]
    fn a_headcount_step_counts_the_room_and_a_wild_one_changes_nothing()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::coproduction::{CountedBy, HEADCOUNT_MAX, Session, SessionError};
        use crate::ids::{ParticipantId, SessionId};
        let (mut doc, _) = doc_with_plan();
        let me = ReplicaId::from_u128(1);
        let sid = SessionId::from_u128(5);
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let session = Session::new(sid, "Maltby workshop", "Maltby", day, 3)?;
        doc.apply(
            me,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        let step = |step| Edit::Session { session: sid, step };
        doc.apply(
            me,
            step(SessionStep::Join {
                participant: ParticipantId::from_u128(1),
                pseudonym: "Ann".into(),
            }),
        )?;
        let logged = doc
            .apply(me, step(SessionStep::SetHeadcount { people: Some(12) }))?
            .clone();
        let json = serde_json::to_string(&logged)?;
        assert!(json.contains(r#""set-headcount":{"people":12}"#), "{json}");
        let summary = doc.content().sessions[0].summary();
        assert_eq!(
            (summary.participants, summary.counted_by, summary.joined),
            (12, CountedBy::Headcount, 1)
        );

        let before = doc.log().len();
        let wild = doc.apply(
            me,
            step(SessionStep::SetHeadcount {
                people: Some(HEADCOUNT_MAX + 1),
            }),
        );
        assert!(matches!(
            wild,
            Err(EditError::Session(SessionError::HeadcountOutOfRange { .. }))
        ));
        assert_eq!(doc.log().len(), before, "a refused headcount is not logged");
        assert_eq!(doc.content().sessions[0].headcount, Some(12));

        doc.apply(me, step(SessionStep::SetHeadcount { people: None }))?;
        let summary = doc.content().sessions[0].summary();
        assert_eq!(
            (summary.participants, summary.counted_by),
            (1, CountedBy::Joining)
        );
        // The whole document, log and all, reads back the same.
        let back = Document::from_json(doc.to_json().as_bytes())?;
        assert_eq!(back, doc);
        Ok(())
    }
}
