//! Asking the browser to keep this site's data (`navigator.storage.persist()`).
//!
//! Without it a browser may clear IndexedDB when space runs low, or (Safari) after
//! seven days without a visit. We ask once per tab, when a person has work to keep,
//! and tell them plainly when the browser has not agreed.

use std::cell::Cell;

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// Whether the browser has agreed to keep this site's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// It has agreed: it will not clear the data on its own.
    Kept,
    /// It may clear the data (it said no, has not been asked, or cannot say).
    MayDelete,
}

thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the browser has already agreed, without asking.
pub async fn current() -> Persistence {
    match storage() {
        Some(storage) => settle(storage.persisted()).await,
        None => Persistence::MayDelete,
    }
}

/// Asks the browser to keep this site's data, at most once per tab; says what it
/// decided. Some browsers decide by themselves (how often the site is used), some ask
/// the person.
pub async fn ask() -> Persistence {
    if ASKED.with(|asked| asked.replace(true)) {
        return current().await;
    }
    match storage() {
        Some(storage) => settle(storage.persist()).await,
        None => Persistence::MayDelete,
    }
}

fn storage() -> Option<StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

/// `navigator.storage` is missing on old browsers and outside secure contexts: the
/// call then fails, and we say the data may be deleted, which is the safe thing.
async fn settle(call: Result<Promise, JsValue>) -> Persistence {
    let Ok(promise) = call else {
        return Persistence::MayDelete;
    };
    match JsFuture::from(promise).await {
        Ok(value) if value.as_bool() == Some(true) => Persistence::Kept,
        _ => Persistence::MayDelete,
    }
}
