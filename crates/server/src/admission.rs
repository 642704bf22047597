//! Whether an edit sent by a client is taken in: new or already here, stamped
//! sensibly, and — in a live session — applying at its place in the one total order.
//!
//! An edit made offline arrives late: its clock puts it before edits the server has
//! already saved. It is checked where it will really apply, and refused if fitting
//! it in would make a saved edit stop applying (for example, a statement id reused
//! to push someone else's statement out). Shared plans follow the merge rule instead:
//! an edit that no longer applies is kept and skipped on every copy.

use cares_core::document::Document;
use cares_core::edits::{self, EditError, StampedEdit};

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

/// What admitting an edit found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admitted {
    /// A new edit, to be saved and passed on. `late` when it goes before edits
    /// already here (it was made offline).
    New {
        /// True when it belongs before the newest edit.
        late: bool,
    },
    /// Already here (same replica and seq): acknowledged, not applied twice.
    Duplicate,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Seq or clock out of range.
    #[error("an edit's seq and clock must be between 1 and {MAX_STAMP}")]
    Stamp,
    /// A clock far beyond anything the server has seen.
    #[error("this edit's clock ({clock}) is far ahead of the session's ({now}); reload and try again")]
    TooFarAhead {
        /// The edit's clock.
        clock: u64,
        /// The server's clock.
        now: u64,
    },
    /// The core's rules refuse it.
    #[error(transparent)]
    Rules(#[from] EditError),
    /// Fitting it in would undo an edit already saved.
    #[error(
        "this change was made offline and no longer fits: it would undo a change that is already saved"
    )]
    WouldUndo,
}

/// Decides whether `stamped` can be taken into `doc`.
pub fn admit(
    doc: &Document,
    stamped: &StampedEdit,
    mode: Mode,
    max_clock_ahead: u64,
) -> Result<Admitted, Refusal> {
    let log = doc.log();
    if log.contains(stamped.replica, stamped.seq) {
        return Ok(Admitted::Duplicate);
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
    let late = log
        .edits()
        .last()
        .is_some_and(|last| stamped.order() < last.order());
    if mode == Mode::Merge {
        return Ok(Admitted::New { late });
    }
    if !late {
        let mut content = doc.content().clone();
        edits::apply(&mut content, &stamped.edit)?;
        return Ok(Admitted::New { late: false });
    }
    // Replay up to its place, then play the rest both with and without it.
    let saved = log.edits();
    let at = saved.partition_point(|e| e.order() < stamped.order());
    let mut without = doc.base().clone();
    for e in &saved[..at] {
        let _skipped = edits::apply(&mut without, &e.edit);
    }
    let mut with = without.clone();
    edits::apply(&mut with, &stamped.edit)?;
    for e in &saved[at..] {
        let applied_before = edits::apply(&mut without, &e.edit).is_ok();
        let applies_now = edits::apply(&mut with, &e.edit).is_ok();
        if applied_before && !applies_now {
            return Err(Refusal::WouldUndo);
        }
    }
    Ok(Admitted::New { late: true })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::{Phase, Session};
    use cares_core::document::Content;
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

    #[test]
    fn a_new_edit_in_order_is_admitted_and_a_repeat_is_a_duplicate()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session_doc()?;
        let e = stamped(1, doc.log().clock() + 1, statement(1, "to be listened to"));
        assert_eq!(
            admit(&doc, &e, Mode::Strict, 10),
            Ok(Admitted::New { late: false })
        );
        doc.receive([e.clone()]);
        assert_eq!(admit(&doc, &e, Mode::Strict, 10), Ok(Admitted::Duplicate));
        Ok(())
    }

    #[test]
    fn an_edit_the_rules_refuse_is_refused_with_the_cores_reason()
    -> Result<(), Box<dyn std::error::Error>> {
        let doc = session_doc()?;
        let e = stamped(1, doc.log().clock() + 1, statement(1, "   "));
        let refusal = admit(&doc, &e, Mode::Strict, 10).err();
        assert_eq!(
            refusal.map(|r| r.to_string()),
            Some("a statement needs some words".to_owned())
        );
        // The same edit merges into a shared plan, where the core skips it everywhere.
        assert_eq!(
            admit(&doc, &e, Mode::Merge, 10),
            Ok(Admitted::New { late: false })
        );
        Ok(())
    }

    #[test]
    fn stamps_out_of_range_or_far_ahead_are_refused() -> Result<(), Box<dyn std::error::Error>> {
        let doc = session_doc()?;
        let zero = stamped(0, 5, statement(1, "x"));
        assert_eq!(admit(&doc, &zero, Mode::Strict, 10), Err(Refusal::Stamp));
        let huge = stamped(u64::MAX, 5, statement(1, "x"));
        assert_eq!(admit(&doc, &huge, Mode::Strict, 10), Err(Refusal::Stamp));
        let ahead = stamped(1, doc.log().clock() + 11, statement(1, "x"));
        assert!(matches!(
            admit(&doc, &ahead, Mode::Strict, 10),
            Err(Refusal::TooFarAhead { .. })
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
        assert_eq!(
            admit(&doc, &e, Mode::Strict, 10),
            Ok(Admitted::New { late: true })
        );
        // Made after seeing the phase move on, it is refused.
        let after = stamped(2, doc.log().clock() + 1, statement(2, "too late"));
        assert!(matches!(
            admit(&doc, &after, Mode::Strict, 10),
            Err(Refusal::Rules(_))
        ));
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
        assert_eq!(
            admit(&doc, &thief, Mode::Strict, 10),
            Err(Refusal::WouldUndo)
        );
        Ok(())
    }
}
