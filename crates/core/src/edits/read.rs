//! Reading an [`Edit`] and a [`SessionStep`]: the same format serde's derive reads
//! (externally tagged, kebab-case names, no unknown fields), with one reader of
//! fields for all of an enum's variants instead of one per variant. The derived
//! readers were the two largest functions of the app's wasm (50 KB and 28 KB before
//! optimising, the step's also the largest in a phone's); these are a fraction of it.
//!
//! A variant's fields are read into one struct of options (`EditFields`,
//! `StepFields`), checked against the fields that variant takes (`TAKES`), then
//! made into the variant, where a field it needs and did not get is missing.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, EnumAccess, MapAccess, VariantAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::{ActionField, Edit, SessionStep};
use crate::assessment::SelfAssessment;
use crate::coproduction::{Phase, Session};
use crate::empowerment::{Alignment, RepProfile, SchoolCalendar};
use crate::ids::{
    ActionId, AssessmentId, ContributionId, MeetingId, MemberId, PackId, ParticipantId, PlanId,
    SessionId, ThemeId,
};
use crate::measures::{Observation, Target};
use crate::network::{Locality, Meeting, Member, Network, Organisation};
use crate::packs::ActionPack;
use crate::plan::{Action, ActionPlan, Evidence, Section, StatusChange};
use crate::roles::CarerRoles;

/// A name read as its place in a list: a variant's (`variant`) or a field's.
#[derive(Clone, Copy)]
struct Name {
    names: &'static [&'static str],
    variant: bool,
}

impl<'de> DeserializeSeed<'de> for Name {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Name {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(if self.variant { "a variant" } else { "a field" })
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        self.names.iter().position(|n| *n == name).ok_or_else(|| {
            if self.variant {
                E::unknown_variant(name, self.names)
            } else {
                E::unknown_field(name, self.names)
            }
        })
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        usize::try_from(index)
            .ok()
            .filter(|i| *i < self.names.len())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(index), &self))
    }
}

/// Reads a variant's fields from `map`: each must be one the variant `takes` (by
/// index into `names`) and come once; `read` reads the value of field `i`.
fn read_fields<'de, A: MapAccess<'de>>(
    map: &mut A,
    names: &'static [&'static str],
    takes: &[usize],
    mut read: impl FnMut(&mut A, usize) -> Result<(), A::Error>,
) -> Result<(), A::Error> {
    let mut seen = 0_u64;
    let field = Name {
        names,
        variant: false,
    };
    while let Some(index) = map.next_key_seed(field)? {
        if !takes.contains(&index) {
            let expected: Vec<&str> = takes.iter().map(|i| names[*i]).collect();
            // `unknown_field` wants a 'static list: the names are, this list is not.
            return Err(de::Error::custom(format_args!(
                "unknown field `{}`, expected {}",
                names[index],
                one_of(&expected)
            )));
        }
        let bit = 1_u64 << index;
        if seen & bit != 0 {
            return Err(de::Error::duplicate_field(names[index]));
        }
        seen |= bit;
        read(map, index)?;
    }
    Ok(())
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

/// A field the variant needs.
fn needs<T, E: de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// Reads an enum by its variant's name, then that variant's fields into `F` (or
/// nothing, for a variant without fields), and makes the variant from them.
struct Tagged<F> {
    what: &'static str,
    variants: &'static [&'static str],
    field_names: &'static [&'static str],
    takes: &'static [&'static [usize]],
    fields: PhantomData<F>,
}

/// The fields of one variant, read by [`Tagged`].
trait Fields: Default {
    type Value;

    /// Reads the value of field `index` of `variant` into `self`.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        variant: usize,
        index: usize,
    ) -> Result<(), A::Error>;

    /// The variant, from what was read.
    fn make<E: de::Error>(self, variant: usize) -> Result<Self::Value, E>;
}

/// Reads one variant's fields into `F`.
struct FieldsVisitor<F> {
    what: &'static str,
    variant: usize,
    names: &'static [&'static str],
    takes: &'static [usize],
    fields: PhantomData<F>,
}

impl<'de, F: Fields> Visitor<'de> for FieldsVisitor<F> {
    type Value = F;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the fields of {}", self.what)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<F, A::Error> {
        let mut fields = F::default();
        read_fields(&mut map, self.names, self.takes, |map, index| {
            fields.read(map, self.variant, index)
        })?;
        Ok(fields)
    }
}

