//! The Recovery & Reflection self-assessment: organisations rate themselves against the
//! framework's quality themes, and the answers roll up into a position statement.
//!
//! Answers name a theme by its key and a statement by its position in the theme (from 0),
//! so an assessment stays readable if the framework's wording is tidied. [`review`] says
//! what an assessment still lacks; [`position_statement`] rolls every organisation up.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::framework::{Framework, QualityTheme};
use crate::ids::{AssessmentId, OrganisationId};

/// How far an organisation says it meets a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    /// We do not do this yet.
    NotYet,
    /// We do some of this.
    Partly,
    /// We do most of this.
    Mostly,
    /// We do this fully.
    Fully,
}

impl Rating {
    /// Every rating, from weakest to strongest, as a scale shows them.
    pub const ALL: [Rating; 4] = [
        Rating::NotYet,
        Rating::Partly,
        Rating::Mostly,
        Rating::Fully,
    ];

    /// The word a person picks.
    pub fn label(self) -> &'static str {
        match self {
            Rating::NotYet => "Not yet",
            Rating::Partly => "Partly",
            Rating::Mostly => "Mostly",
            Rating::Fully => "Fully",
        }
    }

    /// What the rating says, in the organisation's own voice.
    pub fn meaning(self) -> &'static str {
        match self {
            Rating::NotYet => "We do not do this yet",
            Rating::Partly => "We do some of this",
            Rating::Mostly => "We do most of this",
            Rating::Fully => "We do this fully",
        }
    }

    /// The stable key used in files and URLs ("not-yet"…).
    pub fn key(self) -> &'static str {
        match self {
            Rating::NotYet => "not-yet",
            Rating::Partly => "partly",
            Rating::Mostly => "mostly",
            Rating::Fully => "fully",
        }
    }

    /// Reads a key written by [`Rating::key`].
    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == key)
    }

    /// True for mostly and fully: the ratings a theme score counts.
    pub fn is_strong(self) -> bool {
        matches!(self, Rating::Mostly | Rating::Fully)
    }

    /// True for not yet and partly: where an improvement action is asked for.
    pub fn needs_improvement(self) -> bool {
        !self.is_strong()
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One organisation's self-assessment against the quality themes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelfAssessment {
    /// The assessment's id.
    pub id: AssessmentId,
    /// The organisation assessing itself.
    pub organisation: OrganisationId,
    /// The organisation's name as it is known ("Crossroads Care").
    pub organisation_name: String,
    /// The day it was finished; `None` while it is being filled in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub completed_on: Option<NaiveDate>,
    /// The answers, in the order they were given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
}

impl SelfAssessment {
    /// Starts an assessment with no answers.
    pub fn new(
        id: AssessmentId,
        organisation: OrganisationId,
        organisation_name: impl Into<String>,
    ) -> Self {
        Self {
            id,
            organisation,
            organisation_name: organisation_name.into(),
            completed_on: None,
            answers: Vec::new(),
        }
    }

    /// The answer to a statement; if it was answered twice, the later answer.
    pub fn answer(&self, theme: &str, statement: usize) -> Option<&Answer> {
        self.answers
            .iter()
            .rev()
            .find(|a| a.theme == theme && a.statement == statement)
    }
}

/// An organisation's answer to one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The quality theme's key, e.g. "awareness-and-culture".
    pub theme: String,
    /// The statement's position within the theme, counting from 0.
    pub statement: usize,
    /// How far the organisation meets it.
    pub rating: Rating,
    /// What shows it ("Carers' policy agreed by the board in March 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// What the organisation will do to improve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement_action: Option<String>,
}

