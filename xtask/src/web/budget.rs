//! The size budget: what a phone downloads before a page can be used, counted on the
//! wire from the running cares-server.
//!
//! Carers often use cheap phones on slow or capped connections, and at a workshop
//! thirty phones share the hall's Wi-Fi, so three paths are held under a hard limit
//! with a lower goal to aim for: the first visit to Home, a plan's actions page, and
//! a phone joining a session from the board's QR code. `tests/e2e/perf/budget.mjs`
//! loads each in Chromium with a cold cache and reports every response's bytes as
//! received; this module adds them up. The compressed files on disk are counted too,
//! and the two must agree, so the figure is the one phones really pay.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::BASE_URL_VAR;
use super::bundle::Bundle;
use crate::run::root;

/// One measured path: its key in the script's output, how it is named here, the limit
/// above which the budget fails and the goal, in KB (1 KB = 1000 bytes).
struct PathBudget {
    key: &'static str,
    name: &'static str,
    limit_kb: f64,
    goal_kb: f64,
}

/// Issue 9 asks for 300 KB / 150 KB limits and goals of 250 KB / 120 KB. Every path is
/// within its goal, which is its limit, so a regression past the goal fails: Home
/// (241.4 KB on 2026-12-07), a plan's actions page (its own entry, `plan.html`:
/// 221.4 KB) and the join path (the phone's entry with its session screens split off:
/// 97.0 KB).
const PATHS: [PathBudget; 3] = [
    PathBudget {
        key: "home",
        name: "Home, first visit",
        limit_kb: 250.0,
        goal_kb: 250.0,
    },
    PathBudget {
        key: "actions",
        name: "a plan's actions page",
        limit_kb: 250.0,
        goal_kb: 250.0,
    },
    PathBudget {
        key: "join",
        name: "joining from the QR code (/join?code=…)",
        limit_kb: 120.0,
        goal_kb: 120.0,
    },
];

/// How far what the server sends may be from the compressed files on disk.
const MAX_DRIFT: f64 = 0.02;

/// The script that drives Chromium.
const SCRIPT: &str = "tests/e2e/perf/budget.mjs";

/// One response as Chromium received it.
#[derive(Debug)]
struct Received {
    /// The address, with its query.
    address: String,
    status: u16,
    encoding: String,
    /// The body as sent (compressed).
    body: u64,
    /// The status line and headers.
    head: u64,
}

