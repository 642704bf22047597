//! Benchmarks with goals from the core issue: loading a 5,000-action document
//! against plain serde_json, the SMART audit of 5,000 actions, applying 100,000
//! edits, and merging two 10,000-edit logs; and, from the server's review, fitting
//! a late statement into a 5,000-edit live session from the start of its log (as
//! the server did) and from a checkpoint as far back as the core lets it land;
//! and, from the partners' issue, a document after 100,000 edits: its size and
//! open time before and after compacting its log.
//! Run with `cargo xtask bench`.

use std::hint::black_box;

use cares_core::audit::audit_plan;
use cares_core::document::{Content, Document};
use cares_core::edits::{ActionField, Edit};
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{
    Action, ActionPlan, Evidence, Lead, Milestone, PlanScope, Status, StatusChange,
};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

const PLAN: PlanId = PlanId::from_u128(1);

fn day(n: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2023, 1 + n % 12, 1 + n % 28)
}

/// An action filled in the way a council plan's rows are.
fn action(n: u32) -> Action {
    let mut a = Action::new(
        ActionId::from_u128(u128::from(n) + 10),
        format!("Promote awareness to healthcare staff of information for carers, round {n}"),
    );
    a.reference = Some(format!("{}.{}", n / 10, n % 10));
    if !n.is_multiple_of(7) {
        a.lead = Lead {
            person: Some("Julie Wisken".into()),
            organisation: Some("RCCG".into()),
        };
    }
    if !n.is_multiple_of(5) {
        a.measure = Some(format!(
            "Number of GP practices with a carers corner: target {n}"
        ));
    }
    a.milestones = vec![
        Milestone {
            text: "Quarterly update".into(),
            due: None,
        },
        Milestone {
            text: "Pack sent to all practices".into(),
            due: day(n),
        },
    ];
    if n.is_multiple_of(3) {
        a.due = day(n + 1);
    }
    a.timescale_as_written = Some("Review end 2013".into());
    a.history.push(StatusChange {
        on: day(n),
        status: Status::ALL[(n % 5) as usize],
        note: None,
    });
    if n.is_multiple_of(2) {
        a.evidence.push(Evidence {
            on: day(n),
            note: "Attended practice managers forum".into(),
            link: Some("https://example.org/minutes".into()),
        });
    }
    a
}

fn plan(actions: u32) -> ActionPlan {
    let mut plan = ActionPlan::new(PLAN, "Borough plan", PlanScope::Borough);
    plan.actions = (0..actions).map(action).collect();
    plan
}

fn document(actions: u32) -> Document {
    let mut content = Content::new("Benchmark borough");
    content.plans.push(plan(actions));
    Document::from_content(DocumentId::from_u128(1), content)
}

fn edit(i: u32, actions: u32) -> Edit {
    let target = ActionId::from_u128(u128::from(i % actions) + 10);
    match i % 4 {
        0 => Edit::SetAction {
            plan: PLAN,
            action: target,
            field: ActionField::Measure(Some(format!("Count of carers reached: {i}"))),
        },
        1 => Edit::SetAction {
            plan: PLAN,
            action: target,
            field: ActionField::Due(day(i)),
        },
        2 => Edit::RateAction {
            plan: PLAN,
            action: target,
            change: StatusChange {
                on: day(i),
                status: Status::Amber,
                note: None,
            },
        },
        _ => Edit::SetAction {
            plan: PLAN,
            action: target,
            field: ActionField::What(format!("Reworded action {i}")),
        },
    }
}

fn load(c: &mut Criterion) {
    let bytes = document(5_000).to_json().into_bytes();
    eprintln!("5,000-action document: {} bytes", bytes.len());
    let mut group = c.benchmark_group("load 5000 actions");
    group.sample_size(20);
    group.bench_function("Document::from_json (validated)", |b| {
        b.iter(|| Document::from_json(black_box(&bytes)))
    });
    group.bench_function("serde_json::from_slice::<Value> (baseline)", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)))
    });
    group.finish();
}

fn audit(c: &mut Criterion) {
    let plan = plan(5_000);
    let today = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or_default();
    c.bench_function("audit 5000 actions", |b| {
        b.iter(|| audit_plan(black_box(&plan), today))
    });
}

