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
//! The parts, one job each:
//! - here: the registry of open rooms ([`Rooms`]), the commands a room takes, and
//!   the loop that runs one batch through the others;
//! - [`sequencer`]: the log and the order edits are taken into it, with each
//!   edit's verdict — plain data, tested without tokio or a database;
//! - `checkpoint`: the copies of the state a late edit is replayed from, and where
//!   a shared plan's log is compacted (after a saved batch, `persistence`);
//! - `persistence`: loading a room from the database, saving a batch, and going
//!   back to what is saved when a save fails;
//! - `fanout`: each connection's bounded queue, acknowledgements, passing edits on
//!   as each holder may see them, and catch-up in pieces.
//!
//! With other servers on the same PostgreSQL database, each batch first takes in
//! what they saved (`persistence`), so its edits are placed after theirs; a save
//! that lands on a place another server took first fails as a whole, its senders
//! send again, and the room reads what the other saved.
//!
//! Architecture invariant: on one server, a room is the only writer of its
//! document's rows; between servers, each row's unique place in the order of
//! arrival is what keeps their writes apart.

mod aliases;
mod checkpoint;
mod fanout;
mod persistence;
pub mod sequencer;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use cares_core::edits::{EditError, StampedEdit};
use cares_core::ids::{DocumentId, ParticipantId};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::access::Holder;
use crate::limits::{Limits, TokenBucket};
use crate::log;
use crate::secrets::{JoinCode, TokenHash};
use crate::store::{Store, StoreError, TokenRow};
pub use fanout::{Inbox, Outbound, Outbox, Subscriber, outbox};
use sequencer::{Batch, Sequencer};
pub use sequencer::{Outcome, Verdict};

/// Commands waiting for a room before it stops taking more.
const QUEUE: usize = 1024;
/// The most commands handled (and saved) together.
const MAX_BATCH: usize = 256;
/// How long a room with no connections waits before it closes.
const IDLE: Duration = Duration::from_secs(600);
/// A batch that takes longer than this is logged (50 ms is the live board's goal).
const SLOW_BATCH: Duration = Duration::from_millis(50);

/// Identifies one live connection.
pub type ConnId = u64;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// A new connection id.
pub fn next_conn_id() -> ConnId {
    NEXT_CONN.fetch_add(1, Ordering::Relaxed)
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
    /// The device is from before the document's checkpoint: the edits it lacks are
    /// folded into the snapshot.
    #[error(
        "this copy is from before the server folded the plan's older changes into its snapshot (at clock {clock}); open the shared plan again to take a fresh copy: changes already sent are kept"
    )]
    BeforeCheckpoint {
        /// The checkpoint's clock.
        clock: u64,
    },
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
    /// Another server on the database saved edits to this document: read them and
    /// pass them on (every batch does that first; this one has nothing else).
    Refresh,
}

