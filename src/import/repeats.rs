//! Repeats within one article: which earlier note a later one points back
//! at ("Ibid.", "Op. cit."), or repeats in a shorter form (same first author,
//! the same title or its start, nothing that contradicts it).
//!
//! Works are indexed by their comparable title (an ordered map, so that
//! the works whose title starts with a short title are one range) and by
//! the consonants of their first author's family name (Turarbekava and
//! Турарбекова share `trrbkv`), so resolving a note costs a few
//! comparisons, not one per earlier note.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Entry, Name};
use crate::library::dedupe::{normalize_doi, normalize_name, normalize_title, normalize_url};
use crate::parse::{ParsedNote, Work};

/// A work first cited in this article.
pub struct Cited {
    pub marker: String,
    pub entry: Arc<Entry>,
    /// The year of the work, to tell two works of one title apart.
    year: Option<i32>,
    keys: WorkKeys,
}

/// The works of an article so far, with lookup tables.
#[derive(Default)]
pub struct CitedWorks {
    works: Vec<Cited>,
    by_key: HashMap<String, usize>,
    by_family: HashMap<String, Vec<usize>>,
    by_title: BTreeMap<String, Vec<usize>>,
}

/// What a work is compared by when notes repeat it: its title without a
/// leading article, first author's family name, address and DOI, each
/// normalised. Made once per note, for the search and the record.
#[derive(Debug, Clone, Default)]
pub struct WorkKeys {
    title: Option<String>,
    family: Option<String>,
    url: Option<String>,
    doi: Option<String>,
}

impl WorkKeys {
    pub fn of(work: &Work) -> WorkKeys {
        WorkKeys {
            title: work.title.as_deref().map(comparable_title),
            // An edited book is cited by its editor: "Kocka, a.a.O.".
            family: work
                .authors
                .first()
                .or_else(|| work.editors.first())
                .map(normalize_name),
            url: work.url.as_deref().and_then(normalize_url),
            doi: work.doi.as_deref().map(normalize_doi),
        }
    }
}

impl CitedWorks {
    pub fn get(&self, i: usize) -> &Cited {
        &self.works[i]
    }

