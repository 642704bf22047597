//! Reading a [`SessionStep`]: the same format serde's derive reads (externally
//! tagged, kebab-case step names, no unknown fields), with one reader of fields for
//! all eighteen steps instead of one per step. The derived reader was the largest
//! function in a phone's wasm (27 KB before optimising) and sits in the app's first
//! load too; this one is a fraction of it.

use std::fmt;

use serde::de::{self, EnumAccess, MapAccess, VariantAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::SessionStep;
use crate::coproduction::Phase;
use crate::ids::{ContributionId, ParticipantId, ThemeId};
use crate::roles::CarerRoles;

/// The steps by name, as written.
const STEPS: &[&str] = &[
    "join",
    "consent",
    "withdraw-consent",
    "erase",
    "add-contribution",
    "hide",
    "show",
    "remove",
    "add-theme",
    "rename-theme",
    "assign",
    "merge-themes",
    "remove-theme",
    "vote",
    "unvote",
    "reveal-votes",
    "advance",
    "set-headcount",
];

/// Every field any step has, as written.
const FIELDS: &[&str] = &[
    "participant",
    "pseudonym",
    "roles",
    "young_carer",
    "contribution",
    "text",
    "theme",
    "name",
    "from",
    "into",
    "to",
    "people",
];

/// The fields each step takes (by index into [`FIELDS`]), in [`STEPS`]'s order.
const TAKES: [&[usize]; 18] = [
    &[0, 1],    // join
    &[0, 2, 3], // consent
    &[0],       // withdraw-consent
    &[0],       // erase
    &[4, 0, 5], // add-contribution
    &[4],       // hide
    &[4],       // show
    &[4],       // remove
    &[6, 7],    // add-theme
    &[6, 7],    // rename-theme
    &[4, 6],    // assign
    &[8, 9],    // merge-themes
    &[6],       // remove-theme
    &[0, 6],    // vote
    &[0, 6],    // unvote
    &[],        // reveal-votes
    &[10],      // advance
    &[11],      // set-headcount
];

/// A step's name, read as an index into [`STEPS`].
struct Step(usize);

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_identifier(NameVisitor(STEPS, true))
            .map(Step)
    }
}

/// A field's name, read as an index into [`FIELDS`].
struct Field(usize);

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_identifier(NameVisitor(FIELDS, false))
            .map(Field)
    }
}

/// Finds a name in a list; `true` for step names (a variant), else a field.
struct NameVisitor(&'static [&'static str], bool);

impl Visitor<'_> for NameVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(if self.1 { "a session step" } else { "a field" })
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        self.0.iter().position(|n| *n == name).ok_or_else(|| {
            if self.1 {
                E::unknown_variant(name, self.0)
            } else {
                E::unknown_field(name, self.0)
            }
        })
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        usize::try_from(index)
            .ok()
            .filter(|i| *i < self.0.len())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(index), &self))
    }
}

/// What a step's fields held; each is `None` when absent (or null).
#[derive(Default)]
struct Fields {
    participant: Option<ParticipantId>,
    pseudonym: Option<String>,
    roles: Option<CarerRoles>,
    young_carer: Option<bool>,
    contribution: Option<ContributionId>,
    text: Option<String>,
    theme: Option<ThemeId>,
    name: Option<String>,
    from: Option<ThemeId>,
    into: Option<ThemeId>,
    to: Option<Phase>,
    people: Option<u32>,
}

