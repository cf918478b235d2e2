//! Unit tests of the readings Chinese, French, Slavic and Vancouver notes
//! need: GB/T 7714 parts in a book, the Chinese full-width semicolon and
//! its lead-ins, names in sentence case before a Belarusian title, bodies
//! of an assembly, organisations ended by a stop, yearbooks named with
//! their year, "compare … with …". Each note is made up in a shape real
//! notes have.
use crate::entry::Name;
use crate::parse::*;

/// The family names of a work's authors alone.
fn families(w: &Work) -> Vec<String> {
    super::layouts::family_names(&w.authors)
}

#[test]
fn a_gbt_part_names_the_book_and_editors_after_its_slashes() {
    let w = parse_note("刘华. 上海合作组织的机制建设[C]//邢广程, 孙壮志. 上海合作组织研究. 长春: 长春出版社, 2007: 30-45.").work;
    assert_eq!(w.container.as_deref(), Some("上海合作组织研究"), "{w:?}");
    assert_eq!(w.editors.len(), 2, "{w:?}");
    let w = parse_note("SMITH A. Water and power in Central Asia[C]//Central Asia Forum 2018. London: Routledge, 2018: 5-20.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Central Asia Forum 2018"),
        "{w:?}"
    );
}

#[test]
fn the_chinese_footnote_form_keeps_the_titles_punctuation() {
    let w =
        parse_note("沈志华：《冷战的起源：战后苏联的对外政策》，九州出版社2013年版，第12页。").work;
    assert_eq!(w.title.as_deref(), Some("冷战的起源：战后苏联的对外政策"));
    assert_eq!(w.publisher.as_deref(), Some("九州出版社"));
    assert_eq!(w.entry_type, "book");
}

#[test]
fn a_full_width_semicolon_and_another_see_divide_works() {
    let parts = split::pieces(
        "参见杨洁勉：《大体系》，时事出版社2006年版；另参见章百家：《中国外交》，人民出版社2010年版。",
    );
    assert_eq!(parts.len(), 2, "{parts:?}");
    assert!(parts[1].starts_with("章百家"), "{parts:?}");
}

#[test]
fn a_title_the_labeller_cut_at_a_conjunction_after_initials() {
    let w = parse_note(
        "Навуменка С. А. Літва і Беларусь у XX стагоддзі. Мінск : Харвест, 2019. 320 с.",
    )
    .work;
    assert_eq!(families(&w), ["Навуменка"], "{w:?}");
    assert!(
        w.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Літва і Беларусь")),
        "{w:?}"
    );
}

#[test]
fn organisations_ended_by_a_stop_and_bodies_of_an_assembly() {
    let w = parse_note("International Energy Agency. World energy outlook 2022. Paris: IEA; 2022.")
        .work;
    assert_eq!(families(&w), ["International Energy Agency"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("World energy outlook 2022"));
    let w = parse_note(
        "Sénat, Commission des finances, Rapport sur le budget de la défense, n° 128, 2022.",
    )
    .work;
    assert_eq!(families(&w), ["Sénat, Commission des finances"], "{w:?}");
}

#[test]
fn a_yearbook_keeps_its_year() {
    let w = parse_note("Amnesty International, \"Russia,\" in Annual Report 2021 (London: Amnesty International, 2021).").work;
    assert_eq!(w.container.as_deref(), Some("Annual Report 2021"), "{w:?}");
    assert_eq!(w.number, None);
    // A journal's year is the date's.
    let w = parse_note("A. Petrov, \"Grain Exports,\" Survival 2019, no. 3, 5–9.").work;
    assert_eq!(w.container.as_deref(), Some("Survival"), "{w:?}");
}

#[test]
fn compare_with_sets_two_works_against_each_other() {
    let parts = split::pieces(
        "On the same point, compare Anna Kovac, Borderlands (London: Verso, 2015), 12, with Jan Lisy, Frontiers (Oxford: OUP, 2017).",
    );
    assert_eq!(parts.len(), 2, "{parts:?}");
    assert!(parts[0].starts_with("Anna Kovac"), "{parts:?}");
    assert!(parts[1].starts_with("Jan Lisy"), "{parts:?}");
    // "with" inside one reference is no second work.
    assert_eq!(
        split::pieces("Compare Anna Kovac, Living with Empire (London: Verso, 2015).").len(),
        1
    );
}

#[test]
fn a_family_name_before_et_al() {
    let (names, _) = names::parse_author_segment("Kowalczyk et al.");
    assert!(
        matches!(&names[..], [Name::Person { family, .. }, Name::Others] if family == "Kowalczyk"),
        "{names:?}"
    );
    let (names, _) = names::parse_author_segment("Council et al.");
    assert!(
        !matches!(&names[..], [Name::Person { .. }, ..]),
        "{names:?}"
    );
}
