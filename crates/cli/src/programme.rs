//! The programme commands' output: `cares borough`, `highlight`, `position` and
//! `empowerment`, laid out from cares-core's view-models (`cares_core::report`) as
//! Markdown, a complete HTML page or plain text, and `--json` for programs. The
//! figures and words all come from the core; this module only arranges them.

use std::fmt::Write as _;

use cares_core::assessment::Rating;
use cares_core::measures::{Change, MarkerLine, TargetPeriod};
use cares_core::network::Quarter;
use cares_core::report::{
    BoroughView, CountChange, EmpowermentView, HighlightView, MarkerSeries, OverviewRow,
    PositionView,
};
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

fn progress_table(caption: String, first: String, rows: &[OverviewRow], lang: &Language) -> Block {
    let mut head = vec![first];
    head.extend(group_columns(lang));
    Block::Table {
        caption,
        head,
        rows: rows.iter().map(|row| group_cells(row, lang)).collect(),
        numeric: true,
    }
}

fn render(title: &str, blocks: &[Block], format: ReportFormat, lang: &Language) -> String {
    match format {
        ReportFormat::Markdown => markdown(title, blocks),
        ReportFormat::Html => html(title, blocks, lang),
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

fn html(title: &str, blocks: &[Block], lang: &Language) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}{CHART_CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>",
        lang.tag(),
        lang.dir(),
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
            Block::Chart(series) => chart(&mut out, series, lang),
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
fn chart(out: &mut String, series: &MarkerSeries, lang: &Language) {
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
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            x(i),
            height - 8.0,
            esc(&lang.say(
                "programme-chart-quarter",
                &Args::new().with("number", u32::from(quarter.number()))
            ))
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
fn series_table(series: &MarkerSeries, lang: &Language) -> Block {
    let mut head = vec![lang.words("programme-column-locality")];
    head.extend(series.quarters.iter().map(|q| lang.quarter(*q)));
    head.push(lang.words("cli-highlight-column-change"));
    let number = |v: &Option<u64>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
    let mut rows: Vec<Vec<String>> = series
        .lines
        .iter()
        .map(|line| {
            let mut row = vec![lang.group(&line.locality)];
            row.extend(line.values.iter().map(number));
            row.push(
                line.change
                    .as_ref()
                    .map_or_else(|| "–".to_owned(), |c| change_text(c, lang)),
            );
            row
        })
        .collect();
    if series.targets.iter().any(Option::is_some) {
        let mut row = vec![lang.words("programme-chart-target")];
        row.extend(series.targets.iter().map(number));
        row.push(String::new());
        rows.push(row);
    }
    let caption = Args::new()
        .with("marker", lang.marker(series.marker))
        .with("unit", lang.unit(series.marker));
    Block::Table {
        caption: lang.say("programme-marker-table-caption", &caption),
        head,
        rows,
        numeric: true,
    }
}

/// A marker's change since last quarter ("up 2 (50%) since last quarter").
fn change_text(change: &Change, lang: &Language) -> String {
    let direction = match change.absolute.signum() {
        1 => "up",
        -1 => "down",
        _ => "none",
    };
    let percent = change
        .percent
        .map_or_else(|| "none".to_owned(), |p| p.abs().round().to_string());
    let args = Args::new()
        .with("direction", direction)
        .with("size", change.absolute.unsigned_abs())
        .with("percent", percent);
    lang.say("programme-change", &args)
}

/// A financial year as people say it ("2024-25").
fn financial_year(quarter: Quarter, lang: &Language) -> String {
    let written = quarter.to_string();
    let year = written.split_once(' ').map_or(written.as_str(), |(y, _)| y);
    lang.say("programme-financial-year", &Args::new().with("year", year))
}

/// A progress marker's quarter in one sentence: the count, the change and the
/// target, as the web app's highlight report says it.
fn marker_summary(line: &MarkerLine, lang: &Language) -> String {
    let (target_kind, year) = match (line.progress.target, line.progress.period.as_ref()) {
        (Some(_), Some(TargetPeriod::Quarter { .. })) => ("quarter", String::new()),
        (Some(_), Some(TargetPeriod::Year { starts_in })) => (
            "year",
            Quarter::new(*starts_in, 1)
                .map_or_else(|_| starts_in.to_string(), |q| financial_year(q, lang)),
        ),
        _ => ("none", String::new()),
    };
    let args = Args::new()
        .with("marker", lang.marker(line.marker))
        .with("recorded", if line.value.is_some() { "yes" } else { "no" })
        .with(
            "count",
            line.value.map(|v| v.to_string()).unwrap_or_default(),
        )
        .with("unit", lang.unit(line.marker))
        .with("changed", if line.change.is_some() { "yes" } else { "no" })
        .with(
            "change",
            line.change
                .as_ref()
                .map(|c| change_text(c, lang))
                .unwrap_or_default(),
        )
        .with("target_kind", target_kind)
        .with(
            "status",
            lang.words(&format!("programme-target-{}", target_key(line))),
        )
        .with(
            "target",
            line.progress
                .target
                .map(|v| v.to_string())
                .unwrap_or_default(),
        )
        .with("year", year);
    lang.say("programme-marker-summary", &args)
}

/// The catalogue's key for how a marker stands against its target.
fn target_key(line: &MarkerLine) -> &'static str {
    use cares_core::measures::TargetStatus as S;
    match line.progress.status {
        S::Reached => "reached",
        S::OnTrack => "on-track",
        S::Behind => "behind",
        _ => "none",
    }
}

fn borough_blocks(view: &BoroughView, blocks: &mut Vec<Block>, lang: &Language) {
    let localities: Vec<OverviewRow> = view.localities.iter().map(|l| l.figures.clone()).collect();
    let mut with_total = localities;
    with_total.push(view.total.clone());
    blocks.push(Block::Heading(2, lang.words("cli-borough-by-locality")));
    blocks.push(progress_table(
        lang.words("cli-borough-by-locality-caption"),
        lang.words("programme-column-locality"),
        &with_total,
        lang,
    ));
    blocks.push(Block::Heading(2, lang.words("cli-report-by-area")));
    blocks.push(progress_table(
        lang.words("programme-borough-by-area-caption"),
        lang.words("programme-column-area"),
        &view.by_focus_area,
        lang,
    ));
    for locality in &view.localities {
        blocks.push(Block::Heading(
            3,
            lang.say(
                "cli-borough-locality-by-area",
                &Args::new().with("locality", locality.locality.as_str()),
            ),
        ));
        blocks.push(progress_table(
            lang.say(
                "programme-borough-locality-caption",
                &Args::new().with("plan", locality.plan.as_str()),
            ),
            lang.words("programme-column-area"),
            &locality.by_focus_area,
            lang,
        ));
        if !locality.top_findings.is_empty() {
            let findings: Vec<String> = locality
                .top_findings
                .iter()
                .map(|f| {
                    let args = Args::new()
                        .with("finding", lang.finding_phrase(f.code))
                        .with("count", f.count);
                    lang.say("programme-borough-finding-count", &args)
                })
                .collect();
            let args = Args::new()
                .with("locality", locality.locality.as_str())
                .with("findings", lang.commas(&findings));
            blocks.push(Block::Para(lang.say("cli-borough-top-findings", &args)));
        }
    }
}

/// `cares borough`, in the chosen language.
pub fn borough(view: &BoroughView, format: ReportFormat, lang: &Language) -> String {
    let intro = Args::new()
        .with("actions", view.total.actions)
        .with("plans", view.localities.len())
        .with("day", lang.date(view.as_of));
    let mut blocks = vec![Block::Para(lang.say("cli-borough-intro", &intro))];
    borough_blocks(view, &mut blocks, lang);
    blocks.push(Block::Heading(2, lang.words("cli-borough-by-organisation")));
    blocks.push(progress_table(
        lang.words("cli-borough-by-organisation-caption"),
        lang.words("programme-column-organisation"),
        &view
            .by_organisation
            .iter()
            .map(|o| o.figures.clone())
            .collect::<Vec<_>>(),
        lang,
    ));
    let notes: Vec<String> = view
        .by_organisation
        .iter()
        .filter(|o| o.spellings.len() > 1 || !o.related.is_empty())
        .map(|o| {
            let name = lang.group(&o.name);
            let related = lang.commas(&o.related);
            if o.spellings.len() > 1 {
                let args = Args::new()
                    .with("name", name)
                    .with("others", others(&o.spellings, &o.name, lang));
                let note = lang.say("cli-borough-also-written", &args);
                if o.related.is_empty() {
                    note
                } else {
                    let args = Args::new().with("note", note).with("names", related);
                    lang.say("cli-borough-also-related", &args)
                }
            } else {
                let args = Args::new().with("name", name).with("names", related);
                lang.say("cli-borough-related", &args)
            }
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(Block::List(notes));
    }
    blocks.push(Block::Heading(2, lang.words("programme-borough-findings")));
    if view.findings.is_empty() {
        blocks.push(Block::Para(lang.words("cli-report-no-findings")));
    } else {
        blocks.push(Block::Table {
            caption: lang.words("cli-borough-findings-caption"),
            head: vec![
                lang.words("cli-report-column-finding"),
                lang.words("cli-report-column-how-many"),
            ],
            rows: view
                .findings
                .iter()
                .map(|f| vec![lang.finding_phrase(f.code), f.count.to_string()])
                .collect(),
            numeric: true,
        });
    }
    render(&lang.words("cli-borough-title"), &blocks, format, lang)
}

fn others(spellings: &[String], name: &str, lang: &Language) -> String {
    let quoted: Vec<String> = spellings
        .iter()
        .filter(|s| *s != name)
        .map(|s| format!("\"{s}\""))
        .collect();
    lang.commas(&quoted)
}

/// `cares highlight`, in the chosen language.
pub fn highlight(view: &HighlightView, format: ReportFormat, lang: &Language) -> String {
    let as_of = Args::new().with("day", lang.date(view.as_of));
    let mut blocks = vec![Block::Para(lang.say("programme-highlight-as-of", &as_of))];
    borough_blocks(&view.plans, &mut blocks, lang);
    blocks.push(Block::Heading(2, lang.words("cli-highlight-markers")));
    if view.markers.is_empty() {
        blocks.push(Block::Para(lang.words("programme-highlight-no-figures")));
    } else {
        blocks.push(Block::List(
            view.markers
                .iter()
                .map(|m| marker_summary(m, lang))
                .collect(),
        ));
    }
    for series in &view.series {
        blocks.push(Block::Heading(3, lang.marker(series.marker)));
        blocks.push(Block::Chart(series.clone()));
        blocks.push(series_table(series, lang));
    }
    blocks.push(Block::Heading(
        2,
        lang.words("programme-highlight-empowerment"),
    ));
    if view.empowerment.is_empty() {
        blocks.push(Block::Para(
            lang.words("programme-highlight-empowerment-fine"),
        ));
    } else {
        blocks.push(Block::List(
            view.empowerment
                .iter()
                .map(|c| {
                    let args = Args::new()
                        .with(
                            "finding",
                            lang.words(&format!("programme-empowerment-{}", c.code.key())),
                        )
                        .with("count", c.count);
                    lang.say("programme-empowerment-count", &args)
                })
                .collect(),
        ));
    }
    blocks.push(Block::Heading(
        2,
        lang.words("programme-highlight-sessions"),
    ));
    let held = Args::new()
        .with("sessions", view.sessions.len())
        .with("people", view.people);
    blocks.push(Block::Para(
        lang.say("programme-highlight-sessions-held", &held),
    ));
    if !view.sessions.is_empty() {
        blocks.push(Block::Table {
            caption: lang.words("programme-highlight-sessions-caption"),
            head: [
                "programme-column-session",
                "programme-column-locality",
                "programme-column-date",
                "programme-column-people",
            ]
            .iter()
            .map(|id| lang.words(id))
            .collect(),
            rows: view
                .sessions
                .iter()
                .map(|s| {
                    vec![
                        s.title.clone(),
                        s.locality.clone(),
                        lang.date(s.date),
                        s.people.to_string(),
                    ]
                })
                .collect(),
            numeric: false,
        });
    }
    blocks.push(Block::Heading(
        2,
        lang.words("programme-highlight-improvements"),
    ));
    if view.improvement_actions.is_empty() {
        blocks.push(Block::Para(lang.words("programme-no-improvement-actions")));
    } else {
        blocks.push(Block::List(
            view.improvement_actions
                .iter()
                .map(|a| {
                    let args = Args::new()
                        .with("action", a.action.as_str())
                        .with("theme", a.theme.as_str())
                        .with("organisations", lang.commas(&a.organisations));
                    lang.say("cli-highlight-improvement", &args)
                })
                .collect(),
        ));
    }
    let months = view.quarter.months();
    let quarter = Args::new()
        .with("quarter", lang.quarter(view.quarter))
        .with("number", u32::from(view.quarter.number()))
        .with("year", months.rsplit(' ').next().unwrap_or_default());
    let title = Args::new().with("quarter", lang.say("programme-quarter-months", &quarter));
    render(
        &lang.say("programme-highlight-title", &title),
        &blocks,
        format,
        lang,
    )
}

/// `cares position`, for people, in the chosen language.
pub fn position_text(view: &PositionView, lang: &Language) -> String {
    let mut out = format!("{}\n", lang.words("programme-position-title"));
    if view.organisations.is_empty() {
        let _ = writeln!(out, "\n{}", lang.words("programme-position-none"));
        return out;
    }
    let who = Args::new()
        .with("count", view.organisations.len())
        .with("organisations", lang.commas(&view.organisations));
    let _ = writeln!(out, "\n{}", lang.say("cli-position-who", &who));
    for theme in &view.themes {
        let total: u32 = theme.ratings.iter().map(|r| r.count).sum();
        let strong: u32 = theme
            .ratings
            .iter()
            .filter(|r| r.rating.is_strong())
            .map(|r| r.count)
            .sum();
        let summary = Args::new()
            .with("theme", theme.name.as_str())
            .with(
                "answered",
                if theme.percent.is_some() { "yes" } else { "no" },
            )
            .with("strong", strong)
            .with("total", total)
            .with("percent", theme.percent.unwrap_or_default());
        let _ = writeln!(out, "\n{}", lang.say("cli-position-theme", &summary));
        let ratings: Vec<String> = theme
            .ratings
            .iter()
            .map(|r| {
                let args = Args::new()
                    .with("rating", rating(r.rating, lang))
                    .with("count", r.count);
                lang.say("cli-position-rating", &args)
            })
            .collect();
        let _ = writeln!(out, "  {}", lang.commas(&ratings));
        if !theme.not_answered_by.is_empty() {
            let args = Args::new().with("organisations", lang.commas(&theme.not_answered_by));
            let _ = writeln!(out, "  {}", lang.say("cli-position-not-answered", &args));
        }
        for action in &theme.improvement_actions {
            let args = Args::new()
                .with("action", action.action.as_str())
                .with("organisations", lang.commas(&action.organisations));
            let _ = writeln!(out, "  {}", lang.say("cli-position-to-improve", &args));
        }
    }
    if !view.strongest.is_empty() {
        let args = Args::new().with("themes", lang.commas(&view.strongest));
        let _ = writeln!(out, "\n{}", lang.say("programme-position-strongest", &args));
    }
    if !view.weakest.is_empty() {
        let args = Args::new().with("themes", lang.commas(&view.weakest));
        let _ = writeln!(out, "{}", lang.say("cli-position-weakest", &args));
    }
    out
}

/// A self-assessment rating's name ("Mostly").
fn rating(rating: Rating, lang: &Language) -> String {
    lang.words(&format!("programme-rating-{}", rating.key()))
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
