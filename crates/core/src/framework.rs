//! A strategy as data: values, vision, mission, areas of focus, quality themes, roadmap.
//!
//! A [`Framework`] is what locality plans, progress markers and self-assessments are
//! written against. [`Framework::borough_that_cares_2022_25`] is the built-in one; a
//! borough may load its own from a file and check it with [`Framework::validate`].

mod builtin;

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

/// The number of an area of focus within a framework ("Area of Focus 2").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct FocusAreaNumber(#[cfg_attr(feature = "schema", schemars(range(min = 1)))] u8);

impl FocusAreaNumber {
    /// Makes a focus area number; areas are numbered from 1.
    pub const fn new(n: u8) -> Option<Self> {
        if n >= 1 { Some(Self(n)) } else { None }
    }

    /// Area of Focus 1 of the 2022-25 framework: Carer Cornerstones.
    pub const ONE: Self = Self(1);
    /// Area of Focus 2 of the 2022-25 framework: Creating Communities of Support.
    pub const TWO: Self = Self(2);
    /// Area of Focus 3 of the 2022-25 framework: Carer Friendly Borough.
    pub const THREE: Self = Self(3);

    /// The number.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// The area as a reader sees it named on its own: "Area of focus 2".
    pub fn label(self) -> String {
        format!("Area of focus {}", self.0)
    }
}

// Hand-written so a document cannot smuggle in area 0, which `new` refuses.
impl<'de> Deserialize<'de> for FocusAreaNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(deserializer)?;
        Self::new(n).ok_or_else(|| {
            serde::de::Error::custom("focus areas are numbered from 1, so 0 is not a focus area")
        })
    }
}

impl fmt::Display for FocusAreaNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// A span of whole days, both ends included: "April 2022 - March 2023".
///
/// It never ends before it starts: [`Period::new`] and reading a document both check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, try_from = "PeriodFields")]
pub struct Period {
    start: NaiveDate,
    end: NaiveDate,
}

impl Period {
    /// A period from `start` to `end`, both days included.
    ///
    /// ```
    /// use cares_core::framework::Period;
    /// use chrono::NaiveDate;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let start = NaiveDate::from_ymd_opt(2022, 4, 1).ok_or("bad date")?;
    /// let end = NaiveDate::from_ymd_opt(2023, 3, 31).ok_or("bad date")?;
    /// let year_one = Period::new(start, end)?;
    /// assert!(year_one.contains(end));
    /// assert!(Period::new(end, start).is_err());
    /// # Ok(()) }
    /// ```
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, PeriodError> {
        if end < start {
            Err(PeriodError::EndsBeforeStart { start, end })
        } else {
            Ok(Self { start, end })
        }
    }

    /// The first day.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day.
    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// Whether `day` falls within the period, counting both ends.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    fn covers(&self, other: &Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.start, self.end)
    }
}

/// A period as written in a document, before it is checked.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PeriodFields {
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    start: NaiveDate,
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    end: NaiveDate,
}

impl TryFrom<PeriodFields> for Period {
    type Error = PeriodError;

    fn try_from(fields: PeriodFields) -> Result<Self, Self::Error> {
        Period::new(fields.start, fields.end)
    }
}

/// Why a [`Period`] could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PeriodError {
    /// The last day comes before the first.
    #[error("the period ends on {end}, before it starts on {start}")]
    EndsBeforeStart {
        /// The first day given.
        start: NaiveDate,
        /// The last day given.
        end: NaiveDate,
    },
}

/// A carers' strategy: what it values, where it is going, and how, year by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// The title, e.g. "The Borough That Cares Strategic Framework 2022-25".
    pub title: String,
    /// A line under the title, e.g. "Creating a carer friendly Rotherham".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The years the framework runs.
    pub period: Period,
    /// What the framework holds to, e.g. "Carers are respected, listened to…".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Where it is going, e.g. "To make caring visible".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vision: Vec<String>,
    /// Why it exists, in one sentence.
    pub mission: String,
    /// The areas of focus, numbered 1, 2, 3… in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus_areas: Vec<FocusArea>,
    /// The themes organisations assess themselves against.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quality_themes: Vec<QualityTheme>,
    /// The stages of the roadmap, in time order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roadmap: Vec<RoadmapStage>,
    /// What carers said they need, each finishing "I need…" or "I want…",
    /// e.g. "to tell my story once".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carers_voice: Vec<String>,
}

