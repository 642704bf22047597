//! `/join` inside the app (reached by its own links): the phone's join page
//! (`crate::phone`), which a phone opening the board's QR code gets from the phone's
//! entry instead. It is drawn without Leptos; this page gives it a place and takes
//! it away (closing its live connection) when the person goes elsewhere.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::phone::Joining;

/// The join page, with the code from the address if there is one.
#[component]
pub fn JoinPage() -> impl IntoView {
    let query = use_query_map();
    let typed = query.with_untracked(|q| q.get("code")).unwrap_or_default();
    let place = NodeRef::<Div>::new();
    let mounted = StoredValue::new_local(None::<Joining>);
    Effect::new(move |_| {
        if let Some(div) = place.get()
            && mounted.with_value(Option::is_none)
        {
            mounted.set_value(Some(Joining::mount(&div, &typed)));
        }
    });
    on_cleanup(move || {
        if let Some(joining) = mounted.try_update_value(Option::take).flatten() {
            joining.unmount();
        }
    });
    view! { <div node_ref=place></div> }
}
