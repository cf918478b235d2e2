//! The index of `refman search` and `refman list`: every entry's
//! searchable words (the field groups of [`query::fields`]), its key and
//! year, where its text lies in its `.bib` file, and its listed [`Row`],
//! one line per entry, with the size and modification time of every file
//! it was built from. A search whose files have not changed reads this
//! index instead of the library, scores every line, and parses only the
//! entries it shows; a listing reads the rows. Pure: the caller stores the
//! text.

use std::ops::Range;

use super::query::{fields, rank, score};
use super::rows::Row;
use crate::entry::Entry;

const MAGIC: &str = "refman-search-index 2";

/// A library file as the index saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The file's name in the library folder.
    pub name: String,
    pub len: u64,
    /// Modification time, nanoseconds since the epoch.
    pub modified: u128,
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

/// The index text of `entries`: (file index, span in that file, entry).
pub fn build<'a>(
    stamps: &[Stamp],
    entries: impl Iterator<Item = (usize, Range<usize>, &'a Entry)>,
) -> String {
    let mut out = String::from(MAGIC);
    out.push('\n');
    for s in stamps {
        out.push_str(&format!("{}\t{}\t{}\n", s.len, s.modified, s.name));
    }
    out.push_str("--\n");
    // Each line reads every field of its entry (the slow part): the lines
    // are made on every core and joined in library order.
    use rayon::prelude::*;
    let entries: Vec<(usize, Range<usize>, &Entry)> = entries.collect();
    let lines: Vec<String> = entries
        .par_iter()
        .map(|(file, span, entry)| {
            let year = entry.year().map(|y| y.to_string()).unwrap_or_default();
            format!(
                "{file}\t{}\t{}\t{year}\t{}\t{}\t{}\n",
                span.start,
                span.end,
                entry.key,
                fields(entry).join("\u{1f}"),
                Row::of(entry).to_line()
            )
        })
        .collect();
    out.reserve(lines.iter().map(String::len).sum());
    for line in lines {
        out.push_str(&line);
    }
    out
}

/// The files an index was built from; `None` when the text is not an index.
pub fn stamps(index: &str) -> Option<Vec<Stamp>> {
    let mut lines = index.lines();
    if lines.next()? != MAGIC {
        return None;
    }
    let mut stamps = Vec::new();
    for line in lines {
        if line == "--" {
            return Some(stamps);
        }
        let mut parts = line.splitn(3, '\t');
        stamps.push(Stamp {
            len: parts.next()?.parse().ok()?,
            modified: parts.next()?.parse().ok()?,
            name: parts.next()?.to_string(),
        });
    }
    None
}

/// Every entry's [`Row`], in library order; `None` when a line is damaged.
pub fn rows(index: &str) -> Option<Vec<Row>> {
    let body = index.split_once("\n--\n")?.1;
    body.lines()
        .map(|line| {
            let mut parts = line.splitn(7, '\t').skip(4);
            let key = parts.next()?;
            Row::from_line(key, parts.nth(1)?)
        })
        .collect()
}

/// A scored line: score, year, key, and where the entry lies.
type Ranked<'a> = (u32, Option<i32>, &'a str, (usize, Range<usize>));

/// The entries of the index matching every query word, best first, as
/// [`super::query::search`] ranks them; `None` when a line is damaged.
pub fn search(index: &str, wanted: &[String]) -> Option<Vec<Hit>> {
    let body = index.split_once("\n--\n")?.1;
    let mut hits: Vec<Ranked> = Vec::new();
    for line in body.lines() {
        let mut parts = line.splitn(7, '\t');
        let (file, start, end, year, key, groups) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        let mut split = groups.split('\u{1f}');
        let groups: [&str; 7] = std::array::from_fn(|_| split.next().unwrap_or(""));
        let Some(s) = score(&groups, wanted) else {
            continue;
        };
        let place = (file.parse().ok()?, start.parse().ok()?..end.parse().ok()?);
        hits.push((s, year.parse().ok(), key, place));
    }
    rank(&mut hits);
    Some(
        hits.into_iter()
            .map(|(score, _, key, (file, span))| Hit {
                score,
                key: key.to_string(),
                file,
                span,
            })
            .collect(),
    )
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
        let index = build(
            &stamps,
            entries
                .iter()
                .enumerate()
                .map(|(i, e)| (0, i * 10..i * 10 + 5, e)),
        );
        assert_eq!(self::stamps(&index), Some(stamps));
        for query in [
            "samarkand",
            "belarus china",
            "lukashenko samarkande",
            "nothing",
        ] {
            let wanted = query_words(query);
            let from_index: Vec<String> = search(&index, &wanted)
                .expect("index")
                .into_iter()
                .map(|h| h.key)
                .collect();
            let from_library: Vec<String> = search_entries(entries.iter(), query)
                .into_iter()
                .map(|(_, e)| e.key.clone())
                .collect();
            assert_eq!(from_index, from_library, "{query}");
        }
        assert_eq!(search("not an index", &query_words("x")), None);
        let rows: Vec<Row> = entries.iter().map(Row::of).collect();
        assert_eq!(self::rows(&index), Some(rows));
    }
}
