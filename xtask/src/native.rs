//! Native checks and tests: formatting, lints, unit and doc tests, examples, the
//! schema check, and the wasm32 builds of the core, the live protocol and the
//! spreadsheet crate.

use crate::postgres;
use crate::run::{cmd, cmd_in, root};
use crate::tools;

/// Lints, tests, examples and the wasm32 builds of the core, cares-protocol and
/// cares-xlsx.
///
/// The web crate is linted for wasm32 only: compiling Leptos natively as well would
/// cost a minute and test nothing a browser runs (its tests are the browser tests).
pub fn check_and_test() -> Result<(), String> {
    tools::wasm_target()?;
    cmd("cargo", &["fmt", "--all", "--", "--check"])?;
    let native = ["--workspace", "--exclude", "cares-web"];
    cmd(
        "cargo",
        &[
            &["clippy"][..],
            &native,
            &["--all-targets", "--", "-D", "warnings"],
        ]
        .concat(),
    )?;
    // The web crate is the whole app, then the phone's and the plan's entries: the
    // library built with the `light` feature (see web/src/lib.rs), the phone's split in
    // two.
    let web_clippy = |build: &[&str]| {
        let target = [
            "clippy",
            "-p",
            "cares-web",
            "--target",
            "wasm32-unknown-unknown",
        ];
        cmd(
            "cargo",
            &[&target[..], build, &["--", "-D", "warnings"]].concat(),
        )
    };
    web_clippy(&[])?;
    for entry in crate::web::LIGHT_ENTRIES {
        web_clippy(&["--features", entry.features, "--bin", entry.bin])?;
    }
    // The server's tests use SQLite always, and PostgreSQL too when it can be started.
    let postgres = if postgres::can_run() {
        Some(postgres::TestPostgres::start()?)
    } else {
        eprintln!("note: not root, so the server's PostgreSQL tests are skipped");
        None
    };
    let env: Vec<(&str, &str)> = postgres
        .iter()
        .map(|pg| ("CARES_TEST_POSTGRES_URL", pg.url.as_str()))
        .collect();
    let args = [&["test"][..], &native, &["--all-targets"]].concat();
    cmd_in(&root(), "cargo", &args, &env)?;
    drop(postgres);
    cmd("cargo", &[&["test"][..], &native, &["--doc"]].concat())?;
    cmd(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "cares-examples",
            "--example",
            "locality_plan",
        ],
    )?;
    // The web app's own unit tests (message reading, ids, copies kept on the device)
    // run natively; its screens are tested in the browser.
    cmd("cargo", &["test", "-p", "cares-web", "--lib"])?;
    // The web app reads documents without JSON paths (smaller); its errors must still
    // say where.
    cmd(
        "cargo",
        &[
            "test",
            "-p",
            "cares-core",
            "--no-default-features",
            "--lib",
            "document::",
        ],
    )?;
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-core",
            "--no-default-features",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    // The live protocol runs in the browser too (the web app's live client).
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-protocol",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    // The spreadsheet crate runs in the browser's lazy chunk too.
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-xlsx",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    Ok(())
}

/// The criterion benchmarks of the core.
pub fn bench() -> Result<(), String> {
    cmd("cargo", &["bench", "-p", "cares-core", "--bench", "core"])
}

/// Rewrites the checked-in JSON Schema of the newest document version (4, a document
/// keeping a school calendar) from the code; versions 1 to 3 are released and kept
/// as they are. The core's golden test writes it when blessed, so the file comes
/// from the one place that checks it.
pub fn write_schema() -> Result<(), String> {
    let status = std::process::Command::new("cargo")
        .args([
            "test",
            "--quiet",
            "-p",
            "cares-core",
            "--all-features",
            "--test",
            "golden",
            "--",
            "the_checked_in_",
        ])
        .env("CARES_BLESS", "1")
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("writing the schemas failed: see the golden test's output above".to_owned())
    }
}

/// Runs one fuzz target, `document` or `table`, for `CARES_FUZZ_SECONDS` seconds
/// (120 unless set), installing cargo-fuzz first if it is missing. Not part of CI.
///
/// Works on the stable toolchain: `--sanitizer none` leaves out the one flag
/// cargo-fuzz passes that needs nightly (`-Zsanitizer=address`). The core forbids
/// unsafe code, so the address sanitizer would add little; panics, overflow checks
/// and debug assertions are still caught. Crashes are saved under `fuzz/artifacts/`.
pub fn fuzz(target: Option<&str>) -> Result<(), String> {
    let target = match target {
        Some(target) if FUZZ_TARGETS.contains(&target) => target,
        Some(other) => {
            return Err(format!(
                "there is no fuzz target '{other}': say document or table"
            ));
        }
        None => return Err("say which fuzz target: document or table".to_owned()),
    };
    let seconds = fuzz_seconds()?;
    install_cargo_fuzz()?;
    seed_corpus(target)?;
    cmd_in(
        &root().join("fuzz"),
        "cargo",
        &[
            "fuzz",
            "run",
            "--sanitizer",
            "none",
            target,
            "--",
            &format!("-max_total_time={seconds}"),
            // One input taking this long is a finding in itself (a slow path on
            // hostile input), not something to wait out.
            "-timeout=20",
        ],
        &[],
    )
}

/// The targets in `fuzz/fuzz_targets/`.
const FUZZ_TARGETS: [&str; 2] = ["document", "table"];

/// How long a fuzz run lasts when `CARES_FUZZ_SECONDS` is not set.
const DEFAULT_FUZZ_SECONDS: u32 = 120;

fn fuzz_seconds() -> Result<u32, String> {
    match std::env::var("CARES_FUZZ_SECONDS") {
        Err(_) => Ok(DEFAULT_FUZZ_SECONDS),
        Ok(text) => match text.trim().parse::<u32>() {
            Ok(seconds) if seconds > 0 => Ok(seconds),
            _ => Err(format!(
                "CARES_FUZZ_SECONDS is '{text}'; it should be a whole number of seconds above 0"
            )),
        },
    }
}

fn install_cargo_fuzz() -> Result<(), String> {
    let installed = std::process::Command::new("cargo")
        .args(["fuzz", "--version"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if installed {
        return Ok(());
    }
    cmd("cargo", &["install", "cargo-fuzz", "--locked"])
}

/// Copies the test fixtures into the target's corpus folder (git-ignored) so the
/// fuzzer starts from real documents and council tables rather than from nothing.
fn seed_corpus(target: &str) -> Result<(), String> {
    let (from, extension) = match target {
        "document" => (root().join("crates/core/tests/fixtures/documents"), "json"),
        _ => (root().join("tests/fixtures"), "csv"),
    };
    let corpus = root().join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("could not make {}: {e}", corpus.display()))?;
    let entries = std::fs::read_dir(&from)
        .map_err(|e| format!("could not read the fixtures in {}: {e}", from.display()))?;
    let mut seeds = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != extension) {
            continue;
        }
        let name = format!("seed-{}", entry.file_name().to_string_lossy());
        std::fs::copy(&path, corpus.join(&name))
            .map_err(|e| format!("could not copy {} into the corpus: {e}", path.display()))?;
        seeds += 1;
    }
    if seeds == 0 {
        return Err(format!(
            "no .{extension} fixtures in {} to seed the {target} corpus",
            from.display()
        ));
    }
    eprintln!("seeded fuzz/corpus/{target} with {seeds} fixture(s)");
    Ok(())
}
