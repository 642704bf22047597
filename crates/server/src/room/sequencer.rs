//! The sequencer: one document's edit log at the server, and the order edits are
//! taken into it. Plain data and plain functions — no tokio, no database, no
//! connections — so the order and the verdicts can be tested on their own.
//!
//! A batch goes through it in three steps: [`Sequencer::submit`] and
//! [`Sequencer::join`] for each command (an edit in order is checked and applied
//! at once; a late one, one behind a late one from the same author, or any edit
//! of a shared plan waits), then [`Sequencer::finish`] (the waiting edits are
//! fitted in by the core's `admission::fit` and received all at once; rows are
//! written as the log now holds them, and rows an erasure rewrote are listed).
//! The room saves what the [`Batch`] holds and, once saved, calls
//! [`Sequencer::saved`]. Who may make an edit is `access`; how quickly is the
//! room's (the `pace` callback); everything about the log is the core's.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use cares_core::admission::{self, Refusal, Screened};
use cares_core::compaction::BeforeCheckpoint;
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, Erasure, ReplicaReused, SessionStep, StampedEdit};
use cares_core::ids::{DocumentId, ParticipantId, ReplicaId};
use cares_core::{rewrites, visibility};
use cares_protocol::RefusalReason;
use serde::Serialize;

use super::checkpoint::{
    CHECKPOINT_WINDOW, COMPACT_KEEP, Checkpoint, FAR_CHECKPOINT_WINDOW, compaction_point,
};
use super::{ConnId, RoomError, Since};
use crate::access::{self, Forbidden, Holder, Scope};
use crate::store::EditRow;

/// The author name of the server's own edits.
const SERVER_AUTHOR: &str = "server";

/// An edit's replica and seq.
pub type Key = (ReplicaId, u64);

/// How strictly edits are checked against the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A live session: an edit that does not apply is refused, with the reason.
    Strict,
    /// A shared plan: edits merge as the core merges them (one that no longer
    /// applies is kept and skipped on every copy).
    Merge,
}

/// What happened to one edit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The edit's replica.
    pub replica: ReplicaId,
    /// The edit's seq.
    pub seq: u64,
    /// Saved, already there, or refused.
    #[serde(flatten)]
    pub verdict: Verdict,
}

/// Whether an edit was taken in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Verdict {
    /// Saved and passed on.
    Saved,
    /// Already saved earlier.
    Duplicate,
    /// Not taken in.
    Refused {
        /// What the sender should do about it.
        reason: RefusalReason,
        /// Why, in words.
        error: String,
        /// For `slow-down`: when to try again.
        #[serde(skip_serializing_if = "Option::is_none")]
        retry_after_ms: Option<u64>,
        /// For `stale`: the server's clock; a new stamp goes above it.
        #[serde(skip_serializing_if = "Option::is_none")]
        clock: Option<u64>,
    },
}

impl Verdict {
    /// A refusal with no clock and no wait.
    pub fn refused(reason: RefusalReason, error: impl ToString) -> Self {
        Verdict::Refused {
            reason,
            error: error.to_string(),
            retry_after_ms: None,
            clock: None,
        }
    }

    /// A refusal by the core's admission, with what the device should do about it
    /// (`RefusalReason::for_admission`) and, when it is to make the edit again, the
    /// clock to stamp it above.
    fn not_admitted(refusal: Refusal, clock: u64) -> Self {
        let reason = RefusalReason::for_admission(&refusal);
        Verdict::Refused {
            reason,
            error: refusal.to_string(),
            retry_after_ms: None,
            clock: reason.carries_clock().then_some(clock),
        }
    }
}

/// One stored edit as the sequencer takes it back: the edit, whose device made it,
/// whether it arrived late, and its place in the order of arrival.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The edit.
    pub edit: StampedEdit,
    /// Whose device made it ([`Holder::author`]).
    pub author: String,
    /// True when it arrived after edits that come after it in the total order.
    pub late: bool,
    /// Its place in the order of arrival.
    pub position: i64,
}

/// An edit that waits for the end of the batch: it is late, or follows a late
/// edit from the same author, or belongs to a shared plan.
#[derive(Debug)]
struct Deferred {
    answer: usize,
    outcome: usize,
    conn: Option<ConnId>,
    author: String,
    edit: StampedEdit,
}

/// What one batch did: the rows to save, and then what to announce.
#[derive(Debug, Default)]
pub struct Batch {
    /// New rows, with their bodies as the log holds them.
    pub inserts: Vec<EditRow>,
    /// Stored rows an erasure rewrote: replica, seq and the new body.
    pub rewrites: Vec<(ReplicaId, u64, String)>,
    /// Participants erased in this batch: their tokens stop working.
    pub revoke: Vec<ParticipantId>,
    /// The edits taken in, as the log holds them, with the connection each came
    /// on (it gets an ack, not the edit).
    pub fresh: Vec<(StampedEdit, Option<ConnId>)>,
    /// One list of outcomes per [`Sequencer::submit`], in the order sent.
    pub outcomes: Vec<Vec<Outcome>>,
    /// True when the batch took in an erasure or a removal.
    pub erased: bool,
    deferred: Vec<Deferred>,
    deferred_authors: HashSet<String>,
    /// Late edits taken in, in the total order, received all at once at the end.
    accepted_late: Vec<StampedEdit>,
    /// The log as it was before the first erasure of the batch.
    before_erasure: Option<Vec<StampedEdit>>,
}

