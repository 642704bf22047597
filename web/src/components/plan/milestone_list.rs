//! The milestones of the action being edited: each with its words and an optional
//! date, a button to remove it, and a button to add one.

use cares_core::plan::Milestone;
use leptos::prelude::*;

use super::action_draft::{ActionDraft, DraftField};
use crate::components::form::{FieldKind, TextField, focus_soon, parse_day};
use crate::i18n::t;

/// The milestones, editable.
#[component]
pub fn MilestoneList(
    /// The action being edited.
    draft: ActionDraft,
) -> impl IntoView {
    let count = Memo::new(move |_| draft.action.with(|a| a.milestones.len()));
    let some = move || count.get() > 0;
    let add = move |_| {
        let at = count.get_untracked();
        draft.change(DraftField::Milestones, |a| {
            a.milestones.push(Milestone {
                text: String::new(),
                due: None,
            });
        });
        focus_soon(format!("milestone-{at}-text"));
    };
    view! {
        <section class="milestones">
            <h2 id="milestones-heading">{t!("milestones-title")}</h2>
            <Show when=move || count.get() == 0>
                <p class="milestones__empty">{t!("milestones-empty")}</p>
            </Show>
            <Show when=some>
                <ol class="milestones__list">
                    <For
                        each=move || 0..count.get()
                        key=|i| *i
                        children=move |i| {
                            let text = Signal::derive(move || {
                                draft
                                    .action
                                    .with(|a| a.milestones.get(i).map(|m| m.text.clone()))
                                    .unwrap_or_default()
                            });
                            let due = Signal::derive(move || {
                                draft
                                    .action
                                    .with(|a| a.milestones.get(i).and_then(|m| m.due))
                                    .map(|d| d.to_string())
                                    .unwrap_or_default()
                            });
                            view! {
                                <li class="milestones__item">
                                    <fieldset class="milestones__group">
                                    <legend class="milestones__legend">
                                        {t!("milestone-legend", number = i + 1)}
                                    </legend>
                                    <TextField
                                        id=format!("milestone-{i}-text")
                                        label=t!("milestone-label")
                                        value=text
                                        on_input=Callback::new(move |v: String| {
                                            draft
                                                .change(
                                                    DraftField::Milestones,
                                                    |a| {
                                                        if let Some(m) = a.milestones.get_mut(i) {
                                                            m.text = v;
                                                        }
                                                    },
                                                )
                                        })
                                        on_change=Callback::new(move |_| {
                                            draft.leave(DraftField::Milestones)
                                        })
                                    />
                                    <TextField
                                        id=format!("milestone-{i}-date")
                                        label=t!("milestone-date-label")
                                        kind=FieldKind::Date
                                        value=due
                                        on_change=Callback::new(move |v: String| {
                                            draft
                                                .change_now(
                                                    DraftField::Milestones,
                                                    |a| {
                                                        if let Some(m) = a.milestones.get_mut(i) {
                                                            m.due = parse_day(&v);
                                                        }
                                                    },
                                                )
                                        })
                                    />
                                    <button
                                        type="button"
                                        class="button button--secondary"
                                        on:click=move |_| {
                                            draft
                                                .change_now(
                                                    DraftField::Milestones,
                                                    |a| {
                                                        if i < a.milestones.len() {
                                                            a.milestones.remove(i);
                                                        }
                                                    },
                                                );
                                            focus_soon("add-milestone".to_owned());
                                        }
                                    >
                                        {t!("milestone-remove")}
                                    </button>
                                    </fieldset>
                                </li>
                            }
                        }
                    />
                </ol>
            </Show>
            <button type="button" id="add-milestone" class="button button--secondary" on:click=add>
                {t!("milestone-add")}
            </button>
        </section>
    }
}
