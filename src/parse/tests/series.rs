//! Unit tests of the readings that books in publishers' series and their
//! other marks need: a series in brackets after the imprint's year or its
//! publisher (and brackets that are no series), a translation's marks and
//! translators, a first edition's year, a chapter in a book of the author's
//! own (`in: Ders., …`), a place of two words cut at the title's end, a
//! volume in Roman numerals, a volume's own title, editors after a title
//! (`red.`), `AA.VV.` before a book, a title's first sentence read as a
//! body, a given name before initials. Each note is made up in a shape
//! real notes have.
use crate::entry::Name;
use crate::parse::*;

fn families(names: &[Name]) -> Vec<String> {
    names.iter().map(|n| n.family().to_string()).collect()
}

#[test]
fn a_series_after_the_imprint_s_year_is_the_series() {
    let w = parse_note(
        "G. Volpe, Movimenti religiosi e sette ereticali nella società medievale italiana, Firenze 1961 (Biblioteca storica Sansoni, 4), p. 18.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Movimenti religiosi e sette ereticali nella società medievale italiana"),
        "{w:?}"
    );
    assert_eq!(w.series.as_deref(), Some("Biblioteca storica Sansoni"));
    assert_eq!(w.number.as_deref(), Some("4"));
    assert_eq!(w.location.as_deref(), Some("Firenze"));
    assert_eq!(w.date.map(|d| d.year), Some(1961));
    // "(= …, Bd. 9)", "(…, Sonderheft 12)" after a publisher.
    let w = parse_note(
        "Werner Conze (Hrsg.), Staat und Gesellschaft im deutschen Vormärz, Stuttgart: Klett 1962 (= Industrielle Welt, Bd. 1).",
    )
    .work;
    assert_eq!(w.series.as_deref(), Some("Industrielle Welt"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("1"));
    let w = parse_note(
        "Heinz Sahner (Hg.) (1988): Soziologie als angewandte Aufklärung. Opladen: Westdeutscher Verlag (Politische Vierteljahresschrift, Sonderheft 19).",
    )
    .work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("Westdeutscher Verlag"),
        "{w:?}"
    );
    assert_eq!(w.series.as_deref(), Some("Politische Vierteljahresschrift"));
    // A series named by its word, its number after a comma.
    let w = parse_note(
        "Mario Rossi, La costa e il mare, Genova 1978 (Collana di studi liguri, 7), p. 3.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("La costa e il mare"), "{w:?}");
    assert_eq!(w.series.as_deref(), Some("Collana di studi liguri"));
    assert_eq!(w.number.as_deref(), Some("7"));
}

#[test]
fn brackets_that_name_no_series_stay() {
    // An original's imprint, a reprint and a paper's series are no book's
    // series.
    for note in [
        "A. Bianchi, Il porto, Napoli 1950 (London, 1948), p. 2.",
        "A. Bianchi, Il porto, Napoli 1950 (rist. 1981), p. 2.",
        "K. Weiß, Grenzen, Berlin 2019 (SWP-Studie, 12).",
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.series, None, "{note}: {w:?}");
    }
    // A bracket after the title keeps the title's end apart from the
    // place.
    let w = parse_note(
        "Meyer, K. (Hrsg.): Arbeit, Familie, Freizeit (Soziale Welt, Sonderband 9), Göttingen 1994.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Arbeit, Familie, Freizeit"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Göttingen"));
}

#[test]
fn a_translation_s_marks_and_translators_come_out_of_the_title() {
    let w = parse_note(
        "Fernand Braudel, Sozialgeschichte des 15.–18. Jahrhunderts, übers. v. Siglinde Summerer und Gerda Kurz, München 1985, S. 12.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Sozialgeschichte des 15.–18. Jahrhunderts"),
        "{w:?}"
    );
    assert_eq!(families(&w.translators), ["Summerer", "Kurz"]);
    assert_eq!(w.location.as_deref(), Some("München"));
    // "trad. it." and the original's edition in brackets.
    let w = parse_note(
        "L. Febvre, Il problema dell'incredulità nel secolo XVI, trad. it., Torino 1978 (ed. or. Paris 1942), p. 30.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Il problema dell'incredulità nel secolo XVI"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(1978));
    assert_eq!(w.origdate.map(|d| d.year), Some(1942));
    assert_eq!(w.location.as_deref(), Some("Torino"));
    // An English reference list's translators before a stop are the
    // labeller's to read.
    let w = parse_note(
        "Kracauer, Siegfried. “The Hotel Lobby.” In The Mass Ornament, translated by Thomas Y. Levin. Cambridge, MA: Harvard University Press, 1995.",
    )
    .work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("Harvard University Press"),
        "{w:?}"
    );
}

