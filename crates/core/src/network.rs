//! The carer network: partner organisations, localities, the strategic group and the
//! locality network groups that report into it (hub and spoke), members and carer reps,
//! meetings and who came, counted per financial quarter. [`Quarter`] itself (April to
//! June is Q1) lives in the crate's calendar module and is re-exported here, its public
//! path. Nothing here reads a clock: every count is a pure function of the data.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::calendar::{Quarter, QuarterError};
use crate::ids::{LocalityId, MeetingId, MemberId, NetworkId, OrganisationId};
use crate::wording::{Wording, phrase_key};

// ---------------------------------------------------------------------------
// Organisations, localities, networks, members, meetings
// ---------------------------------------------------------------------------

/// What sort of organisation a partner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum OrganisationKind {
    /// The council and other public bodies.
    Statutory,
    /// The NHS: the clinical commissioning group, hospitals, GP practices.
    Health,
    /// Charities and voluntary sector services (Crossroads Care, Barnardo's).
    Voluntary,
    /// Community and faith groups.
    Community,
}

impl OrganisationKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [OrganisationKind; 4] = [
        OrganisationKind::Statutory,
        OrganisationKind::Health,
        OrganisationKind::Voluntary,
        OrganisationKind::Community,
    ];

    /// The words a person reads.
    pub fn label(self) -> &'static str {
        match self {
            OrganisationKind::Statutory => "Council or public body",
            OrganisationKind::Health => "Health (NHS)",
            OrganisationKind::Voluntary => "Voluntary sector",
            OrganisationKind::Community => "Community group",
        }
    }
}

/// A partner organisation in the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The organisation's id.
    pub id: OrganisationId,
    /// What sort of organisation it is.
    pub kind: OrganisationKind,
    /// Its full name, e.g. "Rotherham Clinical Commissioning Group".
    pub name: String,
    /// The short name people use, e.g. "RCCG".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
}

impl Organisation {
    /// The short name if there is one, else the full name.
    pub fn label(&self) -> &str {
        match self.short_name.as_deref().map(str::trim) {
            Some(short) if !short.is_empty() => short,
            _ => self.name.trim(),
        }
    }
}

/// A place in the borough with its own locality network group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Locality {
    /// The locality's id.
    pub id: LocalityId,
    /// Its name as people there say it, e.g. "Maltby".
    pub name: String,
}

/// Where a network group sits in the hub-and-spoke model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum NetworkKind {
    /// The hub: the borough's strategic group (The Borough That Cares Strategic Group).
    Strategic,
    /// A spoke: a locality network group that feeds into a strategic group.
    Locality {
        /// The locality it serves.
        locality: LocalityId,
        /// The strategic group it reports into.
        hub: NetworkId,
    },
}

/// A network group: the strategic group, or a locality network group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// The group's id.
    pub id: NetworkId,
    /// Its name, e.g. "Maltby Borough That Cares Group".
    pub name: String,
    /// Whether it is the hub or a locality spoke.
    pub kind: NetworkKind,
}

impl Network {
    /// True for a strategic group (a hub).
    pub fn is_strategic(&self) -> bool {
        matches!(self.kind, NetworkKind::Strategic)
    }

    /// The strategic group this one reports into, for a locality network.
    pub fn hub(&self) -> Option<NetworkId> {
        match self.kind {
            NetworkKind::Locality { hub, .. } => Some(hub),
            NetworkKind::Strategic => None,
        }
    }

    /// The locality this network serves, for a locality network.
    pub fn locality(&self) -> Option<LocalityId> {
        match self.kind {
            NetworkKind::Locality { locality, .. } => Some(locality),
            NetworkKind::Strategic => None,
        }
    }
}

/// A member of one or more network groups: a partner's staff member or a carer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's id.
    pub id: MemberId,
    /// The name shown to others; carers may choose a pseudonym.
    pub display_name: String,
    /// The organisation they come from, if any (carers often have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    /// True for a carer rep (a navigator) who brings carers' voice to meetings.
    #[serde(default)]
    pub is_carer_rep: bool,
    /// Whether they are a young carer, if they have said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub young_carer: Option<bool>,
    /// The network groups they belong to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<NetworkId>,
}

impl Member {
    /// True only when the member has said they are a young carer.
    pub fn is_young_carer(&self) -> bool {
        self.young_carer == Some(true)
    }
}

/// Who came to a meeting: members by id, and a count of everyone else.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Members of the network who came.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberId>,
    /// How many others came (guests, carers who dropped in) who are not members.
    #[serde(default)]
    pub others: u32,
}

