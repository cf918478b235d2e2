//! What an import needs to know of the library it adds to: the identities
//! of its works, its keys, and an entry by key. A loaded [`Library`]
//! answers from its entries; an [`Indexed`] library answers from the
//! search index and the files' text, parsing only the entries asked for,
//! so an import into a large library does not load it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;

use super::dedupe::WorkIndex;
use super::search_index::{self, Placed};
use super::{Library, parse_bib};
use crate::entry::Entry;

/// The works a library holds, as an import sees them.
pub trait Holdings {
    /// Every work's identity, the first entry with a feature keeping it.
    fn work_index(&self) -> WorkIndex;
    /// Every key in use.
    fn keys(&self) -> Vec<&str>;
    /// The entry with this key.
    fn entry(&self, key: &str) -> Option<Cow<'_, Entry>>;
}

impl Holdings for Library {
    fn work_index(&self) -> WorkIndex {
        WorkIndex::new(self.entries())
    }

    fn keys(&self) -> Vec<&str> {
        self.entries().map(|e| e.key.as_str()).collect()
    }

    fn entry(&self, key: &str) -> Option<Cow<'_, Entry>> {
        self.get(key).map(Cow::Borrowed)
    }
}

/// A library known through its search index: the index's entries and the
/// text of every file it was built from.
pub struct Indexed {
    /// Path and text of each file, in the index's order.
    files: Vec<(PathBuf, String)>,
    entries: Vec<Placed>,
    by_key: HashMap<String, usize>,
}

impl Indexed {
    /// The library of `index` with the text of its files as they are now;
    /// `None` unless every file's text is the one indexed, every entry
    /// reads by itself (no `@string` macros, no `crossref` or `xdata`) and
    /// every key is used once.
    pub fn new(index: &str, files: Vec<(PathBuf, String)>) -> Option<Self> {
        let hashes = search_index::hashes(index)?;
        if hashes.len() != files.len()
            || files.iter().zip(&hashes).any(|((_, text), hash)| {
                search_index::content_hash(text) != *hash || !super::bib::entries_read_alone(text)
            })
        {
            return None;
        }
        let entries = search_index::placed(index)?;
        let mut by_key = HashMap::with_capacity(entries.len());
        for (i, placed) in entries.iter().enumerate() {
            if placed.file >= files.len() || by_key.insert(placed.key.clone(), i).is_some() {
                return None;
            }
        }
        Some(Indexed {
            files,
            entries,
            by_key,
        })
    }

    /// The files' paths and texts, for appending to them.
    pub fn into_files(self) -> Vec<(PathBuf, String)> {
        self.files
    }
}

impl Holdings for Indexed {
    fn work_index(&self) -> WorkIndex {
        WorkIndex::from_identities(
            self.entries
                .iter()
                .map(|p| (p.identity.clone(), p.key.as_str())),
        )
    }

    fn keys(&self) -> Vec<&str> {
        self.entries.iter().map(|p| p.key.as_str()).collect()
    }

    fn entry(&self, key: &str) -> Option<Cow<'_, Entry>> {
        let placed = &self.entries[*self.by_key.get(key)?];
        let (path, text) = &self.files[placed.file];
        let entry = parse_bib(path, text.get(placed.span.clone())?)
            .ok()?
            .into_iter()
            .next()?;
        (entry.key == key).then_some(Cow::Owned(entry))
    }
}
