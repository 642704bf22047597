//! "How is it going?": rate an action's progress on a day, with what shows it.
//!
//! A rating is appended to the action's history (`Edit::RateAction`); words in
//! "What shows this?" are also kept as evidence (`Edit::AddEvidence`), with the link
//! if one is given. A rating without evidence is allowed: the SMART hints then say
//! what is missing.

use cares_core::edits::Edit;
use cares_core::plan::{Evidence, Status, StatusChange};
use leptos::prelude::*;

use super::action_draft::ActionDraft;
use super::plan_context::edit_problem;
use super::rag_picker::RagPicker;
use crate::components::form::parse_day;
use crate::components::form::{FieldKind, TextField};
use crate::i18n::{self, t};
use crate::workspace::today;

/// True when a link is a web address a browser will open safely.
pub fn is_web_address(link: &str) -> bool {
    let link = link.trim().to_ascii_lowercase();
    link.starts_with("http://") || link.starts_with("https://")
}

/// The rating form of the action being edited.
#[component]
pub fn RatingForm(
    /// The action being edited.
    draft: ActionDraft,
) -> impl IntoView {
    let current = draft.action.with_untracked(|a| a.status());
    let chosen = RwSignal::new(Some(current));
    let day = RwSignal::new(today().to_string());
    let note = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let status_error = RwSignal::new(None::<String>);
    let day_error = RwSignal::new(None::<String>);
    let note_error = RwSignal::new(None::<String>);
    let link_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        form_error.set(None);
        draft.save();
        if !draft.exists.get_untracked() {
            form_error.set(Some(t!("rating-needs-what")));
            return;
        }
        let status = chosen.get_untracked();
        status_error.set(status.is_none().then(|| t!("rating-choose")));
        let on = parse_day(&day.get_untracked());
        day_error.set(on.is_none().then(|| t!("rating-date-missing")));
        let words = note.get_untracked().trim().to_owned();
        let address = link.get_untracked().trim().to_owned();
        link_error.set(
            (!address.is_empty() && !is_web_address(&address)).then(|| t!("rating-link-wrong")),
        );
        note_error
            .set((words.is_empty() && !address.is_empty()).then(|| t!("rating-link-needs-note")));
        let (Some(status), Some(on)) = (status, on) else {
            return;
        };
        if link_error.get_untracked().is_some() || note_error.get_untracked().is_some() {
            return;
        }
        let plan = draft.plan();
        let action = draft.action.with_untracked(|a| a.id);
        let rated = draft.open().edit(Edit::RateAction {
            plan,
            action,
            change: StatusChange {
                on: Some(on),
                status,
                note: (!words.is_empty()).then(|| words.clone()),
            },
        });
        if let Err(e) = rated {
            form_error.set(Some(edit_problem(&e)));
            return;
        }
        if !words.is_empty() {
            let kept = draft.open().edit(Edit::AddEvidence {
                plan,
                action,
                evidence: Evidence {
                    on: Some(on),
                    note: words,
                    link: (!address.is_empty()).then_some(address),
                },
            });
            if let Err(e) = kept {
                form_error.set(Some(edit_problem(&e)));
                return;
            }
        }
        note.set(String::new());
        link.set(String::new());
        saved.set(Some(t!("rating-saved", status = i18n::status(status))));
    };

    view! {
        <section class="rating" aria-labelledby="rating-heading">
            <h2 id="rating-heading">{t!("rating-title")}</h2>
            <form class="rating__form" novalidate on:submit=save>
                <RagPicker
                    value=chosen
                    on_change=Callback::new(move |s: Status| {
                        chosen.set(Some(s));
                        status_error.set(None);
                    })
                    error=status_error
                />
                <TextField
                    id="rating-date"
                    label=t!("rating-date-label")
                    kind=FieldKind::Date
                    value=day
                    on_input=Callback::new(move |v: String| day.set(v))
                    on_change=Callback::new(move |v: String| {
                        day.set(v);
                        day_error.set(None);
                    })
                    error=day_error
                />
                <TextField
                    id="rating-note"
                    label=t!("rating-note-label")
                    kind=FieldKind::Lines
                    hint=t!("rating-note-hint")
                    value=note
                    on_input=Callback::new(move |v: String| {
                        note.set(v);
                        note_error.set(None);
                    })
                    error=note_error
                />
                <TextField
                    id="rating-link"
                    label=t!("rating-link-label")
                    kind=FieldKind::Url
                    hint=t!("rating-link-hint")
                    value=link
                    on_input=Callback::new(move |v: String| {
                        link.set(v);
                        link_error.set(None);
                    })
                    error=link_error
                />
                <Show when=move || form_error.get().is_some()>
                    <p class="field__error" id="rating-error" role="alert">
                        {move || form_error.get().unwrap_or_default()}
                    </p>
                </Show>
                <button
                    type="submit"
                    class="button"
                    aria-describedby=move || form_error.get().map(|_| "rating-error")
                >
                    {t!("rating-save")}
                </button>
                <p class="rating__saved" aria-live="polite">
                    {move || saved.get().unwrap_or_default()}
                </p>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::is_web_address;

    #[test]
    fn only_web_addresses_are_links() {
        assert!(is_web_address(" HTTPS://example.org/minutes"));
        assert!(is_web_address("http://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("example.org"));
    }
}
