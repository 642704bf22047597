//! Rows into actions: sections, charter commitment headings, rows that continue
//! the action above, and each cell read into the action's fields (milestones,
//! dates, ratings, evidence, area of focus). Nothing is invented: what cannot be
//! read is a warning.

use std::collections::{BTreeSet, HashMap};

use uuid::Uuid;

use super::columns::{Column, Layout};
use super::leads::split_lead;
use super::reading::Row;
use super::{ImportWarning, ImportedPlan, shorten};
use crate::framework::FocusAreaNumber;
use crate::ids::{ActionId, PlanId, SectionId};
use crate::plan::{
    Action, ActionPlan, Evidence, Milestone, PlanScope, Section, Status, StatusChange,
};
use crate::timescale::{parse_loose_date, read_timescale};
use crate::wording::Wording;

/// A cell's text, tidied: line endings unified, trailing spaces and a
/// spreadsheet formula guard removed.
fn clean(cell: &str) -> String {
    let unified = cell.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    let text = lines.join("\n");
    let text = text.trim();
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

/// Characters that make a spreadsheet treat a cell as a formula.
pub(super) const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cells of one action as they are gathered, with the line each part came from.
#[derive(Default)]
struct Draft {
    line: u64,
    reference: Option<String>,
    section: Option<SectionId>,
    commitment: Option<String>,
    what: String,
    measure: Vec<String>,
    milestones: Vec<(u64, String)>,
    lead: Vec<String>,
    lead_people: Vec<String>,
    lead_organisations: Vec<String>,
    area: Vec<(u64, String)>,
    commenced: Vec<(u64, String)>,
    timescale: Vec<(u64, String)>,
    status: Vec<(u64, String)>,
    evidence: Vec<String>,
}

pub(super) struct Builder<'a> {
    ids: &'a mut dyn FnMut() -> Uuid,
    layout: Layout,
    warnings: Vec<ImportWarning>,
    plan: ActionPlan,
    section: Option<SectionId>,
    commitment: Option<String>,
    draft: Option<Draft>,
    /// References seen in each section, to warn about repeats.
    seen: HashMap<(Option<SectionId>, String), u64>,
    /// Columns without a heading that held text, warned about once.
    warned_ignored: BTreeSet<usize>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(
        ids: &'a mut dyn FnMut() -> Uuid,
        layout: Layout,
        warnings: Vec<ImportWarning>,
    ) -> Builder<'a> {
        let plan_id = PlanId::from_uuid(ids());
        Builder {
            ids,
            layout,
            warnings,
            plan: ActionPlan::new(plan_id, "Imported action plan", PlanScope::Borough),
            section: None,
            commitment: None,
            draft: None,
            seen: HashMap::new(),
            warned_ignored: BTreeSet::new(),
        }
    }

    fn warn(&mut self, line: u64, column: Option<Column>, wording: Wording, message: String) {
        let column = column.map(|c| self.layout.name(c));
        self.warnings.push(ImportWarning {
            line,
            column,
            message,
            wording,
        });
    }

    pub(super) fn row(&mut self, row: &Row) {
        if self.is_repeated_header(row) {
            return;
        }
        let layout = &self.layout;
        let get = |c: Column| clean(layout.cell(row, c));
        let section = get(Column::Section);
        let reference = get(Column::Reference);
        let what = get(Column::What);
        let rest_empty = Column::ALL
            .iter()
            .filter(|c| !matches!(c, Column::Section | Column::Reference | Column::What))
            .all(|c| get(*c).is_empty());

        for &i in &self.layout.ignored {
            let has_text = row.cells.get(i).is_some_and(|c| !c.trim().is_empty());
            if has_text && self.warned_ignored.insert(i) {
                let name = self.layout.names.get(i).cloned().unwrap_or_default();
                let (message, wording) = if name.is_empty() {
                    (
                        format!(
                            "column {} has no heading; its cells were not imported",
                            i + 1
                        ),
                        Wording::new("core-import-no-heading").text("number", (i + 1).to_string()),
                    )
                } else {
                    (
                        format!("the cells under \"{name}\" were not imported"),
                        Wording::new("core-import-not-imported").text("heading", name),
                    )
                };
                self.warnings.push(ImportWarning {
                    line: row.line_of(i),
                    column: None,
                    message,
                    wording,
                });
            }
        }

        if !section.is_empty() {
            self.enter_section(&section);
        } else if !self.layout.index.contains_key(&Column::Section)
            && what.is_empty()
            && rest_empty
            && reference.chars().any(char::is_whitespace)
        {
            self.enter_section(&reference);
            return;
        }

        let says_commitment = what
            .get(..CHARTER.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(CHARTER));
        if says_commitment || (reference.ends_with(".0") && rest_empty) {
            if says_commitment && !rest_empty {
                self.warn(
                    row.line,
                    None,
                    Wording::new("core-import-charter-row"),
                    "a \"Charter commitment\" heading row has other cells filled in; \
                     only its heading was imported"
                        .to_owned(),
                );
            }
            self.flush();
            let text = commitment_text(&what);
            self.commitment = (!text.is_empty()).then_some(text);
            return;
        }

        if reference.is_empty() && what.is_empty() {
            if rest_empty {
                return;
            }
            let continues = self
                .draft
                .as_ref()
                .is_some_and(|d| d.section == self.section);
            if continues {
                self.extend(row);
                return;
            }
            self.warn(
                row.line,
                None,
                Wording::new("core-import-no-wording"),
                "this row has no reference and no action text, and there is no action \
                 above it to add it to; it was imported as an action without wording"
                    .to_owned(),
            );
        }

        self.flush();
        if !reference.is_empty() {
            let key = (self.section, reference.clone());
            if let Some(first) = self.seen.get(&key).copied() {
                self.warn(
                    row.line,
                    Some(Column::Reference),
                    Wording::new("core-import-reference-again")
                        .text("reference", reference.as_str())
                        .text("first", first.to_string()),
                    format!(
                        "reference \"{reference}\" is used again in this section (first on line {first})"
                    ),
                );
            } else {
                self.seen.insert(key, row.line);
            }
        }
        self.draft = Some(Draft {
            line: row.line,
            reference: (!reference.is_empty()).then_some(reference),
            section: self.section,
            commitment: self.commitment.clone(),
            what,
            ..Draft::default()
        });
        self.extend(row);
    }

    fn is_repeated_header(&self, row: &Row) -> bool {
        let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
        filled.len() >= 2 && filled.iter().all(|c| Column::from_heading(c).is_some())
    }

    fn enter_section(&mut self, title: &str) {
        let existing = self
            .plan
            .sections
            .iter()
            .find(|s| s.title == title)
            .map(|s| s.id);
        if existing.is_some() && existing == self.section {
            return;
        }
        self.flush();
        self.commitment = None;
        let id = match existing {
            Some(id) => id,
            None => {
                let id = SectionId::from_uuid((self.ids)());
                self.plan.sections.push(Section {
                    id,
                    title: title.to_owned(),
                });
                id
            }
        };
        self.section = Some(id);
    }

    /// Adds a row's cells (other than reference and wording) to the current draft.
    fn extend(&mut self, row: &Row) {
        let layout = &self.layout;
        let get = |c: Column| (layout.line_of(row, c), clean(layout.cell(row, c)));
        let Some(draft) = self.draft.as_mut() else {
            return;
        };
        let (_, measure) = get(Column::Measure);
        if !measure.is_empty() {
            draft.measure.push(measure);
        }
        let (line, milestones) = get(Column::Milestones);
        for (offset, text) in milestones.lines().enumerate() {
            let text = strip_bullet(text);
            if !text.is_empty() {
                draft
                    .milestones
                    .push((line + offset as u64, text.to_owned()));
            }
        }
        let (_, lead) = get(Column::Lead);
        for text in lead.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !draft.lead.iter().any(|l| l == text) {
                draft.lead.push(text.to_owned());
            }
        }
        for (column, slot) in [
            (Column::LeadPerson, &mut draft.lead_people),
            (Column::LeadOrganisation, &mut draft.lead_organisations),
        ] {
            let (_, text) = get(column);
            if !text.is_empty() && !slot.contains(&text) {
                slot.push(text);
            }
        }
        for (column, slot) in [
            (Column::Area, &mut draft.area),
            (Column::Commenced, &mut draft.commenced),
            (Column::Timescale, &mut draft.timescale),
            (Column::Status, &mut draft.status),
        ] {
            let (line, text) = get(column);
            if !text.is_empty() {
                slot.push((line, text));
            }
        }
        let (_, evidence) = get(Column::Evidence);
        for paragraph in paragraphs(&evidence) {
            draft.evidence.push(paragraph);
        }
    }

    fn flush(&mut self) {
        if let Some(draft) = self.draft.take() {
            let action = self.build(draft);
            self.plan.actions.push(action);
        }
    }

    fn build(&mut self, draft: Draft) -> Action {
        let mut action = Action::new(ActionId::from_uuid((self.ids)()), draft.what);
        action.reference = draft.reference;
        action.section = draft.section;
        action.links.charter_commitment = draft.commitment;
        let measure = draft.measure.join("\n");
        action.measure = (!measure.is_empty()).then_some(measure);
        action.milestones = draft
            .milestones
            .into_iter()
            .map(|(_, text)| milestone(&text))
            .collect();
        action.lead = split_lead(&draft.lead.join("\n"));
        for (slot, given) in [
            (&mut action.lead.person, &draft.lead_people),
            (&mut action.lead.organisation, &draft.lead_organisations),
        ] {
            let all: Vec<&str> = slot
                .iter()
                .map(String::as_str)
                .chain(given.iter().map(String::as_str))
                .collect();
            *slot = (!all.is_empty()).then(|| all.join("; "));
        }

        for (line, text) in &draft.area {
            match read_area(text) {
                Some(area) if action.links.focus_area.is_none() => {
                    action.links.focus_area = Some(area);
                }
                Some(_) => {}
                None => self.warn(
                    *line,
                    Some(Column::Area),
                    Wording::new("core-import-no-area").text("text", shorten(text)),
                    format!(
                        "could not read an area of focus number in \"{}\"",
                        shorten(text)
                    ),
                ),
            }
        }

        for (line, text) in &draft.commenced {
            match parse_loose_date(text) {
                Some(read) if action.commenced.is_none() => action.commenced = Some(read.from),
                Some(_) => {}
                None => self.warn(
                    *line,
                    Some(Column::Commenced),
                    Wording::new("core-import-no-date").text("text", shorten(text)),
                    format!("could not read a date in \"{}\"", shorten(text)),
                ),
            }
        }

        let written = draft
            .timescale
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        if !written.is_empty() {
            let reading = read_timescale(&written);
            action.due = reading.due.map(|d| d.date);
            action.review = reading.review.map(|d| d.date);
            if reading.complete {
                action.history.push(StatusChange {
                    on: reading.latest(),
                    status: Status::Complete,
                    note: None,
                });
            }
            if !reading.has_date() && !reading.complete && !crate::audit::is_vague(&written) {
                let line = draft.timescale.first().map_or(draft.line, |(l, _)| *l);
                self.warn(
                    line,
                    Some(Column::Timescale),
                    Wording::new("core-import-no-date").text("text", shorten(&written)),
                    format!("could not read a date in \"{}\"", shorten(&written)),
                );
            }
            action.timescale_as_written = Some(written);
        }

        for (line, text) in &draft.status {
            for rating in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                match read_rating(rating) {
                    Some((status, note)) => {
                        let same = action.history.last().is_some_and(|h| h.status == status);
                        if same && note.is_none() {
                            continue;
                        }
                        action.history.push(StatusChange {
                            on: None,
                            status,
                            note,
                        });
                    }
                    None => self.warn(
                        *line,
                        Some(Column::Status),
                        Wording::new("core-import-not-a-rating").text("text", shorten(rating)),
                        format!(
                            "\"{}\" is not a rating (Red, Amber, Green, Complete or Not started); \
                             it was not imported",
                            shorten(rating)
                        ),
                    ),
                }
            }
        }

        action.evidence = draft.evidence.iter().map(|p| evidence(p)).collect();
        action
    }

    pub(super) fn finish(mut self) -> ImportedPlan {
        self.flush();
        self.warnings.sort_by_key(|w| w.line);
        ImportedPlan {
            plan: self.plan,
            warnings: self.warnings,
        }
    }
}

