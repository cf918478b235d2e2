//! The citation keys and types of a `.bib` file read as it streams in, for
//! a listing of keys that need not load the library. The file is fed in
//! blocks and cut before an entry (an `@` at brace depth zero); each run of
//! whole entries goes through the `biblatex` crate's raw parser alone, no
//! field resolved, so memory stays a few blocks whatever the file's size.
//! Whatever the loader would read differently or might refuse makes the
//! reader give up (`None`), and the caller loads the library instead.

use std::borrow::Cow;

use biblatex::{Bibliography, RawBibliography, RawChunk};

use super::closing_delimiter;
use super::scan::{
    MAX_BRACE_DEPTH, bibtex_forms, entries_read_alone, entry_opener, on_comment_line,
};

/// Reads keys and types from a file's bytes fed in order.
#[derive(Debug, Default)]
pub struct KeyReader {
    /// Bytes fed but not yet read: from the last cut on.
    pending: Vec<u8>,
    /// How much of `pending` the brace scan has seen.
    scanned: usize,
    depth: usize,
    /// Where the bytes after a backslash end (they do not count): past
    /// `scanned` when the fed bytes end in a backslash.
    skip_to: usize,
    keys: Vec<(String, String)>,
    /// Something only the loader can read, or refuse: the reader gave up.
    failed: bool,
}

impl KeyReader {
    /// Takes the file's next bytes; false once the reader has given up (the
    /// rest need not be read).
    pub fn feed(&mut self, bytes: &[u8]) -> bool {
        if self.failed {
            return false;
        }
        self.pending.extend_from_slice(bytes);
        let Some(cut) = self.scan() else {
            self.failed = true;
            return false;
        };
        if cut > 0 {
            if !read_piece(&self.pending[..cut], false, &mut self.keys) {
                self.failed = true;
                return false;
            }
            self.pending.drain(..cut);
            self.scanned -= cut;
            self.skip_to = self.skip_to.saturating_sub(cut);
        }
        true
    }

    /// Scans the new bytes' braces and gives the last place to cut (an
    /// entry's `@` at depth zero after the first byte; 0 for none), or `None` when
    /// braces nest too deep. Only braces and backslashes are visited
    /// (`memchr`); an `@` is looked for in the runs between them at depth
    /// zero, the last two such runs being enough as entries follow each
    /// other.
    fn scan(&mut self) -> Option<usize> {
        let from = self.scanned.max(self.skip_to);
        let bytes = &self.pending;
        let (mut depth, mut skip_to, mut run_start) = (self.depth, self.skip_to, from);
        let mut runs: [Option<(usize, usize)>; 2] = [None, None];
        let mut at_zero = |start: usize, end: usize, depth: usize| {
            if depth == 0 && start < end {
                runs = [runs[1], Some((start, end))];
            }
        };
        for i in memchr::memchr3_iter(b'{', b'}', b'\\', &bytes[from.min(bytes.len())..]) {
            let i = i + from;
            if i < skip_to {
                continue;
            }
            at_zero(run_start, i, depth);
            match bytes[i] {
                b'\\' => skip_to = i + 2,
                b'{' => {
                    depth += 1;
                    if depth > MAX_BRACE_DEPTH {
                        return None;
                    }
                }
                _ => depth = depth.saturating_sub(1),
            }
            run_start = (i + 1).max(skip_to);
        }
        at_zero(run_start, bytes.len(), depth);
        (self.depth, self.skip_to, self.scanned) = (depth, skip_to, bytes.len());
        // The cut at the start of `pending` is the previous one.
        let cut = runs.iter().rev().flatten().find_map(|&(start, end)| {
            memchr::memrchr_iter(b'@', &bytes[start..end])
                .map(|at| start + at)
                .find(|&at| at > 0 && begins_entry(bytes, at))
        });
        Some(cut.unwrap_or(0))
    }

    /// Every entry's key and type (lowercased), in file order; `None` when
    /// the reader gave up.
    pub fn finish(mut self) -> Option<Vec<(String, String)>> {
        if self.failed || !read_piece(&self.pending, true, &mut self.keys) {
            return None;
        }
        Some(self.keys)
    }
}

/// Whether the `@` at `at` begins an entry: a type, then `{` or `(` after
/// any blanks, and no `%` before it on its line (the parser reads a `%`
/// between entries as a comment to the end of the line, `@` included). A
/// run cut at an `@` that does not begin an entry might not read alone.
fn begins_entry(bytes: &[u8], at: usize) -> bool {
    entry_opener(&bytes[at + 1..]).is_some() && !on_comment_line(bytes, at)
}

