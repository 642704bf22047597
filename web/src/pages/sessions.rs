//! `/plan/:doc/sessions`: the plan's co-production sessions (those kept in the plan on
//! this device and the live ones this device started) and "Start a session".
//!
//! A one-device session is made by the core (`Session::new`) and added to the plan
//! with `Edit::AddSession`; a live one is created on the server by `crate::live`.

use cares_core::edits::Edit;
use cares_core::ids::SessionId;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::hooks::use_navigate;

use crate::components::form::{Choice, FieldKind, SelectField, TextField};
use crate::components::plan::plan_context::{PlanMissing, edit_problem, use_open_plan};
use crate::components::sign_in::SignInPanel;
use crate::i18n::{self, t};
use crate::live::{self, LiveStart};
use crate::session::new_session::{NewSessionForm, Problems};
use crate::session::session_path;
use crate::workspace::{plan_locality, today};

/// One line of the list of sessions.
#[derive(Debug, Clone, PartialEq)]
struct Listed {
    id: SessionId,
    title: String,
    date: NaiveDate,
    /// "3 December 2026 · On this device · Share", "… · On people's phones".
    detail: String,
}

/// How people take part in a new session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    ThisDevice,
    Phones,
}

/// The sessions page.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let sessions = Memo::new(move |_| {
        let mut listed: Vec<Listed> = open.doc.with(|d| {
            d.content()
                .sessions
                .iter()
                .map(|s| Listed {
                    id: s.id,
                    title: s.title.clone(),
                    date: s.date,
                    detail: t!(
                        "session-list-on-device",
                        date = s.date,
                        step = i18n::step_name(s.phase)
                    ),
                })
                .collect()
        });
        listed.extend(live::sessions_of(open.id).into_iter().map(|e| Listed {
            id: e.session,
            title: e.title,
            date: e.date,
            detail: t!("session-list-on-phones", date = e.date),
        }));
        listed.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
        listed
    });

    let title = RwSignal::new(String::new());
    let date = RwSignal::new(today().to_string());
    let area = RwSignal::new(String::new());
    let votes = RwSignal::new("3".to_owned());
    let way = RwSignal::new(Way::ThisDevice);
    let problems = RwSignal::new(Problems::default());
    let starting = RwSignal::new(false);
    // The server asked for a sign-in: the ways to sign in are shown under the form.
    let needs_sign_in = RwSignal::new(false);

    let area_choices = Memo::new(move |_| {
        let mut choices = vec![Choice::new("", t!("session-area-not-chosen"))];
        choices.extend(open.doc.with(|d| {
            d.content()
                .framework()
                .focus_areas
                .iter()
                .map(|a| Choice::new(a.number.get().to_string(), a.choice_label()))
                .collect::<Vec<_>>()
        }));
        choices
    });

    let navigate = use_navigate();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if starting.get_untracked() {
            return;
        }
        let locality = open.doc.with_untracked(|d| plan_locality(d.content()));
        let form = NewSessionForm {
            title: title.get_untracked(),
            date: date.get_untracked(),
            area: area.get_untracked(),
            votes: votes.get_untracked(),
        };
        let id = SessionId::from_uuid(uuid::Uuid::new_v4());
        let session = match form.build(id, locality.as_deref().unwrap_or_default()) {
            Ok(session) => session,
            Err(found) => {
                problems.set(found);
                return;
            }
        };
        match way.get_untracked() {
            Way::ThisDevice => match open.edit(Edit::AddSession {
                session: Box::new(session),
            }) {
                Ok(()) => navigate(&session_path(&open, id), Default::default()),
                Err(e) => problems.set(Problems::with_form(edit_problem(&e))),
            },
            Way::Phones => {
                problems.set(Problems::default());
                // Shown afresh if refused again, saying whether a kept key was refused.
                needs_sign_in.set(false);
                starting.set(true);
                let start = LiveStart {
                    plan: open.id,
                    title: session.title.clone(),
                    locality,
                    focus_area: session.focus_area,
                    date: session.date,
                    votes_per_person: u32::from(session.votes_per_person),
                };
                let navigate = navigate.clone();
                spawn_local_scoped(async move {
                    let outcome = live::start_session(start).await;
                    starting.set(false);
                    match outcome {
                        Ok(live_id) => navigate(&session_path(&open, live_id), Default::default()),
                        Err(reason) => {
                            needs_sign_in.set(live::http::asks_sign_in(&reason));
                            problems.set(Problems::with_form(reason));
                        }
                    }
                });
            }
        }
    };

    let problem =
        move |read: fn(&Problems) -> Option<String>| Signal::derive(move || problems.with(read));
    view! {
        <div class="sessions">
            <h1>{t!("sessions-title")}</h1>
            <p>{t!("sessions-intro")}</p>
            {move || {
                let list = sessions.get();
                if list.is_empty() {
                    view! { <p>{t!("sessions-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="session-list">
                            {list
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li class="session-list__item">
                                            <a class="session-list__title" href=session_path(&open, s.id) translate="no">
                                                {s.title}
                                            </a>
                                            <span class="session-list__detail">{s.detail}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
            <section aria-labelledby="start-session-heading">
                <h2 id="start-session-heading">{t!("session-start-title")}</h2>
                <form class="start-session" aria-labelledby="start-session-heading" novalidate on:submit=start>
                    <TextField
                        id="session-title"
                        label=t!("session-field-title")
                        hint=t!("session-field-title-hint")
                        required=true
                        value=title
                        on_input=Callback::new(move |v: String| title.set(v))
                        error=problem(|p| p.title.clone())
                    />
                    <TextField
                        id="session-date"
                        label=t!("session-field-date")
                        kind=FieldKind::Date
                        value=date
                        on_input=Callback::new(move |v: String| date.set(v))
                        on_change=Callback::new(move |v: String| date.set(v))
                        error=problem(|p| p.date.clone())
                    />
                    <SelectField
                        id="session-area"
                        label=t!("session-field-area")
                        choices=area_choices
                        value=area
                        on_change=Callback::new(move |v: String| area.set(v))
                    />
                    <div class="field" class:field--error=move || problems.with(|p| p.votes.is_some())>
                        <label class="field__label" for="session-votes">
                            {t!("session-field-votes")}
                        </label>
                        <Show when=move || problems.with(|p| p.votes.is_some())>
                            <p class="field__error" id="session-votes-error">
                                {move || problems.with(|p| p.votes.clone()).unwrap_or_default()}
                            </p>
                        </Show>
                        <input
                            id="session-votes"
                            class="field__input start-session__votes"
                            type="number"
                            inputmode="numeric"
                            min="1"
                            max="255"
                            aria-invalid=move || problems.with(|p| p.votes.is_some()).then_some("true")
                            aria-describedby=move || {
                                problems.with(|p| p.votes.is_some()).then_some("session-votes-error")
                            }
                            prop:value=move || votes.get()
                            on:input=move |ev| votes.set(event_target_value(&ev))
                        />
                    </div>
                    <fieldset class="field start-session__way">
                        <legend class="field__label">{t!("session-field-way")}</legend>
                        <label class="choice">
                            <input
                                type="radio"
                                name="session-way"
                                value="this-device"
                                prop:checked=move || way.get() == Way::ThisDevice
                                on:change=move |_| way.set(Way::ThisDevice)
                            />
                            {t!("session-way-this-device")}
                        </label>
                        <label class="choice">
                            <input
                                type="radio"
                                name="session-way"
                                value="phones"
                                prop:checked=move || way.get() == Way::Phones
                                on:change=move |_| way.set(Way::Phones)
                            />
                            {t!("session-way-phones")}
                        </label>
                    </fieldset>
                    <Show when=move || problems.with(|p| p.form.is_some())>
                        <p class="form-error" role="alert">
                            {move || problems.with(|p| p.form.clone()).unwrap_or_default()}
                        </p>
                    </Show>
                    <button
                        type="submit"
                        class="button"
                        aria-disabled=move || starting.get().then_some("true")
                    >
                        {move || if starting.get() { t!("session-starting") } else { t!("session-start") }}
                    </button>
                </form>
                <Show when=move || needs_sign_in.get()>
                    <SignInPanel doing="session" />
                </Show>
            </section>
        </div>
    }
    .into_any()
}
