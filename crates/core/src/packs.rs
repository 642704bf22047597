//! Carer Friendly Communities Action Packs: what one audience in one locality can do.
//!
//! A pack is written for an [`Audience`] (employers, schools, GP practices and
//! pharmacies, faith and community groups): the steps they can take, local contacts,
//! meeting places and events. [`ActionPack::draft`] starts one from the suggested steps
//! and the locality plan; [`review`] says, kindly, what is missing before it is printed.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{ActionId, PackId};
use crate::plan::{Action, ActionPlan};
use crate::wording::Wording;

/// Who a pack is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Audience {
    /// Local employers and businesses.
    EmployersAndBusinesses,
    /// Schools and colleges.
    Schools,
    /// GP practices and pharmacies.
    GpPracticesAndPharmacies,
    /// Faith groups and community groups.
    FaithAndCommunityGroups,
}

impl Audience {
    /// Every audience, in the order a picker shows them.
    pub const ALL: [Audience; 4] = [
        Audience::EmployersAndBusinesses,
        Audience::Schools,
        Audience::GpPracticesAndPharmacies,
        Audience::FaithAndCommunityGroups,
    ];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Audience::EmployersAndBusinesses => "Employers and businesses",
            Audience::Schools => "Schools",
            Audience::GpPracticesAndPharmacies => "GP practices and pharmacies",
            Audience::FaithAndCommunityGroups => "Faith and community groups",
        }
    }

    /// A short, plain-English opening that says why this audience matters to carers.
    pub fn why_it_matters(self) -> &'static str {
        match self {
            Audience::EmployersAndBusinesses => {
                "Many carers look after someone alongside a job. Small changes at work, \
                 like flexible hours or time off in an emergency, can mean a carer keeps \
                 their job and stays well. You keep skilled, loyal staff."
            }
            Audience::Schools => {
                "Young carers look after a parent, brother, sister or friend. Caring can \
                 make them late, tired or worried, and many never say so. Once they are \
                 identified and support is in place, young carers can fly."
            }
            Audience::GpPracticesAndPharmacies => {
                "Carers often put their own health last. Practices and pharmacies see \
                 carers every week, so you are well placed to notice them, check on their \
                 health and tell them where to find support."
            }
            Audience::FaithAndCommunityGroups => {
                "Caring can be lonely. Carers tell us they want safe, friendly places to \
                 meet others and to know what support is out there. Your group can be \
                 that place, close to where carers live."
            }
        }
    }

    /// The stable key used in files and URLs ("employers-and-businesses"…).
    pub fn key(self) -> &'static str {
        match self {
            Audience::EmployersAndBusinesses => "employers-and-businesses",
            Audience::Schools => "schools",
            Audience::GpPracticesAndPharmacies => "gp-practices-and-pharmacies",
            Audience::FaithAndCommunityGroups => "faith-and-community-groups",
        }
    }

    /// Reads a key written by [`Audience::key`].
    pub fn from_key(key: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The words that make a plan action relevant to this audience.
    ///
    /// Each keyword matches at the start of a word, so "school" matches "schools" and
    /// "employ" matches "employer" and "employment"; a keyword with a space matches
    /// that phrase ("flexible work" matches "flexible working").
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Audience::EmployersAndBusinesses => &[
                "employ",
                "business",
                "workplace",
                "working carer",
                "flexible work",
                "job",
                "hr ",
            ],
            Audience::Schools => &[
                "school",
                "young carer",
                "pupil",
                "teacher",
                "college",
                "education",
                "pshe",
            ],
            Audience::GpPracticesAndPharmacies => &[
                "gp",
                "surgery",
                "surgeries",
                "pharmac",
                "flu",
                "vaccin",
                "health check",
                "carers register",
                "carer register",
                "prescription",
                "doctor",
                "primary care",
            ],
            Audience::FaithAndCommunityGroups => &[
                "faith",
                "church",
                "mosque",
                "temple",
                "gurdwara",
                "synagogue",
                "community group",
                "meeting place",
                "meeting space",
                "newsletter",
                "volunteer",
                "coffee morning",
                "café",
                "cafe",
            ],
        }
    }

    /// True when a plan action is relevant to this audience.
    ///
    /// The rule, kept simple so anyone can predict it: one of [`Audience::keywords`]
    /// appears, ignoring case and punctuation, in the action's wording, its theme or
    /// its charter commitment.
    pub fn is_relevant(self, action: &Action) -> bool {
        let mut text = String::new();
        for part in [
            Some(action.what.as_str()),
            action.links.theme.as_deref(),
            action.links.charter_commitment.as_deref(),
        ]
        .into_iter()
        .flatten()
        {
            text.push(' ');
            text.push_str(part);
        }
        let text = normalise(&text);
        self.keywords()
            .iter()
            .any(|k| text.contains(&format!(" {}", normalise_keyword(k))))
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Lower case, every run of non-letters and non-digits made one space, with a space at
/// each end so a keyword can be matched at the start of a word.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// A keyword as it must appear in normalised text; a trailing space (as in "hr ")
/// keeps it a whole word.
fn normalise_keyword(keyword: &str) -> String {
    let whole_word = keyword.ends_with(' ');
    let inner = normalise(keyword);
    let inner = inner.trim();
    if whole_word {
        format!("{inner} ")
    } else {
        inner.to_owned()
    }
}

/// Practical steps an audience can take, in plain English, most important first.
///
/// These start every drafted pack; a carer rep can edit, remove or add to them.
pub fn suggested_steps(audience: Audience) -> Vec<&'static str> {
    match audience {
        Audience::EmployersAndBusinesses => vec![
            "Ask your staff whether they look after someone, and make it clear it is fine to say so.",
            "Write a short carers' policy so staff know what help they can ask for.",
            "Offer flexible working to staff who care: changing hours, working from home, or leave at short notice when something goes wrong.",
            "Name a carers' champion that staff can talk to in confidence.",
            "Brief your managers on how to spot a working carer and how to support them.",
            "Put information about local carers' support on your noticeboard and staff intranet.",
            "Let staff who care keep their phone to hand so they can be reached in an emergency.",
        ],
        Audience::Schools => vec![
            "Name a member of staff as your young carers lead, and tell pupils and parents who it is.",
            "Look out for signs a pupil may be a young carer, such as lateness, tiredness or missed homework, and ask gently.",
            "Accept the Young Carers Card: a pupil who shows it should not have to explain their situation again.",
            "With the pupil's and family's agreement, refer young carers to the local young carers service.",
            "Make sure staff know a young carer may sometimes be late or tired, and why.",
            "Talk about caring in lessons and assemblies so young carers know they are not alone.",
            "Hold meetings with young carers, and with parents who are carers, at times they can come.",
        ],
        Audience::GpPracticesAndPharmacies => vec![
            "Ask patients whether they look after someone, and add carers to your carers register.",
            "Keep your carers register up to date, and include young carers.",
            "Invite every carer on your register for a flu jab each autumn.",
            "Offer carers a health check, and ask how they are coping, not only how the person they care for is.",
            "Tell carers how to ask for a carer's assessment, and where to find local support.",
            "Keep a carers' corner or noticeboard with up-to-date leaflets, in easy-to-read and other formats.",
            "Offer appointments and prescription collection times that fit around caring.",
        ],
        Audience::FaithAndCommunityGroups => vec![
            "Offer your building as a meeting place for carers, at a regular time each week or month.",
            "Share the carers' newsletter with your members and on your noticeboard.",
            "Ask one of your members to be a carers' contact who knows where to point people for help.",
            "Invite carers to your events, and make it easy for them to bring the person they care for.",
            "Hold a coffee morning or get-together during Carers Week or on Carers Rights Day.",
            "Check in on members who are caring, and offer practical help such as a lift or an hour's company.",
        ],
    }
}

