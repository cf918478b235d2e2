//! What pasting leaves in a note, undone before it is read: a note copied
//! from a PDF, a web page or another word processor carries characters and
//! spacing that no citation style writes, and each of them breaks a
//! pattern that reads the note.
//!
//! - HTML entities left by a web page's source (`&amp;`, `&quot;`);
//! - zero-width spaces, word joiners, byte-order marks, soft hyphens and
//!   marks of writing direction, invisible but splitting a word in two; a
//!   PDF's ligatures (`ﬁ`, `ﬂ`) as their letters; the non-breaking hyphen
//!   EUR-Lex writes in case numbers (`C‑311/18`) as a hyphen;
//! - TeX's quotes (` ``Title,'' `) as typographic ones;
//! - full-width punctuation typed in a Latin-script reference by a Chinese
//!   keyboard (`Allison G．Destined for War：…`), and in a GB/T 7714
//!   reference typed with full-width brackets (`［J］．刊名，2015（6）：3－21．`);
//! - spaces before a comma or a closing stop (`Wilson , Andrew .`) and
//!   inside brackets (`( 2023 )`);
//! - an initial glued to the word after it (`Way L.The new …`).
//!
//! French spacing before `:`, `;`, `?` and `!` and GOST's ` : ` and ` ; `
//! mean something and stay; the Chinese footnote form's full-width commas
//! and colons are its punctuation and stay too.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// The note as its author wrote it, without what pasting added; borrowed
/// when there is nothing to undo (most notes).
pub fn repaired(note: &str) -> Cow<'_, str> {
    // Every note passes here: the bytes are looked at first, and the
    // patterns run only where a byte says they may match.
    let odd_char = has_odd_character(note.as_bytes())
        && note.chars().any(|c| {
            matches!(
                c,
                '&' | '`' | '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{2011}'
            ) || is_direction_mark(c)
                || is_full_width_punctuation(c)
                || ligature(c).is_some()
        });
    let odd_spacing = (may_have_odd_space(note) && SPACE_BEFORE.is_match(note))
        || (stop_before_capital(note) && GLUED_INITIAL.is_match(note));
    if !odd_char && !odd_spacing {
        return Cow::Borrowed(note);
    }
    let mut text = if note.contains('&') {
        html_escape::decode_html_entities(note).into_owned()
    } else {
        note.to_string()
    };
    if odd_char {
        text = characters(&text);
    }
    let text = SPACE_BEFORE.replace_all(&text, |c: &regex::Captures<'_>| {
        match (c.get(1), c.get(2)) {
            (Some(word), Some(mark)) => {
                let after = c.get(3).map_or("", |m| m.as_str());
                format!("{}{}{after}", word.as_str(), mark.as_str())
            }
            _ if c.get(4).is_some() => "(".to_string(),
            _ if c.get(5).is_some() => ")".to_string(),
            // "Romano ,«La Russia…»": the comma moves to the word before.
            _ => format!("{}, {}", &c[6], &c[7]),
        }
    });
    // "Folha de S.Paulo", "Universidade de S.Paulo": a city's abbreviated
    // saint after a particle is written so, no initial glued to a name.
    let text = GLUED_INITIAL.replace_all(&text, |c: &regex::Captures<'_>| {
        let before = &text[..c.get(0).map_or(0, |m| m.start())];
        let after_particle = [" de", " do", " da"]
            .iter()
            .any(|p| before.ends_with(p) && c[1].trim().is_empty());
        if after_particle {
            c[0].to_string()
        } else {
            format!("{}{} {}", &c[1], &c[2], &c[3])
        }
    });
    Cow::Owned(text.trim().to_string())
}

