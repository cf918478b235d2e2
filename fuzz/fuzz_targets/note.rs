//! Notes as the parser sees them: each of the first four lines one note,
//! planned as an import (splitting, back-references, labelling, keys) into
//! an empty library. No input may panic, and every entry the plan would
//! add must either read back from the BibLaTeX refman would write or be
//! refused by that check (which is what the save does).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refman::article::markers::MarkerStyle;
use refman::article::{Article, Note};
use refman::library::Library;

fuzz_target!(|text: &str| {
    let notes = text
        .lines()
        .take(4)
        .enumerate()
        .map(|(i, line)| Note {
            marker: (i + 1).to_string(),
            style: MarkerStyle::Dotted,
            text: line.to_string(),
            line: i + 1,
            section: 0,
            items: Vec::new(),
        })
        .collect();
    let article = Article {
        notes,
        ..Article::default()
    };
    let library = Library::empty("bibliography");
    let plan = refman::import::plan(&article, &library);
    for entry in &plan.new_entries {
        if refman::library::bib::round_trip_problem(entry).is_none() {
            let text = refman::library::bib::to_biblatex(entry);
            let back = refman::library::parse_bib(std::path::Path::new("entry.bib"), &text);
            assert!(
                back.is_ok_and(|b| b.len() == 1),
                "accepted but unreadable:\n{text}"
            );
        }
    }
});