/// Reads one step's fields, refusing any the step does not take or gives twice.
struct FieldsVisitor(usize);

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the fields of the session step {}", STEPS[self.0])
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let takes = TAKES[self.0];
        let mut fields = Fields::default();
        let mut seen = [false; FIELDS.len()];
        while let Some(Field(index)) = map.next_key()? {
            if !takes.contains(&index) {
                let expected: Vec<&str> = takes.iter().map(|i| FIELDS[*i]).collect();
                // `unknown_field` wants a 'static list: the names are, the list is not.
                return Err(de::Error::custom(format_args!(
                    "unknown field `{}`, expected {}",
                    FIELDS[index],
                    one_of(&expected)
                )));
            }
            if std::mem::replace(&mut seen[index], true) {
                return Err(de::Error::duplicate_field(FIELDS[index]));
            }
            match index {
                0 => fields.participant = map.next_value()?,
                1 => fields.pseudonym = map.next_value()?,
                2 => fields.roles = map.next_value()?,
                3 => fields.young_carer = map.next_value()?,
                4 => fields.contribution = map.next_value()?,
                5 => fields.text = map.next_value()?,
                6 => fields.theme = map.next_value()?,
                7 => fields.name = map.next_value()?,
                8 => fields.from = map.next_value()?,
                9 => fields.into = map.next_value()?,
                10 => fields.to = map.next_value()?,
                _ => fields.people = map.next_value()?,
            }
        }
        Ok(fields)
    }
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`" (as serde words its own lists).
fn one_of(names: &[&str]) -> String {
    match names {
        [] => "no fields".to_owned(),
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        many => format!(
            "one of {}",
            many.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A field the step needs.
fn needs<T, E: de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

impl Fields {
    fn into_step<E: de::Error>(self, step: usize) -> Result<SessionStep, E> {
        let participant = || needs(self.participant, "participant");
        let contribution = || needs(self.contribution, "contribution");
        let theme = || needs(self.theme, "theme");
        Ok(match step {
            0 => SessionStep::Join {
                participant: participant()?,
                pseudonym: needs(self.pseudonym, "pseudonym")?,
            },
            1 => SessionStep::Consent {
                participant: participant()?,
                roles: self.roles.unwrap_or_default(),
                young_carer: self.young_carer,
            },
            2 => SessionStep::WithdrawConsent {
                participant: participant()?,
            },
            3 => SessionStep::Erase {
                participant: participant()?,
            },
            4 => SessionStep::AddContribution {
                contribution: contribution()?,
                participant: self.participant,
                text: needs(self.text, "text")?,
            },
            5 => SessionStep::Hide {
                contribution: contribution()?,
            },
            6 => SessionStep::Show {
                contribution: contribution()?,
            },
            7 => SessionStep::Remove {
                contribution: contribution()?,
            },
            8 => SessionStep::AddTheme {
                theme: theme()?,
                name: needs(self.name, "name")?,
            },
            9 => SessionStep::RenameTheme {
                theme: theme()?,
                name: needs(self.name, "name")?,
            },
            10 => SessionStep::Assign {
                contribution: contribution()?,
                theme: self.theme,
            },
            11 => SessionStep::MergeThemes {
                from: needs(self.from, "from")?,
                into: needs(self.into, "into")?,
            },
            12 => SessionStep::RemoveTheme { theme: theme()? },
            13 => SessionStep::Vote {
                participant: participant()?,
                theme: theme()?,
            },
            14 => SessionStep::Unvote {
                participant: participant()?,
                theme: theme()?,
            },
            15 => SessionStep::RevealVotes,
            16 => SessionStep::Advance {
                to: needs(self.to, "to")?,
            },
            _ => SessionStep::SetHeadcount {
                people: self.people,
            },
        })
    }
}

/// Reads the step's name, then its fields (or nothing, for `reveal-votes`).
struct StepVisitor;

impl<'de> Visitor<'de> for StepVisitor {
    type Value = SessionStep;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a session step")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<SessionStep, A::Error> {
        let (Step(step), variant) = data.variant()?;
        if TAKES[step].is_empty() {
            variant.unit_variant()?;
            return Fields::default().into_step(step);
        }
        let fields = variant.struct_variant(FIELDS, FieldsVisitor(step))?;
        fields.into_step(step)
    }
}

impl<'de> Deserialize<'de> for SessionStep {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_enum("SessionStep", STEPS, StepVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::CarerRole;

    fn every_step() -> Vec<SessionStep> {
        let p = ParticipantId::from_u128(1);
        let c = ContributionId::from_u128(2);
        let t = ThemeId::from_u128(3);
        let u = ThemeId::from_u128(4);
        let mut roles = CarerRoles::new();
        roles.insert(CarerRole::ParentCarer);
        vec![
            SessionStep::Join {
                participant: p,
                pseudonym: "Sam".into(),
            },
            SessionStep::Consent {
                participant: p,
                roles,
                young_carer: Some(false),
            },
            SessionStep::Consent {
                participant: p,
                roles: CarerRoles::new(),
                young_carer: None,
            },
            SessionStep::WithdrawConsent { participant: p },
            SessionStep::Erase { participant: p },
            SessionStep::AddContribution {
                contribution: c,
                participant: Some(p),
                text: "I need a break".into(),
            },
            SessionStep::AddContribution {
                contribution: c,
                participant: None,
                text: "Said on paper".into(),
            },
            SessionStep::Hide { contribution: c },
            SessionStep::Show { contribution: c },
            SessionStep::Remove { contribution: c },
            SessionStep::AddTheme {
                theme: t,
                name: "Breaks".into(),
            },
            SessionStep::RenameTheme {
                theme: t,
                name: "Time off".into(),
            },
            SessionStep::Assign {
                contribution: c,
                theme: Some(t),
            },
            SessionStep::Assign {
                contribution: c,
                theme: None,
            },
            SessionStep::MergeThemes { from: t, into: u },
            SessionStep::RemoveTheme { theme: t },
            SessionStep::Vote {
                participant: p,
                theme: t,
            },
            SessionStep::Unvote {
                participant: p,
                theme: t,
            },
            SessionStep::RevealVotes,
            SessionStep::Advance { to: Phase::Group },
            SessionStep::SetHeadcount { people: Some(12) },
            SessionStep::SetHeadcount { people: None },
        ]
    }

    #[test]
    fn every_step_reads_back_as_it_was_written() {
        let steps = every_step();
        let names: std::collections::BTreeSet<String> = steps
            .iter()
            .map(|s| {
                let text = serde_json::to_string(s).expect("writes");
                let back: SessionStep = serde_json::from_str(&text).expect("reads");
                assert_eq!(&back, s, "{text}");
                text.trim_start_matches(['{', '"'])
                    .split('"')
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        assert_eq!(names.len(), STEPS.len(), "every step is tried: {names:?}");
    }

    #[test]
    fn a_wrong_step_says_what_is_wrong() {
        let said = |text: &str| {
            serde_json::from_str::<SessionStep>(text)
                .expect_err(text)
                .to_string()
        };
        assert!(said(r#"{"dance":{}}"#).contains("unknown variant `dance`"));
        let extra = said(
            r#"{"vote":{"participant":"00000000-0000-0000-0000-000000000001","theme":"00000000-0000-0000-0000-000000000003","text":"x"}}"#,
        );
        assert!(
            extra.contains("unknown field `text`, expected `participant` or `theme`"),
            "{extra}"
        );
        assert!(
            said(r#"{"add-theme":{"theme":"00000000-0000-0000-0000-000000000003"}}"#)
                .contains("missing field `name`")
        );
        assert!(
            said(r#"{"hide":{"contribution":"00000000-0000-0000-0000-000000000002","contribution":"00000000-0000-0000-0000-000000000002"}}"#)
                .contains("duplicate field `contribution`")
        );
        assert!(said(r#"{"advance":{"to":"dancing"}}"#).contains("dancing"));
        assert!(said(r#""join""#).contains("invalid type"));
    }
}
