//! Unit tests of the corrections for layouts the labeller misreads: each
//! note is made up in a shape real humanities, legal and policy notes have,
//! and fails without its correction.
use crate::entry::Name;
use crate::lang::Language;
use crate::parse::*;

/// The family names of a work's authors and editors, organisations whole.
pub(super) fn families(w: &Work) -> Vec<String> {
    family_names(w.authors.iter().chain(&w.editors))
}

/// The family names of people and the names of organisations, in order
/// ("et al." as an empty name).
pub(super) fn family_names<'a>(names: impl IntoIterator<Item = &'a Name>) -> Vec<String> {
    names
        .into_iter()
        .map(|n| match n {
            Name::Person { family, .. } => family.clone(),
            Name::Organization(o) => o.clone(),
            Name::Others => String::new(),
        })
        .collect()
}

/// "Title, in A. Rossi - B. Bianchi, Book, Place Year": a chapter with the
/// book's authors after "in".
#[test]
fn a_chapter_in_a_book_by_named_authors() {
    let w = parse_note(
        "G. Ricuperati, Il riformismo sabaudo, in D. Carpanetto - G. Ricuperati, L'Italia del Settecento, Roma-Bari 1986, pp. 45-98.",
    )
    .work;
    assert_eq!(families(&w), ["Ricuperati"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Il riformismo sabaudo"));
    assert_eq!(w.container.as_deref(), Some("L'Italia del Settecento"));
}

/// An organisation's long name run into the title of its report.
#[test]
fn an_organisation_before_its_report_title_is_the_author() {
    let w = parse_note(
        "Organization for Security and Co-operation in Europe, Elections in Transition: Observation Report 2019 (Vienna: OSCE, 2019).",
    )
    .work;
    assert_eq!(
        families(&w),
        ["Organization for Security and Co-operation in Europe"],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Elections in Transition: Observation Report 2019")
    );
}

/// "Book, a cura di A e B": the editors after the book's title are not part
/// of the container.
#[test]
fn editors_named_after_the_book_title() {
    let w = parse_note(
        "P. Villani, Gli agrari e la politica, in Storia della società italiana, a cura di G. Cherubini e F. Della Peruta, vol. XV, Milano 1986, pp. 233-270.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Storia della società italiana")
    );
    assert_eq!(families(&w)[0], "Villani");
    assert!(families(&w).contains(&"Cherubini".to_string()), "{w:?}");
}

/// "Editors (Hrsg.), Book, Place Year": the book cited whole.
#[test]
fn an_edited_book_cited_whole_is_the_title() {
    let w = parse_note(
        "Vgl. Jens Siegert/Nina Frieß (Hrsg.), Zivilgesellschaft in Russland. Eine Bestandsaufnahme, Bremen 2017.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Zivilgesellschaft in Russland. Eine Bestandsaufnahme"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
    assert_eq!(w.date, Some(Date::year(2017)));
}

/// "Nr. 12/2019": an issue numbered within its year gives the year.
#[test]
fn an_issue_numbered_within_its_year_gives_the_year() {
    let w =
        parse_note("Gwendolyn Sasse, Der Krieg im Donbas, in: Osteuropa, Nr. 12/2019, S. 33–47.")
            .work;
    assert_eq!(w.date, Some(Date::year(2019)), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Osteuropa"));
}

/// "Title. Subtitle, Place Year": the place is no part of a journal.
#[test]
fn a_subtitle_before_a_place_and_year() {
    let w = parse_note(
        "S. Lanaro, Nazione e lavoro. Saggio sulla cultura borghese in Italia, Venezia 1979, pp. 33-35.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Nazione e lavoro. Saggio sulla cultura borghese in Italia"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
    assert_eq!(w.location.as_deref(), Some("Venezia"));
    assert_eq!(w.language.map(Language::iso), Some("it"));
}

/// «Journal», then a volume in Roman numerals.
#[test]
fn a_journal_in_guillemets_before_a_roman_volume() {
    let w = parse_note(
        "E. Ragionieri, Italiani all'estero ed emigrazione, «Belfagor», XVII (1962), pp. 640-669.",
    )
    .work;
    assert_eq!(families(&w), ["Ragionieri"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Italiani all'estero ed emigrazione")
    );
    assert_eq!(w.container.as_deref(), Some("Belfagor"));
    assert_eq!(w.volume.as_deref(), Some("XVII"));
}

/// A plural's apostrophe inside a title in single quotes does not close it;
/// "'Title' in Book" still does.
#[test]
fn an_apostrophe_inside_a_single_quoted_title() {
    let w = parse_note(
        "Wilson, A. (2016) 'Survival of the richest: how oligarchs' networks shape Ukraine', Europe-Asia Studies, 68(6), pp. 1012–1031.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Survival of the richest: how oligarchs' networks shape Ukraine"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Europe-Asia Studies"));
    let q = text::find_quoted("J Smith, 'Courts' in A Jones (ed), Law (OUP 2010)")
        .expect("quoted title");
    assert_eq!(q.inner_end - q.inner_start, "Courts".len());
}

/// "Valéry Giscard d'Estaing": the family name with an elided particle is
/// a person's, and takes the word before it.
#[test]
fn a_family_name_with_an_elided_particle() {
    let w = parse_note(
        "Voir Valéry Giscard d'Estaing, Démocratie française, Paris, Fayard, 1976, p. 20.",
    )
    .work;
    assert_eq!(families(&w), ["Giscard d'Estaing"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Démocratie française"));
}

/// "Chatham House": a House after a name is an organisation; a family name
/// House is not.
#[test]
fn a_house_is_an_organisation() {
    let w = parse_note(
        "Chatham House, Belarus after the Elections: Scenarios (London: Royal Institute of International Affairs, 2021), 9.",
    )
    .work;
    assert_eq!(families(&w), ["Chatham House"], "{w:?}");
    let w = parse_note(
        "House, J. S., & Landis, K. R. (1988). Social ties and health. Science, 241(4865), 540–545.",
    )
    .work;
    assert_eq!(families(&w), ["House", "Landis"], "{w:?}");
}

/// "Zob.", "Por." (Polish), and "le pagine di", "the essays of" before the
/// author: commentary, not part of the reference.
#[test]
fn lead_ins_and_writings_of_an_author() {
    for (note, family) in [
        (
            "Zob. też Jerzy Jedlicki, Jakiej cywilizacji Polacy potrzebują, Warszawa 1988, s. 14.",
            "Jedlicki",
        ),
        (
            "Si vedano soprattutto le pagine di F. Chabod, Storia dell'idea d'Europa, Bari 1961, pp. 23-48.",
            "Chabod",
        ),
        (
            "See especially the essays of E. H. Carr, The Bolshevik Revolution, London 1950, 12.",
            "Carr",
        ),
        (
            "Su questo punto v. P. Bevilacqua, Breve storia dell'Italia meridionale. Dall'Ottocento a oggi, Roma 1993, p. 40.",
            "Bevilacqua",
        ),
        (
            "Per un confronto v. S. Lanaro, Italia nuova. Identità e sviluppo 1861-1988, Torino 1988, p. 9.",
            "Lanaro",
        ),
    ] {
        let pieces = split::pieces(note);
        assert_eq!(pieces.len(), 1, "{pieces:?}");
        let w = parse_note(&pieces[0]).work;
        assert_eq!(families(&w), [family], "{note}\n{w:?}");
    }
}

/// "A. Rossi, Il «Term» e …": guillemets inside a title that opens with an
/// article are part of it, not the title.
#[test]
fn guillemets_inside_a_title_after_its_article() {
    let w = parse_note(
        "A. Romano, Il «Piano Marshall» e l'Europa orientale, in Storia dell'Europa contemporanea, a cura di P. Pombeni, Bologna 2008, pp. 77-99.",
    )
    .work;
    assert_eq!(families(&w)[0], "Romano", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Il «Piano Marshall» e l'Europa orientale")
    );
}

/// An organisation and its document read as one author: split at the
/// comma after the organisation's name.
#[test]
fn an_organisation_and_its_document_read_as_one_author() {
    let w = parse_note(
        "Council of the European Union, Council Conclusions on Belarus, Press Release 654/20 (Brussels, October 12, 2020).",
    )
    .work;
    assert_eq!(families(&w), ["Council of the European Union"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Council Conclusions on Belarus"));
}

/// "(Series, Nr. 3)" at the end of a book's note.
#[test]
fn a_series_and_its_number_in_brackets() {
    let w = parse_note(
        "Sabine Fischer, Russlands Westpolitik in der Krise, Berlin 2016 (SWP-Studie, Nr. 14).",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("SWP-Studie"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("14"));
    assert_eq!(w.date, Some(Date::year(2016)));
}

/// "A/B (Hrsg.), Book": editors joined by slashes, one with an initial.
#[test]
fn slashed_editors_with_an_initial() {
    let w = parse_note(
        "Renate Mayntz/Fritz W. Scharpf (Hrsg.), Gesellschaftliche Selbstregelung und politische Steuerung, Frankfurt a. M. 1995.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(families(&w), ["Mayntz", "Scharpf"]);
    assert_eq!(
        w.title.as_deref(),
        Some("Gesellschaftliche Selbstregelung und politische Steuerung")
    );
}

/// "Given Family, Word Word. Subtitle": the two words open the title.
#[test]
fn a_title_s_head_read_as_a_second_author() {
    let w = parse_note(
        "Wolfgang Streeck, Gekaufte Zeit. Die vertagte Krise des demokratischen Kapitalismus, Berlin 2013, S. 12.",
    )
    .work;
    assert_eq!(families(&w), ["Streeck"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Gekaufte Zeit. Die vertagte Krise des demokratischen Kapitalismus")
    );
    // Two authors in English stay two.
    let w = parse_note(
        "Smith, John, Jane Doe and Peter Brown (2018), Title of the Book, London: Routledge.",
    )
    .work;
    assert_eq!(families(&w), ["Smith", "Doe", "Brown"]);
}

/// "Title. Subtitle, in: Journal": the subtitle and "in:" read as the
/// container; the container starts after "in:".
#[test]
fn a_subtitle_before_in_belongs_to_the_title() {
    let w = parse_note(
        "Lang, Dorothea: Die Verstetigung der Arbeitswelt. Befunde aus drei Jahrzehnten, in: Zeitschrift für Arbeitsforschung, 22. Jg. (1994), S. 33–58.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Die Verstetigung der Arbeitswelt. Befunde aus drei Jahrzehnten"),
        "{w:?}"
    );
    assert_eq!(
        w.container.as_deref(),
        Some("Zeitschrift für Arbeitsforschung")
    );
}

/// "Title. Subtitle, Place Year, Kap. 2": a book whose subtitle, place,
/// year and chapter the labeller read as one journal.
#[test]
fn a_subtitle_with_place_year_and_chapter_is_a_book() {
    let w = parse_note(
        "Brandt, Jonas: Pendeln und Wohnen. Mobilität in mittelgroßen Städten im Vergleich, Kassel 2004, Kap. 3.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Pendeln und Wohnen. Mobilität in mittelgroßen Städten im Vergleich"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
    assert_eq!(w.date.map(|d| d.year), Some(2004));
}

/// "…, in Editors (a cura di), Book, Place Year": the place is no part of
/// the book's title.
#[test]
fn the_place_after_a_book_is_not_its_title() {
    let w = parse_note(
        "L. Marin, Le gabelle del sale nel Friuli, in A. Conti, R. Sarti (a cura di), Il sale e lo Stato. Studi di storia fiscale, Udine 1991, pp. 77-102.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Il sale e lo Stato. Studi di storia fiscale"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Udine"));
}

/// "I. Family, Title, «Journal», s. V, 12 (1960)": the series before the
/// volume keeps the Italian form.
#[test]
fn a_journal_in_guillemets_before_its_series() {
    let w = parse_note(
        "C. Ferri, La lana veronese nel secolo XVII, «Studi storici veronesi», s. II, 14 (1964), pp. 101-140.",
    )
    .work;
    assert_eq!(families(&w), ["Ferri"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("La lana veronese nel secolo XVII"));
    assert_eq!(w.container.as_deref(), Some("Studi storici veronesi"));
}

/// "G. Neri - P. Sala, Title": Italian notes join authors with spaced
/// dashes; "FAMILY, Given - Newspaper" is no second person.
#[test]
fn authors_joined_by_dashes() {
    let w = parse_note("G. Neri - P. Sala, La Repubblica e i suoi porti, Genova 1988.").work;
    assert_eq!(families(&w), ["Neri", "Sala"], "{w:?}");
    let (names, _) = crate::parse::names::parse_author_segment("DUPONT, Marc - Le Figaro");
    assert!(names.len() < 2, "{names:?}");
}

/// "M. Family, Place-like word, rest of the title": after initials no
/// given name follows, so the comma goes on with the title.
#[test]
fn a_title_word_after_an_initials_name() {
    let w = parse_note(
        "P. Morel, Lyon, Genève et le commerce des soies au XVIe siècle, Paris 1971, pp. 10-12.",
    )
    .work;
    assert_eq!(families(&w), ["Morel"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Lyon, Genève et le commerce des soies au XVIe siècle")
    );
}

/// "Title, 1400-1600, Place Year": the years a book covers end its title;
/// they are neither its pages nor its date.
#[test]
fn a_year_range_ends_a_books_title() {
    let w = parse_note(
        "P. Serra, The Salt Merchants of Genoa. Trade and Credit, 1400-1600, Oxford 1995.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("The Salt Merchants of Genoa. Trade and Credit, 1400-1600"),
        "{w:?}"
    );
    assert_eq!(w.pages, None);
    assert_eq!(w.date.map(|d| d.year), Some(1995));
    let w = parse_note(
        "T. Hale, Wool and Cloth. The Trade of the Low Countries, c. 1300-c. 1500, London-New York 1992, pp. 4-9.",
    )
    .work;
    assert_eq!(w.date.map(|d| d.year), Some(1992), "{w:?}");
    assert!(
        w.title
            .as_deref()
            .is_some_and(|t| t.ends_with("c. 1300-c. 1500")),
        "{w:?}"
    );
}

/// "Title (dalle origini al sec. XV), Place Year": a bracket cut at an
/// abbreviation's stop closes inside the title.
#[test]
fn a_bracket_cut_at_an_abbreviation_closes_in_the_title() {
    let w =
        parse_note("M. Galli, Le monete di Milano (dalle origini al sec. XV), Milano 1950.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Le monete di Milano (dalle origini al sec. XV)"),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Milano"));
}

/// "Title, 3. Aufl., Place Year": the edition is no part of the title.
#[test]
fn an_edition_after_the_title() {
    let w = parse_note(
        "Hoffmann, Paul: Grundzüge der Verwaltungslehre. Eine Einführung, 3. Aufl., Bonn 1990, S. 4.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Grundzüge der Verwaltungslehre. Eine Einführung"),
        "{w:?}"
    );
    assert_eq!(w.edition.as_deref(), Some("3"));
}

/// Editions, volumes, reprints and editors that humanities notes write
/// after a book's title, each out of the title.
#[test]
fn what_follows_a_books_title_is_no_part_of_it() {
    let w = parse_note("Vogt, Ernst: Die Zünfte der Stadt. Eine Studie, Kassel ²1985, S. 9.").work;
    assert_eq!(w.date.map(|d| d.year), Some(1985), "{w:?}");
    assert_eq!(w.edition.as_deref(), Some("2"));
    let w = parse_note(
        "Lorenz, Karl: Geschichte der Stadt Kassel 1800–1900, Bd. 2: Die Industrie, Kassel 1990, S. 5.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Geschichte der Stadt Kassel 1800–1900"),
        "{w:?}"
    );
    assert_eq!(w.volume.as_deref(), Some("2"));
    let w = parse_note(
        "Haas, Peter: Handwerk und Zunft in Hessen im 18. Jahrhundert, Marburg 1981, S. 30.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Handwerk und Zunft in Hessen im 18. Jahrhundert"),
        "{w:?}"
    );
    let w = parse_note(
        "P. Sarpi, Istoria del Concilio tridentino, edizione critica a cura di G. Gambarin, 3 voll., Bari 1935, vol. I, p. 4.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Istoria del Concilio tridentino"),
        "{w:?}"
    );
    assert_eq!(families(&w), ["Sarpi", "Gambarin"]);
    let w = parse_note(
        "Roth, Otto: Die Landwirtschaft in Nordhessen (1850–1900), Kassel 1962, Neudr. Frankfurt a. M. 1980, S. 7.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Die Landwirtschaft in Nordhessen (1850–1900)"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(1962));
    let w = parse_note(
        "E. K. Brand, Rivers and Towns since 1750: Trade, Power, Water, 2nd edn (Oxford: Clarendon Press, 1994), 12.",
    )
    .work;
    assert_eq!(families(&w), ["Brand"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Rivers and Towns since 1750: Trade, Power, Water")
    );
}
