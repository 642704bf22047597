//! The action editor: a new action (`action/new?area=N`) or an existing one.
//!
//! Fields save as the person types (see `ActionDraft`); the SMART hints audit only
//! this action, from the draft, on every keystroke; "How is it going?" rates it; the
//! history lists its ratings and evidence.

use cares_core::audit::audit_action;
use cares_core::framework::FocusAreaNumber;
use cares_core::ids::ActionId;
use cares_core::plan::{Action, ActionLinks};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::form::parse_day;
use crate::components::form::{Choice, FieldKind, KeptOnDevice, SelectField, TextField};
use crate::components::plan::action_draft::{ActionDraft, DraftField};
use crate::components::plan::history_list::HistoryList;
use crate::components::plan::milestone_list::MilestoneList;
use crate::components::plan::plan_context::{
    NotInPlan, PlanMissing, action_plan, parse_action_id, plan_path, use_open_plan,
};
use crate::components::plan::rating_form::RatingForm;
use crate::components::plan::remove_action::RemoveAction;
use crate::components::plan::smart_hints::SmartHints;
use crate::components::session::provenance::Provenance;
use crate::i18n::t;
use crate::store::drafts::DraftKey;
use crate::workspace::{OpenPlan, today};

/// The editor page: finds the action named in the address, or starts a new one.
#[component]
pub fn ActionEditorPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let params = use_params_map();
    let query = use_query_map();
    let back = plan_path(open.id);
    // Rebuilt only when the address names another action.
    let named = Memo::new(move |_| params.with(|p| p.get("action")));
    (move || {
        let Some(plan) = open.doc.with_untracked(|d| action_plan(d).map(|p| p.id)) else {
            return view! { <NotInPlan what=t!("editor-missing-plan") back="/".to_owned() back_text=t!("plan-missing-home") /> }
                .into_any();
        };
        match named.get() {
            Some(text) => {
                let found = parse_action_id(&text).and_then(|id| {
                    open.doc
                        .with_untracked(|d| action_plan(d).and_then(|p| p.action(id)).cloned())
                });
                match found {
                    Some(action) => {
                        let draft = ActionDraft::new(open, plan, action, true);
                        view! { <ActionEditor draft=draft /> }.into_any()
                    }
                    None => view! {
                        <NotInPlan what=t!("editor-missing-action") back=back.clone() back_text=t!("editor-back") />
                    }
                    .into_any(),
                }
            }
            None => {
                let mut action = Action::new(ActionId::from_uuid(uuid::Uuid::new_v4()), "");
                action.links = ActionLinks {
                    focus_area: area_from_query(open, &query.with_untracked(|q| q.get("area"))),
                    ..ActionLinks::default()
                };
                let draft = ActionDraft::new(open, plan, action, false);
                view! { <ActionEditor draft=draft /> }.into_any()
            }
        }
    })
    .into_any()
}

/// The area named by `?area=N`, if the framework has it.
fn area_from_query(open: OpenPlan, area: &Option<String>) -> Option<FocusAreaNumber> {
    let number = area.as_deref()?.trim().parse::<u8>().ok()?;
    let n = FocusAreaNumber::new(number)?;
    open.doc
        .with_untracked(|d| d.content().framework().focus_area(n).is_some())
        .then_some(n)
}

