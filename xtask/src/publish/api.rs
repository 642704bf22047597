//! The public API of cares-core as a sorted list of lines, one per public item with its
//! signature, read from rustdoc's JSON and compared with `crates/core/api.txt`.
//!
//! A line that disappears or changes is a breaking change for partners; a new line is
//! an addition. Either way the snapshot must be rewritten on purpose
//! (`cargo xtask api --bless`), so every change to the API is seen in review.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Bless, CRATE, target_dir};
use crate::run::{cmd_in, root};

/// Where the snapshot is kept, relative to the workspace root.
const SNAPSHOT: &str = "crates/core/api.txt";

/// Builds rustdoc's JSON for the crate, renders its API and compares or writes it.
pub fn check(bless: Bless) -> Result<(), String> {
    cmd_in(
        &root(),
        "cargo",
        &[
            "rustdoc",
            "-p",
            CRATE,
            "--all-features",
            "--lib",
            "--",
            "-Z",
            "unstable-options",
            "--output-format",
            "json",
        ],
        &[("RUSTC_BOOTSTRAP", "1")],
    )?;
    let json_path = target_dir().join("doc/cares_core.json");
    let text = std::fs::read_to_string(&json_path)
        .map_err(|e| format!("could not read {}: {e}", json_path.display()))?;
    let doc: Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not JSON: {e}", json_path.display()))?;
    let api = render(&doc)?;
    let snapshot = root().join(SNAPSHOT);
    if bless == Bless::Yes {
        return std::fs::write(&snapshot, &api)
            .map_err(|e| format!("could not write {}: {e}", snapshot.display()));
    }
    let checked_in = std::fs::read_to_string(&snapshot)
        .map_err(|e| format!("could not read {}: {e}", snapshot.display()))?;
    compare(&checked_in, &api)
}

fn compare(checked_in: &str, now: &str) -> Result<(), String> {
    let before: BTreeSet<&str> = checked_in.lines().collect();
    let after: BTreeSet<&str> = now.lines().collect();
    let gone: Vec<&str> = before.difference(&after).copied().collect();
    let added: Vec<&str> = after.difference(&before).copied().collect();
    if gone.is_empty() && added.is_empty() {
        eprintln!("the public API of {CRATE} matches {SNAPSHOT}");
        return Ok(());
    }
    let mut message = format!("the public API of {CRATE} differs from {SNAPSHOT}:\n");
    for line in &gone {
        message.push_str(&format!("  - {line}\n"));
    }
    for line in &added {
        message.push_str(&format!("  + {line}\n"));
    }
    if gone.is_empty() {
        message.push_str(
            "only additions: note them in crates/core/CHANGELOG.md, then run `cargo xtask api --bless`",
        );
    } else {
        message.push_str(
            "lines removed or changed are a BREAKING change for partners: if it is intended, \
             raise the minor version, say so in crates/core/CHANGELOG.md, then run \
             `cargo xtask api --bless`",
        );
    }
    Err(message)
}

/// Every public item reachable from the crate root, one line each, sorted.
fn render(doc: &Value) -> Result<String, String> {
    let index = doc
        .get("index")
        .and_then(Value::as_object)
        .ok_or("rustdoc JSON has no index")?;
    let root_id = doc.get("root").ok_or("rustdoc JSON has no root")?;
    let format = doc
        .get("format_version")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let mut public = std::collections::HashMap::new();
    public_paths(index, &key(root_id), "cares_core", &mut public);
    let walker = Walker { doc, index, public };
    let mut lines = BTreeSet::new();
    walker.module(&key(root_id), "cares_core", &mut lines);
    let mut out = format!("# cares-core public API (rustdoc JSON format {format})\n");
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

struct Walker<'a> {
    doc: &'a Value,
    index: &'a serde_json::Map<String, Value>,
    /// Where partners reach each item of this crate (an item re-exported from a private
    /// module is named by its re-export), by id.
    public: std::collections::HashMap<String, String>,
}

/// The local item a public `use` re-exports, when it is one item of this crate.
fn local_target<'v>(index: &'v serde_json::Map<String, Value>, body: &Value) -> Option<&'v Value> {
    body.get("id")
        .filter(|_| body.get("is_glob").and_then(Value::as_bool) != Some(true))
        .and_then(|id| index.get(&key(id)))
        .filter(|target| target.get("crate_id").and_then(Value::as_u64) == Some(0))
}

