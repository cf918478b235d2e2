//! The one mapping between BibLaTeX text and [`Entry`], through the `biblatex`
//! crate: reading a file into entries with their source spans, and writing an
//! entry as BibLaTeX.
//!
//! Reading keeps each entry's own fields in file order. `biblatex` resolves
//! `crossref` and `xdata` by copying the parent's fields into the child; refman
//! keeps only the fields the child itself declares, so that an edited entry
//! is written back without its parent's fields baked in.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use biblatex::{Bibliography, Chunk, RawBibliography};

use crate::entry::Entry;
use crate::error::{Error, line_column};

mod keys;
mod scan;
mod write;
pub use keys::KeyReader;
#[cfg(test)]
use scan::pieces;
use scan::{MAX_BRACE_DEPTH, at_top_level, bibtex_forms, braces};
pub(crate) use scan::{entries_read_alone, has_macros};
pub use write::{round_trip_problem, splice, to_biblatex, value_to_biblatex};

/// An entry read from a file, with the byte range it occupies there.
#[derive(Debug, Clone)]
pub struct SourcedEntry {
    pub entry: Entry,
    /// From the `@` to the closing delimiter, inclusive.
    pub span: Range<usize>,
    /// Each field's value as written (delimiters included), by field name,
    /// in file order: an update rewrites only the values it changes.
    pub values: Vec<(String, Range<usize>)>,
}

/// An entry's span, its type as written and its own fields with their spans.
type EntryLayout<'a> = (Range<usize>, &'a str, Vec<(String, Range<usize>)>);

/// Parses one .bib file. `path` is only used in error messages.
pub fn parse(path: &Path, source: &str) -> Result<Vec<SourcedEntry>, Error> {
    // BibTeX forms the `biblatex` crate does not read, rewritten in a copy
    // of the same length so that every span still points into `source`.
    let normalised = bibtex_forms(source);
    let source: &str = &normalised;
    // The parser's time grows with the square of the nesting; no real file
    // nests braces more than a few levels.
    let braces = braces(source, PIECE_BYTES);
    if let Some(at) = braces.too_deep {
        let (line, column) = line_column(source, at);
        return Err(Error::Bib {
            path: path.to_path_buf(),
            line,
            column,
            message: format!("braces nested more than {MAX_BRACE_DEPTH} levels deep"),
        });
    }
    // Read in pieces of whole entries: the `biblatex` crate's own
    // structures for a piece are freed before the next, so a large library
    // costs the memory of its entries, not several times that, and the
    // pieces are read on every core. `@string` macros reach across
    // entries: a file with them is read whole.
    let pieces: Vec<Range<usize>> = if has_macros(source) {
        std::iter::once(0..source.len()).collect()
    } else {
        braces.pieces
    };
    use rayon::prelude::*;
    let parsed: Result<Vec<Vec<SourcedEntry>>, Error> = pieces
        .into_par_iter()
        .map(|range| {
            let offset = range.start;
            let mut entries = parse_piece(&source[range]).map_err(|(at, message)| {
                let (line, column) = line_column(source, offset + at);
                Error::Bib {
                    path: path.to_path_buf(),
                    line,
                    column,
                    message,
                }
            })?;
            for e in &mut entries {
                e.span = e.span.start + offset..e.span.end + offset;
                for (_, r) in &mut e.values {
                    *r = r.start + offset..r.end + offset;
                }
            }
            Ok(entries)
        })
        .collect();
    Ok(parsed?.into_iter().flatten().collect())
}

/// Longest `crossref`/`xdata` chain followed; real files use one or two
/// levels (a chapter, its book).
const MAX_INHERITANCE_DEPTH: usize = 32;

