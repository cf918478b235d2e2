//! The index of `refman search` and `refman list`: every entry's
//! searchable words (the field groups of
//! [`query::fields`](crate::library::query::fields)), its key and year, where its text lies in its `.bib` file, and its listed [`Row`],
//! one line per entry, with the size and modification time of every file
//! it was built from. A search whose files have not changed reads this
//! index instead of the library, scores the lines that hold every query
//! word's beginning, and parses only the entries it shows; a listing reads
//! the rows. A file that only grew at its end (an import appends) is
//! caught up from the added entries alone ([`refresh`]); files rewritten
//! by another program are reconciled with the index by each entry's text
//! hash, reading only new and edited entries ([`reconcile`]). Pure: the
//! caller reads the files and stores the text.

use std::ops::Range;

use super::dedupe::Identity;
use super::query::{fields, matched_beginning, rank, ranking, score};
use super::rows::{Row, escape, unescape};
use crate::entry::Entry;

mod update;
pub use update::{carry_over, reconcile, refresh};

const MAGIC: &str = "refman-search-index 5";

/// A library file as the index saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The file's name in the library folder.
    pub name: String,
    pub len: u64,
    /// Modification time, nanoseconds since the epoch.
    pub modified: u128,
}

/// A file's text as the index read it, hashed: a grown file whose first
/// `len` bytes still hash the same only gained text at its end.
pub fn content_hash(text: &str) -> u64 {
    crate::render::cache::fingerprint(text)
}

/// An entry the index found: its score, and where to read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub score: u32,
    pub key: String,
    /// Index into the stamps (the files, in load order).
    pub file: usize,
    pub span: Range<usize>,
}

/// An entry to index: its file (index into the files, in load order), its
/// span in that file, its text there, and the entry read from it.
pub type Indexable<'a> = (usize, Range<usize>, &'a str, &'a Entry);

/// The index text of `entries`; `files` are the files' stamps and
/// [`content_hash`]es, in load order.
pub fn build<'a>(files: &[(Stamp, u64)], entries: impl Iterator<Item = Indexable<'a>>) -> String {
    let entries: Vec<Indexable> = entries.collect();
    let lines = lines(&entries);
    let mut out = header(files);
    out.reserve(lines.iter().map(String::len).sum());
    for line in lines {
        out.push_str(&line);
    }
    out
}

fn header(files: &[(Stamp, u64)]) -> String {
    let mut out = String::from(MAGIC);
    out.push('\n');
    for (s, hash) in files {
        out.push_str(&format!("{}\t{}\t{hash}\t{}\n", s.len, s.modified, s.name));
    }
    out.push_str("--\n");
    out
}

/// The index lines of `entries`. Each line reads every field of its entry
/// (the slow part): the lines are made on every core, in library order.
/// A line ends with the [`content_hash`] of the entry's text, by which
/// [`reconcile`] knows the entry again in a rewritten file.
fn lines(entries: &[Indexable]) -> Vec<String> {
    use rayon::prelude::*;
    entries
        .par_iter()
        .map(|(file, span, text, entry)| {
            let year = entry.year().map(|y| y.to_string()).unwrap_or_default();
            format!(
                "{file}\t{}\t{}\t{year}\t{}\t{}\t{}\t{}\t{:x}\n",
                span.start,
                span.end,
                entry.key,
                fields(entry).join("\u{1f}"),
                identity_text(&Identity::of(entry)),
                Row::of(entry).to_line(),
                content_hash(text)
            )
        })
        .collect()
}

/// The lines of an index's body (no line holds a carriage return: they
/// are escaped), found with `memchr`'s vector search: a search or a
/// listing of 100,000 entries walks 50 MB of lines.
pub(super) fn body_lines(body: &str) -> impl Iterator<Item = &str> {
    line_ranges(body.as_bytes()).map(|line| &body[line])
}

/// Where each line of `body` lies, its end of line left out.
fn line_ranges(body: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', body)
        .chain((!body.is_empty() && !body.ends_with(b"\n")).then_some(body.len()));
    ends.map(move |end| {
        let line = start..end;
        start = end + 1;
        line
    })
}

