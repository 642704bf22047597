//! Reading a Fluent (`.ftl`) file into a [`Catalogue`]: the build does this natively
//! and ships only the result. What the evaluator cannot do is refused here, with the
//! file, line and message id, so a translator's mistake never reaches a screen.
//!
//! Supported: messages and their attributes (`id.attr`), text, `{ $argument }`,
//! string and number literals, references to other messages and to terms (filled in
//! here), and selects on an argument keyed by plural category, exact number or word.
//! Not supported (refused): functions such as `NUMBER()`, terms with arguments, and a
//! select on anything but an argument. Each file names its language in three terms:
//! `-language-name`, `-language-direction` (`ltr` or `rtl`) and `-language-checked`
//! (`yes` once a qualified translator has checked it, else `no`).

use std::collections::BTreeMap;
use std::fmt;

use fluent_syntax::ast;

use crate::catalogue::{Catalogue, Direction, Message, Part, Variant};

/// One thing wrong in a Fluent file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// The file, as the caller named it.
    pub file: String,
    /// The line (from 1) the problem is on or the message starts on.
    pub line: usize,
    /// The message or term, when the problem is inside one.
    pub id: Option<String>,
    /// What is wrong, in words a translator can act on.
    pub problem: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if let Some(id) = &self.id {
            write!(f, "{id}: ")?;
        }
        f.write_str(&self.problem)
    }
}

/// Reads one language's Fluent file.
///
/// # Errors
/// Every problem found (not only the first): text that is not Fluent, a reference to
/// a message or term that does not exist or refers back to itself, a construct the
/// evaluator does not support, or a missing or wrong language term.
pub fn compile(language: &str, file: &str, text: &str) -> Result<Catalogue, Vec<CompileError>> {
    let mut errors = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for e in parse_errors {
                errors.push(CompileError {
                    file: file.to_owned(),
                    line: line_of_offset(text, e.pos.start),
                    id: None,
                    problem: format!("not valid Fluent ({:?})", e.kind),
                });
            }
            resource
        }
    };
    let mut messages: BTreeMap<&str, &ast::Message<&str>> = BTreeMap::new();
    let mut terms: BTreeMap<&str, &ast::Term<&str>> = BTreeMap::new();
    for entry in &resource.body {
        let twice = match entry {
            ast::Entry::Message(m) => messages.insert(m.id.name, m).map(|_| m.id.name.to_owned()),
            ast::Entry::Term(t) => terms
                .insert(t.id.name, t)
                .map(|_| format!("-{}", t.id.name)),
            _ => None,
        };
        if let Some(id) = twice {
            errors.push(error(file, text, &id, "defined twice"));
        }
    }
    let lowering = Lowering {
        file,
        text,
        messages: &messages,
        terms: &terms,
    };
    let mut out = BTreeMap::new();
    for (id, message) in &messages {
        let mut stack = vec![(*id).to_owned()];
        if let Some(value) = &message.value {
            match lowering.pattern(value, &mut stack) {
                Ok(parts) => {
                    out.insert((*id).to_owned(), parts);
                }
                Err(problem) => errors.push(error(file, text, id, &problem)),
            }
        }
        for attribute in &message.attributes {
            let key = format!("{id}.{}", attribute.id.name);
            match lowering.pattern(&attribute.value, &mut stack) {
                Ok(parts) => {
                    out.insert(key, parts);
                }
                Err(problem) => errors.push(error(file, text, &key, &problem)),
            }
        }
    }
    let term_text = |name: &str| -> Option<String> {
        let term = terms.get(name)?;
        let parts = lowering
            .pattern(&term.value, &mut vec![format!("-{name}")])
            .ok()?;
        match parts.as_slice() {
            [Part::Text(t)] => Some(t.trim().to_owned()),
            _ => None,
        }
    };
    let name = term_text("language-name");
    let direction = match term_text("language-direction").as_deref() {
        Some("ltr") => Some(Direction::Ltr),
        Some("rtl") => Some(Direction::Rtl),
        _ => None,
    };
    let checked = match term_text("language-checked").as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    };
    for (term, ok, want) in [
        (
            "language-name",
            name.is_some(),
            "the language's name in itself",
        ),
        ("language-direction", direction.is_some(), "ltr or rtl"),
        ("language-checked", checked.is_some(), "yes or no"),
    ] {
        if !ok {
            errors.push(CompileError {
                file: file.to_owned(),
                line: 1,
                id: Some(format!("-{term}")),
                problem: format!("every catalogue needs this term, set to {want}"),
            });
        }
    }
    match (errors.is_empty(), name, direction, checked) {
        (true, Some(name), Some(direction), Some(checked)) => Ok(Catalogue {
            language: language.to_owned(),
            name,
            direction,
            checked,
            messages: out,
        }),
        _ => Err(errors),
    }
}

