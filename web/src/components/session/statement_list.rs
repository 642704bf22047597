//! The "I need…" statements, as the facilitator sees them: each with "Hide" / "Show"
//! and "Remove" (asked twice: "Remove this statement for everyone?"), and while
//! grouping, a "Theme for this statement" choice.
//!
//! Hidden statements stay in the facilitator's list, marked, so they can be shown
//! again; the core never counts or shows them anywhere else.

use cares_core::coproduction::Contribution;
use cares_core::edits::SessionStep;
use cares_core::ids::{ContributionId, ThemeId};
use leptos::prelude::*;

use crate::components::form::focus_soon;
use crate::i18n::t;
use crate::session::handle::SessionHandle;

/// The id of the list's heading, where focus goes when a statement is removed.
const HEADING_ID: &str = "statements-heading";

/// Every statement in the session, in the order they were added.
#[component]
pub fn StatementList(
    /// The session.
    handle: SessionHandle,
    /// True while grouping: each statement gets a theme choice.
    #[prop(optional)]
    grouping: bool,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| s.contributions.iter().map(|c| c.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let counts = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| (s.visible_contributions().len(), s.contributions.len()))
                .unwrap_or_default()
        })
    });
    let asking = RwSignal::new(None::<ContributionId>);
    view! {
        <section class="statements" aria-labelledby=HEADING_ID>
            <h3 id=HEADING_ID tabindex="-1">
                {t!("session-statements-title")}
            </h3>
            <p class="statements__count" role="status">
                {move || {
                    let (shown, all) = counts.get();
                    match all - shown {
                        0 => t!("session-statements-count", count = shown),
                        hidden => t!("session-statements-hidden", shown = shown, hidden = hidden),
                    }
                }}
            </p>
            <ul class="statement-list">
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| {
                        view! { <StatementItem handle=handle id=id grouping=grouping asking=asking /> }
                    }
                />
            </ul>
        </section>
    }
}

/// One statement and what the facilitator can do with it.
#[component]
fn StatementItem(
    handle: SessionHandle,
    id: ContributionId,
    grouping: bool,
    asking: RwSignal<Option<ContributionId>>,
) -> impl IntoView {
    let statement = Memo::new(move |_| {
        handle
            .session
            .with(|s| s.as_ref().and_then(|s| s.contribution(id)).cloned())
    });
    let hidden = move || statement.with(|c| c.as_ref().is_some_and(|c| c.hidden));
    let error = RwSignal::new(None::<String>);
    let text_id = format!("statement-{id}");
    let error_id = format!("statement-{id}-error");
    let keep_id = format!("statement-{id}-keep");
    let remove_id = format!("statement-{id}-remove");
    let run = Callback::new(move |step: SessionStep| match handle.step.run(step) {
        Ok(()) => {
            error.set(None);
            true
        }
        Err(reason) => {
            error.set(Some(reason));
            false
        }
    });
    let toggle = move |_| {
        let step = if hidden() {
            SessionStep::Show { contribution: id }
        } else {
            SessionStep::Hide { contribution: id }
        };
        run.run(step);
    };
    let ask = {
        let keep_id = keep_id.clone();
        move |_| {
            asking.set(Some(id));
            focus_soon(keep_id.clone());
        }
    };
    let keep = {
        let remove_id = remove_id.clone();
        move |_| {
            asking.set(None);
            focus_soon(remove_id.clone());
        }
    };
    let remove = move |_| {
        if run.run(SessionStep::Remove { contribution: id }) {
            asking.set(None);
            focus_soon(HEADING_ID.to_owned());
        }
    };
    let described = {
        let text_id = text_id.clone();
        let error_id = error_id.clone();
        Signal::derive(move || {
            if error.get().is_some() {
                format!("{text_id} {error_id}")
            } else {
                text_id.clone()
            }
        })
    };
    view! {
        <li class="statement" class:statement--hidden=hidden>
            <p class="statement__text" id=text_id translate="no">
                {move || statement.with(|c| c.as_ref().map(|c| c.text.clone()))}
            </p>
            <Show when=hidden>
                <p class="statement__flag">{t!("session-statement-hidden")}</p>
            </Show>
            {grouping
                .then(|| {
                    view! { <ThemeChoice handle=handle statement=statement run=run described=described /> }
                })}
            <div class="button-row statement__buttons">
                <button
                    type="button"
                    class="button button--secondary"
                    aria-describedby=described
                    on:click=toggle
                >
                    {move || if hidden() { t!("session-statement-show") } else { t!("session-statement-hide") }}
                </button>
                <Show when=move || asking.get() != Some(id)>
                    <button
                        type="button"
                        id=remove_id.clone()
                        class="button button--warning"
                        aria-describedby=described
                        on:click=ask.clone()
                    >
                        {t!("session-statement-remove")}
                    </button>
                </Show>
            </div>
            <Show when=move || asking.get() == Some(id)>
                <div class="confirm">
                    <p class="confirm__question" role="alert">
                        {t!("session-statement-remove-ask")}
                    </p>
                    <div class="confirm__buttons">
                        <button type="button" class="button button--warning" on:click=remove>
                            {t!("session-statement-remove-yes")}
                        </button>
                        <button
                            type="button"
                            id=keep_id.clone()
                            class="button button--secondary"
                            on:click=keep.clone()
                        >
                            {t!("session-statement-keep")}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=error_id.clone() role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
        </li>
    }
}

/// "Theme for this statement": which theme a visible statement is grouped into.
#[component]
fn ThemeChoice(
    handle: SessionHandle,
    statement: Memo<Option<Contribution>>,
    run: Callback<SessionStep, bool>,
    described: Signal<String>,
) -> impl IntoView {
    let themes = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.themes
                        .iter()
                        .map(|t| (t.id, t.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let chosen = move || statement.with(|c| c.as_ref().and_then(|c| c.theme));
    let Some(id) = statement.with_untracked(|c| c.as_ref().map(|c| c.id)) else {
        return ().into_any();
    };
    let select_id = format!("theme-for-{id}");
    let change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let theme = uuid::Uuid::parse_str(&value).ok().map(ThemeId::from_uuid);
        run.run(SessionStep::Assign {
            contribution: id,
            theme,
        });
    };
    view! {
        <Show when=move || !statement.with(|c| c.as_ref().is_some_and(|c| c.hidden))>
            <div class="field statement__theme">
                <label class="field__label" for=select_id.clone()>
                    {t!("session-statement-theme")}
                </label>
                <select
                    id=select_id.clone()
                    class="field__input field__input--select"
                    aria-describedby=described
                    on:change=change
                >
                    <option value="" prop:selected=move || chosen().is_none()>
                        {t!("session-statement-no-theme")}
                    </option>
                    {move || {
                        themes
                            .get()
                            .into_iter()
                            .map(|(theme, name)| {
                                view! {
                                    <option
                                        value=theme.to_string()
                                        translate="no"
                                        prop:selected=move || chosen() == Some(theme)
                                    >
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
        </Show>
    }
    .into_any()
}
