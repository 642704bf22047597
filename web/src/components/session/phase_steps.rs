//! Where the session has got to: the four steps as an ordered list with the current
//! one marked (`aria-current="step"`), and the button that moves on to the next.
//!
//! The button names the phase it moves to, and the step it sends does too, so a
//! second press (or a second device) is refused by the core instead of skipping one.

use cares_core::coproduction::Phase;
use cares_core::edits::SessionStep;
use leptos::prelude::*;

use crate::components::form::focus_soon;
use crate::i18n::{self, t};
use crate::session::handle::SessionHandle;

/// The id of the heading of the phase being shown, where focus goes after moving on.
pub const PHASE_HEADING_ID: &str = "phase-heading";

/// The steps a person sees, in order (the closed phase is not a step: it is the end).
const STEPS: [Phase; 4] = [Phase::Share, Phase::Group, Phase::Prioritise, Phase::Plan];

/// The ordered list of steps, with the current one marked.
#[component]
pub fn PhaseSteps(
    /// The phase the session is in.
    #[prop(into)]
    phase: Signal<Phase>,
) -> impl IntoView {
    view! {
        <ol class="phase-steps" aria-label=t!("session-steps")>
            {STEPS
                .into_iter()
                .map(|step| {
                    let current = move || phase.get() == step;
                    let done = move || phase.get() > step;
                    let note = move || {
                        let now = phase.get();
                        if now == step {
                            format!(" {}", t!("session-step-now"))
                        } else if now > step {
                            format!(" {}", t!("session-step-done"))
                        } else {
                            String::new()
                        }
                    };
                    view! {
                        <li
                            class="phase-steps__step"
                            class:phase-steps__step--current=current
                            class:phase-steps__step--done=done
                            aria-current=move || current().then_some("step")
                        >
                            {i18n::step_name(step)}
                            <span class="phase-steps__note">{note}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// A move on that was refused, and the phase the session was in then.
#[derive(Debug, Clone)]
struct Refusal {
    during: Phase,
    reason: String,
}

/// "Move on to <next phase>" (or "Finish the session" after planning), with any
/// reason it was refused beside it.
#[component]
pub fn MoveOn(
    /// The session.
    handle: SessionHandle,
    /// The phase the session is in.
    #[prop(into)]
    phase: Signal<Phase>,
) -> impl IntoView {
    // A refusal is said only while the session is still in the phase it was refused
    // in: a new phase (moved on here or on another device) leaves it behind.
    let refused = RwSignal::new(None::<Refusal>);
    let error = Signal::derive(move || {
        refused.with(|r| {
            r.as_ref()
                .filter(|r| r.during == phase.get())
                .map(|r| r.reason.clone())
        })
    });
    let moved = RwSignal::new(None::<String>);
    let move_on = move |_| {
        let during = phase.get_untracked();
        let Some(next) = during.next() else {
            return;
        };
        match handle.step.run(SessionStep::Advance { to: next }) {
            Ok(()) => {
                refused.set(None);
                moved.set(Some(if next == Phase::Closed {
                    t!("session-has-finished")
                } else {
                    t!("session-moved-on", step = i18n::step_name(next))
                }));
                focus_soon(PHASE_HEADING_ID.to_owned());
            }
            Err(reason) => {
                moved.set(None);
                refused.set(Some(Refusal { during, reason }));
            }
        }
    };
    let label = move || match phase.get().next() {
        Some(Phase::Closed) => t!("session-finish"),
        Some(next) => t!("session-move-on", step = i18n::step_name(next)),
        None => String::new(),
    };
    view! {
        <div class="move-on">
            <Show when=move || phase.get().next().is_some()>
                <button
                    type="button"
                    class="button"
                    aria-describedby=move || error.get().map(|_| "move-on-error")
                    on:click=move_on
                >
                    {label}
                </button>
            </Show>
            <Show when=move || error.get().is_some()>
                <p class="field__error" id="move-on-error" role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            <p class="move-on__status" role="status">
                {move || moved.get().unwrap_or_default()}
            </p>
        </div>
    }
}
