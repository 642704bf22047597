//! The prioritise phase: the themes with their votes hidden until "Show the votes".
//!
//! On one device people vote in turn: "Who is voting?" picks someone who has voted
//! already or "Someone in the room"; the core counts dots per participant, so the
//! first dot of someone new joins them under the core's numbered stand-in name
//! ("Someone in the room 2"), never a real one. On a live session people vote on
//! their phones.

use cares_core::coproduction::ROOM_VOTER;
use cares_core::edits::SessionStep;
use cares_core::ids::{ParticipantId, ThemeId};
use leptos::prelude::*;

use crate::i18n::t;
use crate::session::handle::{SessionHandle, SessionPlace};

/// The prioritise phase.
#[component]
pub fn PrioritisePhase(
    /// The session.
    handle: SessionHandle,
) -> impl IntoView {
    let one_device = matches!(handle.place, SessionPlace::ThisDevice);
    let revealed = Memo::new(move |_| {
        handle
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.votes_revealed))
    });
    let themes = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| s.themes.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // None is "Someone in the room": the next new person.
    let voter = RwSignal::new(None::<ParticipantId>);
    let error = RwSignal::new(None::<String>);
    let voted = RwSignal::new(String::new());
    let votes_left = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref().map(|s| match voter.get() {
                Some(p) => s.votes_left(p),
                None => u32::from(s.votes_per_person),
            })
        })
    });
    let reveal = move |_| match handle.step.run(SessionStep::RevealVotes) {
        Ok(()) => error.set(None),
        Err(reason) => error.set(Some(reason)),
    };
    let add_dot = Callback::new(move |(theme, name): (ThemeId, String)| {
        // Said here in plain words: the core's refusal names the participant by id.
        let spent = voter.get_untracked().and_then(|p| {
            handle.session.with_untracked(|s| {
                let s = s.as_ref()?;
                let person = s.participant(p)?;
                (s.votes_left(p) == 0).then(|| person.pseudonym.clone())
            })
        });
        if let Some(who) = spent {
            voted.set(String::new());
            error.set(Some(t!("session-vote-spent", who = who)));
            return;
        }
        let who = match voter.get_untracked() {
            Some(p) => Ok(p),
            None => {
                let p = ParticipantId::from_uuid(uuid::Uuid::new_v4());
                let pseudonym = handle
                    .session
                    .with_untracked(|s| s.as_ref().map(crate::i18n::room_voter))
                    .unwrap_or_else(|| ROOM_VOTER.to_owned());
                handle
                    .step
                    .run(SessionStep::Join {
                        participant: p,
                        pseudonym,
                    })
                    .map(|()| {
                        voter.set(Some(p));
                        p
                    })
            }
        };
        let outcome = who.and_then(|participant| {
            handle
                .step
                .run(SessionStep::Vote { participant, theme })
                .map(|()| participant)
        });
        match outcome {
            Ok(participant) => {
                error.set(None);
                // Their last dot: the device is ready for the next person at once,
                // rather than asking them to find "Someone in the room" in the list.
                let finished = handle.session.with_untracked(|s| {
                    let s = s.as_ref()?;
                    (s.votes_left(participant) == 0)
                        .then(|| s.participant(participant).map(|p| p.pseudonym.clone()))
                        .flatten()
                });
                match finished {
                    Some(who) => {
                        voter.set(None);
                        voted.set(t!("session-vote-last", theme = name.as_str(), who = who));
                    }
                    None => voted.set(t!("session-vote-added", theme = name.as_str())),
                }
            }
            Err(reason) => {
                voted.set(String::new());
                error.set(Some(reason));
            }
        }
    });
    view! {
        {one_device
            .then(|| {
                view! { <VoterChoice handle=handle voter=voter /> }
            })}
        {one_device
            .then(|| {
                view! {
                    <p class="votes-left" role="status">
                        {move || votes_left.get().map(|n| t!("session-votes-left", count = n))}
                    </p>
                }
            })}
        <ul class="vote-list">
            <For
                each=move || themes.get()
                key=|theme| *theme
                children=move |theme| {
                    view! {
                        <VoteTheme
                            handle=handle
                            theme=theme
                            revealed=revealed
                            one_device=one_device
                            spent=Signal::derive(move || votes_left.get() == Some(0))
                            add_dot=add_dot
                        />
                    }
                }
            />
        </ul>
        <Show when=move || error.get().is_some()>
            <p class="field__error" role="alert">
                {move || error.get().unwrap_or_default()}
            </p>
        </Show>
        <p class="vote-status" role="status">
            {move || voted.get()}
        </p>
        <Show
            when=move || revealed.get()
            fallback=move || {
                view! {
                    <button type="button" class="button button--secondary" on:click=reveal>
                        {t!("session-votes-show")}
                    </button>
                }
            }
        >
            <p class="votes-shown">{t!("session-votes-showing")}</p>
        </Show>
    }
}

