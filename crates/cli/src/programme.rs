//! The programme commands' output: `cares borough`, `highlight`, `position` and
//! `empowerment`, laid out from cares-core's view-models (`cares_core::report`) as
//! Markdown, a complete HTML page or plain text, and `--json` for programs. The
//! figures and words all come from the core; this module only arranges them.

use std::fmt::Write as _;

use cares_core::audit::long_date;
use cares_core::report::{
    BoroughView, CountChange, EmpowermentView, HighlightView, MarkerSeries, OverviewRow,
    PositionView,
};
use cares_core::text::count;
use cares_l10n::Args;

use crate::args::ReportFormat;
use crate::language::Language;
use crate::report::{CSS, esc, group_cells, group_columns, md};

/// One piece of a report, laid out as Markdown or HTML.
enum Block {
    /// A heading below the title (level 2 or 3).
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// A list.
    List(Vec<String>),
    /// A table: caption, header, rows; every column after the first holds numbers
    /// when `numeric` is true.
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: bool,
    },
    /// A marker's chart (HTML only: the same numbers are in the table after it).
    Chart(MarkerSeries),
}

fn progress_table(caption: &str, first: &str, rows: &[OverviewRow]) -> Block {
    let mut head = vec![first.to_owned()];
    head.extend(group_columns().iter().map(|c| (*c).to_owned()));
    Block::Table {
        caption: caption.to_owned(),
        head,
        rows: rows.iter().map(group_cells).collect(),
        numeric: true,
    }
}

fn render(title: &str, blocks: &[Block], format: ReportFormat) -> String {
    match format {
        ReportFormat::Markdown => markdown(title, blocks),
        ReportFormat::Html => html(title, blocks),
    }
}

fn markdown(title: &str, blocks: &[Block]) -> String {
    let mut out = format!("# {}\n", md(title));
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                let _ = write!(out, "\n{} {}\n", "#".repeat(usize::from(*level)), md(text));
            }
            Block::Para(text) => {
                let _ = write!(out, "\n{}\n", md(text));
            }
            Block::List(items) => {
                out.push('\n');
                for item in items {
                    let _ = writeln!(out, "- {}", md(item));
                }
            }
            Block::Table {
                head,
                rows,
                numeric,
                ..
            } => {
                let cells: Vec<String> = head.iter().map(|h| md(h)).collect();
                let _ = write!(out, "\n| {} |\n|---|", cells.join(" | "));
                let rule = if *numeric { "---:|" } else { "---|" };
                out.push_str(&rule.repeat(head.len().saturating_sub(1)));
                out.push('\n');
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
            }
            Block::Chart(_) => {}
        }
    }
    out
}

fn html(title: &str, blocks: &[Block]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}{CHART_CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>",
        esc(title),
        esc(title)
    );
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                let _ = writeln!(out, "<h{level}>{}</h{level}>", esc(text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "<p>{}</p>", esc(text));
            }
            Block::List(items) => {
                let _ = writeln!(out, "<ul>");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", esc(item));
                }
                let _ = writeln!(out, "</ul>");
            }
            Block::Table {
                caption,
                head,
                rows,
                numeric,
            } => {
                let class = if *numeric { " class=\"n\"" } else { "" };
                let _ = write!(
                    out,
                    "<table>\n<caption>{}</caption>\n<thead><tr>",
                    esc(caption)
                );
                for (i, h) in head.iter().enumerate() {
                    let class = if i == 0 { "" } else { class };
                    let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", esc(h));
                }
                let _ = writeln!(out, "</tr></thead>\n<tbody>");
                for row in rows {
                    let _ = write!(out, "<tr>");
                    for (i, cell) in row.iter().enumerate() {
                        if i == 0 {
                            let _ = write!(out, "<th scope=\"row\">{}</th>", esc(cell));
                        } else {
                            let _ = write!(out, "<td{class}>{}</td>", esc(cell));
                        }
                    }
                    let _ = writeln!(out, "</tr>");
                }
                let _ = writeln!(out, "</tbody>\n</table>");
            }
            Block::Chart(series) => chart(&mut out, series),
        }
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}

