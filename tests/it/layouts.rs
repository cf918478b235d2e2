//! Article layouts seen in real notes sections, each a made-up article in
//! `tests/data/layouts/NAME.{txt,md}` with `NAME.toml` saying how many
//! notes it has and what some of them must read. The real binary imports
//! each with `--dry-run --format json`.

use std::fs;

use serde::Deserialize;

use crate::{data, json_report, refman};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layout {
    notes: usize,
    #[serde(default)]
    no_warnings: bool,
    #[serde(default)]
    note: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// 1-based position among the notes.
    at: usize,
    marker: Option<String>,
    text: Option<String>,
    text_starts: Option<String>,
    status: Option<String>,
    url: Option<String>,
    archiveurl: Option<String>,
    archivedate: Option<String>,
}

#[test]
fn every_layout_finds_its_notes() {
    let dir = data("layouts");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("layouts folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "layout fixtures missing");
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut failures = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let spec: Layout = toml::from_str(
            &fs::read_to_string(path.with_extension("toml")).expect("expectation file"),
        )
        .expect("expectation TOML");
        let out = refman(tmp.path())
            .args(["import", "--dry-run", "--format", "json"])
            .arg(&path)
            .output()
            .expect("run refman");
        if !out.status.success() {
            failures.push(format!(
                "{name}: exit {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        }
        let report = json_report(&out);
        let notes = report["notes"].as_array().cloned().unwrap_or_default();
        if notes.len() != spec.notes {
            failures.push(format!(
                "{name}: {} notes, expected {}",
                notes.len(),
                spec.notes
            ));
            continue;
        }
        if spec.no_warnings && !out.stderr.is_empty() {
            failures.push(format!(
                "{name}: warnings: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        for e in &spec.note {
            let n = &notes[e.at - 1];
            let fields = &n["works"][0]["entry"]["fields"];
            let checks = [
                ("marker", e.marker.as_deref(), n["marker"].as_str()),
                ("text", e.text.as_deref(), n["text"].as_str()),
                (
                    "status",
                    e.status.as_deref(),
                    n["works"][0]["status"].as_str(),
                ),
                ("url", e.url.as_deref(), fields["url"].as_str()),
                (
                    "archiveurl",
                    e.archiveurl.as_deref(),
                    fields["archiveurl"].as_str(),
                ),
                (
                    "archivedate",
                    e.archivedate.as_deref(),
                    fields["archivedate"].as_str(),
                ),
            ];
            for (what, want, got) in checks {
                if let Some(want) = want
                    && got != Some(want)
                {
                    failures.push(format!(
                        "{name} note {}: {what} {got:?}, expected {want:?}",
                        e.at
                    ));
                }
            }
            if let Some(start) = &e.text_starts
                && !n["text"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with(start.as_str())
            {
                failures.push(format!(
                    "{name} note {}: text {:?} does not start with {start:?}",
                    e.at, n["text"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
