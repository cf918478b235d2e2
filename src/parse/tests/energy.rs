//! Unit tests of the readings energy-policy notes need: a paper's number
//! between its series and a bracketed imprint dated to the month, bodies
//! named with a country's genitive, GB/T 7714 titles without authors and
//! Chinese titles that name a document in book marks, GOST titles with
//! the act that approved them. Each note is made up in a shape real notes
//! have.
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_number_between_a_series_and_its_imprint_is_a_papers() {
    let w = parse_note("Katja Yafimava, \"EU Solidarity in a Gas Crisis,\" OIES Energy Insight 122 (Oxford: OIES, October 2022).").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("122"), "{w:?}");
    assert_eq!(w.pages, None, "{w:?}");
    // A code of capitals before the number is the number's.
    let p = parse_note(
        "Simon Pirani, “Gas Transit after 2024,” OIES Paper NG 186 (Oxford: Oxford Institute for Energy Studies, January 2024), 9.",
    );
    assert_eq!(p.work.entry_type, "report", "{:?}", p.work);
    assert_eq!(p.work.number.as_deref(), Some("NG 186"), "{:?}", p.work);
    assert_eq!(p.pinpoint.as_deref(), Some("9"), "{p:?}");
    // A journal's volume and month stay a journal's.
    let w = parse_note("Anna Smith, “Gas Transit,” Energy Policy 37 (February 2009): 5–9.").work;
    assert_eq!(w.entry_type, "article", "{w:?}");
}

#[test]
fn a_name_ending_in_a_countrys_genitive_is_a_bodys() {
    for (note, body) in [
        (
            "Нафтогаз України. Річний звіт. Київ, 2024. 212 с.",
            "Нафтогаз України",
        ),
        (
            "Газпром России. Годовой отчет. Москва, 2023.",
            "Газпром России",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.authors, vec![Name::Organization(body.into())], "{w:?}");
    }
}

#[test]
fn a_title_ending_with_its_year_keeps_it() {
    let w = parse_note("Naftogaz of Ukraine, Annual Report 2022 (Kyiv: Naftogaz, 2023), 48.").work;
    assert_eq!(w.title.as_deref(), Some("Annual Report 2022"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2023), "{w:?}");
    let p = parse_note("Lukoil, Annual Report 2021, 12, https://lukoil.com/files/ar2021.pdf.");
    assert_eq!(p.work.authors, vec![Name::Organization("Lukoil".into())]);
    assert_eq!(p.work.title.as_deref(), Some("Annual Report 2021"), "{p:?}");
    assert_eq!(p.pinpoint.as_deref(), Some("12"), "{p:?}");
}

#[test]
fn chinese_notices_keep_their_whole_title() {
    // A title naming a document in book marks goes on after them.
    let w = parse_note("国家能源局关于印发《能源工作指导意见》的通知[EB/OL]. (2023-04-06)[2024-01-10]. http://www.nea.gov.cn/2023-04/06/c_1310709123.htm.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("国家能源局关于印发《能源工作指导意见》的通知"),
        "{w:?}"
    );
    assert!(w.authors.is_empty(), "{w:?}");
    // GB/T 7714 without authors opens with the title.
    let w = parse_note("国务院关于印发2030年前碳达峰行动方案的通知[EB/OL]. (2021-10-24)[2023-01-05]. http://www.gov.cn/zhengce/content/2021-10/26/content_5644984.htm.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("国务院关于印发2030年前碳达峰行动方案的通知"),
        "{w:?}"
    );
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2021), "{w:?}");
}

#[test]
fn a_gost_title_first_description_with_a_town_is_read() {
    let w = parse_note("Энергетическая стратегия Российской Федерации на период до 2035 года : утв. распоряжением Правительства РФ от 09.06.2020 № 1523-р. – Москва, 2020. – 93 с.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Энергетическая стратегия Российской Федерации на период до 2035 года"),
        "{w:?}"
    );
    assert_eq!(w.publisher, None, "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Москва"), "{w:?}");
    let w = parse_note("Топливно-энергетический баланс Республики Беларусь за 2022 год / Министерство энергетики Республики Беларусь. – Минск, 2023. – 48 с.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Топливно-энергетический баланс Республики Беларусь за 2022 год"),
        "{w:?}"
    );
    assert_eq!(
        w.authors,
        vec![Name::Organization(
            "Министерство энергетики Республики Беларусь".into()
        )],
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2023), "{w:?}");
}

#[test]
fn a_unit_at_a_title_end_is_no_place() {
    let w = parse_note(
        "Укртрансгаз. Обсяг закачування газу склав 3,2 млрд куб. м. – Харків, 2023. – 8 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Обсяг закачування газу склав 3,2 млрд куб. м."),
        "{w:?}"
    );
    assert_eq!(w.location.as_deref(), Some("Харків"), "{w:?}");
}
