//! Unit tests of the readings the set of history notes
//! (`tests/data/footnotes/works-history.tsv`) led to: GOST books without a
//! statement of responsibility, their volumes and the years ending their
//! titles, `/ пер. с англ.`, a quotation inside a Polish title and at the
//! head of an Italian one, `in: dies. (Hrsg.)`, places joined by dashes,
//! the German head "Family, Given, Title", a book's volume with its own
//! title, a year ending a report's first sentence, an Italian editor after
//! commentary, Polish back-references and notes pointing inside the
//! article. Each note is made up, in a shape real notes have, and differs
//! from the set's.
use crate::parse::*;

use super::layouts::families;

#[test]
fn a_gost_book_without_a_statement_keeps_its_title_whole() {
    let w = parse_note(
        "Петров А. В. История Белоруссии (IX — начало XXI в.). Т. 2. Минск : Наука, 2004. С. 17.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("История Белоруссии (IX — начало XXI в.)"),
        "{w:?}"
    );
    assert_eq!(w.volume.as_deref(), Some("2"));
    assert_eq!(w.publisher.as_deref(), Some("Наука"));
}

#[test]
fn years_ending_a_gost_title_are_no_pages() {
    let w =
        parse_note("Сидоров К. Л. Советская деревня: жизнь и быт. 1930–1941. М. : Наука, 1998.")
            .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Советская деревня: жизнь и быт. 1930–1941"),
        "{w:?}"
    );
    assert_eq!(w.pages, None);
}

#[test]
fn a_translators_statement_ends_a_gost_title() {
    let w = parse_note("Хобсбаум Э. Век революции. Европа 1789–1848 / пер. с англ. Ростов н/Д : Феникс, 1999. С. 30.")
        .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Век революции. Европа 1789–1848"),
        "{w:?}"
    );
}

#[test]
fn a_quotation_inside_a_polish_title_stays_in_it() {
    let w = parse_note(
        "K. Nowak, Między wojnami. „Nowa Polska\" w Europie 1918–1939, Kraków: Universitas, 2005, s. 12.",
    )
    .work;
    assert_eq!(families(&w), ["Nowak"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Między wojnami. „Nowa Polska\" w Europie 1918–1939")
    );
}

#[test]
fn a_quotation_opening_an_italian_title_keeps_its_subtitle() {
    let w = parse_note(
        "M. Rossi, «Fare gli italiani». Scuola e società nell'Italia unita, Bologna, Il Mulino, 1993, p. 8.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("«Fare gli italiani». Scuola e società nell'Italia unita"),
        "{w:?}"
    );
    assert_eq!(w.publisher.as_deref(), Some("Il Mulino"));
}

#[test]
fn authors_editing_their_own_book_are_its_editors() {
    let w = parse_note(
        "Braun, Karl/Weber, Anna: Der Wandel der Arbeit, in: dies. (Hrsg.): Stadt und Land im Umbruch, Frankfurt/New York 2001, S. 5–20.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Stadt und Land im Umbruch"),
        "{w:?}"
    );
    assert_eq!(w.editors, w.authors);
    assert_eq!(w.location.as_deref(), Some("Frankfurt/New York"));
}

#[test]
fn places_joined_by_a_dash_end_an_edited_books_title() {
    let w = parse_note(
        "Schulz, Peter (Hg.): Arbeit und Alltag. Studien zur Sozialgeschichte der Industrie, Frankfurt/M.–New York 1991.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Arbeit und Alltag. Studien zur Sozialgeschichte der Industrie"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Frankfurt/M.–New York"));
}

#[test]
fn a_title_after_family_and_given_name_is_no_part_of_the_name() {
    let w = parse_note(
        "Lange, Dietrich, Handwerk und Zunft in der Frühen Neuzeit. Eine Regionalstudie, Köln 1999, S. 41.",
    )
    .work;
    assert_eq!(families(&w), ["Lange"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Handwerk und Zunft in der Frühen Neuzeit. Eine Regionalstudie")
    );
}

#[test]
fn a_books_volume_with_its_own_title_makes_no_journal() {
    let w = parse_note(
        "Hoffmann, Petra: Geschichte der Stadt. Ein Überblick, Bd. 2: Die Neuzeit, Leipzig 2008, S. 77.",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Geschichte der Stadt. Ein Überblick")
    );
    assert_eq!(w.entry_type, "book");
    // The volume's title may hold a number the labeller ends it at.
    let w = parse_note(
        "Hoffmann, Petra: Geschichte der Stadt. Ein Überblick, Bd. 3: Das 20. Jahrhundert, Leipzig 2010.",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Leipzig"));
}

#[test]
fn a_year_ending_a_reports_first_sentence_stays_in_its_title() {
    let w = parse_note(
        "Statistik Austria (Hg.), Sozialbericht 2019. Entwicklungen und Analysen, Wien 2019, S. 8.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Sozialbericht 2019. Entwicklungen und Analysen"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
}

#[test]
fn an_italian_editor_after_commentary_starts_the_second_work() {
    let pieces = split::pieces(
        "Su questo cfr. G. Bianchi, Storia del lavoro, Milano, Feltrinelli, 1990; e, in una prospettiva più ampia, F. Conti (a cura di), Lavoro e società, Roma, Carocci, 2001.",
    );
    assert_eq!(pieces.len(), 2, "{pieces:?}");
    assert!(pieces[1].starts_with("F. Conti (a cura di)"), "{pieces:?}");
}

#[test]
fn polish_back_references_point_back() {
    assert!(matches!(
        parse_note("Tamże, s. 21.").back_reference,
        Some(short::BackReference::Ibid { .. })
    ));
    assert!(matches!(
        parse_note("Kowalski, dz. cyt., s. 9.").back_reference,
        Some(short::BackReference::OpCit { .. })
    ));
}

#[test]
fn a_pointer_inside_the_article_cites_no_work() {
    for note in [
        "Siehe oben, Abschnitt 2.",
        "See below, chapter 5.",
        "Vedi sopra, par. 3.",
        "Voir ci-dessous, section 4.",
        "См. выше, раздел 1.",
        "Vgl. Tabelle 3.",
    ] {
        assert!(split::pieces(note).is_empty(), "{note}");
    }
    // A work's chapter is cited, not the article's.
    assert_eq!(
        split::pieces("See Smith, The Title (2019), chapter 5.").len(),
        1
    );
}
