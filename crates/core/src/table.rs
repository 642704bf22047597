//! Council action plan tables in and out: [`import_actions`] reads a CSV table
//! (like Rotherham's Joint Action Plan for Carers 2013-16) into an [`ActionPlan`]
//! with warnings, and [`import_rows`] reads rows already split into cells (a
//! spreadsheet's sheet) by the same rules; [`export_actions`] writes a plan as a
//! table that reads back to the same actions, and [`export_rows`] gives the same
//! table as rows of cells. Pure: text in, values out, no files, no clock.
//!
//! The parts sit in their own files: `columns.rs` (which heading is which column,
//! finding the header row), `reading.rs` (CSV text into rows, limits, the one path
//! from rows to a plan), `building.rs` (rows into actions: sections, commitments,
//! continuations, dates, ratings, evidence), `leads.rs` ([`split_lead`]) and
//! `export.rs`.
//!
//! # How a table is read
//!
//! - **Columns** are found by their heading, ignoring case, punctuation and spaces,
//!   with synonyms (see [`Column::from_heading`]). "No", "How we will do this",
//!   "Outcome measure", "Key Milestones", a lead ("Lead officer / Organisation", or
//!   "Lead officer" and "Lead organisation" apart) and "Completion / Review Date"
//!   are required; "Area of focus", "Section", "Commenced", "Status (RAG)" and
//!   "Evidence" are optional. The header may sit below a title row; commas,
//!   semicolons or tabs may separate cells; a repeated header row is skipped.
//! - **Sections**: a value in the Section column starts a section (the same
//!   title later returns to it); an empty one keeps the current section. Without a
//!   Section column, a row with only a long text in the reference column is a
//!   section heading. References are unique only within a section.
//! - **Commitment headings**: a row whose text begins "Charter commitment", or
//!   whose reference ends in ".0" with nothing but text in it, is not an action: its
//!   text (without "Charter commitment:") becomes `links.charter_commitment` of the
//!   actions after it in that section. A ".0" row with a measure, lead or date is
//!   an action (Outcome 4 of the 2013-16 plan numbers its first action "1.0").
//! - **Rows without a reference**: with their own action text they are a new
//!   action with no reference; without it they continue the action above, whose
//!   cells they extend (more milestones, another lead, more dates).
//! - **Leads** in one column are split into organisation and person by
//!   [`split_lead`]; "Lead officer" and "Lead organisation" columns are taken as
//!   written.
//! - **Area of focus** is the number the cell starts with ("2: Creating
//!   Communities of Support", "Area of focus 2").
//! - **Milestones**: one per line, bullets removed, each with a date if its text
//!   holds one ([`parse_loose_date`](crate::timescale::parse_loose_date)).
//! - **Completion / Review Date** is kept as written; its dates become `due` and
//!   `review` ([`read_timescale`](crate::timescale::read_timescale)); "Complete"/"Completed" adds a Complete rating
//!   dated by the latest date in the cell. No evidence is ever invented.
//! - **Status (RAG)** lines add ratings ("Amber: waiting for guidance");
//!   **Evidence** paragraphs (separated by blank lines) add evidence;
//!   **Commenced** gives the first day of the period written.
//!
//! Anything that stops a faithful import is a [`TableError`] and no plan comes back;
//! anything read with doubt is an [`ImportWarning`].

use std::fmt;

use crate::document_error::FileAdvice;
use crate::plan::ActionPlan;
use crate::wording::Wording;

mod building;
mod columns;
mod export;
mod leads;
mod reading;

pub use columns::Column;
pub(crate) use export::guard;
pub use export::{ExportedRow, ExportedTable, export_actions, export_rows};
pub use leads::split_lead;
pub use reading::{TableRow, import_actions, import_actions_from_bytes, import_rows};

/// The most bytes a table may have.
pub const MAX_TABLE_BYTES: usize = 20 * 1024 * 1024;
/// The most rows (below the header) a table may have.
pub const MAX_ROWS: usize = 20_000;
/// The most characters one cell may hold.
pub const MAX_CELL_CHARS: usize = 10_000;

/// How many rows from the top are searched for the header row.
const HEADER_SEARCH_ROWS: usize = 20;

/// A plan read from a table, with what was read with doubt.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPlan {
    /// The plan: titled "Imported action plan" for the borough; set your own title.
    pub plan: ActionPlan,
    /// Things to check, in line order.
    pub warnings: Vec<ImportWarning>,
}

