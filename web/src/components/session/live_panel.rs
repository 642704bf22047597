//! What a live session adds to the facilitator's screen: the join code in large
//! text, the address people type on their phones, its QR picture, a link that opens the board for the projector, how the
//! connection is, and the day the server will delete the session.

use leptos::prelude::*;

use crate::i18n::t;
use crate::session::handle::LiveInfo;

/// Where people join: this site's `/join`, as they would type it.
fn join_address() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}/join")
}

/// Stands in for the address in "On a phone, go to … and type the code", so the
/// sentence stays one message (its words in the language's order) and the address can
/// still be shown in bold, as written.
const ADDRESS_MARK: &str = "\u{2063}";

/// "On a phone, go to <address> and type the code, or scan the QR code."
fn how_to_join() -> impl IntoView {
    let sentence = t!("session-live-how", address = ADDRESS_MARK);
    let (before, after) = sentence
        .split_once(ADDRESS_MARK)
        .map_or((sentence.clone(), String::new()), |(b, a)| {
            (b.to_owned(), a.to_owned())
        });
    view! {
        <p class="live-panel__how">
            {before}
            <strong class="live-panel__address" translate="no">{join_address()}</strong>
            {after}
        </p>
    }
}

/// The join panel of a live session.
#[component]
pub fn LivePanel(
    /// What the live connection knows.
    info: LiveInfo,
) -> impl IntoView {
    view! {
        <section class="live-panel" aria-labelledby="live-panel-heading">
            <h2 id="live-panel-heading">{t!("session-live-title")}</h2>
            {move || match info.code.get() {
                Some(code) => view! {
                    <p class="live-panel__code">
                        {t!("session-live-code")} " "
                        <strong class="live-panel__code-text" translate="no">{code}</strong>
                    </p>
                    {how_to_join()}
                }
                .into_any(),
                None => view! { <p class="live-panel__code-waiting">{t!("session-live-code-waiting")}</p> }
                    .into_any(),
            }}
            {move || {
                info.deleted_on
                    .get()
                    .map(|day| {
                        // What the facilitator is told about the server's retention.
                        view! { <p class="live-panel__retention">{t!("session-live-deleted-on", day = day)}</p> }
                    })
            }}
            {move || {
                info.qr_src
                    .get()
                    .map(|src| {
                        view! {
                            <img
                                class="live-panel__qr"
                                src=src
                                width="200"
                                height="200"
                                alt=t!("session-live-qr")
                            />
                        }
                    })
            }}
            {move || {
                info.board_href
                    .get()
                    .map(|href| {
                        view! {
                            <p>
                                <a href=href target="_blank" rel="noopener" class="live-panel__board">
                                    {t!("session-live-board")}
                                </a>
                                " "
                                {t!("session-live-board-note")}
                            </p>
                        }
                    })
            }}
            <p class="live-panel__connection" role="status">
                {move || t!("session-live-connection", state = info.connection.get())}
            </p>
        </section>
    }
}
