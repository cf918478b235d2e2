//! The model article: all 17 endnotes of seed 001 against the expected parse
//! in `tests/data/gold/001-endnotes.json`, and the four seeds without notes.

use std::collections::BTreeSet;

use refman::import::{Status, plan};
use refman::library::Library;
use serde_json::Value;

use crate::{data, join_names, json_report, observed, refman};

const SEED: &str = "seeds/001_7327730271b26347.txt";

fn gold() -> Value {
    let text = std::fs::read_to_string(data("gold/001-endnotes.json")).expect("gold file");
    serde_json::from_str(&text).expect("gold json")
}

fn text_or_null(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[test]
fn all_seventeen_notes_match_the_gold_parse() {
    let text = std::fs::read_to_string(data(SEED)).expect("seed article");
    let article = refman::article::read_notes(&text).expect("notes found");
    let plan = plan(&article, &Library::empty("bibliography"));
    let gold = gold();
    let expected = gold["notes"].as_array().expect("notes array");
    assert_eq!(plan.notes.len(), expected.len(), "number of notes");

    let mut mismatches = Vec::new();
    for (note, want) in plan.notes.iter().zip(expected) {
        let marker = want["marker"].as_str().unwrap_or_default();
        assert_eq!(note.marker, marker);
        assert_eq!(note.works.len(), 1, "{marker}: one work per seed note");
        let note = &note.works[0];
        if let Some(of) = want["short_form_of"].as_str() {
            if note.status != Status::Repeat || note.short_form_of.as_deref() != Some(of) {
                mismatches.push(format!(
                    "{marker}: expected a repeat of {of}, got {:?} {:?}",
                    note.status, note.short_form_of
                ));
            }
            continue;
        }
        let entry = note.entry.as_ref().expect("entry");
        let mut types: Vec<&str> = vec![want["entrytype"].as_str().unwrap_or_default()];
        types.extend(
            want["entrytype_also"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str),
        );
        if !types.contains(&entry.entry_type.as_str()) {
            mismatches.push(format!(
                "{marker}: type {} not in {types:?}",
                entry.entry_type
            ));
        }
        let authors: Vec<String> = want["author"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect();
        let checks = [
            (
                "author",
                Some(join_names(&authors)).filter(|s| !s.is_empty()),
            ),
            ("title", text_or_null(&want["title"])),
            ("title_translated", text_or_null(&want["title_translated"])),
            ("container", text_or_null(&want["container"])),
            ("date", text_or_null(&want["date"])),
            ("pages", text_or_null(&want["pages"])),
            ("number", text_or_null(&want["number"])),
            ("url", text_or_null(&want["url"])),
            ("language", text_or_null(&want["language"])),
        ];
        for (field, expected) in checks {
            let got = observed(entry, field);
            if got != expected {
                mismatches.push(format!(
                    "{marker}.{field}: expected {expected:?}, got {got:?}"
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "mismatches:\n{}",
        mismatches.join("\n")
    );

    let distinct: BTreeSet<&str> = plan.notes.iter().filter_map(|n| n.key()).collect();
    assert_eq!(distinct.len(), 15, "distinct works");
    assert_eq!(plan.new_entries.len(), 15);
}

#[test]
fn seed_import_json_contract() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = refman(dir.path())
        .args(["import", "--dry-run", "--format", "json"])
        .arg(data(SEED))
        .output()
        .expect("run refman");
    let json = json_report(&out);
    let notes = json["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 17);
    for note in notes {
        assert_eq!(note["works"].as_array().map(Vec::len), Some(1), "{note}");
    }
    let work = |i: usize| &notes[i]["works"][0];
    assert_eq!(notes[2]["marker"], "iii");
    let iii = work(2);
    assert_eq!(iii["status"], "new");
    assert_eq!(iii["entry"]["fields"]["author"], "Крючкова, Евгения");
    assert_eq!(iii["entry"]["type"], "article");
    let x = work(9);
    assert_eq!(x["entry"]["fields"]["author"], "{БелТА}");
    let ix = work(8);
    assert_eq!(ix["status"], "repeat");
    assert_eq!(ix["short_form_of"], "viii");
    assert_eq!(ix["key"], work(7)["key"]);
    assert!(
        iii["confidence"]
            .as_f64()
            .is_some_and(|c| (0.0..=1.0).contains(&c))
    );
    assert_eq!(json["summary"]["works"], 17);
    assert_eq!(json["summary"]["commentary"], 0);
    assert_eq!(json["summary"]["new"], 15);
    assert_eq!(json["summary"]["repeat"], 2);
    assert_eq!(json["summary"]["dry_run"], true);
    assert!(
        !dir.path().join("bibliography").exists(),
        "dry run wrote files"
    );
}

#[test]
fn seeds_without_notes_exit_3_and_say_what_was_looked_for() {
    for seed in [
        "seeds/000_4fb3d62f2c34565c.txt",
        "seeds/002_481a76667c593c3a.txt",
        "seeds/003_b0492c366741b97c.txt",
        "seeds/004_f7c68f9217fe8a45.txt",
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = refman(dir.path())
            .arg("import")
            .arg(data(seed))
            .output()
            .expect("run refman");
        assert_eq!(out.status.code(), Some(3), "{seed}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no notes found"), "{seed}: {err}");
        assert!(
            err.contains("ENDNOTES") || err.contains("endnotes"),
            "{err}"
        );
        assert!(err.contains("[^1]"), "{err}");
        assert!(!dir.path().join("bibliography").exists());
    }
}
