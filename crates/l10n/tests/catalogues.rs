//! The shipped catalogues: each one compiles, has exactly British English's ids and
//! arguments, and fills every message without a stray `{$name}`.

use cares_l10n::compile::compile;
use cares_l10n::native::NativeLocale;
use cares_l10n::{Args, SHIPPED, compare, pseudo_catalogue};

fn compiled(tag: &str, source: &str) -> cares_l10n::Catalogue {
    compile(tag, &format!("locales/{tag}.ftl"), source).unwrap_or_else(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}", listed.join("\n"))
    })
}

#[test]
fn every_catalogue_has_exactly_the_ids_and_arguments_of_british_english() {
    let (tag, source) = SHIPPED[0];
    let english = compiled(tag, source);
    for (tag, source) in &SHIPPED[1..] {
        let other = compiled(tag, source);
        let differences: Vec<String> = compare(&english, &other)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            differences.is_empty(),
            "locales/{tag}.ftl:\n{}",
            differences.join("\n")
        );
        assert!(
            !other.checked,
            "{tag} says it was checked by a translator; only set that when it was"
        );
    }
}

#[test]
fn urdu_runs_right_to_left_and_the_others_left_to_right() {
    for (tag, source) in SHIPPED {
        let catalogue = compiled(tag, source);
        let expected = if tag == "ur" { "rtl" } else { "ltr" };
        assert_eq!(catalogue.direction.attribute(), expected, "{tag}");
    }
}

#[test]
fn every_message_fills_with_typical_arguments_and_no_placeholder_is_left() {
    let args = Args::new()
        .with("count", 3)
        .with("actions", 12)
        .with("smart", 4)
        .with("flagged", 8)
        .with("day", "3")
        .with("month", 12)
        .with("year", "2026")
        .with("status", "amber")
        .with("title", "Maltby")
        .with("plan", "Maltby")
        .with("written", "ongoing")
        .with("milestone", "Launch")
        .with(
            "today",
            chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day"),
        )
        .with(
            "due",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("a day"),
        );
    for (tag, source) in SHIPPED {
        let catalogue = compiled(tag, source);
        let locale = NativeLocale::new(&catalogue);
        for (id, message) in &catalogue.messages {
            // Any argument not named above is a count.
            let mut args = args.clone();
            for name in variables(message) {
                if args.get(&name).is_none() {
                    args.set(&name, 3);
                }
            }
            let text = catalogue.format(id, &args, &locale).expect("present");
            assert!(!text.contains("{$"), "{tag} {id}: {text}");
            assert!(!text.trim().is_empty(), "{tag} {id} is empty");
        }
    }
}

#[test]
fn the_pseudo_language_brackets_every_message() {
    let (tag, source) = SHIPPED[0];
    let pseudo = pseudo_catalogue(&compiled(tag, source));
    let locale = NativeLocale::new(&compiled(tag, source));
    for id in pseudo.messages.keys() {
        let text = pseudo.format(id, &Args::new(), &locale).expect("present");
        assert!(text.starts_with('[') && text.ends_with(']'), "{id}: {text}");
    }
}

/// The names of a message's arguments, its selects' included.
fn variables(message: &[cares_l10n::Part]) -> Vec<String> {
    let mut names = Vec::new();
    for part in message {
        match part {
            cares_l10n::Part::Text(_) => {}
            cares_l10n::Part::Arg { arg } => names.push(arg.clone()),
            cares_l10n::Part::Select {
                select, variants, ..
            } => {
                names.push(select.clone());
                for variant in variants {
                    names.extend(variables(&variant.value));
                }
            }
        }
    }
    names
}