fn text_of(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// Something an assessment still lacks, or gets wrong. Answer positions count from 0;
/// statement numbers count from 0 as in [`Answer::statement`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum AssessmentIssue {
    /// An answer names a theme the framework does not have.
    UnknownTheme {
        /// The answer's position.
        answer: usize,
        /// The theme key as written.
        theme: String,
    },
    /// An answer points past the end of its theme's statements.
    UnknownStatement {
        /// The answer's position.
        answer: usize,
        /// The theme's key.
        theme: String,
        /// The theme's name.
        theme_name: String,
        /// The statement number as written.
        statement: usize,
        /// How many statements the theme has.
        statements_in_theme: usize,
    },
    /// The same statement is answered more than once; the later answer is used.
    DuplicateAnswer {
        /// The earlier answer's position.
        first: usize,
        /// The later answer's position.
        duplicate: usize,
        /// The theme's key.
        theme: String,
        /// The theme's name.
        theme_name: String,
        /// The statement.
        statement: usize,
    },
    /// A statement has no answer yet.
    Unanswered {
        /// The theme's key.
        theme: String,
        /// The theme's name.
        theme_name: String,
        /// The statement.
        statement: usize,
        /// The statement's wording.
        text: String,
    },
    /// A statement rated "not yet" or "partly" has no improvement action.
    NoImprovementAction {
        /// The answer's position.
        answer: usize,
        /// The theme's key.
        theme: String,
        /// The statement.
        statement: usize,
        /// The statement's wording.
        text: String,
        /// The rating given.
        rating: Rating,
    },
}

impl AssessmentIssue {
    /// What is wrong and what to do, in plain words.
    pub fn message(&self) -> String {
        match self {
            AssessmentIssue::UnknownTheme { answer, theme } => format!(
                "Answer {} is for \"{}\", which is not one of the framework's themes. \
                 Choose a theme from the framework, or remove the answer.",
                answer + 1,
                theme.trim()
            ),
            AssessmentIssue::UnknownStatement {
                answer,
                theme_name,
                statement,
                statements_in_theme,
                ..
            } => format!(
                "Answer {} is for statement {} of {theme_name}, but that theme has {} \
                 statement{}. Choose the right statement, or remove the answer.",
                answer + 1,
                statement + 1,
                statements_in_theme,
                if *statements_in_theme == 1 { "" } else { "s" }
            ),
            AssessmentIssue::DuplicateAnswer {
                theme_name,
                statement,
                ..
            } => format!(
                "Statement {} of {theme_name} is answered twice. Keep one answer; until then \
                 the later one is used.",
                statement + 1
            ),
            AssessmentIssue::Unanswered {
                theme_name, text, ..
            } => format!("Not answered yet: \"{text}\" ({theme_name})."),
            AssessmentIssue::NoImprovementAction { text, rating, .. } => format!(
                "You said \"{}\" for \"{text}\". What will you do to improve? Add an \
                 improvement action.",
                rating.meaning().to_lowercase()
            ),
        }
    }
}

impl fmt::Display for AssessmentIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// The old name of [`review`], kept while callers move.
#[doc(hidden)]
pub fn check(assessment: &SelfAssessment, framework: &Framework) -> Vec<AssessmentIssue> {
    review(assessment, framework)
}