/// A Carer Friendly Communities Action Pack for one audience in one locality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionPack {
    /// The pack's id.
    pub id: PackId,
    /// Who the pack is for.
    pub audience: Audience,
    /// The locality's name as people there say it, e.g. "Maltby".
    pub locality: String,
    /// The title printed at the top.
    pub title: String,
    /// The opening paragraph: why this matters.
    pub intro: String,
    /// What the audience can do, in order.
    #[serde(default)]
    pub steps: Vec<PackStep>,
    /// People to get in touch with locally.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<LocalContact>,
    /// Places where carers meet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<MeetingPlace>,
    /// Events coming up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<PackEvent>,
}

impl ActionPack {
    /// Starts a pack: the audience's suggested steps, then the plan's actions that are
    /// relevant to the audience (see [`Audience::is_relevant`]), in the plan's order.
    ///
    /// Contacts, places and events start empty; the carer rep adds them.
    ///
    /// ```
    /// use cares_core::ids::{ActionId, PackId, PlanId};
    /// use cares_core::packs::{ActionPack, Audience, PackIssue, review};
    /// use cares_core::plan::{Action, ActionPlan, PlanScope};
    ///
    /// let mut plan = ActionPlan::new(
    ///     PlanId::from_u128(1),
    ///     "Maltby locality action plan",
    ///     PlanScope::Locality { name: "Maltby".into() },
    /// );
    /// plan.actions.push(Action::new(
    ///     ActionId::from_u128(2),
    ///     "Visit every secondary school to promote the Young Carers Card",
    /// ));
    /// let pack = ActionPack::draft(PackId::from_u128(3), Audience::Schools, "Maltby", &plan);
    /// assert!(pack.steps.iter().any(|s| s.from_action == Some(ActionId::from_u128(2))));
    /// // Only the local contacts, places and events are left to add.
    /// assert_eq!(review(&pack), vec![PackIssue::NothingLocal]);
    /// ```
    pub fn draft(
        id: PackId,
        audience: Audience,
        locality: impl Into<String>,
        plan: &ActionPlan,
    ) -> ActionPack {
        let locality = locality.into();
        let mut steps: Vec<PackStep> = suggested_steps(audience)
            .into_iter()
            .map(|text| PackStep {
                text: text.to_owned(),
                from_action: None,
            })
            .collect();
        for action in &plan.actions {
            let what = action.what.trim();
            if what.is_empty() || !audience.is_relevant(action) {
                continue;
            }
            if steps.iter().any(|s| s.from_action == Some(action.id)) {
                continue;
            }
            steps.push(PackStep {
                text: what.to_owned(),
                from_action: Some(action.id),
            });
        }
        let title = if locality.trim().is_empty() {
            format!("Carer friendly communities: a pack for {}", lower(audience))
        } else {
            format!(
                "Carer friendly {}: a pack for {}",
                locality.trim(),
                lower(audience)
            )
        };
        ActionPack {
            id,
            audience,
            locality,
            title,
            intro: audience.why_it_matters().to_owned(),
            steps,
            contacts: Vec::new(),
            places: Vec::new(),
            events: Vec::new(),
        }
    }
}

