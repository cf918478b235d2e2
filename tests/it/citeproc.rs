//! refman against citeproc-js, the reference CSL processor: the seed's
//! works in six official styles, and its 17 notes in Chicago notes, must
//! come out as citeproc-js printed them (tests/data/citeproc/, produced as
//! tests/citeproc/README.md describes), except for the differences listed
//! with their reason in tests/data/citeproc/differences.toml.

use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::{SEED, data, refman, seed_library};

#[derive(Debug, Deserialize)]
struct Differences {
    #[serde(default)]
    difference: Vec<Difference>,
}

#[derive(Debug, Deserialize)]
struct Difference {
    file: String,
    line: usize,
    refman: String,
    citeproc: String,
    why: String,
}

fn known_differences() -> Vec<Difference> {
    let text = fs::read_to_string(data("citeproc/differences.toml")).expect("differences.toml");
    let parsed: Differences = toml::from_str(&text).expect("valid differences.toml");
    parsed.difference
}

/// refman's plain text, without headings and blank lines.
fn refman_lines(dir: &Path, args: &[&str]) -> Vec<String> {
    let out = refman(dir)
        .arg("render")
        .args(args)
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    text.lines()
        .filter(|l| !l.trim().is_empty() && *l != l.to_uppercase())
        .map(str::to_string)
        .collect()
}

fn compare(file: &str, refman: &[String], known: &[Difference]) -> Vec<String> {
    let expected = fs::read_to_string(data(&format!("citeproc/{file}"))).expect("expected output");
    let expected: Vec<&str> = expected.lines().collect();
    let mut problems = Vec::new();
    if expected.len() != refman.len() {
        problems.push(format!(
            "{file}: {} lines from citeproc-js, {} from refman",
            expected.len(),
            refman.len()
        ));
    }
    for (i, (want, got)) in expected.iter().zip(refman).enumerate() {
        let listed = known.iter().find(|d| d.file == file && d.line == i + 1);
        match listed {
            Some(d) if d.citeproc == *want && d.refman == *got => {
                assert!(
                    !d.why.trim().is_empty(),
                    "{file}:{}: a listed difference needs its reason",
                    i + 1
                );
            }
            Some(_) if want == got => problems.push(format!(
                "{file}:{}: listed difference no longer occurs",
                i + 1
            )),
            _ if want == got => {}
            _ => problems.push(format!(
                "{file}:{}:\n  citeproc-js: {want}\n  refman:      {got}",
                i + 1
            )),
        }
    }
    problems
}

#[test]
fn bibliographies_equal_citeproc_js() {
    let dir = seed_library();
    let known = known_differences();
    let mut problems = Vec::new();
    for (style, locale) in [
        ("apa", "en-US"),
        ("chicago-notes-bibliography", "en-US"),
        ("chicago-author-date", "en-US"),
        ("modern-language-association", "en-US"),
        ("ieee", "en-US"),
        ("gost-r-7-0-5-2008-numeric", "ru-RU"),
    ] {
        let csl = data(&format!("csl/{style}.csl"));
        let lines = refman_lines(
            dir.path(),
            &[
                "--csl",
                csl.to_str().expect("path"),
                "--locale",
                locale,
                "--format",
                "txt",
            ],
        );
        problems.extend(compare(&format!("{style}.txt"), &lines, &known));
    }
    assert!(
        problems.is_empty(),
        "differences from citeproc-js:\n{}",
        problems.join("\n")
    );
}

#[test]
fn chicago_notes_equal_citeproc_js() {
    let dir = seed_library();
    let csl = data("csl/chicago-notes-bibliography.csl");
    let article = data(SEED);
    let notes: Vec<String> = refman_lines(
        dir.path(),
        &[
            "--notes",
            article.to_str().expect("path"),
            "--csl",
            csl.to_str().expect("path"),
            "--format",
            "txt",
        ],
    )
    .into_iter()
    .take(17)
    .map(|l| match l.split_once(". ") {
        Some((number, rest)) if number.parse::<usize>().is_ok() => rest.to_string(),
        _ => l,
    })
    .collect();
    assert_eq!(notes.len(), 17);
    let problems = compare(
        "notes-chicago-notes-bibliography.txt",
        &notes,
        &known_differences(),
    );
    assert!(
        problems.is_empty(),
        "differences from citeproc-js:\n{}",
        problems.join("\n")
    );
}
