//! Unit tests of the readings the seventh set of policy endnotes
//! (`tests/data/footnotes/policy-seventh.tsv`) led to: known outlets before
//! an unsigned item (with "The", or read as a person's name), a bracket
//! naming the language after a quoted title, a genre word before a paper's
//! name, a site's name the labeller took for a genre, reports' codes after
//! a title or a series, a title's head with its year read as an author, a
//! court's numbered decision, a range of months without brackets, a
//! think tank's report series after an unquoted title, a month after the
//! publisher and a body's PDF. Each note is made up, in a shape real notes
//! have, and differs from the set's.
use crate::parse::*;

#[test]
fn a_known_outlet_before_an_unsigned_item_is_its_container() {
    let w = parse_note("The Guardian, \"Minsk Tightens Its Grip,\" 4 June 2021, 12.").work;
    assert_eq!(w.container.as_deref(), Some("The Guardian"), "{w:?}");
    assert!(w.authors.is_empty());
    // An outlet's name of two words may read as a person's.
    let w = parse_note(
        "Novaya Gazeta, \"Prices rise again,\" 3 May 2022, https://novayagazeta.ru/a/1.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Novaya Gazeta"), "{w:?}");
    assert!(w.authors.is_empty());
}

#[test]
fn a_bracket_naming_the_language_is_kept_after_the_title() {
    let w = parse_note(
        "Olga Petrova, \"Belarusian exports fall\" (in Russian), Republic, 9 June 2023, https://republic.ru/posts/2.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Belarusian exports fall"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Republic"));
    assert_eq!(w.title_addon.as_deref(), Some("(in Russian)"));
}

#[test]
fn a_genre_word_before_a_paper_is_no_part_of_its_name() {
    let w =
        parse_note("\"Europe Must Not Look Away,\" editorial, The Guardian, June 4, 2021.").work;
    assert_eq!(w.container.as_deref(), Some("The Guardian"), "{w:?}");
}

#[test]
fn codes_after_a_title_or_series_are_the_reports_number() {
    let w = parse_note(
        "Anna Berg, Logistics of the Northern Front, RR-A4321-1 (Santa Monica, CA: RAND Corporation, 2024), 3.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Logistics of the Northern Front"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("RR-A4321-1"));
    assert_eq!(w.entry_type, "report");
    let w = parse_note(
        "Congressional Research Service, \"Ukraine: Aid in Numbers,\" CRS Report R48001, updated June 2, 2024.",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("R48001"), "{w:?}");
}

#[test]
fn a_yearbooks_title_is_no_author() {
    let w =
        parse_note("Military Balance 2024: The Annual Assessment (London: Routledge, 2024), 180.")
            .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Military Balance 2024: The Annual Assessment")
    );
}

#[test]
fn a_courts_numbered_decision_is_a_case() {
    let w =
        parse_note("Supreme Court of Moldova, Decision No. 4-1re-12/2021 of 3 March 2021.").work;
    assert_eq!(w.entry_type, "jurisdiction", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("4-1re-12/2021"));
    assert_eq!(w.institution.as_deref(), Some("Supreme Court of Moldova"));
    assert!(w.authors.is_empty());
}

#[test]
fn a_range_of_months_dates_a_work_by_its_first() {
    let w = parse_note(
        "Jean Martin, « La Moldavie entre deux mondes », Politique étrangère, n° 3, juillet-août 2023, p. 5-17.",
    )
    .work;
    assert_eq!(
        w.date.map(|d| d.to_string()).as_deref(),
        Some("2023-07"),
        "{w:?}"
    );
}

