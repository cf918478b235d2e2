//! Unit tests of the readings French notes need: names in the older form
//! with the given name in brackets, capitalised particles, a title's first
//! word after a list of names, a title that opens with a year, the
//! descriptions after a title (a thesis, a report's kind, a translator),
//! the portals' issues, the Senate's and National Assembly's papers,
//! interviews the author held, and the words that join or introduce works
//! (`cité par`, `rééd.`, `Voir à ce sujet les travaux de`, `Id., ibid.`).
//! Each note is made up in a shape real notes have.
use crate::entry::Name;
use crate::parse::*;

fn person(w: &Work, i: usize) -> (String, String) {
    match &w.authors[i] {
        Name::Person { family, prefix, .. } => (prefix.clone(), family.clone()),
        other => panic!("not a person: {other:?}"),
    }
}

#[test]
fn french_names_in_their_older_and_compound_forms() {
    let w = parse_note(
        "DURAND (Hélène) et MOREL (Jean-Paul), Les Villes moyennes, Paris, Armand Colin, 1997.",
    )
    .work;
    assert_eq!(person(&w, 0).1, "Durand", "{w:?}");
    assert_eq!(person(&w, 1).1, "Morel", "{w:?}");
    let w = parse_note(
        "Yann Le Bihan, « Les ports bretons », Annales de Bretagne, vol. 110, n° 2, 2003, p. 45-60.",
    )
    .work;
    assert_eq!(person(&w, 0), ("Le".into(), "Bihan".into()), "{w:?}");
    let w = parse_note(
        "Sophie Martin et Olivier Blanc, Montesquieu. Une vie politique, Bordeaux, Mollat, 2005, p. 12.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Montesquieu. Une vie politique"),
        "{w:?}"
    );
    assert_eq!(w.authors.len(), 2);
}

#[test]
fn what_follows_a_title_and_opens_it() {
    let w = parse_note(
        "Claire Vidal, Les Syndicats agricoles en Bretagne, thèse de doctorat en histoire, Université Rennes 2, 2011, p. 80.",
    )
    .work;
    assert_eq!(w.entry_type, "thesis", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Les Syndicats agricoles en Bretagne")
    );
    let w = parse_note("Marc Dubois, 1968. Une année en France, Paris, Fayard, 2008, p. 4.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("1968. Une année en France"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2008));
}

#[test]
fn issues_as_the_portals_print_them() {
    let w = parse_note(
        "Pierre Garnier, « Les maires ruraux », Revue française de science politique, 2016/3 (Vol. 66), p. 401-420. DOI : 10.3917/rfsp.663.0401.",
    )
    .work;
    assert_eq!(w.date.map(|d| d.year), Some(2016), "{w:?}");
    let p = split::pieces(
        "Lise Morin, « Les élus locaux », Terrains & travaux [En ligne], 30 | 2017, mis en ligne le 2 mai 2018, consulté le 3 juin 2020. URL : http://journals.openedition.org/tt/123 ; DOI : https://doi.org/10.4000/tt.123",
    );
    assert_eq!(p.len(), 1, "{p:?}");
}

#[test]
fn papers_of_the_french_houses() {
    let w = parse_note(
        "Assemblée nationale, Rapport d'information n° 2345 de Mme Louise Caron et M. Paul Girard, fait au nom de la commission des lois, sur la sécurité intérieure, déposé le 5 octobre 2019.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("2345"));
    assert_eq!(w.institution.as_deref(), Some("Assemblée nationale"));
    assert_eq!(w.authors.len(), 2);
    assert_eq!(w.date.map(|d| d.year), Some(2019));
}

#[test]
fn an_interview_the_author_held() {
    let w = parse_note("Entretien de l'auteur avec un syndicaliste, Lyon, juin 2017.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Entretien de l'auteur avec un syndicaliste")
    );
    assert_eq!(w.location.as_deref(), Some("Lyon"));
}

#[test]
fn words_that_join_or_introduce_works() {
    let p = split::pieces(
        "Henri Mendras, La Fin des paysans, Paris, SEDEIS, 1967, cité par Placide Rambaud, Société rurale et urbanisation, Paris, Seuil, 1969, p. 30.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    let p = split::pieces(
        "Maurice Agulhon, La République au village, Paris, Plon, 1970 ; rééd. Seuil, 1979.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    let w = parse_note(
        "Voir à ce sujet les travaux de Gérard Noiriel, Le Creuset français. Histoire de l'immigration, Paris, Seuil, 1988.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Le Creuset français. Histoire de l'immigration"),
        "{w:?}"
    );
    assert!(matches!(
        short::detect("Id., ibid., p. 33."),
        Some(BackReference::Ibid { .. })
    ));
}

#[test]
fn an_imprint_before_a_series_is_no_journal() {
    let p = parse_note(
        "Paul Lenoir, Le Sel de la terre, Lagrasse, Verdier, coll. « Faits et représentations », 2004, p. 9.",
    );
    assert_eq!(p.work.entry_type, "book", "{:?}", p.work);
    assert_eq!(p.work.location.as_deref(), Some("Lagrasse"));
    assert_eq!(p.work.publisher.as_deref(), Some("Verdier"));
    assert_eq!(p.pinpoint.as_deref(), Some("9"));
}

#[test]
fn a_one_word_title_after_a_name_is_no_part_of_it() {
    let w = parse_note("DUROSELLE (J.-B.), Clemenceau, Paris, Fayard, 1988, p. 77.").work;
    assert_eq!(person(&w, 0), (String::new(), "Duroselle".into()), "{w:?}");
    assert!(matches!(&w.authors[0], Name::Person { given, .. } if given == "J.-B."));
    assert_eq!(w.title.as_deref(), Some("Clemenceau"));
    let w = parse_note("Raymond Aron, Mémoires, Paris, Julliard, 1983.").work;
    assert_eq!(person(&w, 0), (String::new(), "Aron".into()), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Mémoires"));
    assert_eq!(w.publisher.as_deref(), Some("Julliard"));
}
