//! `cares report`: a progress summary a partner can paste into a board paper, as
//! Markdown or as a complete, accessible HTML page. The numbers come from
//! cares-core's audit and roll-up; this module only lays them out.

use std::fmt::Write as _;

use cares_core::plan::Status;
use cares_core::report::{OverviewRow, PlanOverview};
use cares_core::text::shorten;
use cares_l10n::Args;
use chrono::NaiveDate;

use crate::language::Language;

/// The columns of a progress table after its first: actions, each status in the
/// core's order, SMART, overdue.
pub(crate) fn group_columns(lang: &Language) -> Vec<String> {
    let mut columns = vec![lang.words("programme-column-actions")];
    columns.extend(Status::ALL.iter().map(|s| lang.status(*s)));
    columns.push(lang.words("programme-column-lead-measure-date"));
    columns.push(lang.words("programme-column-overdue"));
    columns
}

pub(crate) fn group_cells(row: &OverviewRow, lang: &Language) -> Vec<String> {
    let mut cells = vec![lang.group(&row.group), row.actions.to_string()];
    cells.extend(row.statuses.iter().map(|(_, n)| n.to_string()));
    cells.push(row.smart.to_string());
    cells.push(row.overdue.to_string());
    cells
}

/// The three progress tables: heading, first column, rows.
fn tables<'a>(
    report: &'a PlanOverview,
    lang: &Language,
) -> [(String, String, &'a [OverviewRow]); 3] {
    [
        (
            lang.words("cli-report-by-section"),
            lang.words("cli-report-column-section"),
            &report.by_section,
        ),
        (
            lang.words("cli-report-by-area"),
            lang.words("programme-column-area"),
            &report.by_focus_area,
        ),
        (
            lang.words("cli-report-by-lead"),
            lang.words("overview-by-lead-first"),
            &report.by_lead,
        ),
    ]
}

/// "2 actions: 0 not started (work has not begun), …, 1 complete (done)."
fn statuses_sentence(report: &PlanOverview, lang: &Language) -> String {
    let counts: Vec<String> = report
        .statuses
        .iter()
        .map(|(status, n)| {
            let args = Args::new().with("count", n).with("status", status.key());
            lang.say("cli-report-status-count", &args)
        })
        .collect();
    let args = Args::new()
        .with("actions", report.actions)
        .with("statuses", lang.commas(&counts));
    lang.say("cli-report-statuses", &args)
}

fn smart_sentence(report: &PlanOverview, lang: &Language) -> String {
    let args = Args::new()
        .with("smart", report.smart)
        .with("actions", report.actions);
    lang.say("cli-report-smart", &args)
}

fn as_of(day: &str, lang: &Language) -> String {
    lang.say("cli-report-as-of", &Args::new().with("day", day))
}

/// The report as Markdown, in the chosen language.
pub fn markdown(title: &str, plans: &[PlanOverview], today: NaiveDate, lang: &Language) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(title));
    let _ = writeln!(out, "{}", as_of(&lang.date(today), lang));
    if plans.is_empty() {
        let _ = writeln!(out, "\n{}", lang.words("cli-report-no-plans"));
    }
    for report in plans {
        let _ = writeln!(out, "\n## {}\n", md(&report.title));
        let _ = writeln!(out, "{}\n", statuses_sentence(report, lang));
        let _ = writeln!(out, "{}", smart_sentence(report, lang));

        let _ = writeln!(out, "\n### {}\n", md(&lang.words("cli-report-by-status")));
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---:|---|",
            md(&lang.words("cli-report-column-status")),
            md(&lang.words("programme-column-actions")),
            md(&lang.words("cli-report-column-meaning"))
        );
        for (status, n) in report.statuses.iter() {
            let _ = writeln!(
                out,
                "| {} | {n} | {} |",
                md(&lang.status(status)),
                md(&lang.status_meaning(status))
            );
        }
        for (heading, first, rows) in tables(report, lang) {
            let _ = writeln!(out, "\n### {}\n", md(&heading));
            md_table(&mut out, &first, rows, lang);
        }

        let _ = writeln!(out, "\n### {}\n", md(&lang.words("cli-report-overdue")));
        if report.overdue.is_empty() {
            let _ = writeln!(out, "{}", lang.words("cli-report-nothing-overdue"));
        } else {
            let head: Vec<String> = overdue_columns(lang).iter().map(|c| md(c)).collect();
            let _ = writeln!(out, "| {} |\n|---|---|---|---|---|", head.join(" | "));
            for row in &report.overdue {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    md(&row.label),
                    md(&shorten(&row.what, 90)),
                    md(row.section.as_deref().unwrap_or_default()),
                    row.due.map(|d| lang.date(d)).unwrap_or_default(),
                    md(&row
                        .lead
                        .clone()
                        .unwrap_or_else(|| lang.words("cli-report-no-lead")))
                );
            }
        }

        let _ = writeln!(out, "\n### {}\n", md(&lang.words("cli-report-findings")));
        if report.findings.is_empty() {
            let _ = writeln!(out, "{}", lang.words("cli-report-no-findings"));
        } else {
            let head: Vec<String> = finding_columns(lang).iter().map(|c| md(c)).collect();
            let _ = writeln!(out, "| {} |\n|---|---:|---|", head.join(" | "));
            for finding in &report.findings {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    md(&lang.finding_phrase(finding.code)),
                    finding.count,
                    md(&lang.severity(finding.severity()))
                );
            }
        }
    }
    out
}

