//! `refman verify`: does each cited work exist, and does the citation say
//! what the work says?
//!
//! For each entry the evidence is gathered from the cited page itself (and
//! its archived copy), the DOI resolver, Crossref (retraction and
//! correction notices), Open Library (ISBNs) and a title search in OpenAlex
//! or Crossref (`run.rs`, through the link checker's fetcher and rules).
//! Each answer becomes a [`Found`] (`sources.rs`, pure), and [`judge`]
//! compares them with what the entry says (`similarity.rs`) and gives the
//! [`Verdict`]. Only the network layer is async; everything here is data.

mod run;
pub mod sources;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::entry::{Entry, Name};
pub use crate::library::dedupe::normalize_doi;
use crate::similarity::{
    SAME_TITLE, SIMILAR_TITLE, container_matches, dates_differ, name_matches,
    page_title_similarity, parse_date, title_similarity, titles_conflict, words,
};

/// At or above: the title is the same but for case and punctuation.
const IDENTICAL_TITLE: f64 = 0.95;
pub use run::{LookupCache, Services, Verifier};
pub use sources::Retractions;

/// The verdict on one work; the serialised names are a stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Retracted,
    ExpressionOfConcern,
    Corrected,
    Miscited,
    NotFound,
    Unreachable,
    Unverifiable,
    Verified,
}

impl Verdict {
    /// Problems first, as reports list them.
    pub const ALL: [Verdict; 8] = [
        Verdict::Retracted,
        Verdict::ExpressionOfConcern,
        Verdict::Corrected,
        Verdict::Miscited,
        Verdict::NotFound,
        Verdict::Unreachable,
        Verdict::Unverifiable,
        Verdict::Verified,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Miscited => "miscited",
            Verdict::Retracted => "retracted",
            Verdict::Corrected => "corrected",
            Verdict::ExpressionOfConcern => "expression-of-concern",
            Verdict::NotFound => "not-found",
            Verdict::Unverifiable => "unverifiable",
            Verdict::Unreachable => "unreachable",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Verdict::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// Where evidence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The cited URL.
    Page,
    /// The entry's archived copy (`archiveurl`), read when the page is gone.
    Archive,
    /// The DOI resolver's CSL-JSON.
    Doi,
    Crossref,
    Openalex,
    Openlibrary,
    RetractionWatch,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Page => "page",
            Source::Archive => "archive",
            Source::Doi => "doi",
            Source::Crossref => "crossref",
            Source::Openalex => "openalex",
            Source::Openlibrary => "openlibrary",
            Source::RetractionWatch => "retraction-watch",
        }
    }
}

/// A notice about a work: a retraction, a correction, an expression of concern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    /// `retraction`, `correction`, `expression-of-concern`.
    pub kind: String,
    /// The notice's DOI, when it has one.
    pub doi: Option<String>,
    pub date: Option<String>,
}

/// What one source says about a work.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub title: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub container: Option<String>,
    pub publisher: Option<String>,
    pub doi: Option<String>,
    /// ISO 639-1 code or a BibLaTeX language name.
    pub language: Option<String>,
    #[serde(default)]
    pub updates: Vec<Update>,
}

impl Found {
    /// The fields as the JSON report lists them.
    pub fn fields(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let mut put = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                out.insert(k.to_string(), v.clone());
            }
        };
        put("title", &self.title);
        put("date", &self.date);
        put("container", &self.container);
        put("publisher", &self.publisher);
        put("doi", &self.doi);
        put("language", &self.language);
        if !self.authors.is_empty() {
            out.insert("author".into(), self.authors.join("; "));
        }
        for u in &self.updates {
            out.insert(
                format!("update:{}", u.kind),
                u.doi.clone().unwrap_or_default(),
            );
        }
        out
    }
}

/// How a source answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "answer")]
pub enum Answer {
    /// What it knows (a search may return several candidates).
    Found { works: Vec<Found> },
    /// It answered and does not know the work (`http-404`, `soft-404`,
    /// `no-match`).
    Unknown { reason: String },
    /// It did not answer usefully (timeout, 5xx, rate limit, blocked).
    Failed { reason: String },
}

