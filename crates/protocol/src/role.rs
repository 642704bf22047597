//! The roles a token gives in a live session or a shared plan, as the server
//! stores them and sends them in `welcome`, and as a device keeps them. Which
//! participant a phone speaks for travels beside the role, not inside it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Runs a session: every session step, and the session's plan.
    Facilitator,
    /// Joined a session with its code: their own joining, consent, statements and votes.
    Participant,
    /// The projector view of a session: sees, never changes.
    Board,
    /// Holds a shared plan document: reads and merges edits of any kind.
    Editor,
}

impl Role {
    /// Every role, in the order above.
    pub const ALL: [Role; 4] = [
        Role::Facilitator,
        Role::Participant,
        Role::Board,
        Role::Editor,
    ];

    /// The role as stored and sent ("facilitator", "participant"…).
    pub fn key(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Participant => "participant",
            Role::Board => "board",
            Role::Editor => "editor",
        }
    }

    /// The role a stored or sent key names, if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// True when this role may read the whole document, hidden votes included.
    pub fn reads_everything(self) -> bool {
        matches!(self, Role::Facilitator | Role::Editor)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_reads_back_to_its_role_and_is_what_serde_writes() -> Result<(), serde_json::Error> {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
            assert_eq!(serde_json::to_string(&role)?, format!("\"{}\"", role.key()));
            assert_eq!(role.to_string(), role.key());
        }
        assert_eq!(Role::from_key("owner"), None);
        Ok(())
    }
}
