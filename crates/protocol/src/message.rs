//! The messages of the live connection, as JSON text frames tagged by `"type"`.
//!
//! Client to server: `hello` first (the highest clock the device has or the last
//! position it was given, and the token unless it came in the
//! `Sec-WebSocket-Protocol` header), then one `edit` per stamped edit. Server to
//! client: `welcome`, the `edits` the device is missing, `caught-up`, and from then
//! on `edits` as others make them, `ack` or `refused` for each edit the device sent,
//! and `error` for a message that could not be read.
//!
//! The server writes [`ServerMessage`], which borrows what it sends; a device reads
//! the same messages as [`Received`], through one plain struct rather than serde's
//! tagged enums, which would buffer each message and compile the document's reading
//! code into the web bundle a second time.

use std::borrow::Cow;

use cares_core::admission::Refusal;
use cares_core::coproduction::SessionError;
use cares_core::document::Content;
use cares_core::edits::{EditError, StampedEdit};
use cares_core::ids::{DocumentId, ParticipantId, PlanId, ReplicaId, SessionId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::role::Role;

/// A message from a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ClientMessage<'a> {
    /// The first message: who this is and what they already have.
    Hello {
        /// The highest clock among the edits this device has received; 0 for none.
        #[serde(default, skip_serializing_if = "is_zero")]
        clock: u64,
        /// The last `position` the server sent this device. Exact where `clock` is
        /// generous: with it, nothing already received is sent again.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<i64>,
        /// The token, when it was not sent as a subprotocol.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        token: Option<String>,
    },
    /// One edit made on the device.
    Edit {
        /// The edit with its stamp.
        edit: Cow<'a, StampedEdit>,
    },
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl<'a> ClientMessage<'a> {
    /// `hello` with the last position this device was given, if any.
    pub fn hello_after(after: Option<i64>) -> ClientMessage<'static> {
        ClientMessage::Hello {
            clock: 0,
            after,
            token: None,
        }
    }

    /// `edit` for one stamped edit.
    pub fn edit(edit: &'a StampedEdit) -> ClientMessage<'a> {
        ClientMessage::Edit {
            edit: Cow::Borrowed(edit),
        }
    }

    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `edit` as JSON text for any stamped edit with the document's shape: a
    /// [`cares_core::session_copy::StampedSessionEdit`] from a device that holds the
    /// session alone is read here as the same `edit`.
    pub fn edit_text(edit: &impl Serialize) -> String {
        #[derive(Serialize)]
        #[serde(tag = "type", rename = "edit")]
        struct EditOnly<'e, E> {
            edit: &'e E,
        }
        serde_json::to_string(&EditOnly { edit }).unwrap_or_default()
    }

    /// Reads a message from a device, refusing unknown kinds and fields.
    pub fn read(text: &str) -> Result<ClientMessage<'static>, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// Why an edit was refused, for the device to act on: drop it, make it again, or
/// send it again later ([`crate::outbox::Outbox::refused`] says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RefusalReason {
    /// This role may not make this edit. Drop it.
    Forbidden,
    /// The session's rules refuse it (the message says why). Drop it.
    Invalid,
    /// It arrived after edits it would undo (someone else's statement, or ones made
    /// just before the phase moved on). If it still makes sense, make it again,
    /// stamped above `clock`.
    Stale,
    /// It arrived after the session had moved on past the place its stamp puts it
    /// (a phase change, the votes shown, the close). If it still makes sense on what
    /// is saved now, make it again, stamped above `clock`; if not, tell the person it
    /// came too late.
    TooLate,
    /// It speaks for someone who has been erased from the session at their request.
    /// Drop it: nothing more is taken from them.
    Erased,
    /// Too many edits too quickly. Send it again after `retry_after_ms`.
    SlowDown,
    /// The server could not save it. Send it again.
    NotSaved,
}

impl RefusalReason {
    /// Every reason, in the order above.
    pub const ALL: [RefusalReason; 7] = [
        RefusalReason::Forbidden,
        RefusalReason::Invalid,
        RefusalReason::Stale,
        RefusalReason::TooLate,
        RefusalReason::Erased,
        RefusalReason::SlowDown,
        RefusalReason::NotSaved,
    ];

