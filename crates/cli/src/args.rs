//! The command line as typed: subcommands and their options, read with lexopt. Parsing
//! only; nothing here touches a file. The help texts are in [`crate::help`].

use std::ffi::OsString;
use std::path::PathBuf;

use cares_core::network::Quarter;
use chrono::NaiveDate;
use lexopt::prelude::*;

use crate::error::CliError;
use crate::help::Topic;

/// What the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print help about a topic.
    Help(Topic),
    /// Print the version.
    Version,
    /// Turn an action plan table into a document.
    Import(ImportArgs),
    /// Audit the plans of a document or table.
    Audit(AuditArgs),
    /// Write a progress report.
    Report(ReportArgs),
    /// Write a plan as an action plan table.
    Export(ExportArgs),
    /// Print the document's JSON Schema.
    Schema(SchemaArgs),
    /// Several locality plans side by side.
    Borough(BoroughArgs),
    /// The quarterly highlight report.
    Highlight(HighlightArgs),
    /// Put partners' quarterly counts into a document.
    ProgressImport(ProgressImportArgs),
    /// The self-assessment position statement.
    Position(ViewArgs),
    /// The empowerment plan's findings.
    Empowerment(ViewArgs),
}

/// `cares borough <doc.json>… [--format markdown|html] [--today DATE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoroughArgs {
    /// The documents (or tables), one locality plan or more each.
    pub inputs: Vec<PathBuf>,
    /// Markdown or HTML.
    pub format: ReportFormat,
    /// The day to audit as of; today if not given.
    pub today: Option<NaiveDate>,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// `cares highlight <doc.json> --quarter 2024-Q1 [--format markdown|html]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HighlightArgs {
    /// The borough document.
    pub input: PathBuf,
    /// The financial quarter reported on.
    pub quarter: Quarter,
    /// Markdown or HTML.
    pub format: ReportFormat,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// `cares progress import <counts.csv> --into <doc.json>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressImportArgs {
    /// The partners' counts.
    pub counts: PathBuf,
    /// The document the counts go into (rewritten in place).
    pub into: PathBuf,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// `cares position <doc.json> [--json]` and `cares empowerment <doc.json> [--today
/// DATE] [--json]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewArgs {
    /// The borough document.
    pub input: PathBuf,
    /// Text for people, or JSON for programs.
    pub format: AuditFormat,
    /// The day to look from; today if not given (empowerment only).
    pub today: Option<NaiveDate>,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Stop if the file exists.
    Refuse,
    /// Replace it (`--force`).
    Replace,
}

/// `cares import <table.csv|plan.xlsx> -o <doc.json> [--sheet NAME]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportArgs {
    /// The CSV table or the workbook.
    pub table: PathBuf,
    /// The workbook's sheet to read; its first if not given.
    pub sheet: Option<String>,
    /// Where to write the document.
    pub output: PathBuf,
    /// Whether to replace an existing document.
    pub overwrite: Overwrite,
    /// The plan's title, if given.
    pub title: Option<String>,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// `cares audit <doc.json|table.csv>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditArgs {
    /// The document or table.
    pub input: PathBuf,
    /// How to print the findings.
    pub format: AuditFormat,
    /// The day to audit as of; today if not given.
    pub today: Option<NaiveDate>,
    /// Whether findings make the exit code 1.
    pub strict: bool,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// How `cares audit` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFormat {
    /// Grouped by section and action, for people.
    Text,
    /// A JSON array, for programs.
    Json,
}

/// `cares report <doc.json>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportArgs {
    /// The document (or a table).
    pub input: PathBuf,
    /// Markdown or HTML.
    pub format: ReportFormat,
    /// The day of the report; today if not given.
    pub today: Option<NaiveDate>,
    /// Where to write it; standard output if not given.
    pub output: Option<PathBuf>,
    /// Whether to replace an existing file.
    pub overwrite: Overwrite,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// The report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown, to paste into a board paper.
    Markdown,
    /// A complete HTML page.
    Html,
}

/// `cares export <doc.json> --format csv [-o plan.csv]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportArgs {
    /// The document (or a table).
    pub input: PathBuf,
    /// What to write.
    pub format: ExportFormat,
    /// Where to write it; standard output if not given.
    pub output: Option<PathBuf>,
    /// Whether to replace an existing file.
    pub overwrite: Overwrite,
    /// The language of the text output, if asked for with `--lang`.
    pub lang: Option<String>,
}