/// Finds what an assessment gets wrong or still lacks: answers to unknown themes or
/// statements and repeated answers (in answer order), then unanswered statements and
/// weak ratings without an improvement action (in the framework's order).
///
/// ```
/// use cares_core::assessment::{review, Answer, AssessmentIssue, Rating, SelfAssessment};
/// use cares_core::framework::Framework;
/// use cares_core::ids::{AssessmentId, OrganisationId};
///
/// let framework = Framework::borough_that_cares_2022_25();
/// let mut assessment = SelfAssessment::new(
///     AssessmentId::from_u128(1),
///     OrganisationId::from_u128(2),
///     "Crossroads Care",
/// );
/// assessment.answers.push(Answer {
///     theme: "awareness-and-culture".into(),
///     statement: 0,
///     rating: Rating::Fully,
///     evidence: Some("Strength-based training for every worker".into()),
///     improvement_action: None,
/// });
/// let issues = review(&assessment, &framework);
/// // Every other statement is still to answer.
/// assert!(issues.iter().all(|i| matches!(i, AssessmentIssue::Unanswered { .. })));
/// assert!(!issues.iter().any(|i| matches!(
///     i,
///     AssessmentIssue::Unanswered { theme, statement: 0, .. } if theme == "awareness-and-culture"
/// )));
/// ```
pub fn review(assessment: &SelfAssessment, framework: &Framework) -> Vec<AssessmentIssue> {
    let mut issues = Vec::new();
    let mut seen: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    for (i, answer) in assessment.answers.iter().enumerate() {
        let Some(theme) = framework.quality_theme(&answer.theme) else {
            issues.push(AssessmentIssue::UnknownTheme {
                answer: i,
                theme: answer.theme.clone(),
            });
            continue;
        };
        if answer.statement >= theme.statements.len() {
            issues.push(AssessmentIssue::UnknownStatement {
                answer: i,
                theme: theme.key.clone(),
                theme_name: theme.name.clone(),
                statement: answer.statement,
                statements_in_theme: theme.statements.len(),
            });
            continue;
        }
        match seen.get(&(theme.key.as_str(), answer.statement)) {
            Some(first) => issues.push(AssessmentIssue::DuplicateAnswer {
                first: *first,
                duplicate: i,
                theme: theme.key.clone(),
                theme_name: theme.name.clone(),
                statement: answer.statement,
            }),
            None => {
                seen.insert((theme.key.as_str(), answer.statement), i);
            }
        }
    }
    for theme in &framework.quality_themes {
        for (statement, text) in theme.statements.iter().enumerate() {
            // The later of two answers is the one that counts, as in the roll-up.
            let latest = assessment
                .answers
                .iter()
                .enumerate()
                .rev()
                .find(|(_, a)| a.theme == theme.key && a.statement == statement);
            match latest {
                None => issues.push(AssessmentIssue::Unanswered {
                    theme: theme.key.clone(),
                    theme_name: theme.name.clone(),
                    statement,
                    text: text.clone(),
                }),
                Some((i, answer))
                    if answer.rating.needs_improvement()
                        && text_of(answer.improvement_action.as_deref()).is_none() =>
                {
                    issues.push(AssessmentIssue::NoImprovementAction {
                        answer: i,
                        theme: theme.key.clone(),
                        statement,
                        text: text.clone(),
                        rating: answer.rating,
                    });
                }
                Some(_) => {}
            }
        }
    }
    issues
}

// ---- The position statement -------------------------------------------------------------

/// How many answers gave each rating.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RatingCounts {
    /// "We do not do this yet".
    pub not_yet: u32,
    /// "We do some of this".
    pub partly: u32,
    /// "We do most of this".
    pub mostly: u32,
    /// "We do this fully".
    pub fully: u32,
}

impl RatingCounts {
    /// Counts one more answer.
    pub fn add(&mut self, rating: Rating) {
        let slot = match rating {
            Rating::NotYet => &mut self.not_yet,
            Rating::Partly => &mut self.partly,
            Rating::Mostly => &mut self.mostly,
            Rating::Fully => &mut self.fully,
        };
        *slot = slot.saturating_add(1);
    }

    /// How many answers gave this rating.
    pub fn of(&self, rating: Rating) -> u32 {
        match rating {
            Rating::NotYet => self.not_yet,
            Rating::Partly => self.partly,
            Rating::Mostly => self.mostly,
            Rating::Fully => self.fully,
        }
    }

    /// How many answers in all.
    pub fn total(&self) -> u32 {
        Rating::ALL
            .iter()
            .fold(0u32, |sum, r| sum.saturating_add(self.of(*r)))
    }

    /// How many answers said mostly or fully.
    pub fn strong(&self) -> u32 {
        self.mostly.saturating_add(self.fully)
    }

    /// The share of answers that said mostly or fully, from 0 to 1; `None` with no answers.
    pub fn score(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| f64::from(self.strong()) / f64::from(total))
    }
}

/// An organisation named in a position statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationRef {
    /// The organisation's id.
    pub id: OrganisationId,
    /// Its name as its assessment gave it.
    pub name: String,
}

/// How all organisations rated one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatementPosition {
    /// The statement's position in its theme, from 0.
    pub statement: usize,
    /// Its wording.
    pub text: String,
    /// The ratings given.
    pub counts: RatingCounts,
    /// How many organisations answered it.
    pub organisations_answered: u32,
}

/// An improvement an organisation (or several, in the same words) will make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImprovementAction {
    /// The statement it answers, from 0.
    pub statement: usize,
    /// The action as first written.
    pub action: String,
    /// The organisations that named it, by name.
    pub organisations: Vec<OrganisationRef>,
}

