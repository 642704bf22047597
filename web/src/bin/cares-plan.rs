//! A plan's actions page as an entry of its own (`cares_plan.wasm`, served at
//! `/plan/<id>`): the page a plan opens on, without the whole app; see the library's
//! docs.

fn main() {
    cares_web::start_plan();
}
