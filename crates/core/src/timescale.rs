//! Dates as councils write them in action plans: "End March 2013", "Sept. 2013",
//! "2013/14", "Review end 2013", "October 2014 – Jan 2015".
//!
//! [`parse_loose_date`] reads the date a piece of text means — the last day of the
//! period it names, and the later end of a range. [`read_timescale`] reads a whole
//! "Completion / Review Date" cell into a due date, a review date and whether it
//! says the work is complete. Both are pure and know nothing of the clock.

use chrono::NaiveDate;

/// How exact a date as written was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatePrecision {
    /// A day: "18th Sept. 2013", "31/03/2014".
    Day,
    /// A month: "March 2014", "End March 2013".
    Month,
    /// A season or part of a year: "Summer 2013", "early 2014".
    Season,
    /// A calendar year: "end 2013".
    Year,
    /// A financial year, April to March: "2013/14".
    FinancialYear,
}

/// Whether a date is when the work is due or when it will be looked at again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateKind {
    /// When the work should be done.
    Due,
    /// When it will be reviewed, evaluated or monitored ("Review end 2013").
    Review,
}

/// A date read from loose text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LooseDate {
    /// The last day of the period named: "March 2014" is 31 March 2014.
    pub date: NaiveDate,
    /// The first day of the period named: "March 2014" is 1 March 2014.
    pub from: NaiveDate,
    /// How exact the text was.
    pub precision: DatePrecision,
    /// Whether the text calls it a review date.
    pub kind: DateKind,
    /// Whether the text says the work is complete ("Completed for this period").
    pub complete: bool,
}

/// What a "Completion / Review Date" cell says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timescale {
    /// The latest date that is not a review date.
    pub due: Option<LooseDate>,
    /// The latest date the text calls a review date.
    pub review: Option<LooseDate>,
    /// Whether the text says the work is complete.
    pub complete: bool,
}

impl Timescale {
    /// True when the text held a due or review date.
    pub fn has_date(&self) -> bool {
        self.due.is_some() || self.review.is_some()
    }

    /// The later of the due and review dates.
    pub fn latest(&self) -> Option<NaiveDate> {
        match (self.due, self.review) {
            (Some(d), Some(r)) => Some(d.date.max(r.date)),
            (d, r) => d.or(r).map(|x| x.date),
        }
    }
}

/// Reads the date a piece of text means, or `None` when it holds no date.
///
/// A month without a day means its last day, a year its last day ("end 2013" is
/// 31 December 2013), a financial year its 31 March ("2013/14" is 31 March 2014), a
/// range its end ("October 2014 – Jan 2015" is 31 January 2015), and a list of
/// months the later one ("March/ April 2014" is 30 April 2014). Numeric dates are
/// day first, as in the UK. A number is a year only with four digits from 1990 to
/// 2100. When the text holds several dates, the latest wins.
///
/// ```
/// use cares_core::timescale::{parse_loose_date, DateKind};
/// use chrono::NaiveDate;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read = parse_loose_date("Review end 2013").ok_or("no date")?;
/// assert_eq!(read.date, NaiveDate::from_ymd_opt(2013, 12, 31).ok_or("bad date")?);
/// assert_eq!(read.kind, DateKind::Review);
///
/// let read = parse_loose_date("2013/14").ok_or("no date")?;
/// assert_eq!(read.date, NaiveDate::from_ymd_opt(2014, 3, 31).ok_or("bad date")?);
///
/// assert!(parse_loose_date("Quarterly update").is_none());
/// # Ok(()) }
/// ```
pub fn parse_loose_date(text: &str) -> Option<LooseDate> {
    let complete = says_complete(text);
    find_dates(text)
        .into_iter()
        .reduce(|best, next| if next.date > best.date { next } else { best })
        .map(|found| found.into_loose(complete))
}

