//! Tests of the progress markers, the record's roll-ups, the highlight report and
//! validation, through the module's public paths.

use super::*;
use crate::calendar::Quarter;

fn q(year: i32, n: u8) -> Quarter {
    Quarter::new(year, n).unwrap_or_else(|_| Quarter::containing(chrono::NaiveDate::MIN))
}

fn obs(
    marker: ProgressMarker,
    locality: Option<&str>,
    quarter: Quarter,
    value: u64,
) -> Observation {
    Observation {
        marker,
        locality: locality.map(String::from),
        quarter,
        value,
        note: None,
    }
}

fn target(
    marker: ProgressMarker,
    locality: Option<&str>,
    period: TargetPeriod,
    value: u64,
) -> Target {
    Target {
        marker,
        locality: locality.map(String::from),
        period,
        value,
    }
}

const EVENTS: ProgressMarker = ProgressMarker::ActivitiesAndEvents;

#[test]
fn markers_come_from_the_focus_area_that_introduced_them() {
    let areas: Vec<u8> = ProgressMarker::ALL
        .iter()
        .map(|m| m.introduced_in())
        .collect();
    assert_eq!(areas, vec![1, 1, 1, 1, 2, 2, 2, 2, 3, 3]);
    for marker in ProgressMarker::ALL {
        assert_eq!(ProgressMarker::from_key(marker.key()), Some(marker));
        let json = serde_json::to_string(&marker).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", marker.key()));
    }
    assert_eq!(ProgressMarker::from_key("footfall"), None);
}

#[test]
fn only_places_and_newsletter_reach_are_levels() {
    let levels: Vec<ProgressMarker> = ProgressMarker::ALL
        .into_iter()
        .filter(|m| m.kind() == MarkerKind::Level)
        .collect();
    assert_eq!(
        levels,
        vec![
            ProgressMarker::MeetingPlaces,
            ProgressMarker::NewsletterReach
        ]
    );
}

#[test]
fn borough_total_adds_localities_and_borough_wide_entries() {
    let q1 = q(2024, 1);
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, Some("Maltby"), q1, 4),
            obs(EVENTS, Some("Rawmarsh"), q1, 3),
            obs(EVENTS, None, q1, 2),
            obs(EVENTS, Some("Maltby"), q1.next(), 100),
            obs(ProgressMarker::NewsletterReach, None, q1, 500),
        ],
        targets: vec![],
    };
    assert_eq!(record.total(EVENTS, None, q1), Some(9));
    assert_eq!(record.total(EVENTS, Some(" MALTBY "), q1), Some(4));
    assert_eq!(record.total(EVENTS, Some("Dinnington"), q1), None);
    assert_eq!(record.total(EVENTS, None, q1.previous()), None);
}

#[test]
fn a_repeated_count_is_not_added_twice_and_the_later_one_is_used() {
    let q1 = q(2024, 1);
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, Some("Maltby"), q1, 4),
            obs(EVENTS, Some("maltby "), q1, 5),
            obs(EVENTS, None, q1, 1),
        ],
        targets: vec![],
    };
    assert_eq!(record.total(EVENTS, None, q1), Some(6));
    let issues = review(&record);
    assert_eq!(
        issues,
        vec![MeasureIssue::DuplicateObservation {
            first: 0,
            duplicate: 1,
            marker: EVENTS,
            locality: Some("maltby ".into()),
            quarter: q1,
        }]
    );
    assert_eq!(
        issues[0].message(),
        "Activities and events for maltby in 2024-25 Q1 (April to June 2024) is recorded \
         twice. Keep one and remove the other; until then the later one is used."
    );
}

#[test]
fn the_same_locality_in_different_quarters_is_not_a_duplicate() {
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, Some("Maltby"), q(2024, 4), 1),
            obs(EVENTS, Some("Maltby"), q(2025, 1), 1),
            obs(
                ProgressMarker::OnlineActivity,
                Some("Maltby"),
                q(2025, 1),
                1,
            ),
        ],
        targets: vec![],
    };
    assert!(review(&record).is_empty());
}

#[test]
fn totals_are_ordered_by_marker_then_quarter() {
    let record = ProgressRecord {
        observations: vec![
            obs(ProgressMarker::CarerRepActivity, None, q(2024, 1), 2),
            obs(EVENTS, Some("Maltby"), q(2024, 2), 3),
            obs(EVENTS, Some("Rawmarsh"), q(2024, 1), 1),
            obs(EVENTS, Some("Maltby"), q(2024, 1), 1),
        ],
        targets: vec![],
    };
    let totals: Vec<(ProgressMarker, Quarter, u64)> = record
        .totals()
        .into_iter()
        .map(|t| (t.marker, t.quarter, t.total))
        .collect();
    assert_eq!(
        totals,
        vec![
            (EVENTS, q(2024, 1), 2),
            (EVENTS, q(2024, 2), 3),
            (ProgressMarker::CarerRepActivity, q(2024, 1), 2),
        ]
    );
}

