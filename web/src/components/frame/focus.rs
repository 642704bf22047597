//! Moving keyboard focus after a choice takes away the button that had it, so a
//! keyboard or screen reader user is not dropped at the top of the page.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the element with this id, if it is on the page. (Plain web-sys, so the
/// phone's page, which has no Leptos, uses it too.)
pub fn move_focus_to(id: &str) {
    if let Some(element) = crate::browser::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