/// The audience's label as it reads mid-sentence ("GP practices" keeps its capitals).
fn lower(audience: Audience) -> &'static str {
    match audience {
        Audience::EmployersAndBusinesses => "employers and businesses",
        Audience::Schools => "schools",
        Audience::GpPracticesAndPharmacies => "GP practices and pharmacies",
        Audience::FaithAndCommunityGroups => "faith and community groups",
    }
}

/// One thing the audience can do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackStep {
    /// The step in plain words.
    pub text: String,
    /// The plan action it was drawn from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_action: Option<ActionId>,
}

/// Someone local to get in touch with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LocalContact {
    /// Their name, or a team's name.
    pub name: String,
    /// Their role or organisation ("Carer support worker, Crossroads Care").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// How to reach them: a phone number, an email address, a drop-in time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_reach: Option<String>,
}

/// A place where carers can meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeetingPlace {
    /// The place's name ("Maltby Library").
    pub name: String,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// When carers meet there ("Tuesdays, 10am to 12 noon").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
}

/// An event coming up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackEvent {
    /// What it is ("Carers Week coffee morning").
    pub title: String,
    /// The day it happens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::calendar::iso_day::read_optional"
    )]
    pub date: Option<NaiveDate>,
    /// Where it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// Something to put right before a pack is shared or printed.
