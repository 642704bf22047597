//! Council action plan tables in and out: [`import_actions`] reads a CSV table
//! (like Rotherham's Joint Action Plan for Carers 2013-16) into an [`ActionPlan`]
//! with warnings; [`export_actions`] (in `table/export.rs`) writes a plan as a
//! table that reads back to the same actions. Pure: text in, values out, no files,
//! no clock.
//!
//! # How a table is read
//!
//! - **Columns** are found by their heading, ignoring case, punctuation and spaces,
//!   with synonyms (see [`Column::from_heading`]). "No", "How we will do this",
//!   "Outcome measure", "Key Milestones", a lead ("Lead officer / Organisation", or
//!   "Lead officer" and "Lead organisation" apart) and "Completion / Review Date"
//!   are required; "Area of focus", "Section", "Commenced", "Status (RAG)" and
//!   "Evidence" are optional. The header may sit below a title row; commas,
//!   semicolons or tabs may separate cells; a repeated header row is skipped.
//! - **Sections**: a value in the Section column starts a section (the same
//!   title later returns to it); an empty one keeps the current section. Without a
//!   Section column, a row with only a long text in the reference column is a
//!   section heading. References are unique only within a section.
//! - **Commitment headings**: a row whose text begins "Charter commitment", or
//!   whose reference ends in ".0" with nothing but text in it, is not an action: its
//!   text (without "Charter commitment:") becomes `links.charter_commitment` of the
//!   actions after it in that section. A ".0" row with a measure, lead or date is
//!   an action (Outcome 4 of the 2013-16 plan numbers its first action "1.0").
//! - **Rows without a reference**: with their own action text they are a new
//!   action with no reference; without it they continue the action above, whose
//!   cells they extend (more milestones, another lead, more dates).
//! - **Leads** in one column are split into organisation and person by
//!   [`split_lead`]; "Lead officer" and "Lead organisation" columns are taken as
//!   written.
//! - **Area of focus** is the number the cell starts with ("2: Creating
//!   Communities of Support", "Area of focus 2").
//! - **Milestones**: one per line, bullets removed, each with a date if its text
//!   holds one ([`parse_loose_date`]).
//! - **Completion / Review Date** is kept as written; its dates become `due` and
//!   `review` ([`read_timescale`]); "Complete"/"Completed" adds a Complete rating
//!   dated by the latest date in the cell. No evidence is ever invented.
//! - **Status (RAG)** lines add ratings ("Amber: waiting for guidance");
//!   **Evidence** paragraphs (separated by blank lines) add evidence;
//!   **Commenced** gives the first day of the period written.
//!
//! Anything that stops a faithful import is a [`TableError`] and no plan comes back;
//! anything read with doubt is an [`ImportWarning`].

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::framework::FocusAreaNumber;
use crate::ids::{ActionId, PlanId, SectionId};
use crate::plan::{
    Action, ActionPlan, Evidence, Lead, Milestone, PlanScope, Section, Status, StatusChange,
};
use crate::timescale::{parse_loose_date, read_timescale};

mod export;

pub use export::export_actions;

/// The most bytes a table may have.
pub const MAX_TABLE_BYTES: usize = 20 * 1024 * 1024;
/// The most rows (below the header) a table may have.
pub const MAX_ROWS: usize = 20_000;
/// The most characters one cell may hold.
pub const MAX_CELL_CHARS: usize = 10_000;

/// How many rows from the top are searched for the header row.
const HEADER_SEARCH_ROWS: usize = 20;

/// A column of a council action plan table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Column {
    /// The framework's area of focus: "2: Creating Communities of Support".
    Area,
    /// The strategic outcome or theme the row sits under.
    Section,
    /// The action's number as written: "1.2", "YC7".
    Reference,
    /// "How we will do this".
    What,
    /// "Outcome measure".
    Measure,
    /// "Key Milestones".
    Milestones,
    /// "Lead officer / Organisation": person and organisation in one cell.
    Lead,
    /// "Lead officer": the lead person alone.
    LeadPerson,
    /// "Lead organisation": the lead organisation alone.
    LeadOrganisation,
    /// When the action commenced.
    Commenced,
    /// "Completion / Review Date".
    Timescale,
    /// "Status (RAG)".
    Status,
    /// The evidence for the rating.
    Evidence,
}

impl Column {
    /// Every column a table may have.
    pub const ALL: [Column; 13] = [
        Column::Area,
        Column::Section,
        Column::Reference,
        Column::What,
        Column::Measure,
        Column::Milestones,
        Column::Lead,
        Column::LeadPerson,
        Column::LeadOrganisation,
        Column::Commenced,
        Column::Timescale,
        Column::Status,
        Column::Evidence,
    ];

    /// The heading the council workbook uses.
    pub fn heading(self) -> &'static str {
        match self {
            Column::Area => "Area of focus",
            Column::Section => "Section",
            Column::Reference => "No",
            Column::What => "How we will do this",
            Column::Measure => "Outcome measure",
            Column::Milestones => "Key Milestones",
            Column::Lead => "Lead officer / Organisation",
            Column::LeadPerson => "Lead officer",
            Column::LeadOrganisation => "Lead organisation",
            Column::Commenced => "Commenced",
            Column::Timescale => "Completion / Review Date",
            Column::Status => "Status (RAG)",
            Column::Evidence => "Evidence",
        }
    }

    /// True for the columns every action plan table must have. A table may give
    /// the lead as [`Column::LeadPerson`] and [`Column::LeadOrganisation`] instead
    /// of [`Column::Lead`].
    pub fn is_required(self) -> bool {
        !matches!(
            self,
            Column::Area
                | Column::Section
                | Column::LeadPerson
                | Column::LeadOrganisation
                | Column::Commenced
                | Column::Status
                | Column::Evidence
        )
    }

    /// The column a heading names, ignoring case, punctuation and spaces:
    /// "Lead Officer / Organisation", "LEAD", "Ref." and "Completion/Review date" all
    /// match.
    ///
    /// ```
    /// use cares_core::table::Column;
    /// assert_eq!(Column::from_heading("What we will do"), Some(Column::What));
    /// assert_eq!(Column::from_heading("Outcome"), Some(Column::Section));
    /// assert_eq!(Column::from_heading("Outcome measure"), Some(Column::Measure));
    /// assert_eq!(Column::from_heading("Colour"), None);
    /// ```
    pub fn from_heading(text: &str) -> Option<Column> {
        let key = heading_key(text);
        Column::ALL
            .into_iter()
            .find(|c| c.synonyms().contains(&key.as_str()))
    }

    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Column::Section => &[
                "section",
                "outcome",
                "strategicoutcome",
                "theme",
                "priority",
            ],
            Column::Area => &["areaoffocus", "focusarea", "area"],
            Column::Reference => &[
                "no",
                "ref",
                "reference",
                "number",
                "refno",
                "actionno",
                "actionref",
                "actionnumber",
                "actionreference",
                "id",
            ],
            Column::What => &[
                "howwewilldothis",
                "whatwewilldo",
                "action",
                "actions",
                "task",
                "what",
                "how",
            ],
            Column::Measure => &[
                "outcomemeasure",
                "outcomemeasures",
                "measure",
                "measures",
                "measureofsuccess",
                "measuresofsuccess",
                "successmeasure",
            ],
            Column::Milestones => &["keymilestones", "keymilestone", "milestones", "milestone"],
            Column::Lead => &[
                "leadofficerorganisation",
                "leadofficerororganisation",
                "lead",
                "leads",
                "owner",
                "actionowner",
                "responsible",
            ],
            Column::LeadPerson => &["leadofficer", "leadperson", "officer"],
            Column::LeadOrganisation => &["leadorganisation", "leadorg", "organisation"],
            Column::Commenced => &[
                "commenced",
                "datecommenced",
                "whencommenced",
                "started",
                "startdate",
                "start",
            ],
            Column::Timescale => &[
                "completionreviewdate",
                "completionreview",
                "complete",
                "completion",
                "completiondate",
                "due",
                "duedate",
                "reviewdate",
                "timescale",
                "timescales",
                "deadline",
                "targetdate",
            ],
            Column::Status => &[
                "status",
                "rag",
                "statusrag",
                "ragstatus",
                "ragrating",
                "rating",
            ],
            Column::Evidence => &[
                "evidence",
                "evidenceofprogress",
                "progressevidence",
                "evidenceofcompletion",
            ],
        }
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.heading())
    }
}

