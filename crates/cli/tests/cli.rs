//! The `cares` binary run as a person would run it, on real files in a temporary
//! folder: import, audit, report and schema, and every kind of bad input giving a
//! clear message and the right exit code, never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/joint-action-plan-2013-16.csv"
);

mod support;
use support::{Scratch, cares, cares_in, fails};

fn import_fixture(scratch: &Scratch) -> PathBuf {
    let doc = scratch.path("jap.json");
    let run = cares(&[&"import", &FIXTURE, &"-o", &doc]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    doc
}

fn audit_json(input: &Path) -> Vec<Value> {
    let run = cares(&[&"audit", &input, &"--json", &"--today", &"2024-06-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    match serde_json::from_str::<Value>(&run.stdout) {
        Ok(Value::Array(items)) => items,
        other => panic!("--json should print an array, got {other:?}"),
    }
}

fn count(findings: &[Value], code: &str) -> usize {
    findings.iter().filter(|f| f["code"] == code).count()
}

#[test]
fn import_then_audit_the_joint_action_plan() {
    let scratch = Scratch::new("jap");
    let doc = import_fixture(&scratch);
    assert_eq!(scratch.files(), ["jap.json"], "no temporary file is left");

    let run = cares(&[&"audit", &doc, &"--today", &"2024-06-01"]);
    assert_eq!(run.code, Some(0), "gaps alone do not fail the audit");
    assert!(run.stdout.starts_with(
        "SMART audit of \"Imported from joint-action-plan-2013-16.csv\", as of 1 June 2024"
    ));
    assert!(
        run.stdout
            .contains("\nStrategic Outcome 1 - All carers will be kept safe")
    );
    assert!(
        run.stdout
            .contains("  2.4  Partners and professionals to ask relevant questions")
    );
    assert!(
        run.stdout
            .contains("    Missing: Who will lead this? Name a person or an organisation.")
    );
    assert!(run.stdout.contains(": 50 actions;"));

    let findings = audit_json(&doc);
    for finding in &findings {
        for field in ["plan", "action", "code", "severity", "message"] {
            assert!(finding[field].is_string(), "{field} in {finding}");
        }
        assert!(
            finding["section"].is_string(),
            "every action of the plan has a section"
        );
    }
    // The hand check: tests/fixtures/joint-action-plan-2013-16.expected.md.
    assert_eq!(count(&findings, "no-lead"), 1);
    assert_eq!(count(&findings, "no-measure"), 6);
    assert_eq!(count(&findings, "no-timescale"), 12);
    assert_eq!(count(&findings, "vague-timescale"), 5);
    let no_lead: Vec<&Value> = findings.iter().filter(|f| f["code"] == "no-lead").collect();
    assert_eq!(no_lead[0]["action"], "2.4");
    assert!(
        no_lead[0]["section"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Strategic Outcome 1")
    );
    assert_eq!(no_lead[0]["severity"], "gap");
}

#[test]
fn a_table_is_audited_directly_without_writing_anything() {
    let scratch = Scratch::new("direct");
    let table = scratch.write("jap.csv", fs::read(FIXTURE).unwrap_or_default());
    let findings = audit_json(&table);
    assert_eq!(count(&findings, "no-lead"), 1);
    assert_eq!(count(&findings, "no-measure"), 6);
    assert_eq!(scratch.files(), ["jap.csv"]);
}

#[test]
fn strict_audit_exits_1_when_something_is_found() {
    let scratch = Scratch::new("strict");
    let doc = import_fixture(&scratch);
    let message = fails(&[&"audit", &doc, &"--strict", &"--today", &"2024-06-01"], 1);
    assert!(message.contains("the audit found"), "{message}");
    let clean = scratch.write(
        "clean.csv",
        "No,Action,Measure,Milestones,Lead,Due\n1,Open a café,Number of carers,,Carers Corner Sam Smith,March 2030\n",
    );
    let run = cares(&[&"audit", &clean, &"--strict", &"--today", &"2024-06-01"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Nothing found in all."));
}

#[test]
fn import_refuses_to_overwrite_without_force() {
    let scratch = Scratch::new("force");
    let doc = scratch.write("jap.json", "keep me");
    let message = fails(&[&"import", &FIXTURE, &"-o", &doc], 2);
    assert!(message.contains("already exists; add --force"), "{message}");
    assert_eq!(fs::read_to_string(&doc).unwrap_or_default(), "keep me");

    let run = cares(&[&"import", &FIXTURE, &"-o", &doc, &"--force"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let written: Value =
        serde_json::from_str(&fs::read_to_string(&doc).unwrap_or_default()).unwrap_or(Value::Null);
    assert_eq!(written["format"], "cares.document");
    assert_eq!(
        written["content"]["plans"][0]["actions"]
            .as_array()
            .map(Vec::len),
        Some(50)
    );
    assert_eq!(scratch.files(), ["jap.json"]);
}

#[test]
fn a_failed_import_writes_nothing() {
    let scratch = Scratch::new("nothing");
    let bad = scratch.write("bad.csv", "No,Action\n1,Do it\n");
    let new = scratch.path("new.json");
    fails(&[&"import", &bad, &"-o", &new], 3);
    assert!(!new.exists());
    let old = scratch.write("old.json", "keep me");
    fails(&[&"import", &bad, &"-o", &old, &"--force"], 3);
    assert_eq!(fs::read_to_string(&old).unwrap_or_default(), "keep me");
    assert_eq!(scratch.files(), ["bad.csv", "old.json"]);
}

#[test]
fn import_warnings_name_the_line_and_column() {
    let run = cares(&[
        &"import",
        &FIXTURE,
        &"-o",
        &std::env::temp_dir().join(format!("cares-cli-{}-warn/none.json", std::process::id())),
    ]);
    // The folder does not exist, so nothing is written: an I/O error after the warnings.
    assert_eq!(run.code, Some(4), "{}", run.stderr);
    assert!(run.stderr.contains(
        "cares: warning: ") && run.stderr.contains("line 38, \"Completion / Review Date\": could not read a date in \"Further work to be undertaken as part of care act\""),
        "{}",
        run.stderr
    );
}

#[test]
fn report_in_markdown_and_html() {
    let scratch = Scratch::new("report");
    let doc = import_fixture(&scratch);
    let run = cares(&[&"report", &doc, &"--today", &"2024-06-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("# Imported from joint-action-plan-2013-16.csv\n")
    );
    assert!(
        run.stdout
            .contains("50 actions: 40 not started (work has not begun), 0 red (off track and needs help), 0 amber (some progress, some concerns), 0 green (on track), 10 complete (done).")
    );
    assert!(run.stdout.contains("### Overdue actions"));
    assert!(run.stdout.contains("| no lead | 1 | Missing |"));

    let page = scratch.path("report.html");
    let run = cares(&[
        &"report",
        &doc,
        &"--format",
        &"html",
        &"--today",
        &"2024-06-01",
        &"-o",
        &page,
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let html = fs::read_to_string(&page).unwrap_or_default();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(html.contains("<caption>"));
    assert!(html.contains("Outcome 4 – All Carers"));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn report_html_escapes_what_people_typed() {
    let scratch = Scratch::new("escape");
    let table = scratch.write(
        "x.csv",
        "Section,No,Action,Measure,Milestones,Lead,Due\n\"<b>Outcome</b> & more\",1,<script>alert(1)</script>,Number,,RMBC,March 2014\n",
    );
    let run = cares(&[
        &"report",
        &table,
        &"--format",
        &"html",
        &"--today",
        &"2024-06-01",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stdout.contains("<script>alert"), "{}", run.stdout);
    assert!(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(run.stdout.contains("&lt;b&gt;Outcome&lt;/b&gt; &amp; more"));
}

#[test]
fn schema_prints_the_document_schema() {
    let run = cares(&[&"schema"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let schema: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    assert!(schema.is_object(), "{}", run.stdout);
    assert!(run.stdout.contains("\"content\""));

    let scratch = Scratch::new("schema");
    let file = scratch.path("schema.json");
    assert_eq!(cares(&[&"schema", &"-o", &file]).code, Some(0));
    assert_eq!(fs::read_to_string(&file).unwrap_or_default(), run.stdout);
    fails(&[&"schema", &"-o", &file], 2);
}

#[test]
fn schema_gives_the_version_a_document_says_it_is() {
    let version_of = |run: &support::Run| {
        let schema: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
        schema["properties"]["version"]["const"].as_u64()
    };
    assert_eq!(version_of(&cares(&[&"schema"])), Some(2));
    let v4 = cares(&[&"schema", &"--document-version", &"4"]);
    assert_eq!(v4.code, Some(0), "{}", v4.stderr);
    assert_eq!(version_of(&v4), Some(4));
    assert!(v4.stdout.contains("school_calendar"));
    let none = fails(&[&"schema", &"--document-version", &"9"], 2);
    assert!(
        none.contains("there is no document version \"9\"; give 1, 2, 3 or 4"),
        "{none}"
    );
}

#[test]
fn help_and_version() {
    let run = cares(&[&"--help"]);
    assert_eq!(run.code, Some(0));
    assert!(
        run.stdout
            .contains("cares import <table.csv> -o <doc.json>")
    );
    assert!(run.stdout.contains("Exit codes:"));
    for command in ["import", "audit", "report", "schema"] {
        let run = cares(&[&command, &"--help"]);
        assert_eq!(run.code, Some(0), "{command}");
        assert!(
            run.stdout.starts_with(&format!("cares {command} — ")),
            "{}",
            run.stdout
        );
    }
    let run = cares(&[&"--version"]);
    assert_eq!(run.code, Some(0));
    assert!(run.stdout.starts_with("cares 0."), "{}", run.stdout);
}

#[test]
fn usage_errors_exit_2_and_point_to_help() {
    for (args, expected) in [
        (vec![], "say what to do"),
        (vec!["frobnicate"], "there is no command \"frobnicate\""),
        (
            vec!["import", "x.csv"],
            "give the document to write with -o",
        ),
        (vec!["audit"], "which plan?"),
        (
            vec!["audit", "x.json", "--today", "tomorrow"],
            "--today wants a date like 2024-06-01",
        ),
        (vec!["audit", "x.json", "--colour"], "--colour"),
        (
            vec!["report", "x.json", "--format", "pdf"],
            "--format is markdown or html",
        ),
    ] {
        let args: Vec<&dyn AsRef<std::ffi::OsStr>> = args
            .iter()
            .map(|a| a as &dyn AsRef<std::ffi::OsStr>)
            .collect();
        let message = fails(&args, 2);
        assert!(message.contains(expected), "{message}");
        assert!(
            message.contains("--help` to see how to use it"),
            "{message}"
        );
    }
}

#[test]
fn a_missing_file_is_an_io_error() {
    let scratch = Scratch::new("missing");
    let message = fails(&[&"audit", &scratch.path("nope.json")], 4);
    assert!(
        message.contains("nope.json: could not read it: there is no such file"),
        "{message}"
    );
    let message = fails(&[&"audit", &scratch.0], 4);
    assert!(message.contains("could not read it"), "{message}");
}

fn bad_input(name: &str, bytes: impl AsRef<[u8]>) -> String {
    let scratch = Scratch::new(&format!("bad-{name}"));
    let path = scratch.write(name, bytes);
    fails(&[&"audit", &path], 3)
}

fn valid_document() -> String {
    let scratch = Scratch::new("valid-doc");
    let doc = import_fixture(&scratch);
    fs::read_to_string(doc).unwrap_or_default()
}

#[test]
fn a_truncated_document_says_where_it_ends() {
    let json = valid_document();
    let half = &json[..json.len() / 2];
    let message = bad_input("truncated.json", half);
    assert!(message.contains("truncated.json: line "), "{message}");
    assert!(message.contains("not valid JSON"), "{message}");
}

#[test]
fn wrong_types_in_a_document_name_the_field() {
    let mut doc: Value = serde_json::from_str(&valid_document()).unwrap_or(Value::Null);
    doc["content"]["plans"][0]["actions"][1]["due"] = Value::from(5);
    let message = bad_input("types.json", doc.to_string());
    assert!(
        message.contains("content.plans[0].actions[1].due"),
        "{message}"
    );
}

#[test]
fn a_50_megabyte_file_is_refused_before_reading() {
    let message = bad_input("huge.json", vec![b' '; 50 * 1024 * 1024]);
    assert!(message.contains("52428800 bytes"), "{message}");
}

#[test]
fn deeply_nested_json_is_refused() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let message = bad_input("deep.json", deep);
    assert!(message.contains("nested more than"), "{message}");
}

#[test]
fn a_document_from_a_future_version_is_refused_plainly() {
    let mut doc: Value = serde_json::from_str(&valid_document()).unwrap_or(Value::Null);
    doc["version"] = Value::from(99);
    let message = bad_input("future.json", doc.to_string());
    assert!(message.contains("version 99"), "{message}");
    assert!(message.contains("update cares"), "{message}");
}

#[test]
fn a_table_missing_columns_names_them() {
    let message = bad_input("missing.csv", "No,Action,Lead\n1,Do it,RMBC\n");
    assert!(
        message.contains("missing required columns: \"Outcome measure\", \"Key Milestones\", \"Completion / Review Date\""),
        "{message}"
    );
    assert!(
        message.contains("the headers found were: \"No\", \"Action\", \"Lead\""),
        "{message}"
    );
}

#[test]
fn a_ragged_row_gives_its_line() {
    let message = bad_input(
        "ragged.csv",
        "No,Action,Measure,Milestones,Lead,Due\n1,A,B,C,D,March 2014\n2,A,B\n",
    );
    assert!(
        message.contains("ragged.csv: line 3: the row has 3 cells but the header has 6"),
        "{message}"
    );
}

#[test]
fn a_non_utf8_file_is_refused_with_advice() {
    let mut bytes = b"No,Action,Measure,Milestones,Lead,Due\n1,Caf".to_vec();
    bytes.extend_from_slice(b"\xe9,B,C,D,March 2014\n");
    let message = bad_input("latin1.csv", &bytes);
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("not UTF-8"), "{message}");
    assert!(message.contains("CSV UTF-8"), "{message}");
    let message = bad_input("latin1.json", b"{\"format\": \"caf\xe9\"}");
    assert!(message.contains("line 1"), "{message}");
}

#[test]
fn odd_inputs_never_panic() {
    let scratch = Scratch::new("odd");
    for (name, bytes) in [
        ("empty.json", Vec::new()),
        ("empty.csv", Vec::new()),
        ("null.json", b"null".to_vec()),
        ("array.json", b"[]".to_vec()),
        ("string.json", b"\"cares\"".to_vec()),
        ("zeros.bin", vec![0u8; 1000]),
        ("quote.csv", b"\"".to_vec()),
        ("bom.csv", b"\xef\xbb\xbf".to_vec()),
        ("noformat.json", b"{\"version\": 1}".to_vec()),
    ] {
        let path = scratch.write(name, &bytes);
        for command in ["audit", "report"] {
            let run = cares(&[&command, &path]);
            assert_eq!(run.code, Some(3), "{command} {name}: {}", run.stderr);
            assert!(run.stderr.starts_with("cares: "), "{}", run.stderr);
            assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        }
    }
}

/// A plan as the web app makes it: areas of focus, a lead that is only an
/// organisation, a due and a review date, ratings whose words are also evidence.
fn web_document() -> String {
    use cares_core::document::{Content, Document};
    use cares_core::framework::FocusAreaNumber;
    use cares_core::ids::{ActionId, DocumentId, PlanId};
    use cares_core::plan::{Action, ActionPlan, Evidence, Lead, PlanScope, Status, StatusChange};
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let mut plan = ActionPlan::new(
        PlanId::from_u128(2),
        "Maltby",
        PlanScope::Locality {
            name: "Maltby".into(),
        },
    );
    let mut cafe = Action::new(ActionId::from_u128(3), "Open a carers café");
    cafe.links.focus_area = Some(FocusAreaNumber::TWO);
    cafe.lead = Lead {
        person: None,
        organisation: Some("Maltby Carers Group".into()),
    };
    cafe.due = day(2027, 11, 27);
    cafe.history.push(StatusChange {
        on: day(2026, 12, 3),
        status: Status::Complete,
        note: None,
    });
    let mut gp = Action::new(ActionId::from_u128(4), "Ask GPs to name a carers lead");
    gp.links.focus_area = Some(FocusAreaNumber::ONE);
    gp.lead = Lead {
        person: Some("Sam Smith".into()),
        organisation: Some("RCCG".into()),
    };
    gp.due = day(2026, 6, 30);
    gp.review = day(2026, 12, 3);
    gp.history.push(StatusChange {
        on: day(2026, 12, 3),
        status: Status::Amber,
        note: Some("Two practices of five".into()),
    });
    gp.evidence.push(Evidence {
        on: day(2026, 12, 3),
        note: "Two practices of five".into(),
        link: None,
    });
    plan.actions = vec![cafe, gp];
    let mut content = Content::new("Maltby");
    content.plans.push(plan);
    Document::from_content(DocumentId::from_u128(1), content).to_json()
}

/// The actions of a document as a table carries them, in area order.
fn actions_of(path: &Path) -> Vec<String> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let doc = cares_core::document::Document::from_json(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let plan = &doc.content().plans[0];
    let mut actions: Vec<String> = plan
        .actions
        .iter()
        .map(|a| {
            format!(
                "{:?} {:?} {} {:?} {:?} {:?} {:?}",
                plan.section_title(a),
                a.links.focus_area,
                a.what,
                a.lead,
                a.due,
                a.review,
                a.status()
            )
        })
        .collect();
    actions.sort();
    actions
}

#[test]
fn an_exported_plan_imports_back_to_the_same_actions() {
    let scratch = Scratch::new("export");
    let doc = scratch.write("plan.json", web_document());
    let csv = scratch.path("plan.csv");
    let run = cares(&[&"export", &doc, &"--format", &"csv", &"-o", &csv]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        scratch.files(),
        ["plan.csv", "plan.json"],
        "no temporary file is left"
    );
    let table = fs::read_to_string(&csv).unwrap_or_default();
    assert!(table.starts_with("\u{feff}Area of focus,No,"), "{table}");
    assert!(table.contains(",Maltby Carers Group,"), "{table}");

    let back = scratch.path("back.json");
    let run = cares(&[&"import", &csv, &"-o", &back]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.is_empty(),
        "nothing read with doubt: {}",
        run.stderr
    );
    assert_eq!(actions_of(&back), actions_of(&doc));

    let again = fails(&[&"export", &doc, &"-o", &csv], 2);
    assert!(again.contains("already exists; add --force"), "{again}");
    let run = cares(&[&"export", &doc, &"-o", &csv, &"--force"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let printed = cares(&[&"export", &doc]);
    assert!(
        printed.stdout.starts_with("Area of focus,"),
        "{}",
        printed.stdout
    );
    let pdf = fails(&[&"export", &doc, &"--format", &"pdf"], 2);
    assert!(pdf.contains("--format is csv"), "{pdf}");
    let help = cares(&[&"export", &"--help"]);
    assert!(
        help.stdout.contains("cares import` reads it back"),
        "{}",
        help.stdout
    );
}

/// The findings without the plan's title (it names the file it came from) and the
/// actions' ids (fresh at each import).
fn findings_without_title(input: &Path) -> Vec<Value> {
    let mut findings = audit_json(input);
    for finding in &mut findings {
        if let Some(fields) = finding.as_object_mut() {
            fields.remove("plan");
            fields.remove("action_id");
        }
    }
    findings
}

#[test]
fn the_joint_action_plan_through_xlsx_gives_the_same_audit_as_its_csv() {
    let scratch = Scratch::new("xlsx");
    let table = scratch.write("jap.csv", fs::read(FIXTURE).unwrap_or_default());
    let workbook = scratch.path("jap.xlsx");
    let run = cares(&[&"export", &table, &"--format", &"xlsx", &"-o", &workbook]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let bytes = fs::read(&workbook).unwrap_or_default();
    assert!(
        bytes.starts_with(b"PK\x03\x04"),
        "a zip archive, as .xlsx is"
    );

    let doc = scratch.path("jap.json");
    let run = cares(&[&"import", &workbook, &"-o", &doc]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Imported 50 actions in 5 sections from "),
        "{}",
        run.stdout
    );
    let expected = findings_without_title(&table);
    assert_eq!(count(&expected, "no-timescale"), 12);
    assert_eq!(findings_without_title(&doc), expected);
    // Audited directly, as a table is.
    assert_eq!(findings_without_title(&workbook), expected);
    assert_eq!(scratch.files(), ["jap.csv", "jap.json", "jap.xlsx"]);
}

#[test]
fn a_document_with_several_plans_exports_a_sheet_each_and_imports_one_by_name() {
    let scratch = Scratch::new("sheets");
    let doc = scratch.write("plan.json", web_document());
    let mut value: Value = serde_json::from_str(&web_document()).unwrap_or_default();
    let first = value["content"]["plans"][0].clone();
    let mut second = first.clone();
    second["title"] = Value::from("Dinnington");
    second["id"] = Value::from("00000000-0000-0000-0000-0000000000f1");
    if let Some(plans) = value["content"]["plans"].as_array_mut() {
        plans.push(second);
    }
    let two = scratch.write("two.json", value.to_string());
    let workbook = scratch.path("two.xlsx");
    let run = cares(&[&"export", &two, &"--format", &"xlsx", &"-o", &workbook]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    let back = scratch.path("back.json");
    let run = cares(&[
        &"import",
        &workbook,
        &"--sheet",
        &"Dinnington",
        &"-o",
        &back,
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(actions_of(&back), actions_of(&doc));

    let missing = fails(
        &[
            &"import",
            &workbook,
            &"--sheet",
            &"Rawmarsh",
            &"-o",
            &back,
            &"--force",
        ],
        3,
    );
    assert!(
        missing.contains(
            "there is no sheet called \"Rawmarsh\"; the sheets are: \"Maltby\", \"Dinnington\""
        ),
        "{missing}"
    );
    let on_csv = fails(
        &[
            &"import", &FIXTURE, &"--sheet", &"Plan", &"-o", &back, &"--force",
        ],
        3,
    );
    assert!(on_csv.contains("a CSV table has no sheets"), "{on_csv}");
    let no_output = fails(&[&"export", &doc, &"--format", &"xlsx"], 2);
    assert!(no_output.contains("give it with -o"), "{no_output}");
}

#[test]
fn a_password_protected_or_damaged_workbook_is_refused_plainly() {
    let scratch = Scratch::new("bad-xlsx");
    let protected = scratch.write(
        "protected.xlsx",
        fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../xlsx/tests/fixtures/password-protected.xlsx"
        ))
        .unwrap_or_default(),
    );
    let doc = scratch.path("plan.json");
    let message = fails(&[&"import", &protected, &"-o", &doc], 3);
    assert!(
        message.starts_with("cares: ")
            && message.contains("protected.xlsx: the workbook is protected with a password"),
        "{message}"
    );
    let message = fails(&[&"audit", &protected], 3);
    assert!(message.contains("remove the password"), "{message}");

    let damaged = scratch.write("damaged.xlsx", b"PK\x03\x04 this is not the rest of a zip");
    let message = fails(&[&"import", &damaged, &"-o", &doc], 3);
    assert!(
        message.contains("damaged.xlsx: the workbook is damaged and could not be read"),
        "{message}"
    );
    let text = scratch.write("plan.xlsx", "No,Action\n1,Do it\n");
    let message = fails(&[&"import", &text, &"-o", &doc], 3);
    assert!(message.contains("it looks like text"), "{message}");
    assert_eq!(
        scratch.files(),
        ["damaged.xlsx", "plan.xlsx", "protected.xlsx"],
        "nothing is written"
    );
}

/// The rows of the Markdown table under `### heading`, cells unescaped, header and
/// rule left out.
fn markdown_table(text: &str, heading: &str) -> Vec<Vec<String>> {
    let Some(start) = text.find(&format!("\n### {heading}\n")) else {
        panic!("no heading \"{heading}\" in:\n{text}");
    };
    text[start..]
        .lines()
        .skip(2)
        .skip_while(|line| line.is_empty())
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut escaped = false;
            for c in inner.chars() {
                match (escaped, c) {
                    (false, '\\') => escaped = true,
                    (false, '|') => cells.push(std::mem::take(&mut cell).trim().to_owned()),
                    _ => {
                        escaped = false;
                        cell.push(c);
                    }
                }
            }
            cells.push(cell.trim().to_owned());
            cells
        })
        .collect()
}

fn number(value: &Value) -> String {
    value.as_u64().map(|n| n.to_string()).unwrap_or_default()
}

#[test]
fn report_shows_the_cores_overview_figures_for_the_joint_action_plan() {
    let figures: Value = serde_json::from_str(
        &fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/joint-action-plan-2013-16.overview.json"
        ))
        .unwrap_or_default(),
    )
    .unwrap_or(Value::Null);
    let as_of = figures["as_of"].as_str().unwrap_or_default().to_owned();
    let run = cares(&[&"report", &FIXTURE, &"--today", &as_of]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = &run.stdout;

    // serde_json's maps sort their keys, so the statuses are taken in the core's order.
    let in_order = |counts: &Value| -> Vec<String> {
        cares_core::plan::Status::ALL
            .iter()
            .map(|s| number(&counts[s.key()]))
            .collect()
    };
    let by_status: Vec<Vec<String>> = markdown_table(text, "Progress by status")
        .into_iter()
        .map(|row| row[..2].to_vec())
        .collect();
    let expected: Vec<Vec<String>> = cares_core::plan::Status::ALL
        .iter()
        .zip(in_order(&figures["statuses"]))
        .map(|(status, n)| vec![status.label().to_owned(), n])
        .collect();
    assert_eq!(
        by_status, expected,
        "statuses in the core's order and counts"
    );

    for (heading, key) in [
        ("Progress by section", "by_section"),
        ("Progress by area of focus", "by_focus_area"),
        ("Progress by lead", "by_lead"),
    ] {
        let expected: Vec<Vec<String>> = figures[key]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|row| {
                let group = row["group"].as_str().unwrap_or_default();
                let mut cells = vec![
                    group.split_whitespace().collect::<Vec<_>>().join(" "),
                    number(&row["actions"]),
                ];
                cells.extend(in_order(&row["statuses"]));
                cells.push(number(&row["smart"]));
                cells.push(number(&row["overdue"]));
                cells
            })
            .collect();
        assert!(!expected.is_empty(), "{key} has rows");
        assert_eq!(markdown_table(text, heading), expected, "{heading}");
    }

    let overdue = figures["overdue"].as_array().map_or(0, Vec::len);
    assert_eq!(markdown_table(text, "Overdue actions").len(), overdue);

    let findings: Vec<Vec<String>> = markdown_table(text, "What the SMART audit finds")
        .into_iter()
        .map(|row| row[..2].to_vec())
        .collect();
    let expected: Vec<Vec<String>> = figures["findings"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|f| {
            let code =
                cares_core::audit::FindingCode::from_key(f["code"].as_str().unwrap_or_default());
            vec![
                code.map_or("?", |c| c.phrase()).to_owned(),
                number(&f["count"]),
            ]
        })
        .collect();
    assert_eq!(findings, expected, "findings by kind");
}

#[test]
fn audit_speaks_welsh_and_urdu_with_lang_and_its_json_stays_the_same() {
    let scratch = Scratch::new("lang");
    let doc = import_fixture(&scratch);
    let welsh = cares(&[&"audit", &doc, &"--today", &"2024-06-01", &"--lang", &"cy"]);
    assert_eq!(welsh.code, Some(0), "{}", welsh.stderr);
    assert!(
        welsh.stdout.starts_with("Archwiliad SMART o \""),
        "{}",
        welsh.stdout
    );
    assert!(
        welsh
            .stdout
            .contains("Ar goll: Sut byddwn ni'n gwybod ei fod wedi gweithio?"),
        "{}",
        welsh.stdout
    );
    assert!(welsh.stdout.contains("1 Mehefin 2024"), "{}", welsh.stdout);
    assert!(
        !welsh.stdout.contains("How will we know"),
        "English left in the Welsh audit"
    );

    let urdu = cares(&[&"audit", &doc, &"--today", &"2024-06-01", &"--lang", &"ur"]);
    assert!(
        urdu.stdout
            .contains("ہمیں کیسے پتا چلے گا کہ یہ کامیاب ہوا؟"),
        "{}",
        urdu.stdout
    );

    let json = |lang: &str| {
        cares(&[
            &"audit",
            &doc,
            &"--json",
            &"--today",
            &"2024-06-01",
            &"--lang",
            &lang,
        ])
        .stdout
    };
    assert_eq!(
        json("cy"),
        json("en-GB"),
        "--json must not change with the language"
    );

    let message = fails(&[&"audit", &doc, &"--lang", &"fr"], 2);
    assert!(
        message.contains("no catalogue for the language \"fr\""),
        "{message}"
    );
}

/// `import` and `report` follow `--lang` (and `LANG`) as `audit` does: the words are
/// the language's, the plan's words and the figures stay as they are.
#[test]
fn import_and_report_speak_welsh_and_urdu() {
    let scratch = Scratch::new("lang-report");
    let doc = scratch.path("jap.json");
    let welsh = cares(&[&"import", &FIXTURE, &"-o", &doc, &"--lang", &"cy"]);
    assert_eq!(welsh.code, Some(0), "{}", welsh.stderr);
    assert!(
        welsh
            .stdout
            .starts_with("Mewnforiwyd 50 cam gweithredu mewn 5 adran o "),
        "{}",
        welsh.stdout
    );
    assert!(
        welsh.stderr.contains(
            "llinell 38, \"Completion / Review Date\": nid oedd modd darllen dyddiad yn \"Further work"
        ),
        "the cell read with doubt, in Welsh: {}",
        welsh.stderr
    );
    let urdu = cares_in(
        Some("ur_PK.UTF-8"),
        &[&"import", &FIXTURE, &"-o", &doc, &"--force"],
    );
    assert!(urdu.stdout.contains("درآمد کیے گئے"), "{}", urdu.stdout);

    let english = cares(&[&"report", &doc, &"--today", &"2014-06-01"]).stdout;
    let report = cares(&[&"report", &doc, &"--today", &"2014-06-01", &"--lang", &"cy"]);
    assert_eq!(report.code, Some(0), "{}", report.stderr);
    let welsh = report.stdout;
    assert!(
        welsh.contains("Adroddiad cynnydd ar 1 Mehefin 2014."),
        "{welsh}"
    );
    assert!(welsh.contains("### Cynnydd fesul statws"), "{welsh}");
    assert!(welsh.contains("| Ambr |"), "{welsh}");
    assert!(
        welsh.contains("Mae gan 16 o 50 arweinydd, mesur canlyniad a dyddiad."),
        "{welsh}"
    );
    for words in ["Progress", "Overdue", "What the SMART", "have a lead"] {
        assert!(!welsh.contains(words), "{words} in Welsh:\n{welsh}");
    }
    assert_eq!(
        english.lines().count(),
        welsh.lines().count(),
        "the same report, line for line"
    );

    let page = cares_in(
        Some("ur_PK.UTF-8"),
        &[
            &"report",
            &doc,
            &"--format",
            &"html",
            &"--today",
            &"2014-06-01",
        ],
    )
    .stdout;
    assert!(page.starts_with("<!doctype html>\n<html lang=\"ur\" dir=\"rtl\">"));
    assert!(page.contains("<time datetime=\"2014-06-01\">"), "{page}");
    assert!(page.contains("حالت کے لحاظ سے پیش رفت"), "{page}");
}
