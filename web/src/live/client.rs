//! The live connection, one client for every role (facilitator, phone, board).
//!
//! It opens the session's WebSocket with the token as a subprotocol (never in the
//! address), says `hello` with the last position it was given, and builds the
//! session from `welcome.base` plus the edits through the core's `Document` — the
//! same apply code as the server. Edits made here are stamped above the highest
//! clock seen, kept (in local storage) until the server answers, shown at once on
//! top of what the server confirmed, and sent again after a reconnect. It
//! reconnects with a growing wait when the socket closes, and at once when the
//! browser says it is back online; it does not poll when nothing is wrong.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use cares_core::coproduction::Session;
use cares_core::document::Document;
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ParticipantId, SessionId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::copy;
use super::http::sentence;
use super::messages::{self, ClientMessage, ServerMessage};
use super::records::{self, Held};

/// The role this device has in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Runs the session.
    Facilitator,
    /// Someone taking part on their phone.
    Participant,
    /// The projector view.
    Board,
}

impl Role {
    /// The role as stored.
    pub fn key(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Participant => "participant",
            Role::Board => "board",
        }
    }
}

/// How the connection is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Opening the connection for the first time.
    Connecting,
    /// Connected and up to date.
    Connected,
    /// The browser is offline: changes wait here.
    Offline,
    /// The connection dropped; trying again.
    Reconnecting,
    /// The server will not take this device any more; the words say why.
    Ended(String),
}

impl Link {
    /// The state in a few plain words.
    pub fn words(&self) -> String {
        match self {
            Link::Connecting => "Connecting…".to_owned(),
            Link::Connected => "Connected".to_owned(),
            Link::Offline => "Offline — changes will be sent when you are back online".to_owned(),
            Link::Reconnecting => "Reconnecting…".to_owned(),
            Link::Ended(why) => why.clone(),
        }
    }
}

/// The most edits sent and not yet answered at once, well within the server's
/// limit on messages per connection.
const WINDOW: usize = 20;
/// The first wait before reconnecting, doubled each time up to [`LONGEST_WAIT_MS`].
const FIRST_WAIT_MS: u32 = 1_000;
/// The longest wait between two tries.
const LONGEST_WAIT_MS: u32 = 30_000;
/// The close codes that mean the token no longer works here.
const UNAUTHORIZED: u16 = 4401;
const FORBIDDEN: u16 = 4403;

/// One live session on this device. Cheap to copy: the signals belong to the
/// component that opened it, and the connection itself is kept by id.
#[derive(Debug, Clone, Copy)]
pub struct LiveClient {
    id: u64,
    /// The session.
    pub session_id: SessionId,
    /// The role.
    pub role: Role,
    /// The session as this device sees it: what the server confirmed, with this
    /// device's unanswered edits on top. `None` until the first welcome.
    pub session: RwSignal<Option<Session>>,
    /// The join code, once the server has sent it (facilitator and board).
    pub code: RwSignal<Option<String>>,
    /// Who this device speaks for (phones).
    pub participant: RwSignal<Option<ParticipantId>>,
    /// How the connection is.
    pub link: RwSignal<Link>,
    /// Edits made here that the server has not answered yet.
    pub pending: RwSignal<Vec<StampedEdit>>,
    /// How many edits made here the server has saved since the page opened.
    pub saved: RwSignal<u32>,
    /// The latest edit the server refused for good, in plain words.
    pub notice: RwSignal<Option<String>>,
}

/// What a phone shows once the person it speaks for has been erased.
const ERASED_NOTICE: &str =
    "You have been removed from this session, as asked, so nothing more is sent from this device.";