/// The editor of one action.
#[component]
fn ActionEditor(
    /// The action being edited.
    draft: ActionDraft,
) -> impl IntoView {
    let today = today();
    on_cleanup(move || draft.save());

    let findings = Memo::new(move |_| draft.action.with(|a| audit_action(a, today)));
    let record = Memo::new(move |_| {
        draft
            .action
            .with(|a| (a.history.clone(), a.evidence.clone()))
    });
    let area_choices = Memo::new(move |_| {
        let mut choices = vec![Choice::new("", t!("editor-area-none"))];
        choices.extend(draft.open().doc.with(|d| {
            d.content()
                .framework()
                .focus_areas
                .iter()
                .map(|a| Choice::new(a.number.get().to_string(), a.choice_label()))
                .collect::<Vec<_>>()
        }));
        choices
    });

    // One text of the draft as a field shows it.
    let text = move |read: fn(&Action) -> Option<&str>| {
        Signal::derive(move || {
            draft
                .action
                .with(|a| read(a).unwrap_or_default().to_owned())
        })
    };
    let type_into = move |field: DraftField, write: fn(&mut Action, String)| {
        Callback::new(move |v: String| draft.change(field, |a| write(a, v)))
    };
    let leave = move |field: DraftField| Callback::new(move |_: String| draft.leave(field));
    // A text kept on this device until the plan holds it, as the plan holds it now.
    let kept = move |name: &str, read: fn(&Action) -> Option<&str>| {
        let open = draft.open();
        let id = draft.action.with_untracked(|a| a.id);
        KeptOnDevice {
            key: DraftKey::new(open.id, id, name),
            saved: Signal::derive(move || {
                open.doc.with(|d| {
                    action_plan(d)
                        .and_then(|p| p.action(id))
                        .and_then(read)
                        .unwrap_or_default()
                        .to_owned()
                })
            }),
        }
    };

    view! {
        <div class="action-editor">
            <p class="back-link">
                <a href=plan_path(draft.doc())>{t!("editor-back")}</a>
            </p>
            // A new action is "New action" only until the plan holds it.
            <h1>{move || if draft.exists.get() { t!("editor-title-edit") } else { t!("editor-title-new") }}</h1>
            <Provenance
                open=draft.open()
                origin=Signal::derive(move || draft.action.with(|a| a.origin.clone()))
            />
            <div class="action-editor__layout">
                <div class="action-editor__main">
                    <form class="action-form" novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        draft.save();
                    }>
                        <TextField
                            id="action-what"
                            label=t!("editor-what")
                            kind=FieldKind::Lines
                            required=true
                            value=text(|a| Some(a.what.as_str()))
                            on_input=type_into(DraftField::What, |a, v| a.what = v)
                            on_leave=leave(DraftField::What)
                            keep=kept("what", |a| Some(a.what.as_str()))
                            error=draft.error(DraftField::What)
                        />
                        <TextField
                            id="action-measure"
                            label=t!("editor-measure")
                            kind=FieldKind::Lines
                            hint=t!("editor-measure-hint")
                            value=text(|a| a.measure.as_deref())
                            on_input=type_into(DraftField::Measure, |a, v| a.measure = Some(v))
                            on_leave=leave(DraftField::Measure)
                            keep=kept("measure", |a| a.measure.as_deref())
                            error=draft.error(DraftField::Measure)
                        />
                        <TextField
                            id="action-lead-person"
                            label=t!("editor-lead-person")
                            value=text(|a| a.lead.person.as_deref())
                            on_input=type_into(DraftField::LeadPerson, |a, v| a.lead.person = Some(v))
                            on_leave=leave(DraftField::LeadPerson)
                            keep=kept("lead-person", |a| a.lead.person.as_deref())
                            error=draft.error(DraftField::LeadPerson)
                        />
                        <TextField
                            id="action-lead-organisation"
                            label=t!("editor-lead-organisation")
                            value=text(|a| a.lead.organisation.as_deref())
                            on_input=type_into(
                                DraftField::LeadOrganisation,
                                |a, v| a.lead.organisation = Some(v),
                            )
                            on_leave=leave(DraftField::LeadOrganisation)
                            keep=kept("lead-organisation", |a| a.lead.organisation.as_deref())
                            error=draft.error(DraftField::LeadOrganisation)
                        />
                        <TextField
                            id="action-due"
                            label=t!("editor-due")
                            kind=FieldKind::Date
                            value=Signal::derive(move || {
                                draft
                                    .action
                                    .with(|a| a.due.map(|d| d.to_string()))
                                    .unwrap_or_default()
                            })
                            on_change=Callback::new(move |v: String| {
                                draft.change_now(DraftField::Due, |a| a.due = parse_day(&v))
                            })
                            error=draft.error(DraftField::Due)
                        />
                        <SelectField
                            id="action-area"
                            label=t!("editor-area")
                            choices=area_choices
                            value=Signal::derive(move || {
                                draft
                                    .action
                                    .with(|a| a.links.focus_area.map(|n| n.get().to_string()))
                                    .unwrap_or_default()
                            })
                            on_change=Callback::new(move |v: String| {
                                let area = v.parse::<u8>().ok().and_then(FocusAreaNumber::new);
                                draft.change_now(DraftField::Area, |a| a.links.focus_area = area)
                            })
                            error=draft.error(DraftField::Area)
                        />
                        <TextField
                            id="action-reference"
                            label=t!("editor-reference")
                            hint=t!("editor-reference-hint")
                            value=text(|a| a.reference.as_deref())
                            on_input=type_into(DraftField::Reference, |a, v| a.reference = Some(v))
                            on_leave=leave(DraftField::Reference)
                            keep=kept("reference", |a| a.reference.as_deref())
                            error=draft.error(DraftField::Reference)
                        />
                    </form>
                    <MilestoneList draft=draft />
                </div>
                <div class="action-editor__side">
                    <SmartHints findings=findings />
                </div>
            </div>
            <RatingForm draft=draft />
            <HistoryList record=record />
            <RemoveAction draft=draft />
        </div>
    }
}