struct Lowering<'a> {
    file: &'a str,
    text: &'a str,
    messages: &'a BTreeMap<&'a str, &'a ast::Message<&'a str>>,
    terms: &'a BTreeMap<&'a str, &'a ast::Term<&'a str>>,
}

impl Lowering<'_> {
    fn pattern(
        &self,
        pattern: &ast::Pattern<&str>,
        stack: &mut Vec<String>,
    ) -> Result<Message, String> {
        let mut parts = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
                ast::PatternElement::Placeable { expression } => {
                    for part in self.expression(expression, stack)? {
                        match part {
                            Part::Text(t) => push_text(&mut parts, &t),
                            other => parts.push(other),
                        }
                    }
                }
            }
        }
        Ok(parts)
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        stack: &mut Vec<String>,
    ) -> Result<Message, String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, stack),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return Err(
                        "a select must choose on an argument, such as { $count -> … }".into(),
                    );
                };
                let mut lowered = Vec::new();
                let mut default = 0;
                for (i, variant) in variants.iter().enumerate() {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    if variant.default {
                        default = i;
                    }
                    lowered.push(Variant {
                        key,
                        value: self.pattern(&variant.value, stack)?,
                    });
                }
                Ok(vec![Part::Select {
                    select: id.name.to_owned(),
                    variants: lowered,
                    default,
                }])
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<&str>,
        stack: &mut Vec<String>,
    ) -> Result<Message, String> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                Ok(vec![Part::Text(unescaped(value))])
            }
            ast::InlineExpression::NumberLiteral { value } => {
                Ok(vec![Part::Text((*value).to_owned())])
            }
            ast::InlineExpression::VariableReference { id } => Ok(vec![Part::Arg {
                arg: id.name.to_owned(),
            }]),
            ast::InlineExpression::Placeable { expression } => self.expression(expression, stack),
            ast::InlineExpression::FunctionReference { id, .. } => Err(format!(
                "functions such as {}() are not supported: write the argument alone, {{ $name }}; \
                 numbers and dates are written in the language's own way already",
                id.name
            )),
            ast::InlineExpression::MessageReference { id, attribute } => {
                let key = match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_owned(),
                };
                let message = self
                    .messages
                    .get(id.name)
                    .ok_or_else(|| format!("refers to {key}, which this file does not define"))?;
                let pattern = match attribute {
                    None => message.value.as_ref(),
                    Some(a) => message
                        .attributes
                        .iter()
                        .find(|x| x.id.name == a.name)
                        .map(|x| &x.value),
                }
                .ok_or_else(|| format!("refers to {key}, which has no text"))?;
                self.referenced(&key, pattern, stack)
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if arguments.is_some() {
                    return Err(format!(
                        "terms with arguments (-{}(…)) are not supported",
                        id.name
                    ));
                }
                if attribute.is_some() {
                    return Err(format!(
                        "term attributes (-{}.…) are not supported",
                        id.name
                    ));
                }
                let key = format!("-{}", id.name);
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or_else(|| format!("refers to {key}, which this file does not define"))?;
                self.referenced(&key, &term.value, stack)
            }
        }
    }

    fn referenced(
        &self,
        key: &str,
        pattern: &ast::Pattern<&str>,
        stack: &mut Vec<String>,
    ) -> Result<Message, String> {
        if stack.iter().any(|s| s == key) {
            return Err(format!(
                "refers back to itself through {}",
                stack.join(" → ")
            ));
        }
        stack.push(key.to_owned());
        let out = self.pattern(pattern, stack);
        stack.pop();
        // Only the outermost message reports, at its own line.
        let _ = (self.file, self.text);
        out
    }
}