/// One area of focus: a stretch of the framework with its own objective and commitments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FocusArea {
    /// Its number, from 1.
    pub number: FocusAreaNumber,
    /// Its name, e.g. "Carer Cornerstones".
    pub name: String,
    /// Its line in carers' words, e.g. "Making caring visible".
    pub tagline: String,
    /// When it is the area of focus, e.g. April 2022 to March 2023.
    pub period: Period,
    /// The key objective.
    pub key_objective: String,
    /// What it will be like when this area is done, e.g. "People understand the role
    /// of a carer and know what support is available".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambition: Option<String>,
    /// What the area means and involves ("This means…", "This will involve…",
    /// "We will need to…").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approach: Vec<String>,
    /// What "we will" do, lettered A, B, C…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// How we will know it worked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures_of_success: Vec<String>,
    /// What we will count and record to show progress, as worded under
    /// "To show we are making progress we will".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress_markers: Vec<String>,
    /// What the area will have produced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_outputs: Vec<String>,
}

impl FocusArea {
    /// The area's heading: "Area of focus 1: Carer Cornerstones".
    pub fn heading(&self) -> String {
        format!("{}: {}", self.number.label(), self.name)
    }

    /// The area as one choice among the others, by number and tagline:
    /// "1: Making caring visible".
    pub fn choice_label(&self) -> String {
        format!("{}: {}", self.number, self.tagline)
    }

    /// The commitment with this letter, e.g. `'B'`.
    pub fn commitment(&self, letter: char) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.letter == letter)
    }
}

/// One "we will" commitment of an area of focus: "B) Establish locality specific…".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Its letter within the area, a capital from A to Z.
    pub letter: char,
    /// What we will do.
    pub text: String,
}

/// A quality theme of the Recovery & Reflection self-assessment, with its statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QualityTheme {
    /// A stable key: lowercase words joined by hyphens, e.g. "awareness-and-culture".
    pub key: String,
    /// Its name, e.g. "Awareness and culture".
    pub name: String,
    /// The statements an organisation rates itself against, e.g.
    /// "We work using strength-based approaches".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<String>,
}

/// One stage of the roadmap: a stretch of time, the actions in it and what it produces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoadmapStage {
    /// The stage's name, e.g. "Area of Focus 1: Carer Cornerstones".
    pub name: String,
    /// The area of focus this stage delivers, if it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_area: Option<FocusAreaNumber>,
    /// When the stage runs.
    pub period: Period,
    /// What the stage is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
    /// What happens in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// What it produces, e.g. "Meeting place map".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<String>,
}