impl Attendance {
    /// True when nobody is recorded (a meeting still to come, or not yet written up).
    pub fn is_empty(&self) -> bool {
        self.members.is_empty() && self.others == 0
    }

    /// Everyone who came: each member once, plus the others.
    pub fn total(&self) -> u32 {
        let members = self.members.iter().collect::<BTreeSet<_>>().len();
        u32::try_from(members)
            .unwrap_or(u32::MAX)
            .saturating_add(self.others)
    }
}

/// A meeting of a network group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The meeting's id.
    pub id: MeetingId,
    /// The network group that holds it.
    pub network: NetworkId,
    /// What it is called, e.g. "Strategic group, May".
    pub title: String,
    /// The day it is held.
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    pub date: NaiveDate,
    /// When it starts.
    #[serde(deserialize_with = "crate::calendar::iso_time::read")]
    pub start: NaiveTime,
    /// When it ends.
    #[serde(deserialize_with = "crate::calendar::iso_time::read")]
    pub end: NaiveTime,
    /// Where it is held, e.g. "Maltby Library" or "Online".
    pub place: String,
    /// True for a key strategic meeting, where carers' voice must be heard.
    #[serde(default)]
    pub is_key_strategic_meeting: bool,
    /// Who came.
    #[serde(default, skip_serializing_if = "Attendance::is_empty")]
    pub attendance: Attendance,
}

impl Meeting {
    /// The quarter the meeting falls in.
    pub fn quarter(&self) -> Quarter {
        Quarter::containing(self.date)
    }

    /// The title and day for messages: "Strategic group, May (Tue 14 May 2024)".
    pub fn label(&self) -> String {
        format!(
            "{} ({})",
            self.title.trim(),
            self.date.format("%a %-d %b %Y")
        )
    }
}

// ---------------------------------------------------------------------------
// The whole network
// ---------------------------------------------------------------------------

/// The carer network as a whole: everything the hub-and-spoke model is made of.
///
/// ```
/// use cares_core::ids::{LocalityId, MeetingId, NetworkId};
/// use cares_core::network::{Attendance, CarerNetwork, Locality, Meeting, MeetingScope, Network, NetworkKind};
/// use chrono::{NaiveDate, NaiveTime};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let hub = NetworkId::from_u128(1);
/// let maltby = LocalityId::from_u128(2);
/// let mut network = CarerNetwork::default();
/// network.localities.push(Locality { id: maltby, name: "Maltby".into() });
/// network.networks.push(Network { id: hub, name: "Strategic Group".into(), kind: NetworkKind::Strategic });
/// network.networks.push(Network {
///     id: NetworkId::from_u128(3),
///     name: "Maltby Borough That Cares Group".into(),
///     kind: NetworkKind::Locality { locality: maltby, hub },
/// });
/// network.meetings.push(Meeting {
///     id: MeetingId::from_u128(4),
///     network: hub,
///     title: "Strategic group".into(),
///     date: NaiveDate::from_ymd_opt(2024, 5, 14).ok_or("bad date")?,
///     start: NaiveTime::from_hms_opt(10, 0, 0).ok_or("bad time")?,
///     end: NaiveTime::from_hms_opt(12, 0, 0).ok_or("bad time")?,
///     place: "Riverside House".into(),
///     is_key_strategic_meeting: true,
///     attendance: Attendance { members: vec![], others: 12 },
/// });
/// assert!(network.check().is_ok());
/// assert_eq!(network.spokes(hub).len(), 1);
/// let by_quarter = network.attendance_by_quarter(MeetingScope::All);
/// assert_eq!(by_quarter[0].quarter.to_string(), "2024-25 Q1");
/// assert_eq!(by_quarter[0].attendance, 12);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CarerNetwork {
    /// Partner organisations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    /// Localities of the borough.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub localities: Vec<Locality>,
    /// The strategic group and the locality network groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<Network>,
    /// Members of the groups, carer reps among them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// Meetings held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
}

/// Which meetings a count covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MeetingScope {
    /// Every meeting of every group.
    All,
    /// The meetings of one group.
    Network(NetworkId),
    /// Key strategic meetings only (for "carer rep activity at strategic meetings").
    KeyStrategic,
}

impl MeetingScope {
    fn includes(self, meeting: &Meeting) -> bool {
        match self {
            MeetingScope::All => true,
            MeetingScope::Network(id) => meeting.network == id,
            MeetingScope::KeyStrategic => meeting.is_key_strategic_meeting,
        }
    }
}

