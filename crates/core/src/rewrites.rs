//! Which logged edits a removal or an erasure rewrote, so a copy that stores its
//! log row by row (cares-server) writes those rows again and keeps no erased words.
//!
//! An erasure blanks words in edits already logged ([`crate::edits::EditLog::redact`])
//! without changing their stamps. A store that took a copy of the log before the
//! erasure asks [`rewritten`] which edits now differ from that copy.

use crate::edits::StampedEdit;

/// The edits of `after` that were in `before` (the same replica and seq) and are
/// no longer the same: their words were blanked since. Both are logs in the one
/// total order, as [`crate::edits::EditLog::edits`] gives them; edits new in
/// `after` are not listed. In the order of `after`.
///
/// ```
/// use cares_core::edits::{Edit, StampedEdit};
/// use cares_core::ids::ReplicaId;
/// use cares_core::rewrites::rewritten;
///
/// let stamped = |title: &str| StampedEdit {
///     replica: ReplicaId::from_u128(1),
///     seq: 1,
///     clock: 1,
///     edit: Edit::SetTitle { title: title.into() },
/// };
/// let before = [stamped("Maltby")];
/// assert!(rewritten(&before, &before).is_empty());
/// let after = [stamped("(removed)")];
/// assert_eq!(rewritten(&before, &after), [&after[0]]);
/// ```
pub fn rewritten<'a>(before: &[StampedEdit], after: &'a [StampedEdit]) -> Vec<&'a StampedEdit> {
    after
        .iter()
        .filter(|now| {
            before
                .binary_search_by_key(&now.order(), StampedEdit::order)
                .is_ok_and(|at| before[at].edit != now.edit)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coproduction::Session;
    use crate::document::{Content, Document};
    use crate::edits::{ERASED_TEXT, Edit, SessionStep};
    use crate::ids::{ContributionId, DocumentId, ParticipantId, ReplicaId, SessionId};
    use proptest::prelude::*;

    const SESSION: SessionId = SessionId::from_u128(1);
    const SERVER: ReplicaId = ReplicaId::from_u128(100);

    fn step(step: SessionStep) -> Edit {
        Edit::Session {
            session: SESSION,
            step,
        }
    }

    /// A session three people joined, with the statements given as (who, words).
    fn session(statements: &[(u128, String)]) -> Result<Document, Box<dyn std::error::Error>> {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
        let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
        let session = Session::new(SESSION, "What carers need", "Maltby", day, 3)?;
        doc.apply(
            SERVER,
            Edit::AddSession {
                session: Box::new(session),
            },
        )?;
        for who in 1..=3 {
            doc.apply(
                SERVER,
                step(SessionStep::Join {
                    participant: ParticipantId::from_u128(who),
                    pseudonym: format!("Person {who}"),
                }),
            )?;
        }
        for (n, (who, words)) in statements.iter().enumerate() {
            doc.apply(
                SERVER,
                step(SessionStep::AddContribution {
                    contribution: ContributionId::from_u128(1_000 + n as u128),
                    participant: Some(ParticipantId::from_u128(*who)),
                    text: words.clone(),
                }),
            )?;
        }
        Ok(doc)
    }

    /// The participant an edit speaks for.
    fn speaker(edit: &Edit) -> Option<ParticipantId> {
        match edit {
            Edit::Session {
                step:
                    SessionStep::Join { participant, .. }
                    | SessionStep::AddContribution {
                        participant: Some(participant),
                        ..
                    },
                ..
            } => Some(*participant),
            _ => None,
        }
    }

    #[test]
    fn nothing_is_rewritten_when_nothing_was_erased() -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = session(&[(1, "to be heard".into())])?;
        let before = doc.log().edits().to_vec();
        doc.apply(
            SERVER,
            step(SessionStep::Advance {
                to: crate::coproduction::Phase::Group,
            }),
        )?;
        assert!(rewritten(&before, doc.log().edits()).is_empty());
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// After someone is erased, exactly their own join and statements are
        /// rewritten (the erasure itself is new, not rewritten), and none of their
        /// words is left in what the store would write.
        #[test]
        fn an_erasure_rewrites_exactly_the_erased_persons_edits(
            statements in proptest::collection::vec((1u128..=3, "[a-z]{3,12}"), 0..12),
            erased in 1u128..=3,
        ) {
            let doc = session(&statements);
            prop_assert!(doc.is_ok(), "{:?}", doc.err().map(|e| e.to_string()));
            let Ok(mut doc) = doc else { return Ok(()) };
            let before = doc.log().edits().to_vec();
            let person = ParticipantId::from_u128(erased);
            let erase = doc.apply(SERVER, step(SessionStep::Erase { participant: person }));
            prop_assert!(erase.is_ok(), "{:?}", erase.err());
            let changed = rewritten(&before, doc.log().edits());
            let theirs = before.iter().filter(|e| speaker(&e.edit) == Some(person)).count();
            prop_assert_eq!(changed.len(), theirs);
            for e in &changed {
                prop_assert_eq!(speaker(&e.edit), Some(person));
                if let Edit::Session { step: SessionStep::AddContribution { text, .. }, .. } = &e.edit {
                    prop_assert_eq!(text.as_str(), ERASED_TEXT);
                }
            }
            let stored = serde_json::to_string(doc.log().edits()).unwrap_or_default();
            for (who, words) in &statements {
                if *who == erased && !statements.iter().any(|(w, t)| *w != erased && t.contains(words.as_str())) {
                    prop_assert!(!stored.contains(&format!("\"{words}\"")), "{} is still stored", words);
                }
            }
        }
    }
}
