//! Unit tests of the readings the set of economic-policy notes
//! (`tests/data/footnotes/economics.tsv`) led to: APA's report number in
//! brackets with the publisher after it, a numbered series of papers read
//! into a German title, economists' series (`Policy Insight`), a dataset's
//! kind and its update, a page cited inside an article's range that looks
//! like a year, Chicago's range of a meeting's days, an editor's mark in
//! small letters, a ministry's short name, a German monthly's issue after
//! `in:`, a GOST preprint, a period inside a GOST title, a body's periodic
//! report with no other title. Each note is made up in a shape real notes
//! have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

fn body(w: &Work) -> Option<&str> {
    match w.authors.first() {
        Some(Name::Organization(o)) => Some(o),
        _ => None,
    }
}

#[test]
fn apa_report_number_in_brackets_and_its_publisher() {
    let p = parse_note(
        "Novak, P., & Kis, T. (2021). Remittances and the rouble (Discussion Paper No. DP/21/7). Vienna Institute.",
    );
    assert_eq!(p.work.entry_type, "report");
    assert_eq!(p.work.number.as_deref(), Some("DP/21/7"));
    assert_eq!(p.work.institution.as_deref(), Some("Vienna Institute"));
}

#[test]
fn a_numbered_series_read_into_a_german_title() {
    let p = parse_note(
        "Anna Weber, Der Rubel im Krieg, Ifo Working Paper Nr. 312, München: ifo Institut 2023, S. 4.",
    );
    assert_eq!(p.work.title.as_deref(), Some("Der Rubel im Krieg"));
    assert_eq!(p.work.number.as_deref(), Some("312"));
    assert_eq!(p.work.entry_type, "report");
}

#[test]
fn datasets_named_with_their_update() {
    let p = parse_note(
        "Eurostat, \"Energy imports by partner,\" dataset, last updated June 2, 2023, https://ec.europa.eu/eurostat/databrowser/view/nrg_ti/.",
    );
    assert_eq!(p.work.entry_type, "dataset");
    assert_eq!(p.work.container, None);
}

#[test]
fn a_page_cited_inside_the_range_looks_like_a_year() {
    let p = parse_note(
        "Anne Krueger, \"The Political Economy of the Rent-Seeking Society,\" American Economic Review 64, no. 3 (1974): 1291–1303, 1295.",
    );
    assert_eq!(p.pinpoint.as_deref(), Some("1295"));
    assert_eq!(p.work.date.map(|d| d.year), Some(1974));
}

#[test]
fn a_meeting_s_days_are_no_pages() {
    let p = parse_note(
        "Ivan Petrov, \"Rouble Pass-Through,\" paper presented at the Annual Meeting of the Finnish Economic Association, Oulu, February 6–7, 2020.",
    );
    assert_eq!(p.work.pages, None);
    assert_eq!(p.work.date.and_then(|d| d.month), Some(2));
}

#[test]
fn an_editor_s_mark_in_small_letters() {
    let p = parse_note(
        "Jan Nowicki (red.), Polityka pieniężna w Europie Środkowej, Warszawa: PWE, 2018, s. 12.",
    );
    assert!(p.work.authors.is_empty());
    assert_eq!(p.work.editors.len(), 1);
}

#[test]
fn ministries_periods_and_preprints_in_gost() {
    let w = parse_note(
        "Минэкономразвития России. О текущей ситуации в экономике за январь–март 2022 года : информационное сообщение. 2022. 29 апр.",
    )
    .work;
    assert_eq!(body(&w), Some("Минэкономразвития России"));
    assert_eq!(
        w.title.as_deref(),
        Some("О текущей ситуации в экономике за январь–март 2022 года")
    );
    let w = parse_note(
        "Идрисов Г. И. Промышленная политика и санкции : препринт. М. : Изд-во Ин-та Гайдара, 2021. 40 с.",
    )
    .work;
    assert_eq!(w.entry_type, "report");
    assert_eq!(w.title.as_deref(), Some("Промышленная политика и санкции"));
}

#[test]
fn a_body_s_periodic_report_without_another_title() {
    let w = parse_note(
        "Национальный банк Республики Беларусь. Обзор финансовой стабильности. 2022. № 1. URL: https://www.nbrb.by/publications/finstabrep/",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Обзор финансовой стабильности"));
}

#[test]
fn a_german_monthly_s_issue_after_in() {
    let p = parse_note(
        "Ernst Keller, Die Schuldenbremse, in: Wirtschaftsdienst, Oktober 2021, S. 770–776.",
    );
    assert_eq!(p.work.entry_type, "article");
    assert_eq!(p.work.container.as_deref(), Some("Wirtschaftsdienst"));
    // An English conference's month before "pp." stays a part of a book.
    let p = parse_note(
        "J. Smith and S. Lee, \"Sonar Mapping,\" in Autonomous Vehicles Symposium, May 2019, pp. 1–8.",
    );
    assert_ne!(p.work.entry_type, "article");
}
