//! `refman check-links` end to end: the real binary and HTTP client against
//! a local server (`links_server.rs`) with one path per behaviour, a mock
//! Wayback Machine, the private-address rule, the cache and the reports.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::links_server::TestServer;
use crate::refman;

/// Cases: (key, path, cited title).
const CASES: &[(&str, &str, &str)] = &[
    ("ok", "/ok", "Trade report 2023"),
    ("r301", "/r301", "Trade report 2023"),
    ("r302", "/r302", "Trade report 2023"),
    ("r303", "/r303", "Trade report 2023"),
    ("r307", "/r307", "Trade report 2023"),
    ("r308", "/r308", "Trade report 2023"),
    ("chain", "/chain", "Trade report 2023"),
    ("loop", "/loop-a", "Trade report 2023"),
    ("root", "/to-root", "Trade report 2023"),
    ("movedgone", "/gone-after-move", "Trade report 2023"),
    ("e404", "/e404", "Trade report 2023"),
    ("e410", "/e410", "Trade report 2023"),
    ("soft", "/soft404", "Trade report 2023"),
    ("bot", "/botblock", "Trade report 2023"),
    ("forbidden", "/forbidden", "Trade report 2023"),
    ("ra429", "/ra429", "Trade report 2023"),
    ("flaky", "/flaky500", "Trade report 2023"),
    ("down", "/e503", "Trade report 2023"),
    ("slow", "/slow", "Trade report 2023"),
    ("hang", "/hang", "Trade report 2023"),
    ("huge", "/huge.pdf", ""),
    ("nohead", "/nohead", "Trade report 2023"),
    ("drift", "/drift", "Trade report 2023"),
    ("cp1251", "/cp1251", "Товарооборот достиг нового рекорда"),
    (
        "frag",
        "/frag#:~:text=%D0%B2%D1%81%D0%B5%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%BD%D0%BE%D0%BC",
        "Joint statement",
    ),
    (
        "fragmissing",
        "/frag#:~:text=not%20on%20the%20page",
        "Joint statement",
    ),
];

fn write_bib(dir: &Path, server: &TestServer, refused: &str) -> std::path::PathBuf {
    let mut bib = String::new();
    for (key, path, title) in CASES {
        let title = if title.is_empty() {
            String::new()
        } else {
            format!("  title = {{{title}}},\n")
        };
        bib.push_str(&format!(
            "@online{{{key},\n{title}  url = {{{}}},\n  urldate = {{2023-03-18}},\n}}\n\n",
            server.url(path)
        ));
    }
    bib.push_str(&format!(
        "@online{{refused,\n  title = {{Nothing here}},\n  url = {{{refused}}},\n}}\n"
    ));
    let path = dir.join("refs.bib");
    fs::write(&path, bib).expect("write bib");
    path
}

/// A port nothing listens on.
fn refused_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("http://127.0.0.1:{port}/nothing")
}

