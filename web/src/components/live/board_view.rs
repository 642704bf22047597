//! The projector board: the join code and its QR code, the statements as they
//! arrive (hidden and removed ones never), the themes with their statements, and
//! the votes once the facilitator shows them. Read-only, in large type.
//!
//! Only a short count is announced to screen readers as it changes (role=status);
//! the lists themselves are not live regions, so a projector does not read every
//! new statement aloud.

use cares_core::coproduction::{Phase, Session, Viewer};
use cares_core::ids::ThemeId;
use leptos::prelude::*;

use crate::i18n::{self, t};
use crate::live::client::{Link, LiveClient};
use crate::live::qr_src;

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
            t!(
                "board-count",
                statements = s.statements,
                themes = s.themes.len(),
                revealed = if s.revealed { "yes" } else { "no" }
            )
        })
    };
    view! {
        <div class="live-board">
            <header class="live-board__head">
                <div>
                    <h1 translate=move || state.with(|s| (!s.title.is_empty()).then_some("no"))>
                        {move || state.with(|s| if s.title.is_empty() { t!("board-title") } else { s.title.clone() })}
                    </h1>
                    <p class="live-board__phase">
                        {move || state.with(|s| s.phase.map(|p| t!("board-now", phase = i18n::phase(p))).unwrap_or_default())}
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
                                <p class="live-board__code">{t!("board-code")} " " <strong translate="no">{code.clone()}</strong></p>
                                <img
                                    class="live-board__qr"
                                    src=qr_src(&code)
                                    alt=t!("board-qr", address = format!("{join_address}?code={code}"))
                                    width="220"
                                    height="220"
                                />
                                <p>{t!("board-join-how", address = join_address.clone())}</p>
                            </div>
                        }
                    })
                }}
            </header>
            // Once there are themes they lead: what is not in one yet follows.
            <Show when=move || state.with(|s| !s.themes.is_empty())>
                <section aria-labelledby="board-themes">
                    <h2 id="board-themes">
                        {move || if state.with(|s| s.revealed) { t!("board-themes-by-votes") } else { t!("board-themes") }}
                    </h2>
                    <Show when=move || state.with(|s| s.phase == Some(Phase::Prioritise) && !s.revealed)>
                        <p>{t!("board-voting-open")}</p>
                    </Show>
                    <ul class="live-board__themes">
                        <For
                            each=move || state.with(|s| s.themes.clone())
                            key=|t| t.clone()
                            children=|theme| {
                                let tally = theme.tally.map(|(rank, votes, tied)| {
                                    t!(
                                        "board-place",
                                        rank = rank,
                                        tied = if tied { "yes" } else { "no" },
                                        votes = votes
                                    )
                                });
                                view! {
                                    <li class="live-board__theme" data-theme=theme.id.to_string()>
                                        <h3 translate="no">{theme.name.clone()}</h3>
                                        {tally.map(|t| view! { <p class="live-board__votes">{t}</p> })}
                                        <ul translate="no">
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
            <Show when=move || state.with(|s| !s.loose.is_empty())>
                <section aria-labelledby="board-statements">
                    <h2 id="board-statements">
                        {move || if state.with(|s| s.themes.is_empty()) { t!("board-what-people-need") } else { t!("board-not-in-theme") }}
                    </h2>
                    <ul class="live-board__statements" translate="no">
                        <For
                            each=move || state.with(|s| s.loose.clone())
                            key=|(id, text)| (id.clone(), text.clone())
                            children=|(_, text)| view! { <li>{text}</li> }
                        />
                    </ul>
                </section>
            </Show>
            <Show when=move || state.with(|s| s.statements == 0 && s.phase.is_some())>
                <p class="live-waiting">{t!("board-waiting")}</p>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use cares_core::coproduction::SessionError;
    use cares_core::ids::{ContributionId, ParticipantId, SessionId};
    use chrono::NaiveDate;

    use super::*;

    const BREAK: ContributionId = ContributionId::from_u128(1);
    const TALK: ContributionId = ContributionId::from_u128(2);
    const PRIVATE: ContributionId = ContributionId::from_u128(3);
    const BREAKS: ThemeId = ThemeId::from_u128(1);
    const TALKING: ThemeId = ThemeId::from_u128(2);
    const RIA: ParticipantId = ParticipantId::from_u128(1);

    /// A session in the group phase: two statements shown and one hidden; two themes,
    /// one holding a statement, and one statement not yet in a theme.
    fn grouped() -> Result<Session, SessionError> {
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
        let mut session = Session::new(SessionId::from_u128(1), "Maltby voices", "Maltby", day, 3)?;
        session.join(RIA, "Ria")?;
        session.add_contribution(BREAK, Some(RIA), "A break once a month")?;
        session.add_contribution(TALK, Some(RIA), "Someone to talk to")?;
        session.add_contribution(PRIVATE, None, "My neighbour's name and address")?;
        session.hide_contribution(PRIVATE)?;
        session.advance_to(Phase::Group)?;
        session.add_theme(BREAKS, "Breaks")?;
        session.add_theme(TALKING, "Talking")?;
        session.assign(BREAK, Some(BREAKS))?;
        Ok(session)
    }

    fn names(state: &BoardState) -> Vec<&str> {
        state.themes.iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn a_hidden_statement_is_never_on_the_board() -> Result<(), SessionError> {
        let state = board_state(&grouped()?);
        assert_eq!(state.title, "Maltby voices");
        assert_eq!(state.phase, Some(Phase::Group));
        assert_eq!(state.statements, 2, "the hidden one is not counted");
        let shown: Vec<&str> = state
            .loose
            .iter()
            .chain(state.themes.iter().flat_map(|t| &t.statements))
            .map(|(_, text)| text.as_str())
            .collect();
        assert!(
            !shown.contains(&"My neighbour's name and address"),
            "{shown:?}"
        );
        Ok(())
    }

    #[test]
    fn a_statement_in_a_theme_is_shown_under_it_and_not_loose() -> Result<(), SessionError> {
        let state = board_state(&grouped()?);
        assert_eq!(
            state.loose,
            vec![(TALK.to_string(), "Someone to talk to".to_owned())]
        );
        assert_eq!(names(&state), ["Breaks", "Talking"]);
        assert_eq!(
            state.themes[0].statements,
            vec![(BREAK.to_string(), "A break once a month".to_owned())]
        );
        assert!(state.themes[1].statements.is_empty());
        Ok(())
    }

    #[test]
    fn votes_stay_off_the_board_until_revealed_then_themes_go_by_rank() -> Result<(), SessionError>
    {
        let mut session = grouped()?;
        session.advance_to(Phase::Prioritise)?;
        session.cast_vote(RIA, TALKING)?;
        session.cast_vote(RIA, TALKING)?;
        session.cast_vote(RIA, BREAKS)?;

        let hidden = board_state(&session);
        assert!(!hidden.revealed);
        assert_eq!(
            names(&hidden),
            ["Breaks", "Talking"],
            "the order they were made in"
        );
        assert!(hidden.themes.iter().all(|t| t.tally.is_none()));

        session.reveal_votes()?;
        let shown = board_state(&session);
        assert!(shown.revealed);
        assert_eq!(names(&shown), ["Talking", "Breaks"], "most votes first");
        assert_eq!(shown.themes[0].tally, Some((1, 2, false)));
        assert_eq!(shown.themes[1].tally, Some((2, 1, false)));
        Ok(())
    }

    #[test]
    fn themes_with_equal_votes_are_marked_tied() -> Result<(), SessionError> {
        let mut session = grouped()?;
        session.advance_to(Phase::Prioritise)?;
        session.cast_vote(RIA, TALKING)?;
        session.cast_vote(RIA, BREAKS)?;
        session.reveal_votes()?;
        let state = board_state(&session);
        assert!(
            state.themes.iter().all(|t| t.tally == Some((1, 1, true))),
            "{:?}",
            state.themes
        );
        Ok(())
    }
}
