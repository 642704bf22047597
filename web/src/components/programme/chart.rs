//! Small SVG charts for the programme pages: a progress marker over the quarters (a
//! line per locality, the target dotted) and the position statement's share of
//! "mostly" or "fully" per quality theme. Each is hidden from screen readers, which
//! read the table of the same numbers beside it; the figures come from the core's
//! view-models, and only the drawing is here.

use cares_core::report::MarkerSeries;
use leptos::prelude::*;

use crate::components::programme::figures_table::group_cell;
use crate::i18n::{self, t};

/// The drawing's size in SVG units; it scales to the width it is given.
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 190.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 40.0;

/// How many line styles there are (colour and dash, in `markers.css`) before they repeat.
const LINE_STYLES: usize = 4;

/// An SVG path through the values, lifting the pen over quarters with no count.
fn path(values: &[Option<u64>], x: impl Fn(usize) -> f64, y: impl Fn(u64) -> f64) -> String {
    let mut d = String::new();
    let mut pen_up = true;
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                let step = if pen_up { 'M' } else { 'L' };
                d.push_str(&format!("{step}{:.1} {:.1} ", x(i), y(*v)));
                pen_up = false;
            }
            None => pen_up = true,
        }
    }
    d
}

/// The target as a short level stroke across each quarter that has one, so a target
/// for a single quarter shows as well as a year's.
fn steps(
    values: &[Option<u64>],
    column: f64,
    x: impl Fn(usize) -> f64,
    y: impl Fn(u64) -> f64,
) -> String {
    let half = column * 0.4;
    let mut d = String::new();
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            let (left, right, level) = (x(i) - half, x(i) + half, y(*v));
            d.push_str(&format!("M{left:.1} {level:.1} L{right:.1} {level:.1} "));
        }
    }
    d
}

