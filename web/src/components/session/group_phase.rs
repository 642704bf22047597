//! The group phase: "New theme", each statement's "Theme for this statement", and the
//! themes with the statements in them, each of which can be renamed ("Rename theme")
//! or merged into another ("Merge into…" and "Merge").

use cares_core::edits::SessionStep;
use cares_core::ids::ThemeId;
use leptos::prelude::*;

use super::statement_list::StatementList;
use crate::components::form::focus_soon;
use crate::session::handle::SessionHandle;

/// The group phase's forms and lists.
#[component]
pub fn GroupPhase(
    /// The session.
    handle: SessionHandle,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        let step = SessionStep::AddTheme {
            theme: ThemeId::from_uuid(uuid::Uuid::new_v4()),
            name: typed.clone(),
        };
        match handle.step.run(step) {
            Ok(()) => {
                error.set(None);
                name.set(String::new());
                added.set(format!("Theme “{}” added.", typed.trim()));
            }
            Err(reason) => {
                added.set(String::new());
                error.set(Some(reason));
            }
        }
        focus_soon("theme-new".to_owned());
    };
    let ids = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref()
                .map(|s| s.themes.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <form class="add-theme" aria-labelledby="add-theme-heading" on:submit=add>
            <h3 id="add-theme-heading">"New theme"</h3>
            <div class="field" class:field--error=move || error.get().is_some()>
                <label class="field__label" for="theme-new">
                    "Theme name"
                </label>
                <Show when=move || error.get().is_some()>
                    <p class="field__error" id="theme-new-error">
                        {move || error.get().unwrap_or_default()}
                    </p>
                </Show>
                <input
                    id="theme-new"
                    type="text"
                    class="field__input"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || error.get().map(|_| "theme-new-error")
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="button">
                "Add theme"
            </button>
            <p class="add-theme__status" role="status">
                {move || added.get()}
            </p>
        </form>
        <StatementList handle=handle grouping=true />
        <section class="themes" aria-labelledby="themes-heading">
            <h3 id="themes-heading" tabindex="-1">
                "Themes"
            </h3>
            <Show when=move || ids.with(Vec::is_empty)>
                <p>"No themes yet. Make one above, then choose it for each statement that fits."</p>
            </Show>
            <ul class="theme-list">
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| view! { <ThemeItem handle=handle id=id /> }
                />
            </ul>
        </section>
    }
}

