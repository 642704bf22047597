//! What each call of the package does, in plain Rust: JSON text in, JSON text out,
//! a [`Failure`] when something is wrong. `lib.rs` only carries these across to
//! JavaScript, so everything here is tested natively.
//!
//! Every rule is the core's: reading is `Document::from_json` (strict, JSON
//! paths), the audit is `audit::audit_plan`, the roll-up `audit::rollup`, merging
//! `Document::merge`, editing `Document::apply`. This file only flattens answers
//! into the shapes `index.d.ts` describes: the core's rows as they serialize, with
//! field names in camelCase ([`camel_case`]).

use cares_core::audit::{GroupBy, audit_plan, finding_rows, rollup as core_rollup};
use cares_core::chrono::NaiveDate;
use cares_core::document::{Content, Document};
use cares_core::edits::Edit;
use cares_core::framework::Framework;
use cares_core::ids::{DocumentId, PlanId, ReplicaId};
use cares_core::plan::ActionPlan;
use cares_core::table::import_actions;
use cares_core::uuid::Uuid;
use serde::Serialize;

use crate::failure::Failure;

/// The document schemas checked in beside the core, by version: 2, what a copy writes
/// until it is compacted or keeps a school calendar; 3, a compacted copy (version 2
/// with its checkpoint); 4, a copy keeping a school calendar (the core's CI keeps it
/// equal to the code, `cargo xtask schema`; 2 and 3 are kept as released).
const SCHEMAS: [(u32, &str); 3] = [
    (2, include_str!("../../core/schema/cares-document.v2.json")),
    (3, include_str!("../../core/schema/cares-document.v3.json")),
    (4, include_str!("../../core/schema/cares-document.v4.json")),
];

/// Something read with doubt.
#[derive(Debug, Serialize)]
struct Warning {
    line: u64,
    column: Option<String>,
    message: String,
}

/// Reads a document strictly and gives it back as the current version writes it.
pub fn read_document(json: &str) -> Result<String, Failure> {
    Ok(read(json, None)?.to_json_compact())
}

/// The current state of a document: its snapshot with every edit applied.
pub fn current_content(doc: &str) -> Result<String, Failure> {
    to_json(read(doc, None)?.content())
}

/// A new, empty document with a fresh random id.
pub fn new_document(title: &str) -> Result<String, Failure> {
    if title.trim().is_empty() {
        return Err(Failure::argument(
            "title",
            "the document needs a title, for example the locality's name",
        ));
    }
    let doc = Document::from_content(DocumentId::from_uuid(Uuid::new_v4()), Content::new(title));
    Ok(doc.to_json_compact())
}

/// Imports a council action table (CSV) as the one plan of a new document.
pub fn import_table(csv: &str, title: Option<&str>) -> Result<String, Failure> {
    let (plan, warnings) = import(csv, title)?;
    let plan_id = plan.id.to_string();
    let mut content = Content::new(plan.title.clone());
    content.plans.push(plan);
    let doc = Document::from_content(DocumentId::from_uuid(Uuid::new_v4()), content);
    // The document goes in as written, not parsed and written again.
    Ok(format!(
        "{{\"document\":{},\"planId\":{},\"warnings\":{}}}",
        doc.to_json_compact(),
        to_json(&plan_id)?,
        to_json(&warnings)?
    ))
}

/// The SMART audit of one plan of a document, as of `today`.
pub fn audit_document_plan(doc: &str, plan_id: &str, today: &str) -> Result<String, Failure> {
    let today = day(today)?;
    let doc = read(doc, None)?;
    let plan = find_plan(doc.content(), plan_id)?;
    rows_json(&finding_rows(plan, &audit_plan(plan, today)))
}

/// The SMART audit of a council action table, as of `today`.
pub fn audit_table(csv: &str, today: &str, title: Option<&str>) -> Result<String, Failure> {
    let today = day(today)?;
    let (plan, _) = import(csv, title)?;
    rows_json(&finding_rows(&plan, &audit_plan(&plan, today)))
}

/// Counts a plan's actions, statuses and findings by `by`, as of `today`; by
/// `organisation`, spellings of one organisation are one row.
pub fn rollup(doc: &str, plan_id: &str, by: &str, today: &str) -> Result<String, Failure> {
    let group = group_by(by)?;
    let today = day(today)?;
    let doc = read(doc, None)?;
    let plan = find_plan(doc.content(), plan_id)?;
    let findings = audit_plan(plan, today);
    rows_json(&core_rollup(plan, &findings, group))
}

/// Merges copy `b` into copy `a` of one document.
pub fn merge(a: &str, b: &str) -> Result<String, Failure> {
    let mut mine = read(a, Some("a"))?;
    let theirs = read(b, Some("b"))?;
    let added = mine.merge(&theirs).map_err(|e| Failure::merge(&e))?;
    Ok(format!(
        "{{\"document\":{},\"added\":{added}}}",
        mine.to_json_compact()
    ))
}

