//! The socket under a [`Connection`]: opening it with the token as a subprotocol,
//! saying `hello`, sending text, and what happens when it closes — reconnecting
//! with a growing wait, at once when the browser is back online, never when the
//! server says the token no longer works.

use cares_core::ids::SessionId;
use cares_protocol::close::{FORBIDDEN, START_AFRESH, UNAUTHORIZED};
use cares_protocol::{ClientMessage, SUBPROTOCOL, TOKEN_PREFIX};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::{Connection, Link, Shown, with_inner};
use crate::browser::Timer;
use crate::i18n::t;
use crate::live::records;
use cares_protocol::Role;

/// The first wait before reconnecting, doubled each time up to [`LONGEST_WAIT_MS`].
pub(super) const FIRST_WAIT_MS: u32 = 1_000;

/// The longest wait between two tries.
const LONGEST_WAIT_MS: u32 = 30_000;

/// The event handlers of one socket, kept alive while it is open.
pub(super) struct Handlers {
    pub(super) socket: web_sys::WebSocket,
    _open: Closure<dyn FnMut(web_sys::Event)>,
    _message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _close: Closure<dyn FnMut(web_sys::CloseEvent)>,
}

impl Handlers {
    pub(super) fn detach(&self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
    }
}

pub(super) fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
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

impl Connection {
    pub(super) fn connect(self) {
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
        let protocols = js_sys::Array::of2(
            &SUBPROTOCOL.into(),
            &format!("{TOKEN_PREFIX}{token}").into(),
        );
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
            inner.held.outbox.connection_lost();
            inner.live = Some(Handlers {
                socket,
                _open: on_open,
                _message: on_message,
                _close: on_close,
            });
        });
    }

    pub(super) fn opened(self) {
        let hello = with_inner(self.id, |inner| {
            ClientMessage::hello_after(inner.doc.as_ref().and(inner.position)).to_text()
        });
        if let Some(hello) = hello {
            self.send_text(&hello);
        }
    }

    pub(super) fn send_text(self, text: &str) {
        with_inner(self.id, |inner| {
            if let Some(live) = &inner.live {
                let _ = live.socket.send_with_str(text);
            }
        });
    }

    pub(super) fn closed_by(self, code: u16) {
        let state = with_inner(self.id, |inner| {
            if let Some(live) = inner.live.take() {
                live.detach();
                inner.old.push(live);
            }
            inner.caught_up = false;
            inner.held.outbox.connection_lost();
            if code == UNAUTHORIZED || code == FORBIDDEN {
                inner.ended = true;
            }
            if code == START_AFRESH {
                // The server withdrew words this copy holds (or has words for it it
                // did not have): build the session again from the start, at once.
                inner.doc = None;
                inner.position = None;
                inner.wait_ms = FIRST_WAIT_MS;
            }
            (inner.ended, inner.held.role)
        });
        match state {
            Some((true, role)) => {
                if role != Role::Facilitator {
                    records::forget(role, self.session_id);
                }
                self.set_link(Link::Ended(t!("live-device-ended")));
            }
            Some((false, _)) if !online() => self.set_link(Link::Offline),
            Some((false, _)) => self.schedule_retry(),
            None => {}
        }
    }

    pub(super) fn schedule_retry(self) {
        self.set_link(Link::Reconnecting);
        let wait = with_inner(self.id, |inner| {
            let wait = inner.wait_ms;
            inner.wait_ms = (inner.wait_ms * 2).min(LONGEST_WAIT_MS);
            wait
        });
        let Some(wait) = wait else {
            return;
        };
        if let Some(handle) = Timer::after(wait, move || self.connect()) {
            with_inner(self.id, |inner| {
                if let Some(old) = inner.retry.replace(handle) {
                    old.clear();
                }
            });
        }
    }

    pub(super) fn back_online(self) {
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
    pub(super) fn went_offline(self) {
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
            inner.held.outbox.connection_lost();
        });
        self.set_link(Link::Offline);
    }

    pub(super) fn set_link(self, link: Link) {
        let changed = with_inner(self.id, |inner| {
            if inner.ended && !matches!(link, Link::Ended(_)) || inner.link == link {
                return false;
            }
            inner.link = link.clone();
            true
        });
        if changed == Some(true) {
            self.show(Shown::Link(link));
        }
    }
}
