//! Facilitator keys: secrets that whoever runs the server issues from the command
//! line (`cares-server keys add|list|revoke`) to facilitators and programme leads,
//! so that on a deployment that asks for them only they can start sessions and share
//! plans (see [`crate::sign_in`]).
//!
//! A key is a [`Token`] shown once when it is made; the database keeps its SHA-256,
//! a short public id to name it by, and a label saying whom it was given to. A
//! withdrawn key stops working at once, on every server that uses the database.

use std::fmt;

use sqlx::Row;

use crate::secrets::{self, RandomError, Token, TokenHash};
use crate::store::{Store, StoreError};

/// The longest label, in characters.
pub const LABEL_MAX_CHARS: usize = 100;

/// How a key is named in `keys list` and `keys revoke`: eight hex characters, not
/// secret.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyId(String);

impl KeyId {
    fn generate() -> Result<KeyId, RandomError> {
        let uuid = secrets::random_uuid()?;
        Ok(KeyId(uuid.simple().to_string()[..8].to_owned()))
    }

    /// Reads an id as the administrator typed it; `None` unless it has the shape.
    pub fn parse(typed: &str) -> Option<KeyId> {
        let id = typed.trim().to_ascii_lowercase();
        let well_formed = id.len() == 8 && id.bytes().all(|b| b.is_ascii_hexdigit());
        well_formed.then_some(KeyId(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A key as `keys list` shows it (never the key itself, which is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRecord {
    /// Its id.
    pub id: KeyId,
    /// Whom it was given to, as the administrator wrote it.
    pub label: String,
    /// When it was made, in seconds since 1970.
    pub created: i64,
    /// When it last started a session or shared a plan.
    pub last_used: Option<i64>,
    /// When it was withdrawn; `None` while it works.
    pub revoked: Option<i64>,
}

/// Why a key could not be made or withdrawn.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The label is empty or too long.
    #[error(
        "a key's label says whom it is for, in 1 to {LABEL_MAX_CHARS} characters; this one has {0}"
    )]
    Label(usize),
    /// No key has this id.
    #[error("no key has the id {0}; `cares-server keys list` shows every key")]
    NoSuchKey(String),
    /// Randomness failed.
    #[error(transparent)]
    Random(#[from] RandomError),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for KeyError {
    fn from(e: sqlx::Error) -> Self {
        KeyError::Store(StoreError::Database(e))
    }
}

/// What a working key lets its holder do: which key it is, for `last_used`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHolder {
    /// The key.
    pub id: KeyId,
}

/// What became of a key presented to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyCheck {
    /// It works.
    Valid(KeyHolder),
    /// It was withdrawn.
    Revoked,
    /// No key like it was ever made here.
    Unknown,
}

impl Store {
    /// Makes a key for `label`: its id, and the key itself, to show once.
    pub async fn add_key(&self, label: &str) -> Result<(KeyId, Token), KeyError> {
        let label = label.trim();
        let chars = label.chars().count();
        if chars == 0 || chars > LABEL_MAX_CHARS {
            return Err(KeyError::Label(chars));
        }
        let key = Token::generate()?;
        // Eight hex characters clash about once in 65,000 keys; try again then.
        for _ in 0..5 {
            let id = KeyId::generate()?;
            let inserted = sqlx::query(
                "INSERT INTO facilitator_keys (id, hash, label, created) VALUES ($1, $2, $3, $4)",
            )
            .bind(id.as_str())
            .bind(key.hash().as_str())
            .bind(label)
            .bind(self.now())
            .execute(self.pool())
            .await;
            match inserted {
                Ok(_) => return Ok((id, key)),
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::Taken.into())
    }

    /// Every key ever made, oldest first.
    pub async fn list_keys(&self) -> Result<Vec<KeyRecord>, KeyError> {
        let rows = sqlx::query(
            "SELECT id, label, created, last_used, revoked FROM facilitator_keys \
             ORDER BY created, id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(KeyRecord {
                    id: KeyId(row.try_get("id")?),
                    label: row.try_get("label")?,
                    created: row.try_get("created")?,
                    last_used: row.try_get("last_used")?,
                    revoked: row.try_get("revoked")?,
                })
            })
            .collect()
    }

    /// Withdraws a key: it stops working at once. Withdrawing it again changes
    /// nothing. [`KeyError::NoSuchKey`] when no key has the id.
    pub async fn revoke_key(&self, id: &KeyId) -> Result<KeyRecord, KeyError> {
        sqlx::query("UPDATE facilitator_keys SET revoked = $1 WHERE id = $2 AND revoked IS NULL")
            .bind(self.now())
            .bind(id.as_str())
            .execute(self.pool())
            .await?;
        self.list_keys()
            .await?
            .into_iter()
            .find(|k| k.id == *id)
            .ok_or_else(|| KeyError::NoSuchKey(id.to_string()))
    }

    /// Checks a key presented to the server (by its hash), noting its use when it works.
    pub async fn check_key(&self, hash: &TokenHash) -> Result<KeyCheck, StoreError> {
        let Some(row) = sqlx::query("SELECT id, revoked FROM facilitator_keys WHERE hash = $1")
            .bind(hash.as_str())
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(KeyCheck::Unknown);
        };
        let id = KeyId(row.try_get("id")?);
        let revoked: Option<i64> = row.try_get("revoked")?;
        if revoked.is_some() {
            return Ok(KeyCheck::Revoked);
        }
        sqlx::query("UPDATE facilitator_keys SET last_used = $1 WHERE id = $2")
            .bind(self.now())
            .bind(id.as_str())
            .execute(self.pool())
            .await?;
        Ok(KeyCheck::Valid(KeyHolder { id }))
    }
}

#[cfg(test)]
mod tests {
    use super::KeyId;

    #[test]
    fn a_key_id_is_read_ignoring_case_and_spaces() {
        assert_eq!(
            KeyId::parse(" 0A1b2C3d ").map(|k| k.to_string()),
            Some("0a1b2c3d".to_owned())
        );
        assert_eq!(KeyId::parse("0a1b2c3"), None);
        assert_eq!(KeyId::parse("0a1b2c3g"), None);
    }
}
