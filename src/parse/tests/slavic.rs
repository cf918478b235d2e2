//! Unit tests of the readings the set of Russian, Ukrainian and Belarusian
//! history and politics notes (`tests/data/footnotes/works-slavic.tsv`)
//! led to: documents titled by their kind before the initials of the one
//! who wrote them, unsigned items and books, commentary closed by a colon,
//! editors in the genitive, a GOST item in a collection with its
//! compilers, a volume with a title of its own in a work of several, the
//! number of volumes against the volume cited, collected works, Ukrainian
//! editions and "та ін.", Belarusian back-references and places. Each note
//! is made up, in a shape real notes have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

use super::layouts::family_names as families;

#[test]
fn a_document_titled_by_its_kind_names_no_author() {
    let w =
        parse_note("Речь И. В. Сталина на приеме в Кремле // Большевик. 1945. № 10. С. 1–2.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Речь И. В. Сталина на приеме в Кремле")
    );
    assert_eq!(w.container.as_deref(), Some("Большевик"));
}

#[test]
fn an_unsigned_item_is_not_its_own_author() {
    let w = parse_note("Сумбур вместо музыки // Правда. 1936. 28 янв. С. 3.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Сумбур вместо музыки"));
    assert_eq!(w.container.as_deref(), Some("Правда"));
    let w = parse_note("Миграция населения — 2021 : ежегодник. М. : Росстат, 2022. С. 10.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Миграция населения — 2021"));
    assert_eq!(w.date.map(|d| d.year), Some(2022));
}

#[test]
fn commentary_closed_by_a_colon_ends_before_a_title() {
    let pieces = split::pieces(
        "Цит. по: Мир глазами разведки. 1941. Документы и материалы / под ред. В. П. Ямпольского. М. : Кучково поле, 2008. С. 12.",
    );
    assert_eq!(pieces.len(), 1, "{pieces:?}");
    let w = parse_note(&pieces[0]).work;
    assert_eq!(
        w.title.as_deref(),
        Some("Мир глазами разведки. 1941. Документы и материалы"),
        "{w:?}"
    );
    assert!(w.authors.is_empty());
    assert_eq!(families(&w.editors), ["Ямпольский"]);
    // The year inside the title is not the work's.
    assert_eq!(w.date.map(|d| d.year), Some(2008));
}

#[test]
fn editors_after_their_mark_are_named_in_the_nominative() {
    let w =
        parse_note("Очерки истории Минска / под ред. Т. Н. Ивановой. Минск : Беларусь, 2010.").work;
    assert_eq!(families(&w.editors), ["Иванова"], "{w:?}");
    let w = parse_note(
        "Гриценко О. Пам'ять про війну // Війна і міф : зб. наук. пр. / за ред. В. Шевченка. – Київ : Ніка-Центр, 2016. – С. 20–31.",
    )
    .work;
    assert_eq!(families(&w.editors), ["Шевченко"], "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Війна і міф"));
    assert_eq!(families(&w.authors), ["Гриценко"]);
}

#[test]
fn a_document_in_a_collection_has_its_compiler_as_editor() {
    let w = parse_note(
        "Донесение Л. Ф. Цанавы о положении в Гродненской области // Западная Белоруссия : сб. док. / сост. В. И. Адамушко. Минск : НАРБ, 2005. С. 34–35.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Западная Белоруссия"));
    assert_eq!(families(&w.editors), ["Адамушко"]);
    assert_eq!(w.entry_type, "incollection");
    assert_eq!(w.pages.as_deref(), Some("34--35"));
}

#[test]
fn a_volume_with_its_own_title_names_the_work_it_belongs_to() {
    let w = parse_note(
        "Історія України : у 10 т. Т. 3. Козацька доба / О. Гуржій [та ін.]. К. : Наук. думка, 2005. С. 88.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Козацька доба"), "{w:?}");
    assert_eq!(w.maintitle.as_deref(), Some("Історія України"));
    assert_eq!(w.volume.as_deref(), Some("3"));
    assert_eq!(families(&w.authors[..1]), ["Гуржій"]);
    assert_eq!(w.authors.last(), Some(&Name::Others));
}

#[test]
fn the_volume_cited_is_not_the_number_of_volumes() {
    let w =
        parse_note("Пушкин А. С. Полн. собр. соч. : в 10 т. Т. 7. Л. : Наука, 1978. С. 55.").work;
    assert_eq!(w.volume.as_deref(), Some("7"), "{w:?}");
    assert!(w.container.is_none() && w.series.is_none());
}

#[test]
fn collected_works_after_names_are_the_title() {
    let w = parse_note("Плеханов Г. В. Соч. Т. 3. С. 80.").work;
    assert_eq!(w.title.as_deref(), Some("Соч."), "{w:?}");
    assert_eq!(families(&w.authors), ["Плеханов"]);
    assert_eq!(w.volume.as_deref(), Some("3"));
}

#[test]
fn a_ukrainian_edition_ends_the_title() {
    let w = parse_note(
        "Субтельний О. Україна: історія. – 4-те вид., перероб. і доп. – К. : Либідь, 2008. – 720 с.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Україна: історія"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("К"));
    assert_eq!(w.date.map(|d| d.year), Some(2008));
}

#[test]
fn belarusian_commentary_repeats_and_places() {
    let pieces = split::pieces(
        "Пра гэта гл.: Мальдзіс А. Традыцыі беларускай літаратуры. Гродна : ГрДУ, 1999. С. 5.",
    );
    assert_eq!(pieces.len(), 1, "{pieces:?}");
    let w = parse_note(&pieces[0]).work;
    assert_eq!(families(&w.authors), ["Мальдзіс"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Традыцыі беларускай літаратуры"));
    assert_eq!(
        short::detect("Там жа. С. 15."),
        Some(BackReference::Ibid {
            pinpoint: Some("15".to_string())
        })
    );
    // An archive's leaves are the place a repeat cites.
    assert_eq!(
        short::detect("Там само. Арк. 7.").and_then(|b| b.pinpoint().map(str::to_string)),
        Some("Арк 7".to_string())
    );
}
