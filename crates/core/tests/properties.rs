//! Property tests over the public API: documents round-trip through JSON, and
//! copies that edit offline converge to one state whatever order edits arrive in,
//! copies that edited under one device id are refused rather than diverging, and
//! a merge preview's conflicts are exactly the fields both copies changed, and
//! compacting a log changes no content and keeps copies merging (or refuses plainly).

use cares_core::document::{Content, Document, MergeError};
use cares_core::edits::{ActionField, Edit, StampedEdit};
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::merging::{self, ActionPart, Side};
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

    #[test]
    fn conflicts_are_exactly_the_fields_both_copies_changed_to_different_values(
        shared in prop::collection::vec(edit(), 0..15),
        mine in prop::collection::vec(edit(), 0..20),
        theirs in prop::collection::vec(edit(), 0..20),
    ) {
        let mut a = base();
        edit_on(&mut a, 3, shared);
        let mut b = a.clone();
        edit_on(&mut a, 1, mine);
        edit_on(&mut b, 2, theirs);
        let preview = merging::preview(&a, &b).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut merged = a.clone();
        merged.merge(&b).map_err(|e| TestCaseError::fail(e.to_string()))?;

        // Worked out here the long way: fields each copy's own edits set, whose
        // values differ between the copies, on an action every copy still has.
        let set_by = |d: &Document, r: u128| -> std::collections::HashSet<(ActionId, ActionPart)> {
            d.log()
                .edits()
                .iter()
                .filter(|e| e.replica == ReplicaId::from_u128(r))
                .filter_map(|e| match &e.edit {
                    Edit::SetAction { action, field, .. } => Some((*action, ActionPart::of(field))),
                    _ => None,
                })
                .collect()
        };
        let action = |d: &Document, id: ActionId| {
            d.content().plans[0].actions.iter().find(|x| x.id == id).cloned()
        };
        let (by_me, by_them) = (set_by(&a, 1), set_by(&b, 2));
        let mut expected: Vec<(ActionId, ActionPart)> = by_me
            .intersection(&by_them)
            .copied()
            .filter(|(id, part)| {
                match (action(&a, *id), action(&b, *id), action(&merged, *id)) {
                    (Some(x), Some(y), Some(_)) => part.field(&x) != part.field(&y),
                    _ => false,
                }
            })
            .collect();
        expected.sort();
        let mut found: Vec<(ActionId, ActionPart)> =
            preview.conflicts.iter().map(|c| (c.action, c.part)).collect();
        found.sort();
        prop_assert_eq!(found, expected);

        // The winner named is the value the merge really keeps, and keeping the
        // other side with a new edit makes it the value on every copy.
        for conflict in &preview.conflicts {
            let kept = action(&merged, conflict.action).and_then(|x| conflict.part.field(&x));
            let winner = match conflict.winner {
                Side::Mine => &conflict.mine,
                Side::Theirs => &conflict.theirs,
            };
            prop_assert_eq!(kept.as_ref(), Some(winner));
        }
        if let Some(conflict) = preview.conflicts.first() {
            let loser = match conflict.winner {
                Side::Mine => Side::Theirs,
                Side::Theirs => Side::Mine,
            };
            merged
                .apply(ReplicaId::from_u128(1), conflict.keep(loser))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut other = b.clone();
            other.merge(&merged).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(other.content(), merged.content());
            let kept = action(&other, conflict.action).and_then(|x| conflict.part.field(&x));
            prop_assert_eq!(kept, Some(conflict.keep(loser)).and_then(|e| match e {
                Edit::SetAction { field, .. } => Some(field),
                _ => None,
            }));
        }
    }
}

/// Three copies that edited and merged with each other in some order, then all
/// caught up with each other: every edit made so far is on every copy.
fn synced_copies(steps: Vec<(usize, usize, Vec<Edit>)>) -> Result<Vec<Document>, TestCaseError> {
    Ok(synced_and_behind(steps, 0)?.0)
}

/// As [`synced_copies`], with a copy of the first taken after `early` steps, which
/// then went quiet: it holds some of the edits and makes none.
fn synced_and_behind(
    steps: Vec<(usize, usize, Vec<Edit>)>,
    early: usize,
) -> Result<(Vec<Document>, Document), TestCaseError> {
    let fail = |e: MergeError| TestCaseError::fail(e.to_string());
    let mut copies = vec![base(), base(), base()];
    let mut behind = base();
    for (n, (copy, other, edits)) in steps.into_iter().enumerate() {
        if n == early {
            behind = copies[0].clone();
        }
        edit_on(&mut copies[copy], copy as u128 + 1, edits);
        let theirs = copies[other].clone();
        copies[copy].merge(&theirs).map_err(fail)?;
    }
    for i in 1..3 {
        let theirs = copies[i].clone();
        copies[0].merge(&theirs).map_err(fail)?;
    }
    for i in 1..3 {
        let all = copies[0].clone();
        copies[i].merge(&all).map_err(fail)?;
    }
    Ok((copies, behind))
}

