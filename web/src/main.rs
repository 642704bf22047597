//! The entry point of the web app: mounts the app to the page body.
//!
//! The page is built by `cargo xtask serve` (cargo, wasm-split, wasm-bindgen, wasm-opt);
//! `index.html` loads the JavaScript glue, which starts this `main`; it also shows
//! "Loading…" until the first page is on the screen.

mod app;
mod components;
mod lazy_routes;
mod live;
mod pages;
mod session;
mod store;
mod workbook;
mod workspace;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
