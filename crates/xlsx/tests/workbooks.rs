//! Real workbooks: the 2013-16 Joint Action Plan written to `.xlsx` and read back
//! gives the same actions and the same audit as its CSV; a damaged workbook, a
//! password-protected one (`fixtures/password-protected.xlsx`, encrypted with
//! msoffcrypto-tool, password "carers"), a sheet that is not there and a sheet
//! without the columns each get their own message.

use std::io::{Cursor, Read, Write};

use cares_core::audit::audit_plan;
use cares_core::framework::Framework;
use cares_core::plan::ActionPlan;
use cares_core::table::{TableError, export_actions, import_actions};
use cares_xlsx::{XlsxError, read_plan, sheet_names, write_plans};
use chrono::NaiveDate;
use uuid::Uuid;

const JOINT_ACTION_PLAN: &str =
    include_str!("../../../tests/fixtures/joint-action-plan-2013-16.csv");
const PASSWORD_PROTECTED: &[u8] = include_bytes!("fixtures/password-protected.xlsx");

fn counter() -> impl FnMut() -> Uuid {
    let mut n = 0u128;
    move || {
        n += 1;
        Uuid::from_u128(n)
    }
}

fn framework() -> Framework {
    Framework::borough_that_cares_2022_25()
}

fn from_csv(text: &str) -> ActionPlan {
    import_actions(text, &mut counter())
        .map(|i| i.plan)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn workbook(plans: &[&ActionPlan]) -> Vec<u8> {
    write_plans(plans, &framework()).unwrap_or_else(|e| panic!("{e}"))
}

/// The audit as a person reads it: which action, which finding.
fn audit(plan: &ActionPlan) -> Vec<String> {
    let today = NaiveDate::from_ymd_opt(2014, 6, 1).unwrap_or_default();
    audit_plan(plan, today)
        .iter()
        .map(|finding| {
            let action = plan.actions.iter().find(|a| a.id == finding.action);
            let (section, reference, what) = action.map_or(("", "", ""), |a| {
                (
                    plan.section_title(a).unwrap_or_default(),
                    a.reference.as_deref().unwrap_or_default(),
                    a.what.as_str(),
                )
            });
            format!("{section} | {reference} | {what} | {}", finding.code.key())
        })
        .collect()
}

#[test]
fn the_joint_action_plan_reads_back_from_xlsx_with_the_same_actions_and_audit() {
    let plan = from_csv(JOINT_ACTION_PLAN);
    let bytes = workbook(&[&plan]);
    let read = read_plan(&bytes, None, &mut counter()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.sheet, "Imported action plan");
    let back = read.imported.plan;

    // The same table as the CSV export: reading either gives the same plan.
    let exported = export_actions(&plan, &framework());
    let through_csv = import_actions(&exported, &mut counter()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, through_csv.plan);
    let said = |warnings: &[cares_core::table::ImportWarning]| {
        warnings
            .iter()
            .map(|w| w.message.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(said(&read.imported.warnings), said(&through_csv.warnings));

    // And the same actions and audit as the council's own CSV.
    assert_eq!(back.actions.len(), plan.actions.len());
    assert_eq!(back.sections, plan.sections);
    for (got, want) in back.actions.iter().zip(&plan.actions) {
        assert_eq!(
            (&got.reference, &got.what, &got.measure, &got.lead),
            (&want.reference, &want.what, &want.measure, &want.lead)
        );
        assert_eq!(
            (got.due, got.review, got.status()),
            (want.due, want.review, want.status())
        );
        assert_eq!(got.links.charter_commitment, want.links.charter_commitment);
    }
    let findings = audit(&back);
    assert!(!findings.is_empty());
    assert_eq!(findings, audit(&plan));
}

#[test]
fn each_plan_has_its_own_sheet_and_a_sheet_is_read_by_name() {
    let mut maltby = from_csv(JOINT_ACTION_PLAN);
    maltby.title = "Maltby".to_owned();
    let mut dinnington = from_csv(
        "No,Action,Measure,Milestones,Lead,Due,RAG\n\
         D1,Open a carers café,Number of carers coming,,Carers Corner Sam Smith,2025-03-31,Green\n",
    );
    dinnington.title = "Dinnington: north/east".to_owned();
    let bytes = workbook(&[&maltby, &dinnington]);
    assert_eq!(
        sheet_names(&bytes),
        Ok(vec![
            "Maltby".to_owned(),
            "Dinnington north east".to_owned()
        ])
    );
    let read = read_plan(&bytes, Some("dinnington north east"), &mut counter())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.sheet, "Dinnington north east");
    let actions = &read.imported.plan.actions;
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].reference.as_deref(), Some("D1"));
    assert_eq!(actions[0].due, NaiveDate::from_ymd_opt(2025, 3, 31));
}

