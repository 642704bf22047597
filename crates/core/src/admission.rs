//! Taking in an edit at the copy that orders a live session or a shared plan
//! (cares-server): first [`screen`] (already here, stamped within what a browser
//! holds, clock not far ahead, well formed), then for a late edit in a live session
//! the rules that depend on what was already saved when it arrived, not only on
//! where its stamp places it.
//!
//! An edit made offline, or at the same moment as others, arrives late: its stamp puts
//! it before edits already saved. [`fit`] checks it where it will really apply and
//! refuses it when it does not apply there; when it would make a saved edit stop
//! applying; when it is a participant's statement or vote that would land behind a
//! saved phase change or reveal (nobody votes after seeing the votes, or speaks into a
//! phase that has ended); when it would land inside a session that has since closed;
//! when it speaks for someone since erased; or when it would land more than
//! [`MAX_LANDS_BEHIND`] saved edits back, so checking an edit never replays much of a
//! long log. An edit that arrives in order needs none of this: [`crate::edits::apply`]
//! on the current state decides it.

use crate::coproduction::Phase;
use crate::document::Content;
use crate::edits::{self, Edit, EditError, EditLog, ReplicaReused, SessionStep, StampedEdit};
use crate::ids::{ParticipantId, SessionId};

/// How many saved edits a late edit may land behind: well beyond what hundreds of
/// phones sending at once put in between, far short of a long session's log. Made
/// again with a new stamp, it lands after them all.
pub const MAX_LANDS_BEHIND: usize = 1_000;

/// The largest seq or clock taken in: the largest whole number a browser's
/// JavaScript holds exactly.
pub const MAX_STAMP: u64 = (1 << 53) - 1;

/// What screening an edit found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Screened {
    /// Not seen before, and well formed.
    New,
    /// Already here (same replica, seq and change): acknowledged, not applied twice.
    Duplicate,
}

/// What a late edit would land behind that closes a window on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Moved {
    /// The session moved on to this phase.
    Phase(Phase),
    /// The votes were shown to everyone.
    Reveal,
}

/// Why a late edit was not taken in. Nothing changes when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Refusal {
    /// It does not apply where its stamp puts it.
    #[error(transparent)]
    Rules(#[from] EditError),
    /// Fitting it in would make an edit already saved stop applying.
    #[error(
        "this change was made offline and no longer fits: it would undo a change that is already saved"
    )]
    WouldUndo,
    /// A participant's statement or vote that would land behind a saved phase change
    /// or reveal.
    #[error("{what} arrived after {moved}, so it was not taken in")]
    TooLate {
        /// What it is ("a statement", "a vote").
        what: &'static str,
        /// What it would land behind.
        moved: Moved,
    },
    /// Any step of a session that would land before the session's saved close.
    #[error("this arrived after the session had closed, so it was not taken in")]
    Closed,
    /// Its seq or clock is 0 or above [`MAX_STAMP`].
    #[error("an edit's seq and clock must be between 1 and {MAX_STAMP}")]
    Stamp,
    /// Its clock is far beyond anything the copy has seen.
    #[error(
        "this edit's clock ({clock}) is far ahead of the session's ({now}); reload and try again"
    )]
    TooFarAhead {
        /// The edit's clock.
        clock: u64,
        /// The copy's clock.
        now: u64,
    },
    /// Its replica and seq are here with a different change: two devices or copies
    /// edit under one id. Taking it as a duplicate would lose it silently.
    #[error(transparent)]
    ReplicaReused(#[from] ReplicaReused),
    /// It would land further back than [`MAX_LANDS_BEHIND`] saved edits.
    #[error(
        "this change was made too long ago to fit in: {behind} changes have been saved since, and the most allowed is {max}"
    )]
    TooFarBack {
        /// How many saved edits it would land behind.
        behind: usize,
        /// [`MAX_LANDS_BEHIND`].
        max: usize,
    },
}

impl std::fmt::Display for Moved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Moved::Phase(phase) => write!(f, "the session moved on to the {phase} phase"),
            Moved::Reveal => f.write_str("the votes were shown"),
        }
    }
}

