//! Golden documents: the serialized layout of a released version must never move.
//!
//! A document using every part of the format is built in code and compared,
//! byte for byte, with `tests/fixtures/documents/v2-full.json` (in this crate); the file must also
//! read back to the same state. If a change breaks this, the layout changed: that
//! needs a new document version, not a new fixture. (To write the fixture of a new
//! version the first time: `CARES_BLESS=1 cargo test -p cares-core --test golden`.)
//! `v1-full.json` is the same document as version 1 wrote it, frozen: it must keep
//! reading to the same state. `v3-compacted.json` is the document with half its
//! log compacted (version 3 adds the checkpoint). `v4-full.json` is the document
//! keeping a school calendar (version 4 adds it). Every older fixture must also
//! `migrate` to the same state. The schemas of versions 1 to 3 are kept as
//! released; version 4's is generated and must match `schema/cares-document.v4.json`.

use std::path::PathBuf;

use cares_core::assessment::{Answer, Rating, SelfAssessment};
use cares_core::coproduction::{Phase, Session};
use cares_core::document::{Content, Document, migrate};
use cares_core::edits::{ActionField, Edit, SessionStep};
use cares_core::empowerment::{Alignment, RepProfile};
use cares_core::framework::{FocusAreaNumber, Framework, Period};
use cares_core::ids::*;
use cares_core::measures::{Observation, ProgressMarker, Target, TargetPeriod};
use cares_core::network::{
    Attendance, Locality, Meeting, Member, Network, NetworkKind, Organisation, OrganisationKind,
    Quarter,
};
use cares_core::packs::{ActionPack, Audience, LocalContact, MeetingPlace, PackEvent};
use cares_core::plan::*;
use cares_core::roles::{CarerRole, CarerRoles};
use chrono::{NaiveDate, NaiveTime};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    Ok(NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date")?)
}

fn time(h: u32, m: u32) -> Result<NaiveTime> {
    Ok(NaiveTime::from_hms_opt(h, m, 0).ok_or("bad time")?)
}

/// The golden document: every part of the format version 2 can hold.
fn full_document() -> Result<Document> {
    document(Version::Two)
}

/// Which version's parts the document uses.
#[derive(PartialEq)]
enum Version {
    One,
    Two,
    Four,
}

