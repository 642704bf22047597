//! Whether an edit sent by a client is taken in: new or already here, stamped
//! sensibly, well formed, and — in a live session — applying at its place in the
//! one total order.
//!
//! Most edits arrive in order and are checked against the current state. An edit
//! made offline, or at the same moment as others, arrives late: its stamp puts it
//! before edits the server already holds. [`fit`] checks it where it will really
//! apply, by replaying from a recent state, and refuses it if fitting it in would
//! make a saved edit stop applying (for example, a statement id reused to push
//! someone else's statement out). Shared plans follow the merge rule instead: an
//! edit that no longer applies is kept and skipped on every copy.

use cares_core::document::Content;
use cares_core::edits::{self, EditError, EditLog, ReplicaReused, StampedEdit};

/// The largest seq or clock accepted: the largest whole number a browser's
/// JavaScript holds exactly.
pub const MAX_STAMP: u64 = (1 << 53) - 1;

/// How strictly edits are checked against the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A live session: an edit that does not apply is refused, with the reason.
    Strict,
    /// A shared plan: edits merge as the core merges them.
    Merge,
}

/// What screening an edit found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screened {
    /// Not seen before, and well formed.
    New,
    /// Already here (same replica, seq and change): acknowledged, not applied twice.
    Duplicate,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Seq or clock out of range.
    #[error("an edit's seq and clock must be between 1 and {MAX_STAMP}")]
    Stamp,
    /// A clock far beyond anything the server has seen.
    #[error(
        "this edit's clock ({clock}) is far ahead of the session's ({now}); reload and try again"
    )]
    TooFarAhead {
        /// The edit's clock.
        clock: u64,
        /// The server's clock.
        now: u64,
    },
    /// The core's rules refuse it.
    #[error(transparent)]
    Rules(#[from] EditError),
    /// Its replica and seq are here with a different change: two devices or copies
    /// edit under one id. Acknowledging it as a duplicate would lose it silently.
    #[error(transparent)]
    ReplicaReused(#[from] ReplicaReused),
    /// Fitting it in would undo an edit already saved.
    #[error(
        "this change was made offline and no longer fits: it would undo a change that is already saved"
    )]
    WouldUndo,
}

/// The checks that need no replay: already here, stamp in range, clock not far
/// ahead, and the edit's own lengths and blanks.
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

/// Fits `stamped` into `edits` (in the total order) starting from `state`, the
/// state just before `edits[0]`.
///
/// Refuses it if it does not apply at its place, or if any later edit that applied
/// without it stops applying with it. On success, returns the state after all of
/// `edits` and `stamped`: what the document will hold once it is received.
pub fn fit(
    mut state: Content,
    edits: &[&StampedEdit],
    stamped: &StampedEdit,
) -> Result<Content, Refusal> {
    let at = edits.partition_point(|e| e.order() < stamped.order());
    for e in &edits[..at] {
        let _skipped = edits::apply(&mut state, &e.edit);
    }
    let mut with = state.clone();
    edits::apply(&mut with, &stamped.edit)?;
    for e in &edits[at..] {
        let applied_before = edits::apply(&mut state, &e.edit).is_ok();
        let applies_now = edits::apply(&mut with, &e.edit).is_ok();
        if applied_before && !applies_now {
            return Err(Refusal::WouldUndo);
        }
    }
    Ok(with)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::{Phase, Session};
    use cares_core::document::Document;
    use cares_core::edits::{Edit, SessionStep};
    use cares_core::ids::{ContributionId, DocumentId, ParticipantId, ReplicaId, SessionId};

    const SESSION: SessionId = SessionId::from_u128(1);
    const SERVER: ReplicaId = ReplicaId::from_u128(100);
    const PHONE: ReplicaId = ReplicaId::from_u128(101);
    const SAM: ParticipantId = ParticipantId::from_u128(7);

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

    #[test]
    fn a_new_edit_is_new_and_a_repeat_is_a_duplicate() -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let e = stamped(1, doc.log().clock() + 1, statement(1, "to be listened to"));
        assert_eq!(screen(doc.log(), &e, 10), Ok(Screened::New));
        let after = fit_whole(&doc, &e)?;
        doc.receive([e.clone()])?;
        assert_eq!(&after, doc.content(), "fit foresees what receive does");
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
    fn an_edit_the_rules_refuse_is_refused_with_the_cores_reason()
    -> Result<(), Box<dyn std::error::Error>> {
        let doc = session_doc()?;
        let blank = stamped(1, doc.log().clock() + 1, statement(1, "   "));
        let refusal = fit_whole(&doc, &blank).err();
        assert_eq!(
            refusal.map(|r| r.to_string()),
            Some("a statement needs some words".to_owned())
        );
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
        let long_title = stamped(1, 3, Edit::SetTitle { title: " ".into() });
        assert!(matches!(
            screen(doc.log(), &long_title, 10),
            Err(Refusal::Rules(_))
        ));
        Ok(())
    }

    #[test]
    fn a_statement_made_offline_before_the_phase_moved_on_fits_in_late()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        // The phone saw up to here, then went offline and typed a statement.
        let offline_clock = doc.log().clock() + 1;
        // Meanwhile the room added one and the facilitator moved on.
        doc.apply(SERVER, statement(9, "to be listened to"))?;
        doc.apply(SERVER, step(SessionStep::Advance { to: Phase::Group }))?;
        let e = stamped(1, offline_clock, statement(1, "one named contact"));
        let after = fit_whole(&doc, &e)?;
        doc.receive([e])?;
        assert_eq!(&after, doc.content());
        assert_eq!(doc.content().sessions[0].contributions.len(), 2);
        // Made after seeing the phase move on, it is refused.
        let late = stamped(2, doc.log().clock() + 1, statement(2, "too late"));
        assert!(matches!(fit_whole(&doc, &late), Err(Refusal::Rules(_))));
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
}
