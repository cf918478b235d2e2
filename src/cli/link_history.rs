//! The library's history of link checks on disk (`links.history.jsonl`):
//! appending a run's checks and reading each URL's story back, `--history
//! URL`, and `--merge` of shard reports and histories. The file is only
//! ever appended to, under a lock on it, in one write per run.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::input::read_text;
use super::sanitize::terminal;
use crate::error::Error;
use crate::links::history::{self, DeadAfter};
use crate::links::{LinkResult, Summary};

/// The library's history of link checks.
pub const HISTORY_FILE: &str = "links.history.jsonl";

/// The history file, opened for appending and locked (the lock goes with
/// the file); the text it already holds.
fn open_locked(library_dir: &Path) -> Result<(File, PathBuf, String)> {
    let path = library_dir.join(HISTORY_FILE);
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(&path)
        .map_err(|e| Error::write(&path, e))?;
    file.lock().map_err(|e| Error::write(&path, e))?;
    let mut text = String::new();
    file.seek(std::io::SeekFrom::Start(0))
        .and_then(|_| file.read_to_string(&mut text))
        .map_err(|e| Error::read(&path, e))?;
    Ok((file, path, text))
}

fn append(file: &mut File, path: &Path, lines: &str) -> Result<()> {
    file.write_all(lines.as_bytes())
        .and_then(|()| file.sync_data())
        .map_err(|e| Error::write(path, e))?;
    Ok(())
}

/// Appends this run's checks to the history (concurrent runs lose no
/// line), then gives each result its story: since when it is in its
/// state, and `--dead-after`'s verdict.
pub fn remember(
    library_dir: &Path,
    results: &mut [LinkResult],
    dead_after: Option<DeadAfter>,
) -> Result<()> {
    let (mut file, path, mut text) = open_locked(library_dir)?;
    let lines = history::lines(results);
    append(&mut file, &path, &lines)?;
    text.push_str(&lines);
    drop(file);
    let (by_url, skipped) = history::read(&text);
    if skipped > 0 {
        eprintln!(
            "warning: {}: {skipped} lines are not checks and were skipped",
            path.display()
        );
    }
    let now = history::seconds(&crate::links::now_rfc3339()).unwrap_or(0);
    for result in results.iter_mut() {
        let Some(story) = by_url.get(&result.url).and_then(|c| history::story(c)) else {
            continue;
        };
        result.since = Some(story.since.clone());
        if let Some(rule) = dead_after {
            history::judge(result, &story, rule, now);
        }
    }
    Ok(())
}

/// `--merge`: the shards' JSON reports as one (results by URL, the summary
/// recounted), and `.jsonl` histories appended to the library's, each
/// line once.
pub fn merged(
    files: &[PathBuf],
    library_dir: &Path,
    keep_history: bool,
) -> Result<(Vec<LinkResult>, Summary)> {
    #[derive(serde::Deserialize)]
    struct Shard {
        results: Vec<LinkResult>,
        summary: Summary,
    }
    let mut results: Vec<LinkResult> = Vec::new();
    let mut elapsed = 0;
    let mut history_lines = String::new();
    for path in files {
        let text = read_text(path)?;
        if path.extension().is_some_and(|e| e == "jsonl") {
            history_lines.push_str(&text);
            history_lines.push('\n');
            continue;
        }
        let shard: Shard = serde_json::from_str(&text).map_err(|e| Error::BadInput {
            path: path.clone(),
            message: format!("not a `check-links --format json` report: {e}"),
        })?;
        elapsed = elapsed.max(shard.summary.elapsed_ms);
        results.extend(shard.results);
    }
    results.sort_by(|a, b| a.url.cmp(&b.url));
    results.dedup_by(|a, b| a.url == b.url);
    if !history_lines.trim().is_empty() && keep_history {
        std::fs::create_dir_all(library_dir).map_err(|e| Error::write(library_dir, e))?;
        let (mut file, path, have) = open_locked(library_dir)?;
        let known: std::collections::HashSet<&str> = have.lines().collect();
        let mut new = String::new();
        for line in history_lines
            .lines()
            .filter(|l| !l.trim().is_empty() && !known.contains(l))
        {
            new.push_str(line);
            new.push('\n');
        }
        append(&mut file, &path, &new)?;
    }
    let summary = Summary::of(&results, Duration::from_millis(elapsed));
    Ok((results, summary))
}

/// `--history URL`: every check of one URL, and its current state.
pub fn print_history(library_dir: &Path, url: &str) -> Result<u8> {
    let path = library_dir.join(HISTORY_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::read(&path, e).into()),
    };
    let (by_url, _) = history::read(&text);
    let Some(checks) = by_url.get(url) else {
        println!("{url}: never checked");
        return Ok(0);
    };
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["checked", "status", "reason", "http"]);
    for c in checks {
        table.add_row([
            c.time.clone(),
            c.status.name().to_string(),
            c.reason.clone(),
            c.http_status.map(|h| h.to_string()).unwrap_or_default(),
        ]);
    }
    println!(
        "{}
{table}",
        terminal(url)
    );
    if let Some(story) = history::story(checks) {
        let state = if checks.last().is_some_and(history::Check::up) {
            "up"
        } else {
            "down"
        };
        println!(
            "{state} since {} ({} checks in a row; {} changes in {} checks)",
            story.since, story.streak, story.changes, story.checks
        );
    }
    Ok(0)
}
