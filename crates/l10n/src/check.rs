//! Holding every catalogue to the source: the same ids, and each message using the
//! same arguments, so no screen shows an id in braces or a stray `{$count}`.

use std::collections::BTreeSet;
use std::fmt;

use crate::catalogue::{Catalogue, Part};

/// One way a catalogue differs from the source language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The source has this message; the catalogue does not.
    Missing(String),
    /// The catalogue has a message the source does not (renamed or removed).
    Extra(String),
    /// The message uses an argument the source's does not (it would show `{$name}`).
    UnknownArgument {
        /// The message.
        id: String,
        /// The argument the source never gives.
        argument: String,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(id) => write!(f, "{id}: missing (British English has it)"),
            Self::Extra(id) => write!(f, "{id}: not in British English (renamed or removed?)"),
            Self::UnknownArgument { id, argument } => write!(
                f,
                "{id}: uses ${argument}, which British English's message is never given"
            ),
        }
    }
}

/// How `other` differs from `source`, in id order.
#[must_use]
pub fn compare(source: &Catalogue, other: &Catalogue) -> Vec<Difference> {
    let mut out = Vec::new();
    for (id, message) in &source.messages {
        match other.messages.get(id) {
            None => out.push(Difference::Missing(id.clone())),
            Some(theirs) => {
                let known = arguments(message);
                for argument in arguments(theirs) {
                    if !known.contains(&argument) {
                        out.push(Difference::UnknownArgument {
                            id: id.clone(),
                            argument,
                        });
                    }
                }
            }
        }
    }
    for id in other.messages.keys() {
        if !source.messages.contains_key(id) {
            out.push(Difference::Extra(id.clone()));
        }
    }
    out
}

/// Every argument a message reads, in selects too.
fn arguments(parts: &[Part]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Arg { arg } => {
                out.insert(arg.clone());
            }
            Part::Select {
                select, variants, ..
            } => {
                out.insert(select.clone());
                for variant in variants {
                    out.extend(arguments(&variant.value));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Direction;

    fn catalogue(messages: &[(&str, Vec<Part>)]) -> Catalogue {
        Catalogue {
            language: "xx".into(),
            name: "Test".into(),
            direction: Direction::Ltr,
            checked: false,
            messages: messages
                .iter()
                .map(|(id, m)| ((*id).to_owned(), m.clone()))
                .collect(),
        }
    }

    #[test]
    fn missing_extra_and_unknown_arguments_are_each_named() {
        let english = catalogue(&[
            ("save", vec![Part::Text("Save".into())]),
            ("hello", vec![Part::Arg { arg: "name".into() }]),
        ]);
        let welsh = catalogue(&[
            ("hello", vec![Part::Arg { arg: "enw".into() }]),
            ("old", vec![Part::Text("Hen".into())]),
        ]);
        let found: Vec<String> = compare(&english, &welsh)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "hello: uses $enw, which British English's message is never given",
                "save: missing (British English has it)",
                "old: not in British English (renamed or removed?)",
            ]
        );
    }
}
