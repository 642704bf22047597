//! Property tests over the public API: documents round-trip through JSON, and
//! copies that edit offline converge to one state whatever order edits arrive in,
//! and copies that edited under one device id are refused rather than diverging.

use cares_core::document::{Content, Document, MergeError};
use cares_core::edits::{ActionField, Edit, StampedEdit};
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{
    Action, ActionPlan, Evidence, Lead, Milestone, PlanScope, Status, StatusChange,
};
use chrono::NaiveDate;
use proptest::prelude::*;

const PLAN: PlanId = PlanId::from_u128(100);

fn base() -> Document {
    let mut content = Content::new("Property town");
    content.plans.push(ActionPlan::new(
        PLAN,
        "Property town plan",
        PlanScope::Locality {
            name: "Property town".into(),
        },
    ));
    Document::from_content(DocumentId::from_u128(1), content)
}

fn text() -> impl Strategy<Value = String> {
    // Plain words plus quotes, emoji and markup, which must survive untouched.
    prop_oneof![
        "[a-zA-Z ]{1,30}",
        Just("I need \"to tell my story once\" 💬".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
    ]
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Edits over a small pool of action ids, so they often touch the same action.
fn edit() -> impl Strategy<Value = Edit> {
    let id = (0u128..6).prop_map(ActionId::from_u128);
    prop_oneof![
        (id.clone(), text(), prop::option::of(id.clone())).prop_map(|(action, what, after)| {
            Edit::AddAction {
                plan: PLAN,
                action: Box::new(Action::new(action, what)),
                after,
            }
        }),
        (id.clone(), text()).prop_map(|(action, what)| Edit::SetAction {
            plan: PLAN,
            action,
            field: ActionField::What(what),
        }),
        (id.clone(), prop::option::of(text())).prop_map(|(action, m)| Edit::SetAction {
            plan: PLAN,
            action,
            field: ActionField::Measure(m),
        }),
        (id.clone(), prop::option::of(date())).prop_map(|(action, due)| Edit::SetAction {
            plan: PLAN,
            action,
            field: ActionField::Due(due),
        }),
        (id.clone(), text(), prop::option::of(date())).prop_map(|(action, t, due)| {
            Edit::SetAction {
                plan: PLAN,
                action,
                field: ActionField::Milestones(vec![Milestone { text: t, due }]),
            }
        }),
        (id.clone(), text()).prop_map(|(action, org)| Edit::SetAction {
            plan: PLAN,
            action,
            field: ActionField::Lead(Lead {
                person: None,
                organisation: Some(org),
            }),
        }),
        (id.clone(), status(), prop::option::of(date())).prop_map(|(action, status, on)| {
            Edit::RateAction {
                plan: PLAN,
                action,
                change: StatusChange {
                    on,
                    status,
                    note: None,
                },
            }
        }),
        (id.clone(), text()).prop_map(|(action, note)| Edit::AddEvidence {
            plan: PLAN,
            action,
            evidence: Evidence {
                on: None,
                note,
                link: None,
            },
        }),
        (id.clone(), prop::option::of(id.clone())).prop_map(|(action, after)| {
            Edit::MoveAction {
                plan: PLAN,
                action,
                after,
            }
        }),
        id.prop_map(|action| Edit::RemoveAction { plan: PLAN, action }),
    ]
}

/// Each device applies its own edits locally (skipping those that don't apply there).
fn edit_on(doc: &mut Document, replica: u128, edits: Vec<Edit>) {
    for e in edits {
        let _refused = doc.apply(ReplicaId::from_u128(replica), e);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_edited_document_round_trips_through_json(edits in prop::collection::vec(edit(), 0..40)) {
        let mut doc = base();
        edit_on(&mut doc, 1, edits);
        let back = Document::from_json(doc.to_json().as_bytes());
        prop_assert_eq!(back.as_ref().ok(), Some(&doc), "{:?}", back.as_ref().err());
    }

    #[test]
    fn copies_converge_whatever_order_edits_arrive_in(
        a in prop::collection::vec(edit(), 0..25),
        b in prop::collection::vec(edit(), 0..25),
        c in prop::collection::vec(edit(), 0..25),
        shuffle in any::<prop::sample::Index>(),
    ) {
        let (mut da, mut db, mut dc) = (base(), base(), base());
        edit_on(&mut da, 1, a);
        edit_on(&mut db, 2, b);
        edit_on(&mut dc, 3, c);

        // One copy merges pairwise in one order…
        let mut one = da.clone();
        one.merge(&db).map_err(|e| TestCaseError::fail(e.to_string()))?;
        one.merge(&dc).map_err(|e| TestCaseError::fail(e.to_string()))?;

        // …another receives every edit one at a time, in a shuffled order, some twice.
        let mut all: Vec<StampedEdit> = [&dc, &db, &da]
            .iter()
            .flat_map(|d| d.log().edits().to_vec())
            .collect();
        let n = all.len().max(1);
        all.rotate_left(shuffle.index(n) % n);
        all.reverse();
        let again = all.iter().take(3).cloned().collect::<Vec<_>>();
        let mut two = base();
        for e in all.into_iter().chain(again) {
            two.receive([e]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }

        prop_assert_eq!(one.content(), two.content());
        prop_assert_eq!(one.log(), two.log());

        // And what was merged reads back from a file as the same state.
        let back = Document::from_json(one.to_json().as_bytes());
        prop_assert_eq!(back.as_ref().map(Document::content).ok(), Some(one.content()));
    }

    #[test]
    fn copies_that_edited_under_one_device_id_are_refused_both_ways_and_unchanged(
        shared in prop::collection::vec(edit(), 0..15),
        mine in prop::collection::vec(edit(), 1..15),
        theirs in prop::collection::vec(edit(), 1..15),
        others in prop::collection::vec(edit(), 0..10),
    ) {
        // A file copied to a second laptop: both copies stamp edits as replica 1.
        let mut a = base();
        edit_on(&mut a, 1, shared);
        let mut b = a.clone();
        let from = a.log().len();
        edit_on(&mut a, 1, mine);
        edit_on(&mut b, 2, others);
        edit_on(&mut b, 1, theirs);
        let first_new = |d: &Document| {
            d.log().edits()[from..]
                .iter()
                .find(|e| e.replica == ReplicaId::from_u128(1))
                .cloned()
        };
        let (ma, mb) = (first_new(&a), first_new(&b));
        prop_assume!(ma.is_some() && mb.is_some() && ma != mb);

        let (a0, b0) = (a.clone(), b.clone());
        prop_assert!(matches!(a.merge(&b0), Err(MergeError::ReplicaReused(_))));
        prop_assert!(matches!(b.merge(&a0), Err(MergeError::ReplicaReused(_))));
        prop_assert!(a.receive(b0.log().edits().iter().cloned()).is_err());
        prop_assert!(b.receive(a0.log().edits().iter().cloned()).is_err());
        prop_assert_eq!(&a, &a0);
        prop_assert_eq!(&b, &b0);
    }
}
