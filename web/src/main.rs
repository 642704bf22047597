//! The entry point of the web app: fetches the chosen language's words (if not
//! English), then mounts the app to the page body.
//!
//! The page is built by `cargo xtask serve` (cargo, wasm-split, wasm-bindgen, wasm-opt);
//! `index.html` loads the JavaScript glue, which starts this `main`; it also shows
//! "Loading…" until the first page is on the screen.

mod app;
mod components;
mod i18n;
mod lazy_routes;
mod live;
mod pages;
mod session;
mod store;
mod workbook;
mod workspace;

fn main() {
    // A language other than English is fetched before the first screen, so no page
    // shows in one language and then another.
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        leptos::mount::mount_to_body(app::App);
    });
}
