//! The programme commands run as a programme lead would run them, on the example
//! borough (`crates/core/tests/fixtures/example-borough.json`) and on the 2013-16 Joint
//! Action Plan table: borough, highlight, progress import, position and empowerment.

mod support;

use std::fs;

use serde_json::Value;
use support::{Scratch, cares, cares_in, fails};

const BOROUGH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/fixtures/example-borough.json"
);
const JAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/joint-action-plan-2013-16.csv"
);

fn ok(args: &[&dyn AsRef<std::ffi::OsStr>]) -> String {
    let run = cares(args);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    run.stdout
}

#[test]
fn the_borough_view_puts_localities_side_by_side_and_brings_spellings_together() {
    let text = ok(&[&"borough", &BOROUGH, &"--today", &"2024-12-31"]);
    assert!(text.starts_with("# The borough at a glance\n"), "{text}");
    assert!(text.contains("18 actions in 3 plans, as of 31 December 2024."));
    for locality in ["Maltby", "Rawmarsh", "Wath"] {
        assert!(
            text.contains(&format!("\n| {locality} | 6 |")),
            "{locality}:\n{text}"
        );
    }
    // Three spellings of Crossroads Care are one organisation with three actions.
    assert!(text.contains("\n| Crossroads Care | 3 |"), "{text}");
    assert!(text.contains("Crossroads Care is also written \"crossroads care\""));
    assert!(text.contains("RCCG is also written \"r.c.c.g\"; related to RCCG/NHSCB"));
    assert!(
        text.contains("### What the audit finds most often")
            || text.contains("## What the audit finds most often")
    );
}

#[test]
fn the_borough_view_takes_several_files_and_tables() {
    let text = ok(&[&"borough", &BOROUGH, &JAP, &"--today", &"2024-06-01"]);
    assert!(text.contains("68 actions in 4 plans"), "{text}");
    let page = ok(&[
        &"borough",
        &JAP,
        &"--format",
        &"html",
        &"--today",
        &"2024-06-01",
    ]);
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("<caption>Actions by locality</caption>"));
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn the_highlight_report_counts_sessions_and_people_but_never_names_them() {
    let text = ok(&[&"highlight", &BOROUGH, &"--quarter", &"2024-Q1"]);
    assert!(
        text.starts_with("# Highlight report: 2024-25 Q1 (April to June 2024)\n"),
        "{text}"
    );
    assert!(text.contains("Plans as of 30 June 2024"));
    assert!(
        text.contains("2 sessions held, with 10 people taking part."),
        "{text}"
    );
    assert!(
        !text.contains("Carer 1"),
        "a participant's pseudonym is in the report"
    );
    assert!(text.contains("## Progress markers"));
    assert!(text.contains("Meeting places for carers"));
    assert!(
        text.contains("a young carer rep expected in school hours: 1"),
        "{text}"
    );
    assert!(text.contains("## Top improvement actions"));

    let page = ok(&[
        &"highlight",
        &BOROUGH,
        &"--quarter",
        &"2024-25 Q2",
        &"--format",
        &"html",
    ]);
    assert!(page.contains("<svg class=\"chart\""), "a chart per marker");
    assert!(page.contains("@page{size:A4"));
    assert_eq!(
        page.matches("<table>").count(),
        page.matches("</table>").count()
    );
}

#[test]
fn the_highlight_report_works_on_a_plan_table_alone_and_says_which_months_q1_is() {
    let text = ok(&[&"highlight", &JAP, &"--quarter", &"2015-Q4"]);
    assert!(text.starts_with("# Highlight report: 2015-16 Q4 (January to March 2016)"));
    assert!(text.contains("No progress figures for this quarter yet."));
    let help = ok(&[&"highlight", &"--help"]);
    assert!(help.contains("2024-Q1 is April to June 2024"));
    let message = fails(&[&"highlight", &BOROUGH, &"--quarter", &"2024-Q5"], 2);
    assert!(
        message.contains("--quarter wants a financial quarter like 2024-Q1"),
        "{message}"
    );
}

#[test]
fn imported_counts_replace_the_old_ones_and_say_what_changed() {
    let scratch = Scratch::new("progress-good");
    let doc = scratch.write("borough.json", fs::read(BOROUGH).unwrap_or_default());
    let counts = scratch.write(
        "counts.csv",
        "marker,locality,quarter,count\nmeeting-places,Maltby,2024-Q1,9\nOnline activity,,2024-Q1,300\n",
    );
    let text = ok(&[&"progress", &"import", &counts, &"--into", &doc]);
    assert!(text.contains("Put 2 counts into"), "{text}");
    assert!(text.contains("Meeting places for carers, Maltby, 2024-25 Q1: 9 (was 3)"));
    assert!(text.contains("Online activity, Borough-wide, 2024-25 Q1: 300 (new)"));
    let welsh = ok(&[
        &"progress",
        &"import",
        &counts,
        &"--into",
        &doc,
        &"--lang",
        &"cy",
    ]);
    assert!(welsh.starts_with("Rhoi 2 gyfrif yn "), "{welsh}");
    assert!(
        welsh.contains(", Maltby, 2024-25 Ch1: 9 (heb newid)"),
        "{welsh}"
    );
    assert_eq!(
        scratch.files(),
        ["borough.json", "counts.csv"],
        "no temporary file is left"
    );
    let report = ok(&[&"highlight", &doc, &"--quarter", &"2024-Q1"]);
    assert!(report.contains("Online activity: 300"), "{report}");
}

