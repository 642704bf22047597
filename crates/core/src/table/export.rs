//! A plan written out as a council action plan table, in a form [`import_actions`]
//! reads back to the same actions: one row per action, ordered by area of focus,
//! every date written one way (2026-06-30), the lead's person and organisation in
//! columns of their own, and each cell holding only its own column's facts.
//!
//! [`import_actions`]: super::import_actions

use chrono::NaiveDate;

use super::building::{FORMULA_STARTS, paragraphs};
use super::columns::Column;
use crate::framework::Framework;
use crate::ids::SectionId;
use crate::plan::{Action, ActionPlan, Status, StatusChange};
use crate::timescale::{parse_loose_date, read_timescale};

/// The columns [`export_actions`] writes, in order; Area of focus and Section only
/// when some action has one.
const EXPORTED: [Column; 12] = [
    Column::Area,
    Column::Section,
    Column::Reference,
    Column::What,
    Column::Measure,
    Column::Milestones,
    Column::LeadPerson,
    Column::LeadOrganisation,
    Column::Commenced,
    Column::Timescale,
    Column::Status,
    Column::Evidence,
];

/// Writes a plan as an action plan table that [`import_actions`] reads back to the
/// same actions: sections, areas of focus, references, wording, measures,
/// milestones (with dates), leads, commenced, due and review dates, the current
/// status and evidence.
///
/// - Rows are ordered by area of focus (actions with none last), keeping the plan's
///   order within an area. The "Area of focus" cell is "2: Creating Communities of
///   Support", named from `framework`; only the number is read back.
/// - Dates are written as `2026-06-30`, which spreadsheets read as dates; a
///   timescale written by hand ("End March 2013") is kept as written while it
///   still says the same dates.
/// - "Lead officer" and "Lead organisation" are separate columns, so a lead with
///   only an organisation comes back as an organisation.
/// - "Status (RAG)" holds the current rating; its note only when the evidence does
///   not already say it. "Completion / Review Date" holds dates, never the status.
/// - A "Charter commitment" heading row is written wherever the commitment changes.
///
/// What a table cannot carry stays only in the document: ids, the lettered
/// commitment and theme links, co-production origins, earlier ratings. An action
/// without a section after one with a section is read into that section. Cells a
/// spreadsheet would run as a formula are written with a leading `'`, which
/// [`import_actions`] removes.
///
/// ```
/// use cares_core::framework::{FocusAreaNumber, Framework};
/// use cares_core::table::{export_actions, import_actions};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let csv = "No,Action,Measure,Milestones,Lead,Due\n1,Open a carers café,Number of carers coming,,Carers Corner Sam Smith,March 2025\n";
/// let mut n = 0;
/// let mut plan = import_actions(csv, &mut || { n += 1; uuid::Uuid::from_u128(n) })?.plan;
/// plan.actions[0].links.focus_area = Some(FocusAreaNumber::TWO);
/// let table = export_actions(&plan, &Framework::borough_that_cares_2022_25());
/// assert!(table.starts_with("Area of focus,No,How we will do this,Outcome measure,"));
/// let back = import_actions(&table, &mut || { n += 1; uuid::Uuid::from_u128(n) })?.plan;
/// assert_eq!(back.actions[0].lead, plan.actions[0].lead);
/// assert_eq!(back.actions[0].due, plan.actions[0].due);
/// assert_eq!(back.actions[0].links.focus_area, Some(FocusAreaNumber::TWO));
/// # Ok(()) }
/// ```
///
/// [`import_actions`]: super::import_actions
pub fn export_actions(plan: &ActionPlan, framework: &Framework) -> String {
    let table = export_rows(plan, framework);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail, so a failed write has nothing to report.
    let _ = writer.write_record(table.columns.iter().map(|c| c.heading()));
    for row in &table.rows {
        let _ = writer.write_record(row.cells.iter().map(|c| guard(c)));
    }
    let bytes = writer
        .into_inner()
        .unwrap_or_else(|e| e.into_inner().get_ref().clone());
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A plan as a table of cells, before it is written in any file format: the
/// columns (whose headings are the header row) and the rows below them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportedTable {
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// The rows below the header, in order.
    pub rows: Vec<ExportedRow>,
}

