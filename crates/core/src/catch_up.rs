//! Catching one copy of a document up with another's edits: which of their edits
//! this copy lacks (what a merge adds, so a front end stores exactly those), and
//! whether edits heard one batch at a time from another copy skip an edit this
//! copy never heard (so it must read every stored edit again rather than go on
//! with a hole in the log).
//!
//! Each maker numbers its edits 1, 2, 3… ([`StampedEdit::seq`]), so a hole is an
//! edit whose maker's previous one is in neither this log nor the batch.

use crate::edits::{EditLog, StampedEdit};

/// The edits in `there` that `here` does not hold, in `there`'s order: what
/// merging `there` into `here` adds.
pub fn missing(here: &EditLog, there: &EditLog) -> Vec<StampedEdit> {
    there
        .edits()
        .iter()
        .filter(|e| !here.contains(e.replica, e.seq))
        .cloned()
        .collect()
}

/// True when some edit in `heard` follows an edit of its maker that is in neither
/// `here` nor `heard`: a message was missed on the way (the copy was busy loading),
/// so taking `heard` in alone would leave a hole.
pub fn skips_an_edit(here: &EditLog, heard: &[StampedEdit]) -> bool {
    heard.iter().any(|e| {
        e.seq > 1
            && !here.contains(e.replica, e.seq - 1)
            && !heard
                .iter()
                .any(|other| other.replica == e.replica && other.seq == e.seq - 1)
    })
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;
    use crate::document::{Content, Document};
    use crate::edits::Edit;
    use crate::ids::{DocumentId, ReplicaId};

    fn title(n: usize) -> Edit {
        Edit::SetTitle {
            title: format!("Title {n}"),
        }
    }

    fn blank() -> Document {
        Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"))
    }

    /// A copy where each of three makers (tabs, devices) made some edits in turn.
    fn made(turns: &[usize]) -> Result<Document, TestCaseError> {
        let mut doc = blank();
        for (n, maker) in turns.iter().enumerate() {
            doc.apply(ReplicaId::from_u128(*maker as u128 + 1), title(n))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        Ok(doc)
    }

    /// Each maker's edits here are 1, 2, … n with none missing.
    fn whole(held: impl IntoIterator<Item = (ReplicaId, u64)>) -> bool {
        let mut by_maker: BTreeMap<ReplicaId, BTreeSet<u64>> = BTreeMap::new();
        for (replica, seq) in held {
            by_maker.entry(replica).or_default().insert(seq);
        }
        by_maker
            .values()
            .all(|seqs| seqs.iter().copied().eq(1..=seqs.len() as u64))
    }

    #[test]
    fn a_gap_in_another_tabs_edits_is_noticed() -> Result<(), TestCaseError> {
        let theirs = made(&[0, 0, 0])?;
        let sent = theirs.log().edits();
        let mut ours = blank();
        ours.receive(sent[..2].iter().cloned())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        assert!(!skips_an_edit(ours.log(), &sent[..1]));
        assert!(skips_an_edit(blank().log(), &sent[2..]));
        assert!(!skips_an_edit(ours.log(), &sent[1..]));
        assert!(!skips_an_edit(blank().log(), sent));
        Ok(())
    }

    proptest! {
        /// Whatever this copy held and whatever batch arrives, a hole is reported
        /// exactly when taking the batch in would leave one.
        #[test]
        fn a_skip_is_reported_exactly_when_taking_the_batch_in_leaves_a_hole(
            turns in prop::collection::vec(0usize..3, 0..24),
            held in prop::collection::vec(0usize..=8, 3),
            heard in prop::collection::vec(any::<bool>(), 24),
        ) {
            let all = made(&turns)?;
            let edits = all.log().edits();
            // This copy holds each maker's first few edits, with no hole.
            let mut here = blank();
            here.receive(edits.iter().filter(|e| {
                let maker = (e.replica.as_uuid().as_u128() - 1) as usize;
                e.seq <= held[maker] as u64
            }).cloned()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let batch: Vec<StampedEdit> = edits
                .iter()
                .zip(&heard)
                .filter(|(_, h)| **h)
                .map(|(e, _)| e.clone())
                .collect();
            let skipped = skips_an_edit(here.log(), &batch);
            here.receive(batch).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let after = here.log().edits().iter().map(|e| (e.replica, e.seq));
            prop_assert_eq!(skipped, !whole(after));
        }

        /// What is missing is exactly what a merge adds, and once it is taken in
        /// nothing is missing.
        #[test]
        fn what_is_missing_is_what_a_merge_adds(
            shared in prop::collection::vec(0usize..3, 0..10),
            mine in prop::collection::vec(0usize..3, 0..10),
            theirs in prop::collection::vec(3usize..6, 0..10),
        ) {
            let common = made(&shared)?;
            let mut here = common.clone();
            let mut there = common;
            for (n, maker) in mine.iter().enumerate() {
                here.apply(ReplicaId::from_u128(*maker as u128 + 1), title(100 + n))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            for (n, maker) in theirs.iter().enumerate() {
                there.apply(ReplicaId::from_u128(*maker as u128 + 1), title(200 + n))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            let lacking = missing(here.log(), there.log());
            prop_assert!(lacking.iter().all(|e| !here.log().contains(e.replica, e.seq)));
            let added = here.merge(&there).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(added, lacking.len());
            prop_assert!(missing(here.log(), there.log()).is_empty());
        }
    }
}