/// What a person is told when something they sent arrived after the session had
/// moved on (a new phase, the votes shown, the close) and no longer fits.
fn too_late_notice(edit: &Edit) -> String {
    const MOVED_ON: &str = "it arrived after the session had moved on";
    match edit {
        Edit::Session {
            step: SessionStep::AddContribution { text, .. },
            ..
        } => format!("“{text}” was not sent: {MOVED_ON}."),
        Edit::Session {
            step: SessionStep::Vote { .. } | SessionStep::Unvote { .. },
            ..
        } => format!("Your vote was not counted: {MOVED_ON}."),
        _ => format!("A change was not kept: {MOVED_ON}."),
    }
}

/// The event handlers of one socket, kept alive while it is open.
struct Handlers {
    socket: web_sys::WebSocket,
    _open: Closure<dyn FnMut(web_sys::Event)>,
    _message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _close: Closure<dyn FnMut(web_sys::CloseEvent)>,
}

impl Handlers {
    fn detach(&self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
    }
}

/// What the client keeps besides its signals.
struct Inner {
    held: Held,
    doc: Option<Document>,
    position: Option<i64>,
    live: Option<Handlers>,
    /// Handlers of closed sockets: dropped later, never while they run.
    old: Vec<Handlers>,
    caught_up: bool,
    /// Seqs of pending edits sent on this socket and not answered yet.
    in_flight: HashSet<u64>,
    wait_ms: u32,
    retry: Option<TimeoutHandle>,
    ended: bool,
    closed: bool,
    listeners: Vec<WindowListenerHandle>,
}

