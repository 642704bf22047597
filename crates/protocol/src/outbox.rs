//! The edits a device made and the server has not answered yet, and what to do
//! when an answer comes: a pure state machine, so the web app, the server's tests
//! and its load example keep their unanswered edits by one set of rules.
//!
//! Edits wait oldest first. At most [`WINDOW`] are sent and unanswered at once;
//! when the connection drops, none counts as sent, and every waiting edit goes
//! again, in order. An `ack` takes an edit out; a `refused` says, by its
//! [`RefusalReason`], whether to send it again later, make it again with a new
//! stamp (if it still makes sense: the caller decides that against the session),
//! drop it, or drop everything (the person was erased).

use std::collections::BTreeSet;

use cares_core::edits::StampedEdit;
use cares_core::ids::ReplicaId;
use cares_core::session_copy::StampedSessionEdit;
use serde::{Deserialize, Serialize};

use crate::message::RefusalReason;

/// The most edits sent and not yet answered at once, well within the server's
/// limit on messages per connection.
pub const WINDOW: usize = 20;
/// How long to wait before sending an edit again when the server could not save it
/// or said to slow down without saying for how long.
pub const RETRY_MS: u64 = 1_000;
/// The shortest and longest waits taken from a `slow-down`.
const SLOW_DOWN_MS: (u64, u64) = (50, 60_000);

/// An edit with its stamp, as an outbox keeps it: a whole document's
/// ([`StampedEdit`]) or a session's as its devices hold it ([`StampedSessionEdit`]).
pub trait Stamped {
    /// The device that made it.
    fn replica(&self) -> ReplicaId;
    /// Its number among that device's edits.
    fn seq(&self) -> u64;
    /// Its Lamport clock.
    fn clock(&self) -> u64;
}

/// Both stamped edits carry their stamp as the same three fields.
macro_rules! stamped_by_fields {
    ($($kind:ty),*) => {$(
        impl Stamped for $kind {
            fn replica(&self) -> ReplicaId {
                self.replica
            }
            fn seq(&self) -> u64 {
                self.seq
            }
            fn clock(&self) -> u64 {
                self.clock
            }
        }
    )*};
}

stamped_by_fields!(StampedEdit, StampedSessionEdit);

/// One device's unanswered edits. Stored as the list of waiting edits alone: what
/// was sent on a connection means nothing after a reload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Outbox<E = StampedEdit> {
    pending: Vec<E>,
    /// Seqs of waiting edits sent on this connection and not answered yet.
    #[serde(skip)]
    in_flight: BTreeSet<u64>,
}

/// What to do after a refusal ([`Outbox::refused`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Next<E = StampedEdit> {
    /// The edit is not waiting here (answered before, or dropped): nothing to do.
    Gone,
    /// Send it again after this long, then call [`Outbox::send_again`].
    SendAgain {
        /// How long to wait, in milliseconds.
        after_ms: u64,
    },
    /// It was taken out. If it still makes sense on what is saved now, stamp it
    /// again above the server's clock and [`Outbox::put_back`] it at `at`;
    /// otherwise tell the person.
    MakeAgain {
        /// Where it waited, so the order of the rest is kept.
        at: usize,
        /// The edit as it was stamped.
        edit: E,
        /// True when it came too late (the session moved on), false when stale.
        too_late: bool,
    },
    /// It was taken out for good (or was not waiting); tell the person.
    Drop {
        /// The edit, when it was waiting.
        edit: Option<E>,
    },
    /// Whoever this device speaks for was erased: everything waiting was taken out,
    /// and nothing more is sent for them.
    DropAll {
        /// What was waiting.
        edits: Vec<E>,
    },
}

impl<E> Default for Outbox<E> {
    fn default() -> Self {
        Self {
            pending: Vec::new(),
            in_flight: BTreeSet::new(),
        }
    }
}

impl Outbox {
    /// An empty outbox.
    pub fn new() -> Self {
        Self::default()
    }
}