fn by_key(report: &Value) -> HashMap<String, Value> {
    report["results"]
        .as_array()
        .expect("results")
        .iter()
        .flat_map(|r| {
            r["keys"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|k| k.as_str().map(|k| (k.to_string(), r.clone())))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn run(dir: &Path, args: &[&str]) -> (Value, i32) {
    let out = refman(dir)
        .arg("check-links")
        .args(args)
        .output()
        .expect("run refman");
    let code = out.status.code().unwrap_or(-1);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (report, code)
}

const FAST: &[&str] = &[
    "--allow-private",
    "--timeout",
    "2",
    "--retries",
    "2",
    "--per-host",
    "4",
    "--format",
    "json",
];

#[test]
fn every_behaviour_gets_its_verdict() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let bib = write_bib(dir.path(), &server, &refused_url());
    let wayback = server.url("");
    let mut args = FAST.to_vec();
    args.extend([
        "--archive",
        "--wayback-url",
        wayback.as_str(),
        "--no-cache",
        bib.to_str().expect("path"),
    ]);
    let (report, code) = run(dir.path(), &args);
    assert_eq!(code, 1, "broken links exit 1");
    let results = by_key(&report);
    let expect = |key: &str, status: &str, reason: &str| {
        let r = &results[key];
        assert_eq!(
            (r["status"].as_str(), r["reason"].as_str()),
            (Some(status), Some(reason)),
            "{key}: {r}"
        );
    };
    expect("ok", "alive", "ok");
    for key in ["r301", "r308", "chain"] {
        expect(key, "redirected", "redirect-permanent");
        assert_eq!(results[key]["final_url"], server.url("/ok"), "{key}");
    }
    for key in ["r302", "r303", "r307"] {
        expect(key, "redirected", "redirect-temporary");
    }
    assert_eq!(
        results["chain"]["redirects"].as_array().map(Vec::len),
        Some(3)
    );
    expect("loop", "broken", "redirect-loop");
    expect("root", "broken", "redirect-to-root");
    expect("movedgone", "broken", "http-404");
    expect("e404", "broken", "http-404");
    expect("e410", "broken", "http-410");
    expect("soft", "broken", "soft-404");
    expect("bot", "alive", "ok");
    expect("forbidden", "error", "bot-blocked");
    expect("ra429", "alive", "ok");
    expect("flaky", "alive", "ok");
    expect("down", "broken", "server-error");
    expect("slow", "alive", "ok");
    expect("hang", "timeout", "timeout");
    expect("huge", "alive", "ok");
    expect("nohead", "alive", "ok");
    expect("drift", "alive", "ok");
    expect("cp1251", "alive", "ok");
    expect("refused", "error", "connection-refused");

    assert_eq!(results["drift"]["drift"], true);
    assert_eq!(results["ok"]["drift"], false);
    assert_eq!(
        results["cp1251"]["title"],
        "Товарооборот достиг нового рекорда"
    );
    assert_eq!(results["cp1251"]["drift"], false);
    assert_eq!(results["frag"]["fragment_found"], true);
    assert_eq!(results["fragmissing"]["fragment_found"], false);
    assert_eq!(results["ok"]["fragment_found"], Value::Null);
    assert_eq!(results["e404"]["archive"]["timestamp"], "20230128161208");
    assert_eq!(
        results["e410"]["archive"],
        Value::Null,
        "no snapshot in the mock"
    );
    assert_eq!(
        results["ok"]["archive"],
        Value::Null,
        "live links are not looked up"
    );

    // Retries as documented: one browser retry for a bot block, one retry for
    // the flaky 500, two for a 503 that stays, none for a hang.
    assert_eq!(server.hits("/botblock"), 2);
    assert_eq!(server.hits("/flaky500"), 2);
    assert_eq!(server.hits("/e503"), 3);
    assert_eq!(server.hits("/hang"), 1);
    assert!(server.agents().iter().all(|ua| !ua.contains("cookie")));
    assert!(
        server.max_in_flight() <= 4,
        "per-host limit: {}",
        server.max_in_flight()
    );
    assert!(
        server.huge_bytes_sent() < 20 * 1024 * 1024,
        "the 50 MB body is not downloaded: {} bytes went out",
        server.huge_bytes_sent()
    );
    let summary = &report["summary"];
    assert_eq!(summary["total"], CASES.len() + 1);
    assert_eq!(summary["drift"], 1);
}

#[test]
fn private_addresses_are_skipped_without_a_request() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("urls.txt");
    fs::write(
        &list,
        format!(
            "# cited URLs\n{}\n\n{}\n",
            server.url("/ok"),
            server.url("/r301")
        ),
    )
    .expect("write");
    let (report, code) = run(
        dir.path(),
        &[
            "--format",
            "json",
            "--no-cache",
            list.to_str().expect("path"),
        ],
    );
    assert_eq!(code, 0, "skipped is not a failure");
    for r in report["results"].as_array().expect("results") {
        assert_eq!(
            (r["status"].as_str(), r["reason"].as_str()),
            (Some("skipped"), Some("private-address"))
        );
    }
    assert_eq!(
        server.total_hits(),
        0,
        "nothing was sent to a private address"
    );
}

#[test]
fn cached_results_make_a_second_run_free_and_refresh_checks_again() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("urls.txt");
    fs::write(
        &list,
        format!("{}\n{}\n", server.url("/ok"), server.url("/e404")),
    )
    .expect("write");
    let path = list.to_str().expect("path");
    let (first, _) = run(dir.path(), &["--allow-private", "--format", "json", path]);
    assert_eq!(server.total_hits(), 2);
    assert_eq!(first["summary"]["from_cache"], 0);
    let (second, code) = run(dir.path(), &["--allow-private", "--format", "json", path]);
    assert_eq!(server.total_hits(), 2, "no request the second time");
    assert_eq!(second["summary"]["from_cache"], 2);
    assert_eq!(code, 1, "a cached broken link still fails the run");
    let strip = |v: &Value| {
        let mut v = v["results"].clone();
        for r in v.as_array_mut().expect("results") {
            r["cached"] = Value::Null;
        }
        v
    };
    assert_eq!(strip(&first), strip(&second));
    run(
        dir.path(),
        &["--allow-private", "--format", "json", "--refresh", path],
    );
    assert_eq!(server.total_hits(), 4);
    assert!(dir.path().join(".cache/refman/links.json").is_file());
}

