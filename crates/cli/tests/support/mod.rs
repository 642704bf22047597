//! What the CLI's integration tests share: a scratch folder per test and running the
//! `cares` binary as a person would.

#![allow(dead_code)] // Each test file uses its own share of these.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A fresh folder for one test, removed when the test ends.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("cares-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot make {}: {e}", dir.display()));
        Scratch(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        path
    }

    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs cares in British English, whatever language this machine's `LANG` names.
pub fn cares(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    cares_in(None, args)
}

/// Runs cares with `LANG` set to `lang` (or unset).
pub fn cares_in(lang: Option<&str>, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cares"));
    command
        .args(args.iter().map(|a| a.as_ref()))
        .env_remove("LANG");
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    let output: Output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run cares: {e}"));
    let run = Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "cares panicked: {}",
        run.stderr
    );
    run
}

/// Runs cares expecting failure with `code`, and returns its one-line message.
pub fn fails(args: &[&dyn AsRef<std::ffi::OsStr>], code: i32) -> String {
    let run = cares(args);
    assert_eq!(
        run.code,
        Some(code),
        "stdout: {}\nstderr: {}",
        run.stdout,
        run.stderr
    );
    assert!(run.stderr.starts_with("cares: "), "{}", run.stderr);
    run.stderr
}
