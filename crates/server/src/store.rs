//! Where documents, sessions, tokens and edits are kept: an embedded SQLite file by
//! default, or PostgreSQL when the database address says so.
//!
//! SQLite runs in WAL mode with `synchronous = FULL`, so an edit the server has
//! acknowledged is on disk and survives the process being killed; `secure_delete`
//! is on and the WAL is truncated after an erasure, so erased words do not linger in
//! free pages. Every change the server makes for one batch of edits is one
//! transaction, which also marks the document used now; documents unused for the
//! retention period are deleted ([`Store::delete_unused`]). The same SQL runs on both databases (through sqlx's `Any` driver);
//! the migrations for each live in `migrations/sqlite` and `migrations/postgres`.
//!
//! On PostgreSQL more than one server may share the database. Each edit's place in
//! a document's order of arrival is unique (an index), so of two servers saving
//! at the same place one fails and sends again; a save tells the others with a
//! `NOTIFY` on [`EDITS_CHANNEL`] (see `peers`), and rooms read what others saved
//! with [`Store::edits_after`].

use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use cares_core::ids::{DocumentId, ParticipantId, PlanId, ReplicaId, SessionId};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor, Row};
use uuid::Uuid;

use crate::access::Holder;
use crate::clock::Clock;
use crate::metrics::Metrics;
use crate::secrets::{JoinCode, TokenHash};

/// Which database the server is using.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// The database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// What "now" is when a document is used and when codes and documents expire.
    clock: Clock,
    /// Bytes of snapshots and edits held, every document together: counted once at
    /// start and kept up to date by every save, so the server's cap costs no query.
    bytes: Arc<AtomicU64>,
    /// What the operator's `/metrics` shows; the store counts what it saves.
    metrics: Arc<Metrics>,
    /// This server among others on the same database: its notifications say so,
    /// so it can pass over its own.
    instance: Uuid,
    /// The PostgreSQL address, for the connection that listens to other servers.
    url: Option<Arc<str>>,
}

/// The PostgreSQL channel a server notifies after saving edits to a document:
/// the payload is `<server instance> <document id>`.
pub const EDITS_CHANNEL: &str = "cares_edits";

/// How much one document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentSize {
    /// Its edits.
    pub edits: u64,
    /// The bytes of their JSON.
    pub bytes: u64,
}

/// What a document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A live co-production session.
    Session,
    /// A plan shared between carer reps.
    Shared,
}

impl DocumentKind {
    fn key(self) -> &'static str {
        match self {
            DocumentKind::Session => "session",
            DocumentKind::Shared => "shared",
        }
    }
}

/// One stored edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditRow {
    /// The device that made it.
    pub replica: ReplicaId,
    /// Its number on that device.
    pub seq: u64,
    /// Its Lamport clock.
    pub clock: u64,
    /// Its place in the order of arrival.
    pub position: i64,
    /// Whose device made it (see [`Holder::author`]).
    pub author: String,
    /// True when it arrived after edits that come after it in the total order.
    pub late: bool,
    /// The core's `StampedEdit` as JSON.
    pub body: String,
}

/// A token to store, by its hash.
#[derive(Debug, Clone)]
pub struct TokenRow {
    /// The token's SHA-256.
    pub hash: TokenHash,
    /// What it lets its holder do.
    pub role: Holder,
}

/// A live session's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// The session.
    pub id: SessionId,
    /// The plan its top themes go into.
    pub plan: PlanId,
    /// The code people join with.
    pub code: JoinCode,
}

/// A document held for one batch ([`Store::hold`]): its transaction, with the
/// document's row locked until it is saved or dropped.
#[derive(Debug)]
pub struct Held {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    document: DocumentId,
}

/// A document to create, with everything that comes with it.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// Its id.
    pub id: DocumentId,
    /// What it is for.
    pub kind: DocumentKind,
    /// Its snapshot as JSON.
    pub base: String,
    /// The replica the server stamps its own edits with.
    pub server_replica: ReplicaId,
    /// The session it holds, for a session document.
    pub session: Option<SessionRow>,
    /// The tokens that give access to it.
    pub tokens: Vec<TokenRow>,
    /// Its edits so far.
    pub edits: Vec<EditRow>,
}