/// One theme to vote on: its name, statements, votes once shown, and on one device
/// "Add a dot to <theme>".
#[component]
fn VoteTheme(
    handle: SessionHandle,
    theme: ThemeId,
    revealed: Memo<bool>,
    one_device: bool,
    spent: Signal<bool>,
    add_dot: Callback<(ThemeId, String)>,
) -> impl IntoView {
    let seen = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref().and_then(|s| {
                let t = s.theme(theme)?;
                Some((
                    t.name.clone(),
                    s.contributions_in(theme).len(),
                    s.votes_for(theme),
                    s.contributions_in(theme)
                        .iter()
                        .map(|c| c.text.clone())
                        .collect::<Vec<_>>(),
                ))
            })
        })
    });
    let name = move || seen.with(|t| t.as_ref().map(|t| t.0.clone()).unwrap_or_default());
    let detail = move || {
        let (statements, votes) = seen.with(|t| t.as_ref().map(|t| (t.1, t.2)).unwrap_or_default());
        if revealed.get() {
            t!(
                "session-vote-theme-votes",
                statements = statements,
                votes = votes
            )
        } else {
            t!("session-vote-theme-hidden", statements = statements)
        }
    };
    view! {
        <li class="vote-theme">
            <h3 class="vote-theme__name" translate="no">{name}</h3>
            <p class="vote-theme__detail">{detail}</p>
            <ul class="vote-theme__statements" translate="no">
                {move || {
                    seen.with(|t| t.as_ref().map(|t| t.3.clone()).unwrap_or_default())
                        .into_iter()
                        .map(|text| view! { <li>{text}</li> })
                        .collect_view()
                }}
            </ul>
            {one_device
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button"
                            disabled=move || spent.get()
                            on:click=move |_| add_dot.run((theme, name()))
                        >
                            {move || t!("session-vote-add", theme = name())}
                        </button>
                    }
                })}
        </li>
    }
}

/// "Who is voting?": someone who has voted on this device, or someone new.
#[component]
fn VoterChoice(handle: SessionHandle, voter: RwSignal<Option<ParticipantId>>) -> impl IntoView {
    let people = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.participants
                        .iter()
                        .map(|p| (p.id, p.pseudonym.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div class="field">
            <label class="field__label" for="who-is-voting">
                {t!("session-who-is-voting")}
            </label>
            <p class="field__hint" id="who-is-voting-hint">
                {t!("session-who-is-voting-hint")}
            </p>
            <select
                id="who-is-voting"
                class="field__input field__input--select"
                aria-describedby="who-is-voting-hint"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    voter.set(uuid::Uuid::parse_str(&value).ok().map(ParticipantId::from_uuid));
                }
            >
                <option value="" prop:selected=move || voter.get().is_none()>
                    {t!("session-room-voter")}
                </option>
                {move || {
                    people
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            view! {
                                <option
                                    value=id.to_string()
                                    translate="no"
                                    prop:selected=move || voter.get() == Some(id)
                                >
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