/// One row of an [`ExportedTable`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportedRow {
    /// One cell per column, as text. Cells that a spreadsheet would run as a
    /// formula are not guarded here; a CSV writer guards them, a spreadsheet
    /// writer writes them as text.
    pub cells: Vec<String>,
    /// The action's current rating; `None` for a "Charter commitment" heading row.
    pub status: Option<Status>,
}

/// The table [`export_actions`] writes, as rows of cells with each action's
/// rating beside its row, for writers of other formats (a spreadsheet colours
/// the "Status (RAG)" cell by it). Same columns, rows and cells as the CSV.
pub fn export_rows(plan: &ActionPlan, framework: &Framework) -> ExportedTable {
    let mut actions: Vec<&Action> = plan.actions.iter().collect();
    // A stable sort: the plan's order is kept within an area.
    actions.sort_by_key(|a| a.links.focus_area.map_or(u16::MAX, |n| u16::from(n.get())));
    let has_area = actions.iter().any(|a| a.links.focus_area.is_some());
    let has_section = actions.iter().any(|a| plan.section_title(a).is_some());
    let columns: Vec<Column> = EXPORTED
        .into_iter()
        .filter(|c| match c {
            Column::Area => has_area,
            Column::Section => has_section,
            _ => true,
        })
        .collect();

    let mut rows = Vec::new();
    let mut section: Option<SectionId> = None;
    let mut commitment: Option<&str> = None;
    for action in actions {
        let title = plan.section_title(action).unwrap_or_default();
        if action.section != section {
            section = action.section;
            commitment = None;
        }
        let wanted = action.links.charter_commitment.as_deref();
        if wanted.is_some() && wanted != commitment {
            commitment = wanted;
            let cells = columns.iter().map(|column| match column {
                Column::Section => title.to_owned(),
                Column::Reference => heading_reference(action.reference.as_deref()),
                Column::What => format!("Charter commitment: {}", wanted.unwrap_or_default()),
                _ => String::new(),
            });
            rows.push(ExportedRow {
                cells: cells.collect(),
                status: None,
            });
        }
        let cells = columns
            .iter()
            .map(|column| cell(*column, action, title, framework));
        rows.push(ExportedRow {
            cells: cells.collect(),
            status: Some(action.status()),
        });
    }
    ExportedTable { columns, rows }
}

/// One cell of an action's row.
fn cell(column: Column, action: &Action, section: &str, framework: &Framework) -> String {
    let text = |t: &Option<String>| t.as_deref().map(str::trim).unwrap_or_default().to_owned();
    match column {
        Column::Area => {
            action
                .links
                .focus_area
                .map_or_else(String::new, |n| match framework.focus_area(n) {
                    Some(area) => format!("{n}: {}", area.name),
                    None => n.to_string(),
                })
        }
        Column::Section => section.to_owned(),
        Column::Reference => text(&action.reference),
        Column::What => action.what.clone(),
        Column::Measure => text(&action.measure),
        Column::Milestones => milestones_cell(action),
        Column::LeadPerson => text(&action.lead.person),
        Column::LeadOrganisation => text(&action.lead.organisation),
        Column::Commenced => action.commenced.map(day).unwrap_or_default(),
        Column::Timescale => timescale_cell(action),
        Column::Status => status_cell(action),
        Column::Evidence => evidence_cell(action),
        // Not written: the combined lead is split into its two columns.
        Column::Lead => String::new(),
    }
}

/// The one way a table writes a day: "2026-06-30".
fn day(date: NaiveDate) -> String {
    date.to_string()
}

/// "3.1" has its commitment heading numbered "3.0".
fn heading_reference(reference: Option<&str>) -> String {
    match reference.and_then(|r| r.split_once('.')) {
        Some((major, _)) if !major.is_empty() && major.chars().all(|c| c.is_ascii_digit()) => {
            format!("{major}.0")
        }
        _ => String::new(),
    }
}

