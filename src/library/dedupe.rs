//! Finding a work that is already in the library: the same DOI, the same URL
//! (normalised), or the same normalised first authors, title and year.

use std::collections::HashMap;

use crate::entry::{Entry, Name};

/// Lookup tables from identifying features to citation keys.
#[derive(Debug, Default)]
pub struct WorkIndex {
    by_doi: HashMap<String, String>,
    by_url: HashMap<String, String>,
    by_fingerprint: HashMap<String, String>,
}

impl WorkIndex {
    /// The index of identities already computed, in library order.
    pub fn from_identities<'a>(identities: impl IntoIterator<Item = (Identity, &'a str)>) -> Self {
        let mut index = WorkIndex::default();
        for (identity, key) in identities {
            index.insert_identity(identity, key);
        }
        index
    }

    pub fn new<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Self {
        use rayon::prelude::*;
        let entries: Vec<&Entry> = entries.into_iter().collect();
        // Normalising is the work (names parsed, titles folded, URLs
        // parsed); it runs on every core, and the identities are recorded
        // in library order so that the first entry keeps a feature.
        let identities: Vec<Identity> = entries.par_iter().map(|e| Identity::of(e)).collect();
        let mut index = WorkIndex::default();
        for (entry, identity) in entries.iter().zip(identities) {
            index.insert_identity(identity, &entry.key);
        }
        index
    }

    /// Records the identity of an entry with this key; the first entry with
    /// a feature keeps it.
    pub fn insert_identity(&mut self, identity: Identity, key: &str) {
        let Identity {
            doi,
            url,
            fingerprint,
        } = identity;
        for (map, feature) in [
            (&mut self.by_doi, doi),
            (&mut self.by_url, url),
            (&mut self.by_fingerprint, fingerprint),
        ] {
            if let Some(feature) = feature {
                map.entry(feature).or_insert_with(|| key.to_string());
            }
        }
    }

    /// The key of a library entry describing the same work, if any.
    pub fn find(&self, entry: &Entry) -> Option<&str> {
        self.find_identity(&Identity::of(entry))
    }

    /// The key of a library entry with this identity, if any: the DOI
    /// first, then the URL, then authors, title and year.
    pub fn find_identity(&self, identity: &Identity) -> Option<&str> {
        lookup(&self.by_doi, &identity.doi)
            .or_else(|| lookup(&self.by_url, &identity.url))
            .or_else(|| lookup(&self.by_fingerprint, &identity.fingerprint))
    }
}

fn lookup<'a>(map: &'a HashMap<String, String>, feature: &Option<String>) -> Option<&'a str> {
    feature
        .as_ref()
        .and_then(|f| map.get(f))
        .map(String::as_str)
}

/// What tells one work from another, normalised: computed once per entry,
/// for looking it up and then recording it.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    doi: Option<String>,
    url: Option<String>,
    fingerprint: Option<String>,
}

impl Identity {
    pub fn of(entry: &Entry) -> Self {
        Identity {
            doi: entry.text("doi").map(|d| normalize_doi(&d)),
            url: entry.text("url").and_then(|u| normalize_url(&u)),
            fingerprint: fingerprint(entry),
        }
    }

    /// The identity's parts for the search index, in order: DOI, URL,
    /// fingerprint, each `None` when the entry has none.
    pub fn parts(&self) -> [Option<&str>; 3] {
        [
            self.doi.as_deref(),
            self.url.as_deref(),
            self.fingerprint.as_deref(),
        ]
    }

    /// The identity whose [`parts`](Self::parts) these are.
    pub fn from_parts([doi, url, fingerprint]: [Option<String>; 3]) -> Self {
        Identity {
            doi,
            url,
            fingerprint,
        }
    }
}

