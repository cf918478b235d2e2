//! Multilingual rendering: GOST R 7.0.100-2018 and GB/T 7714-2015 checked
//! against the examples printed in the standards (tests/data/standards/),
//! per-entry locales against citeproc-js running the CSL-M form of the same
//! style (tests/data/citeproc/entry-locale/), goldens of the seed's works and
//! of a mixed Chinese and English list, script order, and romanization
//! against the standards' tables (tests/data/translit/tables.toml).

use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::{check_golden, data, refman, seed_library};

fn render(dir: &Path, args: &[&str]) -> String {
    let out = refman(dir)
        .arg("render")
        .args(args)
        .args(["--format", "txt", "--no-cache"])
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "refman render {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The references of a text page: no heading, no blank lines.
fn references(text: &str) -> Vec<String> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// A reference without its number ("[1] ", "1. ").
fn unnumbered(line: &str) -> &str {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '[' || c == ']');
    rest.strip_prefix(". ")
        .or_else(|| rest.strip_prefix(' '))
        .unwrap_or(line)
}

#[derive(Deserialize)]
struct Examples {
    example: Vec<Example>,
}

#[derive(Deserialize)]
struct Example {
    key: String,
    style: String,
    source: String,
    standard: String,
    #[serde(default)]
    departure: Vec<Departure>,
}

#[derive(Deserialize)]
struct Departure {
    standard: String,
    refman: String,
    why: String,
}

#[test]
fn references_equal_the_examples_printed_in_the_standards() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut checked = 0;
    for standard in ["gost-2018", "gb-t-7714"] {
        let folder = data(&format!("standards/{standard}"));
        let text = fs::read_to_string(folder.join("examples.toml")).expect("examples.toml");
        let examples: Examples = toml::from_str(&text).expect("valid examples.toml");
        let library = folder.join("bibliography");
        let library = library.to_str().expect("utf-8 path");
        for example in examples.example {
            assert!(!example.source.trim().is_empty(), "{}: source", example.key);
            let mut expected = example.standard.clone();
            for d in &example.departure {
                assert!(
                    !d.why.trim().is_empty(),
                    "{}: a departure without why",
                    example.key
                );
                assert!(
                    expected.contains(&d.standard),
                    "{}: {:?} not in the example",
                    example.key,
                    d.standard
                );
                expected = expected.replace(&d.standard, &d.refman);
            }
            let out = refman(dir.path())
                .args(["--library", library, "render", "--keys", &example.key])
                .args(["--style", &example.style, "--format", "txt", "--no-cache"])
                .output()
                .expect("run refman");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).expect("utf-8");
            let got = references(&text);
            assert_eq!(got.len(), 1, "{}: {got:?}", example.key);
            assert_eq!(
                unnumbered(&got[0]),
                unnumbered(&expected),
                "{} in {}",
                example.key,
                example.style
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} examples checked");
}

#[test]
fn seed_works_in_gost_styles_with_per_entry_terms() {
    let dir = seed_library();
    for style in ["gost-2018", "gost-2018-author-date", "gost"] {
        let out = render(dir.path(), &["--style", style]);
        check_golden(&format!("render/multilingual/{style}.txt"), &out);
    }
    // An English work says "P.", a Russian one "С."; the list's locale
    // alone gives the Russian terms to both.
    let per_entry = render(dir.path(), &["--style", "gost"]);
    assert!(per_entry.contains("2021. P. 52–55."), "{per_entry}");
    assert!(per_entry.contains("С. 72–78"), "{per_entry}");
    let one_locale = render(dir.path(), &["--style", "gost", "--no-entry-locale"]);
    assert!(one_locale.contains("2021. С. 52–55."), "{one_locale}");
}

