//! The table reader and writer tested through their entry points: CSV text in,
//! a plan and warnings out, and a plan written out reading back the same.

use chrono::NaiveDate;
use uuid::Uuid;

use super::building::read_rating;
use super::*;
use crate::framework::Framework;
use crate::ids::{ActionId, PlanId, SectionId};
use crate::plan::{
    Action, ActionPlan, Evidence, Lead, Milestone, PlanScope, Section, Status, StatusChange,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn counter() -> impl FnMut() -> Uuid {
    let mut n = 0u128;
    move || {
        n += 1;
        Uuid::from_u128(n)
    }
}

fn import(csv: &str) -> Result<ImportedPlan, TableError> {
    import_actions(csv, &mut counter())
}

const HEADER: &str = "No,How we will do this,Outcome measure,Key Milestones,Lead officer / Organisation,Completion / Review Date";

fn table(rows: &[&str]) -> String {
    let mut text = HEADER.to_owned();
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text.push('\n');
    text
}

fn lead(org: Option<&str>, person: Option<&str>) -> Lead {
    Lead {
        organisation: org.map(str::to_owned),
        person: person.map(str::to_owned),
    }
}

#[test]
fn headings_match_ignoring_case_punctuation_and_synonyms() {
    for (heading, column) in [
        ("No", Column::Reference),
        ("No.", Column::Reference),
        ("REF", Column::Reference),
        ("Reference", Column::Reference),
        ("Number", Column::Reference),
        ("How we will do this", Column::What),
        ("What we will do", Column::What),
        ("Action", Column::What),
        ("Outcome measure", Column::Measure),
        ("Measure", Column::Measure),
        ("Key Milestones", Column::Milestones),
        ("Milestone", Column::Milestones),
        ("Lead Officer / Organisation", Column::Lead),
        ("lead", Column::Lead),
        ("Completion / Review Date", Column::Timescale),
        ("Complete", Column::Timescale),
        ("Completion", Column::Timescale),
        ("Due", Column::Timescale),
        ("Strategic outcome", Column::Section),
        ("Theme", Column::Section),
        ("Status (RAG)", Column::Status),
        ("RAG", Column::Status),
        ("Commenced", Column::Commenced),
        ("Evidence", Column::Evidence),
    ] {
        assert_eq!(Column::from_heading(heading), Some(column), "{heading}");
    }
    assert_eq!(Column::from_heading("Colour"), None);
    assert_eq!(Column::from_heading(""), None);
}

#[test]
fn missing_required_columns_are_named_with_the_headers_found() {
    let err = import("No,Action,Lead\n1,Do it,RCCG\n").err();
    let Some(TableError::MissingColumns { missing, found }) = err.clone() else {
        panic!("expected missing columns, got {err:?}");
    };
    assert_eq!(
        missing,
        [
            "Outcome measure",
            "Key Milestones",
            "Completion / Review Date"
        ]
    );
    assert_eq!(found, ["No", "Action", "Lead"]);
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message,
        "missing required columns: \"Outcome measure\", \"Key Milestones\", \
         \"Completion / Review Date\"; the headers found were: \"No\", \"Action\", \"Lead\""
    );
}

#[test]
fn a_table_of_unknown_columns_lists_its_first_row() {
    let err = import("Name,Colour\nSam,Blue\n").err();
    let Some(TableError::MissingColumns { missing, found }) = err else {
        panic!("expected missing columns");
    };
    assert_eq!(missing.len(), 6);
    assert_eq!(found, ["Name", "Colour"]);
}

