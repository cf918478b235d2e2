//! Archival references: a file of an archive by its fond, inventory and
//! file, with the leaves cited ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 34–36.",
//! "ЦДАВО України. Ф. 1. Оп. 2. Спр. 345. Арк. 12–14."), alone or after the
//! document's title and GOST's slashes ("Записка … // РГАНИ. Ф. 3. Оп. 10.
//! Д. 27. Л. 12–18."). History notes on the Soviet period cite them as
//! often as books; read by the layout, their units become volumes, issues
//! and pages.
//!
//! The work is BibLaTeX `unpublished` (CSL `manuscript`): its title is the
//! document's, or the call number where the note names none, and the call
//! number is where it is kept (`howpublished`); the leaves are the place
//! cited, not the work's extent. Call numbers in Latin letters ("TNA, FO
//! 371/56832", "BArch, R 43 II/1234, Bl. 45") are read by [`latin`], part
//! by part, into the same work.

use std::sync::LazyLock;

use regex::Regex;

use super::finish::read_whole;
use super::{ParsedNote, Work, dates, rules};

mod latin;

/// The call number at a note's end: the archive's name (an acronym or a
/// few words), then "Ф." (fond), "Оп." (inventory), "Д.", "Спр." or "Од.
/// зб." (file), and the leaves ("Л.", "Лл.", "Арк.", "об." for a verso).
static CALL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<head>.+?)\s+//\s+)?",
        r"(?P<call>(?P<archive>\p{Lu}[^/.]{1,80}?)\.\s+Ф\.\s*[\p{Lu}]{0,2}-?\d+[\p{L}]?\.\s+Оп\.\s*\d+[\p{L}]?\.",
        r"\s+(?:Д|Спр|Од\.\s?зб)\.\s*\d+[\p{L}]?)",
        r"(?:\.\s+(?P<leaves>(?:Лл|Л|Арк)\.\s*\d+(?:\s*об)?(?:\s*[–—-]\s*\d+(?:\s*об)?)?))?\.?$",
    ))
    .expect("archival call number pattern")
});

/// Whether the end of a note, where a call number stands, names an
/// inventory ("Оп."): most notes do not, and are not read further.
fn may_be_archival(note: &str) -> bool {
    let mut start = note.len().saturating_sub(96);
    while !note.is_char_boundary(start) {
        start += 1;
    }
    note[start..].contains("Оп.")
}

/// Whether a note is an archival reference, in Cyrillic or Latin letters.
pub(super) fn is_archival(note: &str) -> bool {
    (may_be_archival(note) && CALL_NUMBER.is_match(note.trim())) || latin::read(note).is_some()
}

/// The work an archival reference in Latin letters cites, if the note is
/// one ("BArch, R 43 II/1234, Bl. 45–47.", "Roberts to Bevin, 17 March
/// 1946, TNA, FO 371/56832.").
pub(super) fn read_latin(note: &str) -> Option<ParsedNote> {
    let reference = latin::read(note)?;
    Some(read_whole(
        latin::work(&reference),
        "unpublished",
        reference.leaves,
    ))
}

/// The work an archival reference cites, if the note is one.
pub(super) fn read(note: &str) -> Option<ParsedNote> {
    if !may_be_archival(note) {
        return None;
    }
    let c = CALL_NUMBER.captures(note.trim())?;
    let call = c["call"].to_string();
    let mut work = Work {
        entry_type: "unpublished",
        ..Work::default()
    };
    if let Some(head) = c.name("head") {
        rules::gost_left(head.as_str(), &mut work);
        work.date = dates::find_dates(head.as_str())
            .into_iter()
            .next()
            .map(|d| d.date);
        work.container = Some(call);
    } else {
        work.title = Some(call);
    }
    let pinpoint = c
        .name("leaves")
        .map(|l| l.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
    Some(read_whole(work, "unpublished", pinpoint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_alone_is_titled_by_its_call_number_and_cites_its_leaves() {
        let p = read("НАРБ. Ф. 4п. Оп. 1. Д. 2015. Л. 7 об.").expect("archival");
        assert_eq!(p.work.entry_type, "unpublished");
        assert_eq!(p.work.title.as_deref(), Some("НАРБ. Ф. 4п. Оп. 1. Д. 2015"));
        assert_eq!(p.pinpoint.as_deref(), Some("Л. 7 об"));
        assert!(p.work.authors.is_empty());
        let p = read("ЦДАГО України. Ф. 1. Оп. 23. Спр. 1050. Арк. 3–9.").expect("archival");
        assert_eq!(
            p.work.title.as_deref(),
            Some("ЦДАГО України. Ф. 1. Оп. 23. Спр. 1050")
        );
        assert_eq!(p.pinpoint.as_deref(), Some("Арк. 3–9"));
    }

    #[test]
    fn a_document_before_the_slashes_gives_title_and_date() {
        let p = read(
            "Докладная записка С. Н. Круглова Г. М. Маленкову, 14 марта 1950 г. // ГАРФ. Ф. Р-9401. Оп. 2. Д. 270. Л. 112–115.",
        )
        .expect("archival");
        assert_eq!(
            p.work.title.as_deref(),
            Some("Докладная записка С. Н. Круглова Г. М. Маленкову, 14 марта 1950 г.")
        );
        assert!(p.work.authors.is_empty());
        assert_eq!(p.work.date.map(|d| d.year), Some(1950));
        assert_eq!(
            p.work.container.as_deref(),
            Some("ГАРФ. Ф. Р-9401. Оп. 2. Д. 270")
        );
        assert_eq!(p.pinpoint.as_deref(), Some("Л. 112–115"));
    }

    #[test]
    fn a_journal_with_an_inventory_word_is_no_archive() {
        assert!(read("Петров И. И. Опыт реформ // Вопросы истории. 2001. № 3. С. 5–9.").is_none());
        assert!(read("Оп. cit., 45.").is_none());
    }
}
