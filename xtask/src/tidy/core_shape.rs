//! Tidy checks on the shape of cares-core, run as tests: no two of its modules import
//! each other (directly or round a longer loop), and nothing among its normal
//! dependencies does I/O.
//!
//! A module is a top-level file of `crates/core/src` (`edits.rs`) together with its
//! folder (`measures/record.rs` belongs to `measures`). An import is any `crate::name`
//! path (in a `use`, a `use crate::{a, b::c}` group or inline) or a `super::name` path
//! in a top-level file. Comments, strings and `#[cfg(test)]` modules are skipped: tests
//! may reach anywhere, the code they test may not.
//!
//! The I/O crates refused, by what they would let the core do (the core knows nothing
//! of the clock, randomness, files, the network or the browser; see ARCHITECTURE.md):
//! - run asynchronously or open sockets: `tokio`, `async-std`, `smol`, `mio`, `socket2`;
//! - speak HTTP, WebSocket or TLS: `hyper`, `h2`, `reqwest`, `ureq`, `axum`, `tower`,
//!   `tower-http`, `actix-web`, `warp`, `tungstenite`, `tokio-tungstenite`, `rustls`,
//!   `native-tls`, `openssl`;
//! - reach a database: `sqlx`, `rusqlite`, `libsqlite3-sys`, `postgres`,
//!   `tokio-postgres`, `diesel`;
//! - read randomness or the system clock's time zone: `getrandom`, `rand`, `fastrand`,
//!   `iana-time-zone` (what chrono's `clock` feature pulls in);
//! - touch the browser: `wasm-bindgen`, `js-sys`, `web-sys`, `gloo`;
//! - walk or watch files: `walkdir`, `tempfile`, `notify`, `dirs`.
//!
//! Dev-dependencies (`getrandom` and `proptest` for tests) are allowed.

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use crate::run::root;

    /// Crates that would let the core do I/O; the module doc says why each is here.
    const IO_CRATES: &[&str] = &[
        "tokio",
        "async-std",
        "smol",
        "mio",
        "socket2",
        "hyper",
        "h2",
        "reqwest",
        "ureq",
        "axum",
        "tower",
        "tower-http",
        "actix-web",
        "warp",
        "tungstenite",
        "tokio-tungstenite",
        "rustls",
        "native-tls",
        "openssl",
        "sqlx",
        "rusqlite",
        "libsqlite3-sys",
        "postgres",
        "tokio-postgres",
        "diesel",
        "getrandom",
        "rand",
        "fastrand",
        "iana-time-zone",
        "wasm-bindgen",
        "js-sys",
        "web-sys",
        "gloo",
        "walkdir",
        "tempfile",
        "notify",
        "dirs",
    ];

    /// The source with comments, string and character literals blanked out, so that
    /// only code is searched for paths.
    fn code_only(source: &str) -> String {
        let chars: Vec<char> = source.chars().collect();
        let mut out = String::with_capacity(source.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            if c == '/' && next == Some('/') {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            } else if c == '/' && next == Some('*') {
                let mut depth = 0usize;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                out.push(' ');
            } else if c == 'r' && (next == Some('"') || next == Some('#')) {
                // A raw string: r"…", r#"…"#, and so on.
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    out.push(c);
                    i += 1;
                    continue;
                }
                j += 1;
                let closing: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[j..].iter().collect();
                let len = rest
                    .find(&closing)
                    .map_or(rest.len(), |at| at + closing.len());
                i = j + rest[..len].chars().count();
                out.push_str("\"\"");
            } else if c == '"' {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            } else if c == '\'' && next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push(c);
                i += 1;
            }
        }
        out
    }

    /// The code with every `#[cfg(test)]` item removed, and the names of test modules
    /// kept in files of their own (`#[cfg(test)] mod tests;`).
    fn without_tests(code: &str) -> (String, Vec<String>) {
        let mut out = String::with_capacity(code.len());
        let mut test_files = Vec::new();
        let mut rest = code;
        while let Some(at) = rest.find("#[cfg(test)]") {
            out.push_str(&rest[..at]);
            let item = &rest[at + "#[cfg(test)]".len()..];
            let brace = item.find('{');
            let semicolon = item.find(';');
            match (brace, semicolon) {
                (Some(b), s) if s.is_none_or(|s| b < s) => {
                    let mut depth = 0usize;
                    let mut end = item.len();
                    for (k, ch) in item.char_indices().skip(b) {
                        match ch {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    end = k + 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    rest = &item[end..];
                }
                (_, Some(s)) => {
                    let words: Vec<&str> = item[..s].split_whitespace().collect();
                    if let [.., "mod", name] = words.as_slice() {
                        test_files.push((*name).to_owned());
                    }
                    rest = &item[s + 1..];
                }
                _ => rest = "",
            }
        }
        out.push_str(rest);
        (out, test_files)
    }

    fn ident_at(text: &str) -> &str {
        let end = text
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(text.len());
        &text[..end]
    }

    /// The top-level modules a piece of code names through `crate::` (and, in a
    /// top-level file, through `super::`).
    fn modules_named(code: &str, top_level_file: bool) -> BTreeSet<String> {
        let mut named = BTreeSet::new();
        let mut prefixes = vec!["crate::"];
        if top_level_file {
            prefixes.push("super::");
        }
        for prefix in prefixes {
            for (at, _) in code.match_indices(prefix) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                    continue;
                }
                let after = code[at + prefix.len()..].trim_start();
                if let Some(group) = after.strip_prefix('{') {
                    // `crate::{a::X, b}`: the first name of each top-level entry.
                    let mut depth = 0usize;
                    let mut entry_start = true;
                    for (k, ch) in group.char_indices() {
                        match ch {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            ',' if depth == 0 => entry_start = true,
                            c if entry_start && !c.is_whitespace() => {
                                entry_start = false;
                                named.insert(ident_at(&group[k..]).to_owned());
                            }
                            _ => {}
                        }
                    }
                } else {
                    named.insert(ident_at(after).to_owned());
                }
            }
        }
        named.retain(|name| !name.is_empty() && name != "self" && name != "super");
        named
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// An import of one module by another, and the file it is written in.
    type Imports = BTreeMap<String, BTreeMap<String, PathBuf>>;

    /// Which top-level module imports which, over the sources under `src`.
    fn imports(src: &Path) -> Imports {
        let mut files = Vec::new();
        rust_files(src, &mut files);
        files.sort();
        let module_of = |file: &Path| -> Option<String> {
            let relative = file.strip_prefix(src).ok()?;
            let first = relative.components().next()?.as_os_str().to_str()?;
            let name = first.strip_suffix(".rs").unwrap_or(first);
            (name != "lib").then(|| name.to_owned())
        };
        let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(f)).collect();
        let mut test_only = BTreeSet::new();
        let mut found = Imports::new();
        let mut parsed = Vec::new();
        for file in &files {
            let source = fs::read_to_string(file).unwrap_or_default();
            let (code, test_modules) = without_tests(&code_only(&source));
            // `#[cfg(test)] mod tests;` in `a.rs` or `a/mod.rs` is the file `a/tests.rs`.
            let folder = match file.file_stem().and_then(|s| s.to_str()) {
                Some("mod" | "lib") => file.parent().map(Path::to_path_buf),
                _ => Some(file.with_extension("")),
            };
            for name in test_modules {
                if let Some(folder) = &folder {
                    test_only.insert(folder.join(format!("{name}.rs")));
                }
            }
            parsed.push((file.clone(), code));
        }
        for (file, code) in parsed {
            let Some(module) = module_of(&file) else {
                continue;
            };
            if test_only.contains(&file) {
                continue;
            }
            let top_level = file.parent() == Some(src);
            for other in modules_named(&code, top_level) {
                if other != module && modules.contains(&other) {
                    found
                        .entry(module.clone())
                        .or_default()
                        .entry(other)
                        .or_insert_with(|| file.strip_prefix(src).unwrap_or(&file).to_path_buf());
                }
            }
        }
        found
    }

    /// Every loop of imports, each as the modules round it and where each import is.
    fn cycles(imports: &Imports) -> Vec<String> {
        // Strongly connected components (Tarjan), then one loop through each.
        struct Search<'a> {
            imports: &'a Imports,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            on_stack: BTreeSet<&'a str>,
            components: Vec<Vec<&'a str>>,
        }
        impl<'a> Search<'a> {
            fn visit(&mut self, module: &'a str) {
                let n = self.index.len();
                self.index.insert(module, n);
                self.low.insert(module, n);
                self.stack.push(module);
                self.on_stack.insert(module);
                for next in self.imports.get(module).into_iter().flat_map(|m| m.keys()) {
                    let next = next.as_str();
                    if !self.index.contains_key(next) {
                        self.visit(next);
                        let low = self.low[module].min(self.low[next]);
                        self.low.insert(module, low);
                    } else if self.on_stack.contains(next) {
                        let low = self.low[module].min(self.index[next]);
                        self.low.insert(module, low);
                    }
                }
                if self.low[module] == self.index[module] {
                    let mut component = Vec::new();
                    while let Some(top) = self.stack.pop() {
                        self.on_stack.remove(top);
                        component.push(top);
                        if top == module {
                            break;
                        }
                    }
                    if component.len() > 1 {
                        component.sort_unstable();
                        self.components.push(component);
                    }
                }
            }
        }
        let mut search = Search {
            imports,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            components: Vec::new(),
        };
        for module in imports.keys() {
            if !search.index.contains_key(module.as_str()) {
                search.visit(module);
            }
        }
        search
            .components
            .iter()
            .map(|component| {
                // Walk from the first module, staying inside the component, until a
                // module comes round again.
                let inside: BTreeSet<&str> = component.iter().copied().collect();
                let mut path = vec![component[0]];
                let mut steps = Vec::new();
                loop {
                    let here = path[path.len() - 1];
                    let Some((next, file)) = imports[here]
                        .iter()
                        .find(|(next, _)| inside.contains(next.as_str()))
                    else {
                        break;
                    };
                    steps.push(format!("{here} → {next} ({})", file.display()));
                    if let Some(start) = path.iter().position(|m| *m == next.as_str()) {
                        steps.drain(..start);
                        break;
                    }
                    path.push(next.as_str());
                }
                steps.join(", ")
            })
            .collect()
    }

    #[test]
    fn no_two_core_modules_import_each_other() {
        let src = root().join("crates/core/src");
        let found = imports(&src);
        assert!(
            found.len() > 5,
            "found imports in only {} modules of {}",
            found.len(),
            src.display()
        );
        let loops = cycles(&found);
        assert!(
            loops.is_empty(),
            "modules of cares-core import each other; move what both need into a module \
             of its own:\n{}",
            loops.join("\n")
        );
    }

    #[test]
    fn the_core_depends_on_no_io_crate() {
        let output = Command::new(env!("CARGO"))
            .current_dir(root())
            .args([
                "tree",
                "-p",
                "cares-core",
                "--all-features",
                "--target",
                "all",
                "-e",
                "normal",
                "--prefix",
                "none",
                "-f",
                "{p}",
            ])
            .output()
            .expect("cargo tree runs");
        assert!(
            output.status.success(),
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let listing = String::from_utf8_lossy(&output.stdout);
        let crates: BTreeSet<&str> = listing
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .collect();
        assert!(crates.contains("serde"), "cargo tree listed: {crates:?}");
        let io: Vec<&str> = IO_CRATES
            .iter()
            .copied()
            .filter(|name| crates.contains(name))
            .collect();
        assert!(
            io.is_empty(),
            "cares-core depends (perhaps through another crate) on crates that do I/O: \
             {io:?}; the core must not know the clock, randomness, files, the network or \
             the browser (see the doc of xtask/src/tidy/core_shape.rs)"
        );
    }

    #[test]
    fn imports_are_read_from_uses_groups_and_inline_paths_but_not_comments_or_strings() {
        let code = code_only(
            "//! Links to [`crate::edits`] in a doc.\n\
             use crate::{content::Content, limits};\n\
             use crate::ids::{PlanId, ActionId};\n\
             fn f() { crate::audit::review(); let s = \"crate::packs\"; }\n\
             /* crate::roles */ let r = r#\"crate::plan\"#; let c = '\\'';\n\
             #[cfg(test)]\nmod tests { use crate::document::Document; }\n",
        );
        let (code, _) = without_tests(&code);
        let named = modules_named(&code, false);
        let expected: BTreeSet<String> = ["audit", "content", "ids", "limits"]
            .map(String::from)
            .into();
        assert_eq!(named, expected);
        assert_eq!(
            modules_named("use super::{plan::Action, ids};", true),
            ["ids", "plan"].map(String::from).into()
        );
        assert!(modules_named("use super::Column;", false).is_empty());
    }

    #[test]
    fn a_loop_of_imports_is_reported_with_where_each_import_is() {
        let dir = std::env::temp_dir().join(format!("cares-tidy-cycle-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("c")).expect("temp dir");
        let write = |name: &str, text: &str| fs::write(dir.join(name), text).expect("write");
        write("lib.rs", "//! root\nmod a;\nmod b;\nmod c;\n");
        write("a.rs", "//! a\nuse crate::b::B;\n");
        write("b.rs", "//! b\npub fn f() { crate::c::g(); }\n");
        write("c.rs", "//! c\nmod inner;\n#[cfg(test)]\nmod tests;\n");
        write("c/inner.rs", "//! c's part\nuse crate::{a::A};\n");
        write(
            "c/tests.rs",
            "//! c's tests, which may reach anywhere\nuse crate::b;\n",
        );
        let found = imports(&dir);
        let loops = cycles(&found);
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(loops.len(), 1, "{loops:?}");
        assert!(loops[0].contains("a → b"), "{}", loops[0]);
        assert!(loops[0].contains("c → a"), "{}", loops[0]);
        assert!(loops[0].contains("inner.rs"), "{}", loops[0]);
        assert!(!found["c"].contains_key("b"), "test files are not imports");
    }
}
