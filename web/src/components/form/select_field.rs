//! A labelled drop-down list and its choices.

use leptos::prelude::*;

use super::described_by;

/// One choice in a [`SelectField`]: the value the code reads and the words a person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The value.
    pub value: String,
    /// The words shown.
    pub label: String,
}

impl Choice {
    /// A choice.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// A labelled drop-down list.
#[component]
pub fn SelectField(
    /// The field's id (unique on the page).
    #[prop(into)]
    id: String,
    /// The label a person reads.
    #[prop(into)]
    label: String,
    /// The choices, in order.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// The value of the chosen choice.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value a person picks.
    on_change: Callback<String>,
    /// What is wrong, if anything.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let field_id = id.clone();
    let describedby = move || described_by(&field_id, false, error.get().is_some());
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>
                {label}
            </label>
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=error_id.clone()>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            <select
                id=id.clone()
                class="field__input field__input--select"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=describedby
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|choice| {
                            let selected = value.with(|v| *v == choice.value);
                            view! {
                                <option value=choice.value prop:selected=selected>
                                    {choice.label}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
