//! Tidy checks run as tests: every source file opens with a `//!` doc saying what
//! lives there, and no module hides behind a name like `utils` or `helpers`. The
//! core's shape (no import cycle, no I/O crate) is checked in [`core_shape`].

mod core_shape;

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::{Path, PathBuf};

    use crate::run::root;

    const SOURCE_DIRS: [&str; 6] = [
        "crates",
        "web/src",
        "xtask/src",
        "examples",
        "fuzz",
        "web/tests",
    ];
    const VAGUE_NAMES: [&str; 6] = ["utils", "helpers", "common", "manager", "data", "misc"];

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                if name != "target" && name != "node_modules" {
                    rust_files(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    fn all_files() -> Vec<PathBuf> {
        let mut files = Vec::new();
        for dir in SOURCE_DIRS {
            rust_files(&root().join(dir), &mut files);
        }
        files
    }

    #[test]
    fn every_source_file_starts_with_a_module_doc() {
        let files = all_files();
        assert!(files.len() > 10, "found only {} source files", files.len());
        let missing: Vec<_> = files
            .iter()
            .filter(|f| {
                let text = fs::read_to_string(f).unwrap_or_default();
                !text.trim_start().starts_with("//!")
            })
            .collect();
        assert!(
            missing.is_empty(),
            "files without a //! module doc: {missing:?}"
        );
    }

    #[test]
    fn no_module_is_named_utils_helpers_or_common() {
        let vague: Vec<_> = all_files()
            .into_iter()
            .filter(|f| {
                f.file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| VAGUE_NAMES.contains(&s))
            })
            .collect();
        assert!(
            vague.is_empty(),
            "modules named for nothing in particular: {vague:?}"
        );
    }
}
