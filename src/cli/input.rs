//! Reading an input text file: refuses directories, empty files and files
//! over the size limit, then decodes the bytes. Whatever the file is (a
//! regular file, a pipe, a device that never ends such as `/dev/zero`), at
//! most the limit plus one byte is read.

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
    let bytes = read_capped(path)?;
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

/// At most [`MAX_ARTICLE_BYTES`] of a file; more is an error.
fn read_capped(path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let file = fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    Ok(bytes)
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
