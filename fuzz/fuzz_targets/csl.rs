//! Entries from a `.bib` file mapped to CSL (CSL-JSON and the engine's
//! items) and formatted in every output format by one of three styles (an
//! author-date, a note and a GOST style, chosen by the input's length). No
//! input may panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use refman::render::Styler;
use refman::render::write::{OutputFormat, write};

static STYLES: LazyLock<Vec<Styler>> = LazyLock::new(|| {
    ["apa", "chicago-notes", "gost-2018"]
        .iter()
        .filter_map(|name| Styler::named(name).ok())
        .collect()
});

fuzz_target!(|source: &str| {
    let Ok(entries) = refman::library::parse_bib(std::path::Path::new("library.bib"), source)
    else {
        return;
    };
    let entries: Vec<_> = entries.iter().take(8).collect();
    for entry in &entries {
        let _ = refman::csl::to_csl_json(entry);
    }
    if let Some(styler) = STYLES.get(source.len() % 3) {
        for reference in styler.bibliography(&entries) {
            for format in [
                OutputFormat::Text,
                OutputFormat::Markdown,
                OutputFormat::Html,
                OutputFormat::Latex,
            ] {
                let _ = write(&reference.content, format);
            }
        }
    }
});
