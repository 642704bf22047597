//! The live connection between a device and cares-server
//! (`GET /api/sessions/{id}/live`), said once for both ends: the messages and their
//! tags ([`message`]), why an edit was refused and what the device does about it
//! ([`RefusalReason`]), the roles a token gives ([`Role`]), and the outbox a device
//! keeps its unanswered edits in ([`outbox`]).
//!
//! The server writes [`ServerMessage`]s and reads [`ClientMessage`]s; the web app,
//! the server's tests and its load example write [`ClientMessage`]s and read
//! [`Received`]. No I/O here: sockets, timers and storage are the caller's. Builds
//! for wasm32.

#![warn(missing_docs)]

pub mod message;
pub mod outbox;
pub mod role;

pub use message::{ClientMessage, Received, RefusalReason, ServerMessage};
pub use outbox::{Next, Outbox};
pub use role::Role;

/// The subprotocol a client asks for; the server answers with it.
pub const SUBPROTOCOL: &str = "cares.v1";
/// The prefix of the subprotocol entry that carries the token: `token.<token>`.
pub const TOKEN_PREFIX: &str = "token.";

/// The close codes the server ends a connection with that a device acts on.
pub mod close {
    /// The token is not known (any more): this device can no longer take part.
    pub const UNAUTHORIZED: u16 = 4401;
    /// The token may not use this session, or whoever it speaks for was erased.
    pub const FORBIDDEN: u16 = 4403;
    /// What this device holds of the session may no longer be kept (a statement
    /// was hidden or removed, or someone erased), or it lacks what it may now see:
    /// drop the copy and connect again from the start (`hello` with no position).
    pub const START_AFRESH: u16 = 4409;
}
