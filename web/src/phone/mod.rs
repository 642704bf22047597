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
//!
//! In the phone's entry the session's screens and the live connection are a second
//! wasm part (the `phone-split` feature, see [`open_part`]): a phone downloads the join
//! form first, and the rest while the person types (its service worker fetches and
//! keeps both).

mod join_form;
mod taking_part;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::{Listener, document};
use crate::dom::el;
use crate::i18n::t;
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

/// Where the phone is: choosing a session to join, waiting for the session's screens
/// (their code) to arrive, or in a session.
enum Stage {
    Joining(JoinForm),
    Opening(Opening),
    In(Box<dyn Part>),
}

/// "Loading…" while the session's screens' code is on its way, in a polite live region
/// put on the page empty and then given its words, so screen readers say them.
struct Opening {
    outer: Element,
    sign: Element,
    failed: bool,
}

impl Opening {
    fn new() -> Opening {
        let sign = el("p").class("page-loading").attr("role", "status").done();
        let outer = el("div").class("live-phone").done();
        let _ = outer.append_child(&sign);
        Opening {
            outer,
            sign,
            failed: false,
        }
    }

    fn draw(&self, root: &Element) {
        crate::dom::attach(root, &self.outer);
        // After a failure loading.js says what is wrong, with its "Try again".
        let words = if self.failed {
            String::new()
        } else {
            t!("page-loading")
        };
        crate::dom::set_text(&self.sign, &words);
    }
}

/// The phone's part in a session ([`TakingPart`]) as the page holds it: its code is
/// the phone's second wasm part, so the page reaches it only through this trait, whose
/// methods are looked up when the part is there.
trait Part {
    /// Takes in what the live connection said.
    fn hear(&mut self, shown: Shown);
    /// Draws what changed since the last time.
    fn draw(&mut self, root: &Element);
    /// Closes the live connection.
    fn close(&self);
    /// The function that does what a control of the session's screens asks.
    fn actor(&self) -> fn(&Rc<Shared>, &str, &str);
    /// The part itself, for the code of the session's screens.
    fn taking_part(&mut self) -> &mut TakingPart;
}

/// The session's screens' code could not be fetched (the phone went offline before
/// its service worker kept it). `loading.js` says so and offers to try again.
struct NotLoaded;

#[cfg(feature = "phone-split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Opens the phone's part in a session. In the phone's entry this is where the wasm
/// is split: the first call fetches the second part, which holds the session's screens,
/// the live connection and the session's rules. The phone's service worker fetches it
/// too, in the background, as soon as the join form is up, so the page usually finds
/// it kept. (The page does not fetch it early itself: loading.js would say a failed
/// early fetch as if the page could not go on, while the join form still works.)
#[cfg(feature = "phone-split")]
#[leptos::wasm_split::wasm_split(
    taking_part,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn open_part(held: Held, heard: Box<dyn Fn(Shown)>) -> Result<Box<dyn Part>, NotLoaded> {
    Ok(Box::new(TakingPart::open(held, heard)))
}

/// Opens the phone's part in a session (in the whole app, where it is not split off).
#[cfg(not(feature = "phone-split"))]
#[allow(clippy::unused_async)]
async fn open_part(held: Held, heard: Box<dyn Fn(Shown)>) -> Result<Box<dyn Part>, NotLoaded> {
    Ok(Box::new(TakingPart::open(held, heard)))
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
    let actor = match &shared.state.borrow().stage {
        Stage::Joining(_) => None,
        Stage::Opening(_) => return,
        Stage::In(part) => Some(part.actor()),
    };
    match actor {
        None => join_form::act(shared, action),
        Some(actor) => actor(shared, action, value),
    }
}

/// The person is in a session: fetch the code of its screens if it is not here yet
/// ("Loading…" meanwhile), then open its live connection and show it.
fn enter(shared: &Rc<Shared>, held: Held) {
    shared.state.borrow_mut().stage = Stage::Opening(Opening::new());
    pump(shared);
    let page: Weak<Shared> = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let heard = page.clone();
        let opened = open_part(
            held,
            Box::new(move |shown| {
                if let Some(shared) = heard.upgrade() {
                    shared.heard.borrow_mut().push(shown);
                    pump(&shared);
                }
            }),
        )
        .await;
        let Some(shared) = page.upgrade() else {
            // The page was left meanwhile.
            if let Ok(part) = opened {
                part.close();
            }
            return;
        };
        match opened {
            Ok(part) => shared.state.borrow_mut().stage = Stage::In(part),
            // "Loading…" gives way to loading.js's message and its "Try again", which
            // loads the page again: this phone is still in the session.
            Err(NotLoaded) => {
                if let Stage::Opening(opening) = &mut shared.state.borrow_mut().stage {
                    opening.failed = true;
                }
            }
        }
        pump(&shared);
    });
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
            Stage::Opening(opening) => opening.draw(&self.root),
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
