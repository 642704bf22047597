//! Installing what the tasks need on a fresh machine, each step idempotent.
//!
//! Each installer first checks whether its tool is already there (and at the right
//! version) so a second run costs a second, not minutes. Nothing downloads a browser or
//! a prebuilt binary: Chromium comes from Debian, wasm-opt from npm's `binaryen`
//! (terser, the script minifier, is npm's too).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run::{cmd, cmd_in, on_path, root};

/// Debian's Chromium, which the browser tests drive (never one Playwright downloads).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// The wasm32 target for the core's and the web app's builds.
pub fn wasm_target() -> Result<(), String> {
    cmd("rustup", &["target", "add", "wasm32-unknown-unknown"])
}

/// Everything the web app's release build needs.
pub fn for_web_build() -> Result<(), String> {
    wasm_target()?;
    wasm_bindgen_cli()?;
    wasm_split_cli_install()?;
    compressors()?;
    npm_packages()
}

/// Everything the browser tests and the size budget need, on top of the build.
pub fn for_browser_tests() -> Result<(), String> {
    for_web_build()?;
    system_packages()
}

/// The folder of the browser tests, whose `node_modules` also holds wasm-opt and terser.
pub fn e2e_dir() -> PathBuf {
    root().join("tests/e2e")
}

/// npm's wasm-opt (binaryen 132); Debian's older binaryen produces broken wasm.
pub fn wasm_opt() -> PathBuf {
    e2e_dir().join("node_modules/.bin/wasm-opt")
}

/// npm's terser, which shrinks the glue and the split loader (run with `node`).
pub fn terser() -> PathBuf {
    e2e_dir().join("node_modules/terser/bin/terser")
}

/// The wasm-bindgen CLI at exactly the version in Cargo.lock, or binding fails.
pub fn wasm_bindgen_cli() -> Result<(), String> {
    let wanted = locked_version("wasm-bindgen")?;
    let installed = command_output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if installed.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    // No --locked: one of its locked dependencies is missing from the registry mirror.
    cmd(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &wanted],
    )
}

/// The version of `wasm_split_cli_support` whose CLI splits the wasm at the app's lazy
/// routes. It must understand the split points `wasm_split_helpers` (in Cargo.lock, via
/// leptos) writes: raise both together. 0.2.4 builds on stable Rust.
pub const WASM_SPLIT_CLI_VERSION: &str = "0.2.4";

/// The wasm splitter, as `cargo install` puts it on PATH.
pub fn wasm_split_cli() -> PathBuf {
    PathBuf::from("wasm-split-cli")
}

/// Installs `wasm-split-cli` (crate `wasm_split_cli_support` with its `build-binary`
/// feature) at [`WASM_SPLIT_CLI_VERSION`], unless cargo already lists that version.
pub fn wasm_split_cli_install() -> Result<(), String> {
    let installed = command_output("cargo", &["install", "--list"]).unwrap_or_default();
    let wanted = format!("wasm_split_cli_support v{WASM_SPLIT_CLI_VERSION}:");
    if installed.lines().any(|line| line.trim() == wanted) && on_path("wasm-split-cli") {
        return Ok(());
    }
    cmd(
        "cargo",
        &[
            "install",
            "--locked",
            "wasm_split_cli_support",
            "--version",
            WASM_SPLIT_CLI_VERSION,
            "--features",
            "build-binary",
        ],
    )
}

/// playwright-core, axe-core and binaryen, as pinned in tests/e2e/package-lock.json.
pub fn npm_packages() -> Result<(), String> {
    if !on_path("npm") {
        return Err("npm is not installed: install Node.js 20 or newer (it brings npm)".into());
    }
    let dir = e2e_dir();
    // npm writes this hidden lockfile after every install; if it is newer than both
    // manifests, node_modules matches them.
    let installed = dir.join("node_modules/.package-lock.json");
    let up_to_date = modified(&installed).is_some_and(|done| {
        ["package.json", "package-lock.json"]
            .iter()
            .all(|f| modified(&dir.join(f)).is_some_and(|changed| changed <= done))
    });
    if up_to_date && wasm_opt().exists() {
        return Ok(());
    }
    cmd_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"], &[])
}

/// brotli and gzip, which write the compressed copy of every file the server sends;
/// brotli from Debian when missing (gzip is in every Debian).
fn compressors() -> Result<(), String> {
    if on_path("brotli") && on_path("gzip") {
        return Ok(());
    }
    if !on_path("apt-get") {
        return Err("brotli or gzip is missing and there is no apt-get to install them".into());
    }
    apt_install(&["brotli", "gzip"])
}

/// Installs Debian packages, waiting up to ten minutes for another apt-get (a second
/// test run, or the machine's own updates) to let go of the package lock rather than
/// failing at once.
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    const WAIT: &str = "DPkg::Lock::Timeout=600";
    cmd("apt-get", &["-o", WAIT, "update"])?;
    let mut args = vec!["-o", WAIT, "install", "-y"];
    args.extend_from_slice(packages);
    cmd("apt-get", &args)
}

/// A font with every letter Urdu uses (ہ, ے, ۔), so the browser tests' Urdu screens
/// show words, not empty boxes; a phone or laptop in use has one already.
const URDU_FONT: &str = "/usr/share/fonts/truetype/scheherazade/Scheherazade-Regular.ttf";

/// Chromium, its driver, brotli and a font for Urdu from Debian, installed only when
/// missing.
pub fn system_packages() -> Result<(), String> {
    let have_all = Path::new(CHROMIUM).exists()
        && Path::new("/usr/bin/chromedriver").exists()
        && on_path("brotli")
        && Path::new(URDU_FONT).exists();
    if have_all {
        return Ok(());
    }
    if !on_path("apt-get") {
        return Err(format!(
            "{CHROMIUM}, chromedriver, brotli or an Urdu font is missing and there is no apt-get to install them"
        ));
    }
    apt_install(&[
        "chromium",
        "chromium-driver",
        "brotli",
        "fonts-sil-scheherazade",
    ])
}

/// The version of a package as Cargo.lock pins it.
pub fn locked_version(package: &str) -> Result<String, String> {
    let path = root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line {
            let version = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'));
            if let Some(version) = version {
                return Ok(version.to_string());
            }
        }
    }
    Err(format!("{package} is not in {}", path.display()))
}

/// The standard output of a command, or `None` if it could not run or failed.
pub fn command_output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