/// A DOI without its resolver prefix (`https://doi.org/`, `dx.doi.org`,
/// `doi:`), in lowercase: DOIs are case-insensitive.
pub fn normalize_doi(doi: &str) -> String {
    let d = doi.trim().to_lowercase();
    let d = d.strip_prefix("doi:").unwrap_or(&d);
    let d = d.split_once("doi.org/").map_or(d, |(_, rest)| rest);
    d.trim().to_string()
}

/// Scheme and host in lowercase, `www.` and the fragment dropped, trailing
/// slash ignored: two notes citing one page with different text fragments
/// cite one work.
pub fn normalize_url(raw: &str) -> Option<String> {
    let mut url = url::Url::parse(raw.trim()).ok()?;
    url.set_fragment(None);
    let host = url.host_str()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let path = url.path().trim_end_matches('/').to_string();
    let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
    Some(format!("{host}{path}{query}"))
}

/// Lowercase letters and digits of a title, for comparison across punctuation
/// and case.
pub fn normalize_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut space = false;
    for c in title.chars() {
        // ASCII and basic Cyrillic first: most titles are written in them,
        // and the Unicode tables are the slow part.
        let lower = match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' => Some(c.to_ascii_lowercase()),
            'А'..='Я' => char::from_u32(c as u32 + 0x20),
            'а'..='я' => Some(c),
            _ if c.is_ascii() || !c.is_alphanumeric() => {
                space = true;
                continue;
            }
            _ => None,
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match lower {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A person's family name or an organisation's name, in ASCII lowercase, so
/// that Turarbekava and Турарбекова compare close.
pub fn normalize_name(name: &Name) -> String {
    any_ascii::any_ascii(name.family())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn fingerprint(entry: &Entry) -> Option<String> {
    let title = normalize_title(&entry.text("title")?);
    if title.is_empty() {
        return None;
    }
    let authors: Vec<String> = entry
        .authors()
        .iter()
        .filter(|n| !matches!(n, Name::Others))
        .map(normalize_name)
        .collect();
    let year = entry.year().map(|y| y.to_string()).unwrap_or_default();
    Some(format!("{}|{}|{}", authors.join(","), title, year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, title: &str, url: Option<&str>) -> Entry {
        let mut e = Entry::new(key, "online");
        e.set_names("author", &[Name::person("Друк", "Мария")]);
        e.set_text("title", title);
        e.set_text("date", "2023-03-18");
        if let Some(u) = url {
            e.set_text("url", u);
        }
        e
    }

    #[test]
    fn titles_fold_as_unicode_lowercase_does() {
        // The fast paths give what the Unicode tables give.
        let reference = |t: &str| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        };
        for title in [
            "Товарооборот: рост! ЁЛКИ ёлки",
            "Беларусь–Кітай: ЎЗРОСТ і ІНШАЕ",
            "  Belarus and CHINA, 2019 (Part 2)…",
            "Économie d'ÉTAT — ΑΘΉΝΑ İstanbul ß 白俄罗斯 ２０１９",
            "",
            "!!!",
        ] {
            assert_eq!(normalize_title(title), reference(title), "{title}");
        }
    }

    #[test]
    fn same_url_with_another_fragment_is_the_same_work() {
        let index = WorkIndex::new([&entry("a", "One", Some("https://www.sb.by/x/#:~:text=a"))]);
        let found = index.find(&entry("b", "Other", Some("https://sb.by/x#:~:text=b")));
        assert_eq!(found, Some("a"));
    }

    #[test]
    fn same_authors_title_year_is_the_same_work() {
        let index = WorkIndex::new([&entry("a", "Товарооборот: рост!", None)]);
        assert_eq!(
            index.find(&entry("b", "товарооборот рост", None)),
            Some("a")
        );
        assert_eq!(index.find(&entry("c", "Другое", None)), None);
    }

    #[test]
    fn doi_forms_agree() {
        assert_eq!(normalize_doi("https://doi.org/10.1/ABC"), "10.1/abc");
        assert_eq!(normalize_doi("doi:10.1/abc"), "10.1/abc");
    }
}
