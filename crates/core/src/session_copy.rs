//! A live session as one of its devices holds it: the session alone, built from the
//! session document's snapshot and its edits in the one total order every copy uses
//! ([`crate::edits`]).
//!
//! A phone or a board needs the session, not the document around it. Reading the
//! whole document (plans, packs, the programme) and every kind of edit would put
//! the code for all of them on every phone in the room. A [`SessionCopy`] reads the
//! document's edits as [`SessionEdit`]s — a session starting, a step in it, or
//! "another edit", whose contents are skipped unread — and applies each step by the
//! document's own rules ([`SessionStep::apply_to`]), so a device shows what the
//! server holds. The edits keep the document's JSON shape: a [`StampedSessionEdit`]
//! a device writes is read by the server as a [`crate::edits::StampedEdit`], and the
//! other way round.
//!
//! ```
//! use cares_core::coproduction::Session;
//! use cares_core::edits::SessionStep;
//! use cares_core::ids::{ReplicaId, SessionId};
//! use cares_core::session_copy::{SessionCopy, SessionEdit, StampedSessionEdit};
//!
//! let id = SessionId::from_u128(1);
//! let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
//! let session = Session::new(id, "What carers need", "Maltby", day, 3).unwrap();
//! let mut copy = SessionCopy::new(id, vec![session]);
//! let join = r#"{"replica":"00000000-0000-0000-0000-000000000007","seq":1,"clock":3,
//!     "edit":{"session":{"session":"00000000-0000-0000-0000-000000000001",
//!     "step":{"join":{"participant":"00000000-0000-0000-0000-000000000009","pseudonym":"Cal"}}}}}"#;
//! let retitle = r#"{"replica":"00000000-0000-0000-0000-000000000007","seq":2,"clock":4,
//!     "edit":{"set-title":{"title":"Maltby"}}}"#;
//! let edits: Vec<StampedSessionEdit> = [join, retitle]
//!     .iter()
//!     .map(|text| serde_json::from_str(text).unwrap())
//!     .collect();
//! assert_eq!(edits[1].edit, SessionEdit::Other);
//! copy.receive(edits).unwrap();
//! assert_eq!(copy.session().unwrap().participants.len(), 1);
//! assert!(copy.contains(ReplicaId::from_u128(7), 2));
//! assert_eq!(copy.clock(), 4);
//! ```

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::coproduction::{Session, SessionError};
use crate::edits::{ReplicaReused, SessionStep};
use crate::ids::{ReplicaId, SessionId};

/// An edit of a session's document, as a device of the session reads it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionEdit {
    /// A session starts (the document's `add-session`).
    Start(Box<Session>),
    /// One step in a session (the document's `session`).
    Step {
        /// Which session.
        session: SessionId,
        /// The step.
        step: SessionStep,
    },
    /// Any other edit of the document (its title, the plan the session feeds): it
    /// changes no session, so its contents are skipped. It cannot be written back.
    Other,
}

impl SessionEdit {
    /// The step, when this is one in `session`.
    pub fn step_in(&self, session: SessionId) -> Option<&SessionStep> {
        match self {
            SessionEdit::Step { session: s, step } if *s == session => Some(step),
            _ => None,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFields<S> {
    session: SessionId,
    step: S,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StartFields<S> {
    session: S,
}

impl Serialize for SessionEdit {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            SessionEdit::Start(session) => {
                map.serialize_entry("add-session", &StartFields { session })?;
            }
            SessionEdit::Step { session, step } => map.serialize_entry(
                "session",
                &StepFields {
                    session: *session,
                    step,
                },
            )?,
            SessionEdit::Other => {
                return Err(serde::ser::Error::custom(
                    "an edit other than a session's is not kept here, so it cannot be written",
                ));
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for SessionEdit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Read;
        impl<'de> Visitor<'de> for Read {
            type Value = SessionEdit;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an edit")
            }

            fn visit_str<E: de::Error>(self, _kind: &str) -> Result<SessionEdit, E> {
                Ok(SessionEdit::Other)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SessionEdit, A::Error> {
                let Some(kind) = map.next_key::<String>()? else {
                    return Err(de::Error::custom("an edit names its kind"));
                };
                let edit = match kind.as_str() {
                    "session" => {
                        let fields: StepFields<SessionStep> = map.next_value()?;
                        SessionEdit::Step {
                            session: fields.session,
                            step: fields.step,
                        }
                    }
                    "add-session" => {
                        let fields: StartFields<Box<Session>> = map.next_value()?;
                        SessionEdit::Start(fields.session)
                    }
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                        SessionEdit::Other
                    }
                };
                if map.next_key::<IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom("an edit is one kind, not several"));
                }
                Ok(edit)
            }
        }
        deserializer.deserialize_any(Read)
    }
}

/// A session's edit with the stamp that places it in the document's one total
/// order: the same JSON as [`crate::edits::StampedEdit`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StampedSessionEdit {
    /// The device or copy that made it.
    pub replica: ReplicaId,
    /// Its number among that device's edits, from 1.
    pub seq: u64,
    /// Its Lamport clock: greater than every edit its maker had seen.
    pub clock: u64,
    /// The edit.
    pub edit: SessionEdit,
}

