//! Unit tests of the readings reference lists of German and English social
//! science need: a dash for the authors of the entry before, the year after
//! the names (`Name, Vorname, 1997:`, `(1992a):`, `[1893] 1984.`), a
//! subtitle after a stop, a count of volumes as a sentence, a list of
//! editors the labeller cut, co-authors after "with", a newspaper's day
//! after "vom", a book's title with commas before its place. Each note is
//! made up in a shape real notes have.
use super::layouts::families;
use crate::parse::*;

#[test]
fn a_dash_stands_for_the_authors_before() {
    for note in [
        "——— (1988). Work and Family in Modern Societies. Cambridge: Polity.",
        "– 1985: Die Zukunft der Arbeit. Hamburg: Junius.",
        "———. “Class and Status Revisited.” Sociological Review 40 (1992): 22–41.",
    ] {
        let p = parse_note(note);
        assert!(p.same_author && p.work.authors.is_empty(), "{note}: {p:?}");
        assert!(p.work.title.is_some(), "{note}: {p:?}");
    }
    // A list's bullet, and a dash before prose, are no stand-in.
    for note in [
        "- Hartmann, Peter (1999): Lebensstilforschung. Opladen: Leske + Budrich.",
        "— see the debate summarised above, not a reference.",
    ] {
        assert!(!parse_note(note).same_author, "{note}");
    }
}

#[test]
fn the_year_after_the_names_is_the_date() {
    let w = parse_note("Offe, Claus, 1984: Arbeitsgesellschaft. Strukturprobleme und Zukunftsperspektiven. Frankfurt a. M.: Campus.").work;
    assert_eq!(families(&w), ["Offe"], "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(1984), "{w:?}");
    let w = parse_note("Hartmann, Peter H. (1999b): Lebensstilforschung. Darstellung, Kritik und Weiterentwicklung. Opladen: Leske + Budrich.").work;
    assert_eq!(families(&w), ["Hartmann"], "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(1999), "{w:?}");
    // The first edition's year in brackets, then the edition cited.
    let w = parse_note(
        "Durkheim, Émile. [1893] 1984. The Division of Labor in Society. New York: Free Press.",
    )
    .work;
    assert_eq!(w.date.map(|d| d.year), Some(1984), "{w:?}");
    // A body before a yearbook's year keeps the year in the title.
    let w = parse_note(
        "UNHCR Global Trends 2022: Forced Displacement in 2022 (Geneva: UNHCR, 2023), 14.",
    )
    .work;
    assert!(
        w.authors
            .iter()
            .all(|n| !matches!(n, crate::entry::Name::Person { .. })),
        "{w:?}"
    );
}

#[test]
fn a_subtitle_after_a_stop_stays_in_the_title() {
    let w = parse_note("Vobruba, Georg, 2000: Alternativen zur Vollbeschäftigung. Die Transformation von Arbeit und Einkommen. Frankfurt a. M.: Suhrkamp.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Alternativen zur Vollbeschäftigung. Die Transformation von Arbeit und Einkommen"),
        "{w:?}"
    );
    assert!(w.container.is_none() && w.series.is_none(), "{w:?}");
    let w = parse_note("Elias, Norbert (1976): Über den Prozeß der Zivilisation. 2 Bde. Frankfurt a. M.: Suhrkamp.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Über den Prozeß der Zivilisation"),
        "{w:?}"
    );
}

#[test]
fn editors_co_authors_newspapers_and_books_with_commas() {
    let w = parse_note("Beck, Ulrich, und Elisabeth Beck-Gernsheim (Hg.), 1994: Riskante Freiheiten. Frankfurt a. M.: Suhrkamp.").work;
    assert_eq!(families(&w), ["Beck", "Beck-Gernsheim"], "{w:?}");
    assert!(w.authors.is_empty(), "{w:?}");
    let w = parse_note("Lipset, Seymour Martin, with Martin Trow and James Coleman. 1956. Union Democracy. Glencoe, IL: Free Press.").work;
    assert_eq!(families(&w), ["Lipset", "Trow", "Coleman"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Union Democracy"), "{w:?}");
    let w = parse_note("Mayer, Anna (2015): Die neue Wohnungsnot. In: Frankfurter Allgemeine Zeitung vom 03.05.2015, S. 12.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Frankfurter Allgemeine Zeitung"),
        "{w:?}"
    );
    let w = parse_note("Müller, Hans (2001): Zeitverwendung im Alltag. In: Meier, Karl/Otto, Eva (Hrsg.): Arbeit, Familie, Freizeit. Opladen: Leske + Budrich, S. 10-20.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Arbeit, Familie, Freizeit"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Opladen"), "{w:?}");
}

#[test]
fn places_questions_and_special_volumes_of_german_lists() {
    let w = parse_note("Berger, P. A./Vester, M. (Hg.) (1998): Alte Ungleichheiten, neue Spaltungen. Frankfurt/M.: Campus.").work;
    assert_eq!(w.location.as_deref(), Some("Frankfurt/M."), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("Campus"), "{w:?}");
    let w = parse_note("Honneth, Axel (1994): Desintegration und Anerkennung. In: Beck, U. (Hg.): Wozu noch Gesellschaftstheorie? Frankfurt/M.: Suhrkamp, S. 20–28.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Wozu noch Gesellschaftstheorie?"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Frankfurt/M."), "{w:?}");
    let w = parse_note("Lepsius, M. Rainer, 1990: Soziale Ungleichheit und Lebensführung. S. 5–18 in: Hans Müller (Hg.), Lebensstile im Wandel. Kölner Zeitschrift für Soziologie, Sonderheft 30. Opladen: Westdeutscher Verlag.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Lebensstile im Wandel"),
        "{w:?}"
    );
    assert_eq!(
        w.series.as_deref(),
        Some("Kölner Zeitschrift für Soziologie, Sonderheft 30"),
        "{w:?}"
    );
}
