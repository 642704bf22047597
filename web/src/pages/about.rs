//! The about page: who the toolkit is for and what it does, and the languages it
//! speaks (a draft translation says so, and asks for help checking it).

use leptos::prelude::*;

use crate::i18n::{languages, t};

/// A short description of the toolkit, and its languages.
#[component]
pub fn AboutPage() -> impl IntoView {
    let languages = languages!()
        .into_iter()
        .map(|(tag, name, _, checked)| {
            let state = if checked {
                t!("about-language-checked")
            } else {
                t!("about-language-draft")
            };
            view! {
                <li>
                    <span lang=tag translate="no">{name}</span>
                    ": "
                    {state}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t!("about-title")}</h1>
        <p>{t!("about-intro")}</p>
        <h2>{t!("about-languages-title")}</h2>
        <p>{t!("about-languages-intro")}</p>
        <ul class="about-languages">{languages}</ul>
        <p>{t!("about-languages-help")}</p>
    }
}