/// Adds the keys and types of a run of whole entries (the `last` one ends
/// the file); false when the loader would read it differently (old BibTeX
/// forms, a cut inside a comment, `@string` macros,
/// `crossref`, `xdata`) or might refuse it: it does not parse, or an entry
/// whose resolution can fail does not resolve: one with a TeX command or
/// math (`\`, `$`), a quoted value (`"a } b"`) or a macro (`month = jan`
/// resolves, `publisher = undefined` does not). Only these can fail.
fn read_piece(bytes: &[u8], last: bool, keys: &mut Vec<(String, String)>) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    if !matches!(bibtex_forms(text), Cow::Borrowed(_)) || !entries_read_alone(text) {
        return false;
    }
    let Ok(raw) = RawBibliography::parse(text) else {
        return false;
    };
    // A run that ends inside a comment (a `%` between entries with no line
    // end after it) was cut where the whole file's parser is still in the
    // comment: the next run's first entry is not one to it.
    let after = raw.entries.last().map_or(0, |e| e.span.end);
    let tail = text.get(after..).unwrap_or_default();
    if !last && tail.rfind('%').is_some_and(|p| !tail[p..].contains('\n')) {
        return false;
    }
    for e in &raw.entries {
        let end = closing_delimiter(text, e.span.end);
        let Some(entry) = text.get(e.span.start..end) else {
            return false;
        };
        let abbreviation = e.v.fields.iter().any(|f| {
            f.value
                .v
                .iter()
                .any(|c| matches!(c.v, RawChunk::Abbreviation(_)))
        });
        let may_fail =
            abbreviation || memchr::memchr3(b'\\', b'$', b'"', entry.as_bytes()).is_some();
        if may_fail && Bibliography::parse(entry).is_err() {
            return false;
        }
        keys.push((e.v.key.v.to_string(), e.v.kind.v.to_ascii_lowercase()));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_in_blocks(text: &str, block: usize) -> Option<Vec<(String, String)>> {
        let mut reader = KeyReader::default();
        for chunk in text.as_bytes().chunks(block) {
            reader.feed(chunk);
        }
        reader.finish()
    }

    #[test]
    fn keys_are_read_alike_in_any_blocks() {
        let text = "% a comment with {braces}\n\
            @Article{first, title = {Über {den} @ Titel}, author = {A. Ä}}\n\
            @online{second,\n  title = {Минск \\{ 2020},\n  url = {https://x.org/a_b}\n}\n\
            @book{third, title = \"Quoted\"}\n";
        let want = vec![
            ("first".to_string(), "article".to_string()),
            ("second".to_string(), "online".to_string()),
            ("third".to_string(), "book".to_string()),
        ];
        for block in [1, 2, 3, 7, 64, 4096] {
            assert_eq!(read_in_blocks(text, block), Some(want.clone()), "{block}");
        }
    }

    #[test]
    fn what_only_the_loader_reads_gives_up() {
        for text in [
            "@string{j = {Journal}}\n@article{a, journal = j}\n",
            "@book{p, title = {P}}\n@inbook{c, crossref = {p}}\n",
            "@article(paren, title = {T})\n",
            "@article{a, title = {Cost in US$ 5}}\n",
            "@article{a, publisher = undefinedmacro}\n",
            "@article{a, title = \"Half } brace\"}\n",
            "@article{a, title = {Broken}\n@article{b, title = {B}}\n",
        ] {
            assert_eq!(read_in_blocks(text, 5), None, "{text}");
            assert_eq!(read_in_blocks(text, 4096), None, "{text}");
        }
        // An entry's `@` inside a comment line is no entry to the loader.
        let commented =
            "@misc{a, title = {A}}\n% old: @misc{b, title = {B}}\n@misc{c, title = {C}}\n";
        let loaded = super::super::parse(std::path::Path::new("x.bib"), commented).expect("parses");
        assert_eq!(loaded.len(), 2);
        for block in 1..commented.len() {
            let keys = read_in_blocks(commented, block);
            assert!(
                keys.is_none() || keys.as_ref().is_some_and(|k| k.len() == 2),
                "{block}: {keys:?}"
            );
        }
        let deep = format!("@misc{{d, note = {}}}\n", "{".repeat(300));
        assert_eq!(read_in_blocks(&deep, 16), None);
        let mut reader = KeyReader::default();
        assert!(!reader.feed(b"@misc{a, title = {\xff}}\n@misc{b, title = {B}}\n"));
        // Escaped math and commands resolve, and are kept.
        let fine = "@misc{m, title = {US\\$ 5 and \\emph{this}}, month = jan}\n";
        assert_eq!(read_in_blocks(fine, 3).map(|k| k.len()), Some(1));
    }

    /// Entries with everything a raw read must get right (braces in values,
    /// escapes, `@` in text, comments and blank runs between entries) give
    /// the loader's keys, in its order, from blocks cut anywhere.
    #[test]
    fn keys_are_the_loaders() {
        let text: String = (0..400)
            .map(|i| match i % 4 {
                0 => format!("@online{{k{i}, title = {{A {{nested}} title @ {i}}}, url = {{https://x.org/{i}}}}}\n"),
                1 => format!("% note {{{i}}} @ here\n@Book{{k{i},\n  title = {{Escaped \\}} and \\{{ {i}}},\n}}\n\n"),
                2 => format!("@article{{k{i}, author = {{Иванов, И.}}, title = {{Заглавие {i}}}, date = {{2020}}}}"),
                _ => format!("\n\n@misc{{k{i}, note = {{ends in a backslash\\\\}}}}\n"),
            })
            .collect();
        let loaded: Vec<(String, String)> =
            super::super::parse(std::path::Path::new("x.bib"), &text)
                .expect("parses")
                .into_iter()
                .map(|e| (e.entry.key, e.entry.entry_type))
                .collect();
        assert_eq!(loaded.len(), 400);
        for block in [1, 2, 5, 31, 1000, 1 << 20] {
            assert_eq!(
                read_in_blocks(&text, block).as_ref(),
                Some(&loaded),
                "{block}"
            );
        }
    }
}