fn heading_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A plan read from a table, with what was read with doubt.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPlan {
    /// The plan: titled "Imported action plan" for the borough; set your own title.
    pub plan: ActionPlan,
    /// Things to check, in line order.
    pub warnings: Vec<ImportWarning>,
}

/// Something read with doubt: a date that could not be read, a column not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// The line of the table it is about (from 1).
    pub line: u64,
    /// The column's heading as written in the table, if it is about one cell.
    pub column: Option<String>,
    /// What was found, in plain words.
    pub message: String,
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, \"{}\": {}", self.line, column, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Why a table could not be imported. Nothing is imported when there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The table is bigger than [`MAX_TABLE_BYTES`].
    #[error("the table is {bytes} bytes; the most that can be imported is {limit} bytes")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not UTF-8 text.
    #[error(
        "line {line}: the table is not UTF-8 text (byte {byte} is not valid); \
         save it as \"CSV UTF-8\" and try again"
    )]
    NotUtf8 {
        /// The line of the first bad byte.
        line: u64,
        /// Its offset from the start, counting from 0.
        byte: usize,
    },
    /// There is nothing but blank lines.
    #[error("the table is empty: there is no header row")]
    Empty,
    /// Required columns are missing.
    #[error(
        "missing required columns: {}; the headers found were: {}",
        quoted(.missing),
        found_list(.found)
    )]
    MissingColumns {
        /// The headings of the missing columns, as [`Column::heading`] gives them.
        missing: Vec<String>,
        /// The headings found in the row taken as the header, as written.
        found: Vec<String>,
    },
    /// A row has more or fewer cells than the header.
    #[error("line {line}: the row has {found} cells but the header has {expected}")]
    RaggedRow {
        /// The line the row starts on.
        line: u64,
        /// How many cells it has.
        found: usize,
        /// How many the header has.
        expected: usize,
    },
    /// A cell is longer than [`MAX_CELL_CHARS`].
    #[error(
        "line {line}, column \"{column}\": the cell has {chars} characters; the most allowed is {limit}"
    )]
    CellTooLong {
        /// The line the cell starts on.
        line: u64,
        /// The column's heading, or "column N" where it has none.
        column: String,
        /// How many characters it has.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// More rows than [`MAX_ROWS`].
    #[error("the table has more than {limit} rows; split it into smaller tables")]
    TooManyRows {
        /// The limit.
        limit: usize,
    },
    /// The CSV itself could not be read (for example a stray quote).
    #[error("line {line}: the CSV could not be read: {message}")]
    Csv {
        /// The line where reading stopped.
        line: u64,
        /// What the CSV reader said.
        message: String,
    },
}

/// The headings found, at most twenty of them.
fn found_list(items: &[String]) -> String {
    const SHOWN: usize = 20;
    match items.len() {
        0 => "none".to_owned(),
        n if n > SHOWN => format!("{} and {} more", quoted(&items[..SHOWN]), n - SHOWN),
        _ => quoted(items),
    }
}

/// Headings quoted for a message: control characters shown as '�', long ones cut.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| {
            let shown: String = s
                .chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect();
            format!("\"{}\"", shorten(&shown))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a table given as bytes: checks the size, removes a byte-order mark, and
/// refuses text that is not UTF-8 (saying on which line), then [`import_actions`].
pub fn import_actions_from_bytes(
    bytes: &[u8],
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ImportedPlan, TableError> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(TableError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_TABLE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to();
        let line = 1 + bytes[..byte].iter().filter(|b| **b == b'\n').count() as u64;
        TableError::NotUtf8 { line, byte }
    })?;
    import_actions(text, ids)
}

/// Reads a council action plan table (CSV text) into a plan. The rules are in the
/// [module documentation](self). `ids` mints the plan's, sections' and actions' ids,
/// in that order of appearance.
///
/// ```
/// use cares_core::table::import_actions;
/// use cares_core::plan::Status;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let csv = "\
/// No,How we will do this,Outcome measure,Key Milestones,Lead officer / Organisation,Completion / Review Date
/// 1.0,Charter commitment: we will work with GPs,,,,
/// 1.1,Gain approval of the plan,All partners signed up,End March 2013,RCCG Julie Wisken,Complete
/// ";
/// let mut n = 0;
/// let imported = import_actions(csv, &mut || { n += 1; uuid::Uuid::from_u128(n) })?;
/// let action = &imported.plan.actions[0];
/// assert_eq!(action.reference.as_deref(), Some("1.1"));
/// assert_eq!(action.lead.organisation.as_deref(), Some("RCCG"));
/// assert_eq!(action.lead.person.as_deref(), Some("Julie Wisken"));
/// assert_eq!(action.status(), Status::Complete);
/// assert!(action.evidence.is_empty());
/// assert_eq!(action.links.charter_commitment.as_deref(), Some("we will work with GPs"));
/// # Ok(()) }
/// ```
pub fn import_actions(
    csv_text: &str,
    ids: &mut dyn FnMut() -> Uuid,
) -> Result<ImportedPlan, TableError> {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    if text.len() > MAX_TABLE_BYTES {
        return Err(TableError::TooLarge {
            bytes: text.len(),
            limit: MAX_TABLE_BYTES,
        });
    }
    let rows = read_rows(text)?;
    let mut warnings = Vec::new();
    let header_at = find_header(&rows)?;
    let header = &rows[header_at];
    let layout = Layout::new(header, &mut warnings);
    for above in &rows[..header_at] {
        let words = above
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty());
        let text: Vec<&str> = words.collect();
        if !text.is_empty() {
            warnings.push(ImportWarning {
                line: above.line,
                column: None,
                message: format!(
                    "text above the header row was not imported: \"{}\"",
                    shorten(&text.join(" "))
                ),
            });
        }
    }
    let data = &rows[header_at + 1..];
    if data.len() > MAX_ROWS {
        return Err(TableError::TooManyRows { limit: MAX_ROWS });
    }
    for row in data {
        if row.cells.len() != header.cells.len() {
            return Err(TableError::RaggedRow {
                line: row.line,
                found: row.cells.len(),
                expected: header.cells.len(),
            });
        }
    }

    let mut builder = Builder::new(ids, layout, warnings);
    for row in data {
        builder.row(row);
    }
    Ok(builder.finish())
}

