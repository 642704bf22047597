//! The live connection, one client for every role (facilitator, phone, board).
//!
//! It opens the session's WebSocket with the token as a subprotocol (never in the
//! address), says `hello` with the last position it was given, and builds the
//! session from `welcome.base` plus the edits through the core's `SessionCopy` — the
//! session alone, by the same rules as the server's document, so a phone carries no
//! code for plans, packs or the programme. Edits made here are stamped above the highest
//! clock seen, kept (in local storage) until the server answers, shown at once on
//! top of what the server confirmed, and sent again after a reconnect. It
//! reconnects with a growing wait when the socket closes, and at once when the
//! browser says it is back online; it does not poll when nothing is wrong.
//!
//! Here: the session as this device sees it and what each message from the server
//! does (the edits waiting for an answer are `cares-protocol`'s `Outbox`, which says
//! what a refusal means); `socket` opens, closes and reconnects; `link` says how
//! the connection is; `notices` words what a person is told about a refused edit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::copy::{self, Keeper};
use super::http::sentence;
use super::records::{self, Held};
use crate::browser::{Listener, Timer};
use crate::i18n::t;
use cares_core::coproduction::Session;
use cares_core::edits::SessionStep;
use cares_core::ids::{DocumentId, ParticipantId, SessionId};
use cares_core::session_copy::{
    self, CopyError, SessionCopy, SessionEdit, Sessions, StampedSessionEdit,
};
pub use cares_protocol::Role;
use cares_protocol::{ClientMessage, Next, Received, RefusalReason};
pub use link::Link;
pub use signals::LiveClient;
use socket::{FIRST_WAIT_MS, Handlers, online};

mod link;
mod notices;
mod signals;
mod socket;

/// What a client tells the page that shows it, each time it changes.
#[derive(Debug, Clone)]
pub enum Shown {
    /// The session as this device sees it: what the server confirmed, with this
    /// device's unanswered edits on top (not sent before the first welcome, unless a
    /// phone kept a copy).
    Session(Session),
    /// The join code, once the server has sent it (facilitator and board).
    Code(String),
    /// Who this device speaks for (phones).
    Participant(ParticipantId),
    /// How the connection is.
    Link(Link),
    /// Edits made here that the server has not answered yet.
    Pending(Vec<StampedSessionEdit>),
    /// The server saved one more edit made here.
    Saved,
    /// The latest edit the server refused for good, in plain words (`None` clears it).
    Notice(Option<String>),
}

/// One live session on this device. Cheap to copy: the connection itself is kept by
/// id, and what it shows goes to the function it was opened with. It needs no
/// framework: the app wraps it in Leptos signals ([`LiveClient`]), the phone's entry
/// draws its page from it directly (`crate::phone`).
#[derive(Debug, Clone, Copy)]
pub struct Connection {
    id: u64,
    /// The session.
    pub session_id: SessionId,
    /// The role.
    pub role: Role,
}

/// What the client keeps.
struct Inner {
    held: Held,
    /// The session document's id (`None` until the server has said it) and this
    /// device's copy of the session in it.
    doc: Option<(Option<DocumentId>, SessionCopy)>,
    position: Option<i64>,
    live: Option<Handlers>,
    /// Handlers of closed sockets: dropped later, never while they run.
    old: Vec<Handlers>,
    caught_up: bool,
    wait_ms: u32,
    retry: Option<Timer>,
    ended: bool,
    closed: bool,
    link: Link,
    show: Rc<dyn Fn(Shown)>,
    listeners: Vec<Listener>,
}

