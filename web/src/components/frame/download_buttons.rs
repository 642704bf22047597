//! The downloads on the Share page: a copy of the plan (the backup), and its actions
//! in the council workbook's columns, as CSV or as an Excel workbook (.xlsx). The
//! workbook is made by the spreadsheet chunk (`crate::workbook`), fetched on the
//! first click.

use cares_core::document::Content;
use cares_core::table::export_actions;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;

use crate::i18n::t;
use crate::store::files::{download, file_name};
use crate::workbook::{WORKBOOK_MIME, workbook_of};
use crate::workspace::OpenPlan;

/// "Download a copy": the whole document as `<title>.cares.json`; records the date.
#[component]
pub fn DownloadCopyButton(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let click = move |_| {
        let (name, json) = plan.doc.with_untracked(|doc| {
            (
                file_name(doc.content().display_title(), ".cares.json"),
                doc.to_json_compact(),
            )
        });
        match download(&name, "application/json", json.as_bytes()) {
            Ok(()) => {
                problem.set(None);
                plan.record_download();
                done.set(true);
            }
            Err(reason) => problem.set(Some(t!("frame-copy-failed", reason = reason))),
        }
    };
    let outcome = move || {
        if !done.get() {
            return None;
        }
        plan.backed_up
            .get()
            .map(|date| t!("frame-copy-done", date = date))
    };
    view! {
        <button class="button" type="button" on:click=click>
            {t!("frame-download-copy")}
        </button>
        <p class="file-outcome" role="status">{outcome}</p>
        {move || problem.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
    }
}

/// Which spreadsheet a [`DownloadTableButton`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// The first plan's actions as CSV, as the core writes them.
    Csv,
    /// Every plan of the document as an Excel workbook, a sheet each, with the
    /// ratings' cells filled in their colours.
    Workbook,
}

impl TableFormat {
    /// The button's words.
    fn label(self) -> String {
        match self {
            TableFormat::Csv => t!("frame-download-csv"),
            TableFormat::Workbook => t!("frame-download-xlsx"),
        }
    }
}

/// The file a plan's actions make in this format: its name, type and bytes.
async fn table_file(
    content: Content,
    format: TableFormat,
) -> Result<(String, &'static str, Vec<u8>), String> {
    if content.plans.is_empty() {
        return Err(t!("frame-download-no-actions"));
    }
    let title = content.display_title().to_owned();
    match format {
        TableFormat::Csv => {
            let table = content
                .plans
                .first()
                .map(|first| export_actions(first, &content.framework()))
                .unwrap_or_default();
            // The byte order mark tells spreadsheet programs the file is UTF-8.
            let bytes = format!("\u{feff}{table}").into_bytes();
            Ok((
                file_name(&title, " actions.csv"),
                "text/csv;charset=utf-8",
                bytes,
            ))
        }
        TableFormat::Workbook => {
            let bytes = workbook_of(content).await?;
            Ok((file_name(&title, " actions.xlsx"), WORKBOOK_MIME, bytes))
        }
    }
}

/// "Download actions as a spreadsheet (CSV)" or "(.xlsx)": the plan's actions in the
/// council workbook's columns, a table that "Open a plan file" reads back into the
/// same actions. The workbook's code is fetched on the first click, so the button
/// says "Making the spreadsheet…" meanwhile.
#[component]
pub fn DownloadTableButton(
    /// The open plan.
    plan: OpenPlan,
    /// CSV or a workbook.
    format: TableFormat,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let making = RwSignal::new(false);
    let click = move |_| {
        if making.get_untracked() {
            return;
        }
        let content = plan.doc.with_untracked(|doc| doc.content().clone());
        problem.set(None);
        making.set(true);
        spawn_local_scoped(async move {
            let outcome = table_file(content, format)
                .await
                .and_then(|(name, mime, bytes)| download(&name, mime, &bytes));
            making.set(false);
            problem.set(
                outcome
                    .err()
                    .map(|reason| t!("frame-download-failed", reason = reason)),
            );
        });
    };
    view! {
        <button class="button button--secondary" type="button" on:click=click>
            {format.label()}
        </button>
        <Show when=move || making.get()>
            <p class="field__hint" role="status">{t!("frame-download-making")}</p>
        </Show>
        {move || problem.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
    }
}
