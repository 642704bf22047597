//! Who may do what: who holds a token ([`Holder`]: a [`Role`], and for a phone the
//! participant it speaks for) and which edits each may make in a session or a
//! shared plan.
//!
//! These are the server's own rules, about people and tokens. Whether an edit makes
//! sense (the right phase, votes left, text not too long) is the core's to decide,
//! and so is how much of each edit a holder is shown
//! (`cares_core::visibility`, through [`Holder::viewer`]).

use std::fmt;

use cares_core::coproduction::Viewer;
use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{ParticipantId, PlanId, SessionId};
pub use cares_protocol::Role;

/// Who holds a token: its [`Role`], with the participant a phone speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holder {
    /// Runs a session: every session step, and the session's plan.
    Facilitator,
    /// Joined a session with its code: their own joining, consent, statements and votes.
    Participant(ParticipantId),
    /// The projector view of a session: sees, never changes.
    Board,
    /// Holds a shared plan document: reads and merges edits of any kind.
    Editor,
}

impl Holder {
    /// The role the token gives.
    pub fn role(&self) -> Role {
        match self {
            Holder::Facilitator => Role::Facilitator,
            Holder::Participant(_) => Role::Participant,
            Holder::Board => Role::Board,
            Holder::Editor => Role::Editor,
        }
    }

    /// The role as stored and sent ("facilitator", "participant"…).
    pub fn key(&self) -> &'static str {
        self.role().key()
    }

    /// Reads a stored holder: the role's key, with the participant for a phone.
    pub fn from_stored(key: &str, participant: Option<ParticipantId>) -> Option<Holder> {
        match (Role::from_key(key)?, participant) {
            (Role::Facilitator, None) => Some(Holder::Facilitator),
            (Role::Participant, Some(p)) => Some(Holder::Participant(p)),
            (Role::Board, None) => Some(Holder::Board),
            (Role::Editor, None) => Some(Holder::Editor),
            _ => None,
        }
    }

    /// The participant this role speaks for, if any.
    pub fn participant(&self) -> Option<ParticipantId> {
        match self {
            Holder::Participant(p) => Some(*p),
            _ => None,
        }
    }

    /// Who, as one name, for the record of which devices belong to whom: every
    /// facilitator device is one author; each participant is their own.
    pub fn author(&self) -> String {
        match self {
            Holder::Participant(p) => format!("participant:{p}"),
            other => other.key().to_owned(),
        }
    }

    /// Who this holder is as someone looking at a session, for the core's
    /// visibility rules. An editor of a shared plan sees everything, as the
    /// facilitator does.
    pub fn viewer(&self) -> Viewer {
        match self {
            Holder::Facilitator | Holder::Editor => Viewer::Facilitator,
            Holder::Participant(p) => Viewer::Participant(*p),
            Holder::Board => Viewer::Board,
        }
    }

    /// True when this holder may read the whole document, hidden votes included.
    pub fn reads_everything(&self) -> bool {
        self.role().reads_everything()
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
pub fn may_make(role: &Holder, scope: &Scope, edit: &Edit) -> Result<(), Forbidden> {
    let (session, plan) = match (role, scope) {
        (Holder::Editor, Scope::Shared) => return Ok(()),
        (Holder::Editor, Scope::Session { .. }) | (_, Scope::Shared) => {
            return Err(Forbidden::WrongDocument);
        }
        (Holder::Board, _) => return Err(Forbidden::Board),
        (_, Scope::Session { session, plan }) => (*session, *plan),
    };
    match role {
        Holder::Facilitator => {
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
        Holder::Participant(me) => match edit {
            Edit::Session { session: s, step } if *s == session && is_own_step(*me, step) => Ok(()),
            _ => Err(Forbidden::Participant),
        },
        Holder::Board | Holder::Editor => Err(Forbidden::Board),
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

impl fmt::Display for Holder {
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
        let me = Holder::Participant(ME);
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
        assert_eq!(may_make(&Holder::Facilitator, &SCOPE, &advance), Ok(()));
        assert_eq!(may_make(&Holder::Facilitator, &SCOPE, &vote(YOU)), Ok(()));
        let other_session = Edit::Session {
            session: SessionId::from_u128(99),
            step: SessionStep::RevealVotes,
        };
        assert_eq!(
            may_make(&Holder::Facilitator, &SCOPE, &other_session),
            Err(Forbidden::OutsideSession)
        );
        let retitle = Edit::SetTitle {
            title: "Mine now".into(),
        };
        assert_eq!(
            may_make(&Holder::Facilitator, &SCOPE, &retitle),
            Err(Forbidden::OutsideSession)
        );
    }

    #[test]
    fn the_board_may_make_nothing() {
        assert_eq!(
            may_make(&Holder::Board, &SCOPE, &statement(None)),
            Err(Forbidden::Board)
        );
    }

    #[test]
    fn session_tokens_do_not_work_on_shared_documents_nor_the_other_way() {
        assert_eq!(
            may_make(&Holder::Facilitator, &Scope::Shared, &statement(None)),
            Err(Forbidden::WrongDocument)
        );
        assert_eq!(
            may_make(&Holder::Editor, &SCOPE, &statement(None)),
            Err(Forbidden::WrongDocument)
        );
        assert_eq!(
            may_make(&Holder::Editor, &Scope::Shared, &statement(None)),
            Ok(())
        );
    }

    #[test]
    fn only_the_facilitator_may_count_the_room() {
        let count = step(SessionStep::SetHeadcount { people: Some(12) });
        assert_eq!(may_make(&Holder::Facilitator, &SCOPE, &count), Ok(()));
        assert_eq!(
            may_make(&Holder::Participant(ME), &SCOPE, &count),
            Err(Forbidden::Participant)
        );
        assert_eq!(
            may_make(&Holder::Board, &SCOPE, &count),
            Err(Forbidden::Board)
        );
    }

    #[test]
    fn each_holder_is_seen_to_by_the_cores_visibility_rules_as_its_viewer() {
        assert_eq!(Holder::Facilitator.viewer(), Viewer::Facilitator);
        assert_eq!(Holder::Editor.viewer(), Viewer::Facilitator);
        assert_eq!(Holder::Participant(ME).viewer(), Viewer::Participant(ME));
        assert_eq!(Holder::Board.viewer(), Viewer::Board);
        for holder in [
            Holder::Facilitator,
            Holder::Participant(ME),
            Holder::Board,
            Holder::Editor,
        ] {
            assert_eq!(
                Holder::from_stored(holder.key(), holder.participant()),
                Some(holder)
            );
            assert_eq!(
                holder.reads_everything(),
                holder.viewer() == Viewer::Facilitator
            );
        }
    }
}
