//! Copies of a document's state a little way behind its newest edit, so an edit
//! that arrives late is checked by replaying from there rather than from the
//! snapshot. Two are kept: a near one, and a far one at least as far back as the
//! core lets a late edit land.
//!
//! And where a shared plan's log is compacted ([`compaction_point`]): the core's
//! `Document::compact` folds every edit stamped at or before a clock into the
//! snapshot, which is safe once every copy still editing has acknowledged that
//! clock. A copy acknowledges a clock by stamping an edit above it (it stamps every
//! later edit higher still), so the point is just below the earliest stamp among
//! the [`COMPACT_KEEP`] edits that arrived last: every copy that sent an edit
//! among them is past it. A copy quiet for longer is taken to be gone; if it comes
//! back with an older edit, or pulls from before the point, it is told plainly to
//! take a fresh copy (which the core merges with its own edits). Live sessions are
//! not compacted: a device catching up reads the snapshot whole, and a session's
//! snapshot would hold what only some may see (hidden votes, chosen names, consent).

use cares_core::document::Content;
use cares_core::edits::StampedEdit;
use cares_core::ids::ReplicaId;

/// How far behind the newest edit the near copy is kept.
pub const CHECKPOINT_WINDOW: usize = 256;
/// How far behind the newest edit the far copy is kept: at least as far as the
/// core lets a late edit land, so no late edit is checked from the start.
pub const FAR_CHECKPOINT_WINDOW: usize = cares_core::admission::MAX_LANDS_BEHIND;

/// How many of the edits that arrived last a compaction always leaves in the log.
pub const COMPACT_KEEP: usize = 10_000;

/// The clock to compact a log at, or `None` while the log holds fewer than twice
/// [`COMPACT_KEEP`] edits (so each compaction folds at least that many) or
/// nothing would fold. `position` gives each logged edit's place in the order of
/// arrival; `keep` is [`COMPACT_KEEP`] outside tests.
pub fn compaction_point(
    edits: &[StampedEdit],
    position: impl Fn(&StampedEdit) -> Option<i64>,
    keep: usize,
) -> Option<u64> {
    if keep == 0 || edits.len() < keep.saturating_mul(2) {
        return None;
    }
    let mut arrived: Vec<(i64, u64)> = edits
        .iter()
        .map(|e| (position(e).unwrap_or(i64::MAX), e.clock))
        .collect();
    arrived.sort_unstable();
    let recent = &arrived[arrived.len() - keep..];
    let earliest = recent.iter().map(|&(_, clock)| clock).min()?;
    let point = earliest.checked_sub(1)?;
    let folds = edits.partition_point(|e| e.clock <= point);
    (folds > 0).then_some(point)
}

/// The state after the first `index` edits of the log.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    /// How many edits of the log are folded in.
    pub index: usize,
    /// The state after them.
    pub content: Content,
}

impl Checkpoint {
    /// The state before any edit.
    pub fn start(base: &Content) -> Checkpoint {
        Checkpoint {
            index: 0,
            content: base.clone(),
        }
    }

    /// Keeps it between `window` and twice that behind the newest edit.
    pub fn advance(&mut self, edits: &[StampedEdit], window: usize) {
        let target = edits.len().saturating_sub(window);
        if target < self.index + window {
            return;
        }
        for e in &edits[self.index..target] {
            let _skipped = cares_core::edits::apply(&mut self.content, &e.edit);
        }
        self.index = target;
    }

    /// True when nothing at or before `order` is folded into it, so an edit placed
    /// there can be checked by replaying from it.
    pub fn before(&self, edits: &[StampedEdit], order: (u64, ReplicaId, u64)) -> bool {
        self.index == 0 || edits.get(self.index - 1).is_some_and(|e| e.order() < order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::edits::Edit;

    fn titles(n: u64) -> Vec<StampedEdit> {
        (1..=n)
            .map(|i| StampedEdit {
                replica: ReplicaId::from_u128(1),
                seq: i,
                clock: i,
                edit: Edit::SetTitle {
                    title: format!("title {i}"),
                },
            })
            .collect()
    }

    #[test]
    fn the_point_is_below_every_edit_that_arrived_last_and_waits_for_twice_the_window() {
        let mut edits = titles(30);
        // Edit 5 arrived last of all (a copy that was away came back with it).
        let position = |e: &StampedEdit| {
            Some(if e.seq == 5 {
                100
            } else {
                i64::try_from(e.seq).unwrap_or(0)
            })
        };
        assert_eq!(compaction_point(&edits[..19], position, 10), None);
        assert_eq!(compaction_point(&edits, position, 10), Some(4));
        edits.retain(|e| e.seq != 5);
        // Without it, the ten that arrived last are 21 to 30.
        assert_eq!(compaction_point(&edits, position, 10), Some(20));
        assert_eq!(compaction_point(&edits, position, 0), None);
    }

    #[test]
    fn a_checkpoint_stays_between_one_and_two_windows_behind_and_knows_what_it_holds() {
        let edits = titles(50);
        let mut checkpoint = Checkpoint::start(&Content::new("first"));
        checkpoint.advance(&edits[..15], 10);
        assert_eq!(checkpoint.index, 0, "not yet two windows behind");
        checkpoint.advance(&edits[..20], 10);
        assert_eq!(checkpoint.index, 10);
        assert_eq!(checkpoint.content.title, "title 10");
        assert!(checkpoint.before(&edits, edits[10].order()));
        assert!(!checkpoint.before(&edits, edits[9].order()));
        checkpoint.advance(&edits, 10);
        assert_eq!(checkpoint.index, 40);
        assert_eq!(checkpoint.content.title, "title 40");
    }
}