/// Who came to one meeting, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeetingAttendance {
    /// The meeting.
    pub meeting: MeetingId,
    /// Its day.
    #[serde(deserialize_with = "crate::calendar::iso_day::read")]
    pub date: NaiveDate,
    /// Everyone who came: members (each once) and others.
    pub total: u32,
    /// Members who came.
    pub members: u32,
    /// Others who came.
    pub others: u32,
    /// Carer reps who came.
    pub carer_reps: u32,
}

/// Meetings and attendance in one quarter, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuarterAttendance {
    /// The quarter.
    pub quarter: Quarter,
    /// How many meetings were held.
    pub meetings: u32,
    /// Everyone who came, added up over the meetings.
    pub attendance: u32,
    /// Carer reps who came, added up over the meetings (carer rep activity).
    pub carer_reps: u32,
}

/// The kinds of entry a network holds, for naming them in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EntryKind {
    /// An organisation.
    Organisation,
    /// A locality.
    Locality,
    /// A network group.
    Network,
    /// A member.
    Member,
    /// A meeting.
    Meeting,
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntryKind::Organisation => "organisation",
            EntryKind::Locality => "locality",
            EntryKind::Network => "network group",
            EntryKind::Member => "member",
            EntryKind::Meeting => "meeting",
        })
    }
}

/// Something wrong in a [`CarerNetwork`]: a repeated id, or a reference to nothing.
///
/// Messages name entries by id, never by a person's name, so they are safe to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkError {
    /// Two entries of the same kind share an id.
    #[error(
        "{kind} id {id} is used more than once (entries {first} and {second}, counting from 0)"
    )]
    DuplicateId {
        /// The kind of entry.
        kind: EntryKind,
        /// The repeated id.
        id: Uuid,
        /// Where it first appears in its list.
        first: usize,
        /// Where it appears again.
        second: usize,
    },
    /// An entry's name is blank.
    #[error("{kind} {id} has no name")]
    BlankName {
        /// The kind of entry.
        kind: EntryKind,
        /// Its id.
        id: Uuid,
    },
    /// A locality network names a locality that is not in the network.
    #[error("network group {network} is for locality {locality}, which is not in the network")]
    UnknownLocality {
        /// The locality network.
        network: NetworkId,
        /// The missing locality.
        locality: LocalityId,
    },
    /// A locality network reports into a group that is not in the network.
    #[error("network group {network} reports into group {hub}, which is not in the network")]
    UnknownHub {
        /// The locality network.
        network: NetworkId,
        /// The missing hub.
        hub: NetworkId,
    },
    /// A locality network reports into a group that is not a strategic group.
    #[error(
        "network group {network} reports into group {hub}, which is not a strategic group; locality groups report into the hub"
    )]
    HubNotStrategic {
        /// The locality network.
        network: NetworkId,
        /// The group it names as its hub.
        hub: NetworkId,
    },
    /// A member comes from an organisation that is not in the network.
    #[error("member {member} is from organisation {organisation}, which is not in the network")]
    UnknownOrganisation {
        /// The member.
        member: MemberId,
        /// The missing organisation.
        organisation: OrganisationId,
    },
    /// A member belongs to a group that is not in the network.
    #[error("member {member} belongs to network group {network}, which is not in the network")]
    UnknownMembership {
        /// The member.
        member: MemberId,
        /// The missing group.
        network: NetworkId,
    },
    /// A member lists the same group twice.
    #[error("member {member} lists network group {network} more than once")]
    DuplicateMembership {
        /// The member.
        member: MemberId,
        /// The repeated group.
        network: NetworkId,
    },
    /// A meeting is held by a group that is not in the network.
    #[error("meeting {meeting} is held by network group {network}, which is not in the network")]
    UnknownMeetingNetwork {
        /// The meeting.
        meeting: MeetingId,
        /// The missing group.
        network: NetworkId,
    },
    /// A meeting ends before (or when) it starts.
    #[error("meeting {meeting} ends at {end}, which is not after it starts at {start}")]
    EndsBeforeStart {
        /// The meeting.
        meeting: MeetingId,
        /// When it starts.
        start: NaiveTime,
        /// When it ends.
        end: NaiveTime,
    },
    /// A meeting's attendance names someone who is not a member.
    #[error("meeting {meeting} lists member {member} as attending, who is not in the network")]
    UnknownAttendee {
        /// The meeting.
        meeting: MeetingId,
        /// The missing member.
        member: MemberId,
    },
    /// A meeting's attendance names the same member twice.
    #[error("meeting {meeting} lists member {member} as attending more than once")]
    DuplicateAttendee {
        /// The meeting.
        meeting: MeetingId,
        /// The repeated member.
        member: MemberId,
    },
}

