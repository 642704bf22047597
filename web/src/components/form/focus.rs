//! Moving keyboard focus to a field that has just appeared, without pulling it out
//! of a field the person has moved to themselves.

use leptos::prelude::*;

/// Moves keyboard focus to an element once it is on the page.
///
/// The move waits for the next frame, so the element has been drawn. If the person has
/// put focus somewhere else of their own in the meantime (tapped the next field), it is
/// left where they put it: the app never pulls focus out of a field being typed in.
pub fn focus_soon(id: String) {
    let before = document().active_element();
    request_animation_frame(move || {
        let doc = document();
        let now = doc.active_element();
        let body: Option<web_sys::Element> = doc.body().map(Into::into);
        let moved_by_person = now.is_some() && now != before && now != body;
        if moved_by_person {
            return;
        }
        if let Some(el) = doc.get_element_by_id(&id)
            && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
        {
            let _ = el.focus();
        }
    });
}