/// A `crossref`/`xdata` cycle or an over-long chain, as the offset of the
/// entry where it starts and a message naming the keys.
fn inheritance_problem(source: &str, raw: &RawBibliography) -> Option<(usize, String)> {
    let mut parents: HashMap<&str, (usize, Vec<String>)> = HashMap::new();
    for entry in &raw.entries {
        let mut keys = Vec::new();
        for pair in &entry.v.fields {
            let name = pair.key.v.to_ascii_lowercase();
            if name != "crossref" && name != "xdata" {
                continue;
            }
            let value = source.get(pair.value.span.clone()).unwrap_or_default();
            let value = value.trim().trim_matches(|c| matches!(c, '{' | '}' | '"'));
            keys.extend(
                value
                    .split(',')
                    .map(|k| k.trim_matches(|c: char| c.is_whitespace() || c == '{' || c == '}'))
                    .filter(|k| !k.is_empty())
                    .map(str::to_string),
            );
        }
        if !keys.is_empty() {
            parents.insert(entry.v.key.v, (entry.span.start, keys));
        }
    }
    // Depth-first from every entry with parents, on an explicit stack; each
    // entry's height (the longest chain above it) is kept once known.
    let too_long = |at: usize, key: &str| {
        Some((
            at,
            format!("`crossref`/`xdata` chain at {key} longer than {MAX_INHERITANCE_DEPTH}"),
        ))
    };
    let mut height: HashMap<&str, usize> = HashMap::new();
    // In file order, so that the error names the first entry of a cycle.
    for entry in &raw.entries {
        let start = entry.v.key.v;
        let Some(&(at, _)) = parents.get(start) else {
            continue;
        };
        let mut path: Vec<&str> = vec![start];
        let mut next_child: Vec<usize> = vec![0];
        while let (Some(&key), Some(child)) = (path.last(), next_child.last_mut()) {
            let children = parents
                .get(key)
                .map(|(_, k)| k.as_slice())
                .unwrap_or_default();
            if height.contains_key(key) || *child >= children.len() {
                let own = children
                    .iter()
                    .map(|c| height.get(c.as_str()).map_or(1, |h| h + 1))
                    .max()
                    .unwrap_or(0);
                if own > MAX_INHERITANCE_DEPTH {
                    return too_long(at, key);
                }
                height.entry(key).or_insert(own);
                path.pop();
                next_child.pop();
                continue;
            }
            let parent = children[*child].as_str();
            *child += 1;
            if path.contains(&parent) {
                let chain: Vec<&str> = path.iter().copied().chain([parent]).collect();
                return Some((
                    at,
                    format!("`crossref`/`xdata` cycle: {}", chain.join(" → ")),
                ));
            }
            if path.len() > MAX_INHERITANCE_DEPTH {
                return too_long(at, start);
            }
            if parents.contains_key(parent) && !height.contains_key(parent) {
                path.push(parent);
                next_child.push(0);
            }
        }
    }
    None
}

/// Bytes of source read at once.
const PIECE_BYTES: usize = 256 * 1024;

/// The entries a file gained when it grew from its first `old_len` bytes
/// by whole entries at its end (what an import does), spans in the whole
/// file; `None` when that cannot be told from the added text alone: the
/// old text did not end between entries, or the file defines `@string`
/// macros or uses `crossref`/`xdata` (an added entry could change how an
/// old one reads), or the added text does not parse.
pub fn parse_appended(path: &Path, source: &str, old_len: usize) -> Option<Vec<SourcedEntry>> {
    let old = source.get(..old_len)?;
    let ends_between_entries =
        old.is_empty() || old.ends_with('\n') || old.trim_end().ends_with(['}', ')']);
    if !ends_between_entries || !at_top_level(old) || !entries_read_alone(source) {
        return None;
    }
    parse_at(path, source, old_len..source.len())
}

/// The entries in one range of a file, spans in the whole file; `None`
/// when the range does not parse.
pub fn parse_at(path: &Path, source: &str, range: Range<usize>) -> Option<Vec<SourcedEntry>> {
    let offset = range.start;
    let mut entries = parse(path, source.get(range)?).ok()?;
    for e in &mut entries {
        e.span = e.span.start + offset..e.span.end + offset;
        for (_, r) in &mut e.values {
            *r = r.start + offset..r.end + offset;
        }
    }
    Some(entries)
}

