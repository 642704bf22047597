//! A room and its database: loading a document into a room, saving one batch in
//! one transaction, and — when a save fails — telling every sender to send again
//! and going back to what the database holds.

use std::collections::HashSet;
use std::sync::Arc;

use cares_core::document::{Content, Document};
use cares_core::edits::StampedEdit;

use super::aliases::AliasKey;
use super::fanout::{Outbound, outcome_message};
use super::sequencer::{Batch, Saved, Sequencer, StoredSnapshot, Verdict};
use super::{Answer, Room, RoomError};
use crate::access::Scope;
use crate::limits::Limits;
use crate::log;
use crate::store::{Changes, EditRow, Held, Store, StoreError, StoredDocument, TokenRow};
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
        let stored_base = stored.base.clone();
        let aliases = match (&stored.session, &stored.alias_secret) {
            (None, _) => None,
            (Some(_), Some(secret)) => Some(AliasKey::from_secret(secret)),
            // A session always has its facilitator's token; without it, a secret of
            // this server's own keeps the stand-ins unguessable (if not shared).
            (Some(_), None) => Some(AliasKey::from_secret(
                &crate::secrets::random_uuid()
                    .map_err(|_| "no randomness for a session's stand-in ids".to_owned())?
                    .to_string(),
            )),
        };
        Ok(Room {
            id,
            code,
            aliases,
            stored_base,
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
        held: Option<Held>,
    ) -> Result<(), StoreError> {
        let changes = Changes {
            inserts: std::mem::take(&mut batch.inserts),
            rewrites: std::mem::take(&mut batch.rewrites),
            tokens,
            revoke: batch.revoke.clone(),
        };
        match held {
            Some(held) => self.store.save_held(held, &changes).await?,
            None if changes.inserts.is_empty() && changes.tokens.is_empty() => return Ok(()),
            None => self.store.save(self.id, &changes).await?,
        }
        if changes.inserts.is_empty() && changes.tokens.is_empty() {
            return Ok(());
        }
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
    /// which reads to the same plan; the room goes on from memory. If another
    /// server compacted it first, the room loads its snapshot. False when the room
    /// can no longer serve.
    pub(super) async fn compact(&mut self) -> bool {
        let known = self.seq.position();
        let Some(compacted) = self.seq.compact() else {
            return true;
        };
        match self
            .store
            .compact(self.id, &self.stored_base, &compacted.base, compacted.clock)
            .await
        {
            Ok(true) => {
                self.stored_base = compacted.base;
                true
            }
            // Another server compacted it first: take its snapshot.
            Ok(false) => self.reload_and_announce(known).await,
            Err(e) => {
                log::event(&format!("a compacted plan was not saved: {}", e.for_log()));
                true
            }
        }
    }

    /// Takes in what other servers on the database saved since this room's newest
    /// edit, and passes it on to this room's connections. On a database only this
    /// server uses, nothing to do. False when the room can no longer serve.
    pub(super) async fn take_in_others(&mut self, held: Option<&mut Held>) -> bool {
        if !self.store.shared() {
            return true;
        }
        let known = self.seq.position();
        let read = match held {
            Some(held) => self.store.edits_after_held(held, known).await,
            None => self.store.edits_after(self.id, known).await,
        };
        let rows = match read {
            Ok(rows) if rows.is_empty() => return true,
            Ok(rows) => rows,
            Err(e) => {
                // The save will fail too if the others' edits are needed first.
                log::event(&format!("others' edits were not read: {}", e.for_log()));
                return true;
            }
        };
        let revealed_before = self.seq.votes_revealed();
        let absorbed = saved_rows(rows).and_then(|saved| {
            self.seq
                .absorb(saved)
                .map_err(|e| format!("its edits, which disagree: {}", log::kind_of(&e)))
        });
        match absorbed {
            Ok(batch) => {
                self.announce(batch, Vec::new(), revealed_before);
                true
            }
            Err(e) => {
                log::event(&format!(
                    "another server's edits could not be taken in: {e}"
                ));
                self.reload_and_announce(known).await
            }
        }
    }

    /// Loads the document again and passes on what arrived after `known` (saved
    /// by another server meanwhile). False when even loading fails.
    pub(super) async fn reload_and_announce(&mut self, known: i64) -> bool {
        let revealed_before = self.seq.votes_revealed();
        if !self.reload().await {
            return false;
        }
        let batch = self.seq.arrived_after(known);
        self.announce(batch, Vec::new(), revealed_before);
        true
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
        let base = stored.base.clone();
        match sequencer(stored, &self.limits) {
            Ok(fresh) => {
                self.seq = fresh;
                self.stored_base = base;
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
                .map_err(|e| format!("its compacted snapshot: {}", log::kind_of(&e)))?;
            (doc, snapshot.position)
        }
        Err(_) => {
            let content: Content = serde_json::from_str(&stored.base)
                .map_err(|e| format!("its snapshot, at {}", e.column()))?;
            (Document::from_content(stored.id, content), 0)
        }
    };
    let saved = saved_rows(stored.edits)?;
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
    .map_err(|e| format!("its edits, which disagree: {}", log::kind_of(&e)))
}

/// Stored rows read back as the sequencer takes them.
fn saved_rows(rows: Vec<EditRow>) -> Result<Vec<Saved>, String> {
    rows.into_iter()
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
        .collect()
}
