//! The progress markers: for each marker, the quarterly counts per locality as a small
//! chart and as a table, with the change since last quarter and the target; and the
//! import of partners' quarterly counts from a CSV. The core reads and checks the file
//! (a bad line refuses the whole file, naming the line) and says what each count
//! changed; the page makes one edit per count, so an import merges like any edit.

use cares_core::document::Document;
use cares_core::edits::Edit;
use cares_core::measures::{Observation, ProgressMarker, Target, TargetPeriod, highlight_report};
use cares_core::network::Quarter;
use cares_core::report::{
    CountChange, MAX_COUNTS_BYTES, MarkerSeries, apply_counts, progress_series, read_counts,
};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::components::plan::plan_context::{PlanMissing, edit_problem, use_open_plan};
use crate::components::programme::chart::{MarkerChart, MarkerTable};
use crate::store::files;
use crate::workspace::{OpenPlan, today};

/// One marker as the page shows it: its series and the borough's line in words.
#[derive(Debug, Clone, PartialEq)]
struct MarkerPanel {
    series: MarkerSeries,
    summary: Option<String>,
}

/// Every marker with a count, over every quarter from the first counted to the last.
fn panels(doc: &Document) -> Vec<MarkerPanel> {
    let record = &doc.content().progress;
    let quarters = record.totals();
    let (Some(first), Some(last)) = (
        quarters.iter().map(|t| t.quarter).min(),
        quarters.iter().map(|t| t.quarter).max(),
    ) else {
        return Vec::new();
    };
    let report = highlight_report(record, last);
    progress_series(record, first, last)
        .into_iter()
        .filter(|s| !s.lines.is_empty())
        .map(|series| MarkerPanel {
            summary: report
                .lines
                .iter()
                .find(|l| l.marker == series.marker)
                .map(|l| l.summary.clone()),
            series,
        })
        .collect()
}

/// What the last import did, to say under the file field.
#[derive(Debug, Clone, PartialEq)]
enum Imported {
    /// The file was refused; nothing changed.
    Refused(String),
    /// The counts went in: the file's name and each change.
    Done(String, Vec<CountChange>),
}

/// Reads a counts file and puts its counts into the document, or says why not.
fn import_counts(open: OpenPlan, name: &str, text: &str) -> Imported {
    let unchanged = "Nothing was imported: the figures are as they were.";
    let counts = match read_counts(text) {
        Ok(counts) => counts,
        Err(why) => return Imported::Refused(format!("{name}: {why}. {unchanged}")),
    };
    let changes = open
        .doc
        .with_untracked(|d| apply_counts(&d.content().progress, &counts).1);
    for count in counts {
        let edit = Edit::RecordObservation {
            observation: Observation {
                marker: count.marker,
                locality: count.locality,
                quarter: count.quarter,
                value: count.count,
                note: None,
            },
        };
        if let Err(e) = open.edit(edit) {
            return Imported::Refused(format!("{name}, line {}: {}", count.line, edit_problem(&e)));
        }
    }
    Imported::Done(name.to_owned(), changes)
}

