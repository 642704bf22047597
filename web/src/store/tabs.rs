//! Telling the other tabs of this app what changed, over the BroadcastChannel "cares".
//!
//! The store sends a message after each write has committed; a tab with that plan open
//! takes the edits in through the core (`Document::receive`), so two tabs editing one
//! plan both keep their edits. A browser without BroadcastChannel simply has tabs
//! that learn of each other's edits when the plan is next opened.

use std::cell::RefCell;

use cares_core::edits::StampedEdit;
use cares_core::ids::DocumentId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, MessageEvent};

/// The channel's name, shared by every tab of the app.
const CHANNEL: &str = "cares";

/// What one tab tells the others. Externally tagged (`{"edits": {…}}`): a `tag`
/// field would make serde read the edits through a buffer, compiling every edit's
/// reading code a second time into the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TabMessage {
    /// These edits of a document are now in IndexedDB.
    Edits {
        /// The document.
        doc: DocumentId,
        /// The edits, as written.
        edits: Vec<StampedEdit>,
    },
    /// A copy of a document was downloaded on this date.
    BackedUp {
        /// The document.
        doc: DocumentId,
        /// The day of the download.
        #[serde(deserialize_with = "cares_core::calendar::iso_day::read")]
        date: NaiveDate,
    },
    /// A document was taken off this device (replaced by another).
    Removed {
        /// The document.
        doc: DocumentId,
    },
}

impl TabMessage {
    /// The document the message is about.
    pub fn doc(&self) -> DocumentId {
        match self {
            TabMessage::Edits { doc, .. }
            | TabMessage::BackedUp { doc, .. }
            | TabMessage::Removed { doc } => *doc,
        }
    }
}

thread_local! {
    static CHANNEL_HERE: RefCell<Option<BroadcastChannel>> = RefCell::new(BroadcastChannel::new(CHANNEL).ok());
    static LISTENING: RefCell<bool> = const { RefCell::new(false) };
}

/// Sends a message to every other tab. The sending tab does not hear it itself.
pub fn tell_other_tabs(message: &TabMessage) {
    let Ok(text) = serde_json::to_string(message) else {
        return;
    };
    CHANNEL_HERE.with(|channel| {
        if let Some(channel) = channel.borrow().as_ref() {
            // A closed or unsupported channel only means other tabs catch up later.
            let _ = channel.post_message(&text.into());
        }
    });
}

/// Calls `on_message` with every message from other tabs. Call once per tab.
pub fn listen(on_message: impl Fn(TabMessage) + 'static) {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message = event
            .data()
            .as_string()
            .and_then(|text| serde_json::from_str::<TabMessage>(&text).ok());
        if let Some(message) = message {
            on_message(message);
        }
    });
    CHANNEL_HERE.with(|channel| {
        if let Some(channel) = channel.borrow().as_ref() {
            channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        }
    });
    // The handler lives as long as the tab.
    handler.forget();
}
