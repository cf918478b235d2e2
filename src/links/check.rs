//! The checker: each URL followed hop by hop (to see loops, redirects to a
//! site's root and redirects into private addresses), retried where a retry
//! can change the answer, its page read for soft 404s, drift and text
//! fragments, and looked up in the Wayback Machine when it failed.
//!
//! Politeness: at most `concurrency` requests in flight, at most `per_host`
//! to one host. A request waits for its host's permit before it takes a
//! global one, so URLs of a slow host never hold up the others; waits for
//! Retry-After hold no permit at all.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

use super::address::private_address;
use super::fetch::{FetchError, FetchRequest, FetchResponse, Fetcher, TransportError};
use super::page::{analyse, fragment_on_page, text_directive, title_matches};
use super::{ArchiveMode, Hop, LinkResult, Options, Status, Target, now_rfc3339};

/// How long a host permit stays taken after a connection was abandoned
/// (a body past the cap, a timeout).
const ABANDON_GRACE: Duration = Duration::from_millis(300);

pub struct Checker<F: Fetcher> {
    fetcher: F,
    options: Options,
    global: Semaphore,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

/// A host's request limit and its rate-limit state.
struct Host {
    permits: Semaphore,
    throttle: Mutex<Throttle>,
    /// Retries to this host so far in the run.
    retries: std::sync::atomic::AtomicU32,
}

impl Host {
    /// Books one retry against the host's budget; false when it is spent.
    fn take_retry(&self, options: &Options) -> bool {
        use std::sync::atomic::Ordering;
        self.retries
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < options.max_host_retries).then_some(n + 1)
            })
            .is_ok()
    }
}

/// When a host rate-limits several URLs at once, its requests are paced
/// at the rate it was seen to accept, instead of every URL hitting it
/// again. (A single URL's 429 only delays that URL.)
#[derive(Default)]
struct Throttle {
    /// Time between two requests to the host, once it rate-limits.
    interval: Option<Duration>,
    next_slot: Option<Instant>,
    /// Recent answers that were not rate limits.
    accepted: std::collections::VecDeque<Instant>,
    /// The last URL that got a 429 or 503 with Retry-After, and when.
    last_limited: Option<(String, Instant)>,
}

impl Throttle {
    /// When the next request may go; books that slot.
    fn slot(&mut self, now: Instant) -> Option<Instant> {
        let interval = self.interval?;
        let slot = self.next_slot.map_or(now, |n| n.max(now));
        self.next_slot = Some(slot + interval);
        Some(slot)
    }

    fn record(&mut self, url: &str, limited: bool, now: Instant) {
        while self
            .accepted
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(1))
        {
            self.accepted.pop_front();
        }
        if !limited {
            self.accepted.push_back(now);
            return;
        }
        let host_wide = self.last_limited.as_ref().is_some_and(|(last, at)| {
            last != url && now.duration_since(*at) < Duration::from_secs(2)
        });
        if host_wide {
            // What the host accepted over the last second is its rate.
            let rate = self.accepted.len().max(1) as u32;
            let interval = Duration::from_secs(1) / rate;
            self.interval = Some(self.interval.map_or(interval, |i| i.max(interval)));
        }
        self.last_limited = Some((url.to_string(), now));
    }
}

/// What one request asks for beyond the URL.
struct Ask<'a> {
    accept: Option<&'a str>,
    body_cap: usize,
    /// Memento's `Accept-Datetime`, for a TimeGate.
    accept_datetime: Option<&'a str>,
}

impl Ask<'_> {
    fn page(options: &Options) -> Self {
        Ask {
            accept: None,
            body_cap: options.body_cap,
            accept_datetime: None,
        }
    }
}

/// A final answer fetched with [`Checker::get`].
#[derive(Debug, Clone)]
pub struct Document {
    /// The address after redirects.
    pub url: String,
    pub status: u16,
    pub content_type: Option<String>,
    /// The capture time an archive gave its copy (`Memento-Datetime`).
    pub memento_datetime: Option<String>,
    pub body: Vec<u8>,
    /// Whether the body was longer than the cap.
    pub truncated: bool,
}