/// One question asked of one source, and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lookup {
    pub source: Source,
    pub url: String,
    /// A search by title (its results may be other works), not a question
    /// by the work's own URL, DOI or ISBN.
    #[serde(default)]
    pub search: bool,
    pub answer: Answer,
}

/// What an entry says, in the shape the comparison needs.
#[derive(Debug, Clone, Default)]
pub struct Cited {
    pub key: String,
    pub entry_type: String,
    pub title: Option<String>,
    /// The bracketed translation of the title.
    pub translated: Option<String>,
    /// Family names of persons, names of organisations.
    pub authors: Vec<String>,
    /// Whether the authors are persons (organisations are rarely named as
    /// a page's author).
    pub persons: bool,
    pub date: Option<String>,
    pub container: Option<String>,
    pub publisher: Option<String>,
    pub doi: Option<String>,
    pub isbn: Option<String>,
    pub url: Option<String>,
    pub archive_url: Option<String>,
    pub language: Option<String>,
}

impl Cited {
    pub fn of(entry: &Entry) -> Self {
        let names = entry.authors();
        let authors: Vec<String> = names
            .iter()
            .filter_map(|n| match n {
                Name::Person { family, .. } => Some(family.clone()),
                Name::Organization(o) => Some(o.clone()),
                Name::Others => None,
            })
            .collect();
        let doi = entry.text("doi").map(|d| normalize_doi(&d));
        Cited {
            key: entry.key.clone(),
            entry_type: entry.entry_type.clone(),
            title: entry.text("title"),
            translated: entry.translated_title(),
            persons: names.iter().any(|n| matches!(n, Name::Person { .. })),
            authors,
            date: entry.date().map(|d| d.to_string()),
            container: entry.container(),
            publisher: entry
                .text("publisher")
                .or_else(|| entry.text("institution")),
            doi,
            isbn: entry.text("isbn"),
            url: entry.text("url"),
            archive_url: entry.text("archiveurl"),
            language: entry.text("langid"),
        }
    }

    /// Whether a title search can find the work: a title of a few words.
    pub fn searchable(&self) -> bool {
        self.title
            .as_deref()
            .is_some_and(|t| words(t).len() >= 3 || t.chars().count() >= 20)
    }

    /// Types that scholarly indexes hold.
    pub fn scholarly(&self) -> bool {
        matches!(
            self.entry_type.as_str(),
            "article"
                | "book"
                | "mvbook"
                | "inbook"
                | "incollection"
                | "inproceedings"
                | "proceedings"
                | "report"
                | "thesis"
                | "phdthesis"
                | "mastersthesis"
                | "techreport"
        )
    }
}

/// A field where the citation and a source disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    pub field: String,
    pub cited: String,
    pub found: String,
    pub source: String,
}

/// One source's evidence, as reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub source: String,
    pub url: String,
    pub fields: BTreeMap<String, String>,
}

/// A field the entry lacks and a source gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Filled {
    pub value: String,
    pub source: String,
}

/// The outcome for one work. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub key: String,
    pub verdict: Verdict,
    /// Why, in a sentence.
    pub message: String,
    pub differences: Vec<Difference>,
    pub evidence: Vec<Evidence>,
    /// BibLaTeX field → value and source (`--write` adds them).
    pub filled: BTreeMap<String, Filled>,
    /// Every question asked, with how it was answered.
    pub asked: Vec<Asked>,
}

/// A question asked, for the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Asked {
    pub source: String,
    pub url: String,
    /// `found`, or the reason the source gave nothing.
    pub answer: String,
}

/// A source's candidate that is the cited work, and how sure that is.
struct Match<'a> {
    source: Source,
    url: &'a str,
    found: &'a Found,
    /// Title similarity (1 when the source was asked by identifier and
    /// gave no title).
    title: f64,
}