const CHART_CSS: &str = "\
svg.chart{display:block;max-width:36rem;width:100%;height:auto;margin:.5rem 0}
svg.chart text{font-size:11px;fill:#1b1b1b}
@page{size:A4;margin:15mm}
";

/// Line colours that meet 3:1 against white, told apart by their dash too.
const LINES: [(&str, &str); 4] = [
    ("#1d4f91", ""),
    ("#b10e1e", "6 3"),
    ("#00703c", "2 3"),
    ("#6b3fa0", "8 3 2 3"),
];

/// A small line chart: quarters along the bottom, a line per locality, the target
/// dashed in grey. Hidden from screen readers, which read the table after it.
fn chart(out: &mut String, series: &MarkerSeries) {
    let (width, height, left, bottom, top) = (360.0_f64, 160.0_f64, 36.0, 24.0, 8.0);
    let values = series
        .lines
        .iter()
        .flat_map(|l| l.values.iter().flatten())
        .chain(series.targets.iter().flatten());
    let max = values.copied().max().unwrap_or(0).max(1) as f64;
    let columns = series.quarters.len().max(1) as f64;
    let x = |i: usize| left + (width - left - 8.0) * (i as f64 + 0.5) / columns;
    let y = |v: u64| top + (height - top - bottom) * (1.0 - v as f64 / max);
    let _ = writeln!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\" focusable=\"false\">"
    );
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#6b6b6b\"/>",
        height - bottom,
        width - 8.0,
        height - bottom
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        left - 4.0,
        top + 8.0,
        max as u64
    );
    for (i, quarter) in series.quarters.iter().enumerate() {
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">Q{}</text>",
            x(i),
            height - 8.0,
            quarter.number()
        );
    }
    let path = |values: &[Option<u64>]| -> String {
        let mut d = String::new();
        let mut pen_up = true;
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => {
                    let _ = write!(
                        d,
                        "{}{:.1} {:.1} ",
                        if pen_up { "M" } else { "L" },
                        x(i),
                        y(*v)
                    );
                    pen_up = false;
                }
                None => pen_up = true,
            }
        }
        d
    };
    let target = path(&series.targets);
    if !target.is_empty() {
        let _ = writeln!(
            out,
            "<path d=\"{target}\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"1.5\" stroke-dasharray=\"1 4\"/>"
        );
    }
    for (n, line) in series.lines.iter().enumerate() {
        let (colour, dash) = LINES[n % LINES.len()];
        let _ = writeln!(
            out,
            "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\"/>",
            path(&line.values)
        );
        if let Some((i, Some(last))) = line
            .values
            .iter()
            .enumerate()
            .rev()
            .find(|(_, v)| v.is_some())
        {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"/>",
                x(i),
                y(*last)
            );
        }
    }
    let _ = writeln!(out, "</svg>");
}

/// A marker's numbers: a row per locality, a column per quarter, then the target.
fn series_table(series: &MarkerSeries) -> Block {
    let mut head = vec!["Locality".to_owned()];
    head.extend(series.quarters.iter().map(ToString::to_string));
    head.push("Change".to_owned());
    let number = |v: &Option<u64>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
    let mut rows: Vec<Vec<String>> = series
        .lines
        .iter()
        .map(|line| {
            let mut row = vec![line.locality.clone()];
            row.extend(line.values.iter().map(number));
            row.push(line.change.map_or_else(|| "–".to_owned(), |c| c.describe()));
            row
        })
        .collect();
    if series.targets.iter().any(Option::is_some) {
        let mut row = vec!["Target".to_owned()];
        row.extend(series.targets.iter().map(number));
        row.push(String::new());
        rows.push(row);
    }
    Block::Table {
        caption: format!("{} ({}) by locality and quarter", series.label, series.unit),
        head,
        rows,
        numeric: true,
    }
}