#[test]
fn change_in_april_compares_with_the_january_quarter_of_the_year_before() {
    // 2024-25 Q4 is January to March 2025; 2025-26 Q1 follows it.
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, None, q(2024, 4), 8),
            obs(EVENTS, None, q(2025, 1), 6),
        ],
        targets: vec![],
    };
    let change = record.change(EVENTS, None, q(2025, 1));
    assert_eq!(
        change,
        Some(Change {
            previous: 8,
            absolute: -2,
            percent: Some(-25.0)
        })
    );
    assert_eq!(
        change.map(|c| c.describe()).as_deref(),
        Some("down 2 (25%) since last quarter")
    );
    assert_eq!(record.change(EVENTS, None, q(2024, 4)), None);
}

#[test]
fn change_from_zero_has_no_percentage() {
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, Some("Maltby"), q(2024, 1), 0),
            obs(EVENTS, Some("Maltby"), q(2024, 2), 4),
        ],
        targets: vec![],
    };
    let change = record.change(EVENTS, Some("Maltby"), q(2024, 2));
    assert_eq!(
        change,
        Some(Change {
            previous: 0,
            absolute: 4,
            percent: None
        })
    );
    assert_eq!(
        change.map(|c| c.describe()).as_deref(),
        Some("up 4 since last quarter (there were none before)")
    );
    assert_eq!(
        Change::between(0, 0).describe(),
        "no change since last quarter"
    );
    assert_eq!(Change::between(u64::MAX, 0).absolute, i64::MIN);
    assert_eq!(
        Change::between(4, 5).describe(),
        "up 1 (25%) since last quarter"
    );
}

#[test]
fn quarter_target_is_reached_or_behind() {
    let q2 = q(2024, 2);
    let mut record = ProgressRecord {
        observations: vec![obs(EVENTS, Some("Maltby"), q2, 5)],
        targets: vec![target(
            EVENTS,
            Some("Maltby"),
            TargetPeriod::Quarter { quarter: q2 },
            6,
        )],
    };
    assert_eq!(
        record.progress(EVENTS, Some("Maltby"), q2).status,
        TargetStatus::Behind
    );
    // A locality's target is not the borough's.
    assert_eq!(
        record.progress(EVENTS, None, q2).status,
        TargetStatus::NoTarget
    );
    record.observations.push(obs(EVENTS, Some("Maltby"), q2, 6));
    assert_eq!(
        record.progress(EVENTS, Some("Maltby"), q2).status,
        TargetStatus::Reached
    );
}

#[test]
fn year_target_for_a_tally_counts_the_year_so_far_against_a_straight_line() {
    let record = ProgressRecord {
        observations: vec![
            // January to March 2024 belongs to 2023-24 and must not count.
            obs(EVENTS, None, q(2023, 4), 50),
            obs(EVENTS, None, q(2024, 1), 10),
            obs(EVENTS, None, q(2024, 2), 9),
        ],
        targets: vec![target(
            EVENTS,
            None,
            TargetPeriod::Year { starts_in: 2024 },
            40,
        )],
    };
    let p1 = record.progress(EVENTS, None, q(2024, 1));
    assert_eq!(
        (p1.actual, p1.expected_so_far, p1.status),
        (Some(10), Some(10), TargetStatus::OnTrack)
    );
    let p2 = record.progress(EVENTS, None, q(2024, 2));
    assert_eq!(
        (p2.actual, p2.expected_so_far, p2.status),
        (Some(19), Some(20), TargetStatus::Behind)
    );
    assert_eq!(
        record.progress(EVENTS, None, q(2023, 4)).status,
        TargetStatus::NoTarget
    );
}

#[test]
fn year_target_for_a_level_uses_the_latest_count_not_the_sum() {
    let places = ProgressMarker::MeetingPlaces;
    let record = ProgressRecord {
        observations: vec![
            obs(places, Some("Maltby"), q(2024, 1), 6),
            obs(places, Some("Maltby"), q(2024, 2), 7),
        ],
        targets: vec![target(
            places,
            None,
            TargetPeriod::Year { starts_in: 2024 },
            12,
        )],
    };
    let p2 = record.progress(places, None, q(2024, 2));
    assert_eq!((p2.actual, p2.status), (Some(7), TargetStatus::OnTrack));
    // Nothing recorded in Q3 yet: the latest count, 7, is below three quarters of 12.
    let p3 = record.progress(places, None, q(2024, 3));
    assert_eq!((p3.actual, p3.status), (Some(7), TargetStatus::Behind));
}

#[test]
fn a_quarter_target_takes_precedence_over_the_year_target() {
    let q1 = q(2024, 1);
    let record = ProgressRecord {
        observations: vec![obs(EVENTS, None, q1, 3)],
        targets: vec![
            target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 100),
            target(EVENTS, None, TargetPeriod::Quarter { quarter: q1 }, 3),
        ],
    };
    assert_eq!(
        record.progress(EVENTS, None, q1).status,
        TargetStatus::Reached
    );
}