fn document(version: Version) -> Result<Document> {
    let mut content = Content::new("Maltby carers' network");
    content.framework = Some(Framework::borough_that_cares_2022_25());
    let plan = PlanId::from_u128(0x10);
    let section = SectionId::from_u128(0x11);
    let mut action_plan = ActionPlan::new(
        plan,
        "Maltby locality action plan",
        PlanScope::Locality {
            name: "Maltby".into(),
        },
    );
    action_plan.sections.push(Section {
        id: section,
        title: "Strategic Outcome 1 - Carers are supported".into(),
    });
    let mut action = Action::new(ActionId::from_u128(0x12), "Open a carers' café");
    action.reference = Some("1.1".into());
    action.section = Some(section);
    action.measure = Some("Number of carers attending: 20 a month".into());
    action.milestones = vec![
        Milestone {
            text: "Venue agreed".into(),
            due: Some(day(2023, 5, 31)?),
        },
        Milestone {
            text: "Quarterly update".into(),
            due: None,
        },
    ];
    action.lead = Lead {
        person: Some("Carer rep".into()),
        organisation: Some("Maltby Library".into()),
    };
    action.commenced = Some(day(2023, 4, 1)?);
    action.due = Some(day(2024, 3, 31)?);
    action.review = Some(day(2023, 12, 31)?);
    action.timescale_as_written = Some("End March 2024".into());
    action.history.push(StatusChange {
        on: Some(day(2023, 9, 1)?),
        status: Status::Amber,
        note: Some("Venue late".into()),
    });
    action.evidence.push(Evidence {
        on: Some(day(2023, 9, 1)?),
        note: "Library agreed the room".into(),
        link: Some("https://example.org/minutes".into()),
    });
    action.links = ActionLinks {
        focus_area: Some(FocusAreaNumber::TWO),
        commitment: Some('B'),
        theme: Some("Carers Support".into()),
        charter_commitment: Some("we will offer personalised support".into()),
    };
    action_plan.actions.push(action);
    content.plans.push(action_plan);

    let org = OrganisationId::from_u128(0x20);
    let locality = LocalityId::from_u128(0x21);
    let hub = NetworkId::from_u128(0x22);
    let spoke = NetworkId::from_u128(0x23);
    let rep = MemberId::from_u128(0x24);
    let meeting = MeetingId::from_u128(0x25);
    content.network.organisations.push(Organisation {
        id: org,
        kind: OrganisationKind::Voluntary,
        name: "Maltby Carers Group".into(),
        short_name: Some("MCG".into()),
    });
    content.network.localities.push(Locality {
        id: locality,
        name: "Maltby".into(),
    });
    content.network.networks.push(Network {
        id: hub,
        name: "The Borough That Cares Strategic Group".into(),
        kind: NetworkKind::Strategic,
    });
    content.network.networks.push(Network {
        id: spoke,
        name: "Maltby network".into(),
        kind: NetworkKind::Locality { locality, hub },
    });
    content.network.members.push(Member {
        id: rep,
        display_name: "Rep M".into(),
        organisation: Some(org),
        is_carer_rep: true,
        young_carer: Some(false),
        networks: vec![hub, spoke],
    });
    content.network.meetings.push(Meeting {
        id: meeting,
        network: hub,
        title: "Strategic Group".into(),
        date: day(2023, 6, 14)?,
        start: time(10, 0)?,
        end: time(12, 0)?,
        place: "Riverside House".into(),
        is_key_strategic_meeting: true,
        attendance: Attendance {
            members: vec![rep],
            others: 9,
        },
    });
    content.empowerment.reps.push(RepProfile::new(rep, "Rep M"));
    if version == Version::Four {
        let calendar = &mut content.empowerment.school_calendar;
        calendar
            .terms
            .push(Period::new(day(2023, 4, 17)?, day(2023, 7, 21)?)?);
        calendar
            .closures
            .push(Period::new(day(2023, 5, 29)?, day(2023, 6, 2)?)?);
    }
    content
        .empowerment
        .alignments
        .push(Alignment { rep, meeting });

    let mut assessment =
        SelfAssessment::new(AssessmentId::from_u128(0x30), org, "Maltby Carers Group");
    assessment.completed_on = Some(day(2022, 3, 1)?);
    assessment.answers.push(Answer {
        theme: "awareness-and-culture".into(),
        statement: 0,
        rating: Rating::Mostly,
        evidence: Some("Strengths-based training".into()),
        improvement_action: Some("Refresh induction".into()),
    });
    content.assessments.push(assessment);

    let quarter = Quarter::new(2023, 1)?;
    content.progress.observations.push(Observation {
        marker: ProgressMarker::ALL[0],
        locality: Some("Maltby".into()),
        quarter,
        value: 4,
        note: Some("Library, church hall, café, leisure centre".into()),
    });
    content.progress.targets.push(Target {
        marker: ProgressMarker::ALL[0],
        locality: None,
        period: TargetPeriod::Year { starts_in: 2023 },
        value: 30,
    });

    let mut pack = ActionPack::draft(
        PackId::from_u128(0x40),
        Audience::Schools,
        "Maltby",
        &content.plans[0],
    );
    pack.contacts.push(LocalContact {
        name: "Young carers lead".into(),
        role: Some("Maltby Academy".into()),
        how_to_reach: Some("school office".into()),
    });
    pack.places.push(MeetingPlace {
        name: "Maltby Library".into(),
        address: Some("High Street".into()),
        when: Some("First Tuesday, 10am".into()),
    });
    pack.events.push(PackEvent {
        title: "Carers Week coffee morning".into(),
        date: Some(day(2024, 6, 10)?),
        place: Some("Maltby Library".into()),
    });
    content.packs.push(pack);

    let mut doc = Document::from_content(DocumentId::from_u128(1), content);
    let me = ReplicaId::from_u128(0x99);
    let sid = SessionId::from_u128(0x50);
    let session = Session::new(
        sid,
        "What would make caring easier?",
        "Maltby",
        day(2023, 10, 3)?,
        3,
    )?;
    doc.apply(
        me,
        Edit::AddSession {
            session: Box::new(session),
        },
    )?;
    let p = ParticipantId::from_u128(0x51);
    let theme = ThemeId::from_u128(0x52);
    let mut roles = CarerRoles::new();
    roles.insert(CarerRole::ALL[2]);
    for step in [
        SessionStep::Join {
            participant: p,
            pseudonym: "Blue".into(),
        },
        SessionStep::Consent {
            participant: p,
            roles,
            young_carer: Some(false),
        },
        SessionStep::AddContribution {
            contribution: ContributionId::from_u128(0x53),
            participant: Some(p),
            text: "I need to tell my story once".into(),
        },
        SessionStep::Advance { to: Phase::Group },
        SessionStep::AddTheme {
            theme,
            name: "Tell my story once".into(),
        },
        SessionStep::Assign {
            contribution: ContributionId::from_u128(0x53),
            theme: Some(theme),
        },
        SessionStep::Advance {
            to: Phase::Prioritise,
        },
        SessionStep::Vote {
            participant: p,
            theme,
        },
        SessionStep::RevealVotes,
    ] {
        doc.apply(me, Edit::Session { session: sid, step })?;
    }
    if version != Version::One {
        doc.apply(
            me,
            Edit::Session {
                session: sid,
                step: SessionStep::SetHeadcount { people: Some(12) },
            },
        )?;
    }
    doc.apply(
        me,
        Edit::SetAction {
            plan,
            action: ActionId::from_u128(0x12),
            field: ActionField::Measure(Some("Number of carers attending: 25 a month".into())),
        },
    )?;
    if version == Version::Four {
        let mut calendar = doc.content().empowerment.school_calendar.clone();
        calendar.day_ends = time(15, 30)?;
        doc.apply(me, Edit::SetSchoolCalendar { calendar })?;
    }
    Ok(doc)
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents/v2-full.json")
}