/// `bibliography/library.bib` with a work at a live URL (`live`) and one at
/// a 404 (`dead`): `head` before them, `live_fields` and `dead_fields` added
/// to each.
fn live_and_dead_library(
    dir: &Path,
    server: &TestServer,
    head: &str,
    live_fields: &str,
    dead_fields: &str,
) -> std::path::PathBuf {
    let lib = dir.join("bibliography");
    fs::create_dir_all(&lib).expect("mkdir");
    let entry = |key: &str, path: &str, fields: &str| {
        format!(
            "@online{{{key},\n{fields}  title = {{Trade report 2023}},\n  url = {{{}}},\n}}\n",
            server.url(path)
        )
    };
    let text = format!(
        "{head}{}\n{}",
        entry("live", "/ok", live_fields),
        entry("dead", "/e404", dead_fields)
    );
    fs::write(lib.join("library.bib"), text).expect("write library");
    lib
}

#[test]
fn library_urls_tables_markdown_and_write_back() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = live_and_dead_library(
        dir.path(),
        &server,
        "% my notes stay\n",
        "",
        "  urldate = {2023-03-18},\n",
    );
    let out = refman(dir.path())
        .args(["check-links", "--allow-private", "--no-cache"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.find("BROKEN (1)").expect("broken group")
            < table.find("ALIVE (1)").expect("alive group"),
        "{table}"
    );
    assert!(
        table.contains("dead") && table.contains("http-404"),
        "{table}"
    );

    let md = refman(dir.path())
        .args([
            "check-links",
            "--allow-private",
            "--format",
            "md",
            "--fail-on",
            "timeout",
        ])
        .output()
        .expect("run");
    assert_eq!(
        md.status.code(),
        Some(0),
        "--fail-on timeout: a 404 does not fail"
    );
    assert!(String::from_utf8_lossy(&md.stdout).contains("## broken (1)"));

    let wayback = server.url("");
    refman(dir.path())
        .args([
            "check-links",
            "--allow-private",
            "--no-cache",
            "--archive",
            "--wayback-url",
            &wayback,
            "--write",
        ])
        .assert()
        .code(1);
    let text = fs::read_to_string(lib.join("library.bib")).expect("library");
    assert!(text.starts_with("% my notes stay\n"), "{text}");
    let library = refman::library::Library::open(&lib).expect("library");
    let live = library.get("live").expect("live");
    assert!(
        live.text("urldate").is_some_and(|d| d.len() == 10),
        "{text}"
    );
    let dead = library.get("dead").expect("dead");
    assert!(
        dead.text("archiveurl")
            .is_some_and(|u| u.contains("/web/20230128161208/")),
        "{text}"
    );
    assert_eq!(dead.text("archivedate").as_deref(), Some("2023-01-28"));
    assert_eq!(
        dead.text("urldate").as_deref(),
        Some("2023-03-18"),
        "a dead link keeps its access date"
    );
}