/// Every copy merges every other, twice round, so all hold every edit.
fn merge_all(copies: &mut [Document]) -> Result<(), TestCaseError> {
    for _ in 0..2 {
        for i in 0..copies.len() {
            for j in 0..copies.len() {
                let theirs = copies[j].clone();
                copies[i]
                    .merge(&theirs)
                    .map_err(|e| TestCaseError::fail(format!("copy {i} merging copy {j}: {e}")))?;
            }
        }
    }
    Ok(())
}

fn steps() -> impl Strategy<Value = Vec<(usize, usize, Vec<Edit>)>> {
    prop::collection::vec(
        (0usize..3, 0usize..3, prop::collection::vec(edit(), 0..6)),
        0..8,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn compacting_never_changes_the_content(
        steps in steps(),
        cut in 0u64..=100,
    ) {
        let mut doc = synced_copies(steps)?.remove(0);
        let before = doc.clone();
        let clock = doc.log().clock() * cut / 100;
        doc.compact(clock).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(doc.content(), before.content());
        prop_assert_eq!(doc.log().edits(), before.log().since(clock));
        let back = Document::from_json(doc.to_json().as_bytes());
        prop_assert_eq!(back.as_ref().ok(), Some(&doc), "{:?}", back.as_ref().err());
    }

    #[test]
    fn copies_compacted_at_agreed_points_merge_to_the_content_they_would_have_had(
        steps in steps(),
        cuts in (0u64..=100, 0u64..=100),
        later in prop::collection::vec((0usize..3, prop::collection::vec(edit(), 0..6)), 0..6),
        order in any::<prop::sample::Index>(),
        early in 0usize..8,
    ) {
        // A fourth copy fell behind before the agreed point and made no edits since:
        // it still merges, taking the snapshot.
        let (mut plain, behind) = synced_and_behind(steps, early)?;
        plain.push(behind);
        // Every copy has seen every edit up to here: any clock up to it is agreed.
        let agreed = plain[0].log().clock();
        let mut compacted = plain.clone();
        // Two copies compact at the same point, one of them again later; the
        // third never does.
        let first = agreed * cuts.0.min(cuts.1) / 100;
        let second = agreed * cuts.0.max(cuts.1) / 100;
        for (copy, clock) in [(0, first), (1, first), (0, second)] {
            compacted[copy].compact(clock).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        for (copy, edits) in later {
            edit_on(&mut plain[copy], copy as u128 + 1, edits.clone());
            edit_on(&mut compacted[copy], copy as u128 + 1, edits);
        }
        prop_assert_eq!(
            compacted.iter().map(Document::content).collect::<Vec<_>>(),
            plain.iter().map(Document::content).collect::<Vec<_>>()
        );
        let n = compacted.len();
        compacted.rotate_left(order.index(n));
        merge_all(&mut plain)?;
        merge_all(&mut compacted)?;
        for copy in &compacted {
            prop_assert_eq!(copy.content(), plain[0].content());
            prop_assert!(copy.log().len() <= plain[0].log().len());
        }
    }

    #[test]
    fn a_copy_holding_edits_a_checkpoint_missed_is_refused_both_ways_and_unchanged(
        steps in steps(),
        offline in prop::collection::vec(text(), 1..4),
        cut in 1u64..=100,
    ) {
        // A copy taken before anything happened, edited offline and never synced.
        let mut offline_copy = base();
        for title in offline {
            offline_copy
                .apply(ReplicaId::from_u128(9), Edit::SetTitle { title })
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        let mut doc = synced_copies(steps)?.remove(0);
        let clock = doc.log().clock() * cut / 100;
        prop_assume!(clock >= 1);
        doc.compact(clock).map_err(|e| TestCaseError::fail(e.to_string()))?;

        let (doc0, offline0) = (doc.clone(), offline_copy.clone());
        prop_assert!(matches!(doc.merge(&offline0), Err(MergeError::BeforeCheckpoint(_))));
        prop_assert!(matches!(offline_copy.merge(&doc0), Err(MergeError::BeforeCheckpoint(_))));
        prop_assert!(doc.accept(offline0.log().edits().iter().cloned()).is_err());
        prop_assert_eq!(&doc, &doc0);
        prop_assert_eq!(&offline_copy, &offline0);
    }
}
