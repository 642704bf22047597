//! A language's catalogue and the evaluator that turns a message and its arguments
//! into text. The JSON form here is what the build writes and the app fetches.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::args::{Args, Value};
use crate::locale::{Locale, PluralCategory};

/// Which way a language's text runs; the page's `dir` follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (English, Welsh).
    Ltr,
    /// Right to left (Urdu, Arabic).
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    #[must_use]
    pub fn attribute(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// One piece of a message: text, an argument, or a choice between variants. In JSON a
/// string, `{"arg": …}` or `{"select": …, "variants": […], "default": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Part {
    /// Text shown as it is.
    Text(String),
    /// An argument's value (`{ $name }` in Fluent).
    Arg {
        /// The argument's name, without `$`.
        arg: String,
    },
    /// A choice on an argument (`{ $count -> [one] … *[other] … }` in Fluent).
    Select {
        /// The argument chosen on.
        select: String,
        /// The variants, in the source's order.
        variants: Vec<Variant>,
        /// Which variant is taken when no key matches.
        default: usize,
    },
}

/// Read by hand, not derived as `untagged`: serde reads an untagged enum by buffering
/// each part and trying every variant in turn, a second, generic reader compiled into
/// every app that reads a catalogue (the phone's included) and slower to run.
impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PartVisitor)
    }
}

/// The keys a part's object may have; others are passed over.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum PartKey {
    Arg,
    Select,
    Variants,
    Default,
    #[serde(other)]
    Other,
}

struct PartVisitor;

