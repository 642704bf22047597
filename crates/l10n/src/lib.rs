//! The words of cares in each language people use.
//!
//! Everything a person reads comes from a **catalogue**: one per language, keyed by
//! stable message ids, written as a [Project Fluent](https://projectfluent.org/) file
//! (`locales/en-GB.ftl` is the source; a council adds or corrects a language by
//! editing one such file). The build reads the Fluent files natively (feature
//! `compile`), refuses what this crate cannot evaluate, and writes each catalogue as
//! compact JSON. At run time only the small evaluator here is needed: it looks a
//! message up and fills its arguments, asking a [`Locale`] for the language's plural
//! category, numbers and dates (the browser's `Intl`, or [`native`] for the CLI).
//! Decision 7 in `docs/decisions.md` says why the Fluent runtime itself is not shipped.
//!
//! ```
//! use cares_l10n::{Args, Catalogue, Messages, SimpleLocale};
//!
//! let english = Catalogue::from_json(
//!     r#"{"language":"en-GB","name":"English","direction":"ltr","checked":true,
//!         "messages":{"actions-count":[
//!           {"select":"count","variants":[
//!             {"key":"one","value":["One action"]},
//!             {"key":"other","value":[{"arg":"count"}," actions"]}],"default":1}]}}"#,
//! )?;
//! let messages = Messages::new(english.clone(), english);
//! let args = Args::new().with("count", 3);
//! assert_eq!(messages.text("actions-count", &args, &SimpleLocale), "3 actions");
//! # Ok::<(), cares_l10n::CatalogueError>(())
//! ```
//!
//! What this crate does not do: translate what people write (statements and actions
//! are always shown as written), or hold any language's text itself.

mod args;
mod catalogue;
mod check;
#[cfg(feature = "compile")]
pub mod compile;
mod locale;
#[cfg(feature = "native")]
pub mod native;
mod pseudo;
mod shipped;

pub use args::{Args, Value};
pub use catalogue::{
    Catalogue, CatalogueError, Direction, Message, Messages, Part, Variant, format_message,
    message_key,
};
pub use check::{Difference, compare};
pub use locale::{Locale, PluralCategory, SimpleLocale};
pub use pseudo::{PSEUDO_LANGUAGE, pseudo_catalogue};
pub use shipped::{SHIPPED, SOURCE_LANGUAGE, shipped_language};
