//! "Remove this …", asked twice: a removal cannot be undone, so the button first
//! shows a plain question with "Yes, remove it" and "Keep it". Used for actions
//! and for action packs.

use leptos::prelude::*;

use crate::components::form::focus_soon;
use crate::i18n::t;

/// The remove button and its confirmation, for one kind of thing ("action", "pack").
#[component]
pub fn ConfirmRemove(
    /// What is removed, as a person says it: "action", "pack".
    what: &'static str,
    /// Removes it; returns a plain reason when it could not.
    on_confirm: Callback<(), Result<(), String>>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let remove_id = format!("remove-{what}");
    let keep_id = format!("keep-{what}");
    let ask = {
        let keep_id = keep_id.clone();
        move |_| {
            asking.set(true);
            focus_soon(keep_id.clone());
        }
    };
    let keep = {
        let remove_id = remove_id.clone();
        move |_| {
            asking.set(false);
            focus_soon(remove_id.clone());
        }
    };
    view! {
        <div class="remove-action">
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            id=remove_id.clone()
                            class="button button--warning"
                            on:click=ask.clone()
                        >
                            {t!("remove-ask", what = what)}
                        </button>
                    }
                }
            >
                <div class="confirm">
                    <p class="confirm__question" role="alert">
                        {t!("remove-confirm", what = what)}
                    </p>
                    <div class="confirm__buttons">
                        <button
                            type="button"
                            class="button button--warning"
                            on:click=move |_| {
                                if let Err(reason) = on_confirm.run(()) {
                                    error.set(Some(reason));
                                }
                            }
                        >
                            {t!("remove-yes")}
                        </button>
                        <button
                            type="button"
                            id=keep_id.clone()
                            class="button button--secondary"
                            on:click=keep.clone()
                        >
                            {t!("remove-keep")}
                        </button>
                    </div>
                    <Show when=move || error.get().is_some()>
                        <p class="field__error" role="alert">
                            {move || error.get().unwrap_or_default()}
                        </p>
                    </Show>
                </div>
            </Show>
        </div>
    }
}
