//! "Where this action came from", in the action editor, for an action drafted at a
//! co-production session: the session, the theme, its votes and the statements it
//! came from. Only statements still visible are shown: a hidden one stays unseen and
//! a removed one is gone from the action's origin already. A one-device session is
//! in the plan's document; a live one comes from the copy the facilitator's
//! connection keeps on this device (`live::cached_session`), so it works offline.

use cares_core::coproduction::Session;
use cares_core::ids::SessionId;
use cares_core::plan::Origin;
use cares_core::text::count;
use leptos::prelude::*;

use crate::session::session_path;
use crate::workspace::OpenPlan;

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
            let session = match seen.title {
                Some(title) => view! { <a href=path>{title}</a> }.into_any(),
                None => view! { <a href=path>"a co-production session"</a> }.into_any(),
            };
            let votes = count(seen.votes, "vote", "votes");
            let statements = match seen.statements {
                Some(list) if list.is_empty() => {
                    view! { <p>"No statements to show: they have been hidden or removed."</p> }
                        .into_any()
                }
                Some(list) => view! {
                    <ul class="provenance__statements">
                        {list.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! {
                    <p>
                        "The statements are kept with the live session. Open the session on this device to keep a copy here."
                    </p>
                }
                .into_any(),
            };
            view! {
                <section class="provenance" aria-labelledby="provenance-heading">
                    <h2 id="provenance-heading">"Where this action came from"</h2>
                    <p>"Drafted at the co-production session " {session} "."</p>
                    <dl class="provenance__facts">
                        <dt>"Theme"</dt>
                        <dd>{seen.theme}</dd>
                        <dt>"Votes"</dt>
                        <dd>{votes}</dd>
                    </dl>
                    <h3>"What people said"</h3>
                    {statements}
                </section>
            }
        })
    }
}
