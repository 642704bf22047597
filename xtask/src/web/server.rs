//! Running cares-server over a built bundle: for a person (`serve`, release build, the
//! `cares.db` SQLite file) or for the browser tests (debug build, a throwaway SQLite
//! file, a free port). The server is the same program a council would deploy; xtask
//! only builds it, starts it and reads the address it prints.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::postgres::TestPostgres;
use crate::run::{Scratch, cmd, root};

/// How the server is built and where its output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Release build, a line per request on the terminal, the `cares.db` file.
    Person,
    /// Debug build (shares the test build's dependencies), output to a log file, a
    /// throwaway database.
    Tests,
}

/// A running cares-server; stopped when dropped.
#[derive(Debug)]
pub struct AppServer {
    child: Child,
    url: String,
    /// The test database and log: held, never read, so they are removed only after
    /// the server stops.
    _scratch: Option<Scratch>,
}

impl AppServer {
    /// Builds cares-server and starts it on 127.0.0.1:`port` (0 picks a free port),
    /// serving `dist`. Returns once the server says it is listening.
    pub fn start(dist: &Path, port: u16, mode: Mode) -> Result<Self, String> {
        Self::launch(dist, port, mode, None)
    }

    /// Like [`AppServer::start`] for the tests, on the database at `database_url`
    /// (PostgreSQL, which several servers can share).
    pub fn start_on(dist: &Path, database_url: &str) -> Result<Self, String> {
        Self::launch(dist, 0, Mode::Tests, Some(database_url))
    }

    fn launch(
        dist: &Path,
        port: u16,
        mode: Mode,
        database_url: Option<&str>,
    ) -> Result<Self, String> {
        let binary = build(mode)?;
        let addr = format!("127.0.0.1:{port}");
        let mut command = Command::new(&binary);
        command
            .args(["--addr", &addr, "--dist", &dist.to_string_lossy()])
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let scratch = match mode {
            Mode::Person => None,
            Mode::Tests => {
                let scratch = Scratch::new(dist.with_file_name(format!(
                    "server-{}-{}",
                    std::process::id(),
                    next_server_number()
                )))?;
                let database = scratch.path().join("e2e.db");
                let url = database_url.map_or_else(
                    || format!("sqlite://{}?mode=rwc", database.display()),
                    str::to_owned,
                );
                command.env("DATABASE_URL", url);
                Some(scratch)
            }
        };
        let mut child = command
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
        let stderr = child
            .stderr
            .take()
            .ok_or_else(|| "could not read cares-server's output".to_string())?;
        let log = match &scratch {
            Some(dir) => Some(
                std::fs::File::create(dir.path().join("server.log"))
                    .map_err(|e| format!("could not create the server log: {e}"))?,
            ),
            None => None,
        };
        let url = wait_for_address(stderr, log).inspect_err(|_| {
            let _ = child.kill();
            let _ = child.wait();
        })?;
        Ok(Self {
            child,
            url,
            _scratch: scratch,
        })
    }

    /// The address to open in a browser, without a trailing slash.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Waits until the server stops (for a person: until Ctrl+C).
    pub fn wait(mut self) -> Result<(), String> {
        let status = self
            .child
            .wait()
            .map_err(|e| format!("could not wait for cares-server: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("cares-server stopped ({status})"))
        }
    }
}

impl Drop for AppServer {
    fn drop(&mut self) {
        // Already stopped is fine; the scratch folder goes after, either way.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A number for each test server this process starts, so each has its own folder.
fn next_server_number() -> usize {
    static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Two cares-servers on one throwaway PostgreSQL database, for the browser test of
/// a session spanning servers (`session-two-servers.test.mjs`). The servers stop
/// before the database does (fields drop in order).
#[derive(Debug)]
pub struct ServerPair {
    servers: [AppServer; 2],
    _postgres: TestPostgres,
}

/// The browser test that needs a [`ServerPair`].
pub const PAIR_TEST: &str = "session-two-servers.test.mjs";

/// The environment variable that gives the browser tests the pair's two addresses,
/// separated by a space.
pub const PAIR_VAR: &str = "CARES_SERVERS_ON_POSTGRES";

impl ServerPair {
    /// Starts the pair when `files` include [`PAIR_TEST`] and PostgreSQL can run
    /// here; `None` otherwise (that test then says it was skipped).
    pub fn start_if_wanted(dist: &Path, files: &[String]) -> Result<Option<Self>, String> {
        if !files.iter().any(|f| f.ends_with(PAIR_TEST)) || !crate::postgres::can_run() {
            return Ok(None);
        }
        let postgres = TestPostgres::start()?;
        let first = AppServer::start_on(dist, &postgres.url)?;
        let second = AppServer::start_on(dist, &postgres.url)?;
        Ok(Some(Self {
            servers: [first, second],
            _postgres: postgres,
        }))
    }

    /// Both addresses, separated by a space.
    pub fn urls(&self) -> String {
        format!("{} {}", self.servers[0].url(), self.servers[1].url())
    }
}

fn build(mode: Mode) -> Result<PathBuf, String> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    match mode {
        Mode::Person => {
            cmd("cargo", &["build", "--release", "-p", "cares-server"])?;
            Ok(target.join("release/cares-server"))
        }
        Mode::Tests => {
            cmd("cargo", &["build", "-p", "cares-server"])?;
            Ok(target.join("debug/cares-server"))
        }
    }
}

/// Reads the server's output until it prints `listening on http://…`, then hands the
/// rest of the output to a thread: to the terminal, or to the log file for tests.
fn wait_for_address(
    stderr: std::process::ChildStderr,
    mut log: Option<std::fs::File>,
) -> Result<String, String> {
    let (found, address) = mpsc::channel();
    std::thread::spawn(move || {
        let mut announced = false;
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            match &mut log {
                Some(file) => {
                    let _ = writeln!(file, "{line}");
                }
                None => eprintln!("{line}"),
            }
            if !announced && let Some(url) = listening_address(&line) {
                announced = true;
                let _ = found.send(Ok(url));
            } else if !announced {
                // Kept for the error message if the server stops before listening.
                let _ = found.send(Err(line));
            }
        }
    });
    let mut said = Vec::new();
    loop {
        match address.recv_timeout(Duration::from_secs(120)) {
            Ok(Ok(url)) => return Ok(url),
            Ok(Err(line)) => said.push(line),
            Err(_) => {
                return Err(format!(
                    "cares-server did not start listening; it said:\n{}",
                    said.join("\n")
                ));
            }
        }
    }
}

/// The address in the server's `listening on http://127.0.0.1:PORT (SQLite)` line.
fn listening_address(line: &str) -> Option<String> {
    let rest = &line[line.find("listening on http://")? + "listening on ".len()..];
    let url = rest.split_whitespace().next()?;
    Some(url.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::listening_address;

    #[test]
    fn the_address_is_read_from_the_listening_line() {
        assert_eq!(
            listening_address("2026-11-24T10:00:00Z listening on http://127.0.0.1:41234 (SQLite)"),
            Some("http://127.0.0.1:41234".to_string())
        );
        assert_eq!(listening_address("migrations applied"), None);
    }
}
