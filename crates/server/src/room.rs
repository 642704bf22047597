//! One room per document in use: a task that owns the document and takes its edits
//! in one at a time, in the order they arrive.
//!
//! For each batch of commands waiting in its queue, a room checks every edit (role,
//! device, pace, the core's rules), applies the ones it takes with
//! `Document::receive`, saves the whole batch in one transaction, and only then
//! acknowledges each edit to its sender and passes it on to every other connection
//! that may see it. Nothing is acknowledged or passed on before it is on disk; if
//! saving fails, the room reloads the document from the database and tells each
//! sender to send again.
//!
//! A connection's messages wait in its [`Outbox`], bounded by bytes: one that falls
//! too far behind is let go and told to reconnect. Its catch-up goes in pieces, the
//! next one only once the connection has written the last, so a device that does
//! not read holds one piece of memory, not the whole log.
//!
//! Architecture invariant: a room is the only writer of its document's rows.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use cares_core::admission::{self, Refusal, Screened};
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, EditError, Erasure, SessionStep, StampedEdit};
use cares_core::ids::{DocumentId, ParticipantId, ReplicaId};
use cares_core::{rewrites, visibility};
use cares_protocol::{RefusalReason, ServerMessage};
use serde::Serialize;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::access::{self, Forbidden, Holder, Scope};
use crate::limits::{Limits, TokenBucket};
use crate::log;
use crate::secrets::{JoinCode, TokenHash};
use crate::store::{Changes, EditRow, Store, StoredDocument, TokenRow};

/// Commands waiting for a room before it stops taking more.
const QUEUE: usize = 1024;
/// Messages waiting for one connection; a connection that falls this far behind is
/// dropped and catches up when it reconnects.
const OUTBOX: usize = 1024;
/// The most commands handled (and saved) together.
const MAX_BATCH: usize = 256;
/// The most edits in one catch-up message.
const CATCH_UP_CHUNK: usize = 500;
/// About the most bytes in one catch-up message (one edit may take it past).
const CATCH_UP_BYTES: usize = 64 * 1024;
/// How long a room with no connections waits before it closes.
const IDLE: Duration = Duration::from_secs(600);
/// A batch that takes longer than this is logged (50 ms is the live board's goal).
const SLOW_BATCH: Duration = Duration::from_millis(50);
/// The author name of the server's own edits.
const SERVER_AUTHOR: &str = "server";

/// How strictly edits are checked against the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A live session: an edit that does not apply is refused, with the reason.
    Strict,
    /// A shared plan: edits merge as the core merges them (one that no longer
    /// applies is kept and skipped on every copy).
    Merge,
}

/// Identifies one live connection.
pub type ConnId = u64;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// A new connection id.
pub fn next_conn_id() -> ConnId {
    NEXT_CONN.fetch_add(1, Ordering::Relaxed)
}

