//! A phone in a live session: the connection, then the consent notice, the
//! optional questions about the person, and the screen for the phase the
//! facilitator has reached.

use cares_core::edits::SessionStep;
use leptos::prelude::*;

use super::consent::{AboutYou, ConsentNotice};
use super::phone_phase::PhonePhase;
use crate::i18n::t;
use crate::live::client::{Link, LiveClient};
use crate::live::records::{self, Held};

/// Everything a phone shows once it has joined.
#[component]
pub fn PhoneSession(
    /// The phone's entry for the session.
    held: Held,
    /// Called when the person leaves (to join another session).
    left: Callback<()>,
) -> impl IntoView {
    let session_id = held.session;
    let client = LiveClient::open(held);
    let make = Callback::new(move |step: SessionStep| client.make(step));
    let agreed = RwSignal::new(false);
    let me = client.participant;
    let consented = Memo::new(move |_| {
        let me = me.get()?;
        client.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.participant(me))
                .map(|p| p.consented)
        })
    });
    let title = move || {
        client
            .session
            .with(|s| s.as_ref().map(|s| s.title.clone()))
            .unwrap_or_else(|| t!("phone-session-title"))
    };
    let leave = move |_| {
        crate::live::forget_session(session_id);
        records::set_current_phone(None);
        left.run(());
    };
    view! {
        <div class="live-phone">
            // The session's title is as its facilitator wrote it.
            <h1 translate=move || client.session.with(|s| s.is_some()).then_some("no")>{title}</h1>
            <p class="live-link" role="status">{move || client.link.get().words()}</p>
            {move || client.notice.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            {move || {
                if let Link::Ended(_) = client.link.get() {
                    return view! {
                        <p>{t!("phone-session-ended-help")}</p>
                    }
                    .into_any();
                }
                match (me.get(), consented.get()) {
                    (Some(participant), Some(false)) => {
                        if agreed.get() {
                            view! { <AboutYou participant=participant make=make /> }.into_any()
                        } else {
                            view! { <ConsentNotice agreed=Callback::new(move |()| agreed.set(true)) /> }
                                .into_any()
                        }
                    }
                    (Some(participant), Some(true)) => {
                        view! { <PhonePhase client=client participant=participant make=make /> }
                            .into_any()
                    }
                    _ => view! { <p class="live-waiting">{t!("phone-session-connecting")}</p> }.into_any(),
                }
            }}
            <p class="live-leave">
                <button class="button button--secondary" type="button" on:click=leave>
                    {t!("phone-session-leave")}
                </button>
            </p>
        </div>
    }
}
