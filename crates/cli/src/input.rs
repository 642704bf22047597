//! Reading what `cares` is given: a document (.json) or an action plan table
//! (.csv, or a sheet of an .xlsx workbook through cares-xlsx), size-limited
//! before it is read, turned into plans by cares-core.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use cares_core::document::{Content, Document, MAX_DOCUMENT_BYTES};
use cares_core::framework::Framework;
use cares_core::plan::ActionPlan;
use cares_core::table::{ImportWarning, MAX_TABLE_BYTES, import_actions_from_bytes};

use crate::error::CliError;

/// What was read: a title and the plans.
#[derive(Debug)]
pub struct Loaded {
    /// The document's title, or one made from the table's file name.
    pub title: String,
    /// The plans.
    pub plans: Vec<ActionPlan>,
    /// The framework the plans link to (the built-in one for a table).
    pub framework: Framework,
    /// What a table import read with doubt (none for a document).
    pub warnings: Vec<ImportWarning>,
}

/// Whether a file is a document or a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A cares document (JSON).
    Document,
    /// An action plan table (CSV).
    Table,
    /// An Excel workbook (.xlsx) holding an action plan table.
    Workbook,
}

/// Decides by the file's extension, or by its first bytes when the extension
/// says nothing (`{` starts a document, a zip archive or an Office compound file
/// is a workbook, for cares-xlsx to say what it holds).
pub fn kind_of(path: &Path, bytes: &[u8]) -> InputKind {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => InputKind::Document,
        "csv" | "tsv" | "txt" => InputKind::Table,
        "xlsx" | "xlsm" | "xls" => InputKind::Workbook,
        _ if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xd0\xcf\x11\xe0") => {
            InputKind::Workbook
        }
        _ => {
            let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            match text.iter().find(|b| !b.is_ascii_whitespace()) {
                Some(b'{') => InputKind::Document,
                _ => InputKind::Table,
            }
        }
    }
}

/// Reads a whole file, refusing one bigger than `limit` before reading it.
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, CliError> {
    let file = File::open(path).map_err(|e| CliError::io(path, "read it", e))?;
    let too_large = |bytes: u64| {
        CliError::input(
            path,
            format!(
                "the file is {bytes} bytes ({}), more than the {limit} bytes ({}) cares reads",
                megabytes(bytes),
                megabytes(limit as u64)
            ),
        )
    };
    let metadata = file
        .metadata()
        .map_err(|e| CliError::io(path, "read it", e))?;
    if metadata.is_dir() {
        return Err(CliError::io(
            path,
            "read it",
            std::io::Error::from(std::io::ErrorKind::IsADirectory),
        ));
    }
    if metadata.len() > limit as u64 {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::new();
    // The size can change between the check and the read; read at most one byte
    // past the limit to know.
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::io(path, "read it", e))?;
    if bytes.len() > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// "50 MB".
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// The most bytes read for a file of this name: a document's or a table's limit,
/// or the larger when the name does not say.
pub fn limit_for(path: &Path) -> usize {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => MAX_DOCUMENT_BYTES,
        "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" => MAX_TABLE_BYTES,
        _ => MAX_DOCUMENT_BYTES.max(MAX_TABLE_BYTES),
    }
}

/// Reads a document or a table into plans.
pub fn load(path: &Path) -> Result<Loaded, CliError> {
    let bytes = read_limited(path, limit_for(path))?;
    let content = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Err(CliError::input(path, "the file is empty"));
    }
    match kind_of(path, &bytes) {
        InputKind::Document => {
            let document = Document::from_json(&bytes).map_err(|e| CliError::input(path, e))?;
            let content = document.content();
            Ok(Loaded {
                title: content.title.clone(),
                plans: content.plans.clone(),
                framework: content.framework().into_owned(),
                warnings: Vec::new(),
            })
        }
        InputKind::Table | InputKind::Workbook => {
            let title = title_from(path);
            let (plan, warnings) = import_table(path, &bytes, &title, None)?;
            Ok(Loaded {
                title,
                plans: vec![plan],
                framework: Framework::borough_that_cares_2022_25(),
                warnings,
            })
        }
    }
}

/// Reads a document whole (its network, progress, assessments…), or a table as a
/// document holding its one plan.
pub fn load_content(path: &Path) -> Result<Content, CliError> {
    let bytes = read_limited(path, limit_for(path))?;
    match kind_of(path, &bytes) {
        InputKind::Document => Ok(load_document_bytes(path, &bytes)?.content().clone()),
        InputKind::Table | InputKind::Workbook => {
            let loaded = load(path)?;
            let mut content = Content::new(loaded.title);
            content.plans = loaded.plans;
            Ok(content)
        }
    }
}

/// Reads a cares document (JSON) with its edit log.
pub fn load_document(path: &Path) -> Result<Document, CliError> {
    let bytes = read_limited(path, MAX_DOCUMENT_BYTES)?;
    load_document_bytes(path, &bytes)
}

fn load_document_bytes(path: &Path, bytes: &[u8]) -> Result<Document, CliError> {
    let content = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Err(CliError::input(path, "the file is empty"));
    }
    Document::from_json(bytes).map_err(|e| CliError::input(path, e))
}

/// Imports a table (CSV, or a workbook's first sheet or `sheet`), giving the plan
/// `title` and fresh ids.
pub fn import_table(
    path: &Path,
    bytes: &[u8],
    title: &str,
    sheet: Option<&str>,
) -> Result<(ActionPlan, Vec<ImportWarning>), CliError> {
    let ids = &mut uuid::Uuid::new_v4;
    let imported = match (kind_of(path, bytes), sheet) {
        (InputKind::Workbook, _) => cares_xlsx::read_plan(bytes, sheet, ids)
            .map(|read| read.imported)
            .map_err(|e| CliError::input(path, e))?,
        (_, Some(_)) => {
            return Err(CliError::input(
                path,
                "--sheet is for an .xlsx workbook; a CSV table has no sheets",
            ));
        }
        _ => import_actions_from_bytes(bytes, ids).map_err(|e| CliError::input(path, e))?,
    };
    let mut plan = imported.plan;
    plan.title = title.to_owned();
    Ok((plan, imported.warnings))
}

/// "Imported from joint-action-plan-2013-16.csv".
pub fn title_from(path: &Path) -> String {
    match path.file_name() {
        Some(name) => format!("Imported from {}", name.to_string_lossy()),
        None => "Imported action plan".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_decides_and_content_breaks_ties() {
        assert_eq!(kind_of(Path::new("a.JSON"), b"x"), InputKind::Document);
        assert_eq!(kind_of(Path::new("a.csv"), b"{"), InputKind::Table);
        assert_eq!(
            kind_of(Path::new("plan"), b"  \n{\"format\""),
            InputKind::Document
        );
        assert_eq!(
            kind_of(Path::new("plan"), b"\xef\xbb\xbf{"),
            InputKind::Document
        );
        assert_eq!(kind_of(Path::new("plan"), b"No,How"), InputKind::Table);
        assert_eq!(kind_of(Path::new("plan.XLSX"), b"x"), InputKind::Workbook);
        assert_eq!(
            kind_of(Path::new("plan"), b"PK\x03\x04"),
            InputKind::Workbook
        );
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(50 * 1024 * 1024), "50 MB");
        assert_eq!(megabytes(1536 * 1024), "1.5 MB");
    }

    #[test]
    fn titles_come_from_the_file_name() {
        assert_eq!(
            title_from(Path::new("some/where/jap.csv")),
            "Imported from jap.csv"
        );
    }
}
