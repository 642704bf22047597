//! Partners' quarterly counts, sent as a CSV with the columns marker, locality, quarter
//! and count — counts only, never people. [`read_counts`] checks every line and fails
//! on the first bad one, naming the line; [`apply_counts`] puts the counts into a
//! progress record and says what changed. A file with any bad line changes nothing.
//!
//! ```
//! use cares_core::measures::ProgressRecord;
//! use cares_core::report::{apply_counts, read_counts};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let counts = read_counts("marker,locality,quarter,count\nmeeting-places,Maltby,2024-Q1,4\n")?;
//! let (record, changes) = apply_counts(&ProgressRecord::default(), &counts);
//! assert_eq!(record.observations.len(), 1);
//! assert_eq!(changes[0].describe(), "Meeting places for carers, Maltby, 2024-25 Q1: 4 (new)");
//! assert!(read_counts("marker,locality,quarter,count\nmeeting-places,Maltby,2024-Q1,-4\n")
//!     .is_err_and(|e| e.to_string().starts_with("line 2: ")));
//! # Ok(()) }
//! ```

use serde::Serialize;

use crate::measures::{Observation, ProgressMarker, ProgressRecord};
use crate::network::Quarter;
use crate::wording::Wording;

/// The most bytes a counts file may have.
pub const MAX_COUNTS_BYTES: usize = 2 * 1024 * 1024;

/// The columns a counts file must have, in any order.
pub const COUNTS_COLUMNS: [&str; 4] = ["marker", "locality", "quarter", "count"];

/// One line of a counts file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuarterlyCount {
    /// The file's line number (the header is line 1).
    pub line: u64,
    /// The progress marker counted.
    pub marker: ProgressMarker,
    /// The locality, or `None` for a count for the whole borough (an empty cell).
    pub locality: Option<String>,
    /// The financial quarter.
    pub quarter: Quarter,
    /// The count.
    pub count: u64,
}

/// Why a counts file was refused. Each says where: the line, and the column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CountsError {
    /// The file is larger than [`MAX_COUNTS_BYTES`].
    #[error("the file is {bytes} bytes; a counts file may be at most {MAX_COUNTS_BYTES} bytes")]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The file has no lines of counts.
    #[error(
        "the file has no counts: it needs a header line (marker, locality, quarter, count) and a line per count"
    )]
    Empty,
    /// The header lacks a column.
    #[error(
        "line 1: there is no \"{column}\" column; the header needs marker, locality, quarter and count"
    )]
    MissingColumn {
        /// The column missing.
        column: &'static str,
    },
    /// The CSV itself could not be read (an unclosed quote, bytes that are not UTF-8).
    #[error("line {line}: {problem}")]
    Unreadable {
        /// Where.
        line: u64,
        /// What the reader said.
        problem: String,
    },
    /// The marker is not one of the framework's.
    #[error(
        "line {line}: \"{text}\" is not a progress marker; use a name such as \"meeting-places\" or \"Meeting places for carers\""
    )]
    UnknownMarker {
        /// Where.
        line: u64,
        /// What was written.
        text: String,
    },
    /// The quarter could not be read.
    #[error(
        "line {line}: \"{text}\" is not a quarter; write it like \"2024-Q1\" or \"2024-25 Q1\" (Q1 is April to June)"
    )]
    UnknownQuarter {
        /// Where.
        line: u64,
        /// What was written.
        text: String,
    },
    /// The count is below zero.
    #[error("line {line}: the count {text} is below zero; counts are 0 or more")]
    NegativeCount {
        /// Where.
        line: u64,
        /// What was written.
        text: String,
    },
    /// The count is not a whole number.
    #[error("line {line}: \"{text}\" is not a count; write a whole number such as 12")]
    NotACount {
        /// Where.
        line: u64,
        /// What was written.
        text: String,
    },
    /// Two lines count the same marker, locality and quarter.
    #[error("line {line} counts the same marker, locality and quarter as line {first}; keep one")]
    Repeated {
        /// Where.
        line: u64,
        /// The line it repeats.
        first: u64,
    },
}

impl CountsError {
    /// The same message as a catalogue id and arguments (`core-counts-not-a-count`
    /// with `line` and `text`), for a front end to say in the reader's language; its
    /// British English is this error's `Display`. Line numbers and sizes are given as
    /// written; what the file says is quoted as it is.
    pub fn wording(&self) -> Wording {
        let at = |id: &str, line: u64| Wording::new(id).text("line", line.to_string());
        match self {
            CountsError::TooLarge { bytes } => Wording::new("core-counts-too-large")
                .text("bytes", bytes.to_string())
                .text("max", MAX_COUNTS_BYTES.to_string()),
            CountsError::Empty => Wording::new("core-counts-empty"),
            CountsError::MissingColumn { column } => {
                Wording::new("core-counts-missing-column").text("column", *column)
            }
            CountsError::Unreadable { line, problem } => {
                at("core-counts-unreadable", *line).text("problem", problem.as_str())
            }
            CountsError::UnknownMarker { line, text } => {
                at("core-counts-unknown-marker", *line).text("text", text.as_str())
            }
            CountsError::UnknownQuarter { line, text } => {
                at("core-counts-unknown-quarter", *line).text("text", text.as_str())
            }
            CountsError::NegativeCount { line, text } => {
                at("core-counts-negative", *line).text("text", text.as_str())
            }
            CountsError::NotACount { line, text } => {
                at("core-counts-not-a-count", *line).text("text", text.as_str())
            }
            CountsError::Repeated { line, first } => {
                at("core-counts-repeated", *line).text("first", first.to_string())
            }
        }
    }
}