fn borough_blocks(view: &BoroughView, blocks: &mut Vec<Block>) {
    let localities: Vec<OverviewRow> = view.localities.iter().map(|l| l.figures.clone()).collect();
    let mut with_total = localities;
    with_total.push(view.total.clone());
    blocks.push(Block::Heading(2, "Progress by locality".into()));
    blocks.push(progress_table(
        "Actions by locality",
        "Locality",
        &with_total,
    ));
    blocks.push(Block::Heading(2, "Progress by area of focus".into()));
    blocks.push(progress_table(
        "Actions in every locality by area of focus",
        "Area of focus",
        &view.by_focus_area,
    ));
    for locality in &view.localities {
        blocks.push(Block::Heading(
            3,
            format!("{}: by area of focus", locality.locality),
        ));
        blocks.push(progress_table(
            &format!("{} by area of focus", locality.plan),
            "Area of focus",
            &locality.by_focus_area,
        ));
        if !locality.top_findings.is_empty() {
            blocks.push(Block::Para(format!(
                "What the audit finds most often in {}: {}.",
                locality.locality,
                locality
                    .top_findings
                    .iter()
                    .map(|f| format!("{} ({})", f.phrase(), f.count))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
}

/// `cares borough`.
pub fn borough(view: &BoroughView, format: ReportFormat) -> String {
    let mut blocks = vec![Block::Para(format!(
        "{} in {}, as of {}.",
        count(view.total.actions, "action", "actions"),
        count(view.localities.len(), "plan", "plans"),
        long_date(view.as_of)
    ))];
    borough_blocks(view, &mut blocks);
    blocks.push(Block::Heading(2, "Progress by lead organisation".into()));
    blocks.push(progress_table(
        "Actions by lead organisation",
        "Organisation",
        &view
            .by_organisation
            .iter()
            .map(|o| o.figures.clone())
            .collect::<Vec<_>>(),
    ));
    let notes: Vec<String> = view
        .by_organisation
        .iter()
        .filter(|o| o.spellings.len() > 1 || !o.related.is_empty())
        .map(|o| {
            let mut note = o.name.clone();
            if o.spellings.len() > 1 {
                let _ = write!(note, " is also written {}", others(&o.spellings, &o.name));
            }
            if !o.related.is_empty() {
                let joiner = if o.spellings.len() > 1 {
                    "; related to"
                } else {
                    " is related to"
                };
                let _ = write!(note, "{joiner} {}", o.related.join(", "));
            }
            note
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(Block::List(notes));
    }
    blocks.push(Block::Heading(2, "What the audit finds most often".into()));
    if view.findings.is_empty() {
        blocks.push(Block::Para(
            "Nothing: every action has what it needs.".into(),
        ));
    } else {
        blocks.push(Block::Table {
            caption: "Findings of the SMART audit in every plan".into(),
            head: vec!["Finding".into(), "How many".into()],
            rows: view
                .findings
                .iter()
                .map(|f| vec![f.phrase().to_owned(), f.count.to_string()])
                .collect(),
            numeric: true,
        });
    }
    render("The borough at a glance", &blocks, format)
}

fn others(spellings: &[String], name: &str) -> String {
    spellings
        .iter()
        .filter(|s| *s != name)
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `cares highlight`.
pub fn highlight(view: &HighlightView, format: ReportFormat) -> String {
    let mut blocks = vec![Block::Para(format!(
        "Plans as of {}, the last day of the quarter.",
        long_date(view.as_of)
    ))];
    borough_blocks(&view.plans, &mut blocks);
    blocks.push(Block::Heading(2, "Progress markers".into()));
    if view.markers.is_empty() {
        blocks.push(Block::Para(
            "No progress figures for this quarter yet.".into(),
        ));
    } else {
        blocks.push(Block::List(
            view.markers.iter().map(|m| m.summary.clone()).collect(),
        ));
    }
    for series in &view.series {
        blocks.push(Block::Heading(3, series.label.to_owned()));
        blocks.push(Block::Chart(series.clone()));
        blocks.push(series_table(series));
    }
    blocks.push(Block::Heading(2, "Carer Empowerment Plan".into()));
    if view.empowerment.is_empty() {
        blocks.push(Block::Para(
            "Every key meeting has a carer voice, and no rep is asked too much.".into(),
        ));
    } else {
        blocks.push(Block::List(
            view.empowerment
                .iter()
                .map(|c| format!("{}: {}", c.phrase, c.count))
                .collect(),
        ));
    }
    blocks.push(Block::Heading(2, "Co-production sessions".into()));
    blocks.push(Block::Para(format!(
        "{} held, with {} taking part.",
        count(view.sessions.len(), "session", "sessions"),
        count(view.people, "person", "people")
    )));
    if !view.sessions.is_empty() {
        blocks.push(Block::Table {
            caption: "Sessions held this quarter".into(),
            head: vec![
                "Session".into(),
                "Locality".into(),
                "Date".into(),
                "People".into(),
            ],
            rows: view
                .sessions
                .iter()
                .map(|s| {
                    vec![
                        s.title.clone(),
                        s.locality.clone(),
                        long_date(s.date),
                        s.people.to_string(),
                    ]
                })
                .collect(),
            numeric: false,
        });
    }
    blocks.push(Block::Heading(2, "Top improvement actions".into()));
    if view.improvement_actions.is_empty() {
        blocks.push(Block::Para(
            "No organisation has named an improvement action yet.".into(),
        ));
    } else {
        blocks.push(Block::List(
            view.improvement_actions
                .iter()
                .map(|a| format!("{} ({}): {}", a.action, a.theme, a.organisations.join(", ")))
                .collect(),
        ));
    }
    render(&view.title, &blocks, format)
}

/// `cares position`, for people.
pub fn position_text(view: &PositionView) -> String {
    let mut out = String::from("Position statement\n");
    if view.organisations.is_empty() {
        out.push_str("\nNo organisation has assessed itself yet.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "\n{}: {}.",
        count(view.organisations.len(), "organisation", "organisations"),
        view.organisations.join(", ")
    );
    for theme in &view.themes {
        let _ = writeln!(out, "\n{}", theme.summary);
        let ratings: Vec<String> = theme
            .ratings
            .iter()
            .map(|r| format!("{} {}", r.label, r.count))
            .collect();
        let _ = writeln!(out, "  {}", ratings.join(", "));
        if !theme.not_answered_by.is_empty() {
            let _ = writeln!(
                out,
                "  Not answered by: {}",
                theme.not_answered_by.join(", ")
            );
        }
        for action in &theme.improvement_actions {
            let _ = writeln!(
                out,
                "  To improve: {} ({})",
                action.action,
                action.organisations.join(", ")
            );
        }
    }
    if !view.strongest.is_empty() {
        let _ = writeln!(out, "\nStrongest: {}.", view.strongest.join(", "));
    }
    if !view.weakest.is_empty() {
        let _ = writeln!(out, "Weakest: {}.", view.weakest.join(", "));
    }
    out
}

/// `cares empowerment`, for people, in the chosen language.
pub fn empowerment_text(view: &EmpowermentView, lang: &Language) -> String {
    let months = view.from.months();
    let title = Args::new()
        .with("quarter", view.from.to_string())
        .with("number", u32::from(view.from.number()))
        .with("year", months.rsplit(' ').next().unwrap_or_default());
    let voice = Args::new()
        .with("reps", view.reps)
        .with("voiced", view.key_meetings_with_carer_voice)
        .with("key", view.key_meetings);
    let mut out = format!(
        "{}\n\n{}\n",
        lang.say("cli-empowerment-title", &title),
        lang.say("cli-empowerment-voice", &voice)
    );
    if view.findings.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            lang.say("cli-empowerment-nothing", &Args::new())
        );
        return out;
    }
    for c in &view.counts {
        let phrase = lang.say(
            &format!("programme-empowerment-{}", c.code.key()),
            &Args::new(),
        );
        let _ = writeln!(out, "  {phrase:<45} {:>3}", c.count);
    }
    out.push('\n');
    for finding in &view.findings {
        let _ = writeln!(out, "- {}", lang.wording(&finding.wording));
    }
    out
}

/// What `cares progress import` says it changed, in the chosen language: the same
/// words as the web app's counts import ("Meeting places for carers, Maltby, 2024-25
/// Q1: 4 (was 3)").
pub fn changes_text(changes: &[CountChange], into: &std::path::Path, lang: &Language) -> String {
    let put = Args::new()
        .with("count", changes.len())
        .with("file", into.display().to_string());
    let mut out = format!("{}\n", lang.say("cli-progress-put", &put));
    let no_args = Args::new();
    for change in changes {
        let place = match change.locality.as_deref() {
            Some(locality) => locality.to_owned(),
            None => lang.say("programme-group-borough-wide", &no_args),
        };
        let quarter = change.quarter.to_string();
        let year = quarter.split_once(' ').map_or(quarter.as_str(), |(y, _)| y);
        let quarter = Args::new()
            .with("year", year)
            .with("number", u32::from(change.quarter.number()));
        let was = match change.before {
            None => "new",
            Some(n) if n == change.after => "unchanged",
            Some(_) => "was",
        };
        let said = Args::new()
            .with(
                "marker",
                lang.say(
                    &format!("programme-marker-{}", change.marker.key()),
                    &no_args,
                ),
            )
            .with("place", place)
            .with("quarter", lang.say("programme-quarter", &quarter))
            .with("count", change.after.to_string())
            .with("was", was)
            .with(
                "before",
                change.before.map(|n| n.to_string()).unwrap_or_default(),
            );
        let _ = writeln!(out, "  {}", lang.say("programme-counts-change", &said));
    }
    out
}

/// A view as pretty JSON, for programs.
pub fn json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string_pretty(view).unwrap_or_else(|_| "{}".to_owned()) + "\n"
}
