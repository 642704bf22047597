//! Lists the catalogues in the workspace's `locales/` folder, so adding a language
//! is adding one file: no line of code names a language.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    let mut tags: Vec<String> = fs::read_dir(&locales)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter_map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    // British English, the source, comes first; the rest by tag.
    tags.sort_by_key(|tag| (tag != "en-GB", tag.clone()));
    let mut out = format!("pub const SHIPPED: [(&str, &str); {}] = [\n", tags.len());
    for tag in &tags {
        let path = locales.join(format!("{tag}.ftl"));
        let _ = writeln!(
            out,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("shipped.rs");
    if let Err(e) = fs::write(&target, out) {
        println!("cargo::error=could not write {}: {e}", target.display());
    }
}
