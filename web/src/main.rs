//! The whole web app's entry (`cares_web.wasm`); see the library's docs for the two
//! entries and `index.html` for how the page starts it.

fn main() {
    cares_web::start_app();
}
