//! Finding an archived copy of a URL that failed: the capture closest to
//! the cited date among Memento TimeMaps and TimeGates, then the Wayback
//! Machine's direct `web/DATE/URL` form, then its availability API. A child
//! of `check`, so it asks through the checker's own politeness and safety
//! rules.

use super::{Ask, Checker, Fetcher, Target};
use crate::links::{Archive, archive, memento};

impl<F: Fetcher> Checker<F> {
    /// The capture closest to the cited date among every Memento TimeMap's,
    /// else the availability API's.
    pub(super) async fn archive(&self, target: &Target) -> Option<Archive> {
        let mut all = Vec::new();
        for base in &self.options.timemaps {
            let Some(query) = memento::timemap_url(base, &target.url) else {
                continue;
            };
            if let Ok(doc) = self
                .get(query.as_str(), Some("application/link-format"), TIMEMAP_CAP)
                .await
                && doc.status == 200
            {
                all.extend(memento::mementos(&String::from_utf8_lossy(&doc.body)));
            }
        }
        // TimeGates: each answers with its own capture closest to the
        // cited date (`Accept-Datetime`), the closest of those wins.
        let when = target.date.as_deref().and_then(memento::http_date);
        for base in &self.options.timegates {
            let Some(query) = memento::timemap_url(base, &target.url) else {
                continue;
            };
            let ask = Ask {
                accept: None,
                body_cap: 1024,
                accept_datetime: when.as_deref(),
            };
            if let Ok(doc) = self.get_with(query.as_str(), ask).await
                && (200..300).contains(&doc.status)
                && let Some(found) =
                    memento::from_memento(&doc.url, doc.memento_datetime.as_deref())
            {
                all.push(found);
            }
        }
        if let Some(found) = memento::closest(all, target.date.as_deref()) {
            return Some(found);
        }
        // The Wayback Machine's own direct form: `web/DATE/URL` redirects to
        // the capture nearest DATE.
        if let Some(found) = self.wayback_direct(target).await {
            return Some(found);
        }
        let query = archive::availability_url(
            &self.options.wayback_url,
            &target.url,
            target.date.as_deref(),
        );
        // The archive is a server like any other: not on a private address
        // unless asked.
        if !self.options.allow_private && self.private_address(&query).await.is_some() {
            return None;
        }
        let response = self.fetch(&query).await.ok()?;
        (response.status == 200)
            .then(|| archive::parse_availability(&response.body))
            .flatten()
    }

    async fn wayback_direct(&self, target: &Target) -> Option<Archive> {
        let web = self
            .options
            .wayback_url
            .as_str()
            .replace("://archive.org", "://web.archive.org");
        let stamp: String = target
            .date
            .as_deref()
            .unwrap_or("2")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let query = format!("{}/web/{stamp}/{}", web.trim_end_matches('/'), target.url);
        let doc = self.get(&query, None, 1024).await.ok()?;
        if !(200..300).contains(&doc.status) {
            return None;
        }
        // The capture's timestamp is in the address it redirected to.
        let timestamp = crate::archives::web_timestamp(&doc.url)?;
        Some(Archive {
            url: doc.url,
            timestamp,
        })
    }
}

/// A TimeMap is read up to this (a popular page has thousands of captures).
const TIMEMAP_CAP: usize = 4 * 1024 * 1024;
