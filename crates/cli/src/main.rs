//! `cares`: the command line over cares-core — import council action plan tables
//! (CSV or .xlsx), audit plans for SMART gaps, write progress reports, export a
//! plan as a table or a workbook, print the document schema.
//!
//! Every rule lives in cares-core; this binary reads files, calls it, and prints.
//! Errors print `cares: <what and where>` and exit 2 (usage), 3 (bad input) or
//! 4 (I/O); nothing here panics on any input.

mod args;
mod error;
mod findings;
mod help;
mod input;
mod language;
mod output;
mod programme;
mod report;

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use cares_core::document::{Content, Document, schema_json_for};
use cares_core::edits::Edit;
use cares_core::ids::{DocumentId, ReplicaId};
use cares_core::report::PlanOverview;
use chrono::NaiveDate;

use crate::args::{
    AuditArgs, AuditFormat, BoroughArgs, Command, ExportArgs, ExportFormat, HighlightArgs,
    ImportArgs, Overwrite, ProgressImportArgs, ReportArgs, ReportFormat, SchemaArgs, ViewArgs,
};
use crate::error::CliError;
use crate::help::Topic;
use crate::language::Language;
use crate::output::{eprint_line, print, write_atomic};

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprint_line(&format!(
            "cares: something went wrong inside cares; please report it: {info}"
        ));
    }));
    match run(std::env::args_os().skip(1)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprint_line(&format!("cares: {error}"));
            if let CliError::Usage { topic, .. } = &error {
                eprint_line(&format!(
                    "Run `{}` to see how to use it.",
                    topic.how_to_ask()
                ));
            }
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(arguments: impl IntoIterator<Item = std::ffi::OsString>) -> Result<(), CliError> {
    match args::parse(arguments)? {
        Command::Help(topic) => print(topic.text()),
        Command::Version => print(&format!("cares {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Import(args) => import(&args),
        Command::Audit(args) => audit(&args),
        Command::Report(args) => report(&args),
        Command::Export(args) => export(&args),
        Command::Schema(args) => schema(&args),
        Command::Borough(args) => borough(&args),
        Command::Highlight(args) => highlight(&args),
        Command::ProgressImport(args) => progress_import(&args),
        Command::Position(args) => position(&args),
        Command::Empowerment(args) => empowerment(&args),
    }
}

fn borough(args: &BoroughArgs) -> Result<(), CliError> {
    let mut plans = Vec::new();
    for input in &args.inputs {
        plans.extend(input::load(input)?.plans);
    }
    let today = args.today.unwrap_or_else(system_today);
    let plans: Vec<&cares_core::plan::ActionPlan> = plans.iter().collect();
    let view = cares_core::report::BoroughView::new(&plans, today);
    let lang = chosen_language(args.lang.as_deref(), Topic::Borough)?;
    print(&programme::borough(&view, args.format, &lang))
}

fn highlight(args: &HighlightArgs) -> Result<(), CliError> {
    let content = input::load_content(&args.input)?;
    let view = cares_core::report::HighlightView::new(&content, args.quarter);
    let lang = chosen_language(args.lang.as_deref(), Topic::Highlight)?;
    print(&programme::highlight(&view, args.format, &lang))
}

fn progress_import(args: &ProgressImportArgs) -> Result<(), CliError> {
    let lang = chosen_language(args.lang.as_deref(), Topic::Progress)?;
    let bytes = input::read_limited(&args.counts, cares_core::report::MAX_COUNTS_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        CliError::input(
            &args.counts,
            "the file is not UTF-8 text; save it as CSV (UTF-8)",
        )
    })?;
    let counts = cares_core::report::read_counts(&text)
        .map_err(|e| CliError::input(&args.counts, lang.wording(&e.wording())))?;
    let mut document = input::load_document(&args.into)?;
    let (_, changes) = cares_core::report::apply_counts(&document.content().progress, &counts);
    let me = ReplicaId::from_random_bytes(uuid::Uuid::new_v4().into_bytes());
    // Every count goes in before anything is written: a refused one leaves the file.
    for count in &counts {
        let observation = cares_core::measures::Observation {
            marker: count.marker,
            locality: count.locality.clone(),
            quarter: count.quarter,
            value: count.count,
            note: None,
        };
        document
            .apply(me, Edit::RecordObservation { observation })
            .map_err(|e| {
                let at = cares_l10n::Args::new()
                    .with("line", count.line.to_string())
                    .with("problem", lang.wording(&e.wording()));
                CliError::input(&args.counts, lang.say("core-counts-unreadable", &at))
            })?;
    }
    let mut json = document.to_json();
    json.push('\n');
    write_atomic(&args.into, json.as_bytes(), Overwrite::Replace)?;
    print(&programme::changes_text(&changes, &args.into, &lang))
}

fn position(args: &ViewArgs) -> Result<(), CliError> {
    let content = input::load_content(&args.input)?;
    let view = cares_core::report::PositionView::new(&content.assessments, &content.framework());
    print(&match args.format {
        AuditFormat::Text => {
            let lang = chosen_language(args.lang.as_deref(), Topic::Position)?;
            programme::position_text(&view, &lang)
        }
        AuditFormat::Json => programme::json(&view),
    })
}

fn empowerment(args: &ViewArgs) -> Result<(), CliError> {
    let content = input::load_content(&args.input)?;
    let today = args.today.unwrap_or_else(system_today);
    let view =
        cares_core::report::EmpowermentView::new(&content.empowerment, &content.network, today);
    print(&match args.format {
        AuditFormat::Text => {
            let lang = chosen_language(args.lang.as_deref(), Topic::Empowerment)?;
            programme::empowerment_text(&view, &lang)
        }
        AuditFormat::Json => programme::json(&view),
    })
}

fn import(args: &ImportArgs) -> Result<(), CliError> {
    let lang = chosen_language(args.lang.as_deref(), Topic::Import)?;
    let bytes = input::read_limited(&args.table, cares_core::table::MAX_TABLE_BYTES)?;
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| input::title_from(&args.table));
    let (plan, warnings) = input::import_table(&args.table, &bytes, &title, args.sheet.as_deref())?;
    for warning in &warnings {
        let said = cares_l10n::Args::new()
            .with("file", args.table.display().to_string())
            .with("line", warning.line.to_string())
            .with("problem", lang.wording(&warning.wording));
        let said = match &warning.column {
            Some(column) => lang.say(
                "cli-import-warning-cell",
                &said.with("column", column.as_str()),
            ),
            None => lang.say("cli-import-warning-line", &said),
        };
        eprint_line(&format!("cares: {said}"));
    }
    let (actions, sections) = (plan.actions.len(), plan.sections.len());
    let mut content = Content::new(title);
    content.plans.push(plan);
    let document = Document::from_content(DocumentId::from_uuid(uuid::Uuid::new_v4()), content);
    let mut json = document.to_json();
    json.push('\n');
    write_atomic(&args.output, json.as_bytes(), args.overwrite)?;
    let said = cares_l10n::Args::new()
        .with("actions", actions)
        .with("sections", sections)
        .with("table", args.table.display().to_string())
        .with("output", args.output.display().to_string())
        .with("doubts", warnings.len());
    print(&format!("{}\n", lang.say("cli-import-done", &said)))
}

fn audit(args: &AuditArgs) -> Result<(), CliError> {
    let lang = match args.format {
        AuditFormat::Text => chosen_language(args.lang.as_deref(), Topic::Audit)?,
        // JSON is the same in every language and a --lang cares lacks never stopped it;
        // only the note on standard error is in the language, if cares has it.
        AuditFormat::Json => chosen_language(args.lang.as_deref(), Topic::Audit)
            .or_else(|_| chosen_language(None, Topic::Audit))?,
    };
    let loaded = input::load(&args.input)?;
    if !loaded.warnings.is_empty() {
        let said = cares_l10n::Args::new()
            .with("count", loaded.warnings.len().to_string())
            .with("file", args.input.display().to_string());
        eprint_line(&format!("cares: {}", lang.say("cli-audit-doubts", &said)));
    }
    let today = args.today.unwrap_or_else(system_today);
    let audits = findings::audit_all(&loaded.plans, today);
    let text = match args.format {
        AuditFormat::Text => findings::text(&loaded.title, &audits, today, &lang),
        AuditFormat::Json => findings::json(&audits),
    };
    print(&text)?;
    let count: usize = audits.iter().map(|a| a.findings.len()).sum();
    if args.strict && count > 0 {
        return Err(CliError::Findings { count });
    }
    Ok(())
}

fn report(args: &ReportArgs) -> Result<(), CliError> {
    let loaded = input::load(&args.input)?;
    let today = args.today.unwrap_or_else(system_today);
    let overviews: Vec<PlanOverview> = loaded
        .plans
        .iter()
        .map(|plan| PlanOverview::new(plan, today))
        .collect();
    let lang = chosen_language(args.lang.as_deref(), Topic::Report)?;
    let text = match args.format {
        ReportFormat::Markdown => report::markdown(&loaded.title, &overviews, today, &lang),
        ReportFormat::Html => report::html(&loaded.title, &overviews, today, &lang),
    };
    match &args.output {
        Some(path) => write_atomic(path, text.as_bytes(), args.overwrite),
        None => print(&text),
    }
}

fn export(args: &ExportArgs) -> Result<(), CliError> {
    let loaded = input::load(&args.input)?;
    match args.format {
        ExportFormat::Csv => export_table(args, &loaded),
        ExportFormat::Xlsx => export_workbook(args, &loaded),
    }
}

/// The first plan as a CSV table.
fn export_table(args: &ExportArgs, loaded: &input::Loaded) -> Result<(), CliError> {
    let Some(plan) = loaded.plans.first() else {
        return Err(CliError::input(
            &args.input,
            "the document has no action plan to export",
        ));
    };
    if loaded.plans.len() > 1 {
        let lang = chosen_language(args.lang.as_deref(), Topic::Export)?;
        let said = cares_l10n::Args::new()
            .with("file", args.input.display().to_string())
            .with("count", loaded.plans.len())
            .with("title", plan.title.as_str());
        eprint_line(&format!(
            "cares: {}",
            lang.say("cli-export-first-only", &said)
        ));
    }
    let text = cares_core::table::export_actions(plan, &loaded.framework);
    match &args.output {
        // The byte-order mark tells spreadsheets the file is UTF-8.
        Some(path) => write_atomic(path, format!("\u{feff}{text}").as_bytes(), args.overwrite),
        None => print(&text),
    }
}

/// Every plan of the document, one sheet each.
fn export_workbook(args: &ExportArgs, loaded: &input::Loaded) -> Result<(), CliError> {
    if loaded.plans.is_empty() {
        return Err(CliError::input(
            &args.input,
            "the document has no action plan to export",
        ));
    }
    let Some(path) = &args.output else {
        return Err(CliError::Usage {
            message: "a workbook is written to a file: give it with -o, e.g. -o plan.xlsx".into(),
            topic: crate::help::Topic::Export,
        });
    };
    let plans: Vec<&cares_core::plan::ActionPlan> = loaded.plans.iter().collect();
    let bytes = cares_xlsx::write_plans(&plans, &loaded.framework)
        .map_err(|e| CliError::input(&args.input, e))?;
    write_atomic(path, &bytes, args.overwrite)
}

fn schema(args: &SchemaArgs) -> Result<(), CliError> {
    let text = schema_json_for(args.version).unwrap_or_default();
    match &args.output {
        Some(path) => write_atomic(path, text.as_bytes(), args.overwrite),
        None => print(&text),
    }
}

/// Today's date in UTC, from the system clock (the core never reads the clock).
/// The language of the human output: `--lang`, else `LANG`, else British English.
fn chosen_language(flag: Option<&str>, topic: Topic) -> Result<Language, CliError> {
    let env = std::env::var("LANG").ok();
    Language::choose(flag, env.as_deref(), topic)
}

fn system_today() -> NaiveDate {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .unwrap_or_default()
}
