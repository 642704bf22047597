//! What a person is told when the server did not keep something sent from this
//! device, or when this page and the session are out of step. Which refusal leads
//! to which notice is the protocol's outbox; the words are here.

use cares_core::edits::{Edit, ReplicaReused, SessionStep};

use crate::live::http::sentence;

/// What a phone shows once the person it speaks for has been erased.
pub const ERASED: &str =
    "You have been removed from this session, as asked, so nothing more is sent from this device.";

/// What a person is told when something they sent arrived after the session had
/// moved on (a new phase, the votes shown, the close) and no longer fits.
pub fn too_late(edit: &Edit) -> String {
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

/// A change dropped for the reason the server gave.
pub fn not_kept(error: &str) -> String {
    format!("A change was not kept: {}", sentence(error))
}

/// An edit refused for good (forbidden, invalid, or a reason this version does not
/// know). A statement's words are given back, so the person can keep them.
pub fn dropped(edit: Option<Edit>, error: &str) -> String {
    match edit {
        Some(Edit::Session {
            step: SessionStep::AddContribution { text, .. },
            ..
        }) => format!("“{text}” was not sent: {}", sentence(error)),
        _ => not_kept(error),
    }
}

/// What a device shows when the server's edits and its own disagree under one
/// device id (the core refused them, changing nothing): reloading starts afresh from
/// what the server saved.
pub fn out_of_step(e: &ReplicaReused) -> String {
    format!(
        "This page is out of step with the session ({}). Reload the page to see what was saved.",
        e
    )
}
