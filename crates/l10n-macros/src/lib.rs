//! `t!` puts a catalogue message in a view: the British English text is written into
//! the code where it is used (so it travels in that page's chunk, and English needs no
//! download), and the id goes with it, so the chosen language's fetched catalogue is
//! asked first when the app runs.
//!
//! ```ignore
//! let title = t!("home-title");
//! let count = t!("plan-actions-count", count = plan.actions.len());
//! ```
//!
//! When the web app compiles, each `t!` is checked against `locales/en-GB.ftl`: an id
//! the catalogue lacks, or arguments that differ from the message's, fail the build
//! with the id and what is wrong. The expansion calls `crate::i18n::plain` or
//! `crate::i18n::format` (the web app's runtime, `web/src/i18n.rs`) with the id's
//! [`cares_l10n::message_key`] rather than its text, so ids cost four bytes each.
//!
//! `languages!()` lists the shipped catalogues as `(tag, name, right_to_left,
//! checked)`, from `locales/*.ftl`, so adding a language is adding one file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cares_l10n::compile::compile;
use cares_l10n::{Catalogue, Direction, Part, SOURCE_LANGUAGE};
use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, LitStr, Token, parse_macro_input};

/// `t!("id")` or `t!("id", name = value, …)`: the message as a `String` in the chosen
/// language. See the crate's documentation.
#[proc_macro]
pub fn t(input: TokenStream) -> TokenStream {
    let call = parse_macro_input!(input as Call);
    match expand(&call) {
        Ok(tokens) => tokens.into(),
        Err(problem) => syn::Error::new(call.id.span(), problem)
            .to_compile_error()
            .into(),
    }
}

/// `languages!()`: every shipped language as `(tag, name, right_to_left, checked)`,
/// British English first.
#[proc_macro]
pub fn languages(_input: TokenStream) -> TokenStream {
    let found = match shipped() {
        Ok(found) => found,
        Err(problem) => {
            return syn::Error::new(Span::call_site(), problem)
                .to_compile_error()
                .into();
        }
    };
    let rows = found.iter().map(|c| {
        let (tag, name, checked) = (&c.language, &c.name, c.checked);
        let rtl = c.direction == Direction::Rtl;
        quote! { (#tag, #name, #rtl, #checked) }
    });
    quote! { [#(#rows),*] }.into()
}

struct Call {
    id: LitStr,
    args: Vec<(Ident, Expr)>,
}

impl Parse for Call {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let id: LitStr = input.parse()?;
        let mut args = Vec::new();
        if input.parse::<Option<Token![,]>>()?.is_some() {
            let pairs = Punctuated::<Arg, Token![,]>::parse_terminated(input)?;
            args = pairs.into_iter().map(|a| (a.name, a.value)).collect();
        }
        Ok(Self { id, args })
    }
}

struct Arg {
    name: Ident,
    value: Expr,
}

impl Parse for Arg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![=]>()?;
        Ok(Self {
            name,
            value: input.parse()?,
        })
    }
}

fn expand(call: &Call) -> Result<Tokens, String> {
    let english = english()?;
    let id = call.id.value();
    let message = english
        .message(&id)
        .ok_or_else(|| format!("locales/en-GB.ftl has no message \"{id}\"; add it there first"))?;
    let mut wanted = BTreeSet::new();
    variables(message, &mut wanted);
    let given: BTreeSet<String> = call.args.iter().map(|(n, _)| n.to_string()).collect();
    if wanted != given {
        let list = |s: &BTreeSet<String>| {
            if s.is_empty() {
                "none".to_owned()
            } else {
                s.iter()
                    .map(|n| format!("{n} = …"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        return Err(format!(
            "\"{id}\" takes {}; this gives {}",
            list(&wanted),
            list(&given)
        ));
    }
    let key = cares_l10n::message_key(&id);
    if let ([Part::Text(text)], true) = (message.as_slice(), call.args.is_empty()) {
        return Ok(quote! { crate::i18n::plain(#key, #text) });
    }
    let parts = parts(message);
    let args = call.args.iter().map(|(name, value)| {
        let name = name.to_string();
        quote! { .with(#name, #value) }
    });
    Ok(quote! {
        crate::i18n::format(#key, || ::std::vec![#(#parts),*], &::cares_l10n::Args::new() #(#args)*)
    })
}

fn parts(message: &[Part]) -> Vec<Tokens> {
    message
        .iter()
        .map(|part| match part {
            Part::Text(text) => {
                quote! { ::cares_l10n::Part::Text(::std::string::String::from(#text)) }
            }
            Part::Arg { arg } => {
                quote! { ::cares_l10n::Part::Arg { arg: ::std::string::String::from(#arg) } }
            }
            Part::Select {
                select,
                variants,
                default,
            } => {
                let variants = variants.iter().map(|v| {
                    let key = &v.key;
                    let value = parts(&v.value);
                    quote! {
                        ::cares_l10n::Variant {
                            key: ::std::string::String::from(#key),
                            value: ::std::vec![#(#value),*],
                        }
                    }
                });
                quote! {
                    ::cares_l10n::Part::Select {
                        select: ::std::string::String::from(#select),
                        variants: ::std::vec![#(#variants),*],
                        default: #default,
                    }
                }
            }
        })
        .collect()
}

fn variables(message: &[Part], into: &mut BTreeSet<String>) {
    for part in message {
        match part {
            Part::Text(_) => {}
            Part::Arg { arg } => {
                into.insert(arg.clone());
            }
            Part::Select {
                select, variants, ..
            } => {
                into.insert(select.clone());
                for v in variants {
                    variables(&v.value, into);
                }
            }
        }
    }
}

/// The source catalogue, compiled once per compiler run.
fn english() -> Result<&'static Catalogue, String> {
    static ENGLISH: OnceLock<Result<Catalogue, String>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            let dir = locales()?;
            let english = read(&dir, SOURCE_LANGUAGE)?;
            // Views carry a message's key, not its id: two ids must never share one.
            let mut seen = std::collections::BTreeMap::new();
            for id in english.messages.keys() {
                if let Some(other) = seen.insert(cares_l10n::message_key(id), id) {
                    return Err(format!(
                        "the ids \"{other}\" and \"{id}\" have the same key; rename one"
                    ));
                }
            }
            Ok(english)
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn shipped() -> Result<Vec<Catalogue>, String> {
    let dir = locales()?;
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".ftl").map(str::to_owned)
        })
        .collect();
    tags.sort_by_key(|tag| (tag != SOURCE_LANGUAGE, tag.clone()));
    tags.iter().map(|tag| read(&dir, tag)).collect()
}

fn read(dir: &Path, tag: &str) -> Result<Catalogue, String> {
    let path = dir.join(format!("{tag}.ftl"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    compile(tag, &format!("locales/{tag}.ftl"), &text).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// The workspace's `locales/` folder: the nearest one above the crate being built.
fn locales() -> Result<PathBuf, String> {
    let start = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    Path::new(&start)
        .ancestors()
        .map(|dir| dir.join("locales"))
        .find(|dir| dir.join(format!("{SOURCE_LANGUAGE}.ftl")).is_file())
        .ok_or_else(|| format!("no locales/{SOURCE_LANGUAGE}.ftl above {start}"))
}
