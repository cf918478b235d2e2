//! refman against citeproc-js, the reference CSL processor: the seed's
//! works in seven official styles, and its 17 notes in Chicago notes, must
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

/// The official styles compared, with the locale each is rendered in.
const STYLES: [(&str, &str); 7] = [
    ("apa", "en-US"),
    ("chicago-notes-bibliography", "en-US"),
    ("chicago-author-date", "en-US"),
    ("modern-language-association", "en-US"),
    ("ieee", "en-US"),
    ("gost-r-7-0-5-2008-numeric", "ru-RU"),
    ("nlm-citation-sequence", "en-US"),
];

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
    for (style, locale) in STYLES {
        let csl = data(&format!("csl/{style}.csl"));
        let lines = refman_lines(
            dir.path(),
            &[
                "--csl",
                csl.to_str().expect("path"),
                "--locale",
                locale,
                // citeproc-js renders a standard style in one locale.
                "--no-entry-locale",
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

#[derive(Debug, Deserialize)]
struct LargeDifferences {
    #[serde(default)]
    difference: Vec<LargeDifference>,
}

#[derive(Debug, Deserialize)]
struct LargeDifference {
    style: String,
    citeproc: String,
    refman: String,
    why: String,
}

/// 397 varied works (AnyStyle's core.xml references as refman imports
/// them, and entries of every type without URL, DOI or date) in seven
/// styles: every reference equals citeproc-js's or is a listed difference
/// with its reason. Order is not compared here (the seed test does).
#[test]
fn large_library_equals_citeproc_js_but_for_listed_differences() {
    use std::collections::HashMap;
    let text = fs::read_to_string(data("citeproc/large/differences.toml")).expect("differences");
    let listed: LargeDifferences = toml::from_str(&text).expect("valid differences.toml");
    let library = data("citeproc/large/bibliography");
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut problems = Vec::new();
    for (style, locale) in STYLES {
        let csl = data(&format!("csl/{style}.csl"));
        let out = refman(tmp.path())
            .arg("--library")
            .arg(&library)
            .args([
                "render",
                "--no-cache",
                "--format",
                "txt",
                "--locale",
                locale,
                "--no-entry-locale",
                "--csl",
            ])
            .arg(&csl)
            .output()
            .expect("run refman");
        // Exit 3 names entries the style prints nothing for; the rest is
        // written and compared.
        assert!(matches!(out.status.code(), Some(0 | 3)), "{style}: {out:?}");
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        let mut ours: HashMap<String, i64> = HashMap::new();
        for line in stdout.lines().skip(2).filter(|l| !l.trim().is_empty()) {
            *ours.entry(line.to_string()).or_default() += 1;
        }
        let expected =
            fs::read_to_string(data(&format!("citeproc/large/{style}.txt"))).expect("expected");
        let mut theirs: HashMap<String, i64> = HashMap::new();
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            *theirs.entry(line.to_string()).or_default() += 1;
        }
        for d in listed.difference.iter().filter(|d| d.style == style) {
            assert!(
                !d.why.trim().is_empty(),
                "{style}: a difference needs its reason"
            );
            let ours_has = d.refman.is_empty() || ours.get(&d.refman).is_some_and(|n| *n > 0);
            let theirs_has =
                d.citeproc.is_empty() || theirs.get(&d.citeproc).is_some_and(|n| *n > 0);
            if !(ours_has && theirs_has) {
                problems.push(format!(
                    "{style}: listed difference no longer occurs:\n  citeproc-js: {}\n  refman:      {}",
                    d.citeproc, d.refman
                ));
                continue;
            }
            if !d.refman.is_empty() {
                *ours.entry(d.refman.clone()).or_default() -= 1;
            }
            if !d.citeproc.is_empty() {
                *theirs.entry(d.citeproc.clone()).or_default() -= 1;
            }
        }
        for (line, n) in &ours {
            let m = theirs.get(line).copied().unwrap_or(0);
            if *n > m {
                problems.push(format!("{style}: refman only: {line}"));
            }
        }
        for (line, n) in &theirs {
            let m = ours.get(line).copied().unwrap_or(0);
            if *n > m {
                problems.push(format!("{style}: citeproc-js only: {line}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} differences from citeproc-js not listed:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
