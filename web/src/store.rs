//! Where plans are kept on this device.
//!
//! Placeholder in memory, with the API the views use; the IndexedDB store (edits
//! written before "saved" is shown, tabs told of each other's edits) replaces the
//! insides without changing these functions.

use std::cell::RefCell;
use std::collections::BTreeMap;

use cares_core::document::Document;
use cares_core::edits::StampedEdit;
use cares_core::ids::DocumentId;

/// One line of the list of plans on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    /// The document's id.
    pub id: DocumentId,
    /// Its title.
    pub title: String,
}

thread_local! {
    static DOCS: RefCell<BTreeMap<DocumentId, Document>> = const { RefCell::new(BTreeMap::new()) };
}

/// Keeps a whole document (new, opened from a file, or replacing one).
pub fn put_document(doc: &Document, done: impl FnOnce(Result<(), String>) + 'static) {
    DOCS.with(|d| d.borrow_mut().insert(doc.id(), doc.clone()));
    done(Ok(()));
}

/// Writes one edit of a document.
pub fn save_edit(
    id: DocumentId,
    edit: StampedEdit,
    done: impl FnOnce(Result<(), String>) + 'static,
) {
    DOCS.with(|d| {
        if let Some(doc) = d.borrow_mut().get_mut(&id) {
            doc.receive([edit]);
        }
    });
    done(Ok(()));
}

/// Reads a document back.
pub fn load(id: DocumentId, done: impl FnOnce(Result<Option<Document>, String>) + 'static) {
    let doc = DOCS.with(|d| d.borrow().get(&id).cloned());
    done(Ok(doc));
}

/// Lists the documents on this device.
pub fn list(done: impl FnOnce(Result<Vec<PlanSummary>, String>) + 'static) {
    let list = DOCS.with(|d| {
        d.borrow()
            .values()
            .map(|doc| PlanSummary {
                id: doc.id(),
                title: doc.content().title.clone(),
            })
            .collect()
    });
    done(Ok(list));
}
