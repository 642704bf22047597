//! Copies kept off this device: downloading a file, and reading one a person picked.
//!
//! A download is a Blob handed to the browser through a temporary link; a picked file
//! is checked for size before a byte of it is read, so a giant file cannot stall a
//! cheap phone.

use crate::i18n::t;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Why a picked file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// Bigger than the limit; nothing was read.
    TooLarge {
        /// The file's size in bytes.
        bytes: f64,
        /// The most allowed, in bytes.
        limit: usize,
    },
    /// The browser could not read it (moved, deleted, no permission).
    Unreadable,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge { bytes, limit } => f.write_str(&t!(
                "file-too-large",
                size = megabytes(*bytes),
                limit = megabytes(*limit as f64)
            )),
            FileError::Unreadable => f.write_str(&t!("file-unreadable")),
        }
    }
}

fn megabytes(bytes: f64) -> String {
    let mb = bytes / (1024.0 * 1024.0);
    if mb < 10.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{mb:.0} MB")
    }
}

/// Reads a picked file, refusing it unread when it is larger than `limit` bytes.
pub async fn read(file: &File, limit: usize) -> Result<Vec<u8>, FileError> {
    let bytes = file.size();
    if bytes > limit as f64 {
        return Err(FileError::TooLarge { bytes, limit });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Hands `contents` to the browser as a file to save, named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let cannot = |_| t!("file-cannot-make");
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&Uint8Array::from(contents));
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(cannot)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(cannot)?;
    let document = leptos::prelude::document();
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(cannot)?
        .dyn_into()
        .map_err(|_| t!("file-cannot-make"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    // Give the browser a moment to start the download before letting the data go.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// A file name made from a title: characters file systems refuse become spaces.
pub fn file_name(title: &str, ending: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let mut stem: String = words.join(" ").chars().take(100).collect();
    stem = stem.trim_matches(['.', ' ']).to_owned();
    if stem.is_empty() {
        stem = "plan".into();
    }
    format!("{stem}{ending}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_a_safe_file_name() {
        assert_eq!(
            file_name("Maltby locality action plan", ".cares.json"),
            "Maltby locality action plan.cares.json"
        );
        assert_eq!(file_name("A/B: plan?", ".csv"), "A B plan.csv");
        assert_eq!(file_name("  ..  ", ".csv"), "plan.csv");
    }

    #[test]
    fn a_large_file_says_its_size_in_megabytes() {
        let error = FileError::TooLarge {
            bytes: 20.0 * 1024.0 * 1024.0,
            limit: 16 * 1024 * 1024,
        };
        assert_eq!(
            error.to_string(),
            "it is 20 MB, bigger than the 16 MB a plan file can be"
        );
    }
}
