//! The questions asked for each work, through the link checker (its
//! private-address rule, per-host limits, retries and Retry-After waits):
//! the cited page (and its archived copy when the page is gone), the DOI
//! resolver and Crossref's notices for a DOI, Open Library for an ISBN, and
//! a title search (OpenAlex, then Crossref) when no identifier settles it.
//! Answers are cached by request; failures never are.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::sources::{
    crossref_items, crossref_notices, crossref_work, doi_answer, from_meta, openalex_results,
    openlibrary_book,
};
use super::{Answer, Cited, Found, Lookup, Outcome, Retractions, Source, is_match, judge};
use crate::links::{Checker, Document, Fetcher};

/// A page is read whole up to this (a PDF's information dictionary is at
/// its end).
const PAGE_CAP: usize = 8 * 1024 * 1024;
/// An API answer is read up to this.
const API_CAP: usize = 2 * 1024 * 1024;
const CSL_JSON: &str = "application/vnd.citationstyles.csl+json";
const JSON: &str = "application/json";
/// How long a cached answer is reused.
pub const CACHE_TTL: Duration = Duration::from_secs(30 * 24 * 3600);

/// The services' base addresses (mirrors, or local servers in tests).
#[derive(Debug, Clone)]
pub struct Services {
    pub doi_resolver: url::Url,
    pub crossref: url::Url,
    pub openalex: url::Url,
    pub openlibrary: url::Url,
    /// Sent to OpenAlex and Crossref as `mailto` (their polite pools).
    pub mailto: Option<String>,
}

impl Default for Services {
    fn default() -> Self {
        let url = |s: &str| url::Url::parse(s).expect("static URL");
        Services {
            doi_resolver: url("https://doi.org/"),
            crossref: url("https://api.crossref.org/"),
            openalex: url("https://api.openalex.org/"),
            openlibrary: url("https://openlibrary.org/"),
            mailto: None,
        }
    }
}

/// Cached answers by request.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct LookupCache {
    entries: HashMap<String, (u64, Lookup)>,
}

