//! Why a document could not be read ([`DocumentError`]): too large, too deep, not
//! JSON, not a cares document, too new, or invalid at a path. Shared by the reader
//! ([`crate::document`]), the content checks and the edit log's checks
//! ([`crate::edits`]), so none of them depends on another for it. Public through
//! [`crate::document`], its public path.

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