/// Reads a whole "Completion / Review Date" cell: the latest due date, the latest
/// review date, and whether it says the work is complete.
///
/// ```
/// use cares_core::timescale::read_timescale;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let cell = "L&D plan in place April 2013\nReview end 2013";
/// let read = read_timescale(cell);
/// assert_eq!(read.due.ok_or("no due date")?.date.to_string(), "2013-04-30");
/// assert_eq!(read.review.ok_or("no review date")?.date.to_string(), "2013-12-31");
/// assert!(!read.complete);
/// assert!(read_timescale("Completed").complete);
/// # Ok(()) }
/// ```
pub fn read_timescale(text: &str) -> Timescale {
    let complete = says_complete(text);
    let mut reading = Timescale {
        complete,
        ..Timescale::default()
    };
    for found in find_dates(text) {
        let slot = match found.kind {
            DateKind::Review => &mut reading.review,
            DateKind::Due => &mut reading.due,
        };
        if slot.is_none_or(|held| found.date > held.date) {
            *slot = Some(found.into_loose(complete));
        }
    }
    reading
}

/// True when the text says the work is complete: "Complete", "Completed for this
/// period", "Done" — but not "to be completed" or "not complete".
pub fn says_complete(text: &str) -> bool {
    let words: Vec<String> = tokens(text)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Word(w) => Some(w),
            _ => None,
        })
        .collect();
    if words.len() == 1 && words[0] == "done" {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        (w == "complete" || w == "completed")
            && !i
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|before| NOT_YET.contains(&before.as_str()))
    })
}

/// Words that, just before "complete", mean it is not complete yet.
const NOT_YET: [&str; 9] = [
    "not", "be", "to", "yet", "when", "once", "until", "will", "never",
];

/// Words that, just before a date, make it a review date.
const REVIEW_WORDS: [&str; 5] = ["review", "evaluate", "evaluation", "monitor", "reviewing"];

/// Small words that may sit between a review word and its date ("Review by June 2013").
const FILLER: [&str; 6] = ["by", "in", "on", "at", "the", "date"];

/// A date found in text, before it becomes a [`LooseDate`].
#[derive(Debug, Clone, Copy)]
struct Found {
    date: NaiveDate,
    from: NaiveDate,
    precision: DatePrecision,
    kind: DateKind,
    /// Token positions `start..end`.
    start: usize,
    end: usize,
}

impl Found {
    fn into_loose(self, complete: bool) -> LooseDate {
        LooseDate {
            date: self.date,
            from: self.from,
            precision: self.precision,
            kind: self.kind,
            complete,
        }
    }
}

/// A piece of text as the date reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A run of digits; `value` saturates for absurdly long runs.
    Num { value: u32, digits: usize },
    /// A run of letters (and digits after them: "q1"), lowercased.
    Word(String),
    /// Punctuation that matters: '/', '-' (any dash), '&', or '.'/',' between digits.
    Sep(char),
    /// Punctuation that breaks a date apart: brackets, colons, semicolons.
    Break(char),
}

fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            let start = i;
            let mut value: u32 = 0;
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                value = value.saturating_mul(10).saturating_add(d);
                i += 1;
            }
            out.push(Tok::Num {
                value,
                digits: i - start,
            });
            // "18th", "1st": the suffix belongs to the number.
            let rest: String = chars[i..]
                .iter()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            if matches!(rest.as_str(), "st" | "nd" | "rd" | "th") {
                i += 2;
            }
        } else if c.is_alphabetic() {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_alphanumeric()) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect::<String>().to_lowercase();
            out.push(Tok::Word(word));
        } else {
            let between_digits = i > 0
                && chars.get(i - 1).is_some_and(char::is_ascii_digit)
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            match c {
                '/' | '&' => out.push(Tok::Sep(c)),
                '-' | '–' | '—' | '‑' | '‒' => out.push(Tok::Sep('-')),
                '.' | ',' if between_digits => out.push(Tok::Sep(c)),
                '(' | ')' | '[' | ']' | ':' | ';' | '?' | '!' | '"' | '“' | '”' => {
                    out.push(Tok::Break(c));
                }
                // Spaces, apostrophes, and full stops after abbreviations ("Sept.")
                // separate words without breaking a date.
                _ => {}
            }
            i += 1;
        }
    }
    out
}

fn month_number(word: &str) -> Option<u32> {
    let n = match word {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    };
    Some(n)
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

fn month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, month, 1)?,
        last_day_of_month(year, month)?,
    ))
}

const FIRST_YEAR: u32 = 1990;
const LAST_YEAR: u32 = 2100;

