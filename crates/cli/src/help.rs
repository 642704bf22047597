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
    /// `cares borough --help`.
    Borough,
    /// `cares highlight --help`.
    Highlight,
    /// `cares progress --help`.
    Progress,
    /// `cares position --help`.
    Position,
    /// `cares empowerment --help`.
    Empowerment,
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
            Topic::Borough => BOROUGH_HELP,
            Topic::Highlight => HIGHLIGHT_HELP,
            Topic::Progress => PROGRESS_HELP,
            Topic::Position => POSITION_HELP,
            Topic::Empowerment => EMPOWERMENT_HELP,
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
            Topic::Borough => "cares borough --help",
            Topic::Highlight => "cares highlight --help",
            Topic::Progress => "cares progress --help",
            Topic::Position => "cares position --help",
            Topic::Empowerment => "cares empowerment --help",
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
  cares schema [--document-version 2|3|4] [-o <file>]
  cares borough <doc.json>... [--format markdown|html] [--today YYYY-MM-DD]
  cares highlight <doc.json> --quarter 2024-Q1 [--format markdown|html]
  cares progress import <counts.csv> --into <doc.json>
  cares position <doc.json> [--json]
  cares empowerment <doc.json> [--today YYYY-MM-DD] [--json]

Commands:
  import   read a council action plan table (CSV or .xlsx) into a cares document
  audit    check every action is SMART: a lead, a measure and a date
  report   a progress summary to paste into a board paper
  export   a plan as an action plan table (CSV or .xlsx) that `cares import` reads back
  schema   the JSON Schema of the cares document
  borough      several locality plans side by side, leads grouped by organisation
  highlight    the quarterly highlight report for the Health and Wellbeing Board
  progress     put partners' quarterly counts (CSV) into a document
  position     the self-assessment position statement, theme by theme
  empowerment  the Carer Empowerment Plan's findings in plain words

Options:
  --lang <language>  after any command but schema: the language of what it says,
                     en-GB (British English), cy (Welsh, draft) or ur (Urdu, draft);
                     default: LANG if cares has it, else British English. --json and
                     the files cares writes (documents, tables) never change with it
  -h, --help         help (also: cares <command> --help)
  -V, --version      the version

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
  cares import <table.csv> -o <doc.json> [--force] [--title <title>] [--lang en-GB|cy|ur]
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
  --lang <language>        the language of what cares says: en-GB, cy (Welsh, draft)
                           or ur (Urdu, draft); default: LANG if cares has it, else
                           British English
  -h, --help               this help
";

const AUDIT_HELP: &str = "\
cares audit — check every action is SMART

Usage:
  cares audit <doc.json|table.csv|plan.xlsx> [--json] [--today YYYY-MM-DD] [--strict]
              [--lang en-GB|cy|ur]

