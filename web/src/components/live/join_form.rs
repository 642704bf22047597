//! "Join a session" on a phone: the join code, then the name to go by. The code is
//! checked first (its shape here, then with the server), so a wrong code is said
//! before anyone picks a name. Joining happens on the server; the phone keeps the
//! secret it is given, so a reload keeps the person in the session.

use leptos::prelude::*;
use leptos::task::spawn_local_scoped;

use crate::components::frame::focus::move_focus_to;
use crate::i18n::t;
use crate::live::client::Role;
use crate::live::http;
use crate::live::records::{self, Held};

const CODE_ID: &str = "join-code";
const NAME_ID: &str = "join-name";
/// The characters a join code is made of (no look-alikes such as 0 and O).
const CODE_ALPHABET: &str = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// The code as the server reads it: no spaces or dashes, capitals.
fn tidy_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// How many characters a join code has.
const CODE_LENGTH: usize = 6;

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

/// The two steps before joining. `joined` gets the phone's new entry.
#[component]
pub fn JoinForm(
    /// The code from the address (`/join?code=…`), if any.
    #[prop(into)]
    initial_code: String,
    /// Called once the server has let the person in.
    joined: Callback<Held>,
) -> impl IntoView {
    let code = RwSignal::new(initial_code);
    let name = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<String>);
    let name_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let on_name_step = RwSignal::new(false);
    let busy = RwSignal::new(false);

    let to_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let tidy = tidy_code(&code.get_untracked());
        if let Some(problem) = code_problem(&tidy) {
            code_error.set(Some(problem));
            focus(CODE_ID);
            return;
        }
        code.set(tidy.clone());
        busy.set(true);
        spawn_local_scoped(async move {
            let answer = http::check_code(&tidy).await;
            busy.set(false);
            match answer {
                Ok(()) => {
                    code_error.set(None);
                    on_name_step.set(true);
                    focus(NAME_ID);
                }
                Err(message) => {
                    code_error.set(Some(message));
                    focus(CODE_ID);
                }
            }
        });
    };

    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let pseudonym = name.get_untracked().trim().to_owned();
        if pseudonym.is_empty() {
            name_error.set(Some(t!("join-name-empty")));
            focus(NAME_ID);
            return;
        }
        name_error.set(None);
        form_error.set(None);
        busy.set(true);
        let typed = code.get_untracked();
        spawn_local_scoped(async move {
            let answer = http::join(&typed, &pseudonym).await;
            busy.set(false);
            match answer {
                Ok(done) => {
                    let mut held = Held::new(done.session, Role::Participant, done.token);
                    held.participant = Some(done.participant);
                    held.code = Some(typed);
                    records::save(&held);
                    records::set_current_phone(Some(held.session));
                    joined.run(held);
                }
                Err(message)
                    if message == http::no_such_session()
                        || message == http::session_finished() =>
                {
                    on_name_step.set(false);
                    code_error.set(Some(message));
                    focus(CODE_ID);
                }
                Err(message) if message.contains("name") || message.contains("pseudonym") => {
                    name_error.set(Some(message));
                    focus(NAME_ID);
                }
                Err(message) => form_error.set(Some(message)),
            }
        });
    };

    view! {
        <div class="live-phone">
            <h1>{t!("join-title")}</h1>
            <Show
                when=move || on_name_step.get()
                fallback=move || {
                    view! {
                        <form class="live-form" on:submit=to_name novalidate>
                            <div class="field" class:field--error=move || code_error.get().is_some()>
                                <label class="field__label" for=CODE_ID>{t!("join-code-label")}</label>
                                <p class="field__hint" id="join-code-hint">
                                    {t!("join-code-hint")}
                                </p>
                                {move || code_error.get().map(|m| view! { <p class="field__error" id="join-code-error">{m}</p> })}
                                <input
                                    class="field__input live-code-input"
                                    id=CODE_ID
                                    name="code"
                                    type="text"
                                    autocomplete="off"
                                    autocapitalize="characters"
                                    spellcheck="false"
                                    required
                                    aria-invalid=move || code_error.get().map(|_| "true")
                                    aria-describedby=move || {
                                        if code_error.get().is_some() {
                                            "join-code-hint join-code-error"
                                        } else {
                                            "join-code-hint"
                                        }
                                    }
                                    bind:value=code
                                />
                            </div>
                            <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                                {t!("join-code-submit")}
                            </button>
                        </form>
                    }
                }
            >
                <form class="live-form" on:submit=join novalidate>
                    <h2>{t!("join-name-title")}</h2>
                    <p>{move || t!("join-name-code", code = code.get())}</p>
                    <div class="field" class:field--error=move || name_error.get().is_some()>
                        <label class="field__label" for=NAME_ID>{t!("join-name-label")}</label>
                        <p class="field__hint" id="join-name-hint">
                            {t!("join-name-hint")}
                        </p>
                        {move || name_error.get().map(|m| view! { <p class="field__error" id="join-name-error">{m}</p> })}
                        <input
                            class="field__input"
                            id=NAME_ID
                            name="pseudonym"
                            type="text"
                            autocomplete="nickname"
                            maxlength="40"
                            required
                            aria-invalid=move || name_error.get().map(|_| "true")
                            aria-describedby=move || {
                                if name_error.get().is_some() {
                                    "join-name-hint join-name-error"
                                } else {
                                    "join-name-hint"
                                }
                            }
                            bind:value=name
                        />
                    </div>
                    {move || form_error.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
                    <div class="button-row">
                        <button class="button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                            {t!("join-name-submit")}
                        </button>
                        <button
                            class="button button--secondary"
                            type="button"
                            on:click=move |_| {
                                on_name_step.set(false);
                                focus(CODE_ID);
                            }
                        >
                            {t!("join-change-code")}
                        </button>
                    </div>
                </form>
            </Show>
        </div>
    }
}

/// Moves focus to a field once it is on the page.
pub fn focus(id: &'static str) {
    request_animation_frame(move || move_focus_to(id));
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
