//! The phone's entry: the page a participant's phone opens from the board's QR code
//! (`/join?code=K7P2QX`), with no router and none of the app's other pages, so its
//! wasm holds only what joining and taking part need (see the library's docs).

use leptos::prelude::*;

use crate::components::site_header::PhoneHeader;
use crate::components::skip_link::{MAIN_ID, SkipLink};
use crate::pages::join::Joining;

/// The skip link, the header with the choice of language, and the join page.
#[component]
pub fn PhoneApp() -> impl IntoView {
    let typed = window()
        .location()
        .search()
        .map(|search| code_from_query(&search))
        .unwrap_or_default();
    view! {
        <SkipLink />
        <PhoneHeader />
        <main id=MAIN_ID tabindex="-1">
            <Joining typed=typed />
        </main>
    }
}

/// The `code` in a query (`?code=K7P2QX&…`), as written: the join page keeps only its
/// letters and digits, so no decoding is needed.
fn code_from_query(search: &str) -> String {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("code="))
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::code_from_query;

    #[test]
    fn the_code_is_read_from_the_query_wherever_it_is() {
        assert_eq!(code_from_query("?code=K7P2QX"), "K7P2QX");
        assert_eq!(code_from_query("?lang=cy&code=k7p-2qx"), "k7p-2qx");
        assert_eq!(code_from_query(""), "");
        assert_eq!(code_from_query("?codes=1"), "");
    }
}