#[test]
fn a_bad_counts_file_names_its_line_and_changes_nothing() {
    let scratch = Scratch::new("progress-bad");
    let original = fs::read(BOROUGH).unwrap_or_default();
    let doc = scratch.write("borough.json", &original);
    for (name, line, says) in [
        (
            "marker.csv",
            "carer-happiness,Maltby,2024-Q1,4",
            "line 3: \"carer-happiness\" is not a progress marker",
        ),
        (
            "negative.csv",
            "meeting-places,Maltby,2024-Q2,-4",
            "line 3: the count -4 is below zero",
        ),
        (
            "quarter.csv",
            "meeting-places,Maltby,2024-Q7,4",
            "line 3: \"2024-Q7\" is not a quarter",
        ),
    ] {
        let counts = scratch.write(
            name,
            format!("marker,locality,quarter,count\nmeeting-places,Wath,2024-Q1,8\n{line}\n"),
        );
        let message = fails(&[&"progress", &"import", &counts, &"--into", &doc], 3);
        assert!(message.contains(says), "{name}: {message}");
        assert!(
            message.contains(name),
            "the message names the file: {message}"
        );
        assert_eq!(
            fs::read(&doc).unwrap_or_default(),
            original,
            "{name} changed the document"
        );
    }
}

#[test]
fn the_empowerment_findings_and_a_bad_counts_line_are_in_welsh_with_lang_cy() {
    let english = ok(&[&"empowerment", &BOROUGH, &"--today", &"2024-04-01"]);
    let welsh = ok(&[
        &"empowerment",
        &BOROUGH,
        &"--today",
        &"2024-04-01",
        &"--lang",
        &"cy",
    ]);
    assert!(
        welsh.starts_with("Cynllun Grymuso Gofalwyr, o 2024-25 Q1 (Ebrill i Fehefin 2024)"),
        "{welsh}"
    );
    assert!(
        welsh.contains("cyfarfod strategol allweddol lais gofalwyr"),
        "{welsh}"
    );
    assert!(
        welsh.contains("yn ofalwr ifanc a bydd yn yr ysgol"),
        "{welsh}"
    );
    assert!(!welsh.contains("is a young carer"), "{welsh}");
    assert_eq!(
        english.lines().count(),
        welsh.lines().count(),
        "the same findings"
    );
    let json = |lang: &str| {
        ok(&[
            &"empowerment",
            &BOROUGH,
            &"--json",
            &"--today",
            &"2024-04-01",
            &"--lang",
            &lang,
        ])
    };
    assert_eq!(
        json("cy"),
        json("en-GB"),
        "--json is the same in every language"
    );

    let scratch = Scratch::new("counts-welsh");
    let doc = scratch.write("borough.json", fs::read(BOROUGH).unwrap_or_default());
    let counts = scratch.write(
        "words.csv",
        "marker,locality,quarter,count\nmeeting-places,Wath,2024-Q1,lots\n",
    );
    let message = fails(
        &[
            &"progress",
            &"import",
            &counts,
            &"--into",
            &doc,
            &"--lang",
            &"cy",
        ],
        3,
    );
    assert!(
        message.contains("llinell 2: nid yw \"lots\" yn gyfrif"),
        "{message}"
    );
}

#[test]
fn the_position_statement_rolls_up_both_organisations() {
    let text = ok(&[&"position", &BOROUGH]);
    assert!(text.starts_with("Position statement\n"));
    assert!(
        text.contains("2 organisations: Crossroads Care Rotherham, RMBC."),
        "{text}"
    );
    assert!(text.contains("To improve: "));
    let json: Value =
        serde_json::from_str(&ok(&[&"position", &BOROUGH, &"--json"])).unwrap_or(Value::Null);
    assert_eq!(json["organisations"].as_array().map(Vec::len), Some(2));
    assert!(json["themes"].as_array().is_some_and(|t| !t.is_empty()));
    let empty = ok(&[&"position", &JAP]);
    assert!(empty.contains("No organisation has assessed itself yet."));
}

