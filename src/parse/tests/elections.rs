//! Unit tests of the readings election and opinion-poll notes need: codes
//! named by their name, Belarusian codes, electoral bodies in Polish and
//! Romanian, civic bodies named in guillemets, a Polish act after the body
//! that issued it, a body's act by its kind, number and year, a Venice
//! Commission opinion's code, a statement or survey dated at a place, a
//! series and number after a quoted title, a German journal's `H.`, a
//! Ukrainian survey's kind after GOST's colon, an arXiv identifier with its
//! subject class, and a title's "in" taken for a container's. Each note is
//! made up in a shape real notes have.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn codes_are_named_by_their_name() {
    for (note, title, number) in [
        (
            "Уголовный кодекс Российской Федерации от 13.06.1996 № 63-ФЗ (ред. от 29.05.2024).",
            "Уголовный кодекс Российской Федерации",
            "63-ФЗ",
        ),
        (
            "Кодэкс Рэспублікі Беларусь аб адукацыі ад 13 студзеня 2011 г. № 243-З.",
            "Кодэкс Рэспублікі Беларусь аб адукацыі",
            "243-З",
        ),
        (
            "Податковий кодекс України від 02.12.2010 № 2755-VI.",
            "Податковий кодекс України",
            "2755-VI",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.entry_type, "legislation", "{w:?}");
        assert_eq!(w.title.as_deref(), Some(title), "{w:?}");
        assert_eq!(w.number.as_deref(), Some(number), "{w:?}");
        assert!(w.authors.is_empty(), "{w:?}");
    }
    // A law keeps its designation: "Федеральный закон" alone names none.
    let w = parse_note("Федеральный закон от 10.01.2003 № 19-ФЗ.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Федеральный закон от 10.01.2003 № 19-ФЗ"),
        "{w:?}"
    );
}

#[test]
fn electoral_and_civic_bodies_are_no_people() {
    for (note, body) in [
        (
            "Comisia Electorală Centrală, „Raport privind alegerile locale”, 12 noiembrie 2023.",
            "Comisia Electorală Centrală",
        ),
        (
            "Państwowa Komisja Wyborcza, „Frekwencja w wyborach”, komunikat, 15 października 2023.",
            "Państwowa Komisja Wyborcza",
        ),
        (
            "Инициатива «Честные люди», Отчёт о наблюдении за выборами (Минск, 2020), с. 3.",
            "Инициатива «Честные люди»",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.authors, vec![Name::Organization(body.into())], "{w:?}");
    }
    // Romanian months date the page.
    let w = parse_note(
        "Comisia Electorală Centrală, „Raport privind alegerile locale”, 12 noiembrie 2023.",
    )
    .work;
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2023-11-12"));
}

#[test]
fn acts_of_bodies() {
    // A Polish act after the body that issued it.
    let w = parse_note(
        "Państwowa Komisja Wyborcza, Obwieszczenie z dnia 9 czerwca 2024 r. o wynikach wyborów do Parlamentu Europejskiego (M.P. 2024 poz. 520).",
    )
    .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(
        w.authors,
        vec![Name::Organization("Państwowa Komisja Wyborcza".into())]
    );
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2024-06-09"));
    // A body's resolution by its number and year, then its title.
    let w = parse_note(
        "Parliamentary Assembly of the Council of Europe, Resolution 2419 (2022), Functioning of democratic institutions in Georgia, adopted 25 January 2022.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Resolution 2419 (2022), Functioning of democratic institutions in Georgia")
    );
    assert_eq!(w.number.as_deref(), Some("2419"), "{w:?}");
    assert_eq!(w.volume, None, "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2022-01-25"));
}

#[test]
fn venice_commission_opinions_and_dated_statements_are_reports() {
    let w = parse_note(
        "European Commission for Democracy through Law (Venice Commission), Armenia – Opinion on the Electoral Code, CDL-AD(2021)025 (Strasbourg, 18 June 2021), para. 12.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization(
            "European Commission for Democracy through Law (Venice Commission)".into()
        )]
    );
    assert_eq!(w.number.as_deref(), Some("CDL-AD(2021)025"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Strasbourg"), "{w:?}");
    assert_eq!(w.entry_type, "report", "{w:?}");
    for note in [
        "OSCE/ODIHR, Moldova, Presidential Election, 20 October 2024: Statement of Preliminary Findings (Chișinău, 21 October 2024), 3.",
        "Rating Sociological Group, Ninth National Survey: Elections in Wartime (Kyiv, March 2023), slide 7.",
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.entry_type, "report", "{w:?}");
        assert!(w.location.is_some() && w.publisher.is_none(), "{w:?}");
    }
    // A book's imprint of a place and a year stays a book's.
    let w = parse_note("Andrew Wilson, Belarus (New Haven, 2021), 12.").work;
    assert_ne!(w.entry_type, "report", "{w:?}");
}

#[test]
fn series_issues_and_kinds_after_titles() {
    let w = parse_note(
        "Stiftung Wissenschaft und Politik, „Wahlen in Georgien“, Länder-Analysen Nr. 12 (2024), S. 4–9.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Länder-Analysen"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("12"), "{w:?}");
    assert_eq!(w.volume, None, "{w:?}");
    let w = parse_note(
        "Anna Weber, „Der Protest in Belarus“, in: Osteuropa 70, H. 10 (2020), S. 15–30.",
    )
    .work;
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (Some("70"), Some("10"))
    );
    let w = parse_note(
        "Центр Разумкова. Ставлення громадян до виборів : соціол. дослідж. – Київ, 2024. – 20 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Ставлення громадян до виборів"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "report", "{w:?}");
}

#[test]
fn preprints_keep_their_titles() {
    let w = parse_note(
        "Anna Novik, Turnout Anomalies in Russia after 2011, arXiv:2104.01234 [stat.AP], 2021.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Turnout Anomalies in Russia after 2011"),
        "{w:?}"
    );
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2021), "{w:?}");
    assert_eq!(w.eprint.as_deref(), Some("2104.01234"), "{w:?}");
}

#[test]
fn an_untitled_act_after_a_lead_in_keeps_its_adjective() {
    for (note, title) in [
        (
            "Также Федеральный закон от 12.06.2002 № 67-ФЗ.",
            "Федеральный закон от 12.06.2002 № 67-ФЗ",
        ),
        (
            "Также Избирательный кодекс Республики Беларусь от 11.02.2000 № 370-З.",
            "Избирательный кодекс Республики Беларусь",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.title.as_deref(), Some(title), "{w:?}");
    }
}
