//! What merging another copy of a document will do, said before it is done.
//!
//! [`preview`] compares my copy with theirs: how many of their edits are new here,
//! which actions the merge adds, removes or changes (and which parts of them), and
//! every [`Conflict`]: a field of an action that both copies changed since their
//! common history, to different values. Merging keeps one value by the one total
//! order of edits; the conflict names both and which one wins, so a front end can
//! show them and let the person keep the other with [`Conflict::keep`] — a new
//! edit, later than both, so the choice merges cleanly on every copy.
//!
//! Ratings and evidence are appended, never overwritten, so they are listed as
//! changes but never conflict.

use std::collections::HashSet;

use crate::audit::long_date;
use crate::document::{Content, Document, MergeError};
use crate::edits::{ActionField, Edit, StampedEdit};
use crate::ids::{ActionId, PlanId};
use crate::plan::{Action, ActionPlan};
use crate::wording::{Wording, and_list};

/// What merging their copy into mine will do.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePreview {
    /// How many of their edits this copy does not have yet.
    pub new_edits: usize,
    /// The actions the merge adds, removes or changes, in my plan's order (new ones
    /// last).
    pub changes: Vec<ActionChange>,
    /// True when something besides actions changes too (a title, a pack, a session…).
    pub other_changes: bool,
    /// The fields both copies changed to different values.
    pub conflicts: Vec<Conflict>,
}

impl MergePreview {
    /// True when merging would change nothing here.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && !self.other_changes
    }
}

/// One action the merge adds, removes or changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionChange {
    /// The plan it is in.
    pub plan: PlanId,
    /// The action.
    pub action: ActionId,
    /// What the action says will happen (after the merge, or before if removed).
    pub what: String,
    /// What happens to it.
    pub kind: ChangeKind,
}

impl ActionChange {
    /// The change as a catalogue id and arguments (`core-merge-changed` with `what`
    /// and the parts as a list), for a front end to say in the reader's language;
    /// its British English is [`ActionChange::describe`].
    pub fn wording(&self) -> Wording {
        let what = self.what.as_str();
        match &self.kind {
            ChangeKind::Added => Wording::new("core-merge-added").text("what", what),
            ChangeKind::Removed => Wording::new("core-merge-removed").text("what", what),
            ChangeKind::Changed(parts) => {
                Wording::new("core-merge-changed").text("what", what).list(
                    "parts",
                    parts
                        .iter()
                        .map(|p| Wording::new("core-merge-part").text("part", p.key()))
                        .collect(),
                )
            }
        }
    }

    /// The change in a few plain words: "New action: “Open a café”",
    /// "“Open a café”: measure and due date changed".
    pub fn describe(&self) -> String {
        let what = &self.what;
        match &self.kind {
            ChangeKind::Added => format!("New action: “{what}”"),
            ChangeKind::Removed => format!("Removed: “{what}”"),
            ChangeKind::Changed(parts) => {
                let labels: Vec<String> = parts.iter().map(|p| p.label().to_lowercase()).collect();
                format!("“{what}”: {} changed", and_list(&labels))
            }
        }
    }
}

/// What a merge does to one action.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// It is new here.
    Added,
    /// It is removed here.
    Removed,
    /// These parts of it change.
    Changed(Vec<ActionPart>),
}

/// A part of an action a person sees change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActionPart {
    /// What will happen.
    What,
    /// The reference as written.
    Reference,
    /// The section.
    Section,
    /// The outcome measure.
    Measure,
    /// The milestones.
    Milestones,
    /// The lead.
    Lead,
    /// When it started.
    Commenced,
    /// When it is due.
    Due,
    /// When it will be reviewed.
    Review,
    /// When it was completed.
    Completed,
    /// The timescale as written.
    Timescale,
    /// Links to the framework.
    Links,
    /// Its progress ratings (appended).
    Rating,
    /// Its evidence (appended).
    Evidence,
    /// Its place in the plan.
    Position,
}

impl ActionPart {
    /// Every part, in the order a person reads an action.
    pub const ALL: [ActionPart; 15] = [
        ActionPart::What,
        ActionPart::Reference,
        ActionPart::Section,
        ActionPart::Measure,
        ActionPart::Milestones,
        ActionPart::Lead,
        ActionPart::Commenced,
        ActionPart::Due,
        ActionPart::Review,
        ActionPart::Completed,
        ActionPart::Timescale,
        ActionPart::Links,
        ActionPart::Rating,
        ActionPart::Evidence,
        ActionPart::Position,
    ];

