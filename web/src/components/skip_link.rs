//! The skip link: the first thing a keyboard user reaches, it jumps past the header.
//!
//! The router handles every click on a link, and moving to `#main` would only scroll;
//! so the link moves keyboard focus itself, and the next Tab goes on from the page.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::i18n::t;
use wasm_bindgen::JsCast;

/// The id of the `<main>` landmark the skip link leads to.
pub const MAIN_ID: &str = "main";

/// "Skip to main content", hidden until it has keyboard focus.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=focus_main>
            {t!("skip-link")}
        </a>
    }
}

fn focus_main(event: MouseEvent) {
    event.prevent_default();
    let main = document()
        .get_element_by_id(MAIN_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        // Focus can only fail on a detached element; there is nothing better to do then.
        let _ = main.focus();
    }
}