/// One theme: its name, its statements, renaming and merging.
#[component]
fn ThemeItem(handle: SessionHandle, id: ThemeId) -> impl IntoView {
    let theme = Memo::new(move |_| {
        handle.session.with(|s| {
            s.as_ref().and_then(|s| {
                let theme = s.theme(id)?;
                let statements = s
                    .contributions_in(id)
                    .iter()
                    .map(|c| c.text.clone())
                    .collect::<Vec<_>>();
                let others = s
                    .themes
                    .iter()
                    .filter(|t| t.id != id)
                    .map(|t| (t.id, t.name.clone()))
                    .collect::<Vec<_>>();
                Some((theme.name.clone(), statements, others))
            })
        })
    });
    let name = move || theme.with(|t| t.as_ref().map(|t| t.0.clone()).unwrap_or_default());
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let merge_into = RwSignal::new(None::<ThemeId>);
    let error = RwSignal::new(None::<String>);
    let name_id = format!("theme-{id}-name");
    let rename_field = format!("theme-{id}-rename");
    let rename_button = format!("theme-{id}-rename-button");
    let merge_field = format!("theme-{id}-merge");
    let error_id = format!("theme-{id}-error");
    let run = move |step: SessionStep| match handle.step.run(step) {
        Ok(()) => {
            error.set(None);
            true
        }
        Err(reason) => {
            error.set(Some(reason));
            false
        }
    };
    let start_rename = {
        let rename_field = rename_field.clone();
        move |_| {
            new_name.set(name());
            renaming.set(true);
            focus_soon(rename_field.clone());
        }
    };
    let save_name = {
        let rename_button = rename_button.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if run(SessionStep::RenameTheme {
                theme: id,
                name: new_name.get_untracked(),
            }) {
                renaming.set(false);
                focus_soon(rename_button.clone());
            }
        }
    };
    let cancel = {
        let rename_button = rename_button.clone();
        move |_| {
            renaming.set(false);
            error.set(None);
            focus_soon(rename_button.clone());
        }
    };
    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A chosen theme may have been merged away since; then the first one left.
        let chosen = merge_into.get_untracked();
        let into = theme.with_untracked(|t| {
            t.as_ref().and_then(|t| {
                t.2.iter()
                    .find(|o| Some(o.0) == chosen)
                    .or(t.2.first())
                    .map(|o| o.0)
            })
        });
        let Some(into) = into else {
            return;
        };
        if run(SessionStep::MergeThemes { from: id, into }) {
            focus_soon("themes-heading".to_owned());
        }
    };
    let described_error = move || error.get().map(|_| error_id.clone());
    view! {
        <li class="theme">
            <h4 class="theme__name" id=name_id.clone()>
                {name}
            </h4>
            {move || {
                let statements = theme.with(|t| t.as_ref().map(|t| t.1.clone()).unwrap_or_default());
                if statements.is_empty() {
                    view! { <p class="theme__empty">"No statements in this theme yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="theme__statements">
                            {statements.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
            <Show
                when=move || renaming.get()
                fallback={
                    let rename_button = rename_button.clone();
                    let name_id = name_id.clone();
                    move || {
                        view! {
                            <button
                                type="button"
                                id=rename_button.clone()
                                class="button button--secondary"
                                aria-describedby=name_id.clone()
                                on:click=start_rename.clone()
                            >
                                "Rename theme"
                            </button>
                        }
                    }
                }
            >
                <form class="theme__rename" on:submit=save_name.clone()>
                    <div class="field">
                        <label class="field__label" for=rename_field.clone()>
                            "New name for this theme"
                        </label>
                        <input
                            id=rename_field.clone()
                            type="text"
                            class="field__input"
                            aria-invalid=move || error.get().is_some().then_some("true")
                            aria-describedby=described_error.clone()
                            prop:value=move || new_name.get()
                            on:input=move |ev| new_name.set(event_target_value(&ev))
                        />
                    </div>
                    <div class="button-row">
                        <button type="submit" class="button">
                            "Save name"
                        </button>
                        <button type="button" class="button button--secondary" on:click=cancel.clone()>
                            "Cancel"
                        </button>
                    </div>
                </form>
            </Show>
            <Show when=move || theme.with(|t| t.as_ref().is_some_and(|t| !t.2.is_empty()))>
                <form class="theme__merge" on:submit=merge>
                    <div class="field">
                        <label class="field__label" for=merge_field.clone()>
                            "Merge into…"
                        </label>
                        <select
                            id=merge_field.clone()
                            class="field__input field__input--select"
                            aria-describedby=name_id.clone()
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                merge_into
                                    .set(uuid::Uuid::parse_str(&value).ok().map(ThemeId::from_uuid));
                            }
                        >
                            {move || {
                                let others = theme
                                    .with(|t| t.as_ref().map(|t| t.2.clone()).unwrap_or_default());
                                let chosen = merge_into.get();
                                others
                                    .into_iter()
                                    .map(|(other, other_name)| {
                                        let selected = chosen == Some(other);
                                        view! {
                                            <option value=other.to_string() prop:selected=selected>
                                                {other_name}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <button type="submit" class="button button--secondary" aria-describedby=name_id.clone()>
                        "Merge"
                    </button>
                </form>
            </Show>
            <Show when=move || error.get().is_some()>
                <p class="field__error" id=format!("theme-{id}-error") role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
        </li>
    }
}
