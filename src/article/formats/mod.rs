//! Article documents other than plain text: Word (DOCX), OpenDocument
//! (ODT), HTML pages, EPUB books and PDF files, each read from its own
//! structure (footnote parts, note elements, DPUB-ARIA roles, page layout)
//! into the same [`Article`] that plain text gives.
//!
//! Every reader takes bytes and returns data; the caller fetches or reads
//! the file. Formats are told by their content (ZIP signature and
//! mimetype, `%PDF-`, an HTML root) before their name, so a mislabelled
//! file is still read for what it is.

mod docx;
mod epub;
mod fields;
mod html;
mod html_meta;
mod odt;
mod pdf;
mod pdf_layout;
mod rich;
mod xml;
mod zipped;

use super::Article;

pub use fields::items_from_field;
pub use html::{page_metadata, read_html_at};
pub use pdf::metadata as pdf_metadata;

/// The formats refman reads articles from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Docx,
    Odt,
    Html,
    Epub,
    Pdf,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Html => "html",
            Format::Epub => "epub",
            Format::Pdf => "pdf",
        }
    }
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("not a readable {format} file: {detail}")]
    Corrupt {
        format: &'static str,
        detail: String,
    },
    #[error("{detail}")]
    NoNotes {
        format: &'static str,
        detail: String,
    },
    #[error("the PDF is encrypted; refman cannot read its text (save an unprotected copy first)")]
    Encrypted,
    #[error("the PDF has no text layer (scanned pages?): run OCR on it first, e.g. with ocrmypdf")]
    ImageOnly,
    #[error("{what} is {size} bytes once uncompressed, over the limit of {limit} bytes")]
    TooLarge { what: String, size: u64, limit: u64 },
}

impl FormatError {
    pub(crate) fn corrupt(format: Format, detail: impl std::fmt::Display) -> Self {
        FormatError::Corrupt {
            format: format.name(),
            detail: detail.to_string(),
        }
    }

    pub(crate) fn no_notes(format: Format, detail: impl Into<String>) -> Self {
        FormatError::NoNotes {
            format: format.name(),
            detail: detail.into(),
        }
    }
}

/// The format of a document from its first bytes, then its name or
/// content type; `None` for text (decoded and read as plain text or
/// Markdown by the caller).
pub fn detect(bytes: &[u8], name: &str, content_type: Option<&str>) -> Option<Format> {
    let lower_name = name.to_ascii_lowercase();
    let content_type = content_type.unwrap_or_default().to_ascii_lowercase();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        // The ODF and EPUB mimetype file comes first, stored uncompressed.
        let head = &bytes[..bytes.len().min(200)];
        let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if has(b"application/epub+zip") {
            return Some(Format::Epub);
        }
        if has(b"application/vnd.oasis.opendocument.text") {
            return Some(Format::Odt);
        }
        if lower_name.ends_with(".epub") {
            return Some(Format::Epub);
        }
        if lower_name.ends_with(".odt") {
            return Some(Format::Odt);
        }
        return Some(Format::Docx);
    }
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&[][..], |p| &bytes[p..bytes.len().min(p + 1024)]);
    if start.starts_with(b"%PDF-")
        || bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        return Some(Format::Pdf);
    }
    let head = String::from_utf8_lossy(start).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}');
    if content_type.contains("html")
        || head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
        || lower_name.ends_with(".html")
        || lower_name.ends_with(".htm")
        || lower_name.ends_with(".xhtml")
    {
        return Some(Format::Html);
    }
    None
}

/// Reads a document of a known format; `base` is the address it was
/// fetched from, for relative links in HTML.
pub fn read_document(
    bytes: &[u8],
    format: Format,
    base: Option<&str>,
) -> Result<Article, FormatError> {
    match format {
        Format::Docx => docx::read(bytes),
        Format::Odt => odt::read(bytes),
        Format::Html => html::read(bytes, base),
        Format::Epub => epub::read(bytes),
        Format::Pdf => pdf::read(bytes),
        Format::Text | Format::Markdown => Err(FormatError::corrupt(
            format,
            "plain text is read with article::read_notes",
        )),
    }
}

/// Positions notes in the order they come (`line`), and gives a note
/// without a marker its position as one (1, 2, 3, as word processors show
/// them).
fn number_in_order(article: &mut Article) {
    for (i, note) in article.notes.iter_mut().enumerate() {
        if note.marker.is_empty() {
            note.marker = (i + 1).to_string();
        }
        note.line = i + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_first() {
        assert_eq!(detect(b"%PDF-1.7\n", "a.txt", None), Some(Format::Pdf));
        assert_eq!(
            detect(b"PK\x03\x04....mimetypeapplication/epub+zip", "x.zip", None),
            Some(Format::Epub)
        );
        assert_eq!(
            detect(
                b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text",
                "x",
                None
            ),
            Some(Format::Odt)
        );
        assert_eq!(
            detect(b"PK\x03\x04[Content_Types].xml", "a.docx", None),
            Some(Format::Docx)
        );
        assert_eq!(
            detect(b"  <!DOCTYPE html><html>", "page", None),
            Some(Format::Html)
        );
        assert_eq!(detect(b"Title\n\nText", "notes.md", None), None);
        assert_eq!(
            detect(b"Title", "x", Some("text/html; charset=utf-8")),
            Some(Format::Html)
        );
    }
}