/// A citation key and the span of its entry.
pub type KeySpan = (String, Range<usize>);

/// Each entry of a file as [`parse`] would place it, its key and span,
/// without reading its fields: for a file whose entries read alone (no
/// `@string` macros, `crossref` or `xdata`), where an entry whose text is
/// unchanged reads the same wherever it moved. `None` for any other file
/// or one the raw parser refuses (the loader then reads it and reports
/// the error).
pub fn entry_spans(source: &str) -> Option<Vec<KeySpan>> {
    let normalised = bibtex_forms(source);
    let source: &str = &normalised;
    let braces = braces(source, PIECE_BYTES);
    if braces.too_deep.is_some() || !entries_read_alone(source) {
        return None;
    }
    use rayon::prelude::*;
    let spans: Option<Vec<Vec<KeySpan>>> = braces
        .pieces
        .into_par_iter()
        .map(|range| {
            let piece = &source[range.clone()];
            let raw = RawBibliography::parse(piece).ok()?;
            Some(
                raw.entries
                    .iter()
                    .map(|e| {
                        let end = closing_delimiter(piece, e.span.end);
                        let span = range.start + e.span.start..range.start + end;
                        (e.v.key.v.to_string(), span)
                    })
                    .collect(),
            )
        })
        .collect();
    Some(spans?.into_iter().flatten().collect())
}

/// One piece's entries, spans relative to the piece; an error is its
/// offset in the piece and its message.
fn parse_piece(source: &str) -> Result<Vec<SourcedEntry>, (usize, String)> {
    let fail = |e: biblatex::ParseError| (e.span.start, e.kind.to_string());
    let raw = RawBibliography::parse(source).map_err(fail)?;
    // What resolution loses: each entry's span, type as written, and its own
    // fields in order (some of which resolution consumes, like `xdata`).
    let layout: Vec<EntryLayout> = raw
        .entries
        .iter()
        .map(|e| {
            let own =
                e.v.fields
                    .iter()
                    .map(|pair| (pair.key.v.to_ascii_lowercase(), pair.value.span.clone()))
                    .collect();
            let end = closing_delimiter(source, e.span.end);
            (e.span.start..end, e.v.kind.v, own)
        })
        .collect();
    // The `biblatex` resolver follows `crossref` and `xdata` recursively: a
    // cycle (or a very long chain) would overflow the stack.
    if let Some((at, message)) = inheritance_problem(source, &raw) {
        return Err((at, message));
    }
    let resolved = Bibliography::from_raw(raw).map_err(fail)?;

    let mut out = Vec::with_capacity(layout.len());
    for (mut full, (span, kind, own)) in resolved.into_vec().into_iter().zip(layout) {
        let mut entry = Entry::new(std::mem::take(&mut full.key), kind);
        // Value spans can take in the blank after the value; splicing wants
        // the value alone.
        let values = own
            .iter()
            .map(|(name, range)| {
                let text = source.get(range.clone()).unwrap_or_default();
                let end = range.start + text.trim_end().len();
                (name.clone(), range.start..end)
            })
            .collect();
        for (name, value_span) in own {
            // The resolved value, unescaped; fields that resolution consumes
            // (`xdata`) keep their raw text.
            // Verbatim fields (url, doi, eprint…) are read from their raw
            // text: the `biblatex` resolver turns "--" into a dash even
            // there, and a URL must stay exactly as written.
            let raw = source.get(value_span.clone()).unwrap_or_default();
            if is_verbatim_field(&name)
                && let Some(text) = verbatim_value(raw)
            {
                full.fields.remove(&name);
                entry.set_chunks(&name, vec![crate::entry::chunk(Chunk::Normal(text))]);
                continue;
            }
            let chunks = full.fields.remove(&name).unwrap_or_else(|| {
                let text = raw.trim_matches(|c| matches!(c, '{' | '}' | '"'));
                vec![crate::entry::chunk(Chunk::Normal(text.to_string()))]
            });
            entry.set_chunks(&name, chunks);
        }
        out.push(SourcedEntry {
            entry,
            span,
            values,
        });
    }
    Ok(out)
}