/// `text` cut at an ASCII byte (always between characters), by a plain
/// byte loop: the index's fields are short, and a `memchr` call per field
/// costs more than the loop when every line is read.
fn split_ascii(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    debug_assert!(byte.is_ascii());
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let now = rest?;
        match now.bytes().position(|b| b == byte) {
            Some(at) => {
                rest = Some(&now[at + 1..]);
                Some(&now[..at])
            }
            None => rest.take(),
        }
    })
}

/// The files an index was built from, read from its header alone (the
/// rest of the bytes unchecked); `None` when they are not an index.
pub fn header_stamps(index: &[u8]) -> Option<Vec<Stamp>> {
    let header = &index[..memchr::memmem::find(index, b"\n--\n")? + 4];
    stamps(std::str::from_utf8(header).ok()?)
}

/// The files an index was built from; `None` when the text is not an index.
pub fn stamps(index: &str) -> Option<Vec<Stamp>> {
    Some(files(index)?.into_iter().map(|(s, _)| s).collect())
}

/// The files an index was built from with their [`content_hash`]es.
fn files(index: &str) -> Option<Vec<(Stamp, u64)>> {
    let mut lines = index.lines();
    if lines.next()? != MAGIC {
        return None;
    }
    let mut files = Vec::new();
    for line in lines {
        if line == "--" {
            return Some(files);
        }
        let mut parts = line.splitn(4, '\t');
        let len = parts.next()?.parse().ok()?;
        let modified = parts.next()?.parse().ok()?;
        let hash = parts.next()?.parse().ok()?;
        let name = parts.next()?.to_string();
        files.push((
            Stamp {
                name,
                len,
                modified,
            },
            hash,
        ));
    }
    None
}

/// The citation key of an index line (after file, start, end and year).
fn line_key(line: &str) -> Option<&str> {
    line.split('\t').nth(4)
}

