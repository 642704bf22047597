//! A labelled file field that reads a plan file and checks it with the core; where
//! asked, a spreadsheet of actions saved as CSV too, read by the core into a new plan.
//!
//! Files over the core's size limit are refused before a byte is read. A file the
//! core cannot read gets "This file could not be opened: <why>." and a sentence
//! saying nothing was changed, in an alert tied to the field.

use cares_core::document::{Document, MAX_DOCUMENT_BYTES};
use cares_core::table::MAX_TABLE_BYTES;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use web_sys::HtmlInputElement;

use crate::store::files;
use crate::workspace::plan_from_table;

/// What a [`PlanFilePicker`] opens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PlanFiles {
    /// Plan files saved from this app (.cares.json).
    #[default]
    Documents,
    /// Those, and spreadsheets of actions saved as CSV, each read into a new plan.
    DocumentsAndTables,
}

impl PlanFiles {
    /// True when a file of this name is read as a table.
    fn is_table(self, name: &str) -> bool {
        let name = name.to_lowercase();
        self == PlanFiles::DocumentsAndTables
            && [".csv", ".tsv", ".txt"]
                .iter()
                .any(|end| name.ends_with(end))
    }
}

/// A file field for plan files. Calls `on_plan` with each good document.
#[component]
pub fn PlanFilePicker(
    /// The field's label.
    label: &'static str,
    /// The field's id (and the stem of its hint's and error's ids).
    id: &'static str,
    /// The sentence after an error, saying what was left alone.
    unchanged: &'static str,
    /// Called with a document the core has read and checked.
    on_plan: Callback<Document>,
    /// Plan files only, or spreadsheets (CSV) too.
    #[prop(optional)]
    opens: PlanFiles,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
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
        let table = opens.is_table(&name);
        let limit = if table {
            MAX_TABLE_BYTES
        } else {
            MAX_DOCUMENT_BYTES
        };
        spawn_local_scoped(async move {
            let read = files::read(&file, limit).await;
            // Let the same file be chosen again (after a fix, or to try again).
            input.set_value("");
            reading.set(false);
            let outcome = read.map_err(|e| e.to_string()).and_then(|bytes| {
                if table {
                    plan_from_table(&bytes, &name)
                } else {
                    Document::from_json(&bytes).map_err(|e| e.to_string())
                }
            });
            match outcome {
                Ok(doc) => {
                    error.set(None);
                    on_plan.run(doc);
                }
                Err(why) => error.set(Some(format!(
                    "This file could not be opened: {why}. {unchanged}"
                ))),
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
                    PlanFiles::Documents => {
                        "Choose a plan file saved from this app. Its name ends in .cares.json."
                    }
                    PlanFiles::DocumentsAndTables => {
                        "Choose a plan file saved from this app (its name ends in .cares.json), or a spreadsheet of actions saved as CSV, which becomes a new plan."
                    }
                }}
            </p>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field__error" id=error_id.clone() role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
            <input
                class="field__file"
                id=id
                type="file"
                accept=match opens {
                    PlanFiles::Documents => ".json,application/json",
                    PlanFiles::DocumentsAndTables => ".json,application/json,.csv,text/csv",
                }
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
                on:change=picked
            />
            <Show when=move || reading.get()>
                <p class="field__hint" role="status">"Reading the file…"</p>
            </Show>
        </div>
    }
}
