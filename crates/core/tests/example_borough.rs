//! The example borough: a borough document with everything the programme screens and
//! commands show, filled in from the seeds' names — three localities' plans, a year of
//! quarterly progress figures with targets, two organisations' self-assessments, the
//! network with its meetings and an empowerment plan, and co-production sessions.
//! Written to `crates/core/tests/fixtures/example-borough.json` by this test under
//! `CARES_BLESS=1`, and checked against it otherwise, so the file always reads as a
//! valid document of the current version and says what the views below expect.

use std::path::PathBuf;

use cares_core::assessment::{Answer, Rating, SelfAssessment};
use cares_core::coproduction::Session;
use cares_core::document::{Content, Document};
use cares_core::empowerment::{Alignment, EmpowermentPlan, RepProfile};
use cares_core::framework::{FocusAreaNumber, Framework};
use cares_core::ids::{
    ActionId, AssessmentId, DocumentId, LocalityId, MeetingId, MemberId, NetworkId, OrganisationId,
    ParticipantId, PlanId, SessionId,
};
use cares_core::measures::{Observation, ProgressMarker, ProgressRecord, Target, TargetPeriod};
use cares_core::network::{
    Attendance, CarerNetwork, Locality, Meeting, Member, Network, NetworkKind, Organisation,
    OrganisationKind, Quarter,
};
use cares_core::plan::{Action, ActionPlan, Evidence, Lead, Status, StatusChange};
use cares_core::report::{BoroughView, HighlightView, PositionView};
use chrono::{NaiveDate, NaiveTime};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const LOCALITIES: [&str; 3] = ["Maltby", "Rawmarsh", "Wath"];
const STRATEGIC: NetworkId = NetworkId::from_u128(0x100);

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-borough.json")
}

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    Ok(NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date")?)
}

fn time(h: u32, m: u32) -> Result<NaiveTime> {
    Ok(NaiveTime::from_hms_opt(h, m, 0).ok_or("bad time")?)
}

/// What a locality plan's action says, who leads it, and where it stands.
struct Row {
    area: FocusAreaNumber,
    commitment: char,
    what: &'static str,
    organisation: Option<&'static str>,
    measure: Option<&'static str>,
    due: Option<(i32, u32, u32)>,
    status: Status,
    evidence: Option<&'static str>,
}

/// The same "we will" commitments worked on in each locality, led and rated
/// differently, with the gaps real plans have (no lead, no measure, no date) and
/// the spellings partners use ("RCCG", "r.c.c.g", "RCCG/NHSCB").
fn rows(locality: usize) -> Vec<Row> {
    use FocusAreaNumber as A;
    let ahead = locality == 0;
    vec![
        Row {
            area: A::ONE,
            commitment: 'A',
            what: "Support the stabilisation of voluntary sector carer groups in the locality",
            organisation: Some(
                ["Crossroads Care", "crossroads care", "Crossroads  Care"][locality],
            ),
            measure: Some("Number of carer groups meeting each month"),
            due: Some((2024, 9, 30)),
            status: if ahead {
                Status::Complete
            } else {
                Status::Green
            },
            evidence: Some("Four groups meet monthly with a steady core of carers"),
        },
        Row {
            area: A::ONE,
            commitment: 'D',
            what: "Send the carers' newsletter to every GP surgery and library",
            organisation: Some(["RMBC", "Rotherham MBC", "R.M.B.C."][locality]),
            measure: Some("Number of newsletters handed out each quarter"),
            due: Some((2024, 6, 30)),
            status: Status::Amber,
            evidence: Some("Libraries have it; two surgeries still to agree"),
        },
        Row {
            area: A::TWO,
            commitment: 'A',
            what: "Offer a health and wellbeing check at every carers' drop-in",
            organisation: Some(["RCCG", "r.c.c.g", "RCCG/NHSCB"][locality]),
            measure: Some("Number of health and wellbeing checks"),
            due: Some((2025, 3, 31)),
            status: Status::Green,
            evidence: Some("Checks offered at the monthly drop-in"),
        },
        Row {
            area: A::TWO,
            commitment: 'B',
            what: "Hold a locality network meeting each quarter, with carers setting the agenda",
            organisation: Some("Rotherham Carers Forum"),
            measure: None,
            due: Some((2024, 12, 31)),
            status: if ahead { Status::Green } else { Status::Red },
            evidence: None,
        },
        Row {
            area: A::THREE,
            commitment: 'A',
            what: "Sign up local shops and cafés to the Carer Friendly Communities Action Pack",
            organisation: None,
            measure: Some("Number of businesses signed up"),
            due: None,
            status: Status::NotStarted,
            evidence: None,
        },
        Row {
            area: A::THREE,
            commitment: 'D',
            what: "Train community navigators to give information, advice and guidance",
            organisation: Some(["Barnardo's", "Barnardos", "Barnardo’s"][locality]),
            measure: Some("Number of navigators trained"),
            due: Some((2025, 1, 31)),
            status: Status::NotStarted,
            evidence: None,
        },
    ]
}