/// What is wrong with a framework, and where; see [`Framework::validate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameworkError {
    /// A piece of text that must say something is empty or only spaces.
    #[error("{place} is blank")]
    Blank {
        /// Where, e.g. "focus area 2: commitment B".
        place: String,
    },
    /// The framework has no areas of focus.
    #[error("the framework has no areas of focus")]
    NoFocusAreas,
    /// Two areas of focus share a number.
    #[error("focus area {number} is used twice")]
    DuplicateFocusArea {
        /// The repeated number.
        number: FocusAreaNumber,
    },
    /// An area of focus is out of order, or a number is skipped.
    #[error(
        "the focus area in position {position} is numbered {found} but should be {expected}: \
         areas are numbered 1, 2, 3 in order"
    )]
    FocusAreaOutOfOrder {
        /// Its position in the list, from 1.
        position: usize,
        /// The number it has.
        found: FocusAreaNumber,
        /// The number it should have.
        expected: usize,
    },
    /// A period ends before it starts.
    #[error("{place}: the period ends on {end}, before it starts on {start}")]
    PeriodEndsBeforeStart {
        /// Where, e.g. "focus area 2".
        place: String,
        /// The first day given.
        start: NaiveDate,
        /// The last day given.
        end: NaiveDate,
    },
    /// An area of focus runs outside the framework's years.
    #[error(
        "focus area {area}: its period {area_period} falls outside the framework's period {framework_period}"
    )]
    FocusAreaOutsideFramework {
        /// The area.
        area: FocusAreaNumber,
        /// The area's period.
        area_period: Period,
        /// The framework's period.
        framework_period: Period,
    },
    /// Two commitments of one area share a letter.
    #[error("focus area {area}: commitment letter '{letter}' is used twice")]
    DuplicateCommitmentLetter {
        /// The area.
        area: FocusAreaNumber,
        /// The repeated letter.
        letter: char,
    },
    /// A commitment's letter is not a capital A to Z.
    #[error(
        "focus area {area}: commitment letter '{letter}' should be a capital letter from A to Z"
    )]
    InvalidCommitmentLetter {
        /// The area.
        area: FocusAreaNumber,
        /// The letter given.
        letter: char,
    },
    /// Two quality themes share a key.
    #[error("quality theme key \"{key}\" is used twice")]
    DuplicateThemeKey {
        /// The repeated key.
        key: String,
    },
    /// A quality theme's key is not lowercase words joined by hyphens.
    #[error(
        "quality theme key \"{key}\" should be lowercase words joined by hyphens, \
         like \"awareness-and-culture\""
    )]
    InvalidThemeKey {
        /// The key given.
        key: String,
    },
    /// A roadmap stage names an area of focus the framework does not have.
    #[error("roadmap stage {stage}: focus area {area} does not exist")]
    UnknownRoadmapFocusArea {
        /// The stage's position, from 1.
        stage: usize,
        /// The area it names.
        area: FocusAreaNumber,
    },
}

impl Framework {
    /// The Borough That Cares Strategic Framework 2022-25, as published: three areas of
    /// focus from April 2022 to March 2025, six quality themes, the roadmap and what
    /// carers said they need.
    ///
    /// ```
    /// use cares_core::framework::Framework;
    /// use chrono::NaiveDate;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let framework = Framework::borough_that_cares_2022_25();
    /// framework.check()?;
    ///
    /// let day = NaiveDate::from_ymd_opt(2023, 6, 1).ok_or("bad date")?;
    /// let area = framework.focus_area_for(day).ok_or("no area of focus that day")?;
    /// assert_eq!(area.name, "Creating Communities of Support");
    /// assert_eq!(area.tagline, "Improvements that make our lives easier");
    ///
    /// let theme = framework
    ///     .quality_theme("better-conversations")
    ///     .ok_or("no such theme")?;
    /// assert_eq!(theme.statements.len(), 6);
    /// # Ok(()) }
    /// ```
    pub fn borough_that_cares_2022_25() -> Framework {
        builtin::borough_that_cares_2022_25()
    }

    /// The area of focus with this number.
    pub fn focus_area(&self, number: FocusAreaNumber) -> Option<&FocusArea> {
        self.focus_areas.iter().find(|a| a.number == number)
    }

    /// The area of focus whose period contains `day`; if periods overlap, the first.
    pub fn focus_area_for(&self, day: NaiveDate) -> Option<&FocusArea> {
        self.focus_areas.iter().find(|a| a.period.contains(day))
    }

    /// The quality theme with this key, e.g. `"awareness-and-culture"`.
    pub fn quality_theme(&self, key: &str) -> Option<&QualityTheme> {
        self.quality_themes.iter().find(|t| t.key == key)
    }

    #[doc(hidden)]
    /// The old name of [`Framework::check`], kept while callers move.
    pub fn validate(&self) -> Result<(), FrameworkError> {
        self.check()
    }

