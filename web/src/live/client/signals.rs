//! The app's live client: a [`Connection`] whose state is kept in Leptos signals, for
//! the facilitator's screens and the board.

use cares_core::coproduction::Session;
use cares_core::edits::SessionStep;
use cares_core::session_copy::StampedSessionEdit;
use leptos::prelude::*;

use super::{Connection, Link, Shown};
use crate::i18n::t;
use crate::live::records::Held;

/// One live session on this device, for the component it was opened in. Cheap to
/// copy: the signals belong to that component, and the connection closes with it.
#[derive(Debug, Clone, Copy)]
pub struct LiveClient {
    connection: Connection,
    /// The session as this device sees it: what the server confirmed, with this
    /// device's unanswered edits on top. `None` until the first welcome.
    pub session: RwSignal<Option<Session>>,
    /// The join code, once the server has sent it (facilitator and board).
    pub code: RwSignal<Option<String>>,
    /// How the connection is.
    pub link: RwSignal<Link>,
    /// Edits made here that the server has not answered yet.
    pub pending: RwSignal<Vec<StampedSessionEdit>>,
}

impl LiveClient {
    /// Opens the connection for a held role, for the component it is called in.
    pub fn open(held: Held) -> LiveClient {
        let session = RwSignal::new(None);
        let code = RwSignal::new(None);
        let link = RwSignal::new(Link::Connecting);
        let pending = RwSignal::new(Vec::new());
        let connection = Connection::open(held, move |shown| match shown {
            Shown::Session(s) => {
                session.try_set(Some(s));
            }
            Shown::Code(c) => {
                code.try_set(Some(c));
            }
            Shown::Link(l) => {
                link.try_set(l);
            }
            Shown::Pending(p) => {
                pending.try_set(p);
            }
            // The facilitator's screens and the board show neither.
            Shown::Participant(_) | Shown::Saved | Shown::Notice(_) => {}
        });
        on_cleanup(move || connection.close());
        LiveClient {
            connection,
            session,
            code,
            link,
            pending,
        }
    }

    /// The connection in a few plain words, with any changes still waiting.
    pub fn connection_words(self) -> Signal<String> {
        let link = self.link;
        let pending = self.pending;
        Signal::derive(move || {
            let words = link.get().words();
            match pending.with(Vec::len) {
                0 => words,
                count => t!("live-changes-waiting", link = words.as_str(), count = count),
            }
        })
    }

    /// Takes a step in the session (see [`Connection::make`]).
    pub fn make(self, step: SessionStep) -> Result<(), String> {
        self.connection.make(step)
    }
}
