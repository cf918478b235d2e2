//! Unit tests of the readings English-language notes need for sources
//! given in romanization: an English translation in brackets after the
//! title (square or round, after quotes or none), the `(In Russ.)`
//! reference lists' translation before the journal, an outlet whose
//! romanized name keeps its later words small, romanized acts, bodies and
//! given names with the soft sign's mark. Each note is made up in a shape
//! real notes have.
use super::layouts::families;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_translation_in_brackets_is_no_part_of_the_reference() {
    for (note, title, translated, container) in [
        (
            "Pavel Lenskii, “Kuda dvizhetsia Soiuznoe gosudarstvo” [Where the Union State is heading], Vedomosti, October 2, 2019.",
            "Kuda dvizhetsia Soiuznoe gosudarstvo",
            "Where the Union State is heading",
            Some("Vedomosti"),
        ),
        (
            "Hanna Liubakova, “Chamu Minsk maŭchyć” [Why Minsk keeps silent], Belsat, 4 March 2021.",
            "Chamu Minsk maŭchyć",
            "Why Minsk keeps silent",
            Some("Belsat"),
        ),
        (
            "Iryna Kavaleva, “Mova i ulada” [Language and power], in Belaruskaia identychnasts’ [Belarusian identity], ed. Piotr Rudkoŭski (Vilnius: EHU, 2014), 20–35.",
            "Mova i ulada",
            "Language and power",
            Some("Belaruskaia identychnasts’"),
        ),
        (
            "Oleh Pasko, Ekonomika viiny (The economy of the war and its costs) (Kyiv: Osnovy, 2023), 41.",
            "Ekonomika viiny",
            "The economy of the war and its costs",
            None,
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.title.as_deref(), Some(title), "{w:?}");
        assert_eq!(w.title_translated.as_deref(), Some(translated), "{w:?}");
        if container.is_some() {
            assert_eq!(w.container.as_deref(), container, "{w:?}");
        }
    }
    // Brackets that translate nothing: an English title's description, a
    // date, a translation inside the quoted title.
    for note in [
        "Minsk Economic Forum, Annual survey of firms [Data set], 2021, https://example.org/survey.",
        "S. Hale & R. Orr [Mar 2001], \"Typed channels for lazy languages,\" in Proceedings of the Workshop on Functional Languages, 11-19.",
    ] {
        assert!(
            translation::without_translated_title(note).is_none(),
            "{note}"
        );
    }
    assert!(
        translation::without_translated_title(
            "Ivan Gorin. “Eksport vyros na 12 %? [Exports grew by 12 %?].” Vedomosti, 2 June 2022."
        )
        .is_none()
    );
}

#[test]
fn the_journal_after_a_translation_in_a_russian_reference_list() {
    let w = parse_note("Orlova L.V. Torgovaya politika EAES [The trade policy of the EAEU]. Voprosy ekonomiki, 2021, no. 4, pp. 22-38. (In Russ.)").work;
    assert_eq!(w.title.as_deref(), Some("Torgovaya politika EAES"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Voprosy ekonomiki"), "{w:?}");
    assert_eq!(
        w.title_translated.as_deref(),
        Some("The trade policy of the EAEU")
    );
}

#[test]
fn outlets_the_labeller_misreads_after_a_quoted_title() {
    // A romanized name in sentence case, and one word read as a place.
    for (note, outlet) in [
        (
            "Andrii Koval’, “Chomu Minsk movchyt’”, Dzerkalo tyzhnia, May 12, 2021.",
            "Dzerkalo tyzhnia",
        ),
        (
            "Pavel Lenskii, “Konets integratsii”, Vedomosti, 14 April 2021.",
            "Vedomosti",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.container.as_deref(), Some(outlet), "{w:?}");
        assert_eq!(w.location, None, "{w:?}");
    }
}

#[test]
fn romanized_acts_bodies_and_given_names() {
    let w = parse_note("Federal’nyi zakon ot 28.12.2012 No. 272-FZ “O merakh vozdeistviia na lits”, Sobranie zakonodatel’stva RF, 2012, no. 52, art. 7597.").work;
    assert_eq!(w.entry_type, "legislation");
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("272-FZ"));
    let w = parse_note("Ministerstvo ekonomiki Respubliki Belarus’, Prognoz sotsial’no-ekonomicheskogo razvitiia na 2024 god (Minsk, 2023), 12.").work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o.starts_with("Ministerstvo ekonomiki")),
        "{w:?}"
    );
    let w = parse_note("Rome Discussion Club, Evropa i Rossiia: Tri stsenariia (Moscow, 2019), 4.")
        .work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "Rome Discussion Club"),
        "{w:?}"
    );
    // A given name romanized with the soft sign's mark.
    let w = parse_note("Igor’ Dolgov, “Kak Kiev smotrit na Minsk”, Telegram, April 3, 2022, https://t.me/dolgov/77.").work;
    assert_eq!(families(&w), ["Dolgov"], "{w:?}");
}

#[test]
fn the_hard_sign_inside_a_quoted_title() {
    let w = parse_note(
        "Oleg Ivanov, “Pod”em promyshlennosti v Belarusi” [The rise of industry in Belarus], Voprosy ekonomiki, no. 3 (2015): 40–52.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Pod”em promyshlennosti v Belarusi")
    );
    assert_eq!(w.container.as_deref(), Some("Voprosy ekonomiki"));
}
