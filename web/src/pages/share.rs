//! The Share page: share the plan through the server with a link, download a copy
//! (the backup), download the actions as a spreadsheet, and open a file someone
//! else sent.

use leptos::prelude::*;

use crate::components::frame::download_buttons::{
    DownloadCopyButton, DownloadTableButton, TableFormat,
};
use crate::components::frame::share_link::ShareLink;
use crate::components::frame::someone_elses_file::SomeoneElsesFile;
use crate::workspace::OpenPlan;

/// "Share and back up", inside the plan frame.
#[component]
pub fn SharePage() -> impl IntoView {
    let Some(plan) = use_context::<OpenPlan>() else {
        return view! { <p>"Open a plan first."</p> }.into_any();
    };
    view! {
        <h1>"Share and back up"</h1>
        <ShareLink plan />
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Keep a copy"</h2>
            <p>
                "Your plan is saved on this device only. Download a copy to keep it safe, "
                "or to send it to someone. They can open it in this app."
            </p>
            <DownloadCopyButton plan />
        </section>
        <section aria-labelledby="spreadsheet-heading">
            <h2 id="spreadsheet-heading">"Spreadsheet"</h2>
            <p>
                "The actions in the columns of the council's action plan workbook, "
                "as CSV or as an Excel workbook with the ratings in their colours."
            </p>
            <DownloadTableButton plan format=TableFormat::Csv />
            <DownloadTableButton plan format=TableFormat::Workbook />
        </section>
        <section aria-labelledby="their-file-heading">
            <h2 id="their-file-heading">"Someone else's copy"</h2>
            <p>
                "If someone sent you their copy of a plan, open it here. "
                "You choose what happens before anything changes."
            </p>
            <SomeoneElsesFile plan />
        </section>
    }
    .into_any()
}