/// A marker's counts over the quarters: a line per locality with a dot on each count,
/// the target dotted in grey, and a key naming each line.
#[component]
pub fn MarkerChart(
    /// The marker's series, from the core.
    series: MarkerSeries,
) -> impl IntoView {
    let quarters = series.quarters.clone();
    let highest = series
        .lines
        .iter()
        .flat_map(|l| l.values.iter().flatten())
        .chain(series.targets.iter().flatten())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let columns = quarters.len().max(1) as f64;
    let x = move |i: usize| LEFT + (WIDTH - LEFT - RIGHT) * (i as f64 + 0.5) / columns;
    let y = move |v: u64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v as f64 / highest as f64);
    let base = HEIGHT - BOTTOM;
    let target = steps(&series.targets, (WIDTH - LEFT - RIGHT) / columns, x, y);
    let has_target = !target.is_empty();
    let lines: Vec<_> = series
        .lines
        .iter()
        .enumerate()
        .map(|(n, line)| {
            let style = format!("chart__line chart__line--{}", n % LINE_STYLES);
            // A dot on every count, so a quarter counted alone still shows.
            let dots: Vec<(f64, f64)> = line
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (x(i), y(v))))
                .collect();
            (line.locality.clone(), style, path(&line.values, x, y), dots)
        })
        .collect();
    let key: Vec<(String, String)> = lines
        .iter()
        .map(|(name, style, _, _)| (name.clone(), style.clone()))
        .collect();
    view! {
        <figure class="chart" aria-hidden="true">
            <svg
                class="chart__drawing"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                focusable="false"
            >
                <line class="chart__grid" x1=LEFT y1=TOP x2=WIDTH - RIGHT y2=TOP />
                <line class="chart__axis" x1=LEFT y1=base x2=WIDTH - RIGHT y2=base />
                <text class="chart__label" x=LEFT - 6.0 y=TOP + 4.0 text-anchor="end">
                    {highest.to_string()}
                </text>
                <text class="chart__label" x=LEFT - 6.0 y=base + 4.0 text-anchor="end">
                    "0"
                </text>
                {quarters
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let number = t!("programme-chart-quarter", number = q.number());
                        let year = i18n::financial_year(*q);
                        // The year under the first quarter shown and under each Q1.
                        let show_year = i == 0 || q.number() == 1;
                        view! {
                            <text class="chart__label" x=format!("{:.1}", x(i)) y=base + 16.0 text-anchor="middle">
                                {number}
                            </text>
                            {show_year
                                .then(|| {
                                    view! {
                                        <text
                                            class="chart__label"
                                            x=format!("{:.1}", x(i))
                                            y=base + 32.0
                                            text-anchor="middle"
                                        >
                                            {year}
                                        </text>
                                    }
                                })}
                        }
                    })
                    .collect_view()}
                {has_target.then(|| view! { <path class="chart__target" d=target /> })}
                {lines
                    .into_iter()
                    .map(|(_, style, d, dots)| {
                        let dots = dots
                            .into_iter()
                            .map(|(cx, cy)| {
                                view! {
                                    <circle
                                        class=format!("{style} chart__dot")
                                        cx=format!("{cx:.1}")
                                        cy=format!("{cy:.1}")
                                        r="3"
                                    />
                                }
                            })
                            .collect_view();
                        view! {
                            <path class=style d=d />
                            {dots}
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption>
                <ul class="chart__key">
                    {key
                        .into_iter()
                        .map(|(name, style)| {
                            view! {
                                <li>
                                    <svg class="chart__swatch" viewBox="0 0 28 10" focusable="false">
                                        <line class=style x1="1" y1="5" x2="27" y2="5" />
                                    </svg>
                                    {group_cell(&name)}
                                </li>
                            }
                        })
                        .collect_view()}
                    {has_target
                        .then(|| {
                            view! {
                                <li>
                                    <svg class="chart__swatch" viewBox="0 0 28 10" focusable="false">
                                        <line class="chart__target" x1="1" y1="5" x2="27" y2="5" />
                                    </svg>
                                    {t!("programme-chart-target")}
                                </li>
                            }
                        })}
                </ul>
            </figcaption>
        </figure>
    }
}

/// A marker's numbers for screen readers (and anyone who wants the figures): a row per
/// locality, a column per quarter, the change since last quarter, then the target and
/// the borough's total.
#[component]
pub fn MarkerTable(
    /// The marker's series, from the core.
    series: MarkerSeries,
) -> impl IntoView {
    let id = format!("marker-table-{}", series.marker.key());
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let number = |v: &Option<u64>| v.map_or_else(|| "\u{2013}".to_owned(), |v| v.to_string());
    let has_target = series.targets.iter().any(Option::is_some);
    let table_label = caption_id.clone();
    // The title sits above the scrolling box, so a phone shows it whole.
    view! {
        <p class="marker-table__title" id=caption_id>
            {t!(
                "programme-marker-table-caption",
                marker = i18n::progress_marker(series.marker),
                unit = i18n::marker_unit(series.marker)
            )}
        </p>
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
            <table class="count-table marker-table" id=id aria-labelledby=table_label>
                <thead>
                    <tr>
                        <th scope="col">{t!("programme-column-locality")}</th>
                        {series
                            .quarters
                            .iter()
                            .map(|q| view! { <th scope="col" class="num marker-table__quarter">{i18n::quarter(*q)}</th> })
                            .collect_view()}
                        <th scope="col">{t!("programme-column-change")}</th>
                    </tr>
                </thead>
                <tbody>
                    {series
                        .lines
                        .iter()
                        .map(|line| {
                            view! {
                                <tr>
                                    <th scope="row">{group_cell(&line.locality)}</th>
                                    {line
                                        .values
                                        .iter()
                                        .map(|v| view! { <td class="num">{number(v)}</td> })
                                        .collect_view()}
                                    <td>
                                        {line
                                            .change
                                            .map_or_else(|| "\u{2013}".to_owned(), |c| i18n::marker_change(&c))}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    {has_target
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{t!("programme-chart-target")}</th>
                                    {series
                                        .targets
                                        .iter()
                                        .map(|v| view! { <td class="num">{number(v)}</td> })
                                        .collect_view()}
                                    <td></td>
                                </tr>
                            }
                        })}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t!("programme-borough-total")}</th>
                        {series
                            .totals
                            .iter()
                            .map(|v| view! { <td class="num">{number(v)}</td> })
                            .collect_view()}
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// One bar of a [`ShareChart`]: a name and a share from 0 to 100 (none when nobody
/// answered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareBar {
    /// What the bar is for ("Awareness and culture").
    pub name: String,
    /// The share, as a whole percentage.
    pub percent: Option<u32>,
}

/// Horizontal bars, one per name, each as long as its share of 100%.
#[component]
pub fn ShareChart(
    /// The bars, top to bottom.
    bars: Vec<ShareBar>,
) -> impl IntoView {
    const ROW: f64 = 40.0;
    const BAR: f64 = 14.0;
    let height = ROW * bars.len().max(1) as f64 + 8.0;
    let span = WIDTH - 48.0;
    view! {
        <figure class="chart" aria-hidden="true">
            <svg
                class="chart__drawing"
                viewBox=format!("0 0 {WIDTH} {height}")
                focusable="false"
            >
                {bars
                    .into_iter()
                    .enumerate()
                    .map(|(i, bar)| {
                        let top = ROW * i as f64;
                        let share = f64::from(bar.percent.unwrap_or(0).min(100)) / 100.0;
                        let words = bar
                            .percent
                            .map_or_else(|| t!("programme-no-answers"), |p| format!("{p}%"));
                        view! {
                            <text class="chart__label" x="0" y=top + 12.0 translate="no">
                                {bar.name}
                            </text>
                            <rect class="chart__track" x="0" y=top + 17.0 width=span height=BAR />
                            <rect
                                class="chart__bar"
                                x="0"
                                y=top + 17.0
                                width=format!("{:.1}", span * share)
                                height=BAR
                            />
                            <text class="chart__label" x=span + 4.0 y=top + 28.0>
                                {words}
                            </text>
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_a_level_stroke_across_each_quarter_that_has_one() {
        let d = steps(&[None, Some(2)], 10.0, |i| i as f64 * 10.0, |v| v as f64);
        assert_eq!(d, "M6.0 2.0 L14.0 2.0 ");
    }

    #[test]
    fn a_line_lifts_the_pen_over_a_quarter_with_no_count() {
        let d = path(
            &[Some(1), None, Some(2), Some(3)],
            |i| i as f64,
            |v| v as f64,
        );
        assert_eq!(d, "M0.0 1.0 M2.0 2.0 L3.0 3.0 ");
    }
}
