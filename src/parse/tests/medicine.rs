//! Medicine, standards and patents (`medicine.tsv`), one test per reading,
//! each with other made-up references than the set's.

use super::layouts::family_names as families;
use crate::parse::parse_note;

#[test]
fn vancouver_details_with_article_numbers_and_without_a_volume() {
    let w = parse_note(
        "Moroz K, Varga L. Hospital admissions for measles in two regions. Euro Surveill. 2024;29(6):2400071.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Euro Surveill"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2024));
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (Some("29"), Some("6"))
    );
    assert_eq!(w.pages.as_deref(), Some("2400071"));
    let w = parse_note(
        "Lefèvre A, Roux P. Couverture vaccinale des enfants déplacés. Rev Prat. 2022;(4):301-6.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Couverture vaccinale des enfants déplacés"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Rev Prat"));
    assert_eq!((w.volume, w.number.as_deref()), (None, Some("4")));
    assert_eq!(w.entry_type, "article");
    // The Lancet's spaced form, the journal without a stop before the year.
    let w = parse_note(
        "Oral Health Collaborators. Dental caries in 195 countries, 1990–2017: a systematic analysis. Lancet 2019; 393: 45–58.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Lancet"), "{w:?}");
    assert_eq!((w.entry_type, w.location), ("article", None));
    assert_eq!(w.volume.as_deref(), Some("393"));
}

#[test]
fn a_title_ending_in_a_year_before_vancouver_details() {
    let w = parse_note(
        "Bauer R, Ortiz M. Mpox cases among travellers — three countries, 2022. MMWR Morb Mortal Wkly Rep. 2023;72(4):91–94.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Mpox cases among travellers — three countries, 2022"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2023));
}

#[test]
fn vancouver_year_after_the_publisher_is_no_second_work() {
    let pieces = crate::parse::split::pieces(
        "UNICEF. Immunization coverage estimates [Internet]. New York: UNICEF; 2023 [cited 2024 Feb 1]. Available from: https://data.unicef.org/x",
    );
    assert_eq!(pieces.len(), 1, "{pieces:?}");
    // An author-date repeat of another year is still cut.
    assert_eq!(
        crate::parse::split::pieces("Giddens 1988, S. 77; 1990, S. 12.").len(),
        2
    );
}

#[test]
fn a_body_page_on_the_internet_and_its_update() {
    let p = parse_note(
        "European Medicines Agency. Medicine shortages [Internet]. Amsterdam: EMA; 2023 [updated 2024 Jan 9; cited 2024 Mar 2]. Available from: https://www.ema.europa.eu/x",
    );
    assert_eq!(p.work.entry_type, "online", "{:?}", p.work);
    assert_eq!(p.work.date.map(|d| d.to_string()).as_deref(), Some("2023"));
    assert_eq!(p.work.title.as_deref(), Some("Medicine shortages"));
    // A person's book on the Internet stays a book.
    let w = parse_note(
        "Novak J. Rural clinics in Eastern Europe [Internet]. Prague: Charles University Press; 2019 [cited 2024 Mar 2]. Available from: https://example.org/book",
    )
    .work;
    assert_eq!(w.entry_type, "book", "{w:?}");
}

#[test]
fn a_preprint_server_and_a_thesis_in_brackets() {
    let w = parse_note(
        "Kowal P, Sato Y. Long COVID among health workers. bioRxiv [Preprint]. 2022 Mar 3 [cited 2022 Apr 1]. Available from: https://doi.org/10.1101/2022.03.01.000001",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("bioRxiv"), "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2022-03-03"));
    let w = parse_note(
        "Hrabar A. Antibiotic use in rural Belarus [master's thesis]. Minsk: Belarusian State Medical University; 2021.",
    )
    .work;
    assert_eq!(w.entry_type, "thesis", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Antibiotic use in rural Belarus"));
    assert_eq!(w.title_translated, None);
}

#[test]
fn an_ama_chapter_with_its_publisher_after_the_book() {
    let w = parse_note(
        "Lenz T. Primary care reform. In: Lenz T, Park J, eds. Health Policy in Transition Countries. World Bank; 2017:12-30.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Health Policy in Transition Countries"),
        "{w:?}"
    );
    assert_eq!(w.publisher.as_deref(), Some("World Bank"));
    assert_eq!(w.entry_type, "incollection");
}

