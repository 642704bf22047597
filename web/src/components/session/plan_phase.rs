//! The plan phase (and after): the themes ranked by their votes, places shared on a
//! tie (1, 1, 3) and said in words, each with "Make this a draft action".
//!
//! The action is drafted by the core (`Session::draft_action`, which records where it
//! came from) and added to the plan open on this device, for a live session too.
//! A theme already drafted says "Added to the plan" with a link to its action.

use cares_core::edits::Edit;
use cares_core::ids::{ActionId, ThemeId};
use leptos::prelude::*;

use crate::components::plan::plan_context::{action_path, action_plan, edit_problem};
use crate::i18n::t;
use crate::session::handle::SessionHandle;
use crate::session::sentence;
use crate::workspace::OpenPlan;

/// The ranked themes and their draft actions.
#[component]
pub fn PlanPhase(
    /// The session.
    handle: SessionHandle,
    /// The plan the draft actions go into.
    open: OpenPlan,
) -> impl IntoView {
    let ranking = Memo::new(move |_| {
        handle
            .session
            .with(|s| s.as_ref().map(|s| s.ranking()).unwrap_or_default())
    });
    view! {
        <Show
            when=move || !ranking.with(Vec::is_empty)
            fallback=|| view! { <p>{t!("session-plan-no-themes")}</p> }
        >
            <ol class="ranking">
                <For
                    each=move || ranking.get()
                    key=|ranked| ranked.theme
                    children=move |ranked| {
                        view! { <RankedItem handle=handle open=open theme=ranked.theme ranking=ranking /> }
                    }
                />
            </ol>
        </Show>
    }
}

/// One ranked theme.
#[component]
fn RankedItem(
    handle: SessionHandle,
    open: OpenPlan,
    theme: ThemeId,
    ranking: Memo<Vec<cares_core::coproduction::RankedTheme>>,
) -> impl IntoView {
    let ranked =
        Memo::new(move |_| ranking.with(|all| all.iter().find(|r| r.theme == theme).cloned()));
    let statements = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.contributions_in(theme)
                        .iter()
                        .map(|c| c.text.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The action already drafted from this theme, if any: (id, wording).
    let drafted = Memo::new(move |_| {
        let session = handle.session.get()?;
        open.doc.with(|d| {
            let plan = action_plan(d)?;
            session
                .drafted_in(plan)
                .into_iter()
                .find(|a| a.origin.as_ref().is_some_and(|o| o.theme == theme))
                .map(|a| (a.id, a.what.clone()))
        })
    });
    let error = RwSignal::new(None::<String>);
    let name_id = format!("ranked-{theme}");
    let error_id = format!("ranked-{theme}-error");
    let link_id = format!("ranked-{theme}-added");
    let make = {
        let link_id = link_id.clone();
        move |_| {
            let id = ActionId::from_uuid(uuid::Uuid::new_v4());
            let Some(drafted) = handle
                .session
                .with_untracked(|s| s.as_ref().map(|s| s.draft_action(theme, id)))
            else {
                return;
            };
            let action = match drafted {
                Ok(action) => action,
                Err(e) => {
                    error.set(Some(sentence(&crate::i18n::session_error(&e))));
                    return;
                }
            };
            let Some(plan) = open.doc.with_untracked(|d| action_plan(d).map(|p| p.id)) else {
                error.set(Some(t!("session-plan-no-plan")));
                return;
            };
            match open.edit(Edit::AddAction {
                plan,
                action: Box::new(action),
                after: None,
            }) {
                Ok(()) => {
                    error.set(None);
                    crate::components::form::focus_soon(link_id.clone());
                }
                Err(e) => error.set(Some(edit_problem(&e))),
            }
        }
    };
    let place = move || {
        ranked.with(|r| {
            r.as_ref()
                .map(|r| {
                    t!(
                        "session-plan-place",
                        rank = r.rank,
                        tied = if r.tied { "yes" } else { "no" }
                    )
                })
                .unwrap_or_default()
        })
    };
    let votes = move || {
        ranked.with(|r| {
            r.as_ref()
                .map(|r| t!("session-plan-votes", count = r.votes))
                .unwrap_or_default()
        })
    };
    let name = move || ranked.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    view! {
        <li class="ranked">
            <h3 class="ranked__name" id=name_id.clone()>
                <span class="ranked__place">{place}</span>
                " "
                <span translate="no">{name}</span>
            </h3>
            <p class="ranked__votes">{votes}</p>
            <Show when=move || !statements.with(Vec::is_empty)>
                <ul class="ranked__statements" translate="no">
                    {move || {
                        statements
                            .get()
                            .into_iter()
                            .map(|text| view! { <li>{text}</li> })
                            .collect_view()
                    }}
                </ul>
            </Show>
            {move || match drafted.get() {
                Some((action, what)) => view! {
                    <p class="ranked__added">
                        {t!("session-plan-added")}
                        " "
                        <a id=link_id.clone() href=action_path(open.id, action) translate="no">
                            {what}
                        </a>
                    </p>
                }
                .into_any(),
                None => view! {
                    <button
                        type="button"
                        class="button"
                        aria-describedby=name_id.clone()
                        on:click=make.clone()
                    >
                        {t!("session-plan-make-draft")}
                    </button>
                }
                .into_any(),
            }}
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=error_id.clone() role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
        </li>
    }
}
