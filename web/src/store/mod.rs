//! Where plans are kept on this device: IndexedDB, files, and the other tabs.
//!
//! A document is kept as its snapshot (what `Document::to_json` wrote when it was
//! made or opened from a file) plus every edit made since, one record per edit, keyed
//! `[document, replica, seq]`. Edits are only ever added, never rewritten in place
//! (except to blank out words a person asked to have erased), so two tabs writing at
//! once cannot overwrite each other: [`load`] rebuilds the document from the snapshot
//! and every stored edit through the core's `Document::receive`.
//!
//! Every function resolves only when its transaction has committed, and fails with a
//! reason in plain words (lowercase, no full stop) — never a panic. After a write,
//! the other tabs are told ([`tabs`]).

pub mod drafts;
pub mod files;
mod idb;
pub mod persistence;
pub mod shares;
pub mod tabs;

use cares_core::document::Document;
use cares_core::edits::StampedEdit;
use cares_core::ids::DocumentId;
use chrono::NaiveDate;
use js_sys::Array;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbRequest};

use crate::i18n::t;
use idb::{ARCHIVED, Access, BACKUPS, DOCUMENTS, EDITS, SUMMARIES, Transaction, failed};
use tabs::{TabMessage, tell_other_tabs};

/// What the list of plans shows about one document, written with every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The plan's title.
    pub title: String,
    /// The locality the plan is for, if it is for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// The day of the latest change.
    #[serde(deserialize_with = "cares_core::calendar::iso_day::read")]
    pub changed: NaiveDate,
}

/// One line of the list of plans on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    /// The document's id.
    pub id: DocumentId,
    /// Its title, locality and last change.
    pub summary: Summary,
    /// The day a copy was last downloaded; `None` if never.
    pub backed_up: Option<NaiveDate>,
    /// The day it was archived (put away from the list); `None` while it is in the list.
    pub archived: Option<NaiveDate>,
}

/// A document read back from this device.
#[derive(Debug, Clone)]
pub struct StoredPlan {
    /// The document: the snapshot with every stored edit received.
    pub doc: Document,
    /// The day a copy was last downloaded; `None` if never.
    pub backed_up: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize)]
struct SummaryRecord {
    id: DocumentId,
    #[serde(flatten)]
    summary: Summary,
}

/// A document and a day: when a copy was downloaded, or when it was archived.
#[derive(Serialize, Deserialize)]
struct DayRecord {
    id: DocumentId,
    #[serde(deserialize_with = "cares_core::calendar::iso_day::read")]
    date: NaiveDate,
}

/// Keeps a whole document: new, opened from a file, or its snapshot written again.
/// Edits already stored for it stay; they are received again on load, harmlessly.
pub async fn put_document(doc: &Document, summary: &Summary) -> Result<(), String> {
    let tx = Transaction::start(&[DOCUMENTS, SUMMARIES], Access::Write).await?;
    let key = doc_key(doc.id());
    put(&tx, DOCUMENTS, &key, &doc.to_json_compact())?;
    put(&tx, SUMMARIES, &key, &summary_json(doc.id(), summary))?;
    tx.finish().await
}

/// Writes edits of a document, and its summary, in one transaction; then tells the
/// other tabs. Resolves only once they are committed, so "saved" can be said.
pub async fn save_edits(
    id: DocumentId,
    edits: &[StampedEdit],
    summary: &Summary,
) -> Result<(), String> {
    let tx = Transaction::start(&[EDITS, SUMMARIES], Access::Write).await?;
    for stamped in edits {
        let json = serde_json::to_string(stamped).map_err(|_| t!("save-change-not-written"))?;
        put(&tx, EDITS, &edit_key(id, stamped), &json)?;
    }
    put(&tx, SUMMARIES, &doc_key(id), &summary_json(id, summary))?;
    tx.finish().await?;
    tell_other_tabs(&TabMessage::Edits {
        doc: id,
        edits: edits.to_vec(),
    });
    Ok(())
}

