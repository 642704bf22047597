//! "Join a session": the join code, then the name to go by. The code is checked
//! first (its shape here, then with the server), so a wrong code is said before
//! anyone picks a name. Joining happens on the server; the phone keeps the secret it
//! is given, so a reload keeps the person in the session.

use std::rc::Rc;

use web_sys::Element;

use super::{Shared, Stage, enter};
use crate::components::frame::focus::move_focus_to;
use crate::dom::{El, Slot, el, field, value_of};
use crate::i18n::t;
use crate::live::client::Role;
use crate::live::http::{self, JoinRefused};
use crate::live::records::{self, Held};

const CODE_ID: &str = "join-code";
const NAME_ID: &str = "join-name";
/// The characters a join code is made of (no look-alikes such as 0 and O).
const CODE_ALPHABET: &str = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// How many characters a join code has.
const CODE_LENGTH: usize = 6;

/// The code as the server reads it: letters and digits only, in capitals.
pub fn tidy_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// What is wrong with a typed (tidied) code, if anything, in the words of what a code
/// looks like: six characters, the numbers 2 to 9 and the letters other than I and O.
fn code_problem(code: &str) -> Option<String> {
    if code.is_empty() {
        return Some(t!("join-code-empty"));
    }
    let count = code.chars().count();
    match code.chars().find(|c| !CODE_ALPHABET.contains(*c)) {
        Some('0' | '1') => Some(t!("join-code-zero-one")),
        Some('I' | 'O') => Some(t!("join-code-i-o")),
        Some(_) => Some(t!("join-code-other-character")),
        None if count != CODE_LENGTH => {
            Some(t!("join-code-length", length = CODE_LENGTH, count = count))
        }
        None => None,
    }
}

/// The two steps before joining, and where they are drawn.
pub struct JoinForm {
    steps: Steps,
    slot: Slot,
}

/// What the person has typed and been told.
struct Steps {
    code: String,
    name: String,
    on_name_step: bool,
    code_error: Option<String>,
    name_error: Option<String>,
    form_error: Option<String>,
    busy: bool,
}

impl JoinForm {
    /// The form, with the code from the address (tidied) if there was one.
    pub fn new(code: String) -> JoinForm {
        JoinForm {
            steps: Steps {
                code,
                name: String::new(),
                on_name_step: false,
                code_error: None,
                name_error: None,
                form_error: None,
                busy: false,
            },
            slot: Slot::new("div"),
        }
    }

    /// Shows the step the person is on in `root`.
    pub fn draw(&mut self, root: &Element) {
        crate::dom::attach(root, self.slot.element());
        let s = &self.steps;
        let key = format!(
            "{}|{}|{:?}|{:?}|{:?}|{}",
            s.on_name_step, s.code, s.code_error, s.name_error, s.form_error, s.busy
        );
        self.slot.show(&key, || {
            let step = if s.on_name_step {
                s.name_step()
            } else {
                s.code_step()
            };
            vec![
                el("div")
                    .class("live-phone")
                    .child(el("h1").text(&t!("join-title")))
                    .child(step),
            ]
        });
    }
}

impl Steps {
    /// The step's button; its id keeps focus on it while the form is drawn busy.
    fn submit_button(&self, id: &str, words: &str) -> El {
        el("button")
            .id(id)
            .class("button")
            .attr("type", "submit")
            .attr_if(self.busy, "aria-disabled", "true")
            .text(words)
    }

    fn code_step(&self) -> El {
        let input = el("input")
            .class("field__input live-code-input")
            .attr("name", "code")
            .attr("type", "text")
            .attr("autocomplete", "off")
            .attr("autocapitalize", "characters")
            .attr("spellcheck", "false")
            .attr("required", "")
            .attr("value", &self.code);
        el("form")
            .class("live-form")
            .attr("data-do", "check-code")
            .attr("novalidate", "")
            .child(field(
                CODE_ID,
                &t!("join-code-label"),
                &t!("join-code-hint"),
                self.code_error.as_deref(),
                input,
            ))
            .child(self.submit_button("join-code-submit", &t!("join-code-submit")))
    }

    fn name_step(&self) -> El {
        let input = el("input")
            .class("field__input")
            .attr("name", "pseudonym")
            .attr("type", "text")
            .attr("autocomplete", "nickname")
            .attr("maxlength", "40")
            .attr("required", "")
            .attr("value", &self.name);
        el("form")
            .class("live-form")
            .attr("data-do", "join")
            .attr("novalidate", "")
            .child(el("h2").text(&t!("join-name-title")))
            .child(el("p").text(&t!("join-name-code", code = self.code.as_str())))
            .child(field(
                NAME_ID,
                &t!("join-name-label"),
                &t!("join-name-hint"),
                self.name_error.as_deref(),
                input,
            ))
            .maybe(
                self.form_error
                    .as_deref()
                    .map(|m| el("p").class("form-error").attr("role", "alert").text(m)),
            )
            .child(
                el("div")
                    .class("button-row")
                    .child(self.submit_button("join-name-submit", &t!("join-name-submit")))
                    .child(
                        el("button")
                            .class("button button--secondary")
                            .attr("type", "button")
                            .attr("data-do", "change-code")
                            .text(&t!("join-change-code")),
                    ),
            )
    }
}