/// The text of a verbatim field written as one braced or quoted group, with
/// its escapes (`\{`, `\}`, `\\`) undone; none for anything else (macros,
/// concatenations), which the resolver reads instead.
fn verbatim_value(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let inner = raw
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .or_else(|| raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')))?;
    // A field the `biblatex` writer does not treat as verbatim (archiveurl)
    // comes with LaTeX escapes and refman's tilde and caret commands.
    let inner = inner
        .replace("\\textasciitilde{}", "~")
        .replace("\\textasciicircum{}", "^");
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    let mut depth = 0i32;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next @ ('{' | '}' | '\\' | '%' | '#' | '&' | '_' | '$' | '~' | '^')) => {
                    out.push(next)
                }
                Some(next) => {
                    out.push('\\');
                    out.push(next);
                }
                None => out.push('\\'),
            },
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            c => out.push(c),
        }
    }
    (depth == 0).then_some(out)
}

pub(super) fn is_verbatim_field(name: &str) -> bool {
    matches!(
        name,
        "file"
            | "doi"
            | "uri"
            | "eprint"
            | "verba"
            | "verbb"
            | "verbc"
            | "pdf"
            | "url"
            | "urlraw"
            | "archiveurl"
            // A key list that resolution consumes: read from its raw text.
            | "xdata"
    )
}

/// The raw parser's entry span stops before the closing brace; include it.
fn closing_delimiter(source: &str, from: usize) -> usize {
    let rest = &source[from.min(source.len())..];
    match rest.find(['}', ')']) {
        Some(i) => from + i + 1,
        None => source.len(),
    }
}

