//! Co-production sessions: carers share "I need…" statements, group them into themes,
//! prioritise the themes with dot votes, and turn the top ones into draft actions that
//! remember where they came from. Every operation checks its rules first and changes
//! nothing when it returns an error, so a session on one device, on many phones or on
//! the server ends up the same from the same steps.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::framework::FocusAreaNumber;
use crate::ids::{ActionId, ContributionId, ParticipantId, SessionId, ThemeId};
use crate::plan::{Action, ActionPlan, Origin};
use crate::roles::{CarerRole, CarerRoles};
use crate::table::guard;
use crate::wording::{Wording, phrase_key};

/// The longest statement a person can add, in characters (after trimming).
pub const CONTRIBUTION_MAX_CHARS: usize = 500;
/// The longest theme name, in characters (after trimming).
pub const THEME_NAME_MAX_CHARS: usize = 120;
/// The longest pseudonym, in characters (after trimming).
pub const PSEUDONYM_MAX_CHARS: usize = 40;
/// The longest session title, in characters (after trimming).
pub const TITLE_MAX_CHARS: usize = 200;
/// What an erased participant is called from then on. Only an erasure gives this
/// name, so it also marks who has been erased (see [`Participant::is_erased`]).
pub const ERASED_PSEUDONYM: &str = "Erased participant";
/// The name someone joins under when the name they gave was [`ERASED_PSEUDONYM`]:
/// that is how the edit log keeps an erased person's `Join` (their own name is blanked
/// out of it), and until their erasure applies they have not been erased yet.
pub const NAME_ERASED_FROM_LOG: &str = "Someone who took part";
/// The most people a facilitator's headcount can say are taking part.
pub const HEADCOUNT_MAX: u32 = 10_000;
/// What someone who votes on the facilitator's device without joining is called,
/// before their number ("Someone in the room 2"); see [`Session::room_voter_name`].
pub const ROOM_VOTER: &str = "Someone in the room";

/// The stages a session goes through, in order.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Phase {
    /// Carers share "I need…" statements.
    #[default]
    Share,
    /// The statements are grouped into themes.
    Group,
    /// Everyone spends their dot votes on the themes.
    Prioritise,
    /// The top themes become draft actions.
    Plan,
    /// The session is over.
    Closed,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 5] = [
        Phase::Share,
        Phase::Group,
        Phase::Prioritise,
        Phase::Plan,
        Phase::Closed,
    ];

    /// The phase after this one, if any.
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Share => Some(Phase::Group),
            Phase::Group => Some(Phase::Prioritise),
            Phase::Prioritise => Some(Phase::Plan),
            Phase::Plan => Some(Phase::Closed),
            Phase::Closed => None,
        }
    }

    /// The stable key used in files and links ("share", "prioritise"…).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Share => "share",
            Phase::Group => "group",
            Phase::Prioritise => "prioritise",
            Phase::Plan => "plan",
            Phase::Closed => "closed",
        }
    }

    /// The heading a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Share => "Share what you need",
            Phase::Group => "Group into themes",
            Phase::Prioritise => "Vote for what matters most",
            Phase::Plan => "Plan the actions",
            Phase::Closed => "Finished",
        }
    }

    /// The step's short name, as a list of steps and "Move on to …" say it ("Share",
    /// "Prioritise"); "Finished" once closed.
    pub fn step_name(self) -> &'static str {
        match self {
            Phase::Share => "Share",
            Phase::Group => "Group",
            Phase::Prioritise => "Prioritise",
            Phase::Plan => "Plan",
            Phase::Closed => "Finished",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Someone taking part, known by a pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The participant's id.
    pub id: ParticipantId,
    /// The name they chose to be shown; it can be made up.
    pub pseudonym: String,
    /// True once they have agreed to the notice about what they tell us about themselves.
    #[serde(default)]
    pub consented: bool,
    /// The caring roles they named, kept only with consent.
    #[serde(default, skip_serializing_if = "CarerRoles::is_empty")]
    pub roles: CarerRoles,
    /// Whether they are a young carer, kept only with consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub young_carer: Option<bool>,
}

impl Participant {
    /// A participant who has said nothing about themselves.
    pub fn new(id: ParticipantId, pseudonym: impl Into<String>) -> Self {
        Self {
            id,
            pseudonym: pseudonym.into(),
            consented: false,
            roles: CarerRoles::default(),
            young_carer: None,
        }
    }

    /// True once they have been erased at their request: nothing more is taken from them.
    pub fn is_erased(&self) -> bool {
        self.pseudonym == ERASED_PSEUDONYM
    }

    /// True when they have consented and said they are a young carer (by flag or role).
    pub fn is_young_carer(&self) -> bool {
        self.consented
            && (self.young_carer == Some(true) || self.roles.contains(CarerRole::YoungCarer))
    }
}

/// One "I need…" statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The statement's id.
    pub id: ContributionId,
    /// Who said it; none when the facilitator typed it in for the room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<ParticipantId>,
    /// What they said, e.g. "to tell my story once".
    pub text: String,
    /// The theme it has been grouped into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeId>,
    /// True when the facilitator has hidden it; hidden statements are never counted or shown.
    #[serde(default)]
    pub hidden: bool,
}

/// A theme that statements are grouped into, e.g. "Tell my story once".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The theme's id.
    pub id: ThemeId,
    /// Its name.
    pub name: String,
}

/// One dot: a participant's vote for a theme. A person may put several dots on one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DotVote {
    /// Who voted.
    pub participant: ParticipantId,
    /// The theme they voted for.
    pub theme: ThemeId,
}

/// A co-production session.
///
/// ```
/// use cares_core::coproduction::{Phase, Session, Viewer};
/// use cares_core::ids::{ActionId, ContributionId, ParticipantId, SessionId, ThemeId};
/// use chrono::NaiveDate;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let date = NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("bad date")?;
/// let mut session = Session::new(SessionId::from_u128(1), "What carers need", "Maltby", date, 3)?;
/// let sam = ParticipantId::from_u128(2);
/// session.join(sam, "Sam")?;
/// session.add_contribution(ContributionId::from_u128(3), Some(sam), "  to tell my story once ")?;
///
/// session.advance_to(Phase::Group)?;
/// let theme = ThemeId::from_u128(4);
/// session.add_theme(theme, "Tell my story once")?;
/// session.assign(ContributionId::from_u128(3), Some(theme))?;
///
/// session.advance_to(Phase::Prioritise)?;
/// session.cast_vote(sam, theme)?;
/// assert!(session.visible_tally(Viewer::Board).is_none()); // hidden until revealed
///
/// session.advance_to(Phase::Plan)?; // the plan phase reveals the votes
/// let ranking = session.visible_tally(Viewer::Board).ok_or("votes hidden")?;
/// assert_eq!((ranking[0].rank, ranking[0].votes), (1, 1));
///
/// let action = session.draft_action(theme, ActionId::from_u128(5))?;
/// assert_eq!(action.what, "Tell my story once");
/// assert_eq!(action.origin.ok_or("no origin")?.votes, 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The session's id.
    pub id: SessionId,
    /// What the session is called, e.g. "What carers in Maltby need".
    pub title: String,
    /// The locality it is for, by name ("Maltby").
    pub locality: String,
    /// The framework's area of focus it works on, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_area: Option<FocusAreaNumber>,
    /// The day it is held.
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    pub date: NaiveDate,
    /// How many dots each person has to spend.
    pub votes_per_person: u8,
    /// Where the session has got to.
    #[serde(default)]
    pub phase: Phase,
    /// True once the facilitator has shown everyone the votes.
    #[serde(default)]
    pub votes_revealed: bool,
    /// How many people the facilitator counted taking part, if they counted: people
    /// who speak through the facilitator never join, so they are only counted here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headcount: Option<u32>,
    /// Everyone who joined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// The statements, in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<Contribution>,
    /// The themes, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// The dots cast.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<DotVote>,
}

/// Who is looking at the session, which decides whether they see the votes yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Viewer {
    /// The person running the session: sees the votes as they come in.
    Facilitator,
    /// A participant on their own phone.
    Participant(ParticipantId),
    /// The live board on the projector.
    Board,
}

/// A theme's place in the vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RankedTheme {
    /// Its place: 1 for the most votes; themes with equal votes share a place (1, 1, 3).
    pub rank: u32,
    /// The theme.
    pub theme: ThemeId,
    /// Its name.
    pub name: String,
    /// The dots it received.
    pub votes: u32,
    /// The visible statements grouped under it.
    pub contributions: u32,
    /// True when another theme has the same number of votes.
    pub tied: bool,
}

/// How many consented participants named a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleCount {
    /// The role.
    pub role: CarerRole,
    /// How many named it.
    pub participants: u32,
}

/// A theme in a summary, without its votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeSummary {
    /// The theme.
    pub theme: ThemeId,
    /// Its name.
    pub name: String,
    /// The visible statements grouped under it.
    pub contributions: u32,
}