#[test]
fn a_version_1_document_still_reads_to_the_same_state() -> Result {
    let v1 = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents/v1-full.json"),
    )?;
    assert!(String::from_utf8_lossy(&v1).contains("\"version\": 1,"));
    assert_eq!(Document::from_json(&v1)?, document(Version::One)?);
    Ok(())
}

#[test]
fn version_2_layout_is_unchanged() -> Result {
    let written = full_document()?.to_json();
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(fixture(), &written)?;
    }
    let golden = std::fs::read_to_string(fixture())?;
    assert!(
        written == golden,
        "the version 2 layout changed: compare crates/core/tests/fixtures/documents/v2-full.json with\n{written}"
    );
    Ok(())
}

#[test]
fn the_golden_document_reads_back_to_the_same_state() -> Result {
    let golden = std::fs::read(fixture())?;
    let read = Document::from_json(&golden)?;
    assert_eq!(read, full_document()?);
    assert_eq!(
        read.content().plans[0].actions[0].measure.as_deref(),
        Some("Number of carers attending: 25 a month")
    );
    assert_eq!(
        read.content().sessions[0].votes_for(ThemeId::from_u128(0x52)),
        1
    );
    Ok(())
}

/// The golden document compacted half-way: version 3 is version 2 plus the
/// checkpoint, and its layout must not move either.
fn compacted_document() -> Result<Document> {
    let mut doc = full_document()?;
    let half = doc.log().clock() / 2;
    doc.compact(half)?;
    Ok(doc)
}

fn fixture_v3() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents/v3-compacted.json")
}

#[test]
fn version_3_layout_is_unchanged() -> Result {
    let written = compacted_document()?.to_json();
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(fixture_v3(), &written)?;
    }
    let golden = std::fs::read_to_string(fixture_v3())?;
    assert!(
        written == golden,
        "the version 3 layout changed: compare crates/core/tests/fixtures/documents/v3-compacted.json with\n{written}"
    );
    let read = Document::from_json(golden.as_bytes())?;
    assert_eq!(read, compacted_document()?);
    assert_eq!(read.content(), full_document()?.content());
    Ok(())
}

/// The golden document keeping a school calendar, in its snapshot and set again by
/// an edit: version 4.
fn fixture_v4() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents/v4-full.json")
}

