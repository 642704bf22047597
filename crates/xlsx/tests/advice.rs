//! The advice a person gets for a file that cannot be opened (a plan file, a CSV
//! table, a workbook): the British English the core and this crate write is the
//! catalogue's, word for word, for every kind of problem; and each advice keeps the
//! error's own message as its detail.

use cares_core::document::{DocumentError, FileAdvice};
use cares_core::table::TableError;
use cares_core::wording::WordingArg;
use cares_l10n::compile::compile;
use cares_l10n::native::NativeLocale;
use cares_l10n::{Args, SHIPPED};
use cares_xlsx::XlsxError;

fn every_advice() -> Vec<(String, FileAdvice)> {
    let documents = [
        DocumentError::TooLarge { bytes: 9, limit: 1 },
        DocumentError::TooDeep {
            line: 1,
            column: 400,
            limit: 128,
        },
        DocumentError::TextTooLong {
            line: 3,
            column: 9,
            chars: 30_000,
            limit: 20_000,
        },
        DocumentError::Syntax {
            line: 1,
            column: 1,
            message: "expected value".into(),
        },
        DocumentError::Syntax {
            line: 40,
            column: 3,
            message: "EOF while parsing an object".into(),
        },
        DocumentError::Syntax {
            line: 40,
            column: 3,
            message: "trailing comma".into(),
        },
        DocumentError::NotADocument {
            found: "missing".into(),
        },
        DocumentError::NewerVersion {
            found: 99,
            supported: 4,
        },
        DocumentError::Invalid {
            path: "content.plans[0]".into(),
            message: "not a plan".into(),
        },
    ];
    let tables = [
        TableError::TooLarge { bytes: 9, limit: 1 },
        TableError::NotUtf8 { line: 3, byte: 40 },
        TableError::Empty,
        TableError::MissingColumns {
            missing: vec!["Key Milestones".into()],
            found: vec!["Action".into()],
        },
        TableError::MissingColumns {
            missing: vec!["Action".into(), "Lead".into()],
            found: vec!["Name".into()],
        },
        TableError::RaggedRow {
            line: 1200,
            found: 3,
            expected: 6,
        },
        TableError::CellTooLong {
            line: 7,
            column: "Action".into(),
            chars: 20_000,
            limit: 10_000,
        },
        TableError::TooManyRows { limit: 20_000 },
        TableError::Csv {
            line: 4,
            message: "a stray quote".into(),
        },
    ];
    let workbooks = [
        XlsxError::TooLarge { bytes: 9, limit: 1 },
        XlsxError::NotXlsx {
            seen: Some("text".into()),
        },
        XlsxError::Encrypted,
        XlsxError::Corrupt {
            detail: "bad zip".into(),
        },
        XlsxError::NoSheets,
        XlsxError::TooWide {
            sheet: "Actions".into(),
            row: 12,
            limit: 40,
        },
        XlsxError::Table {
            sheet: "Actions".into(),
            source: TableError::Empty,
        },
    ];
    let mut all = Vec::new();
    all.extend(documents.iter().map(|e| (e.to_string(), e.advice())));
    all.extend(tables.iter().map(|e| (e.to_string(), e.advice())));
    all.extend(workbooks.iter().map(|e| (e.to_string(), e.advice())));
    all
}

#[test]
fn the_english_of_every_file_advice_is_the_catalogues() {
    let (tag, source) = SHIPPED[0];
    let english = compile(tag, "locales/en-GB.ftl", source).expect("the catalogue compiles");
    let locale = NativeLocale::new(&english);
    let mut ids = std::collections::BTreeSet::new();
    for (detail, advice) in every_advice() {
        let mut args = Args::new();
        for (name, value) in &advice.wording.args {
            match value {
                WordingArg::Text(text) => args.set(name, text.as_str()),
                WordingArg::Number(n) => args.set(name, *n),
                WordingArg::Date(day) => args.set(name, *day),
                _ => {}
            }
        }
        let id = &advice.wording.id;
        let from_catalogue = english
            .format(id, &args, &locale)
            .unwrap_or_else(|| panic!("{id} is not in locales/en-GB.ftl"));
        assert_eq!(from_catalogue, advice.message, "{id}");
        assert_eq!(
            advice.detail, detail,
            "{id}: the error's own words are the detail"
        );
        ids.insert(id.clone());
    }
    assert_eq!(ids.len(), 18, "every kind of advice is exercised: {ids:?}");
}
