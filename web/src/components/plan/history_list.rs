//! "History": an action's ratings and evidence, newest first.
//!
//! A rating saved with words in "What shows this?" is kept twice in the document (as
//! the rating's note and as evidence, so the evidence can carry a link); here the two
//! read as one line.

use cares_core::plan::{Evidence, StatusChange};
use chrono::NaiveDate;
use leptos::prelude::*;

use super::rating_form::is_web_address;
use crate::i18n::{self, t};

/// One line of the history.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    text: String,
    link: Option<String>,
}

fn day(on: Option<NaiveDate>) -> String {
    on.map_or_else(|| t!("history-date-unknown"), i18n::date)
}

/// The lines of the history, newest first.
fn entries(history: &[StatusChange], evidence: &[Evidence]) -> Vec<Entry> {
    let mut used = vec![false; evidence.len()];
    let mut lines: Vec<(Option<NaiveDate>, usize, Entry)> = Vec::new();
    for (i, change) in history.iter().enumerate() {
        let note = change
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let mut link = None;
        if let Some(note) = note
            && let Some(j) = (0..evidence.len()).find(|&j| {
                !used[j] && evidence[j].on == change.on && evidence[j].note.trim() == note
            })
        {
            used[j] = true;
            link.clone_from(&evidence[j].link);
        }
        let text = match note {
            Some(note) => t!(
                "history-rating-note",
                day = day(change.on),
                status = i18n::status(change.status),
                note = note
            ),
            None => t!(
                "history-rating",
                day = day(change.on),
                status = i18n::status(change.status)
            ),
        };
        lines.push((change.on, i * 2, Entry { text, link }));
    }
    for (j, e) in evidence.iter().enumerate() {
        if used[j] {
            continue;
        }
        let text = t!("history-evidence", day = day(e.on), note = e.note.trim());
        lines.push((
            e.on,
            j * 2 + 1,
            Entry {
                text,
                link: e.link.clone(),
            },
        ));
    }
    lines.sort_by_key(|line| std::cmp::Reverse((line.0, line.1)));
    lines.into_iter().map(|(_, _, e)| e).collect()
}

/// The history of the action being edited.
#[component]
pub fn HistoryList(
    /// Its ratings, oldest first, and its evidence, oldest first.
    #[prop(into)]
    record: Signal<(Vec<StatusChange>, Vec<Evidence>)>,
) -> impl IntoView {
    let lines = Memo::new(move |_| record.with(|(h, e)| entries(h, e)));
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{t!("history-title")}</h2>
            {move || {
                let lines = lines.get();
                if lines.is_empty() {
                    view! { <p>{t!("history-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="history__list">
                            {lines
                                .into_iter()
                                .map(|e| {
                                    let link = e.link.map(|link| {
                                        if is_web_address(&link) {
                                            view! {
                                                " "
                                                // The link as the person gave it.
                                                <a
                                                    href=link.clone()
                                                    rel="noopener noreferrer"
                                                    translate="no"
                                                >
                                                    {link.clone()}
                                                </a>
                                            }
                                                .into_any()
                                        } else {
                                            view! { " " <span translate="no">{link.clone()}</span> }.into_any()
                                        }
                                    });
                                    view! { <li>{e.text} {link}</li> }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use cares_core::plan::Status;

    use super::*;

    #[test]
    fn a_rating_takes_the_link_of_its_evidence_and_other_evidence_stands_alone() {
        let on = NaiveDate::from_ymd_opt(2024, 9, 1);
        let later = NaiveDate::from_ymd_opt(2024, 10, 1);
        let history = [StatusChange {
            on,
            status: Status::Amber,
            note: Some(" Library agreed the room ".into()),
        }];
        let evidence = [
            Evidence {
                on,
                note: "Library agreed the room".into(),
                link: Some("https://example.org/minutes".into()),
            },
            Evidence {
                on: later,
                note: "12 surgeries have it".into(),
                link: None,
            },
        ];
        assert_eq!(
            entries(&history, &evidence),
            [
                Entry {
                    text: "1 October 2024 \u{2014} Evidence: 12 surgeries have it".into(),
                    link: None,
                },
                Entry {
                    text: "1 September 2024 \u{2014} Amber: Library agreed the room".into(),
                    link: Some("https://example.org/minutes".into()),
                },
            ]
        );
    }
}