impl StampedSessionEdit {
    /// The key that orders every edit the same way on every copy.
    pub fn order(&self) -> (u64, ReplicaId, u64) {
        (self.clock, self.replica, self.seq)
    }
}

/// The sessions in a document's snapshot, read without the rest of the document
/// (the welcome's `base`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Sessions {
    /// Its co-production sessions.
    #[serde(default)]
    pub sessions: Vec<Session>,
}

/// One session as a device holds it: the snapshot's sessions and the edits received,
/// applied in the one total order.
#[derive(Debug, Clone)]
pub struct SessionCopy {
    id: SessionId,
    base: Option<Session>,
    edits: Vec<StampedSessionEdit>,
    /// Where each received edit sits in `edits`, by replica and seq.
    seen: HashMap<(ReplicaId, u64), usize>,
    clock: u64,
    current: Option<Session>,
}

impl SessionCopy {
    /// The copy of session `id`, from the sessions of the document's snapshot.
    pub fn new(id: SessionId, snapshot: Vec<Session>) -> Self {
        let base = snapshot.into_iter().find(|s| s.id == id);
        Self {
            id,
            current: base.clone(),
            base,
            edits: Vec::new(),
            seen: HashMap::new(),
            clock: 0,
        }
    }

    /// The session now; `None` until it has started.
    pub fn session(&self) -> Option<&Session> {
        self.current.as_ref()
    }

    /// The highest clock among the edits received; 0 for none.
    pub fn clock(&self) -> u64 {
        self.clock
    }

    /// True when the edit `replica` numbered `seq` has been received.
    pub fn contains(&self, replica: ReplicaId, seq: u64) -> bool {
        self.seen.contains_key(&(replica, seq))
    }

    /// Takes in edits, in any order and any number of times; returns how many were
    /// new. All or nothing: an edit whose replica and seq are already here with a
    /// different change is refused ([`ReplicaReused`]) and nothing changes.
    pub fn receive(
        &mut self,
        edits: impl IntoIterator<Item = StampedSessionEdit>,
    ) -> Result<usize, ReplicaReused> {
        let mut fresh: Vec<StampedSessionEdit> = Vec::new();
        let mut fresh_at: HashMap<(ReplicaId, u64), usize> = HashMap::new();
        for stamped in edits {
            let key = (stamped.replica, stamped.seq);
            let held = self.seen.get(&key).map(|&i| &self.edits[i]);
            let earlier = fresh_at.get(&key).map(|&i| &fresh[i]);
            match held.or(earlier) {
                Some(same) if same_change(same, &stamped) => {}
                Some(_) => {
                    return Err(ReplicaReused {
                        replica: stamped.replica,
                        seq: stamped.seq,
                    });
                }
                None => {
                    fresh_at.insert(key, fresh.len());
                    fresh.push(stamped);
                }
            }
        }
        let added = fresh.len();
        if added == 0 {
            return Ok(0);
        }
        fresh.sort_by_key(StampedSessionEdit::order);
        let in_order = match (self.edits.last(), fresh.first()) {
            (Some(last), Some(first)) => first.order() > last.order(),
            _ => true,
        };
        let old_len = self.edits.len();
        self.clock = fresh.iter().map(|e| e.clock).fold(self.clock, u64::max);
        self.edits.extend(fresh);
        // Edits arriving in order (nearly always, live) are applied on top; one
        // that lands among those already here replays the session from its start.
        let from = if in_order {
            old_len
        } else {
            self.edits.sort_by_key(StampedSessionEdit::order);
            self.current = self.base.clone();
            0
        };
        for (at, stamped) in self.edits.iter().enumerate().skip(from) {
            // A step the session's rules refuse is skipped here exactly as it is
            // on every other copy.
            let _skipped = apply(&mut self.current, self.id, &stamped.edit);
            self.seen.insert((stamped.replica, stamped.seq), at);
        }
        Ok(added)
    }

