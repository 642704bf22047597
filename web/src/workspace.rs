//! The plan open in this tab, and the one way views change it.
//!
//! Views read the current state from [`OpenPlan::doc`] (a signal holding the core's
//! `Document`) and change it only through [`OpenPlan::edit`], which applies a core
//! `Edit` through the document (so the core's rules decide) and then hands the
//! stamped edit to [`crate::store`] to be written to IndexedDB. [`OpenPlan::save`]
//! says where saving stands, so the UI never says "saved" before it is.
//!
//! Each tab stamps its edits with its own replica id ([`this_tab`]), random (from
//! the browser's `crypto.getRandomValues`) and made afresh each time the app starts
//! in a tab. It is deliberately not one id per device kept in IndexedDB: two tabs
//! sharing an id would both number their next edit the same and the core would
//! refuse to merge them. Edits another tab saves arrive over the store's channel
//! and are received into the open plan through the core, so two tabs on one plan
//! never overwrite each other.

use std::cell::{Cell, RefCell};

use cares_core::catch_up;
use cares_core::document::{Content, Document, MergeError};
use cares_core::edits::{Edit, EditError, Erasure, StampedEdit};
use cares_core::ids::{DocumentId, PlanId, ReplicaId};
use cares_core::plan::{ActionPlan, PlanScope};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::i18n::t;
use crate::store::tabs::{self, TabMessage};
use crate::store::{self, StoredPlan, Summary};

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

/// Why a change to the open plan was not made.
#[derive(Debug, Clone, PartialEq)]
pub enum NotDone<E> {
    /// The core refused it, for this reason; nothing changed.
    Refused(E),
    /// The plan had been closed (its page left) before the change reached it.
    PlanClosed,
}

impl<E: std::fmt::Display> std::fmt::Display for NotDone<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotDone::Refused(reason) => reason.fmt(f),
            NotDone::PlanClosed => f.write_str(&t!("save-plan-closed")),
        }
    }
}

/// Edits on their way to IndexedDB, and any whose write failed (tried again with
/// the next edit, so nothing typed is dropped).
#[derive(Debug, Default)]
struct Writes {
    in_flight: u32,
    unsaved: Vec<StampedEdit>,
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
    /// The fields (by draft key) whose text the plan refused or does not hold yet
    /// while they show an error: the header says "Not saved" while there are any.
    pub refused: RwSignal<Vec<String>>,
    /// The day a copy was last downloaded; `None` if never.
    pub backed_up: RwSignal<Option<NaiveDate>>,
    /// True once another tab has taken this plan off the device (replaced it).
    pub removed_elsewhere: RwSignal<bool>,
    writes: StoredValue<Writes>,
    listening: u64,
}

impl OpenPlan {
    /// Wraps a loaded document for this tab.
    pub fn new(doc: Document, replica: ReplicaId) -> Self {
        Self {
            id: doc.id(),
            replica,
            doc: RwSignal::new(doc),
            save: RwSignal::new(SaveState::Saved),
            refused: RwSignal::new(Vec::new()),
            backed_up: RwSignal::new(None),
            removed_elsewhere: RwSignal::new(false),
            writes: StoredValue::new(Writes::default()),
            listening: 0,
        }
    }

    /// Makes an edit: the core checks and applies it at once (views update), then it
    /// is written to storage; `save` follows the write. A refused edit changes
    /// nothing and its error says why, for the view to show next to the field.
    pub fn edit(&self, edit: Edit) -> Result<(), NotDone<EditError>> {
        let erasure = Erasure::of(&edit);
        let stamped = self
            .doc
            // A refused edit changed nothing, so the views need not hear of it.
            .try_maybe_update(|doc| match doc.apply(self.replica, edit) {
                Ok(stamped) => (true, Ok(stamped.clone())),
                Err(e) => (false, Err(e)),
            })
            .ok_or(NotDone::PlanClosed)?
            .map_err(NotDone::Refused)?;
        let mut batch = vec![stamped];
        if let Some(erasure) = erasure {
            batch.extend(self.blanked_by(&erasure));
        }
        self.write(batch);
        Ok(())
    }

    /// Merges another copy of this document (from a file): its edits this copy lacks
    /// are received through the core and saved. Returns how many were new.
    ///
    /// When the other copy was compacted later than this one, the core takes its
    /// snapshot and checkpoint; the snapshot is then written again, since the edits
    /// it folded never reach this device one by one.
    pub fn merge(&self, other: &Document) -> Result<usize, NotDone<MergeError>> {
        let outcome = self
            .doc
            .try_maybe_update(|doc| {
                let new = catch_up::missing(doc.log(), other.log());
                let before = doc.checkpoint().cloned();
                match doc.merge(other) {
                    Ok(added) => {
                        let compacted = doc.checkpoint() != before.as_ref();
                        (added > 0 || compacted, Ok((added, new, compacted)))
                    }
                    Err(e) => (false, Err(e)),
                }
            })
            .ok_or(NotDone::PlanClosed)?
            .map_err(NotDone::Refused)?;
        let (added, new, compacted) = outcome;
        if compacted {
            self.keep_snapshot();
        }
        if added > 0 {
            self.write(new);
        }
        Ok(added)
    }

