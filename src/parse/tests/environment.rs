//! Unit tests of the readings climate and environment notes need: a title
//! the labeller cut at a small word or left with an open bracket, the UN
//! commissions' and conventions' document symbols, one list of editors,
//! Kazakh acts and dates, Uzbek dates, a body's national branch and a body
//! that names its product after itself, a version, a "brief" that is a
//! site, a series numbered in its year, a standard with a bracketed
//! imprint, a meeting's abstract, a Chinese report by its own word, a
//! publisher named with initials alone, a document's kind inside its
//! quoted title, and a container named only inside the title. Each note is made up in a shape real notes have.
use super::date;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_title_runs_on_past_a_small_word() {
    let w = parse_note(
        "State Committee on Forestry, Annual Forest Fire Review of the Kyrgyz Republic (Bishkek, 2022), 14.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Annual Forest Fire Review of the Kyrgyz Republic"),
        "{w:?}"
    );
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Bishkek"), "{w:?}");
    assert_eq!(w.publisher, None, "{w:?}");
}

#[test]
fn un_commissions_and_conventions_number_their_documents() {
    let w = parse_note(
        "UNECE, Environmental Performance Reviews: Tajikistan, Third Review, ECE/CEP/190 (New York and Geneva: United Nations, 2017), 12.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Environmental Performance Reviews: Tajikistan, Third Review"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("ECE/CEP/190"), "{w:?}");
    let w = parse_note(
        "UNFCCC, Report of the Conference of the Parties on its twenty-seventh session, held in Sharm el-Sheikh from 6 to 20 November 2022, FCCC/CP/2022/10 (Bonn, 17 March 2023).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Report of the Conference of the Parties on its twenty-seventh session, held in Sharm el-Sheikh from 6 to 20 November 2022"
        ),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("FCCC/CP/2022/10"), "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("2023-03-17"), "{w:?}");
}

#[test]
fn one_list_of_editors_before_the_mark() {
    let w = parse_note(
        "Veli-Pekka Tynkkynen, Shinichiro Tabata and Daria Gritsenko, eds., Russia’s Far North: The Contested Energy Frontier (London: Routledge, 2018), 41.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.editors.len(), 3, "{w:?}");
    assert_eq!(w.entry_type, "collection", "{w:?}");
}

#[test]
fn kazakh_acts_and_dates() {
    let w =
        parse_note("Қазақстан Республикасының Су кодексі, 2025 жылғы 9 сәуірдегі № 178-VIII ҚРЗ.")
            .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Қазақстан Республикасының Су кодексі"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2025-04-09"), "{w:?}");
    assert_eq!(
        w.language.map(crate::lang::Language::langid),
        Some("kazakh"),
        "{w:?}"
    );
    let w = parse_note(
        "«Ерекше қорғалатын табиғи аумақтар туралы» Қазақстан Республикасының 2006 жылғы 7 шілдедегі № 175 Заңы.",
    )
    .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Ерекше қорғалатын табиғи аумақтар туралы"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("175"), "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("2006-07-07"), "{w:?}");
}

#[test]
fn uzbek_dates() {
    for (text, day) in [
        ("5 dekabr 2022", "2022-12-05"),
        ("2021-yil 17-sentabr", "2021-09-17"),
    ] {
        let found = crate::parse::dates::find_dates(text);
        assert_eq!(
            found.first().map(|d| d.date.to_string()).as_deref(),
            Some(day),
            "{text}"
        );
    }
}

#[test]
fn a_bodys_branch_and_a_body_in_its_products_name() {
    let w = parse_note(
        "WWF Russia, «Состояние популяции амурского тигра в 2022 году», 12 мая 2022 г., https://wwf.ru/resources/news/tigr-2022/.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("WWF Russia".into())],
        "{w:?}"
    );
    let w = parse_note(
        "Global Forest Watch, Global Forest Watch Tree Cover Loss, v1.11 (2024), https://www.globalforestwatch.org/.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Global Forest Watch".into())],
        "{w:?}"
    );
    assert_eq!(w.version.as_deref(), Some("1.11"), "{w:?}");
    assert_eq!(w.volume, None, "{w:?}");
}

