//! The phone's entry (`cares_phone.wasm`, served at `/join`): joining a live session
//! and taking part in it, and nothing else of the app; see the library's docs.

fn main() {
    cares_web::start_phone();
}
