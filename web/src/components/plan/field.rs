//! Form fields with their label, an optional hint and an error tied to the field.
//!
//! Every field has a visible `<label>`; when it has an error the field gets
//! `aria-invalid` and `aria-describedby` pointing at the message, so a screen reader
//! reads what is wrong when the field takes focus. Also here: reading a date field's
//! value, and moving focus to a field that has just appeared.

use leptos::prelude::*;

/// What kind of text a [`TextField`] takes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    #[default]
    Line,
    /// Several lines (a textarea).
    Lines,
    /// A day, as the browser's date picker gives it ("2025-03-31").
    Date,
    /// A web address.
    Url,
}

/// The ids a field's `aria-describedby` names: its hint, then its error.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled text, date or address field.
#[component]
pub fn TextField(
    /// The field's id (unique on the page).
    #[prop(into)]
    id: String,
    /// The label a person reads.
    #[prop(into)]
    label: String,
    /// What the field holds.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    #[prop(optional, into)]
    on_input: Option<Callback<String>>,
    /// Called with the text when the person leaves the field or picks a date.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
    /// Called with the text when the person leaves the field, changed or not.
    #[prop(optional, into)]
    on_leave: Option<Callback<String>>,
    /// What is wrong, if anything.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// A line of help under the label.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// One line, several lines, a date or an address.
    #[prop(optional)]
    kind: FieldKind,
    /// True when the field must be filled in.
    #[prop(optional)]
    required: bool,
    /// Rows for a textarea.
    #[prop(default = 3)]
    rows: u32,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let has_hint = hint.is_some();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let field_id = id.clone();
    let describedby = move || described_by(&field_id, has_hint, error.get().is_some());
    let invalid = move || error.get().is_some().then_some("true");
    let input = move |ev: leptos::ev::Event| {
        if let Some(cb) = on_input {
            cb.run(event_target_value(&ev));
        }
    };
    let change = move |ev: leptos::ev::Event| {
        if let Some(cb) = on_change {
            cb.run(event_target_value(&ev));
        }
    };
    let leave = move |ev: leptos::ev::FocusEvent| {
        if let Some(cb) = on_leave {
            cb.run(event_target_value(&ev));
        }
    };
    let control = match kind {
        FieldKind::Lines => view! {
            <textarea
                id=id.clone()
                class="field__input field__input--lines"
                rows=rows
                required=required
                aria-required=required.then_some("true")
                aria-invalid=invalid
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=input
                on:change=change
                on:blur=leave
            ></textarea>
        }
        .into_any(),
        FieldKind::Line | FieldKind::Date | FieldKind::Url => {
            let (kind, class, inputmode) = match kind {
                FieldKind::Date => ("date", "field__input field__input--date", None),
                FieldKind::Url => ("url", "field__input", Some("url")),
                _ => ("text", "field__input", None),
            };
            view! {
                <input
                    id=id.clone()
                    type=kind
                    class=class
                    inputmode=inputmode
                    required=required
                    aria-required=required.then_some("true")
                    aria-invalid=invalid
                    aria-describedby=describedby
                    prop:value=move || value.get()
                    on:input=input
                    on:change=change
                    on:blur=leave
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>
                {label}
            </label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=error_id.clone()>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            {control}
        </div>
    }
}

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

/// Reads a date from a date field ("2025-03-31"); blank or broken is none.
pub fn parse_day(text: &str) -> Option<chrono::NaiveDate> {
    text.trim().parse::<chrono::NaiveDate>().ok()
}

/// Moves keyboard focus to an element once it is on the page.
///
/// The move waits for the next frame, so the element has been drawn. If the person has
/// put focus somewhere else of their own in the meantime (tapped the next field), it is
/// left where they put it: the app never pulls focus out of a field being typed in.
pub fn focus_soon(id: String) {
    let before = document().active_element();
    request_animation_frame(move || {
        let doc = document();
        let now = doc.active_element();
        let body: Option<web_sys::Element> = doc.body().map(Into::into);
        let moved_by_person = now.is_some() && now != before && now != body;
        if moved_by_person {
            return;
        }
        if let Some(el) = doc.get_element_by_id(&id)
            && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
        {
            let _ = el.focus();
        }
    });
}
