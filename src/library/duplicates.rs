//! `refman dedupe`: pairs of entries that may describe one work, each with
//! a score and the evidence. Pairs are only compared within blocks that
//! share a DOI, a normalised address or a title's first words (in
//! transliteration, and through translations), so a large library costs
//! little more than one pass.
//!
//! What counts as one work: the same DOI (whatever the titles say); the
//! same page under address variants (http/https, `www.`, mobile and AMP
//! hosts and paths, tracking parameters, trailing slashes, archived copies,
//! platform forms of one post or video); the same title and first author
//! (an organisation's acronym included) and year; a title and its
//! translation; a preprint and its published version. A chapter and its
//! book are reported as related, never merged.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::dedupe::normalize_doi;
use crate::entry::{Entry, Name};
use crate::similarity::{
    name_matches, numbers_conflict, organisations_agree, title_similarity, titles_conflict, words,
};

/// Which kinds of evidence are looked for (`--rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Doi,
    Url,
    Title,
    Translation,
    Preprint,
    Chapter,
}

impl Rule {
    pub const ALL: [Rule; 6] = [
        Rule::Doi,
        Rule::Url,
        Rule::Title,
        Rule::Translation,
        Rule::Preprint,
        Rule::Chapter,
    ];
}

/// A candidate pair. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub keys: [String; 2],
    /// 0 to 1: how sure the two are one work.
    pub score: f64,
    pub rule: Rule,
    pub evidence: Vec<String>,
    /// Whether `dedupe --apply` merges the pair (a chapter and its book
    /// are related works, not one).
    pub mergeable: bool,
}

/// Query parameters that track a reader, not choose a page.
const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "yclid",
    "dclid",
    "msclkid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "ref",
    "ref_src",
    "ref_url",
    "cmpid",
    "_ga",
    "_gl",
    "spm",
    "from",
    "share",
    "s",
    "amp",
    "outputtype",
    "print",
];

/// An address as a page's identity: no scheme, no `www.`/`m.`/`mobile.`/
/// `amp.` host prefix, no `/amp` path part or `.amp` suffix, no tracking
/// parameters, no fragment, no trailing slash or `index.html`. A Wayback
/// Machine copy is the page it archived; one post or video has one
/// identity under its platform's address forms (`t.me/s/…`, `x.com` and
/// `twitter.com`, `youtu.be/ID` and `youtube.com/watch?v=ID`).
pub fn page_identity(raw: &str) -> Option<String> {
    let mut raw = raw.trim();
    // A loop, not recursion: a hostile address may nest many copies.
    while let Some(original) = archived_original(raw) {
        raw = original;
    }
    let mut url = match url::Url::parse(raw) {
        Ok(url) => url,
        // The Wayback Machine also keeps addresses without their scheme.
        Err(_) if !raw.contains("://") => url::Url::parse(&format!("http://{raw}")).ok()?,
        Err(_) => return None,
    };
    url.set_fragment(None);
    let mut host = url.host_str()?.to_lowercase();
    for prefix in ["www.", "m.", "mobile.", "amp.", "mob."] {
        if let Some(rest) = host.strip_prefix(prefix)
            && rest.contains('.')
        {
            host = rest.to_string();
        }
    }
    let mut path: Vec<&str> = url
        .path()
        .split('/')
        .filter(|p| !p.is_empty() && *p != "amp" && *p != "index.html" && *p != "index.php")
        .collect();
    if let Some(last) = path.last_mut()
        && let Some(page) = last.strip_suffix(".amp")
    {
        *last = page;
    }
    if let Some(post) = platform_identity(&host, &path, &url) {
        return Some(post);
    }
    let mut query: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_lowercase();
            !k.starts_with("utm_") && !k.starts_with("at_") && !TRACKING.contains(&k.as_str())
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    query.sort();
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    Some(format!(
        "{host}/{}{}{}",
        path.join("/"),
        if query.is_empty() { "" } else { "?" },
        query.join("&")
    ))
}

/// The address a Wayback Machine copy archived
/// (`web.archive.org/web/20210601000000/https://…`, `…id_/…` forms too).
fn archived_original(raw: &str) -> Option<&str> {
    let rest = raw
        .split_once("://")
        .map_or(raw, |(_, rest)| rest)
        .strip_prefix("web.archive.org/web/")?;
    let (stamp, original) = rest.split_once('/')?;
    (stamp.starts_with(|c: char| c.is_ascii_digit()) && original.contains('.')).then_some(original)
}

/// One post or video under the address forms of its platform.
fn platform_identity(host: &str, path: &[&str], url: &url::Url) -> Option<String> {
    match host {
        "t.me" | "telegram.me" => {
            // `t.me/s/channel/7001` is the web preview of `t.me/channel/7001`.
            let path = path.strip_prefix(&["s"]).unwrap_or(path);
            Some(format!("t.me/{}", path.join("/")))
        }
        "twitter.com" | "x.com" => Some(format!("x.com/{}", path.join("/"))),
        "youtu.be" => Some(format!("youtube.com/watch?v={}", path.first()?)),
        "youtube.com" => {
            let id = match path {
                ["watch"] => url.query_pairs().find(|(k, _)| k == "v")?.1.into_owned(),
                ["shorts" | "embed" | "live", id] => id.to_string(),
                _ => return None,
            };
            Some(format!("youtube.com/watch?v={id}"))
        }
        _ => None,
    }
}