/// Reads a document back: its snapshot with every stored edit received. `None` when
/// this device does not have it.
pub async fn load(id: DocumentId) -> Result<Option<StoredPlan>, String> {
    let tx = Transaction::start(&[DOCUMENTS, EDITS, BACKUPS], Access::Read).await?;
    let key = doc_key(id);
    let snapshot = tx.store(DOCUMENTS)?.get(&key).map_err(|e| failed(&e))?;
    let edits = request_edits(&tx, id)?;
    let backup = tx.store(BACKUPS)?.get(&key).map_err(|e| failed(&e))?;
    tx.finish().await?;

    let Some(snapshot) = result(&snapshot).as_string() else {
        return Ok(None);
    };
    let mut doc = Document::from_json(snapshot.as_bytes())
        .map_err(|e| t!("save-copy-unreadable", detail = e.to_string()))?;
    doc.receive(parse_edits(&result(&edits)))
        .map_err(|e| t!("save-copy-unreadable", detail = e.to_string()))?;
    let backed_up = result(&backup)
        .as_string()
        .and_then(|json| serde_json::from_str::<DayRecord>(&json).ok())
        .map(|record| record.date);
    Ok(Some(StoredPlan { doc, backed_up }))
}

/// Every stored edit of a document, for a tab that may have missed some.
pub async fn load_edits(id: DocumentId) -> Result<Vec<StampedEdit>, String> {
    let tx = Transaction::start(&[EDITS], Access::Read).await?;
    let edits = request_edits(&tx, id)?;
    tx.finish().await?;
    Ok(parse_edits(&result(&edits)))
}

/// True when this device has the document.
pub async fn contains(id: DocumentId) -> Result<bool, String> {
    let tx = Transaction::start(&[DOCUMENTS], Access::Read).await?;
    let found = tx
        .store(DOCUMENTS)?
        .count_with_key(&doc_key(id))
        .map_err(|e| failed(&e))?;
    tx.finish().await?;
    Ok(result(&found).as_f64().unwrap_or(0.0) > 0.0)
}

/// The documents on this device, the most recently changed first.
pub async fn list() -> Result<Vec<PlanSummary>, String> {
    let tx = Transaction::start(&[SUMMARIES, BACKUPS, ARCHIVED], Access::Read).await?;
    let summaries = tx.store(SUMMARIES)?.get_all().map_err(|e| failed(&e))?;
    let backups = tx.store(BACKUPS)?.get_all().map_err(|e| failed(&e))?;
    let archived = tx.store(ARCHIVED)?.get_all().map_err(|e| failed(&e))?;
    tx.finish().await?;

    // A dated record per document: the same shape for backups and archiving.
    let dated = |records: &IdbRequest| -> Vec<DayRecord> {
        strings(&result(records))
            .into_iter()
            .filter_map(|json| serde_json::from_str(&json).ok())
            .collect()
    };
    let (backups, archived) = (dated(&backups), dated(&archived));
    let on =
        |records: &[DayRecord], id: DocumentId| records.iter().find(|r| r.id == id).map(|r| r.date);
    let mut plans: Vec<PlanSummary> = strings(&result(&summaries))
        .into_iter()
        .filter_map(|json| serde_json::from_str::<SummaryRecord>(&json).ok())
        .map(|record| PlanSummary {
            id: record.id,
            backed_up: on(&backups, record.id),
            archived: on(&archived, record.id),
            summary: record.summary,
        })
        .collect();
    plans.sort_by(|a, b| {
        b.summary
            .changed
            .cmp(&a.summary.changed)
            .then_with(|| a.summary.title.cmp(&b.summary.title))
    });
    Ok(plans)
}

