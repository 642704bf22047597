//! The action being edited: a local draft that follows every keystroke, saved to the
//! document field by field a moment after typing stops and whenever a field is left.
//!
//! The draft is what the SMART hints audit, so they change as a person types. A new
//! action exists only in the draft until "What will happen?" has words; then it is
//! added to the plan whole and the address becomes the action's own. Saving goes
//! through `OpenPlan::edit` only, and a field the core refuses keeps its error.

use std::time::Duration;

use cares_core::edits::{ActionField, Edit, EditError};
use cares_core::ids::{DocumentId, PlanId};
use cares_core::plan::{Action, Lead};
use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
use leptos::prelude::*;

use super::plan_context::{action_path, action_plan, edit_problem, replace_address};
use crate::i18n::t;
use crate::workspace::{NotDone, OpenPlan};

/// How long after the last keystroke a field is saved.
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// A field of the editor: what is saved together, and where an error is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftField {
    /// "What will happen?"
    What,
    /// "How will we know it worked?"
    Measure,
    /// "Who will lead this? (a person)"
    LeadPerson,
    /// "Lead organisation"
    LeadOrganisation,
    /// "By when?"
    Due,
    /// "Area of focus"
    Area,
    /// "Reference (optional)"
    Reference,
    /// The milestones.
    Milestones,
}

/// Said when "What will happen?" is left blank.
pub fn say_what() -> String {
    t!("draft-say-what")
}

/// The editor's draft of one action and its saving. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct ActionDraft {
    open: OpenPlan,
    plan: PlanId,
    /// The action as the person has typed it.
    pub action: RwSignal<Action>,
    /// True once the action is in the plan.
    pub exists: RwSignal<bool>,
    pending: StoredValue<Vec<DraftField>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    errors: RwSignal<Vec<(DraftField, String)>>,
}

/// Text as a field of the document holds it: blank is none.
fn words(text: &Option<String>) -> Option<String> {
    text.as_ref().filter(|t| !t.trim().is_empty()).cloned()
}

/// What the document would hold for this field of this action.
fn field_of(field: DraftField, action: &Action) -> ActionField {
    match field {
        DraftField::What => ActionField::What(action.what.clone()),
        DraftField::Measure => ActionField::Measure(words(&action.measure)),
        DraftField::LeadPerson | DraftField::LeadOrganisation => ActionField::Lead(Lead {
            person: words(&action.lead.person),
            organisation: words(&action.lead.organisation),
        }),
        DraftField::Due => ActionField::Due(action.due),
        DraftField::Area => ActionField::Links(action.links.clone()),
        DraftField::Reference => ActionField::Reference(words(&action.reference)),
        // The core leaves out a milestone with no words and no date when it saves, so
        // a row just added and not yet filled in is no difference from the document.
        DraftField::Milestones => ActionField::Milestones(action.milestones.clone()).tidied(),
    }
}

/// The action as the document should first hold it: blank texts left out.
fn tidy(mut action: Action) -> Action {
    action.measure = words(&action.measure);
    action.reference = words(&action.reference);
    action.lead = Lead {
        person: words(&action.lead.person),
        organisation: words(&action.lead.organisation),
    };
    action
}

/// True when any field would be saved differently from `b`, in the document's terms.
fn differs(a: &Action, b: &Action) -> bool {
    const ALL: [DraftField; 7] = [
        DraftField::What,
        DraftField::Measure,
        DraftField::LeadPerson,
        DraftField::Due,
        DraftField::Area,
        DraftField::Reference,
        DraftField::Milestones,
    ];
    ALL.iter().any(|f| field_of(*f, a) != field_of(*f, b))
}

impl ActionDraft {
    /// A draft of `action`; `exists` says whether the plan holds it already.
    pub fn new(open: OpenPlan, plan: PlanId, action: Action, exists: bool) -> Self {
        let draft = Self {
            open,
            plan,
            action: RwSignal::new(action),
            exists: RwSignal::new(exists),
            pending: StoredValue::new(Vec::new()),
            timer: StoredValue::new(None),
            errors: RwSignal::new(Vec::new()),
        };
        draft.follow_the_document();
        save_when_the_page_goes(move || draft.save());
        draft
    }

    /// The document this draft saves into.
    pub fn doc(&self) -> DocumentId {
        self.open.id
    }

    /// The plan the action is in.
    pub fn plan(&self) -> PlanId {
        self.plan
    }

    /// The plan as it is open in this tab.
    pub fn open(&self) -> OpenPlan {
        self.open
    }