/// Where a summary's count of the people who took part comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CountedBy {
    /// The people who joined (on their phones, or to vote on the facilitator's device).
    Joining,
    /// The facilitator's headcount of the room, which is at least as many as joined.
    Headcount,
}

/// What a session produced, with no participant's name in it, fit to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionSummary {
    /// The session.
    pub session: SessionId,
    /// Its title.
    pub title: String,
    /// The locality it was for.
    pub locality: String,
    /// The day it was held.
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    pub date: NaiveDate,
    /// Where it has got to.
    pub phase: Phase,
    /// How many took part: the facilitator's headcount or the number who joined,
    /// whichever is more (this feeds "Involvement in co-production").
    pub participants: u32,
    /// Which of the two `participants` is.
    pub counted_by: CountedBy,
    /// Everyone who joined.
    pub joined: u32,
    /// The facilitator's headcount, if they counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headcount: Option<u32>,
    /// How many agreed to say something about themselves.
    pub consented: u32,
    /// How many of those then did: named a caring role or answered whether they are
    /// a young carer ("I'd rather not say" to everything is not saying something).
    #[serde(default)]
    pub described: u32,
    /// The caring roles named, with how many named each, in the framework's order
    /// (from consented participants only).
    pub roles: Vec<RoleCount>,
    /// How many consented participants said they are young carers.
    pub young_carers: u32,
    /// Visible statements (hidden ones are never counted).
    pub contributions: u32,
    /// The themes, by name.
    pub themes: Vec<ThemeSummary>,
    /// The themes in order of votes, once the votes have been revealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking: Option<Vec<RankedTheme>>,
    /// The visible statements in people's own words, with their theme's name and
    /// never who said them, in the order they were added.
    #[serde(default)]
    pub statements: Vec<SummaryStatement>,
}

/// One statement as the summary lists it: words and theme, no name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SummaryStatement {
    /// The theme's name, once grouped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The words as written.
    pub text: String,
}

impl SessionSummary {
    /// The statements as a CSV table ("Theme", "Statement"), for the facilitator to
    /// keep or share: people's words, never their names. A cell a spreadsheet would
    /// run as a formula is written as text.
    pub fn statements_csv(&self) -> String {
        self.statements_csv_headed(["Theme", "Statement"])
    }

    /// The header of [`SessionSummary::statements_csv`] as catalogue ids
    /// (`core-summary-theme`, `core-summary-statement`), for a front end to write
    /// the table in the reader's language with [`SessionSummary::statements_csv_headed`].
    pub fn statements_csv_header() -> [Wording; 2] {
        [
            Wording::new("core-summary-theme"),
            Wording::new("core-summary-statement"),
        ]
    }

    /// The statements as a CSV table under a header in the reader's language (the
    /// words for "Theme" and "Statement"); otherwise as [`SessionSummary::statements_csv`].
    pub fn statements_csv_headed(&self, header: [&str; 2]) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        // Writing to memory cannot fail, so a failed write has nothing to report.
        let _ = writer.write_record(header.map(guard));
        for statement in &self.statements {
            let theme = statement.theme.as_deref().unwrap_or("");
            let _ = writer.write_record([guard(theme), guard(&statement.text)]);
        }
        let bytes = writer
            .into_inner()
            .unwrap_or_else(|e| e.into_inner().get_ref().clone());
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Why a session step was refused. The session is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The step belongs to another phase.
    #[error("{doing} belongs to the {needed} phase, and this session is in the {phase} phase")]
    WrongPhase {
        /// What was tried, e.g. "adding a statement".
        doing: &'static str,
        /// The phase it belongs to.
        needed: Phase,
        /// The phase the session is in.
        phase: Phase,
    },
    /// The session has closed.
    #[error("the session has closed, so {doing} is no longer possible")]
    Closed {
        /// What was tried.
        doing: &'static str,
    },
    /// The phase asked for is not the next one.
    #[error(
        "the session cannot go from the {from} phase to the {to} phase; phases go share, group, prioritise, plan, closed, one step at a time"
    )]
    NotNextPhase {
        /// The phase the session is in.
        from: Phase,
        /// The phase asked for.
        to: Phase,
    },
    /// Voting was started with no themes to vote on.
    #[error("there are no themes to vote on yet; group some statements into a theme first")]
    NoThemes,
    /// The session title is blank.
    #[error("the session needs a title")]
    BlankTitle,
    /// The session title is too long.
    #[error("a session title can be up to {max} characters; this one has {chars}")]
    TitleTooLong {
        /// Its length.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Each person would have no votes.
    #[error("each person needs at least one vote")]
    NoVotesPerPerson,
    /// The pseudonym is blank.
    #[error("choose a name to show; it can be made up")]
    BlankPseudonym,
    /// The pseudonym is too long.
    #[error("a name to show can be up to {max} characters; this one has {chars}")]
    PseudonymTooLong {
        /// Its length.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A participant with this id has already joined.
    #[error("participant {0} has already joined this session")]
    DuplicateParticipant(ParticipantId),
    /// No participant with this id is in the session.
    #[error("participant {0} is not in this session")]
    UnknownParticipant(ParticipantId),
    /// The participant was erased at their request; nothing more is taken from them.
    #[error(
        "participant {0} has been erased from this session at their request, so nothing more is taken from them"
    )]
    Erased(ParticipantId),
    /// The statement is blank.
    #[error("a statement needs some words")]
    BlankContribution,
    /// The statement is too long.
    #[error("a statement can be up to {max} characters; this one has {chars}")]
    ContributionTooLong {
        /// Its length.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A statement with this id is already in the session.
    #[error("statement {0} is already in this session")]
    DuplicateContribution(ContributionId),
    /// No statement with this id is in the session.
    #[error("statement {0} is not in this session")]
    UnknownContribution(ContributionId),
    /// The theme name is blank.
    #[error("a theme needs a name")]
    BlankThemeName,
    /// The theme name is too long.
    #[error("a theme name can be up to {max} characters; this one has {chars}")]
    ThemeNameTooLong {
        /// Its length.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Another theme already has this name.
    #[error("there is already a theme called \"{name}\"")]
    ThemeNameTaken {
        /// The name asked for.
        name: String,
    },
    /// A theme with this id is already in the session.
    #[error("theme {0} is already in this session")]
    DuplicateTheme(ThemeId),
    /// No theme with this id is in the session.
    #[error("theme {0} is not in this session")]
    UnknownTheme(ThemeId),
    /// A theme was to be merged into itself.
    #[error("theme {0} cannot be merged into itself")]
    MergeIntoItself(ThemeId),
    /// The participant has spent all their votes.
    #[error(
        "participant {participant} has used all {budget} of their votes; take one back to vote again"
    )]
    NoVotesLeft {
        /// Who tried to vote.
        participant: ParticipantId,
        /// How many votes each person has.
        budget: u8,
    },
    /// A headcount of nobody, or of more people than any session holds.
    #[error("the number of people taking part can be from 1 to {max}; this was {people}")]
    HeadcountOutOfRange {
        /// The number given.
        people: u32,
        /// The most allowed.
        max: u32,
    },
    /// The participant has no vote on that theme to take back.
    #[error("participant {participant} has no vote on theme {theme} to take back")]
    NoVoteToWithdraw {
        /// Who tried.
        participant: ParticipantId,
        /// The theme.
        theme: ThemeId,
    },
}

