//! `refman cite`: the bibliography of exactly the works a paper cites
//! (pandoc Markdown and LaTeX papers citing the seed's works), `--bib-out`
//! with crossref parents, and unknown keys named with file, line and the
//! closest keys.

use std::fs;
use std::path::Path;

use refman::library::Library;

use crate::{check_golden, data, refman, seed_library};

/// The seed's works plus a chapter with a crossref parent.
fn library() -> tempfile::TempDir {
    let dir = seed_library();
    fs::copy(
        data("export/rich.bib"),
        dir.path().join("bibliography/rich.bib"),
    )
    .expect("copy");
    for paper in ["paper.md", "paper.tex", "unknown.md"] {
        fs::copy(data(&format!("cite/{paper}")), dir.path().join(paper)).expect("copy paper");
    }
    dir
}

fn cite(dir: &Path, args: &[&str]) -> String {
    let out = refman(dir)
        .arg("cite")
        .args(args)
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "refman cite {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn markdown_paper_gets_exactly_its_works_in_the_style() {
    let dir = library();
    let apa = cite(
        dir.path(),
        &["paper.md", "--style", "apa", "--format", "txt"],
    );
    check_golden("cite/paper-apa.txt", &apa);
    // Seven works are cited; druk2022 only appears in code.
    let references = apa.lines().filter(|l| !l.trim().is_empty()).count() - 1;
    assert_eq!(references, 7, "{apa}");
    assert!(!apa.contains("Какие перспективы"), "druk2022 is not cited");

    // IEEE numbers in order of first citation.
    let ieee = cite(
        dir.path(),
        &["paper.md", "--style", "ieee", "--format", "md"],
    );
    check_golden("cite/paper-ieee.md", &ieee);
    let first = ieee.find("[1]").expect("[1]");
    assert!(
        ieee[first..]
            .lines()
            .next()
            .is_some_and(|l| l.contains("Посольство")),
        "{ieee}"
    );
}

#[test]
fn latex_paper_writes_a_bib_with_cited_entries_and_their_parents() {
    let dir = library();
    let out = refman(dir.path())
        .args(["cite", "paper.tex", "--bib-out", "paper.bib"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("7 entries (6 cited) written to paper.bib")
    );
    let text = fs::read_to_string(dir.path().join("paper.bib")).expect("paper.bib");
    let bib = Library::from_source("paper", text).expect("valid BibLaTeX");
    let keys: Vec<&str> = bib.entries().map(|e| e.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "matsukevich2022",
            "eliseev2022",
            "turarbekova2020a",
            "prezident2023",
            "kowalski2019",
            "national2021",
            "nowak2019",
        ],
        "cited entries in order, then the crossref parent"
    );
    assert!(!keys.contains(&"ministerstvo"), "commented-out citation");

    // The same paper as a formatted bibliography, by extension.
    let chicago = cite(dir.path(), &["paper.tex", "--format", "txt"]);
    check_golden("cite/paper-tex-chicago.txt", &chicago);
}

#[test]
fn unknown_keys_are_listed_with_places_and_closest_keys() {
    let dir = library();
    refman(dir.path())
        .args(["cite", "unknown.md", "--style", "apa"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains(
            "unknown.md: 2 cited key(s) not in the library",
        ))
        .stderr(predicates::str::contains(
            "druk2032 (cited at unknown.md:3, unknown.md:5): did you mean druk2023, druk2022?",
        ))
        .stderr(predicates::str::contains(
            "turarbekova202 (cited at unknown.md:5): did you mean turarbekova2020",
        ));

    let out = refman(dir.path())
        .args([
            "cite",
            "unknown.md",
            "--style",
            "apa",
            "--allow-missing",
            "--format",
            "txt",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("warning: 2 cited key(s)"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("БелТА"),
        "the known key is still rendered: {text}"
    );
}

#[test]
fn a_paper_without_citations_is_an_error() {
    let dir = library();
    fs::write(dir.path().join("empty.md"), "# Nothing cited here\n").expect("write");
    refman(dir.path())
        .args(["cite", "empty.md"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("empty.md: no citations found"));
}
