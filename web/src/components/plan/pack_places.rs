//! "Meeting places" in a pack: where carers meet, and when. The places added so
//! far are listed, each with a button to remove it; a short form below adds another.

use cares_core::packs::MeetingPlace;
use leptos::prelude::*;

use super::field::{TextField, focus_soon};
use super::pack_draft::{PackDraft, optional_words};

/// The meeting places of the pack being built.
#[component]
pub fn PackPlaces(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let places = Memo::new(move |_| draft.pack.with(|p| p.places.clone()));
    let name = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let when = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let place = name.get_untracked().trim().to_owned();
        if place.is_empty() {
            error.set(Some("Enter the name of the place.".to_owned()));
            focus_soon("place-name".to_owned());
            return;
        }
        draft.change(|p| {
            p.places.push(MeetingPlace {
                name: place.clone(),
                address: optional_words(&address.get_untracked()),
                when: optional_words(&when.get_untracked()),
            });
        });
        draft.save();
        name.set(String::new());
        address.set(String::new());
        when.set(String::new());
        error.set(None);
        added.set(format!("Added {place}."));
        focus_soon("place-name".to_owned());
    };
    view! {
        <section class="pack-part">
            <h2 id="places-heading">"Meeting places"</h2>
            {move || {
                let list = places.get();
                if list.is_empty() {
                    view! { <p>"No meeting places yet. Add somewhere carers can meet."</p> }
                        .into_any()
                } else {
                    view! {
                        <ul class="pack-part__list">
                            {list
                                .into_iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    view! {
                                        <li class="pack-part__entry">
                                            <p class="pack-part__name">{p.name.clone()}</p>
                                            {p.address.map(|a| view! { <p>{a}</p> })}
                                            {p.when.map(|w| view! { <p>{w}</p> })}
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                aria-label=format!("Remove {}", p.name)
                                                on:click=move |_| {
                                                    draft.change(|pack| {
                                                        if i < pack.places.len() {
                                                            pack.places.remove(i);
                                                        }
                                                    });
                                                    draft.save();
                                                    focus_soon("place-name".to_owned());
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
                    id="place-name"
                    label="Place name"
                    value=name
                    on_input=Callback::new(move |v: String| {
                        name.set(v);
                        error.set(None);
                    })
                    error=error
                />
                <TextField
                    id="place-address"
                    label="Address"
                    value=address
                    on_input=Callback::new(move |v: String| address.set(v))
                />
                <TextField
                    id="place-when"
                    label="When"
                    hint="For example: Tuesdays, 10am to 12 noon."
                    value=when
                    on_input=Callback::new(move |v: String| when.set(v))
                />
                <button type="submit" class="button button--secondary">
                    "Add a meeting place"
                </button>
                <p class="pack-part__added" aria-live="polite">
                    {move || added.get()}
                </p>
            </form>
        </section>
    }
}
