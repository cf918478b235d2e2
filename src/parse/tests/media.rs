//! Unit tests of the readings the set of media, disinformation, election
//! and human-rights notes (`tests/data/footnotes/media.tsv`) led to: a body
//! named in one word heading a GOST title, a body named in guillemets
//! before a title in guillemets of its own, a human-rights group's index
//! number after the imprint, a yearly title opening with its year, a
//! platform named inside a post's words, the acts amending a national act,
//! a blog named by Chicago's mark, a body's work issued under its acronym,
//! a standard's publisher, and the gaps the security set left (a body's
//! acronym before a periodic report, a report's bracketed imprint read as
//! a title) and an older one (two publishers joined by a slash).
//! Each note is made up in a shape real notes have, and differs from the
//! set's.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_body_in_one_word_heads_a_gost_item_and_not_its_title() {
    let w = parse_note(
        "Мемориал. Преследования журналистов в 2023 году // Мемориал. 2024. 12 янв. URL: https://memopzk.org/news/1/",
    )
    .work;
    assert_eq!(w.authors, vec![Name::Organization("Мемориал".into())]);
    assert_eq!(
        w.title.as_deref(),
        Some("Преследования журналистов в 2023 году")
    );
}

#[test]
fn a_body_named_in_guillemets_before_a_quoted_title() {
    let w = parse_note(
        "Фонд «Общественное мнение», «Доверие к СМИ в 2023 году», 12 мая 2023, https://fom.ru/SMI-i-internet/14900.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Фонд «Общественное мнение»".into())]
    );
    assert_eq!(w.title.as_deref(), Some("Доверие к СМИ в 2023 году"));
    assert_eq!(
        w.date.map(|d| (d.year, d.month, d.day)),
        Some((2023, Some(5), Some(12)))
    );
}

#[test]
fn an_index_number_after_the_imprint_numbers_a_report() {
    let p = parse_note(
        "Amnesty International, Russia: Silenced Voices of Dissent (London: Amnesty International, 2023), Index Number: EUR 46/6789/2023, 12.",
    );
    assert_eq!(p.work.entry_type, "report");
    assert_eq!(p.work.number.as_deref(), Some("EUR 46/6789/2023"));
    assert_eq!(p.pinpoint.as_deref(), Some("12"));
    assert_eq!(
        p.work.title.as_deref(),
        Some("Russia: Silenced Voices of Dissent")
    );
}

#[test]
fn a_yearly_title_opens_with_its_year() {
    let w = parse_note(
        "Transparency International, 2023 Corruption Perceptions Index (Berlin: Transparency International, 2024).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("2023 Corruption Perceptions Index")
    );
    assert_eq!(w.date.map(|d| d.year), Some(2024));
    // Without a bracketed imprint the year stays the date.
    let w = parse_note("Transparency International, 2023 Corruption Perceptions Index, https://www.transparency.org/en/cpi/2023.").work;
    assert_eq!(w.date.map(|d| d.year), Some(2023));
}

#[test]
fn a_platform_named_in_a_posts_words_is_not_where_it_was_posted() {
    let w = parse_note(
        "NEXTA (@nexta_tv), \"Why YouTube still works in Belarus,\" Telegram, 5 May 2023, https://t.me/nexta_tv/50000.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Telegram"));
    assert_eq!(
        w.title.as_deref(),
        Some("Why YouTube still works in Belarus")
    );
}

#[test]
fn the_acts_amending_an_act_give_it_no_pages() {
    let w = parse_note(
        "Закон України від 16.11.1992 № 2782-XII «Про друковані засоби масової інформації (пресу) в Україні» (із змінами від 13.12.2022 № 2849-IX).",
    )
    .work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.number.as_deref(), Some("2782-XII"));
    assert_eq!((w.pages.as_deref(), w.volume.as_deref()), (None, None));
}

#[test]
fn a_blog_named_by_its_mark_holds_a_post() {
    let p = parse_note(
        "Maxim Trudolyubov, \"The Russian Media after the Invasion,\" The Russia File (blog), April 4, 2022.",
    );
    assert_eq!(p.work.container.as_deref(), Some("The Russia File"));
    assert_eq!(p.work.entry_type, "online");
    let e = p.work.to_entry("k");
    assert_eq!(e.text("entrysubtype").as_deref(), Some("blog"));
    // Without the mark, a site's name stays as it was read.
    let w = parse_note(
        "Maxim Trudolyubov, \"The Russian Media after the Invasion,\" The Russia File, April 4, 2022.",
    )
    .work;
    assert_ne!(w.subtype, Some("blog"));
}

#[test]
fn a_bodys_work_under_its_own_acronym_is_a_report() {
    let w = parse_note(
        "Organisation for Economic Co-operation and Development, Education at a Glance 2023 (Paris: OECD, 2023), 45.",
    )
    .work;
    assert_eq!(w.entry_type, "report");
    // A press with letters of its own publishes a person's book.
    let w = parse_note("Jean Dupont, Histoire de la presse (Paris: PUF, 1998), 45.").work;
    assert_eq!(w.entry_type, "book");
}

#[test]
fn a_standard_keeps_its_publisher() {
    let w = parse_note(
        "International Organization for Standardization, ISO 690:2021 Information and documentation (Geneva: ISO, 2021).",
    )
    .work;
    assert_eq!(w.entry_type, "standard");
    assert_eq!(w.publisher.as_deref(), Some("ISO"));
    assert_eq!(w.institution, None);
}

#[test]
fn a_bodys_acronym_before_a_periodic_report_keeps_its_capitals() {
    let w = parse_note(
        "OSCE/ODIHR, Needs Assessment Report, 2–5 March 2021 (Warsaw: OSCE/ODIHR, 20 April 2021), 3.",
    )
    .work;
    assert_eq!(w.authors, vec![Name::Organization("OSCE/ODIHR".into())]);
    assert_eq!(
        w.title.as_deref(),
        Some("Needs Assessment Report, 2–5 March 2021")
    );
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(4), Some(20))));
    // A family name in capitals before a given name is still written in
    // ordinary case.
    let w = parse_note("PETROVA, Anna, Media in Exile, Vilnius: Logvino, 2022.").work;
    assert!(
        matches!(w.authors.first(), Some(Name::Person { family, .. }) if family == "Petrova"),
        "{:?}",
        w.authors
    );
}

#[test]
fn a_reports_bracketed_imprint_read_as_a_title_names_its_body() {
    let w = parse_note(
        "OHCHR, Situation of Human Rights in the Temporarily Occupied Territories, 1 February–31 July 2024 (Kyiv: UN Human Rights Monitoring Mission in Ukraine, 3 October 2024), 7.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Kyiv"));
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("UN Human Rights Monitoring Mission in Ukraine")
    );
    assert_eq!(w.date.map(|d| d.year), Some(2024));
}

#[test]
fn two_publishers_joined_by_a_slash_are_both_kept() {
    let w =
        parse_note("Smith, John. A History of the Corn Trade. London: Longman / Green, 1870.").work;
    assert_eq!(w.publisher.as_deref(), Some("Longman / Green"));
    assert_eq!(w.location.as_deref(), Some("London"));
    // Places joined by a slash are still one place before one publisher.
    let w = parse_note("Smith, J. Title of a Book. Frankfurt/New York: Campus, 1999.").work;
    assert_eq!(w.publisher.as_deref(), Some("Campus"));
}
