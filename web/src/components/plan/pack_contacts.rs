//! "Local contacts" in a pack: who to get in touch with, and how. The contacts
//! added so far are listed, each with a button to remove it; a short form below
//! adds another.

use cares_core::packs::LocalContact;
use leptos::prelude::*;

use super::field::{TextField, focus_soon};
use super::pack_draft::{PackDraft, optional_words};

/// The contacts of the pack being built.
#[component]
pub fn PackContacts(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let contacts = Memo::new(move |_| draft.pack.with(|p| p.contacts.clone()));
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let reach = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let who = name.get_untracked().trim().to_owned();
        if who.is_empty() {
            error.set(Some("Enter the contact's name.".to_owned()));
            focus_soon("contact-name".to_owned());
            return;
        }
        draft.change(|p| {
            p.contacts.push(LocalContact {
                name: who.clone(),
                role: optional_words(&role.get_untracked()),
                how_to_reach: optional_words(&reach.get_untracked()),
            });
        });
        draft.save();
        name.set(String::new());
        role.set(String::new());
        reach.set(String::new());
        error.set(None);
        added.set(format!("Added {who}."));
        focus_soon("contact-name".to_owned());
    };
    view! {
        <section class="pack-part">
            <h2 id="contacts-heading">"Local contacts"</h2>
            {move || {
                let list = contacts.get();
                if list.is_empty() {
                    view! { <p>"No contacts yet. Add someone people can get in touch with."</p> }
                        .into_any()
                } else {
                    view! {
                        <ul class="pack-part__list">
                            {list
                                .into_iter()
                                .enumerate()
                                .map(|(i, c)| {
                                    view! {
                                        <li class="pack-part__entry">
                                            <p class="pack-part__name">{c.name.clone()}</p>
                                            {c.role.map(|r| view! { <p>{r}</p> })}
                                            {c.how_to_reach.map(|h| view! { <p>{h}</p> })}
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                aria-label=format!("Remove {}", c.name)
                                                on:click=move |_| {
                                                    draft.change(|p| {
                                                        if i < p.contacts.len() {
                                                            p.contacts.remove(i);
                                                        }
                                                    });
                                                    draft.save();
                                                    focus_soon("contact-name".to_owned());
                                                }
                                            >
                                                "Remove"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
            <form class="pack-part__form" novalidate on:submit=add>
                <TextField
                    id="contact-name"
                    label="Name"
                    value=name
                    on_input=Callback::new(move |v: String| {
                        name.set(v);
                        error.set(None);
                    })
                    error=error
                />
                <TextField
                    id="contact-role"
                    label="Role or organisation"
                    value=role
                    on_input=Callback::new(move |v: String| role.set(v))
                />
                <TextField
                    id="contact-reach"
                    label="How to reach them"
                    hint="A phone number, an email address or a drop-in time."
                    value=reach
                    on_input=Callback::new(move |v: String| reach.set(v))
                />
                <button type="submit" class="button button--secondary">
                    "Add a contact"
                </button>
                <p class="pack-part__added" aria-live="polite">
                    {move || added.get()}
                </p>
            </form>
        </section>
    }
}
