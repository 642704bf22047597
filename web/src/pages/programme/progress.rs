//! The progress markers: for each marker, the quarterly counts per locality as a small
//! chart and as a table, with the change since last quarter and the target; and the
//! import of partners' quarterly counts from a CSV. The core reads and checks the file
//! (a bad line refuses the whole file, naming the line) and says what each count
//! changed; the page makes one edit per count, so an import merges like any edit.

use cares_core::document::Document;
use cares_core::edits::Edit;
use cares_core::measures::{Observation, highlight_report};
use cares_core::report::{
    CountChange, MAX_COUNTS_BYTES, MarkerSeries, apply_counts, progress_series, read_counts,
};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use web_sys::HtmlInputElement;

use crate::components::plan::plan_context::{PlanMissing, edit_problem, use_open_plan};
use crate::pages::programme_markers::chart::{MarkerChart, MarkerTable};
use crate::store::files;
use crate::workspace::OpenPlan;

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
        </div>
    }
    .into_any()
}