/// A document as stored.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    /// Its id.
    pub id: DocumentId,
    /// Its snapshot as JSON.
    pub base: String,
    /// The replica the server stamps its own edits with.
    pub server_replica: ReplicaId,
    /// The session it holds, for a session document.
    pub session: Option<SessionRow>,
    /// For a session: a secret only the database holds (its facilitator token's
    /// hash), from which each viewer's stand-in ids are made (`room::aliases`).
    pub alias_secret: Option<String>,
    /// Its edits, in the order they arrived.
    pub edits: Vec<EditRow>,
}

/// What one batch of edits changes, saved as one transaction.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// New edits.
    pub inserts: Vec<EditRow>,
    /// Stored edits whose words were erased: their bodies are replaced.
    pub rewrites: Vec<(ReplicaId, u64, String)>,
    /// New tokens (a participant who joined).
    pub tokens: Vec<TokenRow>,
    /// Participants erased: their tokens stop working.
    pub revoke: Vec<ParticipantId>,
}

impl Changes {
    /// True when there is nothing to save.
    pub fn is_empty(&self) -> bool {
        self.inserts.is_empty()
            && self.rewrites.is_empty()
            && self.tokens.is_empty()
            && self.revoke.is_empty()
    }
}

/// What a token gives access to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    /// The document.
    pub document: DocumentId,
    /// The role.
    pub role: Holder,
    /// When the token was handed out, in seconds since 1970.
    pub made: i64,
}

/// Why the database could not do something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The address names no database cares knows.
    #[error(
        "the database address must start with sqlite: or postgres:// (it was set by DATABASE_URL)"
    )]
    UnsupportedUrl,
    /// The database failed.
    #[error("the database failed: {0}")]
    Database(#[from] sqlx::Error),
    /// The migrations could not run.
    #[error("the database could not be brought up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Something that must be unique is already there (an id, a join code).
    #[error("an id or code that must be unique is already in the database")]
    Taken,
    /// SQLite's write-ahead log could not be emptied (it was being read): erased
    /// words stay in it until its next checkpoint.
    #[error(
        "the write-ahead log could not be emptied just now; erased words stay in it until the next checkpoint"
    )]
    StillInLog,
    /// A stored value could not be read back.
    #[error("stored {what} could not be read")]
    Corrupt {
        /// What could not be read.
        what: &'static str,
    },
}

impl StoreError {
    /// A description safe for the log: the kind of failure, never a value.
    pub fn for_log(&self) -> String {
        match self {
            StoreError::Database(sqlx::Error::Database(e)) => format!(
                "database error {}",
                e.code().map(|c| c.into_owned()).unwrap_or_default()
            ),
            StoreError::Database(sqlx::Error::Io(e)) => format!("database i/o error: {}", e.kind()),
            StoreError::Database(sqlx::Error::PoolTimedOut) => "database pool timed out".into(),
            StoreError::Database(_) => "database error".into(),
            other => other.to_string(),
        }
    }
}

fn taken_or(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Taken,
        _ => StoreError::Database(e),
    }
}

fn db_int(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Corrupt { what: "a number" })
}

fn uuid_of(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|_| StoreError::Corrupt { what: "an id" })
}

fn u64_of(n: i64) -> Result<u64, StoreError> {
    u64::try_from(n).map_err(|_| StoreError::Corrupt { what: "a number" })
}

/// An instance id when the system gives no randomness: the process and the time,
/// which only need to differ between servers on one database.
fn fallback_instance() -> Uuid {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Uuid::from_u128((u128::from(std::process::id()) << 96) ^ nanos)
}

/// Connections to PostgreSQL per server (two servers use up to 64 of
/// PostgreSQL's default 100).
const POSTGRES_CONNECTIONS: u32 = 32;

