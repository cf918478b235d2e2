//! Citation keys: readable ASCII, `familyYEAR` (`turarbekova2020`,
//! `druk2023`), Cyrillic and other scripts transliterated, made unique with
//! a letter suffix (`turarbekova2020a`). A work keeps its key across
//! imports because a re-imported work is found in the library and reused.

use std::collections::{HashMap, HashSet};

use crate::entry::Name;

/// Words skipped when a key is built from an organisation's name or a title.
const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "and", "for", "to", "o", "ob", "v", "na", "i", "po", "k",
    "s", "za", "pra", "u",
];

/// Hands out keys that are unique among those already taken.
#[derive(Debug, Default)]
pub struct KeyAllocator {
    taken: HashSet<String>,
    /// For each base key, how many suffixes are known to be taken, so that
    /// a thousand works by one ministry in one year cost a thousand steps,
    /// not half a million.
    next_suffix: HashMap<String, usize>,
}

impl KeyAllocator {
    pub fn new<'a>(existing: impl IntoIterator<Item = &'a str>) -> Self {
        KeyAllocator {
            taken: existing.into_iter().map(str::to_string).collect(),
            next_suffix: HashMap::new(),
        }
    }

    /// A new key for a work by `authors` titled `title` from `year`.
    pub fn allocate(&mut self, authors: &[Name], title: Option<&str>, year: Option<i32>) -> String {
        let base = base_key(authors, title, year);
        let mut key = base.clone();
        if self.taken.contains(&key) {
            let n = self.next_suffix.entry(base.clone()).or_insert(0);
            loop {
                key = format!("{base}{}", suffix(*n));
                *n += 1;
                if !self.taken.contains(&key) {
                    break;
                }
            }
        }
        self.taken.insert(key.clone());
        key
    }
}

/// a, b, …, z, aa, ab, …
pub fn suffix(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The key before disambiguation: the first author's family name (or the
/// first word of an organisation's name, or of the title) and the year.
pub fn base_key(authors: &[Name], title: Option<&str>, year: Option<i32>) -> String {
    let name = authors
        .iter()
        .find_map(|a| match a {
            Name::Person { family, .. } => Some(ascii_word(family)),
            Name::Organization(org) => first_significant_word(org),
            Name::Others => None,
        })
        .filter(|s| !s.is_empty())
        .or_else(|| title.and_then(first_significant_word))
        .unwrap_or_else(|| "anon".to_string());
    let name: String = name.chars().take(24).collect();
    match year {
        Some(y) => format!("{name}{y}"),
        None => name,
    }
}

/// Lowercase ASCII letters and digits of a word, transliterated.
fn ascii_word(word: &str) -> String {
    any_ascii::any_ascii(word)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn first_significant_word(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | ':' | ',' | '.'))
        .map(ascii_word)
        .find(|w| w.len() > 1 && !STOP_WORDS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_transliterated_keys() {
        let mut keys = KeyAllocator::new(["druk2022"]);
        let druk = [Name::person("Друк", "Мария")];
        assert_eq!(keys.allocate(&druk, None, Some(2023)), "druk2023");
        assert_eq!(keys.allocate(&druk, None, Some(2022)), "druk2022a");
        let t = [Name::person("Турарбекова", "Роза")];
        assert_eq!(keys.allocate(&t, None, Some(2020)), "turarbekova2020");
        assert_eq!(keys.allocate(&t, None, Some(2020)), "turarbekova2020a");
        assert_eq!(keys.allocate(&t, None, Some(2020)), "turarbekova2020b");
        let org = [Name::Organization("Министерство иностранных дел".into())];
        assert_eq!(keys.allocate(&org, None, None), "ministerstvo");
        assert_eq!(
            keys.allocate(&[], Some("The Great Stone"), Some(2019)),
            "great2019"
        );
        assert_eq!(keys.allocate(&[], None, None), "anon");
    }

    #[test]
    fn suffixes_go_on_after_z() {
        assert_eq!(suffix(0), "a");
        assert_eq!(suffix(25), "z");
        assert_eq!(suffix(26), "aa");
        assert_eq!(suffix(27), "ab");
    }
}