/// The checks that need no replay, for an edit arriving at a copy whose log is
/// `log`: already here (a duplicate, or [`Refusal::ReplicaReused`] when the same
/// replica and seq carry another change), seq and clock within 1..=[`MAX_STAMP`],
/// clock at most `max_clock_ahead` above the log's, and the edit's own lengths and
/// blanks ([`Edit::check`]).
pub fn screen(
    log: &EditLog,
    stamped: &StampedEdit,
    max_clock_ahead: u64,
) -> Result<Screened, Refusal> {
    if log.holds(stamped)? {
        return Ok(Screened::Duplicate);
    }
    let in_range = |n: u64| (1..=MAX_STAMP).contains(&n);
    if !in_range(stamped.seq) || !in_range(stamped.clock) {
        return Err(Refusal::Stamp);
    }
    if stamped.clock > log.clock().saturating_add(max_clock_ahead) {
        return Err(Refusal::TooFarAhead {
            clock: stamped.clock,
            now: log.clock(),
        });
    }
    stamped.edit.check()?;
    Ok(Screened::New)
}

/// Fits `stamped` into `saved` (edits already saved, in the total order) starting
/// from `state`, the state just before `saved[0]`; `saved` must run to the newest
/// saved edit.
///
/// On success, returns the state after all of `saved` and `stamped`: what the
/// document will hold once it is received. See the module docs for the refusals.
pub fn fit(
    mut state: Content,
    saved: &[&StampedEdit],
    stamped: &StampedEdit,
) -> Result<Content, Refusal> {
    let at = saved.partition_point(|e| e.order() < stamped.order());
    let behind = &saved[at..];
    if behind.len() > MAX_LANDS_BEHIND {
        return Err(Refusal::TooFarBack {
            behind: behind.len(),
            max: MAX_LANDS_BEHIND,
        });
    }
    if let Edit::Session { session, step } = &stamped.edit {
        check_window(*session, step, behind)?;
    }
    for e in &saved[..at] {
        let _skipped = edits::apply(&mut state, &e.edit);
    }
    let mut with = state.clone();
    edits::apply(&mut with, &stamped.edit)?;
    for e in behind {
        let applied_before = edits::apply(&mut state, &e.edit).is_ok();
        let applies_now = edits::apply(&mut with, &e.edit).is_ok();
        if applied_before && !applies_now {
            return Err(Refusal::WouldUndo);
        }
    }
    if let Edit::Session { session, step } = &stamped.edit
        && let Some(participant) = speaker(step)
        && erased_in(&state, *session, participant)
    {
        return Err(EditError::from(crate::coproduction::SessionError::Erased(participant)).into());
    }
    Ok(with)
}

/// Refuses a step of `session` landing behind the session's close, and a
/// participant's statement or vote landing behind a phase change or reveal.
fn check_window(
    session: SessionId,
    step: &SessionStep,
    behind: &[&StampedEdit],
) -> Result<(), Refusal> {
    let what = match step {
        SessionStep::AddContribution {
            participant: Some(_),
            ..
        } => Some("a statement"),
        SessionStep::Vote { .. } => Some("a vote"),
        SessionStep::Unvote { .. } => Some("taking back a vote"),
        _ => None,
    };
    let steps = behind.iter().filter_map(|e| match &e.edit {
        Edit::Session { session: s, step } if *s == session => Some(step),
        _ => None,
    });
    let mut first_moved = None;
    for step in steps {
        let moved = match step {
            SessionStep::Advance { to: Phase::Closed } => return Err(Refusal::Closed),
            SessionStep::Advance { to } => Moved::Phase(*to),
            SessionStep::RevealVotes => Moved::Reveal,
            _ => continue,
        };
        first_moved.get_or_insert(moved);
    }
    match (what, first_moved) {
        (Some(what), Some(moved)) => Err(Refusal::TooLate { what, moved }),
        _ => Ok(()),
    }
}

