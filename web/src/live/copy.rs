//! The facilitator's copy of a live session on this device, in local storage, so
//! the action editor can show the statements an action came from even offline and
//! after the session has ended.
//!
//! Only the facilitator's connection keeps one. The copy is the session as last
//! seen, less what it need not hold: hidden statements, and what people said about
//! themselves (consent, roles, young carer). Removed and erased statements are gone
//! from the session itself, so they go from the copy at its next write.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use cares_core::coproduction::{Participant, Session};
use cares_core::ids::SessionId;
use leptos::prelude::set_timeout;

/// The prefix of each copy's key: `cares.live-copy.<session>`.
const PREFIX: &str = "cares.live-copy.";
/// The least time between two writes of the copies: a busy session changes many
/// times a second, and each write is the whole session.
const EVERY: Duration = Duration::from_secs(1);

thread_local! {
    /// The newest sessions seen since the last write, waiting for the next one.
    static WAITING: RefCell<HashMap<SessionId, Session>> = RefCell::new(HashMap::new());
    /// True while a write is due later, so new sessions wait for it.
    static DUE: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(session: SessionId) -> String {
    format!("{PREFIX}{session}")
}

/// The session as the copy keeps it: no hidden statements, and nothing anyone
/// said about themselves.
fn trimmed(session: &Session) -> Session {
    let mut copy = session.clone();
    copy.contributions.retain(|c| !c.hidden);
    copy.participants = copy
        .participants
        .iter()
        .map(|p| Participant::new(p.id, p.pseudonym.clone()))
        .collect();
    copy
}

fn write(session: &Session) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&trimmed(session))) {
        // If storage is full or refused, the action editor says the statements are
        // kept with the live session, as before.
        let _ = storage.set_item(&key(session.id), &text);
    }
}

/// Keeps the latest session seen: written now, or with the next write if one was
/// made less than a second ago.
pub fn keep(session: &Session) {
    if DUE.get() {
        WAITING.with(|w| w.borrow_mut().insert(session.id, session.clone()));
        return;
    }
    write(session);
    DUE.set(true);
    set_timeout(
        || {
            DUE.set(false);
            flush();
        },
        EVERY,
    );
}

/// Writes every session still waiting (the connection is closing).
pub fn flush() {
    let waiting: Vec<Session> = WAITING.with(|w| w.borrow_mut().drain().map(|(_, s)| s).collect());
    for session in &waiting {
        write(session);
    }
}

/// The copy of a session kept on this device, if any.
pub fn load(session: SessionId) -> Option<Session> {
    let text = storage()?.get_item(&key(session)).ok().flatten()?;
    serde_json::from_str::<Session>(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::trimmed;
    use cares_core::coproduction::Session;
    use cares_core::ids::{ContributionId, ParticipantId, SessionId};
    use cares_core::roles::CarerRole;

    #[test]
    fn the_copy_leaves_out_hidden_statements_and_what_people_said_about_themselves() {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 14).expect("a date");
        let mut session =
            Session::new(SessionId::from_u128(1), "Maltby", "Maltby", day, 3).expect("a session");
        let ann = ParticipantId::from_u128(2);
        session.join(ann, "Ann").expect("joins");
        session
            .give_consent(
                ann,
                [CarerRole::ParentCarer].into_iter().collect(),
                Some(true),
            )
            .expect("consents");
        let (kept, hidden) = (ContributionId::from_u128(3), ContributionId::from_u128(4));
        session
            .add_contribution(kept, Some(ann), "to tell my story once")
            .expect("adds");
        session
            .add_contribution(hidden, Some(ann), "my neighbour Sam")
            .expect("adds");
        session.hide_contribution(hidden).expect("hides");

        let copy = trimmed(&session);
        let ids: Vec<ContributionId> = copy.contributions.iter().map(|c| c.id).collect();
        assert_eq!(ids, [kept]);
        let ann_copy = copy.participant(ann).expect("still there");
        assert!(!ann_copy.consented && ann_copy.roles.is_empty() && ann_copy.young_carer.is_none());
        assert_eq!(copy.title, session.title);
    }
}
