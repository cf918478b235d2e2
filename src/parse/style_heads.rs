//! Heads of references whose whole form one style fixes, read by the
//! rules before anything else in [`super::heads`] (after GB/T 7714's, in
//! [`super::gbt`]): APA's entry without an author (`*Title*. (1995).`), the
//! Italian form with the journal in guillemets after names joined by
//! dashes.

use std::sync::LazyLock;

use regex::Regex;

use super::{label, names, text};
use crate::entry::{Date, Name};

/// The Italian form: "A. Rossi - B. Bianchi, Title, «Journal», 45 (2003),
/// pp. 12-30" (or "Title, in «Journal», …"): names joined by dashes, the
/// title unquoted or in guillemets too, the journal in guillemets before
/// its volume or year;
/// older volumes in Roman numerals ("«Nord e Sud», III (1956)"), a year of
/// publication ("«Rivista storica italiana», a. LXIV (1952)"), a series
/// before them ("s. V, 58-59"). Polish notes set the journal in „…” before
/// its year ("A. Nowak, Title, „Przegląd Wschodni” 2015, nr 2").
pub(super) fn journal_in_guillemets(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    // No `\b`: a Unicode word boundary makes the lazy DFA give up on
    // Cyrillic or Chinese notes, and every note would then be searched by
    // backtracking.
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^\s*(?P<authors>[^,«»]+),\s*(?P<title>«[^«»]+»|[^«»„“”]+?),\s*(?:in\s+)?(?:«(?P<journal>[^«»]+)»|„(?P<polish>[^„“”«»"]+)[“”"]),?\s*(?:(?:n\.\s*)?s\.\s*[IVXLC\d]{1,5}[\s,]+)?(?:(?:a\.\s*|anno\s+)?(?P<roman>[IVXLC]{1,7})[\s,]+)?(?:\d|\(|nr\s|t\.\s|z\.\s|R\.\s|vol\.\s|№)"#)
            .expect("guillemet journal pattern")
    });
    // The form needs a guillemet or a low quote; most notes have neither,
    // and a search for the groups costs more than one for the form.
    if !(md.contains('«') || md.contains('„')) || !FORM.is_match(md) {
        return false;
    }
    let Some(c) = FORM.captures(md) else {
        return false;
    };
    // "K. Kłysiński, P. Żochowski, Title, „…”": names with initials after
    // the first author's are authors too, up to the title.
    static INITIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\p{Lu}\p{Ll}?\.(?:\s?\p{Lu}\.)*\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*",
        )
        .expect("initial pattern")
    });
    let mut authors = c["authors"].to_string();
    let mut title = c["title"].trim();
    while let Some(name) = INITIAL.find(title) {
        authors.push_str(", ");
        authors.push_str(name.as_str().trim_end_matches([',', ' ']));
        title = &title[name.end()..];
    }
    if title.is_empty() {
        return false;
    }
    let authors = authors.replace(" - ", "; ").replace(" – ", "; ");
    let (names, editors) = names::parse_author_segment(&authors);
    if names.is_empty() || names.iter().any(|n| matches!(n, Name::Organization(_))) || editors {
        return false;
    }
    let work = &mut labelled.work;
    work.authors = names;
    // "«La Russia e l'Europa», in «Rivista …»": the title in guillemets too.
    let title = title
        .strip_prefix('«')
        .and_then(|t| t.strip_suffix('»'))
        .unwrap_or(title);
    work.title = Some(text::plain(title.trim()));
    let journal = c
        .name("journal")
        .or(c.name("polish"))
        .map_or("", |m| m.as_str());
    work.container = Some(journal.trim().to_string());
    if let Some(roman) = c.name("roman") {
        // The labeller may have read the numeral as the journal, and the
        // issue after it ("II (1961), n. 3") as the volume.
        let roman = roman.as_str().to_string();
        if let Some(other) = work.volume.take().filter(|v| *v != roman) {
            work.number.get_or_insert(other);
        }
        work.volume = Some(roman);
    }
    // "a. LXIV (1952), fasc. III": the issue as a fascicle, which the
    // labeller reads as a second volume.
    if work.number.is_none()
        && let Some(rest) = c.get(0).map(|m| &md[m.end()..])
        && let Some(at) = rest.find("fasc.")
    {
        let issue: String = rest[at + 5..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || "IVXLC-–".contains(*c))
            .collect();
        work.number = Some(issue).filter(|i| !i.is_empty());
    }
    true
}

/// An APA reference without author: "*Title*. (1995). …" puts the
/// italic title where the author would be; an author is never italic.
pub(super) fn apa_title_first(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\x01(?P<title>[^\x01\x02]+)\x02\.?\s*\((?P<year>\d{4})[a-z]?(?:,[^)]*)?\)\.",
        )
        .expect("APA title-first pattern")
    });
    let Some(c) = HEAD.captures(md) else {
        return false;
    };
    let work = &mut labelled.work;
    work.authors.clear();
    work.title = Some(c["title"].trim().trim_end_matches('.').to_string());
    if work.date.is_none() {
        work.date = c["year"]
            .parse()
            .ok()
            .and_then(|y| Date::new(y, None, None));
    }
    labelled.cues.title_italic = true;
    true
}
