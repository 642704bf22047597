//! Reading a table into rows of cells, and the one path from rows to a plan: CSV
//! text is split into records here; a spreadsheet's rows come in already split
//! ([`import_rows`]). Both then go through the same header search, limits, column
//! matching and building.

use uuid::Uuid;

use super::building::Builder;
use super::columns::{Layout, find_header};
use super::{
    HEADER_SEARCH_ROWS, ImportWarning, ImportedPlan, MAX_CELL_CHARS, MAX_ROWS, MAX_TABLE_BYTES,
    TableError, shorten,
};
use crate::wording::Wording;

/// Reads a table given as bytes: checks the size, removes a byte-order mark, and
/// refuses text that is not UTF-8 (saying on which line), then [`import_actions`].
pub fn import_actions_from_bytes(
    bytes: &[u8],
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ImportedPlan, TableError> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(TableError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_TABLE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to();
        let line = 1 + bytes[..byte].iter().filter(|b| **b == b'\n').count() as u64;
        TableError::NotUtf8 { line, byte }
    })?;
    import_actions(text, ids)
}

/// Reads a council action plan table (CSV text) into a plan. The rules are in the
/// [module documentation](crate::table). `ids` mints the plan's, sections' and actions' ids,
/// in that order of appearance.
///
/// ```
/// use cares_core::table::import_actions;
/// use cares_core::plan::Status;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let csv = "\
/// No,How we will do this,Outcome measure,Key Milestones,Lead officer / Organisation,Completion / Review Date
/// 1.0,Charter commitment: we will work with GPs,,,,
/// 1.1,Gain approval of the plan,All partners signed up,End March 2013,RCCG Julie Wisken,Complete
/// ";
/// let mut n = 0;
/// let imported = import_actions(csv, &mut || { n += 1; uuid::Uuid::from_u128(n) })?;
/// let action = &imported.plan.actions[0];
/// assert_eq!(action.reference.as_deref(), Some("1.1"));
/// assert_eq!(action.lead.organisation.as_deref(), Some("RCCG"));
/// assert_eq!(action.lead.person.as_deref(), Some("Julie Wisken"));
/// assert_eq!(action.status(), Status::Complete);
/// assert!(action.evidence.is_empty());
/// assert_eq!(action.links.charter_commitment.as_deref(), Some("we will work with GPs"));
/// # Ok(()) }
/// ```
pub fn import_actions(
    csv_text: &str,
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ImportedPlan, TableError> {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    if text.len() > MAX_TABLE_BYTES {
        return Err(TableError::TooLarge {
            bytes: text.len(),
            limit: MAX_TABLE_BYTES,
        });
    }
    let rows = read_rows(text)?;
    plan_from_rows(&rows, ids)
}

/// One row of a table already split into cells, as a spreadsheet holds it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableRow {
    /// The row's number in its sheet (from 1); errors and warnings give it as the
    /// line, and every cell of the row is on it.
    pub line: u64,
    /// The cells from the first column on, as text.
    pub cells: Vec<String>,
}