///
/// Positions (`step`, `contact`, `place`, `event`) count from 0 in the pack's lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PackIssue {
    /// The pack has no steps at all.
    NoSteps,
    /// The pack has no local contact, meeting place or event: nothing tells people
    /// where to turn nearby.
    NothingLocal,
    /// A step has no words.
    BlankStep {
        /// Which step.
        step: usize,
    },
    /// A contact has no phone, email or other way to reach them.
    ContactCannotBeReached {
        /// Which contact.
        contact: usize,
        /// Their name as written.
        name: String,
    },
    /// A meeting place has no address.
    PlaceWithoutAddress {
        /// Which place.
        place: usize,
        /// Its name as written.
        name: String,
    },
    /// An event has no date.
    EventWithoutDate {
        /// Which event.
        event: usize,
        /// Its title as written.
        title: String,
    },
    /// An event has no place.
    EventWithoutPlace {
        /// Which event.
        event: usize,
        /// Its title as written.
        title: String,
    },
}

impl PackIssue {
    /// What to do, in plain words a carer rep reads.
    pub fn message(&self) -> String {
        match self {
            PackIssue::NoSteps => {
                "This pack has no steps yet. Add at least one thing people can do.".to_owned()
            }
            PackIssue::NothingLocal => {
                "Add a local contact, a meeting place or an event, so people know where to turn."
                    .to_owned()
            }
            PackIssue::BlankStep { step } => {
                format!(
                    "Step {} is empty. Write what people can do, or remove it.",
                    step + 1
                )
            }
            PackIssue::ContactCannotBeReached { name, .. } => format!(
                "How can people reach {}? Add a phone number, an email address or a drop-in time.",
                or_unnamed(name, "this contact")
            ),
            PackIssue::PlaceWithoutAddress { name, .. } => format!(
                "Where is {}? Add an address so carers can find it.",
                or_unnamed(name, "this meeting place")
            ),
            PackIssue::EventWithoutDate { title, .. } => {
                format!("When is {}? Add the date.", or_unnamed(title, "this event"))
            }
            PackIssue::EventWithoutPlace { title, .. } => format!(
                "Where is {}? Add the place.",
                or_unnamed(title, "this event")
            ),
        }
    }
}

impl PackIssue {
    /// The same message as a catalogue id and arguments, for a front end to say in
    /// the reader's language; its British English is [`PackIssue::message`]. A name
    /// people wrote is given as written; something unnamed has an id of its own
    /// (`core-pack-event-undated-unnamed`).
    pub fn wording(&self) -> Wording {
        let named = |id: &str, name: &str| match name.trim() {
            "" => Wording::new(&format!("{id}-unnamed")),
            name => Wording::new(id).text("name", name),
        };
        match self {
            PackIssue::NoSteps => Wording::new("core-pack-no-steps"),
            PackIssue::NothingLocal => Wording::new("core-pack-nothing-local"),
            PackIssue::BlankStep { step } => Wording::new("core-pack-blank-step")
                .number("step", i64::try_from(*step).unwrap_or(i64::MAX - 1) + 1),
            PackIssue::ContactCannotBeReached { name, .. } => {
                named("core-pack-contact-unreachable", name)
            }
            PackIssue::PlaceWithoutAddress { name, .. } => {
                named("core-pack-place-without-address", name)
            }
            PackIssue::EventWithoutDate { title, .. } => named("core-pack-event-undated", title),
            PackIssue::EventWithoutPlace { title, .. } => {
                named("core-pack-event-without-place", title)
            }
        }
    }
}

impl fmt::Display for PackIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

fn or_unnamed<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    let name = name.trim();
    if name.is_empty() { fallback } else { name }
}