    /// Writes the whole document again (its snapshot and checkpoint), as after a
    /// merge took another copy's later checkpoint.
    fn keep_snapshot(&self) {
        let Some(doc) = self.doc.try_get_untracked() else {
            return;
        };
        let summary = summary_of(&doc, today());
        let plan = *self;
        spawn_local(async move {
            if let Err(reason) = store::put_document(&doc, &summary).await {
                plan.save.set(SaveState::Failed(reason));
            }
        });
    }

    /// Notes that a copy was downloaded today, here and on this device's record.
    pub fn record_download(&self) {
        let date = today();
        self.backed_up.set(Some(date));
        let id = self.id;
        spawn_local(async move {
            // If this fails the nudge may come back on the next visit: annoying, not harmful.
            let _ = store::record_backup(id, date).await;
        });
    }

    /// True while some edit made in this tab is not yet in IndexedDB.
    pub fn has_unsaved_edits(&self) -> bool {
        self.writes
            .try_with_value(|w| w.in_flight > 0 || !w.unsaved.is_empty())
            .unwrap_or(false)
    }

    /// Stops listening to other tabs for this plan (the frame closed it).
    pub fn close(&self) {
        let token = self.listening;
        OPEN.with(|open| open.borrow_mut().retain(|slot| slot.token != token));
    }

    /// Writes edits (and any that failed before) in one transaction.
    fn write(&self, edits: Vec<StampedEdit>) {
        let Some(mut batch) = self.writes.try_update_value(|w| {
            w.in_flight += 1;
            std::mem::take(&mut w.unsaved)
        }) else {
            return;
        };
        batch.extend(edits);
        self.save.set(SaveState::Saving);
        let summary = self
            .doc
            .try_with_untracked(|doc| summary_of(doc, today()))
            .unwrap_or_else(|| Summary {
                title: String::new(),
                locality: None,
                changed: today(),
            });
        let plan = *self;
        spawn_local(async move {
            let outcome = store::save_edits(plan.id, &batch, &summary).await;
            let failed = outcome.as_ref().err().cloned();
            let settled = plan.writes.try_update_value(move |w| {
                w.in_flight = w.in_flight.saturating_sub(1);
                if failed.is_some() {
                    batch.append(&mut w.unsaved);
                    w.unsaved = batch;
                }
                (w.in_flight, w.unsaved.is_empty())
            });
            match (outcome, settled) {
                (Err(reason), Some(_)) => plan.save.set(SaveState::Failed(reason)),
                (Ok(()), Some((0, true))) => plan.save.set(SaveState::Saved),
                _ => {}
            }
        });
    }

    /// After an erasure the core has blanked words out of earlier edits in memory;
    /// these are those edits, to be written over the stored ones, and the snapshot is
    /// written again so no copy on this device keeps the words.
    fn blanked_by(&self, erasure: &Erasure) -> Vec<StampedEdit> {
        let Some((edits, doc)) = self.doc.try_with_untracked(|doc| {
            let edits = doc
                .log()
                .edits()
                .iter()
                .filter(|e| matches!(&e.edit, Edit::Session { session, .. } if *session == erasure.session))
                .cloned()
                .collect::<Vec<_>>();
            (edits, doc.clone())
        }) else {
            return Vec::new();
        };
        let summary = summary_of(&doc, today());
        spawn_local(async move {
            let _ = store::put_document(&doc, &summary).await;
        });
        edits
    }

    /// Takes in what another tab says about this plan.
    fn hear(&self, message: TabMessage) {
        match message {
            TabMessage::Edits { edits, .. } => {
                let gap = self
                    .doc
                    .try_with_untracked(|doc| catch_up::skips_an_edit(doc.log(), &edits))
                    .unwrap_or(false);
                self.receive(edits);
                if gap {
                    let plan = *self;
                    spawn_local(async move {
                        if let Ok(all) = store::load_edits(plan.id).await {
                            plan.receive(all);
                        }
                    });
                }
            }
            TabMessage::BackedUp { date, .. } => {
                self.backed_up.update(|d| *d = (*d).max(Some(date)));
            }
            TabMessage::Removed { .. } => self.removed_elsewhere.set(true),
        }
    }