impl NetworkError {
    /// The same message as a catalogue id and arguments, for a front end to say in
    /// the reader's language; its British English is this error's `Display`. The kind
    /// of entry is a key (`network-group`), ids and positions are given as written.
    pub fn wording(&self) -> Wording {
        let id = |id: &str| Wording::new(id);
        let kind = |kind: &EntryKind| phrase_key(&kind.to_string());
        match self {
            NetworkError::DuplicateId {
                kind: k,
                id: entry,
                first,
                second,
            } => id("core-network-duplicate-id")
                .text("kind", kind(k))
                .text("id", entry.to_string())
                .text("first", first.to_string())
                .text("second", second.to_string()),
            NetworkError::BlankName { kind: k, id: entry } => id("core-network-blank-name")
                .text("kind", kind(k))
                .text("id", entry.to_string()),
            NetworkError::UnknownLocality { network, locality } => {
                id("core-network-unknown-locality")
                    .text("network", network.to_string())
                    .text("locality", locality.to_string())
            }
            NetworkError::UnknownHub { network, hub } => id("core-network-unknown-hub")
                .text("network", network.to_string())
                .text("hub", hub.to_string()),
            NetworkError::HubNotStrategic { network, hub } => id("core-network-hub-not-strategic")
                .text("network", network.to_string())
                .text("hub", hub.to_string()),
            NetworkError::UnknownOrganisation {
                member,
                organisation,
            } => id("core-network-unknown-organisation")
                .text("member", member.to_string())
                .text("organisation", organisation.to_string()),
            NetworkError::UnknownMembership { member, network } => {
                id("core-network-unknown-membership")
                    .text("member", member.to_string())
                    .text("network", network.to_string())
            }
            NetworkError::DuplicateMembership { member, network } => {
                id("core-network-duplicate-membership")
                    .text("member", member.to_string())
                    .text("network", network.to_string())
            }
            NetworkError::UnknownMeetingNetwork { meeting, network } => {
                id("core-network-unknown-meeting-network")
                    .text("meeting", meeting.to_string())
                    .text("network", network.to_string())
            }
            NetworkError::EndsBeforeStart {
                meeting,
                start,
                end,
            } => id("core-network-ends-before-start")
                .text("meeting", meeting.to_string())
                .text("start", start.to_string())
                .text("end", end.to_string()),
            NetworkError::UnknownAttendee { meeting, member } => {
                id("core-network-unknown-attendee")
                    .text("meeting", meeting.to_string())
                    .text("member", member.to_string())
            }
            NetworkError::DuplicateAttendee { meeting, member } => {
                id("core-network-duplicate-attendee")
                    .text("meeting", meeting.to_string())
                    .text("member", member.to_string())
            }
        }
    }
}