    /// Checks that a framework, say one read from a file, makes sense: areas of focus
    /// numbered 1, 2, 3… in order and inside the framework's period, commitment letters
    /// unique within an area, quality theme keys well formed and unique, roadmap stages
    /// naming areas that exist, and no blank text. Returns the first problem found.
    ///
    /// ```
    /// use cares_core::framework::Framework;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut framework = Framework::borough_that_cares_2022_25();
    /// framework.focus_areas[1].commitments[2].letter = 'B';
    /// let error = framework.check().err().ok_or("expected a problem")?;
    /// assert_eq!(
    ///     error.to_string(),
    ///     "focus area 2: commitment letter 'B' is used twice"
    /// );
    /// # Ok(()) }
    /// ```
    pub fn check(&self) -> Result<(), FrameworkError> {
        not_blank(&self.title, || "the title".to_owned())?;
        if let Some(subtitle) = &self.subtitle {
            not_blank(subtitle, || "the subtitle".to_owned())?;
        }
        period_in_order(&self.period, || "the framework".to_owned())?;
        all_not_blank(&self.values, |i| format!("value {i}"))?;
        all_not_blank(&self.vision, |i| format!("vision statement {i}"))?;
        not_blank(&self.mission, || "the mission".to_owned())?;

        if self.focus_areas.is_empty() {
            return Err(FrameworkError::NoFocusAreas);
        }
        let mut numbers = HashSet::new();
        for (index, area) in self.focus_areas.iter().enumerate() {
            if !numbers.insert(area.number) {
                return Err(FrameworkError::DuplicateFocusArea {
                    number: area.number,
                });
            }
            let position = index + 1;
            if usize::from(area.number.get()) != position {
                return Err(FrameworkError::FocusAreaOutOfOrder {
                    position,
                    found: area.number,
                    expected: position,
                });
            }
            self.validate_focus_area(area)?;
        }

        let mut keys = HashSet::new();
        for theme in &self.quality_themes {
            if !is_slug(&theme.key) {
                return Err(FrameworkError::InvalidThemeKey {
                    key: theme.key.clone(),
                });
            }
            if !keys.insert(theme.key.as_str()) {
                return Err(FrameworkError::DuplicateThemeKey {
                    key: theme.key.clone(),
                });
            }
            let place = format!("quality theme \"{}\"", theme.key);
            not_blank(&theme.name, || format!("{place}: the name"))?;
            all_not_blank(&theme.statements, |i| format!("{place}: statement {i}"))?;
        }

        for (index, stage) in self.roadmap.iter().enumerate() {
            let place = format!("roadmap stage {}", index + 1);
            not_blank(&stage.name, || format!("{place}: the name"))?;
            if let Some(area) = stage.focus_area
                && self.focus_area(area).is_none()
            {
                return Err(FrameworkError::UnknownRoadmapFocusArea {
                    stage: index + 1,
                    area,
                });
            }
            period_in_order(&stage.period, || place.clone())?;
            if let Some(objective) = &stage.objective {
                not_blank(objective, || format!("{place}: the objective"))?;
            }
            all_not_blank(&stage.actions, |i| format!("{place}: action {i}"))?;
            all_not_blank(&stage.outputs, |i| format!("{place}: output {i}"))?;
        }

        all_not_blank(&self.carers_voice, |i| {
            format!("carers' voice statement {i}")
        })
    }

    fn validate_focus_area(&self, area: &FocusArea) -> Result<(), FrameworkError> {
        let place = format!("focus area {}", area.number);
        not_blank(&area.name, || format!("{place}: the name"))?;
        not_blank(&area.tagline, || format!("{place}: the tagline"))?;
        period_in_order(&area.period, || place.clone())?;
        if !self.period.covers(&area.period) {
            return Err(FrameworkError::FocusAreaOutsideFramework {
                area: area.number,
                area_period: area.period,
                framework_period: self.period,
            });
        }
        not_blank(&area.key_objective, || {
            format!("{place}: the key objective")
        })?;
        if let Some(ambition) = &area.ambition {
            not_blank(ambition, || format!("{place}: the ambition"))?;
        }
        all_not_blank(&area.approach, |i| format!("{place}: approach {i}"))?;

        let mut letters = HashSet::new();
        for commitment in &area.commitments {
            let letter = commitment.letter;
            if !letter.is_ascii_uppercase() {
                return Err(FrameworkError::InvalidCommitmentLetter {
                    area: area.number,
                    letter,
                });
            }
            if !letters.insert(letter) {
                return Err(FrameworkError::DuplicateCommitmentLetter {
                    area: area.number,
                    letter,
                });
            }
            not_blank(&commitment.text, || format!("{place}: commitment {letter}"))?;
        }

        all_not_blank(&area.measures_of_success, |i| {
            format!("{place}: measure of success {i}")
        })?;
        all_not_blank(&area.progress_markers, |i| {
            format!("{place}: progress marker {i}")
        })?;
        all_not_blank(&area.key_outputs, |i| format!("{place}: key output {i}"))
    }
}