#[test]
fn a_server_asking_for_endless_immediate_retries_gets_five_requests() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("urls.txt");
    fs::write(&list, server.url("/ra0") + "\n").expect("write list");
    let started = std::time::Instant::now();
    let (report, code) = run(dir.path(), &[FAST, &["--no-cache", "urls.txt"]].concat());
    let elapsed = started.elapsed();
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["results"][0]["reason"], "rate-limited", "{report}");
    assert_eq!(server.hits("/ra0"), 5, "bounded per URL");
    assert!(
        elapsed >= std::time::Duration::from_secs(4),
        "at least a second between requests: {elapsed:?}"
    );
}

#[test]
fn an_archive_timestamp_that_is_not_digits_is_not_a_crash() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("mkdir");
    fs::write(
        lib.join("library.bib"),
        format!(
            "@online{{gone,\n  title = {{Gone}},\n  url = {{{}}},\n}}\n",
            server.url("/badstamp")
        ),
    )
    .expect("write library");
    let wayback = server.url("");
    refman(dir.path())
        .args(["check-links", "--allow-private", "--no-cache", "--archive"])
        .args(["--wayback-url", &wayback, "--write"])
        .assert()
        .code(1);
    let library = refman::library::Library::open(&lib).expect("library");
    let gone = library.get("gone").expect("entry");
    assert!(gone.text("archiveurl").is_some());
    assert_eq!(gone.text("archivedate"), None, "no date from a bad stamp");
}

#[test]
fn bad_input_and_options_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    refman(dir.path())
        .args(["check-links", "--fail-on", "gone", "x.txt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("invalid value 'gone'"));
    refman(dir.path())
        .args(["check-links", "missing.bib"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("missing.bib"));
    fs::write(
        dir.path().join("bad.bib"),
        "@online{x,\n  url = {http://example.org},\n",
    )
    .expect("write");
    refman(dir.path())
        .args(["check-links", "bad.bib"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("bad.bib:"));
    // Numbers out of range are usage errors, never a panic.
    for (option, value) in [
        ("--timeout", "1e20"),
        ("--timeout", "inf"),
        ("--timeout", "NaN"),
        ("--timeout", "0"),
        ("--concurrency", "18446744073709551615"),
        ("--concurrency", "0"),
        ("--per-host", "18446744073709551615"),
        ("--retries", "4294967295"),
    ] {
        refman(dir.path())
            .args(["check-links", option, value, "bad.bib"])
            .assert()
            .code(2);
    }
}

#[test]
fn the_reliability_table_reads_the_last_check() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let both = "  author = {{Ministry}},\n  date = {2023},\n";
    live_and_dead_library(dir.path(), &server, "", both, both);
    let before = refman(dir.path())
        .args(["reliability", "--format", "json"])
        .output()
        .expect("run");
    let before: Value = serde_json::from_slice(&before.stdout).expect("json");
    assert_eq!(before["rows"][0]["link"], "unchecked");
    refman(dir.path())
        .args(["check-links", "--allow-private"])
        .assert()
        .code(1);
    let after = refman(dir.path())
        .args(["reliability", "--format", "json"])
        .output()
        .expect("run");
    let after: Value = serde_json::from_slice(&after.stdout).expect("json");
    let row = |key: &str| {
        after["rows"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["key"] == key))
            .cloned()
            .expect("row")
    };
    assert_eq!(
        (
            row("live")["link"].as_str(),
            row("live")["verifiability"].as_str()
        ),
        (Some("alive"), Some("V"))
    );
    assert_eq!(
        (
            row("dead")["link"].as_str(),
            row("dead")["verifiability"].as_str()
        ),
        (Some("broken"), Some("V0"))
    );
    assert_eq!(row("dead")["archived"], "none found");
    assert!(
        row("dead")["reasons"]
            .to_string()
            .contains("VERIF.DEAD_LINK")
    );
}

#[test]
fn hostile_titles_and_urls_are_neutralised_in_every_report() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("urls.txt");
    fs::write(
        &list,
        format!("{}\njavascript:alert(1)\n", server.url("/escape")),
    )
    .expect("write list");
    for format in ["table", "md"] {
        let out = refman(dir.path())
            .args([
                "check-links",
                "--allow-private",
                "--no-cache",
                "--format",
                format,
            ])
            .arg("urls.txt")
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{format}: {text}"
        );
        if format == "md" {
            assert!(!text.contains("<javascript:"), "{text}");
            assert!(!text.contains("](javascript:"), "{text}");
        }
    }
}

