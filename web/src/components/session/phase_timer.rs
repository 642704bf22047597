//! An optional timer for the phase in hand: "Set a timer" in minutes, then
//! "<m:ss> left" (`role="timer"`) and "Time is up." when it ends.
//!
//! The timer is this device's alone (it is no part of the session): its end time is
//! kept in local storage per session and phase, so a reload does not lose it.

use std::time::Duration;

use cares_core::coproduction::Phase;
use cares_core::ids::SessionId;
use leptos::leptos_dom::helpers::set_interval_with_handle;
use leptos::prelude::*;

use crate::i18n::t;

/// The longest timer, in minutes: a long session is still under three hours.
const MOST_MINUTES: u32 = 180;

fn storage_key(session: SessionId, phase: Phase) -> String {
    format!("cares-session-timer:{session}:{}", phase.key())
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The end time (milliseconds since 1970) kept for this phase, if any.
fn stored_end(session: SessionId, phase: Phase) -> Option<f64> {
    storage()?
        .get_item(&storage_key(session, phase))
        .ok()
        .flatten()?
        .parse::<f64>()
        .ok()
}

fn keep_end(session: SessionId, phase: Phase, end: Option<f64>) {
    let Some(storage) = storage() else {
        return;
    };
    let key = storage_key(session, phase);
    // If storage refuses, the timer still runs until the page is reloaded.
    let _ = match end {
        Some(end) => storage.set_item(&key, &end.to_string()),
        None => storage.remove_item(&key),
    };
}

/// "4:59" from a number of seconds.
fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A timer started or stopped on this page, for one phase.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TimerSet {
    phase: Phase,
    /// When it ends (milliseconds since 1970); none once stopped.
    end: Option<f64>,
}

/// The timer of the phase being shown.
#[component]
pub fn PhaseTimer(
    /// The session.
    session: SessionId,
    /// The phase the session is in.
    #[prop(into)]
    phase: Signal<Phase>,
) -> impl IntoView {
    let now = RwSignal::new(js_sys::Date::now());
    // The end kept on the device for the phase in hand, unless it was set or stopped
    // here since (which holds even when storage refused to keep it).
    let set_here = RwSignal::new(None::<TimerSet>);
    let end = Memo::new(move |_| {
        let phase = phase.get();
        set_here
            .get()
            .filter(|set| set.phase == phase)
            .map_or_else(|| stored_end(session, phase), |set| set.end)
    });
    if let Ok(ticking) = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        Duration::from_millis(500),
    ) {
        on_cleanup(move || ticking.clear());
    }
    let minutes = RwSignal::new("5".to_owned());
    let error = RwSignal::new(None::<String>);
    let left = move || {
        end.get()
            .map(|end| ((end - now.get()) / 1000.0).ceil().max(0.0) as u64)
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match minutes.get_untracked().trim().parse::<u32>() {
            Ok(m) if (1..=MOST_MINUTES).contains(&m) => {
                error.set(None);
                let at = js_sys::Date::now() + f64::from(m) * 60_000.0;
                now.set(js_sys::Date::now());
                let phase = phase.get_untracked();
                set_here.set(Some(TimerSet {
                    phase,
                    end: Some(at),
                }));
                keep_end(session, phase, Some(at));
            }
            _ => error.set(Some(t!("session-timer-not-a-number", most = MOST_MINUTES))),
        }
    };
    let stop = move |_| {
        let phase = phase.get_untracked();
        set_here.set(Some(TimerSet { phase, end: None }));
        keep_end(session, phase, None);
    };
    view! {
        <div class="phase-timer">
            <Show
                when=move || end.get().is_some()
                fallback=move || {
                    view! {
                        <form class="phase-timer__form" on:submit=start>
                            <div class="field" class:field--error=move || error.get().is_some()>
                                <label class="field__label" for="timer-minutes">
                                    {t!("session-timer-label")}
                                </label>
                                <Show when=move || error.get().is_some()>
                                    <p class="field__error" id="timer-minutes-error">
                                        {move || error.get().unwrap_or_default()}
                                    </p>
                                </Show>
                                <input
                                    id="timer-minutes"
                                    class="field__input phase-timer__minutes"
                                    type="number"
                                    inputmode="numeric"
                                    min="1"
                                    max=MOST_MINUTES
                                    aria-invalid=move || error.get().is_some().then_some("true")
                                    aria-describedby=move || {
                                        error.get().map(|_| "timer-minutes-error")
                                    }
                                    prop:value=move || minutes.get()
                                    on:input=move |ev| minutes.set(event_target_value(&ev))
                                />
                            </div>
                            <button type="submit" class="button button--secondary">
                                {t!("session-timer-start")}
                            </button>
                        </form>
                    }
                }
            >
                <p class="phase-timer__left" role="timer" aria-label=t!("session-timer-left-label")>
                    {move || match left() {
                        Some(s) => t!("session-timer-left", time = clock(s)),
                        None => String::new(),
                    }}
                </p>
                <button type="button" class="button button--secondary" on:click=stop>
                    {t!("session-timer-stop")}
                </button>
            </Show>
            // The timer itself is not read out every second; its end is.
            <p class="phase-timer__status" role="status">
                {move || if left() == Some(0) { t!("session-timer-up") } else { String::new() }}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn seconds_read_as_minutes_and_seconds() {
        assert_eq!(clock(299), "4:59");
        assert_eq!(clock(60), "1:00");
        assert_eq!(clock(5), "0:05");
    }
}
