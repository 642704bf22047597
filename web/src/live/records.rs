//! What this device keeps about the live sessions it takes part in, in the
//! browser's local storage: the secret token of its role, its device id, its next
//! edit number and every edit the server has not answered yet — so a reload or a
//! dropped network loses nothing. One entry per session and role.

use cares_core::calendar::iso_day;
use cares_core::ids::{DocumentId, ParticipantId, ReplicaId, SessionId};
use cares_core::session_copy::StampedSessionEdit;
use cares_protocol::{Outbox, Role};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::LiveStart;
use super::http::Created;

/// The prefix of every entry's key: `cares.live.<role>.<session>`.
const PREFIX: &str = "cares.live.";
/// The key naming the session this phone last joined.
const CURRENT_PHONE: &str = "cares.live-phone";

/// One session as this device takes part in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Held {
    /// The session.
    pub session: SessionId,
    /// The role this device has in it.
    pub role: Role,
    /// The secret the server gave for that role.
    pub token: String,
    /// This device's id in the session's edit log.
    pub replica: ReplicaId,
    /// The number the next edit made here gets.
    #[serde(default = "first_seq")]
    pub next_seq: u64,
    /// Edits made here that the server has not answered yet, oldest first (stored
    /// as `pending`, the list of them).
    #[serde(default, rename = "pending")]
    pub outbox: Outbox<StampedSessionEdit>,
    /// The highest clock this device has seen, so a new edit is stamped above it
    /// even before the connection is back.
    #[serde(default)]
    pub clock: u64,
    /// For the facilitator: the plan on this device the session belongs to.
    #[serde(default)]
    pub plan: Option<DocumentId>,
    /// For the facilitator: what the session is called.
    #[serde(default)]
    pub title: Option<String>,
    /// For the facilitator: the day it is held.
    #[serde(default, deserialize_with = "iso_day::read_optional")]
    pub date: Option<NaiveDate>,
    /// The join code (the facilitator's and the board's from the server, a phone's as typed).
    #[serde(default)]
    pub code: Option<String>,
    /// For the facilitator: the day the server said it would delete the session
    /// unless it is used again.
    #[serde(default, deserialize_with = "iso_day::read_optional")]
    pub deleted_on: Option<NaiveDate>,
    /// For the facilitator: the board's secret, for the board link.
    #[serde(default)]
    pub board_token: Option<String>,
    /// For a phone: who this person is in the session.
    #[serde(default)]
    pub participant: Option<ParticipantId>,
}

fn first_seq() -> u64 {
    1
}

impl Held {
    /// A new entry for a role, with a fresh device id.
    pub fn new(session: SessionId, role: Role, token: String) -> Self {
        Self {
            session,
            role,
            token,
            replica: ReplicaId::from_uuid(Uuid::new_v4()),
            next_seq: 1,
            outbox: Outbox::default(),
            clock: 0,
            plan: None,
            title: None,
            date: None,
            code: None,
            deleted_on: None,
            board_token: None,
            participant: None,
        }
    }

    /// The facilitator's entry for a session just created.
    pub fn facilitator(start: &LiveStart, created: Created) -> Self {
        let mut held = Held::new(
            created.session,
            Role::Facilitator,
            created.facilitator_token,
        );
        held.plan = Some(start.plan);
        held.title = Some(start.title.trim().to_owned());
        held.date = Some(start.date);
        held.code = Some(created.code.clone());
        held.board_token = Some(created.board_token.clone());
        held.deleted_on = created.deleted_on;
        held
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(role: Role, session: SessionId) -> String {
    format!("{PREFIX}{}.{session}", role.key())
}

/// Writes an entry (failures are ignored: the session still works in memory).
pub fn save(held: &Held) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(held)) {
        let _ = storage.set_item(&key(held.role, held.session), &text);
    }
}

/// The entry for a role in a session, if this device has one.
pub fn load(role: Role, session: SessionId) -> Option<Held> {
    let text = storage()?.get_item(&key(role, session)).ok().flatten()?;
    serde_json::from_str::<Held>(&text).ok()
}

/// Forgets an entry (the token stopped working, or the person left).
pub fn forget(role: Role, session: SessionId) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(role, session));
    }
}

/// Every session this device facilitates.
pub fn facilitated() -> Vec<Held> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{PREFIX}{}.", Role::Facilitator.key());
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .filter_map(|k| storage.get_item(&k).ok().flatten())
        .filter_map(|text| serde_json::from_str::<Held>(&text).ok())
        .collect()
}

/// The session this phone last joined, if it still holds its entry.
pub fn current_phone() -> Option<Held> {
    let text = storage()?.get_item(CURRENT_PHONE).ok().flatten()?;
    let session = Uuid::parse_str(&text).ok().map(SessionId::from_uuid)?;
    load(Role::Participant, session)
}

/// Remembers which session this phone is in (`None`: none any more).
pub fn set_current_phone(session: Option<SessionId>) {
    if let Some(storage) = storage() {
        let _ = match session {
            Some(id) => storage.set_item(CURRENT_PHONE, &id.to_string()),
            None => storage.remove_item(CURRENT_PHONE),
        };
    }
}