#[test]
fn version_4_layout_is_unchanged() -> Result {
    let doc = document(Version::Four)?;
    let written = doc.to_json();
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(fixture_v4(), &written)?;
    }
    let golden = std::fs::read_to_string(fixture_v4())?;
    assert!(
        written == golden,
        "the version 4 layout changed: compare crates/core/tests/fixtures/documents/v4-full.json with\n{written}"
    );
    let read = Document::from_json(golden.as_bytes())?;
    assert_eq!(read, doc);
    let calendar = &read.content().empowerment.school_calendar;
    assert_eq!(calendar.day_ends, time(15, 30)?);
    assert_eq!(calendar.closures.len(), 1);
    Ok(())
}

#[test]
fn a_compacted_document_with_a_school_calendar_stays_version_4() -> Result {
    let mut doc = document(Version::Four)?;
    let clock = doc.log().clock();
    doc.compact(clock)?;
    assert!(doc.log().is_empty(), "the calendar's edit is folded in");
    let json = doc.to_json();
    assert!(json.contains("\"version\": 4,") && json.contains("\"checkpoint\""));
    assert_eq!(Document::from_json(json.as_bytes())?, doc);
    Ok(())
}

#[test]
fn every_older_version_migrates_to_the_same_state_and_keeps_its_version() -> Result {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    let v1 = migrate(&std::fs::read(dir.join("v1-full.json"))?, 1)?;
    assert_eq!(v1, document(Version::One)?);
    assert_eq!(v1.version(), 2, "a version 1 file is written as version 2");
    let v2 = migrate(&std::fs::read(dir.join("v2-full.json"))?, 2)?;
    assert_eq!(v2, full_document()?);
    assert_eq!(v2.version(), 2);
    let v3 = migrate(&std::fs::read(dir.join("v3-compacted.json"))?, 3)?;
    assert_eq!(v3, compacted_document()?);
    assert_eq!(v3.version(), 3);
    // Keeping a school calendar makes any of them version 4.
    let mut upgraded = v3;
    let mut calendar = upgraded.content().empowerment.school_calendar.clone();
    calendar.day_starts = time(9, 0)?;
    upgraded.apply(
        ReplicaId::from_u128(0x98),
        Edit::SetSchoolCalendar { calendar },
    )?;
    assert_eq!(upgraded.version(), 4);
    assert_eq!(
        Document::from_json(upgraded.to_json().as_bytes())?,
        upgraded
    );
    Ok(())
}

#[test]
fn a_file_from_before_version_4_with_a_school_calendar_is_refused_with_its_place() -> Result {
    let v4 = std::fs::read_to_string(fixture_v4())?;
    let as_v3 = v4.replacen("\"version\": 4,", "\"version\": 3,", 1);
    let err = Document::from_json(as_v3.as_bytes())
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(
            "at content.empowerment.school_calendar: a school calendar is kept from version 4; this document says version 3"
        )
    );
    let err = migrate(v4.as_bytes(), 2).err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some("at version: expected a version 2 document; this one says version 4")
    );
    Ok(())
}

#[cfg(feature = "schema")]
#[test]
fn the_checked_in_version_4_schema_matches_the_code() -> Result {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/cares-document.v4.json");
    let generated = cares_core::document::schema_json_for(4).ok_or("no version 4 schema")?;
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(&path, &generated)?;
    }
    let checked_in = std::fs::read_to_string(&path)?;
    assert!(
        generated == checked_in,
        "crates/core/schema/cares-document.v4.json is out of date: run `cargo xtask schema`"
    );
    Ok(())
}

/// Versions 1 to 3 are released: their schemas are the files as they were generated,
/// and each fixes its own version so a validator refuses a file of another.
#[cfg(feature = "schema")]
#[test]
fn released_schemas_are_kept_as_released_and_fix_their_version() -> Result {
    use cares_core::document::{compacted_schema_json, schema_json, schema_json_for};
    for version in 1..=4 {
        let text = schema_json_for(version).ok_or("a schema for every version")?;
        let schema: serde_json::Value = serde_json::from_str(&text)?;
        assert!(
            schema["title"]
                .as_str()
                .is_some_and(|t| t.starts_with(&format!("cares document, version {version}"))),
            "{version}"
        );
        if version >= 2 {
            assert_eq!(schema["properties"]["version"]["const"], version);
        }
    }
    assert_eq!(Some(schema_json()), schema_json_for(2));
    assert_eq!(Some(compacted_schema_json()), schema_json_for(3));
    assert!(schema_json_for(0).is_none() && schema_json_for(5).is_none());
    Ok(())
}
