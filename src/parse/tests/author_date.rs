//! Unit tests of author-date citations inside a note's sentences: names
//! before a bracketed year (`Weisser (1956)`), brackets of citations after
//! words of commentary (`(siehe z. B. Hartmann 2002: 45; …)`), the page
//! after a bracket, a sentence's own years, and the brackets and names that
//! are no such citation (a reference list's head, an imprint in OSCOLA's
//! brackets, a date, a noun after an article, a journal's year). Each note
//! is made up in a shape real notes have.
use crate::parse::*;

fn cited(note: &str) -> Vec<(String, i32, Option<String>)> {
    split::pieces(note)
        .iter()
        .map(|piece| {
            let cite = short::author_year(piece).unwrap_or_else(|| panic!("{piece:?} of {note:?}"));
            let names: Vec<String> = cite.names.iter().map(|n| n.family().to_string()).collect();
            (names.join(";"), cite.year, cite.pinpoint)
        })
        .collect()
}

fn entry(names: &str, year: i32, pin: Option<&str>) -> (String, i32, Option<String>) {
    (names.to_string(), year, pin.map(str::to_string))
}

#[test]
fn names_before_a_bracketed_year_in_a_sentence() {
    assert_eq!(
        cited(
            "Zum Konzept der Lebenslage vgl. Weisser (1956) und, daran anknüpfend, Glatzer/Hübinger (1990: 31)."
        ),
        [
            entry("Weisser", 1956, None),
            entry("Glatzer;Hübinger", 1990, Some("31"))
        ]
    );
    assert_eq!(
        cited("As Levitsky and Ziblatt (2018, 102) show, norms of mutual toleration matter."),
        [entry("Levitsky;Ziblatt", 2018, Some("102"))]
    );
    assert_eq!(
        cited("McAdam (1982) calls this a political opportunity; see also Tarrow (1998, ch. 5)."),
        [
            entry("McAdam", 1982, None),
            entry("Tarrow", 1998, Some("ch 5"))
        ]
    );
    assert_eq!(
        cited(
            "Per una ricostruzione si veda Lupo (1993), pp. 20-25, e, più di recente, Dickie (2004)."
        ),
        [
            entry("Lupo", 1993, Some("20-25")),
            entry("Dickie", 2004, None)
        ]
    );
    // A family name of two letters.
    assert_eq!(
        cited("As Li (2019, 45) shows, the corridor is contested."),
        [entry("Li", 2019, Some("45"))]
    );
    assert_eq!(
        cited("Как показал Гельман (2019), «правила игры» менялись."),
        [entry("Гельман", 2019, None)]
    );
}

#[test]
fn brackets_of_citations_after_words_of_commentary() {
    assert_eq!(
        cited(
            "In der Literatur wird dies kontrovers diskutiert (siehe z. B. Hartmann 2002: 45; Solga/Wagner 2001)."
        ),
        [
            entry("Hartmann", 2002, Some("45")),
            entry("Solga;Wagner", 2001, None)
        ]
    );
    assert_eq!(
        cited("This is consistent with earlier findings (Hale 2005; Way 2015, 12–14)."),
        [entry("Hale", 2005, None), entry("Way", 2015, Some("12–14"))]
    );
    // A body of two words, and a year of the sentence's own before it.
    assert_eq!(
        cited("Im Jahr 2004 lag die Quote bei 11 Prozent (Statistisches Bundesamt 2005: 23)."),
        [entry("Statistisches Bundesamt", 2005, Some("23"))]
    );
}

