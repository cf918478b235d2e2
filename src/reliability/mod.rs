//! The source reliability table: one row per cited work with its source
//! type (from the [`registry`]), class and reasons, verifiability and flags,
//! and a summary of what an article rests on. Pure: entries and the registry
//! in, a [`Report`] out; the CLI formats it.

pub mod registry;
pub mod rules;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::entry::{Entry, Name};
use crate::lang::{Language, detect};
use registry::{Match, MatchedBy, PeerReview, Registry, SourceType, registered_host};
pub use rules::{Class, Reason, Verifiability};

/// A cited work: its entry and the notes that cite it.
#[derive(Debug, Clone)]
pub struct Work<'a> {
    pub entry: &'a Entry,
    /// Markers of the notes citing the work, in article order.
    pub notes: Vec<String>,
    /// (note, the earlier note it shortens or repeats).
    pub short_forms: Vec<(String, String)>,
}

/// What the table knows about the article beyond its works.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The article's authors, for the self-citation flag.
    pub article_authors: Vec<String>,
    /// `refman check-links` results by URL, when a check was run.
    pub links: HashMap<String, LinkInfo>,
}

/// What a link check found for a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkInfo {
    /// The verdict: alive, redirected, broken, timeout, error, skipped.
    pub status: String,
    /// An archived copy's URL, if one was found.
    pub archive: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthorKind {
    Person,
    Corporate,
    None,
}

/// One row of the table. Field names are the JSON contract.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub notes: Vec<String>,
    pub key: String,
    pub source: String,
    pub domain: Option<String>,
    #[serde(rename = "type")]
    pub kind: SourceType,
    pub peer_review: Option<PeerReview>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub date: Option<String>,
    pub author: AuthorKind,
    /// The `refman check-links` verdict, or `unchecked`.
    pub link: String,
    /// Whether an archived copy is known, or `unchecked`.
    pub archived: String,
    /// The `refman verify --write` verdict recorded in the entry, or
    /// `unchecked`.
    pub verified: String,
    pub cited: usize,
    pub class: Class,
    pub verifiability: Verifiability,
    pub reasons: Vec<Reason>,
    pub flags: Vec<Reason>,
    /// The registry entry, how it matched, and the file it came from.
    pub classified_by: Option<String>,
}

/// The verdict in an entry's `verified` field (`2026-11-30 miscited: …`).
fn verdict_of(entry: &Entry) -> String {
    entry
        .text("verified")
        .and_then(|v| {
            v.split_whitespace()
                .nth(1)
                .map(|w| w.trim_end_matches(':').to_string())
        })
        .unwrap_or_else(|| "unchecked".to_string())
}

/// Counts of notes and works for one type or class.
#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub name: String,
    pub label: String,
    pub notes: usize,
    pub works: usize,
    /// Share of notes (of works, for a whole library), in percent.
    pub percent: f64,
}