    /// Takes in edits another tab saved. Tabs stamp with ids of their own, so a
    /// refusal means something outside this app wrote to this device's copy: the
    /// header says so instead of this tab quietly showing something different.
    fn receive(&self, edits: Vec<StampedEdit>) {
        let refused = self
            .doc
            .try_maybe_update(|doc| match doc.receive(edits) {
                Ok(added) => (added > 0, None),
                Err(e) => (false, Some(e)),
            })
            .flatten();
        if let Some(e) = refused {
            self.save.set(SaveState::Failed(t!(
                "save-other-tab-refused",
                detail = e.to_string()
            )));
        }
    }
}

/// A plan being loaded hears messages into a queue; an open one takes them in.
enum Listener {
    Loading(Vec<TabMessage>),
    Open(OpenPlan),
}

struct Slot {
    token: u64,
    id: DocumentId,
    listener: Listener,
}

thread_local! {
    static THIS_TAB: ReplicaId = ReplicaId::from_uuid(Uuid::new_v4());
    static OPEN: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    static NEXT_TOKEN: Cell<u64> = const { Cell::new(1) };
    static WARNING_SET: Cell<bool> = const { Cell::new(false) };
}

/// This tab's replica id, made at random once when the app starts in the tab (see
/// the module docs for why it is not kept).
pub fn this_tab() -> ReplicaId {
    THIS_TAB.with(|id| *id)
}

/// Loads a plan from this device and keeps it up to date with other tabs' edits.
/// `None` when this device does not have it. Call inside the component that shows
/// it (its signals belong to the caller's owner); call [`OpenPlan::close`] on cleanup.
pub async fn open(id: DocumentId) -> Result<Option<OpenPlan>, String> {
    let owner = Owner::current();
    tabs::listen(hear_other_tab);
    warn_before_leaving_unsaved();
    let token = NEXT_TOKEN.with(|n| n.replace(n.get() + 1));
    OPEN.with(|open| {
        open.borrow_mut().push(Slot {
            token,
            id,
            listener: Listener::Loading(Vec::new()),
        });
    });
    let loaded = store::load(id).await;
    let heard = OPEN.with(|open| {
        let mut open = open.borrow_mut();
        let at = open.iter().position(|slot| slot.token == token)?;
        match open.remove(at).listener {
            Listener::Loading(heard) => Some(heard),
            Listener::Open(_) => None,
        }
    });
    let Some(StoredPlan { doc, backed_up }) = loaded? else {
        return Ok(None);
    };
    let make = move || {
        let mut plan = OpenPlan::new(doc, this_tab());
        plan.backed_up.set(backed_up);
        plan.listening = token;
        plan
    };
    let plan = match owner {
        Some(owner) => owner.with(make),
        None => make(),
    };
    for message in heard.unwrap_or_default() {
        plan.hear(message);
    }
    OPEN.with(|open| {
        open.borrow_mut().push(Slot {
            token,
            id,
            listener: Listener::Open(plan),
        });
    });
    Ok(Some(plan))
}

/// Asks the browser to check with the person before closing a tab whose edits are
/// not all saved (a failed write, or one still going). Set up once per tab.
fn warn_before_leaving_unsaved() {
    if WARNING_SET.with(|set| set.replace(true)) {
        return;
    }
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let unsaved = OPEN.with(|open| {
            open.borrow().iter().any(
                |slot| matches!(&slot.listener, Listener::Open(plan) if plan.has_unsaved_edits()),
            )
        });
        if unsaved {
            event.prevent_default();
            // Older browsers ask only when returnValue is set.
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
        }
    });
    let _ =
        window().add_event_listener_with_callback("beforeunload", handler.as_ref().unchecked_ref());
    handler.forget();
}

fn hear_other_tab(message: TabMessage) {
    let doc = message.doc();
    let mut plans = Vec::new();
    OPEN.with(|open| {
        for slot in open.borrow_mut().iter_mut().filter(|slot| slot.id == doc) {
            match &mut slot.listener {
                Listener::Loading(heard) => heard.push(message.clone()),
                Listener::Open(plan) => plans.push(*plan),
            }
        }
    });
    // Outside the borrow: taking edits in runs the views, which may open or close plans.
    for plan in plans {
        plan.hear(message.clone());
    }
}

/// A new document holding one empty plan for a locality, titled as the core titles
/// it ([`ActionPlan::for_locality`]). The name is trimmed; a blank or overlong one
/// is refused by the core.
pub fn new_locality_plan(locality: &str) -> Result<Document, EditError> {
    if locality.trim().is_empty() {
        return Err(EditError::Blank {
            field: "the locality's name",
        });
    }
    let plan = ActionPlan::for_locality(PlanId::from_uuid(Uuid::new_v4()), locality);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(Uuid::new_v4()),
        Content::new(plan.title.clone()),
    );
    doc.apply(
        this_tab(),
        Edit::AddPlan {
            plan: Box::new(plan),
        },
    )?;
    Ok(doc)
}