impl<'de, F: Fields> Visitor<'de> for Tagged<F> {
    type Value = F::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<F::Value, A::Error> {
        let (variant, access) = data.variant_seed(Name {
            names: self.variants,
            variant: true,
        })?;
        let takes = self.takes[variant];
        if takes.is_empty() {
            access.unit_variant()?;
            return F::default().make(variant);
        }
        let fields = access.struct_variant(
            self.field_names,
            FieldsVisitor::<F> {
                what: self.what,
                variant,
                names: self.field_names,
                takes,
                fields: PhantomData,
            },
        )?;
        fields.make(variant)
    }
}

/// Reads `F::Value` as an externally tagged enum.
fn read_tagged<'de, D: Deserializer<'de>, F: Fields>(
    deserializer: D,
    name: &'static str,
    what: &'static str,
    variants: &'static [&'static str],
    field_names: &'static [&'static str],
    takes: &'static [&'static [usize]],
) -> Result<F::Value, D::Error> {
    deserializer.deserialize_enum(
        name,
        variants,
        Tagged {
            what,
            variants,
            field_names,
            takes,
            fields: PhantomData::<F>,
        },
    )
}

// ---- Session steps ----

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
const STEP_FIELDS: &[&str] = &[
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

/// The fields each step takes (by index into [`STEP_FIELDS`]), in [`STEPS`]'s order.
const STEP_TAKES: &[&[usize]] = &[
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

/// What a step's fields held; each is `None` when absent (or null).
#[derive(Default)]
struct StepFields {
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

impl Fields for StepFields {
    type Value = SessionStep;

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        _step: usize,
        index: usize,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.participant = map.next_value()?,
            1 => self.pseudonym = map.next_value()?,
            2 => self.roles = map.next_value()?,
            3 => self.young_carer = map.next_value()?,
            4 => self.contribution = map.next_value()?,
            5 => self.text = map.next_value()?,
            6 => self.theme = map.next_value()?,
            7 => self.name = map.next_value()?,
            8 => self.from = map.next_value()?,
            9 => self.into = map.next_value()?,
            10 => self.to = map.next_value()?,
            _ => self.people = map.next_value()?,
        }
        Ok(())
    }

    fn make<E: de::Error>(self, step: usize) -> Result<SessionStep, E> {
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

impl<'de> Deserialize<'de> for SessionStep {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_tagged::<D, StepFields>(
            deserializer,
            "SessionStep",
            "a session step",
            STEPS,
            STEP_FIELDS,
            STEP_TAKES,
        )
    }
}

// ---- Edits ----

/// The edits by name, as written.
const EDITS: &[&str] = &[
    "set-title",
    "add-plan",
    "set-plan-title",
    "remove-plan",
    "add-section",
    "add-action",
    "set-action",
    "move-action",
    "remove-action",
    "rate-action",
    "add-evidence",
    "put-pack",
    "remove-pack",
    "put-assessment",
    "remove-assessment",
    "record-observation",
    "set-target",
    "add-session",
    "session",
    "put-organisation",
    "put-locality",
    "put-network",
    "put-member",
    "remove-member",
    "put-meeting",
    "remove-meeting",
    "put-rep",
    "align",
    "unalign",
    "set-school-calendar",
];

/// Every field any edit has, as written.
const EDIT_FIELDS: &[&str] = &[
    "title",
    "plan",
    "section",
    "action",
    "after",
    "field",
    "change",
    "evidence",
    "pack",
    "assessment",
    "observation",
    "target",
    "session",
    "step",
    "organisation",
    "locality",
    "network",
    "member",
    "meeting",
    "rep",
    "alignment",
    "calendar",
];

/// The fields each edit takes (by index into [`EDIT_FIELDS`]), in [`EDITS`]'s order.
const EDIT_TAKES: &[&[usize]] = &[
    &[0],       // set-title
    &[1],       // add-plan
    &[1, 0],    // set-plan-title
    &[1],       // remove-plan
    &[1, 2],    // add-section
    &[1, 3, 4], // add-action
    &[1, 3, 5], // set-action
    &[1, 3, 4], // move-action
    &[1, 3],    // remove-action
    &[1, 3, 6], // rate-action
    &[1, 3, 7], // add-evidence
    &[8],       // put-pack
    &[8],       // remove-pack
    &[9],       // put-assessment
    &[9],       // remove-assessment
    &[10],      // record-observation
    &[11],      // set-target
    &[12],      // add-session
    &[12, 13],  // session
    &[14],      // put-organisation
    &[15],      // put-locality
    &[16],      // put-network
    &[17],      // put-member
    &[17],      // remove-member
    &[18],      // put-meeting
    &[18],      // remove-meeting
    &[19],      // put-rep
    &[20],      // align
    &[20],      // unalign
    &[21],      // set-school-calendar
];

/// The edits whose field of a name holds the whole thing rather than its id.
const ADD_PLAN: usize = 1;
const ADD_ACTION: usize = 5;
const PUT_PACK: usize = 11;
const PUT_ASSESSMENT: usize = 13;
const ADD_SESSION: usize = 17;
const PUT_MEMBER: usize = 22;
const PUT_MEETING: usize = 24;

/// What an edit's fields held; each is `None` when absent (or null). A field that
/// is a thing in one edit and its id in another has a place for each.
#[derive(Default)]
struct EditFields {
    title: Option<String>,
    plan: Option<Box<ActionPlan>>,
    plan_id: Option<PlanId>,
    section: Option<Section>,
    action: Option<Box<Action>>,
    action_id: Option<ActionId>,
    after: Option<ActionId>,
    field: Option<ActionField>,
    change: Option<StatusChange>,
    evidence: Option<Evidence>,
    pack: Option<Box<ActionPack>>,
    pack_id: Option<PackId>,
    assessment: Option<Box<SelfAssessment>>,
    assessment_id: Option<AssessmentId>,
    observation: Option<Observation>,
    target: Option<Target>,
    session: Option<Box<Session>>,
    session_id: Option<SessionId>,
    step: Option<SessionStep>,
    organisation: Option<Organisation>,
    locality: Option<Locality>,
    network: Option<Network>,
    member: Option<Member>,
    member_id: Option<MemberId>,
    meeting: Option<Meeting>,
    meeting_id: Option<MeetingId>,
    rep: Option<RepProfile>,
    alignment: Option<Alignment>,
    calendar: Option<SchoolCalendar>,
}

impl Fields for EditFields {
    type Value = Edit;

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        edit: usize,
        index: usize,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.title = map.next_value()?,
            1 if edit == ADD_PLAN => self.plan = map.next_value()?,
            1 => self.plan_id = map.next_value()?,
            2 => self.section = map.next_value()?,
            3 if edit == ADD_ACTION => self.action = map.next_value()?,
            3 => self.action_id = map.next_value()?,
            4 => self.after = map.next_value()?,
            5 => self.field = map.next_value()?,
            6 => self.change = map.next_value()?,
            7 => self.evidence = map.next_value()?,
            8 if edit == PUT_PACK => self.pack = map.next_value()?,
            8 => self.pack_id = map.next_value()?,
            9 if edit == PUT_ASSESSMENT => self.assessment = map.next_value()?,
            9 => self.assessment_id = map.next_value()?,
            10 => self.observation = map.next_value()?,
            11 => self.target = map.next_value()?,
            12 if edit == ADD_SESSION => self.session = map.next_value()?,
            12 => self.session_id = map.next_value()?,
            13 => self.step = map.next_value()?,
            14 => self.organisation = map.next_value()?,
            15 => self.locality = map.next_value()?,
            16 => self.network = map.next_value()?,
            17 if edit == PUT_MEMBER => self.member = map.next_value()?,
            17 => self.member_id = map.next_value()?,
            18 if edit == PUT_MEETING => self.meeting = map.next_value()?,
            18 => self.meeting_id = map.next_value()?,
            19 => self.rep = map.next_value()?,
            20 => self.alignment = map.next_value()?,
            _ => self.calendar = map.next_value()?,
        }
        Ok(())
    }

    fn make<E: de::Error>(self, edit: usize) -> Result<Edit, E> {
        let plan = || needs(self.plan_id, "plan");
        let action = || needs(self.action_id, "action");
        Ok(match edit {
            0 => Edit::SetTitle {
                title: needs(self.title, "title")?,
            },
            1 => Edit::AddPlan {
                plan: needs(self.plan, "plan")?,
            },
            2 => Edit::SetPlanTitle {
                plan: plan()?,
                title: needs(self.title, "title")?,
            },
            3 => Edit::RemovePlan { plan: plan()? },
            4 => Edit::AddSection {
                plan: plan()?,
                section: needs(self.section, "section")?,
            },
            5 => Edit::AddAction {
                plan: plan()?,
                action: needs(self.action, "action")?,
                after: self.after,
            },
            6 => Edit::SetAction {
                plan: plan()?,
                action: action()?,
                field: needs(self.field, "field")?,
            },
            7 => Edit::MoveAction {
                plan: plan()?,
                action: action()?,
                after: self.after,
            },
            8 => Edit::RemoveAction {
                plan: plan()?,
                action: action()?,
            },
            9 => Edit::RateAction {
                plan: plan()?,
                action: action()?,
                change: needs(self.change, "change")?,
            },
            10 => Edit::AddEvidence {
                plan: plan()?,
                action: action()?,
                evidence: needs(self.evidence, "evidence")?,
            },
            11 => Edit::PutPack {
                pack: needs(self.pack, "pack")?,
            },
            12 => Edit::RemovePack {
                pack: needs(self.pack_id, "pack")?,
            },
            13 => Edit::PutAssessment {
                assessment: needs(self.assessment, "assessment")?,
            },
            14 => Edit::RemoveAssessment {
                assessment: needs(self.assessment_id, "assessment")?,
            },
            15 => Edit::RecordObservation {
                observation: needs(self.observation, "observation")?,
            },
            16 => Edit::SetTarget {
                target: needs(self.target, "target")?,
            },
            17 => Edit::AddSession {
                session: needs(self.session, "session")?,
            },
            18 => Edit::Session {
                session: needs(self.session_id, "session")?,
                step: needs(self.step, "step")?,
            },
            19 => Edit::PutOrganisation {
                organisation: needs(self.organisation, "organisation")?,
            },
            20 => Edit::PutLocality {
                locality: needs(self.locality, "locality")?,
            },
            21 => Edit::PutNetwork {
                network: needs(self.network, "network")?,
            },
            22 => Edit::PutMember {
                member: needs(self.member, "member")?,
            },
            23 => Edit::RemoveMember {
                member: needs(self.member_id, "member")?,
            },
            24 => Edit::PutMeeting {
                meeting: needs(self.meeting, "meeting")?,
            },
            25 => Edit::RemoveMeeting {
                meeting: needs(self.meeting_id, "meeting")?,
            },
            26 => Edit::PutRep {
                rep: needs(self.rep, "rep")?,
            },
            27 => Edit::Align {
                alignment: needs(self.alignment, "alignment")?,
            },
            28 => Edit::Unalign {
                alignment: needs(self.alignment, "alignment")?,
            },
            _ => Edit::SetSchoolCalendar {
                calendar: needs(self.calendar, "calendar")?,
            },
        })
    }
}

