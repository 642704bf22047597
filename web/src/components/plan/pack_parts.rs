//! The lists a pack holds besides its steps — local contacts, meeting places and
//! events — drawn by one component, [`PackPart`]: the entries so far, each with a
//! button to edit it (its words go back into the form) and one to remove it, and a
//! short form of three fields that adds another or saves the one being edited.
//!
//! What differs between the three (words, fields, how an entry is read from and put
//! into the pack) is a [`PartKind`]: [`CONTACTS`], [`PLACES`], [`EVENTS`].

use cares_core::packs::{ActionPack, LocalContact, MeetingPlace, PackEvent};
use leptos::prelude::*;

use super::pack_draft::{PackDraft, optional_words};
use crate::components::form::{FieldKind, TextField, focus_soon, parse_day};
use crate::i18n::{self, t};

/// One field of a part's form.
#[derive(Debug, Clone, Copy)]
pub struct PartField {
    /// The field's id on the page.
    pub id: &'static str,
    /// The label a person reads.
    pub label: fn() -> String,
    /// A line of help under the label.
    pub hint: Option<fn() -> String>,
    /// A line of text or a date.
    pub kind: FieldKind,
}

/// One entry as the list shows it: its name, then its other details, one a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the entry is called.
    pub name: String,
    /// The details given, in the order of the form.
    pub details: Vec<String>,
}

/// What one kind of list in a pack says and holds.
#[derive(Debug, Clone, Copy)]
pub struct PartKind {
    /// The section's heading.
    pub heading: fn() -> String,
    /// The heading's id, which names the section for screen readers.
    pub heading_id: &'static str,
    /// Said while the list is empty.
    pub empty: fn() -> String,
    /// The words on the add button.
    pub add: fn() -> String,
    /// Said when the first field is left blank.
    pub name_missing: fn() -> String,
    /// The form's fields: the entry's name first (it must be filled in), then two
    /// optional details.
    pub fields: [PartField; 3],
    /// The pack's entries of this kind.
    pub entries: fn(&ActionPack) -> Vec<Entry>,
    /// Adds an entry from the name and the two details as typed.
    pub push: fn(&mut ActionPack, String, &str, &str),
    /// The entry at an index as its form's three fields hold it, to edit it.
    pub fields_of: fn(&ActionPack, usize) -> Option<[String; 3]>,
    /// Puts an entry back at an index, from the name and the two details as typed.
    pub put: fn(&mut ActionPack, usize, String, &str, &str),
    /// Removes the entry at an index, if it is still there.
    pub remove: fn(&mut ActionPack, usize),
}

/// Removes the entry at `at`, if the list still has it (another tab may have
/// removed it first).
fn remove_at<T>(list: &mut Vec<T>, at: usize) {
    if at < list.len() {
        list.remove(at);
    }
}

/// A field for a line of text.
const fn line(id: &'static str, label: fn() -> String, hint: Option<fn() -> String>) -> PartField {
    PartField {
        id,
        label,
        hint,
        kind: FieldKind::Line,
    }
}

/// A field for a day, with the browser's date picker.
const fn date(id: &'static str, label: fn() -> String, hint: Option<fn() -> String>) -> PartField {
    PartField {
        id,
        label,
        hint,
        kind: FieldKind::Date,
    }
}

/// Who to get in touch with, and how.
pub const CONTACTS: PartKind = PartKind {
    heading: || t!("packs-contacts-title"),
    heading_id: "contacts-heading",
    empty: || t!("packs-contacts-none"),
    add: || t!("packs-contacts-add"),
    name_missing: || t!("packs-contacts-name-missing"),
    fields: [
        line("contact-name", || t!("packs-contact-name"), None),
        line("contact-role", || t!("packs-contact-role"), None),
        line(
            "contact-reach",
            || t!("packs-contact-reach"),
            Some(|| t!("packs-contact-reach-hint")),
        ),
    ],
    entries: |pack| {
        pack.contacts
            .iter()
            .map(|c| Entry {
                name: c.name.clone(),
                details: [&c.role, &c.how_to_reach]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect(),
            })
            .collect()
    },
    push: |pack, name, role, reach| pack.contacts.push(contact(name, role, reach)),
    fields_of: |pack, at| {
        pack.contacts.get(at).map(|c| {
            [
                c.name.clone(),
                c.role.clone().unwrap_or_default(),
                c.how_to_reach.clone().unwrap_or_default(),
            ]
        })
    },
    put: |pack, at, name, role, reach| {
        if let Some(c) = pack.contacts.get_mut(at) {
            *c = contact(name, role, reach);
        }
    },
    remove: |pack, at| remove_at(&mut pack.contacts, at),
};

