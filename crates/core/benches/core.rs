//! Benchmarks with goals from the core issue: loading a 5,000-action document
//! against plain serde_json, the SMART audit of 5,000 actions, applying 100,000
//! edits, and merging two 10,000-edit logs. Run with `cargo xtask bench`.

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

criterion_group!(benches, load, audit, apply);
criterion_main!(benches);