/// Finds keys that occur twice in one set of parsed files. Returns the first
/// repeated key with the files and line of its second occurrence.
pub fn first_duplicate<'a>(
    files: impl IntoIterator<Item = (&'a Path, &'a str, &'a [SourcedEntry])>,
) -> Option<Error> {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for (path, source, entries) in files {
        for e in entries {
            if let Some(first) = seen.insert(&e.entry.key, path) {
                let (line, _) = line_column(source, e.span.start);
                return Some(Error::DuplicateKey {
                    path: path.to_path_buf(),
                    line,
                    key: e.entry.key.clone(),
                    first: first.to_path_buf(),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::Name;

    #[test]
    fn reads_fields_in_order_and_spans() {
        let src = "% a comment\n@Article{a1,\n  Title = {Zeta},\n  author = {{БелТА}},\n  year = 2020\n}\n";
        let entries = parse(Path::new("x.bib"), src).unwrap();
        assert_eq!(entries.len(), 1);
        let e = &entries[0].entry;
        assert_eq!(e.entry_type, "article");
        let names: Vec<_> = e.fields().map(|(n, _)| n).collect();
        assert_eq!(names, ["title", "author", "year"]);
        assert_eq!(e.authors(), vec![Name::Organization("БелТА".into())]);
        assert_eq!(&src[entries[0].span.clone()], &src[12..src.len() - 1]);
    }

    #[test]
    fn malformed_file_reports_line() {
        let src = "@book{ok, title = {A}}\n\n@book{bad,\n title = {B\n";
        let err = parse(Path::new("lib.bib"), src).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("lib.bib:"), "{msg}");
        assert!(matches!(err, Error::Bib { line, .. } if line >= 3), "{msg}");
    }

    #[test]
    fn crossref_fields_are_not_copied_into_the_child() {
        let src = "@collection{parent, title = {Book}, date = {2001}}\n@incollection{child, crossref = {parent}, title = {Chapter}}";
        let entries = parse(Path::new("x.bib"), src).unwrap();
        let child = &entries[1].entry;
        assert_eq!(child.text("booktitle"), None);
        assert_eq!(child.text("crossref").as_deref(), Some("parent"));
    }

    #[test]
    fn writes_escaped_biblatex() {
        let mut e = Entry::new("k2023", "online");
        e.set_names("author", &[Name::Organization("БелТА".into())]);
        e.set_text("title", "50% & more_");
        e.set_text("url", "https://x.org/a_b#:~:text=%D0");
        let text = to_biblatex(&e);
        assert!(
            text.starts_with("@online{k2023,\n  author = {{БелТА}},"),
            "{text}"
        );
        assert!(text.contains(r"title = {50\% \& more\_}"), "{text}");
        assert!(
            text.contains("url = {https://x.org/a_b#:~:text=%D0}"),
            "{text}"
        );
        assert!(text.ends_with("\n}"), "{text}");
        let back = parse(Path::new("x.bib"), &text).unwrap();
        assert_eq!(back[0].entry.text("title").as_deref(), Some("50% & more_"));
        assert_eq!(
            back[0].entry.text("url").as_deref(),
            Some("https://x.org/a_b#:~:text=%D0")
        );
    }

    #[test]
    fn hostile_values_round_trip_or_are_refused() {
        let titles = [
            "Title with ~} and ^} inside",
            "E=mc^2 and a ~ tilde $~$ here",
            "Braces { unbalanced",
            "Closing } brace",
            r"Back\slash and \textbf{x}",
            "50% & #1 of_2",
            "@comment{ not an entry",
            "Грамматика ~ тильда",
        ];
        let urls = [
            "https://example.org/a--b",
            "https://example.org/~user/x---y",
            "https://example.org/{x}?a=%7E&b=c",
            r"https://example.org/back\slash",
        ];
        for (i, title) in titles.iter().enumerate() {
            let mut e = Entry::new(format!("k{i}"), "online");
            e.set_text("title", title);
            e.set_text("url", urls[i % urls.len()]);
            e.set_text("doi", "10.1000/a--b");
            assert_eq!(round_trip_problem(&e), None, "{title}\n{}", to_biblatex(&e));
            let back = parse(Path::new("x.bib"), &to_biblatex(&e)).unwrap();
            assert_eq!(back[0].entry.text("title").as_deref(), Some(*title));
            assert_eq!(
                back[0].entry.text("url").as_deref(),
                Some(urls[i % urls.len()])
            );
            assert_eq!(back[0].entry.text("doi").as_deref(), Some("10.1000/a--b"));
        }
    }

    /// Found by the `bib` fuzz target: the resolver recursed for ever.
    #[test]
    fn inheritance_cycles_and_long_chains_are_refused() {
        for source in [
            "@book{a,\n  crossref = {b},\n}\n@book{b,\n  crossref = {a},\n}\n",
            "@book{a,\n  xdata = {x, a},\n}\n",
        ] {
            let err = parse(Path::new("x.bib"), source).unwrap_err().to_string();
            assert!(err.contains("cycle") && err.contains("x.bib:1:1"), "{err}");
        }
        let chain: String = (0..100)
            .map(|i| format!("@book{{k{i},\n  crossref = {{k{}}},\n}}\n", i + 1))
            .collect();
        let err = parse(Path::new("x.bib"), &chain).unwrap_err().to_string();
        assert!(err.contains("longer than"), "{err}");
        // A chapter and its book still resolve.
        let ok = "@inbook{c,\n  crossref = {b},\n}\n@book{b,\n  title = {B},\n}\n";
        assert_eq!(parse(Path::new("x.bib"), ok).unwrap().len(), 2);
    }

    /// Found by the `bib` fuzz target: entries read from a file that could
    /// not be written back (math escaped, a type with a dot, a key list
    /// with a tilde).
    #[test]
    fn what_the_loader_reads_writes_back_the_same() {
        let source = "@article{math,\n  title = {On $\\alpha$-stable laws, $x_1^2$ and $%$},\n}\n\
                      @onl.ine{dotted,\n  title = {T},\n}\n\
                      @misc{xd,\n  xdata = {a~b},\n  title = {{NASA} and {\\TeX}},\n}\n\
                      @article{bt,\n  journal = {J},\n  address = {Paris},\n  archiveurl = {https://x.org/a\\$b},\n}\n";
        let entries = parse(Path::new("x.bib"), source).unwrap();
        assert_eq!(entries.len(), 4);
        for sourced in &entries {
            let entry = &sourced.entry;
            assert_eq!(round_trip_problem(entry), None, "{}", to_biblatex(entry));
        }
        let math = to_biblatex(&entries[0].entry);
        assert!(
            math.contains("$\\alpha$") && math.contains("$x_1^2$"),
            "{math}"
        );
        assert!(to_biblatex(&entries[1].entry).starts_with("@onl.ine{dotted,"));
        // BibTeX names stay as written; a dollar in an address reads back.
        let bibtex = to_biblatex(&entries[3].entry);
        assert!(bibtex.contains("journal = {J}") && bibtex.contains("address = {Paris}"));
        assert_eq!(
            entries[3].entry.text("archiveurl").as_deref(),
            Some("https://x.org/a$b")
        );
    }

    #[test]
    fn parenthesised_entries_and_carriage_returns_are_read() {
        let source = "@article(paren2020,\n  title = {A (bracketed) title},\n  date = {2020}\n)\n\n% old\r@book{cr2019,\r  title = {Old Mac},\r  date = {2019}\r}\r";
        let entries = parse(Path::new("x.bib"), source).unwrap();
        let keys: Vec<&str> = entries.iter().map(|e| e.entry.key.as_str()).collect();
        assert_eq!(keys, ["paren2020", "cr2019"]);
        assert_eq!(
            entries[0].entry.text("title").as_deref(),
            Some("A (bracketed) title")
        );
        assert_eq!(&source[entries[0].span.clone()][..9], "@article(");
        assert!(source[entries[0].span.clone()].ends_with(')'));
    }

    #[test]
    fn runaway_brace_nesting_is_refused_quickly() {
        let source = format!(
            "@misc{{k, title = {}x{}}}\n",
            "{".repeat(80_000),
            "}".repeat(80_000)
        );
        let started = std::time::Instant::now();
        let err = parse(Path::new("deep.bib"), &source)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("deep.bib:1:") && err.contains("nested"),
            "{err}"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }
}

#[cfg(test)]
mod piece_tests {
    use super::*;

    #[test]
    fn pieces_end_before_entries_and_errors_keep_their_line() {
        let entry = |i: usize| format!("@misc{{k{i}, title = {{A {{nested}} title @ {i}}}}}\n");
        let source: String = (0..50).map(entry).collect();
        // No piece begins at an `@` the parser reads as part of a comment.
        let commented = "@misc{a, title = {A}}\n% @misc{b, title = {B}}\n@misc{c}\n";
        let cut = pieces(commented, 1);
        assert_eq!(cut.len(), 2, "{cut:?}");
        assert!(commented[cut[1].clone()].starts_with("@misc{c}"));
        let cut = pieces(&source, 100);
        assert!(cut.len() > 5);
        assert!(
            cut.iter()
                .skip(1)
                .all(|r| source[r.clone()].starts_with("@misc"))
        );
        let parsed = parse(Path::new("x.bib"), &source).expect("parses");
        assert_eq!(parsed.len(), 50);
        assert_eq!(&source[parsed[49].span.clone()], entry(49).trim_end());
        // A broken entry far into the file is reported at its own line.
        let broken = format!("{source}@misc{{bad, title = {{x}}\n");
        let err = parse(Path::new("x.bib"), &broken).unwrap_err().to_string();
        assert!(
            err.contains("x.bib:51:") || err.contains("x.bib:52:"),
            "{err}"
        );
        // With @string macros the file is read whole, so they resolve.
        let with_macro =
            format!("@string{{j = {{Journal}}}}\n{source}@article{{m, journal = j}}\n");
        let parsed = parse(Path::new("x.bib"), &with_macro).expect("parses");
        assert_eq!(
            parsed
                .last()
                .and_then(|e| e.entry.text("journal"))
                .as_deref(),
            Some("Journal")
        );
    }
}
