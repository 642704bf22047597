//! The document: one versioned JSON file holding a borough's or a locality's work.
//!
//! A [`Document`] is a snapshot ([`Content`]) plus the log of typed edits made since
//! ([`crate::edits`]); its current state is the snapshot with the log applied. On disk:
//!
//! ```json
//! { "format": "cares.document", "version": 2, "id": "…", "content": { … }, "log": [ … ] }
//! ```
//!
//! [`Document::from_json`] is strict: limits on size, nesting and text length are
//! checked before parsing; every field is typed; unknown fields are refused; errors
//! say what is wrong and where (a JSON path, or a line and column); newer versions
//! are refused plainly and older ones are upgraded by [`migrate`].
//!
//! Architecture invariant: the serialized layout of a released version never
//! changes. The golden fixtures in `tests/fixtures/documents/` and the schemas in
//! `schema/` (both in this crate) fail the build if it does; a change of layout is a new version.
//! Version 2 only added (a session's headcount and the step that sets it), so every
//! version 1 document is also a version 2 document and is read as one; a change
//! that is not purely additive needs an upgrade step in [`migrate`].

use serde::{Deserialize, Serialize};

pub use crate::content::Content;
pub use crate::document_error::DocumentError;
use crate::document_error::invalid;
use crate::edits::{Edit, EditError, EditLog, Erasure, ReplicaReused, StampedEdit};
use crate::ids::{DocumentId, ReplicaId};
pub use crate::limits::{MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS};

/// The format tag every document carries.
pub const FORMAT: &str = "cares.document";
/// The version this crate writes.
pub const CURRENT_VERSION: u32 = 2;
/// The oldest version whose documents are also documents of the current version
/// (every change since only added optional fields and new kinds of edit), so they
/// are read without an upgrade step.
pub const OLDEST_READ_AS_CURRENT: u32 = 1;

/// A snapshot plus the edits made since; the current state is kept up to date.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    id: DocumentId,
    base: Content,
    log: EditLog,
    current: Content,
}

impl Document {
    /// A new document whose snapshot is `content`, with no edits yet.
    pub fn from_content(id: DocumentId, content: Content) -> Self {
        Self {
            id,
            current: content.clone(),
            base: content,
            log: EditLog::default(),
        }
    }

    /// The document's id, shared by every copy of it.
    pub fn id(&self) -> DocumentId {
        self.id
    }

    /// The current state: the snapshot with every edit applied.
    pub fn content(&self) -> &Content {
        &self.current
    }

    /// The snapshot the edit log starts from.
    pub fn base(&self) -> &Content {
        &self.base
    }

    /// The edits made since the snapshot, in the order they apply.
    pub fn log(&self) -> &EditLog {
        &self.log
    }

    /// Makes an edit on this copy. The edit is checked against the current state
    /// first: if it does not apply, nothing changes and the error says why.
    pub fn apply(&mut self, replica: ReplicaId, edit: Edit) -> Result<&StampedEdit, EditError> {
        edit.check()?;
        crate::edits::apply(&mut self.current, &edit)?;
        let erasure = Erasure::of(&edit);
        self.log.push_local(replica, edit);
        if let Some(erasure) = erasure {
            self.log.redact(&erasure);
        }
        let last = self.log.len() - 1;
        Ok(&self.log.edits()[last])
    }

