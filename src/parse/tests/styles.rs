//! Unit tests of what reference styles' typography and imprints tell the
//! parser: italics that set a work's own title (APA, MLA, Chicago), an
//! issue after an italic volume, a place and publisher after a colon, a
//! day and month after the year, GOST's thesis and conference marks. Each
//! note is made up and fails without the rule it names.
use crate::entry::Name;
use crate::parse::*;

fn family(w: &Work) -> String {
    match w.authors.first().or(w.editors.first()) {
        Some(Name::Person { family, .. }) => family.clone(),
        Some(Name::Organization(o)) => o.clone(),
        _ => String::new(),
    }
}

/// APA sets the volume in italics, not the issue: `*Journal, 36*(2)`.
#[test]
fn an_issue_after_an_italic_volume() {
    let w = parse_note(
        "Novik, T. (2020). Sanctions and trade in Eastern Europe. *Post-Soviet Affairs, 36*(2), 101–118.",
    )
    .work;
    assert_eq!(w.volume.as_deref(), Some("36"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("2"), "{w:?}");
}

/// `*Title*. Name.`: a plain name after an italic title is its publisher.
#[test]
fn a_plain_name_after_an_italic_title_is_the_publisher() {
    let w = parse_note(
        "Shubin, K. (2019). *Minsk after the crisis: A field guide*. Centre for Regional Studies.",
    )
    .work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("Centre for Regional Studies"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
    assert_eq!(w.entry_type, "book");
}

/// MLA's editors, then the italic title run into the publisher.
#[test]
fn an_italic_title_run_into_its_publisher() {
    let w = parse_note(
        "Silitski, Vitali, and Jan Zaprudnik, editors. *Historical Dictionary of Belarus*. Scarecrow Studies Centre, 2007.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Historical Dictionary of Belarus"),
        "{w:?}"
    );
    assert_eq!(w.publisher.as_deref(), Some("Scarecrow Studies Centre"));
    assert_eq!(w.container, None);
}

/// A plain title with its translation, then the italic newspaper.
#[test]
fn a_translated_title_before_an_italic_newspaper() {
    let w = parse_note(
        "Sergeev, M. (2022, June 3). Soyuznoe gosudarstvo poluchit novyi byudzhet [The Union State will get a new budget]. *Izvestiya*. https://iz.ru/1345",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Soyuznoe gosudarstvo poluchit novyi byudzhet"),
        "{w:?}"
    );
    assert_eq!(
        w.title_translated.as_deref(),
        Some("The Union State will get a new budget")
    );
    assert_eq!(w.container.as_deref(), Some("Izvestiya"));
}

/// GOST gives the day and month after the year: "2021. 3 марта."
#[test]
fn a_day_and_month_after_the_year() {
    let w = parse_note("Петров И. Саммит в Минске // Известия. 2021. 3 марта.").work;
    assert_eq!(
        w.date.map(|d| d.to_string()).as_deref(),
        Some("2021-03-03"),
        "{w:?}"
    );
}

/// GOST's thesis mark after the title.
#[test]
fn a_gost_thesis_mark_after_the_title() {
    let w = parse_note(
        "Сидоров П. А. Интеграционные процессы в СНГ: автореф. дис. … д-ра полит. наук. М., 2015. 40 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Интеграционные процессы в СНГ"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "thesis");
}

/// APA's kind of report in brackets after the title.
#[test]
fn a_report_kind_in_brackets() {
    let w = parse_note(
        "Rudnik, L. (2022). *Belarus after 2020* (Working Paper). Centre for East European Studies.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Working Paper"), "{w:?}");
    assert_eq!(w.entry_type, "report");
}

/// Harvard's "Place: Publisher" read as a container.
#[test]
fn a_place_and_publisher_read_as_a_container() {
    let w = parse_note(
        "Karbalevich, V. (2011) 'Minsk between two fires', in Marples, D. (ed.) *Belarus in transition*. Warsaw: Centre for Eastern Studies, pp. 14–29.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Warsaw"), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("Centre for Eastern Studies"));
    assert_eq!(w.container.as_deref(), Some("Belarus in transition"));
}

/// Harvard's "(no date)" after an organisation.
#[test]
fn no_date_after_the_author() {
    let w = parse_note(
        "Ministry of Economy of the Republic of Belarus (no date) *Foreign investment*. Available at: https://economy.gov.by/en/investment/ (Accessed: 3 May 2023).",
    )
    .work;
    assert_eq!(
        family(&w),
        "Ministry of Economy of the Republic of Belarus",
        "{w:?}"
    );
    assert!(w.undated);
}

/// Quotes inside an italic title are a word's.
#[test]
fn quotes_inside_an_italic_title() {
    let w = parse_note(
        "Jana Kobzova, *Belarus: The \"Last Dictatorship\" Revisited*, ECFR Policy Brief 12 (London: European Council on Foreign Relations, 2012), 5.",
    )
    .work;
    assert_eq!(family(&w), "Kobzova", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Belarus: The \"Last Dictatorship\" Revisited")
    );
    assert_eq!(w.entry_type, "report");
    assert_eq!(w.number.as_deref(), Some("12"));
}

/// Dates inside an italic title stay in it.
#[test]
fn dates_inside_an_italic_title() {
    let w = parse_note(
        "United Nations Human Rights Council, *Situation of Human Rights in Belarus, 1 May 2020 to 31 March 2021: Report of the Special Rapporteur* (Geneva: United Nations, 2021), 7.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Situation of Human Rights in Belarus, 1 May 2020 to 31 March 2021: Report of the Special Rapporteur"
        ),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2021));
}