/// What `cares export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// An action plan table that `cares import` reads back.
    Csv,
    /// A workbook, one sheet per plan, that `cares import` reads back.
    Xlsx,
}

/// `cares schema [-o file]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaArgs {
    /// Which version of the document format (2 unless given).
    pub version: u32,
    /// Where to write it; standard output if not given.
    pub output: Option<PathBuf>,
    /// Whether to replace an existing file.
    pub overwrite: Overwrite,
}

/// Reads the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    let mut parser = lexopt::Parser::from_args(args);
    let general = |e: lexopt::Error| usage(e, Topic::General);
    let Some(first) = parser.next().map_err(general)? else {
        return Err(CliError::Usage {
            message: format!("say what to do: {COMMANDS}"),
            topic: Topic::General,
        });
    };
    match first {
        Short('h') | Long("help") => Ok(Command::Help(Topic::General)),
        Short('V') | Long("version") => Ok(Command::Version),
        Value(command) => {
            let name = command.to_string_lossy().into_owned();
            match name.as_str() {
                "import" => parse_import(&mut parser),
                "audit" => parse_audit(&mut parser),
                "report" => parse_report(&mut parser),
                "export" => parse_export(&mut parser),
                "schema" => parse_schema(&mut parser),
                "borough" => parse_borough(&mut parser),
                "highlight" => parse_highlight(&mut parser),
                "progress" => parse_progress(&mut parser),
                "position" => parse_view(&mut parser, Topic::Position),
                "empowerment" => parse_view(&mut parser, Topic::Empowerment),
                "help" => parse_help(&mut parser),
                _ => Err(CliError::Usage {
                    message: format!("there is no command \"{name}\"; the commands are {COMMANDS}"),
                    topic: Topic::General,
                }),
            }
        }
        other => Err(general(other.unexpected())),
    }
}

/// Every command, as an error message lists them.
const COMMANDS: &str =
    "import, audit, report, export, schema, borough, highlight, progress, position or empowerment";

fn usage(error: lexopt::Error, topic: Topic) -> CliError {
    CliError::Usage {
        message: error.to_string(),
        topic,
    }
}

fn parse_help(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = match parser.next().map_err(|e| usage(e, Topic::General))? {
        None => Topic::General,
        Some(Value(v)) => match v.to_string_lossy().as_ref() {
            "import" => Topic::Import,
            "audit" => Topic::Audit,
            "report" => Topic::Report,
            "export" => Topic::Export,
            "schema" => Topic::Schema,
            "borough" => Topic::Borough,
            "highlight" => Topic::Highlight,
            "progress" => Topic::Progress,
            "position" => Topic::Position,
            "empowerment" => Topic::Empowerment,
            other => {
                return Err(CliError::Usage {
                    message: format!("there is no command \"{other}\" to explain"),
                    topic: Topic::General,
                });
            }
        },
        Some(other) => return Err(usage(other.unexpected(), Topic::General)),
    };
    Ok(Command::Help(topic))
}

fn path_value(parser: &mut lexopt::Parser, topic: Topic) -> Result<PathBuf, CliError> {
    parser
        .value()
        .map(PathBuf::from)
        .map_err(|e| usage(e, topic))
}

fn text_value(parser: &mut lexopt::Parser, topic: Topic) -> Result<String, CliError> {
    let value = parser.value().map_err(|e| usage(e, topic))?;
    value.into_string().map_err(|v| CliError::Usage {
        message: format!("\"{}\" is not valid text", v.to_string_lossy()),
        topic,
    })
}

fn today_value(parser: &mut lexopt::Parser, topic: Topic) -> Result<NaiveDate, CliError> {
    let text = text_value(parser, topic)?;
    cares_core::calendar::iso_day::parse(&text).ok_or_else(|| CliError::Usage {
        message: format!("--today wants a date like 2024-06-01, not \"{text}\""),
        topic,
    })
}

/// Remembers the one positional argument a command takes.
fn positional(slot: &mut Option<PathBuf>, value: OsString, topic: Topic) -> Result<(), CliError> {
    if slot.is_some() {
        return Err(CliError::Usage {
            message: format!(
                "one file at a time: \"{}\" is one too many",
                value.to_string_lossy()
            ),
            topic,
        });
    }
    *slot = Some(PathBuf::from(value));
    Ok(())
}