    /// A stable key, as the edit log names the field where there is one.
    pub fn key(self) -> &'static str {
        match self {
            ActionPart::What => "what",
            ActionPart::Reference => "reference",
            ActionPart::Section => "section",
            ActionPart::Measure => "measure",
            ActionPart::Milestones => "milestones",
            ActionPart::Lead => "lead",
            ActionPart::Commenced => "commenced",
            ActionPart::Due => "due",
            ActionPart::Review => "review",
            ActionPart::Completed => "completed",
            ActionPart::Timescale => "timescale-as-written",
            ActionPart::Links => "links",
            ActionPart::Rating => "rating",
            ActionPart::Evidence => "evidence",
            ActionPart::Position => "position",
        }
    }

    /// The part in words: "Measure", "Due date".
    pub fn label(self) -> &'static str {
        match self {
            ActionPart::What => "What will happen",
            ActionPart::Reference => "Reference",
            ActionPart::Section => "Section",
            ActionPart::Measure => "Measure",
            ActionPart::Milestones => "Milestones",
            ActionPart::Lead => "Lead",
            ActionPart::Commenced => "Start date",
            ActionPart::Due => "Due date",
            ActionPart::Review => "Review date",
            ActionPart::Completed => "Completion date",
            ActionPart::Timescale => "Timescale as written",
            ActionPart::Links => "Links to the strategy",
            ActionPart::Rating => "Progress rating",
            ActionPart::Evidence => "Evidence",
            ActionPart::Position => "Place in the plan",
        }
    }

    /// The part's name as a catalogue id and arguments (`core-action-part` with the
    /// part's key), for a front end to say in the reader's language; its British
    /// English is [`ActionPart::label`].
    pub fn wording(self) -> Wording {
        Wording::new("core-action-part").text("part", self.key())
    }

    /// The part an action field edit changes.
    pub fn of(field: &ActionField) -> ActionPart {
        match field {
            ActionField::What(_) => ActionPart::What,
            ActionField::Reference(_) => ActionPart::Reference,
            ActionField::Section(_) => ActionPart::Section,
            ActionField::Measure(_) => ActionPart::Measure,
            ActionField::Milestones(_) => ActionPart::Milestones,
            ActionField::Lead(_) => ActionPart::Lead,
            ActionField::Commenced(_) => ActionPart::Commenced,
            ActionField::Due(_) => ActionPart::Due,
            ActionField::Review(_) => ActionPart::Review,
            ActionField::Completed(_) => ActionPart::Completed,
            ActionField::TimescaleAsWritten(_) => ActionPart::Timescale,
            ActionField::Links(_) => ActionPart::Links,
        }
    }

    /// The action's value of this part as a field edit would set it; `None` for the
    /// parts no field edit sets (ratings, evidence, position).
    pub fn field(self, action: &Action) -> Option<ActionField> {
        Some(match self {
            ActionPart::What => ActionField::What(action.what.clone()),
            ActionPart::Reference => ActionField::Reference(action.reference.clone()),
            ActionPart::Section => ActionField::Section(action.section),
            ActionPart::Measure => ActionField::Measure(action.measure.clone()),
            ActionPart::Milestones => ActionField::Milestones(action.milestones.clone()),
            ActionPart::Lead => ActionField::Lead(action.lead.clone()),
            ActionPart::Commenced => ActionField::Commenced(action.commenced),
            ActionPart::Due => ActionField::Due(action.due),
            ActionPart::Review => ActionField::Review(action.review),
            ActionPart::Completed => ActionField::Completed(action.completed),
            ActionPart::Timescale => {
                ActionField::TimescaleAsWritten(action.timescale_as_written.clone())
            }
            ActionPart::Links => ActionField::Links(action.links.clone()),
            ActionPart::Rating | ActionPart::Evidence | ActionPart::Position => return None,
        })
    }

    fn differs(self, a: &Action, b: &Action) -> bool {
        match self {
            ActionPart::Rating => a.history != b.history,
            ActionPart::Evidence => a.evidence != b.evidence,
            ActionPart::Position => false,
            field => field.field(a) != field.field(b),
        }
    }
}

impl std::fmt::Display for ActionPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Which copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The copy merged into (this device's).
    Mine,
    /// The copy merged in (from a file, a colleague).
    Theirs,
}

