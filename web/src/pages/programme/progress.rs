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
use crate::i18n::{self, t};
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
                .map(i18n::marker_summary),
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
    let counts = match read_counts(text) {
        Ok(counts) => counts,
        Err(why) => {
            return Imported::Refused(t!(
                "programme-counts-refused",
                file = name,
                problem = crate::i18n::counts_error(&why)
            ));
        }
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
            return Imported::Refused(t!(
                "programme-counts-line-refused",
                file = name,
                line = count.line.to_string(),
                problem = edit_problem(&e)
            ));
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
                Err(why) => Imported::Refused(t!(
                    "programme-counts-unreadable",
                    file = name.as_str(),
                    problem = why.to_string()
                )),
                Ok(bytes) => import_counts(open, &name, &String::from_utf8_lossy(&bytes)),
            }));
        });
    };
    let refused = move || matches!(outcome.get(), Some(Imported::Refused(_)));
    view! {
        <section class="counts-import" aria-labelledby="counts-import-heading">
            <h2 id="counts-import-heading">{t!("programme-counts-title")}</h2>
            <div class="field" class:field--error=refused>
                <label class="field__label" for="counts-file">
                    {t!("programme-counts-file")}
                </label>
                <p class="field__hint" id="counts-file-hint">
                    {t!("programme-counts-hint")}
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
                    <p>{t!("programme-counts-reading")}</p>
                </Show>
                {move || match outcome.get() {
                    Some(Imported::Done(name, changes)) => {
                        view! {
                            <p>
                                {t!("programme-counts-imported", count = changes.len(), file = name)}
                            </p>
                            <h3>{t!("programme-counts-changed")}</h3>
                            <ul class="counts-import__changes">
                                {changes
                                    .into_iter()
                                    .map(|c| view! { <li>{count_change(&c)}</li> })
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

/// What one imported count changed ("Meeting places for carers, Maltby, 2024-25
/// Q1: 4 (was 3)"), in the chosen language.
fn count_change(change: &CountChange) -> String {
    let place = change
        .locality
        .as_deref()
        .map(str::to_owned)
        .or_else(|| i18n::figures_group(cares_core::report::BOROUGH_WIDE))
        .unwrap_or_default();
    let was = match change.before {
        None => "new",
        Some(n) if n == change.after => "unchanged",
        Some(_) => "was",
    };
    t!(
        "programme-counts-change",
        marker = i18n::progress_marker(change.marker),
        place = place,
        quarter = i18n::quarter(change.quarter),
        count = change.after.to_string(),
        was = was,
        before = change.before.map(|n| n.to_string()).unwrap_or_default()
    )
}

/// A target as typed: a whole number of 0 or more.
fn read_target(text: &str) -> Option<u64> {
    text.trim().parse::<u64>().ok()
}

/// "2024-25": the financial year starting in April of `year`, as the core writes it.
fn year_words(year: i32) -> String {
    Quarter::new(year, 1).map_or_else(|_| year.to_string(), i18n::financial_year)
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
            Some(v) => v,
            None => {
                error.set(Some(t!("programme-target-not-number")));
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
                status.set(t!(
                    "programme-target-set",
                    marker = i18n::progress_marker(m),
                    year = year_words(y),
                    target = value.to_string()
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
            <h2 id="target-heading">{t!("programme-target-title")}</h2>
            <div class="field">
                <label class="field__label" for="target-marker">{t!("programme-target-marker")}</label>
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
                        .map(|m| view! { <option value=m.key()>{i18n::progress_marker(m)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="target-year">{t!("programme-target-year")}</label>
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
                <label class="field__label" for="target-value">{t!("programme-target-value")}</label>
                <p class="field__hint" id="target-value-hint">
                    {t!("programme-target-hint")}
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
                {t!("programme-target-button")}
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
            <h1>{t!("programme-nav-progress")}</h1>
            <p>
                {t!("programme-progress-intro")}
            </p>
            <CountsImport open=open />
            <Show when=move || all.with(Vec::is_empty)>
                <p>{t!("programme-progress-empty")}</p>
            </Show>
            {move || {
                all.get()
                    .into_iter()
                    .map(|panel| {
                        let heading_id = format!("marker-{}", panel.series.marker.key());
                        let label = heading_id.clone();
                        view! {
                            <section class="marker" aria-labelledby=label>
                                <h2 id=heading_id>{i18n::progress_marker(panel.series.marker)}</h2>
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
        assert_eq!(read_target(" 12 "), Some(12));
        for bad in ["", "twelve", "-3", "2.5"] {
            assert!(read_target(bad).is_none(), "{bad:?} is refused");
        }
        assert_eq!(year_words(2024), "2024-25");
    }
}
