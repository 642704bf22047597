//! `cares report`: a progress summary a partner can paste into a board paper, as
//! Markdown or as a complete, accessible HTML page. The numbers come from
//! cares-core's audit and roll-up; this module only lays them out.

use std::fmt::Write as _;

use cares_core::audit::long_date;
use cares_core::plan::Status;
use cares_core::report::{OverviewRow, PlanOverview};
use cares_core::text::shorten;
use chrono::NaiveDate;

/// The columns of a progress table after its first: actions, each status in the
/// core's order, SMART, overdue.
pub(crate) fn group_columns() -> Vec<&'static str> {
    let mut columns = vec!["Actions"];
    columns.extend(Status::ALL.iter().map(|s| s.label()));
    columns.push("With lead, measure and date");
    columns.push("Overdue");
    columns
}

pub(crate) fn group_cells(row: &OverviewRow) -> Vec<String> {
    let mut cells = vec![row.group.clone(), row.actions.to_string()];
    cells.extend(row.statuses.iter().map(|(_, n)| n.to_string()));
    cells.push(row.smart.to_string());
    cells.push(row.overdue.to_string());
    cells
}

/// The three progress tables: heading, first column, rows.
fn tables(report: &PlanOverview) -> [(&'static str, &'static str, &[OverviewRow]); 3] {
    [
        ("Progress by section", "Section", &report.by_section),
        (
            "Progress by area of focus",
            "Area of focus",
            &report.by_focus_area,
        ),
        ("Progress by lead", "Lead", &report.by_lead),
    ]
}

/// The report as Markdown.
pub fn markdown(title: &str, plans: &[PlanOverview], today: NaiveDate) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(title));
    let _ = writeln!(out, "Progress report as of {}.", long_date(today));
    if plans.is_empty() {
        let _ = writeln!(out, "\nThis document has no action plans yet.");
    }
    for report in plans {
        let _ = writeln!(out, "\n## {}\n", md(&report.title));
        let _ = writeln!(
            out,
            "{}: {}.\n",
            report.how_many(),
            report.statuses.sentence()
        );
        let _ = writeln!(
            out,
            "{} of {} have a lead, an outcome measure and a date.",
            report.smart, report.actions
        );

        let _ = writeln!(out, "\n### Progress by status\n");
        let _ = writeln!(out, "| Status | Actions | What it means |\n|---|---:|---|");
        for (status, n) in report.statuses.iter() {
            let _ = writeln!(out, "| {} | {n} | {} |", status.label(), status.meaning());
        }
        for (heading, first, rows) in tables(report) {
            let _ = writeln!(out, "\n### {heading}\n");
            md_table(&mut out, first, rows);
        }

        let _ = writeln!(out, "\n### Overdue actions\n");
        if report.overdue.is_empty() {
            let _ = writeln!(out, "No action is overdue.");
        } else {
            let _ = writeln!(
                out,
                "| Action | What | Section | Was due | Lead |\n|---|---|---|---|---|"
            );
            for row in &report.overdue {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    md(&row.label),
                    md(&shorten(&row.what, 90)),
                    md(row.section.as_deref().unwrap_or_default()),
                    row.due.map(long_date).unwrap_or_default(),
                    md(row.lead.as_deref().unwrap_or("No lead"))
                );
            }
        }

        let _ = writeln!(out, "\n### What the SMART audit finds\n");
        if report.findings.is_empty() {
            let _ = writeln!(out, "Nothing: every action has what it needs.");
        } else {
            let _ = writeln!(out, "| Finding | How many | Kind |\n|---|---:|---|");
            for finding in &report.findings {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    finding.phrase(),
                    finding.count,
                    finding.severity().label()
                );
            }
        }
    }
    out
}