/// One CSV record with the line it starts on.
struct Row {
    line: u64,
    cells: Vec<String>,
}

impl Row {
    /// The line a cell starts on: the record's line plus the line breaks before it.
    fn line_of(&self, index: usize) -> u64 {
        let breaks: usize = self
            .cells
            .iter()
            .take(index)
            .map(|c| c.matches('\n').count())
            .sum();
        self.line + breaks as u64
    }
}

fn sniff_delimiter(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let count = |c: char| first.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn read_rows(text: &str) -> Result<Vec<Row>, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let more = reader.read_record(&mut record).map_err(|e| {
            let line = e
                .position()
                .map(csv::Position::line)
                .unwrap_or_else(|| reader.position().line());
            TableError::Csv {
                line,
                message: csv_message(&e),
            }
        })?;
        if !more {
            break;
        }
        let line = record
            .position()
            .map_or_else(|| reader.position().line(), csv::Position::line);
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // The header is searched for among the first rows, so check the limit here
        // too, before a huge table is held in memory.
        if rows.len() > MAX_ROWS + HEADER_SEARCH_ROWS {
            return Err(TableError::TooManyRows { limit: MAX_ROWS });
        }
        let row = Row { line, cells };
        for (index, cell) in row.cells.iter().enumerate() {
            let chars = cell.chars().count();
            if chars > MAX_CELL_CHARS {
                return Err(TableError::CellTooLong {
                    line: row.line_of(index),
                    column: format!("column {}", index + 1),
                    chars,
                    limit: MAX_CELL_CHARS,
                });
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8".to_owned(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("the row has {len} cells but the header has {expected_len}"),
        _ => {
            let text = error.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

/// The header is the row, among the first few, that names the most known columns.
fn find_header(rows: &[Row]) -> Result<usize, TableError> {
    let Some(first) = rows.first() else {
        return Err(TableError::Empty);
    };
    let recognised = |row: &Row| {
        row.cells
            .iter()
            .filter_map(|c| Column::from_heading(c))
            .collect::<BTreeSet<_>>()
    };
    let mut best: Option<(usize, BTreeSet<Column>)> = None;
    for (index, row) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let found = recognised(row);
        if best.as_ref().is_none_or(|(_, b)| found.len() > b.len()) {
            best = Some((index, found));
        }
    }
    let (index, mut found) = best.unwrap_or((0, BTreeSet::new()));
    let shown = if found.is_empty() {
        first
    } else {
        &rows[index]
    };
    if found.contains(&Column::LeadPerson) || found.contains(&Column::LeadOrganisation) {
        found.insert(Column::Lead);
    }
    let missing: Vec<String> = Column::ALL
        .into_iter()
        .filter(|c| c.is_required() && !found.contains(c))
        .map(|c| c.heading().to_owned())
        .collect();
    if missing.is_empty() {
        Ok(index)
    } else {
        Err(TableError::MissingColumns {
            missing,
            found: shown
                .cells
                .iter()
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .collect(),
        })
    }
}

/// Which cell of a row holds which column.
struct Layout {
    index: HashMap<Column, usize>,
    names: Vec<String>,
    /// Cells under no heading or an unknown heading, not imported.
    ignored: Vec<usize>,
}

impl Layout {
    fn new(header: &Row, warnings: &mut Vec<ImportWarning>) -> Layout {
        let mut index = HashMap::new();
        let mut ignored = Vec::new();
        let names: Vec<String> = header.cells.iter().map(|c| c.trim().to_owned()).collect();
        for (i, name) in names.iter().enumerate() {
            match Column::from_heading(name) {
                Some(column) if index.contains_key(&column) => {
                    ignored.push(i);
                    warnings.push(ImportWarning {
                        line: header.line,
                        column: Some(name.clone()),
                        message: format!(
                            "a second \"{}\" column; only the first was imported",
                            column.heading()
                        ),
                    });
                }
                Some(column) => {
                    index.insert(column, i);
                }
                None => {
                    ignored.push(i);
                    if !name.is_empty() {
                        warnings.push(ImportWarning {
                            line: header.line,
                            column: Some(name.clone()),
                            message: "this column was not recognised and was not imported"
                                .to_owned(),
                        });
                    }
                }
            }
        }
        Layout {
            index,
            names,
            ignored,
        }
    }

    fn cell<'r>(&self, row: &'r Row, column: Column) -> &'r str {
        self.index
            .get(&column)
            .and_then(|i| row.cells.get(*i))
            .map_or("", |c| c.as_str())
    }

    fn name(&self, column: Column) -> String {
        self.index
            .get(&column)
            .and_then(|i| self.names.get(*i))
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| column.heading().to_owned())
    }

    fn line_of(&self, row: &Row, column: Column) -> u64 {
        self.index
            .get(&column)
            .map_or(row.line, |i| row.line_of(*i))
    }
}

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
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

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

