//! "Meeting places" in a pack: where carers meet, and when.

use cares_core::packs::MeetingPlace;
use leptos::prelude::*;

use super::field::TextField;
use super::milestone_list::focus_soon;
use super::pack_draft::PackDraft;

/// The meeting places of the pack being built.
#[component]
pub fn PackPlaces(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let count = Memo::new(move |_| draft.pack.with(|p| p.places.len()));
    let read = move |i: usize, f: fn(&MeetingPlace) -> Option<&str>| {
        Signal::derive(move || {
            draft
                .pack
                .with(|p| p.places.get(i).and_then(f).unwrap_or_default().to_owned())
        })
    };
    let write = move |i: usize, f: fn(&mut MeetingPlace, String)| {
        Callback::new(move |v: String| {
            draft.change(|p| {
                if let Some(place) = p.places.get_mut(i) {
                    f(place, v);
                }
            })
        })
    };
    let leave = Callback::new(move |_: String| draft.save());
    view! {
        <section class="pack-part" aria-labelledby="places-heading">
            <h2 id="places-heading">"Meeting places"</h2>
            <Show when=move || count.get() == 0>
                <p>"No meeting places yet. Add somewhere carers can meet."</p>
            </Show>
            <For
                each=move || 0..count.get()
                key=|i| *i
                children=move |i| {
                    view! {
                        <fieldset class="pack-part__item">
                            <legend>{format!("Meeting place {}", i + 1)}</legend>
                            <TextField
                                id=format!("place-{i}-name")
                                label="Place name"
                                value=read(i, |p| Some(p.name.as_str()))
                                on_input=write(i, |p, v| p.name = v)
                                on_leave=leave
                            />
                            <TextField
                                id=format!("place-{i}-address")
                                label="Address"
                                value=read(i, |p| p.address.as_deref())
                                on_input=write(i, |p, v| p.address = Some(v))
                                on_leave=leave
                            />
                            <TextField
                                id=format!("place-{i}-when")
                                label="When"
                                hint="For example: Tuesdays, 10am to 12 noon."
                                value=read(i, |p| p.when.as_deref())
                                on_input=write(i, |p, v| p.when = Some(v))
                                on_leave=leave
                            />
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| {
                                    draft.change(|p| {
                                        if i < p.places.len() {
                                            p.places.remove(i);
                                        }
                                    });
                                    draft.save();
                                    focus_soon("add-place".to_owned());
                                }
                            >
                                "Remove meeting place"
                            </button>
                        </fieldset>
                    }
                }
            />
            <button
                type="button"
                id="add-place"
                class="button button--secondary"
                on:click=move |_| {
                    let at = count.get_untracked();
                    draft.change(|p| {
                        p.places.push(MeetingPlace { name: String::new(), address: None, when: None })
                    });
                    focus_soon(format!("place-{at}-name"));
                }
            >
                "Add a meeting place"
            </button>
        </section>
    }
}