split_off! {
    later(later_plan_from_table):
    /// A new document holding the plan a spreadsheet of actions (CSV) describes, read by
    /// the core and titled after the file ("Maltby actions.csv" is "Maltby actions").
    ///
    /// Lazy: the table reader (its column names in every spelling councils use, the row
    /// rules) is only needed when someone opens a CSV file, so the release build keeps it
    /// out of the first load, in a chunk fetched then (and kept for offline use after).
    pub fn plan_from_table(
        bytes: Vec<u8>,
        file_name: String,
    ) -> Result<Document, cares_core::document::FileAdvice> {
        let imported = cares_core::table::import_actions_from_bytes(&bytes, &mut Uuid::new_v4)
            .map_err(|e| e.advice())?;
        Ok(document_from_table(imported.plan, &file_name))
    }
}

/// A new document holding a plan read from a table (CSV or a workbook's sheet),
/// titled after the file it came from ("Maltby actions.xlsx" is "Maltby actions").
pub fn document_from_table(mut plan: ActionPlan, file_name: &str) -> Document {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .trim();
    plan.title = if stem.is_empty() {
        t!("import-untitled")
    } else {
        stem.to_owned()
    };
    let title = plan.title.clone();
    let mut content = Content::new(title);
    content.plans.push(plan);
    Document::from_content(DocumentId::from_uuid(Uuid::new_v4()), content)
}

/// A copy of a document with a new id and its current state as the snapshot: for a
/// file that must sit beside the plan it came from rather than merge with it.
pub fn separate_copy(doc: &Document) -> Document {
    Document::from_content(DocumentId::from_uuid(Uuid::new_v4()), doc.content().clone())
}

/// What happened when a document from a file was kept on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// It was new here and has been saved.
    Added,
    /// This device had it: the file's changes were merged in; how many were new.
    Merged(usize),
}

/// Keeps a document from a file: saved as new, or merged into the copy already here.
/// A plan open in another tab hears the merged edits.
pub async fn keep_from_file(doc: &Document) -> Result<Kept, String> {
    let Some(stored) = store::load(doc.id()).await? else {
        store::put_document(doc, &summary_of(doc, today())).await?;
        return Ok(Kept::Added);
    };
    let mut here = stored.doc;
    let new = catch_up::missing(here.log(), doc.log());
    let before = here.checkpoint().cloned();
    let added = here.merge(doc).map_err(|e| crate::i18n::merge_error(&e))?;
    if here.checkpoint() != before.as_ref() {
        // The file's copy was compacted later: its snapshot holds edits this device
        // never had one by one, so the snapshot is kept, with its checkpoint.
        store::put_document(&here, &summary_of(&here, today())).await?;
    }
    if added > 0 {
        store::save_edits(here.id(), &new, &summary_of(&here, today())).await?;
    }
    Ok(Kept::Merged(added))
}

/// What the list of plans shows about a document, as of `today`.
pub fn summary_of(doc: &Document, today: NaiveDate) -> Summary {
    Summary {
        title: doc.content().display_title().to_owned(),
        locality: plan_locality(doc.content()),
        changed: today,
    }
}

/// The locality a plan is for, if its document is one locality's plan (not a
/// borough programme) and that plan is a locality's.
pub fn plan_locality(content: &Content) -> Option<String> {
    if content.is_programme() {
        return None;
    }
    match &content.plans.first()?.scope {
        PlanScope::Locality { name } => Some(name.clone()),
        _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_locality_plan_is_titled_for_its_locality() -> Result<(), EditError> {
        let doc = new_locality_plan("  Maltby ")?;
        assert_eq!(doc.content().display_title(), "Maltby locality action plan");
        assert_eq!(plan_locality(doc.content()).as_deref(), Some("Maltby"));
        assert_eq!(doc.content().title, "Maltby locality action plan");
        Ok(())
    }

    #[test]
    fn a_blank_locality_makes_no_plan() {
        assert!(matches!(
            new_locality_plan("   "),
            Err(EditError::Blank { .. })
        ));
    }

    #[test]
    fn a_plan_from_a_table_is_titled_after_its_file() {
        let plan = || ActionPlan::for_locality(PlanId::from_uuid(Uuid::from_u128(1)), "Maltby");
        let doc = document_from_table(plan(), "Maltby actions.xlsx");
        assert_eq!(doc.content().display_title(), "Maltby actions");
        assert_eq!(doc.content().title, "Maltby actions");
        let doc = document_from_table(plan(), " .csv");
        assert_eq!(doc.content().display_title(), "Imported action plan");
    }

    #[test]
    fn a_separate_copy_has_its_own_id_and_the_same_plan() -> Result<(), EditError> {
        let doc = new_locality_plan("Maltby")?;
        let copy = separate_copy(&doc);
        assert_ne!(copy.id(), doc.id());
        assert_eq!(copy.content(), doc.content());
        Ok(())
    }
}
