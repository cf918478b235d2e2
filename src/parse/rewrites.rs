//! A note rewritten before it is read, where a mark the labeller does not
//! know stands for one it does: a German edition written as a superscript
//! before the year (`Frankfurt a. M. ³1979`), the Polish mark of a
//! chapter's book (`[w:]`) read as `In:`; the stand-in for a chapter's
//! author before its book (`in: Ders., …`) taken out; a translation's marks
//! and its translators (`trad. it.`, `übers. v. …`) and a first edition's
//! year (`(ed. or. Paris 1924)`, `(first published 1961)`) taken out, as
//! no field the labeller was trained on; a count of volumes before the
//! volume cited (`5 voll., Torino 1969-1990, vol. II`) taken out;
//! Italian's `ed` between two names (`R. Romeo ed E. Ragionieri`) read as
//! the `e` it is.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Date, Name};

/// "Settecento riformatore, 5 voll., Torino 1969-1990, vol. II, p. 33":
/// the count of a work's volumes before the volume cited, taken out; the
/// labeller read the count as the volume and ran the imprint into it.
/// None for a note without both.
pub(super) fn count_of_volumes_before_volume(note: &str) -> Option<String> {
    use memchr::memmem::Finder;
    // German notes ("2 Bde., München 1990–1992, Bd. 1") the labeller
    // reads as they are.
    static MARKS: LazyLock<[Finder<'static>; 2]> =
        LazyLock::new(|| [Finder::new("voll."), Finder::new("vols.")]);
    static COUNT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r",\s*\d{1,2}\s*(?:voll|vols)\.,(?P<rest>.*?)\bvol\.\s*(?:[IVXLC]{1,6}|\d{1,2})\b",
        )
        .expect("count of volumes pattern")
    });
    let bytes = note.as_bytes();
    if !MARKS.iter().any(|m| m.find(bytes).is_some()) {
        return None;
    }
    let c = COUNT.captures(note)?;
    let (all, rest) = (c.get(0)?, c.name("rest")?);
    Some(format!(
        "{},{}",
        &note[..all.start()],
        &note[rest.start()..]
    ))
}

/// "R. Romeo ed E. Ragionieri", "a cura di A. Saitta ed E. Sestan":
/// Italian's "and" before a vowel, rewritten as "e", which the labeller
/// knows; as "ed" it read an editors' mark and made the first name an
/// editor. Only between a family name and an initial or a given and family
/// name; None for a note without one.
pub(super) fn italian_and_between_names(note: &str) -> Option<String> {
    use super::names::is_name_word;
    use memchr::memmem::Finder;
    static ED: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" ed "));
    let bytes = note.as_bytes();
    let mut hits = Vec::new();
    for at in ED.find_iter(bytes) {
        let before = &note[..at];
        let after = &note[at + 4..];
        let family = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.chars().count() >= 2 && !w.ends_with('.') && is_name_word(w));
        let mut next = after.split_whitespace();
        let name_after = match (next.next(), next.next()) {
            // "E. Sestan", "E. J. Hobsbawm"
            (Some(first), Some(_)) if first.chars().count() == 2 && first.ends_with('.') => {
                first.starts_with(char::is_uppercase)
            }
            // "Ernesto Sestan"
            (Some(first), Some(second)) => {
                super::names::is_given_name(first)
                    && is_name_word(second.trim_end_matches([',', '.']))
            }
            _ => false,
        };
        if family && name_after {
            hits.push(at);
        }
    }
    if hits.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(note.len());
    let mut from = 0;
    for at in hits {
        out.push_str(&note[from..at]);
        out.push_str(" e ");
        from = at + 4;
    }
    out.push_str(&note[from..]);
    Some(out)
}

