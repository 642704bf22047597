//! Everything a room sends its connections: each connection's queue (bounded by
//! bytes: one that falls too far behind is let go and told to reconnect), the
//! welcome and the catch-up in pieces (the next one only once the connection has
//! written the last, so a device that does not read holds one piece of memory, not
//! the whole log), acknowledgements, and each saved edit passed on to every other
//! connection as its holder may see it (the core's `visibility`).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::ws::Utf8Bytes;
use cares_core::edits::StampedEdit;
use cares_core::visibility;
use cares_protocol::ServerMessage;

use super::aliases::{self, Disclosure};
use tokio::sync::mpsc;

use super::sequencer::{Batch, Key, Outcome, Verdict};
use super::{Answer, ConnId, Reply, Room, RoomError, Since};
use crate::access::{Holder, Scope};
use crate::secrets::JoinCode;

/// Messages waiting for one connection; a connection that falls this far behind is
/// dropped and catches up when it reconnects.
const OUTBOX: usize = 1024;
/// The most edits in one catch-up message.
const CATCH_UP_CHUNK: usize = 500;
/// About the most bytes in one catch-up message (one edit may take it past).
const CATCH_UP_BYTES: usize = 64 * 1024;

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

impl Room {
    /// After a batch is saved: acknowledgements, then everyone else's copies.
    pub(super) fn announce(
        &mut self,
        mut work: Batch,
        answers: Vec<Answer>,
        revealed_before: bool,
    ) {
        let revealed = self.seq.votes_revealed();
        let mut dropped = HashSet::new();
        for answer in answers {
            match answer {
                Answer::Submit { conn, reply, at } => {
                    let outcomes = std::mem::take(&mut work.outcomes[at]);
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
        self.pass_on(&work.fresh, revealed, work.erased, &mut dropped);
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
        if work
            .fresh
            .iter()
            .any(|(e, _)| aliases::restarts_devices(&e.edit))
        {
            self.start_afresh(&mut dropped);
        }
        self.conns.retain(|c| !dropped.contains(&c.id));
    }

    /// Closes every phone and board with `START_AFRESH`, to connect again from the
    /// start (see `aliases::restarts_devices`).
    fn start_afresh(&self, dropped: &mut HashSet<ConnId>) {
        for conn in &self.conns {
            if conn.role.reads_everything() || dropped.contains(&conn.id) {
                continue;
            }
            push(
                conn,
                Outbound::Close(cares_protocol::close::START_AFRESH, "start afresh"),
                dropped,
            );
            dropped.insert(conn.id);
        }
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
        let logged = if erased {
            Some(self.seq.logged())
        } else {
            None
        };
        let disclosure = self.disclosure();
        // Each edit written once as it is; each connection's message is put together
        // from those and, where it is shown otherwise, its own copy.
        let written: Vec<(&StampedEdit, String)> = fresh
            .iter()
            .map(|(stamped, _)| {
                // After an erasure, what goes out is the edit as it now stands.
                let edit = logged
                    .as_ref()
                    .and_then(|l| l.get(&(stamped.replica, stamped.seq)).copied())
                    .unwrap_or(stamped);
                let whole = serde_json::to_string(edit).unwrap_or_default();
                (edit, whole)
            })
            .collect();
        let position = self.seq.position();
        for conn in &self.conns {
            let mut text = String::new();
            for ((_, sender), (edit, whole)) in fresh.iter().zip(&written) {
                if Some(conn.id) == *sender {
                    continue;
                }
                let own;
                let json = match disclosure.seen(conn.role.viewer(), edit, revealed) {
                    Some(Cow::Borrowed(_)) => whole,
                    Some(Cow::Owned(shown)) => {
                        own = serde_json::to_string(&shown).unwrap_or_default();
                        &own
                    }
                    None => continue,
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

    /// What the session holds now that changes what phones and the board are told.
    fn disclosure(&self) -> Disclosure<'_> {
        let session = match self.seq.scope() {
            Scope::Session { session, .. } => self
                .seq
                .doc()
                .content()
                .sessions
                .iter()
                .find(|s| s.id == session),
            Scope::Shared => None,
        };
        Disclosure::new(self.aliases.as_ref(), session)
    }

    /// When the votes are revealed, participants and the board get the dots they
    /// were not shown before.
    fn show_withheld_votes(&self, fresh: &HashSet<Key>, dropped: &mut HashSet<ConnId>) {
        let disclosure = self.disclosure();
        for conn in &self.conns {
            let withheld: Vec<&StampedEdit> = self
                .seq
                .doc()
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
                let shown: Vec<Cow<'_, StampedEdit>> = chunk
                    .iter()
                    .filter_map(|e| disclosure.seen(conn.role.viewer(), e, true))
                    .collect();
                let text = ServerMessage::Edits {
                    edits: shown.iter().map(|e| &**e).collect(),
                    position: None,
                }
                .to_text();
                push(conn, Outbound::Text(text.into()), dropped);
            }
        }
    }

    pub(super) fn send(&self, conn: ConnId, message: Outbound, dropped: &mut HashSet<ConnId>) {
        if let Some(c) = self.conns.iter().find(|c| c.id == conn) {
            push(c, message, dropped);
        }
    }

    /// The edits a device may be missing, as `role` may see them: everything after
    /// its position, or after its clock plus the edits that arrived late; and — once
    /// the votes are revealed — the dots that were withheld from it. Someone else's
    /// `Join` comes without their name, and their consent not at all.
    pub(super) fn catch_up(&self, role: &Holder, since: Since) -> Vec<Cow<'_, StampedEdit>> {
        let revealed = self.seq.votes_revealed();
        let disclosure = self.disclosure();
        self.seq
            .doc()
            .log()
            .edits()
            .iter()
            .filter(|e| self.seq.is_missing(role, since, revealed, e))
            .filter_map(|e| disclosure.seen(role.viewer(), e, revealed))
            .collect()
    }

    /// Queues the next piece of a connection's catch-up, and `caught-up` after the
    /// last; false when the connection has fallen too far behind.
    fn next_piece(&self, conn: &mut Subscriber) -> bool {
        let Some(mut cursor) = conn.catching_up else {
            return true;
        };
        let revealed = self.seq.votes_revealed();
        let disclosure = self.disclosure();
        let edits = self.seq.doc().log().edits();
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
            if !self.seq.is_missing(&conn.role, cursor.since, revealed, e) {
                continue;
            }
            let Some(seen) = disclosure.seen(conn.role.viewer(), e, revealed) else {
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
            clock: self.seq.doc().log().clock(),
            position: self.seq.position(),
        };
        push(
            conn,
            Outbound::Text(caught_up.to_text().into()),
            &mut dropped,
        );
        dropped.is_empty()
    }

    /// A live connection starts: the welcome, then its catch-up in pieces.
    pub(super) fn connect(&mut self, mut conn: Subscriber, since: Since, reply: Reply<()>) {
        let Scope::Session { session, plan } = self.seq.scope() else {
            let _ignored = reply.send(Err(RoomError::NotASession));
            return;
        };
        let code = match conn.role {
            Holder::Facilitator | Holder::Board => self.code.as_ref().map(JoinCode::as_str),
            Holder::Participant(_) | Holder::Editor => None,
        };
        if !conn.role.reads_everything() && self.seq.holds_withdrawn(since) {
            let mut dropped = HashSet::new();
            push(
                &conn,
                Outbound::Close(cares_protocol::close::START_AFRESH, "start afresh"),
                &mut dropped,
            );
            let _ignored = reply.send(Ok(()));
            return;
        }
        let welcome = ServerMessage::Welcome {
            role: conn.role.role(),
            document: self.id,
            session,
            plan,
            participant: conn.role.participant(),
            code,
            base: self.seq.doc().base(),
            clock: self.seq.doc().log().clock(),
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

    /// A connection wrote its last catch-up piece: the next one.
    pub(super) fn more(&mut self, conn: ConnId) {
        let Some(at) = self.conns.iter().position(|c| c.id == conn) else {
            return;
        };
        let mut subscriber = self.conns.swap_remove(at);
        if self.next_piece(&mut subscriber) {
            self.conns.push(subscriber);
        }
    }
}

fn push(conn: &Subscriber, message: Outbound, dropped: &mut HashSet<ConnId>) {
    if !conn.outbox.try_send(message) {
        dropped.insert(conn.id);
    }
}

pub(super) fn outcome_message(outcome: &Outcome) -> Utf8Bytes {
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