/// A cell that a spreadsheet would run as a formula, written as text instead.
pub(crate) fn guard(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn milestones_cell(action: &Action) -> String {
    action
        .milestones
        .iter()
        .map(|m| {
            let text = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let read = parse_loose_date(&text).map(|d| d.date);
            match m.due {
                Some(due) if read != Some(due) => format!("{text} (due {})", day(due)),
                _ => text,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The due and review dates; the timescale as written if it still says them. The
/// status has its own column, so a written "Complete" is kept only when the action
/// is complete.
fn timescale_cell(action: &Action) -> String {
    let complete = action.status() == Status::Complete;
    if let Some(written) = action.timescale_as_written.as_deref() {
        let reading = read_timescale(written);
        if reading.due.map(|d| d.date) == action.due
            && reading.review.map(|d| d.date) == action.review
            && (!reading.complete || complete)
        {
            return written.to_owned();
        }
    }
    let mut lines = Vec::new();
    if let Some(due) = action.due {
        lines.push(day(due));
    }
    if let Some(review) = action.review {
        lines.push(format!("Review {}", day(review)));
    }
    lines.join("\n")
}

/// The current rating, with its note unless the evidence already says it (the web
/// app keeps a rating's words as evidence too).
fn status_cell(action: &Action) -> String {
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    match action.history.last() {
        None => String::new(),
        Some(StatusChange {
            status,
            note: Some(note),
            ..
        }) if !flat(note).is_empty()
            && !action.evidence.iter().any(|e| flat(&e.note) == flat(note)) =>
        {
            format!("{}: {}", status.label(), flat(note))
        }
        Some(change) => change.status.label().to_owned(),
    }
}

fn evidence_cell(action: &Action) -> String {
    action
        .evidence
        .iter()
        .map(|e| {
            let mut text = String::new();
            if let Some(on) = e.on {
                text.push_str(&format!("{}: ", day(on)));
            }
            // Blank lines separate entries, so none may sit inside one.
            let note = paragraphs(&e.note).join("\n");
            text.push_str(&note);
            if let Some(link) = &e.link
                && !note.contains(link.as_str())
            {
                text.push(' ');
                text.push_str(link);
            }
            text
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use uuid::Uuid;

    use super::*;
    use crate::framework::FocusAreaNumber;
    use crate::ids::{ActionId, PlanId};
    use crate::plan::{Evidence, Lead, PlanScope, Section};
    use crate::table::import_actions;

    fn import(table: &str) -> ActionPlan {
        let mut n = 1_000u128;
        let mut ids = || {
            n += 1;
            Uuid::from_u128(n)
        };
        import_actions(table, &mut ids)
            .map(|i| i.plan)
            .unwrap_or_else(|e| panic!("{e}\n{table}"))
    }

    fn framework() -> Framework {
        Framework::borough_that_cares_2022_25()
    }

    /// A plan as the web app makes it: areas, no sections, a rating whose words
    /// are also evidence.
    fn web_plan() -> ActionPlan {
        let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
        let mut cafe = Action::new(ActionId::from_u128(2), "Open a carers café");
        cafe.links.focus_area = Some(FocusAreaNumber::TWO);
        cafe.lead = Lead {
            person: None,
            organisation: Some("Maltby Carers Group".into()),
        };
        cafe.due = NaiveDate::from_ymd_opt(2027, 11, 27);
        cafe.history.push(StatusChange {
            on: NaiveDate::from_ymd_opt(2026, 12, 3),
            status: Status::Complete,
            note: None,
        });
        let mut gp = Action::new(ActionId::from_u128(3), "Ask GPs to name a carers lead");
        gp.links.focus_area = Some(FocusAreaNumber::ONE);
        gp.due = NaiveDate::from_ymd_opt(2026, 6, 30);
        gp.history.push(StatusChange {
            on: NaiveDate::from_ymd_opt(2026, 12, 3),
            status: Status::Amber,
            note: Some("Two practices of five so far".into()),
        });
        gp.evidence.push(Evidence {
            on: NaiveDate::from_ymd_opt(2026, 12, 3),
            note: "Two practices of five so far".into(),
            link: None,
        });
        plan.actions = vec![cafe, gp];
        plan
    }

    #[test]
    fn a_web_plan_is_written_by_area_with_each_fact_in_its_own_cell() {
        let table = export_actions(&web_plan(), &framework());
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines.first().copied(),
            Some(
                "Area of focus,No,How we will do this,Outcome measure,Key Milestones,\
                 Lead officer,Lead organisation,Commenced,Completion / Review Date,Status (RAG),Evidence"
            ),
            "no empty Section column when no action has a section"
        );
        assert_eq!(
            lines.get(1).copied(),
            Some(
                "1: Carer Cornerstones,,Ask GPs to name a carers lead,,,,,,2026-06-30,Amber,\
                 2026-12-03: Two practices of five so far"
            )
        );
        assert_eq!(
            lines.get(2).copied(),
            Some(
                "2: Creating Communities of Support,,Open a carers café,,,,Maltby Carers Group,,\
                 2027-11-27,Complete,"
            )
        );
        assert!(!table.contains("(Maltby"), "{table}");
    }

    #[test]
    fn a_web_plan_reads_back_to_the_same_actions() {
        let plan = web_plan();
        let back = import(&export_actions(&plan, &framework()));
        let gp = &back.actions[0];
        assert_eq!(gp.what, "Ask GPs to name a carers lead");
        assert_eq!(gp.links.focus_area, Some(FocusAreaNumber::ONE));
        assert_eq!(gp.status(), Status::Amber);
        let cafe = &back.actions[1];
        assert_eq!(cafe.lead, plan.actions[0].lead);
        assert_eq!(cafe.due, plan.actions[0].due);
        assert_eq!(cafe.status(), Status::Complete);
    }

    /// What the round trip must keep of each action.
    fn kept(plan: &ActionPlan) -> Vec<String> {
        let mut rows: Vec<String> = plan
            .actions
            .iter()
            .map(|a| {
                format!(
                    "{:?}|{:?}|{:?}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                    plan.section_title(a),
                    a.links.focus_area,
                    a.reference,
                    a.what,
                    a.measure,
                    a.lead,
                    a.commenced,
                    a.due,
                    a.review,
                    a.status(),
                    a.milestones,
                )
            })
            .collect();
        rows.sort();
        rows
    }

    fn text() -> impl Strategy<Value = String> {
        "[A-Z][a-z]{2,8}( [a-z&'-]{1,8}){1,4}"
    }

    fn date() -> impl Strategy<Value = Option<NaiveDate>> {
        proptest::option::of(
            (2000i32..2040, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()),
        )
    }

    prop_compose! {
        fn action(sections: usize)(
            what in text(),
            reference in proptest::option::of("[1-9]\\.[1-9]|[A-Z]{2}[1-9]"),
            section in 0..sections.max(1),
            area in proptest::option::of(1u8..=3),
            measure in proptest::option::of(text()),
            person in proptest::option::of("[A-Z][a-z]{1,8}( [A-Z][a-z'-]{1,8})?"),
            organisation in proptest::option::of("[A-Z][A-Za-z]{1,8}( [A-Za-z&/()]{1,8}){0,3}"),
            commenced in date(),
            due in date(),
            review in date(),
            status in proptest::option::of(proptest::sample::select(Status::ALL.to_vec())),
            note in proptest::option::of(text()),
        ) -> (usize, Action) {
            let mut action = Action::new(ActionId::from_u128(0), what);
            action.reference = reference;
            action.links.focus_area = area.and_then(FocusAreaNumber::new);
            action.measure = measure;
            action.lead = Lead { person, organisation };
            action.commenced = commenced;
            action.due = due;
            action.review = review;
            if let Some(status) = status {
                action.history.push(StatusChange { on: due, status, note });
            }
            (section, action)
        }
    }

    prop_compose! {
        fn any_plan()(sections in 0usize..3)(
            actions in proptest::collection::vec(action(sections), 0..12),
            titles in proptest::collection::vec("Outcome [1-9] - [A-Z][a-z]{3,8}", sections..=sections),
        ) -> ActionPlan {
            let mut plan = ActionPlan::new(PlanId::from_u128(1), "Any", PlanScope::Borough);
            let mut titles = titles;
            titles.dedup();
            plan.sections = titles
                .iter()
                .enumerate()
                .map(|(i, title)| Section {
                    id: crate::ids::SectionId::from_u128(100 + i as u128),
                    title: title.clone(),
                })
                .collect();
            for (i, (section, mut action)) in actions.into_iter().enumerate() {
                action.id = ActionId::from_u128(200 + i as u128);
                action.section = plan.sections.get(section).map(|s| s.id);
                plan.actions.push(action);
            }
            plan
        }
    }

    proptest! {
        #[test]
        fn export_then_import_gives_back_the_same_actions(plan in any_plan()) {
            let table = export_actions(&plan, &framework());
            let back = import(&table);
            prop_assert_eq!(kept(&back), kept(&plan), "{}", table);
        }
    }
}