/// How many times a checkpoint after an erasure is tried while readers hold the log.
const CHECKPOINT_TRIES: usize = 5;
/// How long to wait between those tries.
const CHECKPOINT_WAIT: std::time::Duration = std::time::Duration::from_millis(50);

/// The SQLite address used when none is given: `cares.db` in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://cares.db";

impl Store {
    /// Opens the database at `url` (creating a SQLite file if it is missing) and
    /// brings its tables up to date.
    pub async fn open(url: &str, clock: Clock) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let pool = match backend {
            Backend::Sqlite => {
                let url = if url.contains("mode=") {
                    url.to_owned()
                } else if url.contains('?') {
                    format!("{url}&mode=rwc")
                } else {
                    format!("{url}?mode=rwc")
                };
                let options = AnyConnectOptions::from_str(&url)?;
                // WAL is a property of the file: set it once, before the pool opens.
                let mut first =
                    <sqlx::AnyConnection as sqlx::Connection>::connect_with(&options).await?;
                first.execute("PRAGMA journal_mode = WAL").await?;
                sqlx::Connection::close(first).await?;
                AnyPoolOptions::new()
                    .max_connections(4)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            for pragma in [
                                "PRAGMA synchronous = FULL",
                                "PRAGMA secure_delete = ON",
                                "PRAGMA busy_timeout = 10000",
                                "PRAGMA foreign_keys = ON",
                            ] {
                                conn.execute(pragma).await?;
                            }
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
            Backend::Postgres => {
                // A batch on a database other servers share holds a connection while
                // it waits its turn for the document, so every busy room needs one.
                AnyPoolOptions::new()
                    .max_connections(POSTGRES_CONNECTIONS)
                    .connect(url)
                    .await?
            }
        };
        match backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&pool).await?,
            Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&pool).await?,
        }
        let mut store = Store {
            pool,
            backend,
            clock,
            bytes: Arc::default(),
            metrics: Metrics::new(),
            instance: crate::secrets::random_uuid().unwrap_or_else(|_| fallback_instance()),
            url: (backend == Backend::Postgres).then(|| Arc::from(url)),
        };
        let held = store.count_bytes().await?;
        store.bytes = Arc::new(AtomicU64::new(held));
        Ok(store)
    }

    /// The SQL for a text column's size in bytes.
    fn octets(&self, column: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("LENGTH(CAST({column} AS BLOB))"),
            Backend::Postgres => format!("OCTET_LENGTH({column})"),
        }
    }

    async fn count_bytes(&self) -> Result<u64, StoreError> {
        let sql = format!(
            "SELECT (SELECT COALESCE(SUM({}), 0) FROM documents) + \
             (SELECT COALESCE(SUM({}), 0) FROM edits) AS held",
            self.octets("base"),
            self.octets("body")
        );
        let row = sqlx::query(&sql).fetch_one(&self.pool).await?;
        u64_of(row.try_get("held")?)
    }

    /// The server's counters for `/metrics`.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Bytes held, every document together.
    pub fn bytes_held(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    fn count_saved(&self, edits: &[EditRow], base: &str) {
        let bytes: usize = edits.iter().map(|e| e.body.len()).sum::<usize>() + base.len();
        self.bytes
            .fetch_add(u64::try_from(bytes).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// How many edits a document holds, and their bytes.
    pub async fn document_size(&self, id: DocumentId) -> Result<DocumentSize, StoreError> {
        let sql = format!(
            "SELECT COUNT(*) AS edits, COALESCE(SUM({}), 0) AS bytes FROM edits WHERE document_id = $1",
            self.octets("body")
        );
        let row = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_one(&self.pool)
            .await?;
        Ok(DocumentSize {
            edits: u64_of(row.try_get("edits")?)?,
            bytes: u64_of(row.try_get("bytes")?)?,
        })
    }

    /// The time now by the server's clock, in seconds since 1970.
    pub fn now(&self) -> i64 {
        self.clock.seconds()
    }

    /// Deletes every document (session or shared plan) last used before `cutoff`
    /// (seconds since 1970): its edits, tokens, session and snapshot. On SQLite the
    /// freed pages are overwritten (`secure_delete`), the file is rebuilt without
    /// them (`VACUUM`) and the write-ahead log emptied, so nothing of them is left
    /// on the disk; PostgreSQL reclaims the dead rows with its (auto)vacuum. Returns
    /// how many documents were deleted.
    pub async fn delete_unused(&self, cutoff: i64) -> Result<usize, StoreError> {
        let ids: Vec<String> = sqlx::query("SELECT id FROM documents WHERE last_active < $1")
            .bind(cutoff)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?;
        for id in &ids {
            let mut tx = self.pool.begin().await?;
            for table in ["edits", "tokens", "sessions"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE document_id = $1"))
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("DELETE FROM documents WHERE id = $1")
                .bind(id.as_str())
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        if !ids.is_empty() {
            if self.backend == Backend::Sqlite {
                sqlx::query("VACUUM").execute(&self.pool).await?;
            }
            // A checkpoint that readers kept from finishing is tried again, then said.
            self.forget_erased().await?;
            self.bytes
                .store(self.count_bytes().await?, Ordering::Relaxed);
        }
        Ok(ids.len())
    }

    /// Deletes one document for good (a plan whose sharing was stopped) as
    /// [`Store::delete_unused`] deletes one past its retention: its edits, tokens,
    /// session and snapshot, and on SQLite the freed pages rebuilt away and the
    /// write-ahead log emptied. Returns false when there was no such document.
    pub async fn delete_document(&self, id: DocumentId) -> Result<bool, StoreError> {
        let id = id.to_string();
        let mut tx = self.pool.begin().await?;
        for table in ["edits", "tokens", "sessions"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE document_id = $1"))
                .bind(id.as_str())
                .execute(&mut *tx)
                .await?;
        }
        let deleted = sqlx::query("DELETE FROM documents WHERE id = $1")
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        if deleted == 0 {
            return Ok(false);
        }
        if self.backend == Backend::Sqlite {
            sqlx::query("VACUUM").execute(&self.pool).await?;
            self.forget_erased().await?;
        }
        self.bytes
            .store(self.count_bytes().await?, Ordering::Relaxed);
        Ok(true)
    }

    /// Deletes the tokens of phones and boards handed out at or before `made_by`
    /// (seconds since 1970): they have expired with their join code. How many.
    pub async fn delete_expired_tokens(&self, made_by: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM tokens WHERE role IN ($1, $2) AND made <= $3")
            .bind(Holder::Board.key())
            .bind(crate::access::Role::Participant.key())
            .bind(made_by)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// When a document was last used, in seconds since 1970.
    pub async fn last_active(&self, id: DocumentId) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT last_active FROM documents WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| Ok(row.try_get("last_active")?)).transpose()
    }

    /// The connections, for the other modules that keep tables here ([`crate::keys`]).
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// True when other servers may save to the same database (PostgreSQL), so a
    /// room reads what they saved before each batch.
    pub fn shared(&self) -> bool {
        self.backend == Backend::Postgres
    }

    /// This server's id among the servers on the database (not secret; never stored).
    pub fn instance(&self) -> Uuid {
        self.instance
    }

    /// The PostgreSQL address, to listen for other servers' notifications.
    pub(crate) fn postgres_url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// Closes every connection (the server is stopping).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Creates a document with its session, tokens and first edits, all or nothing.
    /// [`StoreError::Taken`] when its id or join code is already used.
    pub async fn create_document(&self, new: &NewDocument) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO documents (id, kind, base, server_replica, last_active) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new.id.to_string())
        .bind(new.kind.key())
        .bind(new.base.as_str())
        .bind(new.server_replica.to_string())
        .bind(self.now())
        .execute(&mut *tx)
        .await
        .map_err(taken_or)?;
        if let Some(session) = &new.session {
            sqlx::query(
                "INSERT INTO sessions (id, document_id, plan_id, join_code, code_made) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(session.id.to_string())
            .bind(new.id.to_string())
            .bind(session.plan.to_string())
            .bind(session.code.as_str())
            .bind(self.now())
            .execute(&mut *tx)
            .await
            .map_err(taken_or)?;
        }
        insert_tokens(&mut tx, new.id, &new.tokens, self.now()).await?;
        insert_edits(&mut tx, new.id, &new.edits).await?;
        tx.commit().await?;
        self.count_saved(&new.edits, &new.base);
        self.metrics.saved(new.edits.len());
        Ok(())
    }

    /// Reads a whole document, or `None` when there is no such document.
    pub async fn load(&self, id: DocumentId) -> Result<Option<StoredDocument>, StoreError> {
        let key = id.to_string();
        let Some(doc) = sqlx::query("SELECT base, server_replica FROM documents WHERE id = $1")
            .bind(key.as_str())
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let base: String = doc.try_get("base")?;
        let server_replica: String = doc.try_get("server_replica")?;
        let session =
            sqlx::query("SELECT id, plan_id, join_code FROM sessions WHERE document_id = $1")
                .bind(key.as_str())
                .fetch_optional(&self.pool)
                .await?
                .map(|row| -> Result<SessionRow, StoreError> {
                    let id: String = row.try_get("id")?;
                    let plan: String = row.try_get("plan_id")?;
                    let code: String = row.try_get("join_code")?;
                    Ok(SessionRow {
                        id: SessionId::from_uuid(uuid_of(&id)?),
                        plan: PlanId::from_uuid(uuid_of(&plan)?),
                        code: JoinCode::parse(&code).ok_or(StoreError::Corrupt {
                            what: "a join code",
                        })?,
                    })
                })
                .transpose()?;
        let alias_secret = match session {
            Some(_) => sqlx::query(
                "SELECT hash FROM tokens WHERE document_id = $1 AND role = $2 ORDER BY hash LIMIT 1",
            )
            .bind(key.as_str())
            .bind(Holder::Facilitator.key())
            .fetch_optional(&self.pool)
            .await?
            .map(|row| row.try_get::<String, _>("hash"))
            .transpose()?,
            None => None,
        };
        let edits = self.edits_after(id, i64::MIN).await?;
        Ok(Some(StoredDocument {
            id,
            base,
            server_replica: ReplicaId::from_uuid(uuid_of(&server_replica)?),
            session,
            alias_secret,
            edits,
        }))
    }

    /// A document's edits saved after `position` in the order of arrival (by this
    /// server or another on the same database), in that order.
    pub async fn edits_after(
        &self,
        id: DocumentId,
        position: i64,
    ) -> Result<Vec<EditRow>, StoreError> {
        read_edits_after(&self.pool, id, position).await
    }

    /// Like [`Store::edits_after`], inside a batch that holds the document.
    pub async fn edits_after_held(
        &self,
        held: &mut Held,
        position: i64,
    ) -> Result<Vec<EditRow>, StoreError> {
        read_edits_after(&mut *held.tx, held.document, position).await
    }

    /// Holds a document for one batch on a database other servers share: its row
    /// is locked (and marked used) in a transaction that reads what the others
    /// saved and then saves the batch ([`Store::save_held`]), so no other server
    /// saves to it in between. Dropped unsaved, the transaction is rolled back.
    pub async fn hold(&self, document: DocumentId) -> Result<Held, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE documents SET last_active = $1 WHERE id = $2")
            .bind(self.now())
            .bind(document.to_string())
            .execute(&mut *tx)
            .await?;
        Ok(Held { tx, document })
    }

    /// Saves one batch of changes in the transaction that holds the document.
    pub async fn save_held(&self, mut held: Held, changes: &Changes) -> Result<(), StoreError> {
        if changes.is_empty() {
            held.tx.rollback().await?;
            return Ok(());
        }
        self.write(&mut held.tx, held.document, changes).await?;
        held.tx.commit().await?;
        self.saved(changes);
        Ok(())
    }

    /// Counts a committed batch: the bytes the database now holds, and the metrics.
    fn saved(&self, changes: &Changes) {
        self.count_saved(&changes.inserts, "");
        self.metrics.saved(changes.inserts.len());
    }

    /// Tells the other servers on a shared database, when the transaction commits,
    /// that a document has new edits.
    async fn notify(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        document: DocumentId,
    ) -> Result<(), StoreError> {
        if self.shared() {
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(EDITS_CHANNEL)
                .bind(format!("{} {document}", self.instance))
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Saves one batch of changes to a document as one transaction.
    /// [`StoreError::Taken`] when another server on the database saved edits at the
    /// same places first: nothing is saved, and the room reads theirs and tries again.
    pub async fn save(&self, document: DocumentId, changes: &Changes) -> Result<(), StoreError> {
        if changes.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE documents SET last_active = $1 WHERE id = $2")
            .bind(self.now())
            .bind(document.to_string())
            .execute(&mut *tx)
            .await?;
        self.write(&mut tx, document, changes).await?;
        tx.commit().await?;
        self.saved(changes);
        Ok(())
    }

    /// A batch's rows, tokens and revocations, and the word to other servers.
    async fn write(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        document: DocumentId,
        changes: &Changes,
    ) -> Result<(), StoreError> {
        insert_edits(tx, document, &changes.inserts).await?;
        for (replica, seq, body) in &changes.rewrites {
            sqlx::query(
                "UPDATE edits SET body = $1 WHERE document_id = $2 AND replica = $3 AND seq = $4",
            )
            .bind(body.as_str())
            .bind(document.to_string())
            .bind(replica.to_string())
            .bind(db_int(*seq)?)
            .execute(&mut **tx)
            .await?;
        }
        insert_tokens(tx, document, &changes.tokens, self.now()).await?;
        for participant in &changes.revoke {
            sqlx::query("DELETE FROM tokens WHERE document_id = $1 AND participant = $2")
                .bind(document.to_string())
                .bind(participant.to_string())
                .execute(&mut **tx)
                .await?;
        }
        self.notify(tx, document).await
    }

    /// Compaction (the room's, see `room::checkpoint`): the document's snapshot
    /// becomes `base` (a compacted document with an empty log, which records its
    /// checkpoint) and the rows of the edits folded into it, every edit stamped at or
    /// before `clock`, are deleted, in one transaction — but only while the stored
    /// snapshot is still `old_base`: false (nothing changed) when another server on
    /// the database compacted it first.
    pub async fn compact(
        &self,
        document: DocumentId,
        old_base: &str,
        base: &str,
        clock: u64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let swapped = sqlx::query("UPDATE documents SET base = $1 WHERE id = $2 AND base = $3")
            .bind(base)
            .bind(document.to_string())
            .bind(old_base)
            .execute(&mut *tx)
            .await?;
        if swapped.rows_affected() == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query("DELETE FROM edits WHERE document_id = $1 AND clock <= $2")
            .bind(document.to_string())
            .bind(db_int(clock)?)
            .execute(&mut *tx)
            .await?;
        self.notify(&mut tx, document).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// After words were erased: moves everything out of SQLite's write-ahead log and
    /// empties it, so the old pages are gone from the disk too. PostgreSQL reclaims
    /// old row versions with its own (auto)vacuum.
    ///
    /// SQLite answers a checkpoint it could not finish (another connection was
    /// reading) without an error, only with a busy flag: it is tried a few times,
    /// then [`StoreError::StillInLog`].
    pub async fn forget_erased(&self) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Ok(());
        }
        for _ in 0..CHECKPOINT_TRIES {
            let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.pool)
                .await?;
            let busy: i64 = row.try_get(0)?;
            if busy == 0 {
                return Ok(());
            }
            tokio::time::sleep(CHECKPOINT_WAIT).await;
        }
        Err(StoreError::StillInLog)
    }

    /// What a token (by its hash) gives access to, if anything.
    pub async fn grant(&self, hash: &TokenHash) -> Result<Option<Grant>, StoreError> {
        let Some(row) =
            sqlx::query("SELECT document_id, role, participant, made FROM tokens WHERE hash = $1")
                .bind(hash.as_str())
                .fetch_optional(&self.pool)
                .await?
        else {
            return Ok(None);
        };
        let document: String = row.try_get("document_id")?;
        let role: String = row.try_get("role")?;
        let participant: Option<String> = row.try_get("participant")?;
        let participant = participant
            .map(|p| uuid_of(&p).map(ParticipantId::from_uuid))
            .transpose()?;
        let role = Holder::from_stored(&role, participant).ok_or(StoreError::Corrupt {
            what: "a token's role",
        })?;
        Ok(Some(Grant {
            document: DocumentId::from_uuid(uuid_of(&document)?),
            role,
            made: row.try_get("made")?,
        }))
    }

    /// The session and document a join code belongs to, if the code was made after
    /// `made_after` (seconds since 1970); older codes have expired.
    pub async fn find_code(
        &self,
        code: &JoinCode,
        made_after: i64,
    ) -> Result<Option<(SessionId, DocumentId)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, document_id FROM sessions WHERE join_code = $1 AND code_made > $2",
        )
        .bind(code.as_str())
        .bind(made_after)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            let id: String = row.try_get("id")?;
            let document: String = row.try_get("document_id")?;
            Ok((
                SessionId::from_uuid(uuid_of(&id)?),
                DocumentId::from_uuid(uuid_of(&document)?),
            ))
        })
        .transpose()
    }

    /// The document that holds a session.
    pub async fn session_document(
        &self,
        session: SessionId,
    ) -> Result<Option<DocumentId>, StoreError> {
        let row = sqlx::query("SELECT document_id FROM sessions WHERE id = $1")
            .bind(session.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| {
            let document: String = row.try_get("document_id")?;
            Ok(DocumentId::from_uuid(uuid_of(&document)?))
        })
        .transpose()
    }
}