#[test]
fn gost_others_kinds_and_spaced_colons() {
    let w = parse_note(
        "Орлов А. В., Гусева Н. П., Ким Е. С. [и др.]. Заболеваемость туберкулезом в регионах России // Туберкулез и болезни легких. 2021. Т. 99, № 3. С. 7–14.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Заболеваемость туберкулезом в регионах России"),
        "{w:?}"
    );
    assert!(w.authors.contains(&crate::entry::Name::Others));
    let w = parse_note(
        "Фармакология : учебник / под ред. Р. Н. Аляутдина. 6-е изд. М. : ГЭОТАР-Медиа, 2020. 1104 с.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Фармакология"), "{w:?}");
    assert_eq!(families(&w.editors), ["Аляутдин"]);
    let w = parse_note(
        "Сидоров П. И. Реформа здравоохранения : опыт и уроки десятилетия. СПб. : Питер, 2018. 320 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Реформа здравоохранения: опыт и уроки десятилетия"),
        "{w:?}"
    );
    let w =
        parse_note("Белстат. Здоровье населения Беларуси. 2022 : стат. сб. Минск, 2022. 120 с.")
            .work;
    assert_eq!(families(&w.authors), ["Белстат"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Здоровье населения Беларуси. 2022")
    );
}

#[test]
fn a_document_kind_before_its_quoted_name_and_a_committee_of_an_acronym() {
    let w = parse_note(
        "Методические рекомендации «Профилактика гриппа» / Министерство здравоохранения Республики Беларусь. Минск, 2021. 40 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Методические рекомендации «Профилактика гриппа»"),
        "{w:?}"
    );
    assert_eq!(
        families(&w.authors),
        ["Министерство здравоохранения Республики Беларусь"]
    );
    let w = parse_note(
        "FAO Committee on Fisheries. Thirty-fifth session report. Rome: Food and Agriculture Organization; 2023.",
    )
    .work;
    assert_eq!(
        families(&w.authors),
        ["FAO Committee on Fisheries"],
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Thirty-fifth session report"));
}

#[test]
fn patents_in_five_forms() {
    let w = parse_note(
        "Kim S, Lee H, inventors; Seoul Biotech Co., assignee. Stable formulation of a monoclonal antibody. United States patent US 10,987,654 B1. 2021 Apr 27.",
    )
    .work;
    assert_eq!(w.entry_type, "patent", "{w:?}");
    assert_eq!(families(&w.authors), ["Kim", "Lee"]);
    assert_eq!(
        w.title.as_deref(),
        Some("Stable formulation of a monoclonal antibody")
    );
    assert_eq!(w.number.as_deref(), Some("US 10,987,654 B1"));
    let w = parse_note("Berg A. Nasal spray dispenser. WO 2020/654321 A1. 2020 Nov 5.").work;
    assert_eq!(
        (w.entry_type, w.number.as_deref()),
        ("patent", Some("WO 2020/654321 A1")),
        "{w:?}"
    );
    let w = parse_note("王强. 一种医用口罩: CN211234567U[P]. 2020-09-01.").work;
    assert_eq!(w.title.as_deref(), Some("一种医用口罩"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("CN211234567U"));
    let w = parse_note(
        "Пат. 2654321 Российская Федерация, МПК A61B 5/00. Способ оценки состояния сосудов / Ковалев Д. С., Лебедева М. И. ; заявитель ФГБОУ ВО «СПбГМУ». № 2017123456 ; заявл. 01.02.2017 ; опубл. 15.05.2018, Бюл. № 14. 8 с.",
    )
    .work;
    assert_eq!(w.entry_type, "patent", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Способ оценки состояния сосудов"));
    assert_eq!(families(&w.authors), ["Ковалев", "Лебедева"]);
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2018-05-15"));
    assert_eq!(w.number.as_deref(), Some("2654321"));
}

#[test]
fn standards_amended_by_astm_and_before_a_gb_code() {
    let w = parse_note("ISO 14971:2019+A11:2021. Medical devices — Application of risk management to medical devices. Geneva: ISO; 2021.").work;
    assert_eq!(w.entry_type, "standard", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("ISO 14971:2019+A11:2021"));
    let w = parse_note("ASTM International. Standard Specification for Nitrile Examination Gloves. ASTM D6319-19. West Conshohocken, PA: ASTM International; 2019.").work;
    assert_eq!(
        (w.entry_type, w.number.as_deref()),
        ("standard", Some("ASTM D6319-19")),
        "{w:?}"
    );
    let w =
        parse_note("国家市场监督管理总局. 医用口罩: GB 19083—2023[S]. 北京: 中国标准出版社, 2023.")
            .work;
    assert_eq!(w.title.as_deref(), Some("医用口罩"), "{w:?}");
}