/// Makes one edit on a document, stamped with the device's replica id.
pub fn apply(doc: &str, replica: &str, edit: &str) -> Result<String, Failure> {
    let replica = ReplicaId::from_uuid(uuid(replica, "replica")?);
    let edit = read_edit(edit)?;
    let mut doc = read(doc, None)?;
    doc.apply(replica, edit).map_err(|e| Failure::edit(&e))?;
    Ok(doc.to_json_compact())
}

/// The built-in strategic framework, "The Borough That Cares" 2022-25.
pub fn framework() -> Result<String, Failure> {
    to_json(&Framework::borough_that_cares_2022_25())
}

/// The JSON Schema of one version of the document format (2 when not given).
pub fn schema(version: Option<u32>) -> Result<&'static str, Failure> {
    let version = version.unwrap_or(2);
    SCHEMAS
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, schema)| *schema)
        .ok_or_else(|| {
            Failure::argument(
                "version",
                format!(
                    "there is no schema for version {version}; there are schemas for version 2 \
                     (what a copy writes until it is compacted or keeps a school calendar), \
                     version 3 (a compacted copy) and version 4 (a copy keeping a school calendar)"
                ),
            )
        })
}

fn read(json: &str, which: Option<&str>) -> Result<Document, Failure> {
    Document::from_json(json.as_bytes()).map_err(|e| Failure::document(which, &e))
}

fn import(csv: &str, title: Option<&str>) -> Result<(ActionPlan, Vec<Warning>), Failure> {
    let imported = import_actions(csv, &mut Uuid::new_v4).map_err(|e| Failure::table(&e))?;
    let mut plan = imported.plan;
    if let Some(title) = title.filter(|t| !t.trim().is_empty()) {
        title.clone_into(&mut plan.title);
    }
    let warnings = imported
        .warnings
        .into_iter()
        .map(|w| Warning {
            line: w.line,
            column: w.column,
            message: w.message,
        })
        .collect();
    Ok((plan, warnings))
}

fn find_plan<'c>(content: &'c Content, plan_id: &str) -> Result<&'c ActionPlan, Failure> {
    let id = PlanId::from_uuid(uuid(plan_id, "planId")?);
    content.plan(id).ok_or_else(|| {
        let titles: Vec<String> = content
            .plans
            .iter()
            .map(|p| format!("{} (\"{}\")", p.id, p.title))
            .collect();
        let known = if titles.is_empty() {
            "it has no plans".to_owned()
        } else {
            format!("its plans are {}", titles.join(", "))
        };
        Failure::new(
            "plan-not-found",
            format!("planId: the document has no plan {plan_id}; {known}"),
        )
        .at("planId")
    })
}

fn day(text: &str) -> Result<NaiveDate, Failure> {
    cares_core::calendar::iso_day::parse(text).ok_or_else(|| {
        Failure::argument(
            "today",
            format!("'{text}' is not a date; give it as YYYY-MM-DD (2024-06-01) or a Date"),
        )
    })
}

fn uuid(text: &str, argument: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(text.trim()).map_err(|_| {
        Failure::argument(
            argument,
            format!("'{text}' is not an id; ids are UUIDs such as 0b9f3c7e-…"),
        )
    })
}

/// The roll-up groupings by key, the same words `index.d.ts` lists.
const GROUPS: [(&str, GroupBy); 6] = [
    ("focus-area", GroupBy::FocusArea),
    ("theme", GroupBy::Theme),
    ("lead", GroupBy::Lead),
    ("organisation", GroupBy::Organisation),
    ("status", GroupBy::Status),
    ("section", GroupBy::Section),
];

fn group_by(key: &str) -> Result<GroupBy, Failure> {
    GROUPS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, g)| *g)
        .ok_or_else(|| {
            let keys: Vec<&str> = GROUPS.iter().map(|(k, _)| *k).collect();
            Failure::argument(
                "by",
                format!(
                    "cannot roll up by '{key}'; choose one of {}",
                    keys.join(", ")
                ),
            )
        })
}

fn read_edit(text: &str) -> Result<Edit, Failure> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let edit: Edit = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let inner = e.path().to_string();
        let path = if inner.is_empty() || inner == "." {
            "edit".to_owned()
        } else {
            format!("edit.{inner}")
        };
        Failure::new(
            "invalid-edit",
            format!("at {path}: {}", first_sentence(&e.inner().to_string())),
        )
        .at(path)
    })?;
    reader
        .end()
        .map_err(|_| Failure::argument("edit", "there is more after the edit's JSON"))?;
    Ok(edit)
}