/// What a room sends a connection.
#[derive(Debug, Clone)]
pub enum Outbound {
    /// A message, already written as JSON.
    Text(Utf8Bytes),
    /// A piece of the catch-up: once it is written, ask the room for
    /// [`Command::More`].
    Piece(Utf8Bytes),
    /// Close the connection with this code and reason.
    Close(u16, &'static str),
}

impl Outbound {
    fn bytes(&self) -> usize {
        match self {
            Outbound::Text(text) | Outbound::Piece(text) => text.len(),
            Outbound::Close(..) => 0,
        }
    }
}

/// The room's end of a connection's queue, bounded by bytes as well as messages.
#[derive(Debug, Clone)]
pub struct Outbox {
    tx: mpsc::Sender<Outbound>,
    queued: Arc<AtomicUsize>,
    cap: usize,
}

impl Outbox {
    /// Queues a message; false when the connection has fallen too far behind.
    fn try_send(&self, message: Outbound) -> bool {
        let bytes = message.bytes();
        let before = self.queued.fetch_add(bytes, Ordering::Relaxed);
        // A close always fits, and so does anything into an empty queue (a welcome
        // with a large snapshot); anything else only under the cap.
        if bytes > 0 && before > 0 && before + bytes > self.cap {
            self.queued.fetch_sub(bytes, Ordering::Relaxed);
            return false;
        }
        if self.tx.try_send(message).is_err() {
            self.queued.fetch_sub(bytes, Ordering::Relaxed);
            return false;
        }
        true
    }
}

/// The connection's end of its queue.
#[derive(Debug)]
pub struct Inbox {
    rx: mpsc::Receiver<Outbound>,
    queued: Arc<AtomicUsize>,
}

impl Inbox {
    /// The next message; `None` once the room has let go of the connection.
    pub async fn recv(&mut self) -> Option<Outbound> {
        let message = self.rx.recv().await?;
        self.queued.fetch_sub(message.bytes(), Ordering::Relaxed);
        Some(message)
    }
}

/// A live connection, as a room knows it.
#[derive(Debug)]
pub struct Subscriber {
    /// Its id.
    pub id: ConnId,
    /// What its token lets it do.
    pub role: Holder,
    /// Where its messages go.
    pub outbox: Outbox,
    /// Where its catch-up has got to, until it is caught up.
    catching_up: Option<CatchUp>,
}

impl Subscriber {
    /// A connection not yet caught up.
    pub fn new(id: ConnId, role: Holder, outbox: Outbox) -> Self {
        Self {
            id,
            role,
            outbox,
            catching_up: None,
        }
    }
}

/// How far a connection's catch-up has got.
#[derive(Debug, Clone, Copy)]
struct CatchUp {
    since: Since,
    /// The index in the log of the next edit to look at. An edit that arrives late
    /// moves the rest up one, so one edit may be sent twice, which devices ignore;
    /// the late edit itself was passed on live.
    next: usize,
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
    fn refused(reason: RefusalReason, error: impl ToString) -> Self {
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

/// Edits a device is missing, and the server's clock.
#[derive(Debug, Clone, PartialEq)]
pub struct Pulled {
    /// The edits, in the one total order.
    pub edits: Vec<StampedEdit>,
    /// The highest clock the server has.
    pub clock: u64,
    /// The position of the newest edit: pass it back to get only what is newer.
    pub position: i64,
}

/// Why a room could not do what was asked.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RoomError {
    /// No such document.
    #[error("there is no such document")]
    NotFound,
    /// The database failed; nothing was changed.
    #[error("the server could not save this; please try again")]
    NotSaved,
    /// The room could not be reached.
    #[error("the server is busy; please try again")]
    Unavailable,
    /// Live connections are only for sessions.
    #[error("this document is not a live session")]
    NotASession,
    /// The core's rules refused a step the server made (a pseudonym too long…).
    #[error(transparent)]
    Refused(EditError),
}

type Reply<T> = oneshot::Sender<Result<T, RoomError>>;

/// What a room is asked to do.
#[derive(Debug)]
pub enum Command {
    /// A live connection starts: send it the welcome and what it is missing.
    Connect {
        /// The connection.
        conn: Subscriber,
        /// What it already has.
        since: Since,
        /// Answered once it is registered.
        reply: Reply<()>,
    },
    /// A connection wrote its last catch-up piece and is ready for the next.
    More {
        /// Which.
        conn: ConnId,
    },
    /// A live connection ended.
    Disconnect {
        /// Which.
        conn: ConnId,
    },
    /// Edits to take in, from a live connection (answered on it) or a request.
    Submit {
        /// Who sent them.
        role: Holder,
        /// The connection they came on, if any: its outcomes go there.
        conn: Option<ConnId>,
        /// The edits.
        edits: Vec<StampedEdit>,
        /// For a request: the outcomes, in the order sent.
        reply: Option<Reply<Vec<Outcome>>>,
    },
    /// Someone joins the session with a code; the server makes their `Join` step.
    Join {
        /// Their new id.
        participant: ParticipantId,
        /// The name they chose.
        pseudonym: String,
        /// Their token, stored with the step.
        token: TokenHash,
        /// Answered once saved.
        reply: Reply<()>,
    },
    /// Edits after a clock, as this role may see them.
    Pull {
        /// Who asks.
        role: Holder,
        /// What they already have.
        since: Since,
        /// The answer.
        reply: Reply<Pulled>,
    },
    /// The whole document as JSON.
    Export {
        /// The answer.
        reply: Reply<String>,
    },
}

type Registry = Arc<Mutex<HashMap<DocumentId, (u64, mpsc::Sender<Command>)>>>;

/// Every open room, by document.
#[derive(Debug, Clone)]
pub struct Rooms {
    registry: Registry,
    next_generation: Arc<AtomicU64>,
    store: Store,
    limits: Arc<Limits>,
}

impl Rooms {
    /// No rooms open yet.
    pub fn new(store: Store, limits: Arc<Limits>) -> Self {
        Self {
            registry: Arc::default(),
            next_generation: Arc::new(AtomicU64::new(1)),
            store,
            limits,
        }
    }

    /// The queue of a document's room, opening the room if it is not open.
    pub fn handle(&self, id: DocumentId) -> mpsc::Sender<Command> {
        let mut rooms = self.registry.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, tx)) = rooms.get(&id)
            && !tx.is_closed()
        {
            return tx.clone();
        }
        let (tx, rx) = mpsc::channel(QUEUE);
        let generation = self.next_generation.fetch_add(1, Ordering::Relaxed);
        rooms.insert(id, (generation, tx.clone()));
        let room = RoomTask {
            id,
            generation,
            registry: Arc::clone(&self.registry),
            store: self.store.clone(),
            limits: Arc::clone(&self.limits),
        };
        tokio::spawn(room.run(rx));
        tx
    }

    fn forget(&self, id: DocumentId, handle: &mpsc::Sender<Command>) {
        let mut rooms = self.registry.lock().unwrap_or_else(PoisonError::into_inner);
        if rooms
            .get(&id)
            .is_some_and(|(_, tx)| tx.same_channel(handle))
        {
            rooms.remove(&id);
        }
    }

    /// Sends a command made by `make` and waits for its answer, trying a second
    /// time if the room closed in between.
    pub async fn request<T>(
        &self,
        id: DocumentId,
        make: impl Fn(Reply<T>) -> Command,
    ) -> Result<T, RoomError> {
        for _ in 0..2 {
            let (tx, rx) = oneshot::channel();
            let handle = self.handle(id);
            if handle.send(make(tx)).await.is_err() {
                self.forget(id, &handle);
                continue;
            }
            match rx.await {
                Ok(answer) => return answer,
                Err(_) => self.forget(id, &handle),
            }
        }
        Err(RoomError::Unavailable)
    }
}

/// What a room needs to start.
struct RoomTask {
    id: DocumentId,
    generation: u64,
    registry: Registry,
    store: Store,
    limits: Arc<Limits>,
}

