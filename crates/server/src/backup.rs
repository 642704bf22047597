//! Backing up and restoring the SQLite database: `cares-server backup --to FILE`
//! while the server serves, and `cares-server restore --from FILE` into a place with
//! no database yet.
//!
//! The copy is made with SQLite's `VACUUM INTO`, which reads the whole database in
//! one read transaction: a consistent snapshot of every edit saved (and so
//! acknowledged) before it began, while the server, thanks to WAL, goes on saving.
//! (SQLite's C backup API is not reachable through sqlx without `unsafe`, which the
//! workspace forbids.) The copy is checked (`PRAGMA integrity_check`) before the
//! command says it is done, and is readable only by its owner, since it holds what
//! people said. PostgreSQL is backed up with its own tools (`pg_dump`; see the
//! README).

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row, SqliteConnection};

use crate::clock::Clock;
use crate::store::{Store, StoreError};

/// What a backup or restore holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    /// Sessions and shared plans.
    pub documents: u64,
    /// Their edits.
    pub edits: u64,
    /// Facilitator keys.
    pub keys: u64,
}

/// Why a backup or restore failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The database is PostgreSQL.
    #[error(
        "DATABASE_URL names a PostgreSQL database; back it up with pg_dump and restore it with pg_restore (see the server's README)"
    )]
    Postgres,
    /// The address is not a SQLite one.
    #[error("DATABASE_URL must start with sqlite: or postgres://")]
    UnsupportedUrl,
    /// There is no database to back up.
    #[error("there is no database at {0}; check DATABASE_URL")]
    NoDatabase(PathBuf),
    /// The backup file is already there.
    #[error("{0} already exists; a backup never overwrites a file, so choose a new name")]
    Exists(PathBuf),
    /// A database is already where the restore would go.
    #[error(
        "a database is already at {0}; a restore never overwrites one: stop the server, move that file (and its -wal and -shm files) away, then restore"
    )]
    Occupied(PathBuf),
    /// The file to restore from is not there.
    #[error("there is no backup at {0}")]
    NoBackup(PathBuf),
    /// The file is not a sound cares database.
    #[error("{path} is not a sound cares database: {why}")]
    NotSound {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// A file could not be made or read.
    #[error("{path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// SQLite failed.
    #[error("the database failed: {0}")]
    Database(#[from] sqlx::Error),
    /// The restored database could not be opened as the server opens it.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The SQLite file a `DATABASE_URL` names.
pub fn sqlite_file(url: &str) -> Result<PathBuf, BackupError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Err(BackupError::Postgres);
    }
    if !url.starts_with("sqlite:") {
        return Err(BackupError::UnsupportedUrl);
    }
    let options = SqliteConnectOptions::from_str(url)?;
    Ok(options.get_filename().to_path_buf())
}

/// Opens an existing SQLite file, waiting for the server's writes rather than failing.
async fn connect(path: &Path) -> Result<SqliteConnection, BackupError> {
    Ok(SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await?)
}

/// Makes an empty file only its owner can read, failing if one is there.
fn new_private_file(path: &Path) -> Result<(), BackupError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(BackupError::Exists(path.to_path_buf()))
        }
        Err(source) => Err(BackupError::File {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Copies the database at `url` to `to`, consistently, while a server may be
/// writing to it; checks the copy, and says what it holds.
pub async fn backup(url: &str, to: &Path) -> Result<Held, BackupError> {
    let from = sqlite_file(url)?;
    if !from.exists() {
        return Err(BackupError::NoDatabase(from));
    }
    new_private_file(to)?;
    let copied = copy(&from, to).await;
    if copied.is_err() {
        let _removed = std::fs::remove_file(to);
    }
    copied?;
    check(to).await
}

/// Brings the backup `from` back as the database at `url`, where there must be none
/// yet; then opens it as the server does (bringing an older backup's tables up to
/// date) and says what it holds.
pub async fn restore(from: &Path, url: &str) -> Result<Held, BackupError> {
    let to = sqlite_file(url)?;
    if !from.exists() {
        return Err(BackupError::NoBackup(from.to_path_buf()));
    }
    check(from).await?;
    if to.exists() && std::fs::metadata(&to).map_or(true, |m| m.len() > 0) {
        return Err(BackupError::Occupied(to));
    }
    if !to.exists() {
        new_private_file(&to)?;
    }
    let copied = copy(from, &to).await;
    if copied.is_err() {
        let _removed = std::fs::remove_file(&to);
    }
    copied?;
    let store = Store::open(url, Clock::system()).await?;
    store.close().await;
    check(&to).await
}

/// `VACUUM INTO`: one read transaction on `from`, written to the empty file `to`.
async fn copy(from: &Path, to: &Path) -> Result<(), BackupError> {
    let mut source = connect(from).await?;
    sqlx::query("VACUUM INTO ?")
        .bind(to.to_string_lossy().into_owned())
        .execute(&mut source)
        .await?;
    source.close().await?;
    Ok(())
}

/// Checks that `path` is a sound cares database and counts what it holds.
async fn check(path: &Path) -> Result<Held, BackupError> {
    let not_sound = |why: String| BackupError::NotSound {
        path: path.to_path_buf(),
        why,
    };
    let mut db = connect(path).await.map_err(|e| not_sound(e.to_string()))?;
    let verdict: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&mut db)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(|e| not_sound(e.to_string()))?;
    if verdict != "ok" {
        return Err(not_sound(verdict));
    }
    let mut count = async |table: &str| -> Result<u64, BackupError> {
        let n: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&mut db)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(|_| not_sound(format!("it has no {table} table")))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    let held = Held {
        documents: count("documents").await?,
        edits: count("edits").await?,
        keys: count("facilitator_keys").await.unwrap_or(0),
    };
    db.close().await?;
    Ok(held)
}