/// serde's message without its " at line 1 column 40" tail: the path says where.
fn first_sentence(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// Rows from the core as JSON, their field names in camelCase (`action_id` →
/// `actionId`): the one place the package chooses its field case.
fn rows_json<T: Serialize>(rows: &[T]) -> Result<String, Failure> {
    let rows = serde_json::to_value(rows)
        .map_err(|e| Failure::new("internal", format!("could not write the answer: {e}")))?;
    to_json(&camel_case(rows))
}

/// Each row's field names in camelCase; the values (maps keyed by status or code
/// included) as they are.
fn camel_case(rows: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match rows {
        Value::Array(rows) => Value::Array(
            rows.into_iter()
                .map(|row| match row {
                    Value::Object(fields) => Value::Object(
                        fields
                            .into_iter()
                            .map(|(name, value)| (camel(&name), value))
                            .collect(),
                    ),
                    other => other,
                })
                .collect(),
        ),
        other => other,
    }
}

fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value)
        .map_err(|e| Failure::new("internal", format!("could not write the answer: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Ref,Action,Lead,Outcome measure,Key Milestones,Timescale\n\
                         1.1,Open a carers' café,,Number of carers,,March 2025\n";

    fn imported_document() -> (String, String) {
        let answer = import_table(TABLE, Some("Maltby")).unwrap_or_else(|f| f.message);
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
        (
            value["document"].to_string(),
            value["planId"].as_str().unwrap_or_default().to_owned(),
        )
    }

    #[test]
    fn an_imported_table_audits_from_its_document() {
        let (doc, plan) = imported_document();
        let rows = audit_document_plan(&doc, &plan, "2024-06-01").unwrap_or_default();
        let rows: serde_json::Value = serde_json::from_str(&rows).unwrap_or_default();
        assert_eq!(rows[0]["plan"], "Maltby");
        assert_eq!(rows[0]["action"], "1.1");
        assert_eq!(rows[0]["code"], "no-lead");
    }

    #[test]
    fn a_wrong_date_names_today() {
        let failure = audit_table(TABLE, "1 June 2024", None).err();
        let failure = failure.map(|f| (f.code, f.path));
        assert_eq!(
            failure,
            Some(("invalid-argument", Some("today".to_owned())))
        );
    }

    #[test]
    fn an_unknown_plan_lists_the_plans_there_are() {
        let (doc, _) = imported_document();
        let failure = rollup(
            &doc,
            "00000000-0000-0000-0000-000000000009",
            "lead",
            "2024-06-01",
        )
        .err();
        let message = failure.map(|f| f.message).unwrap_or_default();
        assert!(message.contains("(\"Maltby\")"), "{message}");
    }

    #[test]
    fn a_bad_edit_names_its_path() {
        let (doc, _) = imported_document();
        let failure = apply(
            &doc,
            "00000000-0000-0000-0000-000000000007",
            r#"{"set-title": {"title": 3}}"#,
        )
        .err();
        assert_eq!(
            failure.and_then(|f| f.path),
            Some("edit.set-title.title".to_owned())
        );
    }

    #[test]
    fn a_blank_title_is_refused_by_the_core() {
        let (doc, _) = imported_document();
        let failure = apply(
            &doc,
            "00000000-0000-0000-0000-000000000007",
            r#"{"set-title": {"title": " "}}"#,
        )
        .err();
        assert_eq!(failure.map(|f| f.code), Some("blank"));
    }

    #[test]
    fn the_schemas_are_the_checked_in_ones_for_versions_2_to_4() {
        for (asked, version) in [(None, 2), (Some(2), 2), (Some(3), 3), (Some(4), 4)] {
            let text = schema(asked).unwrap_or_default();
            let schema: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            assert_eq!(
                schema["properties"]["version"]["const"], version,
                "{asked:?}"
            );
        }
        let failure = schema(Some(99)).err();
        assert_eq!(failure.and_then(|f| f.path), Some("version".to_owned()));
    }

    #[test]
    fn rows_come_in_camel_case_and_by_organisation_spellings_are_one_row() {
        let table = "Ref,Action,Lead,Outcome measure,Key Milestones,Timescale\n\
                     1,Open a café,Julie Wisken (RCCG),Number of carers,,March 2025\n\
                     2,Run a drop-in,Sam (R.C.C.G.),Number of carers,,March 2025\n\
                     3,Train staff,Julie Wisken (RCCG/NHSCB),Number of carers,,March 2025\n";
        let answer = import_table(table, None).unwrap_or_default();
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
        let (doc, plan) = (
            value["document"].to_string(),
            value["planId"].as_str().unwrap_or_default(),
        );
        let rows = rollup(&doc, plan, "organisation", "2024-06-01").unwrap_or_else(|f| f.message);
        let rows: serde_json::Value = serde_json::from_str(&rows).unwrap_or_default();
        assert_eq!(rows[0]["group"], "RCCG", "{rows}");
        assert_eq!(rows[0]["actions"], 2);
        assert_eq!(
            rows[0]["spellings"],
            serde_json::json!(["RCCG", "R.C.C.G."])
        );
        assert_eq!(rows[0]["byStatus"]["not-started"], 2);
        assert_eq!(rows[1]["related"], serde_json::json!(["RCCG"]));
        let by_lead = rollup(&doc, plan, "lead", "2024-06-01").unwrap_or_default();
        assert!(!by_lead.contains("spellings"), "{by_lead}");
        let findings = audit_table(table, "2026-01-01", None).unwrap_or_default();
        assert!(findings.contains("\"actionId\""), "{findings}");
        assert!(!findings.contains("action_id"), "{findings}");
    }
}
