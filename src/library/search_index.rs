//! The index of `refman search` and `refman list`: every entry's
//! searchable words (the field groups of [`query::fields`]), its key and
//! year, where its text lies in its `.bib` file, and its listed [`Row`],
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

/// The index of a library whose files changed only by growing at their
/// end (an import appends), made from the old index and the added entries
/// alone: the library is not loaded. `now` are the files' stamps as they
/// are; `read` gives a file's text by name. `None` when a file was added,
/// removed, rewritten or cannot be read, or an added key is already
/// taken: then the library must be loaded (and its errors reported).
pub fn refresh(
    index: &str,
    now: &[Stamp],
    read: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let old = files(index)?;
    if old.len() != now.len() || old.iter().zip(now).any(|((o, _), n)| o.name != n.name) {
        return None;
    }
    let body = index.split_once("\n--\n")?.1;
    let mut taken: std::collections::HashSet<&str> =
        body.lines().map(line_key).collect::<Option<_>>()?;
    let mut files = Vec::with_capacity(now.len());
    let mut added = Vec::new();
    for (file, ((was, hash), stamp)) in old.iter().zip(now).enumerate() {
        if was == stamp {
            files.push((stamp.clone(), *hash));
            continue;
        }
        let old_len = usize::try_from(was.len).ok()?;
        if stamp.len <= was.len {
            return None;
        }
        let source = read(&stamp.name)?;
        if source.len() <= old_len || content_hash(source.get(..old_len)?) != *hash {
            return None;
        }
        let path = std::path::Path::new(&stamp.name);
        for e in super::bib::parse_appended(path, &source, old_len)? {
            let text = source.get(e.span.clone())?.to_string();
            added.push((file, e, text));
        }
        // What was read is what is recorded: its length, not the stamp's,
        // in case the file grew again meanwhile (the next run catches up).
        let read_stamp = Stamp {
            len: source.len() as u64,
            ..stamp.clone()
        };
        files.push((read_stamp, content_hash(&source)));
    }
    for (_, e, _) in &added {
        if !taken.insert(&e.entry.key) {
            return None;
        }
    }
    let entries: Vec<Indexable> = added
        .iter()
        .map(|(file, e, text)| (*file, e.span.clone(), text.as_str(), &e.entry))
        .collect();
    let new_lines = lines(&entries);
    // Library order: each file's old lines, then what it gained.
    let mut out = header(&files);
    out.reserve(body.len() + new_lines.iter().map(String::len).sum::<usize>());
    let mut fresh = entries.iter().map(|(f, ..)| *f).zip(&new_lines).peekable();
    for line in body.lines() {
        let file: usize = line.split('\t').next()?.parse().ok()?;
        while let Some((_, new)) = fresh.next_if(|(f, _)| *f < file) {
            out.push_str(new);
        }
        out.push_str(line);
        out.push('\n');
    }
    for (_, new) in fresh {
        out.push_str(new);
    }
    Some(out)
}

/// Entries a [`reconcile`] reads anew, at most: beyond a quarter of a
/// library (and a few dozen entries), loading it is as quick and reports
/// its errors itself.
const RECONCILE_FRESH_SHARE: usize = 4;
const RECONCILE_FRESH_ANYWAY: usize = 64;

