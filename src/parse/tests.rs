//! Unit tests of the note parser on whole notes.
use super::*;

#[test]
fn seed_style_note() {
    let p = parse_note(
        "Евгения Крючкова. \"Россия и Беларусь пришли к балансу [Russia and Belarus came to a balance].\" *Коммерсант*, March 27, 2023. <https://www.kommersant.ru/doc/5900590#:~:text=a>",
    );
    let w = &p.work;
    assert_eq!(w.authors, vec![Name::person("Крючкова", "Евгения")]);
    assert_eq!(
        w.title.as_deref(),
        Some("Россия и Беларусь пришли к балансу")
    );
    assert_eq!(
        w.title_translated.as_deref(),
        Some("Russia and Belarus came to a balance")
    );
    assert_eq!(w.container.as_deref(), Some("Коммерсант"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2023-03-27"));
    assert_eq!(w.entry_type, "article");
    assert_eq!(w.language.map(Language::iso), Some("ru"));
    assert!(p.confidence > 0.8, "{}", p.confidence);
}

#[test]
fn gost_article() {
    let p = parse_note(
        "Турарбекова Р. Белорусско-китайские отношения // Журнал международного права. 2020. № 1–2. С. 72–78.",
    );
    let w = &p.work;
    assert_eq!(w.authors, vec![Name::person("Турарбекова", "Р.")]);
    assert_eq!(w.title.as_deref(), Some("Белорусско-китайские отношения"));
    assert_eq!(w.container.as_deref(), Some("Журнал международного права"));
    assert_eq!(w.pages.as_deref(), Some("72--78"));
    assert_eq!(w.entry_type, "article");
}

#[test]
fn apa_article() {
    let p = parse_note(
        "Smith, J. A., & Doe, R. (2019). Belarus between Russia and China. Journal of Eurasian Studies, 10(2), 101–115. https://doi.org/10.1016/j.euras.2019.01.001",
    );
    let w = &p.work;
    assert_eq!(w.authors.len(), 2);
    assert_eq!(w.title.as_deref(), Some("Belarus between Russia and China"));
    assert_eq!(w.container.as_deref(), Some("Journal of Eurasian Studies"));
    assert_eq!(w.volume.as_deref(), Some("10"));
    assert_eq!(w.number.as_deref(), Some("2"));
    assert_eq!(w.doi.as_deref(), Some("10.1016/j.euras.2019.01.001"));
    assert_eq!(w.date, Some(Date::year(2019)));
}

#[test]
fn ibid_is_a_back_reference() {
    let p = parse_note("Ibid., 45.");
    assert_eq!(
        p.back_reference,
        Some(BackReference::Ibid {
            pinpoint: Some("45".into())
        })
    );
}