fn not_blank(text: &str, place: impl FnOnce() -> String) -> Result<(), FrameworkError> {
    if text.trim().is_empty() {
        Err(FrameworkError::Blank { place: place() })
    } else {
        Ok(())
    }
}

/// Checks each item of a list, naming a blank one by its position from 1.
fn all_not_blank(items: &[String], place: impl Fn(usize) -> String) -> Result<(), FrameworkError> {
    for (index, item) in items.iter().enumerate() {
        not_blank(item, || place(index + 1))?;
    }
    Ok(())
}

// `Period::new` and deserializing already refuse this; the check guards periods built
// inside the crate without going through either.
fn period_in_order(period: &Period, place: impl FnOnce() -> String) -> Result<(), FrameworkError> {
    if period.end < period.start {
        Err(FrameworkError::PeriodEndsBeforeStart {
            place: place(),
            start: period.start,
            end: period.end,
        })
    } else {
        Ok(())
    }
}

/// Lowercase ASCII words (letters and digits) joined by single hyphens.
fn is_slug(key: &str) -> bool {
    !key.is_empty()
        && key.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn number(n: u8) -> FocusAreaNumber {
        FocusAreaNumber::new(n).expect("valid area number")
    }

    fn built_in() -> Framework {
        Framework::borough_that_cares_2022_25()
    }

    #[test]
    fn focus_area_number_starts_at_one() {
        assert_eq!(FocusAreaNumber::new(0), None);
        assert_eq!(FocusAreaNumber::new(3).map(FocusAreaNumber::get), Some(3));
    }

    #[test]
    fn focus_area_number_zero_is_refused_when_read() {
        assert!(serde_json::from_str::<FocusAreaNumber>("0").is_err());
        assert_eq!(
            serde_json::from_str::<FocusAreaNumber>("2").expect("reads"),
            number(2)
        );
        assert_eq!(serde_json::to_string(&number(2)).expect("serializes"), "2");
    }

    #[test]
    fn period_cannot_end_before_it_starts() {
        let error = Period::new(day(2023, 3, 31), day(2022, 4, 1)).expect_err("should be refused");
        assert_eq!(
            error.to_string(),
            "the period ends on 2022-04-01, before it starts on 2023-03-31"
        );
        let one_day = Period::new(day(2022, 4, 1), day(2022, 4, 1)).expect("valid period");
        assert!(one_day.contains(day(2022, 4, 1)));
        assert!(!one_day.contains(day(2022, 4, 2)));
    }

    #[test]
    fn period_read_from_a_document_is_checked() {
        let good: Period =
            serde_json::from_str(r#"{"start":"2022-04-01","end":"2023-03-31"}"#).expect("reads");
        assert_eq!(good.start(), day(2022, 4, 1));
        assert_eq!(good.end(), day(2023, 3, 31));
        let backwards =
            serde_json::from_str::<Period>(r#"{"start":"2023-04-01","end":"2022-03-31"}"#);
        assert!(
            backwards
                .expect_err("should be refused")
                .to_string()
                .contains("before it starts")
        );
        let extra = serde_json::from_str::<Period>(
            r#"{"start":"2022-04-01","end":"2023-03-31","why":"x"}"#,
        );
        assert!(extra.is_err());
    }

    #[test]
    fn built_in_framework_has_the_seeds_shape() {
        let f = built_in();
        assert_eq!(
            f.title,
            "The Borough That Cares Strategic Framework 2022-25"
        );
        assert_eq!(
            f.period,
            Period::new(day(2022, 4, 1), day(2025, 3, 31)).expect("valid period")
        );
        assert_eq!(f.focus_areas.len(), 3);
        for area in &f.focus_areas {
            let letters: Vec<char> = area.commitments.iter().map(|c| c.letter).collect();
            assert_eq!(letters, ['A', 'B', 'C', 'D'], "area {}", area.number);
        }
        let statements: Vec<usize> = f
            .quality_themes
            .iter()
            .map(|t| t.statements.len())
            .collect();
        assert_eq!(statements, [5, 4, 5, 3, 6, 5]);
        let markers: Vec<usize> = f
            .focus_areas
            .iter()
            .map(|a| a.progress_markers.len())
            .collect();
        assert_eq!(markers, [4, 4, 3]);
        let measures: Vec<usize> = f
            .focus_areas
            .iter()
            .map(|a| a.measures_of_success.len())
            .collect();
        assert_eq!(measures, [3, 4, 5]);
        assert_eq!(f.vision.len(), 3);
        assert_eq!(f.values.len(), 1);
        assert_eq!(f.carers_voice.len(), 11);
        assert!(f.carers_voice.iter().any(|s| s == "to tell my story once"));
    }

    #[test]
    fn areas_are_named_for_readers_by_number_name_and_tagline() {
        let f = Framework::borough_that_cares_2022_25();
        let first = &f.focus_areas[0];
        assert_eq!(first.heading(), "Area of focus 1: Carer Cornerstones");
        assert_eq!(first.choice_label(), "1: Making caring visible");
        assert_eq!(FocusAreaNumber::TWO.label(), "Area of focus 2");
        let labels: Vec<String> = f.focus_areas.iter().map(FocusArea::choice_label).collect();
        assert_eq!(
            labels,
            [
                "1: Making caring visible",
                "2: Improvements that make our lives easier",
                "3: Live in a Borough that cares about carers",
            ]
        );
    }

    #[test]
    fn built_in_focus_areas_have_their_names_taglines_and_years() {
        let f = built_in();
        let expected = [
            ("Carer Cornerstones", "Making caring visible", 2022),
            (
                "Creating Communities of Support",
                "Improvements that make our lives easier",
                2023,
            ),
            (
                "Carer Friendly Borough",
                "Live in a Borough that cares about carers",
                2024,
            ),
        ];
        for (area, (name, tagline, year)) in f.focus_areas.iter().zip(expected) {
            assert_eq!(area.name, name);
            assert_eq!(area.tagline, tagline);
            assert_eq!(
                area.period,
                Period::new(day(year, 4, 1), day(year + 1, 3, 31)).expect("valid period")
            );
        }
    }

    #[test]
    fn built_in_theme_keys_match_their_names() {
        let f = built_in();
        let keys: Vec<&str> = f.quality_themes.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "awareness-and-culture",
                "identification-and-recognition",
                "information-and-advice",
                "carers-as-expert-care-partners",
                "better-conversations",
                "support-and-services",
            ]
        );
        for theme in &f.quality_themes {
            assert_eq!(theme.key, theme.name.to_lowercase().replace(' ', "-"));
        }
    }

    #[test]
    fn built_in_text_has_no_ocr_slips_or_stray_punctuation() {
        let json = serde_json::to_string(&built_in()).expect("serializes");
        for slip in ["Boroug ", "careis", "Rothernam", "namative", "✓", "  "] {
            assert!(!json.contains(slip), "found {slip:?}");
        }
        let f = built_in();
        let area_lists = f.focus_areas.iter().flat_map(|a| {
            a.measures_of_success
                .iter()
                .chain(&a.progress_markers)
                .chain(&a.key_outputs)
                .chain(a.commitments.iter().map(|c| &c.text))
        });
        let theme_lists = f.quality_themes.iter().flat_map(|t| &t.statements);
        for item in area_lists.chain(theme_lists) {
            assert!(!item.ends_with('.'), "{item}");
            assert_eq!(item.trim(), item);
        }
    }

    #[test]
    fn built_in_roadmap_runs_from_recovery_to_the_three_areas() {
        let f = built_in();
        let areas: Vec<Option<u8>> = f
            .roadmap
            .iter()
            .map(|s| s.focus_area.map(FocusAreaNumber::get))
            .collect();
        assert_eq!(areas, [None, Some(1), Some(2), Some(3)]);
        let outputs: Vec<usize> = f.roadmap.iter().map(|s| s.outputs.len()).collect();
        assert_eq!(outputs, [2, 4, 3, 3]);
        for stage in f.roadmap.iter().skip(1) {
            let area = f
                .focus_area(stage.focus_area.expect("stage has an area"))
                .expect("area exists");
            assert_eq!(stage.period, area.period);
            assert_eq!(
                stage.objective.as_deref(),
                Some(area.key_objective.as_str())
            );
        }
        assert!(
            f.roadmap[3]
                .outputs
                .iter()
                .any(|o| o == "Carer Empowerment Plan")
        );
    }

    #[test]
    fn built_in_framework_is_valid() {
        assert_eq!(built_in().check(), Ok(()));
    }

    #[test]
    fn built_in_framework_survives_a_json_round_trip() {
        let f = built_in();
        let json = serde_json::to_string_pretty(&f).expect("serializes");
        let back: Framework = serde_json::from_str(&json).expect("reads");
        assert_eq!(back, f);
        assert!(json.contains("\"start\": \"2022-04-01\""));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut value = serde_json::to_value(built_in()).expect("serializes");
        value["focus_areas"][0]["colour"] = serde_json::json!("green");
        assert!(serde_json::from_value::<Framework>(value).is_err());
    }

    #[test]
    fn focus_area_for_picks_the_area_whose_year_it_is() {
        let f = built_in();
        let area = |d| f.focus_area_for(d).map(|a| a.number.get());
        assert_eq!(area(day(2023, 6, 1)), Some(2));
        assert_eq!(area(day(2022, 4, 1)), Some(1));
        assert_eq!(area(day(2023, 3, 31)), Some(1));
        assert_eq!(area(day(2025, 3, 31)), Some(3));
        assert_eq!(area(day(2022, 3, 31)), None);
        assert_eq!(area(day(2025, 4, 1)), None);
    }

    #[test]
    fn lookups_find_areas_commitments_and_themes() {
        let f = built_in();
        let area = f.focus_area(number(3)).expect("area exists");
        assert_eq!(area.name, "Carer Friendly Borough");
        assert!(f.focus_area(number(4)).is_none());
        assert!(
            area.commitment('B')
                .expect("commitment exists")
                .text
                .contains("social movement")
        );
        assert!(area.commitment('E').is_none());
        let theme = f
            .quality_theme("carers-as-expert-care-partners")
            .expect("theme exists");
        assert_eq!(theme.statements.len(), 3);
        assert!(f.quality_theme("Awareness and culture").is_none());
    }

    fn error_after(change: impl FnOnce(&mut Framework)) -> String {
        let mut f = built_in();
        change(&mut f);
        f.check().expect_err("should be refused").to_string()
    }

    #[test]
    fn repeated_commitment_letter_is_caught_with_its_area() {
        let message = error_after(|f| f.focus_areas[1].commitments[3].letter = 'B');
        assert_eq!(message, "focus area 2: commitment letter 'B' is used twice");
    }

    #[test]
    fn commitment_letter_must_be_a_capital() {
        let message = error_after(|f| f.focus_areas[0].commitments[0].letter = 'a');
        assert_eq!(
            message,
            "focus area 1: commitment letter 'a' should be a capital letter from A to Z"
        );
    }

    #[test]
    fn repeated_focus_area_number_is_caught() {
        let message = error_after(|f| f.focus_areas[2].number = number(2));
        assert_eq!(message, "focus area 2 is used twice");
    }

    #[test]
    fn focus_areas_out_of_order_are_caught() {
        let message = error_after(|f| f.focus_areas.swap(0, 1));
        assert_eq!(
            message,
            "the focus area in position 1 is numbered 2 but should be 1: \
             areas are numbered 1, 2, 3 in order"
        );
        let skipped = error_after(|f| f.focus_areas[2].number = number(4));
        assert!(skipped.starts_with("the focus area in position 3 is numbered 4"));
    }

    #[test]
    fn framework_without_focus_areas_is_caught() {
        let message = error_after(|f| f.focus_areas.clear());
        assert_eq!(message, "the framework has no areas of focus");
    }

    #[test]
    fn backwards_period_is_caught_with_its_place() {
        let message = error_after(|f| {
            f.focus_areas[1].period = Period {
                start: day(2024, 3, 31),
                end: day(2023, 4, 1),
            };
        });
        assert_eq!(
            message,
            "focus area 2: the period ends on 2023-04-01, before it starts on 2024-03-31"
        );
    }

    #[test]
    fn focus_area_outside_the_framework_years_is_caught() {
        let message = error_after(|f| {
            f.focus_areas[2].period =
                Period::new(day(2024, 4, 1), day(2026, 3, 31)).expect("valid period");
        });
        assert_eq!(
            message,
            "focus area 3: its period 2024-04-01 to 2026-03-31 falls outside \
             the framework's period 2022-04-01 to 2025-03-31"
        );
    }

    #[test]
    fn repeated_theme_key_is_caught() {
        let message = error_after(|f| f.quality_themes[4].key = "awareness-and-culture".into());
        assert_eq!(
            message,
            "quality theme key \"awareness-and-culture\" is used twice"
        );
    }

    #[test]
    fn badly_formed_theme_keys_are_caught() {
        for key in [
            "",
            "Awareness and culture",
            "awareness--culture",
            "-awareness",
            "awareness_culture",
        ] {
            let message = error_after(|f| f.quality_themes[0].key = key.into());
            assert!(
                message.starts_with(&format!("quality theme key \"{key}\" should be")),
                "{key}: {message}"
            );
        }
    }

    #[test]
    fn roadmap_stage_naming_a_missing_area_is_caught() {
        let message = error_after(|f| f.roadmap[1].focus_area = Some(number(7)));
        assert_eq!(message, "roadmap stage 2: focus area 7 does not exist");
    }

    #[test]
    fn blank_text_is_caught_and_located() {
        type Change = Box<dyn FnOnce(&mut Framework)>;
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|f| f.title = " ".into()), "the title is blank"),
            (Box::new(|f| f.mission.clear()), "the mission is blank"),
            (
                Box::new(|f| f.vision[1] = "\n".into()),
                "vision statement 2 is blank",
            ),
            (
                Box::new(|f| f.focus_areas[1].commitments[1].text.clear()),
                "focus area 2: commitment B is blank",
            ),
            (
                Box::new(|f| f.focus_areas[0].tagline.clear()),
                "focus area 1: the tagline is blank",
            ),
            (
                Box::new(|f| f.focus_areas[2].progress_markers[2].clear()),
                "focus area 3: progress marker 3 is blank",
            ),
            (
                Box::new(|f| f.quality_themes[3].statements[0].clear()),
                "quality theme \"carers-as-expert-care-partners\": statement 1 is blank",
            ),
            (
                Box::new(|f| f.roadmap[2].outputs[0] = "  ".into()),
                "roadmap stage 3: output 1 is blank",
            ),
            (
                Box::new(|f| f.carers_voice[0].clear()),
                "carers' voice statement 1 is blank",
            ),
        ];
        for (change, expected) in cases {
            assert_eq!(error_after(change), expected);
        }
    }

    #[test]
    fn errors_read_from_a_document_say_which_area() {
        let mut value = serde_json::to_value(built_in()).expect("serializes");
        value["focus_areas"][2]["commitments"][0]["letter"] = serde_json::json!("D");
        let f: Framework = serde_json::from_value(value).expect("reads");
        assert_eq!(
            f.check().expect_err("should be refused"),
            FrameworkError::DuplicateCommitmentLetter {
                area: number(3),
                letter: 'D'
            }
        );
    }
}
