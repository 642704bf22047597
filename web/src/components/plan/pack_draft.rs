//! The pack being built: a local draft that follows every keystroke and is saved
//! whole (`Edit::PutPack`, a pack has one author at a time) a moment after typing
//! stops and whenever a field is left.
//!
//! Steps are shown as rows with a tick box: the pack's own steps (ticked), then the
//! suggested steps for its audience and the plan's relevant actions that it does not
//! hold yet (not ticked). Only ticked rows are saved as the pack's steps.

use std::time::Duration;

use cares_core::edits::{Edit, EditError};
use cares_core::ids::ActionId;
use cares_core::packs::{
    ActionPack, LocalContact, MeetingPlace, PackEvent, PackStep, suggested_steps,
};
use cares_core::plan::ActionPlan;
use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
use leptos::prelude::*;

use super::action_draft::save_when_the_page_goes;
use super::plan_context::edit_problem;
use crate::i18n::t;
use crate::workspace::{NotDone, OpenPlan};

/// How long after the last keystroke the pack is saved.
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// Said when the pack's title is left blank.
fn give_a_title() -> String {
    t!("packs-title-blank")
}

/// One step on the builder, ticked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    /// Identifies the row on this page (not saved).
    pub key: u32,
    /// The step's words.
    pub text: String,
    /// The plan action it came from, if any.
    pub from_action: Option<ActionId>,
    /// That action's wording in the plan: written for the people doing the plan, so
    /// a step that still reads the same is offered for rewording.
    pub plan_wording: Option<String>,
    /// True when the step is in the pack.
    pub included: bool,
}

/// The builder's draft of one pack and its saving. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct PackDraft {
    open: OpenPlan,
    /// The pack as typed; its `steps` are rebuilt from [`PackDraft::rows`] on saving.
    pub pack: RwSignal<ActionPack>,
    /// The steps, ticked or not.
    pub rows: RwSignal<Vec<StepRow>>,
    next_key: StoredValue<u32>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Why the pack could not be saved, if it could not.
    pub error: RwSignal<Option<String>>,
}

fn words(text: &Option<String>) -> Option<String> {
    text.as_ref().filter(|t| !t.trim().is_empty()).cloned()
}