pub(crate) fn md_table(out: &mut String, first: &str, rows: &[OverviewRow]) {
    let mut header = vec![first];
    header.extend(group_columns());
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(header.len() - 1));
    for row in rows {
        let cells: Vec<String> = group_cells(row).iter().map(|c| md(c)).collect();
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

/// The report as a complete HTML page.
pub fn html(title: &str, plans: &[PlanOverview], today: NaiveDate) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – progress report</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>",
        esc(title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(title));
    let _ = writeln!(
        out,
        "<p>Progress report as of <time datetime=\"{}\">{}</time>.</p>",
        today.format("%Y-%m-%d"),
        long_date(today)
    );
    if plans.is_empty() {
        let _ = writeln!(out, "<p>This document has no action plans yet.</p>");
    }
    for report in plans {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&report.title));
        let _ = writeln!(
            out,
            "<p>{}: {}.</p>\n<p>{} of {} have a lead, an outcome measure and a date.</p>",
            report.how_many(),
            esc(&report.statuses.sentence()),
            report.smart,
            report.actions
        );

        let _ = writeln!(
            out,
            "<h3>Progress by status</h3>\n<table>\n<caption>Actions by status</caption>\n\
             <thead><tr><th scope=\"col\">Status</th><th scope=\"col\" class=\"n\">Actions</th>\
             <th scope=\"col\">What it means</th></tr></thead>\n<tbody>"
        );
        for (status, n) in report.statuses.iter() {
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\"><span class=\"status {}\">{}</span></th><td class=\"n\">{n}</td><td>{}</td></tr>",
                status.key(),
                status.label(),
                status.meaning()
            );
        }
        let _ = writeln!(out, "</tbody>\n</table>");

        for (heading, first, rows) in tables(report) {
            let _ = writeln!(out, "<h3>{heading}</h3>");
            html_table(&mut out, heading, first, rows);
        }

        let _ = writeln!(out, "<h3>Overdue actions</h3>");
        if report.overdue.is_empty() {
            let _ = writeln!(out, "<p>No action is overdue.</p>");
        } else {
            let _ = writeln!(
                out,
                "<table>\n<caption>Actions past their date and not complete</caption>\n<thead><tr>\
                 <th scope=\"col\">Action</th><th scope=\"col\">What</th><th scope=\"col\">Section</th>\
                 <th scope=\"col\">Was due</th><th scope=\"col\">Lead</th></tr></thead>\n<tbody>"
            );
            for row in &report.overdue {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&row.label),
                    esc(&shorten(&row.what, 90)),
                    esc(row.section.as_deref().unwrap_or_default()),
                    esc(&row.due.map(long_date).unwrap_or_default()),
                    esc(row.lead.as_deref().unwrap_or("No lead"))
                );
            }
            let _ = writeln!(out, "</tbody>\n</table>");
        }

        let _ = writeln!(out, "<h3>What the SMART audit finds</h3>");
        if report.findings.is_empty() {
            let _ = writeln!(out, "<p>Nothing: every action has what it needs.</p>");
        } else {
            let _ = writeln!(
                out,
                "<table>\n<caption>Findings of the SMART audit</caption>\n<thead><tr>\
                 <th scope=\"col\">Finding</th><th scope=\"col\" class=\"n\">How many</th>\
                 <th scope=\"col\">Kind</th></tr></thead>\n<tbody>"
            );
            for finding in &report.findings {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{}</td></tr>",
                    esc(finding.phrase()),
                    finding.count,
                    esc(finding.severity().label())
                );
            }
            let _ = writeln!(out, "</tbody>\n</table>");
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}

pub(crate) fn html_table(out: &mut String, caption: &str, first: &str, rows: &[OverviewRow]) {
    let _ = writeln!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        esc(caption)
    );
    let _ = write!(out, "<th scope=\"col\">{}</th>", esc(first));
    for column in group_columns() {
        let _ = write!(out, "<th scope=\"col\" class=\"n\">{}</th>", esc(column));
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    for row in rows {
        let cells = group_cells(row);
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
        let text = markdown("Maltby network", &[PlanOverview::new(&plan, today)], today);
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
        );
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en-GB\">"));
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
        assert!(markdown("Empty", &[], today).contains("no action plans yet"));
        assert!(html("Empty", &[], today).contains("no action plans yet"));
    }
}