/// Measures the three paths on the server at `base_url`, prints a table for each, and
/// fails above a limit or when the wire and the disk disagree.
pub fn check(bundle: &Bundle, base_url: &str) -> Result<(), String> {
    let disk_first_load = report_disk(bundle)?;
    let measured = measure(base_url)?;
    let mut failures = Vec::new();
    for budget in &PATHS {
        let responses = measured
            .get(budget.key)
            .ok_or_else(|| format!("{SCRIPT} reported nothing for {}", budget.key))?;
        failures.extend(report_path(budget, responses, &bundle.dist)?);
    }
    // The same files, counted from disk before and as the server sent them.
    if let Some(home) = measured.get("home") {
        let first_load: Vec<String> = bundle
            .first_load
            .iter()
            .filter_map(|f| f.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        let wire: u64 = home
            .iter()
            .filter(|r| served_file(&r.address).is_some_and(|f| first_load.contains(&f)))
            .map(|r| r.body)
            .sum();
        let drift = (wire as f64 - disk_first_load as f64).abs() / disk_first_load.max(1) as f64;
        eprintln!(
            "first-load files: {:.1} KB brotli on disk, {:.1} KB of bodies on the wire ({:.2} % apart)",
            kb(disk_first_load),
            kb(wire),
            drift * 100.0
        );
        if drift > MAX_DRIFT {
            failures.push(format!(
                "the server sent {:.1} KB for the first-load files but they are {:.1} KB brotli on \
                 disk: is it still sending the compressed copies?",
                kb(wire),
                kb(disk_first_load)
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// Prints one path's responses and totals; returns its failures.
fn report_path(
    budget: &PathBudget,
    responses: &[Received],
    dist: &Path,
) -> Result<Vec<String>, String> {
    eprintln!(
        "\n{} — on the wire, cold cache (1 KB = 1000 bytes):",
        budget.name
    );
    eprintln!(
        "  {:<52} {:>8} {:>9} {:>9}",
        "address", "encoding", "bytes", "on disk"
    );
    let mut failures = Vec::new();
    let (mut wire, mut bodies, mut disk) = (0_u64, 0_u64, 0_u64);
    for r in responses {
        if r.status >= 400 {
            failures.push(format!(
                "{}: {} answered {}",
                budget.name, r.address, r.status
            ));
        }
        let on_disk = served_file(&r.address).and_then(|f| disk_brotli_size(&dist.join(f)));
        if let Some(size) = on_disk {
            bodies += r.body;
            disk += size;
        }
        wire += r.body + r.head;
        eprintln!(
            "  {:<52} {:>8} {:>9} {:>9}",
            short(&r.address),
            r.encoding,
            r.body + r.head,
            on_disk.map_or_else(|| "(api)".to_string(), |s| s.to_string())
        );
    }
    let total = kb(wire);
    eprintln!(
        "  total {total:.1} KB on the wire in {} responses (headers included); files {:.1} KB on \
         the wire, {:.1} KB brotli on disk",
        responses.len(),
        kb(bodies),
        kb(disk)
    );
    let drift = (bodies as f64 - disk as f64).abs() / disk.max(1) as f64;
    if drift > MAX_DRIFT {
        failures.push(format!(
            "{}: the server sent {:.1} KB of files that are {:.1} KB brotli on disk ({:.1} % apart, \
             at most {:.0} % allowed)",
            budget.name,
            kb(bodies),
            kb(disk),
            drift * 100.0,
            MAX_DRIFT * 100.0
        ));
    }
    if total > budget.limit_kb {
        failures.push(format!(
            "{} downloads {total:.1} KB, over its {:.0} KB limit",
            budget.name, budget.limit_kb
        ));
    } else if total <= budget.goal_kb {
        eprintln!("  within the {:.0} KB goal", budget.goal_kb);
    } else {
        eprintln!(
            "  within the {:.0} KB limit but over the {:.0} KB goal by {:.1} KB",
            budget.limit_kb,
            budget.goal_kb,
            total - budget.goal_kb
        );
    }
    Ok(failures)
}

/// Runs the script against the server and reads its lines, by path.
fn measure(base_url: &str) -> Result<BTreeMap<String, Vec<Received>>, String> {
    eprintln!("$ node {SCRIPT}");
    let output = Command::new("node")
        .arg(SCRIPT)
        .current_dir(root())
        .env(BASE_URL_VAR, base_url)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !output.status.success() {
        return Err(format!("{SCRIPT} failed ({})", output.status));
    }
    parse_measures(&String::from_utf8_lossy(&output.stdout))
}

/// Reads `path \t address \t status \t encoding \t body \t head` lines.
fn parse_measures(text: &str) -> Result<BTreeMap<String, Vec<Received>>, String> {
    let mut by_path: BTreeMap<String, Vec<Received>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split('\t').collect();
        let [path, address, status, encoding, body, head] = parts[..] else {
            return Err(format!(
                "{SCRIPT} printed a line of {} parts: {line}",
                parts.len()
            ));
        };
        let number = |what: &str, text: &str| {
            text.parse::<u64>()
                .map_err(|e| format!("{SCRIPT}: {what} '{text}' is not a number ({e})"))
        };
        by_path.entry(path.to_string()).or_default().push(Received {
            address: address.to_string(),
            status: u16::try_from(number("status", status)?)
                .map_err(|e| format!("{SCRIPT}: status {status}: {e}"))?,
            encoding: encoding.to_string(),
            body: number("body size", body)?,
            head: number("head size", head)?,
        });
    }
    Ok(by_path)
}

/// The file in dist an address is answered from: `join.html` for `/join`, `index.html`
/// for any other page address (no dot in its last part), else the file of that name;
/// `None` for the API.
fn served_file(address: &str) -> Option<String> {
    let path = address.split(['?', '#']).next().unwrap_or_default();
    if path.starts_with("/api/") {
        return None;
    }
    if matches!(path, "/join" | "/join/") {
        return Some("join.html".to_string());
    }
    let relative = path.trim_start_matches('/');
    let last = relative.rsplit('/').next().unwrap_or_default();
    Some(if relative.is_empty() || !last.contains('.') {
        "index.html".to_string()
    } else {
        relative.to_string()
    })
}

/// The brotli copy's size beside a file of the bundle (the file's own size when it has
/// none, because brotli would not make it smaller); `None` when there is no such file.
fn disk_brotli_size(file: &Path) -> Option<u64> {
    if !file.is_file() {
        return None;
    }
    let compressed = PathBuf::from(format!("{}.br", file.display()));
    std::fs::metadata(&compressed)
        .or_else(|_| std::fs::metadata(file))
        .ok()
        .map(|m| m.len())
}

/// Prints the first-load files' raw and brotli sizes on disk, as built; returns the
/// brotli total.
fn report_disk(bundle: &Bundle) -> Result<u64, String> {
    eprintln!("first load on disk, brotli at quality 11 (1 KB = 1000 bytes):");
    let mut total = 0_u64;
    for file in &bundle.first_load {
        let raw = std::fs::metadata(file)
            .map_err(|e| format!("could not read {}: {e}", file.display()))?
            .len();
        let compressed = disk_brotli_size(file)
            .ok_or_else(|| format!("{} is not in the bundle", file.display()))?;
        total += compressed;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        eprintln!(
            "  {name:<40} {:>8.1} KB raw  {:>7.1} KB brotli",
            kb(raw),
            kb(compressed)
        );
    }
    eprintln!("  {:<40} {:>27.1} KB brotli", "total", kb(total));
    let brotli = |files: &[PathBuf]| files.iter().filter_map(|f| disk_brotli_size(f)).sum();
    eprintln!(
        "the phone's entry (join.html and what it loads): {:.1} KB brotli",
        kb(brotli(&bundle.phone_load))
    );
    eprintln!(
        "  then, once the person has joined, the session's screens: {:.1} KB brotli",
        kb(brotli(&bundle.phone_later))
    );
    eprintln!(
        "a plan's actions page (plan.html and what it loads): {:.1} KB brotli",
        kb(brotli(&bundle.plan_load))
    );
    let chunks: u64 = brotli(&bundle.on_demand);
    eprintln!(
        "later, when a page first needs them: {} wasm chunks, {:.1} KB brotli",
        bundle.on_demand.len(),
        kb(chunks)
    );
    Ok(total)
}

/// An address cut to fit the table.
fn short(address: &str) -> String {
    if address.chars().count() <= 52 {
        address.to_string()
    } else {
        let head: String = address.chars().take(51).collect();
        format!("{head}…")
    }
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_addresses_are_answered_by_index_html() {
        let served = |address| served_file(address).unwrap_or_default();
        assert_eq!(served("/"), "index.html");
        assert_eq!(served("/join?code=K7P2QX"), "join.html");
        assert_eq!(served("/plan/abc"), "index.html");
        assert_eq!(
            served("/app-0123456789abcdef.css"),
            "app-0123456789abcdef.css"
        );
        assert_eq!(served("/icons/icon-192.png?v=1"), "icons/icon-192.png");
        assert_eq!(served_file("/api/sessions"), None);
    }

    #[test]
    fn the_scripts_lines_are_read_by_path() -> Result<(), String> {
        let read = parse_measures("home\t/\t200\tbr\t900\t300\nhome\t/a.wasm\t200\tbr\t5\t1\n")?;
        let home = read.get("home").ok_or("home")?;
        assert_eq!(home.len(), 2);
        assert_eq!(home[0].body + home[0].head, 1200);
        assert!(parse_measures("home\t/\t200\n").is_err());
        Ok(())
    }
}
