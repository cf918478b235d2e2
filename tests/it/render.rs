//! `refman render` against golden files: the seed article's 15 works in
//! chicago-notes (notes and bibliography), apa, mla and gost, in every
//! output format. Expected outputs live in `tests/data/render/`; after a
//! deliberate change, regenerate them with
//! `REFMAN_BLESS=1 cargo test --test it render` and review the diff.

use std::fs;
use std::path::Path;

use crate::{SEED, check_golden, data, refman, seed_library};

const FORMATS: [(&str, &str); 4] = [
    ("md", "md"),
    ("html", "html"),
    ("latex", "tex"),
    ("txt", "txt"),
];

fn render(dir: &Path, args: &[&str]) -> String {
    let out = refman(dir)
        .arg("render")
        .args(args)
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "refman render {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn seed_works_in_four_styles_and_four_formats() {
    let dir = seed_library();
    for style in ["chicago-notes", "apa", "mla", "gost"] {
        for (format, ext) in FORMATS {
            let mut args = vec!["--style", style, "--format", format];
            if style == "gost" {
                args.extend(["--locale", "ru-RU"]);
            }
            let out = render(dir.path(), &args);
            check_golden(&format!("render/{style}.{ext}"), &out);
        }
    }
}

#[test]
fn seed_notes_restyled_in_chicago_notes() {
    let dir = seed_library();
    let article = data(SEED);
    let article = article.to_str().expect("utf-8 path");
    for (format, ext) in FORMATS {
        let out = render(
            dir.path(),
            &[
                "--notes",
                article,
                "--style",
                "chicago-notes",
                "--format",
                format,
            ],
        );
        check_golden(&format!("render/notes-chicago-notes.{ext}"), &out);
    }
}

#[test]
fn rendered_text_meets_the_mapping_rules() {
    let dir = seed_library();
    let apa = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    // Corporate authors whole, translations in brackets, Russian titles
    // not forced into English title case.
    assert!(apa.contains("БелТА. (2022, September 15)."), "{apa}");
    assert!(
        apa.contains("Россия и Беларусь пришли к балансу [Russia and Belarus came to a balance]"),
        "{apa}"
    );
    // APA disambiguates two 2020 works by the same author.
    assert!(apa.contains("(2020a)") && apa.contains("(2020b)"), "{apa}");
    let gost = render(
        dir.path(),
        &["--style", "gost", "--locale", "ru-RU", "--format", "txt"],
    );
    assert!(!gost.contains("Сс."), "{gost}");
    assert!(gost.contains("С. 72–78"), "{gost}");
    for text in [&apa, &gost] {
        assert!(!text.contains("  "), "double space in {text}");
    }
    let notes = render(
        dir.path(),
        &[
            "--notes",
            data(SEED).to_str().expect("path"),
            "--format",
            "txt",
        ],
    );
    assert!(!notes.contains("”."), "{notes}");
}