/// Where a request chain ended.
enum Outcome {
    /// A final (non-redirect) answer.
    Answer(FetchResponse),
    /// Ended without one.
    Verdict(Status, &'static str, String),
}

impl<F: Fetcher> Checker<F> {
    pub fn new(fetcher: F, options: Options) -> Arc<Self> {
        Arc::new(Checker {
            global: Semaphore::new(options.concurrency.max(1)),
            fetcher,
            options,
            hosts: Mutex::new(HashMap::new()),
        })
    }

    /// Checks every target concurrently; results come back in target order.
    /// `done` is called as each finishes (for a progress bar).
    pub async fn check_all(
        self: &Arc<Self>,
        targets: Vec<Target>,
        done: impl Fn(&LinkResult) + Send + Sync + 'static,
    ) -> Vec<LinkResult> {
        let done = Arc::new(done);
        let mut tasks = tokio::task::JoinSet::new();
        for (i, target) in targets.into_iter().enumerate() {
            let checker = Arc::clone(self);
            let done = Arc::clone(&done);
            tasks.spawn(async move {
                let result = checker.check(&target).await;
                done(&result);
                (i, result)
            });
        }
        let mut results: Vec<Option<LinkResult>> = vec![None; tasks.len()];
        while let Some(joined) = tasks.join_next().await {
            if let Ok((i, result)) = joined {
                results[i] = Some(result);
            }
        }
        results.into_iter().flatten().collect()
    }

    /// Checks one URL.
    pub async fn check(&self, target: &Target) -> LinkResult {
        let started = Instant::now();
        let mut result = LinkResult {
            url: target.url.clone(),
            keys: target.keys.clone(),
            status: Status::Error,
            reason: String::new(),
            http_status: None,
            final_url: None,
            redirects: Vec::new(),
            title: None,
            drift: None,
            fragment_found: None,
            archive: None,
            elapsed_ms: 0,
            checked_at: now_rfc3339(),
            message: String::new(),
            cached: false,
            since: None,
        };
        let parsed = match malformed(target.url.trim()) {
            Some(why) => Err(why.to_string()),
            None => url::Url::parse(target.url.trim()).map_err(|e| e.to_string()),
        };
        match parsed {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {
                self.follow(url, target, &mut result).await;
            }
            Ok(url) => {
                set(
                    &mut result,
                    Status::Skipped,
                    "unsupported-scheme",
                    format!("only http and https are checked, not {}:", url.scheme()),
                );
            }
            Err(e) => set(&mut result, Status::Error, "invalid-url", e),
        }
        let wants_archive = match self.options.archive {
            ArchiveMode::Off => false,
            ArchiveMode::All => true,
            ArchiveMode::Failed => {
                matches!(
                    result.status,
                    Status::Broken | Status::Timeout | Status::Error
                ) || result.drift == Some(true)
            }
        };
        if wants_archive {
            result.archive = self.archive(target).await;
        }
        result.elapsed_ms = started.elapsed().as_millis() as u64;
        result
    }