/// A field of an action both copies changed since their common history, to
/// different values.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The plan.
    pub plan: PlanId,
    /// The action.
    pub action: ActionId,
    /// What the action says will happen, on my copy.
    pub what: String,
    /// The field.
    pub part: ActionPart,
    /// My value.
    pub mine: ActionField,
    /// Their value.
    pub theirs: ActionField,
    /// My value in words.
    pub mine_text: String,
    /// Their value in words.
    pub theirs_text: String,
    /// My value for the reader's language ([`value_wording`]).
    pub mine_wording: Wording,
    /// Their value for the reader's language ([`value_wording`]).
    pub theirs_wording: Wording,
    /// The value the merge keeps: the one edited later in the one total order.
    pub winner: Side,
}

impl Conflict {
    /// The edit that keeps one side's value. Made after the merge, it comes after
    /// both copies' edits, so it wins wherever it is merged.
    pub fn keep(&self, side: Side) -> Edit {
        Edit::SetAction {
            plan: self.plan,
            action: self.action,
            field: match side {
                Side::Mine => self.mine.clone(),
                Side::Theirs => self.theirs.clone(),
            },
        }
    }
}

/// What merging `theirs` into `mine` will do, without doing it. Refuses exactly as
/// [`Document::merge`] would.
pub fn preview(mine: &Document, theirs: &Document) -> Result<MergePreview, MergeError> {
    let mut merged = mine.clone();
    merged.merge(theirs)?;
    let new_edits = theirs
        .log()
        .edits()
        .iter()
        .filter(|e| !mine.log().contains(e.replica, e.seq))
        .count();
    let (before, after) = (mine.content(), merged.content());
    Ok(MergePreview {
        new_edits,
        changes: action_changes(before, after),
        other_changes: beyond_actions(before) != beyond_actions(after),
        conflicts: conflicts(mine, theirs, &merged),
    })
}

fn action_changes(before: &Content, after: &Content) -> Vec<ActionChange> {
    let mut changes = Vec::new();
    for plan in &before.plans {
        let now = after.plan(plan.id);
        for action in &plan.actions {
            let kind = match now.and_then(|p| find(p, action.id)) {
                None => ChangeKind::Removed,
                Some(later) => {
                    let mut parts: Vec<ActionPart> = ActionPart::ALL
                        .into_iter()
                        .filter(|part| part.differs(action, later))
                        .collect();
                    if moved(plan, now, action.id) {
                        parts.push(ActionPart::Position);
                    }
                    if parts.is_empty() {
                        continue;
                    }
                    ChangeKind::Changed(parts)
                }
            };
            let what = now
                .and_then(|p| find(p, action.id))
                .map_or(&action.what, |a| &a.what);
            changes.push(ActionChange {
                plan: plan.id,
                action: action.id,
                what: what.clone(),
                kind,
            });
        }
    }
    for plan in &after.plans {
        let was = before.plan(plan.id);
        for action in &plan.actions {
            if was.and_then(|p| find(p, action.id)).is_none() {
                changes.push(ActionChange {
                    plan: plan.id,
                    action: action.id,
                    what: action.what.clone(),
                    kind: ChangeKind::Added,
                });
            }
        }
    }
    changes
}

/// True when the action that came before `id` is no longer the same one.
fn moved(before: &ActionPlan, after: Option<&ActionPlan>, id: ActionId) -> bool {
    let previous = |plan: &ActionPlan| {
        let at = plan.actions.iter().position(|a| a.id == id)?;
        Some(at.checked_sub(1).map(|i| plan.actions[i].id))
    };
    after.is_some_and(|after| previous(before) != previous(after))
}

fn find(plan: &ActionPlan, id: ActionId) -> Option<&Action> {
    plan.actions.iter().find(|a| a.id == id)
}

/// The content with every plan's actions left out, to see whether anything else
/// changes.
fn beyond_actions(content: &Content) -> Content {
    let mut rest = content.clone();
    for plan in &mut rest.plans {
        plan.actions.clear();
    }
    rest
}

/// The (plan, action, part) fields a copy's own edits — those the other copy lacks
/// — set.
fn own_fields(doc: &Document, other: &Document) -> HashSet<(PlanId, ActionId, ActionPart)> {
    doc.log()
        .edits()
        .iter()
        .filter(|e| !other.log().contains(e.replica, e.seq))
        .filter_map(|e: &StampedEdit| match &e.edit {
            Edit::SetAction {
                plan,
                action,
                field,
            } => Some((*plan, *action, ActionPart::of(field))),
            _ => None,
        })
        .collect()
}