#[test]
fn html_is_a_whole_page_with_everything_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("mkdir");
    fs::write(
        lib.join("library.bib"),
        "@online{tags2024,\n  author = {{R&D <Lab>}},\n  title = {Tags like <script>alert(1)</script> & \"quotes\"},\n  date = {2024},\n  url = {https://example.org/a?b=1&c=2},\n}\n",
    )
    .expect("write library");
    let html = render(dir.path(), &["--style", "apa", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&#60;script&#62;"), "{html}");
    assert!(html.contains("R&#38;D &#60;Lab&#62;. (2024)."), "{html}");
    assert!(
        html.contains("href=\"https://example.org/a?b=1&#38;c=2\""),
        "{html}"
    );
    let latex = render(dir.path(), &["--style", "apa", "--format", "latex"]);
    assert!(latex.contains("R\\&D"), "{latex}");
    assert!(
        latex.contains("\\url{https://example.org/a?b=1&c=2}"),
        "{latex}"
    );
}

#[test]
fn keys_select_entries_and_unknown_keys_are_named() {
    let dir = seed_library();
    let out = render(
        dir.path(),
        &[
            "--style",
            "apa",
            "--format",
            "txt",
            "--keys",
            "turarbekova2020,druk2023",
        ],
    );
    assert_eq!(
        out.lines().filter(|l| !l.trim().is_empty()).count(),
        3,
        "{out}"
    );
    refman(dir.path())
        .args(["render", "--keys", "turarbekova2020,nosuchkey,other1999"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("nosuchkey, other1999"));
}

#[test]
fn a_dependent_style_file_uses_its_bundled_parent() {
    let dir = seed_library();
    fs::write(
        dir.path().join("journal.csl"),
        r#"<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-US">
  <info>
    <title>Journal of Eastern Policy</title>
    <id>http://example.org/styles/journal-of-eastern-policy</id>
    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
    <updated>2026-01-01T00:00:00+00:00</updated>
  </info>
</style>
"#,
    )
    .expect("write style");
    let dependent = render(dir.path(), &["--csl", "journal.csl", "--format", "txt"]);
    let apa = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    assert_eq!(dependent, apa);
}

#[test]
fn broken_styles_and_locales_are_refused_clearly() {
    let dir = seed_library();
    fs::write(
        dir.path().join("broken.csl"),
        "<style><info><title>Half a style",
    )
    .expect("write");
    refman(dir.path())
        .args(["render", "--csl", "broken.csl"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("broken.csl"));
    // A style whose macros call each other, or nested without end, is
    // refused (exit 3) instead of overflowing the stack.
    let looped = fs::read_to_string(data("csl/apa.csl"))
        .expect("apa.csl")
        .replacen(
            "<macro name=",
            "<macro name=\"loop\"><text macro=\"loop\"/></macro><macro name=",
            1,
        );
    fs::write(dir.path().join("looped.csl"), looped).expect("write");
    refman(dir.path())
        .args(["render", "--csl", "looped.csl"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("calls itself"));
    let deep = format!(
        "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\"><bibliography><layout>{}{}</layout></bibliography></style>",
        "<group>".repeat(100_000),
        "</group>".repeat(100_000)
    );
    fs::write(dir.path().join("deep.csl"), deep).expect("write");
    refman(dir.path())
        .args(["render", "--csl", "deep.csl"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("nested"));
    refman(dir.path())
        .args(["render", "--style", "no-such-style"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("unknown style \"no-such-style\""));
    refman(dir.path())
        .args(["render", "--locale", "xx-YY"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("unknown locale \"xx-YY\""));
}

#[test]
fn render_cache_is_keyed_by_entry_content_style_and_locale() {
    let dir = seed_library();
    let cache_dir = dir.path().join(".cache/refman/render");
    let fresh = render(
        dir.path(),
        &["--style", "apa", "--format", "txt", "--no-cache"],
    );
    assert!(!cache_dir.exists(), "--no-cache writes no cache");
    let first = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    let files: Vec<_> = fs::read_dir(&cache_dir).expect("cache folder").collect();
    assert_eq!(files.len(), 1, "one file per style and locale");
    let again = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    assert_eq!(first, fresh);
    assert_eq!(again, fresh, "a cached render equals a fresh one");

    // Another locale is another file; an edited entry is rendered anew.
    render(
        dir.path(),
        &["--style", "apa", "--locale", "de-DE", "--format", "txt"],
    );
    assert_eq!(fs::read_dir(&cache_dir).expect("cache folder").count(), 2);
    let bib = dir.path().join("bibliography/library.bib");
    let text = fs::read_to_string(&bib).expect("library");
    fs::write(
        &bib,
        text.replace("Товарооборот Беларуси", "Товарооборот Республики Беларусь"),
    )
    .expect("edit");
    let edited = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    assert!(
        edited.contains("Товарооборот Республики Беларусь"),
        "{edited}"
    );

    // A damaged cache is ignored and rewritten, never an error.
    for file in fs::read_dir(&cache_dir).expect("cache folder") {
        fs::write(file.expect("entry").path(), "{not json").expect("damage");
    }
    let after = render(dir.path(), &["--style", "apa", "--format", "txt"]);
    assert_eq!(after, edited);
}

/// Entries of every type without URL, DOI or date, in every style refman
/// names: each comes out as a reference or is named in an error (exit 3);
/// none is lost silently. The heading is the same in `render` and `cite`.
#[test]
fn no_reference_is_ever_lost_silently() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let bib = data("citeproc/large/bibliography/bare.bib");
    let dir = tmp.path().join("bibliography");
    fs::create_dir_all(&dir).expect("library dir");
    fs::copy(&bib, dir.join("bare.bib")).expect("copy");
    let text = fs::read_to_string(&bib).expect("bare.bib");
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix('@'))
        .filter_map(|l| l.split_once('{').map(|(_, k)| k.trim_end_matches(',')))
        .map(|k| k.split(',').next().unwrap_or(k))
        .collect();
    assert_eq!(keys.len(), 20);
    for style in [
        "apa",
        "chicago-notes",
        "chicago-author-date",
        "mla",
        "ieee",
        "harvard",
        "gost",
        "vancouver",
    ] {
        let out = refman(tmp.path())
            .args(["render", "--no-cache", "--style", style, "--format", "txt"])
            .output()
            .expect("run refman");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let written = stdout
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .count();
        // "error: KEY, KEY: the style … prints nothing for …"
        let named = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("error: "))
            .filter_map(|l| l.split_once(": the style").map(|(k, _)| k))
            .flat_map(|k| k.split(", "))
            .filter(|k| keys.contains(k))
            .count();
        match out.status.code() {
            Some(0) => assert_eq!(written, keys.len(), "{style}: {stdout}"),
            Some(3) => assert_eq!(written + named, keys.len(), "{style}: {stdout}\n{stderr}"),
            other => panic!("{style}: exit {other:?}: {stderr}"),
        }
        for line in stdout.lines().skip(2) {
            let bare = line
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit() || "[]. ".contains(c));
            assert!(
                line.trim().is_empty() || !bare.trim().is_empty(),
                "{style}: empty reference {line:?}"
            );
        }
    }
}

/// `--archived`: references carry their archived copy in every format, and
/// Robust Links attributes in HTML.
#[test]
fn archived_copies_in_every_format_are_golden() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("bibliography")).expect("dir");
    std::fs::copy(
        super::data("render/archived.bib"),
        dir.path().join("bibliography/library.bib"),
    )
    .expect("copy");
    for (format, ext) in [
        ("md", "md"),
        ("html", "html"),
        ("latex", "tex"),
        ("txt", "txt"),
    ] {
        let out = super::refman(dir.path())
            .args(["render", "--archived", "--no-cache", "--format", format])
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(text.contains("Archived at"), "{format}: {text}");
        super::check_golden(&format!("render/archived.{ext}"), &text);
    }
}