thread_local! {
    static CLIENTS: RefCell<HashMap<u64, Inner>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn with_inner<R>(id: u64, f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
    CLIENTS.with(|clients| clients.borrow_mut().get_mut(&id).map(f))
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

impl LiveClient {
    /// Opens the connection for a held role, for the component it is called in:
    /// its signals belong to that component, and the connection closes with it.
    pub fn open(held: Held) -> LiveClient {
        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        let client = LiveClient {
            id,
            session_id: held.session,
            role: held.role,
            session: RwSignal::new(None),
            code: RwSignal::new(held.code.clone()),
            participant: RwSignal::new(held.participant),
            link: RwSignal::new(Link::Connecting),
            pending: RwSignal::new(held.pending.clone()),
            saved: RwSignal::new(0),
            notice: RwSignal::new(None),
        };
        let listeners = vec![
            window_event_listener(leptos::ev::online, move |_| client.back_online()),
            window_event_listener(leptos::ev::offline, move |_| client.went_offline()),
        ];
        CLIENTS.with(|clients| {
            clients.borrow_mut().insert(
                id,
                Inner {
                    held,
                    doc: None,
                    position: None,
                    live: None,
                    old: Vec::new(),
                    caught_up: false,
                    in_flight: HashSet::new(),
                    wait_ms: FIRST_WAIT_MS,
                    retry: None,
                    ended: false,
                    closed: false,
                    listeners,
                },
            );
        });
        on_cleanup(move || client.close());
        client.connect();
        client
    }

    /// The connection in a few plain words, with any changes still waiting.
    pub fn connection_words(self) -> Signal<String> {
        let link = self.link;
        let pending = self.pending;
        Signal::derive(move || {
            let words = link.get().words();
            match pending.with(Vec::len) {
                0 => words,
                1 => format!("{words} — 1 change not sent yet"),
                n => format!("{words} — {n} changes not sent yet"),
            }
        })
    }

    /// Makes an edit: checked by the core against the session as this device sees
    /// it, shown at once, kept until the server answers and sent when it can be.
    /// The error is a plain sentence.
    pub fn make(self, edit: Edit) -> Result<(), String> {
        if self.role == Role::Board {
            return Err("The board only shows the session; it cannot change it.".to_owned());
        }
        edit.check().map_err(|e| sentence(&e.to_string()))?;
        with_inner(self.id, |inner| {
            let Some(doc) = inner.doc.as_ref() else {
                return Err("The session is still loading. Try again in a moment.".to_owned());
            };
            let mut content = doc.content().clone();
            for p in &inner.held.pending {
                let _skipped = cares_core::edits::apply(&mut content, &p.edit);
            }
            cares_core::edits::apply(&mut content, &edit).map_err(|e| sentence(&e.to_string()))?;
            let stamped = stamp(inner, edit);
            inner.held.pending.push(stamped);
            records::save(&inner.held);
            Ok(())
        })
        .unwrap_or_else(|| Err("This session is closed on this page. Reload it.".to_owned()))?;
        self.notice.try_set(None);
        self.top_up();
        self.refresh();
        Ok(())
    }

    /// Closes the connection for good (the component that opened it is gone).
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
            for listener in inner.listeners.drain(..) {
                listener.remove();
            }
            let mut handlers = std::mem::take(&mut inner.old);
            if let Some(live) = inner.live.take() {
                live.detach();
                let _ = live.socket.close();
                handlers.push(live);
            }
            // Dropped after this turn, in case a handler of theirs is what closed us.
            set_timeout(move || drop(handlers), Duration::ZERO);
        }
    }

    fn connect(self) {
        let Some(token) = with_inner(self.id, |inner| {
            inner.old.clear();
            inner.retry = None;
            (!inner.ended && !inner.closed && inner.live.is_none())
                .then(|| inner.held.token.clone())
        })
        .flatten() else {
            return;
        };
        if !online() {
            self.set_link(Link::Offline);
            return;
        }
        let Some(url) = socket_url(self.session_id) else {
            return;
        };
        let protocols = js_sys::Array::of2(&"cares.v1".into(), &format!("token.{token}").into());
        let socket = match web_sys::WebSocket::new_with_str_sequence(&url, &protocols) {
            Ok(socket) => socket,
            Err(_) => {
                self.schedule_retry();
                return;
            }
        };
        let on_open = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| self.opened());
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(text) = event.data().as_string() {
                    self.heard(&text);
                }
            },
        );
        let on_close =
            Closure::<dyn FnMut(web_sys::CloseEvent)>::new(move |event: web_sys::CloseEvent| {
                self.closed_by(event.code());
            });
        socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        with_inner(self.id, |inner| {
            inner.caught_up = false;
            inner.in_flight.clear();
            inner.live = Some(Handlers {
                socket,
                _open: on_open,
                _message: on_message,
                _close: on_close,
            });
        });
    }

    fn opened(self) {
        let hello = with_inner(self.id, |inner| {
            ClientMessage::Hello {
                after: inner.doc.as_ref().and(inner.position),
            }
            .to_text()
        });
        if let Some(hello) = hello {
            self.send_text(&hello);
        }
    }

    fn send_text(self, text: &str) {
        with_inner(self.id, |inner| {
            if let Some(live) = &inner.live {
                let _ = live.socket.send_with_str(text);
            }
        });
    }

    fn heard(self, text: &str) {
        let Some(message) = messages::read(text) else {
            return;
        };
        match message {
            ServerMessage::Welcome {
                document,
                participant,
                code,
                base,
                clock,
                ..
            } => {
                with_inner(self.id, |inner| {
                    if inner.doc.as_ref().is_none_or(|d| d.id() != document) {
                        inner.doc = Some(Document::from_content(document, *base));
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
                    self.code.try_set(Some(code));
                }
                if participant.is_some() {
                    self.participant.try_set(participant);
                }
            }
            ServerMessage::Edits { position, edits } => {
                let refused = with_inner(self.id, |inner| {
                    let clock = edits.iter().map(|e| e.clock).max().unwrap_or(0);
                    inner.held.clock = inner.held.clock.max(clock);
                    let refused = inner.doc.as_mut().and_then(|doc| doc.receive(edits).err());
                    if let Some(position) = position {
                        inner.position = Some(inner.position.unwrap_or(0).max(position));
                    }
                    settle_confirmed(inner);
                    refused
                })
                .flatten();
                if let Some(e) = refused {
                    self.notice.try_set(Some(out_of_step(&e)));
                }
                self.refresh();
            }
            ServerMessage::CaughtUp { clock, position } => {
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
            ServerMessage::Ack { replica, seq } => {
                let refused = with_inner(self.id, |inner| {
                    if replica != inner.held.replica {
                        return None;
                    }
                    inner.in_flight.remove(&seq);
                    let at = inner.held.pending.iter().position(|p| p.seq == seq)?;
                    let stamped = inner.held.pending.remove(at);
                    let refused = inner
                        .doc
                        .as_mut()
                        .and_then(|doc| doc.receive([stamped]).err());
                    records::save(&inner.held);
                    refused
                })
                .flatten();
                if let Some(e) = refused {
                    self.notice.try_set(Some(out_of_step(&e)));
                }
                self.saved.try_update(|n| *n += 1);
                self.top_up();
                self.refresh();
            }
            ServerMessage::Refused {
                replica,
                seq,
                reason,
                error,
                retry_after_ms,
                clock,
            } => self.refused(replica, seq, &reason, &error, retry_after_ms, clock),
            ServerMessage::Error => {}
        }
    }

    fn refused(
        self,
        replica: cares_core::ids::ReplicaId,
        seq: u64,
        reason: &str,
        error: &str,
        retry_after_ms: Option<u64>,
        clock: Option<u64>,
    ) {
        let mine = with_inner(self.id, |inner| replica == inner.held.replica).unwrap_or(false);
        if !mine {
            return;
        }
        match reason {
            "slow-down" => {
                let wait = retry_after_ms.unwrap_or(1_000).clamp(50, 60_000);
                set_timeout(move || self.resend(seq), Duration::from_millis(wait));
            }
            "not-saved" => {
                set_timeout(move || self.resend(seq), Duration::from_millis(1_000));
            }
            "stale" | "too-late" => {
                let too_late = reason == "too-late";
                let dropped = with_inner(self.id, |inner| {
                    inner.in_flight.remove(&seq);
                    inner.held.clock = inner.held.clock.max(clock.unwrap_or(0));
                    let at = inner.held.pending.iter().position(|p| p.seq == seq)?;
                    let old = inner.held.pending.remove(at);
                    // Made again only if it still makes sense on what is saved now.
                    let fits = inner.doc.as_ref().is_some_and(|doc| {
                        let mut content = doc.content().clone();
                        cares_core::edits::apply(&mut content, &old.edit).is_ok()
                    });
                    let outcome = if fits {
                        let again = stamp(inner, old.edit);
                        inner.held.pending.insert(at, again);
                        None
                    } else if too_late {
                        Some(too_late_notice(&old.edit))
                    } else {
                        Some(format!("A change was not kept: {}", sentence(error)))
                    };
                    records::save(&inner.held);
                    outcome
                })
                .flatten();
                if let Some(notice) = dropped {
                    self.notice.try_set(Some(notice));
                }
                self.top_up();
                self.refresh();
            }
            // Whoever this device speaks for was erased: nothing more is sent for them.
            "erased" => {
                with_inner(self.id, |inner| {
                    inner.in_flight.clear();
                    inner.held.pending.clear();
                    records::save(&inner.held);
                });
                self.notice.try_set(Some(ERASED_NOTICE.to_owned()));
                self.refresh();
            }
            // forbidden, invalid, or anything this version does not know: drop it.
            _ => {
                let dropped = with_inner(self.id, |inner| {
                    inner.in_flight.remove(&seq);
                    let at = inner.held.pending.iter().position(|p| p.seq == seq);
                    let dropped = at.map(|at| inner.held.pending.remove(at));
                    records::save(&inner.held);
                    dropped
                })
                .flatten();
                // A statement's words are given back, so the person can keep them.
                let notice = match dropped.map(|d| d.edit) {
                    Some(Edit::Session {
                        step: SessionStep::AddContribution { text, .. },
                        ..
                    }) => format!("“{text}” was not sent: {}", sentence(error)),
                    _ => format!("A change was not kept: {}", sentence(error)),
                };
                self.notice.try_set(Some(notice));
                self.top_up();
                self.refresh();
            }
        }
    }

    /// Sends one waiting edit again (after slow-down or not-saved).
    fn resend(self, seq: u64) {
        with_inner(self.id, |inner| inner.in_flight.remove(&seq));
        self.top_up();
    }

    /// Sends waiting edits, oldest first, keeping at most [`WINDOW`] unanswered.
    fn top_up(self) {
        let texts = with_inner(self.id, |inner| {
            let open = inner
                .live
                .as_ref()
                .is_some_and(|live| live.socket.ready_state() == web_sys::WebSocket::OPEN);
            if !open || !inner.caught_up || !online() {
                return Vec::new();
            }
            let mut texts = Vec::new();
            for p in &inner.held.pending {
                if inner.in_flight.len() >= WINDOW {
                    break;
                }
                if inner.in_flight.insert(p.seq) {
                    texts.push(ClientMessage::Edit { edit: p }.to_text());
                }
            }
            texts
        })
        .unwrap_or_default();
        for text in texts {
            self.send_text(&text);
        }
        self.pending
            .try_set(with_inner(self.id, |inner| inner.held.pending.clone()).unwrap_or_default());
    }

    /// Works out the session as this device sees it and updates the views.
    fn refresh(self) {
        let seen = with_inner(self.id, |inner| {
            let doc = inner.doc.as_ref()?;
            let find = |content: &cares_core::document::Content| {
                content
                    .sessions
                    .iter()
                    .find(|s| s.id == self.session_id)
                    .cloned()
            };
            if inner.held.pending.is_empty() {
                return find(doc.content());
            }
            let mut content = doc.content().clone();
            for p in &inner.held.pending {
                let _skipped = cares_core::edits::apply(&mut content, &p.edit);
            }
            find(&content)
        })
        .flatten();
        if let Some(session) = &seen
            && self.role == Role::Facilitator
        {
            // The action editor shows an action's statements from this copy.
            copy::keep(session);
        }
        if seen.is_some() {
            self.session.try_set(seen);
        }
        self.pending
            .try_set(with_inner(self.id, |inner| inner.held.pending.clone()).unwrap_or_default());
    }

    fn closed_by(self, code: u16) {
        let state = with_inner(self.id, |inner| {
            if let Some(live) = inner.live.take() {
                live.detach();
                inner.old.push(live);
            }
            inner.caught_up = false;
            inner.in_flight.clear();
            if code == UNAUTHORIZED || code == FORBIDDEN {
                inner.ended = true;
            }
            (inner.ended, inner.held.role)
        });
        match state {
            Some((true, role)) => {
                if role != Role::Facilitator {
                    records::forget(role, self.session_id);
                }
                self.set_link(Link::Ended(
                    "This device can no longer take part in this session.".to_owned(),
                ));
            }
            Some((false, _)) if !online() => self.set_link(Link::Offline),
            Some((false, _)) => self.schedule_retry(),
            None => {}
        }
    }

    fn schedule_retry(self) {
        self.set_link(Link::Reconnecting);
        let wait = with_inner(self.id, |inner| {
            let wait = inner.wait_ms;
            inner.wait_ms = (inner.wait_ms * 2).min(LONGEST_WAIT_MS);
            wait
        });
        let Some(wait) = wait else {
            return;
        };
        let handle =
            set_timeout_with_handle(move || self.connect(), Duration::from_millis(wait.into()));
        if let Ok(handle) = handle {
            with_inner(self.id, |inner| {
                if let Some(old) = inner.retry.replace(handle) {
                    old.clear();
                }
            });
        }
    }

    fn back_online(self) {
        let idle = with_inner(self.id, |inner| {
            if let Some(retry) = inner.retry.take() {
                retry.clear();
            }
            inner.wait_ms = FIRST_WAIT_MS;
            inner.live.is_none()
        });
        if idle == Some(true) {
            self.set_link(Link::Reconnecting);
            self.connect();
        }
    }

    /// The browser lost its network: a socket may look open for a long while after,
    /// so close it and keep new edits here until the network is back.
    fn went_offline(self) {
        with_inner(self.id, |inner| {
            if let Some(retry) = inner.retry.take() {
                retry.clear();
            }
            if let Some(live) = inner.live.take() {
                live.detach();
                let _ = live.socket.close();
                inner.old.push(live);
            }
            inner.caught_up = false;
            inner.in_flight.clear();
        });
        self.set_link(Link::Offline);
    }

    fn set_link(self, link: Link) {
        let ended = with_inner(self.id, |inner| inner.ended).unwrap_or(false);
        if ended && !matches!(link, Link::Ended(_)) {
            return;
        }
        if self.link.try_get_untracked().as_ref() != Some(&link) {
            self.link.try_set(link);
        }
    }
}

/// Stamps an edit made here: the next seq, a clock above everything seen (the
/// confirmed log's clock, the server's, and this device's own waiting edits).
fn stamp(inner: &mut Inner, edit: Edit) -> StampedEdit {
    let confirmed = inner.doc.as_ref().map_or(0, |d| d.log().clock());
    stamp_held(&mut inner.held, confirmed, edit)
}

fn stamp_held(held: &mut Held, confirmed: u64, edit: Edit) -> StampedEdit {
    let seen = confirmed
        .max(held.clock)
        .max(held.pending.iter().map(|p| p.clock).max().unwrap_or(0));
    let stamped = StampedEdit {
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
    let Some(doc) = inner.doc.as_ref() else {
        return;
    };
    let before = inner.held.pending.len();
    inner
        .held
        .pending
        .retain(|p| !doc.log().contains(p.replica, p.seq));
    if inner.held.pending.len() != before {
        records::save(&inner.held);
    }
}

/// `ws://host/api/sessions/<id>/live` (or `wss:` on https).
fn socket_url(session: SessionId) -> Option<String> {
    let location = web_sys::window()?.location();
    let scheme = if location.protocol().ok()? == "https:" {
        "wss"
    } else {
        "ws"
    };
    let host = location.host().ok()?;
    Some(format!("{scheme}://{host}/api/sessions/{session}/live"))
}

/// What a device shows when the server's edits and its own disagree under one
/// device id (the core refused them, changing nothing): reloading starts afresh from
/// what the server saved.
fn out_of_step(e: &cares_core::edits::ReplicaReused) -> String {
    format!(
        "This page is out of step with the session ({}). Reload the page to see what was saved.",
        e
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::ids::SessionId;

    fn title(t: &str) -> Edit {
        Edit::SetTitle { title: t.into() }
    }

    #[test]
    fn a_new_edit_is_stamped_above_every_clock_seen_with_the_next_seq() {
        let mut held = Held::new(SessionId::from_u128(1), Role::Participant, "t".into());
        held.clock = 7;
        let first = stamp_held(&mut held, 3, title("a"));
        assert_eq!((first.seq, first.clock), (1, 8));
        held.pending.push(first);
        // The confirmed log moved on while this edit waited.
        let second = stamp_held(&mut held, 20, title("b"));
        assert_eq!((second.seq, second.clock), (2, 21));
        held.pending.push(second);
        let third = stamp_held(&mut held, 0, title("c"));
        assert_eq!(
            (third.seq, third.clock),
            (3, 22),
            "above its own waiting edits too"
        );
    }

    #[test]
    fn the_link_says_in_words_how_it_is() {
        assert_eq!(Link::Connected.words(), "Connected");
        assert!(Link::Offline.words().starts_with("Offline"));
        assert_eq!(Link::Ended("Gone.".into()).words(), "Gone.");
    }
}
