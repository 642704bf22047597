//! The list of plans kept on this device, each with when it last changed and
//! whether a copy has been downloaded; and, under each, renaming, archiving and
//! deleting it. Archived plans wait in a list of their own; a deleted plan can be
//! brought back with "Undo" for a minute.
//!
//! Renaming is an edit to the document like any other (the core refuses a blank or
//! over-long title); archiving only puts the plan away on this device.
//!
//! The list is on Home's first screen, so it draws from the plans' summaries alone;
//! renaming, deleting and putting back read and write whole documents, and their code
//! (the core's) is fetched when one of them is done (`split_off!`).

use std::time::Duration;

use cares_core::document::Document;
use cares_core::edits::{Edit, EditError};
use cares_core::ids::DocumentId;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use leptos_router::components::A;

use crate::components::form::{TextField, focus_soon};
use crate::i18n::t;
use crate::store::{self, PlanSummary};
use crate::workspace::{summary_of, this_tab, today};

/// How long "Undo" is offered after a plan is deleted.
const UNDO_FOR: Duration = Duration::from_secs(60);

/// The "Undo" button's id: focus goes to it after a deletion.
const UNDO_ID: &str = "undo-delete";

/// The plans on this device, as read (`None` while reading).
pub type PlansRead = Option<Result<Vec<PlanSummary>, String>>;

/// A plan taken off this device a moment ago, kept in memory so "Undo" can put it back.
#[derive(Debug, Clone)]
struct Deleted {
    row: PlanSummary,
    /// The whole document with every edit, as its compact JSON.
    doc: String,
}

/// What the list last did, said above it.
#[derive(Debug, Clone)]
struct Notice {
    text: String,
    undo: Option<Deleted>,
}