/// An identity as index text: each part escaped after a `+`, or empty
/// when the entry has none, joined by U+001F.
fn identity_text(identity: &Identity) -> String {
    identity
        .parts()
        .iter()
        .map(|p| p.map(|p| format!("+{}", escape(p))).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

fn identity_from_text(text: &str) -> Option<Identity> {
    let mut parts = text.split('\u{1f}').map(|p| match p {
        "" => Some(None),
        p => p.strip_prefix('+').map(|p| Some(unescape(p))),
    });
    let parts = [parts.next()??, parts.next()??, parts.next()??];
    Some(Identity::from_parts(parts))
}

/// Every entry's [`Row`], in library order; `None` when a line is damaged.
pub fn rows(index: &str) -> Option<Vec<Row>> {
    let body = index.split_once("\n--\n")?.1;
    body_lines(body)
        .map(|line| {
            let mut parts = line.splitn(9, '\t').skip(4);
            let key = parts.next()?;
            Row::from_line(key, parts.nth(2)?)
        })
        .collect()
}

/// An entry as the index knows it: where it lies and what identifies it.
#[derive(Debug, Clone)]
pub struct Placed {
    pub key: String,
    /// Index into the index's files.
    pub file: usize,
    pub span: Range<usize>,
    pub identity: Identity,
}

/// Every entry's place and identity, in library order; `None` when a line
/// is damaged.
pub fn placed(index: &str) -> Option<Vec<Placed>> {
    let body = index.split_once("\n--\n")?.1;
    body_lines(body)
        .map(|line| {
            let mut parts = line.splitn(8, '\t');
            let file = parts.next()?.parse().ok()?;
            let start = parts.next()?.parse().ok()?;
            let end = parts.next()?.parse().ok()?;
            let key = parts.nth(1)?.to_string();
            let identity = identity_from_text(parts.nth(1)?)?;
            Some(Placed {
                key,
                file,
                span: start..end,
                identity,
            })
        })
        .collect()
}

/// The [`content_hash`] of each file the index was built from, in order.
pub fn hashes(index: &str) -> Option<Vec<u64>> {
    Some(files(index)?.into_iter().map(|(_, h)| h).collect())
}

/// A scored line: score, year, key, and where the entry lies.
type Ranked<'a> = (u32, Option<i32>, &'a str, (usize, Range<usize>));

/// The first `limit` entries of the index matching every query word, best
/// first, as [`super::query::search`] ranks them, and how many matched;
/// `None` when a line is damaged.
///
/// The index is given as bytes: only the parts a search reads (the key and
/// the words of a line that holds every query word) are checked as UTF-8,
/// not the rows and identities that make most of its 50 MB on 100,000
/// entries.
pub fn search(index: &[u8], wanted: &[String], limit: usize) -> Option<(Vec<Hit>, usize)> {
    let body = &index[memchr::memmem::find(index, b"\n--\n")? + 4..];
    // A line can only match when it holds the beginning of every word that
    // [`score`] would accept: looked for first, with a fast substring
    // search, so that only those lines are cut into words and scored.
    let needed: Vec<memchr::memmem::Finder> = wanted
        .iter()
        .map(|w| memchr::memmem::Finder::new(&w.as_bytes()[..matched_beginning(w)]))
        .collect();
    let mut hits: Vec<Ranked> = Vec::new();
    for line in line_ranges(body) {
        let line = &body[line];
        if line.is_empty() || !needed.iter().all(|f| f.find(line).is_some()) {
            continue;
        }
        let mut parts = line.splitn(7, |&b| b == b'\t');
        let mut part = || std::str::from_utf8(parts.next()?).ok();
        let (file, start, end, year, key, groups) =
            (part()?, part()?, part()?, part()?, part()?, part()?);
        let mut split = split_ascii(groups, 0x1f);
        let groups: [&str; 7] = std::array::from_fn(|_| split.next().unwrap_or(""));
        let Some(s) = score(&groups, wanted) else {
            continue;
        };
        let place = (file.parse().ok()?, start.parse().ok()?..end.parse().ok()?);
        hits.push((s, year.parse().ok(), key, place));
    }
    let matched = hits.len();
    // The first `limit` in rank order: chosen, then only they are sorted.
    if limit < hits.len() {
        hits.select_nth_unstable_by(limit, ranking);
        hits.truncate(limit);
    }
    rank(&mut hits);
    let hits = hits
        .into_iter()
        .map(|(score, _, key, (file, span))| Hit {
            score,
            key: key.to_string(),
            file,
            span,
        })
        .collect();
    Some((hits, matched))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::query::{query_words, search as search_entries};

    #[test]
    fn the_index_ranks_as_the_library_does() {
        let mut entries = Vec::new();
        for (i, (title, year)) in [
            ("Лукашенко и Си Цзиньпин встретились в Самарканде", 2022),
            ("Samarkand summit notes", 2021),
            ("Trade turnover of Belarus and China", 2023),
            ("Samarkand and Minsk", 2022),
        ]
        .iter()
        .enumerate()
        {
            let mut e = Entry::new(format!("k{i}"), "online");
            e.set_text("title", title);
            e.set_text("date", &year.to_string());
            entries.push(e);
        }
        let stamps = vec![Stamp {
            name: "library.bib".into(),
            len: 10,
            modified: 7,
        }];
        let files: Vec<(Stamp, u64)> = stamps.iter().map(|s| (s.clone(), 1)).collect();
        let index = build(
            &files,
            entries
                .iter()
                .enumerate()
                .map(|(i, e)| (0, i * 10..i * 10 + 5, "", e)),
        );
        assert_eq!(self::stamps(&index), Some(stamps));
        for query in [
            "samarkand",
            "belarus china",
            "lukashenko samarkande",
            "samarkanda",
            "samar 2022",
            "minsk k3",
            "nothing",
        ] {
            let wanted = query_words(query);
            let (hits, matched) = search(index.as_bytes(), &wanted, usize::MAX).expect("index");
            let (first, _) = search(index.as_bytes(), &wanted, 2).expect("index");
            assert_eq!(first[..], hits[..hits.len().min(2)], "{query}");
            assert_eq!(matched, hits.len());
            let from_index: Vec<String> = hits.into_iter().map(|h| h.key).collect();
            let from_library: Vec<String> = search_entries(entries.iter(), query)
                .into_iter()
                .map(|(_, e)| e.key.clone())
                .collect();
            assert_eq!(from_index, from_library, "{query}");
        }
        assert_eq!(search(b"not an index", &query_words("x"), 20), None);
        let rows: Vec<Row> = entries.iter().map(Row::of).collect();
        assert_eq!(self::rows(&index), Some(rows));
    }
}