/// `&`, a backtick, or the UTF-8 bytes of the soft hyphen (C2 AD), the
/// zero-width space (E2 80 8B), the non-breaking hyphen (E2 80 91), the
/// word joiner (E2 81 A0), a mark of writing direction (E2 80 8E–8F,
/// AA–AE; E2 81 A6–A9) or a character of U+FE00–U+FFFF (EF: the
/// byte-order mark and the full-width forms): where the characters
/// [`repaired`] replaces may be.
fn has_odd_character(bytes: &[u8]) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    // "&amp;", "&#39;": an entity, not APA's ampersand.
    let entity = |i: usize| {
        bytes[i + 1..]
            .iter()
            .take(10)
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'#'))
            .is_some_and(|end| end > 0 && at(i + 1 + end) == b';')
    };
    memchr::memchr3_iter(b'&', b'`', 0xef, bytes).any(|i| bytes[i] != b'&' || entity(i))
        || memchr::memchr2_iter(0xc2, 0xe2, bytes).any(|i| match bytes[i] {
            0xc2 => at(i + 1) == 0xad,
            _ => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x8b | 0x8e | 0x8f | 0x91 | 0xaa..=0xae) | (0x81, 0xa0 | 0xa6..=0xa9)
            ),
        })
}

/// A space (or no-break space) before a comma, stop or closing bracket,
/// or after an opening one.
fn may_have_odd_space(note: &str) -> bool {
    // 0xA0 ends the no-break space's two bytes.
    note.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b' ' | 0xa0, b',' | b'.'] | [b' ', b')'] | [b'(', b' ']))
}

/// A stop followed at once by a capital letter.
fn stop_before_capital(note: &str) -> bool {
    memchr::memchr_iter(b'.', note.as_bytes())
        .any(|i| note[i + 1..].chars().next().is_some_and(char::is_uppercase))
}

/// Spaces before a comma or stop that ends a word's clause (not an
/// ellipsis, not a decimal), after an opening bracket and before a closing
/// one; a comma set against the next word instead of the last.
static SPACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\S)[ \u{a0}]+([,.])(?:(\s)|$)|(\()[ \u{a0}]+|[ \u{a0}]+(\))|(\S)[ \u{a0}]+,(\S)")
        .expect("space before pattern")
});

/// `L.The`, `Т.Кровавые`: a capital initial, its stop and a capitalised
/// word of three letters or more that ends at a space, comma or colon,
/// after a space, comma or the note's start (`U.S.Army`, `E.A.` and a
/// journal's `J.Select.Areas` are left alone).
static GLUED_INITIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s,(])(\p{Lu}\.)(\p{Lu}\p{Ll}{2,}[\s,:])").expect("glued initial pattern")
});

/// The marks of writing direction a web page sets around a name or a date
/// (French Wikipedia's `Le Monde,\u{200e} 12 novembre 2020`): invisible,
/// and a word's neighbour in every pattern.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// U+FF01–U+FF5E: the full-width forms of ASCII's punctuation that a
/// reference uses.
fn is_full_width_punctuation(c: char) -> bool {
    matches!(
        c,
        '．' | '，' | '：' | '；' | '（' | '）' | '［' | '］' | '－' | '？' | '！' | '／'
    )
}

/// The letters of a Latin ligature a PDF's text keeps (`ﬁnancial`): a
/// word with one matches no word list and no search.
fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

/// GB/T 7714's codes of a work's kind, typed in full-width brackets.
const GBT_CODES: [&str; 8] = [
    "［J］",
    "［M］",
    "［C］",
    "［D］",
    "［R］",
    "［N］",
    "［EB/OL］",
    "［Z］",
];

