//! A sheet read into rows of text cells with the sheet's row numbers, then handed
//! to the core's table reader. The file is looked at first so that a password-
//! protected workbook, an old `.xls` or a file that is no workbook at all gets
//! its own plain message instead of a zip reader's.
//!
//! Cells are streamed and held only up to the core's limits, so a sheet whose
//! last cell sits far away (a crafted "XFD1048576") is refused, not allocated.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};
use cares_core::table::{
    ImportedPlan, MAX_ROWS, MAX_TABLE_BYTES, TableError, TableRow, import_rows,
};
use uuid::Uuid;

use crate::XlsxError;

/// The most columns read from a sheet; a cell further right is refused. Council
/// tables have a dozen.
pub(crate) const MAX_COLUMNS: u32 = 200;

/// The most bytes a workbook's parts may unpack to, as their sizes are declared
/// in the archive: a council's table unpacks to a few megabytes, a "zip bomb"
/// to gigabytes.
const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// How many rows above the header the core looks through, on top of
/// [`MAX_ROWS`], so a sheet within the core's limits is never refused here.
const ROWS_ABOVE_HEADER: usize = 20;

/// A plan read from one sheet of a workbook.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReadPlan {
    /// The sheet it was read from.
    pub sheet: String,
    /// The plan and the warnings, whose lines are the sheet's row numbers.
    pub imported: ImportedPlan,
}

/// The names of a workbook's sheets, in order.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, XlsxError> {
    Ok(open(bytes)?.sheet_names())
}

/// Reads the action table on a workbook's first sheet, or on the sheet named
/// `sheet` (its name as the tab shows it, ignoring case), by the rules of
/// `cares_core::table::import_actions`. `ids` mints the plan's, sections' and
/// actions' ids in order of appearance.
pub fn read_plan(
    bytes: &[u8],
    sheet: Option<&str>,
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ReadPlan, XlsxError> {
    let mut workbook = open(bytes)?;
    let sheets = workbook.sheet_names();
    let name = match sheet {
        None => sheets.first().cloned().ok_or(XlsxError::NoSheets)?,
        Some(wanted) => sheets
            .iter()
            .find(|s| s.as_str() == wanted)
            .or_else(|| sheets.iter().find(|s| s.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| XlsxError::NoSuchSheet {
                name: wanted.to_owned(),
                sheets: sheets.clone(),
            })?,
    };
    let rows = sheet_rows(&mut workbook, &name)?;
    let imported = import_rows(rows, ids).map_err(|source| XlsxError::Table {
        sheet: name.clone(),
        source,
    })?;
    Ok(ReadPlan {
        sheet: name,
        imported,
    })
}

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, XlsxError> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(XlsxError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_TABLE_BYTES,
        });
    }
    look_at(bytes)?;
    check_unpacked_size(bytes)?;
    Xlsx::new(Cursor::new(bytes)).map_err(|error| match error {
        calamine::XlsxError::FileNotFound(_) => XlsxError::NotXlsx {
            seen: Some("a zip archive that holds no workbook".to_owned()),
        },
        other => corrupt(&other),
    })
}

/// What the first bytes say the file is, before a zip reader is asked.
fn look_at(bytes: &[u8]) -> Result<(), XlsxError> {
    const ZIP: &[u8] = b"PK\x03\x04";
    // Office's "compound file": an encrypted workbook, or an old .xls/.doc.
    const COMPOUND: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(ZIP) {
        return Ok(());
    }
    if bytes.starts_with(COMPOUND) {
        // An encrypted workbook is a compound file holding a stream named
        // "EncryptedPackage" (its directory names are UTF-16).
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
            return Err(XlsxError::Encrypted);
        }
        return Err(XlsxError::NotXlsx {
            seen: Some("an Excel 97-2003 workbook (.xls) or another older Office file".to_owned()),
        });
    }
    let seen = if bytes.is_empty() {
        Some("an empty file".to_owned())
    } else if std::str::from_utf8(bytes).is_ok() {
        Some("text; a CSV table is imported as .csv".to_owned())
    } else {
        None
    };
    Err(XlsxError::NotXlsx { seen })
}

