//! The control of a date field: one text box (one tab stop) that takes a day as
//! people write it ("31/03/2026", "31 March 2026", "2026-03-31"), read by the core's
//! calendar rules, and a calendar button for touch and mouse that opens the
//! browser's own date picker. The browser's `<input type="date">` alone costs four
//! tab stops (day, month, year and its button), which is why it is kept out of the
//! tab order here and only lends its picker.

use crate::i18n::t;
use cares_core::calendar::iso_day;
use cares_core::timescale::{DatePrecision, parse_loose_date};
use chrono::{Datelike, NaiveDate};
use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Said under a date field when what was typed is not a day.
pub fn not_a_day() -> String {
    t!("date-not-a-day")
}

/// The hint a date field shows when it is given none.
pub fn date_hint() -> String {
    t!("date-hint")
}

/// Reads a day from what a date field holds: "2025-03-31" as the document keeps it,
/// or a day as people write it, day first ("31/03/2025", "31 March 2025"). Blank,
/// broken, or less than a day ("March 2025") is none.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(day) = iso_day::parse(text) {
        return Some(day);
    }
    parse_loose_date(text)
        .filter(|d| d.precision == DatePrecision::Day)
        .map(|d| d.date)
}

/// A day as the box shows it: "31/03/2025". Text that is not a kept day is shown
/// as typed.
pub fn shown(text: &str) -> String {
    match iso_day::parse(text) {
        // By hand: chrono's `format` brings its pattern parser into the first load.
        Some(day) => format!("{:02}/{:02}/{}", day.day(), day.month(), day.year()),
        None => text.to_owned(),
    }
}

/// The text box, the calendar button and the hidden picker.
#[component]
pub fn DateInput(
    /// The text box's id; the picker's is `<id>-picker`.
    id: String,
    /// What the field holds: a day as "2025-03-31", or text as typed.
    value: Signal<String>,
    /// The label, for the calendar button's name.
    label: String,
    /// True when the field must be filled in.
    required: bool,
    /// `aria-invalid`, while the field shows an error.
    #[prop(into)]
    invalid: Signal<Option<&'static str>>,
    /// `aria-describedby`.
    #[prop(into)]
    describedby: Signal<Option<String>>,
    /// Every keystroke, as typed.
    on_input: Callback<String>,
    /// A change: `Some("2025-03-31")` as soon as what is typed makes a day (once per
    /// day), `Some("")` when cleared, or `None` when the box is left holding what is
    /// not a day.
    on_change: Callback<Option<String>>,
    /// Leaving the text box, with what it holds.
    on_leave: Callback<String>,
) -> impl IntoView {
    let picker_id = format!("{id}-picker");
    let box_id = id.clone();
    // A day is passed on as soon as what is typed makes one (so what depends on it, like
    // the hints, follows the typing), and once only.
    let sent = StoredValue::new(None::<String>);
    let send = move |day: Option<String>| {
        if day.is_some() && sent.get_value() == day {
            return;
        }
        sent.set_value(day.clone());
        on_change.run(day);
    };
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        on_input.run(text.clone());
        if let Some(day) = parse_day(&text) {
            send(Some(day.to_string()));
        }
    };
    let change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            send(Some(String::new()));
        } else {
            send(parse_day(&text).map(|d| d.to_string()));
        }
    };
    let picked = {
        let box_id = box_id.clone();
        move |ev: leptos::ev::Event| {
            let iso = event_target_value(&ev);
            on_input.run(iso.clone());
            send(Some(iso));
            focus(&box_id);
        }
    };
    let open_picker = {
        let picker_id = picker_id.clone();
        let box_id = box_id.clone();
        move |_| {
            if !show_picker(&picker_id) {
                // No picker in this browser: the box takes the date typed.
                focus(&box_id);
            }
        }
    };
    // The box shows a kept day as "31/03/2025", but never rewrites what the person is
    // typing: while it has focus and already means that day, it is left alone.
    let text_box = NodeRef::<leptos::html::Input>::new();
    let in_box = move || {
        let now = value.get();
        if let Some(el) = text_box.get_untracked() {
            let typing = document().active_element().as_ref() == Some(el.as_ref());
            if typing && parse_day(&el.value()) == parse_day(&now) {
                return el.value();
            }
        }
        shown(&now)
    };
    let iso = move || {
        iso_day::parse(&value.get())
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    view! {
        <div class="date-field">
            <input
                id=id
                node_ref=text_box
                type="text"
                class="field__input field__input--date"
                // A small natural width, so a narrow place (a milestone's box on a
                // phone) shrinks the box instead of pushing its button off screen.
                size="10"
                autocomplete="off"
                spellcheck="false"
                required=required
                aria-required=required.then_some("true")
                aria-invalid=invalid
                aria-describedby=describedby
                prop:value=in_box
                on:input=input
                on:change=change
                on:blur=move |ev| on_leave.run(event_target_value(&ev))
            />
            // Out of the tab order: the box takes the date from the keyboard.
            <button
                type="button"
                class="button button--secondary date-field__calendar"
                tabindex="-1"
                aria-label=t!("date-calendar-name", label = label)
                on:click=open_picker
            >
                {t!("date-calendar")}
            </button>
            <input
                id=picker_id
                type="date"
                class="date-field__picker"
                tabindex="-1"
                aria-hidden="true"
                prop:value=iso
                on:change=picked
            />
        </div>
    }
}

/// Opens the browser's picker of a date input (`showPicker`); false when it cannot.
fn show_picker(id: &str) -> bool {
    let Some(input) = document().get_element_by_id(id) else {
        return false;
    };
    let Some(show) = Reflect::get(&input, &"showPicker".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    show.call0(&input).is_ok()
}

fn focus(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_read_as_people_write_it_and_as_the_document_keeps_it() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 31);
        for text in ["2026-03-31", "31/03/2026", " 31/3/2026 ", "31 March 2026"] {
            assert_eq!(parse_day(text), day, "{text}");
        }
        for text in ["", "  ", "31/02/2026", "March 2026", "soon"] {
            assert_eq!(parse_day(text), None, "{text}");
        }
        assert_eq!(shown("2026-03-31"), "31/03/2026");
        assert_eq!(shown("31 March"), "31 March");
    }
}