#[test]
fn a_report_series_after_an_unquoted_title_types_the_work() {
    let w = parse_note(
        "Anna Nowak, Mołdawia po wyborach, Raport OSW (Warszawa: Ośrodek Studiów Wschodnich, 2023), s. 8.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Mołdawia po wyborach"), "{w:?}");
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_month_read_with_the_publisher_goes_to_the_date() {
    let w = parse_note(
        "Anna Berg, Moldau im Wandel, SWP-Studie 2024/S 02 (Berlin: Stiftung Wissenschaft und Politik, Januar 2024), 9.",
    )
    .work;
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("Stiftung Wissenschaft und Politik"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2024-01"));
}

#[test]
fn a_bodys_pdf_is_a_report_it_issued() {
    let w = parse_note(
        "Anna Berg, \"Moldova's Energy Bind,\" German Marshall Fund of the United States, May 2022, 7, https://www.gmfus.org/sites/default/files/2022-05/energy.pdf.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(
        w.institution.as_deref(),
        Some("German Marshall Fund of the United States")
    );
}

#[test]
fn readings_of_the_eighth_policy_set() {
    // A Lithuanian date.
    let w = parse_note("„Lietuva uždaro du pasienio punktus\", 15min.lt, 2023 m. spalio 27 d., https://www.15min.lt/naujiena/1.").work;
    let d = w.date.expect("date");
    assert_eq!(
        (d.year, d.month, d.day),
        (2023, Some(10), Some(27)),
        "{w:?}"
    );
    // A Polish chapter after "w:" with its editor.
    let w = parse_note("Marta Nowak, „Białoruś w polityce Chin\", w: Chiny w Europie Wschodniej, red. Adam Lis (Kraków: Księgarnia Akademicka, 2022), s. 10–30.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Chiny w Europie Wschodniej"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "incollection");
    // A UN symbol read as a place; an IMF paper's code after its series.
    let w = parse_note("UN General Assembly, Situation of human rights in Ukraine: Report of the Secretary-General, A/78/540 (18 October 2023), para. 4.").work;
    assert_eq!(w.number.as_deref(), Some("A/78/540"), "{w:?}");
    let w = parse_note("Olga Kuzmina, \"Energy Subsidies in Belarus,\" IMF Working Paper WP/21/88 (Washington, DC: International Monetary Fund, 2021), 3.").work;
    assert_eq!(w.number.as_deref(), Some("WP/21/88"), "{w:?}");
    // A season after the publisher; a series' number before the imprint.
    let w = parse_note(
        "World Bank, Moldova Economic Update (Washington, DC: World Bank, Spring 2023), 2.",
    )
    .work;
    assert_eq!(
        w.publisher.as_deref().or(w.institution.as_deref()),
        Some("World Bank"),
        "{w:?}"
    );
    let w = parse_note("Wojciech Konończuk, Difficult Neighbours, OSW Studies 61 (Warsaw: Centre for Eastern Studies, 2018), 9.").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("61"));
}

#[test]
fn gost_statements_in_belarusian_and_russian_theses() {
    // "рэд." before the editor, whose name is no place.
    let w = parse_note(
        "Нарысы гісторыі Беларусі. Ч. 2 / рэд. М. Касцюк. Мінск : Беларусь, 1995. 560 с.",
    )
    .work;
    assert_eq!(w.editors.len(), 1, "{w:?}");
    // A thesis's statement joined by a spaced semicolon stays one work.
    let n = crate::parse::split::pieces(
        "Сидорова А. В. Миграционная политика : дис. … канд. полит. наук : 23.00.02 / Сидорова Анна Викторовна ; МГУ. Москва, 2019. 190 с.",
    );
    assert_eq!(n.len(), 1, "{n:?}");
}

#[test]
fn compound_spanish_families_and_a_site_named_like_a_book() {
    let w = parse_note("Rodríguez Zapatero, J., & Gómez Díaz, A. M. (2018). La política exterior de España. Revista CIDOB 12(1), 5–20.").work;
    assert_eq!(
        super::layouts::family_names(&w.authors),
        ["Rodríguez Zapatero", "Gómez Díaz"],
        "{w:?}"
    );
    let w = parse_note("Central Intelligence Agency, \"Ukraine,\" The World Factbook, accessed June 2, 2024, https://www.cia.gov/the-world-factbook/countries/ukraine/.").work;
    assert_eq!(w.entry_type, "online", "{w:?}");
}