    async fn follow(&self, original: url::Url, target: &Target, result: &mut LinkResult) {
        let mut url = original.clone();
        url.set_fragment(None);
        let mut seen: HashSet<String> = HashSet::new();
        let mut permanent = false;
        let answer = loop {
            if !self.options.allow_private
                && let Some(ip) = self.private_address(&url).await
            {
                let via = if result.redirects.is_empty() {
                    ""
                } else {
                    "a redirect to "
                };
                break Outcome::Verdict(
                    Status::Skipped,
                    "private-address",
                    format!(
                        "{via}{} ({ip}) is not a public address; --allow-private checks it",
                        url.host_str().unwrap_or("")
                    ),
                );
            }
            seen.insert(url.to_string());
            let response = match self.fetch(&url).await {
                Ok(r) => r,
                Err(e) => {
                    let status = if e.kind == TransportError::Timeout {
                        Status::Timeout
                    } else {
                        Status::Error
                    };
                    break Outcome::Verdict(status, e.kind.reason(), e.message);
                }
            };
            let next = match (&response.location, response.status) {
                (Some(location), 301 | 302 | 303 | 307 | 308) => url.join(location).ok(),
                _ => None,
            };
            let Some(next) = next else {
                break Outcome::Answer(response);
            };
            permanent |= matches!(response.status, 301 | 308);
            result.redirects.push(Hop {
                url: url.to_string(),
                status: response.status,
            });
            result.final_url = Some(next.to_string());
            if seen.contains(next.as_str()) {
                break Outcome::Verdict(
                    Status::Broken,
                    "redirect-loop",
                    format!("{next} redirects back to an earlier URL"),
                );
            }
            if result.redirects.len() >= self.options.max_redirects {
                break Outcome::Verdict(
                    Status::Broken,
                    "too-many-redirects",
                    format!("more than {} redirects", self.options.max_redirects),
                );
            }
            url = next;
        };
        let response = match answer {
            Outcome::Verdict(status, reason, message) => {
                set(result, status, reason, message);
                return;
            }
            Outcome::Answer(response) => response,
        };
        result.http_status = Some(response.status);
        let redirected = !result.redirects.is_empty();
        let (status, reason, message): (Status, &str, String) = match response.status {
            200..=299 => {
                let page = analyse(&response.body, response.content_type.as_deref());
                result.title.clone_from(&page.title);
                if let Some(title) = &page.title
                    && !target.titles.is_empty()
                {
                    result.drift = Some(!title_matches(title, &target.titles));
                }
                if let Some(directive) = original.fragment().and_then(text_directive) {
                    let found = fragment_on_page(&page.text, &directive);
                    result.fragment_found =
                        match (found, page.text.is_empty() || response.truncated) {
                            (true, _) => Some(true),
                            (false, true) => None,
                            (false, false) => Some(false),
                        };
                }
                if page.soft_404 {
                    (
                        Status::Broken,
                        "soft-404",
                        format!("the page says: {}", page.title.unwrap_or_default()),
                    )
                } else if redirected && is_root(&url) && !is_root(&original) {
                    (
                        Status::Broken,
                        "redirect-to-root",
                        format!("redirected to the site's home page {url}"),
                    )
                } else if redirected && permanent {
                    (
                        Status::Redirected,
                        "redirect-permanent",
                        format!("moved permanently to {url}: update the citation"),
                    )
                } else if redirected {
                    (
                        Status::Redirected,
                        "redirect-temporary",
                        format!("temporarily redirected to {url}"),
                    )
                } else {
                    (Status::Alive, "ok", String::new())
                }
            }
            403 => (
                Status::Error,
                "bot-blocked",
                "403 even to a browser User-Agent: the page may exist behind bot protection"
                    .to_string(),
            ),
            429 => (
                Status::Error,
                "rate-limited",
                "still 429 Too Many Requests after waiting".to_string(),
            ),
            404 => (Status::Broken, "http-404", "404 Not Found".to_string()),
            410 => (
                Status::Broken,
                "http-410",
                "410 Gone: removed for good".to_string(),
            ),
            500..=599 => (
                Status::Broken,
                "server-error",
                format!(
                    "HTTP {} after {} retries",
                    response.status, self.options.retries
                ),
            ),
            code => (Status::Broken, http_reason(code), format!("HTTP {code}")),
        };
        if !matches!(status, Status::Alive | Status::Redirected) {
            // A "not found" page or a home page is not the work: no drift to speak of.
            result.drift = None;
        }
        set(result, status, reason, message);
    }

    /// One request with the retries that can change its answer: a browser
    /// User-Agent after a 403 (or a 429 without Retry-After), Retry-After
    /// waits after 429 and 503, backoff after other 5xx and transient
    /// transport errors. Timeouts are not retried: a hanging server would
    /// cost the timeout again.
    ///
    /// Whatever a server answers, the retries are bounded: at most
    /// `max_attempts` requests for the URL, `max_host_retries` retries to its
    /// host over the run, every wait at least `min_retry_delay`, and all of
    /// the URL's waits within `max_total_wait`.
    async fn fetch(&self, url: &url::Url) -> Result<FetchResponse, FetchError> {
        self.fetch_as(url, &Ask::page(&self.options)).await
    }

