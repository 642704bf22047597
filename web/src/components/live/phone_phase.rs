//! The phone's screen for the phase the session is in: "I need…" while sharing,
//! dot votes while prioritising, and otherwise a note that the facilitator is
//! working. What was typed offline is kept and sent when the connection returns.

use cares_core::coproduction::{Phase, Viewer};
use cares_core::edits::SessionStep;
use cares_core::ids::{ContributionId, ParticipantId, ThemeId};
use cares_core::session_copy::SessionEdit;
use leptos::prelude::*;
use uuid::Uuid;

use super::join_form::focus;
use crate::i18n::{self, t};
use crate::live::client::{Link, LiveClient};

const STATEMENT_ID: &str = "phone-statement";

/// The screen for the current phase.
#[component]
pub fn PhonePhase(
    /// The connection.
    client: LiveClient,
    /// Who this phone speaks for.
    participant: ParticipantId,
    /// Makes a session step; the error is a sentence.
    make: Callback<SessionStep, Result<(), String>>,
) -> impl IntoView {
    let phase = Memo::new(move |_| client.session.with(|s| s.as_ref().map(|s| s.phase)));
    move || match phase.get() {
        Some(Phase::Share) => {
            view! { <ShareScreen client=client participant=participant make=make /> }.into_any()
        }
        Some(Phase::Prioritise) => {
            view! { <VoteScreen client=client participant=participant make=make /> }.into_any()
        }
        Some(Phase::Closed) => view! {
            <section class="live-card">
                <h2>{i18n::phase(Phase::Closed)}</h2>
                <p>{t!("phone-finished")}</p>
            </section>
        }
        .into_any(),
        Some(phase) => view! {
            <section class="live-card">
                <h2>{i18n::phase(phase)}</h2>
                <p class="live-waiting">{t!("phone-waiting")}</p>
                <RevealedRanking client=client />
            </section>
        }
        .into_any(),
        None => view! { <p class="live-waiting">{t!("phone-session-connecting")}</p> }.into_any(),
    }
}