/// An open document's log at the server and everything needed to order new edits
/// into it.
#[derive(Debug)]
pub struct Sequencer {
    scope: Scope,
    doc: Document,
    /// The same as `doc.content()` between batches; within a batch, the state with
    /// every edit taken in so far, including late ones not yet received.
    working: Content,
    checkpoint: Checkpoint,
    /// A second checkpoint, [`FAR_CHECKPOINT_WINDOW`] back.
    far: Checkpoint,
    server_replica: ReplicaId,
    /// Whose device each replica id is; nobody else may use it.
    owners: HashMap<ReplicaId, String>,
    /// Edits whose clock was not above every clock already here when they arrived:
    /// a device that reports a clock may not have them.
    late: HashSet<Key>,
    /// Each edit's place in the order of arrival.
    positions: HashMap<Key, i64>,
    next_position: i64,
    /// How far above the log's clock a new edit's clock may be.
    max_clock_ahead: u64,
    /// The latest place in the order of arrival of an edit folded into the
    /// snapshot by compaction (0 before any): a device that has got to an earlier
    /// place lacks edits the log no longer lists.
    folded_position: i64,
    /// How many of the edits that arrived last compaction leaves in the log.
    compact_keep: usize,
}

/// A shared plan's log compacted at the server: what to store in place of the
/// snapshot, and the clock whose edits' rows go.
#[derive(Debug, Clone, PartialEq)]
pub struct Compacted {
    /// The new snapshot as stored: a [`StoredSnapshot`] as JSON.
    pub base: String,
    /// Every edit stamped at or before this clock is folded into it.
    pub clock: u64,
}

/// How a compacted snapshot is stored in the document's `base`: the compacted
/// document (its log empty; it records the checkpoint) and the latest place in the
/// order of arrival it folded. A plain `Content` is stored for one never compacted.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredSnapshot {
    /// The compacted document, version 3, with an empty log.
    pub compacted: serde_json::Value,
    /// The latest place in the order of arrival of an edit it folded.
    pub position: i64,
}

impl Sequencer {
    /// A document with nothing logged yet.
    pub fn new(
        id: DocumentId,
        scope: Scope,
        base: Content,
        server_replica: ReplicaId,
        max_clock_ahead: u64,
    ) -> Sequencer {
        Sequencer::over(
            Document::from_content(id, base),
            scope,
            server_replica,
            max_clock_ahead,
        )
    }

    fn over(
        doc: Document,
        scope: Scope,
        server_replica: ReplicaId,
        max_clock_ahead: u64,
    ) -> Sequencer {
        Sequencer {
            scope,
            working: doc.content().clone(),
            checkpoint: Checkpoint::start(doc.base()),
            far: Checkpoint::start(doc.base()),
            doc,
            server_replica,
            owners: HashMap::new(),
            late: HashSet::new(),
            positions: HashMap::new(),
            next_position: 1,
            max_clock_ahead,
            folded_position: 0,
            compact_keep: COMPACT_KEEP,
        }
    }

    /// A document as it was saved: its snapshot and its edits in the order they
    /// arrived. An error when the saved edits disagree (one replica and seq twice).
    pub fn restore(
        id: DocumentId,
        scope: Scope,
        base: Content,
        server_replica: ReplicaId,
        saved: Vec<Saved>,
        max_clock_ahead: u64,
    ) -> Result<Sequencer, ReplicaReused> {
        let doc = Document::from_content(id, base);
        Sequencer::restore_over(doc, 0, scope, server_replica, saved, max_clock_ahead)
    }

    /// Like [`Sequencer::restore`], over a snapshot stored by compaction: the
    /// compacted document and the latest place it folded.
    pub fn restore_over(
        doc: Document,
        folded_position: i64,
        scope: Scope,
        server_replica: ReplicaId,
        saved: Vec<Saved>,
        max_clock_ahead: u64,
    ) -> Result<Sequencer, ReplicaReused> {
        let mut seq = Sequencer::over(doc, scope, server_replica, max_clock_ahead);
        seq.folded_position = folded_position;
        seq.next_position = folded_position + 1;
        seq.positions.reserve(saved.len());
        let mut edits = Vec::with_capacity(saved.len());
        for row in saved {
            let key = (row.edit.replica, row.edit.seq);
            seq.owners.entry(key.0).or_insert(row.author);
            if row.late {
                seq.late.insert(key);
            }
            seq.positions.insert(key, row.position);
            seq.next_position = seq.next_position.max(row.position + 1);
            edits.push(row.edit);
        }
        seq.doc.receive(edits)?;
        seq.working = seq.doc.content().clone();
        seq.advance_checkpoint();
        Ok(seq)
    }

    /// The document as saved.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// What the document is for.
    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// The position of the newest edit (0 for none).
    pub fn position(&self) -> i64 {
        self.next_position - 1
    }

    fn mode(&self) -> Mode {
        match self.scope {
            Scope::Session { .. } => Mode::Strict,
            Scope::Shared => Mode::Merge,
        }
    }

    /// True when the session's votes are shown to everyone (always, for a plan).
    pub fn votes_revealed(&self) -> bool {
        match self.scope {
            Scope::Session { session, .. } => self
                .doc
                .content()
                .sessions
                .iter()
                .find(|s| s.id == session)
                .is_some_and(|s| s.votes_revealed),
            Scope::Shared => true,
        }
    }

