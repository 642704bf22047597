//! A question about a file a person opened, and the buttons that answer it.

use leptos::prelude::*;

/// The question (labelling the group), then the buttons (and any detail) as children.
#[component]
pub fn FileChoice(
    /// What the file turned out to be, e.g. "This file is a copy of this plan.".
    question: String,
    /// The buttons that answer it, and any detail before them.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="file-choice" role="group" aria-labelledby="file-choice-question">
            <p class="file-choice__question" id="file-choice-question">
                {question}
            </p>
            <div class="button-row">{children()}</div>
        </div>
    }
}
