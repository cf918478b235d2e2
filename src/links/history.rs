//! Every link check remembered: one JSON line per check in the library's
//! `links.history.jsonl` (appended by `check-links`, shared through git,
//! where lines from two machines merge as a union). From a URL's lines:
//! since when it has been in its current state, whether it alternates
//! (`flaky`), and whether it has failed long enough to call it dead
//! (`--dead-after`). Pure: the caller reads and appends the file.

use std::collections::HashMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{LinkResult, Status};

/// One check. Field names are the file's stable format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub url: String,
    /// RFC 3339, UTC.
    pub time: String,
    pub status: Status,
    pub reason: String,
    #[serde(default)]
    pub http_status: Option<u16>,
    /// A hash of the page title, to see a page change under one URL.
    #[serde(default)]
    pub title_hash: Option<String>,
}

impl Check {
    pub fn of(result: &LinkResult) -> Self {
        Check {
            url: result.url.clone(),
            time: result.checked_at.clone(),
            status: result.status,
            reason: result.reason.clone(),
            http_status: result.http_status,
            title_hash: result.title.as_deref().map(title_hash),
        }
    }

    /// Whether the check found the page answering.
    pub fn up(&self) -> bool {
        matches!(self.status, Status::Alive | Status::Redirected)
    }
}

/// FNV-1a of the title, as 16 hex digits: stable across versions.
fn title_hash(title: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in title.trim().as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The file's lines as checks by URL, oldest first; lines that are not
/// checks (a merge conflict marker, a truncated line) are skipped and
/// counted.
pub fn read(text: &str) -> (HashMap<String, Vec<Check>>, usize) {
    let mut by_url: HashMap<String, Vec<Check>> = HashMap::new();
    let mut skipped = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match serde_json::from_str::<Check>(line) {
            Ok(check) => by_url.entry(check.url.clone()).or_default().push(check),
            Err(_) => skipped += 1,
        }
    }
    for checks in by_url.values_mut() {
        checks.sort_by(|a, b| a.time.cmp(&b.time));
        checks.dedup();
    }
    (by_url, skipped)
}

