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
//! Erasure and compaction: a snapshot holds what was said in a session as it stood
//! at the checkpoint. A statement removed, or a person erased, after the checkpoint
//! is gone from the content at once and its words are blanked in the log, but the
//! snapshot in the file keeps them until the document is compacted past the
//! erasure. So compact again once every copy has acknowledged an erasure.
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

    /// True when the edit `replica`, `seq` is folded into the snapshot. Edits are
    /// numbered from 1, so seq 0 is never covered.
    pub fn covers(&self, replica: ReplicaId, seq: u64) -> bool {
        (1..=self.get(replica)).contains(&seq)
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
///
/// In the file (version 3), after `content`:
/// `"checkpoint": {"origin": "68d429f2151f9f0a", "clock": 6, "folded":
/// [{"replica": "…", "seq": 6}]}` — the original snapshot's [`SnapshotId`], the
/// clock, and each device's highest folded seq ([`Frontier`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The snapshot before the first compaction: 16 hexadecimal digits.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = "^[0-9a-f]{16}$"))
    )]
    origin: SnapshotId,
    /// Every edit stamped at or before this clock is in the snapshot.
    clock: u64,
    /// Each device's highest seq folded into the snapshot.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<FoldedEdits>"))]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{CHECKPOINT_VERSION, Document, DocumentError, MergeError};
    use crate::edits::{Edit, StampedEdit};
    use crate::ids::DocumentId;

    const LAPTOP: ReplicaId = ReplicaId::from_u128(1);
    const PHONE: ReplicaId = ReplicaId::from_u128(2);

    fn rename(doc: &mut Document, by: ReplicaId, n: usize) -> Result<(), crate::edits::EditError> {
        doc.apply(
            by,
            Edit::SetTitle {
                title: format!("Maltby {n}"),
            },
        )?;
        Ok(())
    }

    fn renamed(times: usize) -> Result<Document, crate::edits::EditError> {
        let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
        for n in 0..times {
            rename(&mut doc, LAPTOP, n)?;
        }
        Ok(doc)
    }

    #[test]
    fn a_thousand_renames_compact_to_an_empty_log_and_read_back_as_version_3()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = renamed(1_000)?;
        let before = doc.to_json();
        doc.compact(doc.log().clock())?;
        assert!(doc.log().is_empty());
        assert_eq!(doc.content().title, "Maltby 999");
        assert_eq!(doc.base().title, "Maltby 999");
        let after = doc.to_json();
        assert!(after.len() * 50 < before.len(), "{} bytes", after.len());
        assert!(after.contains(&format!("\"version\": {CHECKPOINT_VERSION}")));
        let back = Document::from_json(after.as_bytes())?;
        assert_eq!(back, doc);
        // New edits are numbered and stamped after the folded ones.
        let mut back = back;
        let stamped = back.apply(
            LAPTOP,
            Edit::SetTitle {
                title: "Maltby".into(),
            },
        )?;
        assert_eq!((stamped.seq, stamped.clock), (1_001, 1_001));
        Ok(())
    }

    #[test]
    fn a_document_without_a_checkpoint_is_still_written_as_version_2()
    -> Result<(), Box<dyn std::error::Error>> {
        let json = renamed(3)?.to_json();
        assert!(json.contains("\"version\": 2") && !json.contains("checkpoint"));
        Ok(())
    }

    #[test]
    fn a_checkpoint_in_a_version_2_file_is_refused_with_its_place()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = renamed(3)?;
        doc.compact(2)?;
        let json = doc
            .to_json()
            .replacen("\"version\": 3", "\"version\": 2", 1);
        let err = Document::from_json(json.as_bytes()).err();
        assert!(
            matches!(&err, Some(DocumentError::Invalid { path, .. }) if path == "checkpoint"),
            "{err:?}"
        );
        Ok(())
    }

    #[test]
    fn a_logged_edit_the_checkpoint_already_holds_is_refused_with_its_place()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = renamed(3)?;
        doc.compact(2)?;
        let json = doc.to_json().replacen("\"clock\": 2", "\"clock\": 3", 1);
        assert!(json.contains("\"clock\": 3,\n    \"folded\""), "{json}");
        let err = Document::from_json(json.as_bytes()).err();
        assert!(
            matches!(&err, Some(DocumentError::Invalid { path, .. }) if path == "log[0]"),
            "{err:?}"
        );
        Ok(())
    }

    #[test]
    fn compacting_past_what_this_copy_has_seen_is_refused() -> Result<(), Box<dyn std::error::Error>>
    {
        let mut doc = renamed(3)?;
        let before = doc.clone();
        assert_eq!(
            doc.compact(4),
            Err(CompactError::AheadOfLog { asked: 4, seen: 3 })
        );
        assert_eq!(doc, before);
        Ok(())
    }

    #[test]
    fn compacting_over_a_hole_in_the_log_is_refused() -> Result<(), Box<dyn std::error::Error>> {
        let laptop = renamed(3)?;
        // The phone heard the laptop's first and third edits but not its second.
        let mut phone = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
        let edits = laptop.log().edits();
        phone.receive([edits[0].clone(), edits[2].clone()])?;
        let err = phone.compact(3).err();
        assert_eq!(
            err,
            Some(CompactError::MissingEdit {
                replica: LAPTOP,
                seq: 2
            })
        );
        assert!(
            err.map(|e| e.to_string())
                .unwrap_or_default()
                .contains("missing change 2")
        );
        Ok(())
    }

    #[test]
    fn a_phone_edited_offline_before_the_checkpoint_is_told_to_take_a_fresh_copy()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut laptop = renamed(2)?;
        let mut phone = laptop.clone();
        rename(&mut phone, PHONE, 100)?; // stamped at clock 3, never sent
        rename(&mut laptop, LAPTOP, 2)?;
        rename(&mut laptop, LAPTOP, 3)?;
        laptop.compact(4)?;
        let err = phone.merge(&laptop).err();
        assert_eq!(
            err,
            Some(MergeError::BeforeCheckpoint(BeforeCheckpoint {
                replica: PHONE,
                seq: 1,
                checkpoint: 4
            }))
        );
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("take a fresh copy"), "{message}");
        let plain = err.map(|e| e.message()).unwrap_or_default();
        assert!(
            plain.starts_with("one copy has changes made before"),
            "{plain}"
        );
        assert!(
            !plain.contains(&PHONE.to_string()),
            "no device ids for a person: {plain}"
        );
        Ok(())
    }

    #[test]
    fn a_folded_edit_sent_again_is_held_and_one_stamped_after_the_checkpoint_is_a_reused_id()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut doc = renamed(4)?;
        let third = doc.log().edits()[2].clone();
        doc.compact(3)?;
        assert_eq!(doc.log().holds(&third), Ok(true));
        let restamped = StampedEdit {
            clock: 9,
            ..third.clone()
        };
        assert!(doc.log().holds(&restamped).is_err());
        Ok(())
    }

    #[test]
    fn copies_from_different_snapshots_are_refused_after_compaction()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut mine = renamed(2)?;
        let theirs = Document::from_content(DocumentId::from_u128(1), Content::new("Other"));
        mine.compact(2)?;
        assert_eq!(
            mine.clone().merge(&theirs),
            Err(MergeError::DifferentSnapshot)
        );
        let mut theirs = theirs;
        assert_eq!(theirs.merge(&mine), Err(MergeError::DifferentSnapshot));
        Ok(())
    }

    #[test]
    fn a_snapshot_id_is_16_hex_digits_and_reads_back() -> Result<(), serde_json::Error> {
        let id = SnapshotId::of(&Content::new("Maltby"));
        let json = serde_json::to_string(&id)?;
        assert_eq!(json.len(), 18);
        assert_eq!(serde_json::from_str::<SnapshotId>(&json)?, id);
        assert!(serde_json::from_str::<SnapshotId>("\"not hex at all!!\"").is_err());
        Ok(())
    }
}