fn conflicts(mine: &Document, theirs: &Document, merged: &Document) -> Vec<Conflict> {
    let my_fields = own_fields(mine, theirs);
    if my_fields.is_empty() {
        return Vec::new();
    }
    let their_fields = own_fields(theirs, mine);
    let mut found = Vec::new();
    for plan in &mine.content().plans {
        let (Some(their_plan), Some(merged_plan)) = (
            theirs.content().plan(plan.id),
            merged.content().plan(plan.id),
        ) else {
            continue;
        };
        for action in &plan.actions {
            let (Some(their_action), Some(merged_action)) =
                (find(their_plan, action.id), find(merged_plan, action.id))
            else {
                continue;
            };
            for part in ActionPart::ALL {
                let key = (plan.id, action.id, part);
                if !my_fields.contains(&key) || !their_fields.contains(&key) {
                    continue;
                }
                let (Some(mine_value), Some(theirs_value), Some(kept)) = (
                    part.field(action),
                    part.field(their_action),
                    part.field(merged_action),
                ) else {
                    continue;
                };
                if mine_value == theirs_value {
                    continue;
                }
                found.push(Conflict {
                    plan: plan.id,
                    action: action.id,
                    what: action.what.clone(),
                    part,
                    mine_text: value_text(plan, &mine_value),
                    theirs_text: value_text(their_plan, &theirs_value),
                    mine_wording: value_wording(plan, &mine_value),
                    theirs_wording: value_wording(their_plan, &theirs_value),
                    winner: if kept == mine_value {
                        Side::Mine
                    } else {
                        Side::Theirs
                    },
                    mine: mine_value,
                    theirs: theirs_value,
                });
            }
        }
    }
    found
}

/// A field's value as a person reads it, in British English: what people wrote as
/// written, a day as "31 March 2026", "(empty)" for nothing. [`value_wording`] is
/// the same value for the reader's language.
pub fn value_text(plan: &ActionPlan, field: &ActionField) -> String {
    value(plan, field).english
}

/// A field's value as a catalogue id and arguments (`core-merge-date` with the day
/// as a date, `core-merge-empty`, `core-merge-written` for what people wrote), for
/// a front end to say in the reader's language; its British English is
/// [`value_text`].
pub fn value_wording(plan: &ActionPlan, field: &ActionField) -> Wording {
    value(plan, field).wording
}

/// A value said both ways: for the catalogue and in British English.
struct Said {
    wording: Wording,
    english: String,
}

impl Said {
    fn empty() -> Self {
        Self {
            wording: Wording::new("core-merge-empty"),
            english: "(empty)".to_owned(),
        }
    }

    fn written(text: &str) -> Self {
        Self {
            wording: Wording::new("core-merge-written").text("text", text),
            english: text.to_owned(),
        }
    }

    fn day(day: chrono::NaiveDate) -> Self {
        Self {
            wording: Wording::new("core-merge-date").date("day", day),
            english: long_date(day),
        }
    }

    /// Several pieces as one list ("a, b and c"); empty if there are none.
    fn listed(items: Vec<Said>) -> Self {
        if items.is_empty() {
            return Self::empty();
        }
        let english: Vec<String> = items.iter().map(|i| i.english.clone()).collect();
        Self {
            english: and_list(&english),
            wording: Wording::new("core-merge-list")
                .list("items", items.into_iter().map(|i| i.wording).collect()),
        }
    }
}