#[test]
fn brackets_and_names_that_are_no_author_date_citation() {
    // A reference list's heads and OSCOLA's imprint keep their titles.
    for (note, title) in [
        (
            "Poole, David (1988). A logical framework for default reasoning. Artificial Intelligence 36(1), 27-47.",
            "A logical framework for default reasoning",
        ),
        (
            "Bourdieu, Pierre (1983): Ökonomisches Kapital, kulturelles Kapital, soziales Kapital. In: Kreckel, Reinhard (Hg.): Soziale Ungleichheiten. Göttingen: Schwartz, S. 183–198.",
            "Ökonomisches Kapital, kulturelles Kapital, soziales Kapital",
        ),
        (
            "Ian Loveland, Constitutional Law, Administrative Law, and Human Rights (Oxford University Press 2018) 45.",
            "Constitutional Law, Administrative Law, and Human Rights",
        ),
        (
            "U.S. Bureau of Labor Statistics (2019). Employment Projections 2018–2028. Washington, DC.",
            "Employment Projections 2018–2028",
        ),
        (
            "Anna Kowalska, \"Title of an Article,\" Slavic Review 80, no. 2 (Summer 2021): 301–25.",
            "Title of an Article",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.title.as_deref(), Some(title), "{note}: {w:?}");
    }
    // A journal's year after "in:", and a year of an imprint outside any
    // citation: the reference is whole.
    for note in [
        "Lutz Raphael, Die Verwissenschaftlichung des Sozialen, in: Leviathan (1996), S. 165–193.",
        "Vgl. Schulze (1992), Die Erlebnisgesellschaft, Frankfurt a. M. 1992.",
    ] {
        assert_eq!(split::pieces(note).len(), 1, "{note}");
        assert!(
            short::author_year(&split::pieces(note)[0]).is_none(),
            "{note}"
        );
    }
    // A noun after its article is no author.
    assert!(
        author_date::in_sentence("Seit der Wiedervereinigung (1990) hat sich die Lage verändert.")
            .is_none()
    );
}

#[test]
fn a_dated_sentence_of_prose_cites_nothing() {
    for note in [
        "The interviews were conducted in May 2021, in Vilnius and Warsaw.",
        "Il questionario è stato somministrato nel 2018, prima del voto.",
    ] {
        assert!(split::pieces(note).is_empty(), "{note}");
    }
}

#[test]
fn an_author_named_in_a_sentence_then_the_work() {
    for (note, family, title) in [
        (
            "Einen knappen Überblick gibt die Darstellung bei Thomas Nipperdey, Deutsche Geschichte 1800–1866, München 1983, S. 300.",
            "Nipperdey",
            "Deutsche Geschichte 1800–1866",
        ),
        (
            "Eine frühe Fassung des Arguments findet sich bei Karl Polanyi in seinem Buch „The Great Transformation“, New York 1944, S. 3.",
            "Polanyi",
            "The Great Transformation",
        ),
        (
            "Lo ha mostrato G. Procacci nel suo Storia degli italiani (Bari 1968), contro la vulgata.",
            "Procacci",
            "Storia degli italiani",
        ),
    ] {
        let pieces = split::pieces(note);
        assert_eq!(pieces.len(), 1, "{note}: {pieces:?}");
        let w = parse_note(&pieces[0]).work;
        assert_eq!(
            w.authors.first().map(|n| n.family().to_string()).as_deref(),
            Some(family),
            "{note}: {w:?}"
        );
        assert_eq!(w.title.as_deref(), Some(title), "{note}: {w:?}");
    }
    // "in" after a clause of prose points at the author's writings; after
    // a chapter's title and its comma, at the book's editor.
    let w = parse_note(&split::pieces(
        "Per un quadro più ampio rimando alla sintesi contenuta in R. Villari, Il Sud nella storia d'Italia, Bari, Laterza, 1961.",
    )[0])
    .work;
    assert_eq!(
        w.authors.first().map(|n| n.family().to_string()).as_deref(),
        Some("Villari"),
        "{w:?}"
    );
    let w = parse_note(
        &split::pieces(
            "Anna Bianchi, Il porto, in G. Rossi (a cura di), Storia di Genova, Genova 1990.",
        )[0],
    )
    .work;
    assert_eq!(
        w.authors.first().map(|n| n.family().to_string()).as_deref(),
        Some("Bianchi"),
        "{w:?}"
    );
    // "Die Beiträge in:" points at a volume's editors.
    let pieces = split::pieces(
        "Dazu die Beiträge in: Wolfgang Zapf (Hrsg.), Die Modernisierung moderner Gesellschaften, Frankfurt a. M. 1991.",
    );
    let w = parse_note(&pieces[0]).work;
    assert_eq!(
        w.editors.first().map(|n| n.family().to_string()).as_deref(),
        Some("Zapf"),
        "{w:?}"
    );
    // A journal's volume and year after "in:" and a title in low quotes.
    let w = parse_note("Wolfgang Streeck, „Gekaufte Zeit“, in: Leviathan 41 (2013), S. 5–20.").work;
    assert_eq!(w.container.as_deref(), Some("Leviathan"), "{w:?}");
    assert_eq!(w.volume.as_deref(), Some("41"));
}
