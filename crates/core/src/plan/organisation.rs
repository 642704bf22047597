//! Organisation names as councils write them in a lead cell — "RCCG", "R.C.C.G.",
//! "rccg", "RCCG/NHSCB" — brought together so a roll-up by organisation has one row
//! per organisation, not one per spelling. Names that differ only in case, spacing or
//! punctuation are the same organisation; names that share a part ("RCCG" and
//! "RCCG/NHSCB", a joint lead) stay apart but are shown as related.

/// The characters that join two organisations in one lead cell: "RCCG/NHSCB",
/// "RMBC & RCCG", "RMBC, RCCG".
const JOINERS: [char; 5] = ['/', '&', ',', '+', ';'];

/// One part of a name, for comparing: lower case, letters and digits only, words
/// separated by one space ("Carers' Corner" → "carers corner", "R.C.C.G." → "rccg").
fn normalise_part(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    for c in part.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '–' {
            out.push(' ');
        }
        // Other punctuation (full stops, apostrophes, brackets) is dropped.
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The parts of a name: each organisation a joint lead names, normalised.
pub fn organisation_parts(name: &str) -> Vec<String> {
    name.split(JOINERS)
        .map(normalise_part)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The name as a key to group by: two spellings of one organisation give the same key
/// ("RCCG", " r.c.c.g ", "Rccg" → "rccg"; "RCCG / NHSCB" → "rccg/nhscb"). Empty when
/// the name has no letters or digits.
pub fn organisation_key(name: &str) -> String {
    organisation_parts(name).join("/")
}

/// True when two names are different organisations that share a part, as "RCCG" and
/// "RCCG/NHSCB" do. The same organisation spelt two ways is not "related": it is one.
pub fn are_related(a: &str, b: &str) -> bool {
    let (pa, pb) = (organisation_parts(a), organisation_parts(b));
    pa != pb && pa.iter().any(|p| pb.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spacing_and_punctuation_do_not_make_a_new_organisation() {
        for spelling in ["RCCG", "rccg", " R.C.C.G. ", "Rccg"] {
            assert_eq!(organisation_key(spelling), "rccg", "{spelling}");
        }
        assert_eq!(
            organisation_key("Carers' Corner"),
            organisation_key("carers  corner")
        );
        assert_eq!(organisation_key("RCCG / NHSCB"), "rccg/nhscb");
        assert_eq!(organisation_key("RMBC & RCCG"), "rmbc/rccg");
        assert_eq!(organisation_key("..."), "");
    }

    #[test]
    fn a_joint_lead_is_related_to_each_of_its_organisations_but_not_the_same() {
        assert!(are_related("RCCG", "RCCG/NHSCB"));
        assert!(are_related("RCCG/NHSCB", "rccg"));
        assert!(!are_related("RCCG", "r.c.c.g"));
        assert!(!are_related("RCCG", "RMBC"));
        assert!(!are_related("Carers Corner", "Carers Trust"));
    }
}