impl<E: Stamped> Outbox<E> {
    /// The waiting edits, oldest first.
    pub fn pending(&self) -> &[E] {
        &self.pending
    }

    /// How many edits wait.
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    /// True when nothing waits.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// The highest clock among the waiting edits; 0 for none. A new edit is
    /// stamped above it.
    pub fn highest_clock(&self) -> u64 {
        self.pending.iter().map(Stamped::clock).max().unwrap_or(0)
    }

    /// How many edits are sent and not yet answered.
    pub fn in_flight(&self) -> usize {
        self.in_flight.len()
    }

    /// Keeps a new edit, after every other.
    pub fn push(&mut self, edit: E) {
        self.pending.push(edit);
    }

    /// The waiting edits to send now, oldest first, keeping at most [`WINDOW`]
    /// unanswered; each is counted as sent.
    pub fn to_send(&mut self) -> Vec<&E> {
        let mut chosen = Vec::new();
        for (at, p) in self.pending.iter().enumerate() {
            if self.in_flight.len() >= WINDOW {
                break;
            }
            if self.in_flight.insert(p.seq()) {
                chosen.push(at);
            }
        }
        chosen.into_iter().map(|at| &self.pending[at]).collect()
    }

    /// The connection dropped: nothing sent on it will be answered, so every
    /// waiting edit goes again on the next.
    pub fn connection_lost(&mut self) {
        self.in_flight.clear();
    }

    /// The server saved this edit: it stops waiting and is returned, for the
    /// device to add to what the server confirmed.
    pub fn acked(&mut self, seq: u64) -> Option<E> {
        self.in_flight.remove(&seq);
        let at = self.pending.iter().position(|p| p.seq() == seq)?;
        Some(self.pending.remove(at))
    }

    /// The server refused this edit: what to do (see [`Next`]). A reason this
    /// version does not know (`None`) drops the edit.
    pub fn refused(
        &mut self,
        seq: u64,
        reason: Option<RefusalReason>,
        retry_after_ms: Option<u64>,
    ) -> Next<E> {
        match reason {
            Some(RefusalReason::SlowDown) => Next::SendAgain {
                after_ms: retry_after_ms
                    .unwrap_or(RETRY_MS)
                    .clamp(SLOW_DOWN_MS.0, SLOW_DOWN_MS.1),
            },
            Some(RefusalReason::NotSaved) => Next::SendAgain { after_ms: RETRY_MS },
            Some(reason @ (RefusalReason::Stale | RefusalReason::TooLate)) => {
                self.in_flight.remove(&seq);
                match self.pending.iter().position(|p| p.seq() == seq) {
                    Some(at) => Next::MakeAgain {
                        at,
                        edit: self.pending.remove(at),
                        too_late: reason == RefusalReason::TooLate,
                    },
                    None => Next::Gone,
                }
            }
            Some(RefusalReason::Erased) => {
                self.in_flight.clear();
                Next::DropAll {
                    edits: std::mem::take(&mut self.pending),
                }
            }
            _ => {
                self.in_flight.remove(&seq);
                let at = self.pending.iter().position(|p| p.seq() == seq);
                Next::Drop {
                    edit: at.map(|at| self.pending.remove(at)),
                }
            }
        }
    }

    /// The wait after [`Next::SendAgain`] is over: the edit counts as unsent, so
    /// the next [`Outbox::to_send`] sends it.
    pub fn send_again(&mut self, seq: u64) {
        self.in_flight.remove(&seq);
    }

    /// Puts an edit made again ([`Next::MakeAgain`]) back where the old one waited.
    pub fn put_back(&mut self, at: usize, edit: E) {
        let at = at.min(self.pending.len());
        self.pending.insert(at, edit);
    }

