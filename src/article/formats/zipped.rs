//! Reading parts of a ZIP container (DOCX, ODT, EPUB) with limits: a part
//! larger than [`MAX_PART`] once uncompressed is refused, so a ZIP bomb
//! costs nothing.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{Format, FormatError};

/// The largest part read: far over any real document part.
pub const MAX_PART: u64 = 64 * 1024 * 1024;

pub struct Zipped<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    format: Format,
}

impl<'a> Zipped<'a> {
    pub fn open(bytes: &'a [u8], format: Format) -> Result<Self, FormatError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            FormatError::corrupt(format, format!("the ZIP container is damaged ({e})"))
        })?;
        Ok(Zipped { archive, format })
    }

    /// A part's text, or `None` when the container has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, FormatError> {
        let format = self.format;
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let mut file = self
            .archive
            .by_index(index)
            .map_err(|e| FormatError::corrupt(format, format!("{name}: {e}")))?;
        if file.encrypted() {
            return Err(FormatError::corrupt(format, format!("{name} is encrypted")));
        }
        let mut bytes = Vec::new();
        file.by_ref()
            .take(MAX_PART + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| FormatError::corrupt(format, format!("{name}: {e}")))?;
        if bytes.len() as u64 > MAX_PART {
            return Err(FormatError::TooLarge {
                what: name.to_string(),
                size: bytes.len() as u64,
                limit: MAX_PART,
            });
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| FormatError::corrupt(format, format!("{name} is not UTF-8 text")))?;
        Ok(Some(text))
    }

    /// A part's XML tree, or `None` when the container has no such part.
    pub fn xml(&mut self, name: &str) -> Result<Option<super::xml::Element>, FormatError> {
        let format = self.format;
        match self.text(name)? {
            None => Ok(None),
            Some(text) => super::xml::parse(&text)
                .map(Some)
                .map_err(|e| FormatError::corrupt(format, format!("{name}: {e}"))),
        }
    }
}