/// "I need…" and "Send", with what this person has sent and whether it has gone.
#[component]
fn ShareScreen(
    client: LiveClient,
    participant: ParticipantId,
    make: Callback<SessionStep, Result<(), String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = text.get_untracked();
        if words.trim().is_empty() {
            error.set(Some(t!("phone-share-empty")));
            focus(STATEMENT_ID);
            return;
        }
        let step = SessionStep::AddContribution {
            contribution: ContributionId::from_uuid(Uuid::new_v4()),
            participant: Some(participant),
            text: words,
        };
        match make.run(step) {
            Ok(()) => {
                error.set(None);
                text.set(String::new());
                focus(STATEMENT_ID);
            }
            Err(e) => {
                error.set(Some(e));
                focus(STATEMENT_ID);
            }
        }
    };
    // The statements this person sent, with whether the server has them yet.
    let mine = Memo::new(move |_| {
        let unsent: Vec<ContributionId> = client.pending.with(|pending| {
            pending
                .iter()
                .filter_map(|p| match &p.edit {
                    SessionEdit::Step {
                        step: SessionStep::AddContribution { contribution, .. },
                        ..
                    } => Some(*contribution),
                    _ => None,
                })
                .collect()
        });
        client.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.contributions
                        .iter()
                        .filter(|c| c.participant == Some(participant) && !c.hidden)
                        .map(|c| (c.id, c.text.clone(), !unsent.contains(&c.id)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let status = move || {
        let waiting = mine.with(|m| m.iter().any(|(_, _, sent)| !sent));
        let any = mine.with(|m| !m.is_empty());
        match (waiting, client.link.get()) {
            (true, Link::Connected) => Some(t!("phone-sending")),
            (true, _) => Some(t!("phone-not-sent-offline")),
            (false, _) if any => Some(t!("phone-sent")),
            _ => None,
        }
    };
    view! {
        <section class="live-card" aria-labelledby="share-heading">
            <h2 id="share-heading">{i18n::phase(Phase::Share)}</h2>
            <form class="live-form" on:submit=send novalidate>
                <div class="field" class:field--error=move || error.get().is_some()>
                    <label class="field__label" for=STATEMENT_ID>{t!("phone-share-label")}</label>
                    <p class="field__hint" id="phone-statement-hint">
                        {t!("phone-share-hint")}
                    </p>
                    {move || error.get().map(|m| view! { <p class="field__error" id="phone-statement-error">{m}</p> })}
                    <textarea
                        class="field__input live-textarea"
                        id=STATEMENT_ID
                        name="statement"
                        rows="3"
                        maxlength="500"
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=move || {
                            if error.get().is_some() {
                                "phone-statement-hint phone-statement-error"
                            } else {
                                "phone-statement-hint"
                            }
                        }
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <button class="button" type="submit">{t!("phone-share-send")}</button>
            </form>
            <p class="live-send-status" role="status">{status}</p>
            <Show when=move || mine.with(|m| !m.is_empty())>
                <h3>{t!("phone-shared-title")}</h3>
                <ul class="live-mine">
                    <For
                        each=move || mine.get()
                        key=|(id, text, sent)| (*id, text.clone(), *sent)
                        children=move |(_, text, sent)| {
                            view! {
                                <li>
                                    <span class="live-mine__text" translate="no">{text}</span>
                                    <span class="live-tag" class:live-tag--waiting=!sent>
                                        {if sent { t!("phone-sent") } else { t!("phone-not-sent") }}
                                    </span>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// Dot votes: one button per theme, and "Votes left: N".
#[component]
fn VoteScreen(
    client: LiveClient,
    participant: ParticipantId,
    make: Callback<SessionStep, Result<(), String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let left = Memo::new(move |_| {
        client
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.votes_left(participant)))
    });
    let themes = Memo::new(move |_| {
        client.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.themes
                        .iter()
                        .map(|t| {
                            let mine = s
                                .votes
                                .iter()
                                .filter(|v| v.participant == participant && v.theme == t.id)
                                .count();
                            let said: Vec<String> = s
                                .contributions_in(t.id)
                                .iter()
                                .map(|c| c.text.clone())
                                .collect();
                            (t.id, t.name.clone(), mine, said)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let vote = move |theme: ThemeId, add: bool| {
        let step = if add {
            SessionStep::Vote { participant, theme }
        } else {
            SessionStep::Unvote { participant, theme }
        };
        error.set(make.run(step).err());
    };
    view! {
        <section class="live-card" aria-labelledby="vote-heading">
            <h2 id="vote-heading">{i18n::phase(Phase::Prioritise)}</h2>
            <p>{t!("phone-vote-intro")}</p>
            <p class="live-votes-left" role="status">{move || t!("phone-votes-left", count = left.get())}</p>
            {move || error.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            <ul class="live-themes">
                <For
                    each=move || themes.get()
                    key=|theme| theme.clone()
                    children=move |(id, name, mine, statements)| {
                        let add_label = t!("phone-vote-add", theme = name.as_str());
                        let back_label = t!("phone-vote-take-back", theme = name.as_str());
                        view! {
                            <li class="live-theme">
                                <h3 translate="no">{name.clone()}</h3>
                                <p class="live-theme__meta">
                                    {t!("phone-theme-meta", statements = statements.len(), dots = mine)}
                                </p>
                                <ul class="live-theme__statements" translate="no">
                                    {statements.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                                </ul>
                                <div class="button-row">
                                    <button
                                        class="button"
                                        type="button"
                                        disabled=move || left.get() == 0
                                        on:click=move |_| vote(id, true)
                                    >
                                        {add_label}
                                    </button>
                                    <Show when=move || { mine > 0 }>
                                        <button
                                            class="button button--secondary"
                                            type="button"
                                            on:click=move |_| vote(id, false)
                                        >
                                            {back_label.clone()}
                                        </button>
                                    </Show>
                                </div>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}

/// The ranking, once the facilitator has shown the votes.
#[component]
fn RevealedRanking(client: LiveClient) -> impl IntoView {
    let ranking = Memo::new(move |_| {
        client.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.visible_tally(Viewer::Board))
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || ranking.with(|r| !r.is_empty())>
            <h3>{t!("phone-ranking-title")}</h3>
            <ol class="live-ranking">
                {move || {
                    ranking
                        .get()
                        .into_iter()
                        .map(|r| {
                            let line = t!(
                                "ranking-line",
                                rank = r.rank,
                                tied = if r.tied { "yes" } else { "no" },
                                theme = r.name.as_str(),
                                votes = r.votes
                            );
                            view! { <li>{line}</li> }
                        })
                        .collect_view()
                }}
            </ol>
        </Show>
    }
}
