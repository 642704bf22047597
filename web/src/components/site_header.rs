//! The site header: the name of the toolkit, the main navigation and the choice of
//! language.

use leptos::prelude::*;

use crate::components::main_nav::MainNav;
use crate::i18n::{self, languages, t};

/// The banner at the top of every page of the app: the toolkit's name, the main
/// navigation and the choice of language.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <Banner>
            <MainNav />
        </Banner>
    }
}

/// The banner: the toolkit's name linking to Home, what goes between, and the choice
/// of language. (The phone's entry draws the same banner without Leptos, in
/// `crate::phone`.)
#[component]
fn Banner(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="site-header__name">
                    {t!("site-name")}
                </a>
                {children.map(|children| children())}
                <LanguageChoice />
            </div>
        </header>
    }
}

/// The languages cares ships, each named in itself; choosing one shows the page again
/// in it, and this device remembers the choice.
#[component]
fn LanguageChoice() -> impl IntoView {
    let current = i18n::current();
    let options = languages!()
        .into_iter()
        .map(|(tag, name, _, _)| {
            view! {
                <option value=tag lang=tag translate="no" selected=current == tag>
                    {name}
                </option>
            }
        })
        .collect_view();
    let change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if chosen != i18n::current() {
            i18n::choose(&chosen);
        }
    };
    view! {
        <div class="language-choice">
            <label for="language-choice">{t!("language-label")}</label>
            <select id="language-choice" on:change=change>
                {options}
            </select>
        </div>
    }
}
