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
//! Every version so far only added, so every older document is also a document of
//! the newest and is read as one: version 2 added a session's headcount; version 3
//! a `checkpoint` after `content` (a compacted log, see [`Document::compact`]);
//! version 4 the empowerment plan's school calendar and the edit that sets it. A
//! document is written as the oldest version that holds it ([`Document::version`]):
//! 2, 3 once compacted, 4 once it keeps a school calendar. A change that is not
//! purely additive needs an upgrade step in [`migrate`].

use serde::{Deserialize, Serialize};

use crate::compaction::{BeforeCheckpoint, Checkpoint, CompactError, SnapshotId};
pub use crate::content::Content;
use crate::document_error::invalid;
pub use crate::document_error::{DocumentError, FileAdvice};
use crate::edits::{Edit, EditError, EditLog, Erasure, ReplicaReused, StampedEdit};
use crate::ids::{DocumentId, ReplicaId};
pub use crate::limits::{MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS};
use crate::wording::Wording;

/// The format tag every document carries.
pub const FORMAT: &str = "cares.document";
/// The version this crate writes for a document that uses nothing a later version
/// added: no [`Checkpoint`] and no school calendar.
pub const CURRENT_VERSION: u32 = 2;
/// The version this crate writes for a compacted document (one with a
/// [`Checkpoint`]) that keeps no school calendar: version 2 plus the `checkpoint`
/// field. Documents without one are still written as version 2, so readers of
/// version 2 keep reading them and refuse a compacted one as newer than they know.
pub const CHECKPOINT_VERSION: u32 = 3;
/// The version this crate writes for a document that keeps a school calendar (the
/// empowerment plan's `school_calendar`, or a `set-school-calendar` edit in its
/// log), compacted or not: version 3 plus the calendar, with the checkpoint
/// optional. Documents without one are still written as version 2 or 3.
pub const SCHOOL_CALENDAR_VERSION: u32 = 4;
/// The newest version this crate reads; a file claiming a later one is refused
/// with [`DocumentError::NewerVersion`].
pub const NEWEST_VERSION: u32 = SCHOOL_CALENDAR_VERSION;
/// The oldest version whose documents are also documents of the newest version
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
    checkpoint: Option<Checkpoint>,
}

