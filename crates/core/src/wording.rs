//! A message as an id and its arguments, beside the British English the core writes,
//! so a front end can show it in the reader's language. The ids and the English text
//! have one home, the catalogue `locales/en-GB.ftl`; a test holds the core's English
//! to it. The core itself knows nothing of languages or catalogues.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A message's catalogue id and arguments (`finding-overdue` with `due`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Wording {
    /// The message id in the catalogues; stable across versions.
    pub id: String,
    /// The arguments by name, as the catalogue's `{ $name }` reads them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, WordingArg>,
}

/// One argument of a [`Wording`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Several messages said as one list ("measure and due date"): each item in the
    /// reader's language, joined by the catalogue's `core-list-comma` and
    /// `core-list-and`.
    List(Vec<Wording>),
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

    /// The same message with a list of messages, said as one ("a, b and c").
    #[must_use]
    pub fn list(mut self, name: &str, items: Vec<Wording>) -> Self {
        self.args.insert(name.to_owned(), WordingArg::List(items));
        self
    }

    /// The same message with a count.
    #[must_use]
    pub fn number(mut self, name: &str, value: i64) -> Self {
        self.args.insert(name.to_owned(), WordingArg::Number(value));
        self
    }
}

/// Items in British English as a list reads: "a", "a and b", "a, b and c" (the
/// catalogue's `core-list-comma` and `core-list-and`).
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A key for one of the core's fixed English phrases ("the plan's title" →
/// `plan-title`), which a catalogue chooses its own words by. Made from the words
/// themselves so a new phrase needs no table kept beside it; a catalogue that lacks
/// the key shows the phrase's key as it is.
///
/// The phrases are plain ASCII English, so ASCII case and letters are enough, and the
/// phone that words the core's messages carries no Unicode tables of letters for them.
pub(crate) fn phrase_key(phrase: &str) -> String {
    let phrase = phrase.trim().to_ascii_lowercase();
    let phrase = ["the ", "a ", "an "]
        .iter()
        .find_map(|article| phrase.strip_prefix(article))
        .unwrap_or(&phrase);
    phrase
        .replace("'s ", " ")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_key_drops_the_article_and_joins_the_words() {
        assert_eq!(phrase_key("the plan's title"), "plan-title");
        assert_eq!(phrase_key("a session"), "session");
        assert_eq!(phrase_key("what will happen"), "what-will-happen");
        assert_eq!(phrase_key("self-assessment"), "self-assessment");
        assert_eq!(phrase_key("an action"), "action");
    }

    #[test]
    fn a_wording_keeps_each_argument_by_name() {
        let day = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap_or_default();
        let w = Wording::new("finding-overdue")
            .date("due", day)
            .text("what", "x")
            .number("n", 2);
        assert_eq!(w.id, "finding-overdue");
        assert_eq!(w.args.get("due"), Some(&WordingArg::Date(day)));
        assert_eq!(w.args.get("what"), Some(&WordingArg::Text("x".into())));
        assert_eq!(w.args.get("n"), Some(&WordingArg::Number(2)));
    }
}
