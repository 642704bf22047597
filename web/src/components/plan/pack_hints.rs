//! "What this pack still needs": the core's pack check, shown as hints that change
//! as a person edits the pack.

use cares_core::packs::PackIssue;
use leptos::prelude::*;

/// The pack's hints.
#[component]
pub fn PackHints(
    /// What the core's check found.
    #[prop(into)]
    issues: Signal<Vec<PackIssue>>,
) -> impl IntoView {
    view! {
        <section class="smart-hints" aria-labelledby="pack-hints-heading" aria-live="polite">
            <h2 id="pack-hints-heading">"What this pack still needs"</h2>
            {move || {
                issues
                    .with(|all| {
                        if all.is_empty() {
                            view! { <p class="smart-hints__done">"This pack is ready to print."</p> }
                                .into_any()
                        } else {
                            view! {
                                <ul class="smart-hints__list">
                                    {all
                                        .iter()
                                        .map(|issue| view! { <li class="smart-hints__item">{crate::i18n::pack_issue(issue)}</li> })
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
