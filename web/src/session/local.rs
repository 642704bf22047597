//! The one-device session: it lives in the open plan's document on this device, so it
//! works with the network off. Steps go through `OpenPlan::edit` as
//! `Edit::Session { session, step }`, so the core's rules decide and IndexedDB keeps them.

use cares_core::edits::Edit;
use cares_core::ids::SessionId;
use leptos::prelude::*;

use super::handle::{SessionHandle, SessionPlace};
use super::sentence;
use crate::workspace::OpenPlan;

/// A handle over a session in the open plan's document; `None` when the document does
/// not hold it (it may be a live session instead).
pub fn local_handle(open: OpenPlan, session: SessionId) -> Option<SessionHandle> {
    let here = open
        .doc
        .with_untracked(|d| d.content().sessions.iter().any(|s| s.id == session));
    if !here {
        return None;
    }
    let current = Memo::new(move |_| {
        open.doc.with(|d| {
            d.content()
                .sessions
                .iter()
                .find(|s| s.id == session)
                .cloned()
        })
    });
    let step = Callback::new(move |step| {
        open.edit(Edit::Session { session, step })
            .map_err(|e| sentence(&crate::i18n::not_done(&e)))
    });
    Some(SessionHandle {
        session: current.into(),
        step,
        place: SessionPlace::ThisDevice,
    })
}
