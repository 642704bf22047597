//! The web app: build, serve, browser tests, size budget.
//!
//! The release bundle is made without trunk: cargo builds the wasm, wasm-split cuts
//! the pages a first visit does not need into chunks fetched on demand, wasm-bindgen
//! makes the JavaScript glue, npm's wasm-opt shrinks every part, and `bundle` writes
//! web/dist.
//! `server` runs cares-server over that folder on 127.0.0.1 for a person (`serve`) or
//! for the browser tests (`test`, `e2e`), and `budget` checks what a phone downloads
//! from it, on the wire, before a page can be used.

mod budget;
mod bundle;
mod server;

pub use bundle::LIGHT_ENTRIES;

use crate::run::{Scratch, cmd_in, root};
use crate::tools;
use server::{AppServer, Mode, ServerPair};

/// The port `cargo xtask serve` listens on.
const SERVE_PORT: u16 = 8080;

/// The environment variable that tells the browser tests where the app is served.
const BASE_URL_VAR: &str = "CARES_BASE_URL";

/// The environment variable that tells the browser tests where the built app is.
const DIST_VAR: &str = "CARES_DIST";

/// Builds the web app and cares-server for release and serves the app, its API and
/// the live sessions on http://127.0.0.1:8080 until stopped. The data goes in the
/// SQLite file `cares.db` at the workspace root (or `DATABASE_URL`).
pub fn serve() -> Result<(), String> {
    tools::for_web_build()?;
    let bundle = bundle::build()?;
    let server = AppServer::start(&bundle.dist, SERVE_PORT, Mode::Person)?;
    eprintln!(
        "serving {} on {} (press Ctrl+C to stop)",
        bundle.dist.display(),
        server.url()
    );
    server.wait()
}

/// Installs what the browser tests need, builds the app, runs every Playwright test
/// against cares-server on a free port, then checks the size budget (failing above
/// the limit).
pub fn test() -> Result<(), String> {
    tools::for_browser_tests()?;
    let bundle = bundle::build()?;
    let server = AppServer::start(&bundle.dist, 0, Mode::Tests)?;
    let files = all_test_files()?;
    let pair = ServerPair::start_if_wanted(&bundle.dist, &files)?;
    run_browser_tests(server.url(), &bundle.dist, pair.as_ref(), &files)?;
    drop(pair);
    budget::check(&bundle, server.url())
}

/// Runs the named browser test files (all of them when none are named) against a
/// build of its own, so several people can test different screens at once.
pub fn e2e(files: &[String]) -> Result<(), String> {
    tools::for_browser_tests()?;
    // Dropped last (after the server that uses it), taking the build with it.
    let scratch = Scratch::new(bundle::target_dir().join(format!("e2e/{}", std::process::id())))?;
    let bundle = bundle::build_into(&scratch.path().join("dist"), &scratch.path().join("work"))?;
    let server = AppServer::start(&bundle.dist, 0, Mode::Tests)?;
    let files = if files.is_empty() {
        all_test_files()?
    } else {
        files.to_vec()
    };
    let pair = ServerPair::start_if_wanted(&bundle.dist, &files)?;
    run_browser_tests(server.url(), &bundle.dist, pair.as_ref(), &files)
}

/// Builds the app for release, serves it, and checks what Chromium receives for the
/// first visit to Home, a plan's actions page and a phone's join form.
pub fn budget() -> Result<(), String> {
    tools::for_browser_tests()?;
    let bundle = bundle::build()?;
    let server = AppServer::start(&bundle.dist, 0, Mode::Tests)?;
    budget::check(&bundle, server.url())
}

/// Builds the app for release, serves it on a free port and runs the performance scripts
/// (a 2,000-action plan, 4× CPU throttling, filter and keystroke to next paint; a
/// phone's join form on a throttled network), which print their figures. A measure, not a test: slow figures do not fail it.
pub fn perf() -> Result<(), String> {
    tools::for_browser_tests()?;
    let bundle = bundle::build()?;
    let server = AppServer::start(&bundle.dist, 0, Mode::Tests)?;
    for script in [
        "tests/e2e/perf/plan-2000.perf.mjs",
        "tests/e2e/perf/join.perf.mjs",
        "tests/e2e/perf/first-visit.perf.mjs",
    ] {
        cmd_in(&root(), "node", &[script], &[(BASE_URL_VAR, server.url())])?;
    }
    Ok(())
}

/// Every `tests/e2e/*.test.mjs`, sorted.
fn all_test_files() -> Result<Vec<String>, String> {
    let dir = tools::e2e_dir();
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("could not list {}: {e}", dir.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("tests/e2e/{name}"))
        .collect();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    files.sort();
    Ok(files)
}

/// Runs test files with node's built-in test runner; with a pair of servers on
/// PostgreSQL, their addresses too.
fn run_browser_tests(
    base_url: &str,
    dist: &std::path::Path,
    pair: Option<&ServerPair>,
    files: &[String],
) -> Result<(), String> {
    let mut args = vec!["--test"];
    args.extend(files.iter().map(String::as_str));
    let urls = pair.map(ServerPair::urls);
    let dist = dist.to_string_lossy();
    // Tests that start a server of their own (with other options) serve this bundle.
    let mut env = vec![(BASE_URL_VAR, base_url), (DIST_VAR, dist.as_ref())];
    if let Some(urls) = &urls {
        env.push((server::PAIR_VAR, urls.as_str()));
    }
    cmd_in(&root(), "node", &args, &env)
}
