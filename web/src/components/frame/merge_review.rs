//! What merging someone else's copy will do, shown before the merge button does
//! anything ([`MergeSummary`]), and, after it, every field both people changed with
//! both values and a one-tap choice ([`MergeConflicts`]). The core decides what
//! changes and what a conflict is (`cares_core::merging`); a choice is a new edit,
//! so it merges cleanly into every other copy.

use cares_core::merging::{Conflict, MergePreview, Side};
use cares_core::text::count;
use leptos::prelude::*;

use crate::workspace::OpenPlan;

/// The changes a merge would bring in, and how many fields both people changed.
#[component]
pub fn MergeSummary(
    /// The core's preview of the merge.
    preview: MergePreview,
) -> impl IntoView {
    let lead = if preview.is_empty() {
        "Merging changes nothing here: this plan already has everything in the file.".to_owned()
    } else {
        "Merging will make these changes to your plan:".to_owned()
    };
    let mut lines: Vec<String> = preview.changes.iter().map(|c| c.describe()).collect();
    if preview.other_changes {
        lines.push("Other changes outside the actions (titles, packs or sessions)".to_owned());
    }
    let both = match preview.conflicts.len() {
        0 => None,
        n => Some(format!(
            "You both changed {} differently. After merging you can choose which to keep.",
            count(n, "thing", "things")
        )),
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
                <h2 id="merge-conflicts-heading">"You both changed these"</h2>
                <p>
                    "The merge kept one value for each. Check each one and keep the right value."
                </p>
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
    let title = format!("{}: “{}”", conflict.part.label(), conflict.what);
    let (mine_text, theirs_text) = (conflict.mine_text.clone(), conflict.theirs_text.clone());
    let keep = {
        let conflict = conflict.clone();
        move |side: Side| match plan.edit(conflict.keep(side)) {
            Ok(()) => {
                kept.set(side);
                chosen.set(true);
                error.set(None);
            }
            Err(e) => error.set(Some(format!("That could not be kept: {e}."))),
        }
    };
    let keep_theirs = keep.clone();
    let now = move || {
        let (whose, value) = match kept.get() {
            Side::Mine => ("yours", &conflict.mine_text),
            Side::Theirs => ("theirs", &conflict.theirs_text),
        };
        if chosen.get() {
            format!("Kept {whose}: {value}")
        } else {
            format!("The plan now has {whose}: {value}")
        }
    };
    view! {
        <li class="merge-conflict" aria-labelledby=item_label>
            <p class="merge-conflict__title" id=heading_id>
                {title}
            </p>
            <dl class="merge-conflict__values">
                <dt>"Yours"</dt>
                <dd>{mine_text}</dd>
                <dt>"Theirs"</dt>
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
                    "Keep mine"
                </button>
                <button
                    class="button button--secondary"
                    type="button"
                    aria-describedby=theirs_label
                    on:click=move |_| keep_theirs(Side::Theirs)
                >
                    "Keep theirs"
                </button>
            </div>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
        </li>
    }
}