    /// The reason as sent ("slow-down", "too-late"…).
    pub fn key(self) -> &'static str {
        match self {
            RefusalReason::Forbidden => "forbidden",
            RefusalReason::Invalid => "invalid",
            RefusalReason::Stale => "stale",
            RefusalReason::TooLate => "too-late",
            RefusalReason::Erased => "erased",
            RefusalReason::SlowDown => "slow-down",
            RefusalReason::NotSaved => "not-saved",
        }
    }

    /// What a device should do about an edit the core's rules refuse where it
    /// would apply now: drop it, because its person was erased or it makes no sense.
    pub fn for_rules(error: &EditError) -> RefusalReason {
        match error {
            EditError::Session(SessionError::Erased(_)) => RefusalReason::Erased,
            _ => RefusalReason::Invalid,
        }
    }

    /// What a device should do about an edit the core's admission refused: make it
    /// again when it would undo saved edits or lands too far back (stale) or came
    /// after the session moved on (too late); otherwise as [`Self::for_rules`], or
    /// drop it (a bad stamp, a clock far ahead, a device id used twice).
    pub fn for_admission(refusal: &Refusal) -> RefusalReason {
        match refusal {
            Refusal::WouldUndo | Refusal::TooFarBack { .. } => RefusalReason::Stale,
            Refusal::TooLate { .. } | Refusal::Closed => RefusalReason::TooLate,
            Refusal::Rules(e) => RefusalReason::for_rules(e),
            _ => RefusalReason::Invalid,
        }
    }

    /// True for the reasons a refusal carries the server's clock with, so the edit
    /// made again is stamped above it.
    pub fn carries_clock(self) -> bool {
        matches!(self, RefusalReason::Stale | RefusalReason::TooLate)
    }

    /// The reason a sent key names; `None` for one this version does not know.
    pub fn from_key(key: &str) -> Option<RefusalReason> {
        RefusalReason::ALL.into_iter().find(|r| r.key() == key)
    }
}

impl std::fmt::Display for RefusalReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A message to a device, as the server writes it.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ServerMessage<'a> {
    /// The answer to `hello`.
    Welcome {
        /// The role the token carries.
        role: Role,
        /// The session document.
        document: DocumentId,
        /// The session.
        session: SessionId,
        /// The plan the session's top themes go into.
        plan: PlanId,
        /// The participant this device speaks for.
        #[serde(skip_serializing_if = "Option::is_none")]
        participant: Option<ParticipantId>,
        /// The join code, for the facilitator and the board to show.
        #[serde(skip_serializing_if = "Option::is_none")]
        code: Option<&'a str>,
        /// The document's snapshot, which the edits apply to.
        base: &'a Content,
        /// The server's clock now.
        clock: u64,
    },
    /// Edits the device may not have yet.
    Edits {
        /// For edits passed on as they are saved: the position of the newest edit
        /// the server holds; the device now has everything it may see up to there.
        #[serde(skip_serializing_if = "Option::is_none")]
        position: Option<i64>,
        /// The edits, each with its stamp.
        edits: Vec<&'a StampedEdit>,
    },
    /// The catch-up after `welcome` is complete: the device has everything it may
    /// see up to `clock`.
    CaughtUp {
        /// The server's clock when the catch-up was sent.
        clock: u64,
        /// The position of the newest edit; keep the highest position seen and send
        /// it as `after` when reconnecting.
        position: i64,
    },
    /// An edit from this device is saved (or was already).
    Ack {
        /// The edit's replica.
        replica: ReplicaId,
        /// The edit's seq.
        seq: u64,
        /// True when it was already saved earlier (sent twice).
        duplicate: bool,
    },
    /// An edit from this device was not taken in.
    Refused {
        /// The edit's replica.
        replica: ReplicaId,
        /// The edit's seq.
        seq: u64,
        /// What to do about it.
        reason: RefusalReason,
        /// Why, in words a person can read.
        error: String,
        /// For `slow-down`: how long to wait before sending it again.
        #[serde(skip_serializing_if = "Option::is_none")]
        retry_after_ms: Option<u64>,
        /// For `stale` and `too-late`: the server's clock; a new stamp goes above it.
        #[serde(skip_serializing_if = "Option::is_none")]
        clock: Option<u64>,
    },
    /// A message that could not be read or was not expected.
    Error {
        /// What was wrong.
        error: String,
    },
}

impl ServerMessage<'_> {
    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| {
            r#"{"type":"error","error":"the server could not write this message"}"#.to_owned()
        })
    }
}

