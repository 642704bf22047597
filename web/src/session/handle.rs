//! What a session screen needs from wherever the session lives: the session as this
//! device sees it, a way to make a change, and where it lives. One-device sessions
//! get theirs from the plan's document on this device; live sessions from the
//! server's connection. The facilitator's screens take either without knowing which.

use cares_core::coproduction::Session;
use cares_core::edits::SessionStep;
use leptos::prelude::*;

/// One session, seen from this device.
#[derive(Clone, Copy)]
pub struct SessionHandle {
    /// The session now; `None` while it loads or when it cannot be found.
    pub session: Signal<Option<Session>>,
    /// Makes a change. The handle applies it here at once and saves or sends it; an
    /// `Err` is a plain sentence to show next to what the person did.
    pub step: Callback<SessionStep, Result<(), String>>,
    /// Where the session lives.
    pub place: SessionPlace,
}

/// Where a session lives, and what that adds to the facilitator's screen.
#[derive(Clone, Copy)]
pub enum SessionPlace {
    /// In the plan's document on this device: works with the network off.
    ThisDevice,
    /// On the server, with people joining from their phones.
    Live(LiveInfo),
}

/// What the facilitator of a live session sees besides the session.
#[derive(Clone, Copy)]
pub struct LiveInfo {
    /// The join code people type ("K7P2QX"), once the server has sent it.
    pub code: Signal<Option<String>>,
    /// The address of the board (the projector view), to open in a new tab.
    pub board_href: Signal<Option<String>>,
    /// The address of the join code's QR picture (an SVG), if there is one.
    pub qr_src: Signal<Option<String>>,
    /// How the connection is, in a few plain words ("Connected", "Reconnecting…").
    pub connection: Signal<String>,
    /// The day the server will delete the session unless it is used again.
    pub deleted_on: Signal<Option<chrono::NaiveDate>>,
}
