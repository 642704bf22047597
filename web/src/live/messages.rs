//! The live connection's messages as this app reads and writes them: one enum for
//! everything the server sends (read with `serde_json::from_str`), and the two
//! messages a device sends. The server's side is `cares_server::protocol`.

use cares_core::document::Content;
use cares_core::edits::StampedEdit;
use cares_core::ids::{DocumentId, ParticipantId, ReplicaId};
use serde::{Deserialize, Serialize};

/// A message from the server.
#[derive(Debug, Clone)]
pub enum ServerMessage {
    /// The answer to `hello`.
    Welcome {
        /// The session's document.
        document: DocumentId,
        /// The participant this device speaks for (phones only).
        participant: Option<ParticipantId>,
        /// The join code (facilitator and board only).
        code: Option<String>,
        /// The snapshot the edits apply to.
        base: Box<Content>,
        /// The server's clock.
        clock: u64,
    },
    /// Edits this device may not have yet.
    Edits {
        /// The position of the newest edit the server holds, for live edits.
        position: Option<i64>,
        /// The edits.
        edits: Vec<StampedEdit>,
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
    },
    /// An edit from this device was not taken in.
    Refused {
        /// Its device.
        replica: ReplicaId,
        /// Its number.
        seq: u64,
        /// What to do: forbidden, invalid, stale, too-late, erased, slow-down, not-saved.
        reason: String,
        /// Why, in words.
        error: String,
        /// For slow-down: how long to wait.
        retry_after_ms: Option<u64>,
        /// For stale and too-late: the server's clock.
        clock: Option<u64>,
    },
    /// A message the server could not read, or one this version does not know.
    Error,
}

/// Every field any server message has, read in one pass. The messages are tagged
/// by `type`; serde's tagged enums would buffer each message and compile the whole
/// document's reading code a second time, so this plain struct is read instead
/// and turned into [`ServerMessage`] by [`read`].
#[derive(Deserialize)]
struct Raw {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    document: Option<DocumentId>,
    #[serde(default)]
    participant: Option<ParticipantId>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    base: Option<Box<Content>>,
    #[serde(default)]
    clock: Option<u64>,
    #[serde(default)]
    position: Option<i64>,
    #[serde(default)]
    edits: Option<Vec<StampedEdit>>,
    #[serde(default)]
    replica: Option<ReplicaId>,
    #[serde(default)]
    seq: Option<u64>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    retry_after_ms: Option<u64>,
}

/// A message to the server.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ClientMessage<'a> {
    /// The first message: the last position this device was given, if any.
    Hello {
        /// The last position seen.
        #[serde(skip_serializing_if = "Option::is_none")]
        after: Option<i64>,
    },
    /// One edit made here.
    Edit {
        /// The edit with its stamp.
        edit: &'a StampedEdit,
    },
}

impl ClientMessage<'_> {
    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads a message from the server; `None` when it cannot be read at all.
pub fn read(text: &str) -> Option<ServerMessage> {
    let raw = serde_json::from_str::<Raw>(text).ok()?;
    Some(match raw.kind.as_str() {
        "welcome" => ServerMessage::Welcome {
            document: raw.document?,
            participant: raw.participant,
            code: raw.code,
            base: raw.base?,
            clock: raw.clock.unwrap_or(0),
        },
        "edits" => ServerMessage::Edits {
            position: raw.position,
            edits: raw.edits.unwrap_or_default(),
        },
        "caught-up" => ServerMessage::CaughtUp {
            clock: raw.clock.unwrap_or(0),
            position: raw.position.unwrap_or(0),
        },
        "ack" => ServerMessage::Ack {
            replica: raw.replica?,
            seq: raw.seq?,
        },
        "refused" => ServerMessage::Refused {
            replica: raw.replica?,
            seq: raw.seq?,
            reason: raw.reason.unwrap_or_default(),
            error: raw.error.unwrap_or_default(),
            retry_after_ms: raw.retry_after_ms,
            clock: raw.clock,
        },
        _ => ServerMessage::Error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_server_message_is_read() {
        let welcome = r#"{"type":"welcome","role":"board","document":"00000000-0000-0000-0000-000000000001","session":"00000000-0000-0000-0000-000000000002","plan":"00000000-0000-0000-0000-000000000003","code":"K7P2QX","base":{"title":"Maltby"},"clock":4}"#;
        match read(welcome) {
            Some(ServerMessage::Welcome {
                code,
                clock,
                base,
                participant,
                ..
            }) => {
                assert_eq!(code.as_deref(), Some("K7P2QX"));
                assert_eq!(clock, 4);
                assert_eq!(base.title, "Maltby");
                assert_eq!(participant, None);
            }
            other => panic!("not a welcome: {other:?}"),
        }
        assert!(matches!(
            read(r#"{"type":"caught-up","clock":9,"position":12}"#),
            Some(ServerMessage::CaughtUp {
                clock: 9,
                position: 12
            })
        ));
        assert!(matches!(
            read(r#"{"type":"edits","position":3,"edits":[]}"#),
            Some(ServerMessage::Edits {
                position: Some(3),
                ..
            })
        ));
        let refused = r#"{"type":"refused","replica":"00000000-0000-0000-0000-000000000005","seq":2,"reason":"slow-down","error":"too quick","retry_after_ms":200}"#;
        assert!(matches!(
            read(refused),
            Some(ServerMessage::Refused {
                seq: 2,
                retry_after_ms: Some(200),
                ..
            })
        ));
        assert!(matches!(
            read(
                r#"{"type":"ack","replica":"00000000-0000-0000-0000-000000000005","seq":2,"duplicate":false}"#
            ),
            Some(ServerMessage::Ack { seq: 2, .. })
        ));
        assert!(matches!(
            read(r#"{"type":"later-kind"}"#),
            Some(ServerMessage::Error)
        ));
        assert!(read("not json").is_none());
    }

    #[test]
    fn hello_carries_the_last_position_only_when_there_is_one() {
        assert_eq!(
            ClientMessage::Hello { after: None }.to_text(),
            r#"{"type":"hello"}"#
        );
        assert_eq!(
            ClientMessage::Hello { after: Some(12) }.to_text(),
            r#"{"type":"hello","after":12}"#
        );
    }
}
