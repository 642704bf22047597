//! `/board/:session`: the projector view of a live session. Its secret comes in
//! the address fragment (`#board=<token>`, which browsers never send to a server)
//! or from this device's own records; it is then kept on this device and taken
//! out of the address bar, so it is not shown on the projector.

use cares_core::ids::SessionId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use crate::components::live::board_view::BoardView;
use crate::i18n::t;
use crate::live::client::{LiveClient, Role};
use crate::live::records::{self, Held};

/// The token in `#board=<token>`, if the address has one.
fn token_in_fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let token = hash.strip_prefix("#board=")?;
    (!token.is_empty()).then(|| token.to_owned())
}

/// This device's board entry for a session: from the address, from an earlier
/// visit, or made from the facilitator's own records.
fn board_entry(session: SessionId) -> Option<Held> {
    if let Some(token) = token_in_fragment() {
        let held = match records::load(Role::Board, session) {
            Some(mut held) if held.token != token => {
                held.token = token;
                held
            }
            Some(held) => held,
            None => Held::new(session, Role::Board, token),
        };
        records::save(&held);
        // The secret is kept now; take it off the screen.
        if let Ok(history) = window().history() {
            let path = window().location().pathname().unwrap_or_default();
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
        return Some(held);
    }
    if let Some(held) = records::load(Role::Board, session) {
        return Some(held);
    }
    let facilitator = records::load(Role::Facilitator, session)?;
    let mut held = Held::new(session, Role::Board, facilitator.board_token?);
    held.code = facilitator.code;
    records::save(&held);
    Some(held)
}

/// The board page.
#[component]
pub fn BoardPage() -> impl IntoView {
    let params = use_params_map();
    let session = params
        .with_untracked(|p| p.get("session"))
        .and_then(|text| Uuid::parse_str(&text).ok())
        .map(SessionId::from_uuid);
    match session.and_then(board_entry) {
        Some(held) => {
            let client = LiveClient::open(held);
            view! { <BoardView client=client /> }.into_any()
        }
        None => view! {
            <div class="live-board">
                <h1>{t!("board-no-key-title")}</h1>
                <p>{t!("board-no-key-text")}</p>
            </div>
        }
        .into_any(),
    }
}
