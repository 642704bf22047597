//! `cares audit`'s output: the SMART audit of each plan (decided by cares-core),
//! shown grouped by section and action for people, or as a JSON array for programs.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use cares_core::audit::{
    FindingCode, FindingRow, GroupBy, SmartFinding, audit_plan, finding_rows, rollup,
};
use cares_core::plan::ActionPlan;
use cares_core::text::shorten;
use cares_l10n::Args;

use crate::language::Language;
use chrono::NaiveDate;

/// The findings of one plan, in the plan's order.
pub struct PlanAudit<'p> {
    /// The plan.
    pub plan: &'p ActionPlan,
    /// What the audit found.
    pub findings: Vec<SmartFinding>,
}

/// Audits every plan as of `today`.
pub fn audit_all(plans: &[ActionPlan], today: NaiveDate) -> Vec<PlanAudit<'_>> {
    plans
        .iter()
        .map(|plan| PlanAudit {
            plan,
            findings: audit_plan(plan, today),
        })
        .collect()
}

/// The findings as flat rows, as the core flattens them.
pub fn rows(audits: &[PlanAudit<'_>]) -> Vec<FindingRow> {
    audits
        .iter()
        .flat_map(|audit| finding_rows(audit.plan, &audit.findings))
        .collect()
}

/// The findings as a JSON array.
pub fn json(audits: &[PlanAudit<'_>]) -> String {
    serde_json::to_string_pretty(&rows(audits)).unwrap_or_else(|_| "[]".to_owned()) + "\n"
}

/// How many findings of each code.
pub fn counts(findings: &[SmartFinding]) -> BTreeMap<FindingCode, usize> {
    let mut counts = BTreeMap::new();
    for finding in findings {
        *counts.entry(finding.code).or_insert(0) += 1;
    }
    counts
}

/// How many actions are SMART (a lead, a countable measure and a date), by cares-core's
/// roll-up.
pub fn smart_actions(audit: &PlanAudit<'_>) -> usize {
    rollup(audit.plan, &audit.findings, GroupBy::Status)
        .iter()
        .map(|row| row.smart)
        .sum()
}

/// The findings for people: by plan, section and action, then a summary.
pub fn text(title: &str, audits: &[PlanAudit<'_>], today: NaiveDate, lang: &Language) -> String {
    let mut out = String::new();
    let title_args = Args::new().with("title", title).with("today", today);
    let _ = writeln!(out, "{}", lang.say("audit-title", &title_args));
    if audits.is_empty() {
        let _ = writeln!(out, "\n{}", lang.say("audit-no-plans", &Args::new()));
    }
    let mut total = 0;
    for audit in audits {
        let plan = audit.plan;
        let plan_args = Args::new().with("plan", plan.title.as_str());
        let _ = writeln!(out, "\n{}", lang.say("audit-plan", &plan_args));
        let mut by_action: BTreeMap<_, Vec<&SmartFinding>> = BTreeMap::new();
        for finding in &audit.findings {
            by_action.entry(finding.action).or_default().push(finding);
        }
        let mut section = None;
        let mut first = true;
        for action in &plan.actions {
            let Some(found) = by_action.get(&action.id) else {
                continue;
            };
            if first || action.section != section {
                first = false;
                section = action.section;
                let heading = match plan.section_title(action) {
                    Some(title) => title.to_owned(),
                    None => lang.say("audit-no-section", &Args::new()),
                };
                let _ = writeln!(out, "\n{heading}");
            }
            let label = action.label();
            let wording = shorten(&action.what, 70);
            if wording.is_empty() || action.reference.is_none() {
                let _ = writeln!(out, "\n  {label}");
            } else {
                let _ = writeln!(out, "\n  {label}  {wording}");
            }
            for finding in found {
                let severity = lang.say(
                    &format!("severity-{}", finding.severity.key()),
                    &Args::new(),
                );
                let _ = writeln!(out, "    {severity}: {}", lang.finding(finding));
            }
        }
        let smart = smart_actions(audit);
        let actions = plan.actions.len();
        let with_findings = by_action.len();
        let summary = plan_args
            .with("actions", actions)
            .with("smart", smart)
            .with("flagged", with_findings);
        let _ = writeln!(out, "\n{}", lang.say("audit-summary", &summary));
        let counted = counts(&audit.findings);
        let label = |code: FindingCode| {
            lang.say(&format!("severity-{}", code.severity().key()), &Args::new())
        };
        let width = counted
            .keys()
            .map(|c| label(*c).chars().count())
            .max()
            .unwrap_or(0)
            .max(10);
        for (code, n) in counted {
            let severity = label(code);
            let phrase = lang.say(&format!("finding-phrase-{}", code.key()), &Args::new());
            let _ = writeln!(out, "  {severity:<width$} {phrase:<36} {n:>4}");
        }
        total += audit.findings.len();
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.say("audit-total", &Args::new().with("count", total))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::ids::{ActionId, PlanId, SectionId};
    use cares_core::plan::{Action, Lead, PlanScope, Section};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn plan() -> ActionPlan {
        let mut plan = ActionPlan::new(PlanId::from_u128(1), "Maltby", PlanScope::Borough);
        let section = SectionId::from_u128(2);
        plan.sections.push(Section {
            id: section,
            title: "Outcome 1 <safe>".into(),
        });
        let mut a = Action::new(ActionId::from_u128(3), "Open a carers' café");
        a.reference = Some("1.1".into());
        a.section = Some(section);
        let mut b = Action::new(ActionId::from_u128(4), "Run a drop-in");
        b.section = Some(section);
        b.lead = Lead {
            person: Some("Sam".into()),
            organisation: None,
        };
        b.measure = Some("Number of carers".into());
        b.due = Some(day(2030, 1, 1));
        plan.actions = vec![a, b];
        plan
    }

    #[test]
    fn rows_carry_plan_section_action_code_severity_and_message() {
        let plan = plan();
        let audits = audit_all(std::slice::from_ref(&plan), day(2024, 6, 1));
        let rows = rows(&audits);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].plan, "Maltby");
        assert_eq!(rows[0].section.as_deref(), Some("Outcome 1 <safe>"));
        assert_eq!(rows[0].action, "1.1");
        assert_eq!(rows[0].code, FindingCode::NoLead);
        assert_eq!(rows[0].severity.key(), "gap");
        assert!(rows[0].message.starts_with("Who will lead this?"));
    }

    #[test]
    fn text_groups_by_section_and_counts() {
        let plan = plan();
        let audits = audit_all(std::slice::from_ref(&plan), day(2024, 6, 1));
        let text = text(
            "Maltby network",
            &audits,
            day(2024, 6, 1),
            &Language::english(),
        );
        assert!(text.starts_with("SMART audit of \"Maltby network\", as of 1 June 2024"));
        assert_eq!(text.matches("Outcome 1 <safe>").count(), 1);
        assert!(text.contains("  1.1  Open a carers' café\n    Missing: Who will lead this?"));
        assert!(text.contains(
            "2 actions; 1 are SMART (a lead, a countable measure and a date); 1 have something"
        ));
        assert!(text.ends_with("3 things found in all.\n"));
    }
}