async fn insert_tokens(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    document: DocumentId,
    tokens: &[TokenRow],
    made: i64,
) -> Result<(), StoreError> {
    for token in tokens {
        sqlx::query(
            "INSERT INTO tokens (hash, document_id, role, participant, made) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token.hash.as_str())
        .bind(document.to_string())
        .bind(token.role.key())
        .bind(token.role.participant().map(|p| p.to_string()))
        .bind(made)
        .execute(&mut **tx)
        .await
        .map_err(taken_or)?;
    }
    Ok(())
}

async fn insert_edits(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    document: DocumentId,
    edits: &[EditRow],
) -> Result<(), StoreError> {
    for edit in edits {
        sqlx::query(
            "INSERT INTO edits (document_id, replica, seq, clock, position, author, late, body) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(document.to_string())
        .bind(edit.replica.to_string())
        .bind(db_int(edit.seq)?)
        .bind(db_int(edit.clock)?)
        .bind(edit.position)
        .bind(edit.author.as_str())
        .bind(i64::from(edit.late))
        .bind(edit.body.as_str())
        .execute(&mut **tx)
        .await
        .map_err(taken_or)?;
    }
    Ok(())
}

async fn read_edits_after<'e, E>(
    executor: E,
    id: DocumentId,
    position: i64,
) -> Result<Vec<EditRow>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query(
        "SELECT replica, seq, clock, position, author, late, body FROM edits \
         WHERE document_id = $1 AND position > $2 ORDER BY position",
    )
    .bind(id.to_string())
    .bind(position)
    .fetch_all(executor)
    .await?;
    let mut edits = Vec::with_capacity(rows.len());
    for row in rows {
        let replica: String = row.try_get("replica")?;
        edits.push(EditRow {
            replica: ReplicaId::from_uuid(uuid_of(&replica)?),
            seq: u64_of(row.try_get("seq")?)?,
            clock: u64_of(row.try_get("clock")?)?,
            position: row.try_get("position")?,
            author: row.try_get("author")?,
            late: row.try_get::<i64, _>("late")? != 0,
            body: row.try_get("body")?,
        });
    }
    Ok(edits)
}
