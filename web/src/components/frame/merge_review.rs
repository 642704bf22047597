//! What merging someone else's copy will do, shown before the merge button does
//! anything ([`MergeSummary`]), and, after it, every field both people changed with
//! both values and a one-tap choice ([`MergeConflicts`]). The core decides what
//! changes and what a conflict is (`cares_core::merging`); a choice is a new edit,
//! so it merges cleanly into every other copy.

use cares_core::merging::{Conflict, MergePreview, Side};
use leptos::prelude::*;

use crate::i18n::{self, t};
use crate::workspace::OpenPlan;

/// The changes a merge would bring in, and how many fields both people changed.
#[component]
pub fn MergeSummary(
    /// The core's preview of the merge.
    preview: MergePreview,
) -> impl IntoView {
    let lead = if preview.is_empty() {
        t!("frame-merge-nothing")
    } else {
        t!("frame-merge-will")
    };
    let mut lines: Vec<String> = preview.changes.iter().map(i18n::merge_change).collect();
    if preview.other_changes {
        lines.push(t!("frame-merge-other"));
    }
    let both = match preview.conflicts.len() {
        0 => None,
        n => Some(t!("frame-merge-both", count = n)),
    };
    view! {
        <div class="file-choice__detail merge-summary">
            <p>{lead}</p>
            {(!lines.is_empty())
                .then(|| {
                    view! {
                        <ul class="merge-summary__changes">
                            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    }
                })}
            {both.map(|words| view! { <p class="merge-summary__both">{words}</p> })}
        </div>
    }
}

/// Every field both people changed, with both values; "Keep mine" or "Keep theirs"
/// makes the choice as a new edit.
#[component]
pub fn MergeConflicts(
    /// The open plan, where a choice is made.
    plan: OpenPlan,
    /// The conflicts the merge had.
    conflicts: Vec<Conflict>,
) -> impl IntoView {
    (!conflicts.is_empty()).then(|| {
        view! {
            <section class="merge-conflicts" aria-labelledby="merge-conflicts-heading">
                <h2 id="merge-conflicts-heading">{t!("frame-conflicts-title")}</h2>
                <p>{t!("frame-conflicts-intro")}</p>
                <ul class="merge-conflicts__list">
                    {conflicts
                        .into_iter()
                        .enumerate()
                        .map(|(n, conflict)| view! { <ConflictChoice plan conflict n /> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// One field both people changed.
#[component]
fn ConflictChoice(plan: OpenPlan, conflict: Conflict, n: usize) -> impl IntoView {
    let kept = RwSignal::new(conflict.winner);
    let chosen = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let heading_id = format!("merge-conflict-{n}");
    let (item_label, mine_label, theirs_label) =
        (heading_id.clone(), heading_id.clone(), heading_id.clone());
    let title = t!(
        "frame-conflict-title",
        part = i18n::action_part(conflict.part),
        what = conflict.what.as_str()
    );
    // The values in the reader's language: what people wrote as written, dates and
    // "(empty)" in the language's own words.
    let mine_text = i18n::wording(&conflict.mine_wording, &conflict.mine_text);
    let theirs_text = i18n::wording(&conflict.theirs_wording, &conflict.theirs_text);
    let keep = {
        let conflict = conflict.clone();
        move |side: Side| match plan.edit(conflict.keep(side)) {
            Ok(()) => {
                kept.set(side);
                chosen.set(true);
                error.set(None);
            }
            Err(e) => error.set(Some(t!(
                "frame-conflict-not-kept",
                reason = i18n::not_done(&e)
            ))),
        }
    };
    let keep_theirs = keep.clone();
    let (mine_value, theirs_value) = (mine_text.clone(), theirs_text.clone());
    let now = move || {
        let (whose, value) = match kept.get() {
            Side::Mine => ("mine", mine_value.as_str()),
            Side::Theirs => ("theirs", theirs_value.as_str()),
        };
        if chosen.get() {
            t!("frame-conflict-kept", whose = whose, value = value)
        } else {
            t!("frame-conflict-now", whose = whose, value = value)
        }
    };
    view! {
        <li class="merge-conflict" aria-labelledby=item_label>
            <p class="merge-conflict__title" id=heading_id>
                {title}
            </p>
            <dl class="merge-conflict__values">
                <dt>{t!("frame-conflict-yours")}</dt>
                <dd>{mine_text}</dd>
                <dt>{t!("frame-conflict-theirs")}</dt>
                <dd>{theirs_text}</dd>
            </dl>
            <p class="merge-conflict__now" role="status">
                {now}
            </p>
            <div class="button-row">
                <button
                    class="button"
                    type="button"
                    aria-describedby=mine_label
                    on:click=move |_| keep(Side::Mine)
                >
                    {t!("frame-conflict-keep-mine")}
                </button>
                <button
                    class="button button--secondary"
                    type="button"
                    aria-describedby=theirs_label
                    on:click=move |_| keep_theirs(Side::Theirs)
                >
                    {t!("frame-conflict-keep-theirs")}
                </button>
            </div>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
        </li>
    }
}
