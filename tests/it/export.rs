//! `refman export`: golden files for the seed's 15 works in every format,
//! the Zotero mapping entry by entry, round trips through independent
//! readers (the `biblatex` crate, CSL-JSON types of the CSL engine, biblib's
//! RIS parser), and, where installed, biber's data-model check and Python's
//! bibtexparser. `.ci/run` installs both and sets `REFMAN_REQUIRE_TOOLS=1`,
//! so that a missing tool fails there instead of being skipped.

use std::fs;
use std::path::Path;
use std::process::Command;

use refman::entry::Entry;
use refman::library::Library;
use serde_json::Value;

use crate::{check_golden, data, refman, seed_library, tool};

fn export(dir: &Path, args: &[&str]) -> String {
    let out = refman(dir)
        .arg("export")
        .args(args)
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "refman export {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// The seed's works plus `export/rich.bib` (every field the formats hold,
/// a crossref, special characters, `and others`, non-Latin scripts).
fn rich_library() -> tempfile::TempDir {
    let dir = seed_library();
    fs::copy(
        data("export/rich.bib"),
        dir.path().join("bibliography/rich.bib"),
    )
    .expect("copy");
    dir
}

fn parse_bib(text: &str) -> Library {
    Library::from_source("exported", text.to_string()).expect("the export parses as BibLaTeX")
}

const SEED_KEYS: usize = 15;

#[test]
fn seed_exports_match_golden_files() {
    let dir = seed_library();
    for (format, file) in [
        ("bibtex", "seed-zotero.bib"),
        ("biblatex", "seed.bib"),
        ("csl-json", "seed.json"),
        ("ris", "seed.ris"),
    ] {
        let out = export(dir.path(), &["--format", format]);
        check_golden(&format!("export/{file}"), &out);
    }
}

#[test]
fn zotero_bibtex_follows_the_mapping_table() {
    let dir = seed_library();
    let text = export(dir.path(), &["--format", "bibtex"]);
    let original = Library::open(dir.path().join("bibliography")).expect("library");
    let exported = parse_bib(&text);
    assert_eq!(exported.len(), SEED_KEYS);

    for line in text.lines() {
        assert!(!line.trim_start().starts_with('%'), "comment line: {line}");
        if line.trim_start().starts_with("url =") {
            continue; // raw, as Zotero reads it
        }
        for banned in [
            "journal =",
            "howpublished",
            "titleaddon",
            " and others",
            "~",
            "$",
        ] {
            let escaped_dollar = banned == "$" && line.contains("\\$");
            assert!(
                escaped_dollar || !line.contains(banned),
                "{banned:?} in: {line}"
            );
        }
    }
    let expect = |key: &str, kind: &str, subtype: Option<&str>| {
        let e = exported
            .get(key)
            .unwrap_or_else(|| panic!("{key} exported"));
        assert_eq!(e.entry_type, kind, "{key}");
        assert_eq!(e.text("entrysubtype").as_deref(), subtype, "{key}");
    };
    for key in ["kryuchkova2023", "druk2022", "druk2023", "turarbekava2023"] {
        expect(key, "article", Some("newspaper"));
    }
    for key in ["turarbekova2020a", "turarbekova2020b"] {
        expect(key, "article", None);
    }
    for key in [
        "prezident2023",
        "prezident2023a",
        "ministerstvo",
        "belta2022",
        "posolstvo2023",
    ] {
        expect(key, "online", None);
    }
    for key in ["matsukevich2022", "eliseev2022", "turarbekova2020"] {
        expect(key, "report", None);
    }
    expect("national2021", "book", None);

    for entry in original.entries() {
        let out = exported.get(&entry.key).expect("same keys");
        let title = match entry.translated_title() {
            Some(t) => format!("{} [{t}]", entry.text("title").expect("title")),
            None => entry.text("title").expect("title"),
        };
        assert_eq!(out.text("title"), Some(title), "{}", entry.key);
        assert_eq!(out.text("url"), entry.text("url"), "{}: url raw", entry.key);
        assert_eq!(out.text("date"), entry.text("date"), "{}", entry.key);
        assert_eq!(out.authors(), entry.authors(), "{}", entry.key);
        let langid = entry.text("langid").expect("langid");
        assert_eq!(out.text("langid"), Some(langid.clone()), "{}", entry.key);
        let iso = refman::lang::Language::from_name(&langid)
            .expect("known")
            .iso();
        assert_eq!(out.text("language").as_deref(), Some(iso), "{}", entry.key);
        if let Some(journal) = entry.text("journaltitle") {
            assert_eq!(out.text("journaltitle"), Some(journal), "{}", entry.key);
        }
    }
    // Organisations stay one name: double braces in the file.
    assert!(text.contains("author = {{Президент Республики Беларусь}}"));
    // A book's cited pages go to the note, never `pages` (Zotero's page count).
    let book = exported.get("national2021").expect("book");
    assert_eq!(book.text("pages"), None);
    assert_eq!(book.text("note").as_deref(), Some("pp. 52–55"));
}

#[test]
fn zotero_bibtex_keeps_what_zotero_would_ignore_in_the_note() {
    let dir = rich_library();
    let text = export(
        dir.path(),
        &[
            "--format",
            "bibtex",
            "--keys",
            "petrova2021,kowalski2019,belstat2022,mfa2024,chen2020,ivanova2018",
        ],
    );
    let exported = parse_bib(&text);
    let get = |key: &str| exported.get(key).unwrap_or_else(|| panic!("{key}"));

    let petrova = get("petrova2021");
    assert_eq!(petrova.authors().len(), 2, "never `and others`");
    assert!(petrova.text("note").is_some_and(|n| n.contains("et al.")));
    assert_eq!(
        petrova.text("title").as_deref(),
        Some("Trade, Debt & Dependency: 50% of Exports and the $ Question in EU_East Relations")
    );
    assert!(
        text.contains("{EU\\_East}") || text.contains("EU\\_East"),
        "{text}"
    );
    assert!(
        text.contains("url = {https://example.org/jes/article_12?id=5&lang=en}"),
        "url raw"
    );
    assert!(text.contains("keywords = {trade, Belarus, sanctions}"));
    for field in [
        "volume", "number", "pages", "doi", "issn", "abstract", "urldate",
    ] {
        assert!(petrova.has(field), "petrova2021 keeps {field}");
    }

    // A crossref child inherits its parent's fields: Zotero does not resolve them.
    let chapter = get("kowalski2019");
    assert_eq!(chapter.entry_type, "incollection");
    assert_eq!(
        chapter.text("booktitle").as_deref(),
        Some("Neighbours in Transition")
    );
    assert_eq!(chapter.text("publisher").as_deref(), Some("Academic Press"));
    assert_eq!(chapter.text("date").as_deref(), Some("2019"));
    assert!(!chapter.has("crossref"));

    // Types Zotero drops become @misc, and what it ignores goes to the note.
    let dataset = get("belstat2022");
    assert_eq!(dataset.entry_type, "misc");
    assert!(
        dataset
            .text("note")
            .is_some_and(|n| n.contains("Tables 3.1")),
        "addendum kept"
    );

    let site = get("mfa2024");
    assert_eq!(
        site.text("journaltitle").as_deref(),
        Some("Ministry of Foreign Affairs of the Republic of Belarus")
    );
    assert_eq!(site.text("urldate").as_deref(), Some("2024-02-01"));

    let thesis = get("ivanova2018");
    assert_eq!(thesis.entry_type, "thesis");
    assert_eq!(thesis.text("type").as_deref(), Some("PhD thesis"));
    assert_eq!(
        thesis.text("institution").as_deref(),
        Some("Belarusian State University")
    );
    assert_eq!(thesis.text("language").as_deref(), Some("be"));

    let book = get("chen2020");
    assert_eq!(book.text("note").as_deref(), Some("pp. 12–19"));
    assert_eq!(book.text("series").as_deref(), Some("Eurasia Studies"));
    assert_eq!(book.text("location").as_deref(), Some("北京"));
}

#[test]
fn biblatex_round_trip_loses_nothing() {
    let dir = rich_library();
    let original = Library::open(dir.path().join("bibliography")).expect("library");
    let text = export(dir.path(), &["--format", "biblatex"]);
    let back = parse_bib(&text);
    assert_eq!(back.len(), original.len());
    for entry in original.entries() {
        let again = back
            .get(&entry.key)
            .unwrap_or_else(|| panic!("{}", entry.key));
        assert_eq!(again.entry_type, entry.entry_type, "{}", entry.key);
        let fields = |e: &Entry| {
            let mut f: Vec<(String, Option<String>)> = e
                .fields()
                .map(|(n, _)| (n.to_string(), e.text(n)))
                .collect();
            f.sort();
            f
        };
        assert_eq!(fields(again), fields(entry), "{}", entry.key);
    }
}

#[test]
fn csl_json_is_valid_and_carries_every_mapped_field() {
    use hayagriva::citationberg::json::Item;

    let dir = rich_library();
    let text = export(dir.path(), &["--format", "csl-json"]);
    let items: Vec<Value> = serde_json::from_str(&text).expect("a JSON array");
    assert_eq!(items.len(), SEED_KEYS + 7);
    let typed: Vec<Item> = serde_json::from_str(&text).expect("CSL-JSON items the engine reads");
    assert_eq!(typed.len(), items.len());

    let petrova = items
        .iter()
        .find(|i| i["id"] == "petrova2021")
        .expect("petrova2021");
    for (field, value) in [
        ("type", "article-journal"),
        ("container-title", "Journal of Eastern Studies"),
        ("volume", "12"),
        ("issue", "1-2"),
        ("page", "33–57"),
        ("DOI", "10.1000/jes.2021.12_1"),
        ("ISSN", "1234-5679"),
        ("keyword", "trade, Belarus, sanctions"),
        ("language", "en"),
        ("URL", "https://example.org/jes/article_12?id=5&lang=en"),
    ] {
        assert_eq!(petrova[field], value, "{field}");
    }
    assert_eq!(
        petrova["issued"]["date-parts"],
        serde_json::json!([[2021, 4]])
    );
    assert_eq!(
        petrova["accessed"]["date-parts"],
        serde_json::json!([[2024, 1, 15]])
    );
    assert_eq!(petrova["author"].as_array().map(Vec::len), Some(2));
    let chen = items
        .iter()
        .find(|i| i["id"] == "chen2020")
        .expect("chen2020");
    assert_eq!(chen["publisher"], "社会科学文献出版社");
    assert_eq!(chen["publisher-place"], "北京");
    assert_eq!(chen["ISBN"], "978-7-5201-0000-7");
}

#[test]
fn ris_round_trip_through_an_independent_reader() {
    use biblib::{CitationParser, RisParser};

    let dir = rich_library();
    let text = export(dir.path(), &["--format", "ris"]);
    let records = RisParser::new().parse(&text).expect("biblib reads the RIS");
    assert_eq!(records.len(), SEED_KEYS + 7);
    let original = Library::open(dir.path().join("bibliography")).expect("library");
    for (record, entry) in records.iter().zip(original.entries()) {
        let key = &entry.key;
        // RIS has no cross-references: a chapter carries its book's fields.
        let entry = original.resolved(entry);
        let title = match entry.translated_title() {
            Some(t) => format!("{} [{t}]", entry.text("title").expect("title")),
            None => entry.text("title").expect("title"),
        };
        assert_eq!(record.title, title, "{key}");
        let people = entry
            .authors()
            .iter()
            .filter(|n| **n != refman::Name::Others)
            .count();
        assert_eq!(record.authors.len(), people, "{key}: authors");
        assert_eq!(
            record.date.as_ref().map(|d| d.year),
            entry.date().map(|d| d.year),
            "{key}: year"
        );
        assert_eq!(
            record.urls.first().cloned(),
            entry.text("url"),
            "{key}: url"
        );
        assert_eq!(record.doi, entry.text("doi"), "{key}: doi");
        assert_eq!(record.volume, entry.text("volume"), "{key}: volume");
        assert_eq!(record.issue, entry.text("number"), "{key}: issue");
        if entry.entry_type == "article" {
            assert_eq!(record.journal, entry.text("journaltitle"), "{key}: journal");
        }
    }
    let petrova = records
        .iter()
        .find(|r| r.title.starts_with("Trade, Debt"))
        .expect("petrova");
    assert_eq!(petrova.pages.as_deref(), Some("33-57"));
    assert_eq!(petrova.keywords, ["trade", "Belarus", "sanctions"]);
    assert_eq!(petrova.language.as_deref(), Some("en"));
    assert!(
        petrova
            .abstract_text
            .as_deref()
            .is_some_and(|a| a.starts_with("How trade"))
    );
}

#[test]
fn biber_validates_the_biblatex_export_against_its_data_model() {
    let Some(biber) = tool("biber", &["--version"]) else {
        return;
    };
    let dir = rich_library();
    let bib = dir.path().join("export.bib");
    fs::write(&bib, export(dir.path(), &["--format", "biblatex"])).expect("write");
    let out = Command::new(biber)
        .current_dir(dir.path())
        .args([
            "--tool",
            "--validate-datamodel",
            "--output-file",
            "checked.bib",
        ])
        .arg(&bib)
        .output()
        .expect("run biber");
    let log =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "biber failed:\n{log}");
    assert!(!log.contains("ERROR"), "biber reported errors:\n{log}");
    // The only warnings allowed are data the notes never gave (a report's
    // institution, an undated page): not unknown types or fields.
    for line in log
        .lines()
        .filter(|l| l.contains("WARN") && !l.contains("WARNINGS"))
    {
        assert!(
            line.contains("Missing mandatory field"),
            "unexpected warning: {line}"
        );
    }
}

