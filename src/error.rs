//! Typed errors of refman's own failures, each naming the file (and line where
//! there is one) and saying what was expected.
//!
//! A link that does not resolve or a note that parses poorly is not an error:
//! those are data. An [`Error`] means refman could not do what it was asked,
//! and [`Error::exit_code`] says which documented exit code it maps to.

use std::io;
use std::path::{Path, PathBuf};

use crate::article::{DecodeError, FormatError};

/// Exit code for bad input: an unreadable or unusable file, no notes, a
/// malformed library.
pub const EXIT_BAD_INPUT: u8 = 3;
/// Exit code when the library could not be written; every file is unchanged.
pub const EXIT_WRITE_FAILED: u8 = 4;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", .path.display())]
    Read { path: PathBuf, source: io::Error },

    #[error("{}: is a directory; expected a text or Markdown file", .path.display())]
    IsDirectory { path: PathBuf },

    #[error("{}: the file is empty; expected an article with endnotes", .path.display())]
    Empty { path: PathBuf },

    #[error(
        "{}: the input is {size} bytes or more, over the {limit}-byte limit for an input file",
        .path.display()
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error(
        "{}: nothing opened this pipe for writing within {seconds} s; \
         start the writer first, or give a file",
        .path.display()
    )]
    NoWriter { path: PathBuf, seconds: u64 },

    #[error("{}: {source}", .path.display())]
    Decode { path: PathBuf, source: DecodeError },

    #[error(
        "{}: no notes found. Looked for a notes heading ({headings}) followed by \
         numbered notes ({markers}), and for Markdown footnote definitions ([^1]: …)",
        .path.display()
    )]
    NoNotes {
        path: PathBuf,
        headings: String,
        markers: String,
    },

    #[error("{}: {source}", .path.display())]
    Document { path: PathBuf, source: FormatError },

    #[error("{url}: cannot fetch the article: {message}")]
    Fetch { url: String, message: String },

    #[error("{}:{line}:{column}: malformed BibLaTeX: {message}", .path.display())]
    Bib {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "{}:{line}: duplicate citation key `{key}`, already defined in {}",
        .path.display(),
        .first.display()
    )]
    DuplicateKey {
        path: PathBuf,
        line: usize,
        key: String,
        first: PathBuf,
    },

    #[error("{}: exists but is not a directory; expected the library folder", .path.display())]
    LibraryNotDirectory { path: PathBuf },

    #[error("{}: cannot write: {source}; no file in the library was changed", .path.display())]
    Write { path: PathBuf, source: io::Error },

    #[error(
        "{}: another refman is writing to this library; gave up after waiting {waited} s \
         (--wait SECONDS waits longer); no file was changed",
        .path.display()
    )]
    Locked { path: PathBuf, waited: f64 },

    #[error(
        "{}: entry `{key}` cannot be written: {problem}; no file was changed",
        .path.display()
    )]
    Unwritable {
        path: PathBuf,
        key: String,
        problem: String,
    },

    #[error(
        "{}: changed on disk since refman loaded it (another program wrote to it); \
         no file was changed: run the command again",
        .path.display()
    )]
    ChangedOnDisk { path: PathBuf },

    #[error("{}: cannot write the output: {source}", .path.display())]
    WriteOutput { path: PathBuf, source: io::Error },

    #[error("{}: no entries with these keys: {keys}", .library.display())]
    UnknownKeys { keys: String, library: PathBuf },

    #[error(
        "{keys}: the style {style:?} prints nothing for {}; the other references were written. \
         Add the fields the style needs (a title, an author, a URL or a date) or choose another style",
        if .count == &1 { "this entry" } else { "these entries" }
    )]
    EmptyReferences {
        keys: String,
        count: usize,
        style: String,
    },

    #[error("{path}:{line}:{column}: bad registry entry: {message}")]
    Registry {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{}: {count} cited key(s) not in the library {}:\n{details}", .paper.display(), .library.display())]
    UnknownCitations {
        paper: PathBuf,
        library: PathBuf,
        count: usize,
        /// One line per key: where it is cited and the closest keys.
        details: String,
    },

    #[error("{}: no citations found; expected pandoc [@key] or @key, or LaTeX \\cite{{key}}", .paper.display())]
    NoCitations { paper: PathBuf },

    #[error("{}: {message}", .path.display())]
    BadInput { path: PathBuf, message: String },

    #[error("{}: the library has no entries; run `refman import ARTICLE` first", .library.display())]
    EmptyLibrary { library: PathBuf },
}

impl Error {
    pub fn read(path: &Path, source: io::Error) -> Self {
        Error::Read {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn write(path: &Path, source: io::Error) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The process exit code documented in the README for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Write { .. }
            | Error::WriteOutput { .. }
            | Error::Locked { .. }
            | Error::Unwritable { .. }
            | Error::ChangedOnDisk { .. } => EXIT_WRITE_FAILED,
            _ => EXIT_BAD_INPUT,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset in `source`.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters() {
        let src = "ab\nвгд\nx";
        assert_eq!(line_column(src, 0), (1, 1));
        assert_eq!(line_column(src, 3), (2, 1));
        assert_eq!(line_column(src, 5), (2, 2));
        assert_eq!(line_column(src, 999), (3, 2));
    }
}
