//! `/plan/:doc/session/:session`: the facilitator's view of a session in every phase,
//! for a one-device session and the facilitator of a live one alike (both come as a
//! `SessionHandle`). A live session adds its join panel.
//!
//! The page shows the steps, the phase in hand with its own tools, an optional
//! timer, "Move on to …" and a link to the session summary.

use cares_core::coproduction::Phase;
use cares_core::ids::SessionId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::plan::plan_context::{NotInPlan, PlanMissing, use_open_plan};
use crate::components::session::group_phase::GroupPhase;
use crate::components::session::live_panel::LivePanel;
use crate::components::session::phase_steps::{MoveOn, PHASE_HEADING_ID, PhaseSteps};
use crate::components::session::phase_timer::PhaseTimer;
use crate::components::session::plan_phase::PlanPhase;
use crate::components::session::prioritise_phase::PrioritisePhase;
use crate::components::session::share_phase::SharePhase;
use crate::i18n::{self, t};
use crate::session::handle::{SessionHandle, SessionPlace};
use crate::session::{handle_for, parse_session_id, session_path};
use crate::workspace::OpenPlan;

/// The facilitator's page: finds the session named in the address.
#[component]
pub fn SessionRoomPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let params = use_params_map();
    let named = Memo::new(move |_| params.with(|p| p.get("session")));
    let back = format!("/plan/{}/sessions", open.id);
    (move || {
        let found = named
            .get()
            .and_then(|text| parse_session_id(&text))
            .and_then(|id| handle_for(open, id).map(|handle| (id, handle)));
        match found {
            Some((id, handle)) => {
                view! { <SessionRoom open=open id=id handle=handle /> }.into_any()
            }
            None => view! {
                <NotInPlan what=t!("session-this") back=back.clone() back_text=t!("session-back") />
            }
            .into_any(),
        }
    })
    .into_any()
}

/// The facilitator's view of one session.
#[component]
fn SessionRoom(open: OpenPlan, id: SessionId, handle: SessionHandle) -> impl IntoView {
    let phase = Memo::new(move |_| {
        handle
            .session
            .with(|s| s.as_ref().map(|s| s.phase))
            .unwrap_or_default()
    });
    let loaded = Memo::new(move |_| handle.session.with(Option::is_some));
    // The session's title as written, or the app's own words while it loads.
    let heading = Memo::new(move |_| handle.session.with(|s| s.as_ref().map(|s| s.title.clone())));
    let about = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref().map(|s| {
                let place = match handle.place {
                    SessionPlace::ThisDevice => t!("session-on-device"),
                    SessionPlace::Live(_) => t!("session-on-phones"),
                };
                let votes = t!("session-votes-each", votes = s.votes_per_person);
                (
                    i18n::date(s.date),
                    s.locality.trim().to_owned(),
                    place,
                    votes,
                )
            })
        })
    });
    let sessions = format!("/plan/{}/sessions", open.id);
    let summary = format!("{}/summary", session_path(&open, id));
    let live = match handle.place {
        SessionPlace::Live(info) => Some(view! { <LivePanel info=info /> }),
        SessionPlace::ThisDevice => None,
    };
    view! {
        <div class="session-room">
            <p class="back-link">
                <a href=sessions>{t!("session-back")}</a>
            </p>
            <h1 translate=move || heading.with(|h| h.is_some().then_some("no"))>
                {move || heading.get().unwrap_or_else(|| t!("session-heading-loading"))}
            </h1>
            {move || {
                about
                    .get()
                    .map(|(date, locality, place, votes)| {
                        // "3 December 2026 · Maltby · On this device · Votes each: 3": the
                        // locality is a name as written, between the app's own words.
                        let locality = (!locality.is_empty())
                            .then(|| view! { <span translate="no">{locality}</span> " · " });
                        view! {
                            <p class="session-room__about">
                                {date} " · " {locality} {place} " · " {votes}
                            </p>
                        }
                    })
            }}
            {live}
            <Show
                when=move || loaded.get()
                fallback=|| view! { <p role="status">{t!("session-loading")}</p> }
            >
                <PhaseSteps phase=phase />
                <section class="session-phase" aria-labelledby=PHASE_HEADING_ID>
                    <h2 id=PHASE_HEADING_ID tabindex="-1">
                        {move || i18n::phase(phase.get())}
                    </h2>
                    <Show when=move || phase.get() != Phase::Closed>
                        <PhaseTimer session=id phase=phase />
                    </Show>
                    {move || match phase.get() {
                        Phase::Share => view! { <SharePhase handle=handle /> }.into_any(),
                        Phase::Group => view! { <GroupPhase handle=handle /> }.into_any(),
                        Phase::Prioritise => view! { <PrioritisePhase handle=handle /> }.into_any(),
                        _ => view! {
                            <Show when=move || phase.get() == Phase::Closed>
                                <p>{t!("session-finished")}</p>
                            </Show>
                            <PlanPhase handle=handle open=open />
                        }
                        .into_any(),
                    }}
                    <MoveOn handle=handle phase=phase />
                </section>
            </Show>
            <p class="session-room__summary">
                <a href=summary>{t!("session-summary-link")}</a>
            </p>
        </div>
    }
}
