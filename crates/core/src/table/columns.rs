//! Which heading is which [`Column`], and which row is the header: the part of
//! reading that CSV and spreadsheet rows share before any action is built.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use super::reading::Row;
use super::{HEADER_SEARCH_ROWS, ImportWarning, TableError};
use crate::wording::Wording;

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

/// The header is the row, among the first few, that names the most known columns.
pub(super) fn find_header(rows: &[Row]) -> Result<usize, TableError> {
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
pub(super) struct Layout {
    pub(super) index: HashMap<Column, usize>,
    pub(super) names: Vec<String>,
    /// Cells under no heading or an unknown heading, not imported.
    pub(super) ignored: Vec<usize>,
}

impl Layout {
    pub(super) fn new(header: &Row, warnings: &mut Vec<ImportWarning>) -> Layout {
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
                        wording: Wording::new("core-import-second-column")
                            .text("heading", column.heading()),
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
                            wording: Wording::new("core-import-unknown-column"),
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

    pub(super) fn cell<'r>(&self, row: &'r Row, column: Column) -> &'r str {
        self.index
            .get(&column)
            .and_then(|i| row.cells.get(*i))
            .map_or("", |c| c.as_str())
    }

    pub(super) fn name(&self, column: Column) -> String {
        self.index
            .get(&column)
            .and_then(|i| self.names.get(*i))
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| column.heading().to_owned())
    }

    pub(super) fn line_of(&self, row: &Row, column: Column) -> u64 {
        self.index
            .get(&column)
            .map_or(row.line, |i| row.line_of(*i))
    }
}