    /// True when a device that has got to `since` lacks `e`, or — once the votes
    /// are revealed — was not shown it before (someone else's dot).
    pub fn is_missing(&self, role: &Holder, since: Since, revealed: bool, e: &StampedEdit) -> bool {
        let key = (e.replica, e.seq);
        let missing = match since {
            Since::Clock(clock) => e.clock > clock || self.late.contains(&key),
            Since::Position(after) => self.positions.get(&key).is_none_or(|p| *p > after),
        };
        let withheld = revealed && !role.reads_everything() && visibility::voter(&e.edit).is_some();
        missing || withheld
    }

    /// True when a device that has got to `since` holds some of the session but not
    /// the latest step that changed what phones and the board may hold (a statement
    /// hidden, shown or removed, someone erased): its copy may keep words it may no
    /// longer have, so it must start afresh.
    pub fn holds_withdrawn(&self, since: Since) -> bool {
        let holds_some = match since {
            Since::Clock(clock) => clock > 0,
            Since::Position(after) => after > 0,
        };
        holds_some
            && self
                .doc
                .log()
                .edits()
                .iter()
                .rev()
                .filter(|e| super::aliases::changes_disclosure(&e.edit))
                .any(|e| match since {
                    Since::Clock(clock) => e.clock > clock,
                    Since::Position(after) => self
                        .positions
                        .get(&(e.replica, e.seq))
                        .is_none_or(|p| *p > after),
                })
    }

    /// Takes a device's or a request's edits into the batch; `pace` says how long
    /// an author must wait when they send too quickly. The outcomes are
    /// `batch.outcomes[n]` for the `n` returned; those of waiting edits are filled
    /// in by [`Sequencer::finish`].
    pub fn submit(
        &mut self,
        batch: &mut Batch,
        role: &Holder,
        conn: Option<ConnId>,
        edits: Vec<StampedEdit>,
        pace: &mut dyn FnMut(&Holder, &str) -> Option<Duration>,
    ) -> usize {
        let answer = batch.outcomes.len();
        batch.outcomes.push(Vec::new());
        for (outcome, edit) in edits.into_iter().enumerate() {
            let (replica, seq) = (edit.replica, edit.seq);
            let verdict = self.take(role, conn, edit, (answer, outcome), batch, pace);
            batch.outcomes[answer].push(Outcome {
                replica,
                seq,
                verdict,
            });
        }
        answer
    }