/// Reads a table given as rows already split into cells (a spreadsheet's sheet)
/// into a plan, by the same rules as [`import_actions`]: header search, column
/// matching, limits and building are shared. Blank rows are skipped; a row shorter
/// than the widest is read as if its missing cells were empty, as a spreadsheet
/// shows it.
///
/// ```
/// use cares_core::table::{TableRow, import_rows};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let row = |line, cells: &[&str]| TableRow {
///     line,
///     cells: cells.iter().map(|c| c.to_string()).collect(),
/// };
/// let rows = vec![
///     row(1, &["No", "Action", "Measure", "Milestones", "Lead", "Due"]),
///     row(3, &["YC7", "Sample young carers", "Number sampled", "", "CYPS Sean Hill", "December 2018"]),
/// ];
/// let mut n = 0;
/// let imported = import_rows(rows, &mut || { n += 1; uuid::Uuid::from_u128(n) })?;
/// assert_eq!(imported.plan.actions[0].reference.as_deref(), Some("YC7"));
/// assert_eq!(imported.plan.actions[0].lead.person.as_deref(), Some("Sean Hill"));
/// # Ok(()) }
/// ```
pub fn import_rows(
    rows: impl IntoIterator<Item = TableRow>,
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ImportedPlan, TableError> {
    let mut kept: Vec<Row> = Vec::new();
    let mut bytes = 0usize;
    for TableRow { line, cells } in rows {
        let row = Row {
            line,
            cells,
            numbering: Numbering::Rows,
        };
        if row.is_blank() {
            continue;
        }
        bytes = row
            .cells
            .iter()
            .fold(bytes, |sum, c| sum.saturating_add(c.len()));
        if bytes > MAX_TABLE_BYTES {
            return Err(TableError::TooLarge {
                bytes,
                limit: MAX_TABLE_BYTES,
            });
        }
        admit(&row, kept.len())?;
        kept.push(row);
    }
    let width = kept.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    for row in &mut kept {
        row.cells.resize(width, String::new());
    }
    plan_from_rows(&kept, ids)
}

/// The one path from rows to a plan, for CSV and spreadsheet rows alike.
fn plan_from_rows(rows: &[Row], ids: &mut dyn FnMut() -> Uuid) -> Result<ImportedPlan, TableError> {
    let mut warnings = Vec::new();
    let header_at = find_header(rows)?;
    let header = &rows[header_at];
    let layout = Layout::new(header, &mut warnings);
    for above in &rows[..header_at] {
        let words = above
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty());
        let text: Vec<&str> = words.collect();
        if !text.is_empty() {
            let text = shorten(&text.join(" "));
            warnings.push(ImportWarning {
                line: above.line,
                column: None,
                message: format!("text above the header row was not imported: \"{text}\""),
                wording: Wording::new("core-import-above-header").text("text", text),
            });
        }
    }
    let data = &rows[header_at + 1..];
    if data.len() > MAX_ROWS {
        return Err(TableError::TooManyRows { limit: MAX_ROWS });
    }
    for row in data {
        if row.cells.len() != header.cells.len() {
            return Err(TableError::RaggedRow {
                line: row.line,
                found: row.cells.len(),
                expected: header.cells.len(),
            });
        }
    }

    let mut builder = Builder::new(ids, layout, warnings);
    for row in data {
        builder.row(row);
    }
    Ok(builder.finish())
}

/// How a row's place is counted: CSV lines, where a cell after a multi-line cell
/// starts further down, or a sheet's rows, where every cell of a row is on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Lines,
    Rows,
}

/// One row with the line it starts on.
pub(super) struct Row {
    pub(super) line: u64,
    pub(super) cells: Vec<String>,
    numbering: Numbering,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }

    /// The line a cell starts on: in CSV the record's line plus the line breaks
    /// before it; in a sheet the row's own number.
    pub(super) fn line_of(&self, index: usize) -> u64 {
        if self.numbering == Numbering::Rows {
            return self.line;
        }
        let breaks: usize = self
            .cells
            .iter()
            .take(index)
            .map(|c| c.matches('\n').count())
            .sum();
        self.line + breaks as u64
    }
}

fn sniff_delimiter(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let count = |c: char| first.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn read_rows(text: &str) -> Result<Vec<Row>, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let more = reader.read_record(&mut record).map_err(|e| {
            let line = e
                .position()
                .map(csv::Position::line)
                .unwrap_or_else(|| reader.position().line());
            TableError::Csv {
                line,
                message: csv_message(&e),
            }
        })?;
        if !more {
            break;
        }
        let line = record
            .position()
            .map_or_else(|| reader.position().line(), csv::Position::line);
        let row = Row {
            line,
            cells: record.iter().map(str::to_owned).collect(),
            numbering: Numbering::Lines,
        };
        if row.is_blank() {
            continue;
        }
        admit(&row, rows.len())?;
        rows.push(row);
    }
    Ok(rows)
}

/// Refuses a row past the row limit or with a cell past the cell limit. The header
/// is searched for among the first rows, so the limit allows for them too, and is
/// checked as rows are read, before a huge table is held in memory.
fn admit(row: &Row, rows_before: usize) -> Result<(), TableError> {
    if rows_before > MAX_ROWS + HEADER_SEARCH_ROWS {
        return Err(TableError::TooManyRows { limit: MAX_ROWS });
    }
    for (index, cell) in row.cells.iter().enumerate() {
        let chars = cell.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(TableError::CellTooLong {
                line: row.line_of(index),
                column: format!("column {}", index + 1),
                chars,
                limit: MAX_CELL_CHARS,
            });
        }
    }
    Ok(())
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8".to_owned(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("the row has {len} cells but the header has {expected_len}"),
        _ => {
            let text = error.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}