impl<'de> Deserialize<'de> for Edit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_tagged::<D, EditFields>(
            deserializer,
            "Edit",
            "an edit",
            EDITS,
            EDIT_FIELDS,
            EDIT_TAKES,
        )
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

    /// One edit of every kind, as JSON, with payloads taken from two fixture
    /// documents (so each is a real plan, pack, network, rep…).
    fn every_edit() -> Vec<serde_json::Value> {
        use serde_json::{Value, json};
        let read = |text: &str| -> Value { serde_json::from_str(text).expect("a fixture") };
        let v4 = read(include_str!("../../tests/fixtures/documents/v4-full.json"));
        let borough = read(include_str!("../../tests/fixtures/example-borough.json"));
        let (c4, cb) = (&v4["content"], &borough["content"]);
        let plan = &c4["plans"][0];
        let action = &plan["actions"][0];
        let (plan_id, action_id) = (&plan["id"], &action["id"]);
        let pack = &c4["packs"][0];
        let assessment = &cb["assessments"][0];
        let session = &cb["sessions"][0];
        let network = &cb["network"];
        let member = &network["members"][0];
        let meeting = &network["meetings"][0];
        let alignment = &cb["empowerment"]["alignments"][0];
        let step = json!({"vote": {"participant": member["id"], "theme": plan_id}});
        vec![
            json!({"set-title": {"title": "Maltby"}}),
            json!({"add-plan": {"plan": plan}}),
            json!({"set-plan-title": {"plan": plan_id, "title": "Maltby plan"}}),
            json!({"remove-plan": {"plan": plan_id}}),
            json!({"add-section": {"plan": plan_id, "section": plan["sections"][0]}}),
            json!({"add-action": {"plan": plan_id, "action": action, "after": action_id}}),
            json!({"add-action": {"plan": plan_id, "action": action}}),
            json!({"set-action": {"plan": plan_id, "action": action_id,
                "field": {"name": "what", "value": "Meet monthly"}}}),
            json!({"move-action": {"plan": plan_id, "action": action_id, "after": action_id}}),
            json!({"move-action": {"plan": plan_id, "action": action_id}}),
            json!({"remove-action": {"plan": plan_id, "action": action_id}}),
            json!({"rate-action": {"plan": plan_id, "action": action_id,
                "change": action["history"][0]}}),
            json!({"add-evidence": {"plan": plan_id, "action": action_id,
                "evidence": borough["content"]["plans"][0]["actions"][0]["evidence"][0]}}),
            json!({"put-pack": {"pack": pack}}),
            json!({"remove-pack": {"pack": pack["id"]}}),
            json!({"put-assessment": {"assessment": assessment}}),
            json!({"remove-assessment": {"assessment": assessment["id"]}}),
            json!({"record-observation": {"observation": cb["progress"]["observations"][0]}}),
            json!({"set-target": {"target": cb["progress"]["targets"][0]}}),
            json!({"add-session": {"session": session}}),
            json!({"session": {"session": session["id"], "step": step}}),
            json!({"put-organisation": {"organisation": network["organisations"][0]}}),
            json!({"put-locality": {"locality": network["localities"][0]}}),
            json!({"put-network": {"network": network["networks"][0]}}),
            json!({"put-member": {"member": member}}),
            json!({"remove-member": {"member": member["id"]}}),
            json!({"put-meeting": {"meeting": meeting}}),
            json!({"remove-meeting": {"meeting": meeting["id"]}}),
            json!({"put-rep": {"rep": cb["empowerment"]["reps"][0]}}),
            json!({"align": {"alignment": alignment}}),
            json!({"unalign": {"alignment": alignment}}),
            json!({"set-school-calendar": {"calendar": c4["empowerment"]["school_calendar"]}}),
        ]
    }

    #[test]
    fn every_edit_reads_back_as_it_was_written() {
        let mut kinds = std::collections::BTreeSet::new();
        for written in every_edit() {
            let edit: Edit = serde_json::from_value(written.clone())
                .unwrap_or_else(|e| panic!("{written}: {e}"));
            let again = serde_json::to_value(&edit).expect("writes");
            assert_eq!(again, written, "an edit reads and writes the same");
            kinds.extend(
                written
                    .as_object()
                    .into_iter()
                    .flat_map(|o| o.keys().cloned()),
            );
        }
        assert_eq!(
            kinds.len(),
            EDITS.len(),
            "every kind of edit is tried: {kinds:?}"
        );
    }

    #[test]
    fn a_wrong_edit_says_what_is_wrong() {
        let said = |text: &str| {
            serde_json::from_str::<Edit>(text)
                .expect_err(text)
                .to_string()
        };
        let plan = "00000000-0000-0000-0000-000000000001";
        assert!(said(r#"{"paint":{}}"#).contains("unknown variant `paint`"));
        let extra = said(&format!(
            r#"{{"remove-plan":{{"plan":"{plan}","title":"x"}}}}"#
        ));
        assert!(
            extra.contains("unknown field `title`, expected `plan`"),
            "{extra}"
        );
        assert!(
            said(&format!(r#"{{"set-plan-title":{{"plan":"{plan}"}}}}"#))
                .contains("missing field `title`")
        );
        // A field that is a whole thing in one edit and an id in another is read as
        // what this edit takes.
        assert!(said(&format!(r#"{{"add-plan":{{"plan":"{plan}"}}}}"#)).contains("invalid type"));
        assert!(said(r#"{"remove-plan":{"plan":{"id":"x"}}}"#).contains("invalid type"));
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
