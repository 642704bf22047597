//! The 2013-16 Joint Action Plan for Carers, imported and audited, against the hand
//! check in `tests/fixtures/joint-action-plan-2013-16.expected.md`.
//!
//! The expected findings were worked out by reading the seed, not by running the
//! code; this test fails if the import or the audit finds anything more or less.

use std::collections::{BTreeMap, BTreeSet};

use cares_core::audit::{FindingCode, audit_plan};
use cares_core::plan::{ActionPlan, Status};
use cares_core::table::import_actions;

const FIXTURE: &str = include_str!("../../../tests/fixtures/joint-action-plan-2013-16.csv");

/// The four gaps the hand check is about.
const CHECKED: [FindingCode; 4] = [
    FindingCode::NoLead,
    FindingCode::NoMeasure,
    FindingCode::NoTimescale,
    FindingCode::VagueTimescale,
];

/// Section (by the start of its title), action (reference or label), expected codes.
const HAND_CHECKED: &[(&str, &str, &[&str])] = &[
    ("Strategic Outcome 1", "1.4", &["vague-timescale"]),
    ("Strategic Outcome 1", "2.1", &["vague-timescale"]),
    ("Strategic Outcome 1", "2.3", &["no-timescale"]),
    ("Strategic Outcome 1", "2.4", &["no-lead", "no-timescale"]),
    ("Strategic Outcome 1", "4.2", &["no-timescale"]),
    ("Strategic Outcome 2", "1.1", &["no-timescale"]),
    ("Strategic Outcome 2", "1.4", &["no-timescale"]),
    ("Strategic Outcome 2", "3.2", &["no-measure"]),
    ("Strategic Outcome 3", "1.1", &["no-measure"]),
    ("Strategic Outcome 3", "2.1", &["no-timescale"]),
    ("Strategic Outcome 3", "2.2", &["no-measure"]),
    (
        "Strategic Outcome 3",
        "Involve carers in the development of Carers Service…",
        &["no-timescale"],
    ),
    (
        "Strategic Outcome 3",
        "Review in house and contracted carers services",
        &["no-measure", "no-timescale"],
    ),
    (
        "Strategic Outcome 3",
        "Implement a small grants scheme which will increase…",
        &["no-timescale"],
    ),
    (
        "Strategic Outcome 3",
        "3.2",
        &["no-measure", "no-timescale"],
    ),
    ("Strategic Outcome 3", "4.1", &["no-measure"]),
    ("Outcome 4", "1.0", &["vague-timescale"]),
    ("Outcome 4", "1.2", &["vague-timescale"]),
    ("Outcome 4", "3.1", &["vague-timescale"]),
    ("Underpinning", "1.2", &["no-timescale"]),
    ("Underpinning", "2.2", &["no-timescale"]),
];

type Findings = BTreeMap<(String, String), BTreeSet<String>>;

fn imported() -> ActionPlan {
    let mut n = 0u128;
    let result = import_actions(FIXTURE, &mut || {
        n += 1;
        uuid::Uuid::from_u128(n)
    });
    match result {
        Ok(imported) => imported.plan,
        Err(e) => panic!("the fixture should import: {e}"),
    }
}

fn section_key(title: &str) -> String {
    [
        "Strategic Outcome 1",
        "Strategic Outcome 2",
        "Strategic Outcome 3",
        "Outcome 4",
        "Underpinning",
    ]
    .into_iter()
    .find(|prefix| title.starts_with(prefix))
    .unwrap_or(title)
    .to_owned()
}

fn actual_findings(plan: &ActionPlan) -> Findings {
    let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or_default();
    let mut found = Findings::new();
    for finding in audit_plan(plan, today) {
        if !CHECKED.contains(&finding.code) {
            continue;
        }
        let Some(action) = plan.action(finding.action) else {
            panic!("a finding about an action not in the plan");
        };
        let section = section_key(plan.section_title(action).unwrap_or_default());
        found
            .entry((section, action.label()))
            .or_default()
            .insert(finding.code.key().to_owned());
    }
    found
}

fn table(rows: &[(&str, &str, &[&str])]) -> Findings {
    rows.iter()
        .map(|(section, action, codes)| {
            (
                ((*section).to_owned(), (*action).to_owned()),
                codes.iter().map(|c| (*c).to_owned()).collect(),
            )
        })
        .collect()
}

#[test]
fn the_audit_finds_exactly_the_hand_checked_gaps() {
    let plan = imported();
    let expected = table(HAND_CHECKED);
    let actual = actual_findings(&plan);
    let missing: Vec<_> = expected
        .iter()
        .filter(|(k, v)| actual.get(*k) != Some(*v))
        .collect();
    let extra: Vec<_> = actual
        .iter()
        .filter(|(k, _)| !expected.contains_key(*k))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "expected but not found as expected: {missing:#?}\nfound but not expected: {extra:#?}\nall found: {actual:#?}"
    );
}

#[test]
fn hand_checked_totals_match_the_expected_file() {
    let hand = table(HAND_CHECKED);
    let count = |code: &str| hand.values().filter(|c| c.contains(code)).count();
    assert_eq!(count("no-lead"), 1);
    assert_eq!(count("no-measure"), 6);
    assert_eq!(count("no-timescale"), 12);
    assert_eq!(count("vague-timescale"), 5);
    assert_eq!(hand.len(), 21);
}