/// Where all organisations stand on one quality theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemePosition {
    /// The theme's key.
    pub theme: String,
    /// The theme's name.
    pub name: String,
    /// Each statement, in the framework's order.
    pub statements: Vec<StatementPosition>,
    /// All the theme's ratings together.
    pub counts: RatingCounts,
    /// The share of the theme's answers that said mostly or fully, from 0 to 1;
    /// `None` when nobody answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// How many organisations answered at least one of its statements.
    pub organisations_answered: u32,
    /// Organisations that answered none of its statements, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_answered_by: Vec<OrganisationRef>,
    /// What organisations will do to improve: these become the shared impact measures.
    /// By statement; actions named by more organisations first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvement_actions: Vec<ImprovementAction>,
}

impl ThemePosition {
    /// The theme in one plain sentence: "Information and advice: 7 of 10 answers say
    /// we do this mostly or fully (70%)."
    pub fn summary(&self) -> String {
        match self.score {
            Some(score) => format!(
                "{}: {} of {} answers say we do this mostly or fully ({}%).",
                self.name,
                self.counts.strong(),
                self.counts.total(),
                (score * 100.0).round()
            ),
            None => format!("{}: no organisation has answered yet.", self.name),
        }
    }
}

/// The Borough That Cares position statement: every organisation's self-assessment
/// rolled up, theme by theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PositionStatement {
    /// The organisations included, by name.
    pub organisations: Vec<OrganisationRef>,
    /// Each theme, in the framework's order.
    pub themes: Vec<ThemePosition>,
    /// The keys of the theme or themes with the highest score. Empty when no theme has
    /// answers, or when every answered theme scores the same (nothing stands out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strongest: Vec<String>,
    /// The keys of the theme or themes with the lowest score; empty as for `strongest`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weakest: Vec<String>,
}

impl PositionStatement {
    /// The position on one theme.
    pub fn theme(&self, key: &str) -> Option<&ThemePosition> {
        self.themes.iter().find(|t| t.theme == key)
    }
}