/// The verdict on a work from what its sources answered.
pub fn judge(cited: &Cited, lookups: &[Lookup]) -> Outcome {
    let asked = lookups
        .iter()
        .map(|l| Asked {
            source: l.source.name().to_string(),
            url: l.url.clone(),
            answer: match &l.answer {
                Answer::Found { works } if works.is_empty() => "no-match".to_string(),
                Answer::Found { .. } => "found".to_string(),
                Answer::Unknown { reason } | Answer::Failed { reason } => reason.clone(),
            },
        })
        .collect();
    let mut outcome = Outcome {
        key: cited.key.clone(),
        verdict: Verdict::Unverifiable,
        message: String::new(),
        differences: Vec::new(),
        evidence: Vec::new(),
        filled: BTreeMap::new(),
        asked,
    };
    if lookups.is_empty() {
        outcome.message = "nothing to ask: no URL, DOI, ISBN or searchable title".to_string();
        return outcome;
    }
    let matches = matching(cited, lookups);
    for m in &matches {
        outcome.evidence.push(Evidence {
            source: m.source.name().to_string(),
            url: m.url.to_string(),
            fields: m.found.fields(),
        });
    }
    if matches.is_empty() {
        let failed: Vec<String> = lookups
            .iter()
            .filter_map(|l| match &l.answer {
                Answer::Failed { reason } => Some(format!("{} ({reason})", l.source.name())),
                _ => None,
            })
            .collect();
        let gone = lookups.iter().find_map(|l| match (&l.answer, l.source) {
            (Answer::Unknown { reason }, Source::Page) => Some(reason.clone()),
            _ => None,
        });
        if !failed.is_empty() {
            outcome.verdict = Verdict::Unreachable;
            outcome.message = format!("no answer from {}", failed.join(", "));
        } else {
            outcome.verdict = Verdict::NotFound;
            let mut asked: Vec<&str> = Vec::new();
            for l in lookups {
                if !asked.contains(&l.source.name()) {
                    asked.push(l.source.name());
                }
            }
            let unregistered = lookups
                .iter()
                .any(|l| l.source == Source::Doi && matches!(l.answer, Answer::Unknown { .. }));
            let first = match (gone, unregistered) {
                (Some(reason), _) => format!("the cited page is gone ({reason})"),
                (None, true) => format!(
                    "the DOI {} is not registered",
                    cited.doi.as_deref().unwrap_or_default()
                ),
                (None, false) => "no source knows the work".to_string(),
            };
            outcome.message = format!("{first}; asked: {}", asked.join(", "));
        }
        return outcome;
    }
    outcome.differences = differences(cited, &matches);
    outcome.filled = filled(cited, &matches);
    let updates: Vec<&Update> = matches.iter().flat_map(|m| &m.found.updates).collect();
    let has = |kind: &str| updates.iter().find(|u| u.kind == kind);
    let notice = |u: &Update| {
        u.doi
            .as_deref()
            .map(|d| format!(" (notice {d})"))
            .unwrap_or_default()
    };
    let sources: Vec<&str> = {
        let mut s: Vec<&str> = matches.iter().map(|m| m.source.name()).collect();
        s.dedup();
        s
    };
    (outcome.verdict, outcome.message) = if let Some(u) = has("retraction") {
        (Verdict::Retracted, format!("retracted{}", notice(u)))
    } else if let Some(u) = has("expression-of-concern") {
        (
            Verdict::ExpressionOfConcern,
            format!("an expression of concern{}", notice(u)),
        )
    } else if let Some(u) = has("correction") {
        (Verdict::Corrected, format!("corrected{}", notice(u)))
    } else if !outcome.differences.is_empty() {
        let fields: Vec<&str> = outcome
            .differences
            .iter()
            .map(|d| d.field.as_str())
            .collect();
        (
            Verdict::Miscited,
            format!(
                "the work exists ({}); cited differently: {}",
                sources.join(", "),
                fields.join(", ")
            ),
        )
    } else {
        (
            Verdict::Verified,
            format!("agrees with {}", sources.join(", ")),
        )
    };
    outcome
}

