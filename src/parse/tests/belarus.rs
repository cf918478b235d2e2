//! Unit tests of the readings the set of Belarus-watching notes
//! (`tests/data/footnotes/belarus-sources.tsv`) led to: Belarusian months
//! in the classical orthography (`сьнежня`, `верасьня`) and in Łacinka,
//! `б.` as a page count, initials of two letters (`Дз.`), a body named in
//! guillemets heading its title, a one-word body heading a yearbook, a
//! series of papers after a GOST title, a post's time and kind, a
//! possessive opening a title after the names, a poll's results, places
//! joined by a semicolon in a collection's imprint, a subtitle before an
//! imprint in brackets, a translation of one word, family names with
//! initials before a title and a bracketed imprint. Each note is made up in
//! a shape real notes have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

fn person(w: &Work) -> Option<(&str, &str)> {
    match w.authors.first() {
        Some(Name::Person { family, given, .. }) => Some((family, given)),
        _ => None,
    }
}

fn body(w: &Work) -> Option<&str> {
    match w.authors.first() {
        Some(Name::Organization(o)) => Some(o),
        _ => None,
    }
}

#[test]
fn belarusian_months_in_the_classical_orthography_and_in_lacinka() {
    let w =
        parse_note("Акудовіч В. Мапа беларускага сьвету // Радыё Свабода. 2018. 7 сьнежня.").work;
    assert_eq!(w.date, Date::new(2018, Some(12), Some(7)));
    assert_eq!((w.volume, w.pages), (None, None));
    let w = parse_note("Андрэй Хадановіч. Вершы // Новы Час. 2020. 11 верасьня. С. 8.").work;
    assert_eq!(w.date, Date::new(2020, Some(9), Some(11)));
    let w = parse_note("Andrej Chadanovič, “Vieršy” [Poems], Naša Niva, 14 lutaha 2020.").work;
    assert_eq!(w.date, Date::new(2020, Some(2), Some(14)));
    assert_eq!(w.title.as_deref(), Some("Vieršy"));
    assert_eq!(w.title_translated.as_deref(), Some("Poems"));
    assert_eq!(w.container.as_deref(), Some("Naša Niva"));
    // Words that open like a month's Łacinka name are none.
    let w = parse_note("Lista de libros prohibidos, Madrid, 2019.").work;
    assert_eq!(w.date.and_then(|d| d.month), None);
}

#[test]
fn a_page_count_and_initials_of_two_letters() {
    let p = parse_note("Бабкоў І. Геаграфія ўяўнага. Менск : Логвінаў, 2005. 210 б.");
    assert_eq!(p.work.pagetotal.as_deref(), Some("210"));
    assert_eq!(p.pinpoint, None);
    let w = parse_note("Санько Дз. Пра мову. Мінск : Мастацкая літаратура, 2003. 120 с.").work;
    assert_eq!(person(&w), Some(("Санько", "Дз.")));
    assert_eq!(w.title.as_deref(), Some("Пра мову"));
    let w = parse_note("Мілінкевіч Дз. Пра рэгіёны // Arche. 2019. № 2. С. 5–9.").work;
    assert_eq!(person(&w), Some(("Мілінкевіч", "Дз.")));
    // Romanized, and a suffix that is no initial.
    let w = parse_note("Gudkov Yu. Rossiia i Belarus’. Moscow: Nauka, 2001.").work;
    assert_eq!(person(&w), Some(("Gudkov", "Yu.")));
    let w = parse_note("Mauricio Breternitz Jr., Binary translation, Proc. ACM, 2007, 4–15.").work;
    assert_eq!(person(&w).map(|(f, _)| f), Some("Breternitz"));
}

#[test]
fn bodies_heading_their_documents() {
    let w = parse_note(
        "Інстытут «Палітычная сфера». Беларусь у рэгіёне : аналітычная запіска. Вільня, 2022.",
    )
    .work;
    assert_eq!(body(&w), Some("Інстытут «Палітычная сфера»"));
    assert_eq!(w.title.as_deref(), Some("Беларусь у рэгіёне"));
    assert_eq!(w.entry_type, "report");
    let w = parse_note("ПАО «Беларуськалий». Годовой отчет за 2019 год. Солигорск, 2020.").work;
    assert_eq!(body(&w), Some("ПАО «Беларуськалий»"));
    let w = parse_note(
        "Росстат. Российский статистический ежегодник, 2021. М. : Росстат, 2021. С. 40.",
    )
    .work;
    assert_eq!(body(&w), Some("Росстат"));
    assert!(
        w.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Российский статистический ежегодник")),
        "{:?}",
        w.title
    );
}

#[test]
fn a_series_of_papers_after_a_gost_title() {
    let w = parse_note(
        "Кузняцоў А. Рынак працы. BEROC Working Paper № 80. Вільнюс : BEROC, 2022. 30 с.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Рынак працы"));
    assert_eq!(w.number.as_deref(), Some("80"));
    assert_eq!(w.container.as_deref(), Some("BEROC Working Paper"));
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_posts_time_and_kind() {
    let w =
        parse_note("Zerkalo, post, Telegram, May 3, 2023, 09:05, https://t.me/zerkalo_x/5.").work;
    assert_eq!(w.date, Date::new(2023, Some(5), Some(3)));
    assert_eq!(w.volume, None);
    let w = parse_note(
        "Зеркало. Итоги дня [пост] // Telegram. 2023. 4 мая. URL: https://t.me/zerkalo_x/6.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Итоги дня"));
    assert_eq!(w.title_translated, None);
    // A year alone before a volume and page: Vancouver's, no time.
    let w = parse_note("Smith J. Aspirin. Lancet. 2001; 10:15.").work;
    assert_eq!(w.volume.as_deref(), Some("10"));
}

#[test]
fn english_notes_on_belarusian_sources() {
    let w = parse_note(
        "Olga Dryndova and Ivan Kruk, Belarus’ Opposition in Exile, Working Paper (Berlin: ZOiS, 2023), 4.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Belarus’ Opposition in Exile"));
    let w = parse_note(
        "Centre for East European Studies, “Trust in Institutions,” survey, wave 2 (Vilnius: CEES, 2022).",
    )
    .work;
    assert_eq!(w.entry_type, "report");
    let w = parse_note(
        "Anna Maria Dyner, Belarus Watch: Annual Review, no. 3 (Warsaw: PISM, 2021), 11.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Belarus Watch: Annual Review"));
    assert_eq!(w.container, None);
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_collection_published_in_two_places() {
    let w = parse_note(
        "Пазьняк З. Беларусь і Эўропа // Беларусь у XX ст. : зборнік / рэд. А. Сідарэвіч. Вільня ; Варшава : Бонус, 2001. Б. 5–20.",
    )
    .work;
    assert_eq!(w.entry_type, "incollection");
    assert_eq!(w.container.as_deref(), Some("Беларусь у XX ст."));
    assert_eq!(w.pages.as_deref(), Some("5--20"));
}

#[test]
fn listed_initials_before_a_title_and_an_imprint_in_brackets() {
    let p = parse_note(
        "Chubrik A., Shymanovich G. Belarus Trade Outlook, no. 4 (Minsk: IPM Research Center, 2019), 12.",
    );
    assert_eq!(p.work.authors.len(), 2);
    assert_eq!(p.work.title.as_deref(), Some("Belarus Trade Outlook"));
    assert_eq!(p.pinpoint.as_deref(), Some("12"));
}
