//! Reading a lead cell ("RCCG Julie Wisken") into organisation and person.

use crate::plan::Lead;

/// Organisations and teams written in Title Case that a lead cell starts with.
/// Matched as whole words, ignoring case; the longest match wins.
const KNOWN_ORGANISATIONS: [&str; 31] = [
    "carers corner",
    "public health",
    "job centre plus",
    "jobcentre plus",
    "barnardos",
    "barnardo's",
    "barnados",
    "carers strategy steering group",
    "carers steering group",
    "steering group",
    "adult services",
    "adult social care",
    "children's services",
    "commissioning and contracting team",
    "assessment and care management service",
    "assessment & care mgt service",
    "gp practice managers",
    "practice managers",
    "safeguarding",
    "service",
    "services",
    "team",
    "group",
    "board",
    "council",
    "trust",
    "partnership",
    "forum",
    "voluntary sector",
    "healthwatch",
    "crossroads",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadPart {
    Organisation,
    Name,
    Joiner,
    Bracket,
}

/// Splits a "Lead officer / Organisation" cell into organisation and person.
///
/// Each line is read on its own. "Person (Organisation)" is read as written.
/// Otherwise acronyms in capitals ("RCCG", "NHSCB", "L&D") and known names ("Carers
/// Corner", "Public Health", "Job Centre Plus", "… Team", "… Service") are the
/// organisation, and words in Title Case between them are people ("RCCG Julie
/// Wisken" is Julie Wisken at RCCG). A line with any other word ("multi-agency task
/// group") is unclear and all of it is the organisation. Several organisations or
/// people are joined with "; ".
///
/// ```
/// use cares_core::table::split_lead;
/// let lead = split_lead("NHSE/ Public Health/RMBC Kathy Wakefield");
/// assert_eq!(lead.organisation.as_deref(), Some("NHSE/ Public Health/RMBC"));
/// assert_eq!(lead.person.as_deref(), Some("Kathy Wakefield"));
/// let lead = split_lead("RMBC/CCG multi-agency task group");
/// assert_eq!(lead.organisation.as_deref(), Some("RMBC/CCG multi-agency task group"));
/// assert_eq!(lead.person, None);
/// ```
pub fn split_lead(cell: &str) -> Lead {
    let mut organisations: Vec<String> = Vec::new();
    let mut people: Vec<String> = Vec::new();
    for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (orgs, persons) = split_lead_line(line);
        organisations.extend(orgs);
        people.extend(persons);
    }
    let join = |parts: Vec<String>| (!parts.is_empty()).then(|| parts.join("; "));
    Lead {
        person: join(people),
        organisation: join(organisations),
    }
}

fn split_lead_line(line: &str) -> (Vec<String>, Vec<String>) {
    // "Julie Wisken (RCCG)", "(Carers Corner)": as `Lead::display` shows a lead.
    if let Some(before) = line.strip_suffix(')')
        && let Some(open) = before.rfind('(')
        && !before[..open].contains(['(', ')'])
        && !before[open + 1..].trim().is_empty()
    {
        let person = before[..open].trim();
        let org = before[open + 1..].trim();
        let people = if person.is_empty() {
            Vec::new()
        } else {
            vec![person.to_owned()]
        };
        return (vec![org.to_owned()], people);
    }

    let pieces = lead_pieces(line);
    let lower: Vec<String> = pieces.iter().map(|(_, _, t)| t.to_lowercase()).collect();
    let mut parts: Vec<(usize, usize, LeadPart)> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let known = KNOWN_ORGANISATIONS
            .iter()
            .filter_map(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                let end = i + words.len();
                let matches = lower
                    .get(i..end)
                    .is_some_and(|w| w.iter().zip(&words).all(|(a, b)| a == b));
                matches.then_some(end)
            })
            .max();
        if let Some(end) = known {
            parts.push((pieces[i].0, pieces[end - 1].1, LeadPart::Organisation));
            i = end;
            continue;
        }
        let (start, finish, text) = &pieces[i];
        let kind = if is_joiner(text) {
            LeadPart::Joiner
        } else if text.starts_with('(') {
            LeadPart::Bracket
        } else if is_acronym(text) {
            LeadPart::Organisation
        } else if is_name_word(text) {
            LeadPart::Name
        } else {
            // Unclear: the whole line is the organisation.
            return (vec![line.to_owned()], Vec::new());
        };
        parts.push((*start, *finish, kind));
        i += 1;
    }

    // Group into runs: organisations with their joiners, names with theirs.
    let mut runs: Vec<(LeadPart, usize, usize)> = Vec::new();
    for (start, end, kind) in parts {
        match (kind, runs.last_mut()) {
            (LeadPart::Joiner | LeadPart::Bracket, Some(run)) => run.2 = end,
            (LeadPart::Joiner | LeadPart::Bracket, None) => {
                runs.push((LeadPart::Organisation, start, end));
            }
            (kind, Some(run)) if run.0 == kind => run.2 = end,
            (kind, _) => runs.push((kind, start, end)),
        }
    }
    let mut orgs = Vec::new();
    let mut people = Vec::new();
    for (kind, start, end) in runs {
        let text = line[start..end]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '/' | ',' | ';' | '&' | '-')
            })
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '/' | ',' | ';' | '&' | '-')
            })
            .to_owned();
        if text.is_empty() {
            continue;
        }
        if kind == LeadPart::Name {
            people.push(text);
        } else {
            orgs.push(text);
        }
    }
    (orgs, people)
}

/// Splits a line into pieces with byte spans: words, and '/', ',' or ';' on their own.
fn lead_pieces(line: &str) -> Vec<(usize, usize, String)> {
    let mut pieces = Vec::new();
    let mut start: Option<usize> = None;
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        let ends_here = match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0 && (c.is_whitespace() || matches!(c, '/' | ',' | ';')),
        };
        if ends_here {
            if let Some(s) = start.take() {
                pieces.push((s, i, line[s..i].to_owned()));
            }
            if !c.is_whitespace() {
                pieces.push((i, i + c.len_utf8(), c.to_string()));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        pieces.push((s, line.len(), line[s..].to_owned()));
    }
    pieces
}

fn is_joiner(text: &str) -> bool {
    matches!(text, "/" | "," | ";" | "&" | "-" | "–" | "and")
}

/// "RCCG", "NHSCB", "L&D", "N.H.S.": two or more capitals and no small letters.
fn is_acronym(text: &str) -> bool {
    let capitals = text.chars().filter(char::is_ascii_uppercase).count();
    capitals >= 2
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.' | '\''))
}

/// "Julie", "O'Brien", "Smith-Jones", or an initial "M" / "M.".
fn is_name_word(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest: String = chars.collect();
    if rest.is_empty() || rest == "." {
        return true;
    }
    rest.chars().any(char::is_lowercase)
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
}
