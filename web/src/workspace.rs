//! The plan open in this tab, and the one way views change it.
//!
//! Views read the current state from [`OpenPlan::doc`] (a signal holding the core's
//! `Document`) and change it only through [`OpenPlan::edit`], which applies a core
//! `Edit` through the document (so the core's rules decide) and then hands the
//! stamped edit to [`crate::store`] to be written to IndexedDB. [`OpenPlan::save`]
//! says where saving stands, so the UI never says "saved" before it is.

use cares_core::document::Document;
use cares_core::edits::{Edit, EditError};
use cares_core::ids::{DocumentId, ReplicaId};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::store;

/// Where saving the latest edits stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Every edit made in this tab is in IndexedDB.
    Saved,
    /// Some edits are still being written.
    Saving,
    /// Writing failed; the reason, in plain words.
    Failed(String),
}

/// The plan open in this tab. Cheap to copy: every field is a handle.
#[derive(Debug, Clone, Copy)]
pub struct OpenPlan {
    /// The document's id.
    pub id: DocumentId,
    /// This tab's replica id: its edits are stamped with it.
    pub replica: ReplicaId,
    /// The document, current state and edit log.
    pub doc: RwSignal<Document>,
    /// Where saving stands.
    pub save: RwSignal<SaveState>,
}

impl OpenPlan {
    /// Wraps a loaded document for this tab.
    pub fn new(doc: Document, replica: ReplicaId) -> Self {
        Self {
            id: doc.id(),
            replica,
            doc: RwSignal::new(doc),
            save: RwSignal::new(SaveState::Saved),
        }
    }

    /// Makes an edit: the core checks and applies it at once (views update), then it
    /// is written to storage; `save` follows the write. A refused edit changes
    /// nothing and its error says why, for the view to show next to the field.
    pub fn edit(&self, edit: Edit) -> Result<(), EditError> {
        let stamped = self
            .doc
            .try_update(|doc| doc.apply(self.replica, edit).cloned())
            .unwrap_or(Err(EditError::Blank { field: "the plan" }))?;
        self.save.set(SaveState::Saving);
        let save = self.save;
        let id = self.id;
        store::save_edit(id, stamped, move |result| match result {
            Ok(()) => save.set(SaveState::Saved),
            Err(reason) => save.set(SaveState::Failed(reason)),
        });
        Ok(())
    }
}

/// Today's date on this device, for the audit and for new ratings.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}
