//! Is cares-core ready to publish? The packaging dry run, the packaged crate's own
//! tests, rustdoc without broken links, and the public API compared with its
//! checked-in snapshot so an accidental breaking change fails CI.
//!
//! The snapshot is made from rustdoc's JSON output (`crates/core/api.txt`, one line per
//! public item with its signature). rustdoc's JSON is an unstable output, asked of the
//! stable compiler with `RUSTC_BOOTSTRAP=1`; only this check reads it, and a change of
//! its format shows as a changed snapshot, never as a silent pass.

mod api;

use std::path::{Path, PathBuf};

use crate::run::{cmd_in, root};

/// The crate partners depend on.
const CRATE: &str = "cares-core";

/// Runs every publishing check.
pub fn check() -> Result<(), String> {
    rustdoc_without_warnings()?;
    dry_run_and_test_the_package()?;
    api::check(Bless::No)
}

/// Compares the public API with its snapshot.
pub fn check_api() -> Result<(), String> {
    api::check(Bless::No)
}

/// Rewrites the public API snapshot after an intended change.
pub fn bless_api() -> Result<(), String> {
    api::check(Bless::Yes)
}

/// Whether the API check rewrites the snapshot instead of comparing with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bless {
    /// Compare, and fail on a difference.
    No,
    /// Write the snapshot from the code.
    Yes,
}

/// Broken intra-doc links fail, with every feature and with none.
fn rustdoc_without_warnings() -> Result<(), String> {
    let env = [("RUSTDOCFLAGS", "-D warnings")];
    cmd_in(
        &root(),
        "cargo",
        &["doc", "-p", CRATE, "--all-features", "--no-deps"],
        &env,
    )?;
    cmd_in(
        &root(),
        "cargo",
        &["doc", "-p", CRATE, "--no-default-features", "--no-deps"],
        &env,
    )
}

/// `cargo publish --dry-run`, then the crate's tests run from the `.crate` file it
/// made, unpacked outside the workspace: what a partner downloads must test green.
/// A library's package has no lock file, so its dependencies resolve as a partner's
/// would: the newest compatible versions.
fn dry_run_and_test_the_package() -> Result<(), String> {
    // --allow-dirty: a developer's uncommitted work may be checked too; CI's tree is clean.
    // --no-verify: the dry run's own build of the package would be the first half of
    // the test run below, which builds and tests the same files.
    cmd_in(
        &root(),
        "cargo",
        &[
            "publish",
            "-p",
            CRATE,
            "--dry-run",
            "--no-verify",
            "--allow-dirty",
        ],
        &[],
    )?;
    // The dry run keeps no `.crate`; make it to test what a partner would download.
    cmd_in(
        &root(),
        "cargo",
        &["package", "-p", CRATE, "--no-verify", "--allow-dirty"],
        &[],
    )?;
    let version = crate_version()?;
    let target = target_dir();
    let packaged = target.join(format!("package/{CRATE}-{version}.crate"));
    let unpacked = std::env::temp_dir().join(format!("cares-core-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&unpacked);
    std::fs::create_dir_all(&unpacked)
        .map_err(|e| format!("could not make {}: {e}", unpacked.display()))?;
    let outcome = (|| {
        // -m: the files get today's times. With the package's own times, cargo finds
        // the tests built by an earlier run (in another, since removed, folder) fresh,
        // and they look for their fixtures there.
        cmd_in(
            &unpacked,
            "tar",
            &["-xmzf", &path(&packaged), "-C", &path(&unpacked)],
            &[],
        )?;
        let manifest = unpacked.join(format!("{CRATE}-{version}/Cargo.toml"));
        cmd_in(
            &unpacked,
            "cargo",
            &[
                "test",
                "--manifest-path",
                &path(&manifest),
                "--all-features",
            ],
            // The workspace's target: dependencies built alike are reused.
            &[("CARGO_TARGET_DIR", &path(&target))],
        )
    })();
    let _ = std::fs::remove_dir_all(&unpacked);
    outcome
}

/// The workspace version, which cares-core inherits.
fn crate_version() -> Result<String, String> {
    let manifest = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("could not read {}: {e}", manifest.display()))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[workspace.package]";
        } else if in_package && let Some(rest) = line.strip_prefix("version = \"") {
            return rest
                .strip_suffix('"')
                .map(str::to_owned)
                .ok_or_else(|| format!("a broken version line in {}", manifest.display()));
        }
    }
    Err(format!(
        "no version in [workspace.package] of {}",
        manifest.display()
    ))
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}