#[test]
fn headings_in_messages_are_cleaned_and_capped() {
    let header: Vec<String> = (0..30).map(|i| format!("h{i}")).collect();
    let text = format!("{}\n", header.join(","));
    let message = import(&text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(message.ends_with("\"h19\" and 10 more"), "{message}");
    let message = import("a\u{0}b,c\n")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(message.ends_with("\"a\u{fffd}b\", \"c\""), "{message}");
}

#[test]
fn an_empty_table_is_an_error() {
    assert_eq!(import("").err(), Some(TableError::Empty));
    assert_eq!(import("\n\n  \n").err(), Some(TableError::Empty));
}

#[test]
fn a_ragged_row_gives_its_line() {
    let text = table(&[
        "1.1,Do it,Count,,RCCG,March 2014",
        "1.2,Do more,Count,RCCG,March 2014",
    ]);
    assert_eq!(
        import(&text).err(),
        Some(TableError::RaggedRow {
            line: 3,
            found: 5,
            expected: 6
        })
    );
    let message = import(&text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(message, "line 3: the row has 5 cells but the header has 6");
}

#[test]
fn a_ragged_row_after_a_multi_line_cell_gives_the_line_it_starts_on() {
    let text = table(&[
        "1.1,\"Do it\nand more\nand more\",Count,,RCCG,March 2014",
        "1.2,x",
    ]);
    assert!(matches!(
        import(&text),
        Err(TableError::RaggedRow { line: 5, .. })
    ));
}

#[test]
fn a_cell_over_the_limit_gives_line_and_column() {
    let long = "x".repeat(MAX_CELL_CHARS + 1);
    let text = table(&[
        "1.1,Do it,Count,,RCCG,March 2014",
        &format!("1.2,\"a\nb\",{long},,RCCG,March 2014"),
    ]);
    assert_eq!(
        import(&text).err(),
        Some(TableError::CellTooLong {
            line: 4,
            column: "column 3".to_owned(),
            chars: MAX_CELL_CHARS + 1,
            limit: MAX_CELL_CHARS
        })
    );
    let exactly = "é".repeat(MAX_CELL_CHARS);
    assert!(import(&table(&[&format!("1.1,{exactly},Count,,RCCG,March 2014")])).is_ok());
}

#[test]
fn too_many_rows_are_refused() {
    let mut text = table(&[]);
    for i in 0..=MAX_ROWS {
        text.push_str(&format!("{i},Do it,,,,\n"));
    }
    assert_eq!(
        import(&text).err(),
        Some(TableError::TooManyRows { limit: MAX_ROWS })
    );
}

#[test]
fn not_utf8_bytes_are_refused_with_their_line() {
    let mut bytes = table(&["1.1,Do it,Count,,RCCG,March 2014"]).into_bytes();
    bytes.extend_from_slice(b"1.2,Caf\xe9,Count,,RCCG,March 2014\n");
    let err = import_actions_from_bytes(&bytes, &mut counter()).err();
    assert!(
        matches!(err, Some(TableError::NotUtf8 { line: 3, .. })),
        "{err:?}"
    );
    assert!(
        err.map(|e| e.to_string())
            .unwrap_or_default()
            .contains("CSV UTF-8")
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", table(&["1.1,Do it,Count,,RCCG,March 2014"]));
    let plan = import_actions_from_bytes(text.as_bytes(), &mut counter()).map(|p| p.plan);
    assert_eq!(plan.map(|p| p.actions.len()), Ok(1));
}

#[test]
fn a_stray_quote_is_read_without_panicking() {
    let text = table(&["1.1,\"Do it,Count,,RCCG,March 2014"]);
    let result = import(&text);
    assert!(
        matches!(result, Err(TableError::RaggedRow { line: 2, .. })),
        "{result:?}"
    );
}

#[test]
fn commitment_headings_set_the_commitment_of_the_rows_after_them() {
    let text = table(&[
        "1.0,Charter commitment: we will work with GPs,,,,",
        "1.1,Gain approval,All partners signed up,End March 2013,RCCG Julie Wisken,Complete",
        "1.2,Review information,GPs up to date,,RCCG,May 2013",
        "2.0,We will improve how we identify carers,,,,",
        "2.1,Offer assessments,More carers assessed,,RMBC,March 2014",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    let refs: Vec<_> = plan
        .actions
        .iter()
        .map(|a| a.reference.as_deref())
        .collect();
    assert_eq!(refs, [Some("1.1"), Some("1.2"), Some("2.1")]);
    let commitments: Vec<_> = plan
        .actions
        .iter()
        .map(|a| a.links.charter_commitment.as_deref())
        .collect();
    assert_eq!(
        commitments,
        [
            Some("we will work with GPs"),
            Some("we will work with GPs"),
            Some("We will improve how we identify carers")
        ]
    );
}

#[test]
fn a_point_zero_row_with_a_measure_is_an_action() {
    // Outcome 4 of the 2013-16 plan numbers its first action "1.0".
    let text = table(&[
        "1.0,Charter commitment : We will support carers to identify their personal goals in work,,,,",
        "1.0,Specialist Carers Advisers to work with carers,Numbers of carers referred to JCP,,Job Centre Plus Simon Freeston,On-going",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.actions.len(), 1);
    assert_eq!(plan.actions[0].reference.as_deref(), Some("1.0"));
    assert_eq!(
        plan.actions[0].links.charter_commitment.as_deref(),
        Some("We will support carers to identify their personal goals in work")
    );
    assert_eq!(
        plan.actions[0].lead,
        lead(Some("Job Centre Plus"), Some("Simon Freeston"))
    );
}

#[test]
fn rows_without_a_reference_continue_or_start_actions() {
    let text = table(&[
        "3.1,Monitor outcomes,Monitored through contracts,In the first 6 months,RMBC Jacqui Clark,End 2013",
        ",,,An additional 208 carers have been referred,RMBC Jacqui Clark,",
        ",,,750 Carers are registered,RMBC Jacqui Clark,",
        ",Involve carers in service specifications,Surveys,As Above,RMBC Jacqui Clark,",
        ",,,Awaiting further reports,VAR,",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.actions.len(), 2);
    let first = &plan.actions[0];
    let milestones: Vec<_> = first.milestones.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        milestones,
        [
            "In the first 6 months",
            "An additional 208 carers have been referred",
            "750 Carers are registered"
        ]
    );
    assert_eq!(first.lead, lead(Some("RMBC"), Some("Jacqui Clark")));
    let second = &plan.actions[1];
    assert_eq!(second.reference, None);
    assert_eq!(second.what, "Involve carers in service specifications");
    assert_eq!(second.milestones.len(), 2);
    assert_eq!(second.lead, lead(Some("RMBC; VAR"), Some("Jacqui Clark")));
}

#[test]
fn a_continuation_before_any_action_becomes_an_action_with_a_warning() {
    let imported = import(&table(&[",,,A milestone,RMBC,"])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.plan.actions.len(), 1);
    assert_eq!(imported.plan.actions[0].what, "");
    assert_eq!(imported.warnings.len(), 1);
    assert_eq!(imported.warnings[0].line, 2);
}

#[test]
fn sections_start_where_the_section_column_changes() {
    let text = "Section,No,Action,Measure,Milestones,Lead,Complete\n\
        Outcome 1,1.1,A,,,,\n\
        ,1.2,B,,,,\n\
        Outcome 2,1.1,C,,,,\n\
        Outcome 2,1.2,D,,,,\n\
        Outcome 1,1.3,E,,,,\n";
    let imported = import(text).unwrap_or_else(|e| panic!("{e}"));
    let plan = &imported.plan;
    let titles: Vec<_> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Outcome 1", "Outcome 2"]);
    let placed: Vec<_> = plan
        .actions
        .iter()
        .map(|a| (a.what.as_str(), plan.section_title(a).unwrap_or_default()))
        .collect();
    assert_eq!(
        placed,
        [
            ("A", "Outcome 1"),
            ("B", "Outcome 1"),
            ("C", "Outcome 2"),
            ("D", "Outcome 2"),
            ("E", "Outcome 1")
        ]
    );
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn a_repeated_reference_in_one_section_is_warned_about() {
    let text = table(&["1.1,A,,,,", "1.1,B,,,,"]);
    let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.plan.actions.len(), 2);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.line == 3 && w.message.contains("used again"))
    );
}

#[test]
fn without_a_section_column_a_long_first_cell_alone_is_a_section() {
    let text = table(&[
        "Strategic Outcome 1 - All carers will be kept safe,,,,,",
        "1.1,A,,,,",
        "Underpinning actions,,,,,",
        "1.1,B,,,,",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    let titles: Vec<_> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Strategic Outcome 1 - All carers will be kept safe",
            "Underpinning actions"
        ]
    );
    assert_eq!(plan.actions[1].section, Some(plan.sections[1].id));
}

#[test]
fn a_title_above_the_header_and_repeated_headers_are_skipped() {
    let text = format!(
        "Rotherham's Joint Action Plan for Carers 2013-2016,,,,,\n{}\n1.1,A,Count,,RCCG,March 2014\n\
         ,What we will do,Outcome measure,Milestone,Lead Officer / Organisation,Complete\n1.2,B,Count,,RCCG,March 2014\n",
        HEADER
    );
    let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.plan.actions.len(), 2);
    assert_eq!(imported.warnings.len(), 1);
    assert!(
        imported.warnings[0]
            .to_string()
            .starts_with("line 1: text above the header row")
    );
}

#[test]
fn semicolon_and_tab_separated_tables_are_read() {
    let semi = HEADER.replace(',', ";") + "\n1.1;Do it;Count;;RCCG;March 2014\n";
    let tabs = HEADER.replace(',', "\t") + "\n1.1\tDo it, now\tCount\t\tRCCG\tMarch 2014\n";
    for text in [semi, tabs] {
        let plan = import(&text)
            .map(|p| p.plan)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan.actions[0].due, Some(day(2014, 3, 31)));
    }
}

#[test]
fn the_completion_cell_gives_due_review_and_a_complete_rating_without_evidence() {
    let text = table(&[
        "1.1,A,Count,,RCCG,Complete",
        "1.2,B,Count,,RCCG,May 2013 Completed for this period.",
        "2.2,C,Count,,RCCG,\"Review end 2013\nComplete\"",
        "2.1,D,Count,,RCCG,\"On-going\nAttended practice managers forum as above.\"",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    let [a, b, c, d] = &plan.actions[..] else {
        panic!("four actions");
    };
    assert_eq!(a.status(), Status::Complete);
    assert_eq!(a.history[0].on, None);
    assert_eq!((a.due, a.review), (None, None));
    assert_eq!(b.due, Some(day(2013, 5, 31)));
    assert_eq!(b.history[0].on, Some(day(2013, 5, 31)));
    assert_eq!(c.review, Some(day(2013, 12, 31)));
    assert_eq!(c.due, None);
    assert_eq!(c.status(), Status::Complete);
    assert_eq!(d.status(), Status::NotStarted);
    assert_eq!(
        d.timescale_as_written.as_deref(),
        Some("On-going\nAttended practice managers forum as above.")
    );
    for action in &plan.actions {
        assert!(action.evidence.is_empty());
        assert_eq!(action.completed, None);
    }
}

#[test]
fn an_unreadable_date_is_a_warning_not_an_error() {
    let text = table(&["2.4,A,Count,,,Further work to be undertaken as part of care act"]);
    let imported = import(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.warnings.len(), 1);
    assert_eq!(
        imported.warnings[0].to_string(),
        "line 2, \"Completion / Review Date\": could not read a date in \
         \"Further work to be undertaken as part of care act\""
    );
    assert_eq!(imported.plan.actions[0].due, None);
}

#[test]
fn milestones_are_one_per_line_with_their_dates() {
    let text = table(&[
        "1.1,A,Count,\"• Ongoing throughout the plan\n- Quarterly update\n\nMeeting June 2013\",RCCG,March 2014",
    ]);
    let plan = import(&text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    let milestones: Vec<_> = plan.actions[0]
        .milestones
        .iter()
        .map(|m| (m.text.as_str(), m.due))
        .collect();
    assert_eq!(
        milestones,
        [
            ("Ongoing throughout the plan", None),
            ("Quarterly update", None),
            ("Meeting June 2013", Some(day(2013, 6, 30)))
        ]
    );
}

#[test]
fn status_commenced_and_evidence_columns_are_read() {
    // YC7's evidence runs over lines 2 to 4, so YC8 starts on line 5.
    let text = "No,Action,Measure,Milestones,Lead,Commenced,Due,RAG,Evidence\n\
        YC7,Sample young carers,Number sampled,,CYPS Sean Hill,April 2018,December 2018,\"Amber: waiting for data\",\"2018-05-01: Sampling began https://example.org/yc7\n\nSecond note\"\n\
        YC8,Capture data,Number captured,,CYPS,soon,December 2018,Purple,\n";
    let imported = import(text).unwrap_or_else(|e| panic!("{e}"));
    let [yc7, yc8] = &imported.plan.actions[..] else {
        panic!("two actions");
    };
    assert_eq!(yc7.commenced, Some(day(2018, 4, 1)));
    assert_eq!(yc7.status(), Status::Amber);
    assert_eq!(yc7.history[0].note.as_deref(), Some("waiting for data"));
    assert_eq!(yc7.evidence.len(), 2);
    assert_eq!(yc7.evidence[0].on, Some(day(2018, 5, 1)));
    assert_eq!(yc7.evidence[0].note, "Sampling began");
    assert_eq!(
        yc7.evidence[0].link.as_deref(),
        Some("https://example.org/yc7")
    );
    assert_eq!(yc7.evidence[1].note, "Second note");
    assert_eq!(yc8.commenced, None);
    assert_eq!(yc8.status(), Status::NotStarted);
    let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "line 5, \"Commenced\": could not read a date in \"soon\"",
            "line 5, \"RAG\": \"Purple\" is not a rating (Red, Amber, Green, Complete or \
             Not started); it was not imported"
        ]
    );
}

#[test]
fn ratings_are_read_from_words_and_letters() {
    assert_eq!(read_rating("G"), Some((Status::Green, None)));
    assert_eq!(read_rating("red"), Some((Status::Red, None)));
    assert_eq!(read_rating("Not started"), Some((Status::NotStarted, None)));
    assert_eq!(
        read_rating("Green – On track"),
        Some((Status::Green, Some("On track".to_owned())))
    );
    assert_eq!(read_rating("A lot done"), None);
    assert_eq!(read_rating("Redundant"), None);
    assert_eq!(
        read_rating("NOT STARTED: waiting"),
        Some((Status::NotStarted, Some("waiting".to_owned())))
    );
    // Letters whose lowercase is longer than themselves must not upset the note.
    assert_eq!(
        read_rating("AMBER İİİ"),
        Some((Status::Amber, Some("İİİ".to_owned())))
    );
    assert_eq!(read_rating("İİİİİİİİİİİİ"), None);
}

#[test]
fn leads_are_split_into_organisation_and_person() {
    for (cell, org, person) in [
        ("RCCG Julie Wisken", Some("RCCG"), Some("Julie Wisken")),
        (
            "RCCG/ NHSCB / HWBB Julie Wisken",
            Some("RCCG/ NHSCB / HWBB"),
            Some("Julie Wisken"),
        ),
        (
            "Public Health Alison Iliff",
            Some("Public Health"),
            Some("Alison Iliff"),
        ),
        (
            "NHSE/ Public Health/RMBC Kathy Wakefield",
            Some("NHSE/ Public Health/RMBC"),
            Some("Kathy Wakefield"),
        ),
        (
            "Carers Corner Richard Waring",
            Some("Carers Corner"),
            Some("Richard Waring"),
        ),
        (
            "Assessment & care mgt Service, RMBC Michaela Cox",
            Some("Assessment & care mgt Service, RMBC"),
            Some("Michaela Cox"),
        ),
        (
            "RMBC Safeguarding Phil Morris (CYP) Sam Newton (Adults)",
            Some("RMBC Safeguarding"),
            Some("Phil Morris (CYP) Sam Newton (Adults)"),
        ),
        ("Carers Steering Group", Some("Carers Steering Group"), None),
        ("M Cox", None, Some("M Cox")),
        (
            "NAS L&D service Claire Tester",
            Some("NAS L&D service"),
            Some("Claire Tester"),
        ),
        ("RMBC NAS", Some("RMBC NAS"), None),
        (
            "RMBC, NAS Darren Rickett",
            Some("RMBC, NAS"),
            Some("Darren Rickett"),
        ),
        (
            "Job Centre Plus Simon Freeston",
            Some("Job Centre Plus"),
            Some("Simon Freeston"),
        ),
        ("Phil Howe", None, Some("Phil Howe")),
        ("VAR", Some("VAR"), None),
        (
            "CYPS Paul Theaker Barnados Lindsey Hallatt",
            Some("CYPS; Barnados"),
            Some("Paul Theaker; Lindsey Hallatt"),
        ),
        (
            "RMBC/CCG multi-agency task group",
            Some("RMBC/CCG multi-agency task group"),
            None,
        ),
        (
            "Carers Strategy Steering Group to evaluate once plans have been published",
            Some("Carers Strategy Steering Group to evaluate once plans have been published"),
            None,
        ),
        (
            "Carers Corner Richard Waring\nGP Practice Managers",
            Some("Carers Corner; GP Practice Managers"),
            Some("Richard Waring"),
        ),
        ("Julie Wisken (RCCG)", Some("RCCG"), Some("Julie Wisken")),
        ("", None, None),
    ] {
        assert_eq!(split_lead(cell), lead(org, person), "{cell}");
    }
}

#[test]
fn strange_lead_cells_never_panic() {
    for cell in [
        "((((", "))))", "/ / /", "é É", "(", "()", "A (B) (C", "X ()",
    ] {
        let _ = split_lead(cell);
    }
}

fn sample_plan() -> ActionPlan {
    let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
    let s1 = SectionId::from_u128(10);
    let s2 = SectionId::from_u128(11);
    plan.sections = vec![
        Section {
            id: s1,
            title: "Outcome 1 - Carers are safe".into(),
        },
        Section {
            id: s2,
            title: "Outcome 2, information".into(),
        },
    ];
    let mut a = Action::new(
        ActionId::from_u128(20),
        "Run a drop-in, weekly\n• at the library",
    );
    a.reference = Some("1.1".into());
    a.section = Some(s1);
    a.measure = Some("Number of carers, counted \"monthly\"".into());
    a.milestones = vec![
        Milestone {
            text: "Book the room".into(),
            due: Some(day(2024, 5, 1)),
        },
        Milestone {
            text: "First session June 2024".into(),
            due: Some(day(2024, 6, 30)),
        },
        Milestone {
            text: "Tell GPs".into(),
            due: None,
        },
    ];
    a.lead = lead(Some("Carers Corner"), Some("Sam Smith"));
    a.commenced = Some(day(2024, 4, 1));
    a.due = Some(day(2025, 3, 31));
    a.review = Some(day(2024, 9, 30));
    a.links.charter_commitment = Some("we will meet carers where they are".into());
    a.history = vec![
        StatusChange {
            on: Some(day(2024, 5, 1)),
            status: Status::Red,
            note: None,
        },
        StatusChange {
            on: Some(day(2024, 6, 1)),
            status: Status::Amber,
            note: Some("room booked".into()),
        },
    ];
    a.evidence = vec![
        Evidence {
            on: Some(day(2024, 6, 1)),
            note: "Room booked".into(),
            link: Some("https://example.org/room".into()),
        },
        Evidence {
            on: None,
            note: "12 carers came".into(),
            link: None,
        },
    ];
    let mut b = Action::new(
        ActionId::from_u128(21),
        "=HYPERLINK(\"x\") is not a formula here",
    );
    b.section = Some(s1);
    b.links.charter_commitment = Some("we will meet carers where they are".into());
    b.lead = lead(Some("RMBC/CCG multi-agency task group"), None);
    b.timescale_as_written = Some("On-going".into());
    let mut c = Action::new(ActionId::from_u128(22), "Publish the newsletter");
    c.reference = Some("YC7".into());
    c.section = Some(s2);
    c.lead = lead(None, Some("Jo Hinchliffe"));
    c.timescale_as_written = Some("Review end 2013\nComplete".into());
    c.review = Some(day(2013, 12, 31));
    c.history = vec![StatusChange {
        on: Some(day(2013, 12, 31)),
        status: Status::Complete,
        note: None,
    }];
    let mut d = Action::new(ActionId::from_u128(23), "-5 waiting list");
    d.reference = Some("3.2".into());
    d.section = Some(s2);
    d.links.charter_commitment = Some("We will reduce waiting".into());
    d.lead = lead(
        Some("CYPS; Barnados"),
        Some("Paul Theaker; Lindsey Hallatt"),
    );
    d.due = Some(day(2024, 1, 15));
    d.timescale_as_written = Some("Sept 2013".into());
    plan.actions = vec![a, b, c, d];
    plan
}

/// What a table can carry of an action.
fn essentials(plan: &ActionPlan) -> Vec<String> {
    plan.actions
        .iter()
        .map(|a| {
            format!(
                "{:?}|{:?}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                plan.section_title(a),
                a.reference,
                a.what,
                a.measure,
                a.milestones,
                a.lead,
                a.commenced,
                (a.due, a.review),
                a.status(),
                a.history.last().and_then(|h| h.note.clone()),
                a.evidence
                    .iter()
                    .map(|e| (e.on, &e.note, &e.link))
                    .collect::<Vec<_>>(),
                a.links.charter_commitment,
            )
        })
        .collect()
}

#[test]
fn export_then_import_keeps_every_essential_field() {
    let plan = sample_plan();
    let table = export_actions(&plan, &Framework::borough_that_cares_2022_25());
    let imported = import(&table).unwrap_or_else(|e| panic!("{e}\n{table}"));
    assert_eq!(essentials(&imported.plan), essentials(&plan), "{table}");
    assert_eq!(
        imported.plan.actions[2].timescale_as_written,
        plan.actions[2].timescale_as_written
    );
    let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");
}

#[test]
fn export_writes_the_council_columns_and_commitment_headings() {
    let table = export_actions(&sample_plan(), &Framework::borough_that_cares_2022_25());
    let mut lines = table.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Section,No,How we will do this,Outcome measure,Key Milestones,\
             Lead officer,Lead organisation,Commenced,Completion / Review Date,Status (RAG),Evidence"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "Outcome 1 - Carers are safe,1.0,Charter commitment: we will meet carers where they are,,,,,,,,"
        )
    );
    assert!(table.contains("'=HYPERLINK"));
    assert!(table.contains("'-5 waiting list"));
    assert!(table.contains("3.0,Charter commitment: We will reduce waiting"));
    assert!(table.contains("Book the room (due 2024-05-01)"));
    assert!(table.contains("First session June 2024\n"));
    assert!(table.contains("2024-04-01"));
    assert!(table.contains("\"2025-03-31\nReview 2024-09-30\""));
    assert!(table.contains("Amber: room booked"));
    // Written as "2024-01-15" because the old "Sept 2013" no longer says it.
    assert!(table.contains("2024-01-15"));
    assert!(!table.contains("Sept 2013"));
}

#[test]
fn an_empty_plan_exports_only_the_header() {
    let plan = ActionPlan::new(PlanId::from_u128(1), "Empty", PlanScope::Borough);
    let table = export_actions(&plan, &Framework::borough_that_cares_2022_25());
    assert_eq!(table.lines().count(), 1);
    let imported = import(&table).map(|p| p.plan.actions.len());
    assert_eq!(imported, Ok(0));
}

#[test]
fn ids_are_minted_in_order_of_appearance() {
    let text = "Section,No,Action,Measure,Milestones,Lead,Complete\nOutcome 1,1.1,A,,,,\nOutcome 1,1.2,B,,,,\n";
    let plan = import(text)
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.id, PlanId::from_u128(1));
    assert_eq!(plan.sections[0].id, SectionId::from_u128(2));
    assert_eq!(plan.actions[0].id, ActionId::from_u128(3));
    assert_eq!(plan.actions[1].id, ActionId::from_u128(4));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn import_never_panics(text in "(?s).{0,400}") {
            let _ = import(&text);
        }

        #[test]
        fn rows_of_arbitrary_cells_never_panic(cells in proptest::collection::vec("[^\"]{0,30}", 6..=6)) {
            let row = cells.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",");
            let _ = import(&table(&[&row]));
        }
    }
}

