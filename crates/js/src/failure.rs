//! Why a call from JavaScript failed: a stable `code`, a plain message, and where
//! (`path` for a JSON path or an argument's name, `line` and `column` for text).
//!
//! Every error the core can give for these calls is mapped here, once, so the
//! package's `CaresError` carries the same codes whatever the call. The core's
//! error enums may grow (`#[non_exhaustive]`); a variant this crate does not know
//! yet keeps its message and gets the boundary's general code.

use cares_core::document::{DocumentError, MergeError};
use cares_core::edits::EditError;
use cares_core::table::TableError;
use serde::Serialize;

/// A failure, as the JavaScript side turns it into a `CaresError`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// Stable, kebab-case: `invalid-document`, `missing-columns`, `replica-reused`…
    pub code: &'static str,
    /// What is wrong and where, in plain English.
    pub message: String,
    /// Where: the JSON path of the bad value (`content.plans[0].actions[3].due`),
    /// or the argument's name (`today`, `edit.set-title.title`).
    pub path: Option<String>,
    /// The line of the text where it went wrong, when known.
    pub line: Option<u64>,
    /// The column, when known.
    pub column: Option<u64>,
}

impl Failure {
    /// A failure with a code and a message, and no place yet.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            path: None,
            line: None,
            column: None,
        }
    }

    /// The same failure, at a path.
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    fn at_line(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line as u64);
        self.column = column.map(|c| c as u64);
        self
    }

    /// An argument that is not what the call needs, named by `path`.
    pub fn argument(path: &str, message: impl Into<String>) -> Self {
        Self::new("invalid-argument", format!("{path}: {}", message.into())).at(path)
    }

    /// A document that could not be read; `which` names it when a call takes two
    /// (`a`, `b` of a merge).
    pub fn document(which: Option<&str>, error: &DocumentError) -> Self {
        let message = match which {
            Some(which) => format!("{which}: {error}"),
            None => error.to_string(),
        };
        match error {
            DocumentError::TooLarge { .. } => Self::new("document-too-large", message),
            DocumentError::TooDeep { line, column, .. } => {
                Self::new("document-too-deep", message).at_line(*line, Some(*column))
            }
            DocumentError::TextTooLong { line, column, .. } => {
                Self::new("text-too-long", message).at_line(*line, Some(*column))
            }
            DocumentError::Syntax { line, column, .. } => {
                Self::new("not-json", message).at_line(*line, Some(*column))
            }
            DocumentError::NotADocument { .. } => Self::new("not-a-document", message),
            DocumentError::NewerVersion { .. } => Self::new("newer-version", message),
            DocumentError::Invalid { path, .. } => {
                let failure = Self::new("invalid-document", message);
                if path.is_empty() || path == "." {
                    failure
                } else {
                    failure.at(path.clone())
                }
            }
            _ => Self::new("invalid-document", message),
        }
    }

    /// A table that could not be imported.
    pub fn table(error: &TableError) -> Self {
        let message = error.to_string();
        match error {
            TableError::TooLarge { .. } => Self::new("table-too-large", message),
            TableError::NotUtf8 { line, .. } => {
                Self::new("not-utf8", message).at_line(*line as usize, None)
            }
            TableError::Empty => Self::new("empty-table", message),
            TableError::MissingColumns { .. } => Self::new("missing-columns", message),
            TableError::RaggedRow { line, .. } => {
                Self::new("ragged-row", message).at_line(*line as usize, None)
            }
            TableError::CellTooLong { line, column, .. } => Self::new("cell-too-long", message)
                .at_line(*line as usize, None)
                .at(column.clone()),
            TableError::TooManyRows { .. } => Self::new("too-many-rows", message),
            TableError::Csv { line, .. } => {
                Self::new("not-csv", message).at_line(*line as usize, None)
            }
            _ => Self::new("invalid-table", message),
        }
    }

    /// An edit the document refused.
    pub fn edit(error: &EditError) -> Self {
        let message = error.to_string();
        let code = match error {
            EditError::PlanNotFound(_)
            | EditError::ActionNotFound(_)
            | EditError::SectionNotFound(_)
            | EditError::NotFound { .. } => "not-found",
            EditError::AlreadyExists { .. } => "already-exists",
            EditError::Blank { .. } => "blank",
            EditError::TooLong { .. } => "too-long",
            EditError::Session(_) => "session-refused",
            _ => "edit-refused",
        };
        Self::new(code, message).at("edit")
    }

    /// Two copies that could not be merged.
    pub fn merge(error: &MergeError) -> Self {
        let message = error.to_string();
        let code = match error {
            MergeError::ReplicaReused(_) => "replica-reused",
            MergeError::DifferentDocument => "different-document",
            MergeError::DifferentSnapshot => "different-snapshot",
            _ => "merge-refused",
        };
        Self::new(code, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invalid_value_keeps_its_json_path() {
        let error = DocumentError::Invalid {
            path: "content.plans[0].actions[3].due".into(),
            message: "input contains invalid characters".into(),
        };
        let failure = Failure::document(Some("b"), &error);
        assert_eq!(failure.code, "invalid-document");
        assert_eq!(
            failure.path.as_deref(),
            Some("content.plans[0].actions[3].due")
        );
        assert!(
            failure
                .message
                .starts_with("b: at content.plans[0].actions[3].due: "),
            "{}",
            failure.message
        );
    }

    #[test]
    fn a_ragged_row_says_its_line() {
        let failure = Failure::table(&TableError::RaggedRow {
            line: 7,
            found: 3,
            expected: 5,
        });
        assert_eq!(failure.code, "ragged-row");
        assert_eq!(failure.line, Some(7));
    }
}
