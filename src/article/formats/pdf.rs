//! PDF files: not read yet. The error says how to get the text out, which
//! the plain-text reader then handles (page breaks, running headers, page
//! numbers, hyphenation, two-space markers).

use super::{Format, FormatError};
use crate::article::Article;

pub fn read(_bytes: &[u8]) -> Result<Article, FormatError> {
    Err(FormatError::no_notes(
        Format::Pdf,
        "PDF articles are not read yet: convert the file to text first \
         (`pdftotext -layout FILE.pdf`) and import the text",
    ))
}
