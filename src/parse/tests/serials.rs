//! Unit tests of the readings the set of Russian, Ukrainian and Belarusian
//! serials (`tests/data/footnotes/slavic-serials.tsv`) led to: Ukrainian
//! `Вип.` as an issue, `№` read into the date before the issue, Belarusian
//! and Ukrainian months abbreviated in a newspaper's date, a list of pages
//! (`С. 2, 6.`), GOST 7.1's page count between dashes, chief and
//! responsible editors (`гл. ред.`, `відп. ред.`), a collection's book
//! numbered before a place without publisher, proceedings and abstracts
//! named with their conference's days, a series run past the year, a news
//! outlet heading an unsigned item (`Радио Свобода. …`); and, from the
//! Ukrainian policy set (`ukrainian-policy.tsv`), DSTU's `берез.` and
//! `листоп.`, `: посібник` and `: аналіт. доп.` after a title, `Ч.` as a
//! journal's issue, a title with stops before a place refman does not
//! list. Each
//! note is made up in a shape real notes have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_ukrainian_issue_and_a_number_after_the_mark_read_as_date() {
    let w =
        parse_note("Бойко О. Земства // Український історичний журнал. 2016. Вип. 3. С. 40–58.")
            .work;
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (None, Some("3"))
    );
    let w = parse_note("Договор о дружбе // Правда. 1945. 7 мая. № 108. С. 1.").work;
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (None, Some("108"))
    );
}

#[test]
fn a_newspaper_dated_by_an_abbreviated_month() {
    let w = parse_note("Коваль І. Вибори // Дзеркало тижня. 2019. 14 квіт. С. 2, 6.").work;
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(4), Some(14))));
    assert_eq!(w.pages.as_deref(), Some("2, 6"));
    assert_eq!(w.volume, None);
    let w = parse_note("Сяргей К. Мова // Звязда. 2021. 9 чэрв. С. 5.").work;
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(6), Some(9))));
    assert_eq!(w.volume, None);
}

#[test]
fn a_page_count_between_gost_s_dashes() {
    let p = parse_note(
        "Орлов, А. Б. Очерки / А. Б. Орлов. – Казань : Фэн, 2014. – 198 с. – ISBN 978-5-9690-0001-1.",
    );
    assert_eq!(p.work.pagetotal.as_deref(), Some("198"));
    assert_eq!(p.pinpoint, None);
}

#[test]
fn chief_and_responsible_editors() {
    let w = parse_note("Очерки истории Гродно / гл. ред. В. В. Носов. Гродно : ГрГУ, 2010. С. 12.")
        .work;
    assert!(
        w.editors
            .iter()
            .any(|e| matches!(e, Name::Person { family, .. } if family == "Носов")),
        "{w:?}"
    );
    let w = parse_note("Руденко В. Стаття // Минуле і сучасне : зб. наук. пр. / відп. ред. Т. Гончар. Харків : Фоліо, 2012. С. 7–15.").work;
    assert_eq!(w.entry_type, "incollection");
    assert!(
        w.editors
            .iter()
            .any(|e| matches!(e, Name::Person { family, .. } if family == "Гончар")),
        "{w:?}"
    );
}

#[test]
fn a_numbered_book_of_papers_without_a_publisher() {
    let w = parse_note("Зуев Г. Налоги // Экономика и право : сб. ст. / под ред. А. А. Орлова. Вып. 5. Гомель, 2011. С. 21–28.").work;
    assert_eq!(w.entry_type, "incollection");
    assert_eq!(w.container.as_deref(), Some("Экономика и право"));
}

#[test]
fn proceedings_and_abstracts_named_with_the_conference_s_days() {
    let w = parse_note("Мороз А. Медыя // Медыяпрастора : матэрыялы Рэсп. навук. канф., Мінск, 3–4 сак. 2017 г. Мінск : БДУ, 2017. С. 9–12.").work;
    assert_eq!(w.entry_type, "inproceedings");
    assert_eq!(
        w.container.as_deref(),
        Some("Медыяпрастора : матэрыялы Рэсп. навук. канф., Мінск, 3–4 сак. 2017 г.")
    );
    assert_eq!(w.date, Some(crate::entry::Date::year(2017)));
    let w = parse_note("Гнатюк М. Тези // Журналістика і суспільство : тези доп. наук. конф., Львів, 5–6 жовт. 2020 р. Львів : ЛНУ, 2020. С. 3–5.").work;
    assert_eq!(w.entry_type, "inproceedings");
}

#[test]
fn a_series_read_on_past_the_year() {
    let w = parse_note("Левченко Т. Медіа // Вісник Харківського університету. Серія: Соціологія. 2017. Вип. 2 (38). С. 60–66.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Вісник Харківського університету. Серія: Соціологія")
    );
    assert_eq!(w.date.map(|d| d.year), Some(2017));
}

#[test]
fn an_outlet_heading_an_unsigned_item_is_a_body() {
    let w = parse_note("Радио Свобода. Минск ответил на санкции. 2022. 3 марта. URL: https://www.svaboda.org/a/31700000.html (дата обращения: 04.03.2022).").work;
    assert_eq!(w.authors, vec![Name::Organization("Радио Свобода".into())]);
    // A person's name in the same place stays a person's.
    let w =
        parse_note("Ирина Петрова. Минск ответил на санкции. 2022. URL: https://example.org/a/1")
            .work;
    assert!(
        !matches!(w.authors.as_slice(), [Name::Organization(_)]),
        "{w:?}"
    );
}

#[test]
fn dstu_months_kinds_and_issues() {
    let w = parse_note("Бондар Т. Мова фронту // Українська правда. 2023. 7 берез. URL: https://www.pravda.com.ua/articles/2023/03/7/7392000/.").work;
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(3), Some(7))));
    let w = parse_note("Ткач О. Вибори // Урядовий кур'єр. 2019. 2 листоп. № 210. С. 4.").work;
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(11), Some(2))));
    assert_eq!(w.number.as_deref(), Some("210"));
    // "посібник", "аналіт. доп.": the kind after the title goes; a report
    // is one.
    let w = parse_note("Лисенко П. Політологія : посібник. Львів : Світ, 2010. 300 с.").work;
    assert_eq!(w.title.as_deref(), Some("Політологія"));
    let w = parse_note(
        "Інститут світової політики. Україна і Польща після війни : аналіт. доп. Київ, 2023. 30 с.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Україна і Польща після війни"));
    assert_eq!(w.entry_type, "report");
    // "Ч." after a journal's year is its issue.
    let w = parse_note("Гнатюк О. Пам'ять // Критика. 2021. Ч. 3–4. С. 2–7.").work;
    assert_eq!((w.volume, w.number.as_deref()), (None, Some("3–4")));
}

#[test]
fn a_title_with_stops_before_a_place_refman_does_not_list() {
    let w =
        parse_note("Стецюк Р. Мова. Культура. Ідентичність. Ужгород : Карпати, 2012. С. 40.").work;
    assert_eq!(w.title.as_deref(), Some("Мова. Культура. Ідентичність"));
    assert_eq!(w.location.as_deref(), Some("Ужгород"));
}