fn by_name(a: &OrganisationRef, b: &OrganisationRef) -> std::cmp::Ordering {
    a.name
        .to_lowercase()
        .cmp(&b.name.to_lowercase())
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// Picks one assessment per organisation: the latest completed one (a finished
/// assessment beats a draft); on a tie, the one later in the list.
fn one_per_organisation(assessments: &[SelfAssessment]) -> Vec<&SelfAssessment> {
    let mut chosen: BTreeMap<OrganisationId, (Option<NaiveDate>, usize)> = BTreeMap::new();
    for (i, a) in assessments.iter().enumerate() {
        let candidate = (a.completed_on, i);
        let entry = chosen.entry(a.organisation).or_insert(candidate);
        if candidate >= *entry {
            *entry = candidate;
        }
    }
    let mut picked: Vec<&SelfAssessment> = chosen
        .values()
        .filter_map(|(_, i)| assessments.get(*i))
        .collect();
    picked.sort_by(|a, b| by_name(&org_ref(a), &org_ref(b)));
    picked
}

fn org_ref(assessment: &SelfAssessment) -> OrganisationRef {
    OrganisationRef {
        id: assessment.organisation,
        name: assessment.organisation_name.trim().to_owned(),
    }
}

fn theme_position(theme: &QualityTheme, assessments: &[&SelfAssessment]) -> ThemePosition {
    let mut statements: Vec<StatementPosition> = theme
        .statements
        .iter()
        .enumerate()
        .map(|(statement, text)| StatementPosition {
            statement,
            text: text.clone(),
            counts: RatingCounts::default(),
            organisations_answered: 0,
        })
        .collect();
    let mut counts = RatingCounts::default();
    let mut organisations_answered = 0u32;
    let mut not_answered_by = Vec::new();
    // Keyed by statement and the action's words (case and spacing ignored).
    let mut actions: BTreeMap<(usize, String), ImprovementAction> = BTreeMap::new();
    for assessment in assessments {
        let mut answered_any = false;
        for position in &mut statements {
            let Some(answer) = assessment.answer(&theme.key, position.statement) else {
                continue;
            };
            answered_any = true;
            position.counts.add(answer.rating);
            position.organisations_answered = position.organisations_answered.saturating_add(1);
            counts.add(answer.rating);
            if let Some(action) = text_of(answer.improvement_action.as_deref()) {
                let words = action
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                actions
                    .entry((position.statement, words))
                    .or_insert_with(|| ImprovementAction {
                        statement: position.statement,
                        action: action.to_owned(),
                        organisations: Vec::new(),
                    })
                    .organisations
                    .push(org_ref(assessment));
            }
        }
        if answered_any {
            organisations_answered = organisations_answered.saturating_add(1);
        } else {
            not_answered_by.push(org_ref(assessment));
        }
    }
    let mut improvement_actions: Vec<ImprovementAction> = actions.into_values().collect();
    for action in &mut improvement_actions {
        action.organisations.sort_by(by_name);
    }
    // The map already orders by statement then words; a stable sort keeps that order
    // among actions named by the same number of organisations.
    improvement_actions.sort_by(|a, b| {
        a.statement
            .cmp(&b.statement)
            .then_with(|| b.organisations.len().cmp(&a.organisations.len()))
    });
    not_answered_by.sort_by(by_name);
    ThemePosition {
        theme: theme.key.clone(),
        name: theme.name.clone(),
        statements,
        counts,
        score: counts.score(),
        organisations_answered,
        not_answered_by,
        improvement_actions,
    }
}

/// Compares two themes' scores exactly (strong × other total), so ties are real ties.
fn compare_scores(a: &RatingCounts, b: &RatingCounts) -> std::cmp::Ordering {
    let left = u64::from(a.strong()) * u64::from(b.total());
    let right = u64::from(b.strong()) * u64::from(a.total());
    left.cmp(&right)
}

/// Rolls every organisation's self-assessment up into the position statement.
///
/// One assessment counts per organisation: its latest completed one (a finished
/// assessment beats a draft; on the same day, the one later in the list).
/// Answers to unknown themes or statements are left out, and a statement answered twice
/// counts its later answer — [`check`] reports both. Themes and statements follow the
/// framework's order; organisations are listed by name.
///
/// ```
/// use cares_core::assessment::{position_statement, Answer, Rating, SelfAssessment};
/// use cares_core::framework::Framework;
/// use cares_core::ids::{AssessmentId, OrganisationId};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let framework = Framework::borough_that_cares_2022_25();
/// let answer = |theme: &str, rating| Answer {
///     theme: theme.into(),
///     statement: 0,
///     rating,
///     evidence: None,
///     improvement_action: None,
/// };
/// let mut forum = SelfAssessment::new(
///     AssessmentId::from_u128(1),
///     OrganisationId::from_u128(10),
///     "Carers Forum",
/// );
/// forum.answers.push(answer("information-and-advice", Rating::Fully));
/// forum.answers.push(answer("awareness-and-culture", Rating::NotYet));
///
/// let statement = position_statement(&[forum], &framework);
/// let info = statement.theme("information-and-advice").ok_or("no theme")?;
/// assert_eq!(info.score, Some(1.0));
/// assert_eq!(statement.strongest, vec!["information-and-advice".to_string()]);
/// assert_eq!(statement.weakest, vec!["awareness-and-culture".to_string()]);
/// # Ok(()) }
/// ```
pub fn position_statement(
    assessments: &[SelfAssessment],
    framework: &Framework,
) -> PositionStatement {
    let picked = one_per_organisation(assessments);
    let themes: Vec<ThemePosition> = framework
        .quality_themes
        .iter()
        .map(|theme| theme_position(theme, &picked))
        .collect();
    let answered: Vec<&ThemePosition> = themes.iter().filter(|t| t.counts.total() > 0).collect();
    let best = answered
        .iter()
        .copied()
        .max_by(|a, b| compare_scores(&a.counts, &b.counts));
    let worst = answered
        .iter()
        .copied()
        .min_by(|a, b| compare_scores(&a.counts, &b.counts));
    let (strongest, weakest) = match (best, worst) {
        (Some(best), Some(worst)) if compare_scores(&best.counts, &worst.counts).is_gt() => {
            let equal_to = |target: &RatingCounts| -> Vec<String> {
                answered
                    .iter()
                    .filter(|t| compare_scores(&t.counts, target).is_eq())
                    .map(|t| t.theme.clone())
                    .collect()
            };
            (equal_to(&best.counts), equal_to(&worst.counts))
        }
        _ => (Vec::new(), Vec::new()),
    };
    PositionStatement {
        organisations: picked.iter().map(|a| org_ref(a)).collect(),
        themes,
        strongest,
        weakest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> Framework {
        // A small framework of our own, so the tests do not lean on the built-in wording.
        let theme = |key: &str, name: &str, n: usize| QualityTheme {
            key: key.into(),
            name: name.into(),
            statements: (1..=n).map(|i| format!("{name} statement {i}")).collect(),
        };
        let mut framework = Framework::borough_that_cares_2022_25();
        framework.quality_themes = vec![
            theme("awareness", "Awareness", 2),
            theme("information", "Information", 3),
            theme("support", "Support", 1),
        ];
        framework
    }

    fn answer(theme: &str, statement: usize, rating: Rating) -> Answer {
        Answer {
            theme: theme.into(),
            statement,
            rating,
            evidence: None,
            improvement_action: None,
        }
    }

    fn with_action(mut a: Answer, action: &str) -> Answer {
        a.improvement_action = Some(action.into());
        a
    }

    fn assessment(n: u128, name: &str, answers: Vec<Answer>) -> SelfAssessment {
        let mut a = SelfAssessment::new(
            AssessmentId::from_u128(n),
            OrganisationId::from_u128(n),
            name,
        );
        a.answers = answers;
        a
    }

    fn complete(n: u128, name: &str, rating: Rating) -> SelfAssessment {
        let f = framework();
        let answers = f
            .quality_themes
            .iter()
            .flat_map(|t| {
                (0..t.statements.len()).map(|s| with_action(answer(&t.key, s, rating), "Train"))
            })
            .collect();
        assessment(n, name, answers)
    }

    #[test]
    fn rating_keys_round_trip_and_only_mostly_and_fully_are_strong() {
        for rating in Rating::ALL {
            assert_eq!(Rating::from_key(rating.key()), Some(rating));
            let json = serde_json::to_string(&rating).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", rating.key()));
        }
        let strong: Vec<Rating> = Rating::ALL.into_iter().filter(|r| r.is_strong()).collect();
        assert_eq!(strong, vec![Rating::Mostly, Rating::Fully]);
        assert_eq!(Rating::NotYet.meaning(), "We do not do this yet");
    }

    #[test]
    fn a_fully_answered_assessment_has_no_issues() {
        assert!(review(&complete(1, "Age UK", Rating::Mostly), &framework()).is_empty());
    }

    #[test]
    fn unknown_theme_and_statement_are_flagged_with_where() {
        let mut a = complete(1, "Age UK", Rating::Fully);
        a.answers.push(answer("gardening", 0, Rating::Fully));
        a.answers.push(answer("support", 1, Rating::Fully));
        let issues = review(&a, &framework());
        assert_eq!(
            issues,
            vec![
                AssessmentIssue::UnknownTheme {
                    answer: 6,
                    theme: "gardening".into()
                },
                AssessmentIssue::UnknownStatement {
                    answer: 7,
                    theme: "support".into(),
                    theme_name: "Support".into(),
                    statement: 1,
                    statements_in_theme: 1,
                },
            ]
        );
        assert_eq!(
            issues[1].message(),
            "Answer 8 is for statement 2 of Support, but that theme has 1 statement. \
             Choose the right statement, or remove the answer."
        );
    }

    #[test]
    fn a_statement_answered_twice_is_flagged_and_the_later_answer_counts() {
        let mut a = complete(1, "Age UK", Rating::Fully);
        a.answers.push(answer("information", 2, Rating::NotYet));
        let issues = review(&a, &framework());
        assert_eq!(
            issues[0],
            AssessmentIssue::DuplicateAnswer {
                first: 4,
                duplicate: 6,
                theme: "information".into(),
                theme_name: "Information".into(),
                statement: 2,
            }
        );
        // The later answer is "not yet" with no action, so that is asked for too.
        assert!(matches!(
            issues[1],
            AssessmentIssue::NoImprovementAction {
                answer: 6,
                rating: Rating::NotYet,
                ..
            }
        ));
        assert_eq!(issues.len(), 2);
        let statement = position_statement(&[a], &framework());
        let info = statement
            .theme("information")
            .map(|t| t.statements[2].counts);
        assert_eq!(info.map(|c| (c.not_yet, c.fully)), Some((1, 0)));
    }

    #[test]
    fn unanswered_statements_are_listed_in_framework_order() {
        let a = assessment(
            1,
            "Age UK",
            vec![
                answer("information", 1, Rating::Mostly),
                answer("awareness", 0, Rating::Fully),
            ],
        );
        let missing: Vec<(String, usize)> = review(&a, &framework())
            .into_iter()
            .filter_map(|i| match i {
                AssessmentIssue::Unanswered {
                    theme, statement, ..
                } => Some((theme, statement)),
                _ => None,
            })
            .collect();
        assert_eq!(
            missing,
            vec![
                ("awareness".into(), 1),
                ("information".into(), 0),
                ("information".into(), 2),
                ("support".into(), 0),
            ]
        );
    }

    #[test]
    fn a_weak_rating_without_an_improvement_action_is_flagged_kindly() {
        let mut a = complete(1, "Age UK", Rating::Fully);
        a.answers[0] = answer("awareness", 0, Rating::Partly);
        a.answers[1] = with_action(answer("awareness", 1, Rating::NotYet), "   ");
        let issues = review(&a, &framework());
        assert_eq!(issues.len(), 2);
        assert_eq!(
            issues[0].message(),
            "You said \"we do some of this\" for \"Awareness statement 1\". What will you do \
             to improve? Add an improvement action."
        );
    }

    #[test]
    fn position_statement_counts_ratings_per_statement_and_theme() {
        let f = framework();
        let a = assessment(
            1,
            "Age UK",
            vec![
                answer("awareness", 0, Rating::Fully),
                answer("awareness", 1, Rating::Partly),
            ],
        );
        let b = assessment(
            2,
            "Barnardo's",
            vec![
                answer("awareness", 0, Rating::Mostly),
                answer("information", 0, Rating::NotYet),
            ],
        );
        let statement = position_statement(&[b, a], &f);
        let names: Vec<&str> = statement
            .organisations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(names, vec!["Age UK", "Barnardo's"]);
        let keys: Vec<&str> = statement.themes.iter().map(|t| t.theme.as_str()).collect();
        assert_eq!(keys, vec!["awareness", "information", "support"]);

        let awareness = &statement.themes[0];
        assert_eq!(awareness.statements[0].organisations_answered, 2);
        assert_eq!(
            (
                awareness.statements[0].counts.mostly,
                awareness.statements[0].counts.fully
            ),
            (1, 1)
        );
        assert_eq!(awareness.statements[1].counts.partly, 1);
        assert_eq!(awareness.counts.total(), 3);
        assert_eq!(awareness.organisations_answered, 2);
        let score = awareness.score.unwrap_or(f64::NAN);
        assert!((score - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            awareness.summary(),
            "Awareness: 2 of 3 answers say we do this mostly or fully (67%)."
        );

        let information = &statement.themes[1];
        assert_eq!(information.organisations_answered, 1);
        let missing: Vec<&str> = information
            .not_answered_by
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(missing, vec!["Age UK"]);

        let support = &statement.themes[2];
        assert_eq!(support.score, None);
        assert_eq!(support.not_answered_by.len(), 2);
        assert_eq!(
            support.summary(),
            "Support: no organisation has answered yet."
        );

        assert_eq!(statement.strongest, vec!["awareness".to_string()]);
        assert_eq!(statement.weakest, vec!["information".to_string()]);
    }

    #[test]
    fn tied_themes_are_all_named_and_an_even_picture_names_none() {
        let f = framework();
        let a = assessment(
            1,
            "Age UK",
            vec![
                answer("awareness", 0, Rating::Fully),
                answer("information", 0, Rating::Fully),
                answer("support", 0, Rating::Partly),
            ],
        );
        let statement = position_statement(std::slice::from_ref(&a), &f);
        assert_eq!(
            statement.strongest,
            vec!["awareness".to_string(), "information".to_string()]
        );
        assert_eq!(statement.weakest, vec!["support".to_string()]);

        let even = position_statement(&[complete(2, "Age UK", Rating::Mostly)], &f);
        assert!(even.strongest.is_empty() && even.weakest.is_empty());
        let empty = position_statement(&[], &f);
        assert!(empty.strongest.is_empty() && empty.organisations.is_empty());
    }

    #[test]
    fn improvement_actions_are_gathered_per_theme_and_shared_ones_merge() {
        let f = framework();
        let a = assessment(
            1,
            "Rotherham Carers Forum",
            vec![
                with_action(
                    answer("information", 1, Rating::Partly),
                    "Easy read leaflets",
                ),
                with_action(
                    answer("information", 0, Rating::NotYet),
                    "Write our offer down",
                ),
            ],
        );
        let b = assessment(
            2,
            "Age UK",
            vec![with_action(
                answer("information", 1, Rating::Partly),
                "easy read  leaflets ",
            )],
        );
        let c = assessment(
            3,
            "Crossroads Care",
            vec![with_action(
                answer("information", 1, Rating::Mostly),
                "Audio versions",
            )],
        );
        let statement = position_statement(&[a, b, c], &f);
        let info = statement.theme("information");
        let actions: Vec<(usize, &str, Vec<&str>)> = info
            .map(|t| {
                t.improvement_actions
                    .iter()
                    .map(|x| {
                        (
                            x.statement,
                            x.action.as_str(),
                            x.organisations.iter().map(|o| o.name.as_str()).collect(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            actions,
            vec![
                (0, "Write our offer down", vec!["Rotherham Carers Forum"]),
                (
                    1,
                    "easy read  leaflets",
                    vec!["Age UK", "Rotherham Carers Forum"]
                ),
                (1, "Audio versions", vec!["Crossroads Care"]),
            ]
        );
    }

    #[test]
    fn only_the_latest_completed_assessment_of_an_organisation_counts() {
        let f = framework();
        let mut old = assessment(1, "Age UK", vec![answer("support", 0, Rating::NotYet)]);
        old.completed_on = NaiveDate::from_ymd_opt(2022, 1, 20);
        let mut new = assessment(2, "Age UK", vec![answer("support", 0, Rating::Fully)]);
        new.organisation = old.organisation;
        new.completed_on = NaiveDate::from_ymd_opt(2022, 3, 15);
        let mut draft = assessment(3, "Age UK", vec![answer("support", 0, Rating::Partly)]);
        draft.organisation = old.organisation;
        let statement = position_statement(&[new, draft, old], &f);
        assert_eq!(statement.organisations.len(), 1);
        let support = statement.theme("support").map(|t| t.counts);
        assert_eq!(support.map(|c| (c.total(), c.fully)), Some((1, 1)));
    }

    #[test]
    fn answers_to_unknown_themes_do_not_reach_the_position_statement() {
        let f = framework();
        let a = assessment(
            1,
            "Age UK",
            vec![
                answer("gardening", 0, Rating::Fully),
                answer("support", 4, Rating::Fully),
            ],
        );
        let statement = position_statement(&[a], &f);
        assert!(statement.themes.iter().all(|t| t.counts.total() == 0));
        assert_eq!(statement.themes[2].not_answered_by.len(), 1);
    }

    #[test]
    fn the_built_in_framework_has_six_themes_to_answer() {
        let f = Framework::borough_that_cares_2022_25();
        let blank = assessment(1, "Age UK", vec![]);
        let unanswered = review(&blank, &f).len();
        let statements: usize = f.quality_themes.iter().map(|t| t.statements.len()).sum();
        assert_eq!(f.quality_themes.len(), 6);
        assert_eq!(unanswered, statements);
    }

    #[test]
    fn assessment_round_trips_through_json_and_rejects_unknown_fields() {
        let mut a = complete(1, "Age UK", Rating::Partly);
        a.completed_on = NaiveDate::from_ymd_opt(2022, 3, 31);
        a.answers[0].evidence = Some("Carers' policy".into());
        let json = serde_json::to_string(&a).unwrap_or_default();
        assert!(json.contains("\"completed_on\":\"2022-03-31\""), "{json}");
        assert!(json.contains("\"rating\":\"partly\""), "{json}");
        let back: Option<SelfAssessment> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(a));
        let unknown = json.replacen("\"statement\":0", "\"statement\":0,\"score\":3", 1);
        assert!(serde_json::from_str::<SelfAssessment>(&unknown).is_err());
    }
}