#[test]
fn a_chapter_in_a_book_of_the_author_s_own() {
    let w = parse_note(
        "Thomas Welskopp, Die Dualität des Sozialen, in: Ders., Unternehmen Praxisgeschichte, Tübingen 2014, S. 20–45.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Die Dualität des Sozialen"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Unternehmen Praxisgeschichte"));
    assert_eq!(w.entry_type, "incollection");
    assert_eq!(families(&w.authors), ["Welskopp"]);
}

#[test]
fn a_place_of_two_words_cut_at_the_title_s_end() {
    let w = parse_note(
        "Jürgen Reulecke, Geschichte der Urbanisierung in Deutschland, Frankfurt a. M./New York 1985, S. 7.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Geschichte der Urbanisierung in Deutschland"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Frankfurt a. M./New York"));
}

#[test]
fn volumes_and_their_own_titles() {
    // A volume in Roman numerals after its mark.
    let w = parse_note("L. Salvatorelli, Storia del Novecento, Milano 1957, vol. II, p. 40.").work;
    assert_eq!(w.volume.as_deref(), Some("II"), "{w:?}");
    // A volume's own title, then the book's editors: the book is the work.
    let w = parse_note(
        "Le carte di Sidney Sonnino, vol. II, Dalla guerra alla pace 1914-1919, a cura di P. Pastorelli, Bari 1975, p. 5.",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.volume.as_deref(), Some("II"));
}

#[test]
fn editors_and_many_authors_around_a_book() {
    // Polish "red." after a title.
    let w = parse_note("Dzieje Wielkopolski, red. W. Kowalski, t. 2, Poznań 1973, s. 80.").work;
    assert_eq!(w.title.as_deref(), Some("Dzieje Wielkopolski"), "{w:?}");
    assert_eq!(families(&w.editors), ["Kowalski"]);
    // "in AA.VV.," names no one.
    let w = parse_note(
        "G. Bianchi, Il catasto, in AA.VV., Studi in onore di Amintore Fanfani, Milano 1962, pp. 1-30.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Studi in onore di Amintore Fanfani"),
        "{w:?}"
    );
    // A title's first sentence, opening with a preposition, with the
    // book's editors after it.
    let w = parse_note(
        "Dalle lettere di Filippo Turati. Scritti scelti, a cura di A. Ricci, Milano 1960, p. 4.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Dalle lettere di Filippo Turati. Scritti scelti")
    );
    assert_eq!(families(&w.editors), ["Ricci"]);
}

#[test]
fn names_before_a_book_in_a_series() {
    // A given name, then two initials, then the family name.
    let w = parse_note("Detlev J. K. Müller, Die Stadt im Wandel, Köln 1990, S. 4.").work;
    assert_eq!(families(&w.authors), ["Müller"], "{w:?}");
    // A Catalan given name before two family names, in a Spanish note.
    let w = parse_note(
        "Jaume Sobrequés Callicó, La sociedad catalana en el siglo XV, Barcelona, Crítica, 1990, p. 20.",
    )
    .work;
    assert_eq!(families(&w.authors), ["Sobrequés Callicó"], "{w:?}");
}

#[test]
fn a_count_of_volumes_before_the_volume_cited() {
    // "5 voll., …, vol. II": the volume cited, not the count, and the
    // imprint read whole.
    let w = parse_note(
        "R. Zangheri, Storia del socialismo italiano, 2 voll., Torino 1993-1997, vol. I, p. 40.",
    )
    .work;
    assert_eq!(w.volume.as_deref(), Some("I"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Torino"));
    assert_eq!(w.date.map(|d| d.year), Some(1993));
    // After the editors of an edition too.
    let p = parse_note(
        "C. Cattaneo, Scritti politici, a cura di M. Boneschi, 4 voll., Firenze 1964, vol. II, p. 77.",
    );
    assert_eq!(p.work.volume.as_deref(), Some("II"), "{:?}", p.work);
    assert_eq!(families(&p.work.editors), ["Boneschi"]);
    assert_eq!(p.pinpoint.as_deref(), Some("77"));
    // German notes keep their reading ("2 Bde., …, Bd. 1").
    let w = parse_note(
        "Hans Rosenberg, Große Depression und Bismarckzeit, 2 Bde., Berlin 1967, Bd. 2, S. 12.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Große Depression und Bismarckzeit"),
        "{w:?}"
    );
}
