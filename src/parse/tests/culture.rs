//! Unit tests of the readings notes on culture, literature and language
//! policy need: a film by `directed by` after its title and GOST's mark of
//! a recording, a report's title ending in the year it covers after a
//! comma, GOST's kind of a reader (`хрэстаматыя`) after the title, a wiki's
//! last edit in Belarusian or Russian, a Belarusian issue (`сш.`), GOST's
//! imprint with a place the labeller does not know, and an interview's
//! interviewer before the outlet. Each note is made up in a shape real
//! notes have.
use super::date;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_film_directed_by_after_its_title() {
    let w = parse_note(
        "Courtyards of Hrodna, directed by Alena Kazlova (Vilnius: Baltic Doc, 2019), 64 min.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Courtyards of Hrodna"), "{w:?}");
    assert_eq!(w.subtype, Some("video"), "{w:?}");
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { family, .. }] if family == "Kazlova"),
        "{w:?}"
    );
    let w = parse_note(
        "Дзікае паляванне караля Стаха [Видеозапись] / реж. В. Рубінчык. – Минск : Беларусьфильм, 1979.",
    )
    .work;
    assert_eq!(w.subtype, Some("video"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Дзікае паляванне караля Стаха"),
        "{w:?}"
    );
}

#[test]
fn a_report_s_title_ends_in_the_year_it_covers() {
    let w = parse_note(
        "Belarusian PEN, Culture under Pressure: Monitoring of Violations of the Rights of Writers, 2021 (Vilnius: Belarusian PEN, 2022), 9.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Culture under Pressure: Monitoring of Violations of the Rights of Writers, 2021"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2022"), "{w:?}");
}

#[test]
fn a_reader_s_kind_after_a_gost_title() {
    let w = parse_note(
        "Украинская литература XIX века : хрестоматия / сост. И. П. Коваль. – Киев : Рідна мова, 2005. – 410 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Украинская литература XIX века"),
        "{w:?}"
    );
}

#[test]
fn a_wiki_s_last_edit() {
    let w = parse_note(
        "«Нясвіжскі замак», Вікіпедыя, апошняя змена 12 сакавіка 2023, https://be.wikipedia.org/wiki/Нясвіжскі_замак.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Вікіпедыя"), "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("2023-03-12"), "{w:?}");
    let w = parse_note(
        "«Мирский замок», Википедия, последнее изменение 4 мая 2022, https://ru.wikipedia.org/wiki/Мирский_замок.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Википедия"), "{w:?}");
}

#[test]
fn a_belarusian_issue_mark() {
    let w = parse_note("Алесь Пашкевіч, «Літаратура памежжа», Arche 14, сш. 3 (2018): 55–70.").work;
    assert_eq!(w.volume.as_deref(), Some("14"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("3"), "{w:?}");
}

#[test]
fn a_gost_imprint_with_an_unknown_place() {
    let w = parse_note("Сейфуллин С. Көкшетау. – Алматы : Жазушы, 2012. – 240 б.").work;
    assert_eq!(w.location.as_deref(), Some("Алматы"), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("Жазушы"), "{w:?}");
}

#[test]
fn an_interviewer_before_the_outlet() {
    let w = parse_note(
        "Maryna Shcharbakova, “Theatre without a Stage,” interview by Iryna Vidanava, Belsat, 3 June 2022, https://belsat.eu/en/news/03-06-2022-theatre.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Belsat"), "{w:?}");
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { family, .. }] if family == "Shcharbakova"),
        "{w:?}"
    );
}
