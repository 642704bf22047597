//! A table of the core's [`OverviewRow`]s: one row per locality, area of focus or
//! organisation, with how many actions, how many in each RAG status, how many are
//! SMART and how many are overdue. Wide tables scroll sideways on a phone inside a
//! labelled region, so the page itself never does.

use cares_core::plan::Status;
use cares_core::report::OverviewRow;
use leptos::prelude::*;

use crate::i18n::{self, t};

/// A row's name: the core's own words in the chosen language, a name people wrote
/// as written.
pub fn group_cell(name: &str) -> impl IntoView + use<> {
    match i18n::figures_group(name) {
        Some(words) => view! { <span>{words}</span> }.into_any(),
        None => view! { <span translate="no">{name.to_owned()}</span> }.into_any(),
    }
}

/// One row's cells after its name.
fn figure_cells(row: &OverviewRow) -> impl IntoView + use<> {
    let statuses = row
        .statuses
        .iter()
        .map(|(_, n)| view! { <td class="num">{n}</td> })
        .collect_view();
    view! {
        <td class="num">{row.actions}</td>
        {statuses}
        <td class="num">{row.smart}</td>
        <td class="num">{row.overdue}</td>
    }
}

/// A table of figures by group, with a total row when one is given.
#[component]
pub fn FiguresTable(
    /// The table's id (unique on the page), for its caption.
    #[prop(into)]
    id: String,
    /// The caption.
    #[prop(into)]
    caption: String,
    /// The heading of the first column ("Locality", "Area of focus").
    #[prop(into)]
    first: String,
    /// The rows.
    rows: Vec<OverviewRow>,
    /// The row for everything, at the foot.
    #[prop(optional)]
    total: Option<OverviewRow>,
    /// A note under a row's name, by the row's place ("Also written “Rccg”").
    #[prop(optional)]
    notes: Vec<String>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let statuses = Status::ALL;
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="count-table" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">{t!("programme-column-actions")}</th>
                        {statuses
                            .into_iter()
                            .map(|s| view! { <th scope="col" class="num">{i18n::status(s)}</th> })
                            .collect_view()}
                        <th scope="col" class="num">{t!("programme-column-smart")}</th>
                        <th scope="col" class="num">{t!("programme-column-overdue")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .iter()
                        .enumerate()
                        .map(|(at, row)| {
                            let note = notes
                                .get(at)
                                .filter(|n| !n.is_empty())
                                .map(|n| view! { <span class="figures-note">{n.clone()}</span> });
                            view! {
                                <tr>
                                    <th scope="row">{group_cell(&row.group)} {note}</th>
                                    {figure_cells(row)}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                {total
                    .map(|row| {
                        view! {
                            <tfoot>
                                <tr>
                                    <th scope="row">{group_cell(&row.group)}</th>
                                    {figure_cells(&row)}
                                </tr>
                            </tfoot>
                        }
                    })}
            </table>
        </div>
    }
}
