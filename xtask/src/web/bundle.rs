//! Writing web/dist: the release wasm, its JavaScript glue, the stylesheet, index.html,
//! the service worker and the public files (manifest, icons).
//!
//! The wasm, the glue and the stylesheet get a hash of their content in their names, so
//! a browser may keep them for ever; index.html and sw.js name them and are never cached.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::run::{cmd, root};
use crate::tools;

/// The stylesheets in web/style, in the order they are joined into one file.
const STYLESHEETS: [&str; 7] = [
    "tokens.css",
    "layout.css",
    "frame.css",
    "plan.css",
    "session.css",
    "live.css",
    "print.css",
];

/// The name wasm-bindgen gives the glue and the wasm (`cares_web.js`, `cares_web_bg.wasm`).
const OUT_NAME: &str = "cares_web";

/// A built web/dist and the files a browser fetches before the app can start.
#[derive(Debug)]
pub struct Bundle {
    /// The folder to serve.
    pub dist: PathBuf,
    /// index.html, the stylesheet, the glue and the wasm.
    pub first_load: Vec<PathBuf>,
}

/// Builds the release bundle into web/dist, replacing what was there.
pub fn build() -> Result<Bundle, String> {
    build_into(&root().join("web/dist"), &target_dir().join("cares-web"))
}

/// Builds the release bundle into `dist`, with its intermediate files in `work`, so
/// two runs at once (two people testing different pages) do not write over each other.
pub fn build_into(dist: &Path, work: &Path) -> Result<Bundle, String> {
    let web = root().join("web");
    let bound = work.join("bindgen");

    let wasm = compile()?;
    bind(&wasm, &bound)?;
    let optimised = work.join("optimised.wasm");
    optimise(&bound.join(format!("{OUT_NAME}_bg.wasm")), &optimised)?;

    let dist = dist.to_path_buf();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| io_error("remove", &dist, &e))?;
    }
    fs::create_dir_all(&dist).map_err(|e| io_error("create", &dist, &e))?;

    let wasm_name = write_hashed(&dist, OUT_NAME, "_bg.wasm", &read(&optimised)?)?;
    let script_name = write_hashed(
        &dist,
        OUT_NAME,
        ".js",
        &read(&bound.join(format!("{OUT_NAME}.js")))?,
    )?;
    let stylesheet_name = write_hashed(
        &dist,
        "app",
        ".css",
        &joined_stylesheets(&web.join("style"))?,
    )?;

    // Glue snippets exist only when a crate uses `#[wasm_bindgen(inline_js)]` or `module`.
    let snippets = bound.join("snippets");
    if snippets.exists() {
        copy_dir(&snippets, &dist.join("snippets"))?;
    }
    copy_dir(&web.join("public"), &dist)?;

    let index = fill(
        &read_text(&web.join("index.html"))?,
        &[
            ("stylesheet", &stylesheet_name),
            ("script", &script_name),
            ("wasm", &wasm_name),
        ],
    )?;
    let index_path = dist.join("index.html");
    write(&index_path, index.as_bytes())?;

    write_service_worker(&web, &dist)?;

    Ok(Bundle {
        first_load: vec![
            index_path,
            dist.join(&stylesheet_name),
            dist.join(&script_name),
            dist.join(&wasm_name),
        ],
        dist,
    })
}

/// cargo's target folder, where the wasm and the intermediate files go.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

fn compile() -> Result<PathBuf, String> {
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-web",
            "--profile",
            "wasm-release",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    Ok(target_dir().join("wasm32-unknown-unknown/wasm-release/cares-web.wasm"))
}

fn bind(wasm: &Path, out_dir: &Path) -> Result<(), String> {
    if out_dir.exists() {
        fs::remove_dir_all(out_dir).map_err(|e| io_error("remove", out_dir, &e))?;
    }
    cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            OUT_NAME,
            "--out-dir",
            &out_dir.to_string_lossy(),
            &wasm.to_string_lossy(),
        ],
    )
}

fn optimise(wasm: &Path, out: &Path) -> Result<(), String> {
    let wasm_opt = tools::wasm_opt();
    cmd(
        &wasm_opt.to_string_lossy(),
        &[
            "-Oz",
            // The features rustc enables by default for wasm32-unknown-unknown.
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-multivalue",
            "--enable-reference-types",
            &wasm.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ],
    )
}

