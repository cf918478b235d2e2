//! Two works joined inside one clause of a note: a work cited through
//! another ("…, p. 204 apud SCHWARCZ, op. cit.", "…, quoted in Smith, …")
//! and author-date citations joined by a conjunction ("Tusell (1988), pp.
//! 45-50, y Juliá (1999)"). [`super::split`] calls these on each clause
//! after its lead-ins are split.

use std::sync::LazyLock;

use regex::Regex;

use super::split::{is_citation, strip_commentary};

/// "…, 1975, p. 204 apud SCHWARCZ, op. cit., p. 45", "…, 12, quoted in
/// Smith, Title (2010), 7", "…, 1976, cité par …": a work cited through
/// another, both works.
/// The first ends with its page or year before the words.
pub(super) fn split_at_cited_in(part: &str) -> Vec<String> {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        super::text::any_case(&["apud ", "quoted in ", "cited in ", "zit. nach "])
    });
    // The Romance words in small letters, as notes write them mid-clause:
    // in the set of every case they made the test slower for every note.
    static ROMANCE: LazyLock<super::text::Words> =
        LazyLock::new(|| super::text::Words::new(&["cité ", "citato in ", "citado "]));
    static CITED_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:,\s*|\s+)(?:as\s+)?(?:apud|quoted\s+in|cited\s+in|zit\.\s+nach|cité\s+(?:par|dans)|citato\s+in|citado\s+(?:en|por)):?\s+")
            .expect("cited-in pattern")
    });
    if !WORDS.is_match(part) && !ROMANCE.is_match(part) {
        return vec![part.to_string()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for m in CITED_IN.find_iter(part) {
        let left = part[start..m.start()].trim_end_matches([',', ' ']);
        let right = &part[m.end()..];
        if left
            .trim_end_matches(['.', ')'])
            .ends_with(|c: char| c.is_ascii_digit())
            && is_citation(&strip_commentary(left))
            && is_citation(right)
        {
            out.push(left.to_string());
            start = m.end();
        }
    }
    out.push(part[start..].to_string());
    out
}

/// "Tusell (1988), pp. 45-50, y Juliá (1999), cap. 3", "Beck (1986), 12,
/// and Giddens (1991)": author-date citations joined by a comma and a
/// conjunction, each read whole as one.
pub(super) fn split_short_citations(part: &str) -> Vec<String> {
    static JOIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+(?:y|and|e|und|et|i)\s+").expect("short citations join pattern")
    });
    if part.len() > 200 || !part.contains(", ") {
        return vec![part.to_string()];
    }
    // An author-date citation is short and has its year; most text before
    // ", and" is a longer reference, told without reading it.
    let short = |t: &str| {
        t.len() <= 160
            && t.bytes().any(|b| b.is_ascii_digit())
            && super::short::author_year(&strip_commentary(t)).is_some()
    };
    let mut out = Vec::new();
    let mut start = 0;
    for m in JOIN.find_iter(part) {
        let (left, right) = (&part[start..m.start()], &part[m.end()..]);
        let next = JOIN.find(right).map_or(right, |n| &right[..n.start()]);
        if short(left) && short(next) {
            out.push(left.to_string());
            start = m.end();
        }
    }
    out.push(part[start..].to_string());
    out
}