/// A count with the notes it covers.
#[derive(Debug, Clone, Serialize)]
pub struct Subset {
    pub count: usize,
    pub percent: f64,
    pub notes: Vec<String>,
    pub works: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub notes: usize,
    pub works: usize,
    pub by_type: Vec<Count>,
    pub by_class: Vec<Count>,
    /// Notes resting on official, statistics and state-controlled sources.
    pub official_or_state: Subset,
    pub unverifiable: Subset,
    pub undated: Subset,
    pub self_cited: Subset,
    /// Notes per domain, most cited first.
    pub by_domain: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub rows: Vec<Row>,
    pub summary: Summary,
    pub registry: RegistryInfo,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegistryInfo {
    pub name: String,
    pub as_of: String,
    pub license: String,
    pub entries: usize,
}

/// The table for some works, in the order given.
pub fn report(works: &[Work<'_>], registry: &Registry, context: &Context) -> Report {
    let rows: Vec<Row> = works.iter().map(|w| row(w, registry, context)).collect();
    let summary = summarise(&rows);
    Report {
        rows,
        summary,
        registry: RegistryInfo {
            name: registry.name.clone(),
            as_of: registry.as_of.clone(),
            license: registry.license.clone(),
            entries: registry.len(),
        },
    }
}

/// Classifies one work.
pub fn row(work: &Work<'_>, registry: &Registry, context: &Context) -> Row {
    let entry = work.entry;
    let url = entry
        .text("url")
        .and_then(|u| url::Url::parse(u.trim()).ok());
    let host = url.as_ref().and_then(|u| u.host_str()).map(registered_host);
    let date = entry.date();
    let container = entry.container();

    let mut matched = host
        .as_deref()
        .and_then(|h| registry.lookup_host(h, url.as_ref().map_or("", |u| u.path())))
        .filter(|m| m.source.kind != SourceType::Resolver);
    let mut doi_reason = None;
    if matched.is_none() {
        matched = container
            .as_deref()
            .and_then(|t| registry.lookup_title(t))
            // A book by the name of its publisher (a university press).
            .or_else(|| {
                entry
                    .text("publisher")
                    .and_then(|p| registry.lookup_title(&p))
            });
        if matched.is_none() && entry.has("doi") {
            doi_reason = Some(Reason {
                code: "TYPE.DOI",
                text:
                    "has a DOI: academic, peer review unknown (the journal is not in the registry)"
                        .to_string(),
                evidence: entry.text("doi").unwrap_or_default(),
            });
        }
    }
    let (kind, class, mut reasons) = match (matched, doi_reason) {
        (None, Some(reason)) => (SourceType::Academic, Class::Attribute, vec![reason]),
        (m, _) => {
            let status = m.map(|m| m.source.effective(date));
            let kind = status.as_ref().map_or(SourceType::Unknown, |s| s.kind);
            let empty = registry::Effective {
                kind,
                rsp: None,
                flags: Vec::new(),
                notes: Vec::new(),
            };
            let (class, reasons) =
                rules::class(m, status.as_ref().unwrap_or(&empty), host.as_deref());
            (kind, class, reasons)
        }
    };
    let link = entry.text("url").and_then(|u| context.links.get(&u));
    let dead_without_archive = link.is_some_and(|l| l.status == "broken" && l.archive.is_none());
    let (verifiability, verif_reasons) = rules::verifiability(entry, dead_without_archive);
    reasons.extend(verif_reasons);

    let mut flags: Vec<Reason> = work
        .short_forms
        .iter()
        .map(|(note, of)| Reason {
            code: "META.SHORT_FORM",
            text: format!("{note} is a short form of {of}"),
            evidence: String::new(),
        })
        .collect();
    flags.extend(rules::self_citation(entry, &context.article_authors));
    if let (Some(m), Some(host)) = (matched, host.as_deref()) {
        flags.extend(rules::publisher_mismatch(entry, m.source, host));
    }
    flags.extend(url.as_ref().and_then(rules::stripped_url_parts));
    flags.extend(rules::trace(entry, kind));

    let source = source_name(entry, matched, host.as_deref());
    Row {
        notes: work.notes.clone(),
        key: entry.key.clone(),
        source,
        domain: host,
        kind,
        peer_review: (kind == SourceType::Academic).then(|| {
            matched
                .and_then(|m| m.source.peer_review)
                .unwrap_or(PeerReview::Unknown)
        }),
        country: matched.and_then(|m| m.source.country.clone()),
        language: language(entry),
        date: date.map(|d| d.to_string()),
        author: author_kind(entry),
        link: link.map_or_else(|| "unchecked".to_string(), |l| l.status.clone()),
        archived: match link {
            None => "unchecked".to_string(),
            Some(LinkInfo {
                archive: Some(url), ..
            }) => url.clone(),
            Some(_) => "none found".to_string(),
        },
        verified: verdict_of(entry),
        cited: work.notes.len(),
        class,
        verifiability,
        reasons,
        flags,
        classified_by: matched.map(|m| {
            let by = match m.by {
                MatchedBy::Domain => "domain",
                MatchedBy::Suffix => "domain suffix",
                MatchedBy::Title => "journal title",
            };
            format!("{} (by {by}, {})", m.source.id, m.source.origin)
        }),
    }
}

/// The record's venue (journal, site, book) or corporate author; else the
/// registry's name. A report's type or a book's series names no source.
fn source_name(entry: &Entry, matched: Option<Match<'_>>, host: Option<&str>) -> String {
    let venue = [
        "journaltitle",
        "journal",
        "booktitle",
        "organization",
        "howpublished",
    ]
    .iter()
    .find_map(|f| entry.text(f));
    let corporate = entry.authors().into_iter().find_map(|n| match n {
        Name::Organization(name) => Some(name),
        _ => None,
    });
    venue
        .or(corporate)
        .or_else(|| entry.text("institution"))
        .or_else(|| entry.text("publisher"))
        .or_else(|| matched.map(|m| m.source.name.clone()))
        .or_else(|| host.map(str::to_string))
        .unwrap_or_default()
}

fn language(entry: &Entry) -> Option<String> {
    let recorded = ["langid", "language"]
        .iter()
        .find_map(|f| entry.text(f))
        .and_then(|name| Language::from_name(&name));
    recorded
        .or_else(|| entry.text("title").and_then(|t| detect(&t)))
        .map(|l| l.iso().to_string())
}

fn author_kind(entry: &Entry) -> AuthorKind {
    match entry.authors().first() {
        Some(Name::Person { .. }) => AuthorKind::Person,
        Some(Name::Organization(_)) => AuthorKind::Corporate,
        _ => AuthorKind::None,
    }
}

fn summarise(rows: &[Row]) -> Summary {
    let notes: usize = rows.iter().map(|r| r.cited).sum();
    let works = rows.len();
    // A whole library has no notes: shares are of works then.
    let share = |n: usize, w: usize| {
        let (part, whole) = if notes > 0 { (n, notes) } else { (w, works) };
        percent(part, whole)
    };
    let count_by = |name: &str, label: &str, pick: &dyn Fn(&Row) -> bool| {
        let (n, w) = rows
            .iter()
            .filter(|r| pick(r))
            .fold((0, 0), |(n, w), r| (n + r.cited, w + 1));
        Count {
            name: name.to_string(),
            label: label.to_string(),
            notes: n,
            works: w,
            percent: share(n, w),
        }
    };
    let by_type = SourceType::ALL
        .iter()
        .map(|&t| count_by(t.id(), t.label(), &|r: &Row| r.kind == t))
        .filter(|c| c.works > 0)
        .collect();
    let by_class = Class::ALL
        .iter()
        .map(|&c| count_by(c.code(), c.label(), &|r: &Row| r.class == c))
        .collect();
    let subset = |pick: &dyn Fn(&Row) -> bool| {
        let picked: Vec<&Row> = rows.iter().filter(|r| pick(r)).collect();
        let note_list: Vec<String> = picked
            .iter()
            .flat_map(|r| r.notes.iter().cloned())
            .collect();
        let count = if notes > 0 {
            note_list.len()
        } else {
            picked.len()
        };
        Subset {
            count,
            percent: share(note_list.len(), picked.len()),
            notes: note_list,
            works: picked.len(),
        }
    };
    let mut by_domain: BTreeMap<String, usize> = BTreeMap::new();
    for row in rows {
        if let Some(domain) = &row.domain {
            *by_domain.entry(domain.clone()).or_default() += row.cited.max(1);
        }
    }
    let mut by_domain: Vec<(String, usize)> = by_domain.into_iter().collect();
    by_domain.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Summary {
        notes,
        works,
        by_type,
        by_class,
        official_or_state: subset(&|r| {
            matches!(
                r.kind,
                SourceType::Official | SourceType::Statistics | SourceType::StateMedia
            )
        }),
        unverifiable: subset(&|r| r.verifiability == Verifiability::None),
        undated: subset(&|r| r.date.is_none()),
        self_cited: subset(&|r| r.flags.iter().any(|f| f.code == "META.SELF_CITATION?")),
        by_domain,
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    (part as f64 * 1000.0 / whole as f64).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::Name;

    fn online(url: &str, date: Option<&str>) -> Entry {
        let mut e = Entry::new("k", "online");
        e.set_names("author", &[Name::person("Doe", "Jane")]);
        e.set_text("title", "A report");
        e.set_text("url", url);
        if let Some(d) = date {
            e.set_text("date", d);
        }
        e
    }

    fn classify(entry: &Entry) -> Row {
        let registry = Registry::shipped().expect("registry");
        let work = Work {
            entry,
            notes: vec!["1".to_string()],
            short_forms: Vec::new(),
        };
        row(&work, &registry, &Context::default())
    }

    fn reason_codes(row: &Row) -> Vec<&str> {
        row.reasons
            .iter()
            .chain(&row.flags)
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn each_class_rule_fires_with_its_reason() {
        let cases = [
            (
                "https://www.cgtn.com/news/x",
                "state_media",
                Class::Caution,
                "CAUTION.RSP",
            ),
            (
                "https://rg.ru/2024/06/01/x.html",
                "state_media",
                Class::Caution,
                "CAUTION.EU",
            ),
            (
                "https://www.dw.com/ru/x/a-1",
                "public_media",
                Class::Reliable,
                "TYPE.PSM",
            ),
            (
                "https://eeas.europa.eu/x",
                "intl_org",
                Class::Reliable,
                "TYPE.IO",
            ),
            (
                "https://www.belstat.gov.by/x",
                "statistics",
                Class::Reliable,
                "TYPE.STATS",
            ),
            (
                "https://meduza.io/feature/x",
                "independent_media",
                Class::Attribute,
                "TYPE.ATTRIB",
            ),
            (
                "https://president.gov.by/ru/x",
                "official",
                Class::Primary,
                "TYPE.OFFICIAL",
            ),
            (
                "https://www.belta.by/x",
                "state_media",
                Class::Primary,
                "TYPE.STATE_MEDIA",
            ),
            (
                "https://blog.example.org/x",
                "unknown",
                Class::Unclassified,
                "TYPE.NONE",
            ),
        ];
        for (url, kind, class, code) in cases {
            let row = classify(&online(url, Some("2024-06-01")));
            assert_eq!((row.kind.id(), row.class), (kind, class), "{url}");
            assert!(
                reason_codes(&row).contains(&code),
                "{url}: {:?}",
                row.reasons
            );
        }
    }

    #[test]
    fn lenta_is_caution_only_after_its_period_starts() {
        let before = classify(&online("https://lenta.ru/news/2013/x", Some("2013-05-01")));
        assert_eq!(before.class, Class::Primary);
        let after = classify(&online("https://lenta.ru/news/2016/x", Some("2016-05-01")));
        assert_eq!(after.class, Class::Caution);
        assert!(
            after.reasons[0].text.contains("2014"),
            "{}",
            after.reasons[0].text
        );
    }

    #[test]
    fn peer_review_and_doi_decide_academic_classes() {
        let mut article = Entry::new("k", "article");
        article.set_names("author", &[Name::person("Doe", "Jane")]);
        article.set_text("title", "A study");
        article.set_text("journaltitle", "Some Journal");
        article.set_text("doi", "10.1000/xyz");
        article.set_text("date", "2020");
        let row = classify(&article);
        assert_eq!(
            (row.kind, row.class),
            (SourceType::Academic, Class::Attribute)
        );
        assert_eq!(row.peer_review, Some(PeerReview::Unknown));
        assert_eq!(reason_codes(&row), ["TYPE.DOI"]);
        assert_eq!(row.verifiability, Verifiability::Verifiable);
    }

    #[test]
    fn verifiability_reasons() {
        let mut no_date = online("https://president.gov.by/x", None);
        no_date.set_names("author", &[]);
        let row = classify(&no_date);
        assert_eq!(row.verifiability, Verifiability::Partial);
        assert!(reason_codes(&row).contains(&"VERIF.NO_DATE"));
        assert!(reason_codes(&row).contains(&"VERIF.NO_AUTHOR"));
        assert_eq!(row.author, AuthorKind::None);

        let mut book = Entry::new("k", "book");
        book.set_text("title", "Без ссылки");
        book.set_text("date", "2019");
        let row = classify(&book);
        assert_eq!(row.verifiability, Verifiability::None);
        assert_eq!(
            row.language.as_deref(),
            Some("ru"),
            "from the title's script"
        );
    }

    #[test]
    fn tracking_parameters_are_flagged() {
        let row = classify(&online(
            "https://meduza.io/x?utm_source=tg&id=3",
            Some("2024"),
        ));
        let flag = row
            .flags
            .iter()
            .find(|f| f.code == "META.URL_FRAGMENT_STRIPPED")
            .expect("flag");
        assert!(flag.text.contains("utm_source"), "{}", flag.text);
    }

    #[test]
    fn self_citation_needs_family_and_initial() {
        let registry = Registry::shipped().expect("registry");
        let mut entry = online("https://example.org/x", Some("2024"));
        entry.set_names("author", &[Name::person("Турарбекова", "Роза")]);
        let work = Work {
            entry: &entry,
            notes: vec!["1".into()],
            short_forms: Vec::new(),
        };
        let with = |authors: &[&str]| {
            let context = Context {
                article_authors: authors.iter().map(|a| a.to_string()).collect(),
                ..Context::default()
            };
            row(&work, &registry, &context)
                .flags
                .iter()
                .any(|f| f.code == "META.SELF_CITATION?")
        };
        assert!(with(&["Roza Turarbekava"]));
        assert!(with(&["Turarbekava"]), "a family name alone");
        assert!(!with(&["Anna Turarbekava"]), "another initial");
        assert!(!with(&["Roza Matsukevich"]));
    }
}
