//! Unit tests of the readings Brazilian, Portuguese, Spanish and Latin
//! American references need: ABNT's journal and newspaper with their
//! place, its months ("abr./jun. 2020"), organisers' marks, family names
//! in capitals with a particle among the given names, a title's first word
//! in capitals for a missing author; Spanish imprints after commas, APA's
//! bracketed issue and its organisations with a stop, Spanish and
//! Portuguese acts, translators' statements, dates in words the labeller
//! cut. Each note is made up in a shape real notes have.
use super::layouts::families;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn abnt_journals_and_newspapers_with_their_place() {
    let w = parse_note("PEREIRA, Lúcia Helena; COSTA, André. Migração e trabalho no agronegócio. Revista de Economia e Sociologia Rural, Brasília, v. 58, n. 2, p. 201-219, abr./jun. 2020.").work;
    assert_eq!(families(&w), ["Pereira", "Costa"], "{w:?}");
    assert_eq!(
        w.container.as_deref(),
        Some("Revista de Economia e Sociologia Rural"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Brasília"), "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2020-04"));

    let w = parse_note("MENDES, Rita. Câmara aprova novo código eleitoral. O Globo, Rio de Janeiro, 10 set. 2021. Política, p. 8.").work;
    assert_eq!(w.container.as_deref(), Some("O Globo"), "{w:?}");
    assert!(w.editors.is_empty(), "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2021-09-10"));

    // A journal whose name has a comma keeps it: no place follows.
    let w = parse_note("GARCÍA, Elena. Memoria oral del exilio. Historia, Antropología y Fuentes Orales, n. 45, p. 9-30, 2011.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Historia, Antropología y Fuentes Orales"),
        "{w:?}"
    );
}

#[test]
fn abnt_organisers_and_names_with_particles() {
    let w = parse_note("LIMA, Carla. Movimentos sociais urbanos. In: SOUSA, Jorge (org.). Cidades em disputa. Recife: Editora UFPE, 2018. p. 33-58.").work;
    assert_eq!(w.container.as_deref(), Some("Cidades em disputa"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Movimentos sociais urbanos"));

    let w = parse_note(
        "ALMEIDA, Maria da Conceição (org.). Saúde coletiva no Brasil. Salvador: EDUFBA, 2016.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert!(
        matches!(w.editors.as_slice(), [Name::Person { family, given, .. }]
            if family == "Almeida" && given == "Maria da Conceição"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Saúde coletiva no Brasil"));

    let w = parse_note(
        "FREYRE, Gilberto de Mello. Casa-grande e senzala. Rio de Janeiro: Maia & Schmidt, 1933.",
    )
    .work;
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { family, .. }] if family == "Freyre"),
        "{w:?}"
    );
}

#[test]
fn a_title_in_capitals_for_a_missing_author() {
    let w = parse_note(
        "SALÁRIO mínimo terá reajuste acima da inflação. Valor Econômico, São Paulo, 3 maio 2022.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Salário mínimo terá reajuste acima da inflação"),
        "{w:?}"
    );
    // An acronym before an English word stays as it is.
    let w = parse_note("“UNICEF calls for action on child poverty,” Reuters, 4 May 2021.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("UNICEF calls for action on child poverty"),
        "{w:?}"
    );
}

#[test]
fn spanish_imprints_issues_and_bodies() {
    for (note, title, place, publisher) in [
        (
            "Pérez, Carlos. Historia del movimiento obrero, Montevideo, Banda Oriental, 1985, pp. 40-44.",
            "Historia del movimiento obrero",
            "Montevideo",
            "Banda Oriental",
        ),
        (
            "Rock, David. La construcción del Estado, Buenos Aires, Sudamericana, 1988, p. 77.",
            "La construcción del Estado",
            "Buenos Aires",
            "Sudamericana",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.container, None, "{w:?}");
        assert_eq!(w.title.as_deref(), Some(title), "{w:?}");
        assert_eq!(w.location.as_deref(), Some(place), "{w:?}");
        assert_eq!(w.publisher.as_deref(), Some(publisher), "{w:?}");
    }

    let w = parse_note("Rodríguez Garavito, C. y Uprimny, R. (2015). Justicia transicional en Colombia. Análisis Político, (84), 3-21.").work;
    assert_eq!(families(&w), ["Rodríguez Garavito", "Uprimny"], "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Análisis Político"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("84"), "{w:?}");

    let w = parse_note("Organización Panamericana de la Salud. (2020). Indicadores básicos 2020. Washington, D.C.: OPS.").work;
    assert_eq!(
        families(&w),
        ["Organización Panamericana de la Salud"],
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Indicadores básicos 2020"));

    let w =
        parse_note("«Chile aprueba el retiro de fondos», La Tercera, 23 de julio de 2020.").work;
    assert_eq!(w.container.as_deref(), Some("La Tercera"), "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2020-07-23"));
}

#[test]
fn translators_and_acts() {
    for (note, title) in [
        (
            "Foucault, M. (2002). Vigilar y castigar (A. Garzón del Camino, Trad.). Siglo XXI.",
            "Vigilar y castigar",
        ),
        (
            "ARENDT, Hannah. A condição humana. Tradução de Roberto Raposo. Rio de Janeiro: Forense, 2010.",
            "A condição humana",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.title.as_deref(), Some(title), "{w:?}");
    }
    let w = parse_note("BRASIL. Decreto nº 10.282, de 20 de março de 2020. Regulamenta a Lei nº 13.979. Diário Oficial da União, Brasília, DF, 20 mar. 2020.").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("10.282"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2020-03-20"));
    let w = parse_note("Ley 99 de 1993, por la cual se crea el Ministerio del Medio Ambiente, Diario Oficial n.º 41.146.").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Ley 99 de 1993"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(1993));
}