/// The candidates that are the cited work, identifier sources first.
fn matching<'a>(cited: &Cited, lookups: &'a [Lookup]) -> Vec<Match<'a>> {
    let mut out: Vec<Match<'a>> = Vec::new();
    let mut best_search: Option<(f64, Match<'a>)> = None;
    for lookup in lookups {
        let Answer::Found { works } = &lookup.answer else {
            continue;
        };
        for found in works {
            let title = title_score(cited, found, lookup.source);
            // Asked by the work's own URL, DOI or ISBN: what the source
            // answers is that work, whatever it says.
            if !lookup.search {
                out.push(Match {
                    source: lookup.source,
                    url: &lookup.url,
                    found,
                    title,
                });
                continue;
            }
            let score = search_score(cited, found, title);
            if score > 0.0 && best_search.as_ref().is_none_or(|(s, _)| score > *s) {
                best_search = Some((
                    score,
                    Match {
                        source: lookup.source,
                        url: &lookup.url,
                        found,
                        title,
                    },
                ));
            }
        }
    }
    if let Some((_, m)) = best_search {
        out.push(m);
    }
    out
}

/// Whether a search result is the cited work.
pub fn is_match(cited: &Cited, found: &Found, source: Source) -> bool {
    search_score(cited, found, title_score(cited, found, source)) > 0.0
}

/// The cited title (or translation) closest to a source's title, and that title.
fn best_title<'a>(cited: &'a Cited, found: &'a Found) -> Option<(&'a str, &'a str)> {
    let f = found.title.as_deref()?;
    [&cited.title, &cited.translated]
        .into_iter()
        .flatten()
        .map(|c| (title_similarity(c, f), c.as_str()))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| (c, f))
}

/// Title similarity of a source's work to the cited one, through the
/// cited title or its translation.
fn title_score(cited: &Cited, found: &Found, source: Source) -> f64 {
    let Some(title) = &found.title else {
        return 1.0;
    };
    [&cited.title, &cited.translated]
        .into_iter()
        .flatten()
        .map(|t| match source {
            Source::Page | Source::Archive => page_title_similarity(t, title),
            _ => title_similarity(t, title),
        })
        .fold(0.0, f64::max)
}

/// How well a search result fits the citation; 0 when it is another work.
/// A title alone decides only when it is the same; a similar title needs
/// the first author or the year to agree.
fn search_score(cited: &Cited, found: &Found, title: f64) -> f64 {
    let author = match (cited.authors.first(), found.authors.is_empty()) {
        (Some(a), false) => Some(name_matches(a, &found.authors)),
        _ => None,
    };
    let year = match (
        cited.date.as_deref().and_then(parse_date),
        found.date.as_deref().and_then(parse_date),
    ) {
        (Some(c), Some(f)) => Some((c.year - f.year).abs() <= 1),
        _ => None,
    };
    let agree = usize::from(author == Some(true)) + usize::from(year == Some(true));
    let disagree = usize::from(author == Some(false)) + usize::from(year == Some(false));
    // One title with another year or author is a miscitation; a similar
    // title with one is another work, and so is a similar title naming
    // another number or another place.
    let identical = title >= IDENTICAL_TITLE;
    if !identical && best_title(cited, found).is_some_and(|(c, f)| titles_conflict(c, f)) {
        return 0.0;
    }
    let same = title >= SAME_TITLE && (disagree == 0 || (identical && disagree < 2));
    let close = title >= SIMILAR_TITLE && agree >= 1 && disagree == 0;
    if same || close {
        title + 0.1 * agree as f64
    } else {
        0.0
    }
}