/// The line a record starting at a byte offset is on, counting every line: the CSV
/// reader neither counts the blank lines it skips nor puts a record's start past them.
fn line_at(text: &str, byte: u64) -> u64 {
    let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
    while matches!(text.as_bytes().get(end), Some(b'\n' | b'\r')) {
        end += 1;
    }
    let newlines = text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count();
    u64::try_from(newlines)
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

fn marker_from(text: &str) -> Option<ProgressMarker> {
    let wanted = text.trim().to_lowercase();
    ProgressMarker::ALL
        .into_iter()
        .find(|m| m.key() == wanted || m.label().to_lowercase() == wanted)
}

/// Reads a counts file, checking every line. All or nothing: the first bad line is
/// the error.
pub fn read_counts(text: &str) -> Result<Vec<QuarterlyCount>, CountsError> {
    if text.len() > MAX_COUNTS_BYTES {
        return Err(CountsError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| CountsError::Unreadable {
        line: 1,
        problem: e.to_string(),
    })?;
    let mut at = [0usize; 4];
    for (slot, column) in at.iter_mut().zip(COUNTS_COLUMNS) {
        *slot = header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(column))
            .ok_or(CountsError::MissingColumn { column })?;
    }
    let mut counts: Vec<QuarterlyCount> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| CountsError::Unreadable {
            line: line_at(text, e.position().map_or(0, |p| p.byte())),
            problem: e.to_string(),
        })?;
        let line = line_at(text, record.position().map_or(0, |p| p.byte()));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |i: usize| record.get(at[i]).unwrap_or("");
        let marker = marker_from(cell(0)).ok_or_else(|| CountsError::UnknownMarker {
            line,
            text: cell(0).to_owned(),
        })?;
        let locality = Some(cell(1).to_owned()).filter(|l| !l.is_empty());
        let quarter: Quarter = cell(2).parse().map_err(|_| CountsError::UnknownQuarter {
            line,
            text: cell(2).to_owned(),
        })?;
        let written = cell(3);
        let count = match written.parse::<u64>() {
            Ok(n) => n,
            Err(_) if written.parse::<i64>().is_ok_and(|n| n < 0) => {
                return Err(CountsError::NegativeCount {
                    line,
                    text: written.to_owned(),
                });
            }
            Err(_) => {
                return Err(CountsError::NotACount {
                    line,
                    text: written.to_owned(),
                });
            }
        };
        let place = locality.as_deref().map(str::to_lowercase);
        if let Some(first) = counts.iter().find(|c| {
            c.marker == marker
                && c.quarter == quarter
                && c.locality.as_deref().map(str::to_lowercase) == place
        }) {
            return Err(CountsError::Repeated {
                line,
                first: first.line,
            });
        }
        counts.push(QuarterlyCount {
            line,
            marker,
            locality,
            quarter,
            count,
        });
    }
    if counts.is_empty() {
        return Err(CountsError::Empty);
    }
    Ok(counts)
}

/// One count put into the record: what it was before, what it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountChange {
    /// The marker.
    pub marker: ProgressMarker,
    /// The locality, or `None` for the whole borough.
    pub locality: Option<String>,
    /// The quarter.
    pub quarter: Quarter,
    /// The count before, if there was one.
    pub before: Option<u64>,
    /// The count now.
    pub after: u64,
}

impl CountChange {
    /// "Meeting places for carers, Maltby, 2024-25 Q1: 4 (was 3)", "…: 4 (new)".
    pub fn describe(&self) -> String {
        let place = self
            .locality
            .as_deref()
            .unwrap_or(super::series::BOROUGH_WIDE);
        let was = match self.before {
            None => "new".to_owned(),
            Some(n) if n == self.after => "unchanged".to_owned(),
            Some(n) => format!("was {n}"),
        };
        format!(
            "{}, {place}, {}: {} ({was})",
            self.marker.label(),
            self.quarter,
            self.after
        )
    }
}

