//! "Try the example borough": the example borough document (three localities'
//! plans, a year of quarterly figures, two self-assessments, a network and an
//! empowerment plan, built from the seeds' names) kept on this device and opened at
//! the borough at a glance, so a person can see every programme page filled in.
//!
//! The document is the core's test fixture, compiled into this page's chunk only, so
//! the first load does not carry it. It has a fixed id: trying it again opens the
//! copy already here, with any changes made to it.

use cares_core::document::Document;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::programme::nav::programme_path;
use crate::i18n::t;
use crate::store::persistence;
use crate::workspace::keep_from_file;

/// The example borough, as the core's tests read it.
const EXAMPLE_BOROUGH: &str =
    include_str!("../../../../crates/core/tests/fixtures/example-borough.json");

/// `/borough/example`: keeps the example borough on this device and opens it.
#[component]
pub fn ExampleBoroughPage() -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    spawn_local_scoped(async move {
        let kept = match Document::from_json(EXAMPLE_BOROUGH.as_bytes()) {
            Ok(doc) => keep_from_file(&doc).await.map(|_| doc.id()),
            Err(e) => Err(e.to_string()),
        };
        match kept {
            Ok(id) => {
                let _ = persistence::ask().await;
                navigate(
                    &programme_path(id, ""),
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
            }
            Err(reason) => failed.set(Some(t!("programme-example-failed", reason = reason))),
        }
    });
    view! {
        <h1>{t!("programme-example-title")}</h1>
        {move || match failed.get() {
            None => view! { <p role="status">{t!("programme-example-opening")}</p> }.into_any(),
            Some(message) => {
                view! {
                    <p class="form-error" role="alert">{message}</p>
                    <p>
                        <A href="/">{t!("programme-example-home")}</A>
                    </p>
                }
                    .into_any()
            }
        }}
    }
}