impl<'de> Visitor<'de> for PartVisitor {
    type Value = Part;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(r#"a part of a message: text, {"arg": …} or {"select": …, "variants": […], "default": …}"#)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Part, E> {
        Ok(Part::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Part, E> {
        Ok(Part::Text(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Part, A::Error> {
        let (mut arg, mut select, mut variants, mut default) = (None, None, None, None);
        while let Some(key) = map.next_key()? {
            match key {
                PartKey::Arg => arg = Some(map.next_value()?),
                PartKey::Select => select = Some(map.next_value()?),
                PartKey::Variants => variants = Some(map.next_value()?),
                PartKey::Default => default = Some(map.next_value()?),
                PartKey::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        match (arg, select, variants, default) {
            (Some(arg), None, None, None) => Ok(Part::Arg { arg }),
            (None, Some(select), Some(variants), Some(default)) => Ok(Part::Select {
                select,
                variants,
                default,
            }),
            _ => Err(de::Error::custom(
                r#"a part of a message has "arg" alone, or "select", "variants" and "default""#,
            )),
        }
    }
}

/// One variant of a select: its key and its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// A plural category (`one`, `few`…), an exact number (`0`), or a word a text
    /// argument may equal.
    pub key: String,
    /// The variant's text.
    pub value: Message,
}

/// A message: its parts in order.
pub type Message = Vec<Part>;

/// One language's messages, with what the app needs to know about the language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// The language's BCP 47 tag (`en-GB`, `cy`, `ur`); the page's `lang`.
    pub language: String,
    /// The language's name in itself, as the language switcher shows it.
    pub name: String,
    /// Which way its text runs.
    pub direction: Direction,
    /// Whether a qualified translator has checked it; a draft says so on the About page.
    pub checked: bool,
    /// The messages by id.
    pub messages: BTreeMap<String, Message>,
}

/// A catalogue file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not a cares catalogue: {0}")]
pub struct CatalogueError(#[from] serde_json::Error);

impl Catalogue {
    /// Reads a catalogue from the JSON the build writes.
    ///
    /// # Errors
    /// When the text is not a catalogue in that form.
    pub fn from_json(text: &str) -> Result<Self, CatalogueError> {
        Ok(serde_json::from_str(text)?)
    }

    /// The catalogue as the JSON the app fetches.
    #[must_use]
    pub fn to_json(&self) -> String {
        // A map of strings to plain data always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The message with this id, if the catalogue has it.
    #[must_use]
    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.get(id)
    }

    /// The message with this id filled with its arguments, if the catalogue has it.
    #[must_use]
    pub fn format(&self, id: &str, args: &Args, locale: &dyn Locale) -> Option<String> {
        let message = self.message(id)?;
        Some(format_message(message, args, locale, self.direction))
    }
}

/// A message id as a number: what the web app's views carry instead of the id's
/// text (FNV-1a, 32 bits), so the first download holds no ids. The build refuses two
/// ids of the source catalogue with the same key.
#[must_use]
pub const fn message_key(id: &str) -> u32 {
    let bytes = id.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// One message filled with its arguments, in text running in `direction` (arguments
/// inside right-to-left text are isolated). For a front end that holds the source
/// language's messages itself, beside its views, and a fetched catalogue for the rest.
#[must_use]
pub fn format_message(
    message: &[Part],
    args: &Args,
    locale: &dyn Locale,
    direction: Direction,
) -> String {
    let mut out = String::new();
    write_parts(&mut out, message, args, locale, direction);
    out
}

/// The chosen language's catalogue in front of the source language's: a message the
/// chosen one lacks is shown in British English rather than not at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Messages {
    chosen: Catalogue,
    source: Catalogue,
}

impl Messages {
    /// The chosen catalogue, falling back to the source (British English).
    #[must_use]
    pub fn new(chosen: Catalogue, source: Catalogue) -> Self {
        Self { chosen, source }
    }

    /// The chosen language's catalogue.
    #[must_use]
    pub fn chosen(&self) -> &Catalogue {
        &self.chosen
    }

    /// A message as text: the chosen language's, else British English, else the id
    /// itself in braces so a missing message is seen rather than hidden.
    #[must_use]
    pub fn text(&self, id: &str, args: &Args, locale: &dyn Locale) -> String {
        self.chosen
            .format(id, args, locale)
            .or_else(|| self.source.format(id, args, locale))
            .unwrap_or_else(|| format!("{{{id}}}"))
    }
}

/// First strong isolate and pop directional isolate: an argument written in one
/// direction inside text of the other (an English place name in Urdu) keeps its order.
const ISOLATE: (char, char) = ('\u{2068}', '\u{2069}');

fn write_parts(out: &mut String, parts: &[Part], args: &Args, locale: &dyn Locale, dir: Direction) {
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Arg { arg } => {
                let value = match args.get(arg) {
                    Some(Value::Number(n)) => locale.number(*n),
                    Some(Value::Date(d)) => locale.date(*d),
                    Some(Value::Text(t)) => t.clone(),
                    None => {
                        let _ = write!(out, "{{${arg}}}");
                        continue;
                    }
                };
                if dir == Direction::Rtl {
                    out.push(ISOLATE.0);
                    out.push_str(&value);
                    out.push(ISOLATE.1);
                } else {
                    out.push_str(&value);
                }
            }
            Part::Select {
                select,
                variants,
                default,
            } => {
                let chosen = choose(variants, args.get(select), locale).unwrap_or(*default);
                if let Some(variant) = variants.get(chosen) {
                    write_parts(out, &variant.value, args, locale, dir);
                }
            }
        }
    }
}

/// The variant a value picks: an exact number first, then its plural category; a
/// text value picks the variant keyed with the same word.
fn choose(variants: &[Variant], value: Option<&Value>, locale: &dyn Locale) -> Option<usize> {
    match value? {
        Value::Number(n) => variants
            .iter()
            // Exact-number variants are whole numbers (`[0]`); compared as integers, so
            // a browser build carries no float parsing code.
            .position(|v| {
                #[allow(clippy::cast_precision_loss)]
                v.key.parse::<i64>().is_ok_and(|k| k as f64 == *n)
            })
            .or_else(|| {
                let category = locale.plural(*n);
                variants
                    .iter()
                    .position(|v| PluralCategory::from_keyword(&v.key) == Some(category))
            }),
        Value::Text(text) => variants.iter().position(|v| &v.key == text),
        Value::Date(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::SimpleLocale;

    fn catalogue(direction: Direction, messages: &[(&str, Message)]) -> Catalogue {
        Catalogue {
            language: "xx".into(),
            name: "Test".into(),
            direction,
            checked: false,
            messages: messages
                .iter()
                .map(|(id, m)| ((*id).to_owned(), m.clone()))
                .collect(),
        }
    }

    fn text(s: &str) -> Part {
        Part::Text(s.into())
    }

    fn arg(s: &str) -> Part {
        Part::Arg { arg: s.into() }
    }

    fn count_select() -> Message {
        vec![Part::Select {
            select: "count".into(),
            variants: vec![
                Variant {
                    key: "0".into(),
                    value: vec![text("No actions")],
                },
                Variant {
                    key: "one".into(),
                    value: vec![text("One action")],
                },
                Variant {
                    key: "other".into(),
                    value: vec![arg("count"), text(" actions")],
                },
            ],
            default: 2,
        }]
    }

    #[test]
    fn an_exact_number_wins_over_its_plural_category() {
        let cat = catalogue(Direction::Ltr, &[("n", count_select())]);
        let say = |n: i32| cat.format("n", &Args::new().with("count", n), &SimpleLocale);
        assert_eq!(say(0).as_deref(), Some("No actions"));
        assert_eq!(say(1).as_deref(), Some("One action"));
        assert_eq!(say(1200).as_deref(), Some("1,200 actions"));
    }

    #[test]
    fn a_missing_argument_is_shown_by_name_not_dropped() {
        let cat = catalogue(Direction::Ltr, &[("n", vec![text("In "), arg("place")])]);
        assert_eq!(
            cat.format("n", &Args::new(), &SimpleLocale).as_deref(),
            Some("In {$place}")
        );
    }

    #[test]
    fn arguments_in_right_to_left_text_are_isolated() {
        let cat = catalogue(Direction::Rtl, &[("n", vec![text("میں "), arg("place")])]);
        let out = cat.format("n", &Args::new().with("place", "Maltby"), &SimpleLocale);
        assert_eq!(out.as_deref(), Some("میں \u{2068}Maltby\u{2069}"));
    }

    #[test]
    fn a_message_the_chosen_language_lacks_falls_back_to_english() {
        let english = catalogue(
            Direction::Ltr,
            &[("a", vec![text("Save")]), ("b", vec![text("Open")])],
        );
        let welsh = catalogue(Direction::Ltr, &[("a", vec![text("Cadw")])]);
        let messages = Messages::new(welsh, english);
        assert_eq!(messages.text("a", &Args::new(), &SimpleLocale), "Cadw");
        assert_eq!(messages.text("b", &Args::new(), &SimpleLocale), "Open");
        assert_eq!(messages.text("c", &Args::new(), &SimpleLocale), "{c}");
    }

    #[test]
    fn a_text_argument_picks_the_variant_with_its_word() {
        let message = vec![Part::Select {
            select: "role".into(),
            variants: vec![
                Variant {
                    key: "rep".into(),
                    value: vec![text("Carer rep")],
                },
                Variant {
                    key: "other".into(),
                    value: vec![text("Member")],
                },
            ],
            default: 1,
        }];
        let cat = catalogue(Direction::Ltr, &[("r", message)]);
        let say = |role: &str| cat.format("r", &Args::new().with("role", role), &SimpleLocale);
        assert_eq!(say("rep").as_deref(), Some("Carer rep"));
        assert_eq!(say("navigator").as_deref(), Some("Member"));
    }

    #[test]
    fn the_json_form_reads_back_the_same() {
        let cat = catalogue(Direction::Rtl, &[("n", count_select())]);
        let back = Catalogue::from_json(&cat.to_json()).expect("reads back");
        assert_eq!(back, cat);
    }

    #[test]
    fn a_part_that_is_neither_an_argument_nor_a_choice_is_refused_with_what_a_part_is() {
        let head = r#"{"language":"cy","name":"Cymraeg","direction":"ltr","checked":false,"messages":{"m":["#;
        for (part, said) in [
            (
                r#"{"select":"count","default":0}"#,
                r#"has "arg" alone, or "select", "variants" and "default""#,
            ),
            (r#"{"arg":"n","select":"n"}"#, r#"has "arg" alone"#),
            ("7", "a part of a message: text"),
        ] {
            let error = Catalogue::from_json(&format!("{head}{part}]}}}}"))
                .expect_err(part)
                .to_string();
            assert!(error.contains(said), "{part}: {error}");
        }
        let read = Catalogue::from_json(&format!(
            r#"{head}"Hello ",{{"arg":"name","note":"kept out"}}]}}}}"#
        ))
        .expect("an unknown key is passed over");
        assert_eq!(read.message("m"), Some(&vec![text("Hello "), arg("name")]));
    }
}
