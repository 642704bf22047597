//! Whether an edit sent by a client is taken in: new or already here, stamped
//! sensibly and well formed. These checks are the server's own (stamps a browser
//! can hold, clocks not far ahead); whether an edit may land where its stamp puts it
//! in a live session is the core's session rule (`cares_core::admission::fit`),
//! which the room asks for each late edit. Shared plans follow the merge rule
//! instead: an edit that no longer applies is kept and skipped on every copy.

use cares_core::edits::{EditError, EditLog, ReplicaReused, StampedEdit};

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
    /// The core's session rules refuse it where it would land (late, in a live session).
    #[error(transparent)]
    Late(#[from] cares_core::admission::Refusal),
    /// Its replica and seq are here with a different change: two devices or copies
    /// edit under one id. Acknowledging it as a duplicate would lose it silently.
    #[error(transparent)]
    ReplicaReused(#[from] ReplicaReused),
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

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::Session;
    use cares_core::document::{Content, Document};
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
        let long_title = stamped(1, 3, Edit::SetTitle { title: " ".into() });
        assert!(matches!(
            screen(doc.log(), &long_title, 10),
            Err(Refusal::Rules(_))
        ));
        Ok(())
    }
}