/// A chapter's note with the Polish mark of the book it is in in brackets
/// (`[w:]`) or after a stop (`W:`), the mark rewritten as `In:`; None for a
/// note without one. (`, w: Book, red. …` the labeller reads as it is.)
pub(super) fn in_mark(note: &str) -> Option<String> {
    // A colon after a `w` or `W`, found by its colons (one byte search).
    let bytes = note.as_bytes();
    if !memchr::memchr_iter(b':', bytes).any(|i| i > 0 && matches!(bytes[i - 1], b'w' | b'W')) {
        return None;
    }
    let marked = note
        .replace("[w:]", "In:")
        .replace("[W:]", "In:")
        .replace(". W: ", ". In: ");
    (marked != note).then_some(marked)
}

/// "in: Ders., Max Webers Diagnose der Moderne, Göttingen 1989": a chapter
/// in a book of its author's own, the stand-in for the author taken out so
/// that the labeller reads the book after the mark. None for a note
/// without one. ("in: ders. (Hrsg.), …" and "In: ders.: …" the labeller
/// and the corrections read as they are.)
pub(super) fn stand_in_after_in(note: &str) -> Option<String> {
    static STAND_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(in:?\s+)(?:ders|dies|idem|eadem)\.?,\s+")
            .expect("stand-in after in pattern")
    });
    // "ders.,", "dies.,", "idem,": a stop before a comma, or "dem," (two
    // searches with searchers built once).
    static STOP_COMMA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b".,"));
    static DEM: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"dem,"));
    let bytes = note.as_bytes();
    if STOP_COMMA.find(bytes).is_none() && DEM.find(bytes).is_none() {
        return None;
    }
    let c = STAND_IN.captures(note)?;
    let (whole, mark) = (c.get(0)?, c.get(1)?);
    Some(format!(
        "{}{}{}",
        &note[..whole.start()],
        mark.as_str(),
        &note[whole.end()..]
    ))
}

/// A German edition written as a superscript before the year ("Frankfurt
/// a. M. ³1979"): the text with the year alone, and the edition's number.
/// `None` when the text has no such mark.
pub(super) fn superscript_edition(s: &str) -> Option<(String, String)> {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let at = s.find(|c: char| SUPERSCRIPTS.contains(&c))?;
    let digits: String = s[at..]
        .chars()
        .take_while(|c| SUPERSCRIPTS.contains(c))
        .filter_map(|c| SUPERSCRIPTS.iter().position(|d| *d == c))
        .map(|d| char::from(b'0' + d as u8))
        .collect();
    let marks: usize = s[at..]
        .chars()
        .take_while(|c| SUPERSCRIPTS.contains(c))
        .map(char::len_utf8)
        .sum();
    let after = &s[at + marks..];
    let year = after.len() >= 4 && after.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let before_space = s[..at].ends_with(' ');
    // "Milano, Giuffrè, 1958², p. 88": Italian notes write it after the year.
    let before = &s.as_bytes()[..at];
    let after_year = before.len() >= 5
        && before[before.len() - 4..].iter().all(u8::is_ascii_digit)
        && !before[before.len() - 5].is_ascii_alphanumeric()
        && !after.starts_with(|c: char| c.is_alphanumeric());
    ((year && before_space || after_year) && digits.len() <= 2)
        .then(|| (format!("{}{after}", &s[..at]), digits))
}

/// A note without its translation's and first edition's marks, and what
/// they said.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TranslatedEdition {
    pub rest: String,
    pub translators: Vec<Name>,
    pub origdate: Option<Date>,
}

/// Words that open one of the marks: one search of the note decides
/// whether the patterns below are tried.
static MARK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"trad\.|tr\. it|übers\.|übersetzt|translated by|trans\. by|ed\. or|Erstausg|first published|traduit par")
        .expect("translation mark words")
});

