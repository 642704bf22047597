//! A message as an id and its arguments, beside the British English the core writes,
//! so a front end can show it in the reader's language. The ids and the English text
//! have one home, the catalogue `locales/en-GB.ftl`; a test holds the core's English
//! to it. The core itself knows nothing of languages or catalogues.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A message's catalogue id and arguments (`finding-overdue` with `due`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    /// The message id in the catalogues; stable across versions.
    pub id: String,
    /// The arguments by name, as the catalogue's `{ $name }` reads them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, WordingArg>,
}

/// One argument of a [`Wording`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum WordingArg {
    /// Text shown as written (a milestone, a word from the plan), or a key that the
    /// catalogue chooses words by (a status such as `amber`).
    Text(String),
    /// A day, written in the reader's language.
    Date(NaiveDate),
    /// A count.
    Number(i64),
}

impl Wording {
    /// A message with no arguments yet.
    #[must_use]
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// The same message with a text argument.
    #[must_use]
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .insert(name.to_owned(), WordingArg::Text(value.into()));
        self
    }

    /// The same message with a date argument.
    #[must_use]
    pub fn date(mut self, name: &str, value: NaiveDate) -> Self {
        self.args.insert(name.to_owned(), WordingArg::Date(value));
        self
    }

    /// The same message with a count.
    #[must_use]
    pub fn number(mut self, name: &str, value: i64) -> Self {
        self.args.insert(name.to_owned(), WordingArg::Number(value));
        self
    }
}