fn parse_import(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Import;
    let (mut table, mut output, mut title, mut sheet) = (None, None, None, None);
    let mut overwrite = Overwrite::Refuse;
    let mut lang = None;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Short('o') | Long("output") => output = Some(path_value(parser, topic)?),
            Short('f') | Long("force") => overwrite = Overwrite::Replace,
            Short('t') | Long("title") => title = Some(text_value(parser, topic)?),
            Long("sheet") => sheet = Some(text_value(parser, topic)?),
            Value(v) => positional(&mut table, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let table = table.ok_or_else(|| CliError::Usage {
        message: "which table? give the CSV file or .xlsx workbook to import".into(),
        topic,
    })?;
    let output = output.ok_or_else(|| CliError::Usage {
        message: "where to? give the document to write with -o, e.g. -o plan.json".into(),
        topic,
    })?;
    Ok(Command::Import(ImportArgs {
        table,
        sheet,
        output,
        overwrite,
        title,
        lang,
    }))
}

fn parse_audit(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Audit;
    let (mut input, mut today) = (None, None);
    let mut format = AuditFormat::Text;
    let mut strict = false;
    let mut lang = None;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("json") => format = AuditFormat::Json,
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Long("today") => today = Some(today_value(parser, topic)?),
            Long("strict") => strict = true,
            Value(v) => positional(&mut input, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let input = input.ok_or_else(|| CliError::Usage {
        message: "which plan? give a document (.json) or a table (.csv) to audit".into(),
        topic,
    })?;
    Ok(Command::Audit(AuditArgs {
        input,
        format,
        today,
        strict,
        lang,
    }))
}

fn parse_report(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Report;
    let (mut input, mut today, mut output, mut lang) = (None, None, None, None);
    let mut format = ReportFormat::Markdown;
    let mut overwrite = Overwrite::Refuse;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Long("format") => format = format_value(parser, topic)?,
            Long("today") => today = Some(today_value(parser, topic)?),
            Short('o') | Long("output") => output = Some(path_value(parser, topic)?),
            Short('f') | Long("force") => overwrite = Overwrite::Replace,
            Value(v) => positional(&mut input, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let input = input.ok_or_else(|| CliError::Usage {
        message: "which plan? give the document (.json) to report on".into(),
        topic,
    })?;
    Ok(Command::Report(ReportArgs {
        input,
        format,
        today,
        output,
        overwrite,
        lang,
    }))
}

fn parse_export(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Export;
    let (mut input, mut output, mut lang) = (None, None, None);
    let mut format = ExportFormat::Csv;
    let mut overwrite = Overwrite::Refuse;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Long("format") => {
                let text = text_value(parser, topic)?;
                format = match text.to_lowercase().as_str() {
                    "csv" => ExportFormat::Csv,
                    "xlsx" => ExportFormat::Xlsx,
                    _ => {
                        return Err(CliError::Usage {
                            message: format!("--format is csv or xlsx, not \"{text}\""),
                            topic,
                        });
                    }
                };
            }
            Short('o') | Long("output") => output = Some(path_value(parser, topic)?),
            Short('f') | Long("force") => overwrite = Overwrite::Replace,
            Value(v) => positional(&mut input, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let input = input.ok_or_else(|| CliError::Usage {
        message: "which plan? give the document (.json) to export".into(),
        topic,
    })?;
    if format == ExportFormat::Xlsx && output.is_none() {
        return Err(CliError::Usage {
            message: "a workbook is written to a file: give it with -o, e.g. -o plan.xlsx".into(),
            topic,
        });
    }
    Ok(Command::Export(ExportArgs {
        input,
        format,
        output,
        overwrite,
        lang,
    }))
}

fn format_value(parser: &mut lexopt::Parser, topic: Topic) -> Result<ReportFormat, CliError> {
    let text = text_value(parser, topic)?;
    match text.to_lowercase().as_str() {
        "markdown" | "md" => Ok(ReportFormat::Markdown),
        "html" => Ok(ReportFormat::Html),
        _ => Err(CliError::Usage {
            message: format!("--format is markdown or html, not \"{text}\""),
            topic,
        }),
    }
}

fn parse_borough(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Borough;
    let (mut inputs, mut today, mut lang) = (Vec::new(), None, None);
    let mut format = ReportFormat::Markdown;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Long("format") => format = format_value(parser, topic)?,
            Long("today") => today = Some(today_value(parser, topic)?),
            Value(v) => inputs.push(PathBuf::from(v)),
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    if inputs.is_empty() {
        return Err(CliError::Usage {
            message: "which plans? give one or more documents (.json) or tables (.csv)".into(),
            topic,
        });
    }
    Ok(Command::Borough(BoroughArgs {
        inputs,
        format,
        today,
        lang,
    }))
}

fn parse_highlight(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Highlight;
    let (mut input, mut quarter, mut lang) = (None, None, None);
    let mut format = ReportFormat::Markdown;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Long("format") => format = format_value(parser, topic)?,
            Long("quarter") => {
                let text = text_value(parser, topic)?;
                quarter = Some(text.parse::<Quarter>().map_err(|e| CliError::Usage {
                    message: format!(
                        "--quarter wants a financial quarter like 2024-Q1 (April to June 2024): {e}"
                    ),
                    topic,
                })?);
            }
            Value(v) => positional(&mut input, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let input = input.ok_or_else(|| CliError::Usage {
        message: "which borough? give the document (.json) to report on".into(),
        topic,
    })?;
    let quarter = quarter.ok_or_else(|| CliError::Usage {
        message:
            "which quarter? give it with --quarter, e.g. --quarter 2024-Q1 (April to June 2024)"
                .into(),
        topic,
    })?;
    Ok(Command::Highlight(HighlightArgs {
        input,
        quarter,
        format,
        lang,
    }))
}

fn parse_progress(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Progress;
    match parser.next().map_err(|e| usage(e, topic))? {
        Some(Short('h') | Long("help")) => return Ok(Command::Help(topic)),
        Some(Value(v)) if v == "import" => {}
        _ => {
            return Err(CliError::Usage {
                message: "say what to do with progress: cares progress import <counts.csv> --into <doc.json>"
                    .into(),
                topic,
            });
        }
    }
    let (mut counts, mut into, mut lang) = (None, None, None);
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("into") => into = Some(path_value(parser, topic)?),
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Value(v) => positional(&mut counts, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let counts = counts.ok_or_else(|| CliError::Usage {
        message: "which counts? give the partners' CSV (marker, locality, quarter, count)".into(),
        topic,
    })?;
    let into = into.ok_or_else(|| CliError::Usage {
        message: "into which document? give it with --into, e.g. --into borough.json".into(),
        topic,
    })?;
    Ok(Command::ProgressImport(ProgressImportArgs {
        counts,
        into,
        lang,
    }))
}

fn parse_view(parser: &mut lexopt::Parser, topic: Topic) -> Result<Command, CliError> {
    let (mut input, mut today, mut lang) = (None, None, None);
    let mut format = AuditFormat::Text;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("json") => format = AuditFormat::Json,
            Long("today") if topic == Topic::Empowerment => {
                today = Some(today_value(parser, topic)?);
            }
            Long("lang") => lang = Some(lang_value(parser, topic)?),
            Value(v) => positional(&mut input, v, topic)?,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    let input = input.ok_or_else(|| CliError::Usage {
        message: "which borough? give the document (.json)".into(),
        topic,
    })?;
    let args = ViewArgs {
        input,
        format,
        today,
        lang,
    };
    Ok(if topic == Topic::Position {
        Command::Position(args)
    } else {
        Command::Empowerment(args)
    })
}

/// The value of `--lang`, as written; [`crate::language::Language::choose`] says
/// whether cares has it.
fn lang_value(parser: &mut lexopt::Parser, topic: Topic) -> Result<String, CliError> {
    let value = parser.value().map_err(|e| usage(e, topic))?;
    Ok(value.to_string_lossy().into_owned())
}

fn parse_schema(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let topic = Topic::Schema;
    let mut version = cares_core::document::CURRENT_VERSION;
    let mut output = None;
    let mut overwrite = Overwrite::Refuse;
    while let Some(arg) = parser.next().map_err(|e| usage(e, topic))? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(topic)),
            Long("document-version") => {
                let text = text_value(parser, topic)?;
                version = text
                    .parse()
                    .ok()
                    .filter(|v| cares_core::document::schema_json_for(*v).is_some())
                    .ok_or_else(|| CliError::Usage {
                        message: format!(
                            "there is no document version \"{text}\"; give 1, 2, 3 or 4"
                        ),
                        topic,
                    })?;
            }
            Short('o') | Long("output") => output = Some(path_value(parser, topic)?),
            Short('f') | Long("force") => overwrite = Overwrite::Replace,
            other => return Err(usage(other.unexpected(), topic)),
        }
    }
    Ok(Command::Schema(SchemaArgs {
        version,
        output,
        overwrite,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Command, CliError> {
        parse(words.iter().map(OsString::from))
    }

    #[test]
    fn import_needs_a_table_and_an_output() {
        let command = parse_words(&["import", "plan.csv", "-o", "plan.json", "--force"]);
        assert_eq!(
            command.ok(),
            Some(Command::Import(ImportArgs {
                table: "plan.csv".into(),
                sheet: None,
                output: "plan.json".into(),
                overwrite: Overwrite::Replace,
                title: None,
                lang: None,
            }))
        );
        let missing = parse_words(&["import", "plan.csv"]).err();
        assert!(matches!(
            missing,
            Some(CliError::Usage {
                topic: Topic::Import,
                ..
            })
        ));
    }

    #[test]
    fn audit_reads_its_options_in_any_order() {
        let command = parse_words(&["audit", "--today", "2024-06-01", "plan.json", "--json"]);
        let Ok(Command::Audit(args)) = command else {
            panic!("expected an audit, got {command:?}");
        };
        assert_eq!(args.format, AuditFormat::Json);
        assert_eq!(args.today, NaiveDate::from_ymd_opt(2024, 6, 1));
        assert!(!args.strict);
    }

    #[test]
    fn the_programme_commands_read_their_options() {
        let borough = parse_words(&["borough", "a.json", "b.json", "--format", "html"]);
        let Ok(Command::Borough(args)) = borough else {
            panic!("expected a borough view, got {borough:?}");
        };
        assert_eq!(
            args.inputs,
            [PathBuf::from("a.json"), PathBuf::from("b.json")]
        );
        assert_eq!(args.format, ReportFormat::Html);
        let highlight = parse_words(&["highlight", "b.json", "--quarter", "2024-Q1"]);
        let Ok(Command::Highlight(args)) = highlight else {
            panic!("expected a highlight report, got {highlight:?}");
        };
        assert_eq!(args.quarter.to_string(), "2024-25 Q1");
        assert!(matches!(
            parse_words(&["progress", "import", "c.csv", "--into", "b.json"]),
            Ok(Command::ProgressImport(_))
        ));
        let empowerment =
            parse_words(&["empowerment", "b.json", "--json", "--today", "2024-06-01"]);
        let Ok(Command::Empowerment(args)) = empowerment else {
            panic!("expected the empowerment view, got {empowerment:?}");
        };
        assert_eq!(args.format, AuditFormat::Json);
        assert_eq!(args.today, NaiveDate::from_ymd_opt(2024, 6, 1));
    }

    #[test]
    fn a_bad_date_is_a_usage_error_that_shows_the_form() {
        let err = parse_words(&["audit", "plan.json", "--today", "1 June"]).err();
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            message,
            "--today wants a date like 2024-06-01, not \"1 June\""
        );
    }

    #[test]
    fn help_and_version_are_understood_everywhere() {
        assert_eq!(
            parse_words(&["--help"]).ok(),
            Some(Command::Help(Topic::General))
        );
        assert_eq!(parse_words(&["-V"]).ok(), Some(Command::Version));
        assert_eq!(
            parse_words(&["report", "x.json", "--help"]).ok(),
            Some(Command::Help(Topic::Report))
        );
        assert_eq!(
            parse_words(&["help", "audit"]).ok(),
            Some(Command::Help(Topic::Audit))
        );
    }

    #[test]
    fn unknown_commands_and_options_are_usage_errors() {
        for words in [
            &[][..],
            &["frobnicate"][..],
            &["audit", "--colour"][..],
            &["audit", "a.json", "b.json"][..],
            &["report", "a.json", "--format", "pdf"][..],
            &["schema", "extra"][..],
            &["highlight", "b.json"][..],
            &["highlight", "b.json", "--quarter", "spring"][..],
            &["progress", "counts.csv", "--into", "b.json"][..],
            &["progress", "import", "counts.csv"][..],
            &["position", "b.json", "--today", "2024-06-01"][..],
            &["borough"][..],
        ] {
            assert!(
                matches!(parse_words(words), Err(CliError::Usage { .. })),
                "{words:?}"
            );
        }
    }
}
