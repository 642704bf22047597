//! What the evaluator asks of a language beyond its catalogue: which plural form a
//! number takes, and how numbers and dates are written. The browser answers from
//! `Intl`, the CLI from CLDR data ([`crate::native`]); neither ships in the core.

use chrono::{Datelike, NaiveDate};

/// The CLDR plural categories a variant of a select may be keyed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    /// `zero` (Welsh 0, Arabic 0).
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`: every language has it.
    Other,
}

impl PluralCategory {
    /// The keyword used in Fluent variant keys and by `Intl.PluralRules`.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }

    /// The category named by a keyword, if it is one.
    #[must_use]
    pub fn from_keyword(word: &str) -> Option<Self> {
        Some(match word {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "few" => Self::Few,
            "many" => Self::Many,
            "other" => Self::Other,
            _ => return None,
        })
    }
}

/// A language's rules for plural forms, numbers and dates.
pub trait Locale {
    /// The plural category of a number in this language.
    fn plural(&self, n: f64) -> PluralCategory;
    /// A number as this language writes it.
    fn number(&self, n: f64) -> String;
    /// A day as this language writes it in running text.
    fn date(&self, day: NaiveDate) -> String;
}

/// British English rules without any CLDR data: `one` for exactly 1, digits grouped by
/// commas, dates as "3 December 2026". For tests and for English-only callers.
#[derive(Debug, Clone, Copy, Default)]
pub struct SimpleLocale;

impl Locale for SimpleLocale {
    fn plural(&self, n: f64) -> PluralCategory {
        if n == 1.0 {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }

    fn number(&self, n: f64) -> String {
        grouped(n, ",", ".")
    }

    fn date(&self, day: NaiveDate) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS[day.month0() as usize];
        format!("{} {month} {}", day.day(), day.year())
    }
}

/// `n` with its whole part grouped in threes by `group` and `decimal` before any
/// fraction (at most two places, as counts and percentages need). Written with
/// integer arithmetic only: a browser build then carries no float formatting code.
#[must_use]
pub fn grouped(n: f64, group: &str, decimal: &str) -> String {
    let negative = n < 0.0;
    // Counts and percentages in cares are far below 2^53 hundredths, where this is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let hundredths = (n.abs() * 100.0).round().min(9.0e15) as u64;
    let whole = (hundredths / 100).to_string();
    let fraction = hundredths % 100;
    let mut out = String::new();
    if negative && hundredths != 0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    if fraction != 0 {
        out.push_str(decimal);
        if fraction.is_multiple_of(10) {
            out.push_str(&(fraction / 10).to_string());
        } else {
            out.push_str(&format!("{fraction:02}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_counts_are_grouped_in_threes() {
        assert_eq!(grouped(1_234_567.0, ",", "."), "1,234,567");
        assert_eq!(grouped(999.0, ",", "."), "999");
        assert_eq!(grouped(-1200.5, ",", "."), "-1,200.5");
        assert_eq!(grouped(0.05, ",", "."), "0.05");
        assert_eq!(grouped(-0.001, ",", "."), "0");
    }

    #[test]
    fn simple_locale_writes_days_as_british_english_does() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a real day");
        assert_eq!(SimpleLocale.date(day), "3 December 2026");
    }
}
