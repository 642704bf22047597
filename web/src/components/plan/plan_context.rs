//! How the plan screens find the open plan: the `OpenPlan` the frame provides, the
//! action plan inside its document, and the few addresses the screens link to.
//!
//! A page that finds no open plan shows [`PlanMissing`] rather than panicking: a
//! person who lands on a broken link still gets a way back.

use cares_core::document::Document;
use cares_core::edits::EditError;
use cares_core::ids::{ActionId, DocumentId, PackId};
use cares_core::plan::ActionPlan;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::t;
use crate::workspace::{NotDone, OpenPlan};

/// The plan the frame opened, if there is one.
pub fn use_open_plan() -> Option<OpenPlan> {
    use_context::<OpenPlan>()
}

/// The action plan a document holds. A locality's document holds one plan; if a
/// file holds more, the screens work on the first.
pub fn action_plan(doc: &Document) -> Option<&ActionPlan> {
    doc.content().plans.first()
}

/// `/plan/<doc>`: the plan's actions.
pub fn plan_path(doc: DocumentId) -> String {
    format!("/plan/{doc}")
}

/// `/plan/<doc>/action/<action>`: the editor of one action.
pub fn action_path(doc: DocumentId, action: ActionId) -> String {
    format!("/plan/{doc}/action/{action}")
}

/// `/plan/<doc>/pack/<pack>`: the builder of one pack.
pub fn pack_path(doc: DocumentId, pack: PackId) -> String {
    format!("/plan/{doc}/pack/{pack}")
}

/// Reads an action id from the address.
pub fn parse_action_id(text: &str) -> Option<ActionId> {
    uuid::Uuid::parse_str(text).ok().map(ActionId::from_uuid)
}

/// Reads a pack id from the address.
pub fn parse_pack_id(text: &str) -> Option<PackId> {
    uuid::Uuid::parse_str(text).ok().map(PackId::from_uuid)
}

/// A refused edit, said plainly, to show next to the field it came from.
pub fn edit_problem(error: &NotDone<EditError>) -> String {
    t!("edit-not-saved", reason = crate::i18n::not_done(error))
}

/// Changes the address in the bar without the router noticing, so the page stays as
/// it is (and keeps focus) while its address becomes one that can be reloaded.
pub fn replace_address(path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = js_sys::Reflect::get(&window, &JsValue::from_str("history")) else {
        return;
    };
    let state =
        js_sys::Reflect::get(&history, &JsValue::from_str("state")).unwrap_or(JsValue::NULL);
    let Ok(replace) = js_sys::Reflect::get(&history, &JsValue::from_str("replaceState")) else {
        return;
    };
    if let Ok(replace) = replace.dyn_into::<js_sys::Function>() {
        // If the browser refuses, the old address still works: nothing to tell anyone.
        let _ = replace.call3(
            &history,
            &state,
            &JsValue::from_str(""),
            &JsValue::from_str(path),
        );
    }
}

/// Shown when a plan screen is reached with no plan open (a broken or old link).
#[component]
pub fn PlanMissing() -> impl IntoView {
    view! {
        <div class="plan-missing">
            <p>{t!("plan-missing")}</p>
            <p>
                <a href="/">{t!("plan-missing-home")}</a>
            </p>
        </div>
    }
}

/// Shown when the plan is open but an action or pack named in the address is not in it.
#[component]
pub fn NotInPlan(
    /// What could not be found, e.g. "this action".
    #[prop(into)]
    what: String,
    /// Where to go instead.
    back: String,
    /// The words of the link back.
    #[prop(into)]
    back_text: String,
) -> impl IntoView {
    view! {
        <div class="plan-missing">
            <p>{t!("not-in-plan", what = what)}</p>
            <p>
                <a href=back>{back_text}</a>
            </p>
        </div>
    }
}
