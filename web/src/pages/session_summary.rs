//! `/plan/:doc/session/:session/summary`: what a session produced, from the core's
//! `Session::summary()`, fit to print and share: counts only, no participant's name.
//! It says what the session adds to the progress marker "Involvement in co-production".

use cares_core::audit::long_date;
use cares_core::coproduction::{CountedBy, Session, SessionSummary};
use cares_core::ids::ActionId;
use cares_core::measures::ProgressMarker;
use cares_core::text::count;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::plan::plan_context::{
    NotInPlan, PlanMissing, action_path, action_plan, use_open_plan,
};
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
                <NotInPlan what="this session" back=back.clone() back_text="Back to sessions" />
            }
            .into_any(),
        }
    })
    .into_any()
}

/// "1 person", "3 people".
fn people(n: u32) -> String {
    count(n, "person", "people")
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
            <h1>"Session summary"</h1>
            <p role="status">"Loading the session…"</p>
        }
        .into_any(),
        Some(summary) => {
            let back = session_path(&open, summary.session);
            let drafted = drafted.get().unwrap_or_default();
            view! {
                <div class="session-summary">
                    <p class="back-link">
                        <a href=back>"Back to the session"</a>
                    </p>
                    <h1>"Session summary"</h1>
                    <SummaryBody summary=summary drafted=drafted open=open />
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=|_| {
                            // If printing is refused there is nothing more to do.
                            let _ = window().print();
                        }
                    >
                        "Print this summary"
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Where the number who took part comes from, in words.
fn counted_how(summary: &SessionSummary) -> String {
    let joined = format!("{} of them joined", summary.joined);
    match (summary.counted_by, summary.headcount) {
        (CountedBy::Headcount, _) => {
            format!("The facilitator counted the people in the room; {joined} to share or vote.")
        }
        (_, Some(counted)) => format!(
            "This is everyone who joined to share or vote. The facilitator counted {} in the room.",
            people(counted)
        ),
        _ => {
            "This is everyone who joined to share or vote. The facilitator did not count the room."
                .to_owned()
        }
    }
}

/// The statements in people's own words (no names), and a download of them as CSV.
#[component]
fn SaidList(summary: SessionSummary) -> impl IntoView {
    if summary.statements.is_empty() {
        return ().into_any();
    }
    let problem = RwSignal::new(None::<String>);
    let csv = summary.statements_csv();
    let name = file_name(&format!("{} statements", summary.title), ".csv");
    let click = move |_| match download(&name, "text/csv", csv.as_bytes()) {
        Ok(()) => problem.set(None),
        Err(reason) => problem.set(Some(format!(
            "The file could not be made: {reason}. Try again, or try another browser."
        ))),
    };
    let items = summary
        .statements
        .into_iter()
        .map(|st| {
            let theme = st.theme.map(
                |t| view! { <span class="session-summary__theme">{format!("Theme: {t}")}</span> },
            );
            view! { <li><span class="session-summary__said">{st.text}</span>{theme}</li> }
        })
        .collect_view();
    view! {
        <p>"In their own words, without names:"</p>
        <ul class="session-summary__said-list">{items}</ul>
        <button type="button" class="button button--secondary session-summary__download" on:click=click>
            "Download what people said (.csv)"
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
    let marker = ProgressMarker::CoproductionInvolvement;
    let mut about = vec![long_date(summary.date)];
    if !summary.locality.trim().is_empty() {
        about.push(summary.locality.clone());
    }
    let roles = summary.roles.clone();
    let ranking = summary.ranking.clone();
    let themes = summary.themes.clone();
    view! {
        <p class="session-summary__title">{summary.title.clone()}</p>
        <p class="session-summary__about">{about.join(" · ")}</p>
        <section aria-labelledby="summary-people">
            <h2 id="summary-people">"Who took part"</h2>
            <p class="session-summary__took-part">
                {format!("{} took part.", people(summary.participants))}
            </p>
            <p class="session-summary__counted">{counted_how(&summary)}</p>
            <p class="session-summary__marker">
                {format!(
                    "This counts towards the progress marker “{}”: {} {}.",
                    marker.label(),
                    summary.participants,
                    marker.unit(),
                )}
            </p>
            <p>
                {format!(
                    "{} said something about themselves.",
                    people(summary.described),
                )}
            </p>
            {if roles.is_empty() {
                view! { <p>"No caring roles were named."</p> }.into_any()
            } else {
                view! {
                    <h3>"Caring roles named"</h3>
                    <ul class="session-summary__roles">
                        {roles
                            .into_iter()
                            .map(|r| view! { <li>{format!("{}: {}", r.role.label(), r.participants)}</li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <p>{format!("Young carers: {}", summary.young_carers)}</p>
        </section>
        <section aria-labelledby="summary-said">
            <h2 id="summary-said">"What people said"</h2>
            <p class="session-summary__statements">
                {format!("{}.", count(summary.contributions, "statement", "statements"))}
            </p>
            <SaidList summary=summary.clone() />
        </section>
        <section aria-labelledby="summary-themes">
            <h2 id="summary-themes">"Themes"</h2>
            {match ranking {
                Some(ranked) if !ranked.is_empty() => view! {
                    <p>"Ranked by votes. Themes with the same votes share a place."</p>
                    <ol class="session-summary__ranking">
                        {ranked
                            .into_iter()
                            .map(|r| {
                                let place = if r.tied {
                                    format!("Place {} (tied)", r.rank)
                                } else {
                                    format!("Place {}", r.rank)
                                };
                                view! {
                                    <li>
                                        {format!(
                                            "{place}: {} — {}, {}",
                                            r.name,
                                            count(r.votes, "vote", "votes"),
                                            count(r.contributions, "statement", "statements"),
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any(),
                _ if themes.is_empty() => view! { <p>"No themes yet."</p> }.into_any(),
                _ => view! {
                    <p>"The votes have not been shown yet."</p>
                    <ul>
                        {themes
                            .into_iter()
                            .map(|t| {
                                view! {
                                    <li>
                                        {format!(
                                            "{} — {}",
                                            t.name,
                                            count(t.contributions, "statement", "statements"),
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
            <h2 id="summary-plan">"What went into the plan"</h2>
            {if drafted.is_empty() {
                view! { <p>"No draft actions yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="session-summary__actions">
                        {drafted
                            .into_iter()
                            .map(|(id, what)| view! { <li><a href=action_path(open.id, id)>{what}</a></li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}
