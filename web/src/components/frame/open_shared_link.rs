//! Opening a plan from a share link (`/plans#share=<plan>.<key>`): the plan is read
//! from cares-server with the link's key, kept on this device, and opened. The key
//! never reaches the server's logs: it travels after the `#`, and is sent only as a
//! bearer token; the address is replaced once the plan is open.

use cares_core::document::Document;
use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::i18n::t;
use crate::live::http;
use crate::store::shares;
use crate::workspace::{Kept, keep_from_file};

split_off! {
    /// Reads the shared plan from cares-server with the link's key, checks it is the plan
    /// the link names, and keeps it on this device. Lazy: the plans page, where links
    /// open, carries no document code of its own.
    async fn keep_shared(doc: DocumentId, key: String) -> Result<Kept, String> {
        let text = http::fetch_document(doc, &key).await?;
        let shared = Document::from_json(text.as_bytes())
            .map_err(|e| t!("shared-link-unreadable", reason = e.to_string()))?;
        if shared.id() != doc {
            return Err(t!("shared-link-other-plan"));
        }
        keep_from_file(&shared)
            .await
            .map_err(|reason| t!("shared-link-not-kept", reason = reason.to_string()))
    }
}

/// Where opening a shared plan stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Opening {
    /// Reading it from the server.
    Reading,
    /// It was here already; the shared copy's changes were added to it.
    Merged { href: String, added: usize },
    /// It could not be opened.
    Failed(String),
}

/// Opens the plan of a share link in the address, and says how that went.
#[component]
pub fn OpenSharedLink() -> impl IntoView {
    let hash = window().location().hash().unwrap_or_default();
    let Some((doc, key)) = shares::read_link(&hash) else {
        return ().into_any();
    };
    let opening = RwSignal::new(Opening::Reading);
    let navigate = use_navigate();
    spawn_local_scoped(async move {
        match keep_shared(doc, key.clone()).await {
            Ok(Kept::Added) => {
                shares::keep(doc, &key);
                navigate(
                    &format!("/plan/{doc}"),
                    NavigateOptions {
                        replace: true,
                        ..NavigateOptions::default()
                    },
                );
            }
            Ok(Kept::Merged(added)) => {
                shares::keep(doc, &key);
                opening.set(Opening::Merged {
                    href: format!("/plan/{doc}"),
                    added,
                });
            }
            Err(reason) => opening.set(Opening::Failed(reason)),
        }
    });
    view! {
        <section class="shared-link" aria-labelledby="shared-link-heading">
            <h2 id="shared-link-heading">{t!("shared-link-title")}</h2>
            {move || match opening.get() {
                Opening::Reading => {
                    view! { <p role="status">{t!("shared-link-opening")}</p> }.into_any()
                }
                Opening::Merged { href, added } => view! {
                    <p role="status">
                        {t!("shared-link-merged", count = added)}
                        " "
                        <A href=href>{t!("shared-link-open-plan")}</A>
                    </p>
                }
                .into_any(),
                Opening::Failed(reason) => view! { <p class="form-error" role="alert">{reason}</p> }.into_any(),
            }}
        </section>
    }
    .into_any()
}
