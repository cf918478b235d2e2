//! Unit tests of the readings policy endnotes need: outlets before unsigned
//! items, dates after a quoted title, Slavic organisations, document
//! symbols and report codes, genre words before a site. Each note is made
//! up in a shape real notes have.
use super::*;

#[test]
fn a_news_outlet_before_an_unsigned_item_is_its_container() {
    let w = parse_note("Interfax, \"Belarus Extends Military Exercises,\" March 1, 2023.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Interfax"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2023-03-01"));
}

#[test]
fn the_date_after_a_quoted_title_the_labeller_took_in() {
    let w = parse_note(
        "Наша Ніва, «Цэны на бензін выраслі», 02.05.2023, https://nashaniva.com/123456.",
    )
    .work;
    assert_eq!(
        w.date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-02"),
        "{w:?}"
    );
}

#[test]
fn a_slavic_organisation_before_an_unquoted_title() {
    let w = parse_note(
        "Національний банк України, Інфляційний звіт: січень 2023 року (Київ, 2023), 12.",
    )
    .work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "Національний банк України"),
        "{w:?}"
    );
}

#[test]
fn a_document_symbol_numbers_a_report() {
    let w = parse_note("Special Rapporteur on Belarus, Situation of human rights in Belarus, A/HRC/53/53 (UN Human Rights Council, 4 May 2023).").work;
    assert_eq!(w.number.as_deref(), Some("A/HRC/53/53"), "{w:?}");
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_report_code_makes_a_report() {
    let w = parse_note("Congressional Research Service, Ukraine: Conflict at the Crossroads, IF12150 (Washington, DC: CRS, 2022).").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
}

#[test]
fn a_news_release_is_a_press_release() {
    let w = parse_note(
        "Amnesty International, \"Belarus: Journalists Jailed,\" news release, May 4, 2022.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.container, None);
}

#[test]
fn a_genre_word_before_a_site_and_a_gost_site_mark() {
    let w = parse_note("Jana Kobzova, \"Belarus at a Crossroads,\" Commentary, European Council on Foreign Relations, 2 May 2021, https://ecfr.eu/article/belarus-at-a-crossroads/.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("European Council on Foreign Relations"),
        "{w:?}"
    );
    let w = parse_note("Лукашенко А. Г. Послание белорусскому народу и Национальному собранию // Президент Республики Беларусь : офиц. сайт. URL: https://president.gov.by/ru/events/poslanie (дата обращения: 01.04.2023).").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Президент Республики Беларусь"),
        "{w:?}"
    );
}

#[test]
fn an_acronym_keeps_to_itself_before_a_title() {
    let w = parse_note("OECD, Economic Outlook for Southeast Asia, https://www.oecd.org/economic-outlook (accessed 3 May 2023).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Economic Outlook for Southeast Asia"),
        "{w:?}"
    );
}

#[test]
fn an_apa_issue_without_a_volume() {
    let w = parse_note("Ковальчук, О. (2021). Санкційна політика ЄС. Зовнішні справи, (3), 20–27.")
        .work;
    assert_eq!(w.number.as_deref(), Some("3"), "{w:?}");
    assert_eq!(w.volume, None);
}

#[test]
fn a_range_of_months_dates_to_its_first() {
    let w = parse_note(
        "Tom Example, \"Minsk and Moscow,\" Survival 61, no. 4 (August–September 2019): 33–50.",
    )
    .work;
    assert_eq!(
        w.date.map(|d| d.to_string()).as_deref(),
        Some("2019-08"),
        "{w:?}"
    );
}

#[test]
fn an_organisation_before_the_year_of_a_german_head() {
    let w = parse_note(
        "Bundesministerium des Innern (2019): Verfassungsschutzbericht 2018. Berlin: BMI.",
    )
    .work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "Bundesministerium des Innern"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Verfassungsschutzbericht 2018"));
}
