//! # cares-js — cares-core for JavaScript and TypeScript
//!
//! The Rust half of the npm package `@cares/core` (whose folder and README are
//! `npm/` in this crate): each call of [`calls`] exported through wasm-bindgen. Only text crosses
//! between JavaScript and WebAssembly — JSON in, an envelope out
//! (`{"ok": …}` or `{"error": {"code", "message", "path", "line", "column"}}`) — and
//! the package's hand-written `npm/api.js` turns the envelope into a value or a
//! thrown `CaresError`. Keeping the boundary to strings keeps the `.wasm` small
//! (no `js-sys`, no serde bridge) and the types in one hand-checked `index.d.ts`.
//!
//! Architecture invariant: no rule lives here. Reading, auditing, rolling up,
//! merging and editing are cares-core's; this crate names failures
//! ([`failure`]) and flattens answers for JavaScript.

pub mod calls;
pub mod failure;

use wasm_bindgen::prelude::wasm_bindgen;

use failure::Failure;

/// The envelope JavaScript reads: the answer's JSON, or the failure's.
fn envelope(answer: Result<String, Failure>) -> String {
    match answer {
        Ok(json) => format!("{{\"ok\":{json}}}"),
        Err(failure) => {
            let failure = serde_json::to_string(&failure).unwrap_or_else(|_| {
                r#"{"code":"internal","message":"could not describe the failure"}"#.to_owned()
            });
            format!("{{\"error\":{failure}}}")
        }
    }
}

/// `readDocument`: a document read strictly, as the current version writes it.
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(json: &str) -> String {
    envelope(calls::read_document(json))
}

/// `currentContent`: a document's snapshot with every edit applied.
#[wasm_bindgen(js_name = currentContent)]
pub fn current_content(doc: &str) -> String {
    envelope(calls::current_content(doc))
}

/// `newDocument`: an empty document with a fresh random id.
#[wasm_bindgen(js_name = newDocument)]
pub fn new_document(title: &str) -> String {
    envelope(calls::new_document(title))
}

/// `importTable`: a council action table (CSV) as the one plan of a new document.
#[wasm_bindgen(js_name = importTable)]
pub fn import_table(csv: &str, title: Option<String>) -> String {
    envelope(calls::import_table(csv, title.as_deref()))
}

/// `auditPlan`: the SMART audit of one plan of a document.
#[wasm_bindgen(js_name = auditPlan)]
pub fn audit_plan(doc: &str, plan_id: &str, today: &str) -> String {
    envelope(calls::audit_document_plan(doc, plan_id, today))
}

/// `auditTable`: the SMART audit of a council action table.
#[wasm_bindgen(js_name = auditTable)]
pub fn audit_table(csv: &str, today: &str, title: Option<String>) -> String {
    envelope(calls::audit_table(csv, today, title.as_deref()))
}

/// `rollup`: a plan's actions, statuses and findings counted by group.
#[wasm_bindgen]
pub fn rollup(doc: &str, plan_id: &str, by: &str, today: &str) -> String {
    envelope(calls::rollup(doc, plan_id, by, today))
}

/// `merge`: copy `b`'s edits merged into copy `a`.
#[wasm_bindgen]
pub fn merge(a: &str, b: &str) -> String {
    envelope(calls::merge(a, b))
}

/// `apply`: one edit made on a document under a device's replica id.
#[wasm_bindgen]
pub fn apply(doc: &str, replica: &str, edit: &str) -> String {
    envelope(calls::apply(doc, replica, edit))
}

/// `framework`: the built-in strategic framework.
#[wasm_bindgen]
pub fn framework() -> String {
    envelope(calls::framework())
}

/// `schema`: the JSON Schema of one version of the document format (2 when not given).
#[wasm_bindgen]
pub fn schema(version: Option<u32>) -> String {
    envelope(calls::schema(version).map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_travels_in_the_error_envelope() {
        let answer = read_document("{\"format\": 3}");
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
        assert_eq!(value["error"]["code"], "not-a-document", "{answer}");
        assert!(value.get("ok").is_none());
    }

    #[test]
    fn an_answer_travels_in_the_ok_envelope() {
        let value: serde_json::Value = serde_json::from_str(&framework()).unwrap_or_default();
        assert!(value["ok"]["focus_areas"].is_array());
    }
}
