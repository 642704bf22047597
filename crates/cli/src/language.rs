//! The language of `cares`'s human output: `--lang`, else `LANG`, else British
//! English. The words come from the shipped catalogues (`locales/*.ftl`, read with
//! cares-l10n); `--json` output never changes with the language.

use cares_core::audit::{FindingCode, Severity, SmartFinding};
use cares_core::measures::ProgressMarker;
use cares_core::network::Quarter;
use cares_core::plan::Status;
use cares_core::wording::{Wording, WordingArg};
use cares_l10n::compile::compile;
use cares_l10n::native::NativeLocale;
use cares_l10n::{
    Args, Catalogue, Direction, Locale, Messages, SHIPPED, SOURCE_LANGUAGE, shipped_language,
};
use chrono::NaiveDate;

use crate::error::CliError;
use crate::help::Topic;

/// The chosen language's words and rules.
#[derive(Debug)]
pub struct Language {
    messages: Messages,
    locale: NativeLocale,
    tag: String,
    direction: Direction,
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
        let (tag, direction) = (chosen.language.clone(), chosen.direction);
        Self {
            messages: Messages::new(chosen, source),
            locale,
            tag,
            direction,
        }
    }

    /// The language's tag, as an HTML `lang` attribute gives it ("cy").
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The value of an HTML `dir` attribute for this language.
    pub fn dir(&self) -> &'static str {
        self.direction.attribute()
    }

    /// A message without arguments.
    pub fn words(&self, id: &str) -> String {
        self.say(id, &Args::new())
    }

    /// A day as this language writes it in running text ("1 June 2024").
    pub fn date(&self, day: NaiveDate) -> String {
        self.locale.date(day)
    }

    /// Pieces of text as a list without a final "and" ("a, b, c").
    pub fn commas(&self, items: &[String]) -> String {
        let mut items = items.iter();
        let Some(first) = items.next() else {
            return String::new();
        };
        items.fold(first.clone(), |rest, next| {
            let args = Args::new().with("rest", rest).with("next", next.as_str());
            self.say("core-list-comma", &args)
        })
    }

    /// A progress rating's word ("Amber").
    pub fn status(&self, status: Status) -> String {
        self.words(&format!("status-{}", status.key()))
    }

    /// What a progress rating means ("some progress, some concerns").
    pub fn status_meaning(&self, status: Status) -> String {
        self.say(
            "cli-status-meaning",
            &Args::new().with("status", status.key()),
        )
    }

    /// An audit finding's kind in a few words ("no lead").
    pub fn finding_phrase(&self, code: FindingCode) -> String {
        self.words(&format!("finding-phrase-{}", code.key()))
    }

    /// How much a finding matters ("Missing").
    pub fn severity(&self, severity: Severity) -> String {
        self.words(&format!("severity-{}", severity.key()))
    }

    /// A progress marker's name ("Meeting places for carers").
    pub fn marker(&self, marker: ProgressMarker) -> String {
        self.words(&format!("programme-marker-{}", marker.key()))
    }

    /// What a progress marker counts ("meeting places").
    pub fn unit(&self, marker: ProgressMarker) -> String {
        self.words(&format!("programme-unit-{}", marker.key()))
    }

    /// A financial quarter ("2024-25 Q1").
    pub fn quarter(&self, quarter: Quarter) -> String {
        let written = quarter.to_string();
        let year = written.split_once(' ').map_or(written.as_str(), |(y, _)| y);
        let args = Args::new()
            .with("year", year)
            .with("number", u32::from(quarter.number()));
        self.say("programme-quarter", &args)
    }

    /// A row name the core gives in its own words ("Total", "No lead", "Area of
    /// focus 2") in this language; a name people wrote as written.
    pub fn group(&self, name: &str) -> String {
        use cares_core::report::{BOROUGH_WIDE, NO_ORGANISATION};
        let id = match name {
            "Total" => "programme-group-total",
            "No area of focus" => "programme-group-no-area",
            NO_ORGANISATION => "programme-group-no-organisation",
            BOROUGH_WIDE => "programme-group-borough-wide",
            // The core's names for the rows of actions with no lead or no section.
            "No lead" => "programme-group-no-lead",
            "No section" => "programme-group-no-section",
            _ => {
                return match name
                    .strip_prefix("Area of focus ")
                    .filter(|n| n.parse::<u8>().is_ok())
                {
                    Some(n) => self.say("programme-group-area", &Args::new().with("number", n)),
                    None => name.to_owned(),
                };
            }
        };
        self.words(id)
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
                WordingArg::List(items) => args.set(name, self.list(items).as_str()),
                _ => {}
            }
        }
        self.say(&wording.id, &args)
    }

    /// Several messages as one list ("a, b and c"), in this language.
    fn list(&self, items: &[Wording]) -> String {
        let said: Vec<String> = items.iter().map(|item| self.wording(item)).collect();
        let Some((last, init)) = said.split_last() else {
            return String::new();
        };
        let Some((first, middle)) = init.split_first() else {
            return last.clone();
        };
        let rest = middle.iter().fold(first.clone(), |rest, next| {
            let args = Args::new().with("rest", rest).with("next", next.as_str());
            self.say("core-list-comma", &args)
        });
        let args = Args::new().with("rest", rest).with("last", last.as_str());
        self.say("core-list-and", &args)
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
        direction: Direction::Ltr,
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

    /// Every refusal, finding and line the core words for a person, said through the
    /// British English catalogue, is the core's own English word for word.
    #[test]
    fn the_core_english_and_the_catalogue_agree_for_every_other_message() {
        use cares_core::coproduction::{Phase, SessionError, SessionSummary};
        use cares_core::edits::EditError;
        use cares_core::empowerment::SchoolCalendarError;
        use cares_core::ids::{ContributionId, ParticipantId, PlanId, SectionId, ThemeId};
        use cares_core::report::CountsError;
        use chrono::NaiveTime;

        let english = Language::english();
        let said = |wording: &Wording, core: String| {
            assert_eq!(english.wording(wording), core, "{}", wording.id);
        };
        let fields = [
            "title",
            "the plan's title",
            "the section's title",
            "what will happen",
            "the reference",
            "the measure",
            "the timescale",
            "a milestone",
            "the lead",
            "the lead organisation",
            "the note",
            "the evidence",
            "the link",
            "the pack's title",
            "a step",
            "the organisation's name",
            "the locality's name",
            "the network's name",
            "the member's name",
            "the meeting's title",
            "the place",
            "the rep's name",
        ];
        let mut edits = vec![
            EditError::PlanNotFound(PlanId::from_u128(1)),
            EditError::ActionNotFound(ActionId::from_u128(2)),
            EditError::SectionNotFound(SectionId::from_u128(3)),
        ];
        for what in [
            "session",
            "action pack",
            "self-assessment",
            "member",
            "meeting",
        ] {
            edits.push(EditError::NotFound {
                what,
                id: "x-1".into(),
            });
        }
        for what in ["a plan", "a section", "an action", "a session"] {
            edits.push(EditError::AlreadyExists {
                what,
                id: "x-2".into(),
            });
        }
        for field in fields {
            edits.push(EditError::TooLong {
                field,
                chars: 20_001,
                limit: 20_000,
            });
        }
        for field in fields.iter().filter(|f| {
            ![
                "the reference",
                "the measure",
                "the timescale",
                "a milestone",
                "the lead",
            ]
            .contains(f)
                && ![
                    "the lead organisation",
                    "the note",
                    "the link",
                    "a step",
                    "the place",
                ]
                .contains(f)
        }) {
            edits.push(EditError::Blank { field });
        }
        let time = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        edits.push(EditError::SchoolCalendar(
            SchoolCalendarError::DayEndsBeforeItStarts {
                starts: time(15),
                ends: time(9),
            },
        ));
        for error in &edits {
            said(&error.wording(), error.to_string());
        }

        let (p, t) = (ParticipantId::from_u128(4), ThemeId::from_u128(5));
        let c = ContributionId::from_u128(6);
        let mut steps = vec![
            SessionError::NotNextPhase {
                from: Phase::Share,
                to: Phase::Plan,
            },
            SessionError::NoThemes,
            SessionError::BlankTitle,
            SessionError::TitleTooLong {
                chars: 201,
                max: 200,
            },
            SessionError::NoVotesPerPerson,
            SessionError::BlankPseudonym,
            SessionError::PseudonymTooLong { chars: 41, max: 40 },
            SessionError::DuplicateParticipant(p),
            SessionError::UnknownParticipant(p),
            SessionError::Erased(p),
            SessionError::BlankContribution,
            SessionError::ContributionTooLong {
                chars: 2001,
                max: 2000,
            },
            SessionError::DuplicateContribution(c),
            SessionError::UnknownContribution(c),
            SessionError::BlankThemeName,
            SessionError::ThemeNameTooLong { chars: 81, max: 80 },
            SessionError::ThemeNameTaken {
                name: "Respite".into(),
            },
            SessionError::DuplicateTheme(t),
            SessionError::UnknownTheme(t),
            SessionError::MergeIntoItself(t),
            SessionError::NoVotesLeft {
                participant: p,
                budget: 3,
            },
            SessionError::HeadcountOutOfRange {
                people: 0,
                max: 500,
            },
            SessionError::NoVoteToWithdraw {
                participant: p,
                theme: t,
            },
        ];
        for (doing, needed) in [
            ("adding a statement", Phase::Share),
            ("making a theme", Phase::Group),
            ("renaming a theme", Phase::Group),
            ("grouping a statement", Phase::Group),
            ("merging themes", Phase::Group),
            ("removing a theme", Phase::Group),
            ("voting", Phase::Prioritise),
            ("taking back a vote", Phase::Prioritise),
        ] {
            steps.push(SessionError::WrongPhase {
                doing,
                needed,
                phase: Phase::Closed,
            });
        }
        for doing in [
            "adding a statement",
            "revealing the votes",
            "drafting an action",
            "joining",
        ] {
            steps.push(SessionError::Closed { doing });
        }
        for error in &steps {
            said(&error.wording(), error.to_string());
        }

        let counts = [
            CountsError::TooLarge { bytes: 3_000_000 },
            CountsError::Empty,
            CountsError::MissingColumn { column: "locality" },
            CountsError::Unreadable {
                line: 4,
                problem: "an unclosed quote".into(),
            },
            CountsError::UnknownMarker {
                line: 2,
                text: "happiness".into(),
            },
            CountsError::UnknownQuarter {
                line: 2,
                text: "spring".into(),
            },
            CountsError::NegativeCount {
                line: 2,
                text: "-2".into(),
            },
            CountsError::NotACount {
                line: 2,
                text: "lots".into(),
            },
            CountsError::Repeated { line: 3, first: 2 },
        ];
        for error in &counts {
            said(&error.wording(), error.to_string());
        }

        use cares_core::ids::{LocalityId, MeetingId, MemberId, NetworkId, OrganisationId};
        use cares_core::network::{EntryKind, NetworkError};
        let (net, hub) = (NetworkId::from_u128(7), NetworkId::from_u128(8));
        let (member, meeting) = (MemberId::from_u128(9), MeetingId::from_u128(10));
        let mut network = vec![
            NetworkError::UnknownLocality {
                network: net,
                locality: LocalityId::from_u128(11),
            },
            NetworkError::UnknownHub { network: net, hub },
            NetworkError::HubNotStrategic { network: net, hub },
            NetworkError::UnknownOrganisation {
                member,
                organisation: OrganisationId::from_u128(12),
            },
            NetworkError::UnknownMembership {
                member,
                network: net,
            },
            NetworkError::DuplicateMembership {
                member,
                network: net,
            },
            NetworkError::UnknownMeetingNetwork {
                meeting,
                network: net,
            },
            NetworkError::EndsBeforeStart {
                meeting,
                start: time(15),
                end: time(9),
            },
            NetworkError::UnknownAttendee { meeting, member },
            NetworkError::DuplicateAttendee { meeting, member },
        ];
        for kind in [
            EntryKind::Organisation,
            EntryKind::Locality,
            EntryKind::Network,
            EntryKind::Member,
            EntryKind::Meeting,
        ] {
            let id = uuid::Uuid::from_u128(13);
            network.push(NetworkError::DuplicateId {
                kind,
                id,
                first: 0,
                second: 3,
            });
            network.push(NetworkError::BlankName { kind, id });
        }
        for error in &network {
            said(&error.wording(), error.to_string());
        }

        use cares_core::packs::PackIssue;
        for name in ["Carers Week coffee morning", "  "] {
            let issues = [
                PackIssue::NoSteps,
                PackIssue::NothingLocal,
                PackIssue::BlankStep { step: 2 },
                PackIssue::ContactCannotBeReached {
                    contact: 0,
                    name: name.into(),
                },
                PackIssue::PlaceWithoutAddress {
                    place: 0,
                    name: name.into(),
                },
                PackIssue::EventWithoutDate {
                    event: 0,
                    title: name.into(),
                },
                PackIssue::EventWithoutPlace {
                    event: 0,
                    title: name.into(),
                },
            ];
            for issue in &issues {
                said(&issue.wording(), issue.message());
            }
        }

        let [theme, statement] = SessionSummary::statements_csv_header();
        let header = format!(
            "{},{}",
            english.wording(&theme),
            english.wording(&statement)
        );
        let session = cares_core::coproduction::Session::new(
            cares_core::ids::SessionId::from_u128(1),
            "Title",
            "Maltby",
            day(2024, 5, 1),
            3,
        )
        .expect("a session");
        assert_eq!(session.summary().statements_csv().trim_end(), header);
    }

    /// The empowerment plan's findings and a session's stand-in voter, made by the
    /// core from real data, read the same through the catalogue.
    #[test]
    fn the_core_english_and_the_catalogue_agree_for_empowerment_findings() {
        use cares_core::coproduction::Session;
        use cares_core::empowerment::{Alignment, EmpowermentPlan, RepProfile, review};
        use cares_core::ids::{MeetingId, MemberId, NetworkId, SessionId};
        use cares_core::network::{
            Attendance, CarerNetwork, Meeting, Member, Network, NetworkKind,
        };
        use chrono::NaiveTime;

        let english = Language::english();
        let time = |h| NaiveTime::from_hms_opt(h, 30, 0).unwrap_or_default();
        let hub = NetworkId::from_u128(1);
        let (jo, sam) = (MemberId::from_u128(2), MemberId::from_u128(3));
        let mut network = CarerNetwork::default();
        network.networks.push(Network {
            id: hub,
            name: "Strategic Group".into(),
            kind: NetworkKind::Strategic,
        });
        for (n, (d, start)) in [(1, 10), (2, 10), (3, 10), (4, 18), (5, 18)]
            .iter()
            .enumerate()
        {
            network.meetings.push(Meeting {
                id: MeetingId::from_u128(10 + n as u128),
                network: hub,
                title: format!("Strategic group {n}"),
                date: day(2024, 5, *d),
                start: time(*start),
                end: time(*start + 2),
                place: "Riverside House".into(),
                is_key_strategic_meeting: true,
                attendance: Attendance::default(),
            });
        }
        network.members.push(Member {
            id: jo,
            display_name: "Jo".into(),
            organisation: None,
            is_carer_rep: true,
            young_carer: None,
            networks: vec![hub],
        });
        let mut plan = EmpowermentPlan::default();
        let mut young = RepProfile::new(jo, "Jo");
        young.is_young_carer = true;
        plan.reps.push(young);
        let mut adult = RepProfile::new(sam, "Sam");
        adult.max_meetings_per_quarter = 1;
        plan.reps.push(adult);
        for n in 0..5 {
            let meeting = MeetingId::from_u128(10 + n);
            plan.alignments.push(Alignment {
                rep: if n < 2 { jo } else { sam },
                meeting,
            });
        }
        plan.alignments.push(Alignment {
            rep: MemberId::from_u128(9),
            meeting: MeetingId::from_u128(10),
        });
        plan.alignments.push(Alignment {
            rep: sam,
            meeting: MeetingId::from_u128(99),
        });
        let findings = review(&plan, &network);
        let mut seen = std::collections::BTreeSet::new();
        for finding in &findings {
            assert_eq!(
                english.wording(&finding.wording),
                finding.message,
                "{}",
                finding.wording.id
            );
            seen.insert(finding.code);
        }
        assert_eq!(
            seen.len(),
            5,
            "every kind of finding is exercised: {seen:?}"
        );

        let session = Session::new(
            SessionId::from_u128(1),
            "Title",
            "Maltby",
            day(2024, 5, 1),
            3,
        )
        .expect("a session");
        assert_eq!(
            english.wording(&session.room_voter_wording()),
            session.room_voter_name()
        );
    }

    /// What a merge will do, the values both people set, a part's name and why two
    /// copies cannot be merged read the same through the catalogue as the core's own
    /// English.
    #[test]
    fn the_core_english_and_the_catalogue_agree_for_merging() {
        use cares_core::compaction::BeforeCheckpoint;
        use cares_core::document::MergeError;
        use cares_core::edits::{ActionField, ReplicaReused};
        use cares_core::ids::{PlanId, ReplicaId, SectionId};
        use cares_core::merging::{
            ActionChange, ActionPart, ChangeKind, value_text, value_wording,
        };
        use cares_core::plan::{ActionLinks, ActionPlan, Lead, PlanScope, Section};

        let english = Language::english();
        for part in ActionPart::ALL {
            assert_eq!(english.wording(&part.wording()), part.label(), "{part:?}");
        }
        let (plan, action) = (PlanId::from_u128(1), ActionId::from_u128(2));
        let changed = |parts: Vec<ActionPart>| ActionChange {
            plan,
            action,
            what: "Open a café".into(),
            kind: ChangeKind::Changed(parts),
        };
        let mut changes = vec![
            changed(vec![ActionPart::Measure]),
            changed(vec![ActionPart::Measure, ActionPart::Due]),
            changed(ActionPart::ALL.to_vec()),
        ];
        for kind in [ChangeKind::Added, ChangeKind::Removed] {
            changes.push(ActionChange {
                plan,
                action,
                what: "Open a café".into(),
                kind,
            });
        }
        for change in &changes {
            assert_eq!(english.wording(&change.wording()), change.describe());
        }

        let mut actions = ActionPlan::new(plan, "Maltby plan", PlanScope::Borough);
        let section = SectionId::from_u128(3);
        actions.sections.push(Section {
            id: section,
            title: "Awareness".into(),
        });
        let milestone = |text: &str, due| Milestone {
            text: text.into(),
            due,
        };
        let values = [
            ActionField::What("Open a café".into()),
            ActionField::Measure(None),
            ActionField::Measure(Some("30 carers a month".into())),
            ActionField::Section(Some(section)),
            ActionField::Section(None),
            ActionField::Milestones(vec![]),
            ActionField::Milestones(vec![
                milestone("Find a room", Some(day(2026, 3, 31))),
                milestone("Open", None),
                milestone("Review", Some(day(2026, 9, 1))),
            ]),
            ActionField::Lead(Lead {
                person: Some("Julie".into()),
                organisation: Some("RCCG".into()),
            }),
            ActionField::Lead(Lead::default()),
            ActionField::Due(Some(day(2026, 3, 31))),
            ActionField::Completed(None),
            ActionField::Links(ActionLinks::default()),
            ActionField::Links(ActionLinks {
                focus_area: cares_core::framework::FocusAreaNumber::new(2),
                commitment: Some('b'),
                theme: Some("Carers' voice".into()),
                charter_commitment: None,
            }),
        ];
        for value in &values {
            assert_eq!(
                english.wording(&value_wording(&actions, value)),
                value_text(&actions, value),
                "{value:?}"
            );
        }

        let (replica, seq) = (ReplicaId::from_u128(4), 5);
        for error in [
            MergeError::ReplicaReused(ReplicaReused { replica, seq }),
            MergeError::DifferentDocument,
            MergeError::DifferentSnapshot,
            MergeError::BeforeCheckpoint(BeforeCheckpoint {
                replica,
                seq,
                checkpoint: 9,
            }),
        ] {
            assert_eq!(english.wording(&error.wording()), error.message());
        }
    }

    /// Everything a table import reads with doubt says the same through the catalogue
    /// as the core's own English.
    #[test]
    fn the_core_english_and_the_catalogue_agree_for_import_warnings() {
        let table = "\
Our carers plan 2024,,,,,,,,,,,
No,How we will do this,Outcome measure,Key Milestones,Lead,Due,Area of focus,Commenced,Status,Lead,Mystery,
,,,,,,,,,,,stray
,,A measure with no action,,,,,,,,,
1.1,Open a café,10 a month,,RCCG,soon,five,someday,Purple,RMBC,odd,
1.1,Open it again,,,,,,,,,,
,Charter commitment 2,filled in,,,,,,,,,
";
        let mut n = 0;
        let imported = cares_core::table::import_actions(table, &mut || {
            n += 1;
            uuid::Uuid::from_u128(n)
        })
        .expect("the table is read");
        let english = Language::english();
        let mut seen = std::collections::BTreeSet::new();
        for warning in &imported.warnings {
            assert_eq!(
                english.wording(&warning.wording),
                warning.message,
                "{}",
                warning.wording.id
            );
            seen.insert(warning.wording.id.clone());
        }
        assert_eq!(
            seen.len(),
            11,
            "every kind of warning is exercised: {seen:?}"
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
