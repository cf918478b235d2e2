//! `refman zotero push` against a local server that plays the Zotero Web
//! API and the desktop connector.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::zotero_server::{Quirks, ZoteroServer};
use super::{data, refman};

fn library_with(extra: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("bibliography")).expect("dir");
    let mut text = fs::read_to_string(data("export/seed.bib")).expect("seed");
    for i in 0..extra {
        text.push_str(&format!(
            "\n@online{{extra{i},\n  author = {{{{Ministry of Trade}}}},\n  title = {{Notice {i}}},\n  date = {{2022}},\n  url = {{https://example.org/{i}}},\n}}\n"
        ));
    }
    fs::write(dir.path().join("bibliography/library.bib"), text).expect("bib");
    dir
}

fn push(dir: &Path, server: &ZoteroServer, args: &[&str]) -> std::process::Output {
    refman(dir)
        .args([
            "zotero",
            "push",
            "--user",
            "1",
            "--allow-private",
            "--json",
            "--timeout",
            "5",
        ])
        .args(["--api-url", &server.url("/")])
        .args(args)
        .env("ZOTERO_API_KEY", "secret")
        .output()
        .expect("run refman")
}

fn report(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

fn count(report: &Value, what: &str) -> usize {
    report[what].as_array().map_or(0, Vec::len)
}

#[test]
fn web_push_creates_then_updates_never_duplicates() {
    let server = ZoteroServer::start(Quirks::default());
    let dir = library_with(40);
    let d = dir.path();
    let out = push(d, &server, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = report(&out);
    assert_eq!(count(&first, "created"), 55);
    {
        let store = server.store.lock().expect("lock");
        assert_eq!(store.writes, 2, "55 items go in batches of 50");
        assert_eq!(store.created, 55);
        let belta = store
            .items
            .values()
            .find(|i| {
                i["extra"]
                    .as_str()
                    .is_some_and(|e| e.starts_with("Citation Key: belta2022\n"))
            })
            .expect("the item carries its citation key");
        assert_eq!(belta["itemType"], "webpage");
        assert!(
            belta["extra"]
                .as_str()
                .unwrap_or_default()
                .contains("tex.langid: russian")
        );
    }
    let state: Value = serde_json::from_str(
        &fs::read_to_string(d.join("bibliography/zotero.json")).expect("state"),
    )
    .expect("state json");
    assert!(
        state["users/1"]["items"]["belta2022"]["key"]
            .as_str()
            .is_some()
    );

    // Again: nothing new is made.
    let again = report(&push(d, &server, &[]));
    assert_eq!(count(&again, "unchanged"), 55, "{again}");
    assert_eq!(server.store.lock().expect("lock").created, 55);

    // A changed entry updates its item.
    refman(d)
        .args(["set", "belta2022", "date=2022-09-16"])
        .assert()
        .success();
    let third = report(&push(d, &server, &["--keys", "belta2022"]));
    assert_eq!(third["updated"], serde_json::json!(["belta2022"]));
    assert_eq!(server.store.lock().expect("lock").created, 55);
}

#[test]
fn conflicts_rate_limits_and_partial_failures_are_handled_and_reported() {
    let server = ZoteroServer::start(Quirks {
        rate_limit_first: 1,
        changed_by_another: true,
    });
    let dir = library_with(0);
    let d = dir.path();
    refman(d)
        .args(["set", "druk2023", "title=FAIL on purpose"])
        .assert()
        .success();
    let started = Instant::now();
    let out = push(d, &server, &[]);
    assert_eq!(out.status.code(), Some(1), "a failed item fails the run");
    let r = report(&out);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "Retry-After was honoured"
    );
    assert!(
        r["waits"][0].as_str().unwrap_or_default().contains("429"),
        "{r}"
    );
    assert_eq!(server.store.lock().expect("lock").saw_412, 1);
    assert_eq!(count(&r, "created"), 14);
    assert_eq!(r["failed"][0]["key"], "druk2023");
    assert_eq!(r["failed"][0]["code"], 400);
    // What succeeded is remembered; the failed entry is tried again later.
    let state = fs::read_to_string(d.join("bibliography/zotero.json")).expect("state");
    assert!(state.contains("belta2022") && !state.contains("druk2023"));

    let no_key = refman(d)
        .args([
            "zotero",
            "push",
            "--user",
            "1",
            "--api-url",
            &server.url("/"),
        ])
        .env_remove("ZOTERO_API_KEY")
        .output()
        .expect("run");
    assert_eq!(no_key.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&no_key.stderr).contains("ZOTERO_API_KEY"));
}

#[test]
fn desktop_push_imports_once() {
    let server = ZoteroServer::start(Quirks::default());
    let dir = library_with(0);
    let d = dir.path();
    let desktop = || {
        refman(d)
            .args([
                "zotero",
                "push",
                "--desktop",
                "--json",
                "--keys",
                "belta2022",
                "druk2022",
            ])
            .args(["--connector-url", &server.url("/")])
            .output()
            .expect("run")
    };
    let r = report(&desktop());
    assert_eq!(count(&r, "created"), 2);
    {
        let store = server.store.lock().expect("lock");
        assert_eq!(store.imports.len(), 1);
        assert!(store.imports[0].contains("@online{belta2022,"));
    }
    let again = report(&desktop());
    assert_eq!(count(&again, "skipped"), 2);
    assert_eq!(server.store.lock().expect("lock").imports.len(), 1);
}
