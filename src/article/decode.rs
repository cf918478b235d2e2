//! Bytes of an article file to text: UTF-8 as is, a byte-order mark obeyed,
//! other legacy encodings (windows-1251 and KOI8-R are common for Russian
//! sources) detected with `chardetng` and decoded with `encoding_rs`.
//! Binary data is refused rather than decoded into noise.

use encoding_rs::Encoding;

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error(
        "looks like a binary file (a NUL byte at offset {offset}); expected plain text or Markdown"
    )]
    Binary { offset: usize },
    #[error(
        "the text is not UTF-8 and its encoding could not be determined (best guess {guess} \
         does not decode it cleanly); convert it to UTF-8 first, e.g. with iconv"
    )]
    UnknownEncoding { guess: &'static str },
}

/// Decoded text and the name of the encoding it was read with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// How much of the start is inspected for NUL bytes and control characters.
const SNIFF_LEN: usize = 64 * 1024;

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(DecodeError::UnknownEncoding {
                guess: encoding.name(),
            });
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
        });
    }

    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 100 > head.len().max(1) {
        let offset = head
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
            .unwrap_or(0);
        return Err(DecodeError::Binary { offset });
    }

    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
        });
    }

    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) if encoding != encoding_rs::UTF_8 => Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
        }),
        _ => Err(DecodeError::UnknownEncoding {
            guess: encoding.name(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUSSIAN: &str =
        "Примечания\n\n1. Крючкова Е. Россия и Беларусь пришли к балансу // Коммерсант. 2023.\n";

    #[test]
    fn utf8_passes_through() {
        let d = decode(RUSSIAN.as_bytes()).unwrap();
        assert_eq!(d.text, RUSSIAN);
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn windows_1251_and_koi8_r_are_detected() {
        for enc in [encoding_rs::WINDOWS_1251, encoding_rs::KOI8_R] {
            let (bytes, _, _) = enc.encode(RUSSIAN);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, RUSSIAN, "{}", enc.name());
            // encoding_rs reads KOI8-R text as its superset KOI8-U.
            assert_eq!(&d.encoding[..4], &enc.name()[..4]);
        }
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Notes\n1. A".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Notes\n1. A");
    }

    #[test]
    fn binary_is_refused() {
        let bytes = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
        assert!(matches!(decode(&bytes), Err(DecodeError::Binary { .. })));
    }
}