Lists, by section and action, what each action still lacks: a lead, an outcome
measure, a date; vague timescales (\"on-going\"), undated milestones, overdue actions
and ratings without evidence. A table (.csv, or an .xlsx workbook's first sheet) is
read as `cares import` would, without writing anything.

Options:
  --json                 print a JSON array: plan, section, action, code, severity, message
  --today <YYYY-MM-DD>   audit as of this day (default: today's date, UTC)
  --strict               exit with 1 if anything is found
  --lang <language>      the language of the text: en-GB (British English), cy (Welsh,
                         draft) or ur (Urdu, draft); default: LANG if cares has it, else
                         British English. --json is the same in every language
  -h, --help             this help
";

const REPORT_HELP: &str = "\
cares report — a progress summary for a board paper

Usage:
  cares report <doc.json> [--format markdown|html] [--today YYYY-MM-DD] [-o <file>]
               [--lang en-GB|cy|ur]

For each plan: how many actions are complete, on track, at risk, off track or not
started; progress by section, by area of focus and by lead; overdue actions; and
what the SMART audit finds. HTML is a complete, printable page.

Options:
  --format <markdown|html>  the format (default: markdown)
  --today <YYYY-MM-DD>      the day of the report (default: today's date, UTC)
  -o, --output <file>       write to a file instead of the screen
  -f, --force               replace that file if it exists
  --lang <language>         the language of the report: en-GB, cy (Welsh, draft) or ur
                            (Urdu, draft); default: LANG if cares has it, else English
  -h, --help                this help
";

const EXPORT_HELP: &str = "\
cares export — a plan as an action plan table

Usage:
  cares export <doc.json|table.csv> [--format csv|xlsx] [-o <plan.csv|plan.xlsx>] [--force]
               [--lang en-GB|cy|ur]

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
  --lang <language>       the language of its notes: en-GB, cy (Welsh, draft) or ur
                          (Urdu, draft); the table's columns are always as `cares
                          import` reads them
  -h, --help              this help
";

const SCHEMA_HELP: &str = "\
cares schema — the JSON Schema of the cares document

Usage:
  cares schema [--document-version 2|3|4] [-o <file>] [--force]

A document says its version in \"version\": 2 as it is usually written, 3 once its
history is compacted, 4 once it keeps a school calendar. Check a file against the
schema of its own version.

Options:
      --document-version <n>  the schema of that version (2 unless given; 1 to 4)
  -o, --output <file>         write to a file instead of the screen
  -f, --force                 replace that file if it exists
  -h, --help                  this help
";

const BOROUGH_HELP: &str = "\
cares borough — the borough at a glance

Usage:
  cares borough <doc.json|table.csv>... [--format markdown|html] [--today YYYY-MM-DD]
                [--lang en-GB|cy|ur]

Puts every plan of the documents (or tables) given side by side: per locality and
per area of focus, how many actions, their red, amber and green ratings, how many are
SMART (a lead, a measure and a date), how many are overdue, and what the audit finds
most often. Leads are grouped by organisation, with one organisation's spellings
(\"RCCG\", \"r.c.c.g\") in one row and joint leads (\"RCCG/NHSCB\") shown as related.

Options:
  --format <markdown|html>  the format (default: markdown)
  --today <YYYY-MM-DD>      audit as of this day (default: today's date, UTC)
  --lang <language>         the language of the view: en-GB, cy (Welsh, draft) or ur
                            (Urdu, draft); default: LANG if cares has it, else English
  -h, --help                this help
";

const HIGHLIGHT_HELP: &str = "\
cares highlight — the quarterly highlight report

Usage:
  cares highlight <doc.json> --quarter 2024-Q1 [--format markdown|html] [--lang en-GB|cy|ur]

The report for the Health and Wellbeing Board on one financial quarter: plan
progress by area of focus and locality (as of the quarter's last day), the progress
markers with their change since last quarter and their targets, the empowerment
plan's findings, the co-production sessions held and how many took part (counts,
never names), and the improvement actions most organisations named.

Quarters are financial: the year starts in April, so 2024-Q1 is April to June 2024,
2024-Q2 July to September, 2024-Q3 October to December and 2024-Q4 January to March
2025. \"2024-25 Q1\" is read too. HTML is a complete page that prints on A4.

Options:
  --quarter <YYYY-Qn>       the financial quarter (required)
  --format <markdown|html>  the format (default: markdown)
  --lang <language>         the language of the report: en-GB, cy (Welsh, draft) or ur
                            (Urdu, draft); default: LANG if cares has it, else English
  -h, --help                this help
";

const PROGRESS_HELP: &str = "\
cares progress import — partners' quarterly counts into a document

Usage:
  cares progress import <counts.csv> --into <doc.json> [--lang en-GB|cy|ur]

Reads a CSV with the columns marker, locality, quarter and count (counts only, never
people), for example:

  marker,locality,quarter,count
  meeting-places,Maltby,2024-Q1,4
  Newsletter reach,,2024-Q1,850

A marker is named by its key (meeting-places) or its name (Meeting places for
carers); an empty locality is a count for the whole borough; a quarter is financial
(2024-Q1 is April to June 2024). Every line is checked first: a wrong marker, a
negative count, an unknown quarter or a line repeated is an error naming its line,
and then the document is left exactly as it was. Otherwise each count replaces the
one for the same marker, locality and quarter, the document is rewritten whole, and
what changed is listed.

Options:
  --into <doc.json>  the document to put the counts in (required)
  --lang <language>  the language of what changed, or of what is wrong with a line:
                     en-GB, cy (Welsh, draft) or ur (Urdu, draft); default: LANG if
                     cares has it, else English
  -h, --help         this help
";

const POSITION_HELP: &str = "\
cares position — the self-assessment position statement

Usage:
  cares position <doc.json> [--json] [--lang en-GB|cy|ur]

Rolls every organisation's latest self-assessment up theme by theme: how many
answers said not yet, partly, mostly or fully, the share that said mostly or fully,
who has not answered, and the improvement actions organisations named.

Options:
  --json             print the statement as JSON, for programs (the same in every
                     language)
  --lang <language>  the language of the text: en-GB, cy (Welsh, draft) or ur (Urdu,
                     draft); default: LANG if cares has it, else English
  -h, --help         this help
";

const EMPOWERMENT_HELP: &str = "\
cares empowerment — the Carer Empowerment Plan's findings

Usage:
  cares empowerment <doc.json> [--today YYYY-MM-DD] [--json] [--lang en-GB|cy|ur]

From the financial quarter of the day given on: how many key strategic meetings have
a carer voice, and in plain words a meeting with no carer voice, a rep asked to too
many meetings, a young carer rep expected at a meeting in school hours. Meetings in
earlier quarters are left out.

Options:
  --today <YYYY-MM-DD>  look from this day (default: today's date, UTC)
  --json                print the findings as JSON, for programs (the same in every
                        language)
  --lang <language>     the language of the text: en-GB, cy (Welsh, draft) or ur
                        (Urdu, draft); default: LANG if cares has it, else English
  -h, --help            this help
";
