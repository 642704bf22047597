//! A labelled text, date or address field. A text field stops at the core's text
//! limit, counts characters as the limit nears, says when a paste was cut, and
//! (given a [`KeptOnDevice`]) keeps what was typed on the device until the plan holds
//! it. Also here: reading a date field's value.

use cares_core::document::MAX_TEXT_CHARS;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::date_field::{DateInput, date_hint, not_a_day};
use super::described_by;
use crate::i18n::t;
use crate::store::drafts::{self, DraftKey};
use crate::workspace::{OpenPlan, SaveState};

/// What kind of text a [`TextField`] takes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    #[default]
    Line,
    /// Several lines (a textarea).
    Lines,
    /// A day: held as "2025-03-31", typed as people write it ("31/03/2025"), or
    /// picked from the browser's calendar (see [`super::date_field`]).
    Date,
    /// A web address.
    Url,
}

/// A field whose text is kept on this device until the plan holds it: after a reload
/// it is put back into the field, with a note that it is not saved yet.
#[derive(Debug, Clone)]
pub struct KeptOnDevice {
    /// Where the draft is kept.
    pub key: DraftKey,
    /// What the plan holds for this field now.
    pub saved: Signal<String>,
}

/// The share of the limit (in tenths) from which the count is shown.
const COUNT_FROM_TENTHS: usize = 9;

/// A text after an input, cut so it holds at most `limit` characters.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cut {
    /// The text that fits.
    text: String,
    /// Where the caret goes (after what was kept of the insertion), in UTF-16 units
    /// as the browser counts.
    caret: u32,
    /// How many characters of the insertion were kept.
    kept: usize,
    /// How many were left out.
    dropped: usize,
}

/// Cuts what an input inserted (found by comparing `before` and `after`) so the text
/// holds at most `limit` characters; what was there before is never touched. `None`
/// when it fits.
fn cut_to_fit(before: &str, after: &str, limit: usize) -> Option<Cut> {
    let total = after.chars().count();
    if total <= limit {
        return None;
    }
    let prefix = before
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let before_len = before.chars().count();
    let suffix = before
        .chars()
        .rev()
        .zip(after.chars().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(before_len - prefix.min(before_len))
        .min(total - prefix);
    let inserted = total - prefix - suffix;
    let room = limit.saturating_sub(total - inserted);
    let head: String = after.chars().take(prefix).collect();
    let kept: String = after
        .chars()
        .skip(prefix)
        .take(room.min(inserted))
        .collect();
    let tail: String = after.chars().skip(total - suffix).collect();
    let mut text = format!("{head}{kept}{tail}");
    if text.chars().count() > limit {
        // Already over before this input (it cannot be, but never keep more).
        text = text.chars().take(limit).collect();
    }
    let caret = head.encode_utf16().count() + kept.encode_utf16().count();
    Some(Cut {
        text,
        caret: u32::try_from(caret).unwrap_or(u32::MAX),
        kept: room.min(inserted),
        dropped: inserted - room.min(inserted),
    })
}

/// Puts `text` into the field an input event came from, with the caret at `caret`.
fn replace_text(ev: &leptos::ev::Event, text: &str, caret: u32) {
    let Some(target) = ev.target() else {
        return;
    };
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
        let _ = area.set_selection_range(caret, caret);
    } else if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
        let _ = input.set_selection_range(caret, caret);
    }
}

/// How near the limit a length is, in steps worth announcing: below the count, from
/// nine tenths, from nineteen twentieths, and full.
fn nearness(length: usize, limit: usize) -> u8 {
    if length >= limit {
        3
    } else if length * 20 >= limit * 19 {
        2
    } else if length * 10 >= limit * COUNT_FROM_TENTHS {
        1
    } else {
        0
    }
}

/// "18,500 of 20,000 characters".
fn count_text(length: usize, limit: usize) -> String {
    t!("form-count", length = length, limit = limit)
}

