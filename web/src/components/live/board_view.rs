//! The projector board: the join code and its QR code, the statements as they
//! arrive (hidden and removed ones never), the themes with their statements, and
//! the votes once the facilitator shows them. Read-only, in large type.
//!
//! Only a short count is announced to screen readers as it changes (role=status);
//! the lists themselves are not live regions, so a projector does not read every
//! new statement aloud.

use cares_core::coproduction::{Phase, Session, Viewer};
use cares_core::ids::ThemeId;
use cares_core::text::count;
use leptos::prelude::*;

use crate::live::client::{Link, LiveClient};
use crate::live::qr_src;

/// "1 dot" or "3 dots".
pub fn votes_words(n: u32) -> String {
    count(n, "dot", "dots")
}

/// What the board shows, worked out from the session in one go.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct BoardState {
    title: String,
    phase: Option<Phase>,
    loose: Vec<(String, String)>,
    themes: Vec<BoardTheme>,
    revealed: bool,
    statements: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BoardTheme {
    id: ThemeId,
    name: String,
    statements: Vec<(String, String)>,
    /// Rank, votes and tied, once revealed.
    tally: Option<(u32, u32, bool)>,
}

fn board_state(session: &Session) -> BoardState {
    let visible = session.visible_contributions();
    let loose = visible
        .iter()
        .filter(|c| c.theme.is_none_or(|t| session.theme(t).is_none()))
        .map(|c| (c.id.to_string(), c.text.clone()))
        .collect();
    let tally = session.visible_tally(Viewer::Board);
    let mut themes: Vec<BoardTheme> = session
        .themes
        .iter()
        .map(|t| BoardTheme {
            id: t.id,
            name: t.name.clone(),
            statements: session
                .contributions_in(t.id)
                .iter()
                .map(|c| (c.id.to_string(), c.text.clone()))
                .collect(),
            tally: tally
                .as_ref()
                .and_then(|r| r.iter().find(|r| r.theme == t.id))
                .map(|r| (r.rank, r.votes, r.tied)),
        })
        .collect();
    if tally.is_some() {
        themes.sort_by_key(|t| t.tally.map_or(u32::MAX, |(rank, ..)| rank));
    }
    BoardState {
        title: session.title.clone(),
        phase: Some(session.phase),
        loose,
        themes,
        revealed: tally.is_some(),
        statements: visible.len(),
    }
}

/// The board for one session's connection.
#[component]
pub fn BoardView(
    /// The board's connection.
    client: LiveClient,
) -> impl IntoView {
    let state = Memo::new(move |_| {
        client
            .session
            .with(|s| s.as_ref().map(board_state).unwrap_or_default())
    });
    let origin = window().location().origin().unwrap_or_default();
    let join_address = format!("{origin}/join");
    let count = move || {
        state.with(|s| {
            let statements = match s.statements {
                1 => "1 statement".to_owned(),
                n => format!("{n} statements"),
            };
            let themes = match s.themes.len() {
                0 => String::new(),
                1 => ", 1 theme".to_owned(),
                n => format!(", {n} themes"),
            };
            let votes = if s.revealed {
                ". The votes are shown."
            } else {
                ""
            };
            format!("{statements}{themes}{votes}")
        })
    };
    view! {
        <div class="live-board">
            <header class="live-board__head">
                <div>
                    <h1>{move || state.with(|s| if s.title.is_empty() { "Session board".to_owned() } else { s.title.clone() })}</h1>
                    <p class="live-board__phase">
                        {move || state.with(|s| s.phase.map(|p| format!("Now: {}", p.label())).unwrap_or_default())}
                    </p>
                    <p class="live-board__count" role="status">{count}</p>
                    <p class="live-link">{move || match client.link.get() {
                        Link::Connected => String::new(),
                        other => other.words(),
                    }}</p>
                </div>
                {move || {
                    client.code.get().map(|code| {
                        view! {
                            <div class="live-board__join">
                                <p class="live-board__code">"Join code: " <strong>{code.clone()}</strong></p>
                                <img
                                    class="live-board__qr"
                                    src=qr_src(&code)
                                    alt=format!("QR code that opens {join_address}?code={code}")
                                    width="220"
                                    height="220"
                                />
                                <p>"Go to " <strong>{join_address.clone()}</strong> " and type the code, or scan the QR code."</p>
                            </div>
                        }
                    })
                }}
            </header>
            <Show when=move || state.with(|s| !s.loose.is_empty())>
                <section aria-labelledby="board-statements">
                    <h2 id="board-statements">
                        {move || if state.with(|s| s.themes.is_empty()) { "What people need" } else { "Not in a theme yet" }}
                    </h2>
                    <ul class="live-board__statements">
                        <For
                            each=move || state.with(|s| s.loose.clone())
                            key=|(id, text)| (id.clone(), text.clone())
                            children=|(_, text)| view! { <li>{text}</li> }
                        />
                    </ul>
                </section>
            </Show>
            <Show when=move || state.with(|s| !s.themes.is_empty())>
                <section aria-labelledby="board-themes">
                    <h2 id="board-themes">
                        {move || if state.with(|s| s.revealed) { "Themes, by votes" } else { "Themes" }}
                    </h2>
                    <Show when=move || state.with(|s| s.phase == Some(Phase::Prioritise) && !s.revealed)>
                        <p>"Voting is open. The votes stay hidden until the facilitator shows them."</p>
                    </Show>
                    <ul class="live-board__themes">
                        <For
                            each=move || state.with(|s| s.themes.clone())
                            key=|t| t.clone()
                            children=|theme| {
                                let tally = theme.tally.map(|(rank, votes, tied)| {
                                    let tied = if tied { " (tied)" } else { "" };
                                    format!("Place {rank}{tied} — {}", votes_words(votes))
                                });
                                view! {
                                    <li class="live-board__theme" data-theme=theme.id.to_string()>
                                        <h3>{theme.name.clone()}</h3>
                                        {tally.map(|t| view! { <p class="live-board__votes">{t}</p> })}
                                        <ul>
                                            {theme
                                                .statements
                                                .into_iter()
                                                .map(|(_, text)| view! { <li>{text}</li> })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            }
                        />
                    </ul>
                </section>
            </Show>
            <Show when=move || state.with(|s| s.statements == 0 && s.phase.is_some())>
                <p class="live-waiting">"Statements will appear here as people send them."</p>
            </Show>
        </div>
    }
}
