//! Reading an input text file: refuses directories, empty files and files
//! over the size limit before reading, then decodes the bytes.

use std::fs;
use std::path::Path;

use crate::article::{Article, MARKER_FORMS, NOTE_HEADINGS, decode, read_notes};
use crate::error::Error;

/// Articles larger than this are refused unread: 32 MiB is over a hundred
/// times the longest article with notes seen in practice.
pub const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

/// The text of an article file, decoded to UTF-8.
pub fn read_text(path: &Path) -> Result<String, Error> {
    let meta = fs::metadata(path).map_err(|e| Error::read(path, e))?;
    if meta.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_ARTICLE_BYTES,
        });
    }
    let bytes = fs::read(path).map_err(|e| Error::read(path, e))?;
    let decoded = decode(&bytes).map_err(|source| Error::Decode {
        path: path.to_path_buf(),
        source,
    })?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(decoded.text)
}

/// An article file's text and its notes; no notes is an error that says
/// what was looked for.
pub fn read_article(path: &Path) -> Result<(String, Article), Error> {
    let text = read_text(path)?;
    let article = read_notes(&text).ok_or_else(|| Error::NoNotes {
        path: path.to_path_buf(),
        headings: NOTE_HEADINGS[..11].join(", ") + ", …",
        markers: MARKER_FORMS.to_string(),
    })?;
    Ok((text, article))
}
