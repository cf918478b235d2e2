//! An article in any format: detected by its content, read as a document
//! (DOCX, ODT, EPUB, HTML, PDF) or decoded as text, its notes found, and
//! every note parsed and planned as an import into an empty library. No
//! input may panic; errors are fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refman::article::{self, formats};
use refman::library::Library;

fuzz_target!(|bytes: &[u8]| {
    let article = match formats::detect(bytes, "input", None) {
        Some(format) => match article::read_document(bytes, format, Some("https://example.org/")) {
            Ok(article) => article,
            Err(_) => return,
        },
        None => match article::decode(bytes) {
            Ok(decoded) => match article::read_notes(&decoded.text) {
                Some(article) => article,
                None => return,
            },
            Err(_) => return,
        },
    };
    let library = Library::empty("bibliography");
    let plan = refman::import::plan(&article, &library);
    for entry in &plan.new_entries {
        let _ = refman::library::bib::round_trip_problem(entry);
    }
});
