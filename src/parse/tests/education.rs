//! Unit tests of the readings education and science-policy notes need: a
//! GOST journal's name in lower case after its first words, a ministry's
//! order, a Lithuanian act, a body by its acronym alone (its product's
//! acronym and year, or its title's head, read into its name), a dataset named
//! after the title, a title opening with a number, an imprint with a
//! conference's days read into the title, a bank's project document, a
//! title opening with the body's acronym, a Romanian ministry's name with
//! its "al", a Kazakh ministry and place, and a conference's days that are
//! no pages. Each note is made up in a shape real notes have.
use super::date;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_gost_journal_runs_on_in_lower_case() {
    let w = parse_note(
        "Петренко И. В. Школьная реформа и учитель // Народное образование в Беларуси. – 2018. – № 7. – С. 3–9.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Народное образование в Беларуси"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("7"), "{w:?}");
}

#[test]
fn a_ministry_s_order_is_an_act() {
    let w = parse_note(
        "Приказ Министерства просвещения Российской Федерации от 22.03.2021 № 115 «Об утверждении Порядка организации образовательной деятельности».",
    )
    .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("115"), "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("2021-03-22"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Об утверждении Порядка организации образовательной деятельности"),
        "{w:?}"
    );
    assert!(w.authors.is_empty(), "{w:?}");
    let w = parse_note(
        "Наказ Міністерства освіти і науки України від 11.04.2022 № 340 «Про затвердження Порядку проведення атестації».",
    )
    .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("340"), "{w:?}");
}

#[test]
fn a_lithuanian_act_by_its_title_day_and_number() {
    let w =
        parse_note("Lietuvos Respublikos švietimo įstatymas, 1991 m. birželio 25 d. Nr. I-1489.")
            .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Lietuvos Respublikos švietimo įstatymas"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("I-1489"), "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("1991-06-25"), "{w:?}");
    assert_eq!(w.container, None, "{w:?}");
}

#[test]
fn a_body_by_its_acronym_alone() {
    let w = parse_note(
        "OECD, PISA 2018 Results (Volume V): Effective Policies, Successful Schools (Paris: OECD Publishing, 2020), 52, https://doi.org/10.1787/ca768d40-en.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("OECD".to_string())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("PISA 2018 Results (Volume V): Effective Policies, Successful Schools"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2020"), "{w:?}");
    // The acronym and the title's head read as a person's names.
    let w = parse_note(
        "OECD, Education Policy Outlook 2022: Transforming Pathways for Lifelong Learners (Paris: OECD Publishing, 2022), 17, https://doi.org/10.1787/c77c7a97-en.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("OECD".to_string())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Education Policy Outlook 2022: Transforming Pathways for Lifelong Learners"),
        "{w:?}"
    );
    // The product's acronym and year read into the body's name.
    let w = parse_note(
        "OECD, TALIS 2018 Results (Volume I): Teachers and School Leaders as Lifelong Learners (Paris: OECD Publishing, 2019), 34.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("OECD".to_string())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("TALIS 2018 Results (Volume I): Teachers and School Leaders as Lifelong Learners"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2019"), "{w:?}");
}

#[test]
fn a_dataset_named_after_its_title() {
    let w = parse_note(
        "Eurostat, Mobile students from abroad by education level, dataset, accessed 3 May 2024, https://ec.europa.eu/eurostat/databrowser/view/educ_uoe_mobs02.",
    )
    .work;
    assert_eq!(w.entry_type, "dataset", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Mobile students from abroad by education level"),
        "{w:?}"
    );
    assert_eq!(w.date, None, "{w:?}");
}

#[test]
fn a_title_opens_with_a_number() {
    let w = parse_note(
        "Anna Kowalska and Petr Novák, eds., 30 Years after the Wall: Universities in Central Europe (Budapest: CEU Press, 2019), 15.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("30 Years after the Wall: Universities in Central Europe"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2019"), "{w:?}");
}

#[test]
fn an_imprint_with_a_meeting_s_days_ends_the_title() {
    let p = parse_note(
        "EHEA, Tirana Communiqué (Tirana: EHEA Ministerial Conference, 29–30 May 2024), 3, https://ehea.info/Upload/Tirana_Communique.pdf.",
    );
    let w = &p.work;
    assert_eq!(w.title.as_deref(), Some("Tirana Communiqué"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2024), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Tirana"), "{w:?}");
    assert_eq!(
        w.publisher.as_deref(),
        Some("EHEA Ministerial Conference"),
        "{w:?}"
    );
    assert_eq!(p.pinpoint.as_deref(), Some("3"), "{w:?}");
}

#[test]
fn a_bank_s_project_document_is_a_numbered_report() {
    let w = parse_note(
        "World Bank, Ukraine: Improving Higher Education Performance Project, Project Appraisal Document, Report No. PAD3890 (Washington, DC: World Bank, 2021).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Ukraine: Improving Higher Education Performance Project"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("PAD3890"), "{w:?}");
    assert_eq!(w.entry_type, "report", "{w:?}");
}

#[test]
fn a_title_opens_with_the_body_s_acronym() {
    let w = parse_note(
        "QS Quacquarelli Symonds, QS Best Student Cities 2024, https://www.topuniversities.com/city-rankings (accessed 5 August 2024).",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("QS Quacquarelli Symonds".to_string())],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("QS Best Student Cities 2024"),
        "{w:?}"
    );
    assert_eq!(w.date, None, "{w:?}");
}

#[test]
fn a_romanian_ministry_of_the_republic() {
    let w = parse_note(
        "Ministerul Afacerilor Interne al Republicii Moldova, Raport anual de activitate pentru anul 2021 (Chișinău, 2022), p. 5.",
    )
    .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization(
            "Ministerul Afacerilor Interne al Republicii Moldova".to_string()
        )],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Raport anual de activitate pentru anul 2021"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2022"), "{w:?}");
}

#[test]
fn a_kazakh_ministry_and_its_place() {
    let w = parse_note(
        "Қазақстан Республикасы Оқу-ағарту министрлігі, «Мектепке дейінгі білім беру жүйесінің жағдайы туралы есеп», Алматы, 2022.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Алматы"), "{w:?}");
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(
        w.authors,
        vec![Name::Organization(
            "Қазақстан Республикасы Оқу-ағарту министрлігі".to_string()
        )],
        "{w:?}"
    );
}

#[test]
fn a_conference_s_days_are_no_pages() {
    let p = parse_note(
        "Ковалёва Е. А. Онлайн-курсы в вузе // Образование и наука – 2022 : материалы междунар. науч. конф., Минск, 20–21 окт. 2022 г. – Минск : БГУ, 2022. – С. 33–36.",
    );
    assert_eq!(p.work.pages.as_deref(), Some("33--36"), "{:?}", p.work);
    assert_eq!(p.pinpoint, None, "{:?}", p.work);
}