impl CarerNetwork {
    /// Finds an organisation by id.
    pub fn organisation(&self, id: OrganisationId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// Finds a locality by id.
    pub fn locality(&self, id: LocalityId) -> Option<&Locality> {
        self.localities.iter().find(|l| l.id == id)
    }

    /// Finds a network group by id.
    pub fn network(&self, id: NetworkId) -> Option<&Network> {
        self.networks.iter().find(|n| n.id == id)
    }

    /// Finds a member by id.
    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    /// Finds a meeting by id.
    pub fn meeting(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The strategic groups (the hubs), in the order they were added.
    pub fn strategic_groups(&self) -> Vec<&Network> {
        self.networks.iter().filter(|n| n.is_strategic()).collect()
    }

    /// The locality network groups that report into a hub, in the order they were added.
    pub fn spokes(&self, hub: NetworkId) -> Vec<&Network> {
        self.networks
            .iter()
            .filter(|n| n.hub() == Some(hub))
            .collect()
    }

    /// The locality network groups serving a locality.
    pub fn networks_for_locality(&self, locality: LocalityId) -> Vec<&Network> {
        self.networks
            .iter()
            .filter(|n| n.locality() == Some(locality))
            .collect()
    }

    /// The members of a group, in the order they were added.
    pub fn members_of(&self, network: NetworkId) -> Vec<&Member> {
        self.members
            .iter()
            .filter(|m| m.networks.contains(&network))
            .collect()
    }

    /// Every carer rep, in the order they were added.
    pub fn carer_reps(&self) -> Vec<&Member> {
        self.members.iter().filter(|m| m.is_carer_rep).collect()
    }

    /// The meetings in a scope, in time order (day, start, then id).
    pub fn meetings_in(&self, scope: MeetingScope) -> Vec<&Meeting> {
        let mut meetings: Vec<&Meeting> =
            self.meetings.iter().filter(|m| scope.includes(m)).collect();
        meetings.sort_by_key(|m| (m.date, m.start, m.id));
        meetings
    }

    /// The meetings in a scope that fall in a quarter, in time order.
    pub fn meetings_in_quarter(&self, scope: MeetingScope, quarter: Quarter) -> Vec<&Meeting> {
        self.meetings_in(scope)
            .into_iter()
            .filter(|m| quarter.contains(m.date))
            .collect()
    }

    /// Who came to one meeting, counted; members are counted once however often listed.
    pub fn meeting_attendance(&self, meeting: &Meeting) -> MeetingAttendance {
        let members: BTreeSet<MemberId> = meeting.attendance.members.iter().copied().collect();
        let carer_reps = members
            .iter()
            .filter(|id| self.member(**id).is_some_and(|m| m.is_carer_rep))
            .count();
        let member_count = u32::try_from(members.len()).unwrap_or(u32::MAX);
        MeetingAttendance {
            meeting: meeting.id,
            date: meeting.date,
            total: member_count.saturating_add(meeting.attendance.others),
            members: member_count,
            others: meeting.attendance.others,
            carer_reps: u32::try_from(carer_reps).unwrap_or(u32::MAX),
        }
    }

    /// Attendance at each meeting in a scope, in time order.
    pub fn attendance_per_meeting(&self, scope: MeetingScope) -> Vec<MeetingAttendance> {
        self.meetings_in(scope)
            .into_iter()
            .map(|m| self.meeting_attendance(m))
            .collect()
    }

    /// Meetings and attendance added up per quarter, earliest quarter first.
    ///
    /// Only quarters with at least one meeting appear.
    pub fn attendance_by_quarter(&self, scope: MeetingScope) -> Vec<QuarterAttendance> {
        let mut quarters: BTreeMap<Quarter, QuarterAttendance> = BTreeMap::new();
        for meeting in self.meetings_in(scope) {
            let counted = self.meeting_attendance(meeting);
            let quarter = meeting.quarter();
            let entry = quarters.entry(quarter).or_insert(QuarterAttendance {
                quarter,
                meetings: 0,
                attendance: 0,
                carer_reps: 0,
            });
            entry.meetings = entry.meetings.saturating_add(1);
            entry.attendance = entry.attendance.saturating_add(counted.total);
            entry.carer_reps = entry.carer_reps.saturating_add(counted.carer_reps);
        }
        quarters.into_values().collect()
    }

    /// Checks that the network holds together: `Err` with everything wrong, in the
    /// order found.
    ///
    /// Finds ids used twice, blank names, references to organisations, localities,
    /// groups and members that are not there, locality groups whose hub is not a
    /// strategic group, and meetings that end before they start.
    pub fn check(&self) -> Result<(), Vec<NetworkError>> {
        let errors = self.validate();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Everything wrong with the network, in the order found; empty when all is well.
    /// The old form of [`CarerNetwork::check`], kept while callers move.
    #[doc(hidden)]
    pub fn validate(&self) -> Vec<NetworkError> {
        let mut errors = Vec::new();

        duplicates(
            EntryKind::Organisation,
            self.organisations.iter().map(|o| o.id.as_uuid()),
            &mut errors,
        );
        duplicates(
            EntryKind::Locality,
            self.localities.iter().map(|l| l.id.as_uuid()),
            &mut errors,
        );
        duplicates(
            EntryKind::Network,
            self.networks.iter().map(|n| n.id.as_uuid()),
            &mut errors,
        );
        duplicates(
            EntryKind::Member,
            self.members.iter().map(|m| m.id.as_uuid()),
            &mut errors,
        );
        duplicates(
            EntryKind::Meeting,
            self.meetings.iter().map(|m| m.id.as_uuid()),
            &mut errors,
        );

        let names = self
            .organisations
            .iter()
            .map(|o| (EntryKind::Organisation, o.id.as_uuid(), o.name.as_str()))
            .chain(
                self.localities
                    .iter()
                    .map(|l| (EntryKind::Locality, l.id.as_uuid(), l.name.as_str())),
            )
            .chain(
                self.networks
                    .iter()
                    .map(|n| (EntryKind::Network, n.id.as_uuid(), n.name.as_str())),
            )
            .chain(
                self.members
                    .iter()
                    .map(|m| (EntryKind::Member, m.id.as_uuid(), m.display_name.as_str())),
            )
            .chain(
                self.meetings
                    .iter()
                    .map(|m| (EntryKind::Meeting, m.id.as_uuid(), m.title.as_str())),
            );
        for (kind, id, name) in names {
            if name.trim().is_empty() {
                errors.push(NetworkError::BlankName { kind, id });
            }
        }

        for network in &self.networks {
            if let NetworkKind::Locality { locality, hub } = network.kind {
                if self.locality(locality).is_none() {
                    errors.push(NetworkError::UnknownLocality {
                        network: network.id,
                        locality,
                    });
                }
                match self.network(hub) {
                    None => errors.push(NetworkError::UnknownHub {
                        network: network.id,
                        hub,
                    }),
                    Some(target) if !target.is_strategic() => {
                        errors.push(NetworkError::HubNotStrategic {
                            network: network.id,
                            hub,
                        });
                    }
                    Some(_) => {}
                }
            }
        }

        for member in &self.members {
            if let Some(organisation) = member.organisation
                && self.organisation(organisation).is_none()
            {
                errors.push(NetworkError::UnknownOrganisation {
                    member: member.id,
                    organisation,
                });
            }
            let mut seen = BTreeSet::new();
            for &network in &member.networks {
                if !seen.insert(network) {
                    errors.push(NetworkError::DuplicateMembership {
                        member: member.id,
                        network,
                    });
                } else if self.network(network).is_none() {
                    errors.push(NetworkError::UnknownMembership {
                        member: member.id,
                        network,
                    });
                }
            }
        }

        for meeting in &self.meetings {
            if self.network(meeting.network).is_none() {
                errors.push(NetworkError::UnknownMeetingNetwork {
                    meeting: meeting.id,
                    network: meeting.network,
                });
            }
            if meeting.end <= meeting.start {
                errors.push(NetworkError::EndsBeforeStart {
                    meeting: meeting.id,
                    start: meeting.start,
                    end: meeting.end,
                });
            }
            let mut seen = BTreeSet::new();
            for &member in &meeting.attendance.members {
                if !seen.insert(member) {
                    errors.push(NetworkError::DuplicateAttendee {
                        meeting: meeting.id,
                        member,
                    });
                } else if self.member(member).is_none() {
                    errors.push(NetworkError::UnknownAttendee {
                        meeting: meeting.id,
                        member,
                    });
                }
            }
        }

        errors
    }
}

/// Reports every id that appears again after its first place in a list.
fn duplicates(kind: EntryKind, ids: impl Iterator<Item = Uuid>, errors: &mut Vec<NetworkError>) {
    let mut first_seen: HashMap<Uuid, usize> = HashMap::new();
    for (index, id) in ids.enumerate() {
        match first_seen.get(&id) {
            Some(&first) => errors.push(NetworkError::DuplicateId {
                kind,
                id,
                first,
                second: index,
            }),
            None => {
                first_seen.insert(id, index);
            }
        }
    }
}

impl CarerNetwork {
    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self == &CarerNetwork::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("valid test time")
    }

    const HUB: NetworkId = NetworkId::from_u128(1);
    const MALTBY_GROUP: NetworkId = NetworkId::from_u128(2);
    const MALTBY: LocalityId = LocalityId::from_u128(10);
    const RCCG: OrganisationId = OrganisationId::from_u128(20);
    const REP: MemberId = MemberId::from_u128(30);
    const OFFICER: MemberId = MemberId::from_u128(31);

    fn meeting(id: u128, network: NetworkId, date: NaiveDate) -> Meeting {
        Meeting {
            id: MeetingId::from_u128(id),
            network,
            title: format!("Meeting {id}"),
            date,
            start: time(10, 0),
            end: time(12, 0),
            place: "Riverside House".into(),
            is_key_strategic_meeting: false,
            attendance: Attendance::default(),
        }
    }

    fn sample() -> CarerNetwork {
        CarerNetwork {
            organisations: vec![Organisation {
                id: RCCG,
                kind: OrganisationKind::Health,
                name: "Rotherham Clinical Commissioning Group".into(),
                short_name: Some("RCCG".into()),
            }],
            localities: vec![Locality {
                id: MALTBY,
                name: "Maltby".into(),
            }],
            networks: vec![
                Network {
                    id: HUB,
                    name: "The Borough That Cares Strategic Group".into(),
                    kind: NetworkKind::Strategic,
                },
                Network {
                    id: MALTBY_GROUP,
                    name: "Maltby Borough That Cares Group".into(),
                    kind: NetworkKind::Locality {
                        locality: MALTBY,
                        hub: HUB,
                    },
                },
            ],
            members: vec![
                Member {
                    id: REP,
                    display_name: "Sam".into(),
                    organisation: None,
                    is_carer_rep: true,
                    young_carer: Some(false),
                    networks: vec![HUB, MALTBY_GROUP],
                },
                Member {
                    id: OFFICER,
                    display_name: "Carers lead".into(),
                    organisation: Some(RCCG),
                    is_carer_rep: false,
                    young_carer: None,
                    networks: vec![HUB],
                },
            ],
            meetings: vec![],
        }
    }

    #[test]
    fn a_well_formed_network_has_no_problems() {
        assert_eq!(sample().validate(), vec![]);
    }

    #[test]
    fn hub_and_spoke_lookups_follow_the_model() {
        let network = sample();
        let hubs: Vec<NetworkId> = network.strategic_groups().iter().map(|n| n.id).collect();
        assert_eq!(hubs, vec![HUB]);
        let spokes: Vec<NetworkId> = network.spokes(HUB).iter().map(|n| n.id).collect();
        assert_eq!(spokes, vec![MALTBY_GROUP]);
        assert!(network.spokes(MALTBY_GROUP).is_empty());
        assert_eq!(network.networks_for_locality(MALTBY).len(), 1);
        assert_eq!(network.members_of(HUB).len(), 2);
        assert_eq!(network.members_of(MALTBY_GROUP).len(), 1);
        assert_eq!(network.carer_reps().len(), 1);
        assert_eq!(
            network.organisation(RCCG).map(Organisation::label),
            Some("RCCG")
        );
    }

    #[test]
    fn repeated_ids_are_reported_with_both_places() {
        let mut network = sample();
        network.members.push(Member {
            id: REP,
            display_name: "Sam again".into(),
            organisation: None,
            is_carer_rep: false,
            young_carer: None,
            networks: vec![],
        });
        let errors = network.validate();
        assert_eq!(
            errors,
            vec![NetworkError::DuplicateId {
                kind: EntryKind::Member,
                id: REP.as_uuid(),
                first: 0,
                second: 2,
            }]
        );
        assert!(errors[0].to_string().starts_with("member id "));
        assert!(!errors[0].to_string().contains("Sam"));
    }

    #[test]
    fn dangling_references_are_each_reported_where_they_are() {
        let mut network = sample();
        let ghost_org = OrganisationId::from_u128(99);
        let ghost_group = NetworkId::from_u128(98);
        let ghost_place = LocalityId::from_u128(97);
        let ghost_member = MemberId::from_u128(96);
        network.members[1].organisation = Some(ghost_org);
        network.members[1].networks.push(ghost_group);
        network.networks.push(Network {
            id: NetworkId::from_u128(3),
            name: "Wath group".into(),
            kind: NetworkKind::Locality {
                locality: ghost_place,
                hub: ghost_group,
            },
        });
        let mut m = meeting(40, ghost_group, day(2024, 5, 1));
        m.attendance.members = vec![ghost_member];
        network.meetings.push(m);

        let errors = network.validate();
        assert!(errors.contains(&NetworkError::UnknownOrganisation {
            member: OFFICER,
            organisation: ghost_org
        }));
        assert!(errors.contains(&NetworkError::UnknownMembership {
            member: OFFICER,
            network: ghost_group
        }));
        assert!(errors.contains(&NetworkError::UnknownLocality {
            network: NetworkId::from_u128(3),
            locality: ghost_place
        }));
        assert!(errors.contains(&NetworkError::UnknownHub {
            network: NetworkId::from_u128(3),
            hub: ghost_group
        }));
        assert!(errors.contains(&NetworkError::UnknownMeetingNetwork {
            meeting: MeetingId::from_u128(40),
            network: ghost_group
        }));
        assert!(errors.contains(&NetworkError::UnknownAttendee {
            meeting: MeetingId::from_u128(40),
            member: ghost_member
        }));
        assert_eq!(errors.len(), 6);
    }

    #[test]
    fn a_locality_group_must_report_into_a_strategic_group() {
        let mut network = sample();
        network.networks.push(Network {
            id: NetworkId::from_u128(3),
            name: "Wath group".into(),
            kind: NetworkKind::Locality {
                locality: MALTBY,
                hub: MALTBY_GROUP,
            },
        });
        assert_eq!(
            network.validate(),
            vec![NetworkError::HubNotStrategic {
                network: NetworkId::from_u128(3),
                hub: MALTBY_GROUP
            }]
        );
    }

    #[test]
    fn meetings_that_end_before_they_start_and_repeated_attendees_are_reported() {
        let mut network = sample();
        let mut m = meeting(40, HUB, day(2024, 5, 1));
        m.end = time(9, 0);
        m.attendance.members = vec![REP, REP];
        network.meetings.push(m);
        network.members[0].networks.push(HUB);
        network.localities[0].name = "  ".into();
        let errors = network.validate();
        assert_eq!(
            errors,
            vec![
                NetworkError::BlankName {
                    kind: EntryKind::Locality,
                    id: MALTBY.as_uuid()
                },
                NetworkError::DuplicateMembership {
                    member: REP,
                    network: HUB
                },
                NetworkError::EndsBeforeStart {
                    meeting: MeetingId::from_u128(40),
                    start: time(10, 0),
                    end: time(9, 0)
                },
                NetworkError::DuplicateAttendee {
                    meeting: MeetingId::from_u128(40),
                    member: REP
                },
            ]
        );
        let blank = errors[0].wording();
        assert_eq!(blank.id, "core-network-blank-name");
        assert_eq!(
            blank.args["kind"],
            crate::wording::WordingArg::Text("locality".into())
        );
        assert_eq!(errors[2].wording().id, "core-network-ends-before-start");
        assert_eq!(
            errors[2].wording().args["end"],
            crate::wording::WordingArg::Text("09:00:00".into())
        );
    }

    #[test]
    fn attendance_counts_each_member_once_plus_others_and_carer_reps() {
        let mut network = sample();
        let mut m = meeting(40, HUB, day(2024, 5, 1));
        m.attendance = Attendance {
            members: vec![REP, OFFICER, REP],
            others: 5,
        };
        network.meetings.push(m.clone());
        let counted = network.meeting_attendance(&m);
        assert_eq!(counted.total, 7);
        assert_eq!(counted.members, 2);
        assert_eq!(counted.others, 5);
        assert_eq!(counted.carer_reps, 1);
        assert_eq!(m.attendance.total(), 7);
    }

    #[test]
    fn attendance_is_added_up_per_financial_quarter_in_order() {
        let mut network = sample();
        let mut june = meeting(41, HUB, day(2024, 6, 30));
        june.attendance = Attendance {
            members: vec![REP],
            others: 3,
        };
        june.is_key_strategic_meeting = true;
        let mut april = meeting(40, MALTBY_GROUP, day(2024, 4, 1));
        april.attendance = Attendance {
            members: vec![REP, OFFICER],
            others: 0,
        };
        let mut march = meeting(42, HUB, day(2025, 3, 31));
        march.attendance.others = 9;
        // Added out of order on purpose: the counts come back in time order.
        network.meetings = vec![march, june, april];

        let all = network.attendance_by_quarter(MeetingScope::All);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].quarter, Quarter::new(2024, 1).expect("quarter"));
        assert_eq!(
            (all[0].meetings, all[0].attendance, all[0].carer_reps),
            (2, 6, 2)
        );
        assert_eq!(all[1].quarter, Quarter::new(2024, 4).expect("quarter"));
        assert_eq!(
            (all[1].meetings, all[1].attendance, all[1].carer_reps),
            (1, 9, 0)
        );

        let key = network.attendance_by_quarter(MeetingScope::KeyStrategic);
        assert_eq!(key.len(), 1);
        assert_eq!((key[0].meetings, key[0].carer_reps), (1, 1));

        let maltby = network.attendance_per_meeting(MeetingScope::Network(MALTBY_GROUP));
        assert_eq!(maltby.len(), 1);
        assert_eq!(maltby[0].meeting, MeetingId::from_u128(40));

        let ids: Vec<MeetingId> = network
            .meetings_in(MeetingScope::All)
            .iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(
            ids,
            vec![
                MeetingId::from_u128(40),
                MeetingId::from_u128(41),
                MeetingId::from_u128(42)
            ]
        );
        let q1 = Quarter::new(2024, 1).expect("quarter");
        assert_eq!(network.meetings_in_quarter(MeetingScope::All, q1).len(), 2);
    }

    #[test]
    fn the_network_round_trips_through_json() {
        let mut network = sample();
        network.meetings.push(meeting(40, HUB, day(2024, 5, 1)));
        let json = serde_json::to_string(&network).expect("serializes");
        assert!(json.contains("\"type\":\"locality\""));
        assert!(json.contains("\"date\":\"2024-05-01\""));
        let back: CarerNetwork = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, network);
        assert!(serde_json::from_str::<CarerNetwork>(r#"{"members":[],"colour":1}"#).is_err());
    }
}
