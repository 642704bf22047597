//! The progress rating as a radio group: each status by its word and what it means
//! ("Amber – some progress, some concerns"), so colour is never the only cue.

use crate::i18n::{self, t};
use cares_core::plan::Status;
use leptos::prelude::*;

/// What a radio says: the word, then what it means (except "Not started").
pub fn rating_words(status: Status) -> String {
    i18n::status_with_meaning(status)
}

/// The "Progress" radio group.
#[component]
pub fn RagPicker(
    /// The status picked, if any.
    #[prop(into)]
    value: Signal<Option<Status>>,
    /// Called with the status a person picks.
    on_change: Callback<Status>,
    /// What is wrong, if anything.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    view! {
        <fieldset
            class="rag-picker"
            class:field--error=move || error.get().is_some()
            aria-describedby=move || error.get().map(|_| "rag-picker-error")
        >
            <legend class="rag-picker__legend">{t!("frame-progress-legend")}</legend>
            <Show when=move || error.get().is_some()>
                <p class="field__error" id="rag-picker-error">
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            <div class="rag-picker__options">
                {Status::ALL
                    .into_iter()
                    .map(|status| {
                        let id = format!("rating-{}", status.key());
                        view! {
                            <div class=format!("rag-picker__option rag-picker__option--{}", status.key())>
                                <input
                                    type="radio"
                                    name="rating"
                                    id=id.clone()
                                    value=status.key()
                                    prop:checked=move || value.get() == Some(status)
                                    on:change=move |_| on_change.run(status)
                                />
                                <label for=id>{rating_words(status)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
