//! Fuzzes the document reader: any bytes given to `Document::from_json` must come
//! back as a value or an error, never a panic; and a document that was read must
//! write out and read back to the same content, or a saved file would change.

#![no_main]

use cares_core::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(document) = Document::from_json(bytes) else {
        return;
    };
    let written = document.to_json();
    let again = match Document::from_json(written.as_bytes()) {
        Ok(again) => again,
        Err(e) => panic!("a document that was read could not be read back after writing: {e}"),
    };
    assert_eq!(again.id(), document.id(), "the id changed on the way round");
    assert_eq!(
        again.content(),
        document.content(),
        "the content changed on the way round"
    );
    assert_eq!(
        again.to_json(),
        written,
        "writing the read-back document gave different JSON"
    );
});