fn plan(n: usize) -> Result<ActionPlan> {
    let locality = LOCALITIES[n];
    let base = 0x1000 * (n as u128 + 1);
    let mut plan = ActionPlan::for_locality(PlanId::from_u128(base), locality);
    for (i, row) in rows(n).into_iter().enumerate() {
        let mut action = Action::new(ActionId::from_u128(base + i as u128 + 1), row.what);
        action.reference = Some(format!("{}{}", row.area.get(), row.commitment));
        action.links.focus_area = Some(row.area);
        action.links.commitment = Some(row.commitment);
        action.lead = Lead {
            person: None,
            organisation: row.organisation.map(str::to_owned),
        };
        action.measure = row.measure.map(str::to_owned);
        action.due = match row.due {
            Some((y, m, d)) => Some(day(y, m, d)?),
            None => None,
        };
        if row.status != Status::NotStarted {
            action.history.push(StatusChange {
                on: Some(day(2024, 7, 1)?),
                status: row.status,
                note: None,
            });
        }
        if let Some(note) = row.evidence {
            action.evidence.push(Evidence {
                on: Some(day(2024, 7, 1)?),
                note: note.to_owned(),
                link: None,
            });
        }
        plan.actions.push(action);
    }
    Ok(plan)
}

fn network() -> Result<CarerNetwork> {
    let org = |n: u128, kind, name: &str, short: Option<&str>| Organisation {
        id: OrganisationId::from_u128(n),
        kind,
        name: name.to_owned(),
        short_name: short.map(str::to_owned),
    };
    let mut network = CarerNetwork {
        organisations: vec![
            org(
                1,
                OrganisationKind::Statutory,
                "Rotherham Metropolitan Borough Council",
                Some("RMBC"),
            ),
            org(
                2,
                OrganisationKind::Health,
                "Rotherham Clinical Commissioning Group",
                Some("RCCG"),
            ),
            org(
                3,
                OrganisationKind::Voluntary,
                "Crossroads Care Rotherham",
                Some("Crossroads"),
            ),
            org(
                4,
                OrganisationKind::Community,
                "Rotherham Carers Forum",
                None,
            ),
        ],
        networks: vec![Network {
            id: STRATEGIC,
            name: "The Borough That Cares Strategic Group".into(),
            kind: NetworkKind::Strategic,
        }],
        ..CarerNetwork::default()
    };
    for (i, name) in LOCALITIES.iter().enumerate() {
        let id = LocalityId::from_u128(0x200 + i as u128);
        network.localities.push(Locality {
            id,
            name: (*name).to_owned(),
        });
        network.networks.push(Network {
            id: NetworkId::from_u128(0x110 + i as u128),
            name: format!("{name} Borough That Cares Group"),
            kind: NetworkKind::Locality {
                locality: id,
                hub: STRATEGIC,
            },
        });
    }
    // Carer reps go by a first name they chose; officers by their role.
    let member = |n: u128,
                  name: &str,
                  organisation: Option<u128>,
                  rep: bool,
                  young: Option<bool>,
                  networks: Vec<NetworkId>| Member {
        id: MemberId::from_u128(n),
        display_name: name.to_owned(),
        organisation: organisation.map(OrganisationId::from_u128),
        is_carer_rep: rep,
        young_carer: young,
        networks,
    };
    network.members = vec![
        member(
            0x301,
            "Carers lead (RMBC)",
            Some(1),
            false,
            None,
            vec![STRATEGIC],
        ),
        member(
            0x302,
            "Sam",
            None,
            true,
            Some(false),
            vec![STRATEGIC, NetworkId::from_u128(0x110)],
        ),
        member(
            0x303,
            "Jo",
            None,
            true,
            Some(true),
            vec![STRATEGIC, NetworkId::from_u128(0x111)],
        ),
        member(
            0x304,
            "Priya",
            None,
            true,
            Some(false),
            vec![NetworkId::from_u128(0x112)],
        ),
    ];
    // The strategic group meets each quarter in the evening, but one meeting moved to a
    // school morning; locality groups meet in the afternoon.
    let strategic = [
        (0x401, day(2024, 5, 14)?, time(18, 0)?, time(20, 0)?),
        (0x402, day(2024, 9, 17)?, time(10, 0)?, time(12, 0)?),
        (0x403, day(2024, 11, 12)?, time(18, 0)?, time(20, 0)?),
        (0x404, day(2025, 2, 11)?, time(18, 0)?, time(20, 0)?),
    ];
    for (n, (id, date, start, end)) in strategic.into_iter().enumerate() {
        network.meetings.push(Meeting {
            id: MeetingId::from_u128(id),
            network: STRATEGIC,
            title: format!("Strategic group, quarter {}", n + 1),
            date,
            start,
            end,
            place: "Riverside House".into(),
            is_key_strategic_meeting: true,
            attendance: Attendance {
                members: vec![MemberId::from_u128(0x301), MemberId::from_u128(0x302)],
                others: 6,
            },
        });
    }
    for i in 0..3u128 {
        network.meetings.push(Meeting {
            id: MeetingId::from_u128(0x410 + i),
            network: NetworkId::from_u128(0x110 + i),
            title: format!("{} network meeting", LOCALITIES[i as usize]),
            date: day(2024, 6, 4 + i as u32)?,
            start: time(16, 0)?,
            end: time(17, 30)?,
            place: format!("{} library", LOCALITIES[i as usize]),
            is_key_strategic_meeting: false,
            attendance: Attendance {
                members: vec![MemberId::from_u128(0x302 + i)],
                others: 9 + i as u32,
            },
        });
    }
    Ok(network)
}

