//! "Where this action came from", in the action editor, for an action drafted at a
//! co-production session: the session, the theme, its votes and the statements it
//! came from. Only statements still visible are shown: a hidden one stays unseen and
//! a removed one is gone from the action's origin already. A one-device session is
//! in the plan's document; a live one comes from the copy the facilitator's
//! connection keeps on this device (`live::cached_session`), so it works offline.

use cares_core::coproduction::Session;
use cares_core::ids::SessionId;
use cares_core::plan::Origin;
use leptos::prelude::*;

use crate::i18n::t;
use crate::session::session_path;
use crate::workspace::OpenPlan;

/// Stands in for the session's link in "Drafted at the co-production session …".
const SESSION_MARK: &str = "\u{2063}";

/// What the editor shows about one origin.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    session: SessionId,
    title: Option<String>,
    theme: String,
    votes: u32,
    /// The visible statements' words; `None` when this device holds no copy of the
    /// session (a live session whose screen was never opened here).
    statements: Option<Vec<String>>,
}

/// Where an action came from, if it was drafted at a session; nothing otherwise.
#[component]
pub fn Provenance(
    /// The plan the action is in.
    open: OpenPlan,
    /// The action's origin.
    #[prop(into)]
    origin: Signal<Option<Origin>>,
) -> impl IntoView {
    let seen = Memo::new(move |_| {
        let origin = origin.get()?;
        let words = |session: &Session| -> (Option<String>, Option<Vec<String>>) {
            (
                Some(session.title.clone()),
                Some(
                    origin
                        .contributions
                        .iter()
                        .filter_map(|id| session.contribution(*id))
                        .filter(|c| !c.hidden)
                        .map(|c| c.text.clone())
                        .collect(),
                ),
            )
        };
        let here = open.doc.with(|d| {
            d.content()
                .sessions
                .iter()
                .find(|s| s.id == origin.session)
                .map(words)
        });
        let (title, statements) = here
            .or_else(|| crate::live::cached_session(origin.session).map(|s| words(&s)))
            .unwrap_or((None, None));
        let title = title.or_else(|| {
            crate::live::sessions_of(open.id)
                .into_iter()
                .find(|entry| entry.session == origin.session)
                .map(|entry| entry.title)
        });
        Some(Seen {
            session: origin.session,
            title,
            theme: origin.theme_name.clone(),
            votes: origin.votes,
            statements,
        })
    });
    move || {
        seen.get().map(|seen| {
            let path = session_path(&open, seen.session);
            // "Drafted at the co-production session <title>.": the title, as written, is
            // a link inside the sentence, so the sentence is split where it stands.
            let said = t!("session-provenance-drafted", session = SESSION_MARK);
            let (before, after) = said
                .split_once(SESSION_MARK)
                .map_or((said.clone(), String::new()), |(b, a)| {
                    (b.to_owned(), a.to_owned())
                });
            let session = match seen.title {
                Some(title) => view! { <a href=path translate="no">{title}</a> }.into_any(),
                None => view! { <a href=path>{t!("session-provenance-unnamed")}</a> }.into_any(),
            };
            let votes = t!("session-plan-votes", count = seen.votes);
            let statements = match seen.statements {
                Some(list) if list.is_empty() => {
                    view! { <p>{t!("session-provenance-none")}</p> }.into_any()
                }
                Some(list) => view! {
                    <ul class="provenance__statements" translate="no">
                        {list.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! {
                    <p>{t!("session-provenance-elsewhere")}</p>
                }
                .into_any(),
            };
            view! {
                <section class="provenance" aria-labelledby="provenance-heading">
                    <h2 id="provenance-heading">{t!("session-provenance-title")}</h2>
                    <p>{before} {session} {after}</p>
                    <dl class="provenance__facts">
                        <dt>{t!("session-provenance-theme")}</dt>
                        <dd translate="no">{seen.theme}</dd>
                        <dt>{t!("session-provenance-votes")}</dt>
                        <dd>{votes}</dd>
                    </dl>
                    <h3>{t!("session-summary-said")}</h3>
                    {statements}
                </section>
            }
        })
    }
}
