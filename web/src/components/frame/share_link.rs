//! "Share with a link": puts a copy of the plan on cares-server and shows the link
//! that opens it (with its own key), a button that copies it, and "Stop sharing",
//! which asks first, then has the server delete its copy so the link opens nothing;
//! the plan on this device stays. The key is kept on this device so the link can be
//! shown again later.

use cares_core::document::Document;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::form::focus_soon;
use crate::i18n::t;
use crate::live::http;
use crate::store::shares;
use crate::workspace::OpenPlan;

/// What the section last said.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    Nothing,
    Done(String),
    Problem(String),
}

/// The link section of the Share page.
#[component]
pub fn ShareLink(
    /// The plan being shared.
    plan: OpenPlan,
) -> impl IntoView {
    let doc = plan.id;
    let key = RwSignal::new(shares::key_of(doc));
    let said = RwSignal::new(Said::Nothing);
    let busy = RwSignal::new(false);
    // "Stop sharing" asks before the server's copy is deleted.
    let confirming = RwSignal::new(false);
    let link = move || {
        let origin = window().location().origin().unwrap_or_default();
        key.get().map(|k| shares::link(&origin, doc, &k))
    };

    let make = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        said.set(Said::Nothing);
        let json = plan.doc.with_untracked(Document::to_json_compact);
        spawn_local_scoped(async move {
            match http::share_document(&json).await {
                Ok(shared) => {
                    shares::keep(doc, &shared.token);
                    key.set(Some(shared.token));
                    said.set(Said::Done(t!("share-link-made")));
                    focus_soon("share-link".to_owned());
                }
                Err(reason) => said.set(Said::Problem(reason)),
            }
            busy.set(false);
        });
    };
    let copy = move |_| {
        let Some(text) = link() else {
            return;
        };
        spawn_local_scoped(async move {
            match copy_text(&text).await {
                Ok(()) => said.set(Said::Done(t!("share-link-copied"))),
                Err(()) => {
                    select_link();
                    said.set(Said::Problem(t!("share-link-not-copied")));
                }
            }
        });
    };
    let ask = move |_| {
        said.set(Said::Nothing);
        confirming.set(true);
        focus_soon("stop-sharing-keep".to_owned());
    };
    let keep_sharing = move |_| {
        confirming.set(false);
        focus_soon("stop-sharing".to_owned());
    };
    let stop = move |_| {
        let Some(k) = key.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local_scoped(async move {
            match http::stop_sharing(doc, &k).await {
                Ok(()) => {
                    shares::forget(doc);
                    confirming.set(false);
                    key.set(None);
                    said.set(Said::Done(t!("share-link-stopped")));
                    focus_soon("make-link".to_owned());
                }
                Err(reason) => said.set(Said::Problem(reason)),
            }
            busy.set(false);
        });
    };

    view! {
        <section aria-labelledby="link-heading">
            <h2 id="link-heading">{t!("share-link-title")}</h2>
            <Show
                when=move || key.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p>{t!("share-link-intro")}</p>
                        <button
                            type="button"
                            id="make-link"
                            class="button"
                            aria-disabled=move || busy.get().then_some("true")
                            on:click=make
                        >
                            {t!("share-link-make")}
                        </button>
                    }
                }
            >
                <div class="field">
                    <label class="field__label" for="share-link">
                        {t!("share-link-label")}
                    </label>
                    <p class="field__hint" id="share-link-hint">
                        {t!("share-link-hint")}
                    </p>
                    <input
                        id="share-link"
                        class="field__input"
                        type="text"
                        // An address reads left to right in every language.
                        dir="ltr"
                        readonly
                        aria-describedby="share-link-hint"
                        prop:value=move || link().unwrap_or_default()
                    />
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=copy>
                        {t!("share-link-copy")}
                    </button>
                    <Show when=move || !confirming.get()>
                        <button
                            type="button"
                            id="stop-sharing"
                            class="button button--warning"
                            on:click=ask
                        >
                            {t!("share-link-stop")}
                        </button>
                    </Show>
                </div>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="group" aria-labelledby="stop-sharing-question">
                        <p class="confirm__question" id="stop-sharing-question">
                            {t!("share-link-stop-question")}
                        </p>
                        <p>{t!("share-link-stop-explained")}</p>
                        <div class="confirm__buttons">
                            <button
                                type="button"
                                class="button button--warning"
                                aria-disabled=move || busy.get().then_some("true")
                                on:click=stop
                            >
                                {t!("share-link-stop-yes")}
                            </button>
                            <button
                                type="button"
                                id="stop-sharing-keep"
                                class="button button--secondary"
                                on:click=keep_sharing
                            >
                                {t!("share-link-stop-no")}
                            </button>
                        </div>
                    </div>
                </Show>
            </Show>
            <div role="status">
                {move || match said.get() {
                    Said::Done(words) => view! { <p>{words}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            <div role="alert">
                {move || match said.get() {
                    Said::Problem(words) => view! { <p class="form-error">{words}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
        </section>
    }
}

/// Puts text on the clipboard (`navigator.clipboard.writeText`); `Err` when the
/// browser has no clipboard here or refuses.
async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator: JsValue = window().navigator().into();
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    if clipboard.is_undefined() {
        return Err(());
    }
    let write: Function = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(())?;
    let promise: Promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Selects the link in its box, for copying by hand.
fn select_link() {
    if let Some(input) = document()
        .get_element_by_id("share-link")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}
