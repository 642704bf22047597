//! The messages of the live connection (`GET /api/sessions/{id}/live`), as JSON
//! text frames tagged by `"type"`.
//!
//! Client to server: `hello` first (the highest clock the device has, and the token
//! unless it came in the `Sec-WebSocket-Protocol` header), then one `edit` per
//! stamped edit. Server to client: `welcome`, the `edits` the device is missing,
//! `caught-up`, and from then on `edits` as others make them, `ack` or `refused` for
//! each edit the device sent, and `error` for a message that could not be read.

use cares_core::document::Content;
use cares_core::edits::StampedEdit;
use cares_core::ids::{DocumentId, ParticipantId, PlanId, ReplicaId, SessionId};
use serde::{Deserialize, Serialize};

/// The subprotocol a client asks for; the server answers with it.
pub const SUBPROTOCOL: &str = "cares.v1";
/// The prefix of the subprotocol entry that carries the token: `token.<token>`.
pub const TOKEN_PREFIX: &str = "token.";

/// A message from a device.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ClientMessage {
    /// The first message: who this is and what they already have.
    Hello {
        /// The highest clock among the edits this device has received; 0 for none.
        #[serde(default)]
        clock: u64,
        /// The last `position` the server sent this device. Exact where `clock` is
        /// generous: with it, nothing already received is sent again.
        #[serde(default)]
        after: Option<i64>,
        /// The token, when it was not sent as a subprotocol.
        #[serde(default)]
        token: Option<String>,
    },
    /// One edit made on the device.
    Edit {
        /// The edit with its stamp.
        edit: StampedEdit,
    },
}

/// Why an edit was refused, for the device to act on: drop it, or send it again later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
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

/// A message to a device.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ServerMessage<'a> {
    /// The answer to `hello`.
    Welcome {
        /// The role the token carries.
        role: &'static str,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_reads_with_or_without_a_token() -> Result<(), serde_json::Error> {
        let bare: ClientMessage = serde_json::from_str(r#"{"type":"hello","clock":12}"#)?;
        assert_eq!(
            bare,
            ClientMessage::Hello {
                clock: 12,
                after: None,
                token: None
            }
        );
        let with: ClientMessage = serde_json::from_str(r#"{"type":"hello","token":"abc"}"#)?;
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
        assert!(serde_json::from_str::<ClientMessage>(r#"{"type":"shout"}"#).is_err());
        assert!(
            serde_json::from_str::<ClientMessage>(r#"{"type":"hello","clock":1,"x":2}"#).is_err()
        );
    }

    #[test]
    fn a_refusal_says_what_to_do_in_kebab_case() {
        let text = ServerMessage::Refused {
            replica: ReplicaId::from_u128(1),
            seq: 3,
            reason: RefusalReason::SlowDown,
            error: "too quick".into(),
            retry_after_ms: Some(200),
            clock: None,
        }
        .to_text();
        assert!(text.contains(r#""type":"refused""#), "{text}");
        assert!(text.contains(r#""reason":"slow-down""#), "{text}");
        assert!(text.contains(r#""retry_after_ms":200"#), "{text}");
    }
}
