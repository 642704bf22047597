//! The size budget: what a phone downloads before the app can start, brotli-compressed.
//!
//! Carers often use cheap phones on slow or capped connections, so the first load is
//! held under a hard limit, with a lower goal to aim for.
//!
//! Only what the browser must fetch before the home page works counts: index.html, the
//! stylesheet, the glue, the split loader and the main wasm. The wasm chunks of the other
//! pages (split off at their `#[lazy_route]`s) are fetched when a page is first opened,
//! and by the service worker in the background once the app is running, so they are
//! listed as a total but not held to the limit.

use std::path::Path;
use std::process::Command;

use super::bundle::Bundle;

/// Above this the budget fails.
const LIMIT_KB: f64 = 400.0;

/// What the first load should stay under.
const GOAL_KB: f64 = 250.0;

/// Prints each first-load file's raw and compressed size, and fails above the limit.
pub fn check(bundle: &Bundle) -> Result<(), String> {
    eprintln!("first load, brotli at quality 11 (1 KB = 1000 bytes):");
    let mut total = 0_u64;
    for file in &bundle.first_load {
        let raw = std::fs::metadata(file)
            .map_err(|e| format!("could not read {}: {e}", file.display()))?
            .len();
        let compressed = brotli_size(file)?;
        total += compressed;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        eprintln!(
            "  {name:<40} {:>8.1} KB raw  {:>7.1} KB brotli",
            kb(raw),
            kb(compressed)
        );
    }
    let total = kb(total);
    eprintln!("  {:<40} {:>27.1} KB brotli", "total", total);
    report_on_demand(&bundle.on_demand)?;
    if total > LIMIT_KB {
        return Err(format!(
            "the first load is {total:.1} KB compressed, over the {LIMIT_KB:.0} KB limit"
        ));
    }
    if total <= GOAL_KB {
        eprintln!("within the {GOAL_KB:.0} KB goal and the {LIMIT_KB:.0} KB limit");
    } else {
        eprintln!(
            "within the {LIMIT_KB:.0} KB limit but over the {GOAL_KB:.0} KB goal by {:.1} KB",
            total - GOAL_KB
        );
    }
    Ok(())
}

/// Prints how many wasm chunks load later, their compressed total and the largest one.
fn report_on_demand(chunks: &[std::path::PathBuf]) -> Result<(), String> {
    let mut total = 0_u64;
    let mut largest: Option<(u64, &Path)> = None;
    for chunk in chunks {
        let compressed = brotli_size(chunk)?;
        total += compressed;
        if largest.is_none_or(|(size, _)| compressed > size) {
            largest = Some((compressed, chunk));
        }
    }
    eprintln!(
        "later, when a page first needs them (not counted): {} wasm chunks, {:.1} KB brotli",
        chunks.len(),
        kb(total)
    );
    if let Some((size, path)) = largest {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        eprintln!("  largest: {name} {:.1} KB brotli", kb(size));
    }
    Ok(())
}

/// The size of a file after `brotli -q 11`.
fn brotli_size(file: &Path) -> Result<u64, String> {
    let output = Command::new("brotli")
        .args(["--stdout", "--quality=11"])
        .arg(file)
        .output()
        .map_err(|e| format!("could not start brotli ({e}); `cargo xtask test` installs it"))?;
    if !output.status.success() {
        return Err(format!(
            "brotli failed on {}: {}",
            file.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    u64::try_from(output.stdout.len()).map_err(|e| format!("size out of range: {e}"))
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1000.0
}
