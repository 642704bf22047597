//! The site header: the name of the toolkit and the main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::main_nav::MainNav;

/// The banner at the top of every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="site-header__name">
                    "Borough That Cares — locality action plans"
                </A>
                <MainNav />
            </div>
        </header>
    }
}
