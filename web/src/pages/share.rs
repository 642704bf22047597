//! The Share page: share the plan through the server with a link, download a copy
//! (the backup), download the actions as a spreadsheet, and open a file someone
//! else sent.

use leptos::prelude::*;

use crate::components::frame::download_buttons::{
    DownloadCopyButton, DownloadTableButton, TableFormat,
};
use crate::components::frame::share_link::ShareLink;
use crate::components::frame::someone_elses_file::SomeoneElsesFile;
use crate::i18n::t;
use crate::workspace::OpenPlan;

/// "Share and back up", inside the plan frame.
#[component]
pub fn SharePage() -> impl IntoView {
    let Some(plan) = use_context::<OpenPlan>() else {
        return view! { <p>{t!("share-page-no-plan")}</p> }.into_any();
    };
    view! {
        <h1>{t!("share-page-title")}</h1>
        <ShareLink plan />
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t!("share-page-copy-title")}</h2>
            <p>{t!("share-page-copy-intro")}</p>
            <DownloadCopyButton plan />
        </section>
        <section aria-labelledby="spreadsheet-heading">
            <h2 id="spreadsheet-heading">{t!("share-page-spreadsheet-title")}</h2>
            <p>{t!("share-page-spreadsheet-intro")}</p>
            <DownloadTableButton plan format=TableFormat::Csv />
            <DownloadTableButton plan format=TableFormat::Workbook />
        </section>
        <section aria-labelledby="their-file-heading">
            <h2 id="their-file-heading">{t!("share-page-their-copy-title")}</h2>
            <p>{t!("share-page-their-copy-intro")}</p>
            <SomeoneElsesFile plan />
        </section>
    }
    .into_any()
}
