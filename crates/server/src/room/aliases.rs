//! Who said what, as each phone and the board are told it: nobody's device can
//! tell which statements or dots are one person's unless they are its own.
//!
//! The core's `visibility` decides what a viewer may see of an edit; this module
//! then takes the person out of it. Someone else's statement comes with nobody
//! named (`participant: None`, as if the facilitator had typed it for the room)
//! and a device id made for that one edit, so neither the person nor their phone
//! links it to their other statements. Their `Join`, dots and erasure name a
//! stand-in id made for this viewer alone (the core counts dots per person, so the
//! dots of one person share it; they share nothing with the statements). A hidden
//! statement's words go only to the facilitator and its author: everyone else gets
//! [`ERASED_TEXT`] in their place.
//!
//! Stand-ins are keyed by a secret of the session (the SHA-256 of its facilitator
//! token, kept only in the database), so every server on the same database makes
//! the same ones, a reconnecting device gets the same ones again, and nobody
//! without the facilitator's token can work them back.
//!
//! A device that may hold words it may no longer keep, or lack words it may now see,
//! is closed with [`cares_protocol::close::START_AFRESH`] and catches up from the
//! start: every phone and board when a hidden statement is shown again or someone
//! is erased ([`restarts_devices`]), and one coming back from before a statement
//! was hidden, shown or removed, or someone erased ([`changes_disclosure`]).

use std::borrow::Cow;
use std::collections::HashSet;

use cares_core::coproduction::{Session, Viewer};
use cares_core::edits::{ERASED_TEXT, Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, ParticipantId, ReplicaId};
use cares_core::visibility;
use sha2::{Digest, Sha256};

/// A session's secret for making stand-in ids.
#[derive(Clone, PartialEq, Eq)]
pub struct AliasKey([u8; 32]);

impl std::fmt::Debug for AliasKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AliasKey(…)")
    }
}

impl AliasKey {
    /// The key made from a secret only the database holds (the facilitator
    /// token's hash).
    pub fn from_secret(secret: &str) -> Self {
        let mut hash = Sha256::new();
        hash.update(b"cares stand-in ids\0");
        hash.update(secret.as_bytes());
        AliasKey(hash.finalize().into())
    }

    fn bytes(&self, kind: &[u8], viewer: Viewer, parts: &[&[u8]]) -> [u8; 16] {
        let mut hash = Sha256::new();
        hash.update(self.0);
        hash.update(kind);
        match viewer {
            Viewer::Participant(p) => hash.update(p.as_uuid().as_bytes()),
            _ => hash.update(b"board"),
        }
        for part in parts {
            hash.update(part);
        }
        let digest = hash.finalize();
        let mut out = [0; 16];
        out.copy_from_slice(&digest[..16]);
        out
    }

    /// The id `viewer` knows `person` by.
    fn participant(&self, viewer: Viewer, person: ParticipantId) -> ParticipantId {
        let bytes = self.bytes(b"participant", viewer, &[person.as_uuid().as_bytes()]);
        ParticipantId::from_uuid(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// A device id for one edit, as `viewer` is shown it. Its first four bytes are
    /// zero, so it comes before every real device id (random, version 4) among
    /// edits stamped with the same clock: the server's order puts a person's edit
    /// after a concurrent facilitator's step only when it applies after it, and it
    /// applied without it on the phone that made it, so moving it first changes
    /// nothing on the viewer's copy.
    fn replica(&self, viewer: Viewer, stamped: &StampedEdit) -> ReplicaId {
        let mut bytes = self.bytes(
            b"replica",
            viewer,
            &[
                stamped.replica.as_uuid().as_bytes(),
                &stamped.seq.to_be_bytes(),
            ],
        );
        bytes[..4].fill(0);
        ReplicaId::from_uuid(uuid::Uuid::from_bytes(bytes))
    }
}

/// What the session holds now that changes what others are told: hidden
/// statements and erased people. Made once for each batch of sending.
#[derive(Debug)]
pub struct Disclosure<'a> {
    key: Option<&'a AliasKey>,
    hidden: HashSet<ContributionId>,
    erased: HashSet<ParticipantId>,
}

impl<'a> Disclosure<'a> {
    /// For a session as it stands; `key` is `None` for a shared plan (nothing to
    /// take out).
    pub fn new(key: Option<&'a AliasKey>, session: Option<&Session>) -> Self {
        let hidden = session
            .map(|s| {
                s.contributions
                    .iter()
                    .filter(|c| c.hidden)
                    .map(|c| c.id)
                    .collect()
            })
            .unwrap_or_default();
        let erased = session
            .map(|s| {
                s.participants
                    .iter()
                    .filter(|p| p.is_erased())
                    .map(|p| p.id)
                    .collect()
            })
            .unwrap_or_default();
        Disclosure {
            key,
            hidden,
            erased,
        }
    }

