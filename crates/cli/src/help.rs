//! What `cares --help` and each `cares <command> --help` print, and how to ask for it.
//! Apart from the parser ([`crate::args`]) so that errors ([`crate::error`]) can point
//! to a help topic without depending on the parser.

/// What help is about: the whole tool or one subcommand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// `cares --help`.
    General,
    /// `cares import --help`.
    Import,
    /// `cares audit --help`.
    Audit,
    /// `cares report --help`.
    Report,
    /// `cares export --help`.
    Export,
    /// `cares schema --help`.
    Schema,
}

impl Topic {
    /// The help text.
    pub fn text(self) -> &'static str {
        match self {
            Topic::General => GENERAL_HELP,
            Topic::Import => IMPORT_HELP,
            Topic::Audit => AUDIT_HELP,
            Topic::Report => REPORT_HELP,
            Topic::Export => EXPORT_HELP,
            Topic::Schema => SCHEMA_HELP,
        }
    }

    /// How to ask for this help: "cares audit --help".
    pub fn how_to_ask(self) -> &'static str {
        match self {
            Topic::General => "cares --help",
            Topic::Import => "cares import --help",
            Topic::Audit => "cares audit --help",
            Topic::Report => "cares report --help",
            Topic::Export => "cares export --help",
            Topic::Schema => "cares schema --help",
        }
    }
}

const GENERAL_HELP: &str = "\
cares — carers' action plans from the command line

Usage:
  cares import <table.csv> -o <doc.json> [--force] [--title <title>]
  cares import <plan.xlsx> -o <doc.json> [--sheet <name>] [--force] [--title <title>]
  cares audit <doc.json|table.csv|plan.xlsx> [--json] [--today YYYY-MM-DD] [--strict]
  cares report <doc.json> [--format markdown|html] [--today YYYY-MM-DD] [-o <file>]
  cares export <doc.json|table.csv> [--format csv|xlsx] [-o <plan.csv|plan.xlsx>] [--force]
  cares schema [-o <file>]

Commands:
  import   read a council action plan table (CSV or .xlsx) into a cares document
  audit    check every action is SMART: a lead, a measure and a date
  report   a progress summary to paste into a board paper
  export   a plan as an action plan table (CSV or .xlsx) that `cares import` reads back
  schema   the JSON Schema of the cares document

Options:
  -h, --help      help (also: cares <command> --help)
  -V, --version   the version

Exit codes:
  0  done (an audit that finds gaps still exits 0 unless --strict)
  1  the audit found something and --strict was given
  2  the command was not understood, or a file would be overwritten without --force
  3  the input is not a valid table or document
  4  a file could not be read or written
";

const IMPORT_HELP: &str = "\
cares import — read an action plan table into a cares document

Usage:
  cares import <table.csv> -o <doc.json> [--force] [--title <title>]
  cares import <plan.xlsx> -o <doc.json> [--sheet <name>] [--force] [--title <title>]

Reads a council action plan table saved as CSV (UTF-8; commas, semicolons or tabs),
or from an Excel workbook (.xlsx; its first sheet, or the one --sheet names), with
the columns No, How we will do this, Outcome measure, Key Milestones,
Lead officer / Organisation and Completion / Review Date, and optionally Section,
Commenced, Status (RAG) and Evidence. Headings may vary (\"Ref\", \"What we will do\",
\"Lead\", \"Due\"…). Anything read with doubt is listed as a warning; in a
workbook its line is the sheet's row number. A workbook protected with a password
cannot be read: remove the password in your spreadsheet first.

The document is written whole or not at all. An existing file is only replaced with
--force.

Options:
  -o, --output <doc.json>  where to write the document (required)
  -f, --force              replace the document if it exists
  -t, --title <title>      the plan's title (default: from the file name)
  --sheet <name>           the workbook's sheet to read (default: the first)
  -h, --help               this help
";

const AUDIT_HELP: &str = "\
cares audit — check every action is SMART

Usage:
  cares audit <doc.json|table.csv|plan.xlsx> [--json] [--today YYYY-MM-DD] [--strict]

Lists, by section and action, what each action still lacks: a lead, an outcome
measure, a date; vague timescales (\"on-going\"), undated milestones, overdue actions
and ratings without evidence. A table (.csv, or an .xlsx workbook's first sheet) is
read as `cares import` would, without writing anything.

Options:
  --json                 print a JSON array: plan, section, action, code, severity, message
  --today <YYYY-MM-DD>   audit as of this day (default: today's date, UTC)
  --strict               exit with 1 if anything is found
  -h, --help             this help
";

const REPORT_HELP: &str = "\
cares report — a progress summary for a board paper

Usage:
  cares report <doc.json> [--format markdown|html] [--today YYYY-MM-DD] [-o <file>]

For each plan: how many actions are complete, on track, at risk, off track or not
started; progress by section, by area of focus and by lead; overdue actions; and
what the SMART audit finds. HTML is a complete, printable page.

Options:
  --format <markdown|html>  the format (default: markdown)
  --today <YYYY-MM-DD>      the day of the report (default: today's date, UTC)
  -o, --output <file>       write to a file instead of the screen
  -f, --force               replace that file if it exists
  -h, --help                this help
";

const EXPORT_HELP: &str = "\
cares export — a plan as an action plan table

Usage:
  cares export <doc.json|table.csv> [--format csv|xlsx] [-o <plan.csv|plan.xlsx>] [--force]

Writes the document's plan as a CSV table (UTF-8, for spreadsheets), one row per
action ordered by area of focus, with the columns Area of focus, Section, No, How we
will do this, Outcome measure, Key Milestones, Lead officer, Lead organisation,
Commenced, Completion / Review Date, Status (RAG) and Evidence. Dates are written
as 2026-06-30. `cares import` reads it back to the same actions, sections, areas,
leads, dates and statuses. A document with several plans exports the first.

With --format xlsx it writes an Excel workbook (-o is then required) with one sheet
per plan, named from the plan's title, holding the same columns: each Status (RAG)
cell is filled red, amber, green or blue (complete) and still says its rating in
words, the header row stays in view and filters are on. `cares import --sheet`
reads any one sheet back.

The table is written whole or not at all. An existing file is only replaced with
--force.

Options:
  --format <csv|xlsx>     the format (default: csv)
  -o, --output <file>     write to a file instead of the screen
  -f, --force             replace that file if it exists
  -h, --help              this help
";

const SCHEMA_HELP: &str = "\
cares schema — the JSON Schema of the cares document

Usage:
  cares schema [-o <file>] [--force]

Options:
  -o, --output <file>  write to a file instead of the screen
  -f, --force          replace that file if it exists
  -h, --help           this help
";