#[test]
fn chinese_and_english_in_gb_t_7714_with_pinyin_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = data("standards/gb-t-7714/bibliography");
    let library = library.to_str().expect("utf-8 path");
    for style in ["gb-t-7714", "gb-t-7714-author-date"] {
        let out = render(dir.path(), &["--library", library, "--style", style]);
        check_golden(&format!("render/multilingual/{style}.txt"), &out);
    }
    let author_date = references(&render(
        dir.path(),
        &["--library", library, "--style", "gb-t-7714-author-date"],
    ));
    // Chinese first, by pinyin (Chen, Xinhua, Yuan), then Latin.
    let firsts: Vec<char> = author_date
        .iter()
        .filter_map(|l| l.chars().next())
        .collect();
    assert_eq!(firsts, ['陈', '新', '袁', 'B', 'D', 'S'], "{author_date:?}");
    let latin_first = references(&render(
        dir.path(),
        &[
            "--library",
            library,
            "--style",
            "gb-t-7714-author-date",
            "--script-order",
            "latin-first",
        ],
    ));
    assert!(latin_first[0].starts_with("BAKER"), "{latin_first:?}");
}

#[test]
fn script_order_puts_cyrillic_first_in_gost_lists() {
    let dir = seed_library();
    let gost = references(&render(dir.path(), &["--style", "gost-2018-author-date"]));
    let first_latin = gost
        .iter()
        .position(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .expect("a Latin reference");
    assert!(
        gost[first_latin..]
            .iter()
            .all(|l| l.starts_with(|c: char| c.is_ascii_alphabetic())),
        "{gost:?}"
    );
    let unicode = references(&render(
        dir.path(),
        &[
            "--style",
            "gost-2018-author-date",
            "--script-order",
            "unicode",
        ],
    ));
    assert!(unicode[0].starts_with("Matsukevich"), "{unicode:?}");
}

/// refman with per-entry locales against citeproc-js with the CSL-M
/// `<layout locale="en">` form of the same style (tests/citeproc/bibliography.js with OTHER_LANGS).
#[test]
fn per_entry_locales_equal_citeproc_js_csl_m() {
    let dir = seed_library();
    for (style, file) in [
        ("gost-2018", "gost-r-7-0-100-2018-numeric"),
        ("gost-2018-author-date", "gost-r-7-0-100-2018-author-date"),
        ("gost", "gost-r-7-0-5-2008-numeric"),
    ] {
        let expected = fs::read_to_string(data(&format!("citeproc/entry-locale/{file}.txt")))
            .expect("expected");
        let expected: Vec<&str> = expected.lines().collect();
        let got = references(&render(dir.path(), &["--style", style]));
        assert_eq!(got, expected, "{style}");
    }
    // A Chinese and English list in the bundled GB/T 7714 styles.
    let library = data("standards/gb-t-7714/bibliography");
    let library = library.to_str().expect("utf-8 path");
    for (style, file) in [
        ("gb-t-7714", "gb-7714-2015-numeric"),
        ("gb-t-7714-author-date", "gb-7714-2015-author-date"),
    ] {
        let expected = fs::read_to_string(data(&format!("citeproc/entry-locale/{file}.txt")))
            .expect("expected");
        let expected: Vec<&str> = expected.lines().collect();
        let got = references(&render(
            dir.path(),
            &["--library", library, "--style", style],
        ));
        assert_eq!(got, expected, "{style}");
    }
}

#[derive(Deserialize)]
struct Table {
    letters: String,
    words: String,
}

#[test]
fn romanization_follows_the_standards_tables() {
    use refman::translit::{Cyrillic, System, transliterate};
    let text = fs::read_to_string(data("translit/tables.toml")).expect("tables.toml");
    let tables: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Table>> =
        toml::from_str(&text).expect("valid tables.toml");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (system, languages) in &tables {
        let system_of = match system.as_str() {
            "iso9" => System::Iso9,
            "gost" => System::GostB,
            "bgn" => System::Bgn,
            "lc" => System::Lc,
            other => panic!("unknown system {other}"),
        };
        for (language, table) in languages {
            let language_of = match language.as_str() {
                "russian" => Cyrillic::Russian,
                "ukrainian" => Cyrillic::Ukrainian,
                "belarusian" => Cyrillic::Belarusian,
                other => panic!("unknown language {other}"),
            };
            for pair in table.letters.split('|').chain(table.words.split('|')) {
                let (cyrillic, latin) = pair.split_once(' ').expect("`letter latin`");
                // A single letter is checked inside a word, where no
                // word-initial rule applies.
                let (input, want) = if cyrillic.chars().count() == 1 {
                    (format!("б{cyrillic}"), format!("b{latin}"))
                } else {
                    (cyrillic.to_string(), latin.to_string())
                };
                let got = transliterate(&input, system_of, language_of);
                if got != want {
                    failures.push(format!(
                        "{system} {language}: {input} → {got}, table: {want}"
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(checked > 150, "{checked}");
}

#[test]
fn transliterate_renders_cyrillic_in_latin_letters() {
    let dir = seed_library();
    let gost = render(dir.path(), &["--style", "apa", "--transliterate", "gost"]);
    assert!(gost.contains("Druk, M."), "{gost}");
    assert!(gost.contains("Kryuchkova"), "{gost}");
    assert!(
        !gost.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
        "{gost}"
    );
    let lc = render(dir.path(), &["--style", "apa", "--transliterate", "lc"]);
    assert!(lc.contains("Kri͡uchkova"), "{lc}");
}

/// A translated work with its original title and language and its title
/// in transliteration: every export carries the three.
#[test]
fn translated_and_transliterated_titles_survive_every_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("mkdir");
    fs::write(
        lib.join("library.bib"),
        "@book{huntington2003,\n  author = {Хантингтон, Сэмюэл},\n  title = {Столкновение цивилизаций},\n  usere = {Stolknovenie tsivilizatsii},\n  origtitle = {The Clash of Civilizations and the Remaking of World Order},\n  origlanguage = {english},\n  location = {Москва},\n  publisher = {АСТ},\n  date = {2003},\n  langid = {russian},\n}\n",
    )
    .expect("write library");
    let export = |format: &str| {
        let out = refman(dir.path())
            .args(["export", "--format", format])
            .output()
            .expect("run refman");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let biblatex = refman::library::Library::from_source("export", export("biblatex"))
        .expect("the export parses");
    let entry = biblatex.get("huntington2003").expect("entry");
    for (field, value) in [
        ("usere", "Stolknovenie tsivilizatsii"),
        (
            "origtitle",
            "The Clash of Civilizations and the Remaking of World Order",
        ),
        ("origlanguage", "english"),
    ] {
        assert_eq!(
            entry.text(field).as_deref(),
            Some(value),
            "biblatex {field}"
        );
    }
    let csl: serde_json::Value = serde_json::from_str(&export("csl-json")).expect("json");
    assert_eq!(
        csl[0]["original-title"],
        "The Clash of Civilizations and the Remaking of World Order"
    );
    assert_eq!(csl[0]["custom"]["usere"], "Stolknovenie tsivilizatsii");
    assert_eq!(csl[0]["custom"]["origlanguage"], "english");
    let ris = export("ris");
    assert!(ris.contains("OP  - The Clash of Civilizations"), "{ris}");
    assert!(
        ris.contains("N1  - usere: Stolknovenie tsivilizatsii"),
        "{ris}"
    );
    assert!(ris.contains("N1  - origlanguage: english"), "{ris}");
    let zotero = export("bibtex");
    // One Extra line each (the writer indents continuation lines).
    let lines: Vec<&str> = zotero.lines().map(str::trim).collect();
    for line in [
        "note = {original-title: The Clash of Civilizations and the Remaking of World Order",
        "tex.usere: Stolknovenie tsivilizatsii",
        "tex.origlanguage: english},",
    ] {
        assert!(lines.contains(&line), "{line} in {zotero}");
    }
    // The engine is not disturbed by the extra variables.
    let rendered = render(dir.path(), &["--style", "gost-2018"]);
    assert!(
        rendered.contains("Хантингтон, С. Столкновение цивилизаций"),
        "{rendered}"
    );
}
