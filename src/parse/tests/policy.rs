//! Unit tests of the readings policy endnotes need: outlets before unsigned
//! items, dates after a quoted title, Slavic organisations, document
//! symbols and report codes, genre words before a site. Each note is made
//! up in a shape real notes have.
use crate::entry::Name;
use crate::parse::*;

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

#[test]
fn an_issue_with_its_running_number_in_brackets() {
    let w = parse_note(
        "Иванов П. Союзное государство: итоги // Вопросы экономики. 2021. № 7 (112). С. 40–52.",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("7"), "{w:?}");
    assert_eq!(w.volume, None);
}

#[test]
fn an_unsigned_gost_item_whose_title_opens_with_a_name_and_colon() {
    let w = parse_note("Макей: санкции не изменят курс // Sputnik Беларусь. 2021. 5 июля. URL: https://sputnik.by/20210705/123.html").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Макей: санкции не изменят курс"));
}

#[test]
fn a_title_ending_in_a_year_before_its_imprint() {
    let w =
        parse_note("European Investment Bank, Investment Report 2023 (Luxembourg, 2024), 8.").work;
    assert_eq!(w.title.as_deref(), Some("Investment Report 2023"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2024));
    assert_eq!(w.location.as_deref(), Some("Luxembourg"));
    assert_eq!(w.publisher, None);
}

#[test]
fn a_book_cited_whole_under_its_editors() {
    let w = parse_note(
        "Anna Nowak and Piotr Lis, eds., Borderlands of Europe (London: Routledge, 2016).",
    )
    .work;
    assert_eq!(w.entry_type, "collection", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Borderlands of Europe"));
}

#[test]
fn a_papers_number_in_its_series() {
    let w = parse_note("Anna Maria Dyner, Belarus and the Union State, PISM Policy Paper 201 (Warsaw: Polish Institute of International Affairs, 2021).").work;
    assert_eq!(w.number.as_deref(), Some("201"), "{w:?}");
    let w = parse_note("Marek Menkiszak, \"Russia's Long War,\" OSW Point of View no. 71, Centre for Eastern Studies, 3 May 2019.").work;
    assert_eq!(w.number.as_deref(), Some("71"), "{w:?}");
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_decree_with_its_number_before_the_title() {
    let w = parse_note("Указ Президента Республики Беларусь № 136 «О мерах по защите суверенитета» от 25 марта 2023 г.").work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.number.as_deref(), Some("136"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("О мерах по защите суверенитета"));
}

#[test]
fn an_interview_by_the_author() {
    let w = parse_note("Olga Karach, telephone interview by the author, 3 April 2021.").work;
    assert!(
        matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Karach"),
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Telephone interview by the author")
    );
    assert_eq!(w.entry_type, "misc");
}

#[test]
fn a_parliament_texts_codes_and_the_date_in_its_title() {
    let w = parse_note("European Parliament, Resolution of 21 January 2021 on the EU strategy for Belarus (2020/2884(RSP)), P9_TA(2021)0016.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Resolution of 21 January 2021 on the EU strategy for Belarus"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("P9_TA(2021)0016"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2021-01-21"));
}

#[test]
fn a_sites_first_words_after_a_translated_title() {
    let w = parse_note(
        "Dmitri Trenin, \"Novaya Yevropa\" [The New Europe], Moscow Carnegie Center, 2 June 2019.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Moscow Carnegie Center"),
        "{w:?}"
    );
}

#[test]
fn in_inside_an_apa_title_after_a_quotation() {
    let w = parse_note("Way, L. (2015). 'Pluralism by default' in the post-Soviet states. Comparative Politics, 47(2), 1–20.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("'Pluralism by default' in the post-Soviet states"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Comparative Politics"));
}

#[test]
fn a_dataset_named_as_such() {
    let w = parse_note("OECD, \"Trade in Value Added,\" dataset TIVA_2021, accessed 9 March 2024.")
        .work;
    assert_eq!(w.entry_type, "dataset", "{w:?}");
}

#[test]
fn an_organisations_report_titled_with_a_quotation() {
    let w = parse_note("International Federation for Human Rights, Belarus: “Torture Is Systemic” (Paris: FIDH, 2022).").work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "International Federation for Human Rights"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Belarus: “Torture Is Systemic”"));
    // The German form of a person's name keeps its given name.
    let w = parse_note("Keller, Anna: \"Die Grenze\". In: Osteuropa 70 (2020), S. 5–9.").work;
    assert!(
        matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Keller"),
        "{w:?}"
    );
}

#[test]
fn a_countrys_letters_after_an_accounts_name() {
    let w = parse_note("Department of State (US), \"Statement on Belarus,\" 9 August 2021, https://twitter.com/StateDept/status/1424000000000000000.").work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "Department of State (US)"),
        "{w:?}"
    );
}

#[test]
fn an_acronym_before_a_title_is_no_persons_name() {
    let w = parse_note("Rosstat, Regional Statistics of Russia 2021 (Moscow: Federal State Statistics Service, 2021), 14.").work;
    assert!(
        matches!(&w.authors[..], [Name::Organization(o)] if o == "Rosstat"),
        "{w:?}"
    );
    assert!(
        w.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Regional Statistics")),
        "{w:?}"
    );
}

#[test]
fn a_pages_kind_after_its_name_leaves_the_title() {
    let w = parse_note("IOM, Displacement Tracking Matrix, data portal, https://dtm.iom.int/ukraine (accessed 5 June 2023).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Displacement Tracking Matrix"),
        "{w:?}"
    );
}

#[test]
fn a_polish_series_number_after_its_year() {
    // The series quoted or not, its year, then "nr": the paper's number,
    // not a page.
    for note in [
        "Piotr Żochowski, „Rosja wobec Białorusi”, Komentarze OSW, 2021, nr 412.",
        "Marta Nowak, „Ukraina po wyborach”, „Komentarze OSW” 2019, nr 305.",
        "M. Nowak, J. Kowal, Mołdawia na rozdrożu: gospodarka i polityka, „Komentarze OSW” 2018, nr 270.",
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.entry_type, "report", "{note}: {w:?}");
        assert_eq!(
            w.container.as_deref(),
            Some("Komentarze OSW"),
            "{note}: {w:?}"
        );
        assert!(
            w.number
                .as_deref()
                .is_some_and(|n| note.contains(&format!("nr {n}."))),
            "{note}: {w:?}"
        );
        assert!(w.pages.is_none(), "{note}: {w:?}");
    }
}
