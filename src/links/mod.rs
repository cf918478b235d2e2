//! `refman check-links`: does each cited URL still lead to the cited work,
//! and if not, where is an archived copy?
//!
//! A link's outcome is data ([`LinkResult`]: a [`Status`] and a reason),
//! never an error. The checker logic (`check.rs`) talks to the network only
//! through the [`Fetcher`] trait, so it is tested with a fake; the reqwest
//! implementation lives in `http.rs`. Page reading (title, soft 404, drift,
//! text fragments, charsets) is pure (`page.rs`).

pub mod address;
pub mod archive;
pub mod cache;
mod check;
pub mod download;
pub mod fetch;
pub mod history;
pub mod http;
pub mod memento;
pub mod page;
pub mod spn;

use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use check::{Checker, Document};
pub use fetch::Fetcher;

/// The verdict on one URL; the serialised names are a stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Broken,
    Timeout,
    Error,
    /// Failing, but not for long enough to call it dead (`--dead-after`),
    /// or alternating between up and down.
    Flaky,
    Redirected,
    Skipped,
    Alive,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Broken,
        Status::Timeout,
        Status::Error,
        Status::Flaky,
        Status::Redirected,
        Status::Skipped,
        Status::Alive,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Alive => "alive",
            Status::Redirected => "redirected",
            Status::Broken => "broken",
            Status::Timeout => "timeout",
            Status::Error => "error",
            Status::Flaky => "flaky",
            Status::Skipped => "skipped",
        }
    }
}

/// One redirect hop: the URL that answered and its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hop {
    pub url: String,
    pub status: u16,
}

/// An archived copy, as the Wayback availability API names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archive {
    pub url: String,
    pub timestamp: String,
}

/// The outcome for one cited URL. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkResult {
    pub url: String,
    pub keys: Vec<String>,
    pub status: Status,
    /// Why: `ok`, `http-404`, `soft-404`, `redirect-to-root`, `bot-blocked`, …
    pub reason: String,
    pub http_status: Option<u16>,
    pub final_url: Option<String>,
    pub redirects: Vec<Hop>,
    pub title: Option<String>,
    /// The page title no longer names the cited work; `None` when either is unknown.
    pub drift: Option<bool>,
    /// Whether the `#:~:text=` quote is on the page; `None` without one.
    pub fragment_found: Option<bool>,
    pub archive: Option<Archive>,
    pub elapsed_ms: u64,
    /// RFC 3339, UTC.
    pub checked_at: String,
    pub message: String,
    /// Whether the result came from the cache of an earlier run.
    #[serde(default)]
    pub cached: bool,
    /// Since when the URL has been in its current state (up or down), from
    /// the library's check history; `None` without history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// A URL to check and what the library says about it.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub url: String,
    /// Citation keys of the entries citing it.
    pub keys: Vec<String>,
    /// The cited title and its translation, for drift.
    pub titles: Vec<String>,
    /// `urldate` or `date` (YYYY[-MM[-DD]]), for the closest snapshot.
    pub date: Option<String>,
}

/// Which URLs get an archive lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveMode {
    Off,
    /// Broken, timed out, failed, blocked or drifted URLs.
    Failed,
    All,
}

/// How the checker behaves; [`Options::default`] holds the documented defaults.
#[derive(Debug, Clone)]
pub struct Options {
    /// Requests in flight overall.
    pub concurrency: usize,
    /// Requests in flight per host (`host:port`).
    pub per_host: usize,
    pub timeout: Duration,
    /// Retries of 5xx answers and transient transport errors (not timeouts).
    pub retries: u32,
    pub user_agent: String,
    /// Sent once when the first answer is 403 (or 429 without Retry-After).
    pub browser_user_agent: String,
    pub allow_private: bool,
    pub archive: ArchiveMode,
    /// Base of the Wayback Machine API (`https://archive.org`).
    pub wayback_url: url::Url,
    /// Memento TimeMap bases asked first, in order (the URL is appended);
    /// the availability API is the fallback.
    pub timemaps: Vec<url::Url>,
    /// Memento TimeGate bases (the URL is appended), asked with the cited
    /// date as `Accept-Datetime` after the TimeMaps.
    pub timegates: Vec<url::Url>,
    /// Bytes of a body read at most.
    pub body_cap: usize,
    pub max_redirects: usize,
    /// Longest wait for one Retry-After, and for all of one URL's waits.
    pub max_retry_after: Duration,
    pub max_total_wait: Duration,
    /// Shortest wait before any retry, whatever a server asks
    /// (`Retry-After: 0` included).
    pub min_retry_delay: Duration,
    /// Requests for one URL at most, the first one and every retry.
    pub max_attempts: u32,
    /// Retries to one host at most over a whole run: a host that keeps
    /// failing gets no more than this, however many URLs it has.
    pub max_host_retries: u32,
}

/// Enough for the `<title>`, a heading and a quoted passage of most pages.
pub const BODY_CAP: usize = 256 * 1024;

impl Default for Options {
    fn default() -> Self {
        Options {
            concurrency: 32,
            per_host: 4,
            timeout: Duration::from_secs(10),
            retries: 2,
            user_agent: format!(
                "refman/{} (citation link checker)",
                env!("CARGO_PKG_VERSION")
            ),
            browser_user_agent:
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0".to_string(),
            allow_private: false,
            archive: ArchiveMode::Off,
            wayback_url: url::Url::parse("https://archive.org").expect("static URL"),
            timemaps: Vec::new(),
            timegates: Vec::new(),
            body_cap: BODY_CAP,
            max_redirects: 10,
            max_retry_after: Duration::from_secs(10),
            max_total_wait: Duration::from_secs(30),
            min_retry_delay: Duration::from_secs(1),
            max_attempts: 5,
            max_host_retries: 50,
        }
    }
}

/// Counts by status, for the report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Summary {
    pub total: usize,
    pub alive: usize,
    pub redirected: usize,
    pub broken: usize,
    pub timeout: usize,
    pub error: usize,
    pub flaky: usize,
    pub skipped: usize,
    pub drift: usize,
    pub archived: usize,
    pub from_cache: usize,
    pub elapsed_ms: u64,
}

impl Summary {
    pub fn of(results: &[LinkResult], elapsed: Duration) -> Self {
        let mut s = Summary {
            total: results.len(),
            elapsed_ms: elapsed.as_millis() as u64,
            ..Summary::default()
        };
        for r in results {
            *match r.status {
                Status::Alive => &mut s.alive,
                Status::Redirected => &mut s.redirected,
                Status::Broken => &mut s.broken,
                Status::Timeout => &mut s.timeout,
                Status::Error => &mut s.error,
                Status::Flaky => &mut s.flaky,
                Status::Skipped => &mut s.skipped,
            } += 1;
            s.drift += usize::from(r.drift == Some(true));
            s.archived += usize::from(r.archive.is_some());
            s.from_cache += usize::from(r.cached);
        }
        s
    }
}

/// The shard (0-based, of `n`) a URL belongs to: by host (and port, as
/// the checker's per-host limits count them), so one host's URLs are all
/// in one shard and its limits hold across shards. Stable across runs and
/// machines (FNV-1a of the lower-cased `host:port`).
pub fn shard_of(url: &str, n: usize) -> usize {
    let host = url::Url::parse(url.trim())
        .ok()
        .and_then(|u| {
            let host = u.host_str()?.to_ascii_lowercase();
            Some(format!("{host}:{}", u.port_or_known_default().unwrap_or(0)))
        })
        .unwrap_or_default();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in host.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % n.max(1) as u64) as usize
}

/// Now as RFC 3339 in UTC, seconds precision.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}
