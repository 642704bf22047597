//! The npm package `@cares/core` (`crates/js`): build it, test it in Node and
//! Chromium, pack it.
//!
//! The package folder is `crates/js/npm`: hand-written JavaScript and types, plus
//! `wasm/` (git-ignored), which the build writes: cargo compiles the `cares-js`
//! cdylib for wasm32 and the wasm-bindgen CLI (at the Cargo.lock version) writes the
//! glue for `--target web`, which both the Node and the browser entry load.
//! `test` builds without wasm-opt (a minute less); `pack` optimises with npm's
//! wasm-opt, runs the same tests on that build, `npm pack`s the tarball into
//! `target/js/`, installs it into an empty project to run the partner example
//! there, and prints the sizes the package README quotes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run::{Scratch, cmd, cmd_in, root};
use crate::tools;

/// The package's folder.
fn package_dir() -> PathBuf {
    root().join("crates/js/npm")
}

/// The partner example that uses the package as a dependency.
fn example_dir() -> PathBuf {
    root().join("examples/node")
}

/// The workspace's target folder (shared with every other build).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// The profile the cdylib is built with: the web app's size-first release profile.
const PROFILE: &str = "wasm-release";

/// The name the glue and the wasm get in the package (`wasm/cares_core.js`).
const OUT_NAME: &str = "cares_core";

/// Builds the package and runs its Node tests (and the one in Chromium).
pub fn test() -> Result<(), String> {
    build(Optimise::No)?;
    run_tests()
}

/// Builds the package for release (wasm-opt), tests that build, and makes the
/// tarball with `npm pack` (never `npm publish`).
pub fn pack() -> Result<(), String> {
    build(Optimise::Yes)?;
    run_tests()?;
    let out = target_dir().join("js");
    std::fs::create_dir_all(&out)
        .map_err(|e| format!("could not create {}: {e}", out.display()))?;
    cmd_in(
        &package_dir(),
        "npm",
        &[
            "pack",
            "--pack-destination",
            &out.to_string_lossy(),
            "--no-fund",
        ],
        &[],
    )?;
    let tarball = out.join(format!("cares-core-{}.tgz", package_version()?));
    try_tarball(&tarball)?;
    eprintln!("packed {}", tarball.display());
    report_size()
}

/// The version in the package's package.json, which names the tarball.
fn package_version() -> Result<String, String> {
    let path = package_dir().join("package.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
    manifest["version"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no version", path.display()))
}

/// Installs the tarball into an empty project, as a partner would, and runs the
/// partner example there against the Joint Action Plan: what is downloaded works.
fn try_tarball(tarball: &Path) -> Result<(), String> {
    let scratch = Scratch::new(target_dir().join(format!("js/try-{}", std::process::id())))?;
    let dir = scratch.path();
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text)
            .map_err(|e| format!("could not write {}: {e}", dir.join(name).display()))
    };
    write(
        "package.json",
        r#"{ "name": "try-cares-core", "private": true, "type": "module" }"#,
    )?;
    let example = example_dir().join("audit.mjs");
    let script = std::fs::read_to_string(&example)
        .map_err(|e| format!("could not read {}: {e}", example.display()))?;
    write("audit.mjs", &script)?;
    cmd_in(
        dir,
        "npm",
        &[
            "install",
            "--no-audit",
            "--no-fund",
            &tarball.to_string_lossy(),
        ],
        &[],
    )?;
    let fixture = root().join("tests/fixtures/joint-action-plan-2013-16.csv");
    let output = Command::new("node")
        .args([
            "audit.mjs",
            &fixture.to_string_lossy(),
            "--today",
            "2024-06-01",
        ])
        .current_dir(dir)
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = "50 actions; 16 are SMART; 110 things to look at.";
    if !output.status.success() || !stdout.contains(summary) {
        return Err(format!(
            "the packed @cares/core did not audit the Joint Action Plan as expected ({}):\n{}{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    eprintln!("the tarball installs and audits the Joint Action Plan: {summary}");
    Ok(())
}

/// Whether to run wasm-opt on the bound wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Optimise {
    Yes,
    No,
}

fn build(optimise: Optimise) -> Result<(), String> {
    tools::wasm_target()?;
    tools::wasm_bindgen_cli()?;
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-js",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            PROFILE,
        ],
    )?;
    let wasm = target_dir().join(format!("wasm32-unknown-unknown/{PROFILE}/cares_js.wasm"));
    let out = package_dir().join("wasm");
    cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            OUT_NAME,
            "--out-dir",
            &out.to_string_lossy(),
            &wasm.to_string_lossy(),
        ],
    )?;
    if optimise == Optimise::Yes {
        tools::npm_packages()?;
        let bound = out.join(format!("{OUT_NAME}_bg.wasm"));
        let bound = bound.to_string_lossy();
        // The features rustc enables by default for wasm32, which wasm-opt assumes off.
        cmd(
            &tools::wasm_opt().to_string_lossy(),
            &[
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-multivalue",
                "--enable-reference-types",
                &bound,
                "-o",
                &bound,
            ],
        )?;
    }
    Ok(())
}

/// Installs what the tests need, then runs every `crates/js/tests/*.test.mjs`.
fn run_tests() -> Result<(), String> {
    // TypeScript (the package's devDependency) for the types test; the example's
    // link to the package; playwright-core and Chromium for the browser test.
    npm_ci(&package_dir())?;
    npm_ci(&example_dir())?;
    tools::npm_packages()?;
    tools::system_packages()?;
    // The JAP test compares with the CLI's own audit of the same file.
    cmd("cargo", &["build", "--quiet", "-p", "cares-cli"])?;
    let cli = target_dir().join("debug/cares");
    let tests = root().join("crates/js/tests");
    let entries = std::fs::read_dir(&tests)
        .map_err(|e| format!("could not list {}: {e}", tests.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("crates/js/tests/{name}"))
        .collect();
    files.sort();
    let mut args = vec!["--test"];
    args.extend(files.iter().map(String::as_str));
    cmd_in(
        &root(),
        "node",
        &args,
        &[("CARES_CLI", &cli.to_string_lossy())],
    )
}

/// `npm ci` in a folder, unless its node_modules already matches its lockfile.
fn npm_ci(dir: &Path) -> Result<(), String> {
    let installed = modified(&dir.join("node_modules/.package-lock.json"));
    let up_to_date = installed.is_some_and(|done| {
        ["package.json", "package-lock.json"]
            .iter()
            .all(|f| modified(&dir.join(f)).is_some_and(|changed| changed <= done))
    });
    if up_to_date {
        return Ok(());
    }
    cmd_in(dir, "npm", &["ci", "--no-audit", "--no-fund"], &[])
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Prints the packed wasm's size, raw and as brotli (quality 11, what a server
/// sends), measured by Node's zlib so no other tool is needed.
fn report_size() -> Result<(), String> {
    let wasm = package_dir().join(format!("wasm/{OUT_NAME}_bg.wasm"));
    let script = "const fs = require('node:fs'), zlib = require('node:zlib');\
        const raw = fs.readFileSync(process.argv[1]);\
        const br = zlib.brotliCompressSync(raw, { params: {\
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,\
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });\
        const kb = (n) => (n / 1024).toFixed(1) + ' KB';\
        console.log(`@cares/core wasm: ${kb(raw.length)}, ${kb(br.length)} brotli`);";
    // Run without `cmd`'s echo: the script itself is nothing to read.
    let output = Command::new("node")
        .args(["-e", script, &wasm.to_string_lossy()])
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "could not measure {}: {}",
            wasm.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    eprint!("{}", String::from_utf8_lossy(&output.stdout));
    Ok(())
}