/// A four-digit year from 1990 to 2100.
fn full_year(tok: Option<&Tok>) -> Option<i32> {
    match tok {
        Some(Tok::Num { value, digits: 4 }) if (FIRST_YEAR..=LAST_YEAR).contains(value) => {
            i32::try_from(*value).ok()
        }
        _ => None,
    }
}

/// A four-digit year, or two digits meaning 20xx ("Summer 13", "31/03/14").
fn short_or_full_year(tok: Option<&Tok>) -> Option<i32> {
    match tok {
        Some(Tok::Num { value, digits: 2 }) => i32::try_from(2000 + value).ok(),
        other => full_year(other),
    }
}

fn word_at(toks: &[Tok], i: usize) -> Option<&str> {
    match toks.get(i) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    }
}

fn small_num(tok: Option<&Tok>, max: u32) -> Option<u32> {
    match tok {
        Some(Tok::Num { value, digits }) if *digits <= 2 && (1..=max).contains(value) => {
            Some(*value)
        }
        _ => None,
    }
}

/// "early", "mid", "late", "end", "start" before a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Early,
    Mid,
    Late,
    End,
}

/// A date read at some token: first day, last day, precision, the token after it.
type Read = (NaiveDate, NaiveDate, DatePrecision, usize);

/// What a reader found at a token: a date, something shaped like a date that is
/// not one ("31/02/2014": skip to the token given), or nothing.
type Step = Option<Result<Read, usize>>;