/// A title's first two words cut to four letters, for blocking: the
/// transliterations of one word (`otnosheniya`, `otnosheniia`) share them.
fn title_block(title: &str) -> Option<String> {
    const SKIP: [&str; 6] = ["the", "a", "an", "on", "of", "and"];
    let w: Vec<String> = words(title)
        .into_iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .take(2)
        .map(|w| w.chars().take(4).collect())
        .collect();
    (w.len() == 2 || w.first().is_some_and(|x| x.len() >= 4)).then(|| w.join(" "))
}

/// The first author's family name, and whether it is a person.
fn first_family(entry: &Entry) -> Option<(String, bool)> {
    entry.authors().into_iter().find_map(|n| match n {
        Name::Person { family, .. } => Some((family, true)),
        Name::Organization(o) => Some((o, false)),
        Name::Others => None,
    })
}

fn is_preprint(e: &Entry) -> bool {
    let text = |f: &str| e.text(f).unwrap_or_default().to_lowercase();
    e.has("eprint")
        || [
            "arxiv",
            "ssrn",
            "preprint",
            "biorxiv",
            "medrxiv",
            "osf.io",
            "researchsquare",
        ]
        .iter()
        .any(|w| {
            text("url").contains(w)
                || text("howpublished").contains(w)
                || text("note").contains(w)
                || text("publisher").contains(w)
        })
}

fn is_chapter(e: &Entry) -> bool {
    matches!(
        e.entry_type.as_str(),
        "incollection" | "inbook" | "inproceedings" | "bookinbook"
    )
}

/// Candidate pairs among `entries`, best first, of the rules asked for,
/// scoring at least `min_score`.
pub fn candidates(entries: &[&Entry], rules: &[Rule], min_score: f64) -> Vec<Candidate> {
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        let mut put = |k: String| blocks.entry(k).or_default().push(i);
        if let Some(doi) = e.text("doi") {
            put(format!("doi:{}", normalize_doi(&doi)));
        }
        if let Some(url) = e.text("url").and_then(|u| page_identity(&u)) {
            put(format!("url:{url}"));
        }
        for title in [e.text("title"), e.translated_title(), e.text("booktitle")]
            .into_iter()
            .flatten()
        {
            if let Some(b) = title_block(&title) {
                put(format!("title:{b}"));
            }
        }
    }
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut out = Vec::new();
    for members in blocks.values() {
        // A block this large is a common phrase, not a work.
        if members.len() > 200 {
            continue;
        }
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let pair = (i.min(j), i.max(j));
                if !seen.insert(pair) {
                    continue;
                }
                if let Some(c) = compare(entries[pair.0], entries[pair.1], rules)
                    && c.score >= min_score
                {
                    out.push(c);
                }
            }
        }
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.keys.cmp(&b.keys))
    });
    out
}