/// Where a device says it has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// The highest clock among the edits it has (the core's `EditLog::since`).
    Clock(u64),
    /// The last position the server gave it (exact: nothing is missed).
    Position(i64),
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
    /// How many rooms are open.
    pub fn open(&self) -> usize {
        self.registry
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

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

    /// Tells a document's room, if it is open here, that another server saved
    /// edits to it. A room too busy to take the word reads them before its next
    /// batch anyway.
    pub fn refresh(&self, id: DocumentId) {
        let rooms = self.registry.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, tx)) = rooms.get(&id) {
            let _busy_or_closed = tx.try_send(Command::Refresh);
        }
    }

    /// Tells every open room to read what other servers saved (after this server
    /// may have missed their word).
    pub fn refresh_all(&self) {
        let rooms = self.registry.lock().unwrap_or_else(PoisonError::into_inner);
        for (_, tx) in rooms.values() {
            let _busy_or_closed = tx.try_send(Command::Refresh);
        }
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
                    // Not the document's id: ids stay out of the log.
                    log::event(&format!("a stored document could not be read: {e}"));
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
            let slow = started.elapsed() > SLOW_BATCH;
            open.store.metrics().batch(slow);
            // Worth an operator's attention: a batch slower than the live board's goal.
            if slow {
                log::event(&format!(
                    "a batch of {commands} commands took {:.1} ms (the log holds {} edits)",
                    started.elapsed().as_secs_f64() * 1000.0,
                    open.seq.doc().log().len()
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
        Command::Submit { reply: None, .. }
        | Command::Disconnect { .. }
        | Command::More { .. }
        | Command::Refresh => {}
    }
}

/// An open document and the connections watching it.
struct Room {
    id: DocumentId,
    code: Option<JoinCode>,
    /// For a session: the secret each viewer's stand-in ids are made from.
    aliases: Option<aliases::AliasKey>,
    /// The snapshot as the database holds it, so compaction replaces only that.
    stored_base: String,
    seq: Sequencer,
    conns: Vec<Subscriber>,
    buckets: HashMap<String, TokenBucket>,
    store: Store,
    limits: Arc<Limits>,
}

/// Who is waiting for the answer to a command of the batch, in the order sent.
enum Answer {
    /// Edits: their outcomes are `batch.outcomes[at]`.
    Submit {
        conn: Option<ConnId>,
        reply: Option<Reply<Vec<Outcome>>>,
        at: usize,
    },
    /// A join, answered once saved.
    Join(Reply<()>),
}

/// How long `author` must wait before their next edit counts, if they sent too
/// many too quickly; the board and editors are not paced here.
fn pace(
    limits: &Limits,
    buckets: &mut HashMap<String, TokenBucket>,
    holder: &Holder,
    author: &str,
) -> Option<Duration> {
    let spec = match holder {
        Holder::Participant(_) => limits.participant_edits,
        Holder::Facilitator => limits.facilitator_edits,
        Holder::Board | Holder::Editor => return None,
    };
    let now = Instant::now();
    let bucket = buckets
        .entry(author.to_owned())
        .or_insert_with(|| TokenBucket::full(spec, now));
    bucket.take(spec, now).err()
}

impl Room {
    /// Handles one batch; false when the room can no longer serve.
    async fn process(&mut self, commands: Vec<Command>) -> bool {
        // On a database other servers share, a batch that may write holds the
        // document until it is saved, so no other server saves in between; if it
        // cannot be held, the save below still fails rather than interleave.
        let writes = commands
            .iter()
            .any(|c| matches!(c, Command::Submit { .. } | Command::Join { .. }));
        let mut held = None;
        if self.store.shared() && writes {
            match self.store.hold(self.id).await {
                Ok(h) => held = Some(h),
                Err(e) => log::event(&format!("a document was not held: {}", e.for_log())),
            }
        }
        // Others' edits first, so this batch is ordered after them.
        if !self.take_in_others(held.as_mut()).await {
            return false;
        }
        let known = self.seq.position();
        let revealed_before = self.seq.votes_revealed();
        let mut batch = Batch::default();
        let mut answers = Vec::new();
        let mut tokens = Vec::new();
        let mut after = Vec::new();
        for command in commands {
            match command {
                Command::Submit {
                    role,
                    conn,
                    edits,
                    reply,
                } => {
                    let (limits, buckets) = (&self.limits, &mut self.buckets);
                    let mut paced =
                        |holder: &Holder, author: &str| pace(limits, buckets, holder, author);
                    let at = self.seq.submit(&mut batch, &role, conn, edits, &mut paced);
                    answers.push(Answer::Submit { conn, reply, at });
                }
                Command::Join {
                    participant,
                    pseudonym,
                    token,
                    reply,
                } => match self.seq.join(&mut batch, participant, pseudonym) {
                    Ok(()) => {
                        tokens.push(TokenRow {
                            hash: token,
                            role: Holder::Participant(participant),
                        });
                        answers.push(Answer::Join(reply));
                    }
                    Err(e) => {
                        let _ignored = reply.send(Err(e));
                    }
                },
                Command::Disconnect { conn } => self.conns.retain(|c| c.id != conn),
                other => after.push(other),
            }
        }
        self.seq.finish(&mut batch);
        for outcome in batch.outcomes.iter().flatten() {
            if let Verdict::Refused { reason, .. } = &outcome.verdict {
                self.store.metrics().edit_refused(*reason);
            }
        }
        let serving = match self.save(&mut batch, tokens, held).await {
            Ok(()) => {
                self.seq.saved();
                self.announce(batch, answers, revealed_before);
                self.compact().await
            }
            Err(e) => {
                if matches!(e, StoreError::Taken) && self.store.shared() {
                    log::event(
                        "another server saved to this document first; the batch is sent again",
                    );
                } else {
                    log::event(&format!("a batch of edits was not saved: {}", e.for_log()));
                }
                self.not_saved(batch, answers);
                self.reload_and_announce(known).await
            }
        };
        for command in after {
            self.answer(command);
        }
        serving
    }

    fn answer(&mut self, command: Command) {
        match command {
            Command::Connect { conn, since, reply } => self.connect(conn, since, reply),
            Command::Pull { role, since, reply } => {
                if let Some(clock) = self.seq.before_checkpoint(since) {
                    let _ignored = reply.send(Err(RoomError::BeforeCheckpoint { clock }));
                    return;
                }
                let edits = self
                    .catch_up(&role, since)
                    .into_iter()
                    .map(std::borrow::Cow::into_owned)
                    .collect();
                let _ignored = reply.send(Ok(Pulled {
                    edits,
                    clock: self.seq.doc().log().clock(),
                    position: self.seq.position(),
                }));
            }
            Command::Export { reply } => {
                let _ignored = reply.send(Ok(self.seq.doc().to_json()));
            }
            Command::More { conn } => self.more(conn),
            // Handled in the batch itself.
            Command::Submit { .. }
            | Command::Join { .. }
            | Command::Disconnect { .. }
            | Command::Refresh => {}
        }
    }
}