/// DSTU 8302: family name and initials, then the title, with only the
/// initials' stop between them (the note of `references.tsv` the rule was
/// written for: the labeller misreads this shape only now and then).
#[test]
fn a_title_after_the_initials() {
    let w = parse_note(
        "Шевчук О. Білорусь між Росією та Заходом. Зовнішні справи. 2021. № 3. С. 12–17.",
    )
    .work;
    assert_eq!(family(&w), "Шевчук", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Білорусь між Росією та Заходом"));
}

/// The publisher's first word read as part of the place.
#[test]
fn the_publishers_first_word_after_the_place() {
    let w = parse_note(
        "Maria Kowalska, \"Belarus Between East and West,\" in Borderlands Revisited, ed. Jan Nowak (Warsaw: New Eastern Institute, 2018), 12–30.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Warsaw"), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("New Eastern Institute"));
}

/// GOST names the conference's place and days in its proceedings' title.
#[test]
fn a_conference_place_and_days_in_the_proceedings_title() {
    let w = parse_note(
        "Иванов С. В. Энергетическая безопасность // Актуальные проблемы международных отношений : материалы Междунар. науч.-практ. конф., Минск, 14–15 мая 2020 г. Минск : БГУ, 2020. С. 33–40.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some(
            "Актуальные проблемы международных отношений : материалы Междунар. науч.-практ. конф., Минск, 14–15 мая 2020 г."
        ),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2020"));
    assert_eq!(w.pages.as_deref(), Some("33--40"));
}

/// A linked page whose site the labeller read as a publisher.
#[test]
fn a_linked_page_on_a_site() {
    let w = parse_note(
        "Kłysiński, K. (2021). Belarus and the sanctions. Centre for Eastern Studies. https://www.osw.waw.pl/en/publikacje/analyses/2021-06-22/belarus",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Centre for Eastern Studies"),
        "{w:?}"
    );
    assert_eq!(w.publisher, None);
    assert_eq!(w.entry_type, "online");
}

/// Harvard's "in Editor (ed.) *Book*": the labeller's second title, after
/// "in" and the editors, is the book the chapter is in.
#[test]
fn a_second_title_after_in_and_the_editors() {
    let w = parse_note(
        "Rudnik, L. (2020) 'Protest and repression', in Bedford, S. (ed.) *Belarus after the election*. Oxford: Hart Publishing, pp. 41–60.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Belarus after the election"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "incollection");
}

/// An acronym before an organisation's word is not a family name.
#[test]
fn an_acronym_before_an_organisation_word() {
    let w = parse_note(
        "TASS Agency (2021) 'Putin and Lukashenko discuss integration', 9 September. Available at: https://tass.com/politics/1335001 (Accessed: 2 May 2023).",
    )
    .work;
    assert_eq!(family(&w), "TASS Agency", "{w:?}");
}

/// A title that is only GOST's thesis mark: the real title was read with
/// the author.
#[test]
fn a_thesis_mark_read_as_the_title() {
    let w = parse_note(
        "Петровский А. С. Внешнеэкономическая политика Республики Беларусь: дис. … канд. экон. наук: 08.00.14. Минск, 2017. 210 с.",
    )
    .work;
    assert_eq!(family(&w), "Петровский", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Внешнеэкономическая политика Республики Беларусь")
    );
    assert_eq!(w.entry_type, "thesis");
}

/// APA's bracketed series with its number, then the publisher.
#[test]
fn a_bracketed_series_with_a_number() {
    let w = parse_note(
        "Wierzbowska-Miazga, A. (2019). *Belarus and its neighbours* (OSW Report No. 77). Centre for Eastern Studies.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("77"));
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("Centre for Eastern Studies")
    );
}

/// A year opening a title's second part, the imprint's year after it: the
/// first year is the title's, the date the imprint's; the person before
/// the comma is the author though the title's first words look like an
/// organisation's ("im Osten").
#[test]
fn a_year_opening_the_titles_second_part() {
    let w = parse_note(
        "Katrin Vogel, Aufbruch im Osten. 1991 und die Neuordnung Europas, Leipzig 2015, S. 12.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Aufbruch im Osten. 1991 und die Neuordnung Europas"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2015), "{w:?}");
    assert_eq!(family(&w), "Vogel");
    let w =
        parse_note("Dmitri Orlov, 1991: The Year the Union Ended (Boston: Harbor Press, 2016).")
            .work;
    assert_eq!(
        w.title.as_deref(),
        Some("1991: The Year the Union Ended"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2016), "{w:?}");
    // An author-date style's year, then a title with a year in it: the
    // first year is the date.
    let w = parse_note("Kowal, P. 2018. Minsk after 1994. Warsaw: Vistula Press, 2019.").work;
    assert_eq!(w.date.map(|d| d.year), Some(2018), "{w:?}");
}

#[test]
fn apa_book_with_its_publisher_alone() {
    let w = parse_note("Vargas Llosa, M. (1963). La ciudad y los perros. Seix Barral.").work;
    assert_eq!(w.entry_type, "book", "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("Seix Barral"));
    assert_eq!(w.container, None);
    // An abbreviated journal without numbers stays a journal.
    let w = parse_note(
        "Okafor, N. (2004). Tidal mixing in shallow estuaries. Estuar. Coast. Shelf Sci.",
    )
    .work;
    assert_eq!(w.publisher, None, "{w:?}");
}
