//! Who may do what: the roles a token carries, which edits each role may make in a
//! session, and how much of each edit a role is shown: votes stay hidden until they
//! are revealed, and what people say about themselves reaches only them and the
//! facilitator.
//!
//! These are the server's own rules, about people and tokens. Whether an edit makes
//! sense (the right phase, votes left, text not too long) is the core's to decide.

use std::borrow::Cow;
use std::fmt;

use cares_core::edits::{Edit, SessionStep, StampedEdit};
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

/// What a phone or the board is told someone else is called. Their `Join` still
/// reaches them (the core takes a statement or a dot only from someone who has
/// joined), but the name they chose does not.
pub const WITHHELD_PSEUDONYM: &str = "Someone taking part";

/// How much of an edit a role is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sight {
    /// All of it.
    Whole,
    /// The step without the person's chosen name: someone else's `Join`, with
    /// [`WITHHELD_PSEUDONYM`] in place of their pseudonym.
    Redacted,
    /// None of it.
    Nothing,
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

/// How much of `edit` `role` may see now.
///
/// Until the votes are revealed, a dot is seen only by the facilitator and the
/// person who cast it, so nobody follows the crowd. What people say about
/// themselves (their consent, roles and whether they are a young carer) is seen
/// only by them and the facilitator, who counts the roles for the summary; the
/// board and other phones show statements, themes and votes, never who made them,
/// so they are given someone's `Join` without the name.
pub fn sight(role: &Role, edit: &Edit, votes_revealed: bool) -> Sight {
    if role.reads_everything() {
        return Sight::Whole;
    }
    let Edit::Session { step, .. } = edit else {
        return Sight::Whole;
    };
    let mine = |p: &ParticipantId| role.participant() == Some(*p);
    match step {
        SessionStep::Vote { participant, .. } | SessionStep::Unvote { participant, .. } => {
            if votes_revealed || mine(participant) {
                Sight::Whole
            } else {
                Sight::Nothing
            }
        }
        SessionStep::Join { participant, .. } if !mine(participant) => Sight::Redacted,
        SessionStep::Consent { participant, .. } | SessionStep::WithdrawConsent { participant }
            if !mine(participant) =>
        {
            Sight::Nothing
        }
        _ => Sight::Whole,
    }
}

/// True when `role` may see any of `edit` now (see [`sight`]).
pub fn may_see(role: &Role, edit: &Edit, votes_revealed: bool) -> bool {
    sight(role, edit, votes_revealed) != Sight::Nothing
}

/// The edit with the person's chosen name left out, for [`Sight::Redacted`]; the
/// same stamp, so every copy still orders and counts it as the one edit.
pub fn redacted(stamped: &StampedEdit) -> StampedEdit {
    let mut edit = stamped.clone();
    if let Edit::Session {
        step: SessionStep::Join { pseudonym, .. },
        ..
    } = &mut edit.edit
    {
        WITHHELD_PSEUDONYM.clone_into(pseudonym);
    }
    edit
}

/// The edit as `role` may see it now, if at all.
pub fn as_seen_by<'a>(
    role: &Role,
    stamped: &'a StampedEdit,
    votes_revealed: bool,
) -> Option<Cow<'a, StampedEdit>> {
    match sight(role, &stamped.edit, votes_revealed) {
        Sight::Whole => Some(Cow::Borrowed(stamped)),
        Sight::Redacted => Some(Cow::Owned(redacted(stamped))),
        Sight::Nothing => None,
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
    fn only_the_facilitator_may_count_the_room() {
        let count = step(SessionStep::SetHeadcount { people: Some(12) });
        assert_eq!(may_make(&Role::Facilitator, &SCOPE, &count), Ok(()));
        assert_eq!(
            may_make(&Role::Participant(ME), &SCOPE, &count),
            Err(Forbidden::Participant)
        );
        assert_eq!(
            may_make(&Role::Board, &SCOPE, &count),
            Err(Forbidden::Board)
        );
        // Everyone may see the count: it names nobody.
        assert_eq!(sight(&Role::Board, &count, false), Sight::Whole);
    }

    #[test]
    fn what_people_say_about_themselves_reaches_only_them_and_the_facilitator() {
        let join = step(SessionStep::Join {
            participant: ME,
            pseudonym: "Okapi".into(),
        });
        let consent = step(SessionStep::Consent {
            participant: ME,
            roles: [cares_core::roles::CarerRole::ParentCarer]
                .into_iter()
                .collect(),
            young_carer: Some(true),
        });
        let withdraw = step(SessionStep::WithdrawConsent { participant: ME });
        for edit in [&join, &consent, &withdraw] {
            assert_eq!(sight(&Role::Facilitator, edit, false), Sight::Whole);
            assert_eq!(sight(&Role::Participant(ME), edit, false), Sight::Whole);
        }
        for other in [Role::Participant(YOU), Role::Board] {
            assert_eq!(sight(&other, &join, true), Sight::Redacted, "{other}");
            assert_eq!(sight(&other, &consent, true), Sight::Nothing, "{other}");
            assert_eq!(sight(&other, &withdraw, true), Sight::Nothing, "{other}");
        }

        let stamped = StampedEdit {
            replica: cares_core::ids::ReplicaId::from_u128(7),
            seq: 3,
            clock: 11,
            edit: join,
        };
        let seen = as_seen_by(&Role::Board, &stamped, false).expect("shown");
        assert_eq!(seen.order(), stamped.order(), "the same stamp");
        let Edit::Session {
            step:
                SessionStep::Join {
                    participant,
                    pseudonym,
                },
            ..
        } = &seen.edit
        else {
            panic!("still a join: {:?}", seen.edit);
        };
        assert_eq!((*participant, pseudonym.as_str()), (ME, WITHHELD_PSEUDONYM));
        assert!(matches!(
            as_seen_by(&Role::Participant(ME), &stamped, false),
            Some(Cow::Borrowed(_))
        ));
        // The stand-in name must be one the core takes, or the join would not apply.
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 14).expect("a date");
        let mut session = cares_core::coproduction::Session::new(SESSION, "Title", "", day, 3)
            .expect("a session");
        assert_eq!(session.join(ME, WITHHELD_PSEUDONYM), Ok(()));
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
