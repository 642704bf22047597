//! What a person is told when the server did not keep something sent from this
//! device, or when this page and the session are out of step. Which refusal leads
//! to which notice is the protocol's outbox; the words are here.

use cares_core::edits::{ReplicaReused, SessionStep};
use cares_core::session_copy::SessionEdit;

use crate::i18n::t;
use crate::live::http::sentence;

/// What a phone shows once the person it speaks for has been erased.
pub fn erased() -> String {
    t!("notice-erased")
}

/// What a person is told when something they sent arrived after the session had
/// moved on (a new phase, the votes shown, the close) and no longer fits.
pub fn too_late(edit: &SessionEdit) -> String {
    match edit {
        SessionEdit::Step {
            step: SessionStep::AddContribution { text, .. },
            ..
        } => t!("notice-statement-too-late", text = text.as_str()),
        SessionEdit::Step {
            step: SessionStep::Vote { .. } | SessionStep::Unvote { .. },
            ..
        } => t!("notice-vote-too-late"),
        _ => t!("notice-change-too-late"),
    }
}

/// A change dropped for the reason the server gave.
pub fn not_kept(error: &str) -> String {
    t!("notice-change-not-kept", reason = sentence(error))
}

/// An edit refused for good (forbidden, invalid, or a reason this version does not
/// know). A statement's words are given back, so the person can keep them.
pub fn dropped(edit: Option<SessionEdit>, error: &str) -> String {
    match edit {
        Some(SessionEdit::Step {
            step: SessionStep::AddContribution { text, .. },
            ..
        }) => t!(
            "notice-statement-not-sent",
            text = text.as_str(),
            reason = sentence(error)
        ),
        _ => not_kept(error),
    }
}

/// What a device shows when the server's edits and its own disagree under one
/// device id (the core refused them, changing nothing): reloading starts afresh from
/// what the server saved.
pub fn out_of_step(e: &ReplicaReused) -> String {
    t!("notice-out-of-step", detail = e.to_string())
}
