//! The two downloads on the Share page: a copy of the plan (the backup), and its
//! actions as a spreadsheet in the council workbook's columns.

use cares_core::audit::long_date;
use cares_core::table::export_actions;
use leptos::prelude::*;

use crate::store::files::{download, file_name};
use crate::workspace::{OpenPlan, plan_title};

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
                file_name(&plan_title(doc.content()), ".cares.json"),
                doc.to_json_compact(),
            )
        });
        match download(&name, "application/json", &json) {
            Ok(()) => {
                problem.set(None);
                plan.record_download();
                done.set(true);
            }
            Err(reason) => problem.set(Some(format!(
                "The copy could not be made: {reason}. Try again, or try another browser."
            ))),
        }
    };
    let outcome = move || {
        if !done.get() {
            return None;
        }
        plan.backed_up.get().map(|date| {
            format!(
                "Copy downloaded {}. Keep the file somewhere safe, such as your email or a memory stick.",
                long_date(date)
            )
        })
    };
    view! {
        <button class="button" type="button" on:click=click>
            "Download a copy"
        </button>
        <p class="file-outcome" role="status">{outcome}</p>
        {move || problem.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
    }
}

/// "Download actions as a spreadsheet (CSV)": the plan's actions as the core writes
/// them, a table that "Open a plan file" reads back into the same actions.
#[component]
pub fn DownloadSpreadsheetButton(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let click = move |_| {
        let table = plan.doc.with_untracked(|doc| {
            let content = doc.content();
            content.plans.first().map(|first| {
                (
                    file_name(&plan_title(content), " actions.csv"),
                    // The byte order mark tells spreadsheet programs the file is UTF-8.
                    format!("\u{feff}{}", export_actions(first, &content.framework())),
                )
            })
        });
        let outcome = match table {
            Some((name, csv)) => download(&name, "text/csv;charset=utf-8", &csv),
            None => Err("this plan has no actions to put in a spreadsheet".to_owned()),
        };
        problem.set(
            outcome
                .err()
                .map(|reason| format!("The spreadsheet could not be made: {reason}.")),
        );
    };
    view! {
        <button class="button button--secondary" type="button" on:click=click>
            "Download actions as a spreadsheet (CSV)"
        </button>
        {move || problem.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
    }
}
