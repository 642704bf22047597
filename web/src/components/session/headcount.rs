//! "How many people are taking part?": the facilitator's count of the room. People
//! who speak through the facilitator never join, so without it the summary (and the
//! progress marker "Involvement in co-production") would miss them. The core keeps
//! the count and decides what is sensible; this only reads the number typed.

use cares_core::coproduction::Session;
use cares_core::edits::SessionStep;
use leptos::prelude::*;

use crate::i18n::t;
use crate::session::handle::SessionHandle;

/// The field holds something that is not a whole number.
#[derive(Debug, PartialEq, Eq)]
struct NotANumber;

/// Reads the field: empty is no count; digits are a count (too many digits reads as
/// the largest number, for the core to refuse in its own words); anything else is
/// not a number.
fn read_count(typed: &str) -> Result<Option<u32>, NotANumber> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if !typed.chars().all(|c| c.is_ascii_digit()) {
        return Err(NotANumber);
    }
    Ok(Some(typed.parse::<u32>().unwrap_or(u32::MAX)))
}

/// "Saved: 12 people are taking part." / "Saved: 1 person is taking part."
fn said(people: Option<u32>) -> String {
    match people {
        Some(count) => t!("session-headcount-saved", count = count),
        None => t!("session-headcount-cleared"),
    }
}

/// The headcount form.
#[component]
pub fn Headcount(
    /// The session.
    handle: SessionHandle,
) -> impl IntoView {
    let current = move || {
        handle
            .session
            .with_untracked(|s| s.as_ref().and_then(|s: &Session| s.headcount))
    };
    let typed = RwSignal::new(current().map(|n| n.to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = read_count(&typed.get_untracked())
            .map_err(|NotANumber| t!("session-headcount-not-a-number"))
            .and_then(|people| {
                if people == current() {
                    return Ok(people);
                }
                handle
                    .step
                    .run(SessionStep::SetHeadcount { people })
                    .map(|()| people)
            });
        match outcome {
            Ok(people) => {
                error.set(None);
                status.set(said(people));
            }
            Err(reason) => {
                status.set(String::new());
                error.set(Some(reason));
            }
        }
    };
    view! {
        <form class="headcount" aria-labelledby="headcount-heading" on:submit=save>
            <h3 id="headcount-heading">{t!("session-headcount-title")}</h3>
            <div class="field" class:field--error=move || error.get().is_some()>
                <label class="field__label" for="headcount">
                    {t!("session-headcount-label")}
                </label>
                <p class="field__hint" id="headcount-hint">
                    {t!("session-headcount-hint")}
                </p>
                <Show when=move || error.get().is_some()>
                    <p class="field__error" id="headcount-error">
                        {move || error.get().unwrap_or_default()}
                    </p>
                </Show>
                <input
                    id="headcount"
                    class="field__input headcount__number"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || {
                        if error.get().is_some() {
                            "headcount-hint headcount-error"
                        } else {
                            "headcount-hint"
                        }
                    }
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="button button--secondary">
                {t!("session-headcount-save")}
            </button>
            <p class="headcount__status" role="status">
                {move || status.get()}
            </p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::{NotANumber, read_count};

    #[test]
    fn the_field_reads_a_whole_number_or_nothing() {
        assert_eq!(read_count(" 12 "), Ok(Some(12)));
        assert_eq!(read_count(""), Ok(None));
        assert_eq!(read_count("   "), Ok(None));
        assert_eq!(read_count("99999999999"), Ok(Some(u32::MAX)));
        for bad in ["twelve", "-3", "2.5", "1e3", "12 people"] {
            assert_eq!(read_count(bad), Err(NotANumber), "{bad}");
        }
    }
}
