//! PDF files: the text layer read glyph by glyph with its position and size
//! (`pdf-extract` over `lopdf`), laid out into lines by `pdf_layout.rs`,
//! then read as plain text, so endnote sections work as they do in text and
//! page footnotes (smaller type at the bottom of the page) are gathered
//! into a notes section of their own.
//!
//! The PDF libraries are not hardened against hostile files: they run
//! behind `catch_unwind`, and a panic is reported as a damaged file.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

use super::pdf_layout::{Glyph, Page, compose};
use super::{Format, FormatError};
use crate::article::{Article, Meta, read_notes};

const FORMAT: Format = Format::Pdf;

/// Runs `f` with panics caught and kept off the terminal. The panic hook
/// is process-wide: one swap at a time, or two threads could leave the
/// silent hook installed for good.
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = HOOK.lock().unwrap_or_else(|p| p.into_inner());
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    out.ok()
}

pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    // The library's panics are its bugs, not the user's: caught, and kept
    // off the terminal (the error returned says what happened).
    let pages = quietly(|| glyphs(bytes));
    let pages = pages.unwrap_or_else(|| {
        Err(FormatError::corrupt(
            FORMAT,
            "the PDF library failed on this file",
        ))
    })?;
    let (pages, meta) = pages;
    let letters: usize = pages
        .iter()
        .flat_map(|p| &p.glyphs)
        .filter(|g| g.text.chars().any(char::is_alphabetic))
        .count();
    if letters < 20 {
        return Err(FormatError::ImageOnly);
    }
    let text = compose(&pages);
    let mut article = read_notes(&text).ok_or_else(|| {
        FormatError::no_notes(
            FORMAT,
            "no notes found in the PDF: no endnotes section under a notes heading and no \
             footnotes in smaller type at the bottom of its pages",
        )
    })?;
    article.meta = meta;
    Ok(article)
}

/// The information dictionary alone (title, author, date), without reading
/// the pages; `None` when the file is not a readable PDF.
pub fn metadata(bytes: &[u8]) -> Option<Meta> {
    quietly(|| {
        let mut doc = Document::load_mem(bytes).ok()?;
        if doc.is_encrypted() && doc.decrypt("").is_err() {
            return None;
        }
        Some(info(&doc))
    })
    .flatten()
}

/// Every page's glyphs, and the document information dictionary.
fn glyphs(bytes: &[u8]) -> Result<(Vec<Page>, Meta), FormatError> {
    let mut doc = Document::load_mem(bytes).map_err(|e| {
        if bytes.windows(8).any(|w| w == b"/Encrypt") {
            FormatError::Encrypted
        } else {
            FormatError::corrupt(FORMAT, e)
        }
    })?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(FormatError::Encrypted);
    }
    let meta = info(&doc);
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector).map_err(|e| FormatError::corrupt(FORMAT, e))?;
    Ok((collector.pages, meta))
}

/// Collects glyphs page by page, positions from the top of the page.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    height: f64,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Page { glyphs: Vec::new() });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The font size as drawn: the text matrix applied to a square of
        // the font's size.
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt();
        if let Some(page) = self.pages.last_mut()
            && size.is_finite()
            && size > 0.0
        {
            page.glyphs.push(Glyph {
                x: trm.m31,
                y: self.height - trm.m32,
                size,
                advance: width * size,
                text: text.to_string(),
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Title, author and creation date of the information dictionary.
fn info(doc: &Document) -> Meta {
    let mut meta = Meta::default();
    let Some(dict) = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|id| doc.get_dictionary(id).ok())
    else {
        return meta;
    };
    let field = |key: &[u8]| {
        dict.get(key)
            .ok()
            .and_then(|o| pdf_extract::decode_text_string(o).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    meta.title = field(b"Title");
    meta.authors = field(b"Author")
        .map(|a| {
            a.split([';', ','])
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        })
        .unwrap_or_default();
    meta.date = field(b"CreationDate").and_then(|d| {
        let digits: String = d.trim_start_matches("D:").chars().take(8).collect();
        (digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()))
            .then(|| format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]))
    });
    meta
}