#[test]
fn the_empowerment_findings_are_in_plain_words_from_the_quarter_on() {
    let text = ok(&[&"empowerment", &BOROUGH, &"--today", &"2024-04-01"]);
    assert!(
        text.starts_with("Carer Empowerment Plan, from 2024-25 Q1 (April to June 2024)"),
        "{text}"
    );
    assert!(
        text.contains("3 carer reps; 2 of 4 key strategic meetings have a carer voice."),
        "{text}"
    );
    for phrase in [
        "a key meeting with no carer voice",
        "a rep asked to too many meetings",
        "a young carer rep expected in school hours",
    ] {
        assert!(text.contains(phrase), "{phrase}:\n{text}");
    }
    let later = ok(&[&"empowerment", &BOROUGH, &"--today", &"2025-04-01"]);
    assert!(later.contains("0 of 0 key strategic meetings"), "{later}");
    let json: Value = serde_json::from_str(&ok(&[
        &"empowerment",
        &BOROUGH,
        &"--json",
        &"--today",
        &"2024-04-01",
    ]))
    .unwrap_or(Value::Null);
    assert_eq!(json["key_meetings"], 4);
    assert!(
        json["findings"]
            .as_array()
            .is_some_and(|f| f.iter().all(|f| f["message"].is_string()))
    );
}

/// `borough`, `highlight` and `position` in Welsh with `--lang cy`, in Urdu when
/// `LANG` names it; what people wrote stays as written, and `--json` never changes.
#[test]
fn the_programme_reports_speak_welsh_with_lang_and_urdu_with_lang_variable() {
    let borough = ok(&[
        &"borough",
        &BOROUGH,
        &"--today",
        &"2024-12-31",
        &"--lang",
        &"cy",
    ]);
    assert!(
        borough.starts_with("# Y fwrdeistref ar yr olwg gyntaf\n"),
        "{borough}"
    );
    assert!(
        borough.contains("18 cam gweithredu mewn 3 cynllun, ar 31 Rhagfyr 2024."),
        "{borough}"
    );
    assert!(borough.contains("\n| Maes ffocws 1 | 6 |"), "{borough}");
    assert!(
        borough.contains("\n| Maltby | 6 |"),
        "localities as written"
    );
    assert!(
        borough.contains("Mae Crossroads Care hefyd wedi'i ysgrifennu \"crossroads care\""),
        "{borough}"
    );
    for english in ["Progress by", "Area of focus", "actions", "What the audit"] {
        assert!(!borough.contains(english), "{english} in Welsh:\n{borough}");
    }
    let page = ok(&[&"borough", &BOROUGH, &"--format", &"html", &"--lang", &"cy"]);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"cy\" dir=\"ltr\">"));
    assert!(page.contains("<caption>Camau gweithredu fesul ardal</caption>"));

    let highlight = ok(&[
        &"highlight",
        &BOROUGH,
        &"--quarter",
        &"2024-Q1",
        &"--lang",
        &"cy",
    ]);
    assert!(
        highlight.starts_with("# Adroddiad uchafbwyntiau: 2024-25 Ch1 (Ebrill i Fehefin 2024)\n"),
        "{highlight}"
    );
    assert!(
        highlight.contains("Cynlluniau ar 30 Mehefin 2024"),
        "{highlight}"
    );
    assert!(highlight.contains("## Dangosyddion cynnydd"), "{highlight}");
    assert!(
        highlight.contains("## Sesiynau cydgynhyrchu"),
        "{highlight}"
    );
    for english in [
        "Progress markers",
        "sessions held",
        "Top improvement",
        "Plans as of",
    ] {
        assert!(
            !highlight.contains(english),
            "{english} in Welsh:\n{highlight}"
        );
    }

    let position = ok(&[&"position", &BOROUGH, &"--lang", &"cy"]);
    assert!(position.starts_with("Datganiad sefyllfa\n"), "{position}");
    assert!(
        position.contains("2 sefydliad: Crossroads Care Rotherham, RMBC."),
        "{position}"
    );
    assert!(position.contains("I wella: "), "{position}");
    assert!(!position.contains("To improve"), "{position}");
    let json = |lang: &str| ok(&[&"position", &BOROUGH, &"--json", &"--lang", &lang]);
    assert_eq!(
        json("cy"),
        json("en-GB"),
        "--json is the same in every language"
    );

    let urdu = cares_in(Some("ur_PK.UTF-8"), &[&"position", &BOROUGH]);
    assert_eq!(urdu.code, Some(0), "{}", urdu.stderr);
    assert!(urdu.stdout.starts_with("پوزیشن"), "{}", urdu.stdout);
    let urdu = cares_in(
        Some("ur_PK.UTF-8"),
        &[&"borough", &BOROUGH, &"--format", &"html"],
    );
    assert!(
        urdu.stdout.contains("<html lang=\"ur\" dir=\"rtl\">"),
        "{}",
        urdu.stdout
    );
}