    pub fn position_of_key(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Records a newly cited work, with its keys ([`WorkKeys::of`] it),
    /// and returns its index.
    pub fn push(&mut self, marker: &str, work: &Work, keys: WorkKeys, entry: &Arc<Entry>) -> usize {
        let i = self.works.len();
        if let Some(f) = &keys.family {
            self.by_family.entry(skeleton(f)).or_default().push(i);
        }
        if let Some(t) = &keys.title {
            self.by_title.entry(t.clone()).or_default().push(i);
        }
        self.by_key.insert(entry.key.clone(), i);
        self.works.push(Cited {
            marker: marker.to_string(),
            entry: Arc::clone(entry),
            year: work.date.map(|d| d.year),
            keys,
        });
        i
    }

    /// The latest cited work whose first author matches "Turarbekova" or
    /// "Турарбекова Р." (across scripts); with a short title after the name
    /// ("Tucci, Mercanti", "Id., La Distinction"), the latest of that
    /// author's works whose title starts so, if one does. "Id." and "Ders."
    /// name the author of the work cited just before (`previous`).
    pub fn find_by_author(&self, author: &str, previous: Option<usize>) -> Option<usize> {
        let (who, short_title) = author.split_once(',').unwrap_or((author, ""));
        let wanted = if is_idem(who) {
            self.works.get(previous?)?.keys.family.clone()?
        } else {
            // The first word of two letters or more: "A. Rossi, Title"
            // names Rossi, not "A.", and "A. de Tinguy" Tinguy, not "de";
            // "Le Huérou" Huérou, as the family name was kept.
            let word = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() > 1;
            let mut words = who.split(' ').filter(word);
            let named: Vec<&str> = who.split(' ').filter(word).collect();
            let capitalised = named.iter().enumerate().find_map(|(k, w)| {
                let particle = k + 1 < named.len() && crate::parse::names::is_particle(w);
                (w.starts_with(char::is_uppercase) && !particle).then_some(*w)
            });
            capitalised
                .or_else(|| words.next())
                .map(|w| normalize_name(&Name::Organization(w.to_string())))?
        };
        let mut by_author = self
            .by_family
            .get(&skeleton(&wanted))?
            .iter()
            .rev()
            .copied()
            .filter(|&i| {
                self.works[i]
                    .keys
                    .family
                    .as_deref()
                    .is_some_and(|f| close_names(f, &wanted))
            });
        let latest = by_author.next()?;
        let short = comparable_title(short_title);
        if short.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return Some(latest);
        }
        let titled = |i: usize| {
            self.works[i]
                .keys
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with(&short))
        };
        Some(
            std::iter::once(latest)
                .chain(by_author)
                .find(|&i| titled(i))
                .unwrap_or(latest),
        )
    }

    /// The latest cited work whose title names this party as whole words
    /// ("Loomis" in "State v. Loomis"): a case's short form. Such notes are
    /// rare, so the works are scanned.
    pub fn find_case(&self, party: &str) -> Option<usize> {
        let party = format!(" {} ", comparable_title(party));
        (0..self.works.len()).rev().find(|&i| {
            self.works[i]
                .keys
                .title
                .as_deref()
                .is_some_and(|t| t.contains(" v ") && format!(" {t} ").contains(&party))
        })
    }

    /// Which of a note's works a cross-reference to it means ("Golosov (n
    /// 4) 570", "Dawisha, supra note 3", "Google Spain (n 34)"): the one
    /// whose first author or title start the words before the reference
    /// name, else the note's first.
    pub fn pick_named(&self, among: &[usize], text: &str) -> Option<usize> {
        let first = *among.first()?;
        if among.len() == 1 {
            return Some(first);
        }
        let lead = text
            .split(['(', '[', ','])
            .next()
            .unwrap_or(text)
            .split(" supra")
            .next()
            .unwrap_or(text);
        let said = comparable_title(lead);
        let words: Vec<String> = lead
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| w.chars().count() >= 3)
            .map(|w| normalize_name(&Name::Organization(w.to_string())))
            .collect();
        let named = among.iter().copied().find(|&i| {
            let keys = &self.works[i].keys;
            keys.family
                .as_deref()
                .is_some_and(|f| words.iter().any(|w| close_names(w, f)))
                || (said.split(' ').count() >= 2
                    && keys.title.as_deref().is_some_and(|t| t.starts_with(&said)))
        });
        Some(named.unwrap_or(first))
    }

    /// An earlier cited work that this note repeats; `keys` are the
    /// note's work's.
    pub fn find_repeat(&self, parsed: &ParsedNote, text: &str, keys: &WorkKeys) -> Option<usize> {
        let later = &parsed.work;
        let WorkKeys {
            title,
            family,
            url,
            doi,
        } = keys;
        // The same title, or a longer one it is the start of.
        let mut candidates: Vec<usize> = match &title {
            Some(t) => {
                let mut found = self.by_title.get(t).cloned().unwrap_or_default();
                if t.split(' ').count() >= 2 {
                    // Titles starting with "t " sort between "t " and "t!".
                    let range = self.by_title.range(format!("{t} ")..format!("{t}!"));
                    found.extend(range.flat_map(|(_, v)| v.iter().copied()));
                }
                found
            }
            None => Vec::new(),
        };
        let bare = is_bare(later, text);
        // "Giddens 1988, S. 77": an author and a year alone repeat that
        // author's work of that year (the latest, if there are several).
        if title.is_none()
            && later.container.is_none()
            && later.url.is_none()
            && let (Some(f), Some(date)) = (family, later.date)
            && let Some(found) = self.by_family.get(&skeleton(f))
            && let Some(&i) = found.iter().rev().find(|&&i| {
                let earlier = &self.works[i];
                earlier.year == Some(date.year)
                    && earlier
                        .keys
                        .family
                        .as_deref()
                        .is_some_and(|e| close_names(f, e))
            })
        {
            return Some(i);
        }
        // "Smith et al., 7." or "Ioffe, 102.": an author and a page alone
        // repeat that author's latest work.
        if bare
            && let Some(name) = author_only(text)
            && let Some(i) = self.find_by_author(name, None)
        {
            return Some(i);
        }
        if bare {
            // A short note may name its author anywhere: look each word up.
            for word in text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
            {
                let key = skeleton(&normalize_name(&Name::Organization(word.to_string())));
                if let Some(found) = self.by_family.get(&key) {
                    candidates.extend(found);
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates.into_iter().rev().find(|&i| {
            let earlier = &self.works[i];
            let differ = |a: &Option<String>, b: &Option<String>| matches!((a, b), (Some(a), Some(b)) if a != b);
            let year_differs =
                matches!((later.date, earlier.year), (Some(a), Some(b)) if a.year != b);
            if differ(url, &earlier.keys.url) || differ(doi, &earlier.keys.doi) || year_differs {
                return false;
            }
            let same_title = match (title, &earlier.keys.title) {
                (Some(l), Some(e)) => {
                    l == e || (l.split(' ').count() >= 2 && e.starts_with(&format!("{l} ")))
                }
                _ => false,
            };
            let same_author = match (family, &earlier.keys.family) {
                (Some(l), Some(e)) => close_names(l, e),
                (None, _) => true,
                (Some(_), None) => false,
            };
            // "Yeliseyeu, \"Information Space,\" 205.": a short title of the
            // title's key words, not its start, by an author named.
            let key_words = || {
                bare && family.is_some()
                    && matches!((title, &earlier.keys.title), (Some(l), Some(e))
                        if l.contains(' ') && has_words(e, l))
            };
            (same_author && (same_title || key_words())) || (bare && mentions_work(text, earlier))
        })
    }
}

/// Whether `words` stand in `title` as whole words, side by side.
fn has_words(title: &str, words: &str) -> bool {
    title.match_indices(words).any(|(at, _)| {
        let end = at + words.len();
        (at == 0 || title.as_bytes()[at - 1] == b' ')
            && (end == title.len() || title.as_bytes()[end] == b' ')
    })
}

/// "Id.", "Idem", "Ead.", "Ders.", "Dies.": the author just named.
fn is_idem(who: &str) -> bool {
    let w = who.trim().trim_end_matches('.').to_lowercase();
    matches!(
        w.as_str(),
        "id" | "idem" | "ead" | "eadem" | "ders" | "dies" | "derselbe" | "dieselbe"
    )
}

/// The consonants of a normalised name, which survive the vowel changes
/// of transliteration (Turarbekava / Turarbekova).
fn skeleton(name: &str) -> String {
    name.chars().filter(|c| !"aeiouy".contains(*c)).collect()
}

/// Family names equal after transliteration, allowing one letter of
/// difference in longer names (Turarbekava / Turarbekova).
fn close_names(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() == b.len() && a.len() >= 6 && a.iter().zip(&b).filter(|(x, y)| x != y).count() <= 1
}

/// A title for comparison: normalised, without a leading article, which
/// short titles drop ("House That Lukashenko Built").
fn comparable_title(title: &str) -> String {
    let t = normalize_title(title);
    for article in ["the ", "a ", "an "] {
        if let Some(rest) = t.strip_prefix(article) {
            return rest.to_string();
        }
    }
    t
}

/// A short note with nothing but an author, a short title and a page.
fn is_bare(later: &Work, text: &str) -> bool {
    later.url.is_none()
        && later.doi.is_none()
        && later.date.is_none()
        && later.container.is_none()
        && later.publisher.is_none()
        && later.pagetotal.is_none()
        && text.chars().count() <= 120
}

/// Whether a short note names an earlier work's author and the first words
/// of its title without quoting it: "Turarbekova, Belarusian-Chinese
/// relations, 45.", "Anderson, Lineages, 20." (one word of five letters or
/// more).
fn mentions_work(text: &str, earlier: &Cited) -> bool {
    let (Some(family), Some(title)) = (
        earlier.keys.family.as_deref(),
        earlier.keys.title.as_deref(),
    ) else {
        return false;
    };
    let text_ascii = normalize_name(&Name::Organization(text.to_string()));
    let title_words: Vec<&str> = title.split(' ').take(2).collect();
    if family.len() < 3 || !text_ascii.contains(family) {
        return false;
    }
    let said = normalize_title(text);
    // "Anderson, Lineages, 20.": one long word may stand for the title.
    let one_word = title_words
        .first()
        .is_some_and(|w| w.chars().count() >= 5 && said.split(' ').any(|s| s == *w));
    (title_words.len() == 2 && said.contains(&title_words.join(" "))) || one_word
}

/// The name of a note that is a name, "et al." and a page, nothing else:
/// "Smith et al., 7." → "Smith"; "Иванов и др., С. 5." → "Иванов".
fn author_only(text: &str) -> Option<&str> {
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"^\s*(\p{L}[\p{L}'’\-]+(?:\s+\p{L}[\p{L}'’\-]+)?)(?:,?\s+(?:et\s+al\.?|и\s+др\.?|u\.\s*a\.|等))?\s*[,.]?\s*(?:(?:pp?\.|с\.|С\.|S\.)\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\s*\.?\s*$"#,
        )
        .expect("author-and-page pattern")
    });
    let name = SHORT.captures(text)?.get(1)?.as_str();
    // "Ibid" and "Op" are back-references, read elsewhere.
    let lower = name.to_lowercase();
    (![
        "ibid",
        "ibidem",
        "id",
        "там же",
        "ebd",
        "ivi",
        "op",
        "cit",
        "see",
        "cf",
    ]
    .contains(&lower.as_str()))
    .then_some(name)
}

/// The page at the end of a short note: "Ioffe, Reassessing Lukashenko, 102."
pub fn trailing_page(text: &str) -> Option<String> {
    static PAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"[,.][”"»']?\s*(?:pp?\.|с\.|С\.)?\s*(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*\.?$"#)
            .expect("page pattern")
    });
    PAGE.captures(text.trim())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}