/// The public items of the module `id`, each with its path under `path`.
fn public_children<'v>(
    index: &'v serde_json::Map<String, Value>,
    id: &str,
    path: &str,
) -> Vec<(&'v Value, String)> {
    let Some(items) = index
        .get(id)
        .and_then(|m| inner(m, "module"))
        .and_then(|m| m.get("items"))
        .and_then(Value::as_array)
    else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|child| index.get(&key(child)))
        .filter(|item| item.get("visibility").and_then(Value::as_str) == Some("public"))
        .map(|item| {
            // A re-export's name is in its body (`pub use chrono;`).
            let name = item
                .get("name")
                .and_then(Value::as_str)
                .or_else(|| inner(item, "use").and_then(|u| u.get("name")?.as_str()))
                .unwrap_or("_");
            (item, format!("{path}::{name}"))
        })
        .collect()
}

/// Records the public path of every item reachable from the module `id`.
fn public_paths(
    index: &serde_json::Map<String, Value>,
    id: &str,
    path: &str,
    found: &mut std::collections::HashMap<String, String>,
) {
    for (mut item, here) in public_children(index, id, path) {
        if let Some(target) = inner(item, "use").and_then(|body| local_target(index, body)) {
            item = target;
        }
        let item_id = key(item.get("id").unwrap_or(&Value::Null));
        if inner(item, "module").is_some() {
            public_paths(index, &item_id, &here, found);
        }
        found.entry(item_id).or_insert(here);
    }
}