#[test]
fn a_brief_cited_by_address_and_day_is_a_sites_piece() {
    let w = parse_note(
        "Hannah Rowe, “Q&A: What Does the Glasgow Pact Mean for Coal?,” Climate Brief, 14 November 2021, https://www.example.org/qa-glasgow-coal/.",
    )
    .work;
    assert_eq!(w.entry_type, "online", "{w:?}");
}

#[test]
fn a_series_numbered_in_its_year_after_the_title() {
    let w = parse_note(
        "Bundesamt für Naturschutz, Moore in Belarus und der Ukraine: Stand und Perspektiven, Skripten 612/2021 (Bonn-Bad Godesberg: BfN, 2021), S. 9.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Moore in Belarus und der Ukraine: Stand und Perspektiven"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("612/2021"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Bonn-Bad Godesberg"), "{w:?}");
}

#[test]
fn a_standards_title_before_a_bracketed_imprint() {
    let w = parse_note(
        "ISO 14046:2014, Environmental management — Water footprint — Principles, requirements and guidelines (Geneva: ISO, 2014).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Environmental management — Water footprint — Principles, requirements and guidelines"
        ),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("ISO 14046:2014"), "{w:?}");
}

#[test]
fn a_meetings_abstract() {
    let w = parse_note(
        "Akhmetova, D. and Lee, J.: Dust storms over the Aralkum desert, EGU General Assembly 2022, Vienna, Austria, 23–27 May 2022, EGU22-1234, https://doi.org/10.5194/egusphere-egu22-1234, 2022.",
    )
    .work;
    assert_eq!(w.entry_type, "inproceedings", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Dust storms over the Aralkum desert"),
        "{w:?}"
    );
    assert_eq!(
        w.container.as_deref(),
        Some("EGU General Assembly 2022"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("EGU22-1234"), "{w:?}");
    assert_eq!(w.volume, None, "{w:?}");
    // The meeting's days are not the abstract's date.
    assert_eq!(date(&w).as_deref(), Some("2022"), "{w:?}");
}

#[test]
fn a_chinese_report_by_its_own_word() {
    let w = parse_note("生态环境部：《2023中国生态环境状况公报》，2024年6月。").work;
    assert_ne!(w.entry_type, "report", "a bulletin is no report: {w:?}");
    let w = parse_note("中国气象局：《中国气候变化蓝皮书》，2023年7月，第8页。").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
}

#[test]
fn a_documents_kind_inside_its_quoted_title() {
    let w = parse_note(
        "Центр екологічних ініціатив, «Відновлення довкілля після війни: аналітична записка», Київ, 2024, с. 3.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Відновлення довкілля після війни: аналітична записка"),
        "{w:?}"
    );
    // Outside the quotes, GOST's kind is no part of the title.
    let w = parse_note(
        "Довкілля України у 2023 році : аналітична записка. – Київ : НІСД, 2024. – 24 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Довкілля України у 2023 році"),
        "{w:?}"
    );
}

#[test]
fn a_publisher_named_with_initials_alone() {
    for note in [
        "Richard Dawkins, The Extended Phenotype (W. H. Freeman, 1982), 41.",
        "Odum, E. P. (1971). Fundamentals of ecology. W. B. Saunders.",
    ] {
        let w = parse_note(note).work;
        assert!(w.editors.is_empty(), "{w:?}");
        assert!(
            w.publisher.as_deref().is_some_and(|p| p.starts_with("W. ")),
            "{w:?}"
        );
    }
}

#[test]
fn a_container_named_only_inside_the_title() {
    let w = parse_note(
        "OSCE/ODIHR, REPUBLIC OF MOLDOVA EARLY PARLIAMENTARY ELECTIONS 11 JULY 2021: ODIHR ELECTION OBSERVATION MISSION FINAL REPORT (Warsaw, 4 October 2021).",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
    assert!(
        w.title
            .as_deref()
            .is_some_and(|t| t.ends_with("FINAL REPORT")),
        "{w:?}"
    );
}