    async fn fetch_as(&self, url: &url::Url, ask: &Ask<'_>) -> Result<FetchResponse, FetchError> {
        let mut user_agent = self.options.user_agent.as_str();
        let mut retries = 0;
        let mut attempts = 0;
        let mut waited = Duration::ZERO;
        let host = self.host(url);
        loop {
            let response = self.request(url, user_agent, ask).await;
            attempts += 1;
            if attempts >= self.options.max_attempts.max(1) {
                return response;
            }
            let wait = match &response {
                Ok(r)
                    if matches!(r.status, 403 | 429)
                        && r.retry_after.is_none()
                        && user_agent != self.options.browser_user_agent =>
                {
                    // A second User-Agent is a different request, not a retry.
                    user_agent = &self.options.browser_user_agent;
                    continue;
                }
                Ok(r) if matches!(r.status, 429 | 503) && r.retry_after.is_some() => {
                    let asked =
                        retry_after(r.retry_after.as_deref()).unwrap_or(Duration::from_secs(1));
                    asked.min(self.options.max_retry_after)
                }
                Ok(r) if r.status >= 500 && retries < self.options.retries => {
                    retries += 1;
                    backoff(retries)
                }
                Err(e) if e.kind == TransportError::Other && retries < self.options.retries => {
                    retries += 1;
                    backoff(retries)
                }
                _ => return response,
            };
            let wait = wait.max(self.options.min_retry_delay);
            if waited + wait > self.options.max_total_wait || !host.take_retry(&self.options) {
                return response;
            }
            waited += wait;
            tokio::time::sleep(wait).await;
        }
    }

    /// One request under the host's and the global limit.
    async fn request(
        &self,
        url: &url::Url,
        user_agent: &str,
        ask: &Ask<'_>,
    ) -> Result<FetchResponse, FetchError> {
        let host = self.host(url);
        let _host = host.permits.acquire().await;
        let slot = lock(&host.throttle).slot(Instant::now());
        if let Some(slot) = slot {
            tokio::time::sleep_until(slot.into()).await;
        }
        let _global = self.global.acquire().await;
        let response = self
            .fetcher
            .get(FetchRequest {
                url: url.clone(),
                user_agent: user_agent.to_string(),
                body_cap: ask.body_cap,
                timeout: self.options.timeout,
                accept: ask.accept.map(str::to_string),
                accept_datetime: ask.accept_datetime.map(str::to_string),
            })
            .await;
        if let Ok(r) = &response {
            let limited = matches!(r.status, 429 | 503) && r.retry_after.is_some();
            lock(&host.throttle).record(url.as_str(), limited, Instant::now());
        }
        let abandoned = match &response {
            Ok(r) => r.truncated,
            Err(e) => e.kind == TransportError::Timeout,
        };
        if abandoned {
            // The server may need a moment to notice a connection we walked
            // away from; until then it still counts against the host.
            tokio::time::sleep(ABANDON_GRACE).await;
        }
        response
    }

    /// A document for another command (`verify`): `address` followed
    /// through redirects under the checker's rules (private addresses,
    /// per-host limits, retries, Retry-After), with its own `Accept` header
    /// and body cap. Any final answer is returned, 404 included; an error
    /// is a reason code (as [`LinkResult::reason`]) and a message.
    pub async fn get(
        &self,
        address: &str,
        accept: Option<&str>,
        body_cap: usize,
    ) -> Result<Document, (&'static str, String)> {
        let ask = Ask {
            accept,
            body_cap,
            accept_datetime: None,
        };
        self.get_with(address, ask).await
    }

