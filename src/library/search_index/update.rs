//! Keeping the search index current without loading the library: caught
//! up with entries appended to a file ([`refresh`]), reconciled with files
//! another program rewrote ([`reconcile`]), carried over a write in place
//! ([`carry_over`]). Every line kept is one whose entry's text is unchanged.

use std::ops::Range;

use super::{Indexable, Stamp, body_lines, content_hash, files, header, line_key, lines};
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
        body_lines(body).map(line_key).collect::<Option<_>>()?;
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
        for e in crate::library::bib::parse_appended(path, &source, old_len)? {
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
    for line in body_lines(body) {
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
    for line in body_lines(body) {
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
        for (key, span) in crate::library::bib::entry_spans(&source)? {
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
        let mut read = crate::library::bib::parse_at(path, source_of(*file)?, span.clone())?;
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
    for line in body_lines(body) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::search_index::build;

    /// `text` as the library's one file, `library.bib`, stamped `modified`.
    fn stamp(text: &str, modified: u128) -> Stamp {
        Stamp {
            name: "library.bib".into(),
            len: text.len() as u64,
            modified,
        }
    }

    /// An index of `text` as one file, `library.bib`, stamped `modified`.
    fn index_of(text: &str, modified: u128) -> (String, Stamp) {
        let library =
            crate::library::Library::from_source("lib", text.to_string()).expect("parses");
        let stamp = stamp(text, modified);
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
        let reconciled =
            |text: &str| reconcile(&old, &[stamp(text, 2)], |_| Some(text.to_string()));
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
        let now = |text: &str| stamp(text, 2);
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
}