fn value(plan: &ActionPlan, field: &ActionField) -> Said {
    let text = |t: &Option<String>| {
        t.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or_else(Said::empty, Said::written)
    };
    let date = |d: &Option<chrono::NaiveDate>| d.map_or_else(Said::empty, Said::day);
    match field {
        ActionField::What(t) => Said::written(t),
        ActionField::Reference(t)
        | ActionField::Measure(t)
        | ActionField::TimescaleAsWritten(t) => text(t),
        ActionField::Section(id) => id
            .and_then(|id| plan.sections.iter().find(|s| s.id == id))
            .map_or_else(Said::empty, |s| Said::written(&s.title)),
        ActionField::Milestones(ms) => Said::listed(
            ms.iter()
                .map(|m| match m.due {
                    Some(due) => Said {
                        wording: Wording::new("core-merge-milestone")
                            .text("text", m.text.as_str())
                            .date("due", due),
                        english: format!("{} ({})", m.text, long_date(due)),
                    },
                    None => Said::written(&m.text),
                })
                .collect(),
        ),
        ActionField::Lead(lead) => lead
            .display()
            .map_or_else(Said::empty, |lead| Said::written(&lead)),
        ActionField::Commenced(d)
        | ActionField::Due(d)
        | ActionField::Review(d)
        | ActionField::Completed(d) => date(d),
        ActionField::Links(links) => {
            let numbered = |id: &str, n: String, english: String| Said {
                wording: Wording::new(id).text("number", n),
                english,
            };
            Said::listed(
                [
                    links.focus_area.map(|a| {
                        numbered("core-merge-link-area", a.to_string(), format!("area {a}"))
                    }),
                    links.commitment.map(|c| {
                        numbered(
                            "core-merge-link-commitment",
                            c.to_string(),
                            format!("commitment {c}"),
                        )
                    }),
                    links.theme.as_deref().map(Said::written),
                    links.charter_commitment.as_deref().map(Said::written),
                ]
                .into_iter()
                .flatten()
                .collect(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Content;
    use crate::edits::EditError;
    use crate::ids::{DocumentId, ReplicaId};
    use crate::plan::{Action, ActionPlan, PlanScope};

    const PLAN: PlanId = PlanId::from_u128(10);
    const CAFE: ActionId = ActionId::from_u128(1);
    const ME: ReplicaId = ReplicaId::from_u128(1);
    const COLLEAGUE: ReplicaId = ReplicaId::from_u128(2);

    fn shared() -> Result<Document, EditError> {
        let mut content = Content::new("Maltby");
        content.plans.push(ActionPlan::new(
            PLAN,
            "Maltby plan",
            PlanScope::Locality {
                name: "Maltby".into(),
            },
        ));
        let mut doc = Document::from_content(DocumentId::from_u128(1), content);
        for (n, what) in [(1, "Open a carers' café"), (2, "Start a newsletter")] {
            doc.apply(
                ME,
                Edit::AddAction {
                    plan: PLAN,
                    action: Box::new(Action::new(ActionId::from_u128(n), what)),
                    after: None,
                },
            )?;
        }
        Ok(doc)
    }

    fn measure(text: &str) -> Edit {
        Edit::SetAction {
            plan: PLAN,
            action: CAFE,
            field: ActionField::Measure(Some(text.into())),
        }
    }

    /// Two copies of one plan, each of which then set the café's measure.
    fn measured(mine: &str, theirs: &str) -> Result<(Document, Document), EditError> {
        let mut my_copy = shared()?;
        let mut their_copy = my_copy.clone();
        my_copy.apply(ME, measure(mine))?;
        their_copy.apply(COLLEAGUE, measure(theirs))?;
        Ok((my_copy, their_copy))
    }

    #[test]
    fn both_copies_changing_one_measure_is_a_conflict_with_both_values_and_the_winner()
    -> Result<(), Box<dyn std::error::Error>> {
        let (mut mine, mut theirs) = measured("30 carers a month", "50 carers a month")?;

        let preview = preview(&mine, &theirs)?;
        assert_eq!(preview.new_edits, 1);
        let [conflict] = preview.conflicts.as_slice() else {
            return Err(format!("one conflict expected: {:?}", preview.conflicts).into());
        };
        assert_eq!(conflict.part, ActionPart::Measure);
        assert_eq!(conflict.what, "Open a carers' café");
        assert_eq!(
            (conflict.mine_text.as_str(), conflict.theirs_text.as_str()),
            ("30 carers a month", "50 carers a month")
        );
        // Same clock: the colleague's higher replica id comes later and wins.
        assert_eq!(conflict.winner, Side::Theirs);
        assert_eq!(
            preview
                .changes
                .iter()
                .map(ActionChange::describe)
                .collect::<Vec<_>>(),
            ["“Open a carers' café”: measure changed"]
        );

        mine.merge(&theirs)?;
        let cafe = |doc: &Document| doc.content().plans[0].actions[0].measure.clone();
        assert_eq!(cafe(&mine).as_deref(), Some("50 carers a month"));
        // Keeping mine is a new edit, which wins on every copy it reaches.
        mine.apply(ME, conflict.keep(Side::Mine))?;
        assert_eq!(cafe(&mine).as_deref(), Some("30 carers a month"));
        theirs.merge(&mine)?;
        assert_eq!(cafe(&theirs).as_deref(), Some("30 carers a month"));
        assert!(super::preview(&theirs, &mine)?.conflicts.is_empty());
        Ok(())
    }

    #[test]
    fn a_field_one_side_changed_or_both_set_alike_is_not_a_conflict()
    -> Result<(), Box<dyn std::error::Error>> {
        let (mine, mut theirs) = measured("30 carers a month", "30 carers a month")?;
        theirs.apply(
            COLLEAGUE,
            Edit::SetAction {
                plan: PLAN,
                action: CAFE,
                field: ActionField::Due(chrono::NaiveDate::from_ymd_opt(2026, 3, 31)),
            },
        )?;
        let preview = preview(&mine, &theirs)?;
        assert!(preview.conflicts.is_empty(), "{:?}", preview.conflicts);
        assert_eq!(
            preview
                .changes
                .iter()
                .map(ActionChange::describe)
                .collect::<Vec<_>>(),
            ["“Open a carers' café”: due date changed"]
        );
        Ok(())
    }

    #[test]
    fn new_and_removed_actions_are_named_and_nothing_is_merged_yet()
    -> Result<(), Box<dyn std::error::Error>> {
        let mine = shared()?;
        let mut theirs = mine.clone();
        theirs.apply(
            COLLEAGUE,
            Edit::RemoveAction {
                plan: PLAN,
                action: ActionId::from_u128(2),
            },
        )?;
        theirs.apply(
            COLLEAGUE,
            Edit::AddAction {
                plan: PLAN,
                action: Box::new(Action::new(
                    ActionId::from_u128(3),
                    "Train GP receptionists",
                )),
                after: None,
            },
        )?;
        let before = mine.clone();
        let preview = preview(&mine, &theirs)?;
        assert_eq!(mine, before, "a preview changes nothing");
        assert_eq!(preview.new_edits, 2);
        assert!(!preview.other_changes);
        assert_eq!(
            preview
                .changes
                .iter()
                .map(ActionChange::describe)
                .collect::<Vec<_>>(),
            [
                "Removed: “Start a newsletter”",
                "New action: “Train GP receptionists”"
            ]
        );
        assert!(super::preview(&mine, &mine)?.is_empty());
        Ok(())
    }

    #[test]
    fn both_values_of_a_conflict_come_as_wording_with_dates_as_dates_and_empty_as_empty()
    -> Result<(), Box<dyn std::error::Error>> {
        use crate::wording::WordingArg;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 31);
        let due = |d| Edit::SetAction {
            plan: PLAN,
            action: CAFE,
            field: ActionField::Due(d),
        };
        let mut mine = shared()?;
        let mut theirs = mine.clone();
        mine.apply(ME, due(day))?;
        theirs.apply(COLLEAGUE, due(None))?;
        let preview = preview(&mine, &theirs)?;
        let [conflict] = preview.conflicts.as_slice() else {
            return Err(format!("one conflict expected: {:?}", preview.conflicts).into());
        };
        assert_eq!(conflict.mine_wording.id, "core-merge-date");
        assert_eq!(
            conflict.mine_wording.args.get("day"),
            day.map(WordingArg::Date).as_ref()
        );
        assert_eq!(conflict.mine_text, "31 March 2026");
        assert_eq!(conflict.theirs_wording.id, "core-merge-empty");
        assert_eq!(conflict.theirs_text, "(empty)");
        assert_eq!(conflict.part.wording().id, "core-action-part");
        let [change] = preview.changes.as_slice() else {
            return Err(format!("one change expected: {:?}", preview.changes).into());
        };
        let wording = change.wording();
        assert_eq!(wording.id, "core-merge-changed");
        assert_eq!(
            wording.args.get("parts"),
            Some(&WordingArg::List(vec![
                Wording::new("core-merge-part").text("part", "due")
            ]))
        );
        Ok(())
    }

    #[test]
    fn a_different_document_is_refused_as_merge_refuses_it() -> Result<(), EditError> {
        let mine = shared()?;
        let other = Document::from_content(DocumentId::from_u128(2), mine.base().clone());
        assert_eq!(
            preview(&mine, &other).err(),
            Some(MergeError::DifferentDocument)
        );
        Ok(())
    }
}