fn overdue_columns(lang: &Language) -> Vec<String> {
    [
        "cli-report-column-action",
        "cli-report-column-what",
        "cli-report-column-section",
        "cli-report-column-was-due",
        "overview-by-lead-first",
    ]
    .iter()
    .map(|id| lang.words(id))
    .collect()
}

fn finding_columns(lang: &Language) -> Vec<String> {
    [
        "cli-report-column-finding",
        "cli-report-column-how-many",
        "cli-report-column-kind",
    ]
    .iter()
    .map(|id| lang.words(id))
    .collect()
}

pub(crate) fn md_table(out: &mut String, first: &str, rows: &[OverviewRow], lang: &Language) {
    let mut header = vec![md(first)];
    header.extend(group_columns(lang).iter().map(|c| md(c)));
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(header.len() - 1));
    for row in rows {
        let cells: Vec<String> = group_cells(row, lang).iter().map(|c| md(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// Text made safe for a Markdown table cell or heading: one line, markup escaped.
pub(crate) fn md(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text made safe for HTML.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub(crate) const CSS: &str = "\
body{font-family:system-ui,-apple-system,\"Segoe UI\",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff;max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .25rem}h2{font-size:1.4rem;margin-top:2.5rem;border-bottom:2px solid #1b1b1b}h3{font-size:1.15rem;margin-top:1.75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #6b6b6b;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.status::before{content:\"\";display:inline-block;width:.75em;height:.75em;margin-right:.4em;border:1px solid #1b1b1b;border-radius:50%;vertical-align:baseline}
.complete::before{background:#1d4f91}.green::before{background:#00703c}.amber::before{background:#f4a300}.red::before{background:#b10e1e}.not-started::before{background:#fff}
@media print{body{padding:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}table{break-inside:auto}tr{break-inside:avoid}}
";

/// The report as a complete HTML page, in the chosen language.
pub fn html(title: &str, plans: &[PlanOverview], today: NaiveDate, lang: &Language) -> String {
    let mut out = String::new();
    let page_title = lang.say("cli-report-page-title", &Args::new().with("title", title));
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>",
        lang.tag(),
        lang.dir(),
        esc(&page_title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(title));
    // The day goes in a <time> element: the sentence is escaped around a mark for it.
    const DAY: &str = "\u{e000}";
    let time = format!(
        "<time datetime=\"{}\">{}</time>",
        today.format("%Y-%m-%d"),
        esc(&lang.date(today))
    );
    let _ = writeln!(out, "<p>{}</p>", esc(&as_of(DAY, lang)).replace(DAY, &time));
    if plans.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&lang.words("cli-report-no-plans")));
    }
    for report in plans {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&report.title));
        let _ = writeln!(
            out,
            "<p>{}</p>\n<p>{}</p>",
            esc(&statuses_sentence(report, lang)),
            esc(&smart_sentence(report, lang))
        );

        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table>\n<caption>{}</caption>\n\
             <thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            esc(&lang.words("cli-report-by-status")),
            esc(&lang.words("cli-report-status-caption")),
            esc(&lang.words("cli-report-column-status")),
            esc(&lang.words("programme-column-actions")),
            esc(&lang.words("cli-report-column-meaning"))
        );
        for (status, n) in report.statuses.iter() {
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\"><span class=\"status {}\">{}</span></th><td class=\"n\">{n}</td><td>{}</td></tr>",
                status.key(),
                esc(&lang.status(status)),
                esc(&lang.status_meaning(status))
            );
        }
        let _ = writeln!(out, "</tbody>\n</table>");

        for (heading, first, rows) in tables(report, lang) {
            let _ = writeln!(out, "<h3>{}</h3>", esc(&heading));
            html_table(&mut out, &heading, &first, rows, lang);
        }

        let _ = writeln!(out, "<h3>{}</h3>", esc(&lang.words("cli-report-overdue")));
        if report.overdue.is_empty() {
            let _ = writeln!(
                out,
                "<p>{}</p>",
                esc(&lang.words("cli-report-nothing-overdue"))
            );
        } else {
            let _ = write!(
                out,
                "<table>\n<caption>{}</caption>\n<thead><tr>",
                esc(&lang.words("cli-report-overdue-caption"))
            );
            for column in overdue_columns(lang) {
                let _ = write!(out, "<th scope=\"col\">{}</th>", esc(&column));
            }
            let _ = writeln!(out, "</tr></thead>\n<tbody>");
            for row in &report.overdue {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&row.label),
                    esc(&shorten(&row.what, 90)),
                    esc(row.section.as_deref().unwrap_or_default()),
                    esc(&row.due.map(|d| lang.date(d)).unwrap_or_default()),
                    esc(&row
                        .lead
                        .clone()
                        .unwrap_or_else(|| lang.words("cli-report-no-lead")))
                );
            }
            let _ = writeln!(out, "</tbody>\n</table>");
        }

        let _ = writeln!(out, "<h3>{}</h3>", esc(&lang.words("cli-report-findings")));
        if report.findings.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&lang.words("cli-report-no-findings")));
        } else {
            let columns = finding_columns(lang);
            let _ = writeln!(
                out,
                "<table>\n<caption>{}</caption>\n<thead><tr>\
                 <th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
                 <th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                esc(&lang.words("cli-report-findings-caption")),
                esc(&columns[0]),
                esc(&columns[1]),
                esc(&columns[2])
            );
            for finding in &report.findings {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{}</td></tr>",
                    esc(&lang.finding_phrase(finding.code)),
                    finding.count,
                    esc(&lang.severity(finding.severity()))
                );
            }
            let _ = writeln!(out, "</tbody>\n</table>");
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}

