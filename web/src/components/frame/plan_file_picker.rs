//! A labelled file field that reads a plan file and checks it with the core; where
//! asked, a spreadsheet of actions too (an Excel workbook, or saved as CSV), read
//! into a new plan. A workbook is read by the spreadsheet chunk (`crate::workbook`),
//! fetched only when one is picked.
//!
//! Files over the core's size limit are refused before a byte is read. A file that
//! cannot be opened gets the core's advice (what the file is, what to do: "This is
//! not a plan file from cares. Plan files end in .cares.json.") and a sentence
//! saying nothing was changed, in an alert tied to the field, with the technical
//! detail behind a "Details" toggle for whoever helps.

use cares_core::document::{Document, FileAdvice, MAX_DOCUMENT_BYTES};
use cares_core::table::MAX_TABLE_BYTES;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use web_sys::HtmlInputElement;

use crate::i18n::{self, t};
use crate::store::files;
use crate::workbook::plan_from_workbook;
use crate::workspace::plan_from_table;

/// What a [`PlanFilePicker`] opens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PlanFiles {
    /// Plan files saved from this app (.cares.json).
    #[default]
    Documents,
    /// Those, and spreadsheets of actions (.xlsx, or saved as CSV), each read into a
    /// new plan.
    DocumentsAndTables,
}

/// How a picked file is read, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// A plan file (JSON), checked by the core.
    Document,
    /// A table of actions as text (CSV), read by the core.
    Table,
    /// An Excel workbook, read by the spreadsheet chunk.
    Workbook,
}

impl PlanFiles {
    /// How a file of this name is read. `.xls` and `.xlsm` go to the workbook
    /// reader too, which says plainly what it cannot read.
    fn reading(self, name: &str) -> Reading {
        let name = name.to_lowercase();
        let ends = |endings: &[&str]| endings.iter().any(|end| name.ends_with(end));
        match self {
            PlanFiles::Documents => Reading::Document,
            PlanFiles::DocumentsAndTables if ends(&[".xlsx", ".xlsm", ".xls"]) => Reading::Workbook,
            PlanFiles::DocumentsAndTables if ends(&[".csv", ".tsv", ".txt"]) => Reading::Table,
            PlanFiles::DocumentsAndTables => Reading::Document,
        }
    }
}

/// Why a picked file was not opened: what the person is told, and the technical
/// detail behind it where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Refusal {
    said: String,
    detail: Option<String>,
}

impl From<FileAdvice> for Refusal {
    fn from(advice: FileAdvice) -> Self {
        Refusal {
            said: i18n::wording(&advice.wording, &advice.message),
            detail: Some(advice.detail),
        }
    }
}

impl From<files::FileError> for Refusal {
    fn from(error: files::FileError) -> Self {
        Refusal {
            said: t!("open-file-not-read", why = error.to_string()),
            detail: None,
        }
    }
}

split_off! {
    /// A plan file read and checked by the core, or the core's advice. Lazy, so a page
    /// that offers a file field (Home) does not carry the document reader in its first
    /// load: it is fetched when a file is picked.
    async fn read_document(bytes: Vec<u8>) -> Result<Document, FileAdvice> {
        Document::from_json(&bytes).map_err(|e| e.advice())
    }
}

/// A file field for plan files. Calls `on_plan` with each good document.
#[component]
pub fn PlanFilePicker(
    /// The field's label.
    #[prop(into)]
    label: String,
    /// The field's id (and the stem of its hint's and error's ids).
    id: &'static str,
    /// The sentence after an error, saying what was left alone.
    #[prop(into)]
    unchanged: String,
    /// Called with a document the core has read and checked.
    on_plan: Callback<Document>,
    /// Plan files only, or spreadsheets (CSV) too.
    #[prop(optional)]
    opens: PlanFiles,
) -> impl IntoView {
    let error = RwSignal::new(None::<Refusal>);
    let reading = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");

    let picked = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // An old message must not stand for the new file while it is read.
        error.set(None);
        reading.set(true);
        let name = file.name();
        let reading_as = opens.reading(&name);
        let limit = match reading_as {
            Reading::Document => MAX_DOCUMENT_BYTES,
            Reading::Table | Reading::Workbook => MAX_TABLE_BYTES,
        };
        spawn_local_scoped(async move {
            let read = files::read(&file, limit).await;
            // Let the same file be chosen again (after a fix, or to try again).
            input.set_value("");
            let outcome: Result<Document, Refusal> = match read {
                Err(why) => Err(why.into()),
                Ok(bytes) => match reading_as {
                    Reading::Document => read_document(bytes).await.map_err(Refusal::from),
                    Reading::Table => plan_from_table(bytes, name).await.map_err(Refusal::from),
                    Reading::Workbook => {
                        plan_from_workbook(bytes, name).await.map_err(Refusal::from)
                    }
                },
            };
            reading.set(false);
            match outcome {
                Ok(doc) => {
                    error.set(None);
                    on_plan.run(doc);
                }
                Err(refusal) => error.set(Some(refusal)),
            }
        });
    };

    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            if error.get().is_some() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id>
                {label}
            </label>
            <p class="field__hint" id=hint_id>
                {match opens {
                    PlanFiles::Documents => t!("open-file-hint-plans"),
                    PlanFiles::DocumentsAndTables => t!("open-file-hint-plans-and-tables"),
                }}
            </p>
            {move || {
                error
                    .get()
                    .map(|Refusal { said, detail }| {
                        let unchanged = unchanged.clone();
                        view! {
                            <p class="field__error" id=error_id.clone() role="alert">
                                {said}
                                " "
                                {unchanged}
                            </p>
                            {detail
                                .map(|detail| {
                                    // The core's own words, in English whatever the page's
                                    // language: for whoever helps, not for translating.
                                    view! {
                                        <details class="field__details">
                                            <summary>{t!("open-file-details")}</summary>
                                            <p lang="en" dir="ltr" translate="no">
                                                {detail}
                                            </p>
                                        </details>
                                    }
                                })}
                        }
                    })
            }}
            <input
                class="field__file"
                id=id
                type="file"
                accept=match opens {
                    PlanFiles::Documents => ".json,application/json",
                    PlanFiles::DocumentsAndTables => {
                        ".json,application/json,.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    }
                }
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
                on:change=picked
            />
            <Show when=move || reading.get()>
                <p class="field__hint" role="status">
                    {t!("open-file-reading")}
                </p>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spreadsheet_is_read_by_its_ending_where_tables_are_opened() {
        let both = PlanFiles::DocumentsAndTables;
        assert_eq!(both.reading("Maltby actions.XLSX"), Reading::Workbook);
        assert_eq!(both.reading("old plan.xls"), Reading::Workbook);
        assert_eq!(both.reading("Maltby actions.csv"), Reading::Table);
        assert_eq!(both.reading("Maltby.cares.json"), Reading::Document);
        assert_eq!(
            PlanFiles::Documents.reading("Maltby actions.xlsx"),
            Reading::Document,
            "where only plan files open, a workbook is refused as one"
        );
    }
}