/// Sam goes to more than agreed; Jo, a young carer, is asked to a school-morning
/// meeting; the last strategic meeting has nobody.
fn empowerment() -> EmpowermentPlan {
    let sam = MemberId::from_u128(0x302);
    let jo = MemberId::from_u128(0x303);
    let mut sam_profile = RepProfile::new(sam, "Sam");
    sam_profile.max_meetings_per_quarter = 1;
    let mut jo_profile = RepProfile::new(jo, "Jo");
    jo_profile.is_young_carer = true;
    let line = |rep, meeting| Alignment {
        rep,
        meeting: MeetingId::from_u128(meeting),
    };
    EmpowermentPlan {
        reps: vec![
            sam_profile,
            jo_profile,
            RepProfile::new(MemberId::from_u128(0x304), "Priya"),
        ],
        alignments: vec![
            line(sam, 0x401),
            line(sam, 0x410),
            line(jo, 0x402),
            line(sam, 0x403),
        ],
        ..EmpowermentPlan::default()
    }
}

/// A year of quarterly counts, 2024-25, per locality, with borough targets.
fn progress() -> Result<ProgressRecord> {
    let mut record = ProgressRecord::default();
    let figures: [(ProgressMarker, [[u64; 4]; 3]); 5] = [
        (
            ProgressMarker::MeetingPlaces,
            [[3, 4, 4, 5], [2, 2, 3, 3], [1, 2, 2, 3]],
        ),
        (
            ProgressMarker::ActivitiesAndEvents,
            [[4, 6, 5, 8], [2, 3, 3, 4], [1, 2, 4, 4]],
        ),
        (
            ProgressMarker::HealthAndWellbeingChecks,
            [[12, 18, 20, 25], [6, 9, 11, 10], [4, 7, 9, 12]],
        ),
        (
            ProgressMarker::NetworkMeetingAttendance,
            [[10, 12, 11, 14], [8, 9, 9, 11], [6, 10, 12, 12]],
        ),
        (
            ProgressMarker::CoproductionInvolvement,
            [[5, 9, 7, 12], [0, 6, 8, 8], [3, 3, 6, 9]],
        ),
    ];
    for (marker, per_locality) in figures {
        for (l, counts) in per_locality.iter().enumerate() {
            for (q, value) in counts.iter().enumerate() {
                record.record(Observation {
                    marker,
                    locality: Some(LOCALITIES[l].to_owned()),
                    quarter: Quarter::new(2024, q as u8 + 1)?,
                    value: *value,
                    note: None,
                });
            }
        }
    }
    record.record(Observation {
        marker: ProgressMarker::NewsletterReach,
        locality: None,
        quarter: Quarter::new(2024, 1)?,
        value: 850,
        note: Some("Printed and emailed copies".into()),
    });
    for (marker, value) in [
        (ProgressMarker::MeetingPlaces, 12),
        (ProgressMarker::ActivitiesAndEvents, 48),
        (ProgressMarker::HealthAndWellbeingChecks, 160),
    ] {
        record.set_target(Target {
            marker,
            locality: None,
            period: TargetPeriod::Year { starts_in: 2024 },
            value,
        });
    }
    Ok(record)
}

