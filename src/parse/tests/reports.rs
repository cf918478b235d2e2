//! Unit tests of the readings the fourth set of policy endnotes
//! (`tests/data/footnotes/policy-fourth.tsv`) led to: news sites' update
//! times, days read as volumes, the Strasbourg court's form, US acts with
//! commas in their names, headlines opened by a quotation, DSTU sites,
//! Slavic reports by their kind, institutes' series, imprints by place and
//! comma, Vancouver months and APA report numbers. Each note is made up,
//! in a shape real notes have, and differs from the set's.
use super::date;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_news_site_writes_the_time_and_weekday_before_its_date() {
    let w = parse_note(
        "Anna Petrova, \"Minsk Raises Fuel Prices,\" Example News, updated 9:05 PM GMT, Tue June 3, 2025, https://news.example.com/a.",
    )
    .work;
    assert_eq!(date(&w).as_deref(), Some("2025-06-03"), "{w:?}");
}

#[test]
fn a_french_day_and_month_and_the_outlet_after_a_quote() {
    let w = parse_note(
        "Jean Martin, « La Pologne et ses voisins », Radio Exemple, 3 juin 2021, https://radio.example.fr/x.",
    )
    .work;
    assert_eq!(date(&w).as_deref(), Some("2021-06-03"), "{w:?}");
    assert_eq!(w.volume, None);
    assert_eq!(w.container.as_deref(), Some("Radio Exemple"));
}

#[test]
fn the_strasbourg_courts_own_form() {
    let p = parse_note("Beta and Others v. Ruritania, no. 4321/12, § 55, 9 March 2016.");
    assert_eq!(p.work.entry_type, "jurisdiction");
    assert_eq!(
        p.work.title.as_deref(),
        Some("Beta and Others v. Ruritania")
    );
    assert_eq!(p.work.number.as_deref(), Some("4321/12"));
    assert_eq!(date(&p.work).as_deref(), Some("2016-03-09"));
    assert_eq!(p.work.volume, None, "§ 55 is the paragraph cited");
}

#[test]
fn a_us_act_whose_name_has_commas() {
    let w = parse_note(
        "Freedom, Security, and Trade Act of 2019, Pub. L. No. 116-99, 133 Stat. 2000 (2019).",
    )
    .work;
    assert_eq!(w.entry_type, "legislation");
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Freedom, Security, and Trade Act of 2019")
    );
}

#[test]
fn a_headline_opened_by_a_quotation_goes_on_after_its_colon() {
    let w = parse_note(
        "Петров И. «Никто не уйдёт»: как прошёл саммит в Минске // Звезда. 2023. 4 мая.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("«Никто не уйдёт»: как прошёл саммит в Минске")
    );
}

#[test]
fn a_dstu_site_in_its_own_sentence_before_the_date() {
    let w = parse_note(
        "Шмигаль Д. Уряд ухвалив бюджетну декларацію. Урядовий портал. 15.06.2023. URL: https://www.kmu.gov.ua/news/1 (дата звернення: 20.06.2023).",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Уряд ухвалив бюджетну декларацію"));
    assert_eq!(w.container.as_deref(), Some("Урядовий портал"));
}

#[test]
fn a_slavic_body_before_a_report_named_by_its_kind() {
    let p = parse_note(
        "Национальный банк Республики Беларусь. Обзор финансовой стабильности : доклад. Минск, 2022. 90 с.",
    );
    assert_eq!(p.work.entry_type, "report");
    assert_eq!(
        p.work.title.as_deref(),
        Some("Обзор финансовой стабильности")
    );
    assert!(
        matches!(p.work.authors.as_slice(), [Name::Organization(o)] if o == "Национальный банк Республики Беларусь"),
        "{:?}",
        p.work.authors
    );
}

#[test]
fn a_speech_after_a_gost_title_is_no_part_of_it() {
    let w = parse_note(
        "Иванов И. И. О задачах на 2024 год : выступление // Советская Белоруссия. 2024. 10 янв.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("О задачах на 2024 год"));
}

#[test]
fn an_institutes_series_and_number_after_the_title() {
    let p = parse_note(
        "Markus Weber, Polen vor der Wahl, SWP-Studie 2023/S 7, Berlin: Stiftung Wissenschaft und Politik, Oktober 2023.",
    );
    assert_eq!(p.work.entry_type, "report", "{:?}", p.work);
    assert_eq!(p.work.title.as_deref(), Some("Polen vor der Wahl"));
    assert_eq!(p.work.number.as_deref(), Some("2023/S 7"));
    assert_eq!(
        p.work.institution.as_deref(),
        Some("Stiftung Wissenschaft und Politik")
    );
    assert_eq!(date(&p.work).as_deref(), Some("2023-10"));
}

#[test]
fn a_place_and_month_in_brackets_name_no_publisher() {
    let p = parse_note(
        "Example Institute, Attitudes to Reform in Moldova, survey report (Chisinau, March 2022), 4.",
    );
    assert_eq!(p.work.publisher, None, "{:?}", p.work);
    assert_eq!(p.work.institution, None, "{:?}", p.work);
    assert_eq!(date(&p.work).as_deref(), Some("2022-03"));
}

#[test]
fn a_french_imprint_joins_place_and_publisher_with_a_comma() {
    let w = parse_note("Paul Durand, La Russie et l'Europe, Paris, Gallimard, 2015, p. 12.").work;
    assert_eq!(w.publisher.as_deref(), Some("Gallimard"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Paris"));
    // A country after the city is no publisher.
    let w = parse_note("Jan Nowak, Polska i Europa, Paris, France, 2010.").work;
    assert_ne!(w.publisher.as_deref(), Some("France"), "{w:?}");
}

#[test]
fn a_vancouver_month_after_the_year() {
    let w =
        parse_note("Smith J, Lee K. Air quality in Minsk. Environ Res. 2021 Apr;195:110800.").work;
    assert_eq!(date(&w).as_deref(), Some("2021-04"), "{w:?}");
}

#[test]
fn an_apa_report_number_in_brackets_after_the_title() {
    let p = parse_note(
        "Example Bank. (2021). Moldova economic update: Spring 2021 (Report No. 12345-MD). Example Bank Group.",
    );
    assert_eq!(p.work.entry_type, "report", "{:?}", p.work);
    assert_eq!(p.work.number.as_deref(), Some("12345-MD"));
    assert_eq!(
        p.work.title.as_deref(),
        Some("Moldova economic update: Spring 2021")
    );
}

#[test]
fn a_body_named_by_slashed_acronyms_before_a_report_with_a_date_in_its_title() {
    let p = parse_note(
        "OSCE/ODIHR, Republic of Moldova, Parliamentary Elections, 11 July 2021: ODIHR Election Observation Mission Final Report (Warsaw, 2021).",
    );
    assert!(
        matches!(p.work.authors.as_slice(), [Name::Organization(o)] if o == "OSCE/ODIHR"),
        "{:?}",
        p.work.authors
    );
    assert_eq!(
        p.work.title.as_deref(),
        Some(
            "Republic of Moldova, Parliamentary Elections, 11 July 2021: ODIHR Election Observation Mission Final Report"
        )
    );
    assert_eq!(
        date(&p.work).as_deref(),
        Some("2021"),
        "the event's day is not the report's"
    );
    assert_eq!(
        names::parse_author_segment("UN/OCHA").0,
        [Name::Organization("UN/OCHA".into())]
    );
}
