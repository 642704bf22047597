//! "Events" in a pack: what is coming up, when and where. The events added so far
//! are listed, each with a button to remove it; a short form below adds another.

use cares_core::audit::long_date;
use cares_core::packs::PackEvent;
use leptos::prelude::*;

use super::field::{FieldKind, TextField, focus_soon, parse_day};
use super::pack_draft::{PackDraft, optional_words};

/// The events of the pack being built.
#[component]
pub fn PackEvents(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let events = Memo::new(move |_| draft.pack.with(|p| p.events.clone()));
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let what = title.get_untracked().trim().to_owned();
        if what.is_empty() {
            error.set(Some("Enter what the event is.".to_owned()));
            focus_soon("event-title".to_owned());
            return;
        }
        draft.change(|p| {
            p.events.push(PackEvent {
                title: what.clone(),
                date: parse_day(&date.get_untracked()),
                place: optional_words(&place.get_untracked()),
            });
        });
        draft.save();
        title.set(String::new());
        date.set(String::new());
        place.set(String::new());
        error.set(None);
        added.set(format!("Added {what}."));
        focus_soon("event-title".to_owned());
    };
    view! {
        <section class="pack-part">
            <h2 id="events-heading">"Events"</h2>
            {move || {
                let list = events.get();
                if list.is_empty() {
                    view! { <p>"No events yet. Add something coming up that carers can go to."</p> }
                        .into_any()
                } else {
                    view! {
                        <ul class="pack-part__list">
                            {list
                                .into_iter()
                                .enumerate()
                                .map(|(i, e)| {
                                    view! {
                                        <li class="pack-part__entry">
                                            <p class="pack-part__name">{e.title.clone()}</p>
                                            {e.date.map(|d| view! { <p>{long_date(d)}</p> })}
                                            {e.place.map(|p| view! { <p>{p}</p> })}
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                aria-label=format!("Remove {}", e.title)
                                                on:click=move |_| {
                                                    draft.change(|pack| {
                                                        if i < pack.events.len() {
                                                            pack.events.remove(i);
                                                        }
                                                    });
                                                    draft.save();
                                                    focus_soon("event-title".to_owned());
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
                    id="event-title"
                    label="Event"
                    value=title
                    on_input=Callback::new(move |v: String| {
                        title.set(v);
                        error.set(None);
                    })
                    error=error
                />
                <TextField
                    id="event-date"
                    label="Date"
                    kind=FieldKind::Date
                    value=date
                    on_input=Callback::new(move |v: String| date.set(v))
                    on_change=Callback::new(move |v: String| date.set(v))
                />
                <TextField
                    id="event-place"
                    label="Where"
                    value=place
                    on_input=Callback::new(move |v: String| place.set(v))
                />
                <button type="submit" class="button button--secondary">
                    "Add an event"
                </button>
                <p class="pack-part__added" aria-live="polite">
                    {move || added.get()}
                </p>
            </form>
        </section>
    }
}
