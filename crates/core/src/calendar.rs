//! The calendar: the financial quarter ([`Quarter`], April to June is Q1) and how a
//! quarter or a financial year is said to a person. Attendance, progress markers and
//! the empowerment plan are all counted in these quarters, so they live apart from the
//! network and the measures that use them. Nothing here reads a clock.
//!
//! This module is the quarter's home (`cares_core::calendar::Quarter`); it is also
//! re-exported from [`crate::network`], where partners first found it.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A financial quarter: the year runs from 1 April to 31 March, and April to June is Q1.
///
/// Councils and the NHS report each quarter of the financial year, so attendance,
/// progress markers and carer rep commitments are all counted in these. Quarters order
/// by time, and read and write as `"2024-25 Q1"`.
///
/// ```
/// use cares_core::calendar::Quarter;
/// use chrono::NaiveDate;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let march = NaiveDate::from_ymd_opt(2025, 3, 31).ok_or("bad date")?;
/// let april = NaiveDate::from_ymd_opt(2025, 4, 1).ok_or("bad date")?;
/// assert_eq!(Quarter::containing(march).to_string(), "2024-25 Q4");
/// assert_eq!(Quarter::containing(april).to_string(), "2025-26 Q1");
/// assert_eq!(Quarter::containing(march).next(), Quarter::containing(april));
/// assert_eq!("2024-25 Q4".parse::<Quarter>()?, Quarter::containing(march));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Quarter {
    // Field order matters: the derived ordering is by year, then quarter.
    year: i32,
    q: u8,
}

/// Why a quarter could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuarterError {
    /// The quarter number was not 1, 2, 3 or 4.
    #[error("quarter {q} does not exist; a financial year has quarters 1 to 4")]
    OutOfRange {
        /// The number given.
        q: u8,
    },
    /// The text was not a quarter written like "2024-25 Q1".
    #[error("\"{text}\" is not a quarter; write it like \"2024-25 Q1\"")]
    Unreadable {
        /// The text given.
        text: String,
    },
}

impl Quarter {
    /// Makes a quarter of the financial year that starts on 1 April of `year`.
    ///
    /// `Quarter::new(2024, 1)` is April to June 2024; `Quarter::new(2024, 4)` is
    /// January to March 2025.
    pub fn new(year: i32, q: u8) -> Result<Self, QuarterError> {
        if (1..=4).contains(&q) {
            Ok(Self { year, q })
        } else {
            Err(QuarterError::OutOfRange { q })
        }
    }

    /// The quarter a day falls in.
    pub fn containing(date: NaiveDate) -> Self {
        let month = date.month();
        if month >= 4 {
            // Months 4..=12 give quarters 1..=3; the cast cannot truncate.
            Self {
                year: date.year(),
                q: ((month - 4) / 3 + 1) as u8,
            }
        } else {
            Self {
                year: date.year().saturating_sub(1),
                q: 4,
            }
        }
    }

    /// The calendar year in which this quarter's financial year starts (2024 for 2024-25).
    pub fn year(self) -> i32 {
        self.year
    }

    /// The quarter's number, 1 to 4.
    pub fn number(self) -> u8 {
        self.q
    }

    /// The quarter after this one (2024-25 Q4 is followed by 2025-26 Q1).
    pub fn next(self) -> Self {
        if self.q >= 4 {
            Self {
                year: self.year.saturating_add(1),
                q: 1,
            }
        } else {
            Self {
                year: self.year,
                q: self.q + 1,
            }
        }
    }

    /// The quarter before this one (2025-26 Q1 comes after 2024-25 Q4).
    pub fn previous(self) -> Self {
        if self.q <= 1 {
            Self {
                year: self.year.saturating_sub(1),
                q: 4,
            }
        } else {
            Self {
                year: self.year,
                q: self.q - 1,
            }
        }
    }

    /// The calendar year and first month of the quarter.
    fn start_month(self) -> (i32, u32) {
        match self.q {
            1 => (self.year, 4),
            2 => (self.year, 7),
            3 => (self.year, 10),
            _ => (self.year.saturating_add(1), 1),
        }
    }