struct Builder<'a> {
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
    fn new(
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

    fn warn(&mut self, line: u64, column: Option<Column>, message: String) {
        let column = column.map(|c| self.layout.name(c));
        self.warnings.push(ImportWarning {
            line,
            column,
            message,
        });
    }

    fn row(&mut self, row: &Row) {
        if self.is_repeated_header(row) {
            return;
        }
        let layout = &self.layout;
        let get = |c: Column| clean(layout.cell(row, c));
        let section = get(Column::Section);
        let reference = get(Column::Reference);
        let what = get(Column::What);
        let rest_empty = [
            Column::Area,
            Column::Measure,
            Column::Milestones,
            Column::Lead,
            Column::LeadPerson,
            Column::LeadOrganisation,
            Column::Commenced,
            Column::Timescale,
            Column::Status,
            Column::Evidence,
        ]
        .iter()
        .all(|c| get(*c).is_empty());

        for &i in &self.layout.ignored {
            let has_text = row.cells.get(i).is_some_and(|c| !c.trim().is_empty());
            if has_text && self.warned_ignored.insert(i) {
                let name = self.layout.names.get(i).cloned().unwrap_or_default();
                let message = if name.is_empty() {
                    format!(
                        "column {} has no heading; its cells were not imported",
                        i + 1
                    )
                } else {
                    format!("the cells under \"{name}\" were not imported")
                };
                self.warnings.push(ImportWarning {
                    line: row.line_of(i),
                    column: None,
                    message,
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

    fn finish(mut self) -> ImportedPlan {
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

fn paragraphs(text: &str) -> Vec<String> {
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
        && let Ok(due) = inner.parse::<NaiveDate>()
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
        .and_then(|d| d.parse::<NaiveDate>().ok())
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
fn read_rating(line: &str) -> Option<(Status, Option<String>)> {
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

fn shorten(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 60 {
        let cut: String = flat.chars().take(57).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    }
}

/// Organisations and teams written in Title Case that a lead cell starts with.
/// Matched as whole words, ignoring case; the longest match wins.
const KNOWN_ORGANISATIONS: [&str; 31] = [
    "carers corner",
    "public health",
    "job centre plus",
    "jobcentre plus",
    "barnardos",
    "barnardo's",
    "barnados",
    "carers strategy steering group",
    "carers steering group",
    "steering group",
    "adult services",
    "adult social care",
    "children's services",
    "commissioning and contracting team",
    "assessment and care management service",
    "assessment & care mgt service",
    "gp practice managers",
    "practice managers",
    "safeguarding",
    "service",
    "services",
    "team",
    "group",
    "board",
    "council",
    "trust",
    "partnership",
    "forum",
    "voluntary sector",
    "healthwatch",
    "crossroads",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadPart {
    Organisation,
    Name,
    Joiner,
    Bracket,
}

/// Splits a "Lead officer / Organisation" cell into organisation and person.
///
/// Each line is read on its own. "Person (Organisation)" is read as written.
/// Otherwise acronyms in capitals ("RCCG", "NHSCB", "L&D") and known names ("Carers
/// Corner", "Public Health", "Job Centre Plus", "… Team", "… Service") are the
/// organisation, and words in Title Case between them are people ("RCCG Julie
/// Wisken" is Julie Wisken at RCCG). A line with any other word ("multi-agency task
/// group") is unclear and all of it is the organisation. Several organisations or
/// people are joined with "; ".
///
/// ```
/// use cares_core::table::split_lead;
/// let lead = split_lead("NHSE/ Public Health/RMBC Kathy Wakefield");
/// assert_eq!(lead.organisation.as_deref(), Some("NHSE/ Public Health/RMBC"));
/// assert_eq!(lead.person.as_deref(), Some("Kathy Wakefield"));
/// let lead = split_lead("RMBC/CCG multi-agency task group");
/// assert_eq!(lead.organisation.as_deref(), Some("RMBC/CCG multi-agency task group"));
/// assert_eq!(lead.person, None);
/// ```
pub fn split_lead(cell: &str) -> Lead {
    let mut organisations: Vec<String> = Vec::new();
    let mut people: Vec<String> = Vec::new();
    for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (orgs, persons) = split_lead_line(line);
        organisations.extend(orgs);
        people.extend(persons);
    }
    let join = |parts: Vec<String>| (!parts.is_empty()).then(|| parts.join("; "));
    Lead {
        person: join(people),
        organisation: join(organisations),
    }
}

fn split_lead_line(line: &str) -> (Vec<String>, Vec<String>) {
    // "Julie Wisken (RCCG)", "(Carers Corner)": as `Lead::display` shows a lead.
    if let Some(before) = line.strip_suffix(')')
        && let Some(open) = before.rfind('(')
        && !before[..open].contains(['(', ')'])
        && !before[open + 1..].trim().is_empty()
    {
        let person = before[..open].trim();
        let org = before[open + 1..].trim();
        let people = if person.is_empty() {
            Vec::new()
        } else {
            vec![person.to_owned()]
        };
        return (vec![org.to_owned()], people);
    }

    let pieces = lead_pieces(line);
    let lower: Vec<String> = pieces.iter().map(|(_, _, t)| t.to_lowercase()).collect();
    let mut parts: Vec<(usize, usize, LeadPart)> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let known = KNOWN_ORGANISATIONS
            .iter()
            .filter_map(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                let end = i + words.len();
                let matches = lower
                    .get(i..end)
                    .is_some_and(|w| w.iter().zip(&words).all(|(a, b)| a == b));
                matches.then_some(end)
            })
            .max();
        if let Some(end) = known {
            parts.push((pieces[i].0, pieces[end - 1].1, LeadPart::Organisation));
            i = end;
            continue;
        }
        let (start, finish, text) = &pieces[i];
        let kind = if is_joiner(text) {
            LeadPart::Joiner
        } else if text.starts_with('(') {
            LeadPart::Bracket
        } else if is_acronym(text) {
            LeadPart::Organisation
        } else if is_name_word(text) {
            LeadPart::Name
        } else {
            // Unclear: the whole line is the organisation.
            return (vec![line.to_owned()], Vec::new());
        };
        parts.push((*start, *finish, kind));
        i += 1;
    }

    // Group into runs: organisations with their joiners, names with theirs.
    let mut runs: Vec<(LeadPart, usize, usize)> = Vec::new();
    for (start, end, kind) in parts {
        match (kind, runs.last_mut()) {
            (LeadPart::Joiner | LeadPart::Bracket, Some(run)) => run.2 = end,
            (LeadPart::Joiner | LeadPart::Bracket, None) => {
                runs.push((LeadPart::Organisation, start, end));
            }
            (kind, Some(run)) if run.0 == kind => run.2 = end,
            (kind, _) => runs.push((kind, start, end)),
        }
    }
    let mut orgs = Vec::new();
    let mut people = Vec::new();
    for (kind, start, end) in runs {
        let text = line[start..end]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '/' | ',' | ';' | '&' | '-')
            })
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '/' | ',' | ';' | '&' | '-')
            })
            .to_owned();
        if text.is_empty() {
            continue;
        }
        if kind == LeadPart::Name {
            people.push(text);
        } else {
            orgs.push(text);
        }
    }
    (orgs, people)
}

/// Splits a line into pieces with byte spans: words, and '/', ',' or ';' on their own.
fn lead_pieces(line: &str) -> Vec<(usize, usize, String)> {
    let mut pieces = Vec::new();
    let mut start: Option<usize> = None;
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        let ends_here = match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0 && (c.is_whitespace() || matches!(c, '/' | ',' | ';')),
        };
        if ends_here {
            if let Some(s) = start.take() {
                pieces.push((s, i, line[s..i].to_owned()));
            }
            if !c.is_whitespace() {
                pieces.push((i, i + c.len_utf8(), c.to_string()));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        pieces.push((s, line.len(), line[s..].to_owned()));
    }
    pieces
}

fn is_joiner(text: &str) -> bool {
    matches!(text, "/" | "," | ";" | "&" | "-" | "–" | "and")
}

/// "RCCG", "NHSCB", "L&D", "N.H.S.": two or more capitals and no small letters.
fn is_acronym(text: &str) -> bool {
    let capitals = text.chars().filter(char::is_ascii_uppercase).count();
    capitals >= 2
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.' | '\''))
}