/// DNS rebinding: a name that resolves to a private address when the
/// client connects is refused by the client itself, not only by the
/// checker's look-up before the request.
#[test]
fn the_client_never_connects_to_a_private_address_unless_allowed() {
    use refman::links::fetch::{FetchRequest, Fetcher};
    use refman::links::http::HttpFetcher;
    use std::time::Duration;

    let server = TestServer::start();
    let request = FetchRequest {
        url: url::Url::parse(&format!("http://localhost:{}/ok", server.addr.port())).expect("url"),
        user_agent: "refman-test".into(),
        body_cap: 1024,
        timeout: Duration::from_secs(5),
        accept: None,
        accept_datetime: None,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let guarded = HttpFetcher::new(Duration::from_secs(5), 1, false).expect("client");
    let refused = runtime.block_on(guarded.get(request.clone()));
    assert!(refused.is_err(), "connected to loopback");
    assert_eq!(server.hits("/ok"), 0);
    let open = HttpFetcher::new(Duration::from_secs(5), 1, true).expect("client");
    let answer = runtime.block_on(open.get(request)).expect("allowed");
    assert_eq!(answer.status, 200);
    assert_eq!(server.hits("/ok"), 1);
}

/// Entries with only a DOI are checked through the resolver; addresses
/// with Markdown debris or blanks are `invalid-url` without a request.
#[test]
fn dois_go_through_the_resolver_and_malformed_urls_are_never_requested() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let bib = format!(
        "@article{{known, title = {{A Paper}}, doi = {{10.1234/known.2020}}}}\n\
         @article{{unknown, title = {{Not Registered}}, doi = {{10.1234/missing}}}}\n\
         @online{{debris, title = {{Report}}, url = {{{ok}.pdf](https://perma.cc/AB12-CD34)}}}}\n\
         @online{{blank, title = {{Report}}, url = {{{ok} and more}}}}\n",
        ok = server.url("/ok")
    );
    let path = dir.path().join("refs.bib");
    fs::write(&path, bib).expect("write bib");
    let resolver = server.url("/doi/");
    let mut args = vec![path.to_str().expect("path"), "--doi-resolver", &resolver];
    args.extend_from_slice(FAST);
    let (report, _) = run(dir.path(), &args);
    let results = by_key(&report);
    assert_eq!(results["known"]["status"], "redirected");
    assert_eq!(results["unknown"]["status"], "broken");
    assert_eq!(results["debris"]["reason"], "invalid-url");
    assert_eq!(results["blank"]["reason"], "invalid-url");
    assert_eq!(server.hits("/ok.pdf](https://perma.cc/AB12-CD34)"), 0);
    assert_eq!(server.hits("/ok"), 1, "only the DOI's redirect reached /ok");
}