/// Something read with doubt: a date that could not be read, a column not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// The line of the table it is about (from 1).
    pub line: u64,
    /// The column's heading as written in the table, if it is about one cell.
    pub column: Option<String>,
    /// What was found, in plain words.
    pub message: String,
    /// The same as a catalogue id and arguments (`core-import-date` with `text`), for
    /// a front end to say in the reader's language; its British English is `message`.
    pub wording: Wording,
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, \"{}\": {}", self.line, column, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Why a table could not be imported. Nothing is imported when there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The table is bigger than [`MAX_TABLE_BYTES`].
    #[error("the table is {bytes} bytes; the most that can be imported is {limit} bytes")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not UTF-8 text.
    #[error(
        "line {line}: the table is not UTF-8 text (byte {byte} is not valid); \
         save it as \"CSV UTF-8\" and try again"
    )]
    NotUtf8 {
        /// The line of the first bad byte.
        line: u64,
        /// Its offset from the start, counting from 0.
        byte: usize,
    },
    /// There is nothing but blank lines.
    #[error("the table is empty: there is no header row")]
    Empty,
    /// Required columns are missing.
    #[error(
        "missing required columns: {}; the headers found were: {}",
        quoted(.missing),
        found_list(.found)
    )]
    MissingColumns {
        /// The headings of the missing columns, as [`Column::heading`] gives them.
        missing: Vec<String>,
        /// The headings found in the row taken as the header, as written.
        found: Vec<String>,
    },
    /// A row has more or fewer cells than the header.
    #[error("line {line}: the row has {found} cells but the header has {expected}")]
    RaggedRow {
        /// The line the row starts on.
        line: u64,
        /// How many cells it has.
        found: usize,
        /// How many the header has.
        expected: usize,
    },
    /// A cell is longer than [`MAX_CELL_CHARS`].
    #[error(
        "line {line}, column \"{column}\": the cell has {chars} characters; the most allowed is {limit}"
    )]
    CellTooLong {
        /// The line the cell starts on.
        line: u64,
        /// The column's heading, or "column N" where it has none.
        column: String,
        /// How many characters it has.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// More rows than [`MAX_ROWS`].
    #[error("the table has more than {limit} rows; split it into smaller tables")]
    TooManyRows {
        /// The limit.
        limit: usize,
    },
    /// The CSV itself could not be read (for example a stray quote).
    #[error("line {line}: the CSV could not be read: {message}")]
    Csv {
        /// The line where reading stopped.
        line: u64,
        /// What the CSV reader said.
        message: String,
    },
}

impl TableError {
    /// What a person who picked this table is told: what is wrong with it and what
    /// to do, in a spreadsheet user's words. The error's own message is the detail.
    #[must_use]
    pub fn advice(&self) -> FileAdvice {
        let advice =
            |id: &str, english: &str| FileAdvice::new(Wording::new(id), english, self.to_string());
        match self {
            TableError::TooLarge { .. } | TableError::TooManyRows { .. } => advice(
                "file-table-too-large",
                "This spreadsheet is too large for one plan. Split it into smaller spreadsheets and open each one.",
            ),
            TableError::NotUtf8 { .. } => advice(
                "file-table-not-utf8",
                "This spreadsheet was not saved as UTF-8 text. In your spreadsheet program, save it as “CSV UTF-8” and open that file.",
            ),
            TableError::Empty => advice(
                "file-table-empty",
                "This spreadsheet is empty. Check that you chose the right file.",
            ),
            TableError::MissingColumns { missing, .. } => {
                let names = missing
                    .iter()
                    .map(|name| format!("“{name}”"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let english = if missing.len() == 1 {
                    format!(
                        "This spreadsheet is not a table of actions: it has no {names} column. Put the column headings in its first row (a spreadsheet downloaded from cares has them all), then open it again."
                    )
                } else {
                    format!(
                        "This spreadsheet is not a table of actions: it has no {names} columns. Put the column headings in its first row (a spreadsheet downloaded from cares has them all), then open it again."
                    )
                };
                FileAdvice::new(
                    Wording::new("file-table-not-actions")
                        .text("columns", names)
                        .number("count", i64::try_from(missing.len()).unwrap_or(i64::MAX)),
                    english,
                    self.to_string(),
                )
            }
            TableError::RaggedRow { line, .. } | TableError::Csv { line, .. } => FileAdvice::new(
                Wording::new("file-table-row-broken").text("line", line.to_string()),
                format!(
                    "Line {line} of this spreadsheet does not line up with its column headings. Open it in your spreadsheet program, save it as CSV again, and open that."
                ),
                self.to_string(),
            ),
            TableError::CellTooLong { line, column, .. } => FileAdvice::new(
                Wording::new("file-table-cell-too-long")
                    .text("line", line.to_string())
                    .text("column", column.clone()),
                format!(
                    "A cell on line {line} (column “{column}”) is too long for cares. Shorten it, then open the file again."
                ),
                self.to_string(),
            ),
        }
    }
}

/// The headings found, at most twenty of them.
fn found_list(items: &[String]) -> String {
    const SHOWN: usize = 20;
    match items.len() {
        0 => "none".to_owned(),
        n if n > SHOWN => format!("{} and {} more", quoted(&items[..SHOWN]), n - SHOWN),
        _ => quoted(items),
    }
}

/// Headings quoted for a message: control characters shown as '�', long ones cut.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| {
            let shown: String = s
                .chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect();
            format!("\"{}\"", shorten(&shown))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn shorten(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 60 {
        let cut: String = flat.chars().take(57).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    }
}

#[cfg(test)]
mod tests;