/// ", trad. it.", ", trad. di A. Rossi", ", übers. v. B. Schwibs und A.
/// Russer", ", translated by …", ", traduit par …", up to the next comma.
static TRANSLATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r",\s*(?:(?:trad|tr)\.\s*(?:it|fr|ted|ingl|sp|esp)\.(?:\s+di\s+(?P<a>[^,():;]{3,80}))?",
        r"|(?:trad\.\s+di|traduzione\s+di|übers\.\s*v(?:on|\.)|übersetzt\s+von|translated\s+by|trans\.\s+by|traduit\s+par)\s+(?P<b>[^,():;]{3,80}))",
        // Up to a comma: before a stop the labeller's own reading of a
        // reference list's translators ("translated by …. Austin: …") is
        // the better one.
        r"(?P<end>,|\.$)",
    ))
    .expect("translation mark pattern")
});

/// "(ed. or. Strasbourg 1924)", "(ed. orig. London: Allen, 1973)",
/// "(Erstausgabe 1950)", "(first published 1944)": the original's or first
/// edition's year. ("(zuerst 1972)" the labeller reads well where it is.)
static FIRST_EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\s*[(\[](?:ed\.\s*or(?:ig)?\.|ed\.\s+originale|Erstausg(?:abe|\.)|first\s+published)",
        r":?\s*[^()\[\]]{0,80}?(?P<year>\b(?:1[5-9]|20)\d\d)\s*[)\]]",
    ))
    .expect("first edition pattern")
});

/// The note without a translation's marks and a first edition's year in
/// brackets, if it has either.
pub(super) fn translated_edition(note: &str) -> Option<TranslatedEdition> {
    if !MARK_WORDS.is_match(note) {
        return None;
    }
    let mut rest = note.to_string();
    let mut translators = Vec::new();
    if let Some(c) = TRANSLATION.captures(note)
        && let Some(whole) = c.get(0)
    {
        if let Some(names) = c.name("a").or_else(|| c.name("b")) {
            let (names, _) = super::names::parse_author_segment(names.as_str());
            // "übers. v. der Redaktion": no person's name, no translator.
            if names.iter().all(|n| matches!(n, Name::Person { .. })) {
                translators = names;
            }
        }
        let end = c.name("end").map_or("", |e| e.as_str());
        rest = format!("{}{end}{}", &note[..whole.start()], &note[whole.end()..]);
    }
    let mut origdate = None;
    if let Some(c) = FIRST_EDITION.captures(&rest)
        && let Some(whole) = c.get(0)
    {
        origdate = c["year"].parse().ok().map(Date::year);
        rest = format!("{}{}", &rest[..whole.start()], &rest[whole.end()..]);
    }
    (rest != note).then_some(TranslatedEdition {
        rest,
        translators,
        origdate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_superscript_edition_before_a_year() {
        assert_eq!(
            superscript_edition("Kassel ³1979, S. 4."),
            Some(("Kassel 1979, S. 4.".to_string(), "3".to_string()))
        );
        assert_eq!(superscript_edition("x² + 1"), None);
        assert_eq!(superscript_edition("Kassel 1979."), None);
    }

    #[test]
    fn italian_ed_between_names_is_and() {
        assert_eq!(
            italian_and_between_names("G. Rossi ed E. Bianchi, Titolo, Roma 1970.").as_deref(),
            Some("G. Rossi e E. Bianchi, Titolo, Roma 1970.")
        );
        assert_eq!(
            italian_and_between_names("a cura di A. Neri ed Giovanni Verdi, Bari 1961").as_deref(),
            Some("a cura di A. Neri e Giovanni Verdi, Bari 1961")
        );
        // An editors' mark before a title, and a word that is no name.
        assert_eq!(italian_and_between_names("J. Smith ed The Book"), None);
        assert_eq!(italian_and_between_names("storia ed E. Bianchi"), None);
    }

    #[test]
    fn the_polish_mark_of_a_book_as_in() {
        assert_eq!(
            in_mark("A. B, Tytuł, [w:] Księga, Toruń 2007.").as_deref(),
            Some("A. B, Tytuł, In: Księga, Toruń 2007.")
        );
        assert_eq!(in_mark("A. B, Tytuł, w: Księga, red. C. D."), None);
    }
}
