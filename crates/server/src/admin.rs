//! The administrator's commands, run beside (or instead of) the server on the same
//! database: `keys add|list|revoke` for facilitator keys ([`crate::keys`]), and
//! `backup --to FILE` and `restore --from FILE` ([`crate::backup`]). They print what
//! a person needs to standard output and nothing personal.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::backup::{self, BackupError, Held};
use crate::clock::Clock;
use crate::keys::{KeyError, KeyId, KeyRecord};
use crate::store::{Store, StoreError};

/// A command other than serving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `keys add|list|revoke`.
    Keys,
    /// `backup --to FILE`.
    Backup,
    /// `restore --from FILE`.
    Restore,
}

impl Command {
    /// The command a first argument names, if it names one.
    pub fn named(word: &str) -> Option<Command> {
        match word {
            "keys" => Some(Command::Keys),
            "backup" => Some(Command::Backup),
            "restore" => Some(Command::Restore),
            _ => None,
        }
    }
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The command line was not understood.
    #[error("{0}")]
    Usage(String),
    /// A key could not be made, listed or withdrawn.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The database failed.
    #[error("{}", .0.for_log())]
    Store(#[from] StoreError),
    /// A backup or restore failed.
    #[error(transparent)]
    Backup(#[from] BackupError),
    /// Standard output could not be written.
    #[error("could not write the answer: {0}")]
    Output(#[from] std::io::Error),
}

fn usage(e: impl std::fmt::Display) -> AdminError {
    AdminError::Usage(e.to_string())
}

/// Runs `command` with the rest of the command line, on the database at `url`.
pub async fn run(command: Command, args: Vec<OsString>, url: &str) -> Result<(), AdminError> {
    match command {
        Command::Keys => keys(args, url).await,
        Command::Backup => {
            let to = file_after(args, "to")?;
            let held = backup::backup(url, &to).await?;
            writeln!(
                std::io::stdout().lock(),
                "Backed up {} to {} (checked; readable only by you).",
                holding(held),
                to.display()
            )?;
            Ok(())
        }
        Command::Restore => {
            let from = file_after(args, "from")?;
            let held = backup::restore(&from, url).await?;
            writeln!(
                std::io::stdout().lock(),
                "Restored {} from {}. Start the server on it as before.",
                holding(held),
                from.display()
            )?;
            Ok(())
        }
    }
}

/// The file after `--{flag}`, the command's only argument.
fn file_after(args: Vec<OsString>, flag: &str) -> Result<PathBuf, AdminError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut file = None;
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long(name) if name == flag => {
                file = Some(PathBuf::from(parser.value().map_err(usage)?))
            }
            _ => return Err(usage(arg.unexpected())),
        }
    }
    file.ok_or_else(|| usage(format!("say which file, with --{flag} FILE")))
}

fn holding(held: Held) -> String {
    format!(
        "{} sessions and shared plans with {} changes, and {} facilitator keys,",
        held.documents, held.edits, held.keys
    )
}

async fn keys(args: Vec<OsString>, url: &str) -> Result<(), AdminError> {
    let mut words = args
        .into_iter()
        .map(|a| a.into_string().unwrap_or_default());
    let verb = words
        .next()
        .ok_or_else(|| usage("keys needs add, list or revoke"))?;
    let rest: Vec<String> = words.collect();
    let mut out = std::io::stdout().lock();
    match (verb.as_str(), rest.as_slice()) {
        ("add", [label]) => {
            let store = Store::open(url, Clock::system()).await?;
            let (id, key) = store.add_key(label).await?;
            store.close().await;
            writeln!(
                out,
                "Made key {id} for {label:?}. It is shown this once: give it to them, and keep no other copy.\n\n  {}\n\nThey enter it once on each device they start sessions from. `cares-server keys revoke {id}` withdraws it.",
                key.as_str()
            )?;
        }
        ("add", _) => {
            return Err(usage(
                "keys add needs one label saying whom the key is for, in quotes if it has spaces",
            ));
        }
        ("list", []) => {
            let store = Store::open(url, Clock::system()).await?;
            let keys = store.list_keys().await?;
            store.close().await;
            if keys.is_empty() {
                writeln!(out, "No keys yet. `cares-server keys add LABEL` makes one.")?;
            }
            for key in &keys {
                writeln!(out, "{}", describe(key))?;
            }
        }
        ("revoke", [id]) => {
            let id = KeyId::parse(id).ok_or_else(|| {
                usage(format!("{id:?} is not a key id: an id is 8 characters, 0-9 and a-f, as `keys list` shows"))
            })?;
            let store = Store::open(url, Clock::system()).await?;
            let key = store.revoke_key(&id).await;
            store.close().await;
            let key = key?;
            writeln!(
                out,
                "Withdrew key {} ({:?}): it no longer starts sessions or shares plans. Sessions and plans it started go on.",
                key.id, key.label
            )?;
        }
        ("list" | "revoke", _) => {
            return Err(usage(format!(
                "keys {verb} takes {}",
                if verb == "list" {
                    "nothing more"
                } else {
                    "one key id"
                }
            )));
        }
        (other, _) => {
            return Err(usage(format!(
                "keys has no command {other:?}; use add, list or revoke"
            )));
        }
    }
    Ok(())
}

/// One line of `keys list`.
fn describe(key: &KeyRecord) -> String {
    let day = |t: i64| Clock::day_of(t).to_string();
    let used = key
        .last_used
        .map_or("never used".to_owned(), |t| format!("last used {}", day(t)));
    let state = key
        .revoked
        .map_or("works".to_owned(), |t| format!("withdrawn {}", day(t)));
    format!(
        "{}  {:?}  made {}, {used}, {state}",
        key.id,
        key.label,
        day(key.created)
    )
}
