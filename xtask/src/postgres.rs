//! A throwaway PostgreSQL server for the server's tests, from Debian's packages.
//!
//! The server's tests always run against SQLite; with this they also run against a
//! real PostgreSQL: a fresh cluster in a temporary folder on a free loopback port,
//! started as the `postgres` user (PostgreSQL refuses to run as root) and stopped
//! when the handle is dropped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use crate::run::{cmd, on_path};

/// A running test cluster; stopped on drop.
#[derive(Debug)]
pub struct TestPostgres {
    bin: PathBuf,
    dir: PathBuf,
    /// The URL the tests connect with.
    pub url: String,
}

impl TestPostgres {
    /// Installs PostgreSQL if it is missing, then starts a fresh cluster.
    pub fn start() -> Result<TestPostgres, String> {
        let bin = match server_bin() {
            Some(bin) => bin,
            None => {
                if !on_path("apt-get") {
                    return Err("PostgreSQL is not installed and there is no apt-get".into());
                }
                crate::tools::apt_install(&["postgresql"])?;
                server_bin().ok_or("PostgreSQL installed but its programs were not found")?
            }
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port for PostgreSQL: {e}"))?
            .port();
        let dir = std::env::temp_dir().join(format!("cares-test-postgres-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("could not make {}: {e}", dir.display()))?;
        cmd("chown", &["postgres:postgres", &path(&dir)])?;
        let data = dir.join("data");
        as_postgres(
            &bin,
            "initdb",
            &[
                "-D",
                &path(&data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ],
        )?;
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            path(&dir)
        );
        let log = dir.join("server.log");
        as_postgres(
            &bin,
            "pg_ctl",
            &[
                "-D",
                &path(&data),
                "-o",
                &options,
                "-l",
                &path(&log),
                "-w",
                "start",
            ],
        )?;
        let cluster = TestPostgres {
            url: format!("postgres://postgres@127.0.0.1:{port}/cares_test"),
            bin,
            dir,
        };
        as_postgres(
            &cluster.bin,
            "createdb",
            &["-h", "127.0.0.1", "-p", &port.to_string(), "cares_test"],
        )?;
        Ok(cluster)
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let _ = as_postgres(
            &self.bin,
            "pg_ctl",
            &["-D", &path(&data), "-m", "fast", "-w", "stop"],
        );
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// True when this process can start a cluster as the postgres user (it is root).
pub fn can_run() -> bool {
    on_path("runuser")
        && std::env::var("USER").map_or(true, |u| u == "root")
        && crate::tools::command_output("id", &["-u"]).is_some_and(|id| id.trim() == "0")
}

fn server_bin() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("postgres").exists() && bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop()
}

fn as_postgres(bin: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    let program = path(&bin.join(program));
    let mut all = vec!["-u", "postgres", "--", program.as_str()];
    all.extend_from_slice(args);
    cmd("runuser", &all)
}

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}