impl LookupCache {
    pub fn from_json(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn fresh(&self, key: &str) -> Option<Lookup> {
        let (at, lookup) = self.entries.get(key)?;
        (now_secs().saturating_sub(*at) < CACHE_TTL.as_secs()).then(|| lookup.clone())
    }

    fn put(&mut self, key: String, lookup: &Lookup) {
        if !matches!(lookup.answer, Answer::Failed { .. }) {
            self.entries.insert(key, (now_secs(), lookup.clone()));
        }
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

pub struct Verifier<F: Fetcher> {
    checker: Arc<Checker<F>>,
    services: Services,
    retractions: Option<Retractions>,
    cache: Mutex<LookupCache>,
    /// Whether cached answers are used (they are stored either way).
    use_cache: bool,
    /// Questions asked of the network in this run.
    asked: std::sync::atomic::AtomicUsize,
}

impl<F: Fetcher> Verifier<F> {
    pub fn new(
        checker: Arc<Checker<F>>,
        services: Services,
        retractions: Option<Retractions>,
        cache: LookupCache,
        use_cache: bool,
    ) -> Arc<Self> {
        Arc::new(Verifier {
            checker,
            services,
            retractions,
            cache: Mutex::new(cache),
            use_cache,
            asked: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// The cache with this run's answers added.
    pub fn into_cache(self: Arc<Self>) -> LookupCache {
        match Arc::try_unwrap(self) {
            Ok(v) => v.cache.into_inner().unwrap_or_else(|p| p.into_inner()),
            Err(shared) => {
                let mut cache = lock(&shared.cache);
                std::mem::take(&mut *cache)
            }
        }
    }

    /// Requests sent over the network so far.
    pub fn requests(&self) -> usize {
        self.asked.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Every work concurrently (the checker's limits pace the hosts);
    /// outcomes in input order. `done` is called as each finishes.
    pub async fn verify_all(
        self: &Arc<Self>,
        works: Vec<Cited>,
        done: impl Fn(&Outcome) + Send + Sync + 'static,
    ) -> Vec<Outcome> {
        let done = Arc::new(done);
        let mut tasks = tokio::task::JoinSet::new();
        for (i, cited) in works.into_iter().enumerate() {
            let verifier = Arc::clone(self);
            let done = Arc::clone(&done);
            tasks.spawn(async move {
                let lookups = verifier.lookups(&cited).await;
                let outcome = judge(&cited, &lookups);
                done(&outcome);
                (i, outcome)
            });
        }
        let mut out: Vec<Option<Outcome>> = vec![None; tasks.len()];
        while let Some(joined) = tasks.join_next().await {
            if let Ok((i, outcome)) = joined {
                out[i] = Some(outcome);
            }
        }
        out.into_iter().flatten().collect()
    }

    /// The questions for one work and their answers.
    pub async fn lookups(&self, cited: &Cited) -> Vec<Lookup> {
        let mut out = Vec::new();
        if let Some(doi) = &cited.doi {
            out.extend(self.doi_lookups(doi).await);
        }
        if let Some(isbn) = &cited.isbn {
            out.push(self.openlibrary(isbn).await);
        }
        if let Some(url) = &cited.url {
            let page = self.page(url, Source::Page).await;
            let gone = !matches!(page.answer, Answer::Found { .. });
            out.push(page);
            if gone && let Some(archived) = &cited.archive_url {
                out.push(self.page(archived, Source::Archive).await);
            }
        }
        // A DOI the page itself names: its notices too.
        if cited.doi.is_none()
            && let Some(doi) = out.iter().find_map(|l| match &l.answer {
                Answer::Found { works } => works.iter().find_map(|w| w.doi.clone()),
                _ => None,
            })
        {
            out.extend(self.notices(&doi).await);
        }
        let settled = out.iter().any(|l| {
            !l.search
                && matches!(&l.answer, Answer::Found { works } if works.iter().any(|w| w.title.is_some()))
        });
        if !settled && cited.searchable() && (cited.scholarly() || cited.url.is_none()) {
            let first = self.openalex(cited).await;
            let found = matches!(&first.answer, Answer::Found { works }
                if works.iter().any(|w| is_match(cited, w, Source::Openalex)));
            out.push(first);
            if !found {
                out.push(self.crossref_search(cited).await);
            }
        }
        if let Some(retractions) = &self.retractions {
            let doi = cited.doi.clone().or_else(|| {
                out.iter().find_map(|l| match &l.answer {
                    Answer::Found { works } if !l.search => {
                        works.iter().find_map(|w| w.doi.clone())
                    }
                    _ => None,
                })
            });
            let updates = retractions.lookup(doi.as_deref(), cited.title.as_deref());
            if !updates.is_empty() {
                out.push(Lookup {
                    source: Source::RetractionWatch,
                    url: "retraction-watch".to_string(),
                    search: false,
                    answer: Answer::Found {
                        works: vec![Found {
                            doi,
                            updates,
                            ..Found::default()
                        }],
                    },
                });
            }
        }
        out
    }

    async fn doi_lookups(&self, doi: &str) -> Vec<Lookup> {
        let mut out = Vec::new();
        let resolver = join(&self.services.doi_resolver, doi);
        out.push(
            self.ask(Source::Doi, &resolver, Some(CSL_JSON), false, |body| {
                doi_answer(body).map(|f| vec![f])
            })
            .await,
        );
        out.extend(self.notices(doi).await);
        out
    }

    /// Crossref's record of the DOI (`updated-by`) and the notices whose
    /// `update-to` names it: either alone misses some retractions.
    async fn notices(&self, doi: &str) -> Vec<Lookup> {
        let record = join(&self.services.crossref, &format!("works/{doi}"));
        let record = self
            .ask(Source::Crossref, &record, Some(JSON), false, |body| {
                crossref_work(body).map(|f| vec![f])
            })
            .await;
        let mut search = self.services.crossref.clone();
        search.set_path(&format!(
            "{}works",
            self.services
                .crossref
                .path()
                .trim_end_matches('/')
                .to_string()
                + "/"
        ));
        search
            .query_pairs_mut()
            .append_pair("filter", &format!("updates:{doi}"));
        self.polite(&mut search);
        let doi_owned = doi.to_string();
        let notices = self
            .ask(
                Source::Crossref,
                search.as_str(),
                Some(JSON),
                false,
                move |body| {
                    let updates = crossref_notices(body, &doi_owned)?;
                    Some(if updates.is_empty() {
                        Vec::new()
                    } else {
                        vec![Found {
                            doi: Some(doi_owned.clone()),
                            updates,
                            ..Found::default()
                        }]
                    })
                },
            )
            .await;
        // No notice is the usual answer, not "the work is unknown".
        let notices = match notices.answer {
            Answer::Found { works } if works.is_empty() => Lookup {
                answer: Answer::Unknown {
                    reason: "no-notices".into(),
                },
                ..notices
            },
            _ => notices,
        };
        vec![record, notices]
    }

    async fn openlibrary(&self, isbn: &str) -> Lookup {
        let isbn: String = isbn
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == 'X' || *c == 'x')
            .collect();
        let mut url = join(&self.services.openlibrary, "api/books");
        if let Ok(mut u) = url::Url::parse(&url) {
            u.query_pairs_mut()
                .append_pair("bibkeys", &format!("ISBN:{isbn}"))
                .append_pair("format", "json")
                .append_pair("jscmd", "data");
            url = u.to_string();
        }
        let lookup = self
            .ask(Source::Openlibrary, &url, Some(JSON), false, |body| {
                openlibrary_book(body).map(|b| b.into_iter().collect())
            })
            .await;
        match lookup.answer {
            Answer::Found { works } if works.is_empty() => Lookup {
                answer: Answer::Unknown {
                    reason: "no-such-isbn".into(),
                },
                ..lookup
            },
            _ => lookup,
        }
    }

    async fn openalex(&self, cited: &Cited) -> Lookup {
        let mut url = self.services.openalex.clone();
        url.set_path(
            &(self
                .services
                .openalex
                .path()
                .trim_end_matches('/')
                .to_string()
                + "/works"),
        );
        url.query_pairs_mut()
            .append_pair("search", cited.title.as_deref().unwrap_or_default())
            .append_pair("per-page", "5");
        self.polite(&mut url);
        self.ask(
            Source::Openalex,
            url.as_str(),
            Some(JSON),
            true,
            openalex_results,
        )
        .await
    }

    async fn crossref_search(&self, cited: &Cited) -> Lookup {
        let mut url = self.services.crossref.clone();
        url.set_path(
            &(self
                .services
                .crossref
                .path()
                .trim_end_matches('/')
                .to_string()
                + "/works"),
        );
        let mut query = cited.title.clone().unwrap_or_default();
        if let Some(a) = cited.authors.first() {
            query.push(' ');
            query.push_str(a);
        }
        if let Some(y) = cited.date.as_deref().and_then(|d| d.get(..4)) {
            query.push(' ');
            query.push_str(y);
        }
        url.query_pairs_mut()
            .append_pair("query.bibliographic", &query)
            .append_pair("rows", "5");
        self.polite(&mut url);
        self.ask(
            Source::Crossref,
            url.as_str(),
            Some(JSON),
            true,
            crossref_items,
        )
        .await
    }

    fn polite(&self, url: &mut url::Url) {
        if let Some(mailto) = &self.services.mailto {
            url.query_pairs_mut().append_pair("mailto", mailto);
        }
    }

    /// The cited page (or its archived copy) and its own metadata.
    async fn page(&self, address: &str, source: Source) -> Lookup {
        let key = format!("{}:{address}", source.name());
        if let Some(hit) = self.cached(&key) {
            return hit;
        }
        self.count();
        let answer = match self.checker.get(address, None, PAGE_CAP).await {
            Ok(doc) => page_answer(address, &doc),
            Err((reason, _)) => Answer::Failed {
                reason: reason.to_string(),
            },
        };
        self.store(key, source, address, false, answer)
    }

    /// One API question; `read` turns a 2xx body into works (`None`: the
    /// body was not what the service sends).
    async fn ask(
        &self,
        source: Source,
        url: &str,
        accept: Option<&str>,
        search: bool,
        read: impl FnOnce(&[u8]) -> Option<Vec<Found>>,
    ) -> Lookup {
        let key = format!("{}:{url}", source.name());
        if let Some(hit) = self.cached(&key) {
            return hit;
        }
        self.count();
        let answer = match self.checker.get(url, accept, API_CAP).await {
            Ok(doc) if (200..300).contains(&doc.status) => match read(&doc.body) {
                Some(works) => Answer::Found { works },
                None => Answer::Failed {
                    reason: "unreadable-answer".into(),
                },
            },
            Ok(doc) if matches!(doc.status, 404 | 410) => Answer::Unknown {
                reason: format!("http-{}", doc.status),
            },
            Ok(doc) => Answer::Failed {
                reason: format!("http-{}", doc.status),
            },
            Err((reason, _)) => Answer::Failed {
                reason: reason.to_string(),
            },
        };
        self.store(key, source, url, search, answer)
    }

    fn cached(&self, key: &str) -> Option<Lookup> {
        if !self.use_cache {
            return None;
        }
        lock(&self.cache).fresh(key)
    }

    fn count(&self) {
        self.asked
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn store(
        &self,
        key: String,
        source: Source,
        url: &str,
        search: bool,
        answer: Answer,
    ) -> Lookup {
        let lookup = Lookup {
            source,
            url: url.to_string(),
            search,
            answer,
        };
        lock(&self.cache).put(key, &lookup);
        lookup
    }
}

/// A page's answer: its metadata, or why it is not the work.
fn page_answer(address: &str, doc: &Document) -> Answer {
    match doc.status {
        200..=299 => {}
        404 | 410 => {
            return Answer::Unknown {
                reason: format!("http-{}", doc.status),
            };
        }
        403 => {
            return Answer::Failed {
                reason: "bot-blocked".into(),
            };
        }
        code => {
            return Answer::Failed {
                reason: format!("http-{code}"),
            };
        }
    }
    let was_root = url::Url::parse(address).is_ok_and(|u| matches!(u.path(), "" | "/"));
    let is_root = url::Url::parse(&doc.url)
        .is_ok_and(|u| matches!(u.path(), "" | "/") && u.query().is_none());
    if is_root && !was_root {
        return Answer::Unknown {
            reason: "redirect-to-root".into(),
        };
    }
    let content_type = doc.content_type.as_deref();
    let is_pdf = content_type.is_some_and(|t| t.to_ascii_lowercase().contains("pdf"))
        || doc.body.starts_with(b"%PDF");
    let found = if is_pdf {
        crate::article::formats::pdf_metadata(&doc.body)
            .map(from_meta)
            .unwrap_or_default()
    } else {
        let page = crate::links::page::analyse(&doc.body, content_type);
        if page.soft_404 {
            return Answer::Unknown {
                reason: "soft-404".into(),
            };
        }
        let html = crate::links::page::decode(&doc.body, content_type);
        let mut found = from_meta(crate::article::formats::page_metadata(
            &html,
            Some(&doc.url),
        ));
        if found.title.is_none() {
            found.title = page.title;
        }
        found
    };
    Answer::Found { works: vec![found] }
}

/// `base` joined with a path that may hold slashes and characters a URL
/// escapes (a DOI's `<`, `;`, `#`).
fn join(base: &url::Url, path: &str) -> String {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'%');
    let escaped = percent_encoding::utf8_percent_encode(path, SEGMENT).to_string();
    format!("{}/{}", base.as_str().trim_end_matches('/'), escaped)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