pub(crate) fn html_table(
    out: &mut String,
    caption: &str,
    first: &str,
    rows: &[OverviewRow],
    lang: &Language,
) {
    let _ = writeln!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        esc(caption)
    );
    let _ = write!(out, "<th scope=\"col\">{}</th>", esc(first));
    for column in group_columns(lang) {
        let _ = write!(out, "<th scope=\"col\" class=\"n\">{}</th>", esc(&column));
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    for row in rows {
        let cells = group_cells(row, lang);
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(&cells[0]));
        for cell in &cells[1..] {
            let _ = write!(out, "<td class=\"n\">{}</td>", esc(cell));
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = writeln!(out, "</tbody>\n</table>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::ids::{ActionId, PlanId, SectionId};
    use cares_core::plan::{Action, ActionPlan, Lead, PlanScope, Section, StatusChange};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn plan() -> ActionPlan {
        let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby <plan>", PlanScope::Borough);
        let s1 = SectionId::from_u128(2);
        let s2 = SectionId::from_u128(3);
        plan.sections = vec![
            Section {
                id: s1,
                title: "Zebra section".into(),
            },
            Section {
                id: s2,
                title: "Apple | section".into(),
            },
        ];
        let mut a = Action::new(
            ActionId::from_u128(4),
            "Open a café <script>alert(1)</script>",
        );
        a.reference = Some("1.1".into());
        a.section = Some(s1);
        a.lead = Lead {
            person: Some("Sam".into()),
            organisation: Some("RMBC".into()),
        };
        a.measure = Some("Number of carers".into());
        a.due = Some(day(2024, 1, 31));
        a.history.push(StatusChange {
            on: None,
            status: Status::Amber,
            note: None,
        });
        let mut b = Action::new(ActionId::from_u128(5), "Publish a newsletter");
        b.section = Some(s2);
        b.history.push(StatusChange {
            on: None,
            status: Status::Complete,
            note: None,
        });
        plan.actions = vec![a, b];
        plan
    }

    #[test]
    fn markdown_counts_statuses_in_words_and_keeps_section_order() {
        let plan = plan();
        let today = day(2024, 6, 1);
        let text = markdown(
            "Maltby network",
            &[PlanOverview::new(&plan, today)],
            today,
            &Language::english(),
        );
        assert!(text.starts_with("# Maltby network\n\nProgress report as of 1 June 2024."));
        assert!(text.contains(
            "2 actions: 0 not started (work has not begun), 0 red (off track and needs help), 1 amber (some progress, some concerns), 0 green (on track), 1 complete (done)."
        ));
        assert!(text.contains("1 of 2 have a lead, an outcome measure and a date."));
        let zebra = text.find("| Zebra section |").unwrap_or(usize::MAX);
        let apple = text.find("| Apple \\| section |").unwrap_or(0);
        assert!(zebra < apple, "sections keep the plan's order:\n{text}");
        assert!(text.contains("| 1.1 | Open a café \\<script\\>alert(1)\\</script\\> | Zebra section | 31 January 2024 | Sam (RMBC) |"));
        assert!(text.contains("| no lead | 1 | Missing |"));
    }

    #[test]
    fn html_is_a_whole_page_with_escaped_text() {
        let plan = plan();
        let today = day(2024, 6, 1);
        let page = html(
            "Maltby & district",
            &[PlanOverview::new(&plan, today)],
            today,
            &Language::english(),
        );
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en-GB\" dir=\"ltr\">"));
        assert!(page.contains("<title>Maltby &amp; district – progress report</title>"));
        assert!(page.contains("<h2>Maltby &lt;plan&gt;</h2>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains("<script>"));
        assert!(page.contains("<th scope=\"row\"><span class=\"status amber\">Amber</span></th>"));
        assert!(page.trim_end().ends_with("</html>"));
        assert_eq!(
            page.matches("<table>").count(),
            page.matches("</table>").count()
        );
    }

    #[test]
    fn an_empty_document_says_so() {
        let today = day(2024, 6, 1);
        let english = Language::english();
        assert!(markdown("Empty", &[], today, &english).contains("no action plans yet"));
        assert!(html("Empty", &[], today, &english).contains("no action plans yet"));
    }
}
