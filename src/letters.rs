//! Letter classes and lowercasing with fast paths for the scripts of these
//! sources. The standard library answers `char::is_alphabetic` and
//! `to_lowercase` for anything beyond ASCII with a table search; the note
//! parser asks them for every character of every Russian, Belarusian,
//! Ukrainian or Chinese note, where the search was a few per cent of an
//! import. Basic Cyrillic (U+0400–U+045F) and the CJK Unified Ideographs
//! (U+4E00–U+9FFF) are answered by range here; everything else goes to
//! the standard library, so every answer is the standard library's (a test
//! checks all of Unicode).

/// Basic Cyrillic: capitals U+0400–U+042F, small letters U+0430–U+045F.
const CYRILLIC: std::ops::RangeInclusive<char> = '\u{400}'..='\u{45F}';
/// CJK Unified Ideographs: every code point is an assigned letter.
const HAN: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

/// Whether a character is in the Cyrillic block (U+0400–U+04FF).
#[inline]
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// `char::is_alphabetic`.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if CYRILLIC.contains(&c) || HAN.contains(&c) {
        true
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_alphanumeric`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if CYRILLIC.contains(&c) || HAN.contains(&c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_uppercase`.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if CYRILLIC.contains(&c) {
        c <= '\u{42F}'
    } else if HAN.contains(&c) {
        false
    } else {
        c.is_uppercase()
    }
}

/// `char::is_lowercase`.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else if CYRILLIC.contains(&c) {
        c >= '\u{430}'
    } else if HAN.contains(&c) {
        false
    } else {
        c.is_lowercase()
    }
}

/// `str::to_lowercase`.
pub fn lowercase(s: &str) -> String {
    // Final sigma depends on its neighbours: the standard library's rule.
    // Σ is CE A3 in UTF-8: a byte search tells most texts have none.
    if s.is_ascii() || (memchr::memchr(0xCE, s.as_bytes()).is_some() && s.contains('Σ')) {
        return s.to_lowercase();
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // Runs of characters that are their own lowercase are copied whole;
    // ASCII and basic Cyrillic capitals are mapped by offset, anything
    // else not known to be caseless goes through `char::to_lowercase`.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_uppercase() {
                out.push_str(&s[run..i]);
                out.push(char::from(b.to_ascii_lowercase()));
                run = i + 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let own_lowercase = match c {
            '\u{400}'..='\u{42F}' => false,
            _ => CYRILLIC.contains(&c) || HAN.contains(&c) || is_caseless(c),
        };
        if !own_lowercase {
            out.push_str(&s[run..i]);
            match c {
                '\u{400}'..='\u{40F}' => out.push(shifted(c, 0x50)),
                '\u{410}'..='\u{42F}' => out.push(shifted(c, 0x20)),
                _ => out.extend(c.to_lowercase()),
            }
            run = i + len;
        }
        i += len;
    }
    out.push_str(&s[run..]);
    out
}

/// Whether a character is its own lowercase, known without a table
/// search: Latin-1 punctuation and signs, General Punctuation (dashes,
/// quotes), CJK Symbols and Punctuation.
fn is_caseless(c: char) -> bool {
    matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}')
}

/// `f` of `s` lowercased as by [`lowercase`], with no allocation for a
/// short ASCII word: the parser asks this of nearly every word of a note.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if let Some(buf) = buf.get_mut(..s.len())
        && s.is_ascii()
    {
        buf.copy_from_slice(s.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(buf) {
            return f(lower);
        }
    }
    f(&lowercase(s))
}

/// A Cyrillic capital's small letter, `by` code points further on.
fn shifted(c: char, by: u32) -> char {
    char::from_u32(u32::from(c) + by).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_classed_as_the_standard_library_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            let s = c.to_string();
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
            assert_eq!(
                with_lowercase(&s, str::to_string),
                s.to_lowercase(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn words_lowercase_as_the_standard_library_does() {
        for s in [
            "",
            "ЁЛКИ ПАЛКИ Ўсё Її Ґанок",
            "Лукашенко и Си Цзиньпин 习近平 Samarkand",
            "ΟΔΟΣ ΟΔΥΣΣΕΥΣ",
            "İstanbul Ǆemal ẞ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
            assert_eq!(with_lowercase(s, str::to_string), s.to_lowercase(), "{s}");
        }
        // Longer than the stack buffer: the allocating path, same result.
        let long = "THE PRESIDENT OF THE REPUBLIC OF BELARUS AND THE PEOPLE'S REPUBLIC";
        assert_eq!(with_lowercase(long, str::to_string), long.to_lowercase());
    }
}
