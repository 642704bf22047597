//! The group phase: "New theme", each statement's "Theme for this statement", and the
//! themes with the statements in them, each of which can be renamed ("Rename theme")
//! or merged into another ("Merge into…" and "Merge").

use cares_core::coproduction::{Session, THEME_NAME_MAX_CHARS};
use cares_core::edits::SessionStep;
use cares_core::ids::ThemeId;
use leptos::prelude::*;

use super::statement_list::StatementList;
use crate::components::form::{TextField, focus_soon};
use crate::i18n::t;
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
                added.set(t!("session-theme-added", theme = typed.trim()));
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
            <h3 id="add-theme-heading">{t!("session-new-theme")}</h3>
            <TextField
                id="theme-new"
                label=t!("session-theme-name")
                limit=THEME_NAME_MAX_CHARS
                value=name
                on_input=Callback::new(move |v: String| name.set(v))
                error=error
            />
            <button type="submit" class="button">
                {t!("session-add-theme")}
            </button>
            <p class="add-theme__status" role="status">
                {move || added.get()}
            </p>
        </form>
        <StatementList handle=handle grouping=true />
        <section class="themes" aria-labelledby="themes-heading">
            <h3 id="themes-heading" tabindex="-1">
                {t!("session-themes-title")}
            </h3>
            <Show when=move || ids.with(Vec::is_empty)>
                <p>{t!("session-themes-none")}</p>
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

/// One theme as its item shows it.
#[derive(Debug, Clone, PartialEq)]
struct ThemeShown {
    name: String,
    /// The words of the statements in it.
    statements: Vec<String>,
    /// The themes it could be merged into, in the session's order.
    others: Vec<OtherTheme>,
}

/// A theme another can be merged into.
#[derive(Debug, Clone, PartialEq)]
struct OtherTheme {
    id: ThemeId,
    name: String,
}

impl ThemeShown {
    /// Theme `id` of a session; none once it has gone (merged away).
    fn of(session: &Session, id: ThemeId) -> Option<Self> {
        let theme = session.theme(id)?;
        Some(Self {
            name: theme.name.clone(),
            statements: session
                .contributions_in(id)
                .iter()
                .map(|c| c.text.clone())
                .collect(),
            others: session
                .themes
                .iter()
                .filter(|t| t.id != id)
                .map(|t| OtherTheme {
                    id: t.id,
                    name: t.name.clone(),
                })
                .collect(),
        })
    }

    /// The theme to merge into: the one chosen, or (when none was chosen, or it has
    /// been merged away since) the first one left, as the list shows it selected.
    fn merge_into(&self, chosen: Option<ThemeId>) -> Option<ThemeId> {
        self.others
            .iter()
            .find(|o| Some(o.id) == chosen)
            .or(self.others.first())
            .map(|o| o.id)
    }
}