fn find_dates(text: &str) -> Vec<Found> {
    let toks = tokens(text);
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match date_at(&toks, i) {
            Some(Err(end)) => i = end.max(i + 1),
            Some(Ok((from, date, precision, end))) => {
                let kind = kind_before(&toks, i);
                found.push(Found {
                    date,
                    from,
                    precision,
                    kind,
                    start: i,
                    end,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    merge_ranges(&toks, found)
}

/// Two dates joined by a dash, a slash or "to" are one range: it ends at the
/// second and keeps the first one's kind ("Review June – Sept 2013").
fn merge_ranges(toks: &[Tok], found: Vec<Found>) -> Vec<Found> {
    let mut merged: Vec<Found> = Vec::new();
    for next in found {
        if let Some(last) = merged.last_mut()
            && next.start == last.end + 1
            && is_range_joiner(toks.get(last.end))
            && next.date >= last.date
        {
            last.date = next.date;
            last.precision = next.precision;
            last.end = next.end;
            continue;
        }
        merged.push(next);
    }
    merged
}

fn is_range_joiner(tok: Option<&Tok>) -> bool {
    match tok {
        Some(Tok::Sep('-' | '/')) => true,
        Some(Tok::Word(w)) => matches!(w.as_str(), "to" | "until" | "till"),
        _ => false,
    }
}

fn kind_before(toks: &[Tok], start: usize) -> DateKind {
    let mut i = start;
    for _ in 0..4 {
        let Some(prev) = i.checked_sub(1) else {
            break;
        };
        i = prev;
        match toks.get(i) {
            Some(Tok::Word(w)) if REVIEW_WORDS.contains(&w.as_str()) => return DateKind::Review,
            Some(Tok::Word(w)) if FILLER.contains(&w.as_str()) => {}
            Some(Tok::Break(':')) => {}
            _ => break,
        }
    }
    DateKind::Due
}

fn date_at(toks: &[Tok], i: usize) -> Step {
    let (part, j) = part_at(toks, i);
    if let Some(step) = numeric_date(toks, j) {
        return Some(step);
    }
    if let Some(step) = financial_year(toks, j) {
        return Some(step);
    }
    if let Some(read) = day_month_year(toks, j).or_else(|| season(toks, j)) {
        return Some(Ok(read));
    }
    let year = full_year(toks.get(j))?;
    let day = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let (from, date, precision) = match part {
        None | Some(Part::End) => (day(1, 1)?, day(12, 31)?, DatePrecision::Year),
        Some(Part::Start) => (day(1, 1)?, day(1, 31)?, DatePrecision::Month),
        Some(Part::Early) => (day(1, 1)?, day(4, 30)?, DatePrecision::Season),
        Some(Part::Mid) => (day(5, 1)?, day(8, 31)?, DatePrecision::Season),
        Some(Part::Late) => (day(9, 1)?, day(12, 31)?, DatePrecision::Season),
    };
    Some(Ok((from, date, precision, j + 1)))
}

/// Reads "end", "end of", "early", "mid-", "start of the" before a date.
fn part_at(toks: &[Tok], i: usize) -> (Option<Part>, usize) {
    let part = match word_at(toks, i) {
        Some("end") => Part::End,
        Some("start" | "beginning") => Part::Start,
        Some("early") => Part::Early,
        Some("mid" | "middle") => Part::Mid,
        Some("late") => Part::Late,
        _ => return (None, i),
    };
    let mut j = i + 1;
    if toks.get(j) == Some(&Tok::Sep('-')) {
        j += 1;
    }
    if word_at(toks, j) == Some("of") {
        j += 1;
    }
    if word_at(toks, j) == Some("the") {
        j += 1;
    }
    (Some(part), j)
}

/// "2014-03-31", "31/03/2014", "31.03.14".
fn numeric_date(toks: &[Tok], i: usize) -> Step {
    let (
        Some(Tok::Num {
            value: a,
            digits: da,
        }),
        Some(Tok::Sep(s1)),
        Some(Tok::Num {
            value: b,
            digits: db,
        }),
        Some(Tok::Sep(s2)),
        Some(Tok::Num {
            value: c,
            digits: dc,
        }),
    ) = (
        toks.get(i),
        toks.get(i + 1),
        toks.get(i + 2),
        toks.get(i + 3),
        toks.get(i + 4),
    )
    else {
        return None;
    };
    if s1 != s2 || !matches!(s1, '-' | '/' | '.') || *db > 2 {
        return None;
    }
    let end = i + 5;
    let date = match (*da, *dc) {
        (4, 1 | 2) => full_year(toks.get(i)).and_then(|y| NaiveDate::from_ymd_opt(y, *b, *c)),
        (1 | 2, 2 | 4) => {
            short_or_full_year(toks.get(i + 4)).and_then(|y| NaiveDate::from_ymd_opt(y, *b, *a))
        }
        _ => return None,
    };
    Some(date.map(|d| (d, d, DatePrecision::Day, end)).ok_or(end))
}

/// "2013/14", "2013/2014", "2013-14": April to March. "2013-2016" is a span of
/// years, and "2014-03" (when it cannot be a financial year) is a month.
fn financial_year(toks: &[Tok], i: usize) -> Step {
    let first = full_year(toks.get(i))?;
    let Some(Tok::Sep(sep @ ('/' | '-'))) = toks.get(i + 1) else {
        return None;
    };
    let end = i + 3;
    let (second, digits, value) = match toks.get(i + 2) {
        Some(Tok::Num { value, digits: 2 }) => {
            let century = first - first.rem_euclid(100);
            let mut year = century + i32::try_from(*value).ok()?;
            if year <= first {
                year += 100;
            }
            (year, 2, *value)
        }
        Some(t @ Tok::Num { value, digits: 4 }) => (full_year(Some(t)).unwrap_or(0), 4, *value),
        _ => return None,
    };
    if !(1..=10).contains(&(second - first)) {
        if *sep == '-' && digits == 2 {
            return Some(
                month_span(first, value)
                    .map(|(from, to)| (from, to, DatePrecision::Month, end))
                    .ok_or(end),
            );
        }
        return Some(Err(end));
    }
    let read = if *sep == '-' && digits == 4 {
        NaiveDate::from_ymd_opt(first, 1, 1)
            .zip(NaiveDate::from_ymd_opt(second, 12, 31))
            .map(|(from, to)| (from, to, DatePrecision::Year, end))
    } else {
        NaiveDate::from_ymd_opt(first, 4, 1)
            .zip(NaiveDate::from_ymd_opt(second, 3, 31))
            .map(|(from, to)| (from, to, DatePrecision::FinancialYear, end))
    };
    Some(read.ok_or(end))
}

/// "18th Sept. 2013", "March/ April 2014", "March 31 2014", "end of May 2013".
fn day_month_year(toks: &[Tok], i: usize) -> Option<Read> {
    let mut j = i;
    let mut day = small_num(toks.get(j), 31);
    if day.is_some() {
        j += 1;
        if matches!(word_at(toks, j), Some("st" | "nd" | "rd" | "th")) {
            j += 1;
        }
        if word_at(toks, j) == Some("of") {
            j += 1;
        }
    }
    let mut month = month_number(word_at(toks, j)?)?;
    j += 1;
    // A list or range of months before one year: the later month counts.
    loop {
        let joined = match toks.get(j) {
            Some(Tok::Sep('/' | '-' | '&')) => true,
            Some(Tok::Word(w)) => matches!(w.as_str(), "and" | "or" | "to"),
            _ => false,
        };
        if !joined {
            break;
        }
        let mut k = j + 1;
        let next_day = small_num(toks.get(k), 31);
        if next_day.is_some() {
            k += 1;
        }
        match word_at(toks, k).and_then(month_number) {
            Some(next) => {
                month = next;
                day = next_day;
                j = k + 1;
            }
            None => break,
        }
    }
    if day.is_none()
        && let Some(d) = small_num(toks.get(j), 31)
        && full_year(toks.get(j + 1)).is_some()
    {
        day = Some(d);
        j += 1;
    }
    if word_at(toks, j) == Some("of") {
        j += 1;
    }
    let year = full_year(toks.get(j))?;
    let step = match day {
        Some(d) => {
            let date = NaiveDate::from_ymd_opt(year, month, d)?;
            (date, date, DatePrecision::Day, j + 1)
        }
        None => {
            let (from, to) = month_span(year, month)?;
            (from, to, DatePrecision::Month, j + 1)
        }
    };
    Some(step)
}

/// "Summer 2013", "Summer 13", "autumn of 2014".
fn season(toks: &[Tok], i: usize) -> Option<Read> {
    let name = word_at(toks, i)?;
    let mut j = i + 1;
    if word_at(toks, j) == Some("of") {
        j += 1;
    }
    let year = short_or_full_year(toks.get(j))?;
    let (from, to) = match name {
        "spring" => (
            NaiveDate::from_ymd_opt(year, 3, 1)?,
            NaiveDate::from_ymd_opt(year, 5, 31)?,
        ),
        "summer" => (
            NaiveDate::from_ymd_opt(year, 6, 1)?,
            NaiveDate::from_ymd_opt(year, 8, 31)?,
        ),
        "autumn" | "fall" => (
            NaiveDate::from_ymd_opt(year, 9, 1)?,
            NaiveDate::from_ymd_opt(year, 11, 30)?,
        ),
        "winter" => (
            NaiveDate::from_ymd_opt(year, 12, 1)?,
            last_day_of_month(year.checked_add(1)?, 2)?,
        ),
        _ => return None,
    };
    Some((from, to, DatePrecision::Season, j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn date_of(text: &str) -> Option<NaiveDate> {
        parse_loose_date(text).map(|d| d.date)
    }

    #[test]
    fn a_month_without_a_day_means_its_last_day() {
        assert_eq!(date_of("March 2014"), Some(day(2014, 3, 31)));
        assert_eq!(date_of("April 2013"), Some(day(2013, 4, 30)));
        assert_eq!(date_of("Dec 2013"), Some(day(2013, 12, 31)));
        assert_eq!(date_of("Sept 2013"), Some(day(2013, 9, 30)));
        assert_eq!(date_of("February 2016"), Some(day(2016, 2, 29)));
        let read = parse_loose_date("April 2013");
        assert_eq!(read.map(|r| r.from), Some(day(2013, 4, 1)));
        assert_eq!(read.map(|r| r.precision), Some(DatePrecision::Month));
    }

    #[test]
    fn end_of_a_month_is_its_last_day() {
        // Seed 002, 1.1 and 1.3: "End March 2013", "End April 2013".
        assert_eq!(date_of("End March 2013"), Some(day(2013, 3, 31)));
        assert_eq!(date_of("End April 2013"), Some(day(2013, 4, 30)));
        assert_eq!(date_of("end of May 2013"), Some(day(2013, 5, 31)));
    }

    #[test]
    fn abbreviated_months_with_full_stops_are_read() {
        assert_eq!(date_of("Sept. 2013"), Some(day(2013, 9, 30)));
        assert_eq!(date_of("Review Sept. 2013"), Some(day(2013, 9, 30)));
        assert_eq!(date_of("Jan. 2015"), Some(day(2015, 1, 31)));
    }

    #[test]
    fn a_day_with_an_ordinal_is_exact() {
        assert_eq!(date_of("18th Sept. 2013"), Some(day(2013, 9, 18)));
        // The seed writes it with a space: "18 th Sept. 2013 launch of the carers card".
        let read = parse_loose_date("18 th Sept. 2013 launch of the carers card at my place.");
        assert_eq!(read.map(|r| r.date), Some(day(2013, 9, 18)));
        assert_eq!(read.map(|r| r.precision), Some(DatePrecision::Day));
        assert_eq!(date_of("1st of April 2014"), Some(day(2014, 4, 1)));
        assert_eq!(date_of("March 31 2014"), Some(day(2014, 3, 31)));
    }

    #[test]
    fn a_month_with_a_completion_note_says_it_is_complete() {
        let read = parse_loose_date("May 2013 Completed for this period.");
        assert_eq!(read.map(|r| r.date), Some(day(2013, 5, 31)));
        assert_eq!(read.map(|r| r.complete), Some(true));
        assert_eq!(read.map(|r| r.kind), Some(DateKind::Due));
    }

    #[test]
    fn review_end_of_year_is_a_review_date_on_31_december() {
        let read = parse_loose_date("Review end 2013");
        assert_eq!(read.map(|r| r.date), Some(day(2013, 12, 31)));
        assert_eq!(read.map(|r| r.kind), Some(DateKind::Review));
        assert_eq!(read.map(|r| r.precision), Some(DatePrecision::Year));
        assert_eq!(read.map(|r| r.complete), Some(false));
        assert_eq!(
            parse_loose_date("Evaluate end 2013 Evaluation required").map(|r| r.kind),
            Some(DateKind::Review)
        );
        assert_eq!(
            parse_loose_date("Review March 2014 Further update required").map(|r| (r.date, r.kind)),
            Some((day(2014, 3, 31), DateKind::Review))
        );
    }

    #[test]
    fn reviewed_in_the_past_is_not_a_review_date() {
        let read = parse_loose_date(
            "Booklet reviewed end 2013 June 2013 (as part of carers corner review)",
        );
        assert_eq!(
            read.map(|r| (r.date, r.kind)),
            Some((day(2013, 12, 31), DateKind::Due))
        );
        let read = parse_loose_date("June 2013 Review to provide a benchmarking");
        assert_eq!(
            read.map(|r| (r.date, r.kind)),
            Some((day(2013, 6, 30), DateKind::Due))
        );
    }

    #[test]
    fn two_months_before_a_year_means_the_later_month() {
        assert_eq!(date_of("March/ April 2014"), Some(day(2014, 4, 30)));
        assert_eq!(date_of("March/April 2014"), Some(day(2014, 4, 30)));
        assert_eq!(date_of("June and July 2013"), Some(day(2013, 7, 31)));
        assert_eq!(
            parse_loose_date("March/ April 2014").map(|r| r.from),
            Some(day(2014, 4, 1))
        );
    }

    #[test]
    fn financial_years_end_on_31_march() {
        for text in ["2013/14", "2013/2014", "2013-14", "2013 / 14"] {
            let read = parse_loose_date(text);
            assert_eq!(read.map(|r| r.date), Some(day(2014, 3, 31)), "{text}");
            assert_eq!(read.map(|r| r.from), Some(day(2013, 4, 1)), "{text}");
            assert_eq!(
                read.map(|r| r.precision),
                Some(DatePrecision::FinancialYear),
                "{text}"
            );
        }
        assert_eq!(date_of("1999/00"), Some(day(2000, 3, 31)));
        assert_eq!(
            date_of("Annual Performance Outcome 2013/14"),
            Some(day(2014, 3, 31))
        );
        assert_eq!(date_of("Monitor end 2013/14"), Some(day(2014, 3, 31)));
        assert_eq!(
            date_of("2013/2014 Funding was granted but no uptake."),
            Some(day(2014, 3, 31))
        );
    }

    #[test]
    fn a_span_of_years_ends_with_the_later_year() {
        assert_eq!(date_of("2013-2016"), Some(day(2016, 12, 31)));
        assert_eq!(date_of("2013-16"), Some(day(2016, 3, 31)));
    }

    #[test]
    fn pairs_of_years_too_far_apart_are_not_financial_years() {
        assert_eq!(date_of("2013/99"), None);
        assert_eq!(date_of("2014/13"), None);
        assert_eq!(date_of("1990-2100"), None);
        // When "2014-03" cannot be a financial year it is a month.
        assert_eq!(date_of("2014-03"), Some(day(2014, 3, 31)));
    }

    #[test]
    fn numeric_dates_are_day_first() {
        assert_eq!(date_of("31/03/2014"), Some(day(2014, 3, 31)));
        assert_eq!(date_of("1/4/2014"), Some(day(2014, 4, 1)));
        assert_eq!(date_of("31.03.14"), Some(day(2014, 3, 31)));
        assert_eq!(date_of("2014-03-31"), Some(day(2014, 3, 31)));
        assert_eq!(
            parse_loose_date("2014-03-31").map(|r| r.precision),
            Some(DatePrecision::Day)
        );
    }

    #[test]
    fn impossible_numeric_dates_are_not_dates() {
        assert_eq!(date_of("31/02/2014"), None);
        assert_eq!(date_of("2014-13-01"), None);
        assert_eq!(date_of("12/31/2014"), None);
    }

    #[test]
    fn a_range_means_its_end() {
        assert_eq!(date_of("October 2014 – Jan 2015"), Some(day(2015, 1, 31)));
        assert_eq!(
            date_of("October 2014 - January 2015"),
            Some(day(2015, 1, 31))
        );
        assert_eq!(date_of("June 2013 to Sept 2013"), Some(day(2013, 9, 30)));
        let read = parse_loose_date("Review June – Sept 2013");
        assert_eq!(
            read.map(|r| (r.date, r.kind)),
            Some((day(2013, 9, 30), DateKind::Review))
        );
    }

    #[test]
    fn several_dates_give_the_latest() {
        // Seed 002, Strategic Outcome 3, action 3.1.
        assert_eq!(
            date_of("April 2014\nSept 2013\nDec 2013\nMarch 2014\nComplete"),
            Some(day(2014, 4, 30))
        );
    }

    #[test]
    fn bare_years_are_four_digits_from_1990_to_2100() {
        assert_eq!(date_of("2013"), Some(day(2013, 12, 31)));
        assert_eq!(date_of("end 2013"), Some(day(2013, 12, 31)));
        assert_eq!(date_of("End 2013"), Some(day(2013, 12, 31)));
        assert_eq!(date_of("135"), None);
        assert_eq!(date_of("1989"), None);
        assert_eq!(date_of("2101"), None);
        assert_eq!(date_of("2673 carers assessments"), None);
        assert_eq!(date_of("20132014"), None);
    }

    #[test]
    fn parts_of_a_year_and_seasons_end_with_the_part() {
        assert_eq!(date_of("early 2014"), Some(day(2014, 4, 30)));
        assert_eq!(date_of("mid-2014"), Some(day(2014, 8, 31)));
        assert_eq!(date_of("late 2014"), Some(day(2014, 12, 31)));
        assert_eq!(date_of("start of 2014"), Some(day(2014, 1, 31)));
        assert_eq!(
            date_of("Summer 13 HS Newsletter contains items relating to Carers"),
            Some(day(2013, 8, 31))
        );
        assert_eq!(date_of("Autumn 2014"), Some(day(2014, 11, 30)));
        assert_eq!(date_of("Winter 2015"), Some(day(2016, 2, 29)));
    }

    #[test]
    fn text_without_a_date_is_none() {
        for text in [
            "Quarterly update",
            "Identified from scrutiny report",
            "NI 135",
            "Performance management of NI 135",
            "Ongoing throughout the plan",
            "On-going",
            "Complete",
            "Do not record numbers monthly informed practice managers",
            "Further work to be undertaken as part of care act",
            "An additional 208 carers have been referred",
            "669 – episodes of support have been delivered",
            "13,073 hours of support = 33 hours of support per month per carer",
            "Carers accessing service for the first time has increased by 25% in the first 3 months of the financial year (Q1 - April – June)",
            "Stepping In will be formally launched 20th May",
            "they may come",
            "1.2",
            "",
            "   ",
        ] {
            assert_eq!(parse_loose_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn complete_and_completed_are_read_but_not_when_still_to_do() {
        assert!(says_complete("Complete"));
        assert!(says_complete("Completed"));
        assert!(says_complete(
            "Complete. Joint (BME) Kashmiri and Yemeni group established"
        ));
        assert!(says_complete("Review end 2013\nComplete"));
        assert!(says_complete("has been completed"));
        assert!(says_complete("Done"));
        assert!(!says_complete("to be completed by March"));
        assert!(!says_complete("not complete"));
        assert!(!says_complete("Completion date to be agreed"));
        assert!(!says_complete("incomplete"));
        assert!(!says_complete("On-going"));
        assert!(!says_complete("Done by the team in June"));
    }

    #[test]
    fn a_timescale_cell_keeps_due_and_review_dates_apart() {
        let read = read_timescale(
            "L&D plan in place April 2013\nReview end 2013\nAll actions in place and will be reviewed quarterly",
        );
        assert_eq!(read.due.map(|d| d.date), Some(day(2013, 4, 30)));
        assert_eq!(read.review.map(|d| d.date), Some(day(2013, 12, 31)));
        assert_eq!(read.latest(), Some(day(2013, 12, 31)));
        assert!(!read.complete);
    }

    #[test]
    fn a_complete_cell_with_a_review_date_is_both() {
        let read = read_timescale("Review end 2013\nComplete");
        assert!(read.complete);
        assert_eq!(read.review.map(|d| d.date), Some(day(2013, 12, 31)));
        assert_eq!(read.due, None);
        assert!(read.has_date());
    }

    #[test]
    fn a_cell_with_only_words_has_no_date() {
        for text in [
            "On-going\nAttended practice managers forum as above.",
            "Complete",
            "Completed",
            "",
        ] {
            let read = read_timescale(text);
            assert!(!read.has_date(), "{text:?}");
            assert_eq!(read.latest(), None);
        }
        assert!(read_timescale("Completed").complete);
    }

    #[test]
    fn dates_after_a_month_without_a_year_are_still_found() {
        // Seed 002, Strategic Outcome 2, 2.1: the annual events have no year.
        let read = read_timescale("Review June 2013\nAnnual events June / November");
        assert_eq!(read.review.map(|d| d.date), Some(day(2013, 6, 30)));
        assert_eq!(read.due, None);
    }

    #[test]
    fn strange_input_never_panics() {
        for text in [
            "99999999999999999999999 March",
            "31/31/31/31",
            "2100/01",
            "2100-2101",
            "December 2100",
            "Winter 2100",
            "–––///&&&",
            "\u{0}\u{feff}𝟚𝟘𝟙𝟛",
            "٢٠١٣",
            "0/0/0",
            "00 March 2014",
        ] {
            let _ = parse_loose_date(text);
            let _ = read_timescale(text);
        }
        assert_eq!(date_of("December 2100"), Some(day(2100, 12, 31)));
        assert_eq!(date_of("00 March 2014"), Some(day(2014, 3, 31)));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn a_written_day_reads_back_as_itself(days in 0i64..40_000) {
                let date = day(1990, 1, 1) + chrono::Days::new(u64::try_from(days).unwrap_or(0));
                prop_assume!(date <= day(2100, 12, 31));
                for form in ["%-d %B %Y", "%d/%m/%Y", "%Y-%m-%d", "%-d %b. %Y", "%B %-d %Y"] {
                    let text = date.format(form).to_string();
                    let read = parse_loose_date(&text);
                    prop_assert_eq!(read.map(|r| r.date), Some(date), "{}", text);
                    prop_assert_eq!(read.map(|r| r.precision), Some(DatePrecision::Day), "{}", text);
                }
            }

            #[test]
            fn a_written_month_reads_back_as_its_last_day(year in 1990i32..=2100, month in 1u32..=12) {
                let text = day(year, month, 1).format("%B %Y").to_string();
                let read = parse_loose_date(&text);
                prop_assert_eq!(read.map(|r| r.from), Some(day(year, month, 1)));
                prop_assert_eq!(read.map(|r| r.date), last_day_of_month(year, month));
            }

            #[test]
            fn any_text_is_read_without_panicking(text in "(?s).{0,200}") {
                let _ = parse_loose_date(&text);
                let _ = read_timescale(&text);
                let _ = says_complete(&text);
            }
        }
    }
}
