//! A `.bib` file through the loader. No input may panic; every entry it
//! reads must write out as BibLaTeX that the loader reads back as the same
//! entry (the save's own check, `round_trip_problem`), so that a library
//! refman rewrites never changes what it did not touch. Math (`$…$`) is the
//! exception: the `biblatex` crate reads math across brace groups in
//! malformed sources, which cannot be written back; such an entry is
//! refused by the save's check instead, which must still answer.
//!
//! The search index caught up with the second half of the input appended
//! to the first (what an import does) must equal the index built from the
//! whole, and must only be made when the loader accepts the whole; so must
//! the index of the first half reconciled with the whole and with its two
//! halves swapped (a file rewritten by another program).
//!
//! The keys read as the text streams in (`list --format keys` with no
//! index), fed in blocks of any size, must be the loader's keys and types,
//! and must only be given when the loader accepts the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refman::library::search_index::{Stamp, build, content_hash, reconcile, refresh};
use refman::library::{Library, bib};

/// The index of `text` as the only file of a library, or `None` when the
/// loader refuses it or `list` would not index it.
fn index_of(text: &str, modified: u128) -> Option<String> {
    let library = Library::from_source("lib", text.to_string()).ok()?;
    if !library.entries_stand_alone() {
        return None;
    }
    Some(build(
        &[(stamp(text, modified), content_hash(text))],
        library.sourced(),
    ))
}

/// `text` as the library's one file, `library.bib`, stamped `modified`.
fn stamp(text: &str, modified: u128) -> Stamp {
    Stamp {
        name: "library.bib".into(),
        len: text.len() as u64,
        modified,
    }
}

fn appended_equals_whole(source: &str) {
    // Where an entry begins near the middle (so that most inputs made of
    // entries are split between two), else the middle.
    let mut half = source.len() / 2;
    while !source.is_char_boundary(half) {
        half += 1;
    }
    if let Some(at) = source[..half].rfind("\n@") {
        half = at + 1;
    }
    let Some(old) = index_of(&source[..half], 1) else {
        return;
    };
    if let Some(caught_up) = refresh(&old, &[stamp(source, 2)], |_| Some(source.to_string())) {
        match index_of(source, 2) {
            Some(whole) => assert!(caught_up == whole, "the caught-up index differs"),
            None => panic!("an index was caught up with a text the loader refuses"),
        }
    }
    let swapped = format!("{}{}", &source[half..], &source[..half]);
    for text in [source, swapped.as_str()] {
        if let Some(reconciled) = reconcile(&old, &[stamp(text, 2)], |_| Some(text.to_string())) {
            match index_of(text, 2) {
                Some(whole) => assert!(reconciled == whole, "the reconciled index differs"),
                None => panic!("an index was reconciled with a text the loader refuses"),
            }
        }
    }
}

fn streamed_keys_are_the_loaders(source: &str) {
    let loaded = Library::from_source("lib", source.to_string()).ok().map(|l| {
        l.entries()
            .map(|e| (e.key.clone(), e.entry_type.clone()))
            .collect::<Vec<_>>()
    });
    // Block sizes from the input, so that cuts fall everywhere.
    let block = 1 + source.len() % 61;
    for size in [block, 4096] {
        let mut reader = bib::KeyReader::default();
        for chunk in source.as_bytes().chunks(size) {
            reader.feed(chunk);
        }
        let Some(streamed) = reader.finish() else {
            continue;
        };
        let mut seen = std::collections::HashSet::new();
        if !streamed.iter().all(|(key, _)| seen.insert(key.clone())) {
            continue; // a repeated key sends `list` to the loader
        }
        match &loaded {
            Some(loaded) => assert!(&streamed == loaded, "streamed keys differ"),
            None => panic!("keys were streamed from a text the loader refuses"),
        }
    }
}

fuzz_target!(|source: &str| {
    appended_equals_whole(source);
    streamed_keys_are_the_loaders(source);
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
