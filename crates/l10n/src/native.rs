//! The native side's language rules (the CLI): plural categories from CLDR data
//! through `icu_plurals`, numbers grouped as British English, Welsh and Urdu all write
//! them, and dates through the catalogue's own `date-long` message, so a council that
//! adds a language writes its date format in the same file as its words.

use chrono::{Datelike, NaiveDate};
use fixed_decimal::Decimal;
use icu_locale_core::Locale as IcuLocale;
use icu_plurals::{PluralCategory as IcuCategory, PluralOperands, PluralRules};

use crate::args::Args;
use crate::catalogue::Catalogue;
use crate::locale::{Locale, PluralCategory, SimpleLocale, grouped};

/// A language's rules for the CLI.
#[derive(Debug)]
pub struct NativeLocale {
    rules: Option<PluralRules>,
    dates: Option<Catalogue>,
}

impl NativeLocale {
    /// The rules for a catalogue's language. A language CLDR does not know falls back
    /// to `one`/`other`; a catalogue without `date-long` writes dates as English does.
    #[must_use]
    pub fn new(catalogue: &Catalogue) -> Self {
        let rules = catalogue
            .language
            .parse::<IcuLocale>()
            .ok()
            .and_then(|locale| PluralRules::try_new_cardinal((&locale).into()).ok());
        let dates = catalogue
            .message("date-long")
            .is_some()
            .then(|| catalogue.clone());
        Self { rules, dates }
    }
}

impl Locale for NativeLocale {
    fn plural(&self, n: f64) -> PluralCategory {
        let Some(rules) = &self.rules else {
            return SimpleLocale.plural(n);
        };
        let operands = if n.fract() == 0.0 && n.abs() < 9e15 {
            // Whole and far below 2^53: exact.
            #[allow(clippy::cast_possible_truncation)]
            PluralOperands::from(n as i64)
        } else {
            match format!("{n}").parse::<Decimal>() {
                Ok(decimal) => PluralOperands::from(&decimal),
                Err(_) => return PluralCategory::Other,
            }
        };
        match rules.category_for(operands) {
            IcuCategory::Zero => PluralCategory::Zero,
            IcuCategory::One => PluralCategory::One,
            IcuCategory::Two => PluralCategory::Two,
            IcuCategory::Few => PluralCategory::Few,
            IcuCategory::Many => PluralCategory::Many,
            IcuCategory::Other => PluralCategory::Other,
        }
    }

    fn number(&self, n: f64) -> String {
        grouped(n, ",", ".")
    }

    fn date(&self, day: NaiveDate) -> String {
        let Some(catalogue) = &self.dates else {
            return SimpleLocale.date(day);
        };
        let args = Args::new()
            .with("day", day.day().to_string())
            .with("month", day.month())
            .with("year", day.year().to_string());
        catalogue
            .format("date-long", &args, &SimpleLocale)
            .unwrap_or_else(|| SimpleLocale.date(day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Direction, Part, Variant};

    fn catalogue(language: &str) -> Catalogue {
        Catalogue {
            language: language.into(),
            name: language.into(),
            direction: Direction::Ltr,
            checked: false,
            messages: Default::default(),
        }
    }

    #[test]
    fn welsh_has_six_plural_forms_from_cldr() {
        let welsh = NativeLocale::new(&catalogue("cy"));
        let forms: Vec<_> = [0.0, 1.0, 2.0, 3.0, 6.0, 4.0]
            .map(|n| welsh.plural(n).keyword())
            .to_vec();
        assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
    }

    #[test]
    fn urdu_and_english_have_one_and_other() {
        for language in ["ur", "en-GB"] {
            let locale = NativeLocale::new(&catalogue(language));
            assert_eq!(locale.plural(1.0), PluralCategory::One);
            assert_eq!(locale.plural(0.0), PluralCategory::Other);
            assert_eq!(locale.plural(1.5), PluralCategory::Other);
        }
    }

    #[test]
    fn a_catalogues_own_date_format_writes_its_dates() {
        let mut welsh = catalogue("cy");
        let months = (1..=12)
            .map(|m| Variant {
                key: m.to_string(),
                value: vec![Part::Text(if m == 12 {
                    "Rhagfyr".into()
                } else {
                    format!("mis {m}")
                })],
            })
            .collect();
        welsh.messages.insert(
            "date-long".into(),
            vec![
                Part::Arg { arg: "day".into() },
                Part::Text(" ".into()),
                Part::Select {
                    select: "month".into(),
                    variants: months,
                    default: 0,
                },
                Part::Text(" ".into()),
                Part::Arg { arg: "year".into() },
            ],
        );
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a real day");
        assert_eq!(NativeLocale::new(&welsh).date(day), "3 Rhagfyr 2026");
    }
}