/// Lines to append for a run's fresh results (cached ones were checked
/// before and are already in the history).
pub fn lines(results: &[LinkResult]) -> String {
    let mut out = String::new();
    for r in results.iter().filter(|r| !r.cached) {
        if let Ok(line) = serde_json::to_string(&Check::of(r)) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// When a link counts as dead: failing for a time, or for a number of checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadAfter {
    Time(Duration),
    Checks(usize),
}

/// `3d`, `12h`, `2w`, `90m` or a count of checks (`3`).
pub fn parse_dead_after(text: &str) -> Result<DeadAfter, String> {
    let t = text.trim();
    if let Ok(n) = t.parse::<usize>() {
        return if n >= 1 {
            Ok(DeadAfter::Checks(n))
        } else {
            Err("at least 1 check".into())
        };
    }
    let (number, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (3d, 12h, 2w) or a count"))?;
    let secs = match unit {
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(format!("`{text}`: the unit is m, h, d or w")),
    };
    Ok(DeadAfter::Time(Duration::from_secs(n * secs)))
}

/// A URL's story, as the report gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    /// When the current state (up or down) began: the first check of the
    /// latest run of checks in that state.
    pub since: String,
    /// Checks in the current state, in a row.
    pub streak: usize,
    /// Changes between up and down over the history.
    pub changes: usize,
    pub checks: usize,
}

/// The story of a URL from its checks (oldest first, this run's included).
pub fn story(checks: &[Check]) -> Option<Story> {
    let last = checks.last()?;
    let up = last.up();
    let streak = checks.iter().rev().take_while(|c| c.up() == up).count();
    let since = checks[checks.len() - streak].time.clone();
    let changes = checks.windows(2).filter(|w| w[0].up() != w[1].up()).count();
    Some(Story {
        since,
        streak,
        changes,
        checks: checks.len(),
    })
}

/// Applies `--dead-after` to a failing result: `broken` (or its own
/// failure) only once it has been down long enough; `flaky` before that,
/// with the reason `alternating` when it came back up and went down again
/// in its history, `not-yet-dead` otherwise.
pub fn judge(result: &mut LinkResult, story: &Story, dead_after: DeadAfter, now_secs: u64) {
    if matches!(
        result.status,
        Status::Alive | Status::Redirected | Status::Skipped
    ) {
        return;
    }
    let dead = match dead_after {
        DeadAfter::Checks(n) => story.streak >= n,
        DeadAfter::Time(d) => {
            seconds(&story.since).is_some_and(|since| now_secs.saturating_sub(since) >= d.as_secs())
        }
    };
    if dead {
        result.message = format!("{} (down since {})", result.message, story.since)
            .trim_start_matches(' ')
            .to_string();
        return;
    }
    let reason = if story.changes >= 2 {
        "alternating"
    } else {
        "not-yet-dead"
    };
    result.message = format!(
        "{} ({}; down since {}, {} checks in a row)",
        result.reason, reason, story.since, story.streak
    );
    result.status = Status::Flaky;
    result.reason = reason.to_string();
}

/// Seconds since the Unix epoch of an RFC 3339 time.
pub fn seconds(time: &str) -> Option<u64> {
    humantime::parse_rfc3339_weak(time.trim())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(time: &str, status: Status) -> Check {
        Check {
            url: "https://x.org/a".into(),
            time: time.into(),
            status,
            reason: String::new(),
            http_status: None,
            title_hash: None,
        }
    }

    fn failing() -> LinkResult {
        LinkResult {
            url: "https://x.org/a".into(),
            keys: Vec::new(),
            status: Status::Broken,
            reason: "http-404".into(),
            http_status: Some(404),
            final_url: None,
            redirects: Vec::new(),
            title: None,
            drift: None,
            fragment_found: None,
            archive: None,
            elapsed_ms: 0,
            checked_at: "2026-11-30T00:00:00Z".into(),
            message: "404 Not Found".into(),
            cached: false,
            since: None,
        }
    }

    #[test]
    fn stories_and_dead_after() {
        let history = vec![
            check("2026-11-01T00:00:00Z", Status::Alive),
            check("2026-11-20T00:00:00Z", Status::Broken),
            check("2026-11-29T00:00:00Z", Status::Broken),
            check("2026-11-30T00:00:00Z", Status::Broken),
        ];
        let s = story(&history).expect("story");
        assert_eq!(s.since, "2026-11-20T00:00:00Z");
        assert_eq!((s.streak, s.changes, s.checks), (3, 1, 4));
        let now = seconds("2026-11-30T00:00:00Z").expect("time");
        let mut r = failing();
        judge(&mut r, &s, parse_dead_after("7d").expect("d"), now);
        assert_eq!(r.status, Status::Broken, "down for ten days and more");
        let mut r = failing();
        judge(&mut r, &s, parse_dead_after("4").expect("n"), now);
        assert_eq!(
            (r.status, r.reason.as_str()),
            (Status::Flaky, "not-yet-dead")
        );

        let alternating = vec![
            check("2026-11-27T00:00:00Z", Status::Broken),
            check("2026-11-28T00:00:00Z", Status::Alive),
            check("2026-11-29T00:00:00Z", Status::Broken),
        ];
        let mut r = failing();
        judge(
            &mut r,
            &story(&alternating).expect("story"),
            DeadAfter::Checks(3),
            now,
        );
        assert_eq!(
            (r.status, r.reason.as_str()),
            (Status::Flaky, "alternating")
        );
        assert!(parse_dead_after("3x").is_err() && parse_dead_after("0").is_err());
    }

    #[test]
    fn the_file_reads_back_and_skips_debris() {
        let mut r = failing();
        r.title = Some("Not found".into());
        let text = format!("{}<<<<<<< HEAD\n{{\"url\": 3}}\n", lines(&[r.clone()]));
        let (by_url, skipped) = read(&text);
        assert_eq!(skipped, 2);
        assert_eq!(by_url["https://x.org/a"][0].http_status, Some(404));
        r.cached = true;
        assert!(lines(&[r]).is_empty(), "a cached result is not a new check");
    }
}
