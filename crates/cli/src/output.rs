//! Writing what `cares` makes: files are written whole or not at all (a temporary
//! file beside the target, then a rename), and standard output tolerates a closed
//! pipe (`cares audit plan.json | head`).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::args::Overwrite;
use crate::error::CliError;

/// Writes `bytes` to `path` atomically. With [`Overwrite::Refuse`] an existing file
/// is left alone and the result is [`CliError::Exists`]; on any error the target is
/// untouched and no temporary file is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), CliError> {
    if overwrite == Overwrite::Refuse && fs::symlink_metadata(path).is_ok() {
        return Err(CliError::Exists {
            path: path.to_owned(),
        });
    }
    let (temp, mut file) = create_temp(path)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| CliError::io(path, "write it", e));
    drop(file);
    let placed = written.and_then(|()| place(&temp, path, overwrite));
    // The temporary file is gone after a rename; after a hard link or a failure it
    // is still there, and must go.
    let _ = fs::remove_file(&temp);
    placed
}

/// Moves the finished temporary file into place.
fn place(temp: &Path, path: &Path, overwrite: Overwrite) -> Result<(), CliError> {
    match overwrite {
        Overwrite::Replace => fs::rename(temp, path).map_err(|e| CliError::io(path, "write it", e)),
        // A hard link never replaces an existing file, so a file that appeared
        // since the check above is still safe.
        Overwrite::Refuse => match fs::hard_link(temp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(CliError::Exists {
                path: path.to_owned(),
            }),
            // Some file systems have no hard links: fall back to a checked rename.
            Err(_) if fs::symlink_metadata(path).is_err() => {
                fs::rename(temp, path).map_err(|e| CliError::io(path, "write it", e))
            }
            Err(_) => Err(CliError::Exists {
                path: path.to_owned(),
            }),
        },
    }
}

/// A new, empty file beside `path` that no one else is using.
fn create_temp(path: &Path) -> Result<(PathBuf, File), CliError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cares".to_owned());
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mut last_error = None;
    for attempt in 0..16u32 {
        let temp = dir.join(format!(
            ".{name}.{}.{nanos}.{attempt}.tmp",
            std::process::id()
        ));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(CliError::io(path, "write it", e)),
        }
    }
    Err(CliError::io(
        path,
        "write it",
        last_error.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)),
    ))
}

/// Writes text to standard output. A reader that stops early (a closed pipe) is
/// not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::io(Path::new("standard output"), "write it", e)),
    }
}

/// Writes a line to standard error; there is nowhere to report a failure to.
pub fn eprint_line(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("cares-output-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let _ = fs::create_dir_all(&dir);
        dir
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".tmp"))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_new_file_is_written_whole_and_no_temporary_file_remains() {
        let dir = scratch("new");
        let target = dir.join("doc.json");
        assert_eq!(write_atomic(&target, b"{}", Overwrite::Refuse), Ok(()));
        assert_eq!(fs::read(&target).ok(), Some(b"{}".to_vec()));
        assert!(leftovers(&dir).is_empty());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_existing_file_is_kept_unless_replacing() {
        let dir = scratch("exists");
        let target = dir.join("doc.json");
        let _ = fs::write(&target, b"old");
        let refused = write_atomic(&target, b"new", Overwrite::Refuse);
        assert_eq!(
            refused,
            Err(CliError::Exists {
                path: target.clone()
            })
        );
        assert_eq!(fs::read(&target).ok(), Some(b"old".to_vec()));
        assert_eq!(write_atomic(&target, b"new", Overwrite::Replace), Ok(()));
        assert_eq!(fs::read(&target).ok(), Some(b"new".to_vec()));
        assert!(leftovers(&dir).is_empty());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_folder_is_an_io_error_and_leaves_nothing() {
        let dir = scratch("missing");
        let target = dir.join("no-such-folder").join("doc.json");
        let result = write_atomic(&target, b"{}", Overwrite::Refuse);
        assert_eq!(result.map_err(|e| e.exit_code()), Err(4));
        assert!(!target.exists());
        let _ = fs::remove_dir_all(&dir);
    }
}