impl Document {
    /// A new document whose snapshot is `content`, with no edits yet.
    pub fn from_content(id: DocumentId, content: Content) -> Self {
        Self {
            id,
            current: content.clone(),
            base: content,
            log: EditLog::default(),
            checkpoint: None,
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

    /// Where the log was last compacted, if it ever was.
    pub fn checkpoint(&self) -> Option<&Checkpoint> {
        self.checkpoint.as_ref()
    }

    /// The snapshot every copy of this document started from, before any
    /// compaction: copies from different origins do not merge.
    pub fn origin(&self) -> SnapshotId {
        self.checkpoint
            .as_ref()
            .map_or_else(|| SnapshotId::of(&self.base), Checkpoint::origin)
    }

    /// Folds every edit stamped at or before `clock` into the snapshot and drops
    /// it from the log. The content does not change; the document gets a
    /// [`Checkpoint`] (written as version [`CHECKPOINT_VERSION`], or
    /// [`SCHOOL_CALENDAR_VERSION`] if it keeps a school calendar). A `clock` at or
    /// before the current checkpoint changes nothing.
    ///
    /// Compact only at a clock every copy has acknowledged (each reports
    /// `doc.log().clock()` once it has sent its edits; take the smallest): a copy
    /// that later brings an edit from at or before the checkpoint that the
    /// checkpoint lacks is refused ([`MergeError::BeforeCheckpoint`]). Copies that
    /// compacted at the same clock merge with each other, and with copies that
    /// did not compact, to the same content as without compaction. See
    /// [`crate::compaction`].
    ///
    /// Refuses, changing nothing, a clock past every edit this copy has seen, or
    /// one whose edits this copy does not all hold.
    ///
    /// ```
    /// use cares_core::document::{Content, Document};
    /// use cares_core::edits::Edit;
    /// use cares_core::ids::{DocumentId, ReplicaId};
    ///
    /// let mut laptop = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
    /// let mut phone = laptop.clone();
    /// for n in 1..=1_000 {
    ///     laptop.apply(ReplicaId::from_u128(1), Edit::SetTitle { title: format!("Maltby {n}") })?;
    /// }
    /// phone.merge(&laptop)?;
    /// // Both copies have seen every edit up to this clock, so it is safe to fold.
    /// let agreed = laptop.log().clock().min(phone.log().clock());
    /// laptop.compact(agreed)?;
    /// assert!(laptop.log().is_empty());
    /// assert_eq!(laptop.content(), phone.content());
    ///
    /// // The phone did not compact; it edits on and still merges both ways.
    /// phone.apply(ReplicaId::from_u128(2), Edit::SetTitle { title: "Maltby carers".into() })?;
    /// laptop.merge(&phone)?;
    /// phone.merge(&laptop)?;
    /// assert_eq!(laptop.content().title, "Maltby carers");
    /// assert_eq!(laptop.content(), phone.content());
    /// assert_eq!(laptop.log().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compact(&mut self, clock: u64) -> Result<Option<&Checkpoint>, CompactError> {
        let done = self.checkpoint.as_ref().map_or(0, Checkpoint::clock);
        if clock <= done {
            return Ok(self.checkpoint.as_ref());
        }
        if clock > self.log.clock() {
            return Err(CompactError::AheadOfLog {
                asked: clock,
                seen: self.log.clock(),
            });
        }
        let edits = self.log.edits();
        let cut = edits.partition_point(|e| e.clock <= clock);
        let mut folded = self
            .checkpoint
            .as_ref()
            .map(|c| c.folded().clone())
            .unwrap_or_default();
        // Each device's edits come in seq order within the total order, so a seq
        // that does not follow the last one folded is a hole in this copy's log.
        for stamped in &edits[..cut] {
            let next = folded.get(stamped.replica) + 1;
            if stamped.seq != next {
                return Err(CompactError::MissingEdit {
                    replica: stamped.replica,
                    seq: next,
                });
            }
            folded.set(stamped.replica, stamped.seq);
        }
        let mut later: Vec<(ReplicaId, u64)> = Vec::new();
        for stamped in &edits[cut..] {
            if later.iter().all(|&(r, _)| r != stamped.replica) {
                later.push((stamped.replica, stamped.seq));
            }
        }
        if let Some(&(replica, _)) = later
            .iter()
            .find(|&&(replica, seq)| seq != folded.get(replica) + 1)
        {
            return Err(CompactError::MissingEdit {
                replica,
                seq: folded.get(replica) + 1,
            });
        }
        let origin = self.origin();
        let mut base = self.base.clone();
        for stamped in &edits[..cut] {
            let _skipped = crate::edits::apply(&mut base, &stamped.edit);
        }
        self.base = base;
        self.log.fold(clock, &folded);
        self.checkpoint = Some(Checkpoint::new(origin, clock, folded));
        Ok(self.checkpoint.as_ref())
    }

    /// Makes an edit on this copy. The edit is tidied first ([`Edit::tidied`]: an
    /// empty milestone is left out), so the log holds it as every copy will replay
    /// it; then it is checked against the current state: if it does not apply,
    /// nothing changes and the error says why.
    pub fn apply(&mut self, replica: ReplicaId, edit: Edit) -> Result<&StampedEdit, EditError> {
        let edit = edit.tidied();
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
    ///
    /// On a compacted document, edits the checkpoint holds are skipped too, and an
    /// edit from at or before the checkpoint that it lacks is refused; [`Document::accept`]
    /// says so plainly ([`MergeError::BeforeCheckpoint`]), while `receive`, whose
    /// error is only [`ReplicaReused`], reports it as one (its replica and seq do
    /// not fit this copy's history).
    pub fn receive(
        &mut self,
        edits: impl IntoIterator<Item = StampedEdit>,
    ) -> Result<usize, ReplicaReused> {
        self.take_in_after_checkpoint(edits).map_err(|e| match e {
            Refused::BeforeCheckpoint(b) => ReplicaReused {
                replica: b.replica,
                seq: b.seq,
            },
            Refused::ReplicaReused(r) => r,
        })
    }

    /// Takes in edits made elsewhere, like [`Document::receive`], with every reason
    /// for refusing one: made under a device id another copy also used
    /// ([`MergeError::ReplicaReused`]), or from at or before this copy's checkpoint
    /// without being in it ([`MergeError::BeforeCheckpoint`]). Nothing changes
    /// when it refuses.
    pub fn accept(
        &mut self,
        edits: impl IntoIterator<Item = StampedEdit>,
    ) -> Result<usize, MergeError> {
        self.take_in_after_checkpoint(edits).map_err(|e| match e {
            Refused::BeforeCheckpoint(b) => MergeError::BeforeCheckpoint(b),
            Refused::ReplicaReused(r) => MergeError::ReplicaReused(r),
        })
    }

    fn take_in_after_checkpoint(
        &mut self,
        edits: impl IntoIterator<Item = StampedEdit>,
    ) -> Result<usize, Refused> {
        let Some(checkpoint) = &self.checkpoint else {
            return self.take_in(edits).map_err(Refused::ReplicaReused);
        };
        let mut after = Vec::new();
        for stamped in edits {
            let folded = checkpoint.folded().covers(stamped.replica, stamped.seq);
            let early = stamped.clock <= checkpoint.clock();
            match (folded, early) {
                (true, true) => {}
                (true, false) => {
                    return Err(Refused::ReplicaReused(ReplicaReused {
                        replica: stamped.replica,
                        seq: stamped.seq,
                    }));
                }
                (false, true) => {
                    return Err(Refused::BeforeCheckpoint(BeforeCheckpoint {
                        replica: stamped.replica,
                        seq: stamped.seq,
                        checkpoint: checkpoint.clock(),
                    }));
                }
                (false, false) => after.push(stamped),
            }
        }
        self.take_in(after).map_err(Refused::ReplicaReused)
    }

    fn take_in(
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
    ///
    /// Copies compacted at different checkpoints merge too: when theirs is later,
    /// this copy first folds its own edits up to it and takes their snapshot. A copy
    /// holding an edit from before a checkpoint that the checkpoint lacks is
    /// refused ([`MergeError::BeforeCheckpoint`]).
    pub fn merge(&mut self, other: &Document) -> Result<usize, MergeError> {
        if other.id != self.id {
            return Err(MergeError::DifferentDocument);
        }
        let mine = self.checkpoint.as_ref().map(Checkpoint::clock);
        let theirs = other.checkpoint.as_ref().map(Checkpoint::clock);
        if mine == theirs {
            if other.base != self.base || other.checkpoint != self.checkpoint {
                return Err(MergeError::DifferentSnapshot);
            }
        } else if let (Some(later), true) = (&other.checkpoint, mine < theirs) {
            // Theirs is later: fold up to it on a copy, so a refusal changes nothing.
            let mut merged = self.clone();
            merged.fold_to(later, &other.base)?;
            let added = merged.accept(other.log.edits().iter().cloned())?;
            *self = merged;
            return Ok(added);
        } else if let Some(later) = &self.checkpoint {
            // Mine is later: their edits the checkpoint holds are skipped as they come.
            let folded_there = other.checkpoint.as_ref().map(Checkpoint::folded);
            if other.origin() != later.origin()
                || folded_there.is_some_and(|f| !f.within(later.folded()))
            {
                return Err(MergeError::DifferentSnapshot);
            }
        }
        self.accept(other.log.edits().iter().cloned())
    }

    /// Takes `checkpoint`, later than this copy's own, and the snapshot made at it:
    /// this copy's edits at or before it are dropped (the snapshot holds them).
    fn fold_to(&mut self, checkpoint: &Checkpoint, snapshot: &Content) -> Result<(), MergeError> {
        let folded_here = self.checkpoint.as_ref().map(Checkpoint::folded);
        if self.origin() != checkpoint.origin()
            || folded_here.is_some_and(|f| !f.within(checkpoint.folded()))
        {
            return Err(MergeError::DifferentSnapshot);
        }
        for stamped in self.log.edits() {
            let folded = checkpoint.folded().covers(stamped.replica, stamped.seq);
            let early = stamped.clock <= checkpoint.clock();
            if early && !folded {
                return Err(MergeError::BeforeCheckpoint(BeforeCheckpoint {
                    replica: stamped.replica,
                    seq: stamped.seq,
                    checkpoint: checkpoint.clock(),
                }));
            }
            if folded && !early {
                return Err(MergeError::ReplicaReused(ReplicaReused {
                    replica: stamped.replica,
                    seq: stamped.seq,
                }));
            }
        }
        self.base = snapshot.clone();
        self.log.fold(checkpoint.clock(), checkpoint.folded());
        self.checkpoint = Some(checkpoint.clone());
        self.replay();
        Ok(())
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

    /// The version this document is written as: the oldest whose layout holds
    /// everything it keeps, so a reader that knows that version still reads it.
    pub fn version(&self) -> u32 {
        if school_calendar_at(&self.base, &self.log).is_some() {
            SCHOOL_CALENDAR_VERSION
        } else if self.checkpoint.is_some() {
            CHECKPOINT_VERSION
        } else {
            CURRENT_VERSION
        }
    }

    fn file(&self) -> DocumentFileRef<'_> {
        DocumentFileRef {
            format: FORMAT,
            version: self.version(),
            id: self.id,
            content: &self.base,
            checkpoint: self.checkpoint.as_ref(),
            log: &self.log,
        }
    }
}

/// Where a document keeps something only version 4 can hold (a school calendar in
/// the snapshot, or an edit setting one), as a JSON path.
fn school_calendar_at(base: &Content, log: &EditLog) -> Option<String> {
    if !base.empowerment.school_calendar.is_default() {
        return Some("content.empowerment.school_calendar".into());
    }
    log.edits()
        .iter()
        .position(|e| matches!(e.edit, Edit::SetSchoolCalendar { .. }))
        .map(|i| format!("log[{i}].edit"))
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
    checkpoint: Option<Checkpoint>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    checkpoint: Option<&'a Checkpoint>,
    log: &'a EditLog,
}

/// The layout of version 4, for the JSON Schema: the newest, generated from the
/// types. (The schemas of versions 1 to 3 were generated the same way when each was
/// the newest and are kept as released, in `schema/`.)
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
#[schemars(
    title = "cares document, version 4 (a school calendar kept)",
    extend("$id" = "urn:cares:schema:cares-document:v4")
)]
struct DocumentSchemaV4 {
    /// Always "cares.document".
    #[schemars(extend("const" = "cares.document"))]
    format: String,
    /// Always 4 for this layout: version 3 plus the empowerment plan's school
    /// calendar and the edit that sets it, the checkpoint optional.
    #[schemars(extend("const" = 4))]
    version: u32,
    /// The document's id, shared by every copy of it.
    id: DocumentId,
    /// The snapshot, with every edit up to the checkpoint (if any) folded in.
    content: Content,
    /// Where the log was compacted, if it ever was.
    #[serde(default)]
    checkpoint: Option<Checkpoint>,
    /// The edits made since the snapshot.
    #[serde(default)]
    log: Vec<StampedEdit>,
}

/// The released schemas, by version, as they were generated when each was the newest.
#[cfg(feature = "schema")]
const RELEASED_SCHEMAS: [(u32, &str); 3] = [
    (1, include_str!("../schema/cares-document.v1.json")),
    (2, include_str!("../schema/cares-document.v2.json")),
    (3, include_str!("../schema/cares-document.v3.json")),
];

/// The JSON Schema of one version of the document format, pretty-printed, or `None`
/// for a version there never was. Each version's schema fixes `format` and
/// `version` with `const`, so a validator refuses a file of another version: check a
/// file against the schema of the version it says it is ([`Document::version`]
/// says which a document is written as).
///
/// ```
/// use cares_core::document::{NEWEST_VERSION, schema_json_for};
///
/// let newest: serde_json::Value = serde_json::from_str(&schema_json_for(NEWEST_VERSION).ok_or("no schema")?)?;
/// assert_eq!(newest["properties"]["version"]["const"], 4);
/// assert!(schema_json_for(99).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "schema")]
pub fn schema_json_for(version: u32) -> Option<String> {
    if version == SCHOOL_CALENDAR_VERSION {
        let schema = schemars::schema_for!(DocumentSchemaV4);
        return Some(serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n");
    }
    RELEASED_SCHEMAS
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, text)| (*text).to_owned())
}