    /// [`Checker::get`] with every header of `ask`.
    async fn get_with(
        &self,
        address: &str,
        ask: Ask<'_>,
    ) -> Result<Document, (&'static str, String)> {
        if let Some(why) = malformed(address.trim()) {
            return Err(("invalid-url", why.to_string()));
        }
        let mut url =
            url::Url::parse(address.trim()).map_err(|e| ("invalid-url", e.to_string()))?;
        let mut hops = 0;
        loop {
            if !matches!(url.scheme(), "http" | "https") {
                return Err((
                    "unsupported-scheme",
                    format!("only http and https are fetched, not {}:", url.scheme()),
                ));
            }
            url.set_fragment(None);
            if !self.options.allow_private
                && let Some(ip) = self.private_address(&url).await
            {
                return Err((
                    "private-address",
                    format!(
                        "{} ({ip}) is not a public address; --allow-private fetches it",
                        url.host_str().unwrap_or_default()
                    ),
                ));
            }
            let response = self
                .fetch_as(&url, &ask)
                .await
                .map_err(|e| (e.kind.reason(), e.message))?;
            if let (Some(location), 301 | 302 | 303 | 307 | 308) =
                (&response.location, response.status)
            {
                hops += 1;
                if hops > self.options.max_redirects {
                    return Err((
                        "too-many-redirects",
                        format!("more than {} redirects", self.options.max_redirects),
                    ));
                }
                url = url.join(location).map_err(|e| {
                    (
                        "invalid-url",
                        format!("a redirect to an invalid address ({e})"),
                    )
                })?;
                continue;
            }
            return Ok(Document {
                url: url.to_string(),
                status: response.status,
                content_type: response.content_type,
                memento_datetime: response.memento_datetime,
                body: response.body,
                truncated: response.truncated,
            });
        }
    }

    fn host(&self, url: &url::Url) -> Arc<Host> {
        let key = format!(
            "{}:{}",
            url.host_str().unwrap_or(""),
            url.port_or_known_default().unwrap_or(0)
        );
        let mut hosts = lock(&self.hosts);
        Arc::clone(hosts.entry(key).or_insert_with(|| {
            Arc::new(Host {
                permits: Semaphore::new(self.options.per_host.max(1)),
                throttle: Mutex::new(Throttle::default()),
                retries: std::sync::atomic::AtomicU32::new(0),
            })
        }))
    }

    /// The private address a URL's host is (or resolves to), if any.
    async fn private_address(&self, url: &url::Url) -> Option<IpAddr> {
        private_address(&self.fetcher, url).await
    }
}

/// A lock that survives a panicked holder (the data is plain state).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn set(result: &mut LinkResult, status: Status, reason: &str, message: String) {
    result.status = status;
    result.reason = reason.to_string();
    result.message = message;
}

fn http_reason(code: u16) -> &'static str {
    match code {
        400 => "http-400",
        401 => "http-401",
        405 => "http-405",
        406 => "http-406",
        451 => "http-451",
        300..=399 => "redirect-without-location",
        _ => "http-error",
    }
}

fn is_root(url: &url::Url) -> bool {
    matches!(url.path(), "" | "/") && url.query().is_none()
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250 * 2u64.pow(attempt.saturating_sub(1).min(5)))
}

/// `Retry-After`: seconds, or an HTTP date.
fn retry_after(value: Option<&str>) -> Option<Duration> {
    let value = value?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Why a cited address cannot be a URL as written, though a URL parser
/// would take it: text copied with it (Markdown link debris `…pdf](https://…`,
/// a closing `>` or quote, blanks), never requested.
fn malformed(url: &str) -> Option<&'static str> {
    if url.contains("](") || url.contains(")[") {
        return Some("the address holds Markdown link text (`](`); cite the link target alone");
    }
    if url.contains(char::is_whitespace) {
        return Some("the address holds a blank");
    }
    if url.contains(['<', '>', '"', '\\', '`']) {
        return Some("the address holds a character that URLs never contain unescaped");
    }
    if url.matches("://").count() > 1 && !url.contains("/http") {
        return Some("two addresses run together");
    }
    None
}

#[path = "check_archive.rs"]
mod archived;

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
