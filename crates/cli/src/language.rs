//! The language of `cares`'s human output: `--lang`, else `LANG`, else British
//! English. The words come from the shipped catalogues (`locales/*.ftl`, read with
//! cares-l10n); `--json` output never changes with the language.

use cares_core::audit::SmartFinding;
use cares_core::wording::{Wording, WordingArg};
use cares_l10n::compile::compile;
use cares_l10n::native::NativeLocale;
use cares_l10n::{Args, Catalogue, Messages, SHIPPED, SOURCE_LANGUAGE, shipped_language};

use crate::error::CliError;
use crate::help::Topic;

/// The chosen language's words and rules.
#[derive(Debug)]
pub struct Language {
    messages: Messages,
    locale: NativeLocale,
}

impl Language {
    /// The language asked for with `--lang` (an error if cares has no catalogue for
    /// it), else the one `LANG` names if cares has it, else British English.
    ///
    /// # Errors
    /// When `--lang` names a language cares has no catalogue for.
    pub fn choose(flag: Option<&str>, env: Option<&str>, topic: Topic) -> Result<Self, CliError> {
        let tag = match flag {
            Some(asked) => shipped_language(asked).ok_or_else(|| CliError::Usage {
                message: format!(
                    "cares has no catalogue for the language \"{asked}\"; it speaks {}",
                    SHIPPED.map(|(tag, _)| tag).join(", ")
                ),
                topic,
            })?,
            None => env.and_then(shipped_language).unwrap_or(SOURCE_LANGUAGE),
        };
        Ok(Self::of(tag))
    }

    /// British English.
    #[cfg(test)]
    pub fn english() -> Self {
        Self::of(SOURCE_LANGUAGE)
    }

    fn of(tag: &str) -> Self {
        let source = catalogue(SOURCE_LANGUAGE).unwrap_or_else(empty);
        let chosen = catalogue(tag).unwrap_or_else(|| source.clone());
        let locale = NativeLocale::new(&chosen);
        Self {
            messages: Messages::new(chosen, source),
            locale,
        }
    }

    /// A message by id.
    pub fn say(&self, id: &str, args: &Args) -> String {
        self.messages.text(id, args, &self.locale)
    }

    /// A message the core gave as an id and arguments.
    pub fn wording(&self, wording: &Wording) -> String {
        let mut args = Args::new();
        for (name, value) in &wording.args {
            match value {
                WordingArg::Text(text) => args.set(name, text.as_str()),
                WordingArg::Date(day) => args.set(name, *day),
                WordingArg::Number(n) => args.set(name, *n),
                _ => {}
            }
        }
        self.say(&wording.id, &args)
    }

    /// What a finding asks, in this language.
    pub fn finding(&self, finding: &SmartFinding) -> String {
        if finding.wording.id.is_empty() {
            finding.message.clone()
        } else {
            self.wording(&finding.wording)
        }
    }
}

/// A shipped catalogue, compiled. The tests of cares-l10n hold every shipped file to
/// compiling cleanly, so `None` here means a tag that is not shipped.
fn catalogue(tag: &str) -> Option<Catalogue> {
    let (_, source) = SHIPPED.iter().find(|(t, _)| *t == tag)?;
    compile(tag, &format!("locales/{tag}.ftl"), source).ok()
}

fn empty() -> Catalogue {
    Catalogue {
        language: SOURCE_LANGUAGE.to_owned(),
        name: "English".to_owned(),
        direction: cares_l10n::Direction::Ltr,
        checked: true,
        messages: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::audit::audit_action;
    use cares_core::ids::ActionId;
    use cares_core::plan::{Action, Milestone, Status, StatusChange};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// The core's English and the catalogue's are the same words: the catalogue is
    /// their one home, and this holds the core to it.
    #[test]
    fn the_core_english_and_the_catalogue_agree_for_every_finding() {
        let english = Language::english();
        let mut vague = Action::new(ActionId::from_u128(1), "Raise awareness");
        vague.timescale_as_written = Some("ongoing".into());
        vague.milestones.push(Milestone {
            text: "Launch event".into(),
            due: None,
        });
        let mut rated = Action::new(ActionId::from_u128(2), "Open a café");
        rated.due = Some(day(2024, 3, 31));
        rated.history.push(StatusChange {
            on: Some(day(2024, 1, 2)),
            status: Status::Amber,
            note: None,
        });
        let mut done = Action::new(ActionId::from_u128(3), "Print leaflets");
        done.history.push(StatusChange {
            on: Some(day(2024, 1, 2)),
            status: Status::Complete,
            note: None,
        });
        let mut unclear = Action::new(ActionId::from_u128(4), "Better awareness");
        unclear.measure = Some("Better awareness".into());
        let mut seen = std::collections::BTreeSet::new();
        for action in [vague, rated, done, unclear] {
            for finding in audit_action(&action, day(2024, 6, 1)) {
                assert_eq!(
                    english.finding(&finding),
                    finding.message,
                    "{}",
                    finding.wording.id
                );
                seen.insert(finding.wording.id);
            }
        }
        assert_eq!(
            seen.len(),
            11,
            "every finding message is exercised: {seen:?}"
        );
    }

    #[test]
    fn welsh_findings_are_in_welsh_with_the_plan_words_as_written() {
        let welsh = Language::choose(Some("cy"), None, Topic::Audit).expect("shipped");
        let mut action = Action::new(ActionId::from_u128(1), "Raise awareness");
        action.timescale_as_written = Some("ongoing".into());
        let findings = audit_action(&action, day(2024, 6, 1));
        let said: Vec<String> = findings.iter().map(|f| welsh.finding(f)).collect();
        assert!(
            said.contains(
                &"Nid dyddiad yw \"ongoing\". Dywedwch pryd y caiff ei wneud neu ei adolygu."
                    .to_owned()
            ),
            "{said:?}"
        );
    }

    #[test]
    fn an_unknown_lang_flag_is_refused_but_an_unknown_lang_variable_is_english() {
        let refused = Language::choose(Some("fr"), None, Topic::Audit).expect_err("no French");
        assert!(
            refused.to_string().contains("it speaks en-GB, cy, ur"),
            "{refused}"
        );
        let english =
            Language::choose(None, Some("fr_FR.UTF-8"), Topic::Audit).expect("falls back");
        assert_eq!(
            english.say("audit-no-section", &Args::new()),
            "Not in a section"
        );
        let urdu = Language::choose(None, Some("ur_PK.UTF-8"), Topic::Audit).expect("shipped");
        assert_eq!(
            urdu.say("audit-no-section", &Args::new()),
            "کسی حصے میں نہیں"
        );
    }
}