/// The strongest evidence that `a` and `b` are one work.
fn compare(a: &Entry, b: &Entry, rules: &[Rule]) -> Option<Candidate> {
    let on = |r: Rule| rules.contains(&r);
    let make = |score: f64, rule: Rule, evidence: Vec<String>| Candidate {
        keys: [a.key.clone(), b.key.clone()],
        score,
        rule,
        evidence,
        mergeable: rule != Rule::Chapter,
    };
    let title = |e: &Entry| e.text("title").unwrap_or_default();
    let (ta, tb) = (title(a), title(b));
    let same_title = title_similarity(&ta, &tb);
    // Another number (a year, a part, a volume) is another work however
    // alike the rest is; another proper name only when the titles differ.
    let conflict = numbers_conflict(&ta, &tb) || (same_title < 0.95 && titles_conflict(&ta, &tb));
    let years = (a.year(), b.year());
    // The same title a year apart is most often a series (annual reports,
    // yearly surveys); a preprint and its version are matched below.
    let same_year = matches!(years, (Some(x), Some(y)) if x == y);
    let year_known = years.0.is_some() && years.1.is_some();
    let (fa, fb) = (first_family(a), first_family(b));
    let author = match (&fa, &fb) {
        (Some((x, false)), Some((y, false))) => Some(organisations_agree(x, y)),
        (Some(x), Some(y)) => Some(name_matches(&x.0, std::slice::from_ref(&y.0))),
        _ => None,
    };
    // An organisation's name in two languages is not a disagreement.
    let persons_differ =
        matches!((&fa, &fb), (Some((_, true)), Some((_, true)))) && author == Some(false);
    // Two different pages are two works, whatever their titles.
    let other_pages = matches!(
        (a.text("url").and_then(|u| page_identity(&u)), b.text("url").and_then(|u| page_identity(&u))),
        (Some(x), Some(y)) if x != y
    );
    if on(Rule::Doi)
        && let (Some(x), Some(y)) = (a.text("doi"), b.text("doi"))
        && normalize_doi(&x) == normalize_doi(&y)
    {
        let mut evidence = vec![format!("same DOI {}", normalize_doi(&x))];
        if same_title < 0.8 {
            evidence.push(format!("titles differ: “{ta}” / “{tb}”"));
        }
        return Some(make(1.0, Rule::Doi, evidence));
    }
    if on(Rule::Url)
        && let (Some(x), Some(y)) = (a.text("url"), b.text("url"))
        && let (Some(px), Some(py)) = (page_identity(&x), page_identity(&y))
        && px == py
    {
        let evidence = vec![format!("one page: {x} / {y}")];
        return Some(make(
            if x.trim() == y.trim() { 0.98 } else { 0.95 },
            Rule::Url,
            evidence,
        ));
    }
    if on(Rule::Chapter) && is_chapter(a) != is_chapter(b) {
        let (chapter, book) = if is_chapter(a) { (a, b) } else { (b, a) };
        if let Some(booktitle) = chapter.text("booktitle")
            && title_similarity(&booktitle, &title(book)) >= 0.9
            && chapter.text("crossref").is_none_or(|p| p != book.key)
        {
            return Some(make(
                0.7,
                Rule::Chapter,
                vec![format!(
                    "{} is a chapter of {} (“{booktitle}”); link them with crossref",
                    chapter.key, book.key
                )],
            ));
        }
    }
    let close_title = same_title >= 0.9 || (same_title >= 0.8 && author == Some(true) && same_year);
    if on(Rule::Title) && close_title && !conflict && author != Some(false) && !other_pages {
        let preprint = is_preprint(a) != is_preprint(b);
        if preprint && on(Rule::Preprint) {
            return Some(make(
                0.85,
                Rule::Preprint,
                vec![
                    format!("same title ({same_title:.2}) and first author"),
                    "one is a preprint, the other its published version".to_string(),
                ],
            ));
        }
        if same_year || !year_known {
            let mut score: f64 = 0.8 + 0.1 * same_title;
            if author == Some(true) {
                score += 0.05;
            }
            if a.entry_type != b.entry_type {
                score -= 0.1;
            }
            let mut evidence = vec![format!("same title ({same_title:.2})")];
            if author == Some(true) {
                evidence.push("same first author".into());
            }
            if same_year {
                evidence.push("same year".into());
            }
            return Some(make(score.min(0.97), Rule::Title, evidence));
        }
    }
    if on(Rule::Translation) {
        for (x, y) in [(a, b), (b, a)] {
            let Some(translation) = x.translated_title() else {
                continue;
            };
            let sim = title_similarity(&translation, &title(y));
            if sim >= 0.85 && !persons_differ && !other_pages && (same_year || !year_known) {
                return Some(make(
                    0.8,
                    Rule::Translation,
                    vec![format!(
                        "{}'s translated title matches {}'s title ({sim:.2})",
                        x.key, y.key
                    )],
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_variants_are_one_page() {
        let id = |u: &str| page_identity(u).expect("url");
        let canonical = id("https://www.example.org/news/item-1");
        for variant in [
            "http://example.org/news/item-1/",
            "https://m.example.org/news/item-1?utm_source=x&fbclid=y",
            "https://example.org/amp/news/item-1",
            "https://example.org/news/item-1/amp/",
            "https://example.org/news/item-1#comments",
            "https://example.org/news/item-1.amp",
            "https://example.org/news/item-1?print=1",
            "https://web.archive.org/web/20210601000000/https://www.example.org/news/item-1",
            "http://web.archive.org/web/20210601id_/example.org/news/item-1/",
        ] {
            assert_eq!(id(variant), canonical, "{variant}");
        }
        assert_ne!(id("https://example.org/news/item-2"), canonical);
        assert_ne!(
            id("https://example.org/news?id=1"),
            id("https://example.org/news?id=2")
        );
        assert_ne!(id("https://example.org/news/item-1.ampx"), canonical);
        // Posts and videos under their platforms' address forms.
        for (a, b) in [
            ("https://t.me/s/pul_1/7001", "https://t.me/pul_1/7001"),
            (
                "https://mobile.twitter.com/user/status/1?s=20",
                "https://x.com/user/status/1",
            ),
            (
                "https://youtu.be/dQw4w9WgXcQ?t=5",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=120s&list=PL1",
            ),
            (
                "https://www.youtube.com/shorts/dQw4w9WgXcQ",
                "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
            ),
        ] {
            assert_eq!(id(a), id(b), "{a} / {b}");
        }
        assert_ne!(id("https://t.me/pul_1/7001"), id("https://t.me/pul_1/7002"));
        // Copies of copies, as deep as a hostile library nests them.
        let nested = "https://web.archive.org/web/2021/".repeat(20_000)
            + "https://www.example.org/news/item-1";
        assert_eq!(id(&nested), canonical);
        assert_ne!(
            id("https://youtu.be/dQw4w9WgXcQ"),
            id("https://youtu.be/aBcDeFgHiJk")
        );
    }
}