fn is_blank(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

/// The old name of [`review`], kept while callers move.
#[doc(hidden)]
pub fn check(pack: &ActionPack) -> Vec<PackIssue> {
    review(pack)
}

/// Finds what a pack still lacks, in the order it appears on the page.
///
/// An empty list means the pack is ready to share.
///
/// ```
/// use cares_core::ids::{PackId, PlanId};
/// use cares_core::packs::{ActionPack, Audience, LocalContact, PackIssue, review};
/// use cares_core::plan::{ActionPlan, PlanScope};
///
/// let plan = ActionPlan::new(PlanId::from_u128(1), "Borough plan", PlanScope::Borough);
/// let mut pack = ActionPack::draft(PackId::from_u128(2), Audience::Schools, "Dinnington", &plan);
/// pack.contacts.push(LocalContact { name: "Sam".into(), role: None, how_to_reach: None });
/// let issues = review(&pack);
/// assert_eq!(issues.len(), 1);
/// assert!(issues[0].message().contains("How can people reach Sam?"));
/// ```
pub fn review(pack: &ActionPack) -> Vec<PackIssue> {
    let mut issues = Vec::new();
    if pack.steps.is_empty() {
        issues.push(PackIssue::NoSteps);
    }
    for (step, s) in pack.steps.iter().enumerate() {
        if s.text.trim().is_empty() {
            issues.push(PackIssue::BlankStep { step });
        }
    }
    if pack.contacts.is_empty() && pack.places.is_empty() && pack.events.is_empty() {
        issues.push(PackIssue::NothingLocal);
    }
    for (contact, c) in pack.contacts.iter().enumerate() {
        if is_blank(c.how_to_reach.as_deref()) {
            issues.push(PackIssue::ContactCannotBeReached {
                contact,
                name: c.name.trim().to_owned(),
            });
        }
    }
    for (place, p) in pack.places.iter().enumerate() {
        if is_blank(p.address.as_deref()) {
            issues.push(PackIssue::PlaceWithoutAddress {
                place,
                name: p.name.trim().to_owned(),
            });
        }
    }
    for (event, e) in pack.events.iter().enumerate() {
        if e.date.is_none() {
            issues.push(PackIssue::EventWithoutDate {
                event,
                title: e.title.trim().to_owned(),
            });
        }
        if is_blank(e.place.as_deref()) {
            issues.push(PackIssue::EventWithoutPlace {
                event,
                title: e.title.trim().to_owned(),
            });
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PlanId;
    use crate::plan::PlanScope;

    fn plan_with(actions: &[(u128, &str)]) -> ActionPlan {
        let mut plan = ActionPlan::new(
            PlanId::from_u128(1),
            "Maltby locality action plan",
            PlanScope::Locality {
                name: "Maltby".into(),
            },
        );
        for (n, what) in actions {
            plan.actions
                .push(Action::new(ActionId::from_u128(*n), *what));
        }
        plan
    }

    #[test]
    fn every_audience_has_at_least_five_distinct_steps() {
        for audience in Audience::ALL {
            let steps = suggested_steps(audience);
            assert!(steps.len() >= 5, "{audience:?} has {} steps", steps.len());
            let mut unique = steps.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), steps.len(), "{audience:?} repeats a step");
            for step in steps {
                assert!(step.ends_with('.'), "{step:?} should be a full sentence");
            }
        }
    }

    #[test]
    fn audience_keys_round_trip_and_labels_are_distinct() {
        for audience in Audience::ALL {
            assert_eq!(Audience::from_key(audience.key()), Some(audience));
            assert!(!audience.why_it_matters().is_empty());
        }
        assert_eq!(Audience::from_key("dentists"), None);
        let json = serde_json::to_string(&Audience::GpPracticesAndPharmacies).ok();
        assert_eq!(json.as_deref(), Some("\"gp-practices-and-pharmacies\""));
    }

    #[test]
    fn draft_adds_only_actions_that_mention_the_audience() {
        let plan = plan_with(&[
            (
                10,
                "Encourage GP practices to keep their carers registers up to date",
            ),
            (
                11,
                "Visit secondary schools to promote the Young Carers Card",
            ),
            (12, "Hold a Carers Week event at the library"),
            (13, "Promote flu jabs to carers"),
        ]);
        let pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::GpPracticesAndPharmacies,
            "Maltby",
            &plan,
        );
        let from: Vec<ActionId> = pack.steps.iter().filter_map(|s| s.from_action).collect();
        assert_eq!(from, vec![ActionId::from_u128(10), ActionId::from_u128(13)]);
        let suggested = suggested_steps(Audience::GpPracticesAndPharmacies).len();
        assert_eq!(pack.steps.len(), suggested + 2);
        assert!(
            pack.steps[..suggested]
                .iter()
                .all(|s| s.from_action.is_none())
        );
    }

    #[test]
    fn keywords_match_at_the_start_of_words_only() {
        // "flu" must not match "influence"; "gp" must not match a word that merely contains it.
        let plan = plan_with(&[
            (1, "Establish the Voice and Influence Group"),
            (2, "Share learning with the Rotherham CCG and GPs"),
        ]);
        let pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::GpPracticesAndPharmacies,
            "Maltby",
            &plan,
        );
        let from: Vec<ActionId> = pack.steps.iter().filter_map(|s| s.from_action).collect();
        assert_eq!(from, vec![ActionId::from_u128(2)]);
    }

    #[test]
    fn an_action_theme_makes_it_relevant_even_when_its_wording_does_not() {
        let mut action = Action::new(ActionId::from_u128(1), "Promote the card launch");
        assert!(!Audience::Schools.is_relevant(&action));
        action.links.theme = Some("Young Carers".into());
        assert!(Audience::Schools.is_relevant(&action));
    }

    #[test]
    fn phrase_keywords_match_across_punctuation_and_case() {
        let action = Action::new(
            ActionId::from_u128(1),
            "Promote FLEXIBLE-working policies to local firms",
        );
        assert!(Audience::EmployersAndBusinesses.is_relevant(&action));
        let action = Action::new(
            ActionId::from_u128(2),
            "Thread the HRA requirements through",
        );
        assert!(!Audience::EmployersAndBusinesses.is_relevant(&action));
    }

    #[test]
    fn draft_title_names_the_locality_and_audience() {
        let plan = plan_with(&[]);
        let pack = ActionPack::draft(PackId::from_u128(2), Audience::Schools, " Maltby ", &plan);
        assert_eq!(pack.title, "Carer friendly Maltby: a pack for schools");
        let pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::GpPracticesAndPharmacies,
            "Maltby",
            &plan,
        );
        assert_eq!(
            pack.title,
            "Carer friendly Maltby: a pack for GP practices and pharmacies"
        );
        assert_eq!(
            pack.intro,
            Audience::GpPracticesAndPharmacies.why_it_matters()
        );
    }

    #[test]
    fn blank_actions_are_not_drafted_into_steps() {
        let mut plan = plan_with(&[(1, "   ")]);
        plan.actions[0].links.theme = Some("Schools".into());
        let pack = ActionPack::draft(PackId::from_u128(2), Audience::Schools, "Maltby", &plan);
        assert!(pack.steps.iter().all(|s| s.from_action.is_none()));
    }

    #[test]
    fn pack_without_steps_is_flagged() {
        let mut pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::Schools,
            "Maltby",
            &plan_with(&[]),
        );
        pack.places.push(MeetingPlace {
            name: "Maltby Library".into(),
            address: Some("High Street".into()),
            when: None,
        });
        assert!(check(&pack).is_empty());
        pack.steps.clear();
        assert_eq!(check(&pack), vec![PackIssue::NoSteps]);
    }

    #[test]
    fn a_pack_with_nothing_local_is_not_ready() {
        let mut pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::EmployersAndBusinesses,
            "Maltby",
            &plan_with(&[]),
        );
        assert_eq!(review(&pack), vec![PackIssue::NothingLocal]);
        assert!(PackIssue::NothingLocal.message().contains("local contact"));
        pack.events.push(PackEvent {
            title: "Carers Rights Day drop-in".into(),
            date: NaiveDate::from_ymd_opt(2024, 11, 21),
            place: Some("Maltby Library".into()),
        });
        assert!(review(&pack).is_empty());
    }

    #[test]
    fn contact_with_no_way_to_reach_them_is_flagged() {
        let mut pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::Schools,
            "Maltby",
            &plan_with(&[]),
        );
        pack.contacts.push(LocalContact {
            name: "Priya".into(),
            role: Some("Young carers worker".into()),
            how_to_reach: Some("01709 000000".into()),
        });
        pack.contacts.push(LocalContact {
            name: "Jo".into(),
            role: None,
            how_to_reach: Some("  ".into()),
        });
        let issues = review(&pack);
        assert_eq!(
            issues,
            vec![PackIssue::ContactCannotBeReached {
                contact: 1,
                name: "Jo".into()
            }]
        );
        assert_eq!(
            issues[0].message(),
            "How can people reach Jo? Add a phone number, an email address or a drop-in time."
        );
    }

    #[test]
    fn event_without_date_or_place_is_flagged_for_each() {
        let mut pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::FaithAndCommunityGroups,
            "Maltby",
            &plan_with(&[]),
        );
        pack.events.push(PackEvent {
            title: "Carers Week coffee morning".into(),
            date: None,
            place: None,
        });
        pack.events.push(PackEvent {
            title: "Carers Rights Day drop-in".into(),
            date: NaiveDate::from_ymd_opt(2024, 11, 21),
            place: Some("St Bartholomew's church hall".into()),
        });
        let issues = review(&pack);
        assert_eq!(issues.len(), 2);
        assert!(matches!(
            issues[0],
            PackIssue::EventWithoutDate { event: 0, .. }
        ));
        assert!(matches!(
            issues[1],
            PackIssue::EventWithoutPlace { event: 0, .. }
        ));
        assert_eq!(
            issues[0].message(),
            "When is Carers Week coffee morning? Add the date."
        );
    }

    #[test]
    fn unnamed_things_still_get_a_readable_message() {
        let issue = PackIssue::PlaceWithoutAddress {
            place: 0,
            name: String::new(),
        };
        assert_eq!(
            issue.message(),
            "Where is this meeting place? Add an address so carers can find it."
        );
        assert_eq!(
            PackIssue::BlankStep { step: 2 }.to_string(),
            "Step 3 is empty. Write what people can do, or remove it."
        );
        assert_eq!(
            issue.wording().id,
            "core-pack-place-without-address-unnamed"
        );
        assert!(issue.wording().args.is_empty());
        let named = PackIssue::EventWithoutDate {
            event: 0,
            title: " Coffee morning ".into(),
        }
        .wording();
        assert_eq!(named.id, "core-pack-event-undated");
        assert_eq!(
            named.args["name"],
            crate::wording::WordingArg::Text("Coffee morning".into())
        );
        let step = PackIssue::BlankStep { step: 2 }.wording();
        assert_eq!(step.args["step"], crate::wording::WordingArg::Number(3));
    }

    #[test]
    fn pack_round_trips_through_json_and_rejects_unknown_fields() {
        let mut pack = ActionPack::draft(
            PackId::from_u128(2),
            Audience::EmployersAndBusinesses,
            "Rawmarsh",
            &plan_with(&[(5, "Write to local employers about flexible working")]),
        );
        pack.places.push(MeetingPlace {
            name: "Rawmarsh Library".into(),
            address: Some("Barbers Avenue".into()),
            when: None,
        });
        let json = serde_json::to_string(&pack).map_err(|e| e.to_string());
        let json = json.as_deref().unwrap_or("");
        let back: Result<ActionPack, _> = serde_json::from_str(json);
        assert_eq!(back.ok().as_ref(), Some(&pack));
        let broken = json.replacen("\"title\"", "\"colour\":\"red\",\"title\"", 1);
        assert!(serde_json::from_str::<ActionPack>(&broken).is_err());
    }
}