thread_local! {
    static CLIENTS: RefCell<HashMap<u64, Inner>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn with_inner<R>(id: u64, f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
    CLIENTS.with(|clients| clients.borrow_mut().get_mut(&id).map(f))
}

impl Connection {
    /// Opens the connection for a held role; what it has to show goes to `show`, at
    /// once (what this device already holds) and whenever it changes. It stays open
    /// until [`Connection::close`].
    pub fn open(held: Held, show: impl Fn(Shown) + 'static) -> Connection {
        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        let offline = offline_copy(&held);
        let client = Connection {
            id,
            session_id: held.session,
            role: held.role,
        };
        let show: Rc<dyn Fn(Shown)> = Rc::new(show);
        if let Some(session) = offline
            .as_ref()
            .and_then(|copy| copy.with(held.outbox.pending().iter().map(|p| &p.edit)))
        {
            show(Shown::Session(session));
        }
        if let Some(code) = &held.code {
            show(Shown::Code(code.clone()));
        }
        if let Some(participant) = held.participant {
            show(Shown::Participant(participant));
        }
        show(Shown::Link(Link::Connecting));
        show(Shown::Pending(held.outbox.pending().to_vec()));
        let listeners = vec![
            Listener::on_window("online", move |_| client.back_online()),
            Listener::on_window("offline", move |_| client.went_offline()),
        ];
        CLIENTS.with(|clients| {
            clients.borrow_mut().insert(
                id,
                Inner {
                    held,
                    doc: offline.map(|copy| (None, copy)),
                    position: None,
                    live: None,
                    old: Vec::new(),
                    caught_up: false,
                    wait_ms: FIRST_WAIT_MS,
                    retry: None,
                    ended: false,
                    closed: false,
                    link: Link::Connecting,
                    show,
                    listeners,
                },
            );
        });
        client.connect();
        client
    }

    /// Tells the page something changed (outside any borrow of the client, so the
    /// page may ask the client for more).
    fn show(self, shown: Shown) {
        if let Some(show) = with_inner(self.id, |inner| Rc::clone(&inner.show)) {
            show(shown);
        }
    }

    /// Takes a step in the session: checked by the core against the session as this
    /// device sees it, shown at once, kept until the server answers and sent when it
    /// can be. The error is a plain sentence.
    pub fn make(self, step: SessionStep) -> Result<(), String> {
        if self.role == Role::Board {
            return Err(t!("live-board-cannot-change"));
        }
        let edit = SessionEdit::Step {
            session: self.session_id,
            step,
        };
        with_inner(self.id, |inner| {
            let Some((_, copy)) = inner.doc.as_ref() else {
                return Err(t!("live-still-loading"));
            };
            let mut seen = copy.with(inner.held.outbox.pending().iter().map(|p| &p.edit));
            session_copy::apply(&mut seen, self.session_id, &edit).map_err(|e| match e {
                CopyError::Refused(e) => sentence(&crate::i18n::session_error(&e)),
                // The session has not reached this device yet.
                _ => t!("live-still-loading"),
            })?;
            let stamped = stamp(inner, edit);
            inner.held.outbox.push(stamped);
            records::save(&inner.held);
            Ok(())
        })
        .unwrap_or_else(|| Err(t!("live-closed-on-page")))?;
        self.show(Shown::Notice(None));
        self.top_up();
        self.refresh();
        Ok(())
    }

    /// Closes the connection for good (the page or component that opened it is gone).
    pub fn close(self) {
        if self.role == Role::Facilitator {
            copy::flush();
        }
        let inner = CLIENTS.with(|clients| clients.borrow_mut().remove(&self.id));
        if let Some(mut inner) = inner {
            inner.closed = true;
            if let Some(retry) = inner.retry.take() {
                retry.clear();
            }
            // Not dropped here: this may run inside one of them.
            let listeners = std::mem::take(&mut inner.listeners);
            let mut handlers = std::mem::take(&mut inner.old);
            if let Some(live) = inner.live.take() {
                live.detach();
                let _ = live.socket.close();
                handlers.push(live);
            }
            // Dropped after this turn, in case a handler of theirs is what closed us.
            Timer::after(0, move || drop((handlers, listeners)));
        }
    }

    fn heard(self, text: &str) {
        let Some(message) = Received::<Sessions, StampedSessionEdit>::read_as(text) else {
            return;
        };
        match message {
            Received::Welcome {
                document,
                participant,
                code,
                base,
                clock,
                ..
            } => {
                with_inner(self.id, |inner| {
                    if inner
                        .doc
                        .as_ref()
                        .is_none_or(|(id, _)| *id != Some(document))
                    {
                        let copy = SessionCopy::new(self.session_id, base.sessions);
                        inner.doc = Some((Some(document), copy));
                        inner.position = None;
                    }
                    inner.held.clock = inner.held.clock.max(clock);
                    inner.wait_ms = FIRST_WAIT_MS;
                    if participant.is_some() {
                        inner.held.participant = participant;
                    }
                    if code.is_some() {
                        inner.held.code.clone_from(&code);
                    }
                    records::save(&inner.held);
                });
                if let Some(code) = code {
                    self.show(Shown::Code(code));
                }
                if let Some(participant) = participant {
                    self.show(Shown::Participant(participant));
                }
            }
            Received::Edits { position, edits } => {
                let refused = with_inner(self.id, |inner| {
                    let clock = edits.iter().map(|e| e.clock).max().unwrap_or(0);
                    inner.held.clock = inner.held.clock.max(clock);
                    let refused = inner
                        .doc
                        .as_mut()
                        .and_then(|(_, copy)| copy.receive(edits).err());
                    if let Some(position) = position {
                        inner.position = Some(inner.position.unwrap_or(0).max(position));
                    }
                    settle_confirmed(inner);
                    refused
                })
                .flatten();
                if let Some(e) = refused {
                    self.show(Shown::Notice(Some(notices::out_of_step(&e))));
                }
                self.refresh();
            }
            Received::CaughtUp { clock, position } => {
                with_inner(self.id, |inner| {
                    inner.held.clock = inner.held.clock.max(clock);
                    inner.position = Some(inner.position.unwrap_or(0).max(position));
                    inner.caught_up = true;
                    settle_confirmed(inner);
                    records::save(&inner.held);
                });
                self.set_link(Link::Connected);
                self.top_up();
                self.refresh();
            }
            Received::Ack { replica, seq, .. } => {
                let refused = with_inner(self.id, |inner| {
                    if replica != inner.held.replica {
                        return None;
                    }
                    let stamped = inner.held.outbox.acked(seq)?;
                    let refused = inner
                        .doc
                        .as_mut()
                        .and_then(|(_, copy)| copy.receive([stamped]).err());
                    records::save(&inner.held);
                    refused
                })
                .flatten();
                if let Some(e) = refused {
                    self.show(Shown::Notice(Some(notices::out_of_step(&e))));
                }
                self.show(Shown::Saved);
                self.top_up();
                self.refresh();
            }
            Received::Refused {
                replica,
                seq,
                reason,
                error,
                retry_after_ms,
                clock,
            } => self.refused(replica, seq, reason, &error, retry_after_ms, clock),
            Received::Error { .. } => {}
        }
    }

    fn refused(
        self,
        replica: cares_core::ids::ReplicaId,
        seq: u64,
        reason: Option<RefusalReason>,
        error: &str,
        retry_after_ms: Option<u64>,
        clock: Option<u64>,
    ) {
        let next = with_inner(self.id, |inner| {
            if replica != inner.held.replica {
                return None;
            }
            // Only stale and too-late carry the server's clock: a new stamp goes above it.
            inner.held.clock = inner.held.clock.max(clock.unwrap_or(0));
            let next = inner.held.outbox.refused(seq, reason, retry_after_ms);
            let notice = match next {
                Next::SendAgain { after_ms } => return Some(Err(after_ms)),
                Next::Gone => None,
                Next::MakeAgain { at, edit, too_late } => {
                    // Made again only if it still makes sense on what is saved now.
                    let fits = inner.doc.as_ref().is_some_and(|(_, copy)| {
                        let mut saved = copy.session().cloned();
                        session_copy::apply(&mut saved, self.session_id, &edit.edit).is_ok()
                    });
                    if fits {
                        let again = stamp(inner, edit.edit);
                        inner.held.outbox.put_back(at, again);
                        None
                    } else if too_late {
                        Some(notices::too_late(&edit.edit))
                    } else {
                        Some(notices::not_kept(error))
                    }
                }
                Next::DropAll { .. } => Some(notices::erased()),
                Next::Drop { edit } => Some(notices::dropped(edit.map(|d| d.edit), error)),
            };
            records::save(&inner.held);
            Some(Ok(notice))
        })
        .flatten();
        match next {
            // Not this device's edit.
            None => {}
            // Slow down, or not saved: the same edit goes again after a wait.
            Some(Err(after_ms)) => {
                let after_ms = u32::try_from(after_ms).unwrap_or(u32::MAX);
                Timer::after(after_ms, move || self.resend(seq));
            }
            Some(Ok(notice)) => {
                if let Some(notice) = notice {
                    self.show(Shown::Notice(Some(notice)));
                }
                self.top_up();
                self.refresh();
            }
        }
    }

    /// Sends one waiting edit again (after slow-down or not-saved).
    fn resend(self, seq: u64) {
        with_inner(self.id, |inner| inner.held.outbox.send_again(seq));
        self.top_up();
    }

    /// Sends waiting edits, oldest first, keeping at most
    /// [`cares_protocol::outbox::WINDOW`] unanswered.
    fn top_up(self) {
        let texts = with_inner(self.id, |inner| {
            let open = inner
                .live
                .as_ref()
                .is_some_and(|live| live.socket.ready_state() == web_sys::WebSocket::OPEN);
            if !open || !inner.caught_up || !online() {
                return Vec::new();
            }
            inner
                .held
                .outbox
                .to_send()
                .into_iter()
                .map(ClientMessage::edit_text)
                .collect()
        })
        .unwrap_or_default();
        for text in texts {
            self.send_text(&text);
        }
        if let Some(pending) = with_inner(self.id, |inner| inner.held.outbox.pending().to_vec()) {
            self.show(Shown::Pending(pending));
        }
    }

    /// Works out the session as this device sees it and updates the views.
    fn refresh(self) {
        let seen = with_inner(self.id, |inner| {
            let (_, copy) = inner.doc.as_ref()?;
            copy.with(inner.held.outbox.pending().iter().map(|p| &p.edit))
        })
        .flatten();
        if let Some(session) = &seen {
            // The action editor shows an action's statements from the facilitator's
            // copy; a phone reloaded offline opens on its own.
            match self.role {
                Role::Facilitator => copy::keep(session, Keeper::Facilitator),
                Role::Participant => copy::keep(session, Keeper::Phone),
                _ => {}
            }
        }
        if let Some(session) = seen {
            self.show(Shown::Session(session));
        }
        if let Some(pending) = with_inner(self.id, |inner| inner.held.outbox.pending().to_vec()) {
            self.show(Shown::Pending(pending));
        }
    }
}

/// What a phone holds before the server answers (reloaded with no signal): the copy
/// it kept, so what it shows and what it takes in are checked against the session as
/// it last saw it. `None` for other roles, or no copy.
fn offline_copy(held: &Held) -> Option<SessionCopy> {
    if held.role != Role::Participant {
        return None;
    }
    let kept = copy::load(held.session)?;
    Some(SessionCopy::new(held.session, vec![kept]))
}

/// Stamps an edit made here: the next seq, a clock above everything seen (the
/// confirmed log's clock, the server's, and this device's own waiting edits).
fn stamp(inner: &mut Inner, edit: SessionEdit) -> StampedSessionEdit {
    let confirmed = inner.doc.as_ref().map_or(0, |(_, copy)| copy.clock());
    stamp_held(&mut inner.held, confirmed, edit)
}

fn stamp_held(held: &mut Held, confirmed: u64, edit: SessionEdit) -> StampedSessionEdit {
    let seen = confirmed.max(held.clock).max(held.outbox.highest_clock());
    let stamped = StampedSessionEdit {
        replica: held.replica,
        seq: held.next_seq,
        clock: seen + 1,
        edit,
    };
    held.next_seq += 1;
    held.clock = seen + 1;
    stamped
}

/// Drops waiting edits the server already holds (saved before a drop, the answer lost).
fn settle_confirmed(inner: &mut Inner) {
    let Some((_, copy)) = inner.doc.as_ref() else {
        return;
    };
    if inner
        .held
        .outbox
        .settle(|p| copy.contains(p.replica, p.seq))
    {
        records::save(&inner.held);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::ids::SessionId;

    fn title(t: &str) -> SessionEdit {
        SessionEdit::Step {
            session: SessionId::from_u128(1),
            step: SessionStep::AddTheme {
                theme: cares_core::ids::ThemeId::from_u128(1),
                name: t.into(),
            },
        }
    }

    #[test]
    fn a_new_edit_is_stamped_above_every_clock_seen_with_the_next_seq() {
        let mut held = Held::new(SessionId::from_u128(1), Role::Participant, "t".into());
        held.clock = 7;
        let first = stamp_held(&mut held, 3, title("a"));
        assert_eq!((first.seq, first.clock), (1, 8));
        held.outbox.push(first);
        // The confirmed log moved on while this edit waited.
        let second = stamp_held(&mut held, 20, title("b"));
        assert_eq!((second.seq, second.clock), (2, 21));
        held.outbox.push(second);
        let third = stamp_held(&mut held, 0, title("c"));
        assert_eq!(
            (third.seq, third.clock),
            (3, 22),
            "above its own waiting edits too"
        );
    }
}
