//! The phone's consent notice and the optional "about you" questions. Agreeing
//! and answering become one `Consent` step, so nothing about the person is kept
//! before they have agreed.

use cares_core::edits::SessionStep;
use cares_core::ids::ParticipantId;
use cares_core::roles::{CarerRole, CarerRoles};
use leptos::prelude::*;

use super::join_form::focus;
use crate::i18n::{self, t};

/// What is collected, who sees it, and that words can be removed; "I agree".
#[component]
pub fn ConsentNotice(
    /// Called when the person agrees.
    agreed: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="live-card" aria-labelledby="consent-heading">
            <h2 id="consent-heading">{t!("consent-title")}</h2>
            <ul class="live-notice">
                <li>{t!("consent-what-we-keep")}</li>
                <li>{t!("consent-who-sees")}</li>
                <li>{t!("consent-summary")}</li>
                <li>{t!("consent-remove")}</li>
            </ul>
            <button class="button" type="button" on:click=move |_| agreed.run(())>
                {t!("consent-agree")}
            </button>
        </section>
    }
}

/// "Which of these fit you?" and "Are you a young carer?", both optional.
#[component]
pub fn AboutYou(
    /// Who is answering.
    participant: ParticipantId,
    /// Makes the consent step; the error is a sentence.
    make: Callback<SessionStep, Result<(), String>>,
) -> impl IntoView {
    let chosen = RwSignal::new(CarerRoles::new());
    let young = RwSignal::new(None::<Option<bool>>);
    let error = RwSignal::new(None::<String>);
    focus("about-you-heading");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let step = SessionStep::Consent {
            participant,
            roles: chosen.get_untracked(),
            young_carer: young.get_untracked().flatten(),
        };
        match make.run(step) {
            Ok(()) => error.set(None),
            Err(e) => error.set(Some(e)),
        }
    };
    // "Are you a young carer?" below asks that one; it is not asked twice.
    let roles = CarerRole::ALL
        .iter()
        .filter(|role| **role != CarerRole::YoungCarer)
        .map(|role| {
            let role = *role;
            let id = format!("role-{}", role.key());
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                chosen.update(|set| {
                    if on {
                        set.insert(role);
                    } else {
                        set.remove(role);
                    }
                });
            };
            view! {
                <div class="live-choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || chosen.with(|set| set.contains(role))
                        on:change=toggle
                    />
                    <label for=id>{i18n::carer_role(role)}</label>
                </div>
            }
        })
        .collect_view();
    let answers: [(&str, String, Option<bool>); 3] = [
        ("young-yes", t!("answer-yes"), Some(true)),
        ("young-no", t!("answer-no"), Some(false)),
        ("young-unsaid", t!("answer-rather-not-say"), None),
    ];
    let young_choices = answers
        .into_iter()
        .map(|(id, label, value)| {
            view! {
                <div class="live-choice">
                    <input
                        type="radio"
                        name="young-carer"
                        id=id
                        prop:checked=move || young.get() == Some(value)
                        on:change=move |_| young.set(Some(value))
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="live-card" on:submit=submit novalidate aria-labelledby="about-you-heading">
            <h2 id="about-you-heading" tabindex="-1">{t!("about-you-title")}</h2>
            <p>{t!("about-you-optional")}</p>
            <fieldset class="live-fieldset">
                <legend>{t!("about-you-roles")}</legend>
                {roles}
            </fieldset>
            <fieldset class="live-fieldset">
                <legend>{t!("about-you-young-carer")}</legend>
                {young_choices}
            </fieldset>
            {move || error.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            <button class="button" type="submit">{t!("about-you-submit")}</button>
        </form>
    }
}
