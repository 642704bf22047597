//! How large a document may be: its bytes, its nesting and its longest text. Checked
//! before a document is parsed ([`crate::document`]) and when an edit brings in text
//! ([`crate::edits`]), so both share these numbers without depending on each other.
//! Public through [`crate::document`], their public path.

/// The largest document accepted, in bytes (16 MiB: about 20,000 full actions).
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;
/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;
/// The longest single text accepted, in characters as written in the file.
pub const MAX_TEXT_CHARS: usize = 20_000;