/// A labelled text, date or address field. Text and address fields stop at the
/// core's limit: the one given, or its limit on any text ([`MAX_TEXT_CHARS`]).
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
    /// Keep what is typed on this device until the plan holds it.
    #[prop(optional)]
    keep: Option<KeptOnDevice>,
    /// The most characters the core takes here, when it takes fewer than its limit on
    /// any text ([`MAX_TEXT_CHARS`]). A date field has none.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let note_id = format!("{id}-note");
    let limit = (kind != FieldKind::Date).then_some(limit.unwrap_or(MAX_TEXT_CHARS));
    // A date field says itself when what was typed is not a day; the caller's error
    // comes first.
    let date_error = RwSignal::new(None::<String>);
    let caller_error = error;
    let error = Signal::derive(move || caller_error.get().or_else(|| date_error.get()));
    let hint = Signal::derive(move || {
        hint.get()
            .or_else(|| (kind == FieldKind::Date).then(date_hint))
    });

    let length = RwSignal::new(value.with_untracked(|v| v.chars().count()));
    Effect::new(move |_| length.set(value.with(|v| v.chars().count())));
    // What the field says under it: a paste that was cut, or a draft put back.
    let note = RwSignal::new(None::<String>);
    // Said to screen readers when the length reaches a new step, not on every key.
    let announced = RwSignal::new(String::new());
    let step = StoredValue::new(limit.map_or(0, |l| nearness(length.get_untracked(), l)));
    let counting = move || limit.is_some_and(|l| nearness(length.get(), l) > 0);
    keep_on_device(keep, id.clone(), value, caller_error, on_input, note);

    let field_id = id.clone();
    let describedby = move || {
        let has_hint = hint.with(Option::is_some);
        let mut ids: Vec<String> = described_by(&field_id, has_hint, error.get().is_some())
            .into_iter()
            .collect();
        if note.with(Option::is_some) {
            ids.push(format!("{field_id}-note"));
        }
        if counting() {
            ids.push(format!("{field_id}-count"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = move || error.get().is_some().then_some("true");
    let input = move |ev: leptos::ev::Event| {
        let mut text = event_target_value(&ev);
        if let Some(limit) = limit {
            let before = value.get_untracked();
            if let Some(cut) = cut_to_fit(&before, &text, limit) {
                replace_text(&ev, &cut.text, cut.caret);
                if cut.dropped > 1 {
                    let message = t!(
                        "form-paste-cut",
                        limit = limit,
                        kept = cut.kept,
                        dropped = cut.dropped
                    );
                    announced.set(message.clone());
                    note.set(Some(message));
                } else {
                    // Typing at the limit: nothing is added, and a screen reader hears why.
                    announced.set(t!("form-field-full", length = limit, limit = limit));
                }
                text = cut.text;
            } else if note.with_untracked(Option::is_some) {
                note.set(None);
            }
            let now = text.chars().count();
            length.set(now);
            let reached = nearness(now, limit);
            let before_step = step.get_value();
            step.set_value(reached);
            if reached > before_step && note.with_untracked(Option::is_none) {
                announced.set(if reached == 3 {
                    t!("form-field-full", length = now, limit = limit)
                } else {
                    count_text(now, limit)
                });
            }
        }
        if let Some(cb) = on_input {
            cb.run(text);
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
        FieldKind::Date => view! {
            <DateInput
                id=id.clone()
                value=value
                label=label.clone()
                required=required
                invalid=Signal::derive(invalid)
                describedby=Signal::derive(describedby)
                on_input=Callback::new(move |text: String| {
                    if let Some(cb) = on_input {
                        cb.run(text);
                    }
                })
                on_change=Callback::new(move |day: Option<String>| match day {
                    Some(day) => {
                        date_error.set(None);
                        if let Some(cb) = on_change {
                            cb.run(day);
                        }
                    }
                    None => date_error.set(Some(not_a_day())),
                })
                on_leave=Callback::new(move |text: String| {
                    if let Some(cb) = on_leave {
                        cb.run(text);
                    }
                })
            />
        }
        .into_any(),
        FieldKind::Line | FieldKind::Url => {
            let (kind, class, inputmode) = match kind {
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
            {move || hint.get().map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=error_id.clone()>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            {control}
            {move || {
                note.get().map(|text| view! { <p class="field__note" id=note_id.clone()>{text}</p> })
            }}
            <Show when=counting>
                <p
                    class="field__count"
                    class:field__count--full=move || limit.is_some_and(|l| length.get() >= l)
                    id=count_id.clone()
                >
                    {move || count_text(length.get(), limit.unwrap_or_default())}
                </p>
            </Show>
            {limit.map(|_| view! {
                <p class="visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
            })}
        </div>
    }
}

/// Keeps a field's text on this device while it differs from what the plan holds,
/// puts a kept draft back after a reload (with a note), and tells the open plan
/// while the field shows an error over text the plan does not hold, so the header
/// says "Not saved".
fn keep_on_device(
    keep: Option<KeptOnDevice>,
    field: String,
    value: Signal<String>,
    error: MaybeProp<String>,
    on_input: Option<Callback<String>>,
    note: RwSignal<Option<String>>,
) {
    let Some(KeptOnDevice { key, saved }) = keep else {
        return;
    };
    let open = use_context::<OpenPlan>();
    // Read before any effect runs, since the first run may forget it.
    let kept = drafts::read(&key).filter(|text| {
        !text.trim().is_empty()
            && saved.with_untracked(|s| s != text)
            && value.with_untracked(|v| v != text)
    });
    let gone = field.clone();
    Effect::new(move |ran: Option<()>| {
        // Not returning after putting it back: the reads below are what make this
        // effect run again, so the draft is kept through later typing and forgotten
        // once the plan holds it.
        if ran.is_none()
            && let (Some(text), Some(put_back)) = (kept.clone(), on_input)
        {
            put_back.run(text);
            note.set(Some(t!("form-draft-put-back")));
        }
        let differs = value.with(|v| saved.with(|s| v != s));
        let blank = value.with(|v| v.trim().is_empty());
        // The plan in memory holds an edit before IndexedDB does (or when writing it
        // failed): the draft is forgotten only once the device has it.
        let stored = open.is_none_or(|o| o.save.with(|s| *s == SaveState::Saved));
        if (differs || !stored) && !blank {
            value.with_untracked(|v| drafts::keep(&key, v));
        } else if !differs && stored {
            drafts::forget(&key);
        }
        let refused = differs && error.get().is_some();
        if let Some(open) = open {
            let _ = open.refused.try_update(|fields| {
                let here = fields.contains(&field);
                if refused && !here {
                    fields.push(field.clone());
                } else if !refused && here {
                    fields.retain(|f| *f != field);
                }
            });
        }
    });
    on_cleanup(move || {
        if let Some(open) = open {
            let _ = open
                .refused
                .try_update(|fields| fields.retain(|f| *f != gone));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_over_the_limit_keeps_what_fits_and_counts_what_was_left_out() {
        let pasted = "x".repeat(25_000);
        let cut = cut_to_fit("", &pasted, 20_000);
        assert_eq!(
            cut.as_ref()
                .map(|c| (c.text.len(), c.kept, c.dropped, c.caret)),
            Some((20_000, 20_000, 5_000, 20_000))
        );
    }

    #[test]
    fn a_paste_in_the_middle_never_touches_what_was_there() {
        let cut = cut_to_fit("ab", "a1234b", 4);
        assert_eq!(
            cut,
            Some(Cut {
                text: "a12b".into(),
                caret: 3,
                kept: 2,
                dropped: 2
            })
        );
        // Typing at the limit adds nothing.
        assert_eq!(
            cut_to_fit("abcd", "abcde", 4).map(|c| c.text),
            Some("abcd".into())
        );
        assert_eq!(cut_to_fit("abc", "abcd", 4), None);
    }

    #[test]
    fn counts_read_as_people_write_them_and_speak_only_at_steps() {
        assert_eq!(count_text(1_940, 2_000), "1,940 of 2,000 characters");
        assert_eq!(
            [0, 1_799, 1_800, 1_900, 1_999, 2_000].map(|n| nearness(n, 2_000)),
            [0, 0, 1, 2, 2, 3]
        );
    }
}
