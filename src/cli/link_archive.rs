//! `check-links --archive save`: every live URL without a recent snapshot
//! is captured with Save Page Now, a few jobs at a time; the library's own
//! snapshot dates say which are recent.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, Result};

use super::check_links::archive_date;
use crate::library::Library;
use crate::links::history;
use crate::links::http::HttpFetcher;
use crate::links::spn::{SaveOptions, Saved, save};
use crate::links::{LinkResult, Status};

/// How captures are asked for.
pub struct SavePlan {
    /// A snapshot younger than this is recent enough.
    pub max_age: Duration,
    /// Time between two polls of a job.
    pub poll: Duration,
    pub timeout: Duration,
    /// Captures at once; `None` picks by whether a key is given.
    pub jobs: Option<u16>,
    pub allow_private: bool,
}

/// Each live URL whose newest known snapshot (the entry's `archivedate`,
/// or the one the archive reported) is older than `max_age` is captured.
/// Up to `jobs` captures run at once; once the service rate-limits beyond
/// what a job waits, no new capture starts (those running finish).
pub fn save_pages(
    plan: &SavePlan,
    results: &mut [LinkResult],
    known: &HashMap<String, String>,
    wayback: &url::Url,
) -> Result<()> {
    let now = history::seconds(&crate::links::now_rfc3339()).unwrap_or(0);
    let fresh = |date: &str| {
        let date = if date.len() == 10 {
            format!("{date}T00:00:00Z")
        } else {
            date.to_string()
        };
        history::seconds(&date).is_some_and(|t| now.saturating_sub(t) < plan.max_age.as_secs())
    };
    let stamp_date = |stamp: &str| archive_date(stamp).unwrap_or_default();
    let wanted: Vec<usize> = results
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.status, Status::Alive | Status::Redirected))
        .filter(|(_, r)| !known.get(&r.url).is_some_and(|d| fresh(d)))
        .filter(|(_, r)| {
            !r.archive
                .as_ref()
                .is_some_and(|a| fresh(&stamp_date(&a.timestamp)))
        })
        .map(|(i, _)| i)
        .collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let base = url::Url::parse(
        &wayback
            .as_str()
            .replace("://archive.org", "://web.archive.org"),
    )
    .unwrap_or_else(|_| wayback.clone());
    let options = SaveOptions {
        base,
        key: std::env::var("REFMAN_SPN_KEY")
            .ok()
            .filter(|k| k.contains(':')),
        poll: plan.poll,
        max_wait: Duration::from_secs(120),
        timeout: plan.timeout,
    };
    // Anonymous captures are the service's scarcest; an account allows a
    // few at once.
    let jobs = usize::from(
        plan.jobs
            .unwrap_or(if options.key.is_some() { 3 } else { 1 }),
    );
    let api = HttpFetcher::new(options.timeout, jobs, plan.allow_private)
        .map_err(|e| anyhow::anyhow!("cannot start the HTTP client: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let (api, options) = (Arc::new(api), Arc::new(options));
    let stopped = Arc::new(AtomicBool::new(false));
    let mut queue = wanted.into_iter();
    let (mut saved, mut failed) = (0, 0);
    runtime.block_on(async {
        let mut running = tokio::task::JoinSet::new();
        loop {
            while running.len() < jobs && !stopped.load(Ordering::Relaxed) {
                let Some(i) = queue.next() else { break };
                let (api, options, url) = (api.clone(), options.clone(), results[i].url.clone());
                running.spawn(async move { (i, save(&*api, &options, &url).await) });
            }
            let Some(done) = running.join_next().await else {
                break;
            };
            let Ok((i, outcome)) = done else {
                failed += 1;
                continue;
            };
            match outcome {
                Saved::Done(archive) => {
                    results[i].archive = Some(archive);
                    saved += 1;
                }
                Saved::Failed(why) => {
                    failed += 1;
                    results[i].message = format!("{} (not archived: {why})", results[i].message)
                        .trim()
                        .to_string();
                }
                Saved::RateLimited(why) => {
                    if !stopped.swap(true, Ordering::Relaxed) {
                        eprintln!("warning: {why}; no further captures are started");
                    }
                    failed += 1;
                }
            }
        }
    });
    let skipped = queue.len();
    if skipped > 0 {
        eprintln!("Save Page Now: {saved} captured, {failed} not, {skipped} not tried");
    } else {
        eprintln!("Save Page Now: {saved} captured, {failed} not");
    }
    Ok(())
}

/// The newest snapshot date the library knows per URL.
pub fn known_snapshots(library_dir: &Path) -> HashMap<String, String> {
    let Ok(library) = Library::open(library_dir) else {
        return HashMap::new();
    };
    library
        .entries()
        .filter_map(|e| {
            let url = e.text("url")?;
            let date = e
                .date_field("archivedate")
                .map(|d| d.to_string())
                .or_else(|| {
                    let ((y, m, d), _) = crate::archives::wayback_parts(&e.text("archiveurl")?)?;
                    Some(format!("{y:04}-{m:02}-{d:02}"))
                })?;
            Some((url, date))
        })
        .collect()
}
