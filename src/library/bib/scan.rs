//! Scans of a `.bib` file's text before the parser sees it: brace depth
//! (pieces to read in parallel, nesting too deep to parse, where an entry
//! may begin), `@string` macros and inheritance that tie entries together,
//! and the old BibTeX forms rewritten in place.

use std::ops::Range;
use std::sync::LazyLock;

/// What one pass over a file's braces finds.
pub(super) struct Braces {
    /// The text cut into ranges of about the size asked, each ending just
    /// before an `@` at brace depth zero (where an entry begins).
    pub pieces: Vec<Range<usize>>,
    /// Where braces first nest deeper than [`MAX_BRACE_DEPTH`].
    pub too_deep: Option<usize>,
    /// The depth at the end of the text.
    pub depth: usize,
}

/// One pass over `text`'s braces (the loader's first look at a file, so
/// a plain byte loop rather than an iterator of every byte's depth). A
/// byte after a backslash does not count (`\{`, `\@`); a stray `}` at
/// depth zero is ignored.
pub(super) fn braces(text: &str, size: usize) -> Braces {
    let bytes = text.as_bytes();
    let (mut depth, mut too_deep, mut pieces, mut start, mut i) = (0usize, None, Vec::new(), 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'{' => {
                depth += 1;
                if depth > MAX_BRACE_DEPTH && too_deep.is_none() {
                    too_deep = Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            // Not an `@` in a comment line between entries (`% old @misc{…`):
            // the parser reads that line as a comment, and a piece cut there
            // would read an entry the whole file does not have.
            b'@' if depth == 0 && i - start >= size && !on_comment_line(bytes, i) => {
                pieces.push(start..i);
                start = i;
            }
            _ => {}
        }
        i += 1;
    }
    pieces.push(start..text.len());
    Braces {
        pieces,
        too_deep,
        depth,
    }
}

/// Where the line holding byte `at` begins.
fn line_start(bytes: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1)
}

/// Whether a `%` comes before byte `at` on its line: between entries the
/// parser reads the rest of such a line as a comment.
pub(super) fn on_comment_line(bytes: &[u8], at: usize) -> bool {
    memchr::memchr(b'%', &bytes[line_start(bytes, at)..at]).is_some()
}

/// Where the entry an `@` begins opens, for the bytes after the `@`: its
/// type, blanks, then `{` or `(`; the opener's offset and byte, or `None`
/// when the `@` begins no entry.
pub(super) fn entry_opener(after_at: &[u8]) -> Option<(usize, u8)> {
    let letters = after_at
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let blanks = after_at[letters..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let at = letters + blanks;
    match after_at.get(at) {
        Some(&b @ (b'{' | b'(')) if letters > 0 => Some((at, b)),
        _ => None,
    }
}

/// Whether every brace opened in `text` is closed (`\{` does not count).
pub(super) fn at_top_level(text: &str) -> bool {
    braces(text, usize::MAX).depth == 0
}

/// The source cut into ranges of about `size` bytes, each ending just
/// before an `@` at brace depth zero (where an entry begins).
#[cfg(test)]
pub(super) fn pieces(source: &str, size: usize) -> Vec<Range<usize>> {
    braces(source, size).pieces
}

/// Deeper than any real entry's braces.
pub(super) const MAX_BRACE_DEPTH: usize = 256;

/// Whether the file defines `@string` macros.
pub(crate) fn has_macros(source: &str) -> bool {
    source.match_indices('@').any(|(i, _)| {
        source
            .as_bytes()
            .get(i + 1..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"string"))
    })
}

/// Whether each entry of the file reads the same from its own text: no
/// `@string` macros, no `crossref` or `xdata` (an entry could take fields
/// from another).
pub(crate) fn entries_read_alone(source: &str) -> bool {
    static INHERITANCE: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new("(?i)crossref|xdata").expect("static regex"));
    !has_macros(source) && !INHERITANCE.is_match(source.as_bytes())
}

/// `source` with old BibTeX forms in the shape the parser reads, byte for
/// byte the same length: entries delimited by parentheses
/// (`@article(key, …)`) get braces, and carriage returns that end lines
/// (old Mac files) become line feeds.
pub(super) fn bibtex_forms(source: &str) -> std::borrow::Cow<'_, str> {
    // Most files have neither form: no copy of a large library then.
    let lone_cr = source.contains('\r')
        && source
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'\r' && w[1] != b'\n')
        || source.ends_with('\r');
    let parenthesised = source
        .match_indices('@')
        .any(|(i, _)| matches!(entry_opener(&source.as_bytes()[i + 1..]), Some((_, b'('))));
    if !lone_cr && !parenthesised {
        return std::borrow::Cow::Borrowed(source);
    }
    let mut bytes = source.as_bytes().to_vec();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // Only an `@` outside braces starts an entry: `{@e(x)}` in a value is
    // text.
    let mut i = 0;
    let mut outer_braces = 0i32;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => outer_braces += 1,
            b'}' => outer_braces = (outer_braces - 1).max(0),
            _ => {}
        }
        if bytes[i] != b'@' || outer_braces > 0 {
            i += 1;
            continue;
        }
        if let Some((offset, b'(')) = entry_opener(&bytes[i + 1..]) {
            let j = i + 1 + offset;
            // The matching parenthesis, outside braces and quotes.
            let (mut depth, mut braces, mut quoted) = (0i32, 0i32, false);
            let mut k = j;
            while k < bytes.len() {
                match bytes[k] {
                    b'{' => braces += 1,
                    b'}' => braces -= 1,
                    b'"' if braces == 0 => quoted = !quoted,
                    b'(' if braces == 0 && !quoted => depth += 1,
                    b')' if braces == 0 && !quoted => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            if k < bytes.len() {
                bytes[j] = b'{';
                bytes[k] = b'}';
                i = k;
            }
        }
        i += 1;
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| source.to_string()))
}

#[cfg(test)]
mod forms_tests {
    use super::*;
    use crate::library::bib::parse;
    use std::path::Path;

    #[test]
    fn bibtex_forms_are_rewritten_only_when_present() {
        assert!(matches!(
            bibtex_forms("@book{k, title={A}}"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            bibtex_forms("@book (k, title={A (B)})"),
            "@book {k, title={A (B)}}"
        );
        assert_eq!(bibtex_forms("@book{k,\rtitle={A}}"), "@book{k,\ntitle={A}}");
        // An `@` inside a value is text, not an entry.
        assert_eq!(
            bibtex_forms("@book(k, t={x}) @n{m, r = {{@e(})}}}"),
            "@book{k, t={x}} @n{m, r = {{@e(})}}}"
        );
        assert!(matches!(
            bibtex_forms("@book{k,\r\ntitle={A}}"),
            std::borrow::Cow::Borrowed(_)
        ));
        let parsed = parse(
            Path::new("x.bib"),
            "@book(k, title={A})\r@misc{m, title={B}}",
        )
        .expect("parses");
        assert_eq!(parsed.len(), 2);
    }
}