/// The service worker with this build's version and list of files filled in.
fn write_service_worker(web: &Path, dist: &Path) -> Result<(), String> {
    let mut shell = Vec::new();
    list_files(dist, dist, &mut shell)?;
    shell.sort();
    let mut version = Fnv1a::default();
    let mut urls = String::from("[");
    for (i, relative) in shell.iter().enumerate() {
        version.update(relative.as_bytes());
        version.update(&read(&dist.join(relative))?);
        if i > 0 {
            urls.push_str(", ");
        }
        // Relative paths here are plain file names and folders made by this build.
        let _ = write!(urls, "\"/{relative}\"");
    }
    urls.push(']');
    let worker = fill(
        &read_text(&web.join("sw.js"))?,
        &[("version", &version.hex()), ("shell", &urls)],
    )?;
    write(&dist.join("sw.js"), worker.as_bytes())
}

/// Every file under `dir`, as `/`-separated paths relative to `base`.
fn list_files(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| io_error("list", dir, &e))? {
        let path = entry.map_err(|e| io_error("list", dir, &e))?.path();
        if path.is_dir() {
            list_files(base, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(base) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

fn joined_stylesheets(style: &Path) -> Result<Vec<u8>, String> {
    let mut joined = Vec::new();
    for name in STYLESHEETS {
        joined.extend(read(&style.join(name))?);
        joined.push(b'\n');
    }
    // A stylesheet added to web/style but not to the list would silently be left out.
    for entry in fs::read_dir(style).map_err(|e| io_error("list", style, &e))? {
        let name = entry.map_err(|e| io_error("list", style, &e))?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".css") && !STYLESHEETS.contains(&name.as_ref()) {
            return Err(format!(
                "web/style/{name} is not in STYLESHEETS in xtask/src/web/bundle.rs: add it there"
            ));
        }
    }
    Ok(joined)
}

/// Writes `bytes` as `<stem>-<hash><suffix>` and returns that name.
fn write_hashed(dist: &Path, stem: &str, suffix: &str, bytes: &[u8]) -> Result<String, String> {
    let mut hash = Fnv1a::default();
    hash.update(bytes);
    let name = format!("{stem}-{}{suffix}", hash.hex());
    write(&dist.join(&name), bytes)?;
    Ok(name)
}

/// Replaces each `{{key}}` in a template, failing if one is missing or left over.
fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut text = template.to_string();
    for (key, value) in values {
        let placeholder = format!("{{{{{key}}}}}");
        if !text.contains(&placeholder) {
            return Err(format!("template has no {placeholder}"));
        }
        text = text.replace(&placeholder, value);
    }
    if let Some(start) = text.find("{{") {
        let rest: String = text[start..].chars().take(30).collect();
        return Err(format!("template has an unfilled placeholder at '{rest}'"));
    }
    Ok(text)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| io_error("create", to, &e))?;
    for entry in fs::read_dir(from).map_err(|e| io_error("list", from, &e))? {
        let path = entry.map_err(|e| io_error("list", from, &e))?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_dir() {
            copy_dir(&path, &to.join(name))?;
        } else {
            fs::copy(&path, to.join(name)).map_err(|e| io_error("copy", &path, &e))?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| io_error("read", path, &e))
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| io_error("read", path, &e))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| io_error("write", path, &e))
}

fn io_error(verb: &str, path: &Path, error: &std::io::Error) -> String {
    format!("could not {verb} {}: {error}", path.display())
}

/// FNV-1a, 64 bits: a content hash for file names that is the same on every machine
/// and Rust version (std's hasher promises neither).
#[derive(Debug)]
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn update(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_content_gets_same_name_and_different_content_a_different_one() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv1a::default();
            h.update(bytes);
            h.hex()
        };
        assert_eq!(hash(b"wasm"), hash(b"wasm"));
        assert_ne!(hash(b"wasm"), hash(b"wasn"));
        assert_eq!(hash(b"").len(), 16);
    }

    #[test]
    fn fill_replaces_every_placeholder() -> Result<(), String> {
        let text = fill(
            "<a href=\"/{{x}}\">{{x}} {{y}}</a>",
            &[("x", "1"), ("y", "2")],
        )?;
        assert_eq!(text, "<a href=\"/1\">1 2</a>");
        Ok(())
    }

    #[test]
    fn fill_refuses_a_template_with_a_placeholder_left_over() {
        let result = fill("{{x}} {{typo}}", &[("x", "1")]);
        assert!(result.is_err_and(|e| e.contains("typo")));
    }

    #[test]
    fn fill_refuses_a_value_the_template_does_not_ask_for() {
        assert!(fill("{{x}}", &[("x", "1"), ("wasm", "2")]).is_err());
    }
}
