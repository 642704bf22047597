//! Copies of a document's state a little way behind its newest edit, so an edit
//! that arrives late is checked by replaying from there rather than from the
//! snapshot. Two are kept: a near one, and a far one at least as far back as the
//! core lets a late edit land.

use cares_core::document::Content;
use cares_core::edits::StampedEdit;
use cares_core::ids::ReplicaId;

/// How far behind the newest edit the near copy is kept.
pub const CHECKPOINT_WINDOW: usize = 256;
/// How far behind the newest edit the far copy is kept: at least as far as the
/// core lets a late edit land, so no late edit is checked from the start.
pub const FAR_CHECKPOINT_WINDOW: usize = cares_core::admission::MAX_LANDS_BEHIND;

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