    /// The session with `edits` applied on top (this device's own, not answered
    /// yet), each skipped if the session's rules refuse it.
    pub fn with<'a>(&self, edits: impl IntoIterator<Item = &'a SessionEdit>) -> Option<Session> {
        let mut session = self.current.clone();
        for edit in edits {
            let _skipped = apply(&mut session, self.id, edit);
        }
        session
    }
}

/// Applies one edit to the session `id` (absent until it starts): a step by the
/// session's rules, a start if it is this session, anything else changes nothing.
/// Atomic: on an error nothing changed.
pub fn apply(
    session: &mut Option<Session>,
    id: SessionId,
    edit: &SessionEdit,
) -> Result<(), CopyError> {
    match edit {
        SessionEdit::Start(started) if started.id == id && session.is_none() => {
            *session = Some((**started).clone());
            Ok(())
        }
        SessionEdit::Step { session: s, step } if *s == id => {
            let Some(session) = session.as_mut() else {
                return Err(CopyError::NotStarted(id));
            };
            step.apply_to_session(session).map(|_gone| ())?;
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Why [`apply`] refused an edit. Narrower than the document's
/// [`crate::edits::EditError`], so a phone carries only the session's errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CopyError {
    /// A step for a session the copy does not hold yet (its start has not arrived).
    #[error("no session with id {0}")]
    NotStarted(SessionId),
    /// The session's rules refused the step.
    #[error(transparent)]
    Refused(#[from] SessionError),
}

/// True when two edits with one replica and seq are the same change. Edits read as
/// [`SessionEdit::Other`] cannot be told apart, and are taken as the same.
fn same_change(a: &StampedSessionEdit, b: &StampedSessionEdit) -> bool {
    a.clock == b.clock && a.edit == b.edit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edits::{Edit, StampedEdit};
    use crate::ids::{ContributionId, ParticipantId};

    const SESSION: SessionId = SessionId::from_u128(1);

    fn stamped(replica: u128, seq: u64, clock: u64, edit: SessionEdit) -> StampedSessionEdit {
        StampedSessionEdit {
            replica: ReplicaId::from_u128(replica),
            seq,
            clock,
            edit,
        }
    }

    fn step(step: SessionStep) -> SessionEdit {
        SessionEdit::Step {
            session: SESSION,
            step,
        }
    }

    fn join(who: u128) -> SessionEdit {
        step(SessionStep::Join {
            participant: ParticipantId::from_u128(who),
            pseudonym: format!("Carer {who}"),
        })
    }

    fn statement(id: u128, who: u128, text: &str) -> SessionEdit {
        step(SessionStep::AddContribution {
            contribution: ContributionId::from_u128(id),
            participant: Some(ParticipantId::from_u128(who)),
            text: text.into(),
        })
    }

    fn session() -> Session {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("as written");
        Session::new(SESSION, "What carers need", "Maltby", day, 3).expect("as written")
    }

    fn fresh() -> SessionCopy {
        SessionCopy::new(SESSION, vec![session()])
    }

    fn texts(copy: &SessionCopy) -> Vec<String> {
        copy.session()
            .map(|s| s.contributions.iter().map(|c| c.text.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_session_edit_reads_and_writes_as_the_document_edit_it_is() {
        let full = StampedEdit {
            replica: ReplicaId::from_u128(3),
            seq: 4,
            clock: 5,
            edit: Edit::Session {
                session: SESSION,
                step: SessionStep::Vote {
                    participant: ParticipantId::from_u128(9),
                    theme: crate::ids::ThemeId::from_u128(2),
                },
            },
        };
        let text = serde_json::to_string(&full).expect("as written");
        let lean: StampedSessionEdit = serde_json::from_str(&text).expect("as written");
        assert_eq!(
            lean.edit.step_in(SESSION),
            Some(&SessionStep::Vote {
                participant: ParticipantId::from_u128(9),
                theme: crate::ids::ThemeId::from_u128(2),
            })
        );
        let back: StampedEdit =
            serde_json::from_str(&serde_json::to_string(&lean).expect("as written"))
                .expect("as written");
        assert_eq!(back, full, "the server reads what a device writes");

        let start = Edit::AddSession {
            session: Box::new(session()),
        };
        let lean: SessionEdit =
            serde_json::from_str(&serde_json::to_string(&start).expect("as written"))
                .expect("as written");
        assert!(matches!(&lean, SessionEdit::Start(s) if s.id == SESSION));
        let back: Edit = serde_json::from_str(&serde_json::to_string(&lean).expect("as written"))
            .expect("as written");
        assert_eq!(back, start);
    }

    #[test]
    fn other_edits_are_skipped_unread_and_cannot_be_written() {
        let retitle = Edit::SetTitle {
            title: "Maltby".into(),
        };
        let lean: SessionEdit =
            serde_json::from_str(&serde_json::to_string(&retitle).expect("as written"))
                .expect("as written");
        assert_eq!(lean, SessionEdit::Other);
        assert!(serde_json::to_string(&lean).is_err());
        let two: Result<SessionEdit, _> =
            serde_json::from_str(r#"{"set-title":{"title":"a"},"session":{}}"#);
        assert!(two.is_err(), "one kind per edit");
        let bad_step: Result<SessionEdit, _> = serde_json::from_str(
            r#"{"session":{"session":"00000000-0000-0000-0000-000000000001","step":{"dance":{}}}}"#,
        );
        assert!(
            bad_step.is_err(),
            "a step it does not know is an error, not skipped"
        );
    }

    #[test]
    fn edits_arriving_out_of_order_give_the_same_session_as_in_order() {
        let edits = vec![
            stamped(7, 1, 1, join(1)),
            stamped(7, 2, 2, statement(10, 1, "a lift to the clinic")),
            stamped(8, 1, 3, join(2)),
            stamped(8, 2, 4, statement(11, 2, "a night off")),
            stamped(8, 3, 5, SessionEdit::Other),
        ];
        let mut in_order = fresh();
        assert_eq!(in_order.receive(edits.clone()).expect("as written"), 5);
        let mut reversed = fresh();
        for e in edits.iter().rev() {
            reversed.receive([e.clone()]).expect("as written");
        }
        assert_eq!(in_order.session(), reversed.session());
        assert_eq!(texts(&in_order), ["a lift to the clinic", "a night off"]);
        assert_eq!(in_order.clock(), 5);
        assert_eq!(reversed.clock(), 5);
        assert_eq!(
            reversed.receive(edits.clone()).expect("as written"),
            0,
            "nothing twice, after a replay too"
        );
        assert_eq!(
            in_order.receive(edits).expect("as written"),
            0,
            "nothing twice"
        );
    }

    #[test]
    fn a_statement_arriving_after_its_author_was_erased_is_not_shown() {
        let mut copy = fresh();
        copy.receive([
            stamped(7, 1, 1, join(1)),
            stamped(
                9,
                1,
                3,
                step(SessionStep::Erase {
                    participant: ParticipantId::from_u128(1),
                }),
            ),
        ])
        .expect("as written");
        copy.receive([stamped(7, 2, 2, statement(10, 1, "my story"))])
            .expect("as written");
        assert!(texts(&copy).is_empty());
    }

    #[test]
    fn a_device_id_used_for_two_changes_is_refused_and_nothing_changes() {
        let mut copy = fresh();
        copy.receive([stamped(7, 1, 1, join(1))])
            .expect("as written");
        let before = copy.session().cloned();
        let err = copy
            .receive([stamped(8, 1, 2, join(2)), stamped(7, 1, 1, join(3))])
            .expect_err("refused");
        assert_eq!((err.replica, err.seq), (ReplicaId::from_u128(7), 1));
        assert_eq!(copy.session().cloned(), before);
        assert!(!copy.contains(ReplicaId::from_u128(8), 1));
    }

    #[test]
    fn waiting_edits_show_on_top_and_a_refused_one_is_skipped() {
        let mut copy = fresh();
        copy.receive([stamped(7, 1, 1, join(1))])
            .expect("as written");
        let mine = [
            statement(10, 1, "a night off"),
            statement(11, 5, "from someone who never joined"),
        ];
        assert_eq!(texts(&copy), Vec::<String>::new());
        let seen = copy.with(&mine).expect("as written");
        assert_eq!(seen.contributions.len(), 1);
        assert_eq!(seen.contributions[0].text, "a night off");
    }

    #[test]
    fn a_session_started_by_an_edit_is_taken_up() {
        let mut copy = SessionCopy::new(SESSION, Vec::new());
        assert!(copy.session().is_none());
        let mut none = None;
        assert!(apply(&mut none, SESSION, &join(1)).is_err());
        copy.receive([
            stamped(7, 1, 1, SessionEdit::Start(Box::new(session()))),
            stamped(7, 2, 2, join(1)),
        ])
        .expect("as written");
        assert_eq!(copy.session().expect("as written").participants.len(), 1);
    }
}
