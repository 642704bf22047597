//! The workspace's one entry point for building, serving, testing and measuring.
//!
//! `cargo xtask serve` builds the web app and cares-server and serves both on localhost
//! (the main job);
//! `cargo xtask test` installs what the tests need on a fresh machine and runs every
//! test. Both are idempotent. Each step is a plain function so the order reads top down.

mod js;
mod native;
mod postgres;
mod publish;
mod run;
mod tidy;
mod tools;
mod web;

use std::process::ExitCode;

const USAGE: &str = "\
cargo xtask <task>

tasks:
  serve         build the web app and cares-server, serve them on http://127.0.0.1:8080 (the main job)
  test          install what the tests need, then run every test (what CI runs)
  bench         run the core benchmarks (criterion)
  budget        build the web app for release and check its compressed size
  e2e [files]   run some browser tests (tests/e2e/x.test.mjs …) on a build of their own
  perf          time filters and typing on a 2,000-action plan, CPU slowed 4x (prints figures)
  pack-js       build the npm package @cares/core (crates/js), test it, npm pack it into target/js
  publish       check cares-core is ready to publish: dry run, packaged tests, docs, API snapshot
  api [--bless] compare cares-core's public API with crates/core/api.txt (or rewrite it)
  schema        rewrite crates/core/schema/cares-document.v4.json (the newest) from the code
  fuzz <target> run a fuzz target for a while (needs cargo-fuzz; not in CI)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => web::serve(),
        Some("test") => test_everything(),
        Some("bench") => native::bench(),
        Some("budget") => web::budget(),
        Some("perf") => web::perf(),
        Some("e2e") => web::e2e(args.get(1..).unwrap_or_default()),
        Some("schema") => native::write_schema(),
        Some("publish") => publish::check(),
        Some("pack-js") => js::pack(),
        Some("api") => match args.get(1).map(String::as_str) {
            Some("--bless") => publish::bless_api(),
            None => publish::check_api(),
            Some(other) => Err(format!("api takes --bless or nothing, not '{other}'")),
        },
        Some("fuzz") => native::fuzz(args.get(1).map(String::as_str)),
        Some("help" | "-h" | "--help") | None => {
            eprint!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task '{other}'\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Every test, in the order that fails fastest: lint, native tests, the JavaScript
/// package (a small wasm build, Node tests), the web app's wasm build, browser.
fn test_everything() -> Result<(), String> {
    native::check_and_test()?;
    publish::check()?;
    js::test()?;
    web::test()?;
    Ok(())
}