impl RoomTask {
    async fn run(self, mut rx: mpsc::Receiver<Command>) {
        let mut room = match self.store.load(self.id).await {
            Ok(Some(stored)) => match Room::build(stored, self.store.clone(), &self.limits) {
                Ok(room) => Some(room),
                Err(e) => {
                    log::event(&format!(
                        "stored document {} could not be read: {e}",
                        self.id
                    ));
                    None
                }
            },
            Ok(None) => None,
            Err(e) => {
                log::event(&format!("a document could not be loaded: {}", e.for_log()));
                None
            }
        };
        loop {
            let Some(open) = room.as_mut() else {
                // Nothing to serve: answer what is queued, then close.
                self.unregister(&mut rx);
                while let Ok(command) = rx.try_recv() {
                    refuse_missing(command);
                }
                return;
            };
            let first = if open.conns.is_empty() {
                match tokio::time::timeout(IDLE, rx.recv()).await {
                    Ok(Some(command)) => command,
                    Ok(None) => return,
                    Err(_) => {
                        if self.unregister(&mut rx) {
                            return;
                        }
                        continue;
                    }
                }
            } else {
                match rx.recv().await {
                    Some(command) => command,
                    None => return,
                }
            };
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(command) => batch.push(command),
                    Err(_) => break,
                }
            }
            let started = std::time::Instant::now();
            let commands = batch.len();
            let ok = open.process(batch).await;
            // Worth an operator's attention: a batch slower than the live board's goal.
            if started.elapsed() > SLOW_BATCH {
                log::event(&format!(
                    "a batch of {commands} commands took {:.1} ms (the log holds {} edits)",
                    started.elapsed().as_secs_f64() * 1000.0,
                    open.doc.log().len()
                ));
            }
            if !ok {
                room = None;
            }
        }
    }

    /// Leaves the registry unless a command is waiting; true when it left.
    fn unregister(&self, rx: &mut mpsc::Receiver<Command>) -> bool {
        let mut rooms = self.registry.lock().unwrap_or_else(PoisonError::into_inner);
        if !rx.is_empty() {
            return false;
        }
        if rooms
            .get(&self.id)
            .is_some_and(|(g, _)| *g == self.generation)
        {
            rooms.remove(&self.id);
        }
        rx.close();
        true
    }
}

fn refuse_missing(command: Command) {
    // A dropped reply tells the caller the same thing; a failed send needs no more.
    match command {
        Command::Connect { reply, .. } | Command::Join { reply, .. } => {
            let _ignored = reply.send(Err(RoomError::NotFound));
        }
        Command::Submit {
            reply: Some(reply), ..
        } => {
            let _ignored = reply.send(Err(RoomError::NotFound));
        }
        Command::Pull { reply, .. } => {
            let _ignored = reply.send(Err(RoomError::NotFound));
        }
        Command::Export { reply } => {
            let _ignored = reply.send(Err(RoomError::NotFound));
        }
        Command::Submit { reply: None, .. } | Command::Disconnect { .. } | Command::More { .. } => {
        }
    }
}

/// How far behind the newest edit the room keeps a copy of the state, so an edit
/// that arrives a little late is checked by replaying from there, not from the start.
const CHECKPOINT_WINDOW: usize = 256;
/// How far behind the newest edit the room keeps a second copy: at least as far as
/// the core lets a late edit land, so no late edit is checked from the start.
const FAR_CHECKPOINT_WINDOW: usize = cares_core::admission::MAX_LANDS_BEHIND;

/// The state after the first `index` edits of the log.
#[derive(Clone)]
struct Checkpoint {
    index: usize,
    content: Content,
}

impl Checkpoint {
    fn start(base: &Content) -> Checkpoint {
        Checkpoint {
            index: 0,
            content: base.clone(),
        }
    }

    /// Keeps it between `window` and twice that behind the newest edit.
    fn advance(&mut self, edits: &[StampedEdit], window: usize) {
        let target = edits.len().saturating_sub(window);
        if target < self.index + window {
            return;
        }
        for e in &edits[self.index..target] {
            let _skipped = cares_core::edits::apply(&mut self.content, &e.edit);
        }
        self.index = target;
    }

    /// True when nothing at or before `order` is folded into it, so an edit placed
    /// there can be checked by replaying from it.
    fn before(&self, edits: &[StampedEdit], order: (u64, ReplicaId, u64)) -> bool {
        self.index == 0 || edits.get(self.index - 1).is_some_and(|e| e.order() < order)
    }
}

/// Where a device says it has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// The highest clock among the edits it has (the core's `EditLog::since`).
    Clock(u64),
    /// The last position the server gave it (exact: nothing is missed).
    Position(i64),
}

/// An open document and the connections watching it.
struct Room {
    id: DocumentId,
    scope: Scope,
    code: Option<JoinCode>,
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
    conns: Vec<Subscriber>,
    buckets: HashMap<String, TokenBucket>,
    store: Store,
    limits: Arc<Limits>,
}

/// An edit that waits for the end of the batch: it is late, or follows a late
/// edit from the same author, or belongs to a shared plan.
struct Deferred {
    answer: usize,
    outcome: usize,
    conn: Option<ConnId>,
    author: String,
    edit: StampedEdit,
}

/// What one batch did, to save and then announce.
#[derive(Default)]
struct Work {
    inserts: Vec<EditRow>,
    fresh: Vec<(StampedEdit, Option<ConnId>)>,
    deferred: Vec<Deferred>,
    deferred_authors: HashSet<String>,
    /// Late edits taken in, in the total order, received all at once at the end.
    accepted_late: Vec<StampedEdit>,
    /// The log as it was before the first erasure of the batch.
    before_erasure: Option<Vec<StampedEdit>>,
    rewrites: Vec<(ReplicaId, u64, String)>,
    tokens: Vec<TokenRow>,
    revoke: Vec<ParticipantId>,
    replies: Vec<Answer>,
}