    /// The first day of the quarter (1 April, 1 July, 1 October or 1 January).
    ///
    /// For years beyond what a date can hold, this is the earliest or latest date there is.
    pub fn first_day(self) -> NaiveDate {
        let (year, month) = self.start_month();
        NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(if year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
    }

    /// The last day of the quarter (30 June, 30 September, 31 December or 31 March).
    ///
    /// For years beyond what a date can hold, this is the earliest or latest date there is.
    pub fn last_day(self) -> NaiveDate {
        let (year, month) = self.start_month();
        let (end_month, end_day) = (month + 2, if month == 4 || month == 7 { 30 } else { 31 });
        NaiveDate::from_ymd_opt(year, end_month, end_day).unwrap_or(if year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
    }

    /// True when the day falls in this quarter.
    pub fn contains(self, date: NaiveDate) -> bool {
        Self::containing(date) == self
    }

    /// The months in plain words: "April to June 2024", "January to March 2025".
    pub fn months(self) -> String {
        let (year, _) = self.start_month();
        let span = match self.q {
            1 => "April to June",
            2 => "July to September",
            3 => "October to December",
            _ => "January to March",
        };
        format!("{span} {year}")
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let next_year = i64::from(self.year) + 1;
        write!(
            f,
            "{}-{:02} Q{}",
            self.year,
            next_year.rem_euclid(100),
            self.q
        )
    }
}

impl FromStr for Quarter {
    type Err = QuarterError;

    /// Reads "2024-25 Q1" (the way [`Quarter`] displays); "2024-25 q1" is also accepted,
    /// and so is the short form "2024-Q1" (the financial year that starts in 2024).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let unreadable = || QuarterError::Unreadable {
            text: text.to_owned(),
        };
        let trimmed = text.trim();
        if let Some((start, quarter)) = trimmed.rsplit_once('-')
            && let Some(number) = quarter.strip_prefix(['Q', 'q'])
        {
            let year: i32 = start.parse().map_err(|_| unreadable())?;
            let q: u8 = number.parse().map_err(|_| unreadable())?;
            return Self::new(year, q);
        }
        let (years, quarter) = trimmed.split_once(' ').ok_or_else(unreadable)?;
        let number = quarter
            .trim()
            .strip_prefix(['Q', 'q'])
            .ok_or_else(unreadable)?;
        let q: u8 = number.parse().map_err(|_| unreadable())?;
        // A leading minus belongs to the year, so split on the last dash.
        let (start, end) = years.rsplit_once('-').ok_or_else(unreadable)?;
        let year: i32 = start.parse().map_err(|_| unreadable())?;
        let end: i64 = end.parse().map_err(|_| unreadable())?;
        if end.is_negative() || end != (i64::from(year) + 1).rem_euclid(100) {
            return Err(unreadable());
        }
        Self::new(year, q)
    }
}

impl Serialize for Quarter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Quarter {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Quarter".into()
    }

    fn json_schema(_generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+-[0-9]{2} [Qq][1-4]$",
            "description": "A financial quarter, April to June being Q1, written like \"2024-25 Q1\".",
        })
    }
}

/// The quarter as people say it: "2024-25 Q1 (April to June 2024)".
pub(crate) fn quarter_label(quarter: Quarter) -> String {
    format!("{quarter} ({})", quarter.months())
}

/// The financial year as people say it: "2024-25".
pub(crate) fn year_label(starts_in: i32) -> String {
    format!(
        "{starts_in}-{:02}",
        (i64::from(starts_in) + 1).rem_euclid(100)
    )
}

/// Reading a day written `YYYY-MM-DD`, the one rule for every day in a document, an
/// edit, a message or a file's cell: [`iso_day::parse`], and [`iso_day::read`] and
/// [`iso_day::read_optional`] for `#[serde(deserialize_with = "…")]` on a field.
///
/// It reads what chrono's `NaiveDate::from_str` reads, except spaces inside the date,
/// and it leaves chrono's general date parser (about 5 KB brotli) out of the web app's
/// wasm, which a phone on a slow connection downloads.
pub mod iso_day {
    use std::fmt;

    use chrono::NaiveDate;
    use serde::Deserializer;
    use serde::de::{Error, Visitor};