/// Refuses a workbook whose parts would unpack to more than
/// [`MAX_UNPACKED_BYTES`], before any is unpacked.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), XlsxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        let text = e.to_string();
        XlsxError::Corrupt {
            detail: lowercase_first(&text),
        }
    })?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let size = archive
            .by_index_raw(index)
            .map(|part| part.size())
            .map_err(|e| XlsxError::Corrupt {
                detail: lowercase_first(&e.to_string()),
            })?;
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(XlsxError::TooLargeUnpacked {
            bytes: total,
            limit: MAX_UNPACKED_BYTES,
        });
    }
    Ok(())
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn corrupt(error: &calamine::XlsxError) -> XlsxError {
    XlsxError::Corrupt {
        detail: lowercase_first(&error.to_string()),
    }
}

/// The sheet's rows, numbered as the sheet numbers them, each cell as text.
fn sheet_rows(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Vec<TableRow>, XlsxError> {
    let mut reader = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| corrupt(&e))?;
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    while let Some(cell) = reader.next_cell().map_err(|e| corrupt(&e))? {
        let (row, col) = cell.get_position();
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        if col >= MAX_COLUMNS {
            return Err(XlsxError::TooWide {
                sheet: name.to_owned(),
                row: u64::from(row) + 1,
                limit: MAX_COLUMNS,
            });
        }
        if !rows.contains_key(&row) && rows.len() > MAX_ROWS + ROWS_ABOVE_HEADER {
            return Err(XlsxError::Table {
                sheet: name.to_owned(),
                source: TableError::TooManyRows { limit: MAX_ROWS },
            });
        }
        let cells = rows.entry(row).or_default();
        let at = usize::try_from(col).unwrap_or(usize::MAX);
        if cells.len() <= at {
            cells.resize(at + 1, String::new());
        }
        cells[at] = text;
    }
    Ok(rows
        .into_iter()
        .map(|(row, cells)| TableRow {
            line: u64::from(row) + 1,
            cells,
        })
        .collect())
}

/// A cell as the person sees it: numbers as written ("3", "1.5"), a date as
/// `2026-06-30` (with the time when it has one), TRUE/FALSE, an error as Excel
/// shows it ("#N/A").
fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(at) => match at.as_datetime() {
            Some(at) if at.time() == chrono::NaiveTime::MIN => at.date().to_string(),
            Some(at) => at.format("%Y-%m-%d %H:%M").to_string(),
            None => at.as_f64().to_string(),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(cell_text(&DataRef::Float(3.0)), "3");
        assert_eq!(cell_text(&DataRef::Float(1.1)), "1.1");
        assert_eq!(cell_text(&DataRef::Float(-0.5)), "-0.5");
        assert_eq!(cell_text(&DataRef::Int(12)), "12");
        assert_eq!(cell_text(&DataRef::Bool(true)), "TRUE");
    }

    #[test]
    fn files_that_are_not_workbooks_say_what_they_look_like() {
        let text = look_at(b"No,Action\n1,Do it\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            text.as_deref(),
            Some(
                "the file is not an Excel workbook (.xlsx): it looks like text; a CSV table \
                 is imported as .csv; save it from your spreadsheet as \"Excel Workbook \
                 (.xlsx)\" and try again"
            )
        );
        let mut old = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        old.extend_from_slice(&[0; 600]);
        assert!(matches!(
            look_at(&old),
            Err(XlsxError::NotXlsx { seen: Some(s) }) if s.contains(".xls")
        ));
        assert!(matches!(
            look_at(b""),
            Err(XlsxError::NotXlsx { seen: Some(s) }) if s == "an empty file"
        ));
    }
}
