//! The small form every entry of the network is added or changed with: a heading,
//! labelled fields, what went wrong, Save and Cancel. A change goes through the core
//! as one document edit, so it merges with other copies and survives a reload.

use cares_core::edits::{self, Edit};
use cares_core::network::NetworkError;
use leptos::prelude::*;

use crate::components::plan::plan_context::edit_problem;
use crate::i18n::t;
use crate::workspace::OpenPlan;

/// Makes a change to the network, first asking the core whether the network would
/// still hang together (a meeting that ends after it starts, references that
/// resolve), so a saved document always reads back. The error is for a person.
pub fn change_network(open: OpenPlan, edit: Edit) -> Result<(), String> {
    let problem = open.doc.with_untracked(|doc| {
        let mut after = doc.content().clone();
        edits::apply(&mut after, &edit)
            .err()
            .map(|e| crate::i18n::edit_error(&e))
            .or_else(|| {
                after
                    .network
                    .validate()
                    .first()
                    .map(|problem| match problem {
                        NetworkError::EndsBeforeStart { .. } => {
                            t!("programme-form-ends-before-start")
                        }
                        other => crate::i18n::network_error(other),
                    })
            })
    });
    if let Some(problem) = problem {
        return Err(t!("programme-form-not-saved", problem = problem));
    }
    open.edit(edit).map_err(|e| edit_problem(&e))
}

/// A form to add or change one entry.
#[component]
pub fn EntryForm(
    /// "Add an organisation", "Change Maltby".
    #[prop(into)]
    heading: String,
    /// What went wrong, if anything.
    error: RwSignal<Option<String>>,
    /// Called when the person saves.
    on_save: Callback<()>,
    /// Called when the person cancels.
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <form
            class="programme-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                on_save.run(());
            }
        >
            <h3>{heading}</h3>
            {children()}
            {move || error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <div class="button-row">
                <button class="button" type="submit">
                    {t!("programme-form-save")}
                </button>
                <button class="button button--secondary" type="button" on:click=move |_| on_cancel.run(())>
                    {t!("programme-form-cancel")}
                </button>
            </div>
        </form>
    }
}

/// A labelled input: text, a date, a time or a number.
#[component]
pub fn InputField(
    /// The input's id.
    id: &'static str,
    /// Its label.
    #[prop(into)]
    label: String,
    /// Its value.
    value: RwSignal<String>,
    /// The input type: "text", "date", "time", "number".
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for=id>
                {label}
            </label>
            <input class="field__input" id=id type=kind autocomplete="off" min=(kind == "number").then_some("0") bind:value=value />
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// Its label.
    #[prop(into)]
    label: String,
    /// Whether it is ticked.
    checked: RwSignal<bool>,
    /// `Some("no")` when the label is what people wrote (a member's name).
    #[prop(into, default = None)]
    translate: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="field">
            <input type="checkbox" id=id.clone() bind:checked=checked />
            " "
            <label for=id translate=translate>{label}</label>
        </div>
    }
}

/// A labelled drop-down of (value, words) choices.
#[component]
pub fn ChoiceField(
    /// The select's id.
    id: &'static str,
    /// Its label.
    #[prop(into)]
    label: String,
    /// The choices: value and the words shown.
    choices: Vec<(String, String)>,
    /// The chosen value.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for=id>
                {label}
            </label>
            <select
                class="field__input field__input--select"
                id=id
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {choices
                    .into_iter()
                    .map(|(v, words)| {
                        let selected = value.get_untracked() == v;
                        view! {
                            <option value=v selected=selected>
                                {words}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
