//! The copy of a live session kept on this device, in local storage.
//!
//! The facilitator's copy lets the action editor show the statements an action came
//! from even offline and after the session has ended; it is the session less what it
//! need not hold: hidden statements, and what people said about themselves (consent,
//! roles, young carer) — the core's `visibility::kept_on_device`. A phone's copy is
//! the session as the server showed that phone (its own consent, no one else's), so a
//! phone reloaded with no signal opens on the same screen, its waiting statements
//! shown; it goes when the person leaves the session. Removed and erased statements
//! are gone from the session itself, so they go from a copy at its next write.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use cares_core::coproduction::Session;
use cares_core::ids::SessionId;
use cares_core::visibility;

use crate::browser::{Listener, Timer};

/// The prefix of each copy's key: `cares.live-copy.<session>`.
const PREFIX: &str = "cares.live-copy.";
/// The least time between two writes of the copies: a busy session changes many
/// times a second, and each write is the whole session.
const EVERY_MS: u32 = 1_000;

thread_local! {
    /// The newest sessions seen since the last write, waiting for the next one.
    static WAITING: RefCell<HashMap<SessionId, Session>> = RefCell::new(HashMap::new());
    /// True while a write is due later, so new sessions wait for it.
    static DUE: Cell<bool> = const { Cell::new(false) };
    /// True once the page writes what is waiting when it goes away.
    static FLUSH_ON_LEAVE: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(session: SessionId) -> String {
    format!("{PREFIX}{session}")
}

fn write(session: &Session) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(session)) {
        // If storage is full or refused, the action editor says the statements are
        // kept with the live session, as before.
        let _ = storage.set_item(&key(session.id), &text);
    }
}

/// What a device keeps of a session it is connected to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeper {
    /// The facilitator: the session less hidden statements and what people said
    /// about themselves.
    Facilitator,
    /// A participant's phone: the session as the server showed it to them.
    Phone,
}

/// Keeps the latest session seen: written now, or with the next write if one was
/// made less than a second ago.
pub fn keep(session: &Session, keeper: Keeper) {
    let kept = match keeper {
        Keeper::Facilitator => visibility::kept_on_device(session),
        Keeper::Phone => session.clone(),
    };
    let session = &kept;
    // A reload or a closed tab inside the second would lose what waits: write it then.
    if !FLUSH_ON_LEAVE.replace(true) {
        Listener::on_window("pagehide", |_| flush()).forever();
    }
    if DUE.get() {
        WAITING.with(|w| w.borrow_mut().insert(session.id, session.clone()));
        return;
    }
    write(session);
    DUE.set(true);
    Timer::after(EVERY_MS, || {
        DUE.set(false);
        flush();
    });
}

/// Writes every session still waiting (the connection is closing).
pub fn flush() {
    let waiting: Vec<Session> = WAITING.with(|w| w.borrow_mut().drain().map(|(_, s)| s).collect());
    for session in &waiting {
        write(session);
    }
}

/// Forgets the copy of a session (a phone leaving it).
pub fn forget(session: SessionId) {
    WAITING.with(|w| w.borrow_mut().remove(&session));
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(session));
    }
}

/// The copy of a session kept on this device, if any.
pub fn load(session: SessionId) -> Option<Session> {
    let text = storage()?.get_item(&key(session)).ok().flatten()?;
    serde_json::from_str::<Session>(&text).ok()
}