/// A message from the server, as a device reads it ([`Received::read`]): the
/// snapshot as `B` and the edits as `E`. A device that holds the whole document reads
/// [`Content`] and [`StampedEdit`]; one that holds only the session
/// ([`cares_core::session_copy`]) reads `Sessions` and `StampedSessionEdit`
/// ([`Received::read_as`]), without the code for the rest of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Received<B = Box<Content>, E = StampedEdit> {
    /// The answer to `hello`.
    Welcome {
        /// The role the token carries; `None` for one this version does not know.
        role: Option<Role>,
        /// The session's document.
        document: DocumentId,
        /// The participant this device speaks for (phones only).
        participant: Option<ParticipantId>,
        /// The join code (facilitator and board only).
        code: Option<String>,
        /// The snapshot the edits apply to.
        base: B,
        /// The server's clock.
        clock: u64,
    },
    /// Edits this device may not have yet.
    Edits {
        /// The position of the newest edit the server holds, for live edits.
        position: Option<i64>,
        /// The edits.
        edits: Vec<E>,
    },
    /// The catch-up is complete.
    CaughtUp {
        /// The server's clock.
        clock: u64,
        /// The newest edit's position.
        position: i64,
    },
    /// An edit from this device is saved.
    Ack {
        /// Its device.
        replica: ReplicaId,
        /// Its number.
        seq: u64,
        /// True when it was saved before (sent twice).
        duplicate: bool,
    },
    /// An edit from this device was not taken in.
    Refused {
        /// Its device.
        replica: ReplicaId,
        /// Its number.
        seq: u64,
        /// What to do; `None` for a reason this version does not know (drop it).
        reason: Option<RefusalReason>,
        /// Why, in words.
        error: String,
        /// For slow-down: how long to wait.
        retry_after_ms: Option<u64>,
        /// For stale and too-late: the server's clock.
        clock: Option<u64>,
    },
    /// A message the server could not read, or one this version does not know.
    Error {
        /// What the server said was wrong, if it said.
        error: Option<String>,
    },
}

/// Every field any server message has, read in one pass and turned into
/// [`Received`] by [`Received::read`].
#[derive(Deserialize)]
#[serde(bound = "B: DeserializeOwned, E: DeserializeOwned")]
struct Raw<B, E> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    document: Option<DocumentId>,
    #[serde(default)]
    participant: Option<ParticipantId>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default = "none")]
    base: Option<B>,
    #[serde(default)]
    clock: Option<u64>,
    #[serde(default)]
    position: Option<i64>,
    #[serde(default = "none")]
    edits: Option<Vec<E>>,
    #[serde(default)]
    replica: Option<ReplicaId>,
    #[serde(default)]
    seq: Option<u64>,
    #[serde(default)]
    duplicate: Option<bool>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    retry_after_ms: Option<u64>,
}

fn none<T>() -> Option<T> {
    None
}

impl Received {
    /// Reads a message from the server as a device holding the whole document;
    /// `None` when it cannot be read at all.
    pub fn read(text: &str) -> Option<Received> {
        Self::read_as(text)
    }
}

impl<B: DeserializeOwned, E: DeserializeOwned> Received<B, E> {
    /// Reads a message from the server, its snapshot as `B` and its edits as `E`;
    /// `None` when it cannot be read at all.
    pub fn read_as(text: &str) -> Option<Received<B, E>> {
        let raw = serde_json::from_str::<Raw<B, E>>(text).ok()?;
        Some(match raw.kind.as_str() {
            "welcome" => Received::Welcome {
                role: raw.role.as_deref().and_then(Role::from_key),
                document: raw.document?,
                participant: raw.participant,
                code: raw.code,
                base: raw.base?,
                clock: raw.clock.unwrap_or(0),
            },
            "edits" => Received::Edits {
                position: raw.position,
                edits: raw.edits.unwrap_or_default(),
            },
            "caught-up" => Received::CaughtUp {
                clock: raw.clock.unwrap_or(0),
                position: raw.position.unwrap_or(0),
            },
            "ack" => Received::Ack {
                replica: raw.replica?,
                seq: raw.seq?,
                duplicate: raw.duplicate.unwrap_or(false),
            },
            "refused" => Received::Refused {
                replica: raw.replica?,
                seq: raw.seq?,
                reason: raw.reason.as_deref().and_then(RefusalReason::from_key),
                error: raw.error.unwrap_or_default(),
                retry_after_ms: raw.retry_after_ms,
                clock: raw.clock,
            },
            _ => Received::Error { error: raw.error },
        })
    }
}