    /// Takes in edits made elsewhere (another device, the server). Edits already
    /// here are skipped, so the same edit arriving twice changes nothing. Returns
    /// how many were new.
    ///
    /// Refuses, changing nothing, edits whose replica and seq are here with a
    /// different change: another copy edited under this device id.
    pub fn receive(
        &mut self,
        edits: impl IntoIterator<Item = StampedEdit>,
    ) -> Result<usize, ReplicaReused> {
        let mut session_edits = false;
        let edits = edits
            .into_iter()
            .inspect(|e| session_edits |= matches!(e.edit, Edit::Session { .. }));
        let outcome = self.log.insert_all(edits)?;
        if session_edits && outcome.added > 0 {
            // A statement may arrive after its author was erased: every erasure in
            // the log applies to it, not only those that came with it.
            let erasures: Vec<Erasure> = self
                .log
                .edits()
                .iter()
                .filter_map(|e| Erasure::of(&e.edit))
                .collect();
            for erasure in &erasures {
                self.log.redact(erasure);
            }
        }
        if outcome.added > 0 {
            if outcome.appended_in_order {
                for stamped in &self.log.edits()[self.log.len() - outcome.added..] {
                    // An edit that does not apply (its action was removed) is skipped
                    // here exactly as it is on every other copy.
                    let _skipped = crate::edits::apply(&mut self.current, &stamped.edit);
                }
            } else {
                self.replay();
            }
        }
        Ok(outcome.added)
    }

    /// Merges another copy of the same document. Both copies end in the same state
    /// whatever order they merge in. Copies that made different changes under one
    /// device id are refused ([`MergeError::ReplicaReused`]) and nothing changes.
    pub fn merge(&mut self, other: &Document) -> Result<usize, MergeError> {
        if other.id != self.id {
            return Err(MergeError::DifferentDocument);
        }
        if other.base != self.base {
            return Err(MergeError::DifferentSnapshot);
        }
        Ok(self.receive(other.log.edits().iter().cloned())?)
    }

    fn replay(&mut self) {
        self.current = self.base.clone();
        for stamped in self.log.edits() {
            let _skipped = crate::edits::apply(&mut self.current, &stamped.edit);
        }
    }

    /// Reads a document, strictly. See the module docs for what is checked.
    pub fn from_json(bytes: &[u8]) -> Result<Document, DocumentError> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge {
                bytes: bytes.len(),
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        prescan(bytes)?;
        let text = utf8(bytes)?;
        // The fast path reads the current version straight into its types; only a
        // failure pays for a second look to explain itself. Reading from `&str` (not
        // bytes) is the one way every type here is read, so a WebAssembly build
        // carries one copy of the reading code.
        let file: DocumentFile = match serde_json::from_str(text) {
            Ok(file) => file,
            Err(e) => return Err(explain_failure(text, &e)),
        };
        file.into_document()
    }

    /// Writes the document as pretty-printed JSON, for files people may open.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.file()).unwrap_or_default()
    }

    /// Writes the document as compact JSON: the same document as [`Document::to_json`]
    /// in fewer bytes, and, in WebAssembly, without the pretty-printer's code.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(&self.file()).unwrap_or_default()
    }

    fn file(&self) -> DocumentFileRef<'_> {
        DocumentFileRef {
            format: FORMAT,
            version: CURRENT_VERSION,
            id: self.id,
            content: &self.base,
            log: &self.log,
        }
    }
}

/// The bytes as text, or where the first byte that is not UTF-8 is.
fn utf8(bytes: &[u8]) -> Result<&str, DocumentError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        DocumentError::Syntax {
            line,
            column: e.valid_up_to() - line_start + 1,
            message: "this is not UTF-8 text".into(),
        }
    })
}

/// The file layout of the current version, as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    format: String,
    version: u32,
    id: DocumentId,
    content: Content,
    #[serde(default)]
    log: EditLog,
}

/// The file layout of the current version, as written (borrowing, so writing copies
/// nothing).
#[derive(Serialize)]
struct DocumentFileRef<'a> {
    format: &'static str,
    version: u32,
    id: DocumentId,
    content: &'a Content,
    log: &'a EditLog,
}

