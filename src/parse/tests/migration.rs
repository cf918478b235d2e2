//! Unit tests of the readings migration and asylum notes need: Polish and
//! Lithuanian bodies, a body's acronym before a title's head and colon, a
//! body alone before its yearbook, CJEU urgent cases, UN documents whose
//! mark has no stop, NGO index numbers and OSCE meeting documents, a
//! European Parliament resolution with its procedure, GOST statistical
//! bulletins, a lead-in with a clause. Each note is made up in a shape
//! real notes have.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn polish_and_lithuanian_bodies_are_no_people() {
    for (note, body) in [
        (
            "Straż Graniczna, „Sytuacja na granicy”, komunikat, 2 marca 2022, https://www.strazgraniczna.pl/pl/1.html.",
            "Straż Graniczna",
        ),
        (
            "Grupa Granica, Raport o sytuacji na granicy (Warszawa, 2022), s. 4.",
            "Grupa Granica",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.authors, vec![Name::Organization(body.into())], "{w:?}");
    }
    // A body alone before its yearbook, read as a title before a journal.
    let w =
        parse_note("Migracijos departamentas, Migracijos metraštis 2021 (Vilnius, 2022), p. 8.")
            .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Migracijos departamentas".into())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Migracijos metraštis 2021"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2022), "{w:?}");
}

#[test]
fn an_acronym_before_a_titles_head_is_the_author() {
    let w =
        parse_note("UNHCR, Global Trends: Forced Displacement in 2022 (Geneva: UNHCR, 2023), 7.")
            .work;
    assert_eq!(w.authors, vec![Name::Organization("UNHCR".into())], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Global Trends: Forced Displacement in 2022"),
        "{w:?}"
    );
}

#[test]
fn document_numbers_of_courts_agencies_and_bodies() {
    let w = parse_note("Case C-66/23 PPU R.K. v Office [2023] ECLI:EU:C:2023:400, para 12.").work;
    assert_eq!(w.number.as_deref(), Some("C-66/23 PPU"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("R.K. v Office"), "{w:?}");
    let w = parse_note("Human Rights Council, Report of the Special Rapporteur on Belarus, UN Doc A/HRC/56/65 (2024), para 9.").work;
    assert_eq!(w.number.as_deref(), Some("A/HRC/56/65"), "{w:?}");
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.entry_type, "report", "{w:?}");
    let w = parse_note("Amnesty International, Poland: Cruelty Not Compassion, EUR 37/5460/2022 (London: Amnesty International, April 2022).").work;
    assert_eq!(w.number.as_deref(), Some("EUR 37/5460/2022"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Poland: Cruelty Not Compassion"),
        "{w:?}"
    );
    let w = parse_note("European Parliament, Resolution of 11 November 2021 on the border (2021/2967(RSP)), P9_TA(2021)0459.").work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("European Parliament".into())]
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Resolution of 11 November 2021 on the border"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("P9_TA(2021)0459"), "{w:?}");
}

#[test]
fn a_statistical_bulletin_and_a_clause_after_a_lead_in() {
    let w =
        parse_note("Росстат, Численность населения в 2022 году : стат. бюл. (Москва, 2023).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Численность населения в 2022 году"),
        "{w:?}"
    );
    let p = split::pieces(
        "See, for the figures, Anna Kowalska and Jan Nowak, “Migration in Poland,” East European Politics 38, no. 2 (2022): 1–20.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Anna Kowalska and Jan Nowak"), "{p:?}");
}

#[test]
fn a_body_read_into_its_yearbook_title_is_the_author() {
    let w = parse_note(
        "Lietuvos statistikos departamentas, Lietuvos gyventojų migracija 2020 (Vilnius, 2021), p. 12.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization(
            "Lietuvos statistikos departamentas".into()
        )],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Lietuvos gyventojų migracija 2020"),
        "{w:?}"
    );
}
