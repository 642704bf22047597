//! A room and its database: loading a document into a room, saving one batch in
//! one transaction, and — when a save fails — telling every sender to send again
//! and going back to what the database holds.

use std::collections::HashSet;
use std::sync::Arc;

use cares_core::document::{Content, Document};
use cares_core::edits::StampedEdit;

use super::fanout::{Outbound, outcome_message};
use super::sequencer::{Batch, Saved, Sequencer, StoredSnapshot, Verdict};
use super::{Answer, Room, RoomError};
use crate::access::Scope;
use crate::limits::Limits;
use crate::log;
use crate::store::{Changes, Store, StoreError, StoredDocument, TokenRow};
use cares_protocol::RefusalReason;

impl Room {
    /// A room over a stored document; the error says which part could not be read.
    pub(super) fn build(
        stored: StoredDocument,
        store: Store,
        limits: &Arc<Limits>,
    ) -> Result<Room, String> {
        let id = stored.id;
        let code = stored.session.as_ref().map(|s| s.code.clone());
        Ok(Room {
            id,
            code,
            seq: sequencer(stored, limits)?,
            conns: Vec::new(),
            buckets: std::collections::HashMap::new(),
            store,
            limits: Arc::clone(limits),
        })
    }

    /// Saves a batch's rows and the tokens of those who joined, in one
    /// transaction (nothing to save, nothing written). After an erasure the
    /// database's write-ahead log is emptied, so erased words leave the disk.
    pub(super) async fn save(
        &mut self,
        batch: &mut Batch,
        tokens: Vec<TokenRow>,
    ) -> Result<(), StoreError> {
        if batch.inserts.is_empty() && tokens.is_empty() {
            return Ok(());
        }
        let changes = Changes {
            inserts: std::mem::take(&mut batch.inserts),
            rewrites: std::mem::take(&mut batch.rewrites),
            tokens,
            revoke: batch.revoke.clone(),
        };
        self.store.save(self.id, &changes).await?;
        if batch.erased
            && let Err(e) = self.store.forget_erased().await
        {
            log::event(&format!(
                "the write-ahead log was not emptied: {}",
                e.for_log()
            ));
        }
        Ok(())
    }

    /// Tells every sender in a batch that failed to save to send again.
    pub(super) fn not_saved(&mut self, mut batch: Batch, answers: Vec<Answer>) {
        let mut dropped = HashSet::new();
        for answer in answers {
            match answer {
                Answer::Submit { conn, reply, at } => {
                    let mut outcomes = std::mem::take(&mut batch.outcomes[at]);
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

    /// After a saved batch: compacts a shared plan's log when it is time, in memory
    /// and then in the database (its snapshot replaced and the folded rows deleted,
    /// in one transaction). If the database fails, it still holds the whole log,
    /// which reads to the same plan; the room goes on from memory.
    pub(super) async fn compact(&mut self) {
        let Some(compacted) = self.seq.compact() else {
            return;
        };
        if let Err(e) = self
            .store
            .compact(self.id, &compacted.base, compacted.clock)
            .await
        {
            log::event(&format!("a compacted plan was not saved: {}", e.for_log()));
        }
    }

    /// After a failed save: back to what the database holds. False when even that fails.
    pub(super) async fn reload(&mut self) -> bool {
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
        match sequencer(stored, &self.limits) {
            Ok(fresh) => {
                self.seq = fresh;
                true
            }
            Err(e) => {
                // Not the document's id: ids stay out of the log.
                log::event(&format!("a stored document could not be read: {e}"));
                false
            }
        }
    }
}

/// The sequencer over a stored document: its snapshot and rows read back.
fn sequencer(stored: StoredDocument, limits: &Limits) -> Result<Sequencer, String> {
    // A compacted plan's snapshot is the compacted document; any other, its content.
    let (base, folded_position) = match serde_json::from_str::<StoredSnapshot>(&stored.base) {
        Ok(snapshot) => {
            let doc = Document::from_json(snapshot.compacted.to_string().as_bytes())
                .map_err(|e| format!("its compacted snapshot: {e}"))?;
            (doc, snapshot.position)
        }
        Err(_) => {
            let content: Content = serde_json::from_str(&stored.base)
                .map_err(|e| format!("its snapshot, at {}", e.column()))?;
            (Document::from_content(stored.id, content), 0)
        }
    };
    let saved = stored
        .edits
        .into_iter()
        .map(|row| {
            let edit: StampedEdit = serde_json::from_str(&row.body)
                .map_err(|_| format!("its edit at position {}", row.position))?;
            Ok(Saved {
                edit,
                author: row.author,
                late: row.late,
                position: row.position,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let scope = match &stored.session {
        Some(s) => Scope::Session {
            session: s.id,
            plan: s.plan,
        },
        None => Scope::Shared,
    };
    Sequencer::restore_over(
        base,
        folded_position,
        scope,
        stored.server_replica,
        saved,
        limits.max_clock_ahead,
    )
    .map_err(|e| format!("its edits, which disagree: {e}"))
}
