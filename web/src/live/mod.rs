//! Live co-production sessions: the session lives on the server, the facilitator's
//! device, people's phones and the projector board each hold a live connection.
//!
//! [`start_session`] creates one on the server and keeps its secrets on this device;
//! [`facilitator_handle`] opens the facilitator's connection as a [`SessionHandle`],
//! which keeps a copy of the session here ([`cached_session`]). The connection
//! itself (one client for every role) is in [`client`].

pub mod client;
pub mod copy;
pub mod facilitator_key;
pub mod http;
pub mod records;

use cares_core::coproduction::Session;
use cares_core::edits::SessionStep;
use cares_core::framework::FocusAreaNumber;
use cares_core::ids::{DocumentId, SessionId};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::session::handle::{LiveInfo, SessionHandle, SessionPlace};
use cares_protocol::Role;
use client::LiveClient;
use records::Held;

/// What the facilitator fills in to start a session on everyone's phones.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveStart {
    /// The plan (on this device) the session's themes go into.
    pub plan: DocumentId,
    /// What the session is called.
    pub title: String,
    /// The locality it is for, if one.
    pub locality: Option<String>,
    /// The framework's area of focus it works on, if one.
    pub focus_area: Option<FocusAreaNumber>,
    /// The day it is held.
    pub date: NaiveDate,
    /// How many dots each person gets.
    pub votes_per_person: u32,
}

/// Starts a session on the server and keeps its secrets (the facilitator's and the
/// board's) and its join code on this device, linked to the plan. The error is a
/// plain sentence to show beside the form.
pub async fn start_session(start: LiveStart) -> Result<SessionId, String> {
    let created = http::create_session(&start).await?;
    let session = created.session;
    records::save(&Held::facilitator(&start, created));
    Ok(session)
}

/// A live session this device started for a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveSessionEntry {
    /// The session.
    pub session: SessionId,
    /// What it is called.
    pub title: String,
    /// The day it is held.
    pub date: NaiveDate,
}

/// The live sessions this device started for a plan, newest day first.
pub fn sessions_of(plan: DocumentId) -> Vec<LiveSessionEntry> {
    let mut found: Vec<LiveSessionEntry> = records::facilitated()
        .into_iter()
        .filter(|held| held.plan == Some(plan))
        .map(|held| LiveSessionEntry {
            session: held.session,
            title: held.title.clone().unwrap_or_default(),
            date: held.date.unwrap_or_default(),
        })
        .collect();
    found.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    found
}

/// Opens the live connection to a session as its facilitator, for the component it
/// is called in (the connection closes when that component goes). `None` when this
/// device holds no facilitator secret for that session of that plan.
pub fn facilitator_handle(plan: DocumentId, session: SessionId) -> Option<SessionHandle> {
    let held = records::load(Role::Facilitator, session)?;
    if held.plan.is_some_and(|p| p != plan) {
        return None;
    }
    let board_href = held
        .board_token
        .as_ref()
        .map(|token| format!("/board/{session}#board={token}"));
    let deleted_on = held.deleted_on;
    let client = LiveClient::open(held);
    let code = client.code;
    let qr_src = Signal::derive(move || code.get().map(|c| qr_src(&c)));
    let step = Callback::new(move |step: SessionStep| client.make(step));
    Some(SessionHandle {
        session: client.session.into(),
        step,
        place: SessionPlace::Live(LiveInfo {
            code: code.into(),
            board_href: Signal::stored(board_href),
            qr_src,
            connection: client.connection_words(),
            deleted_on: Signal::stored(deleted_on),
        }),
    })
}

/// The latest copy of a live session this device facilitated, as its connection
/// last saw it (without hidden statements or what people said about themselves),
/// even offline; `None` when this device keeps none.
pub fn cached_session(session: SessionId) -> Option<Session> {
    copy::load(session)
}

/// Forgets a phone's copy of a session: the person has left it, so their device
/// keeps nothing of it.
pub fn forget_session(session: SessionId) {
    copy::forget(session);
}

/// The address of the QR picture of a join code (an SVG drawn by the server).
pub fn qr_src(code: &str) -> String {
    let code: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("/api/qr/join.svg?code={code}")
}
