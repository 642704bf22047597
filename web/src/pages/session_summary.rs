//! `/plan/:doc/session/:session/summary`: what a session produced, from the core's
//! `Session::summary()`, fit to print and share: counts only, no participant's name.
//! It says what the session adds to the progress marker "Involvement in co-production".

use cares_core::coproduction::{CountedBy, Session, SessionSummary};
use cares_core::ids::ActionId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::plan::plan_context::{
    NotInPlan, PlanMissing, action_path, action_plan, use_open_plan,
};
use crate::i18n::{self, t};
use crate::session::handle::SessionHandle;
use crate::session::{handle_for, parse_session_id, session_path};
use crate::store::files::{download, file_name};
use crate::workspace::OpenPlan;

/// The summary page: finds the session named in the address.
#[component]
pub fn SessionSummaryPage() -> impl IntoView {
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
            .and_then(|id| handle_for(open, id));
        match found {
            Some(handle) => view! { <SummaryView open=open handle=handle /> }.into_any(),
            None => view! {
                <NotInPlan what=t!("session-this") back=back.clone() back_text=t!("session-back") />
            }
            .into_any(),
        }
    })
    .into_any()
}

/// The summary, once the session is here.
#[component]
fn SummaryView(open: OpenPlan, handle: SessionHandle) -> impl IntoView {
    let summary = Memo::new(move |_| handle.session.with(|s| s.as_ref().map(Session::summary)));
    // What went into the plan: the actions drafted from this session.
    let drafted = Memo::new(move |_| {
        let session = handle.session.get()?;
        open.doc.with(|d| {
            let plan = action_plan(d)?;
            Some(
                session
                    .drafted_in(plan)
                    .into_iter()
                    .map(|a| (a.id, a.what.clone()))
                    .collect::<Vec<(ActionId, String)>>(),
            )
        })
    });
    move || match summary.get() {
        None => view! {
            <h1>{t!("session-summary-title")}</h1>
            <p role="status">{t!("session-loading")}</p>
        }
        .into_any(),
        Some(summary) => {
            let back = session_path(&open, summary.session);
            let drafted = drafted.get().unwrap_or_default();
            view! {
                <div class="session-summary">
                    <p class="back-link">
                        <a href=back>{t!("session-summary-back")}</a>
                    </p>
                    <h1>{t!("session-summary-title")}</h1>
                    <SummaryBody summary=summary drafted=drafted open=open />
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=|_| {
                            // If printing is refused there is nothing more to do.
                            let _ = window().print();
                        }
                    >
                        {t!("session-summary-print")}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Where the number who took part comes from, in words.
fn counted_how(summary: &SessionSummary) -> String {
    match (summary.counted_by, summary.headcount) {
        (CountedBy::Headcount, _) => {
            t!("session-summary-counted-room", joined = summary.joined)
        }
        (_, Some(counted)) => t!("session-summary-counted-joined", counted = counted),
        _ => t!("session-summary-not-counted"),
    }
}

/// The statements in people's own words (no names), and a download of them as CSV.
#[component]
fn SaidList(summary: SessionSummary) -> impl IntoView {
    if summary.statements.is_empty() {
        return ().into_any();
    }
    let problem = RwSignal::new(None::<String>);
    let csv = crate::i18n::statements_csv(&summary);
    let name = file_name(
        &t!("session-summary-file-name", title = summary.title.as_str()),
        ".csv",
    );
    let click = move |_| match download(&name, "text/csv", csv.as_bytes()) {
        Ok(()) => problem.set(None),
        Err(reason) => problem.set(Some(t!("session-summary-file-failed", reason = reason))),
    };
    let items = summary
        .statements
        .into_iter()
        .map(|st| {
            let theme = st.theme.map(|name| {
                view! {
                    <span class="session-summary__theme">
                        {t!("session-summary-theme")} " " <span translate="no">{name}</span>
                    </span>
                }
            });
            view! {
                <li>
                    <span class="session-summary__said" translate="no">{st.text}</span>
                    {theme}
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{t!("session-summary-own-words")}</p>
        <ul class="session-summary__said-list">{items}</ul>
        <button type="button" class="button button--secondary session-summary__download" on:click=click>
            {t!("session-summary-download")}
        </button>
        {move || problem.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
    }
    .into_any()
}

/// The parts of the summary.
#[component]
fn SummaryBody(
    summary: SessionSummary,
    drafted: Vec<(ActionId, String)>,
    open: OpenPlan,
) -> impl IntoView {
    // "3 December 2026 · Maltby": the locality is a name as written.
    let locality = summary.locality.trim().to_owned();
    let locality =
        (!locality.is_empty()).then(|| view! { " · " <span translate="no">{locality}</span> });
    let roles = summary.roles.clone();
    let ranking = summary.ranking.clone();
    let themes = summary.themes.clone();
    view! {
        <p class="session-summary__title" translate="no">{summary.title.clone()}</p>
        <p class="session-summary__about">{i18n::date(summary.date)} {locality}</p>
        <section aria-labelledby="summary-people">
            <h2 id="summary-people">{t!("session-summary-who")}</h2>
            <p class="session-summary__took-part">
                {t!("session-summary-took-part", count = summary.participants)}
            </p>
            <p class="session-summary__counted">{counted_how(&summary)}</p>
            <p class="session-summary__marker">
                // The marker is "Involvement in co-production", counted in people.
                {t!("session-summary-marker", count = summary.participants)}
            </p>
            <p>{t!("session-summary-described", count = summary.described)}</p>
            {if roles.is_empty() {
                view! { <p>{t!("session-summary-no-roles")}</p> }.into_any()
            } else {
                view! {
                    <h3>{t!("session-summary-roles")}</h3>
                    <ul class="session-summary__roles">
                        {roles
                            .into_iter()
                            .map(|r| {
                                let role = i18n::carer_role(r.role);
                                view! { <li>{t!("session-summary-role", role = role, count = r.participants)}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <p>{t!("session-summary-young-carers", count = summary.young_carers)}</p>
        </section>
        <section aria-labelledby="summary-said">
            <h2 id="summary-said">{t!("session-summary-said")}</h2>
            <p class="session-summary__statements">
                {t!("session-summary-statements", count = summary.contributions)}
            </p>
            <SaidList summary=summary.clone() />
        </section>
        <section aria-labelledby="summary-themes">
            <h2 id="summary-themes">{t!("session-summary-themes")}</h2>
            {match ranking {
                Some(ranked) if !ranked.is_empty() => view! {
                    <p>{t!("session-summary-ranked")}</p>
                    <ol class="session-summary__ranking">
                        {ranked
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li>
                                        {t!(
                                            "session-summary-place",
                                            rank = r.rank,
                                            tied = if r.tied { "yes" } else { "no" },
                                            theme = r.name,
                                            votes = r.votes,
                                            statements = r.contributions
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any(),
                _ if themes.is_empty() => view! { <p>{t!("session-summary-no-themes")}</p> }.into_any(),
                _ => view! {
                    <p>{t!("session-summary-votes-hidden")}</p>
                    <ul>
                        {themes
                            .into_iter()
                            .map(|t| {
                                view! {
                                    <li>
                                        {t!(
                                            "session-summary-theme-line",
                                            theme = t.name,
                                            statements = t.contributions
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
        <section aria-labelledby="summary-plan">
            <h2 id="summary-plan">{t!("session-summary-plan")}</h2>
            {if drafted.is_empty() {
                view! { <p>{t!("session-summary-no-actions")}</p> }.into_any()
            } else {
                view! {
                    <ul class="session-summary__actions">
                        {drafted
                            .into_iter()
                            .map(|(id, what)| view! { <li><a href=action_path(open.id, id) translate="no">{what}</a></li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}
