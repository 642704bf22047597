//! "What this action still needs": the core's audit messages for one action, read
//! out politely as they change while a person types.

use crate::i18n::{self, t};
use cares_core::audit::SmartFinding;
use leptos::prelude::*;

/// The SMART hints of the action being edited.
#[component]
pub fn SmartHints(
    /// The audit's findings for the action, as it stands in the draft.
    #[prop(into)]
    findings: Signal<Vec<SmartFinding>>,
) -> impl IntoView {
    view! {
        <section class="smart-hints" aria-labelledby="smart-hints-heading" aria-live="polite">
            <h2 id="smart-hints-heading">{t!("smart-hints-title")}</h2>
            {move || {
                findings
                    .with(|all| {
                        if all.is_empty() {
                            view! {
                                <p class="smart-hints__done">{t!("smart-hints-done")}</p>
                            }
                                .into_any()
                        } else {
                            view! {
                                <ul class="smart-hints__list">
                                    {all
                                        .iter()
                                        .map(|f| {
                                            view! {
                                                <li class=format!(
                                                    "smart-hints__item smart-hints__item--{}",
                                                    f.severity.key(),
                                                )>{i18n::finding(f)}</li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}