#[test]
fn a_sheet_that_is_not_there_lists_the_sheets_there_are() {
    let plan = from_csv(JOINT_ACTION_PLAN);
    let bytes = workbook(&[&plan]);
    let error = read_plan(&bytes, Some("Actions"), &mut counter()).err();
    assert_eq!(
        error.map(|e| e.to_string()).as_deref(),
        Some("there is no sheet called \"Actions\"; the sheets are: \"Imported action plan\"")
    );
}

/// The files of a workbook, to change one and zip them again.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap_or_else(|e| panic!("{e}"));
            let mut content = Vec::new();
            file.read_to_end(&mut content)
                .unwrap_or_else(|e| panic!("{e}"));
            let name = file
                .name()
                .map(std::borrow::Cow::into_owned)
                .unwrap_or_else(|e| panic!("{e}"));
            (name, content)
        })
        .collect()
}

fn rezip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in files {
        writer
            .start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        writer.write_all(content).unwrap_or_else(|e| panic!("{e}"));
    }
    writer
        .finish()
        .map(Cursor::into_inner)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_sheet_without_the_columns_says_which_are_missing() {
    let plan = from_csv(
        "No,Action,Measure,Milestones,Lead,Due\n1.1,Open a café,Carers coming,,RCCG,2025-03-31\n",
    );
    // Rename two headings in the sheet's shared strings, as a person might.
    let files: Vec<(String, Vec<u8>)> = unzip(&workbook(&[&plan]))
        .into_iter()
        .map(|(name, content)| {
            let content = if name == "xl/sharedStrings.xml" {
                String::from_utf8_lossy(&content)
                    .replace("Outcome measure", "Notes")
                    .replace("Key Milestones", "Colour")
                    .into_bytes()
            } else {
                content
            };
            (name, content)
        })
        .collect();
    let error = read_plan(&rezip(&files), None, &mut counter()).err();
    let Some(XlsxError::Table {
        sheet,
        source: TableError::MissingColumns { missing, .. },
    }) = &error
    else {
        panic!("expected missing columns, got {error:?}");
    };
    assert_eq!(sheet, "Imported action plan");
    assert_eq!(missing, &["Outcome measure", "Key Milestones"]);
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.starts_with(
            "sheet \"Imported action plan\": missing required columns: \"Outcome measure\", \
             \"Key Milestones\"; the headers found were: \"No\", \"How we will do this\", \"Notes\""
        ),
        "{message}"
    );
}

#[test]
fn a_damaged_workbook_is_refused_as_damaged() {
    let bytes = workbook(&[&from_csv(JOINT_ACTION_PLAN)]);
    // Cut off: the zip's directory, at the end, is gone.
    let cut = &bytes[..bytes.len() / 2];
    let error = read_plan(cut, None, &mut counter()).err();
    assert!(
        matches!(error, Some(XlsxError::Corrupt { .. })),
        "{error:?}"
    );
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.starts_with("the workbook is damaged"), "{message}");

    // Whole, but the sheet's XML is not XML.
    let files: Vec<(String, Vec<u8>)> = unzip(&bytes)
        .into_iter()
        .map(|(name, content)| {
            if name == "xl/worksheets/sheet1.xml" {
                (
                    name,
                    b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></row"
                        .to_vec(),
                )
            } else {
                (name, content)
            }
        })
        .collect();
    let error = read_plan(&rezip(&files), None, &mut counter()).err();
    assert!(
        matches!(error, Some(XlsxError::Corrupt { .. })),
        "{error:?}"
    );
}