impl Walker<'_> {
    fn item(&self, id: &str) -> Option<&Value> {
        self.index.get(id)
    }

    fn module(&self, id: &str, path: &str, lines: &mut BTreeSet<String>) {
        for (item, here) in public_children(self.index, id, path) {
            self.public_item(item, &here, lines);
        }
    }

    fn public_item(&self, item: &Value, path: &str, lines: &mut BTreeSet<String>) {
        let marks = if attrs_text(item).contains("non_exhaustive") {
            "#[non_exhaustive] "
        } else {
            ""
        };
        let Some((kind, body)) = item
            .get("inner")
            .and_then(Value::as_object)
            .and_then(|o| o.iter().next())
        else {
            return;
        };
        match kind.as_str() {
            "module" => {
                lines.insert(format!("mod {path}"));
                self.module(&key(item.get("id").unwrap_or(&Value::Null)), path, lines);
            }
            "use" => {
                // An item of this crate re-exported from a private module (a file split
                // along its seams) is listed where partners reach it, as if it were
                // written there, so moving code between files leaves the snapshot alone.
                match local_target(self.index, body) {
                    Some(target) => self.public_item(target, path, lines),
                    None => {
                        let source = body.get("source").and_then(Value::as_str).unwrap_or("?");
                        lines.insert(format!("use {path} = {source}"));
                    }
                }
            }
            "struct" => {
                lines.insert(format!(
                    "{marks}struct {path}{}",
                    self.generics(body.get("generics"))
                ));
                self.struct_fields(body.get("kind"), path, lines);
                self.impls(body.get("impls"), path, lines);
            }
            "enum" => {
                lines.insert(format!(
                    "{marks}enum {path}{}",
                    self.generics(body.get("generics"))
                ));
                for variant in body
                    .get("variants")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    self.variant(&key(variant), path, lines);
                }
                self.impls(body.get("impls"), path, lines);
            }
            "function" => {
                lines.insert(format!(
                    "{}fn {path}{}",
                    Self::qualifiers(body),
                    self.signature(body)
                ));
            }
            "constant" => {
                let ty = self.ty(body.get("type").unwrap_or(&Value::Null));
                lines.insert(format!("const {path}: {ty}"));
            }
            "static" => {
                let ty = self.ty(body.get("type").unwrap_or(&Value::Null));
                lines.insert(format!("static {path}: {ty}"));
            }
            "type_alias" => {
                let ty = self.ty(body.get("type").unwrap_or(&Value::Null));
                lines.insert(format!("type {path} = {ty}"));
            }
            "trait" => {
                lines.insert(format!("trait {path}"));
                for member in body
                    .get("items")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(member) = self.item(&key(member)) {
                        self.associated(member, path, "trait member", lines);
                    }
                }
            }
            "macro" | "proc_macro" => {
                lines.insert(format!("macro {path}"));
            }
            other => {
                lines.insert(format!("{other} {path}"));
            }
        }
    }

    fn struct_fields(&self, kind: Option<&Value>, path: &str, lines: &mut BTreeSet<String>) {
        let Some(kind) = kind else { return };
        if let Some(fields) = kind
            .get("plain")
            .and_then(|p| p.get("fields"))
            .and_then(Value::as_array)
        {
            for field in fields {
                self.field(&key(field), path, lines);
            }
        } else if let Some(fields) = kind.get("tuple").and_then(Value::as_array) {
            for (i, field) in fields.iter().enumerate() {
                if !field.is_null() {
                    let ty = self
                        .item(&key(field))
                        .and_then(|f| inner(f, "struct_field"))
                        .map(|t| self.ty(t))
                        .unwrap_or_default();
                    lines.insert(format!("field {path}.{i}: {ty}"));
                }
            }
        }
    }

    fn field(&self, id: &str, path: &str, lines: &mut BTreeSet<String>) {
        let Some(field) = self.item(id) else { return };
        if field.get("visibility").and_then(Value::as_str) != Some("public") {
            return;
        }
        let name = field.get("name").and_then(Value::as_str).unwrap_or("_");
        let ty = inner(field, "struct_field")
            .map(|t| self.ty(t))
            .unwrap_or_default();
        lines.insert(format!("field {path}.{name}: {ty}"));
    }

    fn variant(&self, id: &str, path: &str, lines: &mut BTreeSet<String>) {
        let Some(variant) = self.item(id) else { return };
        let name = variant.get("name").and_then(Value::as_str).unwrap_or("_");
        let here = format!("{path}::{name}");
        let kind = inner(variant, "variant").and_then(|v| v.get("kind"));
        match kind {
            Some(Value::Object(o)) if o.contains_key("tuple") => {
                let types: Vec<String> = o["tuple"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|f| {
                        self.item(&key(f))
                            .and_then(|f| inner(f, "struct_field"))
                            .map(|t| self.ty(t))
                            .unwrap_or_else(|| "_".into())
                    })
                    .collect();
                lines.insert(format!("variant {here}({})", types.join(", ")));
            }
            Some(Value::Object(o)) if o.contains_key("struct") => {
                lines.insert(format!("variant {here} {{..}}"));
                for field in o["struct"]
                    .get("fields")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    self.field(&key(field), &here, lines);
                }
            }
            _ => {
                lines.insert(format!("variant {here}"));
            }
        }
    }

    fn impls(&self, impls: Option<&Value>, path: &str, lines: &mut BTreeSet<String>) {
        for id in impls.and_then(Value::as_array).into_iter().flatten() {
            let Some(imp) = self.item(&key(id)).and_then(|i| inner(i, "impl")) else {
                continue;
            };
            let synthetic = imp.get("is_synthetic").and_then(Value::as_bool) == Some(true);
            let blanket = imp.get("blanket_impl").is_some_and(|b| !b.is_null());
            if synthetic || blanket {
                continue;
            }
            match imp.get("trait").filter(|t| !t.is_null()) {
                Some(tr) => {
                    let for_ty = self.ty(imp.get("for").unwrap_or(&Value::Null));
                    lines.insert(format!("impl {} for {for_ty}", self.path_type(tr)));
                }
                None => {
                    for member in imp
                        .get("items")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        let Some(member) = self.item(&key(member)) else {
                            continue;
                        };
                        if member.get("visibility").and_then(Value::as_str) == Some("public") {
                            self.associated(member, path, "method", lines);
                        }
                    }
                }
            }
        }
    }

    fn associated(&self, member: &Value, path: &str, what: &str, lines: &mut BTreeSet<String>) {
        let name = member.get("name").and_then(Value::as_str).unwrap_or("_");
        let Some((kind, body)) = member
            .get("inner")
            .and_then(Value::as_object)
            .and_then(|o| o.iter().next())
        else {
            return;
        };
        let line = match kind.as_str() {
            "function" => format!(
                "{}{what} {path}::{name}{}",
                Self::qualifiers(body),
                self.signature(body)
            ),
            "assoc_const" => {
                let ty = self.ty(body.get("type").unwrap_or(&Value::Null));
                format!("const {path}::{name}: {ty}")
            }
            other => format!("{other} {path}::{name}"),
        };
        lines.insert(line);
    }

    fn signature(&self, function: &Value) -> String {
        let sig = function.get("sig");
        let mut out = String::new();
        out.push_str(&self.generics(function.get("generics")));
        let inputs: Vec<String> = sig
            .and_then(|s| s.get("inputs"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|pair| {
                let name = pair.get(0).and_then(Value::as_str).unwrap_or("_");
                let ty = self.ty(pair.get(1).unwrap_or(&Value::Null));
                if name == "self" {
                    match ty.as_str() {
                        "Self" => "self".to_owned(),
                        "&Self" => "&self".to_owned(),
                        "&mut Self" => "&mut self".to_owned(),
                        _ => format!("self: {ty}"),
                    }
                } else {
                    format!("{name}: {ty}")
                }
            })
            .collect();
        out.push('(');
        out.push_str(&inputs.join(", "));
        out.push(')');
        if let Some(output) = sig.and_then(|s| s.get("output")).filter(|o| !o.is_null()) {
            out.push_str(" -> ");
            out.push_str(&self.ty(output));
        }
        out
    }

    /// `const `, `async `, `unsafe `: what comes before `fn`.
    fn qualifiers(function: &Value) -> String {
        let header = function.get("header");
        let is =
            |flag: &str| header.and_then(|h| h.get(flag)).and_then(Value::as_bool) == Some(true);
        let mut prefix = String::new();
        for (flag, word) in [
            ("is_const", "const "),
            ("is_async", "async "),
            ("is_unsafe", "unsafe "),
        ] {
            if is(flag) {
                prefix.push_str(word);
            }
        }
        prefix
    }

    fn generics(&self, generics: Option<&Value>) -> String {
        let Some(generics) = generics else {
            return String::new();
        };
        let params: Vec<String> = generics
            .get("params")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|param| {
                let name = param.get("name").and_then(Value::as_str)?;
                let kind = param.get("kind")?;
                if let Some(ty) = kind.get("type") {
                    if ty.get("is_synthetic").and_then(Value::as_bool) == Some(true) {
                        return None;
                    }
                    let bounds = self.bounds(ty.get("bounds"));
                    Some(if bounds.is_empty() {
                        name.to_owned()
                    } else {
                        format!("{name}: {bounds}")
                    })
                } else if kind.get("const").is_some() {
                    Some(format!("const {name}"))
                } else {
                    Some(name.to_owned())
                }
            })
            .collect();
        if params.is_empty() {
            String::new()
        } else {
            format!("<{}>", params.join(", "))
        }
    }

    fn bounds(&self, bounds: Option<&Value>) -> String {
        bounds
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|bound| {
                if let Some(tb) = bound.get("trait_bound") {
                    self.path_type(tb.get("trait").unwrap_or(&Value::Null))
                } else if let Some(lifetime) = bound.get("outlives").and_then(Value::as_str) {
                    lifetime.to_owned()
                } else {
                    compact(bound)
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// A path to a type or trait, with its generic arguments; the canonical path when
    /// rustdoc knows it, so the way a module imports a name does not matter.
    fn path_type(&self, path: &Value) -> String {
        let written = path
            .get("path")
            .or_else(|| path.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("?");
        let id = path.get("id").map(key);
        if let Some(public) = id.as_ref().and_then(|id| self.public.get(id)) {
            let mut out = public.clone();
            if let Some(args) = path.get("args").filter(|a| !a.is_null()) {
                out.push_str(&self.generic_args(args));
            }
            return out;
        }
        let canonical = id
            .and_then(|id| self.doc.get("paths").and_then(|p| p.get(&id)))
            .and_then(|summary| summary.get("path"))
            .and_then(Value::as_array)
            .map(|parts| {
                parts
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("::")
            })
            .filter(|p| !p.is_empty());
        let mut out = canonical.unwrap_or_else(|| written.to_owned());
        if let Some(args) = path.get("args").filter(|a| !a.is_null()) {
            out.push_str(&self.generic_args(args));
        }
        out
    }

    fn generic_args(&self, args: &Value) -> String {
        if let Some(angle) = args.get("angle_bracketed") {
            let mut parts: Vec<String> = angle
                .get("args")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|arg| {
                    if let Some(ty) = arg.get("type") {
                        self.ty(ty)
                    } else if let Some(lifetime) = arg.get("lifetime").and_then(Value::as_str) {
                        lifetime.to_owned()
                    } else {
                        compact(arg)
                    }
                })
                .collect();
            for constraint in angle
                .get("constraints")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                parts.push(self.constraint(constraint));
            }
            if parts.is_empty() {
                String::new()
            } else {
                format!("<{}>", parts.join(", "))
            }
        } else if let Some(paren) = args.get("parenthesized") {
            let inputs: Vec<String> = paren
                .get("inputs")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|t| self.ty(t))
                .collect();
            let output = paren
                .get("output")
                .filter(|o| !o.is_null())
                .map(|o| format!(" -> {}", self.ty(o)))
                .unwrap_or_default();
            format!("({}){output}", inputs.join(", "))
        } else {
            compact(args)
        }
    }

    /// `Item = T` or `Item: Bound` inside angle brackets.
    fn constraint(&self, constraint: &Value) -> String {
        let name = constraint
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("?");
        let binding = constraint.get("binding");
        if let Some(ty) = binding
            .and_then(|b| b.get("equality"))
            .and_then(|e| e.get("type"))
        {
            format!("{name} = {}", self.ty(ty))
        } else if let Some(bounds) = binding.and_then(|b| b.get("constraint")) {
            format!("{name}: {}", self.bounds(Some(bounds)))
        } else {
            compact(constraint)
        }
    }

    fn ty(&self, ty: &Value) -> String {
        if let Some(s) = ty.as_str() {
            return s.to_owned();
        }
        let Some((kind, body)) = ty.as_object().and_then(|o| o.iter().next()) else {
            return compact(ty);
        };
        match kind.as_str() {
            "resolved_path" => self.path_type(body),
            "primitive" | "generic" => body.as_str().unwrap_or("?").to_owned(),
            "borrowed_ref" => {
                let lifetime = body
                    .get("lifetime")
                    .and_then(Value::as_str)
                    .map(|l| format!("{l} "))
                    .unwrap_or_default();
                let mutable = if body.get("is_mutable").and_then(Value::as_bool) == Some(true) {
                    "mut "
                } else {
                    ""
                };
                format!(
                    "&{lifetime}{mutable}{}",
                    self.ty(body.get("type").unwrap_or(&Value::Null))
                )
            }
            "slice" => format!("[{}]", self.ty(body)),
            "array" => format!(
                "[{}; {}]",
                self.ty(body.get("type").unwrap_or(&Value::Null)),
                body.get("len").and_then(Value::as_str).unwrap_or("?")
            ),
            "tuple" => {
                let parts: Vec<String> = body
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| self.ty(t))
                    .collect();
                format!("({})", parts.join(", "))
            }
            "impl_trait" => format!("impl {}", self.bounds(Some(body))),
            "dyn_trait" => {
                let traits: Vec<String> = body
                    .get("traits")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|t| self.path_type(t.get("trait").unwrap_or(&Value::Null)))
                    .collect();
                format!("dyn {}", traits.join(" + "))
            }
            "qualified_path" => {
                let self_ty = self.ty(body.get("self_type").unwrap_or(&Value::Null));
                let name = body.get("name").and_then(Value::as_str).unwrap_or("?");
                match body.get("trait").filter(|t| !t.is_null()) {
                    Some(tr) => format!("<{self_ty} as {}>::{name}", self.path_type(tr)),
                    None => format!("{self_ty}::{name}"),
                }
            }
            _ => compact(ty),
        }
    }
}

/// The body of an item of one kind (`{"inner": {"struct": {…}}}`).
fn inner<'v>(item: &'v Value, kind: &str) -> Option<&'v Value> {
    item.get("inner").and_then(|i| i.get(kind))
}

/// An id as the index's key (ids are numbers in recent formats, strings in older ones).
fn key(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn attrs_text(item: &Value) -> String {
    item.get("attrs").map(compact).unwrap_or_default()
}

fn compact(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