/// Runs `f` on the form and draws it, if the page is still on it.
fn with_form<R>(
    shared: &Shared,
    root_focus: Option<&str>,
    f: impl FnOnce(&mut Steps) -> R,
) -> Option<R> {
    let mut state = shared.state.borrow_mut();
    let super::State { root, stage, .. } = &mut *state;
    let Stage::Joining(form) = stage else {
        return None;
    };
    let result = f(&mut form.steps);
    form.draw(root);
    if let Some(id) = root_focus {
        move_focus_to(id);
    }
    Some(result)
}

/// Does what a control of the form asks.
pub fn act(shared: &Rc<Shared>, action: &str) {
    match action {
        "check-code" => check_code(shared),
        "join" => join(shared),
        "change-code" => {
            with_form(shared, Some(CODE_ID), |form| {
                form.name = value_of(NAME_ID);
                form.on_name_step = false;
            });
        }
        _ => {}
    }
}

fn check_code(shared: &Rc<Shared>) {
    let typed = value_of(CODE_ID);
    let checking = with_form(shared, None, |form| {
        if form.busy {
            return None;
        }
        let tidy = tidy_code(&typed);
        form.code.clone_from(&tidy);
        form.code_error = code_problem(&tidy);
        form.busy = form.code_error.is_none();
        Some(tidy).filter(|_| form.busy)
    })
    .flatten();
    let Some(tidy) = checking else {
        move_focus_to(CODE_ID);
        return;
    };
    let shared = Rc::clone(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let answer = http::check_code(&tidy).await;
        let ok = answer.is_ok();
        with_form(&shared, None, |form| {
            form.busy = false;
            form.code_error = answer.err();
            form.on_name_step = ok;
        });
        move_focus_to(if ok { NAME_ID } else { CODE_ID });
    });
}

fn join(shared: &Rc<Shared>) {
    let pseudonym = value_of(NAME_ID).trim().to_owned();
    let joining = with_form(shared, None, |form| {
        if form.busy {
            return None;
        }
        form.name.clone_from(&pseudonym);
        form.form_error = None;
        if pseudonym.is_empty() {
            form.name_error = Some(t!("join-name-empty"));
            return None;
        }
        form.name_error = None;
        form.busy = true;
        Some(form.code.clone())
    })
    .flatten();
    let Some(code) = joining else {
        move_focus_to(NAME_ID);
        return;
    };
    let shared = Rc::clone(shared);
    wasm_bindgen_futures::spawn_local(async move {
        match http::join(&code, &pseudonym).await {
            Ok(done) => {
                let mut held = Held::new(done.session, Role::Participant, done.token);
                held.participant = Some(done.participant);
                held.code = Some(code);
                records::save(&held);
                records::set_current_phone(Some(held.session));
                enter(&shared, held);
            }
            Err(refused) => {
                let to = with_form(&shared, None, |form| {
                    form.busy = false;
                    match refused {
                        JoinRefused::Code(message) => {
                            form.on_name_step = false;
                            form.code_error = Some(message);
                            CODE_ID
                        }
                        JoinRefused::Name(message) => {
                            form.name_error = Some(message);
                            NAME_ID
                        }
                        JoinRefused::Other(message) => {
                            form.form_error = Some(message);
                            NAME_ID
                        }
                    }
                });
                if let Some(id) = to {
                    move_focus_to(id);
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_as_the_server_reads_it() {
        assert_eq!(tidy_code(" k7p-2qx "), "K7P2QX");
        assert_eq!(code_problem("K7P2QX"), None);
        assert!(code_problem("").is_some());
        assert!(code_problem("K7P2Q0").is_some(), "0 is never in a code");
        assert!(code_problem("K7P2QXX").is_some());
    }

    #[test]
    fn a_wrong_code_is_told_what_a_code_looks_like() {
        let said = |typed: &str| code_problem(&tidy_code(typed)).unwrap_or_default();
        assert!(
            said("ABC123").contains("never has 0 or 1"),
            "{}",
            said("ABC123")
        );
        assert!(said("K7P2QI").contains("letter I or O"));
        assert!(said("K7P2Q!").contains("only letters and the numbers 2 to 9"));
        assert_eq!(
            said("K7P2Q"),
            "A join code has 6 letters and numbers; this has 5. Check the code on the board."
        );
    }
}