enum Answer {
    Submit {
        conn: Option<ConnId>,
        reply: Option<Reply<Vec<Outcome>>>,
        outcomes: Vec<Outcome>,
    },
    Join(Reply<()>),
}

type Key = (ReplicaId, u64);

impl Room {
    fn build(stored: StoredDocument, store: Store, limits: &Arc<Limits>) -> Result<Room, String> {
        let base: Content = serde_json::from_str(&stored.base)
            .map_err(|e| format!("its snapshot, at {}", e.column()))?;
        let mut doc = Document::from_content(stored.id, base);
        let mut owners = HashMap::new();
        let mut late = HashSet::new();
        let mut positions = HashMap::with_capacity(stored.edits.len());
        let mut edits = Vec::with_capacity(stored.edits.len());
        for row in &stored.edits {
            let edit: StampedEdit = serde_json::from_str(&row.body)
                .map_err(|_| format!("its edit at position {}", row.position))?;
            owners
                .entry(row.replica)
                .or_insert_with(|| row.author.clone());
            if row.late {
                late.insert((row.replica, row.seq));
            }
            positions.insert((row.replica, row.seq), row.position);
            edits.push(edit);
        }
        doc.receive(edits)
            .map_err(|e| format!("its edits, which disagree: {e}"))?;
        let scope = match &stored.session {
            Some(s) => Scope::Session {
                session: s.id,
                plan: s.plan,
            },
            None => Scope::Shared,
        };
        let mut room = Room {
            id: stored.id,
            scope,
            code: stored.session.map(|s| s.code),
            working: doc.content().clone(),
            checkpoint: Checkpoint::start(doc.base()),
            far: Checkpoint::start(doc.base()),
            doc,
            server_replica: stored.server_replica,
            owners,
            late,
            positions,
            next_position: stored.edits.last().map_or(1, |r| r.position + 1),
            conns: Vec::new(),
            buckets: HashMap::new(),
            store,
            limits: Arc::clone(limits),
        };
        room.advance_checkpoint();
        Ok(room)
    }

    fn mode(&self) -> Mode {
        match self.scope {
            Scope::Session { .. } => Mode::Strict,
            Scope::Shared => Mode::Merge,
        }
    }

    fn votes_revealed(&self) -> bool {
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

    /// Handles one batch; false when the room can no longer serve.
    async fn process(&mut self, batch: Vec<Command>) -> bool {
        let revealed_before = self.votes_revealed();
        let mut work = Work::default();
        let mut after = Vec::new();
        for command in batch {
            match command {
                Command::Submit {
                    role,
                    conn,
                    edits,
                    reply,
                } => {
                    let answer = work.replies.len();
                    let outcomes = edits
                        .into_iter()
                        .enumerate()
                        .map(|(outcome, edit)| Outcome {
                            replica: edit.replica,
                            seq: edit.seq,
                            verdict: self.take(&role, conn, edit, (answer, outcome), &mut work),
                        })
                        .collect();
                    work.replies.push(Answer::Submit {
                        conn,
                        reply,
                        outcomes,
                    });
                }
                Command::Join {
                    participant,
                    pseudonym,
                    token,
                    reply,
                } => self.join(participant, pseudonym, token, reply, &mut work),
                Command::Disconnect { conn } => self.conns.retain(|c| c.id != conn),
                other => after.push(other),
            }
        }
        self.take_deferred(&mut work);
        self.write_as_logged(&mut work);
        if let Some(before) = work.before_erasure.take() {
            for e in rewrites::rewritten(&before, self.doc.log().edits()) {
                let body = serde_json::to_string(e).unwrap_or_default();
                work.rewrites.push((e.replica, e.seq, body));
            }
            // New rows are written with their bodies as they now stand.
            let logged = self.logged();
            for row in &mut work.inserts {
                if let Some(e) = logged.get(&(row.replica, row.seq)) {
                    row.body = serde_json::to_string(e).unwrap_or_default();
                }
            }
            let inserted: HashSet<Key> = work.inserts.iter().map(|r| (r.replica, r.seq)).collect();
            work.rewrites
                .retain(|(r, s, _)| !inserted.contains(&(*r, *s)));
            work.before_erasure = Some(Vec::new());
        }
        let erased = work.before_erasure.is_some();
        let saved = if work.inserts.is_empty() && work.tokens.is_empty() {
            Ok(())
        } else {
            let changes = Changes {
                inserts: std::mem::take(&mut work.inserts),
                rewrites: std::mem::take(&mut work.rewrites),
                tokens: std::mem::take(&mut work.tokens),
                revoke: work.revoke.clone(),
            };
            self.store.save(self.id, &changes).await
        };
        let serving = match saved {
            Ok(()) => {
                if erased && let Err(e) = self.store.forget_erased().await {
                    log::event(&format!(
                        "the write-ahead log was not emptied: {}",
                        e.for_log()
                    ));
                }
                self.advance_checkpoint();
                self.announce(work, revealed_before, erased);
                true
            }
            Err(e) => {
                log::event(&format!("a batch of edits was not saved: {}", e.for_log()));
                self.not_saved(work);
                self.reload().await
            }
        };
        for command in after {
            self.answer(command);
        }
        serving
    }

    /// Makes the batch's rows and broadcasts what the log now holds: an erasure or a
    /// removal saved earlier blanks words in an edit that comes after it, and those
    /// words must be neither stored nor passed on.
    fn write_as_logged(&self, work: &mut Work) {
        let log = self.doc.log().edits();
        let mut changed = HashMap::new();
        for (fresh, _) in &mut work.fresh {
            let Ok(at) = log.binary_search_by_key(&fresh.order(), StampedEdit::order) else {
                continue;
            };
            if log[at].edit != fresh.edit {
                fresh.clone_from(&log[at]);
                let body = serde_json::to_string(&log[at]).unwrap_or_default();
                changed.insert((fresh.replica, fresh.seq), body);
            }
        }
        for row in &mut work.inserts {
            if let Some(body) = changed.remove(&(row.replica, row.seq)) {
                row.body = body;
            }
        }
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
        work: &mut Work,
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
        match admission::screen(self.doc.log(), &stamped, self.limits.max_clock_ahead) {
            Ok(Screened::Duplicate) => return Verdict::Duplicate,
            Ok(_) => {}
            Err(refusal) => return Verdict::not_admitted(refusal, self.doc.log().clock()),
        }
        let pace = match role {
            Holder::Participant(_) => Some(self.limits.participant_edits),
            Holder::Facilitator => Some(self.limits.facilitator_edits),
            Holder::Board | Holder::Editor => None,
        };
        if let Some(spec) = pace {
            let now = Instant::now();
            let bucket = self
                .buckets
                .entry(author.clone())
                .or_insert_with(|| TokenBucket::full(spec, now));
            if let Err(wait) = bucket.take(spec, now) {
                return Verdict::Refused {
                    reason: RefusalReason::SlowDown,
                    error: "too many changes too quickly; this one will be sent again shortly"
                        .into(),
                    retry_after_ms: Some(
                        u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).max(1),
                    ),
                    clock: None,
                };
            }
        }
        let in_order = self
            .doc
            .log()
            .edits()
            .last()
            .is_none_or(|last| stamped.order() > last.order());
        if self.mode() == Mode::Merge || !in_order || work.deferred_authors.contains(&author) {
            work.deferred_authors.insert(author.clone());
            work.deferred.push(Deferred {
                answer,
                outcome,
                conn,
                author,
                edit: stamped,
            });
            // Filled in by `take_deferred`.
            return Verdict::Duplicate;
        }
        if let Err(e) = cares_core::edits::apply(&mut self.working, &stamped.edit) {
            return Verdict::refused(RefusalReason::for_rules(&e), e);
        }
        self.accept(stamped, author, conn, true, work);
        Verdict::Saved
    }