impl SessionError {
    /// The same message as a catalogue id and arguments (`core-session-wrong-phase`
    /// with `doing`, `needed` and `phase`), for a front end to say in the reader's
    /// language; its British English is this error's `Display`. What was tried is
    /// given as a key (`adding-statement`), phases by their keys, ids and lengths as
    /// written.
    pub fn wording(&self) -> Wording {
        let id = |id: &str| Wording::new(id);
        match self {
            SessionError::WrongPhase {
                doing,
                needed,
                phase,
            } => id("core-session-wrong-phase")
                .text("doing", phrase_key(doing))
                .text("needed", needed.key())
                .text("phase", phase.key()),
            SessionError::Closed { doing } => {
                id("core-session-closed").text("doing", phrase_key(doing))
            }
            SessionError::NotNextPhase { from, to } => id("core-session-not-next-phase")
                .text("from", from.key())
                .text("to", to.key()),
            SessionError::NoThemes => id("core-session-no-themes"),
            SessionError::BlankTitle => id("core-session-blank-title"),
            SessionError::TitleTooLong { chars, max } => id("core-session-title-too-long")
                .text("chars", chars.to_string())
                .text("max", max.to_string()),
            SessionError::NoVotesPerPerson => id("core-session-no-votes-per-person"),
            SessionError::BlankPseudonym => id("core-session-blank-pseudonym"),
            SessionError::PseudonymTooLong { chars, max } => id("core-session-pseudonym-too-long")
                .text("chars", chars.to_string())
                .text("max", max.to_string()),
            SessionError::DuplicateParticipant(p) => {
                id("core-session-duplicate-participant").text("participant", p.to_string())
            }
            SessionError::UnknownParticipant(p) => {
                id("core-session-unknown-participant").text("participant", p.to_string())
            }
            SessionError::Erased(p) => id("core-session-erased").text("participant", p.to_string()),
            SessionError::BlankContribution => id("core-session-blank-statement"),
            SessionError::ContributionTooLong { chars, max } => {
                id("core-session-statement-too-long")
                    .text("chars", chars.to_string())
                    .text("max", max.to_string())
            }
            SessionError::DuplicateContribution(c) => {
                id("core-session-duplicate-statement").text("statement", c.to_string())
            }
            SessionError::UnknownContribution(c) => {
                id("core-session-unknown-statement").text("statement", c.to_string())
            }
            SessionError::BlankThemeName => id("core-session-blank-theme-name"),
            SessionError::ThemeNameTooLong { chars, max } => id("core-session-theme-name-too-long")
                .text("chars", chars.to_string())
                .text("max", max.to_string()),
            SessionError::ThemeNameTaken { name } => {
                id("core-session-theme-name-taken").text("name", name.as_str())
            }
            SessionError::DuplicateTheme(t) => {
                id("core-session-duplicate-theme").text("theme", t.to_string())
            }
            SessionError::UnknownTheme(t) => {
                id("core-session-unknown-theme").text("theme", t.to_string())
            }
            SessionError::MergeIntoItself(t) => {
                id("core-session-merge-into-itself").text("theme", t.to_string())
            }
            SessionError::NoVotesLeft {
                participant,
                budget,
            } => id("core-session-no-votes-left")
                .text("participant", participant.to_string())
                .number("budget", i64::from(*budget)),
            SessionError::HeadcountOutOfRange { people, max } => {
                id("core-session-headcount-out-of-range")
                    .text("people", people.to_string())
                    .text("max", max.to_string())
            }
            SessionError::NoVoteToWithdraw { participant, theme } => {
                id("core-session-no-vote-to-withdraw")
                    .text("participant", participant.to_string())
                    .text("theme", theme.to_string())
            }
        }
    }
}