fn push_text(parts: &mut Message, text: &str) {
    if let Some(Part::Text(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Part::Text(text.to_owned()));
    }
}

/// A string literal's escapes: `\"`, `\\`, `\uXXXX` and `\UXXXXXX`.
fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(width @ ('u' | 'U')) => {
                let digits: String = chars
                    .by_ref()
                    .take(if width == 'u' { 4 } else { 6 })
                    .collect();
                let decoded = u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32);
                out.push(decoded.unwrap_or('\u{FFFD}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn error(file: &str, text: &str, id: &str, problem: &str) -> CompileError {
    CompileError {
        file: file.to_owned(),
        line: line_of_definition(text, id),
        id: Some(id.to_owned()),
        problem: problem.to_owned(),
    }
}

/// The line an entry starts on (fluent-syntax keeps no positions for entries).
fn line_of_definition(text: &str, id: &str) -> usize {
    let entry = id.split('.').next().unwrap_or(id);
    text.lines()
        .position(|line| {
            line.strip_prefix(entry)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Args;
    use crate::locale::SimpleLocale;

    const HEADER: &str =
        "-language-name = English\n-language-direction = ltr\n-language-checked = yes\n";

    fn english(body: &str) -> Result<Catalogue, Vec<CompileError>> {
        compile("en-GB", "en-GB.ftl", &format!("{HEADER}{body}"))
    }

    #[test]
    fn plurals_references_and_attributes_are_compiled() {
        let cat = english(
            "-app = cares\n\
             welcome = Welcome to { -app }\n\
             plan-count = { $count ->\n    [one] One plan\n   *[other] { $count } plans\n}\n\
             save = Save\n    .title = Save this plan\n\
             save-again = { save } again\n",
        )
        .expect("compiles");
        let say = |id: &str, args: &Args| cat.format(id, args, &SimpleLocale).expect("defined");
        assert_eq!(say("welcome", &Args::new()), "Welcome to cares");
        assert_eq!(say("plan-count", &Args::new().with("count", 1)), "One plan");
        assert_eq!(say("plan-count", &Args::new().with("count", 4)), "4 plans");
        assert_eq!(say("save.title", &Args::new()), "Save this plan");
        assert_eq!(say("save-again", &Args::new()), "Save again");
        assert_eq!(cat.name, "English");
        assert!(cat.checked);
    }

    #[test]
    fn multiline_text_loses_its_indent() {
        let cat = english("intro =\n    First line\n    second line\n").expect("compiles");
        assert_eq!(
            cat.format("intro", &Args::new(), &SimpleLocale).as_deref(),
            Some("First line\nsecond line")
        );
    }

    #[test]
    fn unsupported_and_broken_entries_are_refused_with_their_line_and_id() {
        let errors = english(
            "ok = Fine\n\
             money = { NUMBER($n) } pounds\n\
             loop = { loop }\n\
             lost = { nowhere }\n",
        )
        .expect_err("refused");
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            said.iter()
                .any(|e| e.starts_with("en-GB.ftl:5: money: functions such as NUMBER()")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|e| e.starts_with("en-GB.ftl:6: loop: refers back to itself")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|e| e
                    == "en-GB.ftl:7: lost: refers to nowhere, which this file does not define"),
            "{said:?}"
        );
    }

    #[test]
    fn a_file_without_its_language_terms_is_refused() {
        let errors = compile("cy", "cy.ftl", "save = Cadw\n").expect_err("refused");
        let ids: Vec<_> = errors.iter().filter_map(|e| e.id.as_deref()).collect();
        assert_eq!(
            ids,
            ["-language-name", "-language-direction", "-language-checked"]
        );
    }

    #[test]
    fn text_that_is_not_fluent_is_refused_with_its_line() {
        let errors = english("good = Yes\nthis line is not fluent\n").expect_err("refused");
        assert_eq!(errors[0].line, 5);
        assert!(errors[0].problem.starts_with("not valid Fluent"));
    }
}