/// The participant a step speaks for, if any.
fn speaker(step: &SessionStep) -> Option<ParticipantId> {
    match step {
        SessionStep::Join { participant, .. }
        | SessionStep::Consent { participant, .. }
        | SessionStep::WithdrawConsent { participant }
        | SessionStep::Vote { participant, .. }
        | SessionStep::Unvote { participant, .. } => Some(*participant),
        SessionStep::AddContribution { participant, .. } => *participant,
        _ => None,
    }
}

fn erased_in(state: &Content, session: SessionId, participant: ParticipantId) -> bool {
    state
        .sessions
        .iter()
        .find(|s| s.id == session)
        .and_then(|s| s.participant(participant))
        .is_some_and(|p| p.is_erased())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coproduction::{Session, SessionError};
    use crate::document::Document;
    use crate::ids::{ContributionId, DocumentId, ReplicaId, ThemeId};
    use proptest::prelude::*;

    const SESSION: SessionId = SessionId::from_u128(1);
    const SERVER: ReplicaId = ReplicaId::from_u128(100);
    const PHONE: ReplicaId = ReplicaId::from_u128(101);
    const SAM: ParticipantId = ParticipantId::from_u128(7);
    const THEME: ThemeId = ThemeId::from_u128(50);

    fn session_doc() -> Result<Document, Box<dyn std::error::Error>> {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
        let session = Session::new(SESSION, "What carers need", "Maltby", day, 3)?;
        doc.apply(
            SERVER,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        doc.apply(
            SERVER,
            step(SessionStep::Join {
                participant: SAM,
                pseudonym: "Sam".into(),
            }),
        )?;
        Ok(doc)
    }

    fn step(step: SessionStep) -> Edit {
        Edit::Session {
            session: SESSION,
            step,
        }
    }

    fn statement(n: u128, text: &str) -> Edit {
        step(SessionStep::AddContribution {
            contribution: ContributionId::from_u128(n),
            participant: Some(SAM),
            text: text.into(),
        })
    }

    fn vote() -> Edit {
        step(SessionStep::Vote {
            participant: SAM,
            theme: THEME,
        })
    }

    fn stamped(seq: u64, clock: u64, edit: Edit) -> StampedEdit {
        StampedEdit {
            replica: PHONE,
            seq,
            clock,
            edit,
        }
    }

    /// Fits an edit against the whole of a document, from its snapshot.
    fn fit_whole(doc: &Document, e: &StampedEdit) -> Result<Content, Refusal> {
        let all: Vec<&StampedEdit> = doc.log().edits().iter().collect();
        fit(doc.base().clone(), &all, e)
    }

    /// A session in the prioritise phase with one theme.
    fn voting() -> Result<Document, Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        doc.apply(SERVER, statement(9, "to be listened to"))?;
        doc.apply(SERVER, step(SessionStep::Advance { to: Phase::Group }))?;
        doc.apply(
            SERVER,
            step(SessionStep::AddTheme {
                theme: THEME,
                name: "Listening".into(),
            }),
        )?;
        doc.apply(
            SERVER,
            step(SessionStep::Advance {
                to: Phase::Prioritise,
            }),
        )?;
        Ok(doc)
    }

    #[test]
    fn fit_foresees_what_receive_does() -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let offline = doc.log().clock() + 1;
        doc.apply(SERVER, statement(9, "to be listened to"))?;
        let e = stamped(1, offline, statement(1, "one named contact"));
        let after = fit_whole(&doc, &e)?;
        doc.receive([e])?;
        assert_eq!(&after, doc.content());
        assert_eq!(doc.content().sessions[0].contributions.len(), 2);
        Ok(())
    }

    #[test]
    fn an_edit_the_rules_refuse_is_refused_with_the_cores_reason()
    -> Result<(), Box<dyn std::error::Error>> {
        let doc = session_doc()?;
        let blank = stamped(1, doc.log().clock(), statement(1, "   "));
        let refusal = fit_whole(&doc, &blank).err();
        assert_eq!(
            refusal.map(|r| r.to_string()),
            Some("a statement needs some words".to_owned())
        );
        Ok(())
    }

    #[test]
    fn a_late_edit_that_would_push_out_a_saved_one_is_refused()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let early_clock = doc.log().clock();
        doc.apply(SERVER, statement(1, "someone else's words"))?;
        // Same statement id, placed before the saved one.
        let thief = stamped(1, early_clock, statement(1, "my words instead"));
        assert_eq!(fit_whole(&doc, &thief), Err(Refusal::WouldUndo));
        Ok(())
    }

    #[test]
    fn fitting_from_a_recent_state_gives_the_same_answer_as_from_the_start()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let offline_clock = doc.log().clock() + 1;
        for n in 10..20 {
            doc.apply(SERVER, statement(n, &format!("need {n}")))?;
        }
        let e = stamped(1, offline_clock, statement(1, "one named contact"));
        let edits: Vec<&StampedEdit> = doc.log().edits().iter().collect();
        let mut recent = doc.base().clone();
        for x in &edits[..2] {
            edits::apply(&mut recent, &x.edit)?;
        }
        assert_eq!(fit(recent, &edits[2..], &e)?, fit_whole(&doc, &e)?);
        Ok(())
    }

    #[test]
    fn a_statement_made_before_the_phase_moved_on_is_too_late_once_it_has()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        // The phone saw up to here, then went offline and typed a statement.
        let offline_clock = doc.log().clock();
        doc.apply(SERVER, step(SessionStep::Advance { to: Phase::Group }))?;
        let e = stamped(1, offline_clock, statement(1, "one named contact"));
        assert_eq!(
            fit_whole(&doc, &e),
            Err(Refusal::TooLate {
                what: "a statement",
                moved: Moved::Phase(Phase::Group)
            })
        );
        // The facilitator's own statement for the room is not a participant's.
        let room = stamped(
            2,
            offline_clock,
            step(SessionStep::AddContribution {
                contribution: ContributionId::from_u128(2),
                participant: None,
                text: "said in the room".into(),
            }),
        );
        assert!(fit_whole(&doc, &room).is_ok());
        Ok(())
    }

    #[test]
    fn a_vote_placed_before_the_reveal_or_the_close_is_refused_after_them()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = voting()?;
        let in_prioritise = doc.log().clock();
        // Fits while voting is open.
        assert!(fit_whole(&doc, &stamped(1, in_prioritise, vote())).is_ok());
        doc.apply(SERVER, step(SessionStep::RevealVotes))?;
        let e = stamped(1, in_prioritise, vote());
        assert_eq!(
            fit_whole(&doc, &e).map_err(|r| r.to_string()),
            Err("a vote arrived after the votes were shown, so it was not taken in".into())
        );
        for to in [Phase::Plan, Phase::Closed] {
            doc.apply(SERVER, step(SessionStep::Advance { to }))?;
        }
        assert_eq!(fit_whole(&doc, &e), Err(Refusal::Closed));
        // Anything of the session placed before the close, the facilitator's too.
        let hide = stamped(
            2,
            in_prioritise,
            step(SessionStep::Hide {
                contribution: ContributionId::from_u128(9),
            }),
        );
        assert_eq!(fit_whole(&doc, &hide), Err(Refusal::Closed));
        Ok(())
    }

    #[test]
    fn an_erased_participants_late_edit_is_refused_wherever_it_lands()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let offline = doc.log().clock();
        doc.apply(SERVER, step(SessionStep::Erase { participant: SAM }))?;
        // Stamped before the erasure: on its own it would apply there.
        let e = stamped(1, offline, statement(1, "my sister must not know"));
        assert!(e.order() < doc.log().edits()[doc.log().len() - 1].order());
        assert_eq!(
            fit_whole(&doc, &e),
            Err(Refusal::Rules(EditError::Session(SessionError::Erased(
                SAM
            ))))
        );
        Ok(())
    }

    #[test]
    fn an_edit_landing_too_far_back_is_refused_and_fits_when_made_again()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let offline = doc.log().clock();
        for n in 0..=MAX_LANDS_BEHIND as u128 {
            doc.apply(SERVER, statement(1000 + n, &format!("need {n}")))?;
        }
        let e = stamped(1, offline, statement(1, "one named contact"));
        assert_eq!(
            fit_whole(&doc, &e),
            Err(Refusal::TooFarBack {
                behind: MAX_LANDS_BEHIND + 1,
                max: MAX_LANDS_BEHIND
            })
        );
        let again = stamped(1, doc.log().clock() + 1, statement(1, "one named contact"));
        assert!(fit_whole(&doc, &again).is_ok());
        Ok(())
    }

    /// What a random session does: the facilitator moves it on or reveals the votes,
    /// or a phone makes a statement or a vote on the copy it last caught up with.
    #[derive(Debug, Clone)]
    enum Happening {
        Facilitator(u8),
        Phone { phone: usize, vote: bool },
        CatchUp(usize),
    }

    fn happening() -> impl Strategy<Value = Happening> {
        prop_oneof![
            1 => any::<u8>().prop_map(Happening::Facilitator),
            4 => (0..3usize, any::<bool>()).prop_map(|(phone, vote)| Happening::Phone { phone, vote }),
            2 => (0..3usize).prop_map(Happening::CatchUp),
        ]
    }

    /// The saved phase changes and reveals, by their place in the order.
    fn windows_closed(doc: &Document) -> Vec<(u64, ReplicaId, u64)> {
        doc.log()
            .edits()
            .iter()
            .filter(|e| {
                matches!(
                    e.edit,
                    Edit::Session {
                        step: SessionStep::Advance { .. } | SessionStep::RevealVotes,
                        ..
                    }
                )
            })
            .map(StampedEdit::order)
            .collect()
    }

    #[test]
    fn a_new_edit_is_new_and_a_repeat_is_a_duplicate() -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let e = stamped(1, doc.log().clock() + 1, statement(1, "to be listened to"));
        assert_eq!(screen(doc.log(), &e, 10), Ok(Screened::New));
        doc.receive([e.clone()])?;
        assert_eq!(screen(doc.log(), &e, 10), Ok(Screened::Duplicate));
        // The same replica and seq with different words is two devices under one id.
        let other = stamped(1, e.clock, statement(2, "to be heard"));
        assert!(matches!(
            screen(doc.log(), &other, 10),
            Err(Refusal::ReplicaReused(_))
        ));
        Ok(())
    }

    #[test]
    fn stamps_out_of_range_or_far_ahead_are_refused() -> Result<(), Box<dyn std::error::Error>> {
        let doc = session_doc()?;
        let zero = stamped(0, 5, statement(1, "x"));
        assert_eq!(screen(doc.log(), &zero, 10), Err(Refusal::Stamp));
        let huge = stamped(u64::MAX, 5, statement(1, "x"));
        assert_eq!(screen(doc.log(), &huge, 10), Err(Refusal::Stamp));
        let ahead = stamped(1, doc.log().clock() + 11, statement(1, "x"));
        assert!(matches!(
            screen(doc.log(), &ahead, 10),
            Err(Refusal::TooFarAhead { .. })
        ));
        let blank_title = stamped(1, 3, Edit::SetTitle { title: " ".into() });
        assert!(matches!(
            screen(doc.log(), &blank_title, 10),
            Err(Refusal::Rules(_))
        ));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Screening takes exactly the stamps a browser holds, within the clock cap,
        /// and never calls a new edit a duplicate.
        #[test]
        fn screening_takes_exactly_the_stamps_in_range_and_under_the_cap(
            seq in prop_oneof![Just(0u64), 1u64..50, Just(MAX_STAMP), Just(MAX_STAMP + 1), Just(u64::MAX)],
            clock in prop_oneof![Just(0u64), 1u64..60, Just(MAX_STAMP), Just(MAX_STAMP + 1)],
            cap in 0u64..40,
        ) {
            let doc = session_doc();
            prop_assert!(doc.is_ok());
            let Ok(doc) = doc else { return Ok(()) };
            let e = stamped(seq, clock, statement(1, "to be listened to"));
            let answer = screen(doc.log(), &e, cap);
            let in_range = (1..=MAX_STAMP).contains(&seq) && (1..=MAX_STAMP).contains(&clock);
            let under_cap = clock <= doc.log().clock() + cap;
            match answer {
                Ok(Screened::New) => prop_assert!(in_range && under_cap),
                Err(Refusal::Stamp) => prop_assert!(!in_range),
                Err(Refusal::TooFarAhead { now, .. }) => {
                    prop_assert!(in_range && !under_cap);
                    prop_assert_eq!(now, doc.log().clock());
                }
                other => prop_assert!(false, "unexpected {:?}", other),
            }
        }


        /// For random interleavings of phones working on stale copies and the
        /// facilitator moving the session on, no statement or vote that is taken in
        /// lands in a window (before a phase change or reveal) that had closed when
        /// it arrived.
        #[test]
        fn no_statement_or_vote_lands_in_a_window_closed_before_it_arrived(
            happenings in prop::collection::vec(happening(), 1..60)
        ) {
            let mut server = session_doc().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let phones: Vec<ParticipantId> = (0..3).map(|n| ParticipantId::from_u128(200 + n)).collect();
            for (n, p) in phones.iter().enumerate() {
                server.apply(SERVER, step(SessionStep::Join { participant: *p, pseudonym: format!("Phone {n}") }))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            let mut copies: Vec<Document> = vec![server.clone(); 3];
            let mut seqs = [0u64; 3];
            let mut next_id = 1u128;
            let mut facilitator_steps = 0u8;
            let mut taken = Vec::new();
            for happening in happenings {
                match happening {
                    Happening::Facilitator(n) => {
                        let session = &server.content().sessions[0];
                        let next = session.phase.next();
                        let edit = match (n % 3, next) {
                            (0, _) if session.phase >= Phase::Prioritise => step(SessionStep::RevealVotes),
                            (_, Some(Phase::Prioritise)) if session.themes.is_empty() => step(SessionStep::AddTheme {
                                theme: THEME, name: "Listening".into()
                            }),
                            (_, Some(to)) => step(SessionStep::Advance { to }),
                            (_, None) => continue,
                        };
                        facilitator_steps += 1;
                        server.apply(SERVER, edit).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    }
                    Happening::CatchUp(phone) => {
                        copies[phone].merge(&server).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    }
                    Happening::Phone { phone, vote } => {
                        let who = phones[phone];
                        let edit = if vote {
                            step(SessionStep::Vote { participant: who, theme: THEME })
                        } else {
                            next_id += 1;
                            step(SessionStep::AddContribution {
                                contribution: ContributionId::from_u128(next_id),
                                participant: Some(who),
                                text: "a need".into(),
                            })
                        };
                        // Made on the phone's copy, as the phone saw the session.
                        let mut on_phone = copies[phone].content().clone();
                        if edits::apply(&mut on_phone, &edit).is_err() {
                            continue;
                        }
                        seqs[phone] += 1;
                        let made = StampedEdit {
                            replica: ReplicaId::from_u128(300 + phone as u128),
                            seq: seqs[phone],
                            clock: copies[phone].log().clock() + 1,
                            edit,
                        };
                        let closed_at_arrival = windows_closed(&server);
                        let replica = made.replica;
                        if fit_whole(&server, &made).is_ok() {
                            prop_assert!(server.receive([made.clone()]).is_ok());
                            taken.push((made, closed_at_arrival));
                        }
                        prop_assert!(copies[phone].receive(server.log().edits().iter().filter(|e| e.replica == replica).cloned()).is_ok());
                    }
                }
            }
            prop_assume!(facilitator_steps > 0);
            for (made, closed) in &taken {
                for window in closed {
                    prop_assert!(
                        made.order() > *window,
                        "{:?} landed before a phase change or reveal saved before it arrived",
                        made.edit
                    );
                }
            }
        }
    }
}
