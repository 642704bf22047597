//! Native checks and tests: formatting, lints, unit and doc tests, examples, the
//! schema check, and the core's wasm32 build.

use crate::run::{cmd, cmd_in, root};
use crate::tools;

/// Lints, tests, examples and the wasm32 build of the core.
pub fn check_and_test() -> Result<(), String> {
    tools::wasm_target()?;
    cmd("cargo", &["fmt", "--all", "--", "--check"])?;
    cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    cmd("cargo", &["test", "--workspace", "--all-targets"])?;
    cmd("cargo", &["test", "--workspace", "--doc"])?;
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
    cmd(
        "cargo",
        &[
            "build",
            "-p",
            "cares-core",
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

/// Rewrites the checked-in JSON Schema from the code.
pub fn write_schema() -> Result<(), String> {
    let out = root().join("docs/schema/cares-document.v1.json");
    let out = out.to_string_lossy().into_owned();
    cmd(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "cares-cli",
            "--",
            "schema",
            "-o",
            &out,
        ],
    )
}

/// Runs one fuzz target for a while (cargo-fuzz, nightly not needed with -Z flags off).
pub fn fuzz(target: Option<&str>) -> Result<(), String> {
    let target = target.ok_or("say which fuzz target: document or table")?;
    cmd_in(
        &root().join("fuzz"),
        "cargo",
        &["fuzz", "run", target, "--", "-max_total_time=120"],
        &[],
    )
}
