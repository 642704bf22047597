//! "Share with a link": puts a copy of the plan on cares-server and shows the link
//! that opens it (with its own key), a button that copies it, and "Stop sharing".
//! The key is kept on this device so the link can be shown again later.

use cares_core::document::Document;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::form::focus_soon;
use crate::live::http;
use crate::store::shares;
use crate::workspace::OpenPlan;

/// What the section last said.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    Nothing,
    Done(&'static str),
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
                    said.set(Said::Done(
                        "Link made. Copy it and send it to the people you work with.",
                    ));
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
                Ok(()) => said.set(Said::Done("Link copied.")),
                Err(()) => {
                    select_link();
                    said.set(Said::Problem(
                        "This browser would not copy the link. It is selected: copy it from the box."
                            .to_owned(),
                    ));
                }
            }
        });
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
                    key.set(None);
                    said.set(Said::Done(
                        "Sharing stopped. The link no longer opens this plan.",
                    ));
                    focus_soon("make-link".to_owned());
                }
                Err(reason) => said.set(Said::Problem(reason)),
            }
            busy.set(false);
        });
    };

    view! {
        <section aria-labelledby="link-heading">
            <h2 id="link-heading">"Share with a link"</h2>
            <Show
                when=move || key.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p>
                            "Put a copy of this plan on the server and get a link to it. "
                            "Anyone with the link can open the plan, so send it only to people you work with."
                        </p>
                        <button
                            type="button"
                            id="make-link"
                            class="button"
                            aria-disabled=move || busy.get().then_some("true")
                            on:click=make
                        >
                            "Make a link"
                        </button>
                    }
                }
            >
                <div class="field">
                    <label class="field__label" for="share-link">
                        "Link to this plan"
                    </label>
                    <p class="field__hint" id="share-link-hint">
                        "It opens the plan as it was when the link was made."
                    </p>
                    <input
                        id="share-link"
                        class="field__input"
                        type="text"
                        readonly
                        aria-describedby="share-link-hint"
                        prop:value=move || link().unwrap_or_default()
                    />
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=copy>
                        "Copy the link"
                    </button>
                    <button
                        type="button"
                        class="button button--warning"
                        aria-disabled=move || busy.get().then_some("true")
                        on:click=stop
                    >
                        "Stop sharing"
                    </button>
                </div>
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
