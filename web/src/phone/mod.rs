//! The phone's page: joining a live session with its code and taking part in it.
//!
//! It is what a participant's phone opens from the board's QR code (`/join?code=K7P2QX`,
//! `cares_phone.wasm`), and the app shows the same page at `/join` (`JoinRoute`). It
//! is drawn with the browser's own DOM calls, not Leptos: a phone in a workshop hall
//! downloads only the join form, the phone's screens, the live connection and the
//! session's rules (see ARCHITECTURE.md). The words are the app's catalogue (`t!`).
//!
//! The page is one piece of state ([`Stage`]) drawn into slots that are redrawn only
//! when what they show changes, with one listener for each kind of event on its root:
//! a control says what it does in its `data-do` attribute.

mod join_form;
mod taking_part;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::{Listener, document};
use crate::dom::el;
use crate::live::client::Shown;
use crate::live::records::{self, Held};
use join_form::JoinForm;
use taking_part::TakingPart;

/// The id of the page's `<main>`, where the skip link leads.
const MAIN_ID: &str = "main";

/// Starts the phone's entry: the skip link, the banner with the choice of language,
/// and the join page with the code from the address.
pub fn start() {
    let body = document().body().expect("the page has a body");
    let main = el("main").id(MAIN_ID).attr("tabindex", "-1").done();
    let _ = body.append_child(&crate::dom::skip_link(MAIN_ID));
    let _ = body.append_child(&crate::dom::banner(None));
    let _ = body.append_child(&main);
    let typed = crate::browser::window()
        .location()
        .search()
        .map(|search| code_from_query(&search))
        .unwrap_or_default();
    // The phone's page lasts as long as the page itself.
    std::mem::forget(Joining::mount(&main, &typed));
}

/// The code in a query (`?code=K7P2QX&…`), as written: the join page keeps only its
/// letters and digits, so no decoding is needed.
fn code_from_query(search: &str) -> String {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("code="))
        .unwrap_or_default()
        .to_owned()
}

/// Where the phone is: choosing a session to join, or in one.
enum Stage {
    Joining(JoinForm),
    In(Box<TakingPart>),
}

/// The page's state, shared by its event listeners, its requests to the server and
/// its live connection.
struct Shared {
    state: RefCell<State>,
    /// What the live connection said while the state was busy, for the next [`pump`].
    heard: RefCell<Vec<Shown>>,
}

struct State {
    root: Element,
    stage: Stage,
}

/// The join page in an element of the page, until [`Joining::unmount`].
pub struct Joining {
    shared: Rc<Shared>,
    _listeners: [Listener; 2],
}

impl Joining {
    /// Draws the join page in `root`: back into the session this phone is in, unless
    /// `typed` (the code from the address, as it came) is for another one.
    pub fn mount(root: &Element, typed: &str) -> Joining {
        let tidy = join_form::tidy_code(typed);
        let resume = records::current_phone()
            .filter(|held| tidy.is_empty() || held.code.as_deref() == Some(tidy.as_str()));
        let shared = Rc::new(Shared {
            state: RefCell::new(State {
                root: root.clone(),
                stage: Stage::Joining(JoinForm::new(tidy)),
            }),
            heard: RefCell::new(Vec::new()),
        });
        let listeners = [
            listen(root, "submit", &shared),
            listen(root, "click", &shared),
        ];
        match resume {
            Some(held) => enter(&shared, held),
            None => shared.state.borrow_mut().draw(),
        }
        Joining {
            shared,
            _listeners: listeners,
        }
    }

    /// Closes the live connection and takes the page away.
    pub fn unmount(self) {
        let state = self.shared.state.borrow();
        if let Stage::In(part) = &state.stage {
            part.close();
        }
        state.root.set_text_content(None);
    }
}

/// One listener on the root for every control that does something (`data-do`).
fn listen(root: &Element, kind: &'static str, shared: &Rc<Shared>) -> Listener {
    let weak = Rc::downgrade(shared);
    Listener::on(root.clone().into(), kind, move |event| {
        let Some(shared) = weak.upgrade() else {
            return;
        };
        let Some(control) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-do]").ok().flatten())
        else {
            return;
        };
        // Buttons act on click; forms on submit (Enter, or their submit button).
        let is_form = control.tag_name().eq_ignore_ascii_case("form");
        if is_form != (kind == "submit") {
            return;
        }
        event.prevent_default();
        let action = control.get_attribute("data-do").unwrap_or_default();
        let value = control.get_attribute("data-value").unwrap_or_default();
        act(&shared, &action, &value);
        pump(&shared);
    })
}

/// Does what a control asks.
fn act(shared: &Rc<Shared>, action: &str, value: &str) {
    let stage_is_joining = matches!(shared.state.borrow().stage, Stage::Joining(_));
    if stage_is_joining {
        join_form::act(shared, action);
    } else {
        taking_part::act(shared, action, value);
    }
}

/// The person is in a session: open its live connection and show it.
fn enter(shared: &Rc<Shared>, held: Held) {
    let weak: Weak<Shared> = Rc::downgrade(shared);
    let part = TakingPart::open(held, move |shown| {
        if let Some(shared) = weak.upgrade() {
            shared.heard.borrow_mut().push(shown);
            pump(&shared);
        }
    });
    shared.state.borrow_mut().stage = Stage::In(Box::new(part));
    pump(shared);
}

/// Takes in what the live connection said and draws the page, unless the state is
/// busy (an event listener is using it, and pumps when it is done).
fn pump(shared: &Rc<Shared>) {
    let Ok(mut state) = shared.state.try_borrow_mut() else {
        return;
    };
    // What a connection says while it opens waits for the part it belongs to.
    if let Stage::In(part) = &mut state.stage {
        let heard: Vec<Shown> = std::mem::take(&mut *shared.heard.borrow_mut());
        for shown in heard {
            part.hear(shown);
        }
    }
    state.draw();
}

impl State {
    fn draw(&mut self) {
        match &mut self.stage {
            Stage::Joining(form) => form.draw(&self.root),
            Stage::In(part) => part.draw(&self.root),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::code_from_query;

    #[test]
    fn the_code_is_read_from_the_query_wherever_it_is() {
        assert_eq!(code_from_query("?code=K7P2QX"), "K7P2QX");
        assert_eq!(code_from_query("?lang=cy&code=k7p-2qx"), "k7p-2qx");
        assert_eq!(code_from_query(""), "");
        assert_eq!(code_from_query("?codes=1"), "");
    }
}