    /// Checks one edit as it arrives. In order, it is applied at once; late (or
    /// behind a late one from the same author, or in a shared plan), it waits for
    /// the end of the batch and its verdict is filled in then.
    fn take(
        &mut self,
        role: &Holder,
        conn: Option<ConnId>,
        stamped: StampedEdit,
        (answer, outcome): (usize, usize),
        batch: &mut Batch,
        pace: &mut dyn FnMut(&Holder, &str) -> Option<Duration>,
    ) -> Verdict {
        if let Err(forbidden) = access::may_make(role, &self.scope, &stamped.edit) {
            return Verdict::refused(RefusalReason::Forbidden, forbidden);
        }
        let author = role.author();
        if self
            .owners
            .get(&stamped.replica)
            .is_some_and(|owner| *owner != author)
            || stamped.replica == self.server_replica
        {
            return Verdict::refused(RefusalReason::Forbidden, Forbidden::ReplicaTaken);
        }
        if let Some(checkpoint) = self.doc.checkpoint()
            && stamped.clock <= checkpoint.clock()
            && !checkpoint.folded().covers(stamped.replica, stamped.seq)
        {
            let before = BeforeCheckpoint {
                replica: stamped.replica,
                seq: stamped.seq,
                checkpoint: checkpoint.clock(),
            };
            // Made again above the server's clock, it lands after the checkpoint.
            return Verdict::Refused {
                reason: RefusalReason::Stale,
                error: before.to_string(),
                retry_after_ms: None,
                clock: Some(self.doc.log().clock()),
            };
        }
        match admission::screen(self.doc.log(), &stamped, self.max_clock_ahead) {
            Ok(Screened::Duplicate) => return Verdict::Duplicate,
            Ok(_) => {}
            Err(refusal) => return Verdict::not_admitted(refusal, self.doc.log().clock()),
        }
        if let Some(wait) = pace(role, &author) {
            return Verdict::Refused {
                reason: RefusalReason::SlowDown,
                error: "too many changes too quickly; this one will be sent again shortly".into(),
                retry_after_ms: Some(u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).max(1)),
                clock: None,
            };
        }
        let in_order = self
            .doc
            .log()
            .edits()
            .last()
            .is_none_or(|last| stamped.order() > last.order());
        if self.mode() == Mode::Merge || !in_order || batch.deferred_authors.contains(&author) {
            batch.deferred_authors.insert(author.clone());
            batch.deferred.push(Deferred {
                answer,
                outcome,
                conn,
                author,
                edit: stamped,
            });
            // Filled in by `finish`.
            return Verdict::Duplicate;
        }
        if let Err(e) = cares_core::edits::apply(&mut self.working, &stamped.edit) {
            return Verdict::refused(RefusalReason::for_rules(&e), e);
        }
        self.accept(stamped, author, conn, true, batch);
        Verdict::Saved
    }

    /// Someone joins the session with a code: the server makes their `Join` step,
    /// stamped with its own replica.
    pub fn join(
        &mut self,
        batch: &mut Batch,
        participant: ParticipantId,
        pseudonym: String,
    ) -> Result<(), RoomError> {
        let Scope::Session { session, .. } = self.scope else {
            return Err(RoomError::NotASession);
        };
        let step = SessionStep::Join {
            participant,
            pseudonym,
        };
        let edit = Edit::Session { session, step };
        // Joins come before the batch's late edits, so the document is up to date here.
        let stamped = self
            .doc
            .apply(self.server_replica, edit)
            .map_err(RoomError::Refused)?
            .clone();
        let _same = cares_core::edits::apply(&mut self.working, &stamped.edit);
        self.owners
            .entry(self.server_replica)
            .or_insert_with(|| SERVER_AUTHOR.to_owned());
        let key = (stamped.replica, stamped.seq);
        self.positions.insert(key, self.next_position);
        batch.inserts.push(EditRow {
            replica: stamped.replica,
            seq: stamped.seq,
            clock: stamped.clock,
            position: self.next_position,
            author: SERVER_AUTHOR.to_owned(),
            late: false,
            body: serde_json::to_string(&stamped).unwrap_or_default(),
        });
        self.next_position += 1;
        batch.fresh.push((stamped, None));
        Ok(())
    }

    /// Ends the batch: fits in the edits that waited, then writes every row as the
    /// log now holds it and lists the stored rows an erasure rewrote.
    pub fn finish(&mut self, batch: &mut Batch) {
        self.take_deferred(batch);
        self.write_as_logged(batch);
        if let Some(before) = batch.before_erasure.take() {
            let inserted: HashSet<Key> = batch.inserts.iter().map(|r| (r.replica, r.seq)).collect();
            for e in rewrites::rewritten(&before, self.doc.log().edits()) {
                if !inserted.contains(&(e.replica, e.seq)) {
                    let body = serde_json::to_string(e).unwrap_or_default();
                    batch.rewrites.push((e.replica, e.seq, body));
                }
            }
            // New rows are written with their bodies as they now stand.
            let logged = self.logged();
            for row in &mut batch.inserts {
                if let Some(e) = logged.get(&(row.replica, row.seq)) {
                    row.body = serde_json::to_string(e).unwrap_or_default();
                }
            }
            batch.erased = true;
        }
    }

    /// Takes in edits another server on the same database saved (rows after
    /// [`Sequencer::position`], in their order of arrival), as the log holds them
    /// afterwards; the batch returned lists them for passing on, with the
    /// participants an erasure among them revoked. Rows already here are skipped.
    /// An error, changing nothing, when they disagree with this log (one replica and
    /// seq twice): the room then loads the document again.
    pub fn absorb(&mut self, rows: Vec<Saved>) -> Result<Batch, ReplicaReused> {
        let mut batch = Batch::default();
        let rows: Vec<Saved> = rows
            .into_iter()
            .filter(|row| {
                !self
                    .positions
                    .contains_key(&(row.edit.replica, row.edit.seq))
            })
            .collect();
        if rows.is_empty() {
            return Ok(batch);
        }
        let edits: Vec<StampedEdit> = rows.iter().map(|row| row.edit.clone()).collect();
        let log = self.doc.log().edits();
        if let Some(earliest) = edits.iter().map(StampedEdit::order).min() {
            if !self.far.before(log, earliest) {
                self.far = Checkpoint::start(self.doc.base());
            }
            if !self.checkpoint.before(log, earliest) {
                self.checkpoint = self.far.clone();
            }
        }
        self.doc.receive(edits)?;
        self.working = self.doc.content().clone();
        for row in rows {
            let key = (row.edit.replica, row.edit.seq);
            self.owners.entry(key.0).or_insert(row.author);
            if row.late {
                self.late.insert(key);
            }
            self.positions.insert(key, row.position);
            self.next_position = self.next_position.max(row.position + 1);
            self.note_arrival(row.edit, &mut batch);
        }
        self.advance_checkpoint();
        Ok(batch)
    }

    /// The edits that arrived after `position`, as the log holds them, in their
    /// order of arrival, listed for passing on (after the room loaded the document
    /// again, the ones another server saved meanwhile).
    pub fn arrived_after(&self, position: i64) -> Batch {
        let mut batch = Batch::default();
        let mut arrived: Vec<(i64, &StampedEdit)> = self
            .doc
            .log()
            .edits()
            .iter()
            .filter_map(|e| {
                let at = *self.positions.get(&(e.replica, e.seq))?;
                (at > position).then_some((at, e))
            })
            .collect();
        arrived.sort_unstable_by_key(|(at, _)| *at);
        for (_, edit) in arrived {
            self.note_arrival(edit.clone(), &mut batch);
        }
        batch
    }

    /// Lists an edit saved elsewhere for passing on, with what an erasure in it means
    /// for the connections here.
    fn note_arrival(&self, edit: StampedEdit, batch: &mut Batch) {
        if Erasure::of(&edit.edit).is_some() {
            batch.erased = true;
        }
        if let (
            Scope::Session { session, .. },
            Edit::Session {
                session: s,
                step: SessionStep::Erase { participant },
            },
        ) = (&self.scope, &edit.edit)
            && s == session
        {
            batch.revoke.push(*participant);
        }
        batch.fresh.push((edit, None));
    }

    /// The batch is saved: the checkpoints move up behind the newest edit.
    pub fn saved(&mut self) {
        self.advance_checkpoint();
    }

    /// The deferred edits, in the order they arrived, then one `receive` for all.
    fn take_deferred(&mut self, batch: &mut Batch) {
        for d in std::mem::take(&mut batch.deferred) {
            let key = (d.edit.replica, d.edit.seq);
            let earlier = batch
                .accepted_late
                .iter()
                .find(|e| (e.replica, e.seq) == key);
            let held = match earlier {
                // Two edits in one batch under one replica and seq: the first stands.
                Some(e) if *e == d.edit => Ok(true),
                Some(e) => Err(ReplicaReused {
                    replica: e.replica,
                    seq: e.seq,
                }),
                None => self.doc.log().holds(&d.edit),
            };
            let verdict = match held {
                Err(reused) => Verdict::not_admitted(reused.into(), self.doc.log().clock()),
                Ok(true) => Verdict::Duplicate,
                Ok(false) => match self.fit_late(&d.edit, &batch.accepted_late) {
                    Ok(()) => {
                        self.accept(d.edit, d.author, d.conn, false, batch);
                        Verdict::Saved
                    }
                    Err(refusal) => {
                        let clock = batch
                            .accepted_late
                            .iter()
                            .map(|e| e.clock)
                            .max()
                            .unwrap_or(0)
                            .max(self.doc.log().clock());
                        Verdict::not_admitted(refusal, clock)
                    }
                },
            };
            if let Some(outcome) = batch
                .outcomes
                .get_mut(d.answer)
                .and_then(|o| o.get_mut(d.outcome))
            {
                outcome.verdict = verdict;
            }
        }
        if batch.accepted_late.is_empty() {
            return;
        }
        let log = self.doc.log().edits();
        let earliest = batch.accepted_late.iter().map(StampedEdit::order).min();
        if let Some(earliest) = earliest {
            if !self.far.before(log, earliest) {
                self.far = Checkpoint::start(self.doc.base());
            }
            if !self.checkpoint.before(log, earliest) {
                self.checkpoint = self.far.clone();
            }
        }
        if let Err(e) = self.doc.accept(batch.accepted_late.iter().cloned()) {
            // Screening above refuses a reused replica and seq and an edit from before
            // the checkpoint, so this is a bug.
            crate::log::event(&format!(
                "late edits were not taken in: {}",
                crate::log::kind_of(&e)
            ));
        }
        debug_assert!(
            self.mode() == Mode::Merge || self.working == *self.doc.content(),
            "the room's foresight and the core's receive disagree"
        );
        self.working = self.doc.content().clone();
    }

    /// Checks a deferred edit against the log plus the late edits already taken in
    /// this batch, updating `working` if it fits.
    fn fit_late(&mut self, stamped: &StampedEdit, accepted: &[StampedEdit]) -> Result<(), Refusal> {
        if self.mode() == Mode::Merge {
            return Ok(());
        }
        let log = self.doc.log().edits();
        let last = log
            .last()
            .map(StampedEdit::order)
            .max(accepted.last().map(StampedEdit::order));
        if last.is_none_or(|last| stamped.order() > last) {
            cares_core::edits::apply(&mut self.working, &stamped.edit)?;
            return Ok(());
        }
        let earliest = accepted
            .iter()
            .map(StampedEdit::order)
            .chain([stamped.order()])
            .min()
            .unwrap_or(stamped.order());
        // The nearest checkpoint before the edit; the core refuses one landing further
        // back than the far checkpoint without replaying anything.
        let (start, state) = [&self.checkpoint, &self.far]
            .into_iter()
            .find(|c| c.before(log, earliest))
            .map_or_else(
                || (0, self.doc.base().clone()),
                |c| (c.index, c.content.clone()),
            );
        let mut merged: Vec<&StampedEdit> = log[start..].iter().chain(accepted.iter()).collect();
        merged.sort_by_key(|e| e.order());
        self.working = admission::fit(state, &merged, stamped)?;
        Ok(())
    }

    /// Records an edit as taken in: its row, its place, and who may see it next.
    fn accept(
        &mut self,
        stamped: StampedEdit,
        author: String,
        conn: Option<ConnId>,
        in_order: bool,
        batch: &mut Batch,
    ) {
        let key = (stamped.replica, stamped.seq);
        let newest = batch
            .accepted_late
            .iter()
            .map(|e| e.clock)
            .max()
            .unwrap_or(0)
            .max(self.doc.log().clock());
        let late = stamped.clock <= newest;
        if Erasure::of(&stamped.edit).is_some() && batch.before_erasure.is_none() {
            batch.before_erasure = Some(self.doc.log().edits().to_vec());
        }
        if let (
            Scope::Session { session, .. },
            Edit::Session {
                session: s,
                step: SessionStep::Erase { participant },
            },
        ) = (&self.scope, &stamped.edit)
            && s == session
        {
            batch.revoke.push(*participant);
        }
        self.owners
            .entry(stamped.replica)
            .or_insert_with(|| author.clone());
        if late {
            self.late.insert(key);
        }
        self.positions.insert(key, self.next_position);
        batch.inserts.push(EditRow {
            replica: stamped.replica,
            seq: stamped.seq,
            clock: stamped.clock,
            position: self.next_position,
            author,
            late,
            body: serde_json::to_string(&stamped).unwrap_or_default(),
        });
        self.next_position += 1;
        batch.fresh.push((stamped.clone(), conn));
        if in_order {
            if let Err(e) = self.doc.accept([stamped]) {
                // `take` refuses a reused replica and seq and an edit from before the
                // checkpoint, so this is a bug.
                crate::log::event(&format!(
                    "an edit was not taken in: {}",
                    crate::log::kind_of(&e)
                ));
            }
        } else {
            let at = batch
                .accepted_late
                .partition_point(|e| e.order() < stamped.order());
            batch.accepted_late.insert(at, stamped);
        }
    }

    /// Makes the batch's rows and broadcasts what the log now holds: an erasure or a
    /// removal saved earlier blanks words in an edit that comes after it, and those
    /// words must be neither stored nor passed on.
    fn write_as_logged(&self, batch: &mut Batch) {
        let log = self.doc.log().edits();
        let mut changed = HashMap::new();
        for (fresh, _) in &mut batch.fresh {
            let Ok(at) = log.binary_search_by_key(&fresh.order(), StampedEdit::order) else {
                continue;
            };
            if log[at].edit != fresh.edit {
                fresh.clone_from(&log[at]);
                let body = serde_json::to_string(&log[at]).unwrap_or_default();
                changed.insert((fresh.replica, fresh.seq), body);
            }
        }
        for row in &mut batch.inserts {
            if let Some(body) = changed.remove(&(row.replica, row.seq)) {
                row.body = body;
            }
        }
    }

    /// Keeps the checkpoints within their windows of the newest edit.
    fn advance_checkpoint(&mut self) {
        let edits = self.doc.log().edits();
        self.checkpoint.advance(edits, CHECKPOINT_WINDOW);
        self.far.advance(edits, FAR_CHECKPOINT_WINDOW);
    }

    /// Compacts a shared plan's log once it is long enough (see
    /// [`compaction_point`]): the edits folded leave the log, their places and
    /// late marks with them. `None` when it is not time, or for a live session
    /// (never compacted: its snapshot is sent whole to every device).
    pub fn compact(&mut self) -> Option<Compacted> {
        if self.scope != Scope::Shared {
            return None;
        }
        let positions = &self.positions;
        let point = compaction_point(
            self.doc.log().edits(),
            |e| positions.get(&(e.replica, e.seq)).copied(),
            self.compact_keep,
        )?;
        if let Err(e) = self.doc.compact(point) {
            crate::log::event(&format!(
                "a shared plan was not compacted: {}",
                crate::log::kind_of(&e)
            ));
            return None;
        }
        let checkpoint = self.doc.checkpoint()?.clone();
        let folded = checkpoint.folded();
        let mut latest = self.folded_position;
        self.positions.retain(|&(replica, seq), position| {
            let keep = !folded.covers(replica, seq);
            if !keep {
                latest = latest.max(*position);
            }
            keep
        });
        self.late
            .retain(|&(replica, seq)| !folded.covers(replica, seq));
        self.folded_position = latest;
        self.checkpoint = Checkpoint::start(self.doc.base());
        self.far = Checkpoint::start(self.doc.base());
        self.advance_checkpoint();
        let mut compacted = serde_json::from_str::<serde_json::Value>(&self.doc.to_json_compact())
            .unwrap_or_default();
        compacted["log"] = serde_json::Value::Array(Vec::new());
        let base = serde_json::to_string(&StoredSnapshot {
            compacted,
            position: latest,
        })
        .unwrap_or_default();
        Some(Compacted {
            base,
            clock: checkpoint.clock(),
        })
    }

    /// The checkpoint's clock when a device that has got to `since` lacks edits
    /// folded into the snapshot, which the log no longer lists: it must take a
    /// fresh copy of the document.
    pub fn before_checkpoint(&self, since: Since) -> Option<u64> {
        let checkpoint = self.doc.checkpoint()?;
        let before = match since {
            Since::Clock(clock) => clock < checkpoint.clock(),
            Since::Position(after) => after < self.folded_position,
        };
        before.then_some(checkpoint.clock())
    }

    /// The logged edits by replica and seq.
    pub fn logged(&self) -> HashMap<Key, &StampedEdit> {
        self.doc
            .log()
            .edits()
            .iter()
            .map(|e| ((e.replica, e.seq), e))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::{Phase, Session};
    use cares_core::edits::ERASED_TEXT;
    use cares_core::ids::{ContributionId, PlanId, SessionId};

    type Checked = Result<(), Box<dyn std::error::Error>>;

    const SESSION: SessionId = SessionId::from_u128(1);
    const SERVER: ReplicaId = ReplicaId::from_u128(100);
    const PHONE: ReplicaId = ReplicaId::from_u128(101);
    const LAPTOP: ReplicaId = ReplicaId::from_u128(102);
    const SAM: ParticipantId = ParticipantId::from_u128(7);
    const SCOPE: Scope = Scope::Session {
        session: SESSION,
        plan: PlanId::from_u128(2),
    };
    const SAMS: Holder = Holder::Participant(SAM);

    fn unpaced(_: &Holder, _: &str) -> Option<Duration> {
        None
    }

    fn step(step: SessionStep) -> Edit {
        Edit::Session {
            session: SESSION,
            step,
        }
    }

    fn statement(n: u128, text: &str) -> Edit {
        step(SessionStep::AddContribution {
            contribution: ContributionId::from_u128(n),
            participant: Some(SAM),
            text: text.into(),
        })
    }

    fn stamped(replica: ReplicaId, seq: u64, clock: u64, edit: Edit) -> StampedEdit {
        StampedEdit {
            replica,
            seq,
            clock,
            edit,
        }
    }

    /// A session Sam has joined (the server's edit at clock 1), saved.
    fn session() -> Result<Sequencer, Box<dyn std::error::Error>> {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("a date")?;
        let mut base = Content::new("Maltby");
        base.sessions
            .push(Session::new(SESSION, "What carers need", "Maltby", day, 3)?);
        let mut seq = Sequencer::new(DocumentId::from_u128(1), SCOPE, base, SERVER, 100);
        let mut batch = Batch::default();
        seq.join(&mut batch, SAM, "Sam".into())?;
        seq.finish(&mut batch);
        seq.saved();
        Ok(seq)
    }

    /// Runs one batch of edits from one holder; the batch and the verdicts.
    fn batch(
        seq: &mut Sequencer,
        holder: Holder,
        edits: Vec<StampedEdit>,
    ) -> (Batch, Vec<Verdict>) {
        let mut batch = Batch::default();
        let at = seq.submit(&mut batch, &holder, Some(9), edits, &mut unpaced);
        seq.finish(&mut batch);
        seq.saved();
        let verdicts = batch.outcomes[at]
            .iter()
            .map(|o| o.verdict.clone())
            .collect();
        (batch, verdicts)
    }

    #[test]
    fn edits_in_order_are_saved_with_rows_in_the_order_they_arrived() -> Checked {
        let mut seq = session()?;
        let edits = vec![
            stamped(PHONE, 1, 2, statement(1, "to be listened to")),
            stamped(PHONE, 2, 3, statement(2, "a break")),
        ];
        let (batch, verdicts) = batch(&mut seq, SAMS, edits.clone());
        assert_eq!(verdicts, [Verdict::Saved, Verdict::Saved]);
        let rows: Vec<(u64, i64, bool)> = batch
            .inserts
            .iter()
            .map(|r| (r.seq, r.position, r.late))
            .collect();
        assert_eq!(rows, [(1, 2, false), (2, 3, false)]);
        assert_eq!(
            batch.fresh,
            edits.into_iter().map(|e| (e, Some(9))).collect::<Vec<_>>()
        );
        assert_eq!(seq.position(), 3);
        assert_eq!(seq.doc().content().sessions[0].contributions.len(), 2);
        Ok(())
    }

    #[test]
    fn a_statement_stamped_before_a_saved_phase_change_is_too_late_with_the_clock_to_stamp_above()
    -> Checked {
        let mut seq = session()?;
        let advance = stamped(
            LAPTOP,
            1,
            5,
            step(SessionStep::Advance { to: Phase::Group }),
        );
        let (_, verdicts) = batch(&mut seq, Holder::Facilitator, vec![advance]);
        assert_eq!(verdicts, [Verdict::Saved]);
        let late = stamped(PHONE, 1, 3, statement(1, "made offline"));
        let (batch, verdicts) = batch(&mut seq, SAMS, vec![late]);
        assert!(
            matches!(
                &verdicts[..],
                [Verdict::Refused {
                    reason: RefusalReason::TooLate,
                    clock: Some(5),
                    ..
                }]
            ),
            "{verdicts:?}"
        );
        assert!(batch.inserts.is_empty() && batch.fresh.is_empty());
        Ok(())
    }

    #[test]
    fn a_repeat_is_a_duplicate_and_another_persons_device_id_is_refused() -> Checked {
        let mut seq = session()?;
        let first = stamped(PHONE, 1, 2, statement(1, "to be listened to"));
        let _ = batch(&mut seq, SAMS, vec![first.clone()]);
        let (again, verdicts) = batch(&mut seq, SAMS, vec![first]);
        assert_eq!(verdicts, [Verdict::Duplicate]);
        assert!(again.inserts.is_empty());
        let borrowed = stamped(PHONE, 2, 3, step(SessionStep::Advance { to: Phase::Group }));
        let (_, verdicts) = batch(&mut seq, Holder::Facilitator, vec![borrowed]);
        assert!(
            matches!(
                &verdicts[..],
                [Verdict::Refused {
                    reason: RefusalReason::Forbidden,
                    ..
                }]
            ),
            "{verdicts:?}"
        );
        Ok(())
    }

    #[test]
    fn too_many_edits_too_quickly_are_told_to_slow_down_for_as_long_as_pace_says() -> Checked {
        let mut seq = session()?;
        let mut batch = Batch::default();
        let mut busy = |_: &Holder, _: &str| Some(Duration::from_millis(250));
        let edit = stamped(PHONE, 1, 2, statement(1, "to be listened to"));
        let at = seq.submit(&mut batch, &SAMS, None, vec![edit], &mut busy);
        seq.finish(&mut batch);
        assert!(matches!(
            batch.outcomes[at][..],
            [Outcome {
                verdict: Verdict::Refused {
                    reason: RefusalReason::SlowDown,
                    retry_after_ms: Some(250),
                    ..
                },
                ..
            }]
        ));
        Ok(())
    }

    #[test]
    fn an_erasure_lists_the_saved_rows_it_rewrote_and_revokes_the_persons_token() -> Checked {
        let mut seq = session()?;
        let said = stamped(PHONE, 1, 2, statement(1, "my neighbour Sam"));
        let _ = batch(&mut seq, SAMS, vec![said.clone()]);
        let erase = stamped(LAPTOP, 1, 3, step(SessionStep::Erase { participant: SAM }));
        let (batch, verdicts) = batch(&mut seq, Holder::Facilitator, vec![erase]);
        assert_eq!(verdicts, [Verdict::Saved]);
        assert!(batch.erased);
        assert_eq!(batch.revoke, [SAM]);
        let rewritten: Vec<Key> = batch.rewrites.iter().map(|(r, s, _)| (*r, *s)).collect();
        assert_eq!(
            rewritten,
            [(SERVER, 1), (PHONE, 1)],
            "the join and the statement"
        );
        for (_, _, body) in &batch.rewrites {
            assert!(
                !body.contains("my neighbour Sam") && !body.contains("\"Sam\""),
                "{body}"
            );
        }
        assert!(batch.rewrites[1].2.contains(ERASED_TEXT));
        Ok(())
    }

    #[test]
    fn a_room_restored_from_its_rows_orders_and_answers_as_before() -> Checked {
        let mut seq = session()?;
        let edits = vec![stamped(PHONE, 1, 2, statement(1, "to be listened to"))];
        let (batch, _) = batch(&mut seq, SAMS, edits.clone());
        let saved: Vec<Saved> = seq
            .doc()
            .log()
            .edits()
            .iter()
            .zip([1, batch.inserts[0].position])
            .map(|(e, position)| Saved {
                edit: e.clone(),
                author: if e.replica == SERVER {
                    SERVER_AUTHOR.into()
                } else {
                    SAMS.author()
                },
                late: false,
                position,
            })
            .collect();
        let mut restored = Sequencer::restore(
            DocumentId::from_u128(1),
            SCOPE,
            seq.doc().base().clone(),
            SERVER,
            saved,
            100,
        )?;
        assert_eq!(restored.position(), seq.position());
        assert_eq!(restored.doc().content(), seq.doc().content());
        let (_, verdicts) = self::batch(&mut restored, SAMS, edits);
        assert_eq!(verdicts, [Verdict::Duplicate]);
        Ok(())
    }

    fn title(n: u64) -> Edit {
        Edit::SetTitle {
            title: format!("Maltby {n}"),
        }
    }

    /// A shared plan whose 25 saved renames are more than the 10 it keeps when compacting.
    fn long_shared_plan() -> Sequencer {
        let mut seq = Sequencer::new(
            DocumentId::from_u128(9),
            Scope::Shared,
            Content::new("Maltby"),
            SERVER,
            1_000,
        );
        seq.compact_keep = 10;
        let mut batch = Batch::default();
        let edits = (1..=25).map(|n| stamped(LAPTOP, n, n, title(n))).collect();
        seq.submit(&mut batch, &Holder::Editor, None, edits, &mut unpaced);
        seq.finish(&mut batch);
        seq.saved();
        seq
    }

    #[test]
    fn a_long_shared_plan_is_compacted_below_what_arrived_last_and_reads_back_the_same() -> Checked
    {
        let mut seq = long_shared_plan();
        let content = seq.doc().content().clone();
        let compacted = seq
            .compact()
            .ok_or("a 25-edit log keeping 10 is compacted")?;
        // The ten that arrived last (16 to 25) stay; everything below them folds.
        assert_eq!(compacted.clock, 15);
        assert_eq!(seq.doc().log().len(), 10);
        assert_eq!(seq.doc().content(), &content);
        assert_eq!(seq.compact(), None, "not again until the log is long again");

        // What the database keeps (the snapshot and the rows left) reads back the same.
        let stored: StoredSnapshot = serde_json::from_str(&compacted.base)?;
        assert_eq!(stored.position, 15);
        let doc = Document::from_json(stored.compacted.to_string().as_bytes())?;
        assert!(doc.log().is_empty());
        let rows = seq
            .doc()
            .log()
            .edits()
            .iter()
            .map(|e| Saved {
                edit: e.clone(),
                author: "editor".into(),
                late: false,
                position: i64::try_from(e.seq).unwrap_or(0),
            })
            .collect();
        let back =
            Sequencer::restore_over(doc, stored.position, Scope::Shared, SERVER, rows, 1_000)?;
        assert_eq!(back.doc().content(), &content);
        assert_eq!(back.position(), 25);

        // A copy that pulls from before the checkpoint is told to take a fresh copy.
        assert_eq!(back.before_checkpoint(Since::Position(3)), Some(15));
        assert_eq!(back.before_checkpoint(Since::Clock(14)), Some(15));
        assert_eq!(back.before_checkpoint(Since::Position(15)), None);
        assert_eq!(back.before_checkpoint(Since::Clock(20)), None);
        Ok(())
    }

    #[test]
    fn an_edit_from_before_the_checkpoint_is_refused_plainly_and_a_folded_one_again_is_a_duplicate()
    -> Checked {
        let mut seq = long_shared_plan();
        seq.compact().ok_or("compacted")?;

        let mut batch = Batch::default();
        // A phone edited offline at clock 5 and never sent it; the laptop sends its
        // third edit, folded long ago, again.
        let offline = stamped(PHONE, 1, 5, title(100));
        let again = stamped(LAPTOP, 3, 3, title(3));
        let at = seq.submit(
            &mut batch,
            &Holder::Editor,
            None,
            vec![offline, again],
            &mut unpaced,
        );
        seq.finish(&mut batch);
        let outcomes = &batch.outcomes[at];
        let Verdict::Refused {
            reason,
            error,
            clock,
            ..
        } = &outcomes[0].verdict
        else {
            return Err(format!("{:?}", outcomes[0]).into());
        };
        assert_eq!((*reason, *clock), (RefusalReason::Stale, Some(25)));
        assert!(error.contains("before a checkpoint"), "{error}");
        assert_eq!(outcomes[1].verdict, Verdict::Duplicate);
        assert_eq!(seq.doc().content().title, "Maltby 25");
        Ok(())
    }
}