    /// Drops the waiting edits the server already holds (saved before a drop, the
    /// answer lost). True when any was dropped.
    pub fn settle(&mut self, held: impl Fn(&E) -> bool) -> bool {
        let before = self.pending.len();
        self.pending.retain(|p| !held(p));
        let pending = &self.pending;
        self.in_flight
            .retain(|seq| pending.iter().any(|p| p.seq() == *seq));
        self.pending.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::edits::Edit;
    use cares_core::ids::ReplicaId;
    use proptest::prelude::*;

    fn edit(seq: u64) -> StampedEdit {
        StampedEdit {
            replica: ReplicaId::from_u128(1),
            seq,
            clock: seq * 2,
            edit: Edit::SetTitle {
                title: format!("title {seq}"),
            },
        }
    }

    fn seqs(edits: &[&StampedEdit]) -> Vec<u64> {
        edits.iter().map(|e| e.seq).collect()
    }

    #[test]
    fn edits_go_oldest_first_within_the_window_and_again_after_a_drop() {
        let mut outbox = Outbox::new();
        for seq in 1..=25 {
            outbox.push(edit(seq));
        }
        assert_eq!(seqs(&outbox.to_send()), (1..=20).collect::<Vec<_>>());
        assert!(outbox.to_send().is_empty(), "the window is full");
        assert_eq!(outbox.acked(1).map(|e| e.seq), Some(1));
        assert_eq!(seqs(&outbox.to_send()), [21]);
        outbox.connection_lost();
        assert_eq!(seqs(&outbox.to_send()), (2..=21).collect::<Vec<_>>());
    }

    #[test]
    fn each_refusal_says_what_to_do() {
        let mut outbox = Outbox::new();
        for seq in 1..=5 {
            outbox.push(edit(seq));
        }
        let _sent = outbox.to_send();
        assert_eq!(
            outbox.refused(1, Some(RefusalReason::SlowDown), Some(10)),
            Next::SendAgain { after_ms: 50 }
        );
        assert!(
            outbox.to_send().is_empty(),
            "still counted as sent until the wait is over"
        );
        outbox.send_again(1);
        assert_eq!(seqs(&outbox.to_send()), [1]);
        assert_eq!(
            outbox.refused(2, Some(RefusalReason::TooLate), None),
            Next::MakeAgain {
                at: 1,
                edit: edit(2),
                too_late: true
            }
        );
        outbox.put_back(1, edit(6));
        assert_eq!(
            outbox.pending().iter().map(|e| e.seq).collect::<Vec<_>>(),
            [1, 6, 3, 4, 5]
        );
        assert_eq!(
            outbox.refused(3, None, None),
            Next::Drop {
                edit: Some(edit(3))
            },
            "a reason this version does not know drops the edit"
        );
        assert_eq!(
            outbox.refused(3, Some(RefusalReason::Stale), None),
            Next::Gone
        );
        assert_eq!(
            outbox.refused(4, Some(RefusalReason::Erased), None),
            Next::DropAll {
                edits: vec![edit(1), edit(6), edit(4), edit(5)]
            }
        );
        assert!(outbox.is_empty() && outbox.in_flight() == 0);
    }

    #[test]
    fn it_is_stored_as_the_list_of_waiting_edits() -> Result<(), serde_json::Error> {
        let mut outbox = Outbox::new();
        outbox.push(edit(1));
        let _sent = outbox.to_send();
        let text = serde_json::to_string(&outbox)?;
        assert_eq!(text, serde_json::to_string(&vec![edit(1)])?);
        let back: Outbox = serde_json::from_str(&text)?;
        assert_eq!(back.pending(), outbox.pending());
        assert_eq!(back.in_flight(), 0, "nothing counts as sent after a reload");
        Ok(())
    }

    /// One thing that can happen to an outbox.
    #[derive(Debug, Clone)]
    enum Step {
        Make,
        Send,
        Ack(usize),
        Refuse(usize, Option<RefusalReason>),
        SendAgain(usize),
        Lost,
        Settle(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let reason = prop_oneof![
            Just(None),
            (0..RefusalReason::ALL.len()).prop_map(|i| Some(RefusalReason::ALL[i])),
        ];
        prop_oneof![
            3 => Just(Step::Make),
            3 => Just(Step::Send),
            3 => (0usize..40).prop_map(Step::Ack),
            2 => ((0usize..40), reason).prop_map(|(n, r)| Step::Refuse(n, r)),
            1 => (0usize..40).prop_map(Step::SendAgain),
            1 => Just(Step::Lost),
            1 => (0usize..40).prop_map(Step::Settle),
        ]
    }

    proptest! {
        /// Whatever the server answers, no edit is lost or sent twice on one
        /// connection: each made edit is waiting, acknowledged, or handed back by a
        /// refusal; the waiting ones keep their order; at most WINDOW are in flight
        /// and only waiting ones.
        #[test]
        fn no_edit_is_lost_duplicated_or_reordered(steps in proptest::collection::vec(step(), 0..120)) {
            let mut outbox = Outbox::new();
            let mut next_seq = 1;
            let mut accounted: Vec<u64> = Vec::new();
            let mut sent_on_this_connection: BTreeSet<u64> = BTreeSet::new();
            for step in steps {
                match step {
                    Step::Make => {
                        outbox.push(edit(next_seq));
                        next_seq += 1;
                    }
                    Step::Send => {
                        for e in outbox.to_send() {
                            prop_assert!(sent_on_this_connection.insert(e.seq), "{} sent twice", e.seq);
                        }
                    }
                    Step::Ack(n) => {
                        let seq = n as u64;
                        let was_waiting = outbox.pending().iter().any(|p| p.seq == seq);
                        let acked = outbox.acked(seq);
                        prop_assert_eq!(acked.is_some(), was_waiting);
                        accounted.extend(acked.map(|e| e.seq));
                        sent_on_this_connection.remove(&seq);
                    }
                    Step::Refuse(n, reason) => {
                        let seq = n as u64;
                        match outbox.refused(seq, reason, None) {
                            Next::Gone => {}
                            Next::SendAgain { after_ms } => {
                                prop_assert!((SLOW_DOWN_MS.0..=SLOW_DOWN_MS.1).contains(&after_ms));
                            }
                            Next::MakeAgain { edit, .. } => {
                                prop_assert_eq!(edit.seq, seq);
                                accounted.push(seq);
                                sent_on_this_connection.remove(&seq);
                            }
                            Next::Drop { edit } => {
                                accounted.extend(edit.map(|e| e.seq));
                                sent_on_this_connection.remove(&seq);
                            }
                            Next::DropAll { edits } => {
                                accounted.extend(edits.iter().map(|e| e.seq));
                                sent_on_this_connection.clear();
                            }
                        }
                    }
                    Step::SendAgain(n) => {
                        outbox.send_again(n as u64);
                        sent_on_this_connection.remove(&(n as u64));
                    }
                    Step::Lost => {
                        outbox.connection_lost();
                        sent_on_this_connection.clear();
                    }
                    Step::Settle(n) => {
                        let seq = n as u64;
                        let was_waiting = outbox.pending().iter().any(|p| p.seq == seq);
                        prop_assert_eq!(outbox.settle(|p| p.seq == seq), was_waiting);
                        if was_waiting {
                            accounted.push(seq);
                        }
                        sent_on_this_connection.remove(&seq);
                    }
                }
                let waiting: Vec<u64> = outbox.pending().iter().map(|p| p.seq).collect();
                prop_assert!(waiting.windows(2).all(|w| w[0] < w[1]), "order kept: {:?}", waiting);
                prop_assert!(outbox.in_flight() <= WINDOW);
                prop_assert!(outbox.in_flight.iter().all(|s| waiting.contains(s)));
                let mut all: Vec<u64> = waiting.iter().chain(&accounted).copied().collect();
                all.sort_unstable();
                prop_assert_eq!(all, (1..next_seq).collect::<Vec<_>>());
            }
        }
    }
}