#[test]
fn every_action_of_the_seed_is_imported() {
    let plan = imported();
    assert_eq!(plan.actions.len(), 50);
    let per_section: Vec<(String, usize)> = plan
        .sections
        .iter()
        .map(|s| {
            let n = plan
                .actions
                .iter()
                .filter(|a| a.section == Some(s.id))
                .count();
            (section_key(&s.title), n)
        })
        .collect();
    let expected: Vec<(String, usize)> = [
        ("Strategic Outcome 1", 16),
        ("Strategic Outcome 2", 10),
        ("Strategic Outcome 3", 10),
        ("Outcome 4", 6),
        ("Underpinning", 8),
    ]
    .into_iter()
    .map(|(s, n)| (s.to_owned(), n))
    .collect();
    assert_eq!(per_section, expected);
    let unreferenced = plan
        .actions
        .iter()
        .filter(|a| a.reference.is_none())
        .count();
    assert_eq!(unreferenced, 3);
}

#[test]
fn seed_cells_are_read_as_a_person_would_read_them() {
    let plan = imported();
    let find = |section: &str, label: &str| {
        plan.actions
            .iter()
            .find(|a| {
                a.label() == label
                    && section_key(plan.section_title(a).unwrap_or_default()) == section
            })
            .unwrap_or_else(|| panic!("no action {label} in {section}"))
    };
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);

    let a = find("Strategic Outcome 1", "1.1");
    assert_eq!(a.lead.organisation.as_deref(), Some("RCCG/ NHSCB / HWBB"));
    assert_eq!(a.lead.person.as_deref(), Some("Julie Wisken"));
    assert_eq!(a.milestones[0].due, day(2013, 3, 31));
    assert_eq!(a.status(), Status::Complete);
    assert!(a.evidence.is_empty(), "no evidence is invented");
    assert_eq!(
        a.links.charter_commitment.as_deref(),
        Some("we will work with GPs to increase support and information available for carers")
    );

    let a = find("Strategic Outcome 1", "1.5");
    assert_eq!(a.due, day(2014, 4, 30));
    assert_eq!(a.timescale_as_written.as_deref(), Some("March/ April 2014"));

    let a = find("Strategic Outcome 1", "3.1");
    assert_eq!(a.milestones.len(), 8, "3.1's milestone rows join it");
    assert_eq!(a.lead.person.as_deref(), Some("Jacqui Clark"));

    let a = find("Strategic Outcome 2", "3.2");
    assert_eq!(a.due, day(2013, 9, 18));

    let a = find("Strategic Outcome 2", "1.5");
    assert_eq!(a.due, day(2015, 1, 31));
    assert_eq!(a.lead.person.as_deref(), Some("M Cox"));

    let a = find("Strategic Outcome 3", "3.1");
    assert_eq!(a.due, day(2014, 4, 30));
    assert_eq!(a.lead.person.as_deref(), Some("Jacqui Clark; J Parkin"));
    assert_eq!(a.status(), Status::Complete);

    let a = find(
        "Strategic Outcome 3",
        "Implement a small grants scheme which will increase…",
    );
    assert_eq!(
        a.milestones.len(),
        2,
        "the 'Awaiting further reports' row joins it"
    );

    let a = find("Outcome 4", "1.0");
    assert_eq!(
        a.links.charter_commitment.as_deref(),
        Some("We will support carers to identify their personal goals in work")
    );

    let a = find("Outcome 4", "2.1");
    assert_eq!(a.due, day(2013, 4, 30));
    assert_eq!(a.review, day(2013, 12, 31));

    let a = find("Underpinning", "1.3");
    assert_eq!(a.lead.organisation.as_deref(), Some("CYPS; Barnados"));
    assert_eq!(
        a.lead.person.as_deref(),
        Some("Paul Theaker; Lindsey Hallatt")
    );
    assert_eq!(
        a.links.charter_commitment.as_deref(),
        Some(
            "We will improve how we identify and work with carers by increasing the number and quality of carers' assessments in Rotherham"
        )
    );
}

#[test]
fn the_fixture_survives_export_and_import() {
    let plan = imported();
    let table = cares_core::table::export_actions(
        &plan,
        &cares_core::framework::Framework::borough_that_cares_2022_25(),
    );
    let mut n = 1000u128;
    let back = import_actions(&table, &mut || {
        n += 1;
        uuid::Uuid::from_u128(n)
    })
    .map(|i| i.plan)
    .unwrap_or_else(|e| panic!("{e}"));
    let essentials = |p: &ActionPlan| -> Vec<String> {
        p.actions
            .iter()
            .map(|a| {
                format!(
                    "{:?} {:?} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                    p.section_title(a),
                    a.reference,
                    a.what,
                    a.measure,
                    a.milestones,
                    a.lead,
                    a.due,
                    a.review,
                    a.timescale_as_written,
                    a.status(),
                    a.links.charter_commitment
                )
            })
            .collect()
    };
    assert_eq!(essentials(&back), essentials(&plan));
    assert_eq!(actual_findings(&back), actual_findings(&plan));
}
