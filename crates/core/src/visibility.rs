//! Who may see which part of a live session: votes stay hidden until they are
//! revealed, and what people say about themselves (consent, roles, whether they
//! are a young carer, the name they chose) reaches only them and the facilitator.
//!
//! The server asks [`sight`] for each edit it passes on or sends in a catch-up; the
//! facilitator's device keeps a copy of a session with [`kept_on_device`]. Both go
//! by a [`Viewer`], the same one that decides whether a tally is shown.

use std::borrow::Cow;

use crate::coproduction::{Participant, Session, Viewer};
use crate::edits::{Edit, SessionStep, StampedEdit};
use crate::ids::ParticipantId;

/// What a phone or the board is told someone else is called. Their `Join` still
/// reaches them (the core takes a statement or a dot only from someone who has
/// joined), but the name they chose does not.
pub const WITHHELD_PSEUDONYM: &str = "Someone taking part";

/// How much of an edit a viewer is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
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

/// How much of `edit` `viewer` may see now.
///
/// Until the votes are revealed, a dot is seen only by the facilitator and the
/// person who cast it, so nobody follows the crowd. What people say about
/// themselves (their consent, roles and whether they are a young carer) is seen
/// only by them and the facilitator, who counts the roles for the summary; the
/// board and other phones show statements, themes and votes, never who made them,
/// so they are given someone's `Join` without the name.
///
/// ```
/// use cares_core::coproduction::Viewer;
/// use cares_core::edits::{Edit, SessionStep};
/// use cares_core::ids::{ParticipantId, SessionId, ThemeId};
/// use cares_core::visibility::{Sight, sight};
///
/// let sam = ParticipantId::from_u128(1);
/// let vote = Edit::Session {
///     session: SessionId::from_u128(2),
///     step: SessionStep::Vote { participant: sam, theme: ThemeId::from_u128(3) },
/// };
/// assert_eq!(sight(Viewer::Board, &vote, false), Sight::Nothing);
/// assert_eq!(sight(Viewer::Participant(sam), &vote, false), Sight::Whole);
/// assert_eq!(sight(Viewer::Board, &vote, true), Sight::Whole);
/// ```
pub fn sight(viewer: Viewer, edit: &Edit, votes_revealed: bool) -> Sight {
    let me = match viewer {
        Viewer::Facilitator => return Sight::Whole,
        Viewer::Participant(p) => Some(p),
        Viewer::Board => None,
    };
    let Edit::Session { step, .. } = edit else {
        return Sight::Whole;
    };
    let mine = |p: &ParticipantId| me == Some(*p);
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

/// True when `viewer` may see any of `edit` now (see [`sight`]).
pub fn may_see(viewer: Viewer, edit: &Edit, votes_revealed: bool) -> bool {
    sight(viewer, edit, votes_revealed) != Sight::Nothing
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

/// The edit as `viewer` may see it now, if at all.
pub fn as_seen_by(
    viewer: Viewer,
    stamped: &StampedEdit,
    votes_revealed: bool,
) -> Option<Cow<'_, StampedEdit>> {
    match sight(viewer, &stamped.edit, votes_revealed) {
        Sight::Whole => Some(Cow::Borrowed(stamped)),
        Sight::Redacted => Some(Cow::Owned(redacted(stamped))),
        Sight::Nothing => None,
    }
}

/// The session as a facilitator's device keeps a copy of it (to show where an
/// action came from, even offline): no hidden statements, and nothing anyone said
/// about themselves — each person keeps only their id and chosen name.
pub fn kept_on_device(session: &Session) -> Session {
    let mut copy = session.clone();
    copy.contributions.retain(|c| !c.hidden);
    copy.participants = copy
        .participants
        .iter()
        .map(|p| Participant::new(p.id, p.pseudonym.clone()))
        .collect();
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coproduction::Phase;
    use crate::ids::{ContributionId, ReplicaId, SessionId, ThemeId};
    use crate::roles::CarerRole;
    use proptest::prelude::*;

    const SESSION: SessionId = SessionId::from_u128(1);
    const ME: ParticipantId = ParticipantId::from_u128(3);
    const YOU: ParticipantId = ParticipantId::from_u128(4);

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

    fn join(participant: ParticipantId) -> Edit {
        step(SessionStep::Join {
            participant,
            pseudonym: "Okapi".into(),
        })
    }

    fn consent(participant: ParticipantId) -> Edit {
        step(SessionStep::Consent {
            participant,
            roles: [CarerRole::ParentCarer].into_iter().collect(),
            young_carer: Some(true),
        })
    }

    #[test]
    fn everyone_may_see_the_count_it_names_nobody() {
        let count = step(SessionStep::SetHeadcount { people: Some(12) });
        assert_eq!(sight(Viewer::Board, &count, false), Sight::Whole);
    }

    #[test]
    fn what_people_say_about_themselves_reaches_only_them_and_the_facilitator() {
        let withdraw = step(SessionStep::WithdrawConsent { participant: ME });
        for edit in [&join(ME), &consent(ME), &withdraw] {
            assert_eq!(sight(Viewer::Facilitator, edit, false), Sight::Whole);
            assert_eq!(sight(Viewer::Participant(ME), edit, false), Sight::Whole);
        }
        for other in [Viewer::Participant(YOU), Viewer::Board] {
            assert_eq!(sight(other, &join(ME), true), Sight::Redacted, "{other:?}");
            assert_eq!(
                sight(other, &consent(ME), true),
                Sight::Nothing,
                "{other:?}"
            );
            assert_eq!(sight(other, &withdraw, true), Sight::Nothing, "{other:?}");
        }
    }

    #[test]
    fn someone_elses_join_comes_with_the_same_stamp_and_no_name()
    -> Result<(), Box<dyn std::error::Error>> {
        let stamped = StampedEdit {
            replica: ReplicaId::from_u128(7),
            seq: 3,
            clock: 11,
            edit: join(ME),
        };
        let seen = as_seen_by(Viewer::Board, &stamped, false).ok_or("shown")?;
        assert_eq!(seen.order(), stamped.order(), "the same stamp");
        assert_eq!(seen.edit, redacted(&stamped).edit);
        let Edit::Session {
            step:
                SessionStep::Join {
                    participant,
                    pseudonym,
                },
            ..
        } = &seen.edit
        else {
            return Err(format!("not a join: {:?}", seen.edit).into());
        };
        assert_eq!((*participant, pseudonym.as_str()), (ME, WITHHELD_PSEUDONYM));
        assert!(matches!(
            as_seen_by(Viewer::Participant(ME), &stamped, false),
            Some(Cow::Borrowed(_))
        ));
        // The stand-in name must be one the core takes, or the join would not apply.
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("a date")?;
        let mut session = Session::new(SESSION, "Title", "", day, 3)?;
        assert_eq!(session.join(ME, WITHHELD_PSEUDONYM), Ok(()));
        Ok(())
    }

    #[test]
    fn hidden_votes_are_seen_only_by_the_facilitator_and_the_voter() {
        let v = vote(ME);
        assert!(may_see(Viewer::Facilitator, &v, false));
        assert!(may_see(Viewer::Participant(ME), &v, false));
        assert!(!may_see(Viewer::Participant(YOU), &v, false));
        assert!(!may_see(Viewer::Board, &v, false));
        assert!(may_see(Viewer::Board, &v, true));
        assert!(may_see(Viewer::Board, &statement(Some(ME)), false));
        assert_eq!(voter(&v), Some(ME));
        assert_eq!(voter(&statement(Some(ME))), None);
    }

    #[test]
    fn the_copy_kept_on_a_device_leaves_out_hidden_statements_and_what_people_said_about_themselves()
    -> Result<(), Box<dyn std::error::Error>> {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("a date")?;
        let mut session = Session::new(SESSION, "Maltby", "Maltby", day, 3)?;
        let ann = ParticipantId::from_u128(2);
        session.join(ann, "Ann")?;
        session.give_consent(
            ann,
            [CarerRole::ParentCarer].into_iter().collect(),
            Some(true),
        )?;
        let (kept, hidden) = (ContributionId::from_u128(3), ContributionId::from_u128(4));
        session.add_contribution(kept, Some(ann), "to tell my story once")?;
        session.add_contribution(hidden, Some(ann), "my neighbour Sam")?;
        session.hide_contribution(hidden)?;

        let copy = kept_on_device(&session);
        let ids: Vec<ContributionId> = copy.contributions.iter().map(|c| c.id).collect();
        assert_eq!(ids, [kept]);
        let ann_copy = copy.participant(ann).ok_or("still there")?;
        assert!(!ann_copy.consented && ann_copy.roles.is_empty() && ann_copy.young_carer.is_none());
        assert_eq!(ann_copy.pseudonym, "Ann");
        assert_eq!(copy.title, session.title);
        Ok(())
    }

    fn viewer() -> impl Strategy<Value = Viewer> {
        prop_oneof![
            Just(Viewer::Facilitator),
            Just(Viewer::Board),
            Just(Viewer::Participant(ME)),
            Just(Viewer::Participant(YOU)),
        ]
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let who = prop_oneof![Just(ME), Just(YOU)];
        (0..7usize, who).prop_map(|(kind, who)| match kind {
            0 => vote(who),
            1 => step(SessionStep::Unvote {
                participant: who,
                theme: ThemeId::from_u128(9),
            }),
            2 => join(who),
            3 => consent(who),
            4 => step(SessionStep::WithdrawConsent { participant: who }),
            5 => statement(Some(who)),
            _ => step(SessionStep::Advance { to: Phase::Group }),
        })
    }

    /// Who an edit is about, when it is about one person.
    fn about(edit: &Edit) -> Option<ParticipantId> {
        match edit {
            Edit::Session {
                step:
                    SessionStep::Vote { participant, .. }
                    | SessionStep::Unvote { participant, .. }
                    | SessionStep::Join { participant, .. }
                    | SessionStep::Consent { participant, .. }
                    | SessionStep::WithdrawConsent { participant },
                ..
            } => Some(*participant),
            _ => None,
        }
    }

    proptest! {
        /// The facilitator sees everything and each person everything of their own;
        /// revealing the votes only ever shows more; nobody else ever sees a
        /// consent or a chosen name; what is shown keeps its stamp.
        #[test]
        fn sight_never_hides_from_the_facilitator_or_the_person_and_never_shows_others_their_details(
            viewer in viewer(),
            edit in edit(),
            revealed in any::<bool>(),
        ) {
            prop_assert_eq!(sight(Viewer::Facilitator, &edit, revealed), Sight::Whole);
            if let Some(person) = about(&edit) {
                prop_assert_eq!(sight(Viewer::Participant(person), &edit, revealed), Sight::Whole);
            }
            if !may_see(viewer, &edit, false) {
                let about_themselves = matches!(
                    edit,
                    Edit::Session {
                        step: SessionStep::Consent { .. } | SessionStep::WithdrawConsent { .. },
                        ..
                    }
                );
                prop_assert!(voter(&edit).is_some() || about_themselves, "hidden: {:?}", edit);
            }
            prop_assert!(!may_see(viewer, &edit, false) || may_see(viewer, &edit, true));
            let theirs = about(&edit).is_some_and(|p| viewer == Viewer::Participant(p));
            if viewer != Viewer::Facilitator && !theirs {
                let stamped = StampedEdit { replica: ReplicaId::from_u128(1), seq: 1, clock: 1, edit: edit.clone() };
                if let Some(seen) = as_seen_by(viewer, &stamped, revealed) {
                    prop_assert_eq!(seen.order(), stamped.order());
                    let shown = serde_json::to_string(&*seen).unwrap_or_default();
                    prop_assert!(!shown.contains("Okapi"), "a chosen name shown: {}", shown);
                    prop_assert!(!shown.contains("parent-carer"), "a role shown: {}", shown);
                }
            }
        }
    }
}