/// Trims text and checks it is not blank and not longer than `max` characters.
fn checked_text(
    text: &str,
    max: usize,
    blank: SessionError,
    too_long: fn(usize, usize) -> SessionError,
) -> Result<String, SessionError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(blank);
    }
    let chars = trimmed.chars().count();
    if chars > max {
        return Err(too_long(chars, max));
    }
    Ok(trimmed.to_owned())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Compares names as a person would: ignoring case and surrounding spaces.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Session {
    /// Starts a session in the share phase, with nobody in it yet.
    pub fn new(
        id: SessionId,
        title: &str,
        locality: &str,
        date: NaiveDate,
        votes_per_person: u8,
    ) -> Result<Self, SessionError> {
        let title = checked_text(
            title,
            TITLE_MAX_CHARS,
            SessionError::BlankTitle,
            |chars, max| SessionError::TitleTooLong { chars, max },
        )?;
        if votes_per_person == 0 {
            return Err(SessionError::NoVotesPerPerson);
        }
        Ok(Self {
            id,
            title,
            locality: locality.trim().to_owned(),
            focus_area: None,
            date,
            votes_per_person,
            phase: Phase::Share,
            votes_revealed: false,
            headcount: None,
            participants: Vec::new(),
            contributions: Vec::new(),
            themes: Vec::new(),
            votes: Vec::new(),
        })
    }

    // ---- lookups -------------------------------------------------------------

    /// Finds a participant by id.
    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// Finds a statement by id.
    pub fn contribution(&self, id: ContributionId) -> Option<&Contribution> {
        self.contributions.iter().find(|c| c.id == id)
    }

    /// Finds a theme by id.
    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The statements that are not hidden, in the order they were added.
    pub fn visible_contributions(&self) -> Vec<&Contribution> {
        self.contributions.iter().filter(|c| !c.hidden).collect()
    }

    /// The visible statements grouped under a theme, in the order they were added.
    pub fn contributions_in(&self, theme: ThemeId) -> Vec<&Contribution> {
        self.contributions
            .iter()
            .filter(|c| !c.hidden && c.theme == Some(theme))
            .collect()
    }

    /// The dots a participant has spent.
    pub fn votes_used(&self, participant: ParticipantId) -> u32 {
        count(
            self.votes
                .iter()
                .filter(|v| v.participant == participant)
                .count(),
        )
    }

    /// The dots a participant has left to spend.
    pub fn votes_left(&self, participant: ParticipantId) -> u32 {
        u32::from(self.votes_per_person).saturating_sub(self.votes_used(participant))
    }

    /// The dots a theme has received.
    pub fn votes_for(&self, theme: ThemeId) -> u32 {
        count(self.votes.iter().filter(|v| v.theme == theme).count())
    }

    // ---- checks shared by the steps ---------------------------------------------

    fn require_phase(&self, needed: Phase, doing: &'static str) -> Result<(), SessionError> {
        if self.phase == needed {
            Ok(())
        } else {
            Err(SessionError::WrongPhase {
                doing,
                needed,
                phase: self.phase,
            })
        }
    }

    fn require_open(&self, doing: &'static str) -> Result<(), SessionError> {
        if self.phase == Phase::Closed {
            Err(SessionError::Closed { doing })
        } else {
            Ok(())
        }
    }

    fn participant_index(&self, id: ParticipantId) -> Result<usize, SessionError> {
        self.participants
            .iter()
            .position(|p| p.id == id)
            .ok_or(SessionError::UnknownParticipant(id))
    }

    /// The participant's index, if they may still take part: in the session and not erased.
    fn taking_part(&self, id: ParticipantId) -> Result<usize, SessionError> {
        let index = self.participant_index(id)?;
        if self.participants[index].is_erased() {
            return Err(SessionError::Erased(id));
        }
        Ok(index)
    }

    fn contribution_index(&self, id: ContributionId) -> Result<usize, SessionError> {
        self.contributions
            .iter()
            .position(|c| c.id == id)
            .ok_or(SessionError::UnknownContribution(id))
    }

    fn theme_index(&self, id: ThemeId) -> Result<usize, SessionError> {
        self.themes
            .iter()
            .position(|t| t.id == id)
            .ok_or(SessionError::UnknownTheme(id))
    }

    fn checked_theme_name(
        &self,
        name: &str,
        renaming: Option<ThemeId>,
    ) -> Result<String, SessionError> {
        let name = checked_text(
            name,
            THEME_NAME_MAX_CHARS,
            SessionError::BlankThemeName,
            |chars, max| SessionError::ThemeNameTooLong { chars, max },
        )?;
        let taken = self
            .themes
            .iter()
            .any(|t| Some(t.id) != renaming && same_name(&t.name, &name));
        if taken {
            return Err(SessionError::ThemeNameTaken { name });
        }
        Ok(name)
    }

    // ---- people ----------------------------------------------------------------

    /// Adds a participant under a pseudonym; they have said nothing about themselves yet.
    ///
    /// Only an erasure gives the name [`ERASED_PSEUDONYM`]: someone joining under it
    /// (an erased person's `Join` as the log keeps it) joins as [`NAME_ERASED_FROM_LOG`].
    pub fn join(&mut self, id: ParticipantId, pseudonym: &str) -> Result<(), SessionError> {
        self.require_open("joining")?;
        if self.participant(id).is_some() {
            return Err(SessionError::DuplicateParticipant(id));
        }
        let mut pseudonym = checked_text(
            pseudonym,
            PSEUDONYM_MAX_CHARS,
            SessionError::BlankPseudonym,
            |chars, max| SessionError::PseudonymTooLong { chars, max },
        )?;
        if pseudonym == ERASED_PSEUDONYM {
            NAME_ERASED_FROM_LOG.clone_into(&mut pseudonym);
        }
        self.participants.push(Participant::new(id, pseudonym));
        Ok(())
    }

    /// Records that a participant agreed to the notice, with what they chose to say
    /// about themselves (any roles, and whether they are a young carer, if they said).
    pub fn give_consent(
        &mut self,
        participant: ParticipantId,
        roles: CarerRoles,
        young_carer: Option<bool>,
    ) -> Result<(), SessionError> {
        let index = self.taking_part(participant)?;
        let p = &mut self.participants[index];
        p.consented = true;
        p.roles = roles;
        p.young_carer = young_carer;
        Ok(())
    }

    /// Withdraws a participant's consent and forgets what they said about themselves.
    ///
    /// Their statements and votes stay; use [`Session::erase_participant`] to remove those too.
    pub fn withdraw_consent(&mut self, participant: ParticipantId) -> Result<(), SessionError> {
        let index = self.taking_part(participant)?;
        let p = &mut self.participants[index];
        p.consented = false;
        p.roles = CarerRoles::default();
        p.young_carer = None;
        Ok(())
    }

    /// Erases a participant at their request, in any phase.
    ///
    /// Their statements and votes are removed, and so is any theme made only from their
    /// statements (with the votes on it). Themes that hold others' statements are kept.
    /// Their pseudonym becomes [`ERASED_PSEUDONYM`] and what they said about themselves
    /// is forgotten; the entry stays so the count of people who took part stays true.
    /// From then on nothing more is taken from them ([`SessionError::Erased`]).
    pub fn erase_participant(&mut self, participant: ParticipantId) -> Result<(), SessionError> {
        let index = self.participant_index(participant)?;

        let theirs = |c: &Contribution| c.participant == Some(participant);
        let themes_only_theirs: BTreeSet<ThemeId> = self
            .themes
            .iter()
            .map(|t| t.id)
            .filter(|&theme| {
                let mut in_theme = self
                    .contributions
                    .iter()
                    .filter(|c| c.theme == Some(theme))
                    .peekable();
                in_theme.peek().is_some() && in_theme.all(theirs)
            })
            .collect();

        self.contributions.retain(|c| !theirs(c));
        self.themes.retain(|t| !themes_only_theirs.contains(&t.id));
        self.votes
            .retain(|v| v.participant != participant && !themes_only_theirs.contains(&v.theme));

        let p = &mut self.participants[index];
        p.pseudonym = ERASED_PSEUDONYM.to_owned();
        p.consented = false;
        p.roles = CarerRoles::default();
        p.young_carer = None;
        Ok(())
    }

    /// Records how many people are taking part, as the facilitator counted them in
    /// the room, or forgets the count with `None`. Any phase, even once closed, so the
    /// count can be put right before the summary is shared. From 1 to [`HEADCOUNT_MAX`].
    pub fn set_headcount(&mut self, people: Option<u32>) -> Result<(), SessionError> {
        if let Some(n) = people
            && !(1..=HEADCOUNT_MAX).contains(&n)
        {
            return Err(SessionError::HeadcountOutOfRange {
                people: n,
                max: HEADCOUNT_MAX,
            });
        }
        self.headcount = people;
        Ok(())
    }

    /// The stand-in name for the next person who votes on the facilitator's device
    /// without joining: [`ROOM_VOTER`] and a number ("Someone in the room 3"), never a
    /// real name. Join them under it with [`Session::join`] before their first dot.
    pub fn room_voter_name(&self) -> String {
        format!("{ROOM_VOTER} {}", self.participants.len() + 1)
    }

    /// [`Session::room_voter_name`] as a catalogue id and its number
    /// (`core-room-voter` with `number`), so a facilitator's device can name the
    /// stand-in in the facilitator's language.
    pub fn room_voter_wording(&self) -> Wording {
        let next = i64::try_from(self.participants.len()).unwrap_or(i64::MAX - 1) + 1;
        Wording::new("core-room-voter").number("number", next)
    }

    // ---- share -------------------------------------------------------------------

    /// Adds an "I need…" statement (share phase only). The text is trimmed, must not be
    /// blank, and can be up to [`CONTRIBUTION_MAX_CHARS`] characters. `participant` is
    /// `None` when the facilitator types a statement in for the room.
    pub fn add_contribution(
        &mut self,
        id: ContributionId,
        participant: Option<ParticipantId>,
        text: &str,
    ) -> Result<(), SessionError> {
        // Someone erased is told so whatever the phase.
        if let Some(p) = participant {
            self.taking_part(p)?;
        }
        self.require_phase(Phase::Share, "adding a statement")?;
        if self.contribution(id).is_some() {
            return Err(SessionError::DuplicateContribution(id));
        }
        let text = checked_text(
            text,
            CONTRIBUTION_MAX_CHARS,
            SessionError::BlankContribution,
            |chars, max| SessionError::ContributionTooLong { chars, max },
        )?;
        self.contributions.push(Contribution {
            id,
            participant,
            text,
            theme: None,
            hidden: false,
        });
        Ok(())
    }

    /// Hides a statement (any phase): it stays in the session but is never shown or counted.
    pub fn hide_contribution(&mut self, id: ContributionId) -> Result<(), SessionError> {
        let index = self.contribution_index(id)?;
        self.contributions[index].hidden = true;
        Ok(())
    }

    /// Shows a hidden statement again (any phase).
    pub fn show_contribution(&mut self, id: ContributionId) -> Result<(), SessionError> {
        let index = self.contribution_index(id)?;
        self.contributions[index].hidden = false;
        Ok(())
    }

    /// Deletes a statement from the session altogether (any phase).
    pub fn remove_contribution(&mut self, id: ContributionId) -> Result<(), SessionError> {
        let index = self.contribution_index(id)?;
        self.contributions.remove(index);
        Ok(())
    }

    // ---- group -------------------------------------------------------------------

    /// Makes a new, empty theme (group phase only). Names are trimmed and must differ
    /// from every other theme's, ignoring case.
    pub fn add_theme(&mut self, id: ThemeId, name: &str) -> Result<(), SessionError> {
        self.require_phase(Phase::Group, "making a theme")?;
        if self.theme(id).is_some() {
            return Err(SessionError::DuplicateTheme(id));
        }
        let name = self.checked_theme_name(name, None)?;
        self.themes.push(Theme { id, name });
        Ok(())
    }

    /// Renames a theme (group phase only).
    pub fn rename_theme(&mut self, theme: ThemeId, name: &str) -> Result<(), SessionError> {
        self.require_phase(Phase::Group, "renaming a theme")?;
        let index = self.theme_index(theme)?;
        let name = self.checked_theme_name(name, Some(theme))?;
        self.themes[index].name = name;
        Ok(())
    }

    /// Puts a statement into a theme, or takes it out of any theme with `None` (group phase only).
    pub fn assign(
        &mut self,
        contribution: ContributionId,
        theme: Option<ThemeId>,
    ) -> Result<(), SessionError> {
        self.require_phase(Phase::Group, "grouping a statement")?;
        let index = self.contribution_index(contribution)?;
        if let Some(t) = theme {
            self.theme_index(t)?;
        }
        self.contributions[index].theme = theme;
        Ok(())
    }

    /// Merges one theme into another (group phase only): its statements and votes move
    /// to `into`, and `from` is removed.
    pub fn merge_themes(&mut self, from: ThemeId, into: ThemeId) -> Result<(), SessionError> {
        self.require_phase(Phase::Group, "merging themes")?;
        if from == into {
            return Err(SessionError::MergeIntoItself(from));
        }
        let from_index = self.theme_index(from)?;
        self.theme_index(into)?;
        for c in &mut self.contributions {
            if c.theme == Some(from) {
                c.theme = Some(into);
            }
        }
        for v in &mut self.votes {
            if v.theme == from {
                v.theme = into;
            }
        }
        self.themes.remove(from_index);
        Ok(())
    }

    /// Removes a theme (group phase only); its statements go back to being ungrouped.
    pub fn remove_theme(&mut self, theme: ThemeId) -> Result<(), SessionError> {
        self.require_phase(Phase::Group, "removing a theme")?;
        let index = self.theme_index(theme)?;
        for c in &mut self.contributions {
            if c.theme == Some(theme) {
                c.theme = None;
            }
        }
        self.votes.retain(|v| v.theme != theme);
        self.themes.remove(index);
        Ok(())
    }

    // ---- prioritise --------------------------------------------------------------

    /// Puts one of a participant's dots on a theme (prioritise phase only), while they
    /// have dots left. Several dots may go on one theme.
    pub fn cast_vote(
        &mut self,
        participant: ParticipantId,
        theme: ThemeId,
    ) -> Result<(), SessionError> {
        self.taking_part(participant)?;
        self.require_phase(Phase::Prioritise, "voting")?;
        self.theme_index(theme)?;
        if self.votes_left(participant) == 0 {
            return Err(SessionError::NoVotesLeft {
                participant,
                budget: self.votes_per_person,
            });
        }
        self.votes.push(DotVote { participant, theme });
        Ok(())
    }

    /// Takes back one of a participant's dots from a theme (prioritise phase only).
    pub fn withdraw_vote(
        &mut self,
        participant: ParticipantId,
        theme: ThemeId,
    ) -> Result<(), SessionError> {
        self.taking_part(participant)?;
        self.require_phase(Phase::Prioritise, "taking back a vote")?;
        let index = self
            .votes
            .iter()
            .rposition(|v| v.participant == participant && v.theme == theme)
            .ok_or(SessionError::NoVoteToWithdraw { participant, theme })?;
        self.votes.remove(index);
        Ok(())
    }

    /// Shows everyone the votes (from the prioritise phase on). Revealing twice is fine.
    pub fn reveal_votes(&mut self) -> Result<(), SessionError> {
        if self.phase < Phase::Prioritise {
            return Err(SessionError::WrongPhase {
                doing: "revealing the votes",
                needed: Phase::Prioritise,
                phase: self.phase,
            });
        }
        self.votes_revealed = true;
        Ok(())
    }

    // ---- phases ------------------------------------------------------------------

    /// Moves the session on to `next`, which must be the phase straight after this one.
    ///
    /// Naming the phase (not just "move on") means a second tap, or a second device
    /// pressing the same button, is refused instead of skipping a phase. Voting needs
    /// at least one theme; moving to the plan phase reveals the votes.
    pub fn advance_to(&mut self, next: Phase) -> Result<(), SessionError> {
        if self.phase.next() != Some(next) {
            return Err(SessionError::NotNextPhase {
                from: self.phase,
                to: next,
            });
        }
        if next == Phase::Prioritise && self.themes.is_empty() {
            return Err(SessionError::NoThemes);
        }
        if next == Phase::Plan {
            self.votes_revealed = true;
        }
        self.phase = next;
        Ok(())
    }

    // ---- results -----------------------------------------------------------------

    /// Every theme in order of votes, most first.
    ///
    /// Themes with equal votes share a place and are marked tied, and the next place
    /// skips accordingly (1, 1, 3). Within a tie, themes are in name order, then id
    /// order, so every device shows the same list. This ignores whether the votes are
    /// revealed: use [`Session::visible_tally`] for anything people see during a session.
    pub fn ranking(&self) -> Vec<RankedTheme> {
        let mut tallies: Vec<(u32, String, ThemeId, &Theme)> = self
            .themes
            .iter()
            .map(|t| (self.votes_for(t.id), t.name.to_lowercase(), t.id, t))
            .collect();
        tallies.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| (&a.1, a.2).cmp(&(&b.1, b.2))));

        let mut per_count: BTreeMap<u32, u32> = BTreeMap::new();
        for (votes, ..) in &tallies {
            *per_count.entry(*votes).or_insert(0) += 1;
        }

        let mut ranked = Vec::with_capacity(tallies.len());
        let mut rank = 0;
        let mut previous = None;
        for (position, (votes, _, id, theme)) in tallies.into_iter().enumerate() {
            if previous != Some(votes) {
                rank = count(position + 1);
                previous = Some(votes);
            }
            ranked.push(RankedTheme {
                rank,
                theme: id,
                name: theme.name.clone(),
                votes,
                contributions: count(self.contributions_in(id).len()),
                tied: per_count.get(&votes).copied().unwrap_or(0) > 1,
            });
        }
        ranked
    }

    /// The ranking as a viewer may see it: the facilitator always; participants and
    /// the board only once the votes are revealed (`None` before then).
    pub fn visible_tally(&self, viewer: Viewer) -> Option<Vec<RankedTheme>> {
        match viewer {
            Viewer::Facilitator => Some(self.ranking()),
            Viewer::Participant(_) | Viewer::Board => self.votes_revealed.then(|| self.ranking()),
        }
    }

    /// Drafts an action from a theme (plan phase or after), ready to add to a locality plan.
    ///
    /// Its wording is the theme's name, it links to the session's area of focus, and its
    /// origin records the session, the theme, the visible statements in it (by id order)
    /// and the votes it received. The session itself is not changed.
    pub fn draft_action(&self, theme: ThemeId, action: ActionId) -> Result<Action, SessionError> {
        if self.phase < Phase::Plan {
            return Err(SessionError::WrongPhase {
                doing: "drafting an action",
                needed: Phase::Plan,
                phase: self.phase,
            });
        }
        let index = self.theme_index(theme)?;
        let theme_name = self.themes[index].name.clone();
        let mut contributions: Vec<ContributionId> =
            self.contributions_in(theme).iter().map(|c| c.id).collect();
        contributions.sort();

        let mut drafted = Action::new(action, theme_name.clone());
        drafted.links.focus_area = self.focus_area;
        drafted.origin = Some(Origin {
            session: self.id,
            theme,
            theme_name,
            contributions,
            votes: self.votes_for(theme),
        });
        Ok(drafted)
    }

    /// The actions in a plan that were drafted from this session, in the plan's order.
    pub fn drafted_in<'a>(&self, plan: &'a ActionPlan) -> Vec<&'a Action> {
        plan.actions
            .iter()
            .filter(|a| a.origin.as_ref().is_some_and(|o| o.session == self.id))
            .collect()
    }

    /// What the session produced, with counts only and no participant's name.
    ///
    /// The people who took part are the facilitator's headcount or everyone who
    /// joined, whichever is more, and the summary says which. Roles and young carers
    /// are counted from consented participants only; hidden statements are never
    /// counted; the ranking appears once the votes are revealed.
    pub fn summary(&self) -> SessionSummary {
        let consented: Vec<&Participant> =
            self.participants.iter().filter(|p| p.consented).collect();

        let mut roles: BTreeMap<CarerRole, u32> = BTreeMap::new();
        for p in &consented {
            for role in p.roles.iter() {
                *roles.entry(role).or_insert(0) += 1;
            }
        }

        let mut themes: Vec<ThemeSummary> = self
            .themes
            .iter()
            .map(|t| ThemeSummary {
                theme: t.id,
                name: t.name.clone(),
                contributions: count(self.contributions_in(t.id).len()),
            })
            .collect();
        themes.sort_by(|a, b| {
            (a.name.to_lowercase(), a.theme).cmp(&(b.name.to_lowercase(), b.theme))
        });

        let joined = count(self.participants.len());
        let (participants, counted_by) = match self.headcount {
            Some(n) if n >= joined => (n, CountedBy::Headcount),
            _ => (joined, CountedBy::Joining),
        };

        SessionSummary {
            session: self.id,
            title: self.title.clone(),
            locality: self.locality.clone(),
            date: self.date,
            phase: self.phase,
            participants,
            counted_by,
            joined,
            headcount: self.headcount,
            consented: count(consented.len()),
            described: count(
                consented
                    .iter()
                    .filter(|p| !p.roles.is_empty() || p.young_carer.is_some())
                    .count(),
            ),
            roles: roles
                .into_iter()
                .map(|(role, participants)| RoleCount { role, participants })
                .collect(),
            young_carers: count(consented.iter().filter(|p| p.is_young_carer()).count()),
            contributions: count(self.visible_contributions().len()),
            themes,
            ranking: self.votes_revealed.then(|| self.ranking()),
            statements: self
                .visible_contributions()
                .into_iter()
                .map(|c| SummaryStatement {
                    theme: c.theme.and_then(|t| self.theme(t)).map(|t| t.name.clone()),
                    text: c.text.clone(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanScope;
    use crate::wording::WordingArg;

    const SAM: ParticipantId = ParticipantId::from_u128(1);
    const JO: ParticipantId = ParticipantId::from_u128(2);
    const ALEX: ParticipantId = ParticipantId::from_u128(3);
    const STORY: ThemeId = ThemeId::from_u128(100);
    const BREAKS: ThemeId = ThemeId::from_u128(101);
    const INFO: ThemeId = ThemeId::from_u128(102);

    fn c(n: u128) -> ContributionId {
        ContributionId::from_u128(n)
    }

    fn session() -> Session {
        let date = NaiveDate::from_ymd_opt(2024, 5, 14).expect("valid date");
        let mut s = Session::new(
            SessionId::from_u128(9),
            "What carers need",
            "Maltby",
            date,
            3,
        )
        .expect("valid session");
        for (id, name) in [(SAM, "Sam"), (JO, "Jo"), (ALEX, "Alex")] {
            s.join(id, name).expect("joins");
        }
        s
    }

    /// A session in the prioritise phase: Sam said two things (story), Jo one (breaks),
    /// the facilitator typed one (info); Alex said one that was hidden (story).
    fn grouped() -> Session {
        let mut s = session();
        s.add_contribution(c(1), Some(SAM), "to tell my story once")
            .expect("adds");
        s.add_contribution(c(2), Some(SAM), "services to work together")
            .expect("adds");
        s.add_contribution(c(3), Some(JO), "a break now and then")
            .expect("adds");
        s.add_contribution(c(4), None, "to know what support is available")
            .expect("adds");
        s.add_contribution(c(5), Some(ALEX), "something private")
            .expect("adds");
        s.hide_contribution(c(5)).expect("hides");
        s.advance_to(Phase::Group).expect("to group");
        s.add_theme(STORY, "Tell my story once").expect("theme");
        s.add_theme(BREAKS, "Breaks").expect("theme");
        s.add_theme(INFO, "Information").expect("theme");
        for (contribution, theme) in [(1, STORY), (2, STORY), (3, BREAKS), (4, INFO), (5, STORY)] {
            s.assign(c(contribution), Some(theme)).expect("assigns");
        }
        s.advance_to(Phase::Prioritise).expect("to prioritise");
        s
    }

    #[test]
    fn a_statement_is_trimmed_and_added_in_the_share_phase() {
        let mut s = session();
        s.add_contribution(c(1), Some(SAM), "  to be listened to \n")
            .expect("adds");
        assert_eq!(
            s.contribution(c(1)).map(|x| x.text.as_str()),
            Some("to be listened to")
        );
        s.add_contribution(c(2), None, "typed by the facilitator")
            .expect("adds without a participant");
        assert_eq!(s.visible_contributions().len(), 2);
    }

    #[test]
    fn blank_long_and_misattributed_statements_are_refused() {
        let mut s = session();
        assert_eq!(
            s.add_contribution(c(1), Some(SAM), " \t "),
            Err(SessionError::BlankContribution)
        );
        let long = "é".repeat(CONTRIBUTION_MAX_CHARS + 1);
        assert_eq!(
            s.add_contribution(c(1), Some(SAM), &long),
            Err(SessionError::ContributionTooLong {
                chars: CONTRIBUTION_MAX_CHARS + 1,
                max: CONTRIBUTION_MAX_CHARS
            })
        );
        // The limit counts characters, not bytes.
        let just_fits = "é".repeat(CONTRIBUTION_MAX_CHARS);
        s.add_contribution(c(1), Some(SAM), &just_fits)
            .expect("500 characters fit");
        assert_eq!(
            s.add_contribution(c(1), Some(SAM), "again"),
            Err(SessionError::DuplicateContribution(c(1)))
        );
        let stranger = ParticipantId::from_u128(77);
        assert_eq!(
            s.add_contribution(c(2), Some(stranger), "hello"),
            Err(SessionError::UnknownParticipant(stranger))
        );
        assert_eq!(s.contributions.len(), 1);
    }

    #[test]
    fn statements_can_only_be_added_while_sharing() {
        let mut s = session();
        s.advance_to(Phase::Group).expect("to group");
        let err = s
            .add_contribution(c(1), Some(SAM), "too late")
            .expect_err("refused");
        assert_eq!(
            err,
            SessionError::WrongPhase {
                doing: "adding a statement",
                needed: Phase::Share,
                phase: Phase::Group
            }
        );
        assert_eq!(
            err.to_string(),
            "adding a statement belongs to the share phase, and this session is in the group phase"
        );
    }

    #[test]
    fn phases_only_move_forward_one_step_at_a_time() {
        let mut s = session();
        assert_eq!(
            s.advance_to(Phase::Prioritise),
            Err(SessionError::NotNextPhase {
                from: Phase::Share,
                to: Phase::Prioritise
            })
        );
        s.advance_to(Phase::Group).expect("to group");
        // A second tap on "next" is refused rather than skipping ahead.
        assert!(s.advance_to(Phase::Group).is_err());
        assert!(s.advance_to(Phase::Share).is_err());
        assert_eq!(s.advance_to(Phase::Prioritise), Err(SessionError::NoThemes));
        s.add_theme(STORY, "Story").expect("theme");
        s.advance_to(Phase::Prioritise).expect("to prioritise");
        assert!(!s.votes_revealed);
        s.advance_to(Phase::Plan).expect("to plan");
        assert!(s.votes_revealed, "the plan phase shows everyone the votes");
        s.advance_to(Phase::Closed).expect("to closed");
        assert!(s.advance_to(Phase::Closed).is_err());
        assert_eq!(
            s.join(ParticipantId::from_u128(50), "Late"),
            Err(SessionError::Closed { doing: "joining" })
        );
    }

    #[test]
    fn themes_are_made_renamed_and_kept_distinct_in_the_group_phase() {
        let mut s = session();
        assert!(matches!(
            s.add_theme(STORY, "Story"),
            Err(SessionError::WrongPhase { .. })
        ));
        s.advance_to(Phase::Group).expect("to group");
        s.add_theme(STORY, "  Story ").expect("theme");
        assert_eq!(s.theme(STORY).map(|t| t.name.as_str()), Some("Story"));
        assert_eq!(
            s.add_theme(BREAKS, "STORY"),
            Err(SessionError::ThemeNameTaken {
                name: "STORY".into()
            })
        );
        assert_eq!(
            s.add_theme(STORY, "Other"),
            Err(SessionError::DuplicateTheme(STORY))
        );
        assert_eq!(s.add_theme(BREAKS, ""), Err(SessionError::BlankThemeName));
        s.rename_theme(STORY, "story")
            .expect("a theme may change its own case");
        s.rename_theme(STORY, "Tell my story once")
            .expect("renames");
        assert_eq!(
            s.theme(STORY).map(|t| t.name.as_str()),
            Some("Tell my story once")
        );
        assert_eq!(
            s.assign(c(1), Some(STORY)),
            Err(SessionError::UnknownContribution(c(1)))
        );
    }

    #[test]
    fn merging_moves_statements_and_votes_into_the_kept_theme() {
        let mut s = session();
        s.add_contribution(c(1), Some(SAM), "to tell my story once")
            .expect("adds");
        s.add_contribution(c(2), Some(JO), "not to repeat myself")
            .expect("adds");
        s.advance_to(Phase::Group).expect("to group");
        s.add_theme(STORY, "Tell my story once").expect("theme");
        s.add_theme(BREAKS, "Repeating myself").expect("theme");
        s.assign(c(1), Some(STORY)).expect("assigns");
        s.assign(c(2), Some(BREAKS)).expect("assigns");
        // A vote recorded against the old theme (say, merged in from another device).
        s.votes.push(DotVote {
            participant: JO,
            theme: BREAKS,
        });

        assert_eq!(
            s.merge_themes(STORY, STORY),
            Err(SessionError::MergeIntoItself(STORY))
        );
        s.merge_themes(BREAKS, STORY).expect("merges");
        assert!(s.theme(BREAKS).is_none());
        assert_eq!(s.contributions_in(STORY).len(), 2);
        assert_eq!(s.votes_for(STORY), 1);
        assert_eq!(s.votes_used(JO), 1);
    }

    #[test]
    fn removing_a_theme_ungroups_its_statements() {
        let mut s = session();
        s.add_contribution(c(1), Some(SAM), "to tell my story once")
            .expect("adds");
        s.advance_to(Phase::Group).expect("to group");
        s.add_theme(STORY, "Story").expect("theme");
        s.assign(c(1), Some(STORY)).expect("assigns");
        s.remove_theme(STORY).expect("removes");
        assert!(s.themes.is_empty());
        assert_eq!(s.contribution(c(1)).and_then(|x| x.theme), None);
    }

    #[test]
    fn votes_stay_within_each_persons_budget() {
        let mut s = grouped();
        s.cast_vote(SAM, STORY).expect("1st");
        s.cast_vote(SAM, STORY).expect("2nd dot on the same theme");
        s.cast_vote(SAM, BREAKS).expect("3rd");
        assert_eq!(s.votes_left(SAM), 0);
        assert_eq!(
            s.cast_vote(SAM, INFO),
            Err(SessionError::NoVotesLeft {
                participant: SAM,
                budget: 3
            })
        );
        assert_eq!(s.votes.len(), 3, "a refused vote changes nothing");
        s.withdraw_vote(SAM, STORY).expect("takes one back");
        assert_eq!(s.votes_left(SAM), 1);
        s.cast_vote(SAM, INFO).expect("spends it elsewhere");
        assert_eq!((s.votes_for(STORY), s.votes_for(INFO)), (1, 1));
        // Others' budgets are their own.
        s.cast_vote(JO, STORY).expect("Jo votes");
        assert_eq!(s.votes_left(JO), 2);
    }

    #[test]
    fn votes_must_be_for_a_real_theme_by_a_real_participant_while_prioritising() {
        let mut s = grouped();
        let ghost = ThemeId::from_u128(999);
        assert_eq!(
            s.cast_vote(SAM, ghost),
            Err(SessionError::UnknownTheme(ghost))
        );
        let stranger = ParticipantId::from_u128(77);
        assert_eq!(
            s.cast_vote(stranger, STORY),
            Err(SessionError::UnknownParticipant(stranger))
        );
        assert_eq!(
            s.withdraw_vote(SAM, STORY),
            Err(SessionError::NoVoteToWithdraw {
                participant: SAM,
                theme: STORY
            })
        );
        s.advance_to(Phase::Plan).expect("to plan");
        assert!(matches!(
            s.cast_vote(SAM, STORY),
            Err(SessionError::WrongPhase {
                needed: Phase::Prioritise,
                ..
            })
        ));
    }

    #[test]
    fn themes_with_equal_votes_share_a_place_and_the_next_place_is_skipped() {
        let mut s = grouped();
        s.cast_vote(SAM, STORY).expect("vote");
        s.cast_vote(JO, BREAKS).expect("vote");
        s.cast_vote(ALEX, STORY).expect("vote");
        s.cast_vote(ALEX, BREAKS).expect("vote");
        let ranking = s.ranking();
        let rows: Vec<(u32, &str, u32, bool)> = ranking
            .iter()
            .map(|r| (r.rank, r.name.as_str(), r.votes, r.tied))
            .collect();
        assert_eq!(
            rows,
            vec![
                (1, "Breaks", 2, true),
                (1, "Tell my story once", 2, true),
                (3, "Information", 0, false),
            ]
        );
        s.cast_vote(JO, INFO).expect("vote");
        s.cast_vote(JO, INFO).expect("vote");
        s.cast_vote(SAM, INFO).expect("vote");
        let ranking = s.ranking();
        assert_eq!(
            (ranking[0].theme, ranking[0].rank, ranking[0].tied),
            (INFO, 1, false)
        );
        assert_eq!((ranking[1].rank, ranking[2].rank), (2, 2));
    }

    #[test]
    fn votes_stay_hidden_from_the_room_until_revealed() {
        let mut s = grouped();
        s.cast_vote(SAM, STORY).expect("vote");
        assert!(s.visible_tally(Viewer::Board).is_none());
        assert!(s.visible_tally(Viewer::Participant(SAM)).is_none());
        let facilitator = s
            .visible_tally(Viewer::Facilitator)
            .expect("facilitator sees");
        assert_eq!(facilitator[0].theme, STORY);
        assert!(s.summary().ranking.is_none());
        s.reveal_votes().expect("reveals");
        assert_eq!(s.visible_tally(Viewer::Board), Some(s.ranking()));
        assert!(s.visible_tally(Viewer::Participant(JO)).is_some());
        assert!(s.summary().ranking.is_some());

        let mut early = session();
        assert!(early.reveal_votes().is_err());
    }

    #[test]
    fn hidden_statements_are_never_counted_or_carried_into_actions() {
        let mut s = grouped();
        s.advance_to(Phase::Plan).expect("to plan");
        let summary = s.summary();
        assert_eq!(summary.contributions, 4);
        let story = summary
            .themes
            .iter()
            .find(|t| t.theme == STORY)
            .expect("story theme");
        assert_eq!(story.contributions, 2);
        let action = s
            .draft_action(STORY, ActionId::from_u128(50))
            .expect("drafts");
        let origin = action.origin.expect("origin");
        assert_eq!(origin.contributions, vec![c(1), c(2)]);
        assert!(!origin.contributions.contains(&c(5)));

        s.show_contribution(c(5)).expect("shows again");
        assert_eq!(s.summary().contributions, 5);
    }

    #[test]
    fn the_summary_lists_visible_statements_by_theme_without_names_and_writes_them_as_csv() {
        let mut s = grouped();
        s.advance_to(Phase::Plan).expect("to plan");
        let summary = s.summary();
        assert_eq!(summary.statements.len(), 4, "the hidden one is left out");
        assert!(
            summary
                .statements
                .iter()
                .all(|st| s.visible_contributions().iter().any(|c| c.text == st.text))
        );
        let csv = summary.statements_csv();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("Theme,Statement"));
        assert_eq!(lines.count(), 4);
        let header = SessionSummary::statements_csv_header().map(|w| w.id);
        assert_eq!(header, ["core-summary-theme", "core-summary-statement"]);
        let welsh = summary.statements_csv_headed(["Thema", "=Datganiad"]);
        assert_eq!(welsh.lines().next(), Some("Thema,'=Datganiad"));
        assert_eq!(
            welsh.lines().skip(1).collect::<Vec<_>>(),
            csv.lines().skip(1).collect::<Vec<_>>()
        );
        for name in ["Sam", "Jo", "Alex"] {
            assert!(!csv.contains(name), "the statements name {name}");
        }
    }

    #[test]
    fn someone_who_skips_every_question_has_not_said_something_about_themselves() {
        let mut s = session();
        s.give_consent(SAM, CarerRoles::default(), None)
            .expect("consents");
        s.give_consent(JO, CarerRoles::default(), Some(false))
            .expect("consents");
        let summary = s.summary();
        assert_eq!(summary.consented, 2);
        assert_eq!(
            summary.described, 1,
            "a plain no is an answer; skipping all is not"
        );
    }

    #[test]
    fn removing_a_statement_deletes_it_everywhere() {
        let mut s = grouped();
        s.remove_contribution(c(1)).expect("removes");
        assert!(s.contribution(c(1)).is_none());
        assert_eq!(s.contributions_in(STORY).len(), 1);
        assert_eq!(
            s.remove_contribution(c(1)),
            Err(SessionError::UnknownContribution(c(1)))
        );
        let json = serde_json::to_string(&s).expect("serializes");
        assert!(!json.contains("to tell my story once"));
    }

    #[test]
    fn erasing_a_participant_removes_their_words_and_votes_but_keeps_others_themes() {
        let mut s = grouped();
        s.give_consent(
            SAM,
            [CarerRole::ParentCarer].into_iter().collect(),
            Some(false),
        )
        .expect("consents");
        s.cast_vote(SAM, STORY).expect("vote");
        s.cast_vote(SAM, BREAKS).expect("vote");
        s.cast_vote(JO, BREAKS).expect("vote");
        s.cast_vote(JO, STORY).expect("vote");
        s.cast_vote(ALEX, INFO).expect("vote");

        // Alex's hidden statement sits in the story theme too, so it is not Sam's alone.
        s.erase_participant(SAM).expect("erases");

        assert!(s.contributions.iter().all(|c| c.participant != Some(SAM)));
        assert!(s.votes.iter().all(|v| v.participant != SAM));
        assert!(s.theme(STORY).is_some(), "Alex's statement keeps the theme");
        assert!(s.theme(BREAKS).is_some());
        assert_eq!(s.votes_for(STORY), 1);
        assert_eq!(s.votes_for(BREAKS), 1);
        let sam = s.participant(SAM).expect("entry kept");
        assert_eq!(sam.pseudonym, ERASED_PSEUDONYM);
        assert!(!sam.consented && sam.roles.is_empty() && sam.young_carer.is_none());
        assert_eq!(s.summary().participants, 3);
        let json = serde_json::to_string(&s).expect("serializes");
        assert!(!json.contains("\"Sam\""));
        assert!(!json.contains("to tell my story once") && !json.contains("services to work"));
    }

    #[test]
    fn a_theme_made_only_from_an_erased_participants_words_goes_with_them() {
        let mut s = session();
        s.add_contribution(c(1), Some(SAM), "to tell my story once")
            .expect("adds");
        s.add_contribution(c(2), Some(JO), "a break").expect("adds");
        s.advance_to(Phase::Group).expect("to group");
        s.add_theme(STORY, "Tell my story once").expect("theme");
        s.add_theme(BREAKS, "Breaks").expect("theme");
        s.add_theme(INFO, "Information").expect("empty theme");
        s.assign(c(1), Some(STORY)).expect("assigns");
        s.assign(c(2), Some(BREAKS)).expect("assigns");
        s.advance_to(Phase::Prioritise).expect("to prioritise");
        s.cast_vote(JO, STORY).expect("vote");
        s.cast_vote(JO, BREAKS).expect("vote");

        s.erase_participant(SAM).expect("erases");

        assert!(s.theme(STORY).is_none());
        assert!(s.theme(BREAKS).is_some());
        assert!(
            s.theme(INFO).is_some(),
            "an empty theme was not made from Sam's words"
        );
        assert_eq!(
            s.votes_used(JO),
            1,
            "Jo's vote on the removed theme is returned"
        );
        assert_eq!(
            s.erase_participant(ParticipantId::from_u128(77)),
            Err(SessionError::UnknownParticipant(ParticipantId::from_u128(
                77
            )))
        );
    }

    #[test]
    fn an_erased_participant_can_say_nothing_more_and_the_erasure_can_be_repeated() {
        let mut s = grouped();
        s.cast_vote(SAM, STORY).expect("vote");
        s.erase_participant(SAM).expect("erases");
        assert!(s.participant(SAM).is_some_and(Participant::is_erased));
        let erased = Err(SessionError::Erased(SAM));
        assert_eq!(s.cast_vote(SAM, BREAKS), erased);
        assert_eq!(s.withdraw_vote(SAM, STORY), erased);
        let roles = [CarerRole::YoungCarer].into_iter().collect();
        assert_eq!(s.give_consent(SAM, roles, Some(true)), erased);
        assert_eq!(s.withdraw_consent(SAM), erased);
        assert_eq!(s.erase_participant(SAM), Ok(()));
        assert!(!s.participant(JO).is_some_and(Participant::is_erased));
        let mut early = session();
        early.erase_participant(JO).expect("erases");
        assert_eq!(
            early.add_contribution(c(9), Some(JO), "one more thing"),
            Err(SessionError::Erased(JO))
        );
        assert_eq!(
            erased.map_err(|e| e.to_string()),
            Err(format!(
                "participant {SAM} has been erased from this session at their request, so nothing more is taken from them"
            ))
        );
    }

    #[test]
    fn the_summary_counts_roles_and_young_carers_only_with_consent() {
        let mut s = grouped();
        s.give_consent(
            SAM,
            [CarerRole::ParentCarer, CarerRole::DualCarer]
                .into_iter()
                .collect(),
            None,
        )
        .expect("consents");
        s.give_consent(JO, [CarerRole::YoungCarer].into_iter().collect(), None)
            .expect("consents");
        s.give_consent(
            ALEX,
            [CarerRole::ParentCarer].into_iter().collect(),
            Some(true),
        )
        .expect("consents");
        s.withdraw_consent(ALEX).expect("withdraws");
        // Roles stored without consent (say, from an old file) are still not counted.
        s.participants[2].roles = [CarerRole::DementiaCarer].into_iter().collect();

        let summary = s.summary();
        assert_eq!(summary.participants, 3);
        assert_eq!(summary.consented, 2);
        assert_eq!(
            summary.roles,
            vec![
                RoleCount {
                    role: CarerRole::ParentCarer,
                    participants: 1
                },
                RoleCount {
                    role: CarerRole::DualCarer,
                    participants: 1
                },
                RoleCount {
                    role: CarerRole::YoungCarer,
                    participants: 1
                },
            ]
        );
        assert_eq!(summary.young_carers, 1);
        let names: Vec<&str> = summary.themes.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["Breaks", "Information", "Tell my story once"]);
        let json = serde_json::to_string(&summary).expect("serializes");
        for name in ["Sam", "Jo", "Alex"] {
            assert!(!json.contains(name), "summary names {name}");
        }
    }

    #[test]
    fn the_summary_counts_the_headcount_when_more_people_are_in_the_room_than_joined() {
        let mut s = session();
        let summary = s.summary();
        assert_eq!(
            (summary.participants, summary.counted_by, summary.joined),
            (3, CountedBy::Joining, 3)
        );
        assert_eq!(summary.headcount, None);

        s.set_headcount(Some(12)).expect("counts the room");
        let summary = s.summary();
        assert_eq!(
            (summary.participants, summary.counted_by, summary.joined),
            (12, CountedBy::Headcount, 3)
        );
        assert_eq!(summary.headcount, Some(12));

        // A headcount below the people who joined is not believed over them.
        s.set_headcount(Some(2)).expect("counts the room");
        let summary = s.summary();
        assert_eq!(
            (summary.participants, summary.counted_by),
            (3, CountedBy::Joining)
        );

        s.set_headcount(None).expect("forgets the count");
        assert_eq!(s.headcount, None);
        assert_eq!(s.summary().participants, 3);
    }

    #[test]
    fn a_headcount_must_be_someone_and_not_more_than_any_room_holds() {
        let mut s = session();
        s.set_headcount(Some(5)).expect("counts");
        for wild in [0, HEADCOUNT_MAX + 1, u32::MAX] {
            assert_eq!(
                s.set_headcount(Some(wild)),
                Err(SessionError::HeadcountOutOfRange {
                    people: wild,
                    max: HEADCOUNT_MAX
                })
            );
        }
        assert_eq!(s.headcount, Some(5), "a refused count changes nothing");
        s.set_headcount(Some(HEADCOUNT_MAX))
            .expect("the most allowed");
        // It can be put right after the session has closed.
        for phase in [Phase::Group, Phase::Prioritise, Phase::Plan, Phase::Closed] {
            if phase == Phase::Prioritise {
                s.add_theme(STORY, "Story").expect("theme");
            }
            s.advance_to(phase).expect("moves on");
        }
        s.set_headcount(Some(20)).expect("counts after closing");
        assert_eq!(s.summary().participants, 20);
    }

    #[test]
    fn a_session_written_before_headcounts_reads_with_none() {
        let s = session();
        let json = serde_json::to_string(&s).expect("serializes");
        assert!(!json.contains("headcount"), "no count, nothing written");
        let back: Session = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back.headcount, None);
        let mut counted = s.clone();
        counted.set_headcount(Some(9)).expect("counts");
        let json = serde_json::to_string(&counted).expect("serializes");
        assert!(json.contains("\"headcount\":9"), "{json}");
        let back: Session = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, counted);
    }

    #[test]
    fn a_refused_step_gives_its_message_id_and_arguments() {
        let mut s = session();
        let wrong = s
            .cast_vote(SAM, ThemeId::from_u128(1))
            .expect_err("not voting yet");
        let wording = wrong.wording();
        assert_eq!(wording.id, "core-session-wrong-phase");
        assert_eq!(wording.args["doing"], WordingArg::Text("voting".into()));
        assert_eq!(
            wording.args["needed"],
            WordingArg::Text("prioritise".into())
        );
        assert_eq!(wording.args["phase"], WordingArg::Text("share".into()));
        let long = SessionError::ContributionTooLong {
            chars: 2001,
            max: 2000,
        }
        .wording();
        assert_eq!(long.id, "core-session-statement-too-long");
        assert_eq!(long.args["chars"], WordingArg::Text("2001".into()));
        let taken = SessionError::ThemeNameTaken {
            name: "Respite".into(),
        }
        .wording();
        assert_eq!(taken.args["name"], WordingArg::Text("Respite".into()));
    }

    #[test]
    fn each_room_voter_gets_a_numbered_stand_in_name() {
        let date = NaiveDate::from_ymd_opt(2024, 5, 14).expect("valid date");
        let mut s = Session::new(SessionId::from_u128(1), "Title", "Maltby", date, 3)
            .expect("valid session");
        assert_eq!(s.room_voter_name(), "Someone in the room 1");
        s.join(SAM, &s.room_voter_name()).expect("joins");
        s.join(JO, "Jo").expect("joins");
        let next = s.room_voter_name();
        assert_eq!(next, "Someone in the room 3");
        assert!(next.starts_with(ROOM_VOTER));
        let wording = s.room_voter_wording();
        assert_eq!(wording.id, "core-room-voter");
        assert_eq!(wording.args["number"], WordingArg::Number(3));
    }

    #[test]
    fn a_drafted_action_remembers_where_it_came_from() {
        let mut s = grouped();
        s.focus_area = FocusAreaNumber::new(2);
        assert!(matches!(
            s.draft_action(STORY, ActionId::from_u128(50)),
            Err(SessionError::WrongPhase { .. })
        ));
        s.cast_vote(SAM, STORY).expect("vote");
        s.cast_vote(JO, STORY).expect("vote");
        s.cast_vote(JO, INFO).expect("vote");
        s.advance_to(Phase::Plan).expect("to plan");

        let action = s
            .draft_action(STORY, ActionId::from_u128(50))
            .expect("drafts");
        assert_eq!(action.id, ActionId::from_u128(50));
        assert_eq!(action.what, "Tell my story once");
        assert_eq!(action.links.focus_area, FocusAreaNumber::new(2));
        assert_eq!(
            action.origin,
            Some(Origin {
                session: s.id,
                theme: STORY,
                theme_name: "Tell my story once".into(),
                contributions: vec![c(1), c(2)],
                votes: 2,
            })
        );
        assert_eq!(
            s.draft_action(ThemeId::from_u128(999), ActionId::from_u128(51)),
            Err(SessionError::UnknownTheme(ThemeId::from_u128(999)))
        );

        let mut plan = ActionPlan::new(
            crate::ids::PlanId::from_u128(7),
            "Maltby locality action plan",
            PlanScope::Locality {
                name: "Maltby".into(),
            },
        );
        plan.actions.push(action);
        plan.actions
            .push(Action::new(ActionId::from_u128(60), "Something else"));
        let drafted: Vec<ActionId> = s.drafted_in(&plan).iter().map(|a| a.id).collect();
        assert_eq!(drafted, vec![ActionId::from_u128(50)]);
    }

    #[test]
    fn a_session_needs_a_title_and_at_least_one_vote_each() {
        let date = NaiveDate::from_ymd_opt(2024, 5, 14).expect("valid date");
        let id = SessionId::from_u128(1);
        assert_eq!(
            Session::new(id, "  ", "Maltby", date, 3),
            Err(SessionError::BlankTitle)
        );
        assert_eq!(
            Session::new(id, "Title", "Maltby", date, 0),
            Err(SessionError::NoVotesPerPerson)
        );
        let mut s = Session::new(id, "Title", "Maltby", date, 1).expect("valid");
        assert_eq!(s.join(SAM, " "), Err(SessionError::BlankPseudonym));
        s.join(SAM, "Sam").expect("joins");
        assert_eq!(
            s.join(SAM, "Sam"),
            Err(SessionError::DuplicateParticipant(SAM))
        );
        assert!(matches!(
            s.join(JO, &"x".repeat(PSEUDONYM_MAX_CHARS + 1)),
            Err(SessionError::PseudonymTooLong { .. })
        ));
    }

    #[test]
    fn a_session_round_trips_through_json() {
        let mut s = grouped();
        s.give_consent(
            SAM,
            [CarerRole::YoungCarer].into_iter().collect(),
            Some(true),
        )
        .expect("consents");
        s.cast_vote(SAM, STORY).expect("vote");
        let json = serde_json::to_string(&s).expect("serializes");
        assert!(json.contains("\"phase\":\"prioritise\""));
        assert!(json.contains("\"roles\":[\"young-carer\"]"));
        let back: Session = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, s);
    }
}
