//! The progress markers themselves: what the framework says we count, which area of
//! focus introduced each one, how it adds up over a year (a tally or a level) and the
//! words a reader sees for it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One of the things the framework says we will count to show progress.
///
/// The seed's list, by the area of focus that introduced it; later areas keep
/// recording the earlier markers. "Record the number of / attendance at carer network
/// meetings" asks for two counts, so it is two markers here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProgressMarker {
    /// Meeting places we have and make available for carers.
    MeetingPlaces,
    /// Activities and events that take place.
    ActivitiesAndEvents,
    /// Audience numbers for the carers' newsletter.
    NewsletterReach,
    /// Requests for information packs.
    InformationPackRequests,
    /// Health and wellbeing checks and support interventions.
    HealthAndWellbeingChecks,
    /// Carer network meetings held.
    NetworkMeetingsHeld,
    /// Attendance at carer network meetings.
    NetworkMeetingAttendance,
    /// People involved in co-production activity.
    CoproductionInvolvement,
    /// Online activity (visits, views, interactions).
    OnlineActivity,
    /// Carer rep activity at strategic meetings.
    CarerRepActivity,
}

/// How a marker adds up over a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MarkerKind {
    /// Things that happen in a quarter (events, requests): a year is the sum of its quarters.
    Tally,
    /// How many there are at the time (meeting places, newsletter readers): a year is its
    /// latest quarter, never the sum.
    Level,
}

impl ProgressMarker {
    /// Every marker, in the order reports show them.
    pub const ALL: [ProgressMarker; 10] = [
        ProgressMarker::MeetingPlaces,
        ProgressMarker::ActivitiesAndEvents,
        ProgressMarker::NewsletterReach,
        ProgressMarker::InformationPackRequests,
        ProgressMarker::HealthAndWellbeingChecks,
        ProgressMarker::NetworkMeetingsHeld,
        ProgressMarker::NetworkMeetingAttendance,
        ProgressMarker::CoproductionInvolvement,
        ProgressMarker::OnlineActivity,
        ProgressMarker::CarerRepActivity,
    ];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "Meeting places for carers",
            ProgressMarker::ActivitiesAndEvents => "Activities and events",
            ProgressMarker::NewsletterReach => "Newsletter reach",
            ProgressMarker::InformationPackRequests => "Information pack requests",
            ProgressMarker::HealthAndWellbeingChecks => "Health and wellbeing checks and support",
            ProgressMarker::NetworkMeetingsHeld => "Carer network meetings held",
            ProgressMarker::NetworkMeetingAttendance => "Attendance at carer network meetings",
            ProgressMarker::CoproductionInvolvement => "Involvement in co-production",
            ProgressMarker::OnlineActivity => "Online activity",
            ProgressMarker::CarerRepActivity => "Carer rep activity at strategic meetings",
        }
    }

    /// What is counted, as it reads after a number ("12 meeting places").
    pub fn unit(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "meeting places",
            ProgressMarker::ActivitiesAndEvents => "activities and events",
            ProgressMarker::NewsletterReach => "readers",
            ProgressMarker::InformationPackRequests => "requests",
            ProgressMarker::HealthAndWellbeingChecks => "checks and interventions",
            ProgressMarker::NetworkMeetingsHeld => "meetings",
            ProgressMarker::NetworkMeetingAttendance => "attendances",
            ProgressMarker::CoproductionInvolvement => "people taking part",
            ProgressMarker::OnlineActivity => "visits and interactions",
            ProgressMarker::CarerRepActivity => "strategic meetings with a carer rep",
        }
    }

    /// The number of the area of focus (1, 2 or 3 in the 2022-25 framework) that
    /// introduced this marker.
    pub fn introduced_in(self) -> u8 {
        match self {
            ProgressMarker::MeetingPlaces
            | ProgressMarker::ActivitiesAndEvents
            | ProgressMarker::NewsletterReach
            | ProgressMarker::InformationPackRequests => 1,
            ProgressMarker::HealthAndWellbeingChecks
            | ProgressMarker::NetworkMeetingsHeld
            | ProgressMarker::NetworkMeetingAttendance
            | ProgressMarker::CoproductionInvolvement => 2,
            ProgressMarker::OnlineActivity | ProgressMarker::CarerRepActivity => 3,
        }
    }

    /// How the marker adds up over a year.
    pub fn kind(self) -> MarkerKind {
        match self {
            ProgressMarker::MeetingPlaces | ProgressMarker::NewsletterReach => MarkerKind::Level,
            _ => MarkerKind::Tally,
        }
    }

    /// The stable key used in files and URLs ("meeting-places"…).
    pub fn key(self) -> &'static str {
        match self {
            ProgressMarker::MeetingPlaces => "meeting-places",
            ProgressMarker::ActivitiesAndEvents => "activities-and-events",
            ProgressMarker::NewsletterReach => "newsletter-reach",
            ProgressMarker::InformationPackRequests => "information-pack-requests",
            ProgressMarker::HealthAndWellbeingChecks => "health-and-wellbeing-checks",
            ProgressMarker::NetworkMeetingsHeld => "network-meetings-held",
            ProgressMarker::NetworkMeetingAttendance => "network-meeting-attendance",
            ProgressMarker::CoproductionInvolvement => "coproduction-involvement",
            ProgressMarker::OnlineActivity => "online-activity",
            ProgressMarker::CarerRepActivity => "carer-rep-activity",
        }
    }

    /// Reads a key written by [`ProgressMarker::key`].
    pub fn from_key(key: &str) -> Option<ProgressMarker> {
        ProgressMarker::ALL.into_iter().find(|m| m.key() == key)
    }
}

impl fmt::Display for ProgressMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