fn assessments(framework: &Framework) -> Vec<SelfAssessment> {
    let ratings = [
        [
            Rating::Mostly,
            Rating::Partly,
            Rating::Fully,
            Rating::NotYet,
            Rating::Mostly,
            Rating::Partly,
        ],
        [
            Rating::Partly,
            Rating::Partly,
            Rating::Mostly,
            Rating::Partly,
            Rating::Fully,
            Rating::NotYet,
        ],
    ];
    let organisations = [(1u128, "RMBC"), (3u128, "Crossroads Care Rotherham")];
    let actions = [
        "Train front-door staff to recognise and refer carers",
        "Ask carers to co-produce our next carers' information pack",
    ];
    organisations
        .iter()
        .enumerate()
        .map(|(o, (id, name))| {
            let mut a = SelfAssessment::new(
                AssessmentId::from_u128(0x500 + id),
                OrganisationId::from_u128(*id),
                *name,
            );
            a.completed_on = NaiveDate::from_ymd_opt(2024, 6, 20);
            for (t, theme) in framework.quality_themes.iter().enumerate() {
                let rating = ratings[o][t % 6];
                a.answers.push(Answer {
                    theme: theme.key.clone(),
                    statement: 0,
                    rating,
                    evidence: Some("Discussed at our team meeting".into()),
                    improvement_action: rating
                        .needs_improvement()
                        .then(|| actions[t % 2].to_owned()),
                });
            }
            a
        })
        .collect()
}

fn sessions() -> Result<Vec<Session>> {
    let mut out = Vec::new();
    for (i, (locality, date, joined, headcount)) in [
        ("Maltby", day(2024, 5, 21)?, 4u128, Some(7)),
        ("Rawmarsh", day(2024, 6, 18)?, 3, None),
        ("Wath", day(2024, 10, 15)?, 5, Some(6)),
    ]
    .into_iter()
    .enumerate()
    {
        let mut session = Session::new(
            SessionId::from_u128(0x600 + i as u128),
            &format!("What carers in {locality} need"),
            locality,
            date,
            3,
        )?;
        for p in 0..joined {
            session.join(
                ParticipantId::from_u128(0x6000 + 0x10 * i as u128 + p),
                &format!("Carer {}", p + 1),
            )?;
        }
        session.set_headcount(headcount)?;
        out.push(session);
    }
    Ok(out)
}

fn example() -> Result<Document> {
    let framework = Framework::borough_that_cares_2022_25();
    let mut content = Content::new("The Borough That Cares: example borough");
    for n in 0..LOCALITIES.len() {
        content.plans.push(plan(n)?);
    }
    content.network = network()?;
    content.empowerment = empowerment();
    content.progress = progress()?;
    content.assessments = assessments(&framework);
    content.sessions = sessions()?;
    content.check()?;
    Ok(Document::from_content(DocumentId::from_u128(0xB0), content))
}

#[test]
fn the_example_borough_is_the_cores() -> Result {
    let written = format!("{}\n", example()?.to_json());
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(fixture(), &written)?;
    }
    let checked_in = std::fs::read_to_string(fixture()).unwrap_or_default();
    assert!(
        written == checked_in,
        "crates/core/tests/fixtures/example-borough.json is out of date: run \
         `CARES_BLESS=1 cargo test -p cares-core --test example_borough`"
    );
    let back = Document::from_json(checked_in.as_bytes())?;
    assert_eq!(back.content().plans.len(), 3);
    Ok(())
}

#[test]
fn the_example_borough_fills_every_view() -> Result {
    let doc = example()?;
    let content = doc.content();
    let plans: Vec<&ActionPlan> = content.plans.iter().collect();
    let borough = BoroughView::new(&plans, day(2024, 12, 31)?);
    let names: Vec<&str> = borough
        .localities
        .iter()
        .map(|l| l.locality.as_str())
        .collect();
    assert_eq!(names, LOCALITIES);
    // Three spellings of Crossroads Care, of RMBC's "RMBC"/"R.M.B.C.", of Barnardo's.
    let crossroads = borough
        .by_organisation
        .iter()
        .find(|o| o.name == "Crossroads Care");
    assert_eq!(crossroads.map(|o| o.figures.actions), Some(3));
    let rccg = borough.by_organisation.iter().find(|o| o.name == "RCCG");
    assert_eq!(
        rccg.map(|o| o.related.clone()),
        Some(vec!["RCCG/NHSCB".to_owned()])
    );
    assert!(!borough.findings.is_empty());

    let report = HighlightView::new(content, Quarter::new(2024, 1)?);
    assert_eq!(report.sessions.len(), 2);
    assert_eq!(report.people, 7 + 3);
    assert!(!report.markers.is_empty());
    assert!(!report.empowerment.is_empty());
    assert!(!report.improvement_actions.is_empty());

    let position = PositionView::new(&content.assessments, &content.framework());
    assert_eq!(position.organisations.len(), 2);
    Ok(())
}