impl<B, E> Received<B, E> {
    /// For an answer to an edit (`ack` or `refused`): the edit's replica and seq.
    pub fn answers(&self) -> Option<(ReplicaId, u64)> {
        match self {
            Received::Ack { replica, seq, .. } | Received::Refused { replica, seq, .. } => {
                Some((*replica, *seq))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::edits::Edit;

    fn stamped() -> StampedEdit {
        StampedEdit {
            replica: ReplicaId::from_u128(5),
            seq: 2,
            clock: 9,
            edit: Edit::SetTitle {
                title: "Maltby".into(),
            },
        }
    }

    #[test]
    fn hello_reads_with_or_without_a_token() -> Result<(), serde_json::Error> {
        let bare = ClientMessage::read(r#"{"type":"hello","clock":12}"#)?;
        assert_eq!(
            bare,
            ClientMessage::Hello {
                clock: 12,
                after: None,
                token: None
            }
        );
        let with = ClientMessage::read(r#"{"type":"hello","token":"abc"}"#)?;
        assert_eq!(
            with,
            ClientMessage::Hello {
                clock: 0,
                after: None,
                token: Some("abc".into())
            }
        );
        Ok(())
    }

    #[test]
    fn unknown_kinds_and_fields_are_refused() {
        assert!(ClientMessage::read(r#"{"type":"shout"}"#).is_err());
        assert!(ClientMessage::read(r#"{"type":"hello","clock":1,"x":2}"#).is_err());
    }

    #[test]
    fn hello_carries_the_last_position_only_when_there_is_one() {
        assert_eq!(
            ClientMessage::hello_after(None).to_text(),
            r#"{"type":"hello"}"#
        );
        assert_eq!(
            ClientMessage::hello_after(Some(12)).to_text(),
            r#"{"type":"hello","after":12}"#
        );
    }

    #[test]
    fn an_edit_a_device_writes_is_the_edit_the_server_reads() -> Result<(), serde_json::Error> {
        let edit = stamped();
        let text = ClientMessage::edit(&edit).to_text();
        assert_eq!(
            ClientMessage::read(&text)?,
            ClientMessage::Edit {
                edit: Cow::Owned(edit)
            }
        );
        Ok(())
    }

    #[test]
    fn a_device_holding_only_the_session_reads_and_writes_the_same_messages()
    -> Result<(), serde_json::Error> {
        use cares_core::coproduction::Session;
        use cares_core::edits::SessionStep;
        use cares_core::session_copy::{SessionEdit, Sessions, StampedSessionEdit};

        let id = SessionId::from_u128(4);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        let session = Session::new(id, "What carers need", "Maltby", day, 3)
            .map_err(serde::ser::Error::custom)?;
        let mut base = Content::new("Maltby");
        base.sessions.push(session.clone());
        let join = StampedEdit {
            replica: ReplicaId::from_u128(6),
            seq: 1,
            clock: 10,
            edit: Edit::Session {
                session: id,
                step: SessionStep::Join {
                    participant: ParticipantId::from_u128(8),
                    pseudonym: "Cal".into(),
                },
            },
        };
        let welcome = ServerMessage::Welcome {
            role: Role::Participant,
            document: DocumentId::from_u128(2),
            session: id,
            plan: PlanId::from_u128(3),
            participant: Some(ParticipantId::from_u128(8)),
            code: None,
            base: &base,
            clock: 10,
        };
        let retitle = stamped();
        let edits = ServerMessage::Edits {
            position: Some(1),
            edits: vec![&join, &retitle],
        };
        let Some(Received::Welcome { base: read, .. }) =
            Received::<Sessions, StampedSessionEdit>::read_as(&welcome.to_text())
        else {
            panic!("the welcome reads");
        };
        assert_eq!(read.sessions, [session]);
        let Some(Received::Edits { edits: read, .. }) =
            Received::<Sessions, StampedSessionEdit>::read_as(&edits.to_text())
        else {
            panic!("the edits read");
        };
        assert!(read[0].edit.step_in(id).is_some());
        assert_eq!(
            read[1].edit,
            SessionEdit::Other,
            "the retitle is skipped unread"
        );

        let mine = StampedSessionEdit {
            replica: ReplicaId::from_u128(6),
            seq: 2,
            clock: 11,
            edit: SessionEdit::Step {
                session: id,
                step: SessionStep::Vote {
                    participant: ParticipantId::from_u128(8),
                    theme: cares_core::ids::ThemeId::from_u128(1),
                },
            },
        };
        let ClientMessage::Edit { edit } = ClientMessage::read(&ClientMessage::edit_text(&mine))?
        else {
            panic!("an edit");
        };
        assert_eq!((edit.replica, edit.seq, edit.clock), (mine.replica, 2, 11));
        assert!(matches!(edit.edit, Edit::Session { session, .. } if session == id));
        Ok(())
    }

    #[test]
    fn a_refusal_says_what_to_do_in_kebab_case_and_reads_back() {
        for reason in RefusalReason::ALL {
            let text = ServerMessage::Refused {
                replica: ReplicaId::from_u128(1),
                seq: 3,
                reason,
                error: "too quick".into(),
                retry_after_ms: Some(200),
                clock: None,
            }
            .to_text();
            assert!(text.contains(r#""type":"refused""#), "{text}");
            assert!(
                text.contains(&format!(r#""reason":"{}""#, reason.key())),
                "{text}"
            );
            assert!(text.contains(r#""retry_after_ms":200"#), "{text}");
            assert_eq!(
                Received::read(&text),
                Some(Received::Refused {
                    replica: ReplicaId::from_u128(1),
                    seq: 3,
                    reason: Some(reason),
                    error: "too quick".into(),
                    retry_after_ms: Some(200),
                    clock: None,
                })
            );
        }
    }

    #[test]
    fn admission_refusals_say_whether_to_make_the_edit_again() {
        use cares_core::ids::ParticipantId;
        let erased = EditError::Session(SessionError::Erased(ParticipantId::from_u128(1)));
        assert_eq!(RefusalReason::for_rules(&erased), RefusalReason::Erased);
        assert_eq!(
            RefusalReason::for_admission(&Refusal::Rules(erased)),
            RefusalReason::Erased
        );
        assert_eq!(
            RefusalReason::for_admission(&Refusal::WouldUndo),
            RefusalReason::Stale
        );
        assert_eq!(
            RefusalReason::for_admission(&Refusal::Closed),
            RefusalReason::TooLate
        );
        assert_eq!(
            RefusalReason::for_admission(&Refusal::Stamp),
            RefusalReason::Invalid
        );
        for reason in RefusalReason::ALL {
            assert_eq!(
                reason.carries_clock(),
                [RefusalReason::Stale, RefusalReason::TooLate].contains(&reason)
            );
        }
    }

    #[test]
    fn each_kind_of_server_message_reads_back() {
        let base = Content::new("Maltby");
        let welcome = ServerMessage::Welcome {
            role: Role::Board,
            document: DocumentId::from_u128(1),
            session: SessionId::from_u128(2),
            plan: PlanId::from_u128(3),
            participant: None,
            code: Some("K7P2QX"),
            base: &base,
            clock: 4,
        }
        .to_text();
        match Received::read(&welcome) {
            Some(Received::Welcome {
                role,
                code,
                clock,
                base,
                participant,
                ..
            }) => {
                assert_eq!(role, Some(Role::Board));
                assert_eq!(code.as_deref(), Some("K7P2QX"));
                assert_eq!(clock, 4);
                assert_eq!(base.title, "Maltby");
                assert_eq!(participant, None);
            }
            other => panic!("not a welcome: {other:?}"),
        }
        let edit = stamped();
        let edits = ServerMessage::Edits {
            position: Some(3),
            edits: vec![&edit],
        }
        .to_text();
        assert_eq!(
            Received::read(&edits),
            Some(Received::Edits {
                position: Some(3),
                edits: vec![edit.clone()]
            })
        );
        let caught_up = ServerMessage::CaughtUp {
            clock: 9,
            position: 12,
        }
        .to_text();
        assert_eq!(
            Received::read(&caught_up),
            Some(Received::CaughtUp {
                clock: 9,
                position: 12
            })
        );
        let ack = ServerMessage::Ack {
            replica: edit.replica,
            seq: 2,
            duplicate: true,
        }
        .to_text();
        let ack = Received::read(&ack);
        assert_eq!(
            ack,
            Some(Received::Ack {
                replica: edit.replica,
                seq: 2,
                duplicate: true
            })
        );
        assert_eq!(
            ack.and_then(|a| a.answers()),
            Some((edit.replica, edit.seq))
        );
        assert_eq!(
            Received::read(r#"{"type":"later-kind"}"#),
            Some(Received::Error { error: None })
        );
        assert_eq!(
            Received::read(r#"{"type":"refused","replica":"00000000-0000-0000-0000-000000000005","seq":2,"reason":"later-reason"}"#)
                .and_then(|r| match r {
                    Received::Refused { reason, .. } => Some(reason),
                    _ => None,
                }),
            Some(None),
            "a reason this version does not know reads as none"
        );
        assert!(Received::read("not json").is_none());
    }
}
