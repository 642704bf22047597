//! Councils keep action plans in Excel. This crate writes plans as `.xlsx`
//! workbooks and reads an action table back from one, through cares-core's table
//! rules: the same columns, cells and reading as the CSV (`cares_core::table`), so
//! a workbook made from a plan imports back to the same actions and audit.
//!
//! ```
//! use cares_core::framework::Framework;
//! use cares_core::table::import_actions;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let csv = "No,Action,Measure,Milestones,Lead,Due,RAG\n\
//!            YC7,Sample young carers,Number sampled,,CYPS Sean Hill,December 2018,Amber\n";
//! let mut n = 0;
//! let mut ids = || { n += 1; uuid::Uuid::from_u128(n) };
//! let plan = import_actions(csv, &mut ids)?.plan;
//! let workbook = cares_xlsx::write_plans(&[&plan], &Framework::borough_that_cares_2022_25())?;
//! let back = cares_xlsx::read_plan(&workbook, None, &mut ids)?;
//! assert_eq!(back.sheet, "Imported action plan");
//! assert_eq!(back.imported.plan.actions[0].what, "Sample young carers");
//! # Ok(()) }
//! ```
//!
//! What it writes (`writing.rs`): one sheet per plan, named from the plan's title,
//! holding the columns of the council workbook (section or theme, number, action,
//! measure, milestones, lead officer and organisation, commenced, completion or
//! due date, Status (RAG), evidence); the RAG cell filled red, amber, green or blue
//! (complete) with its word still written in it, for anyone who cannot tell the
//! colours apart; the header row frozen and filters on.
//!
//! What it reads (`reading.rs`): the first sheet, or one named; each row's cells
//! as text (numbers as written, dates as `2026-06-30`) with the sheet's own row
//! numbers, handed to `cares_core::table::import_rows`. Whatever stops a read is an
//! [`XlsxError`] that says what and where, and names the way out.
//!
//! It does not read `.xls` (Excel 97-2003), `.ods`, formulas (their last
//! computed values are read), comments or formatting; it never decrypts a
//! workbook protected with a password.

mod reading;
mod writing;

pub use reading::{ReadPlan, read_plan, sheet_names};
pub use writing::write_plans;

use cares_core::document::FileAdvice;
use cares_core::table::TableError;
use cares_core::wording::Wording;

/// Why a workbook could not be written or read. Nothing is imported when there is
/// one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum XlsxError {
    /// The file is bigger than a table may be.
    #[error("the workbook is {bytes} bytes; the most that can be imported is {limit} bytes")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit, `cares_core::table::MAX_TABLE_BYTES`.
        limit: usize,
    },
    /// The workbook's parts would unpack to more than can be read.
    #[error(
        "the workbook unpacks to {bytes} bytes; the most that can be read is {limit} bytes, \
         so save the action table on its own in a smaller workbook"
    )]
    TooLargeUnpacked {
        /// What its parts declare, added up.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The bytes are not an `.xlsx` workbook at all.
    #[error(
        "the file is not an Excel workbook (.xlsx){}; save it from your spreadsheet as \
         \"Excel Workbook (.xlsx)\" and try again",
        .seen.as_deref().map(|s| format!(": it looks like {s}")).unwrap_or_default()
    )]
    NotXlsx {
        /// What it looks like instead, when that can be told: "an Excel 97-2003
        /// workbook (.xls)", "text".
        seen: Option<String>,
    },
    /// The workbook is protected with a password (encrypted), so it cannot be read.
    #[error(
        "the workbook is protected with a password, so cares cannot read it; open it in \
         your spreadsheet, remove the password (in Excel: File, Info, Protect Workbook, \
         Encrypt with Password, and clear it), save it and try again"
    )]
    Encrypted,
    /// The file starts as a workbook does but its inside is damaged.
    #[error(
        "the workbook is damaged and could not be read ({detail}); open it in your \
         spreadsheet, save it again as .xlsx and try again"
    )]
    Corrupt {
        /// What the reader found, in its words.
        detail: String,
    },
    /// No sheet has the name asked for.
    #[error("there is no sheet called \"{name}\"; the sheets are: {}", quoted(.sheets))]
    NoSuchSheet {
        /// The name asked for.
        name: String,
        /// The sheets the workbook has, in order.
        sheets: Vec<String>,
    },
    /// A sheet has text further right than a table is read.
    #[error(
        "sheet \"{sheet}\", row {row}: there is text beyond column {limit}; an action \
         table is read from its first {limit} columns, so move or delete that text"
    )]
    TooWide {
        /// The sheet's name.
        sheet: String,
        /// The row of the first such cell (from 1).
        row: u64,
        /// How many columns are read.
        limit: u32,
    },
    /// The workbook has no sheets.
    #[error("the workbook has no sheets")]
    NoSheets,
    /// The sheet was read but its table could not be imported.
    #[error("sheet \"{sheet}\": {source}")]
    Table {
        /// The sheet's name.
        sheet: String,
        /// What the table reader said; its lines are the sheet's row numbers.
        source: TableError,
    },
    /// Writing the workbook failed.
    #[error("the workbook could not be written: {detail}")]
    Write {
        /// What the writer said.
        detail: String,
    },
}

impl XlsxError {
    /// What a person who picked this workbook is told: what is wrong with it and
    /// what to do, in a spreadsheet user's words (a sheet's table problems as the
    /// CSV reader words them). The error's own message is the detail.
    #[must_use]
    pub fn advice(&self) -> FileAdvice {
        let advice =
            |id: &str, english: &str| FileAdvice::new(Wording::new(id), english, self.to_string());
        match self {
            XlsxError::TooLarge { .. } | XlsxError::TooLargeUnpacked { .. } => advice(
                "file-workbook-too-large",
                "This workbook is too large to open. Save the action table on its own in a new workbook and open that.",
            ),
            XlsxError::NotXlsx { .. } => advice(
                "file-workbook-not-xlsx",
                "This is not an Excel workbook (.xlsx). In your spreadsheet program, save it as “Excel Workbook (.xlsx)” and open that.",
            ),
            XlsxError::Encrypted => advice(
                "file-workbook-password",
                "This workbook is protected with a password, so cares cannot read it. Remove the password in your spreadsheet program, save it, and open it again.",
            ),
            XlsxError::Corrupt { .. } | XlsxError::Write { .. } => advice(
                "file-workbook-damaged",
                "This workbook is damaged. Open it in your spreadsheet program, save it again as .xlsx, and open that.",
            ),
            XlsxError::NoSuchSheet { .. } | XlsxError::NoSheets => advice(
                "file-workbook-no-sheet",
                "This workbook has no sheet of actions. Put the action table on its first sheet and open it again.",
            ),
            XlsxError::TooWide { sheet, row, .. } => FileAdvice::new(
                Wording::new("file-workbook-too-wide")
                    .text("sheet", sheet.clone())
                    .text("row", row.to_string()),
                format!(
                    "Row {row} of the sheet “{sheet}” has text far to the right of the action table. Move or delete that text, save, and open the workbook again."
                ),
                self.to_string(),
            ),
            XlsxError::Table { source, .. } => FileAdvice {
                detail: self.to_string(),
                ..source.advice()
            },
        }
    }
}

fn quoted(names: &[String]) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
