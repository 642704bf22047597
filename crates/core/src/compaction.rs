//! Compacting a document: folding the start of its edit log into a new snapshot
//! that every other copy can still merge with.
//!
//! A document's log only grows. [`Document::compact`] cuts it at a Lamport clock:
//! every edit stamped at or before that clock is applied to the snapshot and
//! dropped from the log, and the document records a [`Checkpoint`] — the snapshot
//! it started from ([`SnapshotId`]), the clock, and how far it folded each device's
//! edits ([`Frontier`]). The checkpoint is the new snapshot's identity: two copies
//! that compacted at the same clock hold the same snapshot, and a copy that did not
//! compact (or compacted at an earlier clock) still merges, folding its own edits
//! up to the checkpoint first.
//!
//! The cut is a clock, not a count of edits per device, because edits apply in
//! one total order (clock, replica, seq): a snapshot may only hold a prefix of that
//! order, or an edit folded in could end up before one it should follow. So compact
//! only at a clock every copy has acknowledged: once a copy has sent its edits and
//! reports `doc.log().clock()`, every edit it makes later is stamped above that, so
//! the smallest clock all copies reported is safe. A copy that still holds an edit
//! from at or before a checkpoint that the checkpoint lacks is refused
//! ([`BeforeCheckpoint`]), never merged into a different state.
//!
//! [`Document::compact`]: crate::document::Document::compact

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::ids::ReplicaId;

/// How far a checkpoint folded each device's edits: for each [`ReplicaId`], the
/// highest seq it folded (a device's edits 1 to that seq are all in the snapshot).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier(BTreeMap<ReplicaId, u64>);

impl Frontier {
    /// The highest seq of `replica`'s edits folded, 0 when none were.
    pub fn get(&self, replica: ReplicaId) -> u64 {
        self.0.get(&replica).copied().unwrap_or(0)
    }

    /// True when the edit `replica`, `seq` is folded into the snapshot.
    pub fn covers(&self, replica: ReplicaId, seq: u64) -> bool {
        seq <= self.get(replica)
    }

    /// True when every edit this frontier covers, `other` covers too.
    pub fn within(&self, other: &Frontier) -> bool {
        self.0.iter().all(|(&r, &seq)| other.covers(r, seq))
    }

    /// Each device with the highest seq folded, in replica order.
    pub fn iter(&self) -> impl Iterator<Item = (ReplicaId, u64)> + '_ {
        self.0.iter().map(|(&r, &seq)| (r, seq))
    }

    pub(crate) fn set(&mut self, replica: ReplicaId, seq: u64) {
        self.0.insert(replica, seq);
    }
}

/// One device's line of a [`Frontier`] as the file writes it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FoldedEdits {
    /// The device.
    replica: ReplicaId,
    /// Its edits 1 to this seq are in the snapshot.
    seq: u64,
}

impl Serialize for Frontier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.iter()
                .map(|(replica, seq)| FoldedEdits { replica, seq }),
        )
    }
}

impl<'de> Deserialize<'de> for Frontier {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let lines = Vec::<FoldedEdits>::deserialize(deserializer)?;
        let mut frontier = Frontier::default();
        for line in lines {
            if line.seq == 0 {
                return Err(serde::de::Error::custom("seq starts at 1"));
            }
            if frontier.0.insert(line.replica, line.seq).is_some() {
                return Err(serde::de::Error::custom(format!(
                    "device {} is listed twice",
                    line.replica
                )));
            }
        }
        Ok(frontier)
    }
}

/// A fingerprint of a snapshot: 64-bit FNV-1a of its compact JSON, written as 16
/// hexadecimal digits. It tells whether two copies started from the same snapshot
/// without keeping that snapshot once it is compacted away.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SnapshotId(u64);

impl SnapshotId {
    /// The fingerprint of `content`.
    pub fn of(content: &Content) -> SnapshotId {
        let json = serde_json::to_string(content).unwrap_or_default();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in json.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        SnapshotId(hash)
    }
}

impl fmt::Display for SnapshotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl fmt::Debug for SnapshotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SnapshotId({self})")
    }
}

impl Serialize for SnapshotId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SnapshotId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.len() != 16 {
            return Err(serde::de::Error::custom(
                "expected 16 hexadecimal digits, such as \"00ff00ff00ff00ff\"",
            ));
        }
        u64::from_str_radix(&text, 16).map(SnapshotId).map_err(|_| {
            serde::de::Error::custom("expected 16 hexadecimal digits, such as \"00ff00ff00ff00ff\"")
        })
    }
}

/// Where a document's log was compacted: every edit stamped at or before `clock`
/// is in the snapshot, and the log holds only later ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    origin: SnapshotId,
    clock: u64,
    folded: Frontier,
}

impl Checkpoint {
    pub(crate) fn new(origin: SnapshotId, clock: u64, folded: Frontier) -> Self {
        Self {
            origin,
            clock,
            folded,
        }
    }

    /// The snapshot the document had before it was first compacted, which every
    /// copy of it shares.
    pub fn origin(&self) -> SnapshotId {
        self.origin
    }

    /// Every edit stamped at or before this clock is folded into the snapshot.
    pub fn clock(&self) -> u64 {
        self.clock
    }

    /// How far each device's edits are folded into the snapshot.
    pub fn folded(&self) -> &Frontier {
        &self.folded
    }
}

/// Why a document could not be compacted; nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CompactError {
    /// The clock asked for is later than any edit this copy has seen: edits this
    /// copy has not heard of could still be stamped at or before it.
    #[error("cannot compact up to clock {asked}: this copy has only seen edits up to clock {seen}")]
    AheadOfLog {
        /// The clock asked for.
        asked: u64,
        /// The highest clock this copy has seen.
        seen: u64,
    },
    /// This copy lacks an edit it would have to fold: compact once it has every
    /// edit up to the clock.
    #[error(
        "cannot compact: this copy is missing change {seq} of device {replica}; take in every edit up to the clock first"
    )]
    MissingEdit {
        /// The device whose edit is missing.
        replica: ReplicaId,
        /// The edit's number.
        seq: u64,
    },
}

/// An edit stamped at or before a checkpoint that the checkpoint does not hold:
/// it can no longer be put in its place in the order, so it is refused rather than
/// merged into a different state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "change {seq} of device {replica} was made before a checkpoint (clock {checkpoint}) that does not include it, so it can no longer be merged in its place: take a fresh copy of the compacted document and make the change again"
)]
pub struct BeforeCheckpoint {
    /// The device that made the edit.
    pub replica: ReplicaId,
    /// The edit's number among that device's edits.
    pub seq: u64,
    /// The checkpoint's clock.
    pub checkpoint: u64,
}
