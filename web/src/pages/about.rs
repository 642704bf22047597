//! The about page: who the toolkit is for and what it does.

use leptos::prelude::*;

/// A short description of the toolkit.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <h1>"About this toolkit"</h1>
        <p>
            "Borough That Cares helps carers, partners and the council write a plan for "
            "each area together, and check what has been done."
        </p>
    }
}
