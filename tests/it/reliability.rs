//! `refman reliability`: the seed article against the rubric's
//! classification of its 17 notes, golden outputs in every format, the
//! HTML page and its SVG charts, and registry layers from the command line.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::{SEED, check_golden, data, json_report, refman, seed_library};

fn reliability(dir: &Path, args: &[&str]) -> String {
    let out = refman(dir)
        .arg("reliability")
        .args(args)
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "refman reliability {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn seed_report(dir: &Path) -> Value {
    let out = refman(dir)
        .args(["reliability", "--format", "json", "--article"])
        .arg(data(SEED))
        .output()
        .expect("run refman");
    json_report(&out)
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn codes(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["code"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn seed_matches_the_rubric_note_by_note() {
    let dir = seed_library();
    let report = seed_report(dir.path());
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 15, "15 distinct works");

    let expected = fs::read_to_string(data("reliability/001-rubric.tsv")).expect("rubric table");
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [
            note,
            domain,
            kind,
            language,
            date,
            author,
            class,
            verif,
            reasons,
            flags,
        ] = cols[..]
        else {
            panic!("bad expectation line: {line}");
        };
        let row = rows
            .iter()
            .find(|r| strings(&r["notes"]).iter().any(|n| n == note))
            .unwrap_or_else(|| panic!("no row cites note {note}"));
        let dash = |v: &Value| v.as_str().unwrap_or("-").to_string();
        let ctx = format!("note {note} ({})", row["key"]);
        assert_eq!(dash(&row["domain"]), domain, "{ctx}: domain");
        assert_eq!(row["type"], kind, "{ctx}: type");
        assert_eq!(row["language"], language, "{ctx}: language");
        assert_eq!(row["date"].as_str().unwrap_or("none"), date, "{ctx}: date");
        assert_eq!(row["author"], author, "{ctx}: author");
        assert_eq!(row["class"], class, "{ctx}: class");
        assert_eq!(row["verifiability"], verif, "{ctx}: verifiability");
        let reason_codes = codes(&row["reasons"]);
        for code in reasons.split(',').filter(|c| *c != "-") {
            assert!(
                reason_codes.contains(code),
                "{ctx}: {code} not in {reason_codes:?}"
            );
        }
        // Flags of the work, with short-form flags only for this note.
        let note_flags: BTreeSet<String> = row["flags"]
            .as_array()
            .expect("flags")
            .iter()
            .filter(|f| {
                f["code"] != "META.SHORT_FORM"
                    || f["text"]
                        .as_str()
                        .is_some_and(|t| t.starts_with(&format!("{note} ")))
            })
            .filter_map(|f| f["code"].as_str().map(str::to_string))
            .collect();
        let want: BTreeSet<String> = flags
            .split(',')
            .filter(|c| *c != "-")
            .map(str::to_string)
            .collect();
        assert_eq!(note_flags, want, "{ctx}: flags");
        checked += 1;
    }
    assert_eq!(checked, 17);

    let summary = &report["summary"];
    assert_eq!(summary["notes"], 17);
    assert_eq!(summary["works"], 15);
    assert_eq!(summary["official_or_state"]["count"], 9);
    assert_eq!(summary["official_or_state"]["percent"], 52.9);
    let by_class: Vec<(String, u64)> = summary["by_class"]
        .as_array()
        .expect("by_class")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or("").to_string(),
                c["notes"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = [("R1", 1), ("R2", 8), ("P", 8), ("C", 0), ("?", 0)]
        .iter()
        .map(|(n, c)| (n.to_string(), *c))
        .collect();
    assert_eq!(by_class, want);
    let by_type: Vec<(String, u64)> = summary["by_type"]
        .as_array()
        .expect("by_type")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or("").to_string(),
                c["notes"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = [
        ("official", 5),
        ("statistics", 1),
        ("state_media", 3),
        ("private_media", 1),
        ("think_tank", 5),
        ("academic", 2),
    ]
    .iter()
    .map(|(n, c)| (n.to_string(), *c))
    .collect();
    assert_eq!(by_type, want);
    assert_eq!(strings(&summary["unverifiable"]["notes"]), ["xiv"]);
    assert_eq!(strings(&summary["undated"]["notes"]), ["vii"]);
    assert_eq!(
        strings(&summary["self_cited"]["notes"]),
        ["viii", "ix", "xiii", "xiv", "xvi"]
    );
    assert_eq!(
        summary["by_domain"][0],
        serde_json::json!(["library.fes.de", 4])
    );
}

#[test]
fn every_reason_carries_text_and_registry_evidence() {
    let dir = seed_library();
    let report = seed_report(dir.path());
    for row in report["rows"].as_array().expect("rows") {
        let type_reason = row["reasons"]
            .as_array()
            .and_then(|r| {
                r.iter()
                    .find(|r| r["code"].as_str().is_some_and(|c| c.starts_with("TYPE.")))
            })
            .unwrap_or_else(|| panic!("{}: no type reason", row["key"]));
        assert!(!type_reason["text"].as_str().unwrap_or("").is_empty());
        let evidence = type_reason["evidence"].as_str().unwrap_or("");
        assert!(
            evidence.contains("http") || evidence.contains("rule"),
            "{}: evidence {evidence:?}",
            row["key"]
        );
        assert!(row["classified_by"].as_str().is_some(), "{}", row["key"]);
    }
}

#[test]
fn seed_outputs_match_golden_files() {
    let dir = seed_library();
    let article = data(SEED);
    let article = article.to_str().expect("utf-8 path");
    for (format, ext) in [
        ("json", "json"),
        ("md", "md"),
        ("csv", "csv"),
        ("table", "txt"),
        ("html", "html"),
    ] {
        let out = reliability(dir.path(), &["--article", article, "--format", format]);
        check_golden(&format!("reliability/001.{ext}"), &out);
    }
}

#[test]
fn html_page_and_its_svg_charts_are_well_formed() {
    use quick_xml::Reader;
    use quick_xml::events::Event;

    let dir = seed_library();
    let article = data(SEED);
    let html = reliability(
        dir.path(),
        &[
            "--article",
            article.to_str().expect("path"),
            "--format",
            "html",
        ],
    );
    // The page is written as XHTML-compatible HTML: a strict XML parse must
    // pass, which catches unclosed or misnested tags in the page and the SVG.
    let mut reader = Reader::from_str(&html);
    let (mut depth, mut svgs, mut bars, mut rows) = (0i32, 0, Vec::new(), 0);
    let mut in_tbody = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                depth += 1;
                match e.name().as_ref() {
                    "svg" => svgs += 1,
                    "tbody" => in_tbody = true,
                    "tr" if in_tbody => rows += 1,
                    _ => {}
                }
            }
            Ok(Event::Empty(e)) if e.name().as_ref() == "rect" => {
                let width = e
                    .try_get_attribute("width")
                    .ok()
                    .flatten()
                    .map(|a| a.value.to_string())
                    .and_then(|w| w.parse::<u32>().ok())
                    .expect("numeric rect width");
                bars.push(width);
            }
            Ok(Event::End(e)) => {
                depth -= 1;
                if e.name().as_ref() == "tbody" {
                    in_tbody = false;
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "every element closed");
    assert_eq!(svgs, 2, "a type chart and a class chart");
    assert_eq!(rows, 30, "one table row per work and one for its reasons");
    // 6 types present, then the 5 classes; bars scale to the largest count.
    assert_eq!(bars.len(), 11);
    let (types, classes) = bars.split_at(6);
    assert_eq!(types, [260, 52, 156, 52, 260, 104]);
    assert_eq!(classes, [32, 260, 260, 0, 0]);
    assert!(html.contains("<title>official: 5 (29%)</title>"));
}

#[test]
fn whole_library_is_rated_without_an_article() {
    let dir = seed_library();
    let csv = reliability(dir.path(), &["--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "notes,key,source,domain,type,country,language,date,author,link,archived,verified,cited,class,verifiability,reasons,flags"
        )
    );
    assert_eq!(lines.count(), 15);
    let table = reliability(dir.path(), &[]);
    assert!(table.contains("15 works."), "{table}");
    assert!(!table.contains("0 notes"), "{table}");
    assert!(
        table.contains("Official or state-controlled: 8 of 15 works (53%)."),
        "{table}"
    );
    // The library's page: works only, no note or cited columns, every
    // work's reasons on a row of their own.
    let html = reliability(dir.path(), &["--format", "html"]);
    assert!(html.contains("<li>15 works.</li>"), "{html}");
    assert!(html.contains("<th>key</th>") && !html.contains("<th>cited</th>"));
    assert_eq!(html.matches("<tr class=\"work\"").count(), 15);
    assert_eq!(
        html.matches("<tr class=\"reasons\"><td colspan=\"13\">")
            .count(),
        15
    );
}

#[test]
fn project_user_and_explicit_registries_layer_over_the_shipped_one() {
    let dir = seed_library();
    let article = data(SEED);
    let article = article.to_str().expect("path");
    let kind_of = |out: &str, key: &str| -> String {
        let v: Value = serde_json::from_str(out).expect("json");
        v["rows"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["key"] == key))
            .map(|r| {
                format!(
                    "{} {}",
                    r["type"].as_str().unwrap_or(""),
                    r["class"].as_str().unwrap_or("")
                )
            })
            .unwrap_or_default()
    };
    // The user's layer reclassifies Kommersant; the project disables FES.
    let config = dir.path().join(".config/refman");
    fs::create_dir_all(&config).expect("mkdir");
    fs::write(
        config.join("registry.toml"),
        "[[source]]\nid = \"ru-kommersant\"\nname = \"Kommersant\"\ndomains = [\"kommersant.ru\"]\n\
         type = \"state_media\"\n[[source.evidence]]\nscheme = \"user\"\nref = \"own reading\"\n\
         claim = \"editorial line since 2022\"\nstatus = \"checked\"\n",
    )
    .expect("write user registry");
    fs::write(
        dir.path().join("refman.registry.toml"),
        "[[source]]\nid = \"de-fes\"\ndisabled = true\n",
    )
    .expect("write project registry");
    let out = reliability(dir.path(), &["--article", article, "--format", "json"]);
    assert_eq!(kind_of(&out, "kryuchkova2023"), "state_media P");
    assert_eq!(kind_of(&out, "matsukevich2022"), "unknown ?");

    // An explicit file comes last and wins over both.
    let extra = dir.path().join("extra.toml");
    fs::write(
        &extra,
        "[[source]]\nid = \"mine-fes\"\nname = \"FES library\"\ndomains = [\"library.fes.de\"]\n\
         type = \"academic\"\npeer_review = \"yes\"\n",
    )
    .expect("write");
    let out = reliability(
        dir.path(),
        &[
            "--article",
            article,
            "--format",
            "json",
            "--registry",
            extra.to_str().expect("path"),
        ],
    );
    assert_eq!(kind_of(&out, "matsukevich2022"), "academic R1");
    let v: Value = serde_json::from_str(&out).expect("json");
    let reason = &v["rows"][0]["reasons"][0];
    assert_eq!(reason["evidence"], "mine-fes: classified by user judgement");
}

#[test]
fn a_bad_registry_names_file_line_and_what_was_expected() {
    let dir = seed_library();
    let bad = dir.path().join("bad.toml");
    for (text, line, expect) in [
        (
            "[[source]]\nid = \"x\"\ndomains = [\"x.org\"]\ntype = \"tabloid\"\n",
            4,
            "unknown variant `tabloid`",
        ),
        (
            "[[source]]\nid = \"x\"\ndomains = [\"x.org\"]\ntype = \"official\"\ncolour = \"red\"\n",
            5,
            "unknown field `colour`",
        ),
        (
            "[[source]]\nid = \"x\"\ndomains = [\"x.org\"]\n",
            2,
            "x: missing `type`",
        ),
        (
            "[[rule]]\nid = \"r\"\ntype = \"official\"\n",
            2,
            "needs `suffix`",
        ),
    ] {
        fs::write(&bad, text).expect("write");
        refman(dir.path())
            .args(["reliability", "--registry"])
            .arg(&bad)
            .assert()
            .code(3)
            .stderr(predicates::str::contains(format!("bad.toml:{line}:")))
            .stderr(predicates::str::contains(expect));
    }
}

#[test]
fn csv_cells_are_never_formulas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    std::fs::create_dir_all(&lib).expect("mkdir");
    std::fs::write(
        lib.join("library.bib"),
        "@online{evil,\n  author = {{=HYPERLINK(\"http://x\")}},\n  title = {-2+3},\n  url = {https://example.org/a},\n}\n",
    )
    .expect("write");
    let out = refman(dir.path())
        .args(["reliability", "--format", "csv"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("'=HYPERLINK"),
        "the source cell is kept, as text: {text}"
    );
    for line in text.lines().skip(1) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes());
        for record in reader.records() {
            for cell in record.expect("record").iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{cell:?} in {line}"
                );
            }
        }
    }
}

/// A US and European policy brief (US federal sites, newspapers, wires,
/// think tanks, research services, international organisations, a
/// preprint, journals and university presses): at least 90 % of its works
/// are classified, and a book with publisher and year is partly verifiable.
#[test]
fn a_us_and_european_brief_is_mostly_classified() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = crate::data("reliability/us-eu-brief.md");
    let json = reliability(
        dir.path(),
        &[
            "--article",
            article.to_str().expect("path"),
            "--format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&json).expect("json");
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 30);
    let unknown = rows.iter().filter(|r| r["type"] == "unknown").count();
    assert!(
        unknown * 10 <= rows.len(),
        "{unknown} of {} unclassified",
        rows.len()
    );
    let by_key = |key: &str| rows.iter().find(|r| r["key"] == key).expect("row");
    for (key, kind) in [
        ("white2022", "official"),
        ("swanson2022", "private_media"),
        ("massicot2023", "think_tank"),
        ("farrell2019", "academic"),
    ] {
        assert_eq!(by_key(key)["type"], kind, "{key}");
    }
    assert_eq!(by_key("miller2022")["verifiability"], "V~");
    assert_eq!(by_key("kotkin2001")["type"], "academic");
}
