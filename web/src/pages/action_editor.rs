//! Placeholder for the action_editor page; being written.

use leptos::prelude::*;

/// Placeholder.
#[component]
pub fn ActionEditorPage() -> impl IntoView {
    view! { <p>"Coming soon."</p> }
}
