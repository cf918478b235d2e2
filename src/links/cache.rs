//! Results of earlier runs, so that checking an unchanged library again is
//! near-instant: successes are reused for a day, failures for an hour (a
//! failure is more likely to be transient). The cache is data; `cli/` reads
//! and writes its file (`links.json` in refman's cache folder).

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{LinkResult, Status};

pub const SUCCESS_TTL: Duration = Duration::from_secs(24 * 3600);
pub const FAILURE_TTL: Duration = Duration::from_secs(3600);

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct LinkCache {
    entries: HashMap<String, Cached>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cached {
    /// Seconds since the Unix epoch.
    at: u64,
    result: LinkResult,
}

impl LinkCache {
    /// A cache read back; empty when the text is not one.
    pub fn from_json(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A result still fresh for `url`: successes for `ttl`, failures for
    /// the shorter of `ttl` and [`FAILURE_TTL`].
    pub fn fresh(&self, url: &str, ttl: Duration) -> Option<LinkResult> {
        let cached = self.entries.get(url)?;
        let ok = matches!(cached.result.status, Status::Alive | Status::Redirected);
        let ttl = if ok { ttl } else { ttl.min(FAILURE_TTL) };
        let age = now_secs().saturating_sub(cached.at);
        (age < ttl.as_secs()).then(|| LinkResult {
            cached: true,
            ..cached.result.clone()
        })
    }

    /// Every cached result, however old.
    pub fn results(&self) -> impl Iterator<Item = &LinkResult> {
        self.entries.values().map(|c| &c.result)
    }

    pub fn put(&mut self, result: &LinkResult) {
        if result.cached {
            return;
        }
        self.entries.insert(
            result.url.clone(),
            Cached {
                at: now_secs(),
                result: result.clone(),
            },
        );
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
