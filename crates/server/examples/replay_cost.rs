//! temporary measurement
#![allow(clippy::print_stdout, clippy::unwrap_used)]
use cares_core::coproduction::Session;
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::*;
use std::time::Instant;
fn main() {
    let sid = SessionId::from_u128(1);
    let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("x"));
    let server = ReplicaId::from_u128(999_999);
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    doc.apply(server, Edit::AddSession { session: Box::new(Session::new(sid, "t", "m", day, 3).unwrap()) }).unwrap();
    for p in 0..500u128 {
        doc.apply(server, Edit::Session { session: sid, step: SessionStep::Join { participant: ParticipantId::from_u128(p), pseudonym: format!("P{p}") } }).unwrap();
    }
    for c in 0..5000u128 {
        doc.apply(ReplicaId::from_u128(c % 500), Edit::Session { session: sid, step: SessionStep::AddContribution { contribution: ContributionId::from_u128(c), participant: Some(ParticipantId::from_u128(c % 500)), text: format!("I need something number {c} please") } }).unwrap();
    }
    let n = doc.log().len();
    let t = Instant::now();
    let c = doc.content().clone();
    println!("clone content: {:?}", t.elapsed());
    drop(c);
    // A late edit: clock just below the last.
    let late = StampedEdit { replica: ReplicaId::from_u128(0), seq: 1_000_000, clock: doc.log().clock() - 1, edit: Edit::Session { session: sid, step: SessionStep::AddContribution { contribution: ContributionId::from_u128(9_999_999), participant: Some(ParticipantId::from_u128(0)), text: "late".into() } } };
    let t = Instant::now();
    doc.receive([late]);
    println!("receive late into {n} edits: {:?}", t.elapsed());
}