/// The rows a CSV table holds, as a spreadsheet would give them: numbered by the
/// line each record starts on.
fn rows_of(csv: &str) -> Vec<TableRow> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .map(|record| TableRow {
            line: record.position().map_or(0, csv::Position::line),
            cells: record.iter().map(str::to_owned).collect(),
        })
        .collect()
}

#[test]
fn rows_of_cells_read_to_the_same_plan_and_warnings_as_the_csv() {
    let text = "Joint plan\n\
        Section,No,Action,Measure,Milestones,Lead,Commenced,Due,RAG,Evidence\n\
        Outcome 1,1.0,Charter commitment: we will listen,,,,,,,\n\
        Outcome 1,1.1,Sample young carers,Number sampled,\"• June 2013\n• Quarterly\",CYPS Sean Hill,April 2018,soon,\"Amber: waiting\",\"2018-05-01: began\n\nSecond\"\n\
        Outcome 1,,,,More,,,,,\n";
    let from_csv = import(text).unwrap_or_else(|e| panic!("{e}"));
    let from_rows = import_rows(rows_of(text), &mut counter()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_rows.plan, from_csv.plan);
    // The same warnings; their places differ only where a cell follows a
    // multi-line cell (a CSV line, a sheet row), which the next test checks.
    let said = |warnings: &[ImportWarning]| {
        warnings
            .iter()
            .map(|w| (w.column.clone(), w.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(said(&from_rows.warnings), said(&from_csv.warnings));
    assert_eq!(from_rows.warnings.len(), 2, "{:?}", from_rows.warnings);
}

/// [`HEADER`] as a sheet's first row.
fn header_row() -> TableRow {
    TableRow {
        line: 1,
        cells: HEADER.split(',').map(str::to_owned).collect(),
    }
}

#[test]
fn a_sheet_row_gives_its_own_number_for_every_cell() {
    // In CSV the date cell after a three-line cell is on line 4; in a sheet it is
    // on row 2 with the rest of its row.
    let rows = vec![
        header_row(),
        TableRow {
            line: 2,
            cells: [
                "1.1",
                "Do it\nand more\nand more",
                "Count",
                "",
                "RCCG",
                "someday",
            ]
            .map(str::to_owned)
            .to_vec(),
        },
    ];
    let imported = import_rows(rows, &mut counter()).unwrap_or_else(|e| panic!("{e}"));
    let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["line 2, \"Completion / Review Date\": could not read a date in \"someday\""]
    );
}

#[test]
fn a_short_sheet_row_reads_as_if_its_last_cells_were_empty() {
    let rows = vec![
        header_row(),
        TableRow {
            line: 2,
            cells: vec![],
        },
        TableRow {
            line: 3,
            cells: ["1.1", "Do it"].map(str::to_owned).to_vec(),
        },
    ];
    let plan = import_rows(rows, &mut counter())
        .map(|p| p.plan)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.actions.len(), 1);
    assert_eq!(plan.actions[0].what, "Do it");
    assert_eq!(plan.actions[0].measure, None);
}

#[test]
fn sheet_rows_keep_the_cell_limit_with_their_row_number() {
    let rows = vec![
        header_row(),
        TableRow {
            line: 7,
            cells: vec!["1.1".to_owned(), "x".repeat(MAX_CELL_CHARS + 1)],
        },
    ];
    assert_eq!(
        import_rows(rows, &mut counter()).err(),
        Some(TableError::CellTooLong {
            line: 7,
            column: "column 2".to_owned(),
            chars: MAX_CELL_CHARS + 1,
            limit: MAX_CELL_CHARS
        })
    );
}

#[test]
fn a_table_without_the_action_columns_tells_a_person_which_to_add() {
    let err = import("No,Action,Lead,Outcome measure,Key Milestones\n1,Do it,RCCG,,\n").err();
    let advice = err.map(|e| e.advice()).expect("refused");
    assert_eq!(advice.wording.id, "file-table-not-actions");
    assert_eq!(
        advice.message,
        "This spreadsheet is not a table of actions: it has no “Completion / Review Date” column. \
         Put the column headings in its first row (a spreadsheet downloaded from cares has them all), \
         then open it again."
    );
    let bytes = b"Section,Action\n1,Caf\xe9\n";
    let advice = import_actions_from_bytes(bytes, &mut counter())
        .err()
        .map(|e| e.advice().wording.id);
    assert_eq!(advice.as_deref(), Some("file-table-not-utf8"));
}
