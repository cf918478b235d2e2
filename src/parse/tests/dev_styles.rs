//! Unit tests of the readings the development set of the held-out
//! evaluation (`tests/it/heldout.rs`: works rendered in the NLM, CSE and
//! German psychologists' styles, never trained on) led to: a page range
//! whose end a style shortened is written out, NLM's and CSE's volume,
//! issue and pages glued after the journal, a page range with an em dash
//! or a full-width tilde (`页 25～61`), APA dates in other languages'
//! order (`(2013, 23. März)`), an abbreviated journal with stops whose
//! first words were read with the title, and the Russian and Ukrainian
//! "in" of APA before a book's editors (`В А. Бабенко (Ред.)`), a Russian
//! journal named with its series after a stop, and a Chinese article's
//! title read with the last name in Vancouver's form. Each note is made up in a
//! shape real notes have, and differs from the set's.
use crate::parse::*;

#[test]
fn a_shortened_page_range_is_written_out() {
    let w =
        parse_note("Anna Petrova, \"Grain and Power,\" Slavic Review 71, no. 2 (2012): 1388–97.")
            .work;
    assert_eq!(w.pages.as_deref(), Some("1388--1397"));
    let w = parse_note("Lee K, Park J. Arsenic in rice. Lancet. 2019;393(2):98-9.").work;
    assert_eq!(w.pages.as_deref(), Some("98--99"));
    // A range that ends before it starts was not shortened; it stays.
    let w = parse_note("Lee K, Park J. Arsenic in rice. Lancet. 2019;393(2):98-12.").work;
    assert_eq!(w.pages.as_deref(), Some("98--12"));
}

#[test]
fn cse_volume_issue_and_pages_after_the_journal() {
    let w = parse_note(
        "Novak T, Horvat M. 2016. Migration and the border regime. East European Quarterly. 44(2):201–226",
    )
    .work;
    assert_eq!(w.volume.as_deref(), Some("44"));
    assert_eq!(w.number.as_deref(), Some("2"));
    assert_eq!(w.pages.as_deref(), Some("201--226"));
}

#[test]
fn page_ranges_with_an_em_dash_or_a_full_width_tilde() {
    let w = parse_note(
        "Соколов П. Энергетическая политика Беларуси. Мировая экономика. 2018;62(4):77—89.",
    )
    .work;
    assert_eq!(w.pages.as_deref(), Some("77--89"));
    let w = parse_note("王磊. 中白工业园的发展. 国际问题研究. 2019;40(3):51～60.").work;
    assert_eq!(w.pages.as_deref(), Some("51--60"));
}

#[test]
fn apa_dates_with_the_day_before_the_month() {
    let w = parse_note("Schmidt, L. (2021, 14. Februar). Die Opposition im Exil. *Die Zeit*.").work;
    assert_eq!(
        w.date,
        Some(crate::entry::Date::new(2021, Some(2), Some(14)).expect("date"))
    );
    assert_eq!(w.title.as_deref(), Some("Die Opposition im Exil"));
    let w = parse_note("Martin, C. (2020, 9 août). Loukachenko réélu. *Libération*.").work;
    assert_eq!(
        w.date,
        Some(crate::entry::Date::new(2020, Some(8), Some(9)).expect("date"))
    );
    assert_eq!(w.title.as_deref(), Some("Loukachenko réélu"));
}

#[test]
fn an_abbreviated_journal_with_stops_after_the_title() {
    let w = parse_note(
        "Kim S, Lopez R. Wage arrears and protest. Int. J. Soc. Econ. 2015;42(7):610-24.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Wage arrears and protest"));
    assert_eq!(w.container.as_deref(), Some("Int. J. Soc. Econ"));
    assert_eq!(w.pages.as_deref(), Some("610--624"));
}

#[test]
fn apa_in_russian_and_ukrainian_names_the_book_s_editors_after_its_in() {
    let w = parse_note(
        "Орлова, Е. (2017). Таможенный союз и торговля. В П. Смирнов & Д. Ким (Ред.), Евразийская интеграция (сс. 31–47). Москва: Аспект Пресс.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Таможенный союз и торговля"));
    assert_eq!(w.container.as_deref(), Some("Евразийская интеграция"));
    assert_eq!(w.editors.len(), 2);
    let w = parse_note(
        "Гнатюк, В. (2021). Мовна політика. У О. Кравчук (Ред.), Україна після 2014 року (с. 12–29). Львів: Апріорі.",
    )
    .work;
    assert_eq!(w.editors, vec![crate::entry::Name::person("Кравчук", "О.")]);
    assert_eq!(w.entry_type, "incollection");
}

#[test]
fn a_journal_named_with_its_series_after_a_stop_is_one_journal() {
    let w = parse_note(
        "Лазарев, А. (2019). Белорусская модель приватизации. Вестник Санкт-Петербургского университета. Серия: Экономика, 35(2), 210–232.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Белорусская модель приватизации"));
    assert_eq!(
        w.container.as_deref(),
        Some("Вестник Санкт-Петербургского университета. Серия: Экономика")
    );
}

#[test]
fn a_chinese_title_in_vancouver_s_form_is_no_name() {
    let w = parse_note("刘洋, 陈静. 中欧班列与白俄罗斯物流. 欧亚经济. 2021;12(2):88-97.").work;
    assert_eq!(
        w.authors,
        vec![
            crate::entry::Name::Organization("刘洋".into()),
            crate::entry::Name::Organization("陈静".into())
        ]
    );
    assert_eq!(w.title.as_deref(), Some("中欧班列与白俄罗斯物流"));
    assert_eq!(w.container.as_deref(), Some("欧亚经济"));
}