/// Where carers meet, and when.
pub const PLACES: PartKind = PartKind {
    heading: || t!("packs-places-title"),
    heading_id: "places-heading",
    empty: || t!("packs-places-none"),
    add: || t!("packs-places-add"),
    name_missing: || t!("packs-places-name-missing"),
    fields: [
        line("place-name", || t!("packs-place-name"), None),
        line("place-address", || t!("packs-place-address"), None),
        line(
            "place-when",
            || t!("packs-place-when"),
            Some(|| t!("packs-place-when-hint")),
        ),
    ],
    entries: |pack| {
        pack.places
            .iter()
            .map(|p| Entry {
                name: p.name.clone(),
                details: [&p.address, &p.when]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect(),
            })
            .collect()
    },
    push: |pack, name, address, when| pack.places.push(place(name, address, when)),
    fields_of: |pack, at| {
        pack.places.get(at).map(|p| {
            [
                p.name.clone(),
                p.address.clone().unwrap_or_default(),
                p.when.clone().unwrap_or_default(),
            ]
        })
    },
    put: |pack, at, name, address, when| {
        if let Some(p) = pack.places.get_mut(at) {
            *p = place(name, address, when);
        }
    },
    remove: |pack, at| remove_at(&mut pack.places, at),
};

/// What is coming up, when and where.
pub const EVENTS: PartKind = PartKind {
    heading: || t!("packs-events-title"),
    heading_id: "events-heading",
    empty: || t!("packs-events-none"),
    add: || t!("packs-events-add"),
    name_missing: || t!("packs-events-name-missing"),
    fields: [
        line("event-title", || t!("packs-event-title"), None),
        date("event-date", || t!("packs-event-date"), None),
        line("event-place", || t!("packs-event-place"), None),
    ],
    entries: |pack| {
        pack.events
            .iter()
            .map(|e| Entry {
                name: e.title.clone(),
                details: e
                    .date
                    .map(i18n::date)
                    .into_iter()
                    .chain(e.place.clone())
                    .collect(),
            })
            .collect()
    },
    push: |pack, title, date, place| pack.events.push(event(title, date, place)),
    fields_of: |pack, at| {
        pack.events.get(at).map(|e| {
            [
                e.title.clone(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                e.place.clone().unwrap_or_default(),
            ]
        })
    },
    put: |pack, at, title, date, place| {
        if let Some(e) = pack.events.get_mut(at) {
            *e = event(title, date, place);
        }
    },
    remove: |pack, at| remove_at(&mut pack.events, at),
};

fn contact(name: String, role: &str, reach: &str) -> LocalContact {
    LocalContact {
        name,
        role: optional_words(role),
        how_to_reach: optional_words(reach),
    }
}

fn place(name: String, address: &str, when: &str) -> MeetingPlace {
    MeetingPlace {
        name,
        address: optional_words(address),
        when: optional_words(when),
    }
}

fn event(title: String, date: &str, place: &str) -> PackEvent {
    PackEvent {
        title,
        date: parse_day(date),
        place: optional_words(place),
    }
}

/// One of a pack's lists, with its form.
#[component]
pub fn PackPart(
    /// The pack being built.
    draft: PackDraft,
    /// Which list.
    kind: PartKind,
) -> impl IntoView {
    let entries = Memo::new(move |_| draft.pack.with(|p| (kind.entries)(p)));
    let values: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    // The entry whose words are in the form, while one is being edited.
    let editing = RwSignal::new(None::<usize>);
    let first_id = kind.fields[0].id;
    let clear = move || {
        for value in values {
            value.set(String::new());
        }
        error.set(None);
        editing.set(None);
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = values[0].get_untracked().trim().to_owned();
        if name.is_empty() {
            error.set(Some((kind.name_missing)()));
            focus_soon(first_id.to_owned());
            return;
        }
        let (second, third) = (values[1].get_untracked(), values[2].get_untracked());
        let at = editing.get_untracked();
        draft.change(|p| match at {
            Some(at) => (kind.put)(p, at, name.clone(), &second, &third),
            None => (kind.push)(p, name.clone(), &second, &third),
        });
        draft.save();
        clear();
        added.set(match at {
            Some(_) => t!("packs-part-saved", name = name.as_str()),
            None => t!("packs-part-added", name = name.as_str()),
        });
        focus_soon(first_id.to_owned());
    };
    let edit = move |at: usize| {
        let Some(fields) = draft.pack.with_untracked(|p| (kind.fields_of)(p, at)) else {
            return;
        };
        for (value, text) in values.into_iter().zip(fields) {
            value.set(text);
        }
        error.set(None);
        added.set(String::new());
        editing.set(Some(at));
        focus_soon(first_id.to_owned());
    };
    let cancel = move |_| {
        clear();
        focus_soon(first_id.to_owned());
    };
    let remove = move |at: usize| {
        draft.change(|p| (kind.remove)(p, at));
        draft.save();
        // The form's entry may have moved up a place, or gone.
        if editing.get_untracked().is_some() {
            clear();
        }
        focus_soon(first_id.to_owned());
    };
    let fields = kind
        .fields
        .into_iter()
        .zip(values)
        .enumerate()
        .map(|(i, (field, value))| {
            // Only the name can be missing; the other fields take what is typed.
            let shown: MaybeProp<String> = if i == 0 {
                error.into()
            } else {
                MaybeProp::default()
            };
            view! {
                <TextField
                    id=field.id
                    label=(field.label)()
                    hint=field.hint.map(|hint| hint())
                    kind=field.kind
                    value=value
                    on_input=Callback::new(move |v: String| {
                        value.set(v);
                        if i == 0 {
                            error.set(None);
                        }
                    })
                    on_change=Callback::new(move |v: String| value.set(v))
                    error=shown
                />
            }
        })
        .collect_view();
    view! {
        <section class="pack-part">
            <h2 id=kind.heading_id>{(kind.heading)()}</h2>
            {move || {
                let list = entries.get();
                if list.is_empty() {
                    view! { <p>{(kind.empty)()}</p> }.into_any()
                } else {
                    view! {
                        <ul class="pack-part__list">
                            {list
                                .into_iter()
                                .enumerate()
                                .map(|(at, entry)| {
                                    view! {
                                        <li class="pack-part__entry">
                                            <p class="pack-part__name" translate="no">{entry.name.clone()}</p>
                                            {entry
                                                .details
                                                .into_iter()
                                                .map(|d| view! { <p translate="no">{d}</p> })
                                                .collect_view()}
                                            <div class="button-row">
                                                <button
                                                    type="button"
                                                    class="button button--secondary"
                                                    aria-label=t!("packs-part-edit-named", name = entry.name.as_str())
                                                    on:click=move |_| edit(at)
                                                >
                                                    {t!("packs-part-edit")}
                                                </button>
                                                <button
                                                    type="button"
                                                    class="button button--secondary"
                                                    aria-label=t!("packs-part-remove-named", name = entry.name.as_str())
                                                    on:click=move |_| remove(at)
                                                >
                                                    {t!("packs-part-remove")}
                                                </button>
                                            </div>
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
                {move || {
                    editing
                        .get()
                        .and_then(|at| entries.with(|list| list.get(at).map(|e| e.name.clone())))
                        .map(|name| {
                            view! {
                                <p class="pack-part__editing">
                                    {editing_line(&name)}
                                </p>
                            }
                        })
                }}
                {fields}
                <div class="button-row">
                    <button type="submit" class="button button--secondary">
                        {move || if editing.get().is_some() { t!("packs-part-save") } else { (kind.add)() }}
                    </button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="button button--secondary" on:click=cancel>
                            {t!("frame-cancel")}
                        </button>
                    </Show>
                </div>
                <p class="pack-part__added" aria-live="polite">
                    {move || added.get()}
                </p>
            </form>
        </section>
    }
}

/// Stands in for the entry's name in "Editing …", so the name can be marked as
/// written by people wherever the language puts it.
const NAME_MARK: &str = "\u{2063}";

/// "Editing <name>", with the name shown as written.
fn editing_line(name: &str) -> impl IntoView + use<> {
    let sentence = t!("packs-part-editing", name = NAME_MARK);
    let (before, after) = sentence
        .split_once(NAME_MARK)
        .map_or((sentence.clone(), String::new()), |(b, a)| {
            (b.to_owned(), a.to_owned())
        });
    view! {
        {before}
        <span translate="no">{name.to_owned()}</span>
        {after}
    }
}