/// The JSON Schema of version 2, pretty-printed: a document as it is written until it
/// is compacted or keeps a school calendar. The same as `schema_json_for(2)`.
#[cfg(feature = "schema")]
pub fn schema_json() -> String {
    schema_json_for(CURRENT_VERSION).unwrap_or_default()
}

/// The JSON Schema of a compacted document (version [`CHECKPOINT_VERSION`]),
/// pretty-printed: version 2 plus its `checkpoint`. The same as `schema_json_for(3)`.
#[cfg(feature = "schema")]
pub fn compacted_schema_json() -> String {
    schema_json_for(CHECKPOINT_VERSION).unwrap_or_default()
}

impl DocumentFile {
    fn into_document(self) -> Result<Document, DocumentError> {
        check_header(&self.format, self.version)?;
        let mut doc = Document::from_content(self.id, self.content);
        doc.base.check()?;
        doc.log = self.log;
        doc.log.check()?;
        if let Some(checkpoint) = self.checkpoint {
            if self.version < CHECKPOINT_VERSION {
                return Err(invalid(
                    "checkpoint".into(),
                    &format!(
                        "a compacted document is version {CHECKPOINT_VERSION}; this one says version {}",
                        self.version
                    ),
                ));
            }
            let early = doc.log.edits().iter().position(|e| {
                e.clock <= checkpoint.clock() || checkpoint.folded().covers(e.replica, e.seq)
            });
            if let Some(i) = early {
                return Err(invalid(
                    format!("log[{i}]"),
                    "this edit is from before the checkpoint, so the snapshot already holds it",
                ));
            }
            doc.log.fold(checkpoint.clock(), checkpoint.folded());
            doc.checkpoint = Some(checkpoint);
        }
        if self.version < SCHOOL_CALENDAR_VERSION
            && let Some(path) = school_calendar_at(&doc.base, &doc.log)
        {
            return Err(invalid(
                path,
                &format!(
                    "a school calendar is kept from version {SCHOOL_CALENDAR_VERSION}; this document says version {}",
                    self.version
                ),
            ));
        }
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
    if version > NEWEST_VERSION {
        return Err(DocumentError::NewerVersion {
            found: version,
            supported: NEWEST_VERSION,
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

/// Reads a document written as version `from` (1 to [`NEWEST_VERSION`]) into what
/// this crate holds; [`Document::to_json`] then writes it as the oldest version that
/// holds it ([`Document::version`]). [`Document::from_json`] does the same for any
/// version, reading which one from the file; `migrate` is for a caller who expects
/// one, and refuses a file that says another.
///
/// Every version since 1 only added to the layout (2 a session's headcount, 3 the
/// checkpoint, 4 the school calendar), so an older file reads as it is, and the
/// upgrade checks that it keeps nothing its version did not have (a checkpoint
/// before 3, a school calendar before 4). A future change that is not purely
/// additive adds its step here, reading the old layout's own types; released steps
/// are never edited.
///
/// ```
/// use cares_core::document::{Content, Document, migrate};
/// use cares_core::ids::DocumentId;
///
/// let v1 = r#"{ "format": "cares.document", "version": 1,
///   "id": "00000000-0000-0000-0000-000000000001",
///   "content": { "title": "Maltby" }, "log": [] }"#;
/// let doc = migrate(v1.as_bytes(), 1)?;
/// assert_eq!(doc.content(), &Content::new("Maltby"));
/// assert_eq!(doc.version(), 2);
/// assert!(migrate(v1.as_bytes(), 3).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn migrate(bytes: &[u8], from: u32) -> Result<Document, DocumentError> {
    check_header(FORMAT, from)?;
    let doc = Document::from_json(bytes)?;
    let says = utf8(bytes)
        .ok()
        .and_then(|text| serde_json::from_str::<Header>(text).ok())
        .and_then(|header| header.version)
        .and_then(|v| v.as_u64());
    if says != Some(u64::from(from)) {
        return Err(invalid(
            "version".into(),
            &format!(
                "expected a version {from} document; this one says version {}",
                says.map_or_else(|| "nothing".to_owned(), |v| v.to_string())
            ),
        ));
    }
    Ok(doc)
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

/// Why edits from elsewhere were not taken in.
enum Refused {
    ReplicaReused(ReplicaReused),
    BeforeCheckpoint(BeforeCheckpoint),
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
    /// A copy holds an edit from before the other's checkpoint that the checkpoint
    /// lacks; nothing was merged.
    #[error(transparent)]
    BeforeCheckpoint(#[from] BeforeCheckpoint),
}

impl MergeError {
    /// [`MergeError::message`] as a catalogue id (`core-merge-different-document`),
    /// for a front end to say in the reader's language.
    pub fn wording(&self) -> Wording {
        Wording::new(match self {
            MergeError::ReplicaReused(_) => "core-merge-replica-reused",
            MergeError::DifferentDocument => "core-merge-different-document",
            MergeError::DifferentSnapshot => "core-merge-different-snapshot",
            MergeError::BeforeCheckpoint(_) => "core-merge-before-checkpoint",
        })
    }

    /// What went wrong, in plain words for the person merging a copy into the plan on
    /// their device: lowercase and without a full stop, so a sentence that says what
    /// was (not) changed and what they can do instead can carry it. The `Display`
    /// text is for developers and logs: it names device ids and clocks.
    pub fn message(&self) -> &'static str {
        match self {
            MergeError::ReplicaReused(_) => {
                "the two copies made different changes under the same device id, so merging them would lose one of them"
            }
            MergeError::DifferentDocument => {
                "this file holds a different plan, not a copy of this one"
            }
            MergeError::DifferentSnapshot => {
                "the two copies started from different versions of the plan, so their changes cannot be merged one by one"
            }
            MergeError::BeforeCheckpoint(_) => {
                "one copy has changes made before the other was tidied up (its older history folded into one snapshot), so those changes can no longer be put in their place; make them again in the newer copy"
            }
        }
    }
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
                supported: NEWEST_VERSION
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