    /// Ratings and evidence come from the document (they are only ever appended), and
    /// when another tab changes the action while nothing here waits to be saved, the
    /// draft takes its fields too.
    fn follow_the_document(self) {
        Effect::new(move |_| {
            let id = self.action.with_untracked(|a| a.id);
            let saved = self
                .open
                .doc
                .with(|doc| action_plan(doc).and_then(|p| p.action(id)).cloned());
            let Some(saved) = saved else {
                return;
            };
            let quiet = self.pending.try_with_value(Vec::is_empty).unwrap_or(false);
            self.action.maybe_update(|draft| {
                let mut changed = false;
                if draft.history != saved.history {
                    draft.history.clone_from(&saved.history);
                    changed = true;
                }
                if draft.evidence != saved.evidence {
                    draft.evidence.clone_from(&saved.evidence);
                    changed = true;
                }
                if quiet && differs(draft, &saved) {
                    *draft = saved;
                    changed = true;
                }
                changed
            });
        });
    }

    /// The error shown on a field, if any.
    pub fn error(&self, field: DraftField) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
        })
    }

    fn set_error(&self, field: DraftField, message: Option<String>) {
        let _ = self.errors.try_update(|errors| {
            errors.retain(|(f, _)| *f != field);
            if let Some(message) = message {
                errors.push((field, message));
            }
        });
    }

    /// Changes the draft as a person types, and saves the field a moment later.
    pub fn change(&self, field: DraftField, update: impl FnOnce(&mut Action)) {
        self.action.update(update);
        if field == DraftField::What && self.action.with_untracked(|a| !a.what.trim().is_empty()) {
            self.set_error(DraftField::What, None);
        }
        let _ = self.pending.try_update_value(|p| {
            if !p.contains(&field) {
                p.push(field);
            }
        });
        self.restart_timer();
    }

    /// Changes the draft and saves the field at once (a picked date or area).
    pub fn change_now(&self, field: DraftField, update: impl FnOnce(&mut Action)) {
        self.change(field, update);
        self.save();
    }

    /// Saves at once, as when a person leaves a field; a blank "What will happen?"
    /// then says so.
    pub fn leave(&self, field: DraftField) {
        self.save();
        if field == DraftField::What
            && self
                .action
                .try_with_untracked(|a| a.what.trim().is_empty())
                .unwrap_or(false)
        {
            self.set_error(DraftField::What, Some(say_what()));
        }
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

    /// Saves whatever waits: adds the action if it is new and has words, otherwise
    /// sets each changed field. Safe to call after the page has gone.
    pub fn save(&self) {
        let _ = self.timer.try_update_value(|timer| {
            if let Some(old) = timer.take() {
                old.clear();
            }
        });
        let Some(draft) = self.action.try_get_untracked() else {
            return;
        };
        if !self.exists.try_get_untracked().unwrap_or(false) {
            self.add(draft);
            return;
        }
        let fields = self
            .pending
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        let saved = self
            .open
            .doc
            .with_untracked(|doc| action_plan(doc).and_then(|p| p.action(draft.id)).cloned());
        let Some(saved) = saved else {
            return;
        };
        for field in fields {
            let value = field_of(field, &draft);
            if value == field_of(field, &saved) {
                self.set_error(field, None);
                continue;
            }
            if field == DraftField::What && draft.what.trim().is_empty() {
                // A plan action always says what will happen: keep the saved words.
                continue;
            }
            let result = self.open.edit(Edit::SetAction {
                plan: self.plan,
                action: draft.id,
                field: value,
            });
            self.set_error(field, result.err().map(|e| problem(field, &e)));
        }
    }

    fn add(&self, draft: Action) {
        if draft.what.trim().is_empty() {
            return;
        }
        let _ = self.pending.try_update_value(Vec::clear);
        let id = draft.id;
        let result = self.open.edit(Edit::AddAction {
            plan: self.plan,
            action: Box::new(tidy(draft)),
            after: None,
        });
        match result {
            Ok(()) => {
                self.exists.set(true);
                self.set_error(DraftField::What, None);
                replace_address(&action_path(self.open.id, id));
            }
            Err(e) => self.set_error(DraftField::What, Some(problem(DraftField::What, &e))),
        }
    }
}

/// Saves at once when the page is closed, reloaded or left for another app (the
/// window loses focus), so the last keystrokes before the pause are not lost.
pub fn save_when_the_page_goes(save: impl Fn() + Clone + 'static) {
    let on_hide = save.clone();
    let on_leave = save.clone();
    let leaving = window_event_listener(leptos::ev::beforeunload, move |_| on_leave());
    let hidden = window_event_listener(leptos::ev::pagehide, move |_| on_hide());
    let blurred = window_event_listener(leptos::ev::blur, move |_| save());
    on_cleanup(move || {
        leaving.remove();
        hidden.remove();
        blurred.remove();
    });
}

/// A refused edit in the words of the field it came from.
fn problem(field: DraftField, error: &NotDone<EditError>) -> String {
    match (field, error) {
        (DraftField::What, NotDone::Refused(EditError::Blank { .. })) => say_what(),
        _ => edit_problem(error),
    }
}