/// "Julie", "O'Brien", "Smith-Jones", or an initial "M" / "M.".
fn is_name_word(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest: String = chars.collect();
    if rest.is_empty() || rest == "." {
        return true;
    }
    rest.chars().any(char::is_lowercase)
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::Framework;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn counter() -> impl FnMut() -> Uuid {
        let mut n = 0u128;
        move || {
            n += 1;
            Uuid::from_u128(n)
        }
    }

    fn import(csv: &str) -> Result<ImportedPlan, TableError> {
        import_actions(csv, &mut counter())
    }

    const HEADER: &str = "No,How we will do this,Outcome measure,Key Milestones,Lead officer / Organisation,Completion / Review Date";

    fn table(rows: &[&str]) -> String {
        let mut text = HEADER.to_owned();
        for row in rows {
            text.push('\n');
            text.push_str(row);
        }
        text.push('\n');
        text
    }

    fn lead(org: Option<&str>, person: Option<&str>) -> Lead {
        Lead {
            organisation: org.map(str::to_owned),
            person: person.map(str::to_owned),
        }
    }

    #[test]
    fn headings_match_ignoring_case_punctuation_and_synonyms() {
        for (heading, column) in [
            ("No", Column::Reference),
            ("No.", Column::Reference),
            ("REF", Column::Reference),
            ("Reference", Column::Reference),
            ("Number", Column::Reference),
            ("How we will do this", Column::What),
            ("What we will do", Column::What),
            ("Action", Column::What),
            ("Outcome measure", Column::Measure),
            ("Measure", Column::Measure),
            ("Key Milestones", Column::Milestones),
            ("Milestone", Column::Milestones),
            ("Lead Officer / Organisation", Column::Lead),
            ("lead", Column::Lead),
            ("Completion / Review Date", Column::Timescale),
            ("Complete", Column::Timescale),
            ("Completion", Column::Timescale),
            ("Due", Column::Timescale),
            ("Strategic outcome", Column::Section),
            ("Theme", Column::Section),
            ("Status (RAG)", Column::Status),
            ("RAG", Column::Status),
            ("Commenced", Column::Commenced),
            ("Evidence", Column::Evidence),
        ] {
            assert_eq!(Column::from_heading(heading), Some(column), "{heading}");
        }
        assert_eq!(Column::from_heading("Colour"), None);
        assert_eq!(Column::from_heading(""), None);
    }

    #[test]
    fn missing_required_columns_are_named_with_the_headers_found() {
        let err = import("No,Action,Lead\n1,Do it,RCCG\n").err();
        let Some(TableError::MissingColumns { missing, found }) = err.clone() else {
            panic!("expected missing columns, got {err:?}");
        };
        assert_eq!(
            missing,
            [
                "Outcome measure",
                "Key Milestones",
                "Completion / Review Date"
            ]
        );
        assert_eq!(found, ["No", "Action", "Lead"]);
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            message,
            "missing required columns: \"Outcome measure\", \"Key Milestones\", \
             \"Completion / Review Date\"; the headers found were: \"No\", \"Action\", \"Lead\""
        );
    }

    #[test]
    fn a_table_of_unknown_columns_lists_its_first_row() {
        let err = import("Name,Colour\nSam,Blue\n").err();
        let Some(TableError::MissingColumns { missing, found }) = err else {
            panic!("expected missing columns");
        };
        assert_eq!(missing.len(), 6);
        assert_eq!(found, ["Name", "Colour"]);
    }

    #[test]
    fn headings_in_messages_are_cleaned_and_capped() {
        let header: Vec<String> = (0..30).map(|i| format!("h{i}")).collect();
        let text = format!("{}\n", header.join(","));
        let message = import(&text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.ends_with("\"h19\" and 10 more"), "{message}");
        let message = import("a\u{0}b,c\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.ends_with("\"a\u{fffd}b\", \"c\""), "{message}");
    }

    #[test]
    fn an_empty_table_is_an_error() {
        assert_eq!(import("").err(), Some(TableError::Empty));
        assert_eq!(import("\n\n  \n").err(), Some(TableError::Empty));
    }

    #[test]
    fn a_ragged_row_gives_its_line() {
        let text = table(&[
            "1.1,Do it,Count,,RCCG,March 2014",
            "1.2,Do more,Count,RCCG,March 2014",
        ]);
        assert_eq!(
            import(&text).err(),
            Some(TableError::RaggedRow {
                line: 3,
                found: 5,
                expected: 6
            })
        );
        let message = import(&text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(message, "line 3: the row has 5 cells but the header has 6");
    }

    #[test]
    fn a_ragged_row_after_a_multi_line_cell_gives_the_line_it_starts_on() {
        let text = table(&[
            "1.1,\"Do it\nand more\nand more\",Count,,RCCG,March 2014",
            "1.2,x",
        ]);
        assert!(matches!(
            import(&text),
            Err(TableError::RaggedRow { line: 5, .. })
        ));
    }

    #[test]
    fn a_cell_over_the_limit_gives_line_and_column() {
        let long = "x".repeat(MAX_CELL_CHARS + 1);
        let text = table(&[
            "1.1,Do it,Count,,RCCG,March 2014",
            &format!("1.2,\"a\nb\",{long},,RCCG,March 2014"),
        ]);
        assert_eq!(
            import(&text).err(),
            Some(TableError::CellTooLong {
                line: 4,
                column: "column 3".to_owned(),
                chars: MAX_CELL_CHARS + 1,
                limit: MAX_CELL_CHARS
            })
        );
        let exactly = "é".repeat(MAX_CELL_CHARS);
        assert!(import(&table(&[&format!("1.1,{exactly},Count,,RCCG,March 2014")])).is_ok());
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut text = table(&[]);
        for i in 0..=MAX_ROWS {
            text.push_str(&format!("{i},Do it,,,,\n"));
        }
        assert_eq!(
            import(&text).err(),
            Some(TableError::TooManyRows { limit: MAX_ROWS })
        );
    }

    #[test]
    fn not_utf8_bytes_are_refused_with_their_line() {
        let mut bytes = table(&["1.1,Do it,Count,,RCCG,March 2014"]).into_bytes();
        bytes.extend_from_slice(b"1.2,Caf\xe9,Count,,RCCG,March 2014\n");
        let err = import_actions_from_bytes(&bytes, &mut counter()).err();
        assert!(
            matches!(err, Some(TableError::NotUtf8 { line: 3, .. })),
            "{err:?}"
        );
        assert!(
            err.map(|e| e.to_string())
                .unwrap_or_default()
                .contains("CSV UTF-8")
        );
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!("\u{feff}{}", table(&["1.1,Do it,Count,,RCCG,March 2014"]));
        let plan = import_actions_from_bytes(text.as_bytes(), &mut counter()).map(|p| p.plan);
        assert_eq!(plan.map(|p| p.actions.len()), Ok(1));
    }

    #[test]
    fn a_stray_quote_is_read_without_panicking() {
        let text = table(&["1.1,\"Do it,Count,,RCCG,March 2014"]);
        let result = import(&text);
        assert!(
            matches!(result, Err(TableError::RaggedRow { line: 2, .. })),
            "{result:?}"
        );
    }

    #[test]
    fn commitment_headings_set_the_commitment_of_the_rows_after_them() {
        let text = table(&[
            "1.0,Charter commitment: we will work with GPs,,,,",
            "1.1,Gain approval,All partners signed up,End March 2013,RCCG Julie Wisken,Complete",
            "1.2,Review information,GPs up to date,,RCCG,May 2013",
            "2.0,We will improve how we identify carers,,,,",
            "2.1,Offer assessments,More carers assessed,,RMBC,March 2014",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        let refs: Vec<_> = plan
            .actions
            .iter()
            .map(|a| a.reference.as_deref())
            .collect();
        assert_eq!(refs, [Some("1.1"), Some("1.2"), Some("2.1")]);
        let commitments: Vec<_> = plan
            .actions
            .iter()
            .map(|a| a.links.charter_commitment.as_deref())
            .collect();
        assert_eq!(
            commitments,
            [
                Some("we will work with GPs"),
                Some("we will work with GPs"),
                Some("We will improve how we identify carers")
            ]
        );
    }

    #[test]
    fn a_point_zero_row_with_a_measure_is_an_action() {
        // Outcome 4 of the 2013-16 plan numbers its first action "1.0".
        let text = table(&[
            "1.0,Charter commitment : We will support carers to identify their personal goals in work,,,,",
            "1.0,Specialist Carers Advisers to work with carers,Numbers of carers referred to JCP,,Job Centre Plus Simon Freeston,On-going",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan.actions.len(), 1);
        assert_eq!(plan.actions[0].reference.as_deref(), Some("1.0"));
        assert_eq!(
            plan.actions[0].links.charter_commitment.as_deref(),
            Some("We will support carers to identify their personal goals in work")
        );
        assert_eq!(
            plan.actions[0].lead,
            lead(Some("Job Centre Plus"), Some("Simon Freeston"))
        );
    }

    #[test]
    fn rows_without_a_reference_continue_or_start_actions() {
        let text = table(&[
            "3.1,Monitor outcomes,Monitored through contracts,In the first 6 months,RMBC Jacqui Clark,End 2013",
            ",,,An additional 208 carers have been referred,RMBC Jacqui Clark,",
            ",,,750 Carers are registered,RMBC Jacqui Clark,",
            ",Involve carers in service specifications,Surveys,As Above,RMBC Jacqui Clark,",
            ",,,Awaiting further reports,VAR,",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan.actions.len(), 2);
        let first = &plan.actions[0];
        let milestones: Vec<_> = first.milestones.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            milestones,
            [
                "In the first 6 months",
                "An additional 208 carers have been referred",
                "750 Carers are registered"
            ]
        );
        assert_eq!(first.lead, lead(Some("RMBC"), Some("Jacqui Clark")));
        let second = &plan.actions[1];
        assert_eq!(second.reference, None);
        assert_eq!(second.what, "Involve carers in service specifications");
        assert_eq!(second.milestones.len(), 2);
        assert_eq!(second.lead, lead(Some("RMBC; VAR"), Some("Jacqui Clark")));
    }

    #[test]
    fn a_continuation_before_any_action_becomes_an_action_with_a_warning() {
        let imported = import(&table(&[",,,A milestone,RMBC,"])).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.plan.actions.len(), 1);
        assert_eq!(imported.plan.actions[0].what, "");
        assert_eq!(imported.warnings.len(), 1);
        assert_eq!(imported.warnings[0].line, 2);
    }

    #[test]
    fn sections_start_where_the_section_column_changes() {
        let text = "Section,No,Action,Measure,Milestones,Lead,Complete\n\
            Outcome 1,1.1,A,,,,\n\
            ,1.2,B,,,,\n\
            Outcome 2,1.1,C,,,,\n\
            Outcome 2,1.2,D,,,,\n\
            Outcome 1,1.3,E,,,,\n";
        let imported = import(text).unwrap_or_else(|e| panic!("{e}"));
        let plan = &imported.plan;
        let titles: Vec<_> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Outcome 1", "Outcome 2"]);
        let placed: Vec<_> = plan
            .actions
            .iter()
            .map(|a| (a.what.as_str(), plan.section_title(a).unwrap_or_default()))
            .collect();
        assert_eq!(
            placed,
            [
                ("A", "Outcome 1"),
                ("B", "Outcome 1"),
                ("C", "Outcome 2"),
                ("D", "Outcome 2"),
                ("E", "Outcome 1")
            ]
        );
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    }

    #[test]
    fn a_repeated_reference_in_one_section_is_warned_about() {
        let text = table(&["1.1,A,,,,", "1.1,B,,,,"]);
        let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.plan.actions.len(), 2);
        assert!(
            imported
                .warnings
                .iter()
                .any(|w| w.line == 3 && w.message.contains("used again"))
        );
    }

    #[test]
    fn without_a_section_column_a_long_first_cell_alone_is_a_section() {
        let text = table(&[
            "Strategic Outcome 1 - All carers will be kept safe,,,,,",
            "1.1,A,,,,",
            "Underpinning actions,,,,,",
            "1.1,B,,,,",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        let titles: Vec<_> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Strategic Outcome 1 - All carers will be kept safe",
                "Underpinning actions"
            ]
        );
        assert_eq!(plan.actions[1].section, Some(plan.sections[1].id));
    }

    #[test]
    fn a_title_above_the_header_and_repeated_headers_are_skipped() {
        let text = format!(
            "Rotherham's Joint Action Plan for Carers 2013-2016,,,,,\n{}\n1.1,A,Count,,RCCG,March 2014\n\
             ,What we will do,Outcome measure,Milestone,Lead Officer / Organisation,Complete\n1.2,B,Count,,RCCG,March 2014\n",
            HEADER
        );
        let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.plan.actions.len(), 2);
        assert_eq!(imported.warnings.len(), 1);
        assert!(
            imported.warnings[0]
                .to_string()
                .starts_with("line 1: text above the header row")
        );
    }

    #[test]
    fn semicolon_and_tab_separated_tables_are_read() {
        let semi = HEADER.replace(',', ";") + "\n1.1;Do it;Count;;RCCG;March 2014\n";
        let tabs = HEADER.replace(',', "\t") + "\n1.1\tDo it, now\tCount\t\tRCCG\tMarch 2014\n";
        for text in [semi, tabs] {
            let plan = import(&text)
                .map(|p| p.plan)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(plan.actions[0].due, Some(day(2014, 3, 31)));
        }
    }

    #[test]
    fn the_completion_cell_gives_due_review_and_a_complete_rating_without_evidence() {
        let text = table(&[
            "1.1,A,Count,,RCCG,Complete",
            "1.2,B,Count,,RCCG,May 2013 Completed for this period.",
            "2.2,C,Count,,RCCG,\"Review end 2013\nComplete\"",
            "2.1,D,Count,,RCCG,\"On-going\nAttended practice managers forum as above.\"",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        let [a, b, c, d] = &plan.actions[..] else {
            panic!("four actions");
        };
        assert_eq!(a.status(), Status::Complete);
        assert_eq!(a.history[0].on, None);
        assert_eq!((a.due, a.review), (None, None));
        assert_eq!(b.due, Some(day(2013, 5, 31)));
        assert_eq!(b.history[0].on, Some(day(2013, 5, 31)));
        assert_eq!(c.review, Some(day(2013, 12, 31)));
        assert_eq!(c.due, None);
        assert_eq!(c.status(), Status::Complete);
        assert_eq!(d.status(), Status::NotStarted);
        assert_eq!(
            d.timescale_as_written.as_deref(),
            Some("On-going\nAttended practice managers forum as above.")
        );
        for action in &plan.actions {
            assert!(action.evidence.is_empty());
            assert_eq!(action.completed, None);
        }
    }

    #[test]
    fn an_unreadable_date_is_a_warning_not_an_error() {
        let text = table(&["2.4,A,Count,,,Further work to be undertaken as part of care act"]);
        let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.warnings.len(), 1);
        assert_eq!(
            imported.warnings[0].to_string(),
            "line 2, \"Completion / Review Date\": could not read a date in \
             \"Further work to be undertaken as part of care act\""
        );
        assert_eq!(imported.plan.actions[0].due, None);
    }

    #[test]
    fn milestones_are_one_per_line_with_their_dates() {
        let text = table(&[
            "1.1,A,Count,\"• Ongoing throughout the plan\n- Quarterly update\n\nMeeting June 2013\",RCCG,March 2014",
        ]);
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        let milestones: Vec<_> = plan.actions[0]
            .milestones
            .iter()
            .map(|m| (m.text.as_str(), m.due))
            .collect();
        assert_eq!(
            milestones,
            [
                ("Ongoing throughout the plan", None),
                ("Quarterly update", None),
                ("Meeting June 2013", Some(day(2013, 6, 30)))
            ]
        );
    }

    #[test]
    fn status_commenced_and_evidence_columns_are_read() {
        // YC7's evidence runs over lines 2 to 4, so YC8 starts on line 5.
        let text = "No,Action,Measure,Milestones,Lead,Commenced,Due,RAG,Evidence\n\
            YC7,Sample young carers,Number sampled,,CYPS Sean Hill,April 2018,December 2018,\"Amber: waiting for data\",\"2018-05-01: Sampling began https://example.org/yc7\n\nSecond note\"\n\
            YC8,Capture data,Number captured,,CYPS,soon,December 2018,Purple,\n";
        let imported = import(text).unwrap_or_else(|e| panic!("{e}"));
        let [yc7, yc8] = &imported.plan.actions[..] else {
            panic!("two actions");
        };
        assert_eq!(yc7.commenced, Some(day(2018, 4, 1)));
        assert_eq!(yc7.status(), Status::Amber);
        assert_eq!(yc7.history[0].note.as_deref(), Some("waiting for data"));
        assert_eq!(yc7.evidence.len(), 2);
        assert_eq!(yc7.evidence[0].on, Some(day(2018, 5, 1)));
        assert_eq!(yc7.evidence[0].note, "Sampling began");
        assert_eq!(
            yc7.evidence[0].link.as_deref(),
            Some("https://example.org/yc7")
        );
        assert_eq!(yc7.evidence[1].note, "Second note");
        assert_eq!(yc8.commenced, None);
        assert_eq!(yc8.status(), Status::NotStarted);
        let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 5, \"Commenced\": could not read a date in \"soon\"",
                "line 5, \"RAG\": \"Purple\" is not a rating (Red, Amber, Green, Complete or \
                 Not started); it was not imported"
            ]
        );
    }

    #[test]
    fn ratings_are_read_from_words_and_letters() {
        assert_eq!(read_rating("G"), Some((Status::Green, None)));
        assert_eq!(read_rating("red"), Some((Status::Red, None)));
        assert_eq!(read_rating("Not started"), Some((Status::NotStarted, None)));
        assert_eq!(
            read_rating("Green – On track"),
            Some((Status::Green, Some("On track".to_owned())))
        );
        assert_eq!(read_rating("A lot done"), None);
        assert_eq!(read_rating("Redundant"), None);
        assert_eq!(
            read_rating("NOT STARTED: waiting"),
            Some((Status::NotStarted, Some("waiting".to_owned())))
        );
        // Letters whose lowercase is longer than themselves must not upset the note.
        assert_eq!(
            read_rating("AMBER İİİ"),
            Some((Status::Amber, Some("İİİ".to_owned())))
        );
        assert_eq!(read_rating("İİİİİİİİİİİİ"), None);
    }

    #[test]
    fn leads_are_split_into_organisation_and_person() {
        for (cell, org, person) in [
            ("RCCG Julie Wisken", Some("RCCG"), Some("Julie Wisken")),
            (
                "RCCG/ NHSCB / HWBB Julie Wisken",
                Some("RCCG/ NHSCB / HWBB"),
                Some("Julie Wisken"),
            ),
            (
                "Public Health Alison Iliff",
                Some("Public Health"),
                Some("Alison Iliff"),
            ),
            (
                "NHSE/ Public Health/RMBC Kathy Wakefield",
                Some("NHSE/ Public Health/RMBC"),
                Some("Kathy Wakefield"),
            ),
            (
                "Carers Corner Richard Waring",
                Some("Carers Corner"),
                Some("Richard Waring"),
            ),
            (
                "Assessment & care mgt Service, RMBC Michaela Cox",
                Some("Assessment & care mgt Service, RMBC"),
                Some("Michaela Cox"),
            ),
            (
                "RMBC Safeguarding Phil Morris (CYP) Sam Newton (Adults)",
                Some("RMBC Safeguarding"),
                Some("Phil Morris (CYP) Sam Newton (Adults)"),
            ),
            ("Carers Steering Group", Some("Carers Steering Group"), None),
            ("M Cox", None, Some("M Cox")),
            (
                "NAS L&D service Claire Tester",
                Some("NAS L&D service"),
                Some("Claire Tester"),
            ),
            ("RMBC NAS", Some("RMBC NAS"), None),
            (
                "RMBC, NAS Darren Rickett",
                Some("RMBC, NAS"),
                Some("Darren Rickett"),
            ),
            (
                "Job Centre Plus Simon Freeston",
                Some("Job Centre Plus"),
                Some("Simon Freeston"),
            ),
            ("Phil Howe", None, Some("Phil Howe")),
            ("VAR", Some("VAR"), None),
            (
                "CYPS Paul Theaker Barnados Lindsey Hallatt",
                Some("CYPS; Barnados"),
                Some("Paul Theaker; Lindsey Hallatt"),
            ),
            (
                "RMBC/CCG multi-agency task group",
                Some("RMBC/CCG multi-agency task group"),
                None,
            ),
            (
                "Carers Strategy Steering Group to evaluate once plans have been published",
                Some("Carers Strategy Steering Group to evaluate once plans have been published"),
                None,
            ),
            (
                "Carers Corner Richard Waring\nGP Practice Managers",
                Some("Carers Corner; GP Practice Managers"),
                Some("Richard Waring"),
            ),
            ("Julie Wisken (RCCG)", Some("RCCG"), Some("Julie Wisken")),
            ("", None, None),
        ] {
            assert_eq!(split_lead(cell), lead(org, person), "{cell}");
        }
    }

    #[test]
    fn strange_lead_cells_never_panic() {
        for cell in [
            "((((", "))))", "/ / /", "é É", "(", "()", "A (B) (C", "X ()",
        ] {
            let _ = split_lead(cell);
        }
    }

    fn sample_plan() -> ActionPlan {
        let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
        let s1 = SectionId::from_u128(10);
        let s2 = SectionId::from_u128(11);
        plan.sections = vec![
            Section {
                id: s1,
                title: "Outcome 1 - Carers are safe".into(),
            },
            Section {
                id: s2,
                title: "Outcome 2, information".into(),
            },
        ];
        let mut a = Action::new(
            ActionId::from_u128(20),
            "Run a drop-in, weekly\n• at the library",
        );
        a.reference = Some("1.1".into());
        a.section = Some(s1);
        a.measure = Some("Number of carers, counted \"monthly\"".into());
        a.milestones = vec![
            Milestone {
                text: "Book the room".into(),
                due: Some(day(2024, 5, 1)),
            },
            Milestone {
                text: "First session June 2024".into(),
                due: Some(day(2024, 6, 30)),
            },
            Milestone {
                text: "Tell GPs".into(),
                due: None,
            },
        ];
        a.lead = lead(Some("Carers Corner"), Some("Sam Smith"));
        a.commenced = Some(day(2024, 4, 1));
        a.due = Some(day(2025, 3, 31));
        a.review = Some(day(2024, 9, 30));
        a.links.charter_commitment = Some("we will meet carers where they are".into());
        a.history = vec![
            StatusChange {
                on: Some(day(2024, 5, 1)),
                status: Status::Red,
                note: None,
            },
            StatusChange {
                on: Some(day(2024, 6, 1)),
                status: Status::Amber,
                note: Some("room booked".into()),
            },
        ];
        a.evidence = vec![
            Evidence {
                on: Some(day(2024, 6, 1)),
                note: "Room booked".into(),
                link: Some("https://example.org/room".into()),
            },
            Evidence {
                on: None,
                note: "12 carers came".into(),
                link: None,
            },
        ];
        let mut b = Action::new(
            ActionId::from_u128(21),
            "=HYPERLINK(\"x\") is not a formula here",
        );
        b.section = Some(s1);
        b.links.charter_commitment = Some("we will meet carers where they are".into());
        b.lead = lead(Some("RMBC/CCG multi-agency task group"), None);
        b.timescale_as_written = Some("On-going".into());
        let mut c = Action::new(ActionId::from_u128(22), "Publish the newsletter");
        c.reference = Some("YC7".into());
        c.section = Some(s2);
        c.lead = lead(None, Some("Jo Hinchliffe"));
        c.timescale_as_written = Some("Review end 2013\nComplete".into());
        c.review = Some(day(2013, 12, 31));
        c.history = vec![StatusChange {
            on: Some(day(2013, 12, 31)),
            status: Status::Complete,
            note: None,
        }];
        let mut d = Action::new(ActionId::from_u128(23), "-5 waiting list");
        d.reference = Some("3.2".into());
        d.section = Some(s2);
        d.links.charter_commitment = Some("We will reduce waiting".into());
        d.lead = lead(
            Some("CYPS; Barnados"),
            Some("Paul Theaker; Lindsey Hallatt"),
        );
        d.due = Some(day(2024, 1, 15));
        d.timescale_as_written = Some("Sept 2013".into());
        plan.actions = vec![a, b, c, d];
        plan
    }

    /// What a table can carry of an action.
    fn essentials(plan: &ActionPlan) -> Vec<String> {
        plan.actions
            .iter()
            .map(|a| {
                format!(
                    "{:?}|{:?}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                    plan.section_title(a),
                    a.reference,
                    a.what,
                    a.measure,
                    a.milestones,
                    a.lead,
                    a.commenced,
                    (a.due, a.review),
                    a.status(),
                    a.history.last().and_then(|h| h.note.clone()),
                    a.evidence
                        .iter()
                        .map(|e| (e.on, &e.note, &e.link))
                        .collect::<Vec<_>>(),
                    a.links.charter_commitment,
                )
            })
            .collect()
    }

    #[test]
    fn export_then_import_keeps_every_essential_field() {
        let plan = sample_plan();
        let table = export_actions(&plan, &Framework::borough_that_cares_2022_25());
        let imported = import(&table).unwrap_or_else(|e| panic!("{e}\n{table}"));
        assert_eq!(essentials(&imported.plan), essentials(&plan), "{table}");
        assert_eq!(
            imported.plan.actions[2].timescale_as_written,
            plan.actions[2].timescale_as_written
        );
        let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
        assert!(messages.is_empty(), "{messages:?}");
    }

    #[test]
    fn export_writes_the_council_columns_and_commitment_headings() {
        let table = export_actions(&sample_plan(), &Framework::borough_that_cares_2022_25());
        let mut lines = table.lines();
        assert_eq!(
            lines.next(),
            Some(
                "Section,No,How we will do this,Outcome measure,Key Milestones,\
                 Lead officer,Lead organisation,Commenced,Completion / Review Date,Status (RAG),Evidence"
            )
        );
        assert_eq!(
            lines.next(),
            Some(
                "Outcome 1 - Carers are safe,1.0,Charter commitment: we will meet carers where they are,,,,,,,,"
            )
        );
        assert!(table.contains("'=HYPERLINK"));
        assert!(table.contains("'-5 waiting list"));
        assert!(table.contains("3.0,Charter commitment: We will reduce waiting"));
        assert!(table.contains("Book the room (due 2024-05-01)"));
        assert!(table.contains("First session June 2024\n"));
        assert!(table.contains("2024-04-01"));
        assert!(table.contains("\"2025-03-31\nReview 2024-09-30\""));
        assert!(table.contains("Amber: room booked"));
        // Written as "2024-01-15" because the old "Sept 2013" no longer says it.
        assert!(table.contains("2024-01-15"));
        assert!(!table.contains("Sept 2013"));
    }

    #[test]
    fn an_empty_plan_exports_only_the_header() {
        let plan = ActionPlan::new(PlanId::from_u128(1), "Empty", PlanScope::Borough);
        let table = export_actions(&plan, &Framework::borough_that_cares_2022_25());
        assert_eq!(table.lines().count(), 1);
        let imported = import(&table).map(|p| p.plan.actions.len());
        assert_eq!(imported, Ok(0));
    }

    #[test]
    fn ids_are_minted_in_order_of_appearance() {
        let text = "Section,No,Action,Measure,Milestones,Lead,Complete\nOutcome 1,1.1,A,,,,\nOutcome 1,1.2,B,,,,\n";
        let plan = import(text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan.id, PlanId::from_u128(1));
        assert_eq!(plan.sections[0].id, SectionId::from_u128(2));
        assert_eq!(plan.actions[0].id, ActionId::from_u128(3));
        assert_eq!(plan.actions[1].id, ActionId::from_u128(4));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn import_never_panics(text in "(?s).{0,400}") {
                let _ = import(&text);
            }

            #[test]
            fn rows_of_arbitrary_cells_never_panic(cells in proptest::collection::vec("[^\"]{0,30}", 6..=6)) {
                let row = cells.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",");
                let _ = import(&table(&[&row]));
            }
        }
    }
}
