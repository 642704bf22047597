//! Building a page without a framework (the phone's page, a plan's list of actions):
//! elements made in a few chained calls, and slots whose content is drawn again only
//! when what they show changed (keeping keyboard focus where it was).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::browser::{Listener, document};
use crate::components::frame::focus::move_focus_to;
use crate::i18n::{self, languages, t};

/// An element being built.
pub struct El(Element);

/// Starts an element.
pub fn el(tag: &str) -> El {
    El(document()
        .create_element(tag)
        .expect("a browser makes any element it is asked for"))
}

impl El {
    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when `on`.
    pub fn attr_if(self, on: bool, name: &str, value: &str) -> El {
        if on { self.attr(name, value) } else { self }
    }

    /// Sets the class.
    pub fn class(self, class: &str) -> El {
        self.0.set_class_name(class);
        self
    }

    /// Sets the id.
    pub fn id(self, id: &str) -> El {
        self.0.set_id(id);
        self
    }

    /// Adds text.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Adds a child.
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Adds a child when there is one.
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Adds children.
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }

    /// The element.
    pub fn done(self) -> Element {
        self.0
    }
}

impl From<Element> for El {
    fn from(element: Element) -> El {
        El(element)
    }
}

/// Makes `element` the only thing in `root` (unless it already is).
pub fn attach(root: &Element, element: &Element) {
    let alone = root.child_element_count() == 1
        && element
            .parent_element()
            .is_some_and(|parent| parent.is_same_node(Some(root)));
    if !alone {
        root.set_text_content(None);
        let _ = root.append_child(element);
    }
}

/// A part of the page drawn again only when its key changes.
pub struct Slot {
    el: Element,
    key: Option<String>,
}

impl Slot {
    /// A slot in a new element of `tag`.
    pub fn new(tag: &str) -> Slot {
        Slot::of(el(tag).done())
    }

    /// A slot filling an existing element.
    pub fn of(el: Element) -> Slot {
        Slot { el, key: None }
    }

    /// The element the slot fills.
    pub fn element(&self) -> &Element {
        &self.el
    }

    /// Shows what `draw` makes, unless the slot already shows `key`; true if it drew.
    /// What was typed or ticked in a control, and keyboard focus, stay with the
    /// control of the same id if it is drawn again; focus on a control that is gone
    /// goes to the slot's first heading.
    pub fn show(&mut self, key: &str, draw: impl FnOnce() -> Vec<El>) -> bool {
        if self.key.as_deref() == Some(key) {
            return false;
        }
        self.key = Some(key.to_owned());
        // The id of the focused control in the slot ("" if it has none).
        let focused = document()
            .active_element()
            .filter(|active| self.el.contains(Some(active)))
            .map(|active| active.id());
        let typed = self.typed();
        self.el.set_text_content(None);
        for child in draw() {
            let _ = self.el.append_child(&child.0);
        }
        for (id, value, ticked) in typed {
            let Some(control) = document().get_element_by_id(&id) else {
                continue;
            };
            if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
                if matches!(input.type_().as_str(), "checkbox" | "radio") {
                    input.set_checked(ticked);
                } else {
                    input.set_value(&value);
                }
            } else if let Some(area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.set_value(&value);
            }
        }
        if let Some(id) = focused {
            let kept = !id.is_empty() && document().get_element_by_id(&id).is_some();
            if kept {
                move_focus_to(&id);
            } else {
                self.focus_heading();
            }
        }
        true
    }

    /// Focus was in the slot on something now gone: it goes to the slot's first
    /// heading, so a keyboard or screen reader user starts from what replaced it
    /// rather than from the top of the page.
    fn focus_heading(&self) {
        let Some(heading) = self
            .el
            .query_selector("h1, h2, h3")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let _ = heading.focus();
    }

    /// The value and ticked state of each control with an id in the slot.
    fn typed(&self) -> Vec<(String, String, bool)> {
        let Ok(controls) = self.el.query_selector_all("input[id], textarea[id]") else {
            return Vec::new();
        };
        (0..controls.length())
            .filter_map(|i| controls.item(i))
            .filter_map(|node| {
                if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
                    Some((input.id(), input.value(), input.checked()))
                } else {
                    let area = node.dyn_ref::<web_sys::HtmlTextAreaElement>()?;
                    Some((area.id(), area.value(), false))
                }
            })
            .collect()
    }
}

/// Sets an element's text if it differs (so a live region speaks only on change).
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// The value of the input or text area with this id (empty if none).
pub fn value_of(id: &str) -> String {
    let Some(element) = document().get_element_by_id(id) else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    element
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(web_sys::HtmlTextAreaElement::value)
        .unwrap_or_default()
}

/// Whether the checkbox or radio button with this id is ticked.
pub fn checked(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// A form field: label, hint, the error when there is one, and the control, wired
/// for screen readers (`aria-describedby`, `aria-invalid`).
pub fn field(id: &str, label: &str, hint: &str, error: Option<&str>, control: El) -> El {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let control = control.id(id).attr("aria-describedby", &described).attr_if(
        error.is_some(),
        "aria-invalid",
        "true",
    );
    el("div")
        .class(if error.is_some() {
            "field field--error"
        } else {
            "field"
        })
        .child(
            el("label")
                .class("field__label")
                .attr("for", id)
                .text(label),
        )
        .child(el("p").class("field__hint").id(&hint_id).text(hint))
        .maybe(error.map(|e| el("p").class("field__error").id(&error_id).text(e)))
        .child(control)
}

/// "Skip to main content", hidden until it has keyboard focus.
pub fn skip_link(main_id: &str) -> Element {
    el("a")
        .class("skip-link")
        .attr("href", &format!("#{main_id}"))
        .text(&t!("skip-link"))
        .done()
}

/// The banner: the toolkit's name (linking to the app's Home), what goes `between`
/// (the main navigation) and the choice of language; choosing one shows the page
/// again in it. (The app draws the same banner with Leptos, `components::site_header`.)
pub fn banner(between: Option<El>) -> Element {
    let current = i18n::current();
    let options = languages!().into_iter().map(|(tag, name, _, _)| {
        el("option")
            .attr("value", tag)
            .attr("lang", tag)
            .attr("translate", "no")
            .attr_if(current == tag, "selected", "")
            .text(name)
    });
    let select = el("select").id("language-choice").children(options).done();
    Listener::on(select.clone().into(), "change", |event| {
        let chosen = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        if let Some(chosen) = chosen.filter(|c| *c != i18n::current()) {
            i18n::choose(&chosen);
        }
    })
    .forever();
    el("header")
        .class("site-header")
        .child(
            el("div")
                .class("site-header__inner")
                .child(
                    el("a")
                        .attr("href", "/")
                        .class("site-header__name")
                        .text(&t!("site-name")),
                )
                .maybe(between)
                .child(
                    el("div")
                        .class("language-choice")
                        .child(
                            el("label")
                                .attr("for", "language-choice")
                                .text(&t!("language-label")),
                        )
                        .child(El::from(select)),
                ),
        )
        .done()
}
