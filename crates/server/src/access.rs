//! Who may do what: the roles a token carries, which edits each role may make in a
//! session, and which edits each role may see while the votes are still hidden.
//!
//! These are the server's own rules, about people and tokens. Whether an edit makes
//! sense (the right phase, votes left, text not too long) is the core's to decide.

use std::fmt;

use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{ParticipantId, PlanId, SessionId};

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Runs a session: every session step, and the session's plan.
    Facilitator,
    /// Joined a session with its code: their own joining, consent, statements and votes.
    Participant(ParticipantId),
    /// The projector view of a session: sees, never changes.
    Board,
    /// Holds a shared plan document: reads and merges edits of any kind.
    Editor,
}

impl Role {
    /// The role as stored and sent ("facilitator", "participant"…).
    pub fn key(&self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Participant(_) => "participant",
            Role::Board => "board",
            Role::Editor => "editor",
        }
    }

    /// Reads a stored role.
    pub fn from_stored(key: &str, participant: Option<ParticipantId>) -> Option<Role> {
        match (key, participant) {
            ("facilitator", None) => Some(Role::Facilitator),
            ("participant", Some(p)) => Some(Role::Participant(p)),
            ("board", None) => Some(Role::Board),
            ("editor", None) => Some(Role::Editor),
            _ => None,
        }
    }

    /// The participant this role speaks for, if any.
    pub fn participant(&self) -> Option<ParticipantId> {
        match self {
            Role::Participant(p) => Some(*p),
            _ => None,
        }
    }

    /// Who, as one name, for the record of which devices belong to whom: every
    /// facilitator device is one author; each participant is their own.
    pub fn author(&self) -> String {
        match self {
            Role::Participant(p) => format!("participant:{p}"),
            other => other.key().to_owned(),
        }
    }

    /// True when this role may read the whole document, hidden votes included.
    pub fn reads_everything(&self) -> bool {
        matches!(self, Role::Facilitator | Role::Editor)
    }
}

/// What a document is for, which decides the rules its edits follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A live co-production session with its plan.
    Session {
        /// The session.
        session: SessionId,
        /// The plan its top themes go into.
        plan: PlanId,
    },
    /// A plan document shared between carer reps.
    Shared,
}

/// Why a role may not make an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Forbidden {
    /// The board only shows.
    #[error("the board shows the session; it cannot make changes")]
    Board,
    /// A participant went beyond their own steps.
    #[error(
        "a participant can join, consent, add their own statements and vote for themselves, and nothing more"
    )]
    Participant,
    /// A facilitator edit outside the session and its plan.
    #[error("a facilitator can change this session and its plan, and nothing else")]
    OutsideSession,
    /// A token that does not belong to this kind of document.
    #[error("this token does not give access to this document")]
    WrongDocument,
    /// Another person's device id.
    #[error("this device id is already used by someone else; make a new one")]
    ReplicaTaken,
}

/// Checks that `role` may make `edit` in a document of `scope`.
pub fn may_make(role: &Role, scope: &Scope, edit: &Edit) -> Result<(), Forbidden> {
    let (session, plan) = match (role, scope) {
        (Role::Editor, Scope::Shared) => return Ok(()),
        (Role::Editor, Scope::Session { .. }) | (_, Scope::Shared) => {
            return Err(Forbidden::WrongDocument);
        }
        (Role::Board, _) => return Err(Forbidden::Board),
        (_, Scope::Session { session, plan }) => (*session, *plan),
    };
    match role {
        Role::Facilitator => {
            let ours = match edit {
                Edit::Session { session: s, .. } => *s == session,
                Edit::SetPlanTitle { plan: p, .. }
                | Edit::AddSection { plan: p, .. }
                | Edit::AddAction { plan: p, .. }
                | Edit::SetAction { plan: p, .. }
                | Edit::MoveAction { plan: p, .. }
                | Edit::RemoveAction { plan: p, .. }
                | Edit::RateAction { plan: p, .. }
                | Edit::AddEvidence { plan: p, .. } => *p == plan,
                _ => false,
            };
            if ours {
                Ok(())
            } else {
                Err(Forbidden::OutsideSession)
            }
        }
        Role::Participant(me) => match edit {
            Edit::Session { session: s, step } if *s == session && is_own_step(*me, step) => Ok(()),
            _ => Err(Forbidden::Participant),
        },
        Role::Board | Role::Editor => Err(Forbidden::Board),
    }
}

fn is_own_step(me: ParticipantId, step: &SessionStep) -> bool {
    match step {
        SessionStep::Join { participant, .. }
        | SessionStep::Consent { participant, .. }
        | SessionStep::WithdrawConsent { participant }
        | SessionStep::Vote { participant, .. }
        | SessionStep::Unvote { participant, .. } => *participant == me,
        SessionStep::AddContribution { participant, .. } => *participant == Some(me),
        _ => false,
    }
}

