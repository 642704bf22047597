//! Everything that can stop `cares`, with the exit code each one gives and a
//! message that says what and where.

use std::io;
use std::path::{Path, PathBuf};

use crate::help::Topic;

/// Why `cares` stopped.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command was not understood (exit 2).
    #[error("{message}")]
    Usage {
        /// What was wrong with it.
        message: String,
        /// Which help to point to.
        topic: Topic,
    },
    /// The output exists and `--force` was not given (exit 2).
    #[error("{}: the file already exists; add --force to replace it", .path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The input is not a valid table or document (exit 3).
    #[error("{}: {message}", .path.display())]
    Input {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, and where.
        message: String,
    },
    /// A file could not be read or written (exit 4).
    #[error("{}: could not {action}: {}", .path.display(), describe(.source))]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done: "read it", "write it".
        action: &'static str,
        /// What the system said.
        source: io::Error,
    },
    /// `--strict` and the audit found something (exit 1).
    #[error("the audit found {count} things to look at")]
    Findings {
        /// How many findings.
        count: usize,
    },
}

// Equality for tests: an io::Error has none, so compare its kind.
impl PartialEq for CliError {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                CliError::Io {
                    path: a,
                    action: x,
                    source: s,
                },
                CliError::Io {
                    path: b,
                    action: y,
                    source: t,
                },
            ) => a == b && x == y && s.kind() == t.kind(),
            (CliError::Io { .. }, _) | (_, CliError::Io { .. }) => false,
            _ => self.to_string() == other.to_string(),
        }
    }
}

impl CliError {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Findings { .. } => 1,
            CliError::Usage { .. } | CliError::Exists { .. } => 2,
            CliError::Input { .. } => 3,
            CliError::Io { .. } => 4,
        }
    }

    /// An input error about `path`.
    pub fn input(path: &Path, message: impl ToString) -> CliError {
        CliError::Input {
            path: path.to_owned(),
            message: message.to_string(),
        }
    }

    /// An I/O error about `path`.
    pub fn io(path: &Path, action: &'static str, source: io::Error) -> CliError {
        CliError::Io {
            path: path.to_owned(),
            action,
            source,
        }
    }
}

/// Plain words for the common failures; the system's own words otherwise.
fn describe(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "there is no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
        io::ErrorKind::AlreadyExists => "a file of that name already exists".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        _ => {
            let text = error.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_error_has_its_exit_code() {
        let path = Path::new("plan.json");
        assert_eq!(
            CliError::Usage {
                message: String::new(),
                topic: Topic::General
            }
            .exit_code(),
            2
        );
        assert_eq!(CliError::Exists { path: path.into() }.exit_code(), 2);
        assert_eq!(CliError::input(path, "bad").exit_code(), 3);
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(CliError::io(path, "read it", missing).exit_code(), 4);
        assert_eq!(CliError::Findings { count: 3 }.exit_code(), 1);
    }

    #[test]
    fn messages_say_what_and_where() {
        let path = Path::new("plan.json");
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(
            CliError::io(path, "read it", missing).to_string(),
            "plan.json: could not read it: there is no such file or folder"
        );
        assert_eq!(
            CliError::input(path, "line 3, column 1: not valid JSON").to_string(),
            "plan.json: line 3, column 1: not valid JSON"
        );
    }
}