/// The library's history of checks: appended by every run (three at once
/// lose no line), read for `since`, `--dead-after` and `--history URL`.
#[test]
fn history_is_appended_by_concurrent_runs_and_decides_dead_links() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = live_and_dead_library(dir.path(), &server, "", "", "");
    let history = lib.join("links.history.jsonl");
    // Three runs at once.
    let children: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("refman"))
                .current_dir(dir.path())
                .env_remove("REFMAN_LIBRARY")
                .env("XDG_CACHE_HOME", dir.path().join(".cache"))
                .args([
                    "check-links",
                    "--allow-private",
                    "--no-cache",
                    "--format",
                    "json",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for mut child in children {
        child.wait().expect("wait");
    }
    let text = fs::read_to_string(&history).expect("history");
    assert_eq!(text.lines().count(), 6, "two URLs, three runs: {text}");
    assert!(
        text.lines()
            .all(|l| serde_json::from_str::<Value>(l).is_ok())
    );

    // A failure that began ten days ago is dead after 3 days; one whose
    // URL came back up in between alternates.
    let dead = server.url("/e404");
    let old = |days: u64, url: &str, status: &str| {
        let t = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 86_400);
        format!(
            "{{\"url\":\"{url}\",\"time\":\"{}\",\"status\":\"{status}\",\"reason\":\"x\"}}\n",
            humantime::format_rfc3339_seconds(t)
        )
    };
    fs::write(&history, old(10, &dead, "broken")).expect("history");
    let (report, code) = run(
        dir.path(),
        &[
            "--allow-private",
            "--no-cache",
            "--format",
            "json",
            "--dead-after",
            "3d",
        ],
    );
    let results = by_key(&report);
    assert_eq!(results["dead"]["status"], "broken");
    assert!(results["dead"]["since"].as_str().is_some());
    assert_eq!(code, 1);
    // Only one failure so far: not yet dead.
    fs::write(&history, "").expect("history");
    let (report, code) = run(
        dir.path(),
        &[
            "--allow-private",
            "--no-cache",
            "--format",
            "json",
            "--dead-after",
            "3d",
        ],
    );
    assert_eq!(by_key(&report)["dead"]["status"], "flaky");
    assert_eq!(by_key(&report)["dead"]["reason"], "not-yet-dead");
    assert_eq!(code, 0, "flaky is not broken");
    // Down, up, down: alternating.
    let text = format!("{}{}", old(3, &dead, "broken"), old(2, &dead, "alive"));
    fs::write(&history, text).expect("history");
    let (report, _) = run(
        dir.path(),
        &[
            "--allow-private",
            "--no-cache",
            "--format",
            "json",
            "--dead-after",
            "3",
        ],
    );
    assert_eq!(by_key(&report)["dead"]["reason"], "alternating");
    // --no-history leaves the file alone.
    let before = fs::read_to_string(&history).expect("history");
    run(
        dir.path(),
        &[
            "--allow-private",
            "--no-cache",
            "--no-history",
            "--format",
            "json",
        ],
    );
    assert_eq!(fs::read_to_string(&history).expect("history"), before);

    let out = refman(dir.path())
        .args(["check-links", "--history", &dead])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("down since") && text.contains("broken"),
        "{text}"
    );
}

