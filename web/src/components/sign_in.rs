//! "Sign in to start a session": shown where the server refused to start something
//! because it lets only facilitators do so (a 401). The facilitator signs in with
//! their council account through the server, or pastes the facilitator key they
//! were given, kept on this device (`live::facilitator_key`), then tries again.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::i18n::t;
use crate::live::facilitator_key::{self, FacilitatorKey};

/// The page's own path, for the sign-in to come back to.
fn this_page() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// The ways to sign in, for a person who was just refused.
#[component]
pub fn SignInPanel(
    /// What they were doing: `session` (starting one) or `share` (sharing a plan).
    doing: &'static str,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let kept = RwSignal::new(false);
    let keep = move |ev: SubmitEvent| {
        ev.prevent_default();
        let outcome =
            FacilitatorKey::new(&typed.get_untracked()).and_then(|key| facilitator_key::keep(&key));
        match outcome {
            Ok(()) => {
                typed.set(String::new());
                error.set(None);
                kept.set(true);
            }
            Err(e) => {
                error.set(Some(e));
                kept.set(false);
            }
        }
    };
    let forget = move |_| {
        facilitator_key::forget();
        kept.set(false);
    };
    let has_error = move || error.with(Option::is_some);
    view! {
        <section class="sign-in" aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">{t!("sign-in-title", doing = doing)}</h2>
            <p>{t!("sign-in-intro", doing = doing)}</p>
            <p>
                <a class="button button--secondary" href=facilitator_key::sign_in_address(&this_page()) rel="external">
                    {t!("sign-in-account")}
                </a>
            </p>
            <form class="sign-in__key" novalidate on:submit=keep>
                <div class="field" class:field--error=has_error>
                    <label class="field__label" for="facilitator-key">
                        {t!("sign-in-key-label")}
                    </label>
                    <p class="field__hint" id="facilitator-key-hint">
                        {t!("sign-in-key-hint")}
                    </p>
                    <Show when=has_error>
                        <p class="field__error" id="facilitator-key-error">
                            {move || error.get().unwrap_or_default()}
                        </p>
                    </Show>
                    <input
                        id="facilitator-key"
                        class="field__input"
                        type="password"
                        autocomplete="off"
                        spellcheck="false"
                        aria-invalid=move || has_error().then_some("true")
                        aria-describedby=move || {
                            if has_error() {
                                "facilitator-key-hint facilitator-key-error"
                            } else {
                                "facilitator-key-hint"
                            }
                        }
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </div>
                <div class="button-row">
                    <button type="submit" class="button">
                        {t!("sign-in-keep")}
                    </button>
                    <button type="button" class="button button--secondary" on:click=forget>
                        {t!("sign-in-forget")}
                    </button>
                </div>
            </form>
            <p role="status">
                {move || {
                    kept.get()
                        .then(|| t!("sign-in-kept", doing = doing))
                }}
            </p>
        </section>
    }
}