/// The participant whose dot this is, when the edit is a vote or takes one back.
pub fn voter(edit: &Edit) -> Option<ParticipantId> {
    match edit {
        Edit::Session {
            step: SessionStep::Vote { participant, .. } | SessionStep::Unvote { participant, .. },
            ..
        } => Some(*participant),
        _ => None,
    }
}

/// True when `role` may see `edit` now. Until the votes are revealed, a dot is seen
/// only by the facilitator and the person who cast it, so nobody follows the crowd.
pub fn may_see(role: &Role, edit: &Edit, votes_revealed: bool) -> bool {
    match voter(edit) {
        None => true,
        Some(_) if votes_revealed || role.reads_everything() => true,
        Some(voter) => role.participant() == Some(voter),
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::Phase;
    use cares_core::ids::{ContributionId, ThemeId};

    const SESSION: SessionId = SessionId::from_u128(1);
    const PLAN: PlanId = PlanId::from_u128(2);
    const ME: ParticipantId = ParticipantId::from_u128(3);
    const YOU: ParticipantId = ParticipantId::from_u128(4);
    const SCOPE: Scope = Scope::Session {
        session: SESSION,
        plan: PLAN,
    };

    fn step(step: SessionStep) -> Edit {
        Edit::Session {
            session: SESSION,
            step,
        }
    }

    fn vote(participant: ParticipantId) -> Edit {
        step(SessionStep::Vote {
            participant,
            theme: ThemeId::from_u128(9),
        })
    }

    fn statement(participant: Option<ParticipantId>) -> Edit {
        step(SessionStep::AddContribution {
            contribution: ContributionId::from_u128(5),
            participant,
            text: "to tell my story once".into(),
        })
    }

    #[test]
    fn a_participant_may_add_and_vote_only_as_themselves() {
        let me = Role::Participant(ME);
        assert_eq!(may_make(&me, &SCOPE, &statement(Some(ME))), Ok(()));
        assert_eq!(may_make(&me, &SCOPE, &vote(ME)), Ok(()));
        assert_eq!(
            may_make(&me, &SCOPE, &statement(Some(YOU))),
            Err(Forbidden::Participant)
        );
        assert_eq!(
            may_make(&me, &SCOPE, &statement(None)),
            Err(Forbidden::Participant)
        );
        assert_eq!(
            may_make(&me, &SCOPE, &vote(YOU)),
            Err(Forbidden::Participant)
        );
        let advance = step(SessionStep::Advance { to: Phase::Group });
        assert_eq!(may_make(&me, &SCOPE, &advance), Err(Forbidden::Participant));
    }

    #[test]
    fn a_facilitator_may_run_the_session_but_not_touch_the_rest_of_the_document() {
        let advance = step(SessionStep::Advance { to: Phase::Group });
        assert_eq!(may_make(&Role::Facilitator, &SCOPE, &advance), Ok(()));
        assert_eq!(may_make(&Role::Facilitator, &SCOPE, &vote(YOU)), Ok(()));
        let other_session = Edit::Session {
            session: SessionId::from_u128(99),
            step: SessionStep::RevealVotes,
        };
        assert_eq!(
            may_make(&Role::Facilitator, &SCOPE, &other_session),
            Err(Forbidden::OutsideSession)
        );
        let retitle = Edit::SetTitle {
            title: "Mine now".into(),
        };
        assert_eq!(
            may_make(&Role::Facilitator, &SCOPE, &retitle),
            Err(Forbidden::OutsideSession)
        );
    }

    #[test]
    fn the_board_may_make_nothing() {
        assert_eq!(
            may_make(&Role::Board, &SCOPE, &statement(None)),
            Err(Forbidden::Board)
        );
    }

    #[test]
    fn session_tokens_do_not_work_on_shared_documents_nor_the_other_way() {
        assert_eq!(
            may_make(&Role::Facilitator, &Scope::Shared, &statement(None)),
            Err(Forbidden::WrongDocument)
        );
        assert_eq!(
            may_make(&Role::Editor, &SCOPE, &statement(None)),
            Err(Forbidden::WrongDocument)
        );
        assert_eq!(
            may_make(&Role::Editor, &Scope::Shared, &statement(None)),
            Ok(())
        );
    }

    #[test]
    fn hidden_votes_are_seen_only_by_the_facilitator_and_the_voter() {
        let v = vote(ME);
        assert!(may_see(&Role::Facilitator, &v, false));
        assert!(may_see(&Role::Participant(ME), &v, false));
        assert!(!may_see(&Role::Participant(YOU), &v, false));
        assert!(!may_see(&Role::Board, &v, false));
        assert!(may_see(&Role::Board, &v, true));
        assert!(may_see(&Role::Board, &statement(Some(ME)), false));
    }
}
