//! "Events" in a pack: what is coming up, when and where.

use cares_core::packs::PackEvent;
use leptos::prelude::*;

use super::field::{FieldKind, TextField};
use super::milestone_list::{focus_soon, parse_day};
use super::pack_draft::PackDraft;

/// The events of the pack being built.
#[component]
pub fn PackEvents(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let count = Memo::new(move |_| draft.pack.with(|p| p.events.len()));
    let read = move |i: usize, f: fn(&PackEvent) -> Option<String>| {
        Signal::derive(move || {
            draft
                .pack
                .with(|p| p.events.get(i).and_then(f).unwrap_or_default())
        })
    };
    let write = move |i: usize, f: fn(&mut PackEvent, String)| {
        Callback::new(move |v: String| {
            draft.change(|p| {
                if let Some(e) = p.events.get_mut(i) {
                    f(e, v);
                }
            })
        })
    };
    let leave = Callback::new(move |_: String| draft.save());
    view! {
        <section class="pack-part" aria-labelledby="events-heading">
            <h2 id="events-heading">"Events"</h2>
            <Show when=move || count.get() == 0>
                <p>"No events yet. Add something coming up that carers can go to."</p>
            </Show>
            <For
                each=move || 0..count.get()
                key=|i| *i
                children=move |i| {
                    view! {
                        <fieldset class="pack-part__item">
                            <legend>{format!("Event {}", i + 1)}</legend>
                            <TextField
                                id=format!("event-{i}-title")
                                label="Event"
                                value=read(i, |e| Some(e.title.clone()))
                                on_input=write(i, |e, v| e.title = v)
                                on_leave=leave
                            />
                            <TextField
                                id=format!("event-{i}-date")
                                label="Date"
                                kind=FieldKind::Date
                                value=read(i, |e| e.date.map(|d| d.format("%Y-%m-%d").to_string()))
                                on_change=Callback::new(move |v: String| {
                                    draft.change(|p| {
                                        if let Some(e) = p.events.get_mut(i) {
                                            e.date = parse_day(&v);
                                        }
                                    });
                                    draft.save();
                                })
                            />
                            <TextField
                                id=format!("event-{i}-place")
                                label="Where"
                                value=read(i, |e| e.place.clone())
                                on_input=write(i, |e, v| e.place = Some(v))
                                on_leave=leave
                            />
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| {
                                    draft.change(|p| {
                                        if i < p.events.len() {
                                            p.events.remove(i);
                                        }
                                    });
                                    draft.save();
                                    focus_soon("add-event".to_owned());
                                }
                            >
                                "Remove event"
                            </button>
                        </fieldset>
                    }
                }
            />
            <button
                type="button"
                id="add-event"
                class="button button--secondary"
                on:click=move |_| {
                    let at = count.get_untracked();
                    draft.change(|p| {
                        p.events.push(PackEvent { title: String::new(), date: None, place: None })
                    });
                    focus_soon(format!("event-{at}-title"));
                }
            >
                "Add an event"
            </button>
        </section>
    }
}