/// The record with the counts put in (a count replaces the one for the same marker,
/// locality and quarter), and what changed, in the file's order.
pub fn apply_counts(
    record: &ProgressRecord,
    counts: &[QuarterlyCount],
) -> (ProgressRecord, Vec<CountChange>) {
    let mut updated = record.clone();
    let mut changes = Vec::with_capacity(counts.len());
    for count in counts {
        let place = count.locality.as_deref().map(str::to_lowercase);
        let before = record
            .observations
            .iter()
            .rev()
            .find(|o| {
                o.marker == count.marker
                    && o.quarter == count.quarter
                    && o.locality.as_deref().map(|l| l.trim().to_lowercase()) == place
            })
            .map(|o| o.value);
        updated.record(Observation {
            marker: count.marker,
            locality: count.locality.clone(),
            quarter: count.quarter,
            value: count.count,
            note: None,
        });
        changes.push(CountChange {
            marker: count.marker,
            locality: count.locality.clone(),
            quarter: count.quarter,
            before,
            after: count.count,
        });
    }
    (updated, changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::WordingArg;

    const HEADER: &str = "marker,locality,quarter,count\n";

    fn read(lines: &str) -> Result<Vec<QuarterlyCount>, CountsError> {
        read_counts(&format!("{HEADER}{lines}"))
    }

    #[test]
    fn a_good_file_reads_every_line_with_its_number() -> Result<(), CountsError> {
        let counts = read(
            "meeting-places,Maltby,2024-Q1,4\nNewsletter reach,,2024-25 Q2,120\n\nmeeting-places,Wath,2024-Q1,0\n",
        )?;
        assert_eq!(counts.len(), 3);
        assert_eq!(counts[0].line, 2);
        assert_eq!(counts[1].marker, ProgressMarker::NewsletterReach);
        assert_eq!(counts[1].locality, None);
        assert_eq!(counts[2].line, 5);
        Ok(())
    }

    #[test]
    fn columns_may_come_in_any_order_and_any_case() {
        let counts = read_counts("Count,Quarter,Marker,Locality\n3,2024-Q1,meeting-places,Aston\n");
        assert!(counts.is_ok_and(|c| c[0].count == 3));
    }

    #[test]
    fn a_wrong_marker_a_negative_count_and_an_unknown_quarter_name_their_line() {
        let wrong = read("meeting-places,Maltby,2024-Q1,4\ncarer-happiness,Maltby,2024-Q1,4\n");
        assert_eq!(
            wrong.map_err(|e| e.to_string()),
            Err("line 3: \"carer-happiness\" is not a progress marker; use a name such as \"meeting-places\" or \"Meeting places for carers\"".to_owned())
        );
        let negative = read("meeting-places,Maltby,2024-Q1,-2\n");
        assert!(matches!(
            negative,
            Err(CountsError::NegativeCount { line: 2, .. })
        ));
        let quarter = read("meeting-places,Maltby,2024-Q5,2\n");
        assert!(matches!(
            quarter,
            Err(CountsError::UnknownQuarter { line: 2, .. })
        ));
        let spring = read("meeting-places,Maltby,spring,2\n");
        assert!(spring.is_err_and(|e| e.to_string().contains("Q1 is April to June")));
        let words = read("meeting-places,Maltby,2024-Q1,lots\n");
        assert!(matches!(words, Err(CountsError::NotACount { line: 2, .. })));
        let wording = words.err().map(|e| e.wording()).unwrap_or_default();
        assert_eq!(wording.id, "core-counts-not-a-count");
        assert_eq!(wording.args["line"], WordingArg::Text("2".into()));
        assert_eq!(wording.args["text"], WordingArg::Text("lots".into()));
    }

    #[test]
    fn a_missing_column_a_repeat_and_an_empty_file_are_refused() {
        assert_eq!(
            read_counts("marker,quarter,count\nmeeting-places,2024-Q1,2\n"),
            Err(CountsError::MissingColumn { column: "locality" })
        );
        assert_eq!(
            read("meeting-places,Maltby,2024-Q1,2\nmeeting-places,maltby,2024-Q1,3\n"),
            Err(CountsError::Repeated { line: 3, first: 2 })
        );
        assert_eq!(read_counts(HEADER), Err(CountsError::Empty));
        assert_eq!(
            read_counts(""),
            Err(CountsError::MissingColumn { column: "marker" })
        );
    }

    #[test]
    fn applying_counts_replaces_the_old_count_and_says_what_changed() -> Result<(), CountsError> {
        let (record, _) = apply_counts(
            &ProgressRecord::default(),
            &read("meeting-places,Maltby,2024-Q1,3\n")?,
        );
        let (record, changes) = apply_counts(
            &record,
            &read("meeting-places,MALTBY,2024-Q1,5\nmeeting-places,,2024-Q1,1\n")?,
        );
        assert_eq!(record.observations.len(), 2);
        assert_eq!(changes[0].before, Some(3));
        assert_eq!(
            changes[0].describe(),
            "Meeting places for carers, MALTBY, 2024-25 Q1: 5 (was 3)"
        );
        assert_eq!(
            changes[1].describe(),
            "Meeting places for carers, Borough-wide, 2024-25 Q1: 1 (new)"
        );
        Ok(())
    }
}