    /// The deferred edits, in the order they arrived, then one `receive` for all.
    fn take_deferred(&mut self, work: &mut Work) {
        for d in std::mem::take(&mut work.deferred) {
            let key = (d.edit.replica, d.edit.seq);
            let earlier = work
                .accepted_late
                .iter()
                .find(|e| (e.replica, e.seq) == key);
            let held = match earlier {
                // Two edits in one batch under one replica and seq: the first stands.
                Some(e) if *e == d.edit => Ok(true),
                Some(e) => Err(cares_core::edits::ReplicaReused {
                    replica: e.replica,
                    seq: e.seq,
                }),
                None => self.doc.log().holds(&d.edit),
            };
            let verdict = match held {
                Err(reused) => Verdict::not_admitted(reused.into(), self.doc.log().clock()),
                Ok(true) => Verdict::Duplicate,
                Ok(false) => match self.fit_late(&d.edit, &work.accepted_late) {
                    Ok(()) => {
                        self.accept(d.edit, d.author, d.conn, false, work);
                        Verdict::Saved
                    }
                    Err(refusal) => {
                        let clock = work
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
            if let Some(Answer::Submit { outcomes, .. }) = work.replies.get_mut(d.answer)
                && let Some(outcome) = outcomes.get_mut(d.outcome)
            {
                outcome.verdict = verdict;
            }
        }
        if work.accepted_late.is_empty() {
            return;
        }
        let log = self.doc.log().edits();
        let earliest = work.accepted_late.iter().map(StampedEdit::order).min();
        if let Some(earliest) = earliest {
            if !self.far.before(log, earliest) {
                self.far = Checkpoint::start(self.doc.base());
            }
            if !self.checkpoint.before(log, earliest) {
                self.checkpoint = self.far.clone();
            }
        }
        if let Err(e) = self.doc.receive(work.accepted_late.iter().cloned()) {
            // Screening above refuses a reused replica and seq, so this is a bug.
            log::event(&format!("late edits were not taken in: {e}"));
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
        self.working = cares_core::admission::fit(state, &merged, stamped)?;
        Ok(())
    }

    /// Records an edit as taken in: its row, its place, and who may see it next.
    fn accept(
        &mut self,
        stamped: StampedEdit,
        author: String,
        conn: Option<ConnId>,
        in_order: bool,
        work: &mut Work,
    ) {
        let key = (stamped.replica, stamped.seq);
        let newest = work
            .accepted_late
            .iter()
            .map(|e| e.clock)
            .max()
            .unwrap_or(0)
            .max(self.doc.log().clock());
        let late = stamped.clock <= newest;
        if Erasure::of(&stamped.edit).is_some() && work.before_erasure.is_none() {
            work.before_erasure = Some(self.doc.log().edits().to_vec());
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
            work.revoke.push(*participant);
        }
        self.owners
            .entry(stamped.replica)
            .or_insert_with(|| author.clone());
        if late {
            self.late.insert(key);
        }
        self.positions.insert(key, self.next_position);
        work.inserts.push(EditRow {
            replica: stamped.replica,
            seq: stamped.seq,
            clock: stamped.clock,
            position: self.next_position,
            author,
            late,
            body: serde_json::to_string(&stamped).unwrap_or_default(),
        });
        self.next_position += 1;
        work.fresh.push((stamped.clone(), conn));
        if in_order {
            if let Err(e) = self.doc.receive([stamped]) {
                // `screen` refuses a reused replica and seq, so this is a bug.
                log::event(&format!("an edit was not taken in: {e}"));
            }
        } else {
            let at = work
                .accepted_late
                .partition_point(|e| e.order() < stamped.order());
            work.accepted_late.insert(at, stamped);
        }
    }

    fn join(
        &mut self,
        participant: ParticipantId,
        pseudonym: String,
        token: TokenHash,
        reply: Reply<()>,
        work: &mut Work,
    ) {
        let Scope::Session { session, .. } = self.scope else {
            let _ignored = reply.send(Err(RoomError::NotASession));
            return;
        };
        let step = SessionStep::Join {
            participant,
            pseudonym,
        };
        let edit = Edit::Session { session, step };
        // Joins come before the batch's late edits, so the document is up to date here.
        let stamped = match self.doc.apply(self.server_replica, edit) {
            Ok(stamped) => stamped.clone(),
            Err(e) => {
                let _ignored = reply.send(Err(RoomError::Refused(e)));
                return;
            }
        };
        let _same = cares_core::edits::apply(&mut self.working, &stamped.edit);
        self.owners
            .entry(self.server_replica)
            .or_insert_with(|| SERVER_AUTHOR.to_owned());
        let key = (stamped.replica, stamped.seq);
        self.positions.insert(key, self.next_position);
        work.inserts.push(EditRow {
            replica: stamped.replica,
            seq: stamped.seq,
            clock: stamped.clock,
            position: self.next_position,
            author: SERVER_AUTHOR.to_owned(),
            late: false,
            body: serde_json::to_string(&stamped).unwrap_or_default(),
        });
        self.next_position += 1;
        work.tokens.push(TokenRow {
            hash: token,
            role: Holder::Participant(participant),
        });
        work.fresh.push((stamped, None));
        work.replies.push(Answer::Join(reply));
    }

    /// Keeps the checkpoints within their windows of the newest edit.
    fn advance_checkpoint(&mut self) {
        let edits = self.doc.log().edits();
        self.checkpoint.advance(edits, CHECKPOINT_WINDOW);
        self.far.advance(edits, FAR_CHECKPOINT_WINDOW);
    }

    fn logged(&self) -> HashMap<Key, &StampedEdit> {
        self.doc
            .log()
            .edits()
            .iter()
            .map(|e| ((e.replica, e.seq), e))
            .collect()
    }

    /// After a batch is saved: acknowledgements, then everyone else's copies.
    fn announce(&mut self, work: Work, revealed_before: bool, erased: bool) {
        let revealed = self.votes_revealed();
        let mut dropped = HashSet::new();
        for answer in work.replies {
            match answer {
                Answer::Submit {
                    conn,
                    reply,
                    outcomes,
                } => {
                    if let Some(conn) = conn {
                        for outcome in &outcomes {
                            let text = outcome_message(outcome);
                            self.send(conn, Outbound::Text(text), &mut dropped);
                        }
                    }
                    if let Some(reply) = reply {
                        let _ignored = reply.send(Ok(outcomes));
                    }
                }
                Answer::Join(reply) => {
                    let _ignored = reply.send(Ok(()));
                }
            }
        }
        let fresh_keys: HashSet<Key> = work.fresh.iter().map(|(e, _)| (e.replica, e.seq)).collect();
        if revealed && !revealed_before {
            self.show_withheld_votes(&fresh_keys, &mut dropped);
        }
        self.pass_on(&work.fresh, revealed, erased, &mut dropped);
        for participant in &work.revoke {
            for conn in &self.conns {
                if conn.role == Holder::Participant(*participant) {
                    push(
                        conn,
                        Outbound::Close(cares_protocol::close::FORBIDDEN, "erased"),
                        &mut dropped,
                    );
                    dropped.insert(conn.id);
                }
            }
        }
        self.conns.retain(|c| !dropped.contains(&c.id));
    }

    /// Passes the batch's new edits to every connection that may see them, as it may
    /// see them (someone else's `Join` without their name), each connection getting
    /// one message with all of them but its own (it had an ack).
    fn pass_on(
        &self,
        fresh: &[(StampedEdit, Option<ConnId>)],
        revealed: bool,
        erased: bool,
        dropped: &mut HashSet<ConnId>,
    ) {
        if fresh.is_empty() {
            return;
        }
        let logged = if erased { Some(self.logged()) } else { None };
        // Each edit written once (and once more without a name, the first time a
        // connection is to get it so); each connection's message is put together
        // from them.
        let written: Vec<(&StampedEdit, String, OnceCell<String>)> = fresh
            .iter()
            .map(|(stamped, _)| {
                // After an erasure, what goes out is the edit as it now stands.
                let edit = logged
                    .as_ref()
                    .and_then(|l| l.get(&(stamped.replica, stamped.seq)).copied())
                    .unwrap_or(stamped);
                let whole = serde_json::to_string(edit).unwrap_or_default();
                (edit, whole, OnceCell::new())
            })
            .collect();
        let position = self.position();
        for conn in &self.conns {
            let mut text = String::new();
            for ((_, sender), (edit, whole, redacted)) in fresh.iter().zip(&written) {
                if Some(conn.id) == *sender {
                    continue;
                }
                let json = match visibility::sight(conn.role.viewer(), &edit.edit, revealed) {
                    visibility::Sight::Whole => whole,
                    visibility::Sight::Redacted => redacted.get_or_init(|| {
                        serde_json::to_string(&visibility::redacted(edit)).unwrap_or_default()
                    }),
                    // `Sight` may grow; what is not known to be shown is not.
                    _ => continue,
                };
                text.push(if text.is_empty() { '[' } else { ',' });
                text.push_str(json);
            }
            if text.is_empty() {
                continue;
            }
            // While it catches up, the device must not take this as where it has got to.
            let message = if conn.catching_up.is_some() {
                format!(r#"{{"type":"edits","edits":{text}]}}"#)
            } else {
                format!(r#"{{"type":"edits","position":{position},"edits":{text}]}}"#)
            };
            push(conn, Outbound::Text(message.into()), dropped);
        }
    }

    /// When the votes are revealed, participants and the board get the dots they
    /// were not shown before.
    fn show_withheld_votes(&self, fresh: &HashSet<Key>, dropped: &mut HashSet<ConnId>) {
        for conn in &self.conns {
            let withheld: Vec<&StampedEdit> = self
                .doc
                .log()
                .edits()
                .iter()
                .filter(|e| {
                    visibility::voter(&e.edit).is_some()
                        && !fresh.contains(&(e.replica, e.seq))
                        && !visibility::may_see(conn.role.viewer(), &e.edit, false)
                })
                .collect();
            for chunk in withheld.chunks(CATCH_UP_CHUNK) {
                let text = ServerMessage::Edits {
                    edits: chunk.to_vec(),
                    position: None,
                }
                .to_text();
                push(conn, Outbound::Text(text.into()), dropped);
            }
        }
    }

    fn send(&self, conn: ConnId, message: Outbound, dropped: &mut HashSet<ConnId>) {
        if let Some(c) = self.conns.iter().find(|c| c.id == conn) {
            push(c, message, dropped);
        }
    }

    /// The edits a device may be missing, as `role` may see them: everything after
    /// its position, or after its clock plus the edits that arrived late; and — once
    /// the votes are revealed — the dots that were withheld from it. Someone else's
    /// `Join` comes without their name, and their consent not at all.
    fn catch_up(&self, role: &Holder, since: Since) -> Vec<Cow<'_, StampedEdit>> {
        let revealed = self.votes_revealed();
        self.doc
            .log()
            .edits()
            .iter()
            .filter(|e| self.is_missing(role, since, revealed, e))
            .filter_map(|e| visibility::as_seen_by(role.viewer(), e, revealed))
            .collect()
    }

    fn is_missing(&self, role: &Holder, since: Since, revealed: bool, e: &StampedEdit) -> bool {
        let key = (e.replica, e.seq);
        let missing = match since {
            Since::Clock(clock) => e.clock > clock || self.late.contains(&key),
            Since::Position(after) => self.positions.get(&key).is_none_or(|p| *p > after),
        };
        let withheld = revealed && !role.reads_everything() && visibility::voter(&e.edit).is_some();
        missing || withheld
    }

    /// Queues the next piece of a connection's catch-up, and `caught-up` after the
    /// last; false when the connection has fallen too far behind.
    fn next_piece(&self, conn: &mut Subscriber) -> bool {
        let Some(mut cursor) = conn.catching_up else {
            return true;
        };
        let revealed = self.votes_revealed();
        let edits = self.doc.log().edits();
        let mut text = String::new();
        let mut count = 0;
        let mut next = cursor.next.min(edits.len());
        // Small enough that a piece, an ack and a few live messages fit the outbox.
        let piece_bytes = (self.limits.outbox_bytes / 4).clamp(1024, CATCH_UP_BYTES);
        while let Some(e) = edits.get(next) {
            if count >= CATCH_UP_CHUNK || text.len() >= piece_bytes {
                break;
            }
            next += 1;
            if !self.is_missing(&conn.role, cursor.since, revealed, e) {
                continue;
            }
            let Some(seen) = visibility::as_seen_by(conn.role.viewer(), e, revealed) else {
                continue;
            };
            text.push(if text.is_empty() { '[' } else { ',' });
            text.push_str(&serde_json::to_string(&*seen).unwrap_or_default());
            count += 1;
        }
        cursor.next = next;
        let mut dropped = HashSet::new();
        if next < edits.len() {
            conn.catching_up = Some(cursor);
            let message = format!(r#"{{"type":"edits","edits":{text}]}}"#);
            push(conn, Outbound::Piece(message.into()), &mut dropped);
            return dropped.is_empty();
        }
        if !text.is_empty() {
            let message = format!(r#"{{"type":"edits","edits":{text}]}}"#);
            push(conn, Outbound::Text(message.into()), &mut dropped);
        }
        conn.catching_up = None;
        let caught_up = ServerMessage::CaughtUp {
            clock: self.doc.log().clock(),
            position: self.position(),
        };
        push(
            conn,
            Outbound::Text(caught_up.to_text().into()),
            &mut dropped,
        );
        dropped.is_empty()
    }

    fn position(&self) -> i64 {
        self.next_position - 1
    }

    fn answer(&mut self, command: Command) {
        match command {
            Command::Connect {
                mut conn,
                since,
                reply,
            } => {
                let Scope::Session { session, plan } = self.scope else {
                    let _ignored = reply.send(Err(RoomError::NotASession));
                    return;
                };
                let code = match conn.role {
                    Holder::Facilitator | Holder::Board => self.code.as_ref().map(JoinCode::as_str),
                    Holder::Participant(_) | Holder::Editor => None,
                };
                let welcome = ServerMessage::Welcome {
                    role: conn.role.role(),
                    document: self.id,
                    session,
                    plan,
                    participant: conn.role.participant(),
                    code,
                    base: self.doc.base(),
                    clock: self.doc.log().clock(),
                };
                let mut dropped = HashSet::new();
                push(
                    &conn,
                    Outbound::Text(welcome.to_text().into()),
                    &mut dropped,
                );
                conn.catching_up = Some(CatchUp { since, next: 0 });
                if dropped.is_empty() && self.next_piece(&mut conn) {
                    self.conns.push(conn);
                    let _ignored = reply.send(Ok(()));
                } else {
                    let _ignored = reply.send(Err(RoomError::Unavailable));
                }
            }
            Command::Pull { role, since, reply } => {
                let edits = self
                    .catch_up(&role, since)
                    .into_iter()
                    .map(Cow::into_owned)
                    .collect();
                let _ignored = reply.send(Ok(Pulled {
                    edits,
                    clock: self.doc.log().clock(),
                    position: self.position(),
                }));
            }
            Command::Export { reply } => {
                let _ignored = reply.send(Ok(self.doc.to_json()));
            }
            Command::More { conn } => {
                let Some(at) = self.conns.iter().position(|c| c.id == conn) else {
                    return;
                };
                let mut subscriber = self.conns.swap_remove(at);
                if self.next_piece(&mut subscriber) {
                    self.conns.push(subscriber);
                }
            }
            // Handled in the batch itself.
            Command::Submit { .. } | Command::Join { .. } | Command::Disconnect { .. } => {}
        }
    }

    /// Tells every sender in a batch that failed to save to send again.
    fn not_saved(&mut self, work: Work) {
        let mut dropped = HashSet::new();
        for answer in work.replies {
            match answer {
                Answer::Submit {
                    conn,
                    reply,
                    mut outcomes,
                } => {
                    for outcome in &mut outcomes {
                        if !matches!(outcome.verdict, Verdict::Refused { .. }) {
                            outcome.verdict =
                                Verdict::refused(RefusalReason::NotSaved, RoomError::NotSaved);
                        }
                    }
                    if let Some(conn) = conn {
                        for outcome in &outcomes {
                            self.send(conn, Outbound::Text(outcome_message(outcome)), &mut dropped);
                        }
                    }
                    if let Some(reply) = reply {
                        let _ignored = reply.send(Ok(outcomes));
                    }
                }
                Answer::Join(reply) => {
                    let _ignored = reply.send(Err(RoomError::NotSaved));
                }
            }
        }
        self.conns.retain(|c| !dropped.contains(&c.id));
    }

    /// After a failed save: back to what the database holds. False when even that fails.
    async fn reload(&mut self) -> bool {
        let stored = match self.store.load(self.id).await {
            Ok(Some(stored)) => stored,
            Ok(None) => return false,
            Err(e) => {
                log::event(&format!(
                    "a document could not be reloaded: {}",
                    e.for_log()
                ));
                return false;
            }
        };
        match Room::build(stored, self.store.clone(), &self.limits) {
            Ok(fresh) => {
                self.doc = fresh.doc;
                self.working = fresh.working;
                self.checkpoint = fresh.checkpoint;
                self.far = fresh.far;
                self.owners = fresh.owners;
                self.late = fresh.late;
                self.positions = fresh.positions;
                self.next_position = fresh.next_position;
                true
            }
            Err(e) => {
                log::event(&format!(
                    "stored document {} could not be read: {e}",
                    self.id
                ));
                false
            }
        }
    }
}

fn push(conn: &Subscriber, message: Outbound, dropped: &mut HashSet<ConnId>) {
    if !conn.outbox.try_send(message) {
        dropped.insert(conn.id);
    }
}

fn outcome_message(outcome: &Outcome) -> Utf8Bytes {
    let message = match &outcome.verdict {
        Verdict::Saved => ServerMessage::Ack {
            replica: outcome.replica,
            seq: outcome.seq,
            duplicate: false,
        },
        Verdict::Duplicate => ServerMessage::Ack {
            replica: outcome.replica,
            seq: outcome.seq,
            duplicate: true,
        },
        Verdict::Refused {
            reason,
            error,
            retry_after_ms,
            clock,
        } => ServerMessage::Refused {
            replica: outcome.replica,
            seq: outcome.seq,
            reason: *reason,
            error: error.clone(),
            retry_after_ms: *retry_after_ms,
            clock: *clock,
        },
    };
    message.to_text().into()
}

/// A new subscriber's outbox, holding at most `bytes` waiting to be written: the
/// sending half for the room, the receiving half for the connection.
pub fn outbox(bytes: usize) -> (Outbox, Inbox) {
    let (tx, rx) = mpsc::channel(OUTBOX);
    let queued = Arc::new(AtomicUsize::new(0));
    (
        Outbox {
            tx,
            queued: Arc::clone(&queued),
            cap: bytes,
        },
        Inbox { rx, queued },
    )
}
