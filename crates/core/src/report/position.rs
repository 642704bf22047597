//! The self-assessment position statement as people read it: per quality theme, how
//! many answers gave each rating, the theme's share of "mostly" or "fully" in a
//! sentence, who has not answered, and the improvement actions organisations named.
//! The roll-up itself is [`crate::assessment::position_statement`]; this lays it out.

use serde::Serialize;

use crate::assessment::{Rating, SelfAssessment, position_statement};
use crate::framework::Framework;

/// How many answers gave one rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatingCount {
    /// The rating.
    pub rating: Rating,
    /// "Not yet", "Partly"…
    pub label: &'static str,
    /// How many answers gave it.
    pub count: u32,
}

/// An improvement action, with the statement it answers and who named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImprovementLine {
    /// The theme's name.
    pub theme: String,
    /// The statement's wording.
    pub statement: String,
    /// The action as first written.
    pub action: String,
    /// The organisations that named it.
    pub organisations: Vec<String>,
}

/// Where every organisation stands on one theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeLine {
    /// The theme's key.
    pub key: String,
    /// The theme's name.
    pub name: String,
    /// "Awareness and culture: 3 of 4 answers say we do this mostly or fully (75%)."
    pub summary: String,
    /// The answers by rating, from "not yet" to "fully".
    pub ratings: Vec<RatingCount>,
    /// The share of answers saying mostly or fully, as a whole percentage.
    pub percent: Option<u32>,
    /// How many organisations answered at least one statement.
    pub organisations_answered: u32,
    /// Organisations that answered none of its statements.
    pub not_answered_by: Vec<String>,
    /// What organisations will do, named by more organisations first.
    pub improvement_actions: Vec<ImprovementLine>,
}

/// The borough's position statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PositionView {
    /// The organisations whose self-assessments are counted, by name.
    pub organisations: Vec<String>,
    /// Each theme, in the framework's order.
    pub themes: Vec<ThemeLine>,
    /// The names of the strongest themes (empty when none stands out).
    pub strongest: Vec<String>,
    /// The names of the weakest themes (empty when none stands out).
    pub weakest: Vec<String>,
}

impl PositionView {
    /// Rolls every organisation's latest self-assessment up against the framework.
    pub fn new(assessments: &[SelfAssessment], framework: &Framework) -> Self {
        let statement = position_statement(assessments, framework);
        let name_of = |key: &String| {
            statement
                .theme(key)
                .map_or_else(|| key.clone(), |t| t.name.clone())
        };
        let themes = statement
            .themes
            .iter()
            .map(|theme| {
                let wording = |n: usize| {
                    framework
                        .quality_themes
                        .iter()
                        .find(|t| t.key == theme.theme)
                        .and_then(|t| t.statements.get(n))
                        .cloned()
                        .unwrap_or_default()
                };
                ThemeLine {
                    key: theme.theme.clone(),
                    name: theme.name.clone(),
                    summary: theme.summary(),
                    ratings: Rating::ALL
                        .iter()
                        .map(|r| RatingCount {
                            rating: *r,
                            label: r.label(),
                            count: theme.counts.of(*r),
                        })
                        .collect(),
                    percent: theme.score.map(|s| {
                        // A share from 0 to 1 as a whole percentage; cannot overflow.
                        (s * 100.0).round().clamp(0.0, 100.0) as u32
                    }),
                    organisations_answered: theme.organisations_answered,
                    not_answered_by: theme
                        .not_answered_by
                        .iter()
                        .map(|o| o.name.clone())
                        .collect(),
                    improvement_actions: theme
                        .improvement_actions
                        .iter()
                        .map(|a| ImprovementLine {
                            theme: theme.name.clone(),
                            statement: wording(a.statement),
                            action: a.action.clone(),
                            organisations: a.organisations.iter().map(|o| o.name.clone()).collect(),
                        })
                        .collect(),
                }
            })
            .collect();
        Self {
            organisations: statement
                .organisations
                .iter()
                .map(|o| o.name.clone())
                .collect(),
            themes,
            strongest: statement.strongest.iter().map(name_of).collect(),
            weakest: statement.weakest.iter().map(name_of).collect(),
        }
    }

    /// Every improvement action, those named by more organisations first, then in
    /// theme order; at most `at_most`.
    pub fn top_improvements(&self, at_most: usize) -> Vec<ImprovementLine> {
        let mut all: Vec<ImprovementLine> = self
            .themes
            .iter()
            .flat_map(|t| t.improvement_actions.iter().cloned())
            .collect();
        all.sort_by_key(|a| std::cmp::Reverse(a.organisations.len()));
        all.truncate(at_most);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Answer;
    use crate::ids::{AssessmentId, OrganisationId};

    fn assessment(
        n: u128,
        name: &str,
        theme: &str,
        rating: Rating,
        action: Option<&str>,
    ) -> SelfAssessment {
        let mut a = SelfAssessment::new(
            AssessmentId::from_u128(n),
            OrganisationId::from_u128(n),
            name,
        );
        a.answers.push(Answer {
            theme: theme.to_owned(),
            statement: 0,
            rating,
            evidence: None,
            improvement_action: action.map(str::to_owned),
        });
        a
    }

    #[test]
    fn each_theme_has_every_rating_in_order_and_a_percentage() {
        let framework = Framework::borough_that_cares_2022_25();
        let theme = framework.quality_themes[0].key.clone();
        let view = PositionView::new(
            &[
                assessment(1, "Rotherham Carers Forum", &theme, Rating::Fully, None),
                assessment(
                    2,
                    "RCCG",
                    &theme,
                    Rating::Partly,
                    Some("Train reception staff"),
                ),
            ],
            &framework,
        );
        assert_eq!(view.organisations, ["RCCG", "Rotherham Carers Forum"]);
        assert_eq!(view.themes.len(), framework.quality_themes.len());
        let first = &view.themes[0];
        let labels: Vec<&str> = first.ratings.iter().map(|r| r.label).collect();
        assert_eq!(labels, ["Not yet", "Partly", "Mostly", "Fully"]);
        assert_eq!(first.percent, Some(50));
        assert!(
            first.summary.contains("1 of 2 answers"),
            "{}",
            first.summary
        );
        assert_eq!(first.improvement_actions[0].organisations, ["RCCG"]);
        assert_eq!(
            first.improvement_actions[0].statement,
            framework.quality_themes[0].statements[0]
        );
        assert_eq!(view.top_improvements(5).len(), 1);
        assert_eq!(view.themes[1].percent, None);
    }
}
