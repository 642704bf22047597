//! Why a document could not be read ([`DocumentError`]): too large, too deep, not
//! JSON, not a cares document, too new, or invalid at a path. Shared by the reader
//! ([`crate::document`]), the content checks and the edit log's checks
//! ([`crate::edits`]), so none of them depends on another for it. Public through
//! [`crate::document`], its public path.
//!
//! An error's message is the technical detail (what and where); [`DocumentError::advice`]
//! is what a person who picked the file is told: what the file is and what to do
//! ([`FileAdvice`], which the table and workbook readers give too).

use crate::wording::Wording;

/// Why a document could not be read. Each message says what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// Larger than [`MAX_DOCUMENT_BYTES`](crate::document::MAX_DOCUMENT_BYTES).
    #[error("the file is {bytes} bytes, more than the {limit} bytes a document may be")]
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Nested deeper than [`MAX_DEPTH`](crate::document::MAX_DEPTH).
    #[error("line {line}, column {column}: nested more than {limit} levels deep")]
    TooDeep {
        /// Where the limit was passed.
        line: usize,
        /// Where the limit was passed.
        column: usize,
        /// The limit.
        limit: usize,
    },
    /// A text longer than [`MAX_TEXT_CHARS`](crate::document::MAX_TEXT_CHARS).
    #[error(
        "line {line}, column {column}: a text of {chars} characters is longer than the {limit} allowed"
    )]
    TextTooLong {
        /// Where the text starts.
        line: usize,
        /// Where the text starts.
        column: usize,
        /// How long it is.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid JSON (truncated, a stray comma…).
    #[error("line {line}, column {column}: not valid JSON: {message}")]
    Syntax {
        /// Where.
        line: usize,
        /// Where.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Valid JSON, but not a cares document.
    #[error("this is not a cares document (format: {found})")]
    NotADocument {
        /// What the format field held, or what was found instead.
        found: String,
    },
    /// Written by a newer version of cares.
    #[error(
        "this document is version {found}; this version of cares reads up to version {supported}: update cares to open it"
    )]
    NewerVersion {
        /// The document's version.
        found: u32,
        /// The newest this crate reads.
        supported: u32,
    },
    /// A value of the wrong type or a broken reference, at a JSON path.
    #[error("{}{message}", if path.is_empty() || path == "." { String::new() } else { format!("at {path}: ") })]
    Invalid {
        /// Where, as a JSON path like `content.plans[0].actions[3].due`.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// A value that is wrong at a JSON path, with what is wrong.
pub(crate) fn invalid(path: String, message: &str) -> DocumentError {
    DocumentError::Invalid {
        path,
        message: message.to_owned(),
    }
}

/// What a person who picked a file that cannot be opened is told: what the file
/// turned out to be and what to do next, as a catalogue message and in British
/// English, with the error's own message (what and where) as the detail behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileAdvice {
    /// The message id (`file-not-a-plan`…) and its arguments.
    pub wording: Wording,
    /// The same in British English.
    pub message: String,
    /// The technical detail: the error's own message, for whoever helps.
    pub detail: String,
}

impl FileAdvice {
    /// Advice with its catalogue message, its British English and the detail.
    #[must_use]
    pub fn new(wording: Wording, message: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            wording,
            message: message.into(),
            detail: detail.into(),
        }
    }
}

impl DocumentError {
    /// What a person who picked this file is told: what the file is and what to do.
    /// A file that is not JSON at all, someone else's JSON, or nested far deeper
    /// than any plan is not a plan file; one that stops part way was cut short; a
    /// plan file with wrong values was changed outside cares.
    #[must_use]
    pub fn advice(&self) -> FileAdvice {
        let advice =
            |id: &str, english: &str| FileAdvice::new(Wording::new(id), english, self.to_string());
        match self {
            DocumentError::TooLarge { .. } => advice(
                "file-plan-too-large",
                "This file is much larger than any plan file from cares. Check that you chose the right file.",
            ),
            DocumentError::Syntax {
                line,
                column,
                message,
            } if (*line > 1 || *column > 1) && message.contains("EOF") => advice(
                "file-cut-short",
                "This file stops part way through: it may have been cut short as it was saved or sent. If it is a plan file from cares, ask for a fresh copy.",
            ),
            DocumentError::Syntax { line, column, .. } if *line > 1 || *column > 1 => advice(
                "file-damaged",
                "This file is damaged or is not a plan file from cares. Plan files end in .cares.json; if this is one, ask for a fresh copy.",
            ),
            DocumentError::Syntax { .. }
            | DocumentError::TooDeep { .. }
            | DocumentError::NotADocument { .. } => advice(
                "file-not-a-plan",
                "This is not a plan file from cares. Plan files end in .cares.json.",
            ),
            DocumentError::NewerVersion { .. } => advice(
                "file-plan-newer",
                "This plan file was saved by a newer version of cares. Update cares (in a browser, reload the page while online), then open the file again.",
            ),
            DocumentError::TextTooLong { .. } | DocumentError::Invalid { .. } => advice(
                "file-plan-changed",
                "This plan file has been changed outside cares, so it cannot be opened safely. Ask for a fresh copy saved from cares.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn advice_for(bytes: &[u8]) -> String {
        match Document::from_json(bytes) {
            Ok(_) => panic!("opened"),
            Err(e) => e.advice().wording.id,
        }
    }

    #[test]
    fn a_file_that_is_not_a_plan_says_what_plan_files_are_called() {
        for bytes in [
            &b""[..],
            b"Section,What will happen\n1,Open a cafe\n",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            br#"{"list":"shopping","items":["milk"]}"#,
        ] {
            assert_eq!(advice_for(bytes), "file-not-a-plan", "{bytes:?}");
        }
        let advice = DocumentError::NotADocument {
            found: "missing".into(),
        }
        .advice();
        assert_eq!(
            advice.message,
            "This is not a plan file from cares. Plan files end in .cares.json."
        );
    }

    #[test]
    fn a_plan_file_cut_short_or_from_a_newer_cares_says_so() {
        let whole = Document::from_content(
            crate::ids::DocumentId::from_u128(7),
            crate::document::Content::new("Maltby"),
        )
        .to_json();
        let half = &whole.as_bytes()[..whole.len() / 2];
        assert_eq!(advice_for(half), "file-cut-short");
        let newer = whole.replacen("\"version\": ", "\"version\": 9", 1);
        assert_eq!(advice_for(newer.as_bytes()), "file-plan-newer");
    }
}
