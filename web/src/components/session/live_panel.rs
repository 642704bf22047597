//! What a live session adds to the facilitator's screen: the join code in large
//! text, the address people type on their phones, its QR picture, a link that opens the board for the projector, how the
//! connection is, and the day the server will delete the session.

use cares_core::audit::long_date;
use leptos::prelude::*;

use crate::session::handle::LiveInfo;

/// Where people join: this site's `/join`, as they would type it.
fn join_address() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}/join")
}

/// What the facilitator is told about the server's retention of a session.
fn deletion_notice(day: chrono::NaiveDate) -> String {
    format!(
        "This session and everything said in it will be deleted on {} unless it is used \
         again; download it before then.",
        long_date(day)
    )
}

/// The join panel of a live session.
#[component]
pub fn LivePanel(
    /// What the live connection knows.
    info: LiveInfo,
) -> impl IntoView {
    view! {
        <section class="live-panel" aria-labelledby="live-panel-heading">
            <h2 id="live-panel-heading">"People join on their phones"</h2>
            {move || match info.code.get() {
                Some(code) => view! {
                    <p class="live-panel__code">
                        "Join code: " <strong class="live-panel__code-text">{code}</strong>
                    </p>
                    <p class="live-panel__how">
                        "On a phone, go to " <strong class="live-panel__address">{join_address()}</strong>
                        " and type the code, or scan the QR code."
                    </p>
                }
                .into_any(),
                None => view! { <p class="live-panel__code-waiting">"Getting the join code…"</p> }
                    .into_any(),
            }}
            {move || {
                info.deleted_on
                    .get()
                    .map(|day| view! { <p class="live-panel__retention">{deletion_notice(day)}</p> })
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
                                alt="QR code: scan it with a phone camera to join this session"
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
                                    "Open the board"
                                </a>
                                " (opens in a new tab, for the projector)"
                            </p>
                        }
                    })
            }}
            <p class="live-panel__connection" role="status">
                {move || format!("Connection: {}", info.connection.get())}
            </p>
        </section>
    }
}