/// Records that a copy of the document was downloaded today; tells the other tabs.
pub async fn record_backup(id: DocumentId, date: NaiveDate) -> Result<(), String> {
    let tx = Transaction::start(&[BACKUPS], Access::Write).await?;
    let json = serde_json::to_string(&DayRecord { id, date }).unwrap_or_default();
    put(&tx, BACKUPS, &doc_key(id), &json)?;
    tx.finish().await?;
    tell_other_tabs(&TabMessage::BackedUp { doc: id, date });
    Ok(())
}

/// Puts a document away from the list of plans (`Some(day)`), or back in it (`None`).
/// Nothing in the document changes.
pub async fn set_archived(id: DocumentId, on: Option<NaiveDate>) -> Result<(), String> {
    let tx = Transaction::start(&[ARCHIVED], Access::Write).await?;
    let key = doc_key(id);
    match on {
        Some(date) => {
            let json = serde_json::to_string(&DayRecord { id, date }).unwrap_or_default();
            put(&tx, ARCHIVED, &key, &json)?;
        }
        None => {
            tx.store(ARCHIVED)?.delete(&key).map_err(|e| failed(&e))?;
        }
    }
    tx.finish().await
}

/// Takes a document and everything kept about it off this device; tells the other tabs.
pub async fn remove(id: DocumentId) -> Result<(), String> {
    let tx = Transaction::start(
        &[DOCUMENTS, EDITS, SUMMARIES, BACKUPS, ARCHIVED],
        Access::Write,
    )
    .await?;
    let key = doc_key(id);
    for store in [DOCUMENTS, SUMMARIES, BACKUPS, ARCHIVED] {
        tx.store(store)?.delete(&key).map_err(|e| failed(&e))?;
    }
    tx.store(EDITS)?
        .delete(&edits_of(id)?)
        .map_err(|e| failed(&e))?;
    tx.finish().await?;
    tell_other_tabs(&TabMessage::Removed { doc: id });
    Ok(())
}

fn put(tx: &Transaction, store: &str, key: &JsValue, json: &str) -> Result<(), String> {
    tx.store(store)?
        .put_with_key(&JsValue::from_str(json), key)
        .map(|_| ())
        .map_err(|e| failed(&e))
}

fn request_edits(tx: &Transaction, id: DocumentId) -> Result<IdbRequest, String> {
    tx.store(EDITS)?
        .get_all_with_key(&edits_of(id)?)
        .map_err(|e| failed(&e))
}

/// A request's result, read after its transaction finished.
fn result(request: &IdbRequest) -> JsValue {
    request.result().unwrap_or(JsValue::UNDEFINED)
}

fn strings(array: &JsValue) -> Vec<String> {
    Array::from(array)
        .into_iter()
        .filter_map(|value| value.as_string())
        .collect()
}

/// Stored edits that no longer read (written by a broken build, say) are left out
/// rather than keeping the whole plan from opening.
fn parse_edits(array: &JsValue) -> Vec<StampedEdit> {
    strings(array)
        .into_iter()
        .filter_map(|json| serde_json::from_str(&json).ok())
        .collect()
}

fn summary_json(id: DocumentId, summary: &Summary) -> String {
    serde_json::to_string(&SummaryRecord {
        id,
        summary: summary.clone(),
    })
    .unwrap_or_default()
}

fn doc_key(id: DocumentId) -> JsValue {
    JsValue::from_str(&id.to_string())
}

fn edit_key(id: DocumentId, stamped: &StampedEdit) -> JsValue {
    Array::of3(
        &doc_key(id),
        &JsValue::from_str(&stamped.replica.to_string()),
        &JsValue::from_f64(stamped.seq as f64),
    )
    .into()
}

/// Every key `[id, …]`: arrays sort after their prefixes, and an array sorts after
/// any string, so `[id]` ..= `[id, []]` holds exactly this document's edits.
fn edits_of(id: DocumentId) -> Result<JsValue, String> {
    let lower = Array::of1(&doc_key(id));
    let upper = Array::of2(&doc_key(id), &Array::new());
    IdbKeyRange::bound(&lower, &upper)
        .map(JsValue::from)
        .map_err(|e| failed(&e))
}
