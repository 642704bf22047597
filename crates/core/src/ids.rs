//! Typed identifiers for everything a document names.
//!
//! Each id wraps a [`Uuid`] so an `ActionId` can never be passed where a
//! `SessionId` is meant. The core never makes random ids itself (it has no
//! randomness): callers mint them from their own randomness with `from_random_bytes`
//! (16 random bytes make a version 4 UUID), or wrap a UUID they made with `from_uuid`.
//! `from_u128` is for tests and deterministic imports only.
//!
//! A [`ReplicaId`] names whoever stamps edits, and every device or copy that edits a
//! document needs its own: two copies editing under one id cannot be merged (see
//! [`crate::edits::ReplicaReused`]). Mint a fresh random one per device, per browser
//! tab or per program run rather than storing one inside a file that gets copied.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps a UUID minted by the caller.
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// Makes a random id (a version 4 UUID) from 16 random bytes you supply,
            /// for example from `getrandom` or the browser's `crypto.getRandomValues`.
            pub const fn from_random_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }

            /// Makes an id from a number; handy for tests and for deterministic imports.
            /// Never use a fixed number for a [`ReplicaId`] on a real device.
            pub const fn from_u128(n: u128) -> Self {
                Self(Uuid::from_u128(n))
            }

            /// The UUID inside.
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.0)
            }
        }
    };
}

typed_id!(
    /// Identifies a whole document (its lineage: copies that can be merged share it).
    DocumentId
);
typed_id!(
    /// Identifies an action plan.
    PlanId
);
typed_id!(
    /// Identifies a section of a plan (a strategic outcome, a theme, an area of focus).
    SectionId
);
typed_id!(
    /// Identifies an action within a plan.
    ActionId
);
typed_id!(
    /// Identifies a partner organisation.
    OrganisationId
);
typed_id!(
    /// Identifies a locality (a place in the borough with its own network).
    LocalityId
);
typed_id!(
    /// Identifies a network (the strategic group or a locality network group).
    NetworkId
);
typed_id!(
    /// Identifies a member of a network, including carer reps.
    MemberId
);
typed_id!(
    /// Identifies a meeting.
    MeetingId
);
typed_id!(
    /// Identifies a co-production session.
    SessionId
);
typed_id!(
    /// Identifies a pseudonymous participant in a session.
    ParticipantId
);
typed_id!(
    /// Identifies a contribution ("I need…") made in a session.
    ContributionId
);
typed_id!(
    /// Identifies a theme that contributions are grouped into.
    ThemeId
);
typed_id!(
    /// Identifies an organisation's self-assessment.
    AssessmentId
);
typed_id!(
    /// Identifies a Carer Friendly Communities Action Pack.
    PackId
);
typed_id!(
    /// Identifies a device or copy that makes edits (a browser tab, the server, a
    /// program run). Each needs its own, minted at random: two copies that edit under
    /// one id cannot be merged.
    ReplicaId
);
