//! The pseudo-language: British English accented, about 40 % longer and bracketed,
//! so a test can see at once any text on a screen that did not come from a catalogue
//! (it has no brackets) and any layout that breaks when a language runs longer.

use crate::catalogue::{Catalogue, Direction, Message, Part};

/// The pseudo-language's tag (a private-use subtag, so no real language is claimed).
pub const PSEUDO_LANGUAGE: &str = "en-x-pseudo";

/// The pseudo-language made from the source catalogue.
#[must_use]
pub fn pseudo_catalogue(source: &Catalogue) -> Catalogue {
    Catalogue {
        language: PSEUDO_LANGUAGE.to_owned(),
        name: "[Ƥşéüðö]".to_owned(),
        direction: Direction::Ltr,
        checked: false,
        messages: source
            .messages
            .iter()
            .map(|(id, message)| (id.clone(), bracketed(message)))
            .collect(),
    }
}

fn bracketed(message: &Message) -> Message {
    let mut parts = vec![Part::Text("[".into())];
    parts.extend(message.iter().map(accented));
    let letters = letters(message);
    // Two fifths longer, counted in letters so short labels grow too.
    let padding = (letters * 2).div_ceil(5);
    parts.push(Part::Text(format!("{}]", "~".repeat(padding))));
    parts
}

fn accented(part: &Part) -> Part {
    match part {
        Part::Text(text) => Part::Text(text.chars().map(accent).collect()),
        Part::Arg { .. } => part.clone(),
        Part::Select {
            select,
            variants,
            default,
        } => Part::Select {
            select: select.clone(),
            variants: variants
                .iter()
                .map(|v| crate::catalogue::Variant {
                    key: v.key.clone(),
                    value: v.value.iter().map(accented).collect(),
                })
                .collect(),
            default: *default,
        },
    }
}

fn letters(message: &Message) -> usize {
    message
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.chars().filter(|c| c.is_alphabetic()).count(),
            Part::Arg { .. } => 0,
            Part::Select {
                variants, default, ..
            } => variants.get(*default).map_or(0, |v| letters(&v.value)),
        })
        .sum()
}

fn accent(c: char) -> char {
    const PLAIN: &str = "aceinosuyACEINOSUY";
    const MARKED: &str = "àçéîñöšüýÀÇÉÎÑÖŠÜÝ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| MARKED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Args;
    use crate::locale::SimpleLocale;

    #[test]
    fn pseudo_text_is_accented_longer_and_bracketed_with_arguments_untouched() {
        let source = Catalogue {
            language: "en-GB".into(),
            name: "English".into(),
            direction: Direction::Ltr,
            checked: true,
            messages: [(
                "open".to_owned(),
                vec![Part::Text("Open ".into()), Part::Arg { arg: "plan".into() }],
            )]
            .into_iter()
            .collect(),
        };
        let pseudo = pseudo_catalogue(&source);
        let out = pseudo.format("open", &Args::new().with("plan", "Maltby"), &SimpleLocale);
        assert_eq!(out.as_deref(), Some("[Öpéñ Maltby~~]"));
    }
}
