//! What a person typed into a field and the plan does not hold yet, kept in
//! localStorage so a reload, a crash or a refused edit never loses it.
//!
//! Each draft is keyed by where it was typed ("document/action/field", see
//! [`DraftKey`]); it is written while the field differs from what the plan holds and
//! removed once they agree. localStorage rather than IndexedDB because the write
//! must be done before the page can go away, and it is synchronous.

/// Where a draft was typed: the document, the thing in it, and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftKey(String);

/// Every draft's key starts with this.
const PREFIX: &str = "cares.draft.";

impl DraftKey {
    /// The draft of `field` of `item` (an action's id, a pack's…) in `document`.
    pub fn new(
        document: impl std::fmt::Display,
        item: impl std::fmt::Display,
        field: &str,
    ) -> Self {
        Self(format!("{PREFIX}{document}/{item}/{field}"))
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept under `key`, if any.
pub fn read(key: &DraftKey) -> Option<String> {
    storage()?.get_item(&key.0).ok().flatten()
}

/// Keeps `text` under `key`. A full or missing storage is not an error a person can
/// act on here: the text is still in the field and the header says "Not saved".
pub fn keep(key: &DraftKey, text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&key.0, text);
    }
}

/// Forgets the draft under `key`: the plan holds what was typed.
pub fn forget(key: &DraftKey) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key.0);
    }
}