/// The fields the citation gives differently from the evidence: each field
/// compared with the first source that states it.
fn differences(cited: &Cited, matches: &[Match<'_>]) -> Vec<Difference> {
    let mut out = Vec::new();
    let first = |pick: &dyn Fn(&Found) -> Option<&String>| {
        matches
            .iter()
            .find_map(|m| pick(m.found).map(|v| (v.clone(), m)))
    };
    let diff = |field: &str, cited: &str, found: &str, m: &Match<'_>| Difference {
        field: field.to_string(),
        cited: cited.to_string(),
        found: found.to_string(),
        source: m.source.name().to_string(),
    };
    if let (Some(title), Some((found, m))) = (&cited.title, first(&|f| f.title.as_ref()))
        && m.title < SAME_TITLE
    {
        out.push(diff("title", title, &found, m));
    }
    if let (Some(date), Some((found, m))) = (&cited.date, first(&|f| f.date.as_ref()))
        && let (Some(c), Some(f)) = (parse_date(date), parse_date(&found))
        && dates_differ(&c, &f)
    {
        out.push(diff("date", date, &found, m));
    }
    if cited.persons
        && let Some(m) = matches
            .iter()
            .find(|m| !m.found.authors.is_empty() && m.source != Source::RetractionWatch)
        && let Some(first_author) = cited.authors.first()
        && !name_matches(first_author, &m.found.authors)
    {
        out.push(diff(
            "author",
            &cited.authors.join("; "),
            &m.found.authors.join("; "),
            m,
        ));
    }
    if let (Some(container), Some((found, m))) =
        (&cited.container, first(&|f| f.container.as_ref()))
        && !matches!(m.source, Source::Page | Source::Archive)
        && !container_matches(container, &found)
    {
        out.push(diff("container", container, &found, m));
    }
    if let (Some(doi), Some((found, m))) = (&cited.doi, first(&|f| f.doi.as_ref()))
        && normalize_doi(doi) != normalize_doi(&found)
    {
        out.push(diff("doi", doi, &found, m));
    }
    out
}

/// Fields the entry lacks that a matched source gives.
fn filled(cited: &Cited, matches: &[Match<'_>]) -> BTreeMap<String, Filled> {
    let mut out = BTreeMap::new();
    // Only sources that are surely the work fill fields: asked by
    // identifier with an agreeing title, or a search result with the same
    // title.
    let sure: Vec<&Match<'_>> = matches
        .iter()
        .filter(|m| m.title >= SAME_TITLE && m.source != Source::RetractionWatch)
        .collect();
    let mut put = |field: &str, value: Option<String>, m: &Match<'_>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            out.entry(field.to_string()).or_insert(Filled {
                value,
                source: m.source.name().to_string(),
            });
        }
    };
    for m in sure {
        let f = m.found;
        if cited.authors.is_empty() && !f.authors.is_empty() {
            put("author", Some(f.authors.join(" and ")), m);
        }
        if cited.date.is_none() {
            put(
                "date",
                f.date
                    .as_deref()
                    .and_then(parse_date)
                    .map(|d| d.to_string()),
                m,
            );
        }
        if cited.doi.is_none() {
            put("doi", f.doi.as_deref().map(normalize_doi), m);
        }
        if cited.publisher.is_none() && !matches!(m.source, Source::Page | Source::Archive) {
            put("publisher", f.publisher.clone(), m);
        }
        if cited.language.is_none() {
            put(
                "langid",
                f.language
                    .as_deref()
                    .and_then(|l| {
                        let code = l.split(['-', '_']).next().unwrap_or(l);
                        crate::lang::Language::from_iso(&code.to_lowercase())
                            .or_else(|| crate::lang::Language::from_name(l))
                    })
                    .map(|l| l.langid().to_string()),
                m,
            );
        }
    }
    out
}

/// Names as sources give them (`Family, Given`, `Given Family`, an
/// organisation), joined by ` and `, as entry names.
pub fn names_of(list: &str) -> Vec<Name> {
    list.split(" and ")
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| {
            if let Some((family, given)) = n.split_once(',') {
                return Name::person(family.trim(), given.trim());
            }
            let parts: Vec<&str> = n.split_whitespace().collect();
            match parts.as_slice() {
                [.., family] if parts.len() >= 2 && !crate::parse::names::is_organization(n) => {
                    Name::person(family, &parts[..parts.len() - 1].join(" "))
                }
                _ => Name::Organization(n.to_string()),
            }
        })
        .collect()
}

/// Counts by verdict, in the order of [`Verdict::ALL`].
pub fn summary(outcomes: &[Outcome]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for o in outcomes {
        *out.entry(o.verdict.name().to_string()).or_insert(0) += 1;
    }
    out
}

#[cfg(test)]
mod tests;
