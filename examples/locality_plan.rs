//! A partner builds a locality action plan in code, audits it, and saves it.
//!
//! Run with `cargo run -p cares-examples --example locality_plan`. It prints the
//! audit a carer rep would see, writes the document to a file, and reads it back
//! to prove the file is valid.

#![allow(clippy::print_stdout, reason = "an example shows its results")]

use std::error::Error;

use cares_core::audit::{GroupBy, audit_plan, rollup};
use cares_core::document::{Content, Document};
use cares_core::edits::{ActionField, Edit};
use cares_core::framework::{FocusAreaNumber, Framework};
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{Action, ActionPlan, Evidence, Lead, PlanScope, Status, StatusChange};
use chrono::NaiveDate;
use uuid::Uuid;

fn main() -> Result<(), Box<dyn Error>> {
    let framework = Framework::borough_that_cares_2022_25();
    let area = FocusAreaNumber::new(2).ok_or("no area 2")?;
    let focus = framework
        .focus_area(area)
        .ok_or("the framework has no area 2")?;

    // This device's edits are stamped with its own replica id.
    let me = ReplicaId::from_uuid(Uuid::new_v4());
    let plan = PlanId::from_uuid(Uuid::new_v4());
    let mut doc = Document::from_content(
        DocumentId::from_uuid(Uuid::new_v4()),
        Content::new("Maltby carers' network"),
    );
    doc.apply(
        me,
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(
                plan,
                "Maltby locality action plan",
                PlanScope::Locality {
                    name: "Maltby".into(),
                },
            )),
        },
    )?;

    // A complete, SMART action…
    let cafe = ActionId::from_uuid(Uuid::new_v4());
    let mut action = Action::new(cafe, "Open a monthly carers' café in Maltby Library");
    action.measure = Some("Number of carers attending each month; target 20 by March".into());
    action.lead = Lead {
        person: Some("Carer rep for Maltby".into()),
        organisation: Some("Maltby Library".into()),
    };
    action.due = NaiveDate::from_ymd_opt(2024, 3, 31);
    action.links.focus_area = Some(area);
    action.links.commitment = Some('B');
    doc.apply(
        me,
        Edit::AddAction {
            plan,
            action: Box::new(action),
            after: None,
        },
    )?;
    doc.apply(
        me,
        Edit::RateAction {
            plan,
            action: cafe,
            change: StatusChange {
                on: NaiveDate::from_ymd_opt(2023, 11, 1),
                status: Status::Green,
                note: Some("Two cafés held".into()),
            },
        },
    )?;
    doc.apply(
        me,
        Edit::AddEvidence {
            plan,
            action: cafe,
            evidence: Evidence {
                on: NaiveDate::from_ymd_opt(2023, 11, 1),
                note: "14 carers came in October, 17 in November".into(),
                link: None,
            },
        },
    )?;

    // …and one drafted in a hurry at a network meeting.
    let talks = ActionId::from_uuid(Uuid::new_v4());
    doc.apply(
        me,
        Edit::AddAction {
            plan,
            action: Box::new(Action::new(talks, "Talk to schools about young carers")),
            after: Some(cafe),
        },
    )?;
    doc.apply(
        me,
        Edit::SetAction {
            plan,
            action: talks,
            field: ActionField::TimescaleAsWritten(Some("On-going".into())),
        },
    )?;

    let today = NaiveDate::from_ymd_opt(2024, 1, 15).ok_or("bad date")?;
    let current = doc.content().plan(plan).ok_or("plan missing")?;
    let findings = audit_plan(current, today);
    println!(
        "{} — area of focus {area}: {}",
        current.title, focus.tagline
    );
    for finding in &findings {
        let action = current
            .action(finding.action)
            .ok_or("finding for a missing action")?;
        println!(
            "  [{}] {}: {}",
            finding.code.key(),
            action.label(),
            finding.message
        );
    }
    for row in rollup(current, &findings, GroupBy::Status) {
        println!("  {}: {} action(s)", row.group, row.actions);
    }

    let path = std::env::temp_dir().join(format!("maltby-{}.cares.json", Uuid::new_v4()));
    std::fs::write(&path, doc.to_json())?;
    let back = Document::from_json(&std::fs::read(&path)?)?;
    std::fs::remove_file(&path)?;
    assert_eq!(back.content(), doc.content());
    println!("saved and read back {} edits", back.log().len());

    // The SMART action passes; the hurried one lacks a lead, a measure and a date.
    let codes: Vec<_> = findings.iter().map(|f| f.code.key()).collect();
    assert_eq!(codes, ["no-lead", "no-measure", "vague-timescale"]);
    Ok(())
}