/// The plans on this device, or "No plans yet."; a reason when they could not be read.
#[component]
pub fn PlanList(
    /// The plans, once read: `None` while reading. Read again after a change here.
    plans: RwSignal<PlansRead>,
) -> impl IntoView {
    let notice = RwSignal::new(None::<Notice>);
    // Counts what was said, so the timer of an earlier deletion cannot take away the
    // "Undo" of a later one.
    let said_count = StoredValue::new(0_u32);
    let reread = move || {
        spawn_local_scoped(async move {
            plans.set(Some(store::list().await));
        });
    };
    let said = move |text: String, undo: Option<Deleted>| {
        let offered = undo.is_some();
        notice.set(Some(Notice { text, undo }));
        said_count.update_value(|n| *n += 1);
        let this = said_count.get_value();
        reread();
        if offered {
            focus_soon(UNDO_ID.to_owned());
            set_timeout(
                move || {
                    if said_count.try_get_value() != Some(this) {
                        return;
                    }
                    notice.try_update(|n| {
                        if let Some(n) = n {
                            n.undo = None;
                        }
                    });
                },
                UNDO_FOR,
            );
        }
    };
    provide_context(ListActions {
        said: Callback::new(move |(text, undo)| said(text, undo)),
    });
    let undo = move |_| {
        let Some(deleted) = notice.get_untracked().and_then(|n| n.undo) else {
            return;
        };
        spawn_local_scoped(async move {
            let title = deleted.row.summary.title.clone();
            match restore(deleted.clone()).await {
                Ok(()) => said(t!("plans-restored", title = title), None),
                Err(reason) => said(
                    t!("plans-not-restored", title = title, reason = reason),
                    None,
                ),
            }
            focus_soon(format!("plan-link-{}", deleted.row.id));
        });
    };

    let lists = move || match plans.get() {
        None => view! { <p>{t!("plans-looking")}</p> }.into_any(),
        Some(Err(reason)) => view! {
            <p role="alert">{t!("plans-unreadable", reason = reason)}</p>
        }
        .into_any(),
        Some(Ok(list)) if list.is_empty() => view! { <p>{t!("plans-none")}</p> }.into_any(),
        Some(Ok(list)) => {
            let (archived, current): (Vec<_>, Vec<_>) =
                list.into_iter().partition(|p| p.archived.is_some());
            let archived_count = archived.len();
            view! {
                {if current.is_empty() {
                    view! { <p>{t!("plans-all-archived")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plan-list">
                            {current
                                .into_iter()
                                .map(|plan| view! { <PlanListItem plan /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                {(archived_count > 0)
                    .then(|| {
                        view! {
                            <details class="plan-list__archived">
                                <summary class="plan-list__toggle">
                                    {t!("plans-archived-list", count = archived_count)}
                                </summary>
                                <ul class="plan-list">
                                    {archived
                                        .into_iter()
                                        .map(|plan| view! { <PlanListItem plan /> })
                                        .collect_view()}
                                </ul>
                            </details>
                        }
                    })}
            }
            .into_any()
        }
    };
    view! {
        <div class="plan-list__notice" role="status">
            {move || {
                notice
                    .get()
                    .map(|n| {
                        view! {
                            <p>
                                {n.text}
                                {n
                                    .undo
                                    .is_some()
                                    .then(|| {
                                        view! {
                                            " "
                                            <button
                                                type="button"
                                                id=UNDO_ID
                                                class="button button--secondary"
                                                on:click=undo
                                            >
                                                {t!("plans-undo")}
                                            </button>
                                        }
                                    })}
                            </p>
                        }
                    })
            }}
        </div>
        {lists}
    }
}

/// What an item tells the list after it changed something: the words to say, and the
/// deleted plan when "Undo" should be offered.
#[derive(Clone, Copy)]
struct ListActions {
    said: Callback<(String, Option<Deleted>)>,
}

/// One plan: a link named by its title, then its locality and dates, then what can be
/// done to it.
#[component]
fn PlanListItem(plan: PlanSummary) -> impl IntoView {
    let href = format!("/plan/{}", plan.id);
    let backup = match plan.backed_up {
        Some(date) => t!("plans-backed-up", date = date),
        None => t!("plans-not-backed-up"),
    };
    let archived = plan
        .archived
        .map(|date| t!("plans-archived-on", date = date));
    let title = plan.summary.title.clone();
    let locality = plan.summary.locality.clone();
    let changed = plan.summary.changed;
    let not_backed_up = plan.backed_up.is_none();
    view! {
        <li class="plan-list__item">
            <A href=href attr:class="plan-list__title" attr:id=format!("plan-link-{}", plan.id)>
                <span translate="no">{title}</span>
            </A>
            {locality.map(|name| view! { <p class="plan-list__detail" translate="no">{name}</p> })}
            <p class="plan-list__detail">{t!("plans-changed", date = changed)}</p>
            <p class="plan-list__detail" class:plan-list__detail--warning=not_backed_up>
                {backup}
            </p>
            {archived.map(|text| view! { <p class="plan-list__detail">{text}</p> })}
            <ManagePlan plan />
        </li>
    }
}

/// "Rename, archive or delete", folded away under the plan until opened.
#[component]
fn ManagePlan(plan: PlanSummary) -> impl IntoView {
    let Some(list) = use_context::<ListActions>() else {
        return ().into_any();
    };
    let id = plan.id;
    let title = plan.summary.title.clone();
    let new_title = RwSignal::new(title.clone());
    let rename_error = RwSignal::new(None::<String>);
    let asking = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let row = StoredValue::new(plan.clone());
    let is_archived = plan.archived.is_some();

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let wanted = new_title.get_untracked().trim().to_owned();
        spawn_local_scoped(async move {
            match retitle(id, wanted.clone()).await {
                Ok(()) => {
                    rename_error.set(None);
                    list.said
                        .run((t!("plans-renamed", title = wanted.as_str()), None));
                    focus_soon(format!("plan-link-{id}"));
                }
                Err(reason) => {
                    rename_error.set(Some(reason));
                    focus_soon(format!("rename-{id}"));
                }
            }
            busy.set(false);
        });
    };
    let archive = move |_| {
        let title = row.with_value(|r| r.summary.title.clone());
        spawn_local_scoped(async move {
            let on = (!is_archived).then(today);
            match store::set_archived(id, on).await {
                Ok(()) if is_archived => {
                    list.said.run((t!("plans-unarchived", title = title), None));
                    focus_soon(format!("plan-link-{id}"));
                }
                Ok(()) => list.said.run((t!("plans-archived", title = title), None)),
                Err(reason) => failed.set(Some(t!("plans-not-archived", reason = reason))),
            }
        });
    };
    let delete = move |_| {
        let row = row.get_value();
        spawn_local_scoped(async move {
            match take_off_device(row.clone()).await {
                Ok(deleted) => list.said.run((
                    t!("plans-deleted", title = row.summary.title.as_str()),
                    Some(deleted),
                )),
                Err(reason) => failed.set(Some(t!("plans-not-deleted", reason = reason))),
            }
        });
    };
    let rename_id = format!("rename-{id}");
    let keep_id = format!("keep-plan-{id}");
    let delete_id = format!("delete-plan-{id}");
    let ask = {
        let keep_id = keep_id.clone();
        move |_| {
            asking.set(true);
            focus_soon(keep_id.clone());
        }
    };
    let keep = {
        let delete_id = delete_id.clone();
        move |_| {
            asking.set(false);
            focus_soon(delete_id.clone());
        }
    };
    view! {
        <details class="plan-list__manage">
            <summary class="plan-list__toggle">
                {t!("plans-manage")}
                <span class="visually-hidden" translate="no">{format!(" “{title}”")}</span>
            </summary>
            <form class="plan-list__rename" on:submit=rename>
                <TextField
                    id=rename_id
                    label=t!("plans-new-title")
                    value=new_title
                    on_input=Callback::new(move |v| new_title.set(v))
                    error=Signal::derive(move || rename_error.get())
                    required=true
                />
                <button type="submit" class="button button--secondary">
                    {t!("plans-rename")}
                </button>
            </form>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=archive>
                    {if is_archived { t!("plans-unarchive") } else { t!("plans-archive") }}
                </button>
                <Show when=move || !asking.get()>
                    <button
                        type="button"
                        id=delete_id.clone()
                        class="button button--warning"
                        on:click=ask.clone()
                    >
                        {t!("plans-delete")}
                    </button>
                </Show>
            </div>
            <Show when=move || asking.get()>
                <div class="confirm">
                    <p class="confirm__question" role="alert">
                        {t!("plans-delete-confirm")}
                    </p>
                    <div class="confirm__buttons">
                        <button type="button" class="button button--warning" on:click=delete>
                            {t!("plans-delete-yes")}
                        </button>
                        <button
                            type="button"
                            id=keep_id.clone()
                            class="button button--secondary"
                            on:click=keep.clone()
                        >
                            {t!("plans-delete-keep")}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || failed.get().is_some()>
                <p class="field__error" role="alert">
                    {move || failed.get().unwrap_or_default()}
                </p>
            </Show>
        </details>
    }
    .into_any()
}

split_off! {
    /// Gives the plan a new title, as an edit to its document saved on this device.
    async fn retitle(id: DocumentId, title: String) -> Result<(), String> {
        let stored = store::load(id)
            .await
            .map_err(|reason| t!("plans-rename-unreadable", reason = reason))?
            .ok_or_else(|| t!("plans-rename-gone"))?;
        let mut doc = stored.doc;
        let edit = title_edit(&doc, &title);
        let stamped = doc
            .apply(this_tab(), edit)
            .map_err(|e| match e {
                EditError::Blank { .. } => t!("plans-title-blank"),
                EditError::TooLong { limit, .. } => t!("plans-title-too-long", limit = limit),
                other => t!("plans-title-refused", reason = other.to_string()),
            })?
            .clone();
        store::save_edits(id, &[stamped], &summary_of(&doc, today()))
            .await
            .map_err(|reason| t!("plans-title-not-saved", reason = reason))
    }
}

/// The edit that changes the title a person knows the document by (the core's
/// `Content::display_title`): a programme's own title, else its action plan's.
fn title_edit(doc: &Document, title: &str) -> Edit {
    let content = doc.content();
    match content.plans.first() {
        Some(plan) if !content.is_programme() => Edit::SetPlanTitle {
            plan: plan.id,
            title: title.to_owned(),
        },
        _ => Edit::SetTitle {
            title: title.to_owned(),
        },
    }
}

split_off! {
    /// Reads the whole plan into memory, then takes it off this device.
    async fn take_off_device(row: PlanSummary) -> Result<Deleted, String> {
        let stored = store::load(row.id)
            .await?
            .ok_or_else(|| t!("plans-delete-gone"))?;
        store::remove(row.id).await?;
        Ok(Deleted {
            row,
            doc: stored.doc.to_json_compact(),
        })
    }
}

split_off! {
    /// Puts a deleted plan back as it was: its document with every edit, when a copy was
    /// downloaded, and whether it was archived.
    async fn restore(deleted: Deleted) -> Result<(), String> {
        let doc = Document::from_json(deleted.doc.as_bytes()).map_err(|e| e.to_string())?;
        store::put_document(&doc, &deleted.row.summary).await?;
        if let Some(date) = deleted.row.backed_up {
            store::record_backup(deleted.row.id, date).await?;
        }
        if deleted.row.archived.is_some() {
            store::set_archived(deleted.row.id, deleted.row.archived).await?;
        }
        Ok(())
    }
}