/// The layout of the current version, for the JSON Schema.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
#[schemars(
    title = "cares document, version 2",
    extend("$id" = "urn:cares:schema:cares-document:v2")
)]
struct DocumentSchemaV2 {
    /// Always "cares.document".
    #[schemars(extend("const" = "cares.document"))]
    format: String,
    /// Always 2 for this layout (version 1 files have their own schema).
    #[schemars(extend("const" = 2))]
    version: u32,
    /// The document's id, shared by every copy of it.
    id: DocumentId,
    /// The snapshot.
    content: Content,
    /// The edits made since the snapshot.
    #[serde(default)]
    log: Vec<StampedEdit>,
}

/// The JSON Schema of the current document version, pretty-printed.
#[cfg(feature = "schema")]
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(DocumentSchemaV2);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

impl DocumentFile {
    fn into_document(self) -> Result<Document, DocumentError> {
        check_header(&self.format, self.version)?;
        let mut doc = Document::from_content(self.id, self.content);
        doc.base.check()?;
        doc.log = self.log;
        doc.log.check()?;
        doc.replay();
        Ok(doc)
    }
}

fn check_header(format: &str, version: u32) -> Result<(), DocumentError> {
    if format != FORMAT {
        return Err(DocumentError::NotADocument {
            found: format.chars().take(40).collect(),
        });
    }
    if version > CURRENT_VERSION {
        return Err(DocumentError::NewerVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    if version == 0 {
        return Err(invalid("version".into(), "versions start at 1"));
    }
    Ok(())
}

/// Just enough of a file to know what it claims to be.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// The full parse failed with `error`: say why, and where, as precisely as we can.
fn explain_failure(text: &str, error: &serde_json::Error) -> DocumentError {
    if error.is_syntax() || error.is_eof() {
        return syntax(error);
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        Err(e) if e.is_syntax() || e.is_eof() => return syntax(&e),
        Err(_) => {
            return DocumentError::NotADocument {
                found: "not a JSON object".into(),
            };
        }
    };
    let format = match header.format {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => {
            return DocumentError::NotADocument {
                found: other.to_string(),
            };
        }
        None => {
            return DocumentError::NotADocument {
                found: "no \"format\" field".into(),
            };
        }
    };
    let version = match header.version.as_ref().and_then(serde_json::Value::as_u64) {
        Some(v) => u32::try_from(v).unwrap_or(u32::MAX),
        None => return invalid("version".into(), "expected a whole number such as 1"),
    };
    if let Err(e) = check_header(&format, version) {
        return e;
    }
    if version < OLDEST_READ_AS_CURRENT {
        return match migrate(text.as_bytes(), version) {
            Ok(_) => invalid("version".into(), "the upgraded document did not read back"),
            Err(e) => e,
        };
    }
    locate(text, error)
}

/// Reads the document again, following the path, to say which value is wrong.
#[cfg(feature = "json-paths")]
fn locate(text: &str, _error: &serde_json::Error) -> DocumentError {
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, DocumentFile>(&mut de) {
        Ok(_) => invalid(String::new(), "the document could not be read"),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            DocumentError::Invalid {
                path,
                message: without_position(&inner),
            }
        }
    }
}

/// Without JSON paths, the line and column of the wrong value say where.
#[cfg(not(feature = "json-paths"))]
fn locate(_text: &str, error: &serde_json::Error) -> DocumentError {
    DocumentError::Invalid {
        path: String::new(),
        message: format!(
            "line {}, column {}: {}",
            error.line(),
            error.column(),
            without_position(error)
        ),
    }
}

/// Upgrades a document older than [`OLDEST_READ_AS_CURRENT`] to the current version.
/// Every released version so far is read as the current one (version 2 only
/// added), so there is no step yet; a future change that is not purely additive
/// adds one here, and released steps are never edited.
pub fn migrate(_bytes: &[u8], from: u32) -> Result<Document, DocumentError> {
    Err(invalid(
        "version".into(),
        &format!("there is no upgrade from version {from} to version {CURRENT_VERSION}"),
    ))
}

fn syntax(e: &serde_json::Error) -> DocumentError {
    DocumentError::Syntax {
        line: e.line(),
        column: e.column(),
        message: without_position(e),
    }
}

fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// One pass over the bytes to enforce nesting depth and text length before parsing.
fn prescan(bytes: &[u8]) -> Result<(), DocumentError> {
    let mut depth = 0usize;
    let mut line = 1usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(DocumentError::TooDeep {
                        line,
                        column: i - line_start + 1,
                        limit: MAX_DEPTH,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' => {
                let start = i;
                let mut chars = 0usize;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    // Count characters, not bytes: skip UTF-8 continuation bytes.
                    if i < bytes.len() && bytes[i] & 0xC0 != 0x80 {
                        chars += 1;
                    }
                    i += 1;
                }
                if chars > MAX_TEXT_CHARS {
                    return Err(DocumentError::TextTooLong {
                        line,
                        column: start - line_start + 1,
                        chars,
                        limit: MAX_TEXT_CHARS,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Why two copies could not be merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// The copies made different changes under one device id; nothing was merged.
    #[error(transparent)]
    ReplicaReused(#[from] ReplicaReused),
    /// They are different documents.
    #[error("these are different documents, not two copies of one")]
    DifferentDocument,
    /// Copies of one document whose snapshots have diverged.
    #[error("these copies start from different snapshots and cannot be merged edit by edit")]
    DifferentSnapshot,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edits::Edit;
    use crate::ids::{ActionId, PlanId};
    use crate::plan::{Action, ActionPlan, PlanScope};

    fn sample() -> Result<Document, EditError> {
        let plan = PlanId::from_u128(2);
        let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
        let me = ReplicaId::from_u128(7);
        doc.apply(
            me,
            Edit::AddPlan {
                plan: Box::new(ActionPlan::new(
                    plan,
                    "Maltby plan",
                    PlanScope::Locality {
                        name: "Maltby".into(),
                    },
                )),
            },
        )?;
        doc.apply(
            me,
            Edit::AddAction {
                plan,
                action: Box::new(Action::new(ActionId::from_u128(3), "Open a carers' café")),
                after: None,
            },
        )?;
        Ok(doc)
    }

    fn read(text: &str) -> Result<Document, DocumentError> {
        Document::from_json(text.as_bytes())
    }

    #[test]
    fn a_document_round_trips_through_json() -> Result<(), Box<dyn std::error::Error>> {
        let doc = sample()?;
        let back = Document::from_json(doc.to_json().as_bytes())?;
        assert_eq!(back, doc);
        assert_eq!(
            back.content().plans[0].actions[0].what,
            "Open a carers' café"
        );
        Ok(())
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_with_their_place() {
        let mut bytes = b"{\n  \"format\": \"cares.document\",\n  \"id\": \"".to_vec();
        bytes.push(0xff);
        match Document::from_json(&bytes) {
            Err(DocumentError::Syntax { line, column, .. }) => {
                assert_eq!((line, column), (3, 10));
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn a_version_1_document_reads_and_is_written_as_version_2()
    -> Result<(), Box<dyn std::error::Error>> {
        let doc = sample()?;
        let v1 = doc
            .to_json()
            .replacen("\"version\": 2", "\"version\": 1", 1);
        assert!(v1.contains("\"version\": 1"));
        let read = read(&v1)?;
        assert_eq!(read, doc);
        assert!(read.to_json().contains("\"version\": 2"));
        Ok(())
    }

    #[test]
    fn a_truncated_document_says_where_it_stops() -> Result<(), Box<dyn std::error::Error>> {
        let json = sample()?.to_json();
        let cut = &json[..json.len() / 2];
        match read(cut) {
            Err(DocumentError::Syntax { line, .. }) => assert!(line > 1),
            other => panic!("expected a syntax error, got {other:?}"),
        }
        Ok(())
    }

    #[cfg(feature = "json-paths")]
    #[test]
    fn a_wrong_type_names_the_json_path() -> Result<(), Box<dyn std::error::Error>> {
        let json = sample()?.to_json().replacen("\"Maltby plan\"", "42", 1);
        let err = read(&json).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.starts_with("at log[0].edit.add-plan.plan.title: invalid type: integer `42`"),
            "{err}"
        );
        Ok(())
    }

    #[cfg(not(feature = "json-paths"))]
    #[test]
    fn without_json_paths_a_wrong_type_gives_its_line() -> Result<(), Box<dyn std::error::Error>> {
        let json = sample()?.to_json().replacen("\"Maltby plan\"", "42", 1);
        let line = json
            .lines()
            .position(|l| l.contains("\"title\": 42"))
            .map(|i| i + 1)
            .unwrap_or_default();
        let err = read(&json).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.starts_with(&format!("line {line}, column "))
                && err.contains("invalid type: integer `42`"),
            "{err}"
        );
        Ok(())
    }

    #[cfg(feature = "json-paths")]
    #[test]
    fn an_unknown_field_is_refused_with_its_place() -> Result<(), Box<dyn std::error::Error>> {
        let json = sample()?.to_json().replacen(
            "\"title\": \"Maltby\"",
            "\"title\": \"Maltby\", \"colour\": 1",
            1,
        );
        let err = read(&json).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.contains("content") && err.contains("unknown field `colour`"),
            "{err}"
        );
        Ok(())
    }

    #[test]
    fn a_newer_version_is_refused_plainly() -> Result<(), Box<dyn std::error::Error>> {
        let json = sample()?
            .to_json()
            .replacen("\"version\": 2", "\"version\": 7", 1);
        let err = read(&json).err();
        assert_eq!(
            err,
            Some(DocumentError::NewerVersion {
                found: 7,
                supported: CURRENT_VERSION
            })
        );
        assert!(
            err.map(|e| e.to_string())
                .unwrap_or_default()
                .contains("update cares")
        );
        Ok(())
    }

    #[test]
    fn other_json_is_not_a_document() {
        assert!(matches!(
            read("{\"hello\": 1}"),
            Err(DocumentError::NotADocument { .. })
        ));
        assert!(matches!(
            read("[1, 2]"),
            Err(DocumentError::NotADocument { .. })
        ));
        assert!(matches!(read(""), Err(DocumentError::Syntax { .. })));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(matches!(
            read(&deep),
            Err(DocumentError::TooDeep {
                line: 1,
                column: 65,
                ..
            })
        ));
    }

    #[test]
    fn a_giant_text_is_refused_with_its_line() {
        let json = format!("{{\n\"format\": \"{}\"}}", "x".repeat(MAX_TEXT_CHARS + 5));
        match read(&json) {
            Err(DocumentError::TextTooLong { line: 2, chars, .. }) => {
                assert_eq!(chars, MAX_TEXT_CHARS + 5);
            }
            other => panic!("expected a text-too-long error, got {other:?}"),
        }
    }

    #[test]
    fn an_oversized_file_is_refused_without_parsing() {
        let big = vec![b' '; MAX_DOCUMENT_BYTES + 1];
        assert!(matches!(
            Document::from_json(&big),
            Err(DocumentError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_duplicate_action_id_is_found_with_its_path() -> Result<(), Box<dyn std::error::Error>> {
        let mut content = Content::new("Maltby");
        let mut plan = ActionPlan::new(PlanId::from_u128(2), "Plan", PlanScope::Borough);
        plan.actions
            .push(Action::new(ActionId::from_u128(3), "One"));
        plan.actions
            .push(Action::new(ActionId::from_u128(3), "Two"));
        content.plans.push(plan);
        let json = Document::from_content(DocumentId::from_u128(1), content).to_json();
        let err = read(&json).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            err,
            "at content.plans[0].actions[1].id: this action id is used twice"
        );
        Ok(())
    }
}
