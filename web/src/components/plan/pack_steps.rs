//! The steps of a pack: each with a tick box (ticked steps are in the pack) and its
//! wording, editable; the suggested steps and the plan's relevant actions wait
//! unticked; a person can add steps of their own. A plan action ticked into the pack
//! while it still has the plan's wording (written for whoever does the plan, not for
//! the pack's readers) is offered for rewording, its words ready to change.

use leptos::prelude::*;

use super::pack_draft::PackDraft;
use crate::components::form::{FieldKind, TextField, focus_soon};
use crate::i18n::t;

/// The "Steps" part of the pack builder.
#[component]
pub fn PackSteps(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    let keys = Memo::new(move |_| {
        draft
            .rows
            .with(|r| r.iter().map(|row| row.key).collect::<Vec<_>>())
    });
    let add = move |_| {
        let key = draft.add_row();
        focus_soon(format!("step-{key}-text"));
    };
    view! {
        <section class="pack-steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t!("packs-steps-title")}</h2>
            <p class="pack-steps__intro">{t!("packs-steps-intro")}</p>
            <ol class="pack-steps__list">
                <For
                    each=move || keys.get()
                    key=|k| *k
                    children=move |key| {
                        let row = Memo::new(move |_| {
                            draft.rows.with(|rows| {
                                rows.iter()
                                    .position(|r| r.key == key)
                                    .map(|i| (i + 1, rows[i].clone()))
                            })
                        });
                        let number = move || row.with(|r| r.as_ref().map(|(n, _)| *n).unwrap_or_default());
                        let included = move || row.with(|r| r.as_ref().is_some_and(|(_, s)| s.included));
                        let from_plan = move || row.with(|r| r.as_ref().is_some_and(|(_, s)| s.from_action.is_some()));
                        let text = move || row.with(|r| r.as_ref().map(|(_, s)| s.text.clone()).unwrap_or_default());
                        let plan_words = move || {
                            row.with(|r| {
                                r.as_ref().is_some_and(|(_, s)| {
                                    s.included
                                        && s.plan_wording.as_deref().is_some_and(|w| w == s.text.trim())
                                })
                            })
                        };
                        let label_id = format!("step-{key}-label");
                        let text_id = format!("step-{key}-text");
                        let box_id = format!("step-{key}-include");
                        view! {
                            <li class="pack-step" class:pack-step--out=move || !included()>
                                <div class="pack-step__include">
                                    <input
                                        type="checkbox"
                                        id=box_id.clone()
                                        aria-labelledby=format!("{label_id} {text_id}")
                                        prop:checked=included
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            draft.change_rows(|rows| {
                                                if let Some(r) = rows.iter_mut().find(|r| r.key == key) {
                                                    r.included = on;
                                                }
                                            });
                                            draft.save();
                                            if plan_words() {
                                                focus_soon(format!("step-{key}-text"));
                                            }
                                        }
                                    />
                                    <label for=box_id id=label_id.clone()>
                                        {move || t!("packs-step-include", number = number())}
                                    </label>
                                    <Show when=from_plan>
                                        <span class="pack-step__source">{t!("packs-step-from-plan")}</span>
                                    </Show>
                                </div>
                                <TextField
                                    id=text_id.clone()
                                    label=t!("packs-step-wording")
                                    kind=FieldKind::Lines
                                    rows=2
                                    value=Signal::derive(text)
                                    on_input=Callback::new(move |v: String| {
                                        draft.change_rows(|rows| {
                                            if let Some(r) = rows.iter_mut().find(|r| r.key == key) {
                                                r.text = v;
                                            }
                                        });
                                    })
                                    on_leave=Callback::new(move |_: String| draft.save())
                                    hint=Signal::derive(move || {
                                        // Said under a plan action in the pack that
                                        // still has the plan's wording.
                                        plan_words().then(|| t!("packs-step-reword"))
                                    })
                                />
                            </li>
                        }
                    }
                />
            </ol>
            <button type="button" class="button button--secondary" on:click=add>
                {t!("packs-step-add")}
            </button>
        </section>
    }
}
