//! Plans written as a workbook: one sheet per plan, each the core's exported table
//! (`cares_core::table::export_rows`), so a sheet imports back as the CSV does.
//!
//! One sheet per plan rather than one table with a plan column: a council keeps a
//! tab per locality, each tab is then a whole action table that `cares import
//! --sheet NAME` reads on its own, and the core's table has no plan column to read
//! back.

use cares_core::framework::Framework;
use cares_core::plan::{ActionPlan, Status};
use cares_core::table::{Column, export_rows};
use chrono::Datelike;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use crate::XlsxError;

/// The most characters Excel allows in a sheet name.
const SHEET_NAME_CHARS: usize = 31;

/// Writes plans as an `.xlsx` workbook, one sheet per plan in the order given,
/// each named from its plan's title (shortened to Excel's 31 characters, without
/// the characters Excel refuses, made unique). Columns and cells are those of
/// `cares_core::table::export_actions`; a cell holding one date (`2026-06-30`)
/// is written as a date, so a spreadsheet sorts and filters it as one. The
/// "Status (RAG)" cell is filled in its colour and keeps its word.
pub fn write_plans(plans: &[&ActionPlan], framework: &Framework) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let mut names: Vec<String> = Vec::new();
    for plan in plans {
        let name = sheet_name(&plan.title, &names);
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name).map_err(write_error)?;
        write_sheet(sheet, plan, framework)?;
        names.push(name);
    }
    if plans.is_empty() {
        // A workbook needs a sheet; an empty one says there is nothing.
        let sheet = workbook.add_worksheet();
        sheet
            .write_string(0, 0, "There are no action plans in this document.")
            .map_err(write_error)?;
    }
    workbook.save_to_buffer().map_err(write_error)
}

fn write_error(error: rust_xlsxwriter::XlsxError) -> XlsxError {
    XlsxError::Write {
        detail: error.to_string(),
    }
}

fn write_sheet(
    sheet: &mut Worksheet,
    plan: &ActionPlan,
    framework: &Framework,
) -> Result<(), XlsxError> {
    let table = export_rows(plan, framework);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border_bottom(FormatBorder::Thin);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date = text.clone().set_num_format("yyyy-mm-dd");
    let heading_row = text.clone().set_bold();

    for (col, column) in table.columns.iter().enumerate() {
        let col = column_number(col)?;
        sheet
            .write_string_with_format(0, col, column.heading(), &header)
            .map_err(write_error)?;
        sheet
            .set_column_width(col, width(*column))
            .map_err(write_error)?;
    }
    for (index, row) in table.rows.iter().enumerate() {
        let at = u32::try_from(index + 1).map_err(|_| XlsxError::Write {
            detail: "the plan has more rows than a sheet holds".to_owned(),
        })?;
        for (col, (column, cell)) in table.columns.iter().zip(&row.cells).enumerate() {
            let col = column_number(col)?;
            let plain = if row.status.is_some() {
                &text
            } else {
                &heading_row
            };
            if *column == Column::Status
                && let Some(fill) = row.status.and_then(rag_fill)
            {
                let format = plain.clone().set_background_color(fill);
                sheet.write_string_with_format(at, col, cell, &format)
            } else if let Some(day) = single_date(cell) {
                sheet.write_datetime_with_format(at, col, day, &date)
            } else {
                sheet.write_string_with_format(at, col, cell, plain)
            }
            .map_err(write_error)?;
        }
    }
    let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
    let last_col = column_number(table.columns.len().saturating_sub(1))?;
    sheet.set_freeze_panes(1, 0).map_err(write_error)?;
    sheet
        .autofilter(0, 0, last_row, last_col)
        .map_err(write_error)?;
    Ok(())
}

fn column_number(index: usize) -> Result<u16, XlsxError> {
    u16::try_from(index).map_err(|_| XlsxError::Write {
        detail: "too many columns".to_owned(),
    })
}

/// The fill of a rating's cell. Black text reads on each of them (contrast of
/// at least 5:1); "Not started" has none.
fn rag_fill(status: Status) -> Option<Color> {
    match status {
        Status::Red => Some(Color::RGB(0xFF0000)),
        Status::Amber => Some(Color::RGB(0xFFC000)),
        Status::Green => Some(Color::RGB(0x00B050)),
        Status::Complete => Some(Color::RGB(0x00B0F0)),
        _ => None,
    }
}

/// A cell that is exactly one day as the core writes it ("2026-06-30").
fn single_date(cell: &str) -> Option<ExcelDateTime> {
    if cell.len() != 10 {
        return None;
    }
    let day = cares_core::calendar::iso_day::parse(cell)?;
    let year = u16::try_from(day.year()).ok()?;
    let month = u8::try_from(day.month()).ok()?;
    let date = u8::try_from(day.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, date).ok()
}

fn width(column: Column) -> f64 {
    match column {
        Column::Reference | Column::Commenced => 11.0,
        Column::Status => 14.0,
        Column::Timescale | Column::LeadPerson | Column::LeadOrganisation => 20.0,
        Column::Area | Column::Section => 24.0,
        _ => 40.0,
    }
}

/// A sheet name Excel accepts, unique among `taken` (compared ignoring case, as
/// Excel does).
fn sheet_name(title: &str, taken: &[String]) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned = cleaned.trim_matches('\'').trim();
    let base = if cleaned.is_empty() || cleaned.eq_ignore_ascii_case("history") {
        "Plan".to_owned()
    } else {
        cleaned.to_owned()
    };
    let is_taken = |name: &str| taken.iter().any(|t| t.eq_ignore_ascii_case(name));
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" ({n})")
        };
        let keep = SHEET_NAME_CHARS - suffix.chars().count();
        let stem: String = base.chars().take(keep).collect();
        let name = format!("{}{suffix}", stem.trim_end());
        if !is_taken(&name) {
            return name;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts_and_unique() {
        let taken = vec!["Maltby".to_owned()];
        assert_eq!(sheet_name("Maltby", &taken), "Maltby (2)");
        assert_eq!(sheet_name("MALTBY", &taken), "MALTBY (2)");
        assert_eq!(
            sheet_name("Plan: 2024/25 [draft]?", &[]),
            "Plan 2024 25 draft"
        );
        assert_eq!(sheet_name("  ", &[]), "Plan");
        assert_eq!(sheet_name("History", &[]), "Plan");
        let long = "Joint Action Plan for Carers 2013-16, Rotherham";
        assert_eq!(sheet_name(long, &[]).chars().count(), 31);
        let first = sheet_name(long, &[]);
        let second = sheet_name(long, std::slice::from_ref(&first));
        assert_ne!(first, second);
        assert_eq!(second.chars().count(), 31);
    }

    #[test]
    fn only_a_whole_day_is_written_as_a_date() {
        assert!(single_date("2026-06-30").is_some());
        assert!(single_date("2026-06-30\nReview 2026-01-01").is_none());
        assert!(single_date("End March 2013").is_none());
        assert!(single_date("2026-13-01").is_none());
    }
}
