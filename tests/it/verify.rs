//! `refman verify` against a local server that plays the cited pages, the
//! DOI resolver, Crossref, OpenAlex and Open Library.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::verify_server::VerifyServer;
use super::{data, refman};

/// A temporary library holding `bib` with `SERVER` pointing at the server.
fn library(bib: &str, server: &VerifyServer) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = fs::read_to_string(data(bib)).expect("bib");
    fs::create_dir_all(dir.path().join("bibliography")).expect("library dir");
    fs::write(
        dir.path().join("bibliography/library.bib"),
        text.replace("SERVER", &server.url("")),
    )
    .expect("write library");
    dir
}

fn verify(dir: &Path, server: &VerifyServer, args: &[&str]) -> std::process::Output {
    verify_as(dir, server, "json", args)
}

fn verify_as(
    dir: &Path,
    server: &VerifyServer,
    format: &str,
    args: &[&str],
) -> std::process::Output {
    refman(dir)
        .arg("verify")
        .args(["--allow-private", "--timeout", "1", "--format", format])
        .args(["--doi-resolver", &server.url("/doi/")])
        .args(["--crossref", &server.url("/crossref/")])
        .args(["--openalex", &server.url("/openalex/")])
        .args(["--openlibrary", &server.url("/openlibrary/")])
        .args(args)
        .output()
        .expect("run refman")
}

