//! IndexedDB through web-sys: opening the "cares" database, starting transactions,
//! and waiting for them to finish.
//!
//! Requests are only ever read after their transaction's `complete` event, which is
//! when the browser has committed it; so a write reported done is on this device.
//! Write transactions ask for "strict" durability (flushed to disk, not just handed
//! to the operating system) where the browser supports it.

use std::cell::RefCell;

use crate::i18n::t;
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, Event, IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbTransaction};

/// The database's name.
const DATABASE: &str = "cares";
/// The database's layout version: raise it (with an upgrade step) to add a store.
const VERSION: u32 = 2;

/// One document's snapshot, as `Document::to_json` wrote it, by document id.
pub const DOCUMENTS: &str = "documents";
/// Each stamped edit's JSON, by `[document id, replica id, seq]`.
pub const EDITS: &str = "edits";
/// What the list of plans shows (title, locality, last changed), by document id.
pub const SUMMARIES: &str = "summaries";
/// The date a copy was last downloaded, by document id.
pub const BACKUPS: &str = "backups";
/// The date a plan was put away from the list of plans, by document id (version 2).
pub const ARCHIVED: &str = "archived";

const STORES: [&str; 5] = [DOCUMENTS, EDITS, SUMMARIES, BACKUPS, ARCHIVED];

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Whether a transaction only reads or also writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads only; many may run at once.
    Read,
    /// Writes; the browser runs overlapping ones one after another, in order.
    Write,
}

/// A transaction over some stores, started but not yet finished.
#[derive(Debug)]
pub struct Transaction {
    inner: IdbTransaction,
}

impl Transaction {
    /// Starts a transaction over `stores`. Opens the database first if needed, and
    /// opens it again once if the browser closed it (another tab upgraded it).
    pub async fn start(stores: &[&str], access: Access) -> Result<Self, String> {
        let db = database().await?;
        match begin(&db, stores, access) {
            Ok(inner) => Ok(Self { inner }),
            Err(_) => {
                forget_database();
                let db = database().await?;
                begin(&db, stores, access)
                    .map(|inner| Self { inner })
                    .map_err(|e| reason(exception(&e).as_ref()))
            }
        }
    }

    /// One of the transaction's stores.
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, String> {
        self.inner
            .object_store(name)
            .map_err(|e| reason(exception(&e).as_ref()))
    }

    /// Waits until every request in the transaction is committed. An error in any
    /// request aborts the whole transaction, so nothing is half written.
    pub async fn finish(self) -> Result<(), String> {
        let inner = &self.inner;
        let promise = Promise::new(&mut |resolve, reject| {
            inner.set_oncomplete(Some(&resolve));
            inner.set_onabort(Some(&reject));
        });
        match JsFuture::from(promise).await {
            Ok(_) => Ok(()),
            Err(_) => Err(reason(inner.error().as_ref())),
        }
    }
}

/// Turns a failed call into a reason, for a request that failed before it started.
pub fn failed(error: &JsValue) -> String {
    reason(exception(error).as_ref())
}

/// The words a person reads when saving or reading fails, from the browser's error.
/// Lowercase, no full stop: the caller puts it in a sentence.
pub fn reason(error: Option<&DomException>) -> String {
    let name = error.map(DomException::name).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => t!("save-no-space"),
        "VersionError" => t!("save-newer-version"),
        "AbortError" => t!("save-stopped"),
        "InvalidStateError" | "UnknownError" | "SecurityError" | "NotAllowedError" => {
            t!("save-not-allowed")
        }
        "" => t!("save-failed"),
        other => t!("save-failed-because", error = other),
    }
}

fn exception(error: &JsValue) -> Option<DomException> {
    error.dyn_ref::<DomException>().cloned()
}

fn begin(db: &IdbDatabase, stores: &[&str], access: Access) -> Result<IdbTransaction, JsValue> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    match access {
        Access::Read => {
            db.transaction_with_str_sequence_and_mode(&names, web_sys::IdbTransactionMode::Readonly)
        }
        Access::Write => {
            // `db.transaction(names, "readwrite", { durability: "strict" })`: web-sys only
            // has the options form behind its unstable flag, so call it by name.
            let options = Object::new();
            Reflect::set(&options, &"durability".into(), &"strict".into())?;
            let transaction: Function = Reflect::get(db, &"transaction".into())?.dyn_into()?;
            transaction
                .call3(db, &names, &"readwrite".into(), &options)?
                .dyn_into()
        }
    }
}

/// The open database, opening (and if new, laying out) it on first use.
async fn database() -> Result<IdbDatabase, String> {
    if let Some(db) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(db);
    }
    let unavailable = || t!("save-unavailable");
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| unavailable())?;
    let upgrade = Closure::once_into_js(move |event: Event| lay_out(&event));
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let blocked = JsValue::from_str("blocked");
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
        let reject_blocked: Function = reject.bind1(&JsValue::NULL, &blocked).unchecked_into();
        request.set_onblocked(Some(&reject_blocked));
    });
    if let Err(why) = JsFuture::from(promise).await {
        if why == blocked {
            return Err(t!("save-older-tab"));
        }
        return Err(reason(request.error().ok().flatten().as_ref()));
    }
    let db: IdbDatabase = request
        .result()
        .and_then(JsCast::dyn_into)
        .map_err(|e| failed(&e))?;
    // Let a newer version of the app in another tab upgrade the database: close ours;
    // the next transaction opens it again.
    let on_version_change = Closure::<dyn FnMut()>::new({
        let db = db.clone();
        move || {
            db.close();
            forget_database();
        }
    });
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn forget_database() {
    OPEN.with(|open| *open.borrow_mut() = None);
}

/// Creates the stores a new (or older) database lacks. Runs inside the upgrade.
fn lay_out(event: &Event) {
    let Some(db) = event
        .target()
        .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
        .and_then(|r| r.result().ok())
        .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
    else {
        return;
    };
    let existing = db.object_store_names();
    for name in STORES {
        if !existing.contains(name) {
            // A failure here aborts the upgrade, and the open request reports it.
            let _ = db.create_object_store(name);
        }
    }
}