fn apply(c: &mut Criterion) {
    let start = document(1_000);
    let edits: Vec<Edit> = (0..100_000).map(|i| edit(i, 1_000)).collect();
    let mut group = c.benchmark_group("edits");
    group.sample_size(10);
    group.bench_function("apply 100000 edits to a 1000-action plan", |b| {
        b.iter_batched(
            || (start.clone(), edits.clone()),
            |(mut doc, edits)| {
                for e in edits {
                    let _ = doc.apply(ReplicaId::from_u128(1), e);
                }
                doc
            },
            criterion::BatchSize::LargeInput,
        )
    });
    let mut a = start.clone();
    let mut b = start.clone();
    for i in 0..10_000 {
        let _ = a.apply(ReplicaId::from_u128(1), edit(i, 1_000));
        let _ = b.apply(ReplicaId::from_u128(2), edit(i + 7, 1_000));
    }
    group.bench_function("merge two 10000-edit logs", |bench| {
        bench.iter_batched(
            || a.clone(),
            |mut merged| {
                let _ = merged.merge(&b);
                merged
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// A live session of 5,000 edits: 100 people joining, then their statements.
fn live_session() -> Option<Document> {
    use cares_core::coproduction::Session;
    use cares_core::edits::SessionStep;
    use cares_core::ids::{ContributionId, ParticipantId, SessionId};
    let sid = SessionId::from_u128(1);
    let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
    let session = Session::new(sid, "What carers need", "Maltby", day(1)?, 3).ok()?;
    let server = ReplicaId::from_u128(1);
    let step = |step| Edit::Session { session: sid, step };
    doc.apply(
        server,
        Edit::AddSession {
            session: Box::new(session),
        },
    )
    .ok()?;
    for p in 0..100u128 {
        let join = SessionStep::Join {
            participant: ParticipantId::from_u128(p),
            pseudonym: format!("Person {p}"),
        };
        doc.apply(server, step(join)).ok()?;
    }
    for n in 0..4_899u128 {
        let said = SessionStep::AddContribution {
            contribution: ContributionId::from_u128(1_000 + n),
            participant: Some(ParticipantId::from_u128(n % 100)),
            text: format!("to be listened to, time {n}"),
        };
        doc.apply(server, step(said)).ok()?;
    }
    Some(doc)
}

fn late(c: &mut Criterion) {
    use cares_core::admission::{MAX_LANDS_BEHIND, fit};
    use cares_core::edits::{SessionStep, StampedEdit};
    use cares_core::ids::{ContributionId, ParticipantId, SessionId};
    let Some(doc) = live_session() else {
        eprintln!("the live session could not be made");
        return;
    };
    let log: Vec<&StampedEdit> = doc.log().edits().iter().collect();
    // A phone's statement that lands 50 edits back.
    let late = StampedEdit {
        replica: ReplicaId::from_u128(9),
        seq: 1,
        clock: log[log.len() - 51].clock,
        edit: Edit::Session {
            session: SessionId::from_u128(1),
            step: SessionStep::AddContribution {
                contribution: ContributionId::from_u128(99),
                participant: Some(ParticipantId::from_u128(3)),
                text: "one named contact".into(),
            },
        },
    };
    // The server's far checkpoint: between one and two bounds back.
    let far = log.len() - 2 * MAX_LANDS_BEHIND;
    let mut checkpoint = doc.base().clone();
    for e in &log[..far] {
        let _ = cares_core::edits::apply(&mut checkpoint, &e.edit);
    }
    let mut group = c.benchmark_group("late edit in a 5000-edit session");
    group.sample_size(10);
    group.bench_function("fit from the start of the log", |b| {
        b.iter(|| fit(doc.base().clone(), black_box(&log), &late))
    });
    group.bench_function("fit from the far checkpoint", |b| {
        b.iter(|| fit(checkpoint.clone(), black_box(&log[far..]), &late))
    });
    group.bench_function("receive in order", |b| {
        let next = StampedEdit {
            clock: doc.log().clock() + 1,
            ..late.clone()
        };
        b.iter_batched(
            || doc.clone(),
            |mut d| {
                let _taken = d.receive([next.clone()]);
                d
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// A 1,000-action document after 100,000 edits from two devices, before and after
/// its log is compacted. At 100,000 edits the uncompacted file is over the 16 MiB
/// limit and is refused, so opening before and after is also timed at 60,000 edits,
/// the most that still fits.
fn compaction(c: &mut Criterion) {
    let mut doc = document(1_000);
    let mut at_60k = None;
    for i in 0..100_000 {
        if i == 60_000 {
            at_60k = Some(doc.clone());
        }
        let _ = doc.apply(ReplicaId::from_u128(1 + u128::from(i % 2)), edit(i, 1_000));
    }
    let compacted = |d: &Document| {
        let mut d = d.clone();
        d.compact(d.log().clock())
            .map(|_| ())
            .map_err(|e| e.to_string())?;
        Ok::<_, String>(d)
    };
    let (Some(at_60k), Ok(done), Ok(done_60k)) = (at_60k.as_ref(), compacted(&doc), {
        at_60k.as_ref().map_or(Err(String::new()), compacted)
    }) else {
        eprintln!("the documents could not be compacted");
        return;
    };
    let bytes = |d: &Document| d.to_json_compact().into_bytes();
    let (before, after) = (bytes(&doc), bytes(&done));
    let (before_60k, after_60k) = (bytes(at_60k), bytes(&done_60k));
    let opens = |b: &[u8]| match Document::from_json(b) {
        Ok(_) => "opens".to_owned(),
        Err(e) => format!("refused: {e}"),
    };
    eprintln!(
        "after 100,000 edits: {} bytes, {} ({} logged edits); compacted: {} bytes, {}",
        before.len(),
        opens(&before),
        doc.log().len(),
        after.len(),
        opens(&after)
    );
    eprintln!(
        "after 60,000 edits: {} bytes, {}; compacted: {} bytes, {}",
        before_60k.len(),
        opens(&before_60k),
        after_60k.len(),
        opens(&after_60k)
    );
    let mut group = c.benchmark_group("a document after many edits");
    group.sample_size(10);
    group.bench_function("open after 100000 edits, compacted", |b| {
        b.iter(|| Document::from_json(black_box(&after)))
    });
    group.bench_function("open after 60000 edits, not compacted", |b| {
        b.iter(|| Document::from_json(black_box(&before_60k)))
    });
    group.bench_function("open after 60000 edits, compacted", |b| {
        b.iter(|| Document::from_json(black_box(&after_60k)))
    });
    group.bench_function("compact 100000 edits", |b| {
        b.iter_batched(
            || doc.clone(),
            |mut d| {
                let _ = d.compact(d.log().clock());
                d
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, load, audit, apply, late, compaction);
criterion_main!(benches);