fn report(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn by_key(report: &Value) -> BTreeMap<String, Value> {
    report["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| (r["key"].as_str().expect("key").to_string(), r.clone()))
        .collect()
}

#[test]
fn one_work_of_each_verdict() {
    let server = VerifyServer::start("verdicts.toml", Duration::ZERO);
    let dir = library("verify/verdicts.bib", &server);
    let csv = data("verify/retractions.csv");
    let out = verify(
        dir.path(),
        &server,
        &["--retractions", csv.to_str().expect("path")],
    );
    // Retracted and not-found works fail the run by default.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report(&out);
    let results = by_key(&report);
    let verdicts: BTreeMap<&str, &str> = results
        .iter()
        .map(|(k, r)| (k.as_str(), r["verdict"].as_str().expect("verdict")))
        .collect();
    let expected: BTreeMap<&str, &str> = [
        ("lee2019", "verified"),
        ("wrong2021", "miscited"),
        ("retracted2018", "retracted"),
        ("corrected2020", "corrected"),
        ("concern2017", "expression-of-concern"),
        ("ghost2023", "not-found"),
        ("baddoi2022", "not-found"),
        ("interview", "unverifiable"),
        ("hanging2023", "unreachable"),
        ("highwire2022", "verified"),
        ("jsonld2023", "verified"),
        ("opengraph2020", "miscited"),
        ("moved2019", "verified"),
        ("kurlansky2002", "verified"),
        ("search2016", "verified"),
        ("limited2015", "verified"),
    ]
    .into_iter()
    .collect();
    assert_eq!(verdicts, expected);
    assert_eq!(report["summary"]["verified"], 7);

    // Each differing field, with both values and the source.
    let fields = |key: &str| -> Vec<(String, String, String)> {
        results[key]["differences"]
            .as_array()
            .expect("differences")
            .iter()
            .map(|d| {
                (
                    d["field"].as_str().unwrap_or_default().to_string(),
                    d["found"].as_str().unwrap_or_default().to_string(),
                    d["source"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        fields("wrong2021"),
        [
            ("date".into(), "2023-02".into(), "doi".into()),
            (
                "container".into(),
                "Baltic Economic Review".into(),
                "doi".into()
            )
        ]
    );
    assert_eq!(fields("opengraph2020")[0].0, "date");
    // The abbreviated journal and the title case are the same work.
    assert!(fields("lee2019").is_empty());

    // Fields the entry lacks, from the source that is surely the work.
    let filled = |key: &str, field: &str| results[key]["filled"][field]["value"].clone();
    assert_eq!(filled("jsonld2023", "date"), "2022-09-15");
    assert_eq!(filled("jsonld2023", "author"), "Иван Петров");
    assert_eq!(filled("jsonld2023", "langid"), "russian");
    assert_eq!(filled("highwire2022", "doi"), "10.5555/highwire");
    assert_eq!(filled("search2016", "doi"), "10.5555/potash");
    assert_eq!(filled("kurlansky2002", "publisher"), "Walker");
    assert_eq!(filled("lee2019", "publisher"), "Example Press");

    // The retraction known only from `updated-by`, the correction only from
    // a notice's `update-to`, the concern only from Retraction Watch.
    let message = |key: &str| {
        results[key]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert!(message("retracted2018").contains("10.5555/retracted.notice"));
    assert!(message("corrected2020").contains("10.5555/corrected.erratum"));
    assert!(message("concern2017").contains("10.5555/concern.eoc"));
    assert!(
        message("hanging2023").contains("timeout"),
        "{}",
        message("hanging2023")
    );
    assert!(message("ghost2023").contains("openalex, crossref"));
    assert!(message("baddoi2022").contains("10.5555/does-not-exist is not registered"));
    // The page was a soft 404; its archived copy is the evidence.
    assert_eq!(results["moved2019"]["evidence"][0]["source"], "archive");

    // The rate-limited search was answered after its Retry-After wait.
    assert_eq!(server.hits("/openalex/works?search=Rail freight"), 2);
    let times = server.times("/openalex/works?search=Rail freight");
    assert!(times[1].duration_since(times[0]) >= Duration::from_millis(900));

    // Answers are cached: asking again sends nothing but the failed request.
    let before = server.total_hits();
    let again = verify(dir.path(), &server, &["lee2019", "search2016", "moved2019"]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        server.total_hits(),
        before,
        "cached answers were asked again"
    );
}

#[test]
fn write_fills_missing_fields_and_fix_keeps_the_cited_value() {
    let server = VerifyServer::start("verdicts.toml", Duration::ZERO);
    let dir = library("verify/verdicts.bib", &server);
    let bib = dir.path().join("bibliography/library.bib");
    let before = fs::read_to_string(&bib).expect("bib");
    let out = verify(
        dir.path(),
        &server,
        &[
            "--write",
            "--no-cache",
            "jsonld2023",
            "lee2019",
            "wrong2021",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = fs::read_to_string(&bib).expect("bib");
    let entries = refman::library::parse_bib(&bib, &after).expect("parses");
    let get = |key: &str| {
        entries
            .iter()
            .find(|e| e.key == key)
            .expect("entry")
            .clone()
    };
    let news = get("jsonld2023");
    assert_eq!(news.text("date").as_deref(), Some("2022-09-15"));
    assert_eq!(news.text("langid").as_deref(), Some("russian"));
    assert_eq!(news.authors()[0].family(), "Петров");
    assert!(
        news.text("verified")
            .is_some_and(|v| v.contains("verified: author from page"))
    );
    // A cited field is never changed without --fix.
    let miscited = get("wrong2021");
    assert_eq!(miscited.text("date").as_deref(), Some("2021"));
    assert!(
        miscited
            .text("verified")
            .is_some_and(|v| v.contains("miscited"))
    );
    // The reliability table shows the recorded verdict in its own column.
    let table = refman(dir.path())
        .args(["reliability", "--format", "json"])
        .output()
        .expect("run");
    let table: Value = serde_json::from_slice(&table.stdout).expect("json");
    let verdict = |key: &str| {
        table["rows"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["key"] == key))
            .map(|r| r["verified"].clone())
    };
    assert_eq!(verdict("wrong2021"), Some(Value::from("miscited")));
    assert_eq!(verdict("interview"), Some(Value::from("unchecked")));
    // Untouched entries keep their bytes.
    let untouched = |text: &str| {
        let start = text.find("@article{retracted2018").expect("entry");
        text[start..start + 200].to_string()
    };
    assert_eq!(untouched(&before), untouched(&after));

    let out = verify(
        dir.path(),
        &server,
        &["--write", "--fix", "--no-cache", "wrong2021"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = fs::read_to_string(&bib).expect("bib");
    let entries = refman::library::parse_bib(&bib, &after).expect("parses");
    let fixed = entries
        .iter()
        .find(|e| e.key == "wrong2021")
        .expect("entry");
    assert_eq!(fixed.text("date").as_deref(), Some("2023-02"));
    assert_eq!(
        fixed.text("journaltitle").as_deref(),
        Some("Baltic Economic Review")
    );
    let note = fixed.text("annotation").expect("the cited values are kept");
    assert!(
        note.contains("date 2021") && note.contains("journaltitle Review of Eastern Trade"),
        "{note}"
    );
}

#[test]
fn private_addresses_are_refused_and_formats_render() {
    let server = VerifyServer::start("verdicts.toml", Duration::ZERO);
    let dir = library("verify/verdicts.bib", &server);
    let out = refman(dir.path())
        .args(["verify", "--format", "json", "--no-cache", "highwire2022"])
        .output()
        .expect("run");
    let report = report(&out);
    assert_eq!(report["results"][0]["verdict"], "unreachable");
    assert_eq!(
        report["results"][0]["asked"][0]["answer"],
        "private-address"
    );
    assert_eq!(server.total_hits(), 0);

    for (format, needle) in [
        ("table", "MISCITED (1)"),
        ("md", "## miscited (1)"),
        ("html", "<td class=\"verdict miscited\">miscited</td>"),
    ] {
        let out = verify_as(dir.path(), &server, format, &["wrong2021", "lee2019"]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(needle), "{format}: {text}");
        assert!(text.contains("Baltic Economic Review"), "{format}: {text}");
    }
    let out = refman(dir.path())
        .args(["verify", "nosuchkey"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nosuchkey"));
}

/// The seed article's 15 works against pages in the shape of the cited
/// sites: the verdicts, and what `--write` adds, are golden.
#[test]
fn seed_library_verdicts_and_filled_fields_are_golden() {
    let server = VerifyServer::start("seed.toml", Duration::ZERO);
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = fs::read_to_string(data("export/seed.bib")).expect("seed bib");
    fs::create_dir_all(dir.path().join("bibliography")).expect("library dir");
    let bib = dir.path().join("bibliography/library.bib");
    fs::write(&bib, seed.replace("https://", &server.url("/"))).expect("write");
    let out = verify(dir.path(), &server, &["--write"]);
    let today: String = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .chars()
        .take(10)
        .collect();
    let tidy = |text: &str| {
        text.replace(&server.url(""), "SERVER")
            .replace(&today, "TODAY")
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    super::check_golden("verify/seed-report.json", &tidy(&stdout));
    let written = fs::read_to_string(&bib).expect("bib");
    super::check_golden("verify/seed-written.bib", &tidy(&written));
    let report = report(&out);
    assert_eq!(report["summary"]["verified"], 12, "{}", report["summary"]);
    // The note cites the article's lead; the page at its address is titled by its slug.
    let druk = &report["results"][4];
    assert_eq!(druk["key"], "druk2022");
    assert_eq!(
        druk["differences"][0]["found"],
        "Надежный фундамент для партнерства"
    );
}

/// Precision and recall of `verified`, `miscited` and `not-found` on pairs
/// of a citation and a search result: the same work cited differently,
/// the same work with a field wrong, and other works with similar titles.
/// `pairs-dev.toml` shaped the rules; `pairs-heldout.toml` never did.
#[test]
fn matching_precision_and_recall_on_held_out_pairs() {
    let (dev_right, dev_total, dev) = measure("verify/pairs-dev.toml");
    let (right, total, held) = measure("verify/pairs-heldout.toml");
    eprintln!(
        "development:\n{}\nheld out:\n{}",
        dev.join("\n"),
        held.join("\n")
    );
    // Floors a little under the measured figures: a change that loses
    // matching quality fails here.
    assert!(dev_right * 100 >= dev_total * 90, "{}", dev.join("\n"));
    assert!(right * 100 >= total * FLOOR_HELD_OUT, "{}", held.join("\n"));
}

/// Share of held-out pairs judged right, in percent, at least.
const FLOOR_HELD_OUT: usize = 80;

/// Pairs right, pairs, and the report lines (figures, then each miss).
fn measure(file: &str) -> (usize, usize, Vec<String>) {
    use refman::verify::{Answer, Cited, Found, Lookup, Source, judge};

    #[derive(serde::Deserialize)]
    struct Side {
        title: String,
        translated: Option<String>,
        #[serde(default)]
        authors: Vec<String>,
        year: Option<i32>,
        container: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct Pair {
        kind: String,
        expect: String,
        cited: Side,
        found: Side,
    }
    #[derive(serde::Deserialize)]
    struct Pairs {
        pair: Vec<Pair>,
    }
    let text = fs::read_to_string(data(file)).expect("pairs");
    let pairs: Pairs = toml::from_str(&text).expect("pairs parse");
    let classes = ["verified", "miscited", "not-found"];
    let mut confusion = [[0usize; 3]; 3];
    let mut wrong = Vec::new();
    for p in &pairs.pair {
        let cited = Cited {
            key: p.kind.clone(),
            entry_type: "article".into(),
            title: Some(p.cited.title.clone()),
            translated: p.cited.translated.clone(),
            persons: p.cited.authors.iter().any(|a| !a.contains(' ')),
            authors: p.cited.authors.clone(),
            date: p.cited.year.map(|y| y.to_string()),
            container: p.cited.container.clone(),
            ..Cited::default()
        };
        let found = Found {
            title: Some(p.found.title.clone()),
            authors: p.found.authors.clone(),
            date: p.found.year.map(|y| y.to_string()),
            container: p.found.container.clone(),
            ..Found::default()
        };
        let outcome = judge(
            &cited,
            &[Lookup {
                source: Source::Openalex,
                url: "search".into(),
                search: true,
                answer: Answer::Found { works: vec![found] },
            }],
        );
        let got = outcome.verdict.name();
        let (e, g) = (
            classes.iter().position(|c| *c == p.expect).expect("class"),
            classes.iter().position(|c| *c == got).unwrap_or(2),
        );
        confusion[e][g] += 1;
        if e != g {
            wrong.push(format!(
                "  miss: {} ({}): expected {}, got {got}",
                p.kind, p.cited.title, p.expect
            ));
        }
    }
    let total = pairs.pair.len();
    let right: usize = (0..3).map(|i| confusion[i][i]).sum();
    let mut lines = vec![format!("{right}/{total} pairs right")];
    for (i, class) in classes.iter().enumerate() {
        let predicted: usize = (0..3).map(|e| confusion[e][i]).sum();
        let actual: usize = confusion[i].iter().sum();
        lines.push(format!(
            "{class}: precision {:.2} ({}/{predicted}), recall {:.2} ({}/{actual})",
            confusion[i][i] as f64 / predicted.max(1) as f64,
            confusion[i][i],
            confusion[i][i] as f64 / actual.max(1) as f64,
            confusion[i][i]
        ));
    }
    lines.extend(wrong);
    (right, total, lines)
}

/// Speed: 1,000 works against four local services that each answer after
/// 40 ms. Bound by politeness: the floor is the busiest host's requests
/// times the latency over the requests allowed in flight to it. Run with
/// `cargo test --release --test it verify_speed -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check: about 20 s"]
fn verify_speed_is_bound_by_politeness() {
    let latency = Duration::from_millis(40);
    let route = |path: &str, body: &str| -> super::verify_server::Route {
        toml::from_str(&format!(
            "path = '{path}'\nprefix = true\ntype = 'application/json'\nbody = '''{body}'''"
        ))
        .expect("route")
    };
    let base = data("verify");
    let doi = VerifyServer::with_routes(
        vec![route(
            "/",
            r#"{"title":"A work","issued":{"date-parts":[[2020]]}}"#,
        )],
        base.clone(),
        latency,
    );
    let crossref = VerifyServer::with_routes(
        vec![route("/", r#"{"message":{"items":[],"title":["A work"]}}"#)],
        base.clone(),
        latency,
    );
    let openalex =
        VerifyServer::with_routes(vec![route("/", r#"{"results":[]}"#)], base.clone(), latency);
    let pages = VerifyServer::with_routes(
        vec![toml::from_str("path = '/'\nprefix = true\ntype = 'text/html'\nbody = '<html><head><title>A page</title></head></html>'").expect("route")],
        base,
        latency,
    );
    let mut bib = String::new();
    for i in 0..1000 {
        match i % 5 {
            0 | 1 => bib.push_str(&format!(
                "@article{{doi{i},\n  title = {{A work}},\n  date = {{2020}},\n  doi = {{10.5555/w{i}}},\n}}\n\n"
            )),
            2 | 3 => bib.push_str(&format!(
                "@online{{page{i},\n  title = {{A page}},\n  url = {{{}}},\n}}\n\n",
                pages.url(&format!("/p/{i}"))
            )),
            _ => bib.push_str(&format!(
                "@article{{title{i},\n  author = {{Author, Ann}},\n  title = {{A study of subject number {i}}},\n  date = {{2020}},\n}}\n\n"
            )),
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("bibliography")).expect("dir");
    fs::write(dir.path().join("bibliography/library.bib"), bib).expect("bib");
    let per_host = 2;
    let started = std::time::Instant::now();
    let out = refman(dir.path())
        .args([
            "verify",
            "--allow-private",
            "--no-cache",
            "--format",
            "json",
        ])
        .args(["--per-host", &per_host.to_string()])
        .args(["--doi-resolver", &doi.url("/")])
        .args(["--crossref", &crossref.url("/")])
        .args(["--openalex", &openalex.url("/")])
        .output()
        .expect("run");
    let wall = started.elapsed();
    let report = report(&out);
    assert_eq!(report["results"].as_array().map(Vec::len), Some(1000));
    let hosts = [
        ("doi", doi.total_hits()),
        ("crossref", crossref.total_hits()),
        ("openalex", openalex.total_hits()),
        ("pages", pages.total_hits()),
    ];
    let busiest = hosts.iter().map(|h| h.1).max().unwrap_or(0);
    let floor = latency * busiest as u32 / per_host;
    eprintln!(
        "1000 works, requests per host {hosts:?}; wall {:.1} s, politeness floor {:.1} s ({:.0} %); {}",
        wall.as_secs_f64(),
        floor.as_secs_f64(),
        100.0 * floor.as_secs_f64() / wall.as_secs_f64(),
        String::from_utf8_lossy(&out.stderr).trim()
    );
    assert!(wall < floor * 2, "verify is not bound by politeness");
}

#[test]
fn an_article_s_works_are_verified_in_note_order() {
    let server = VerifyServer::start("verdicts.toml", Duration::ZERO);
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "Customs and summits\n\nThe union grew.[1] The leaders met.[2]\n\nNotes\n\n\
         1. «Лукашенко и Си Цзиньпин встретились в Самарканде», {}.\n\
         2. Jan Kowalski, “Belarus and the Eurasian customs union,” Policy Review, June 1, 2022, {}.\n",
        server.url("/pages/jsonld"),
        server.url("/pages/highwire"),
    );
    fs::write(dir.path().join("brief.md"), article).expect("article");
    let out = verify(dir.path(), &server, &["--article", "brief.md"]);
    let report = report(&out);
    let results = report["results"].as_array().expect("results");
    assert_eq!(results.len(), 2, "{report}");
    assert_eq!(
        results[0]["evidence"][0]["url"],
        server.url("/pages/jsonld")
    );
    assert_eq!(
        results[1]["evidence"][0]["url"],
        server.url("/pages/highwire")
    );
    assert!(
        results.iter().all(|r| r["verdict"] == "verified"),
        "{report}"
    );
    // Nothing was written: the article's works are not in the library.
    assert!(!dir.path().join("bibliography/library.bib").exists());
}
