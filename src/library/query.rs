//! Finding entries: the year ranges of `refman list` (its filter is in
//! [`super::rows`]) and the ranked search of `refman search`, which matches
//! words across scripts (every text is compared in transliteration, so
//! `lukashenko samarkand` finds `Лукашенко … в Самарканде`) in the title,
//! its translation and transliteration, the authors, the outlet, the key
//! and the year.

use crate::entry::{Entry, Name};

/// `2020..2023`, `2020..`, `..2019` or `2021`.
pub fn parse_years(text: &str) -> Result<(i32, i32), String> {
    let year = |s: &str, default: i32| -> Result<i32, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(default);
        }
        s.parse::<i32>().map_err(|_| format!("`{s}` is not a year"))
    };
    match text.split_once("..") {
        Some((a, b)) => Ok((year(a, i32::MIN)?, year(b, i32::MAX)?)),
        None => {
            let y = year(text, 0)?;
            Ok((y, y))
        }
    }
}

/// Lower-case ASCII words of a text in any script.
fn words(text: &str) -> Vec<String> {
    any_ascii::any_ascii(text)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Where a query word was found, and what that is worth.
const WEIGHTS: [(&str, u32); 7] = [
    ("key", 4),
    ("title", 3),
    ("author", 3),
    ("translation", 2),
    ("container", 1),
    ("year", 1),
    ("other", 1),
];

/// The searchable words of an entry, by field group (in the order of
/// [`WEIGHTS`]), each group's words joined by single spaces.
pub fn fields(entry: &Entry) -> [String; 7] {
    let names: Vec<String> = entry
        .names("author")
        .into_iter()
        .chain(entry.names("editor"))
        .flat_map(|n| match n {
            Name::Person { family, given, .. } => words(&format!("{family} {given}")),
            Name::Organization(o) => words(&o),
            Name::Others => Vec::new(),
        })
        .collect();
    let text = |f: &str| entry.text(f).map(|t| words(&t)).unwrap_or_default();
    let mut other = text("usere");
    other.extend(text("subtitle"));
    other.extend(text("publisher"));
    other.extend(text("institution"));
    [
        words(&entry.key),
        text("title"),
        names,
        text("titleaddon"),
        entry.container().map(|c| words(&c)).unwrap_or_default(),
        entry
            .year()
            .map(|y| vec![y.to_string()])
            .unwrap_or_default(),
        other,
    ]
    .map(|group| group.join(" "))
}

/// The query's words, as [`score`] compares them.
pub fn query_words(query: &str) -> Vec<String> {
    words(query)
}

/// How well an entry's field groups (from [`fields`]) match every query
/// word (as a word's beginning, or a close transliteration variant);
/// `None` when a word is missing.
pub fn score<S: AsRef<str>>(groups: &[S; 7], wanted: &[String]) -> Option<u32> {
    let mut score = 0;
    for w in wanted {
        // A field word matches when it begins with the word or is a close
        // variant of it (five letters and seven tenths of the word in common
        // at the beginning: `samarkand`, `samarkande`; `tsinpin`,
        // `tszinpin`): both are "begins with the word's first
        // `matched_beginning` letters".
        let beginning = &w.as_bytes()[..matched_beginning(w)];
        let (mut best, mut exact) = (None, false);
        // Words are split by bytes: they are short, and a `memchr` call per
        // word costs more than the comparison (a search of 100,000 entries
        // every one matches scores them all).
        for (words, (_, weight)) in groups.iter().zip(WEIGHTS) {
            for x in words.as_ref().as_bytes().split(|&b| b == b' ') {
                if x.starts_with(beginning) {
                    best = best.max(Some(weight));
                    // A whole word is worth more than its beginning.
                    exact |= x == w.as_bytes();
                }
            }
        }
        let best = best?;
        score += best * 2 + u32::from(exact);
    }
    Some(score)
}

/// How much of a query word (lowercase ASCII, from [`query_words`]) a
/// field word must begin with to match it: all of it, or for a word of six
/// letters or more, as much as a transliteration variant shares with it
/// (at least five letters and seven tenths of the word).
pub fn matched_beginning(word: &str) -> usize {
    if word.len() >= 6 {
        (word.len() * 7).div_ceil(10).max(5)
    } else {
        word.len()
    }
}

/// Best first: by score, then newest first, then by key.
pub fn rank<T>(hits: &mut [(u32, Option<i32>, &str, T)]) {
    hits.sort_by(ranking);
}

/// The order of [`rank`]: a total order, as keys are unique.
pub fn ranking<T>(
    a: &(u32, Option<i32>, &str, T),
    b: &(u32, Option<i32>, &str, T),
) -> std::cmp::Ordering {
    b.0.cmp(&a.0)
        .then_with(|| b.1.cmp(&a.1))
        .then_with(|| a.2.cmp(b.2))
}

/// Entries matching every word of the query (as a word's beginning),
/// best first: by where the words were found, then newest first.
pub fn search<'a>(entries: impl Iterator<Item = &'a Entry>, query: &str) -> Vec<(u32, &'a Entry)> {
    let wanted = words(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u32, Option<i32>, &str, &Entry)> = entries
        .filter_map(|entry| {
            let s = score(&fields(entry), &wanted)?;
            Some((s, entry.year(), entry.key.as_str(), entry))
        })
        .collect();
    rank(&mut hits);
    hits.into_iter().map(|(s, _, _, e)| (s, e)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::rows::{Filter, Row};

    fn entry(key: &str, kind: &str, title: &str, year: i32) -> Entry {
        let mut e = Entry::new(key, kind);
        e.set_text("title", title);
        e.set_text("date", &year.to_string());
        e
    }

    #[test]
    fn filters_combine() {
        let mut e = entry("belta2022", "online", "Лукашенко", 2022);
        e.set_text("langid", "russian");
        let f = Filter {
            types: vec!["online".into()],
            language: Some("ru".into()),
            years: Some(parse_years("2020..2023").unwrap()),
            missing: vec!["author".into()],
        };
        assert!(f.keeps(&Row::of(&e)));
        let f = Filter {
            missing: vec!["date".into()],
            ..Filter::default()
        };
        assert!(!f.keeps(&Row::of(&e)));
        assert_eq!(parse_years("..2019").unwrap(), (i32::MIN, 2019));
        assert!(parse_years("20x").is_err());
    }

    /// A field word matches a query word when it begins with it or is a
    /// close variant (a long common beginning): one test of the field
    /// word's beginning, for every pair of words over a small alphabet.
    #[test]
    fn a_match_is_the_words_beginning() {
        let close = |a: &str, b: &str| {
            let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            common >= 5 && common * 10 >= b.len() * 7
        };
        let mut words = vec![String::new()];
        for _ in 0..9 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() < 9)
                .flat_map(|w| ["a", "b"].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        words.sort();
        words.dedup();
        words.retain(|w| !w.is_empty());
        let mut matches = 0;
        for w in words.iter().step_by(7) {
            for x in words.iter().step_by(5) {
                let old = x.starts_with(w.as_str()) || (w.len() >= 6 && close(x, w));
                let new = x.starts_with(&w[..matched_beginning(w)]);
                assert_eq!(old, new, "{x} for {w}");
                matches += usize::from(new);
            }
        }
        assert!(matches > 100, "{matches}");
    }

    #[test]
    fn search_crosses_scripts_and_ranks() {
        let a = entry(
            "belta2022",
            "online",
            "Лукашенко и Си Цзиньпин встретились в Самарканде",
            2022,
        );
        let b = entry("other2020", "online", "Samarkand summit preview", 2020);
        let c = entry("none", "online", "Unrelated", 2021);
        let found = search([&a, &b, &c].into_iter(), "lukashenko samarkand");
        let keys: Vec<&str> = found.iter().map(|(_, e)| e.key.as_str()).collect();
        assert_eq!(keys, ["belta2022"]);
        let found = search([&a, &b, &c].into_iter(), "samarkand");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1.key, "other2020", "a whole word ranks first");
    }
}