    /// The edit as `viewer` is shown it now, if at all: the core's `visibility`,
    /// then the person taken out (see the module's doc).
    pub fn seen<'e>(
        &self,
        viewer: Viewer,
        stamped: &'e StampedEdit,
        revealed: bool,
    ) -> Option<Cow<'e, StampedEdit>> {
        let shown = visibility::as_seen_by(viewer, stamped, revealed)?;
        let Some(key) = self.key else {
            return Some(shown);
        };
        if !self.changes(viewer, &shown) {
            return Some(shown);
        }
        let mut edit = shown.into_owned();
        let me = match viewer {
            Viewer::Participant(p) => Some(p),
            _ => None,
        };
        let original = stamped;
        if let Edit::Session { step, .. } = &mut edit.edit {
            match step {
                SessionStep::Join { participant, .. } | SessionStep::Erase { participant } => {
                    *participant = key.participant(viewer, *participant);
                }
                SessionStep::Vote { participant, .. } | SessionStep::Unvote { participant, .. } => {
                    *participant = key.participant(viewer, *participant);
                    edit.replica = key.replica(viewer, original);
                    edit.seq = 1;
                }
                SessionStep::AddContribution {
                    contribution,
                    participant,
                    text,
                } => {
                    let theirs = participant.is_some() && *participant == me;
                    if self.hidden.contains(contribution) && !theirs {
                        ERASED_TEXT.clone_into(text);
                    }
                    if let Some(person) = *participant
                        && !theirs
                    {
                        // An erased person's statements are already blanked; they keep
                        // the stand-in so the viewer's copy removes them (and any theme
                        // made only of them) as the server's did.
                        *participant = self
                            .erased
                            .contains(&person)
                            .then(|| key.participant(viewer, person));
                        edit.replica = key.replica(viewer, original);
                        edit.seq = 1;
                    }
                }
                _ => {}
            }
        }
        Some(Cow::Owned(edit))
    }

    /// True when `viewer` is to be shown `edit` otherwise than it is.
    fn changes(&self, viewer: Viewer, edit: &StampedEdit) -> bool {
        let me = match viewer {
            Viewer::Facilitator => return false,
            Viewer::Participant(p) => Some(p),
            // The board, and any viewer the core may add: shown the least.
            _ => None,
        };
        let Edit::Session { step, .. } = &edit.edit else {
            return false;
        };
        match step {
            SessionStep::Join { participant, .. }
            | SessionStep::Erase { participant }
            | SessionStep::Vote { participant, .. }
            | SessionStep::Unvote { participant, .. } => Some(*participant) != me,
            SessionStep::AddContribution {
                contribution,
                participant,
                ..
            } => {
                let theirs = participant.is_some() && *participant == me;
                !theirs && (participant.is_some() || self.hidden.contains(contribution))
            }
            _ => false,
        }
    }
}

/// True when, after `edit`, a phone or board that had got to before it may hold
/// words it may no longer keep (or lack words it may now see): if it comes back
/// from there, it must catch up from the start.
pub fn changes_disclosure(edit: &Edit) -> bool {
    matches!(
        edit,
        Edit::Session {
            step: SessionStep::Hide { .. }
                | SessionStep::Show { .. }
                | SessionStep::Remove { .. }
                | SessionStep::Erase { .. },
            ..
        }
    )
}

/// True when every phone and board connected as `edit` is saved must start afresh:
/// a statement shown again (a device that caught up while it was hidden lacks its
/// words), or someone erased (their statements reached others with nobody named,
/// so only a fresh catch-up, which names their stand-in, takes them away). A
/// statement hidden or removed needs no restart: the devices connected already
/// showed it, and now hide or drop it themselves.
pub fn restarts_devices(edit: &Edit) -> bool {
    matches!(
        edit,
        Edit::Session {
            step: SessionStep::Show { .. } | SessionStep::Erase { .. },
            ..
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::ids::{SessionId, ThemeId};

    const SESSION: SessionId = SessionId::from_u128(1);
    const ANN: ParticipantId = ParticipantId::from_u128(2);
    const BO: ParticipantId = ParticipantId::from_u128(3);
    const PHONE: ReplicaId = ReplicaId::from_u128(0x4000_0000_0000_0000_0000_0000_0000_0001);

    fn stamped(seq: u64, step: SessionStep) -> StampedEdit {
        StampedEdit {
            replica: PHONE,
            seq,
            clock: seq + 10,
            edit: Edit::Session {
                session: SESSION,
                step,
            },
        }
    }

    fn statement(seq: u64, text: &str) -> StampedEdit {
        stamped(
            seq,
            SessionStep::AddContribution {
                contribution: ContributionId::from_u128(u128::from(seq) + 100),
                participant: Some(ANN),
                text: text.into(),
            },
        )
    }

    #[test]
    fn nobody_else_can_link_two_statements_or_a_statement_and_a_dot() {
        let key = AliasKey::from_secret("facilitator token hash");
        let shown = Disclosure::new(Some(&key), None);
        let vote = stamped(
            3,
            SessionStep::Vote {
                participant: ANN,
                theme: ThemeId::from_u128(9),
            },
        );
        let (first, second) = (statement(1, "a"), statement(2, "b"));
        for viewer in [Viewer::Board, Viewer::Participant(BO)] {
            let one = shown.seen(viewer, &first, true).expect("shown");
            let two = shown.seen(viewer, &second, true).expect("shown");
            let dot = shown.seen(viewer, &vote, true).expect("shown");
            for seen in [&one, &two, &dot] {
                let json = serde_json::to_string(&**seen).expect("json");
                assert!(!json.contains(&ANN.to_string()), "{json}");
                assert!(!json.contains(&PHONE.to_string()), "{json}");
            }
            assert_ne!(one.replica, two.replica);
            assert_eq!((one.clock, two.clock), (11, 12), "the same clocks");
            assert!(one.replica < PHONE, "before every real device id");
        }
        // The facilitator and Ann herself see it as it is.
        for viewer in [Viewer::Facilitator, Viewer::Participant(ANN)] {
            let seen = shown.seen(viewer, &first, true).expect("shown");
            assert!(matches!(seen, Cow::Borrowed(_)), "{viewer:?}");
        }
        // The same viewer is always shown the same stand-ins; another viewer others.
        let again = shown.seen(Viewer::Board, &vote, true).expect("shown");
        let bo = shown
            .seen(Viewer::Participant(BO), &vote, true)
            .expect("shown");
        let board = shown.seen(Viewer::Board, &vote, true).expect("shown");
        assert_eq!(again.into_owned(), board.clone().into_owned());
        assert_ne!(bo.replica, board.replica);
    }
}