const CHARTER: &str = "charter commitment";

fn commitment_text(what: &str) -> String {
    let rest = match what.get(..CHARTER.len()) {
        Some(start) if start.eq_ignore_ascii_case(CHARTER) => &what[CHARTER.len()..],
        _ => what,
    };
    rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'))
        .trim()
        .to_owned()
}

/// The area of focus a cell names by number: "2", "2: Creating Communities of
/// Support", "Area of focus 2".
fn read_area(cell: &str) -> Option<FocusAreaNumber> {
    let text = cell.trim();
    let text = match text.get(..13) {
        Some(start) if start.eq_ignore_ascii_case("area of focus") => text[13..].trim_start(),
        _ => text,
    };
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse::<u8>().ok().and_then(FocusAreaNumber::new)
}

fn strip_bullet(line: &str) -> &str {
    let line = line.trim();
    let rest = line.trim_start_matches(['•', '·', '‣', '◦', '▪', '●', '*', '-', '–', '—']);
    if rest.len() != line.len() {
        rest.trim_start()
    } else {
        line
    }
}

pub(super) fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// A milestone line; a trailing "(due 2014-03-31)" written by [`export_actions`]
/// gives its date exactly.
fn milestone(text: &str) -> Milestone {
    if let Some(open) = text.rfind(" (due ")
        && let Some(inner) = text[open + 6..].strip_suffix(')')
        && let Some(due) = crate::calendar::iso_day::parse(inner)
    {
        return Milestone {
            text: text[..open].trim_end().to_owned(),
            due: Some(due),
        };
    }
    Milestone {
        text: text.to_owned(),
        due: parse_loose_date(text).map(|d| d.date),
    }
}