/// Shards split by host and merged give what one run gives.
#[test]
fn shards_merged_agree_with_one_run() {
    let servers: Vec<TestServer> = (0..4).map(|_| TestServer::start()).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::new();
    for (i, server) in servers.iter().enumerate() {
        for (j, path) in ["/ok", "/e404", "/r301", "/soft404"].iter().enumerate() {
            text.push_str(&format!(
                "@online{{w{i}{j},\n  title = {{Trade report 2023}},\n  url = {{{}}},\n}}\n\n",
                server.url(path)
            ));
        }
    }
    fs::create_dir_all(dir.path().join("bibliography")).expect("dir");
    fs::write(dir.path().join("bibliography/library.bib"), text).expect("bib");
    let base = [
        "--allow-private",
        "--no-cache",
        "--format",
        "json",
        "--fail-on",
        "timeout",
    ];
    let verdicts = |report: &Value| -> Vec<(String, String, String)> {
        let mut v: Vec<_> = report["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                (
                    r["url"].as_str().unwrap_or_default().to_string(),
                    r["status"].as_str().unwrap_or_default().to_string(),
                    r["reason"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let (whole, _) = run(dir.path(), &base);
    let mut files = Vec::new();
    let mut sizes = Vec::new();
    for i in 1..=3 {
        let shard = format!("{i}/3");
        let (report, _) = run(dir.path(), &[&base[..], &["--shard", &shard]].concat());
        sizes.push(report["results"].as_array().map_or(0, Vec::len));
        let file = dir.path().join(format!("shard{i}.json"));
        fs::write(&file, report.to_string()).expect("shard");
        files.push(file.display().to_string());
    }
    assert_eq!(sizes.iter().sum::<usize>(), 16);
    assert!(
        sizes.iter().all(|s| s % 4 == 0),
        "a host's URLs stay together: {sizes:?}"
    );
    let merge: Vec<&str> = files.iter().map(String::as_str).collect();
    let (merged, _) = run(
        dir.path(),
        &[&["--format", "json", "--merge"][..], &merge].concat(),
    );
    assert_eq!(verdicts(&merged), verdicts(&whole));
    assert_eq!(merged["summary"]["broken"], whole["summary"]["broken"]);
    let bad = refman(dir.path())
        .args(["check-links", "--shard", "4/3"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
}

/// `--archive save`: a live page without a recent snapshot is captured
/// with Save Page Now (after its rate limit and two pending polls) and
/// recorded; one with a fresh snapshot is left alone.
#[test]
fn save_page_now_captures_live_pages_once() {
    #[derive(serde::Deserialize)]
    struct Routes {
        route: Vec<super::verify_server::Route>,
    }
    let today: String = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .chars()
        .take(10)
        .collect();
    let stamp = format!("{}120000", today.replace('-', ""));
    // The routes need the server's own address, known once it listens: a
    // first server serves the pages, a second one plays the archive.
    let pages =
        super::verify_server::VerifyServer::start("../links/spn.toml", std::time::Duration::ZERO);
    let text = fs::read_to_string(super::data("links/spn.toml"))
        .expect("routes")
        .replace("TIMESTAMP", &stamp)
        .replace("ORIGINAL", &pages.url("/page/new"));
    let routes: Routes = toml::from_str(&text).expect("routes parse");
    let archive = super::verify_server::VerifyServer::with_routes(
        routes.route,
        super::data("links"),
        std::time::Duration::ZERO,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("dir");
    fs::write(
        lib.join("library.bib"),
        format!(
            "@online{{new,\n  title = {{Trade report 2023}},\n  url = {{{}}},\n}}\n\n@online{{fresh,\n  title = {{Trade report 2023}},\n  url = {{{}}},\n  archiveurl = {{https://web.archive.org/web/{stamp}/x}},\n  archivedate = {{{today}}},\n}}\n",
            pages.url("/page/new"),
            pages.url("/page/fresh")
        ),
    )
    .expect("bib");
    let out = refman(dir.path())
        .args([
            "check-links",
            "--allow-private",
            "--no-cache",
            "--archive",
            "save",
            "--write",
        ])
        .args([
            "--wayback-url",
            &archive.url("/"),
            "--spn-poll",
            "0.1",
            "--format",
            "json",
        ])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("json");
    let results = by_key(&report);
    let expected = archive.url(&format!("/web/{stamp}/{}", pages.url("/page/new")));
    assert_eq!(results["new"]["archive"]["url"], expected.as_str());
    assert_eq!(archive.hits("/save?"), 2, "one rate limit, then the job");
    assert_eq!(
        archive.hits("/save/status/spn2-new"),
        3,
        "pending twice, then done"
    );
    let text = fs::read_to_string(lib.join("library.bib")).expect("bib");
    assert!(
        text.contains(&format!("archiveurl = {{{expected}}}")),
        "{text}"
    );
    assert!(text.contains(&format!("archivedate = {{{today}}}")));
}

/// `--spn-jobs`: captures run side by side. Four pages whose jobs are done
/// at the first poll, one second after they start: one at a time takes four
/// polls, four at a time about one.
#[test]
fn save_page_now_runs_several_captures_at_once() {
    let server = super::verify_server::VerifyServer::start(
        "../links/spn-many.toml",
        std::time::Duration::ZERO,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("dir");
    let entries: String = (1..=4)
        .map(|i| {
            format!(
                "@online{{p{i},\n  title = {{Trade report 2023}},\n  url = {{{}}},\n}}\n\n",
                server.url(&format!("/page/{i}"))
            )
        })
        .collect();
    fs::write(lib.join("library.bib"), entries).expect("bib");
    let run = |jobs: &str| {
        let started = std::time::Instant::now();
        let wayback = server.url("/");
        let (report, code) = run(
            dir.path(),
            &[
                "--allow-private",
                "--no-cache",
                "--no-history",
                "--archive",
                "save",
                "--spn-poll",
                "1",
                "--spn-jobs",
                jobs,
                "--wayback-url",
                &wayback,
                "--format",
                "json",
            ],
        );
        assert_eq!(code, 0);
        let archived = by_key(&report)
            .values()
            .filter(|r| {
                r["archive"]["url"]
                    .as_str()
                    .is_some_and(|u| u.contains("/web/20240102030405/"))
            })
            .count();
        (archived, started.elapsed())
    };
    let (archived, one_at_a_time) = run("1");
    assert_eq!(archived, 4);
    assert!(
        one_at_a_time >= std::time::Duration::from_secs(4),
        "{one_at_a_time:?}"
    );
    let (archived, side_by_side) = run("4");
    assert_eq!(archived, 4);
    assert!(
        side_by_side < std::time::Duration::from_millis(3500),
        "four captures at once took {side_by_side:?}"
    );
    assert_eq!(server.hits("/save?"), 8);
}

/// `check-links --archive` on a library with one live and one dead page
/// cited in May 2021, against the archive played by the routes file
/// `tests/data/links/NAME` (also given as `--wayback-url`): the dead
/// entry's JSON result, and the archive for its hit counts.
fn archive_of_dead(
    routes: &str,
    extra: &[(&str, &str)],
) -> (Value, super::verify_server::VerifyServer) {
    let server = TestServer::start();
    let archive = super::verify_server::VerifyServer::start(
        &format!("../links/{routes}"),
        std::time::Duration::ZERO,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    live_and_dead_library(dir.path(), &server, "", "", "  date = {2021-05-01},\n");
    let mut cmd = refman(dir.path());
    cmd.args([
        "check-links",
        "--allow-private",
        "--no-cache",
        "--archive",
        "--format",
        "json",
    ])
    .args(["--wayback-url", &archive.url("/")]);
    for (flag, path) in extra {
        cmd.args([*flag, archive.url(path).as_str()]);
    }
    let out = cmd.output().expect("run");
    let report: Value = serde_json::from_slice(&out.stdout).expect("json");
    (by_key(&report)["dead"].clone(), archive)
}

/// Archived copies through Memento TimeMaps of several archives: the
/// capture closest to the cited date, whichever archive holds it.
#[test]
fn memento_timemaps_give_the_capture_closest_to_the_citation() {
    let (dead, archives) = archive_of_dead("memento.toml", &[("--timemap", "/ph/timemap/")]);
    assert_eq!(
        dead["archive"]["url"],
        archives.url("/ph/AbCd1").as_str(),
        "{dead}"
    );
    assert_eq!(dead["archive"]["timestamp"], "20210515100000");
    assert_eq!(archives.hits("/web/timemap/link/"), 1);
}

/// A Memento TimeGate asked with the cited date finds its capture, with the
/// time the archive gives it.
#[test]
fn a_memento_timegate_gives_its_capture_nearest_the_cited_date() {
    let (dead, archive) = archive_of_dead("timegate.toml", &[("--timegate", "/tg/")]);
    assert_eq!(
        dead["archive"]["url"],
        archive.url("/arc/20210515/original").as_str(),
        "{dead}"
    );
    assert_eq!(dead["archive"]["timestamp"], "20210515100000");
    assert!(archive.hits("/tg/") >= 1);
}

/// Without TimeMaps, the Wayback `web/DATE/URL` form finds the capture.
#[test]
fn the_wayback_direct_form_is_followed_to_its_capture() {
    let (dead, archive) = archive_of_dead("wayback-direct.toml", &[]);
    assert_eq!(dead["archive"]["timestamp"], "20210503101010", "{dead}");
    assert_eq!(
        dead["archive"]["url"],
        archive.url("/web/20210503101010/original").as_str()
    );
}