#[test]
fn python_bibtexparser_reads_every_zotero_entry() {
    let Some(python) = tool("python", &["-c", "import bibtexparser"]) else {
        return;
    };
    let dir = rich_library();
    let bib = dir.path().join("zotero.bib");
    fs::write(&bib, export(dir.path(), &["--format", "bibtex"])).expect("write");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/external/read_bibtex.py");
    let out = Command::new(python)
        .arg(script)
        .arg(&bib)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: Value = serde_json::from_slice(&out.stdout).expect("json");
    let entries = read["entries"].as_array().expect("entries");
    let exported = parse_bib(&fs::read_to_string(&bib).expect("read"));
    assert_eq!(entries.len(), exported.len());
    let plain = |v: &Value| v.as_str().unwrap_or("").replace(['{', '}'], "");
    for e in entries {
        let key = e["key"].as_str().expect("key");
        let ours = exported.get(key).unwrap_or_else(|| panic!("{key}"));
        assert_eq!(e["type"], ours.entry_type, "{key}");
        let title = plain(&e["fields"]["title"]).replace('\\', "");
        assert_eq!(
            title,
            ours.text("title").unwrap_or_default(),
            "{key}: title"
        );
        assert_eq!(
            plain(&e["fields"]["url"]),
            ours.text("url").unwrap_or_default(),
            "{key}: url"
        );
        assert_eq!(
            plain(&e["fields"]["date"]),
            ours.text("date").unwrap_or_default(),
            "{key}: date"
        );
        let names: Vec<String> = e["authors"]
            .as_array()
            .expect("authors")
            .iter()
            .map(|a| {
                let last = plain(&a["last"]);
                let first = plain(&a["first"]);
                if first.is_empty() {
                    last
                } else {
                    format!("{last}, {first}")
                }
            })
            .collect();
        let want: Vec<String> = ours.authors().iter().map(|n| n.display()).collect();
        assert_eq!(names, want, "{key}: authors");
    }
}