/// Invisible characters dropped, the non-breaking hyphen and TeX's quotes
/// replaced, full-width punctuation made ASCII where the note is a Latin
/// reference or a full-width GB/T one.
fn characters(text: &str) -> String {
    // Han ideographs (not the full-width forms themselves).
    let cjk = text
        .chars()
        .any(|c| matches!(c as u32, 0x3400..=0x4dbf | 0x4e00..=0x9fff));
    // A Chinese note keeps its full-width commas and colons unless it is
    // GB/T 7714 typed full width (its stops and code brackets say so).
    let full_width = !cjk || text.contains('．') || GBT_CODES.iter().any(|c| text.contains(c));
    let text = if text.contains("``") {
        Cow::Owned(text.replace("``", "“").replace("''", "”"))
    } else {
        Cow::Borrowed(text)
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => {}
            c if is_direction_mark(c) => {}
            '\u{2011}' => out.push('-'),
            c if full_width && is_full_width_punctuation(c) => {
                let ascii = char::from_u32(c as u32 - 0xfee0).unwrap_or(c);
                out.push(ascii);
                // "G．Destined", "War：Can", "2015（6）：3": a separator
                // gets the space ASCII writes after it.
                let separator = matches!(ascii, '.' | ',' | ':' | ';');
                if separator && chars.peek().is_some_and(|n| !n.is_whitespace()) {
                    out.push(' ');
                }
            }
            c => match ligature(c) {
                Some(letters) => out.push_str(letters),
                None => out.push(c),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::repaired;

    #[test]
    fn a_clean_note_is_borrowed() {
        let note = "Jane Roe, « Une question ? », Revue, n° 3, 2020 ; Иванов И. И. Книга / И. И. Иванов. – Москва : Наука, 2001.";
        assert!(matches!(repaired(note), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn entities_invisible_characters_and_tex_quotes() {
        assert_eq!(
            repaired("Ann Lee &amp; Bo Kim, &quot;Gas and Grids,&quot; Energy Notes, May 2020."),
            "Ann Lee & Bo Kim, \"Gas and Grids,\" Energy Notes, May 2020."
        );
        assert_eq!(
            repaired("Mara\u{200b} Holt, ``Ports and Power,'' Review 4 (2001)."),
            "Mara Holt, “Ports and Power,” Review 4 (2001)."
        );
        assert_eq!(
            repaired("Case C\u{2011}101/01 Lindqvist EU:C:2003:596."),
            "Case C-101/01 Lindqvist EU:C:2003:596."
        );
        assert_eq!(
            repaired("Claire Morel, « Titre », Le Monde,\u{200e} 12 novembre 2020\u{202c}."),
            "Claire Morel, « Titre », Le Monde, 12 novembre 2020."
        );
        assert_eq!(
            repaired(
                "Olga Roos, “The \u{fb01}scal o\u{fb03}ce and its in\u{fb02}uence,” Notes 2 (2019)."
            ),
            "Olga Roos, “The fiscal office and its influence,” Notes 2 (2019)."
        );
    }

    #[test]
    fn spaces_before_commas_stops_and_inside_brackets() {
        assert_eq!(
            repaired("Holt M. , Kim B. Harbour Towns . Leeds : Northway , 2004 ."),
            "Holt M., Kim B. Harbour Towns. Leeds : Northway, 2004."
        );
        assert_eq!(
            repaired("Cfr. M. Rossi ,«Porti e città», in «Studi», 1990."),
            "Cfr. M. Rossi, «Porti e città», in «Studi», 1990."
        );
        assert_eq!(
            repaired("Example Watch . ( 2021 ). Annual report 2020 . Example Press."),
            "Example Watch. (2021). Annual report 2020. Example Press."
        );
        // An ellipsis and a decimal keep their spacing.
        assert_eq!(
            repaired("Holt M., Towns … and Ports .5 (2004)"),
            "Holt M., Towns … and Ports .5 (2004)"
        );
    }

    #[test]
    fn glued_initials() {
        assert_eq!(
            repaired("Holt M, Kim B.Harbour towns. Port Stud. 2004;3(1):1-9."),
            "Holt M, Kim B. Harbour towns. Port Stud. 2004;3(1):1-9."
        );
        assert_eq!(
            repaired("Петров П.Морские города. Москва, 2004."),
            "Петров П. Морские города. Москва, 2004."
        );
        assert_eq!(repaired("U.S.Army, E.A. Holt"), "U.S.Army, E.A. Holt");
        assert_eq!(
            repaired("Valor, J.Ramos, O Estado de S.Paulo, 2 jun. 2021."),
            "Valor, J. Ramos, O Estado de S.Paulo, 2 jun. 2021."
        );
    }

    #[test]
    fn full_width_punctuation() {
        assert_eq!(
            repaired("Holt M．Harbour Towns：Trade and Power［M］．Leeds：Northway，2004：45．"),
            "Holt M. Harbour Towns: Trade and Power[M]. Leeds: Northway, 2004: 45."
        );
        assert_eq!(
            repaired("李明．港口城市研究［J］．城市研究，2015（6）：3－21．"),
            "李明. 港口城市研究[J]. 城市研究, 2015(6): 3-21."
        );
        // The Chinese footnote form keeps its punctuation.
        let chinese =
            "［英］约翰·霍尔特：《港口城市研究》，李明译，北京大学出版社2016年版，第45页。";
        assert_eq!(repaired(chinese), chinese);
    }
}