/// The field that takes a partners' counts file, and what the import did.
#[component]
fn CountsImport(open: OpenPlan) -> impl IntoView {
    let outcome = RwSignal::new(None::<Imported>);
    let reading = RwSignal::new(false);
    let picked = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        outcome.set(None);
        reading.set(true);
        let name = file.name();
        spawn_local_scoped(async move {
            let read = files::read(&file, MAX_COUNTS_BYTES).await;
            // The same file may be chosen again once it is put right.
            input.set_value("");
            reading.set(false);
            outcome.set(Some(match read {
                Err(why) => Imported::Refused(format!(
                    "{name} could not be read: {why}. Nothing was imported."
                )),
                Ok(bytes) => import_counts(open, &name, &String::from_utf8_lossy(&bytes)),
            }));
        });
    };
    let refused = move || matches!(outcome.get(), Some(Imported::Refused(_)));
    view! {
        <section class="counts-import" aria-labelledby="counts-import-heading">
            <h2 id="counts-import-heading">"Add partners' counts"</h2>
            <div class="field" class:field--error=refused>
                <label class="field__label" for="counts-file">
                    "Counts file (CSV)"
                </label>
                <p class="field__hint" id="counts-file-hint">
                    "A CSV with the columns marker, locality, quarter and count: counts only, never people's names. Write quarters like 2024-Q1 (Q1 is April to June). Leave the locality empty for a count for the whole borough."
                </p>
                {move || match outcome.get() {
                    Some(Imported::Refused(message)) => {
                        view! {
                            <p class="field__error" id="counts-file-error" role="alert">
                                {message}
                            </p>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }}
                <input
                    class="field__file"
                    id="counts-file"
                    type="file"
                    accept=".csv,text/csv"
                    aria-invalid=move || refused().then_some("true")
                    aria-describedby=move || {
                        if refused() {
                            "counts-file-hint counts-file-error"
                        } else {
                            "counts-file-hint"
                        }
                    }
                    on:change=picked
                />
            </div>
            <div role="status">
                <Show when=move || reading.get()>
                    <p>"Reading the file…"</p>
                </Show>
                {move || match outcome.get() {
                    Some(Imported::Done(name, changes)) => {
                        view! {
                            <p>
                                {format!(
                                    "Imported {} from {name}.",
                                    cares_core::text::count(changes.len(), "count", "counts"),
                                )}
                            </p>
                            <h3>"What changed"</h3>
                            <ul class="counts-import__changes">
                                {changes
                                    .into_iter()
                                    .map(|c| view! { <li>{c.describe()}</li> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }}
            </div>
        </section>
    }
}

/// A target as typed: a whole number of 0 or more.
fn read_target(text: &str) -> Result<u64, &'static str> {
    text.trim()
        .parse::<u64>()
        .map_err(|_| "Write the target as a whole number, such as 12.")
}

/// "2024-25": the financial year starting in April of `year`, as the core writes it.
fn year_words(year: i32) -> String {
    Quarter::new(year, 1)
        .map(|q| q.to_string())
        .ok()
        .and_then(|q| q.split_once(' ').map(|(y, _)| y.to_owned()))
        .unwrap_or_else(|| year.to_string())
}

/// Setting the borough's target for a marker over a financial year.
#[component]
fn TargetForm(open: OpenPlan) -> impl IntoView {
    let this_year = Quarter::containing(today()).year();
    let marker = RwSignal::new(ProgressMarker::ALL[0]);
    let year = RwSignal::new(this_year);
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(String::new());
        let value = match read_target(&typed.get_untracked()) {
            Ok(v) => v,
            Err(why) => {
                error.set(Some(why.to_owned()));
                return;
            }
        };
        let (m, y) = (marker.get_untracked(), year.get_untracked());
        let edit = Edit::SetTarget {
            target: Target {
                marker: m,
                locality: None,
                period: TargetPeriod::Year { starts_in: y },
                value,
            },
        };
        match open.edit(edit) {
            Ok(()) => {
                error.set(None);
                typed.set(String::new());
                status.set(format!(
                    "Target set: {} in {}, {value}.",
                    m.label(),
                    year_words(y)
                ));
            }
            Err(e) => error.set(Some(edit_problem(&e))),
        }
    };
    let first_year = open
        .doc
        .with_untracked(|d| {
            d.content()
                .progress
                .totals()
                .first()
                .map(|t| t.quarter.year())
        })
        .unwrap_or(this_year)
        .min(this_year);
    view! {
        <form class="target-form" aria-labelledby="target-heading" on:submit=save>
            <h2 id="target-heading">"Set a target"</h2>
            <div class="field">
                <label class="field__label" for="target-marker">"Progress marker"</label>
                <select
                    class="field__input"
                    id="target-marker"
                    on:change=move |ev| {
                        let key = event_target::<HtmlSelectElement>(&ev).value();
                        if let Some(m) = ProgressMarker::from_key(&key) {
                            marker.set(m);
                        }
                    }
                >
                    {ProgressMarker::ALL
                        .into_iter()
                        .map(|m| view! { <option value=m.key()>{m.label()}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="target-year">"Financial year (April to March)"</label>
                <select
                    class="field__input"
                    id="target-year"
                    on:change=move |ev| {
                        if let Ok(y) = event_target::<HtmlSelectElement>(&ev).value().parse() {
                            year.set(y);
                        }
                    }
                >
                    {(first_year..=this_year + 1)
                        .map(|y| view! { <option value=y.to_string() selected=y == this_year>{year_words(y)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field" class:field--error=move || error.get().is_some()>
                <label class="field__label" for="target-value">"Target for the year"</label>
                <p class="field__hint" id="target-value-hint">
                    "For the whole borough. A count made afresh each quarter is shared over the year's four quarters on the charts."
                </p>
                <Show when=move || error.get().is_some()>
                    <p class="field__error" id="target-value-error">
                        {move || error.get().unwrap_or_default()}
                    </p>
                </Show>
                <input
                    class="field__input target-form__number"
                    id="target-value"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || {
                        if error.get().is_some() {
                            "target-value-hint target-value-error"
                        } else {
                            "target-value-hint"
                        }
                    }
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="button button--secondary">
                "Set target"
            </button>
            <p role="status">{move || status.get()}</p>
        </form>
    }
}

/// `/plan/:doc/programme/progress`.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let all = Memo::new(move |_| open.doc.with(panels));
    view! {
        <div class="progress-markers">
            <h1>"Progress markers"</h1>
            <p>
                "What partners counted each financial quarter, by locality, against the borough's targets. Q1 is April to June."
            </p>
            <CountsImport open=open />
            <Show when=move || all.with(Vec::is_empty)>
                <p>"No counts yet. Add a partners' counts file above."</p>
            </Show>
            {move || {
                all.get()
                    .into_iter()
                    .map(|panel| {
                        let heading_id = format!("marker-{}", panel.series.marker.key());
                        let label = heading_id.clone();
                        view! {
                            <section class="marker" aria-labelledby=label>
                                <h2 id=heading_id>{panel.series.label}</h2>
                                {panel.summary.map(|s| view! { <p>{s}</p> })}
                                <MarkerChart series=panel.series.clone() />
                                <MarkerTable series=panel.series />
                            </section>
                        }
                    })
                    .collect_view()
            }}
            <TargetForm open=open />
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_a_whole_number_and_a_year_reads_as_the_core_writes_it() {
        assert_eq!(read_target(" 12 "), Ok(12));
        for bad in ["", "twelve", "-3", "2.5"] {
            assert!(read_target(bad).is_err(), "{bad:?} is refused");
        }
        assert_eq!(year_words(2024), "2024-25");
    }
}
