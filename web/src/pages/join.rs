//! `/join` (and `/join?code=K7P2QX` from the board's QR code): a phone joins a
//! live session. A phone that has already joined goes straight back in, since its
//! secret is kept on the phone.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::live::join_form::JoinForm;
use crate::components::live::phone_session::PhoneSession;
use crate::live::records::{self, Held};

/// The join page, inside the whole app (reached by its own links); a phone that opens
/// `/join` from the QR code gets the same page from the phone's entry (`crate::phone`).
#[component]
pub fn JoinPage() -> impl IntoView {
    let query = use_query_map();
    let typed = query.with_untracked(|q| q.get("code")).unwrap_or_default();
    view! { <Joining typed=typed /> }
}

/// Joining a session with the code typed or read from the QR code, then taking part.
#[component]
pub fn Joining(
    /// The code from the address, as it came (any case, any separators).
    typed: String,
) -> impl IntoView {
    let tidy: String = typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // Back into the session this phone is in, unless the QR code is for another one.
    let resume = records::current_phone()
        .filter(|held| tidy.is_empty() || held.code.as_deref() == Some(tidy.as_str()));
    let current = RwSignal::new(resume);
    let joined = Callback::new(move |held: Held| current.set(Some(held)));
    let left = Callback::new(move |()| current.set(None));
    move || match current.get() {
        Some(held) => view! { <PhoneSession held=held left=left /> }.into_any(),
        None => view! { <JoinForm initial_code=tidy.clone() joined=joined /> }.into_any(),
    }
}
