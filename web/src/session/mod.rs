//! Co-production sessions as the facilitator's screens see them: a [`handle::SessionHandle`]
//! over wherever the session lives. One-device sessions are in the open plan's document
//! ([`local`]); live ones come from `crate::live`. [`handle_for`] picks the right one, so
//! the pages never ask where a session lives.

pub mod handle;
pub mod local;
pub mod new_session;

use cares_core::ids::SessionId;

use crate::workspace::OpenPlan;
use handle::SessionHandle;

/// The session named in an address, from this plan's document or, failing that, a live
/// session this device facilitates for the plan. Call inside the component that shows
/// it: a live handle's connection belongs to that component.
pub fn handle_for(open: OpenPlan, session: SessionId) -> Option<SessionHandle> {
    local::local_handle(open, session).or_else(|| crate::live::facilitator_handle(open.id, session))
}

/// Reads a session id from the address.
pub fn parse_session_id(text: &str) -> Option<SessionId> {
    uuid::Uuid::parse_str(text).ok().map(SessionId::from_uuid)
}

/// `/plan/<doc>/session/<session>`: the facilitator's view of one session.
pub fn session_path(open: &OpenPlan, session: SessionId) -> String {
    format!("/plan/{}/session/{session}", open.id)
}

/// The core's reasons are written lowercase without a full stop, to go inside other
/// words; on their own beside a button they read better as a sentence.
pub fn sentence(reason: &str) -> String {
    let reason = reason.trim();
    let mut chars = reason.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut said: String = first.to_uppercase().chain(chars).collect();
    if !said.ends_with(['.', '?', '!']) {
        said.push('.');
    }
    said
}

#[cfg(test)]
mod tests {
    use super::sentence;

    #[test]
    fn a_core_reason_becomes_a_sentence() {
        assert_eq!(
            sentence("a statement needs some words"),
            "A statement needs some words."
        );
        assert_eq!(sentence("Done."), "Done.");
        assert_eq!(sentence("  "), "");
    }
}