/// One theme: its name, its statements, renaming and merging.
#[component]
fn ThemeItem(handle: SessionHandle, id: ThemeId) -> impl IntoView {
    let theme = Memo::new(move |_| {
        handle
            .session
            .with(|s| s.as_ref().and_then(|s| ThemeShown::of(s, id)))
    });
    let name = move || theme.with(|t| t.as_ref().map(|t| t.name.clone()).unwrap_or_default());
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let merge_into = RwSignal::new(None::<ThemeId>);
    let error = RwSignal::new(None::<String>);
    let name_id = format!("theme-{id}-name");
    let rename_field = format!("theme-{id}-rename");
    let rename_button = format!("theme-{id}-rename-button");
    let merge_field = format!("theme-{id}-merge");
    // A refused rename is said in the rename field; a refused merge under the theme.
    let rename_error = RwSignal::new(None::<String>);
    let run =
        move |step: SessionStep, refusal: RwSignal<Option<String>>| match handle.step.run(step) {
            Ok(()) => {
                refusal.set(None);
                true
            }
            Err(reason) => {
                refusal.set(Some(reason));
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
        let rename_field = rename_field.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let step = SessionStep::RenameTheme {
                theme: id,
                name: new_name.get_untracked(),
            };
            if run(step, rename_error) {
                renaming.set(false);
                focus_soon(rename_button.clone());
            } else {
                // Back to the field, where a screen reader hears why.
                focus_soon(rename_field.clone());
            }
        }
    };
    let cancel = {
        let rename_button = rename_button.clone();
        move |_| {
            renaming.set(false);
            rename_error.set(None);
            focus_soon(rename_button.clone());
        }
    };
    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = merge_into.get_untracked();
        let into = theme.with_untracked(|t| t.as_ref().and_then(|t| t.merge_into(chosen)));
        let Some(into) = into else {
            return;
        };
        if run(SessionStep::MergeThemes { from: id, into }, error) {
            focus_soon("themes-heading".to_owned());
        }
    };
    view! {
        <li class="theme">
            <h4 class="theme__name" id=name_id.clone() translate="no">
                {name}
            </h4>
            {move || {
                let statements = theme.with(|t| t.as_ref().map(|t| t.statements.clone()).unwrap_or_default());
                if statements.is_empty() {
                    view! { <p class="theme__empty">{t!("session-theme-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="theme__statements" translate="no">
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
                                {t!("session-theme-rename")}
                            </button>
                        }
                    }
                }
            >
                <form class="theme__rename" on:submit=save_name.clone()>
                    <TextField
                        id=rename_field.clone()
                        label=t!("session-theme-new-name")
                        limit=THEME_NAME_MAX_CHARS
                        value=new_name
                        on_input=Callback::new(move |v: String| new_name.set(v))
                        error=rename_error
                    />
                    <div class="button-row">
                        <button type="submit" class="button">
                            {t!("session-theme-save-name")}
                        </button>
                        <button type="button" class="button button--secondary" on:click=cancel.clone()>
                            {t!("session-theme-cancel")}
                        </button>
                    </div>
                </form>
            </Show>
            <Show when=move || theme.with(|t| t.as_ref().is_some_and(|t| !t.others.is_empty()))>
                <form class="theme__merge" on:submit=merge>
                    <div class="field">
                        <label class="field__label" for=merge_field.clone()>
                            {t!("session-theme-merge-into")}
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
                                    .with(|t| t.as_ref().map(|t| t.others.clone()).unwrap_or_default());
                                let chosen = merge_into.get();
                                others
                                    .into_iter()
                                    .map(|other| {
                                        let selected = chosen == Some(other.id);
                                        view! {
                                            <option value=other.id.to_string() translate="no" prop:selected=selected>
                                                {other.name}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <button type="submit" class="button button--secondary" aria-describedby=name_id.clone()>
                        {t!("session-theme-merge")}
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

#[cfg(test)]
mod tests {
    use cares_core::coproduction::Phase;
    use cares_core::ids::{ContributionId, SessionId};

    use super::*;

    const STORY: ThemeId = ThemeId::from_u128(1);
    const BREAKS: ThemeId = ThemeId::from_u128(2);
    const MONEY: ThemeId = ThemeId::from_u128(3);

    fn grouped() -> Result<Session, Box<dyn std::error::Error>> {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 31).ok_or("date")?;
        let mut session = Session::new(SessionId::from_u128(9), "Carers", "Maltby", day, 3)?;
        for (n, text) in ["Tell my story once", "A night off", "Say it once"]
            .into_iter()
            .enumerate()
        {
            session.add_contribution(ContributionId::from_u128(n as u128), None, text)?;
        }
        session.advance_to(Phase::Group)?;
        session.add_theme(STORY, "One story")?;
        session.add_theme(BREAKS, "Breaks")?;
        session.add_theme(MONEY, "Money")?;
        session.assign(ContributionId::from_u128(0), Some(STORY))?;
        session.assign(ContributionId::from_u128(2), Some(STORY))?;
        session.assign(ContributionId::from_u128(1), Some(BREAKS))?;
        Ok(session)
    }

    #[test]
    fn a_theme_shows_its_statements_and_the_others_it_could_merge_into()
    -> Result<(), Box<dyn std::error::Error>> {
        let shown = ThemeShown::of(&grouped()?, STORY).ok_or("no theme")?;
        assert_eq!(shown.name, "One story");
        assert_eq!(shown.statements, ["Tell my story once", "Say it once"]);
        assert_eq!(
            shown
                .others
                .iter()
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>(),
            ["Breaks", "Money"]
        );
        Ok(())
    }

    #[test]
    fn merging_goes_into_the_chosen_theme_or_the_first_left_if_it_has_gone()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut session = grouped()?;
        let shown = ThemeShown::of(&session, STORY).ok_or("no theme")?;
        assert_eq!(shown.merge_into(Some(MONEY)), Some(MONEY));
        assert_eq!(shown.merge_into(None), Some(BREAKS));
        session.merge_themes(MONEY, BREAKS)?;
        let now = ThemeShown::of(&session, STORY).ok_or("no theme")?;
        assert_eq!(now.merge_into(Some(MONEY)), Some(BREAKS));
        assert_eq!(ThemeShown::of(&session, MONEY), None);
        Ok(())
    }
}
