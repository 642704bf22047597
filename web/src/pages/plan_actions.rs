//! The plan's actions page: the list of actions (`crate::action_list`, drawn without
//! Leptos) in the plan's frame, with its filters kept in the address.
//!
//! This page gives the list its place, hands it the plan each time the plan changes
//! and the filters when the address does (a link, Back, a reload), and writes the
//! address once a person pauses after picking filters.

use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::action_list::{ActionList, Filters, Hooks};
use crate::components::page_loading::Routing;
use crate::components::plan::plan_context::{PlanMissing, plan_path, use_open_plan};
use crate::workspace::today;

/// How long after the last change of filters the address is written.
const ADDRESS_PAUSE_MS: u64 = 400;

/// The plan's actions page.
#[component]
pub fn PlanActionsPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let doc = open.id;
    let query = use_query_map();
    let from_address = Memo::new(move |_| query.with(|q| Filters::from_query(|name| q.get(name))));

    // A choice is drawn at once and written to the address once the person pauses:
    // arrowing through the status list changes the filters at every key, and each
    // write (the router and `history.replaceState`, after which Chromium fetches the
    // page's icon again) would otherwise land between two keys and hold up the second.
    // While a write is due the address is behind the list, and is not followed.
    let writing = StoredValue::new(false);
    let chosen = StoredValue::new(Filters::default());
    let due: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let navigate = use_navigate();
    let routing = use_context::<Routing>();
    let write_address = move || {
        if writing.try_set_value(false).is_some() {
            return;
        }
        let Some(now) = chosen.try_get_value() else {
            return;
        };
        let address = format!(
            "{}{}",
            plan_path(doc),
            now.to_query(|v| String::from(js_sys::encode_uri_component(v)))
        );
        // A link followed in the pause (an action, its page's code still on its way)
        // would be cancelled by a navigation now: the filters go straight into this
        // page's history entry instead, for Back to return to them.
        if routing.is_some_and(Routing::is_on) {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&address),
                );
            }
            return;
        }
        navigate(
            &address,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    };
    let chose = move |f: &Filters| {
        chosen.set_value(f.clone());
        writing.set_value(true);
        if let Some(earlier) = due.get_value() {
            earlier.clear();
        }
        let handle = set_timeout_with_handle(
            write_address.clone(),
            Duration::from_millis(ADDRESS_PAUSE_MS),
        );
        due.set_value(handle.ok());
    };
    let go = use_navigate();
    let hooks = Hooks {
        chose: Box::new(chose),
        go: Box::new(move |address| go(address, NavigateOptions::default())),
    };

    // The list is drawn before it is on the page, from the plan as it is now.
    let list = ActionList::new(doc, from_address.get_untracked(), hooks);
    open.doc.with_untracked(|d| list.show_plan(d, today()));
    let list = StoredValue::new_local(Some(list));
    let place = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(div) = place.get() {
            list.with_value(|l| {
                if let Some(l) = l {
                    let _ = div.append_child(&l.element());
                }
            });
        }
    });
    // Each change of the plan after that (this tab's edits, another tab's, a merge).
    Effect::new(move |first: Option<()>| {
        open.doc.track();
        if first.is_some() {
            open.doc.with_untracked(|d| {
                list.with_value(|l| l.iter().for_each(|l| l.show_plan(d, today())));
            });
        }
    });
    // The address changed by a link, Back or a reload: unless it is only catching up
    // with what the person picked.
    Effect::new(move |_| {
        let address = from_address.get();
        if !writing.get_value() {
            list.with_value(|l| l.iter().for_each(|l| l.set_filters(address.clone())));
        }
    });
    on_cleanup(move || {
        let _ = list.try_update_value(Option::take);
    });

    view! { <div node_ref=place></div> }.into_any()
}