/// Typed words as an optional field holds them: trimmed, blank is none.
pub fn optional_words(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The rows for a pack: its steps, then what it could still take.
fn rows_for(pack: &ActionPack, plan: Option<&ActionPlan>) -> Vec<StepRow> {
    let wording_of = |id: Option<ActionId>| {
        plan.and_then(|p| p.action(id?))
            .map(|a| a.what.trim().to_owned())
    };
    let mut rows: Vec<StepRow> = pack
        .steps
        .iter()
        .map(|s| StepRow {
            key: 0,
            text: s.text.clone(),
            from_action: s.from_action,
            plan_wording: wording_of(s.from_action),
            included: true,
        })
        .collect();
    for text in suggested_steps(pack.audience) {
        if !pack.steps.iter().any(|s| s.text.trim() == text) {
            rows.push(StepRow {
                key: 0,
                text: text.to_owned(),
                from_action: None,
                plan_wording: None,
                included: false,
            });
        }
    }
    if let Some(plan) = plan {
        for action in &plan.actions {
            let taken = pack.steps.iter().any(|s| s.from_action == Some(action.id));
            if !taken && !action.what.trim().is_empty() && pack.audience.is_relevant(action) {
                rows.push(StepRow {
                    key: 0,
                    text: action.what.trim().to_owned(),
                    from_action: Some(action.id),
                    plan_wording: Some(action.what.trim().to_owned()),
                    included: false,
                });
            }
        }
    }
    for (i, row) in rows.iter_mut().enumerate() {
        row.key = u32::try_from(i).unwrap_or(u32::MAX);
    }
    rows
}

/// The pack as it would be saved: ticked steps, blank optional words left out.
fn assemble(pack: &ActionPack, rows: &[StepRow]) -> ActionPack {
    let mut pack = pack.clone();
    pack.steps = rows
        .iter()
        .filter(|r| r.included)
        .map(|r| PackStep {
            text: r.text.clone(),
            from_action: r.from_action,
        })
        .collect();
    pack.contacts = pack
        .contacts
        .iter()
        .map(|c| LocalContact {
            name: c.name.clone(),
            role: words(&c.role),
            how_to_reach: words(&c.how_to_reach),
        })
        .collect();
    pack.places = pack
        .places
        .iter()
        .map(|p| MeetingPlace {
            name: p.name.clone(),
            address: words(&p.address),
            when: words(&p.when),
        })
        .collect();
    pack.events = pack
        .events
        .iter()
        .map(|e| PackEvent {
            title: e.title.clone(),
            date: e.date,
            place: words(&e.place),
        })
        .collect();
    pack
}

impl PackDraft {
    /// A draft of a pack that is in the document.
    pub fn new(open: OpenPlan, pack: ActionPack, plan: Option<&ActionPlan>) -> Self {
        let rows = rows_for(&pack, plan);
        let next = u32::try_from(rows.len()).unwrap_or(u32::MAX);
        let draft = Self {
            open,
            pack: RwSignal::new(pack),
            rows: RwSignal::new(rows),
            next_key: StoredValue::new(next),
            timer: StoredValue::new(None),
            error: RwSignal::new(None),
        };
        save_when_the_page_goes(move || draft.save());
        draft
    }

    /// The plan as it is open in this tab.
    pub fn open(&self) -> OpenPlan {
        self.open
    }

    /// The pack as it would be saved now (tracked: for hints and counts).
    pub fn assembled(&self) -> ActionPack {
        self.pack.with(|p| self.rows.with(|r| assemble(p, r)))
    }

    /// Changes the pack as a person types, and saves it a moment later.
    pub fn change(&self, update: impl FnOnce(&mut ActionPack)) {
        self.pack.update(update);
        self.restart_timer();
    }

    /// Changes the steps as a person types, and saves a moment later.
    pub fn change_rows(&self, update: impl FnOnce(&mut Vec<StepRow>)) {
        self.rows.update(update);
        self.restart_timer();
    }

    /// Adds an empty step of the person's own, ticked; returns its row key.
    pub fn add_row(&self) -> u32 {
        let key = self
            .next_key
            .try_update_value(|k| {
                *k += 1;
                *k - 1
            })
            .unwrap_or_default();
        self.change_rows(|rows| {
            rows.push(StepRow {
                key,
                text: String::new(),
                from_action: None,
                plan_wording: None,
                included: true,
            });
        });
        key
    }

    fn restart_timer(&self) {
        let this = *self;
        let handle = set_timeout_with_handle(move || this.save(), SAVE_AFTER).ok();
        let _ = self.timer.try_update_value(|timer| {
            if let Some(old) = timer.take() {
                old.clear();
            }
            *timer = handle;
        });
    }

    /// Saves the pack if it changed. Safe to call after the page has gone.
    pub fn save(&self) {
        let _ = self.timer.try_update_value(|timer| {
            if let Some(old) = timer.take() {
                old.clear();
            }
        });
        let (Some(pack), Some(rows)) =
            (self.pack.try_get_untracked(), self.rows.try_get_untracked())
        else {
            return;
        };
        let pack = assemble(&pack, &rows);
        let saved = self
            .open
            .doc
            .with_untracked(|d| d.content().packs.iter().find(|p| p.id == pack.id).cloned());
        let Some(saved) = saved else {
            // Removed, here or in another tab: saving now would bring it back.
            return;
        };
        if saved == pack {
            let _ = self.error.try_set(None);
            return;
        }
        if pack.title.trim().is_empty() {
            let _ = self.error.try_set(Some(give_a_title()));
            return;
        }
        let result = self.open.edit(Edit::PutPack {
            pack: Box::new(pack),
        });
        let _ = self.error.try_set(result.err().map(|e| problem(&e)));
    }
}

fn problem(error: &NotDone<EditError>) -> String {
    match error {
        NotDone::Refused(EditError::Blank { .. }) => give_a_title(),
        _ => edit_problem(error),
    }
}