    /// `2024-05-14` as that day. Like chrono's own reading, a year may carry a sign and
    /// more than four digits, month and day may have one digit, and spaces around the
    /// whole are ignored.
    pub fn parse(text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        let (sign, rest) = match text.as_bytes().first()? {
            b'+' => (1, &text[1..]),
            b'-' => (-1, &text[1..]),
            _ => (1, text),
        };
        let sign_written = rest.len() < text.len();
        let mut parts = rest.split('-');
        let mut number = |most: usize| {
            parts
                .next()
                .filter(|p| {
                    !p.is_empty() && p.len() <= most && p.bytes().all(|b| b.is_ascii_digit())
                })
                .and_then(|p| p.parse::<u32>().ok())
        };
        // Without a sign a year has at most four digits; with one, more.
        let year = i32::try_from(number(if sign_written { 9 } else { 4 })?).ok()?;
        let (month, day) = (number(2)?, number(2)?);
        if parts.next().is_some() {
            return None;
        }
        NaiveDate::from_ymd_opt(sign * year, month, day)
    }

    /// For `#[serde(deserialize_with = "…")]` on a `NaiveDate`.
    pub fn read<'de, D: Deserializer<'de>>(reader: D) -> Result<NaiveDate, D::Error> {
        reader.deserialize_str(super::Written {
            parse,
            what: "a day written YYYY-MM-DD",
        })
    }

    /// For `#[serde(deserialize_with = "…")]` on an `Option<NaiveDate>` (`null` is none).
    pub fn read_optional<'de, D: Deserializer<'de>>(
        reader: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        reader.deserialize_option(MaybeDay)
    }

    struct MaybeDay;

    impl<'de> Visitor<'de> for MaybeDay {
        type Value = Option<NaiveDate>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a day written YYYY-MM-DD, or null")
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, reader: D) -> Result<Self::Value, D::Error> {
            read(reader).map(Some)
        }
    }
}

/// Reading a time of day written `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, the one rule for
/// every time the core reads (a meeting's start and end, the school day's):
/// [`iso_time::parse`], and [`iso_time::read`] for `#[serde(deserialize_with = "…")]`.
///
/// Like [`iso_day`], it reads what chrono's `NaiveTime::from_str` reads (a leap second
/// included) except spaces inside, without chrono's general parser.
pub mod iso_time {
    use chrono::NaiveTime;
    use serde::Deserializer;