#[test]
fn nothing_counted_against_a_target_is_behind() {
    let q1 = q(2024, 1);
    let record = ProgressRecord {
        observations: vec![],
        targets: vec![target(
            EVENTS,
            None,
            TargetPeriod::Quarter { quarter: q1 },
            1,
        )],
    };
    let progress = record.progress(EVENTS, None, q1);
    assert_eq!(
        (progress.actual, progress.status),
        (None, TargetStatus::Behind)
    );
}

#[test]
fn highlight_report_lists_markers_with_counts_changes_and_targets() {
    let q1 = q(2024, 1);
    let q2 = q(2024, 2);
    let record = ProgressRecord {
        observations: vec![
            obs(EVENTS, Some("Rawmarsh"), q2, 3),
            obs(EVENTS, Some("Maltby"), q2, 4),
            obs(EVENTS, None, q2, 1),
            obs(ProgressMarker::NewsletterReach, None, q1, 400),
            obs(ProgressMarker::CarerRepActivity, None, q(2023, 1), 9),
        ],
        targets: vec![target(
            ProgressMarker::OnlineActivity,
            None,
            TargetPeriod::Quarter { quarter: q2 },
            1000,
        )],
    };
    let report = highlight_report(&record, q2);
    assert_eq!(
        report.title,
        "Highlight report: 2024-25 Q2 (July to September 2024)"
    );
    let markers: Vec<ProgressMarker> = report.lines.iter().map(|l| l.marker).collect();
    assert_eq!(
        markers,
        vec![
            EVENTS,
            ProgressMarker::NewsletterReach,
            ProgressMarker::OnlineActivity
        ]
    );
    let events = &report.lines[0];
    assert_eq!(events.value, Some(8));
    assert_eq!(events.borough_wide, Some(1));
    let names: Vec<(&str, u64)> = events
        .localities
        .iter()
        .map(|l| (l.locality.as_str(), l.value))
        .collect();
    assert_eq!(names, vec![("Maltby", 4), ("Rawmarsh", 3)]);
    assert_eq!(
        events.summary,
        "Activities and events: 8 activities and events. No target set."
    );
    let newsletter = &report.lines[1];
    assert_eq!((newsletter.value, newsletter.change), (None, None));
    assert_eq!(
        newsletter.summary,
        "Newsletter reach: nothing recorded this quarter. No target set."
    );
    let online = &report.lines[2];
    assert_eq!(online.progress.status, TargetStatus::Behind);
    assert_eq!(
        online.summary,
        "Online activity: nothing recorded this quarter. Behind: target 1000 this quarter."
    );
}

#[test]
fn highlight_report_of_an_empty_record_has_no_lines() {
    let report = highlight_report(&ProgressRecord::default(), q(2024, 1));
    assert!(report.lines.is_empty());
}

#[test]
fn review_flags_blank_localities_and_repeated_targets() {
    let q1 = q(2024, 1);
    let record = ProgressRecord {
        observations: vec![obs(EVENTS, Some("  "), q1, 1), obs(EVENTS, None, q1, 1)],
        targets: vec![
            target(
                EVENTS,
                Some("Maltby"),
                TargetPeriod::Year { starts_in: 2024 },
                1,
            ),
            target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 1),
            target(
                EVENTS,
                Some("MALTBY"),
                TargetPeriod::Year { starts_in: 2024 },
                2,
            ),
        ],
    };
    assert_eq!(
        review(&record),
        vec![
            MeasureIssue::BlankLocality { observation: 0 },
            // A blank locality is borough-wide, so entry 1 repeats it.
            MeasureIssue::DuplicateObservation {
                first: 0,
                duplicate: 1,
                marker: EVENTS,
                locality: None,
                quarter: q1,
            },
            MeasureIssue::DuplicateTarget {
                first: 0,
                duplicate: 2,
                marker: EVENTS
            },
        ]
    );
    // The later of two repeated targets is the one used.
    assert_eq!(
        record
            .target_for(EVENTS, Some("maltby"), q1)
            .map(|t| t.value),
        Some(2)
    );
}

#[test]
fn record_round_trips_through_json() {
    let record = ProgressRecord {
        observations: vec![obs(EVENTS, Some("Maltby"), q(2024, 1), 4)],
        targets: vec![
            target(EVENTS, None, TargetPeriod::Year { starts_in: 2024 }, 20),
            target(
                EVENTS,
                None,
                TargetPeriod::Quarter {
                    quarter: q(2024, 1),
                },
                5,
            ),
        ],
    };
    let json = serde_json::to_string(&record).unwrap_or_default();
    assert!(json.contains("\"quarter\":\"2024-25 Q1\""), "{json}");
    assert!(
        json.contains("{\"kind\":\"year\",\"starts_in\":2024}"),
        "{json}"
    );
    let back: Option<ProgressRecord> = serde_json::from_str(&json).ok();
    assert_eq!(back, Some(record));
    let unknown = json.replacen("\"value\":4", "\"value\":4,\"colour\":\"red\"", 1);
    assert!(serde_json::from_str::<ProgressRecord>(&unknown).is_err());
}