/// An evidence paragraph: "2024-05-01: 42 carers came https://…".
fn evidence(paragraph: &str) -> Evidence {
    let (on, rest) = match paragraph
        .get(..10)
        .and_then(crate::calendar::iso_day::parse)
    {
        Some(day) if paragraph[10..].starts_with(':') => (Some(day), paragraph[11..].trim()),
        _ => (None, paragraph.trim()),
    };
    let link = rest
        .split_whitespace()
        .find(|w| w.starts_with("https://") || w.starts_with("http://"))
        .map(str::to_owned);
    let note = match &link {
        Some(link) => {
            let without = rest.replacen(link.as_str(), "", 1);
            let without = without.trim();
            if without.is_empty() {
                link.clone()
            } else {
                without.to_owned()
            }
        }
        None => rest.to_owned(),
    };
    Evidence { on, note, link }
}

/// Reads "Amber", "G", "Complete", "Not started", "Green – on track".
pub(super) fn read_rating(line: &str) -> Option<(Status, Option<String>)> {
    let line = line.trim();
    let whole = line.trim_matches(|c: char| !c.is_alphanumeric());
    let single = match whole {
        "R" | "r" => Some(Status::Red),
        "A" | "a" => Some(Status::Amber),
        "G" | "g" => Some(Status::Green),
        "C" | "c" => Some(Status::Complete),
        _ => None,
    };
    if let Some(status) = single {
        return Some((status, None));
    }
    // Offsets are taken from the line itself, never from a lowercased copy, whose
    // length can differ.
    let not_started = ["not started", "not-started", "notstarted"]
        .iter()
        .find(|p| {
            line.get(..p.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(p))
        });
    let (status, rest) = if let Some(prefix) = not_started {
        (Status::NotStarted, &line[prefix.len()..])
    } else {
        let word_end = line
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(line.len());
        let status = match line[..word_end].to_lowercase().as_str() {
            "red" => Status::Red,
            "amber" => Status::Amber,
            "green" => Status::Green,
            "complete" | "completed" | "done" | "blue" => Status::Complete,
            _ => return None,
        };
        (status, &line[word_end..])
    };
    let note = rest
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | ','))
        .trim();
    Some((status, (!note.is_empty()).then(|| note.to_owned())))
}