    /// `18:30`, `18:30:05` or `18:30:05.25` as that time of day.
    pub fn parse(text: &str) -> Option<NaiveTime> {
        let text = text.trim();
        let digits = |part: &str, most: usize| {
            (!part.is_empty() && part.len() <= most && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        let (clock, fraction) = match text.split_once('.') {
            Some((clock, fraction)) => (clock, Some(fraction)),
            None => (text, None),
        };
        let mut parts = clock.split(':');
        let hour = digits(parts.next()?, 2)?;
        let minute = digits(parts.next()?, 2)?;
        let second = match parts.next() {
            Some(second) => digits(second, 2)?,
            None if fraction.is_none() => 0,
            None => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        // Up to nine digits count (nanoseconds); more are read and dropped.
        let nanos = match fraction {
            None => 0,
            Some(f) if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) => return None,
            Some(f) => {
                let kept = &f[..f.len().min(9)];
                kept.parse::<u32>().ok()? * 10u32.pow(9 - u32::try_from(kept.len()).ok()?)
            }
        };
        // A leap second is second 59 with a nanosecond count of a second or more.
        let (second, nanos) = if second == 60 {
            (59, nanos + 1_000_000_000)
        } else {
            (second, nanos)
        };
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
    }

    /// For `#[serde(deserialize_with = "…")]` on a `NaiveTime`.
    pub fn read<'de, D: Deserializer<'de>>(reader: D) -> Result<NaiveTime, D::Error> {
        reader.deserialize_str(super::Written {
            parse,
            what: "a time of day written HH:MM or HH:MM:SS",
        })
    }
}

/// The serde visitor of [`iso_day::read`] and [`iso_time::read`]: a value written as
/// text, read by `parse`, refused with what it should look like.
struct Written<T> {
    parse: fn(&str) -> Option<T>,
    what: &'static str,
}

impl<T> serde::de::Visitor<'_> for Written<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
        (self.parse)(text).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::{iso_day, iso_time};
    use proptest::prelude::*;

    #[test]
    fn a_day_is_read_as_chrono_reads_it() {
        for text in [
            "2024-05-14",
            " 2024-05-14 ",
            "2024-5-4",
            "+2024-05-14",
            "-0044-03-15",
            "0001-01-01",
            "00000-1-1",
            "+00000-1-1",
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-05-32",
            "2024-05",
            "2024-05-14-01",
            "2024/05/14",
            "14/05/2024",
            "",
            "-",
            "2024--05-14",
            "２０２４-05-14",
            "2024-05-14T10:00",
        ] {
            assert_eq!(
                iso_day::parse(text),
                text.parse::<chrono::NaiveDate>().ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_time_is_read_as_chrono_reads_it() {
        for text in [
            "18:30",
            " 08:45 ",
            "8:5",
            "18:30:05",
            "18:30:05.25",
            "18:30:05.123456789",
            "18:30:05.1234567891",
            "23:59:60",
            "23:59:60.5",
            "24:00",
            "12:60",
            "12:30:61",
            "12",
            "12:30:",
            "12:30.5",
            "12:30:05.",
            "12:30:05.x",
            "123:30",
            "12:300",
            "",
            "12-30",
        ] {
            assert_eq!(
                iso_time::parse(text),
                text.parse::<chrono::NaiveTime>().ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_field_read_with_them_says_what_a_day_or_a_time_looks_like() {
        #[derive(Debug, serde::Deserialize)]
        struct Meeting {
            #[serde(deserialize_with = "iso_day::read")]
            _day: chrono::NaiveDate,
            #[serde(default, deserialize_with = "iso_day::read_optional")]
            _review: Option<chrono::NaiveDate>,
            #[serde(deserialize_with = "iso_time::read")]
            _starts: chrono::NaiveTime,
        }
        let read = |json: &str| serde_json::from_str::<Meeting>(json).map_err(|e| e.to_string());
        assert!(read(r#"{"_day": "2024-05-14", "_review": null, "_starts": "18:30"}"#).is_ok());
        assert!(read(r#"{"_day": "2024-05-14", "_starts": "18:30:00"}"#).is_ok());
        let wrong_day = read(r#"{"_day": "14/05/2024", "_starts": "18:30"}"#);
        assert!(
            matches!(&wrong_day, Err(m) if m.contains("\"14/05/2024\"") && m.contains("a day written YYYY-MM-DD")),
            "{wrong_day:?}"
        );
        let wrong_review = read(r#"{"_day": "2024-05-14", "_review": "soon", "_starts": "18:30"}"#);
        assert!(
            matches!(&wrong_review, Err(m) if m.contains("a day written YYYY-MM-DD")),
            "{wrong_review:?}"
        );
        let wrong_time = read(r#"{"_day": "2024-05-14", "_starts": "6pm"}"#);
        assert!(
            matches!(&wrong_time, Err(m) if m.contains("a time of day written HH:MM")),
            "{wrong_time:?}"
        );
    }

    proptest! {
        #[test]
        fn any_colon_numbers_are_read_as_chrono_reads_them(
            hour in "[0-9]{0,3}",
            minute in "[0-9]{0,3}",
            second in prop::option::of("[0-9]{0,3}"),
            fraction in prop::option::of("[0-9]{0,11}"),
        ) {
            let mut text = format!("{hour}:{minute}");
            if let Some(second) = &second {
                text.push(':');
                text.push_str(second);
            }
            if let Some(fraction) = &fraction {
                text.push('.');
                text.push_str(fraction);
            }
            prop_assert_eq!(iso_time::parse(&text), text.parse::<chrono::NaiveTime>().ok(), "{}", text);
        }

        #[test]
        fn any_dashed_numbers_are_read_as_chrono_reads_them(
            sign in prop::sample::select(vec!["", "+", "-"]),
            year in "[0-9]{1,10}",
            month in "[0-9]{0,3}",
            day in "[0-9]{0,3}",
        ) {
            let text = format!("{sign}{year}-{month}-{day}");
            prop_assert_eq!(iso_day::parse(&text), text.parse::<chrono::NaiveDate>().ok(), "{}", text);
        }
    }

    use super::*;

    #[test]
    fn the_short_form_names_the_financial_year_it_starts_in() {
        assert_eq!("2024-Q1".parse::<Quarter>(), Quarter::new(2024, 1));
        assert_eq!(" 2024-q4 ".parse::<Quarter>(), Quarter::new(2024, 4));
        assert_eq!(
            "2024-Q5".parse::<Quarter>(),
            Err(QuarterError::OutOfRange { q: 5 })
        );
        assert!(matches!(
            "spring-Q1".parse::<Quarter>(),
            Err(QuarterError::Unreadable { .. })
        ));
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn the_last_day_of_march_and_the_first_of_april_are_in_different_financial_years() {
        let march = Quarter::containing(day(2025, 3, 31));
        let april = Quarter::containing(day(2025, 4, 1));
        assert_eq!((march.year(), march.number()), (2024, 4));
        assert_eq!((april.year(), april.number()), (2025, 1));
        assert_eq!(march.to_string(), "2024-25 Q4");
        assert_eq!(april.to_string(), "2025-26 Q1");
        assert_eq!(march.next(), april);
        assert_eq!(april.previous(), march);
        assert!(march < april);
    }

    #[test]
    fn every_month_maps_to_its_financial_quarter() {
        let expected = [4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3];
        for (month, q) in (1..=12).zip(expected) {
            let quarter = Quarter::containing(day(2024, month, 15));
            assert_eq!(quarter.number(), q, "month {month}");
            assert!(quarter.contains(quarter.first_day()));
            assert!(quarter.contains(quarter.last_day()));
            assert!(!quarter.contains(quarter.last_day().succ_opt().expect("next day")));
            assert!(!quarter.contains(quarter.first_day().pred_opt().expect("day before")));
        }
    }

    #[test]
    fn quarter_boundaries_and_months_read_plainly() {
        let q4 = Quarter::new(2024, 4).expect("valid quarter");
        assert_eq!(q4.first_day(), day(2025, 1, 1));
        assert_eq!(q4.last_day(), day(2025, 3, 31));
        assert_eq!(q4.months(), "January to March 2025");
        let q2 = Quarter::new(2024, 2).expect("valid quarter");
        assert_eq!(
            (q2.first_day(), q2.last_day()),
            (day(2024, 7, 1), day(2024, 9, 30))
        );
        assert_eq!(q2.months(), "July to September 2024");
    }

    #[test]
    fn quarter_numbers_outside_one_to_four_are_refused() {
        assert_eq!(
            Quarter::new(2024, 5),
            Err(QuarterError::OutOfRange { q: 5 })
        );
        assert!(Quarter::new(2024, 0).is_err());
    }

    #[test]
    fn quarters_read_back_what_they_write_and_refuse_nonsense() {
        let q = Quarter::new(1999, 3).expect("valid quarter");
        assert_eq!(q.to_string(), "1999-00 Q3");
        assert_eq!("1999-00 Q3".parse::<Quarter>(), Ok(q));
        assert_eq!(" 1999-00 q3 ".parse::<Quarter>(), Ok(q));
        for bad in [
            "2024-26 Q1",
            "2024-25",
            "2024-25 Q5",
            "Q1 2024-25",
            "",
            "2024-25 Qx",
        ] {
            assert!(bad.parse::<Quarter>().is_err(), "{bad:?} should not parse");
        }
        let json = serde_json::to_string(&q).expect("serializes");
        assert_eq!(json, "\"1999-00 Q3\"");
        assert_eq!(
            serde_json::from_str::<Quarter>(&json).expect("reads back"),
            q
        );
        assert!(serde_json::from_str::<Quarter>("\"2024-25 Q9\"").is_err());
    }

    #[test]
    fn quarters_at_the_edge_of_the_calendar_do_not_panic() {
        let q = Quarter::containing(NaiveDate::MIN);
        let _ = (q.first_day(), q.last_day(), q.previous(), q.to_string());
        let q = Quarter::containing(NaiveDate::MAX);
        let _ = (q.first_day(), q.last_day(), q.next(), q.to_string());
        let q = Quarter::new(i32::MAX, 4).expect("valid quarter");
        let _ = (q.first_day(), q.last_day(), q.next(), q.to_string());
    }
}
