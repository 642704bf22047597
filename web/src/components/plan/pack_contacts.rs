//! "Local contacts" in a pack: who to get in touch with, and how.

use cares_core::packs::LocalContact;
use leptos::prelude::*;

use super::field::TextField;
use super::milestone_list::focus_soon;
use super::pack_draft::PackDraft;

/// The contacts of the pack being built.
#[component]
pub fn PackContacts(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let count = Memo::new(move |_| draft.pack.with(|p| p.contacts.len()));
    let read = move |i: usize, f: fn(&LocalContact) -> Option<&str>| {
        Signal::derive(move || {
            draft
                .pack
                .with(|p| p.contacts.get(i).and_then(f).unwrap_or_default().to_owned())
        })
    };
    let write = move |i: usize, f: fn(&mut LocalContact, String)| {
        Callback::new(move |v: String| {
            draft.change(|p| {
                if let Some(c) = p.contacts.get_mut(i) {
                    f(c, v);
                }
            })
        })
    };
    let leave = Callback::new(move |_: String| draft.save());
    view! {
        <section class="pack-part" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">"Local contacts"</h2>
            <Show when=move || count.get() == 0>
                <p>"No contacts yet. Add someone people can get in touch with."</p>
            </Show>
            <For
                each=move || 0..count.get()
                key=|i| *i
                children=move |i| {
                    view! {
                        <fieldset class="pack-part__item">
                            <legend>{format!("Contact {}", i + 1)}</legend>
                            <TextField
                                id=format!("contact-{i}-name")
                                label="Name"
                                value=read(i, |c| Some(c.name.as_str()))
                                on_input=write(i, |c, v| c.name = v)
                                on_leave=leave
                            />
                            <TextField
                                id=format!("contact-{i}-role")
                                label="Role or organisation"
                                value=read(i, |c| c.role.as_deref())
                                on_input=write(i, |c, v| c.role = Some(v))
                                on_leave=leave
                            />
                            <TextField
                                id=format!("contact-{i}-reach")
                                label="How to reach them"
                                hint="A phone number, an email address or a drop-in time."
                                value=read(i, |c| c.how_to_reach.as_deref())
                                on_input=write(i, |c, v| c.how_to_reach = Some(v))
                                on_leave=leave
                            />
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| {
                                    draft.change(|p| {
                                        if i < p.contacts.len() {
                                            p.contacts.remove(i);
                                        }
                                    });
                                    draft.save();
                                    focus_soon("add-contact".to_owned());
                                }
                            >
                                "Remove contact"
                            </button>
                        </fieldset>
                    }
                }
            />
            <button
                type="button"
                id="add-contact"
                class="button button--secondary"
                on:click=move |_| {
                    let at = count.get_untracked();
                    draft.change(|p| {
                        p.contacts.push(LocalContact { name: String::new(), role: None, how_to_reach: None })
                    });
                    focus_soon(format!("contact-{at}-name"));
                }
            >
                "Add a contact"
            </button>
        </section>
    }
}
