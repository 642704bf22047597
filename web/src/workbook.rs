//! Council spreadsheets (.xlsx) in the browser: a plan written as a workbook, and a
//! workbook read into a new plan, both by cares-xlsx with the CLI's rules and words.
//!
//! The spreadsheet writer and reader are big and most visits never need them, so
//! both entry points are lazy: the release build moves them, with cares-xlsx, into a
//! chunk of their own, fetched the first time someone downloads or opens a workbook
//! (and kept by the service worker after that). Nothing else in the app may call
//! cares-xlsx, or its code would come back into the first load.

use cares_core::document::{Content, Document, FileAdvice};
use cares_core::plan::ActionPlan;
use uuid::Uuid;

use crate::workspace::document_from_table;

/// The MIME type of an `.xlsx` workbook.
pub const WORKBOOK_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

split_off! {
    later(later_workbook_of):
    /// Every action plan of a document as a workbook, one sheet each, in the columns of
    /// the council's workbook (RAG cells filled, header frozen, filters on).
    pub fn workbook_of(content: Content) -> Result<Vec<u8>, String> {
        let plans: Vec<&ActionPlan> = content.plans.iter().collect();
        cares_xlsx::write_plans(&plans, &content.framework()).map_err(|e| e.to_string())
    }
}

split_off! {
    later(later_plan_from_workbook):
    /// A new document holding the action table on a workbook's first sheet, titled after
    /// the file as a CSV table is. The error is cares-xlsx's advice (a password, a
    /// damaged file, a file that is no workbook, missing columns), with the CLI's
    /// message as its detail.
    pub fn plan_from_workbook(bytes: Vec<u8>, file_name: String) -> Result<Document, FileAdvice> {
        let read = cares_xlsx::read_plan(&bytes, None, &mut Uuid::new_v4).map_err(|e| e.advice())?;
        Ok(document_from_table(read.imported.plan, &file_name))
    }
}
