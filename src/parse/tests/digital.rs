//! Unit tests of the readings internet-controls and digital-rights notes
//! need: a body that publishes its own work, read as a person or run into
//! its title; an act's title in guillemets quoting other acts in “…”;
//! RFCs by their numbers; a second author in natural order read into the
//! title; an app's description and store after its name; a publisher named
//! with initials; a GB/T document dated alone after its code. Each note is
//! made up in a shape real notes have.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn bodies_that_publish_their_own_work() {
    let w = parse_note(
        "Digital Freedom, Blocked and Throttled: Internet Shutdowns in 2022 (Berlin: Digital Freedom, 2023), 5.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Digital Freedom".into())],
        "{w:?}"
    );
    let w = parse_note(
        "Open Networks Watch, Internet Openness Index 2022: Kazakhstan (Almaty: Open Networks Watch, 2022).",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Open Networks Watch".into())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Internet Openness Index 2022: Kazakhstan"),
        "{w:?}"
    );
}

#[test]
fn an_acts_title_quotes_other_acts() {
    let w = parse_note(
        "Федеральный закон от 29.07.2017 № 276-ФЗ «О внесении изменений в Федеральный закон “Об информации, информационных технологиях и о защите информации”».",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "О внесении изменений в Федеральный закон “Об информации, информационных технологиях и о защите информации”"
        ),
        "{w:?}"
    );
}

#[test]
fn rfcs_are_numbered_reports() {
    for (note, number) in [
        (
            "P. Mockapetris, “Domain Names – Concepts and Facilities,” RFC 1034, Nov. 1987.",
            "RFC 1034",
        ),
        (
            "M. Thomson, QUIC: A UDP-Based Multiplexed and Secure Transport, RFC 9000 (Fremont, CA: IETF, May 2021).",
            "RFC 9000",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.number.as_deref(), Some(number), "{w:?}");
        assert_eq!(w.entry_type, "report", "{w:?}");
        assert_eq!(w.container, None, "{w:?}");
    }
}

#[test]
fn names_apps_and_publishers() {
    let w =
        parse_note("Олег Петров, Ирина Смирнова. Слежка в сети. – СПб. : Питер, 2021. – 240 с.")
            .work;
    assert_eq!(w.authors.len(), 2, "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Слежка в сети"), "{w:?}");
    let w = parse_note(
        "Proton AG. (2024). Proton VPN (Version 4.2) [Mobile app]. App Store. https://apps.apple.com/app/id1437005085",
    )
    .work;
    assert_eq!(w.entry_type, "software", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Proton VPN"), "{w:?}");
    assert_eq!(w.version.as_deref(), Some("4.2"), "{w:?}");
    let w = parse_note(
        "Zuboff, S. (2019). The age of surveillance capitalism. W. W. Norton & Company.",
    )
    .work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("W. W. Norton & Company"),
        "{w:?}"
    );
    assert!(w.editors.is_empty(), "{w:?}");
    let w = parse_note("中华人民共和国数据安全法[Z]. 2021-06-10.").work;
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2021-06-10"));
}

#[test]
fn a_meetings_name_goes_on_after_its_year() {
    let w = parse_note(
        "Elena Petrova, “Sanctions Evasion Online,” in Proceedings of the IEEE INFOCOM 2022 Workshop on Network Measurement (Piscataway: IEEE, 2022), 1–6.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Proceedings of the IEEE INFOCOM 2022 Workshop on Network Measurement"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2022), "{w:?}");
}

#[test]
fn a_day_the_labeller_cut_from_its_month_goes_back() {
    let w =
        parse_note("Роскомсвобода, пост от 7 марта 2022 г., https://t.me/roskomsvoboda/1234.").work;
    assert_eq!(
        w.date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-07"),
        "{w:?}"
    );
}
