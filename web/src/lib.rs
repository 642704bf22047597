//! The web app, as a library with three entries, each its own wasm:
//!
//! - [`start_app`] (`src/main.rs`, `cares_web.wasm`): the whole app, with the router,
//!   the plans, packs, sessions and programme (most of it in lazily loaded chunks);
//! - [`start_phone`] (`src/bin/cares-phone.rs`, `cares_phone.wasm`): what a
//!   participant's phone needs to join a live session and take part — the join form,
//!   the phone's screens (`phone/`, drawn with web-sys, no Leptos) and the live
//!   connection, nothing of plans, packs, print or the programme. cares-server serves
//!   it at `/join`, the address on the board's QR code, so thirty phones on a hall's
//!   Wi-Fi each fetch a fraction of the app;
//! - [`start_plan`] (`src/bin/cares-plan.rs`, `cares_plan.wasm`): a plan's actions
//!   page (`plan_page.rs`, drawn with web-sys), which cares-server serves at
//!   `/plan/<id>`, the page a plan opens on, so opening a plan does not load the whole
//!   app; its links lead into the app.
//!
//! Each fetches the chosen language's words (if not English) before its first screen.
//!
//! The phone's and the plan's entries are built with the `light` feature, which leaves
//! out the router's routes and the lazily loaded code: each lazy page or function
//! exports a function for the wasm splitter, and an export keeps all its code in the
//! wasm. The pages and components such an entry does not use are still compiled,
//! unused, in that build.
#![cfg_attr(feature = "light", allow(dead_code, unused_imports))]

/// A function whose code is split off into a chunk fetched on first use (`#[lazy]`) in
/// the whole app; in the phone's entry, which has no chunks, an ordinary async function
/// with the same signature, so callers are the same in both builds.
///
/// The service worker keeps every chunk on a first visit, so the app works offline,
/// except the code of functions marked `later` (`split_off! { later(later_f): fn f … }`):
/// big code few visits use (the spreadsheet reader and writer), kept the first time
/// it is used. The bundle step knows them by their split's name, which starts with
/// `later_`.
macro_rules! split_off {
    (later($split:ident): $(#[$meta:meta])* $vis:vis async fn $($rest:tt)*) => {
        split_off! { @split [$split] [async] $(#[$meta])* $vis fn $($rest)* }
    };
    (later($split:ident): $(#[$meta:meta])* $vis:vis fn $($rest:tt)*) => {
        split_off! { @split [$split] [] $(#[$meta])* $vis fn $($rest)* }
    };
    ($(#[$meta:meta])* $vis:vis async fn $($rest:tt)*) => {
        split_off! { @split [] [async] $(#[$meta])* $vis fn $($rest)* }
    };
    ($(#[$meta:meta])* $vis:vis fn $($rest:tt)*) => {
        split_off! { @split [] [] $(#[$meta])* $vis fn $($rest)* }
    };
    (@split [$($split:ident)?] [$($async:tt)?] $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(not(feature = "light"))]
        $(#[$meta])*
        #[leptos::lazy($($split)?)]
        $vis $($async)? fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(feature = "light")]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

mod action_list;
#[cfg(not(feature = "light"))]
mod app;
mod browser;
mod components;
mod dom;
mod i18n;
#[cfg(not(feature = "light"))]
mod lazy_routes;
mod live;
mod pages;
mod phone;
mod plan_page;
mod session;
mod store;
mod workbook;
mod workspace;

#[cfg(not(feature = "light"))]
/// Starts the whole app: fetches the chosen language's words, then mounts the app to
/// the page body. `index.html` loads the JavaScript glue, which calls this through
/// `main`; it also shows "Loading…" until the first page is on the screen.
pub fn start_app() {
    // A language other than English is fetched before the first screen, so no page
    // shows in one language and then another.
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        leptos::mount::mount_to_body(app::App);
    });
}

/// Starts the phone's entry (`join.html`): the chosen language's words, then the join
/// page with the code from the address (`/join?code=K7P2QX`).
pub fn start_phone() {
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        phone::start();
    });
}

/// Starts a plan's actions page as its own entry (`plan.html`, at `/plan/<id>`): the
/// chosen language's words, then the page with the plan from this device.
pub fn start_plan() {
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        plan_page::start();
    });
}