#[test]
fn a_password_protected_workbook_asks_for_the_password_to_be_removed() {
    let error = read_plan(PASSWORD_PROTECTED, None, &mut counter()).err();
    assert_eq!(error, Some(XlsxError::Encrypted));
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("protected with a password"), "{message}");
    assert!(message.contains("remove the password"), "{message}");
}

#[test]
fn a_csv_file_is_not_taken_for_a_workbook() {
    let error = read_plan(JOINT_ACTION_PLAN.as_bytes(), None, &mut counter()).err();
    assert!(
        matches!(&error, Some(XlsxError::NotXlsx { seen: Some(s) }) if s.starts_with("text")),
        "{error:?}"
    );
}

#[test]
fn a_cell_far_to_the_right_is_refused_not_allocated() {
    let bytes = workbook(&[&from_csv(JOINT_ACTION_PLAN)]);
    let files: Vec<(String, Vec<u8>)> = unzip(&bytes)
        .into_iter()
        .map(|(name, content)| {
            if name == "xl/worksheets/sheet1.xml" {
                let xml = String::from_utf8_lossy(&content).replacen(
                    "</sheetData>",
                    "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>",
                    1,
                );
                (name, xml.into_bytes())
            } else {
                (name, content)
            }
        })
        .collect();
    let error = read_plan(&rezip(&files), None, &mut counter()).err();
    assert_eq!(
        error.map(|e| e.to_string()).as_deref(),
        Some(
            "sheet \"Imported action plan\", row 1048576: there is text beyond column 200; an \
             action table is read from its first 200 columns, so move or delete that text"
        )
    );
}

#[test]
fn the_sheet_has_a_frozen_header_filters_and_rag_cells_filled_with_their_word() {
    let plan = from_csv(
        "No,Action,Measure,Milestones,Lead,Due,RAG\n\
         1,=SUM(A1),Count,,RCCG,2025-03-31,Red\n\
         2,Second,Count,,RCCG,2025-03-31,Amber: waiting\n\
         3,Third,Count,,RCCG,2025-03-31,Green\n",
    );
    let files = unzip(&workbook(&[&plan]));
    let text = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| String::from_utf8_lossy(c).into_owned())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    // Read as XML text, not through the writer: what a spreadsheet will find.
    let sheet = text("xl/worksheets/sheet1.xml");
    assert!(sheet.contains("state=\"frozen\""), "{sheet}");
    assert!(sheet.contains("<autoFilter ref=\"A1:J4\"/>"), "{sheet}");
    assert!(!sheet.contains("<f>"), "text is never a formula: {sheet}");
    let styles = text("xl/styles.xml");
    for fill in ["FFFF0000", "FFFFC000", "FF00B050"] {
        assert!(styles.contains(fill), "{fill} in {styles}");
    }
    let strings = text("xl/sharedStrings.xml");
    for word in ["Red", "Amber: waiting", "Green", "=SUM(A1)"] {
        assert!(
            strings.contains(&format!(">{word}<")),
            "{word} in {strings}"
        );
    }
}

#[test]
fn a_workbook_that_would_unpack_to_gigabytes_is_refused_before_unpacking() {
    // 300 MB of one byte deflates to a few hundred kilobytes.
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    writer
        .start_file(
            "xl/sharedStrings.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let block = vec![b'a'; 1024 * 1024];
    for _ in 0..300 {
        writer.write_all(&block).unwrap_or_else(|e| panic!("{e}"));
    }
    let bytes = writer
        .finish()
        .map(Cursor::into_inner)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(bytes.len() < 2 * 1024 * 1024, "{}", bytes.len());
    let error = read_plan(&bytes, None, &mut counter()).err();
    assert!(
        matches!(error, Some(XlsxError::TooLargeUnpacked { bytes, .. }) if bytes == 300 * 1024 * 1024),
        "{error:?}"
    );
}
