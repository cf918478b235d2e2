//! A `.bib` file through the loader. No input may panic; every entry it
//! reads must write out as BibLaTeX that the loader reads back as the same
//! entry (the save's own check, `round_trip_problem`), so that a library
//! refman rewrites never changes what it did not touch. Math (`$…$`) is the
//! exception: the `biblatex` crate reads math across brace groups in
//! malformed sources, which cannot be written back; such an entry is
//! refused by the save's check instead, which must still answer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refman::library::bib;

fuzz_target!(|source: &str| {
    let Ok(entries) = bib::parse(std::path::Path::new("library.bib"), source) else {
        return;
    };
    for sourced in &entries {
        let has_math = sourced.entry.fields().any(|(_, value)| {
            value
                .iter()
                .any(|chunk| matches!(chunk.v, biblatex::Chunk::Math(_)))
        });
        if has_math {
            let _ = bib::round_trip_problem(&sourced.entry);
            continue;
        }
        if let Some(problem) = bib::round_trip_problem(&sourced.entry) {
            let shown: String = problem.chars().take(600).collect();
            panic!("entry {:?} does not round-trip: {shown}", sourced.entry.key);
        }
    }
});