/// The index of a library whose files changed in any way (an editor, a
/// `git checkout`, a script that rewrote or reordered them), from the old
/// index and the files' texts: an entry whose text is byte for byte one
/// the index knows keeps its line, at its new place; only the others are
/// read. `now` are the files' stamps as they are; `read` gives a file's
/// text by name. `None` when a file's entries do not read alone (macros,
/// `crossref`, `xdata`), a file or an entry does not parse, a key is
/// taken twice, or more than a quarter of the entries are new: then the
/// library must be loaded (and its errors reported).
pub fn reconcile(
    index: &str,
    now: &[Stamp],
    read: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let old = files(index)?;
    let body = index.split_once("\n--\n")?.1;
    // Each old line's part after its place (year … hash), by entry hash,
    // and the lines of each old file.
    let mut known: std::collections::HashMap<u64, &str> = std::collections::HashMap::new();
    let mut by_file: Vec<Vec<&str>> = vec![Vec::new(); old.len()];
    for line in body.lines() {
        let mut place = line.splitn(4, '\t');
        let file: usize = place.next()?.parse().ok()?;
        let rest = place.nth(2)?;
        let hash = u64::from_str_radix(rest.rsplit('\t').next()?, 16).ok()?;
        known.insert(hash, rest);
        by_file.get_mut(file)?.push(line);
    }
    // Each file's lines: kept whole, placed anew, or to be read.
    enum Line<'a> {
        Kept(&'a str),
        Placed(usize, Range<usize>, &'a str),
        Fresh(usize),
    }
    let mut files = Vec::with_capacity(now.len());
    let mut sources: Vec<(usize, String)> = Vec::new();
    let mut spans: Vec<(usize, String, Range<usize>)> = Vec::new();
    let mut out_lines: Vec<Line> = Vec::new();
    for (file, stamp) in now.iter().enumerate() {
        if let Some(was) = old.iter().position(|(s, _)| s == stamp) {
            files.push(old[was].clone());
            for line in &by_file[was] {
                let rest = line.split_once('\t')?.1;
                // `Kept` when the file keeps its number, else renumbered.
                out_lines.push(if was == file {
                    Line::Kept(line)
                } else {
                    let mut parts = rest.splitn(3, '\t');
                    let start = parts.next()?.parse().ok()?;
                    let end = parts.next()?.parse().ok()?;
                    Line::Placed(file, start..end, parts.next()?)
                });
            }
            continue;
        }
        let source = read(&stamp.name)?;
        for (key, span) in super::bib::entry_spans(&source)? {
            let text = source.get(span.clone())?;
            match known.get(&content_hash(text)) {
                Some(rest) if line_key_of_rest(rest) == Some(key.as_str()) => {
                    out_lines.push(Line::Placed(file, span, rest));
                }
                _ => {
                    out_lines.push(Line::Fresh(spans.len()));
                    spans.push((file, key, span));
                }
            }
        }
        let read_stamp = Stamp {
            len: source.len() as u64,
            ..stamp.clone()
        };
        files.push((read_stamp, content_hash(&source)));
        sources.push((file, source));
    }
    if spans.len() > RECONCILE_FRESH_ANYWAY && spans.len() * RECONCILE_FRESH_SHARE > out_lines.len()
    {
        return None;
    }
    let source_of = |file: usize| sources.iter().find(|(f, _)| *f == file).map(|(_, s)| s);
    // The new and changed entries, each read from its own text.
    let mut fresh = Vec::with_capacity(spans.len());
    for (file, key, span) in &spans {
        let path = std::path::Path::new(&now[*file].name);
        let mut read = super::bib::parse_at(path, source_of(*file)?, span.clone())?;
        if read.len() != 1 || read[0].entry.key != *key || read[0].span != *span {
            return None;
        }
        fresh.push((*file, read.pop()?));
    }
    let entries: Vec<Indexable> = fresh
        .iter()
        .map(|(file, e)| {
            let text = source_of(*file)?.get(e.span.clone())?;
            Some((*file, e.span.clone(), text, &e.entry))
        })
        .collect::<Option<_>>()?;
    let new_lines = lines(&entries);
    let mut taken = std::collections::HashSet::with_capacity(out_lines.len());
    let mut out = header(&files);
    out.reserve(body.len() + new_lines.iter().map(String::len).sum::<usize>());
    for line in &out_lines {
        let key = match line {
            Line::Kept(line) => {
                out.push_str(line);
                out.push('\n');
                line_key(line)
            }
            Line::Placed(file, span, rest) => {
                use std::fmt::Write;
                writeln!(out, "{file}\t{}\t{}\t{rest}", span.start, span.end).ok()?;
                line_key_of_rest(rest)
            }
            Line::Fresh(i) => {
                out.push_str(new_lines.get(*i)?);
                spans.get(*i).map(|(_, key, _)| key.as_str())
            }
        };
        // The loader refuses a key taken twice; so does the index.
        if !taken.insert(key?) {
            return None;
        }
    }
    Some(out)
}

/// The citation key in an index line's part after its place.
fn line_key_of_rest(rest: &str) -> Option<&str> {
    rest.split('\t').nth(1)
}

/// The index of a library written in place (`set`, `edit`, `rm`, `merge`,
/// `rekey`, `lint --fix`) from the index of its text before the write:
/// the lines of entries the write did not touch are kept, only their
/// place in the file renewed; `touched` entries (changed or added) get new
/// lines; removed ones are gone. `files` and `entries` are the library as
/// saved (stamps, hashes; every entry with its new span). `None` when the
/// old index is damaged or lacks an untouched entry.
pub fn carry_over<'a>(
    old: &str,
    files: &[(Stamp, u64)],
    entries: impl Iterator<Item = Indexable<'a>>,
    touched: &std::collections::HashSet<String>,
) -> Option<String> {
    let body = old.split_once("\n--\n")?.1;
    // Each old line after its place: year, key, words, identity, row.
    let mut kept: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for line in body.lines() {
        kept.insert(line_key(line)?, line.splitn(4, '\t').nth(3)?);
    }
    let entries: Vec<Indexable> = entries.collect();
    let fresh: Vec<Indexable> = entries
        .iter()
        .filter(|(_, _, _, e)| touched.contains(&e.key))
        .cloned()
        .collect();
    let mut new_lines = lines(&fresh).into_iter();
    let mut out = header(files);
    out.reserve(body.len() + 4096);
    for (file, span, _, entry) in &entries {
        if touched.contains(&entry.key) {
            out.push_str(&new_lines.next()?);
        } else {
            let rest = kept.get(entry.key.as_str())?;
            out.push_str(&format!("{file}\t{}\t{}\t{rest}\n", span.start, span.end));
        }
    }
    Some(out)
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
    body.lines()
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
    body.lines()
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
pub fn search(index: &str, wanted: &[String], limit: usize) -> Option<(Vec<Hit>, usize)> {
    let body = index.split_once("\n--\n")?.1;
    // A line can only match when it holds the beginning of every word that
    // [`score`] would accept: looked for first, with a fast substring
    // search, so that only those lines are cut into words and scored.
    let needed: Vec<memchr::memmem::Finder> = wanted
        .iter()
        .map(|w| memchr::memmem::Finder::new(&w.as_bytes()[..matched_beginning(w)]))
        .collect();
    let mut hits: Vec<Ranked> = Vec::new();
    for line in body.lines() {
        if !needed.iter().all(|f| f.find(line.as_bytes()).is_some()) {
            continue;
        }
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

    /// An index of `text` as one file, `library.bib`, stamped `modified`.
    fn index_of(text: &str, modified: u128) -> (String, Stamp) {
        let library =
            crate::library::Library::from_source("lib", text.to_string()).expect("parses");
        let stamp = Stamp {
            name: "library.bib".into(),
            len: text.len() as u64,
            modified,
        };
        let index = build(&[(stamp.clone(), content_hash(text))], library.sourced());
        (index, stamp)
    }

    #[test]
    fn an_index_carried_over_a_write_in_place_equals_one_built_afresh() {
        let before = "@article{a,\n  title = {Samarkand summit},\n  date = {2022},\n}\n\
                      @book{b, title={Bloodlands}}\n@online{c,\n  title = {Торговля},\n}\n";
        let (old, _) = index_of(before, 1);
        let mut library =
            crate::library::Library::from_source("lib", before.to_string()).expect("parses");
        // `a` changed (its span grows), `b` removed, `c` moves up, `d` added.
        let mut a = library.get("a").cloned().expect("a");
        a.set_text("title", "The Samarkand summit of the SCO");
        library.update(a);
        library.remove("b");
        let mut d = crate::entry::Entry::new("d", "misc");
        d.set_text("title", "Pipelines");
        library.add(d);
        let after = library.pending_writes().remove(0).1;
        let saved = crate::library::Library::from_source("lib", after.clone()).expect("parses");
        let touched: std::collections::HashSet<String> = ["a", "d"].map(String::from).into();
        let (fresh, stamp) = index_of(&after, 2);
        let files = [(stamp, content_hash(&after))];
        assert_eq!(
            carry_over(&old, &files, saved.sourced(), &touched),
            Some(fresh)
        );
        // An untouched entry the old index does not know: no carried index.
        let (other, _) = index_of("@book{z, title={Z}}\n", 1);
        assert_eq!(carry_over(&other, &files, saved.sourced(), &touched), None);
    }

    #[test]
    fn an_index_grown_by_appended_entries_equals_one_built_afresh() {
        let first = "% notes\n@article{a,\n  title = {Samarkand summit},\n  date = {2022},\n}\n";
        let (old, _) = index_of(first, 1);
        let refreshed = |text: &str| {
            let (_, now) = index_of(first, 2);
            let now = Stamp {
                len: text.len() as u64,
                ..now
            };
            refresh(&old, &[now], |_| Some(text.to_string()))
        };
        let grown = format!(
            "{first}\n@online{{b,\n  title = {{Торговля Беларуси}},\n  url = {{https://example.org/a--b}},\n}}\n@book{{c, title={{Bloodlands}}}}"
        );
        assert_eq!(refreshed(&grown), Some(index_of(&grown, 2).0));
        // Only an unchanged file is read from the old lines.
        assert_eq!(
            refresh(&old, &[index_of(first, 1).1], |_| None),
            Some(old.clone())
        );
        for (changed, why) in [
            (grown.replace("Samarkand", "Tashkent"), "rewritten"),
            (first.to_string(), "unchanged length"),
            (
                format!("{first}@article{{a, title={{Again}}}}\n"),
                "key taken",
            ),
            (
                format!("{first}@article{{d, title={{X}}}}\n@book{{d, title={{Y}}}}\n"),
                "key twice",
            ),
            (
                format!("{first}@incollection{{d, crossref={{a}}}}\n"),
                "crossref",
            ),
            (format!("{first}@string{{x = {{y}}}}\n"), "macros"),
            (format!("{first}@article{{d, title={{X}}\n"), "unbalanced"),
        ] {
            assert_eq!(refreshed(&changed), None, "{why}");
        }
        // The old text must end between entries.
        let (open, _) = index_of("@comment{x}\n% no newline", 1);
        let now = Stamp {
            name: "library.bib".into(),
            len: 40,
            modified: 2,
        };
        let grown = "@comment{x}\n% no newline@book{e, title={Z}}\n";
        assert_eq!(refresh(&open, &[now], |_| Some(grown.to_string())), None);
    }

    #[test]
    fn an_index_reconciled_with_a_rewritten_file_equals_one_built_afresh() {
        let first = "% notes\n@article{a,\n  title = {Samarkand summit},\n  date = {2022},\n}\n\
                     @book{b, title={Bloodlands}}\n@online{c,\n  title = {Торговля},\n  url = {https://example.org/a--b},\n}\n\
                     @misc{d, title={Pipelines}}\n@misc{e, title={Ports}}\n@misc{f, title={Rails}}\n";
        let (old, _) = index_of(first, 1);
        let reconciled = |text: &str| {
            let now = Stamp {
                name: "library.bib".into(),
                len: text.len() as u64,
                modified: 2,
            };
            reconcile(&old, &[now], |_| Some(text.to_string()))
        };
        // Reordered with other blanks and comments, `a` changed, `b`
        // removed, `g` added; parenthesised and CR-only forms read alike.
        let rewritten = "@online{c,\n  title = {Торговля},\n  url = {https://example.org/a--b},\n}\n\n\n\
                         % moved\n@misc{f, title={Rails}}\n@article{a,\n  title = {The Samarkand summit},\n  date = {2022},\n}\n\
                         @misc{e, title={Ports}}\n@misc(g, title={Roads})\n@misc{d, title={Pipelines}}";
        assert_eq!(reconciled(rewritten), Some(index_of(rewritten, 2).0));
        let unchanged = first.replace('\n', "\r");
        assert_eq!(reconciled(&unchanged), Some(index_of(&unchanged, 2).0));
        for (changed, why) in [
            (
                format!("{first}@misc{{g, title={{X}}}}\n@book{{g, title={{Y}}}}\n"),
                "key twice",
            ),
            (
                format!("{first}@article{{a, title={{Again}}}}\n"),
                "key taken",
            ),
            (
                format!("{first}@incollection{{g, crossref={{a}}}}\n"),
                "crossref",
            ),
            (format!("{first}@string{{x = {{y}}}}\n"), "macros"),
            (format!("{first}@article{{g, title={{X}}\n"), "unbalanced"),
            (
                format!("{first}@article{{g, date={{2020/13/99}}, title=\"X}}\n"),
                "does not parse",
            ),
        ] {
            assert_eq!(reconciled(&changed), None, "{why}");
        }
        // Every entry new: read anew, when there are few.
        let renamed = first.replace("title", "Title");
        assert_eq!(reconciled(&renamed), Some(index_of(&renamed, 2).0));
        // Many, and most of them new: the library is loaded instead.
        let many: String = (0..100)
            .map(|i| format!("@misc{{m{i}, title={{Title {i}}}}}\n"))
            .collect();
        let (old, _) = index_of(&many, 1);
        let now = |text: &str| Stamp {
            name: "library.bib".into(),
            len: text.len() as u64,
            modified: 2,
        };
        let retitled = many.replacen("Title", "Name", 80);
        assert_eq!(
            reconcile(&old, &[now(&retitled)], |_| Some(retitled.clone())),
            None
        );
        let retitled = many.replacen("Title", "Name", 20);
        assert_eq!(
            reconcile(&old, &[now(&retitled)], |_| Some(retitled.clone())),
            Some(index_of(&retitled, 2).0)
        );
    }

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
            let (hits, matched) = search(&index, &wanted, usize::MAX).expect("index");
            let (first, _) = search(&index, &wanted, 2).expect("index");
            assert_eq!(first[..], hits[..hits.len().min(2)], "{query}");
            assert_eq!(matched, hits.len());
            let from_index: Vec<String> = hits.into_iter().map(|h| h.key).collect();
            let from_library: Vec<String> = search_entries(entries.iter(), query)
                .into_iter()
                .map(|(_, e)| e.key.clone())
                .collect();
            assert_eq!(from_index, from_library, "{query}");
        }
        assert_eq!(search("not an index", &query_words("x"), 20), None);
        let rows: Vec<Row> = entries.iter().map(Row::of).collect();
        assert_eq!(self::rows(&index), Some(rows));
    }
}
