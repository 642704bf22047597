//! The "Loading…" note that `index.html` shows until the app has started.
//!
//! On a slow phone the app can take a few seconds to arrive; the note means a person
//! never looks at a blank page and wonders whether it is broken.

use leptos::prelude::*;

/// The id of the note in `index.html`.
const LOADING_NOTE_ID: &str = "loading-note";

/// Takes the note away once the app is on the page.
pub fn remove() {
    if let Some(note) = document().get_element_by_id(LOADING_NOTE_ID) {
        note.remove();
    }
}
