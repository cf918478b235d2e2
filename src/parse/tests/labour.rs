//! Unit tests of the readings notes on labour, social policy and
//! demography need: a statistical yearbook's title with the year it
//! covers (after a body and a comma, or after GOST's stop before its
//! kind), a report's number after its mark, German and Czech bodies, a
//! book whose title has an "and" before its editors, a quotation inside
//! a title, a body's long name the labeller cut at a conjunction, the
//! author's own interviews in English, a series between a title and its
//! imprint, a body before its database, and GOST's abbreviated kind after
//! a colon. Each note is made up in a shape real notes have.
use super::{date, org};
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_yearbook_s_year_stays_in_its_title() {
    let w = parse_note("Национальный статистический комитет Республики Беларусь, Демография и население Республики Беларусь, 2021: статистический сборник (Минск: Белстат, 2021), 12.").work;
    assert_eq!(
        org(&w),
        Some("Национальный статистический комитет Республики Беларусь"),
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Демография и население Республики Беларусь, 2021: статистический сборник"),
        "{w:?}"
    );
    let w = parse_note("Росстат. Социальное положение и уровень жизни населения России (официальное издание). 2023 : стат. сб. М., 2023. 288 с.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Социальное положение и уровень жизни населения России (официальное издание). 2023"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2023"), "{w:?}");
}

#[test]
fn a_report_s_number_after_its_mark() {
    let w = parse_note("World Bank, Ukraine Social Protection Review: Towards Inclusion, Report No. AUS0002345 (Washington, DC: World Bank, 2021), 7.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Ukraine Social Protection Review: Towards Inclusion"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("AUS0002345"), "{w:?}");
    assert_eq!(w.container, None, "{w:?}");
}

#[test]
fn german_compound_bodies_are_no_persons() {
    let w = parse_note(
        "Sozialverband Deutschland (Hrsg.), Armut in Deutschland 2022, Berlin 2022, S. 4.",
    )
    .work;
    assert!(
        matches!(w.editors.as_slice(), [Name::Organization(o)] if o == "Sozialverband Deutschland"),
        "{w:?}"
    );
}

#[test]
fn a_book_with_and_in_its_title_before_its_editors() {
    let w = parse_note("Tomasz Inglot, “Poland’s Pension Reform,” in Labour, Capital and Welfare Policy, ed. Jolanta Aidukaite and Christian Aspalter (London: Routledge, 2019), 101–118.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Labour, Capital and Welfare Policy"),
        "{w:?}"
    );
    assert!(
        matches!(w.editors.as_slice(), [Name::Person { family, .. }, Name::Person { .. }] if family == "Aidukaite"),
        "{w:?}"
    );
}

#[test]
fn a_quotation_inside_a_title() {
    let w = parse_note(
        "Katsiaryna Shmatsina, Belarus and the “Russian World” Narrative (Vilnius: EESC, 2021), 5.",
    )
    .work;
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { family, .. }] if family == "Shmatsina"),
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Belarus and the “Russian World” Narrative"),
        "{w:?}"
    );
}

#[test]
fn a_body_s_long_name_cut_at_a_conjunction() {
    let w = parse_note("Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан, «Численность населения Республики Казахстан на 1 января 2024 года», 12 февраля 2024.").work;
    assert_eq!(
        org(&w),
        Some(
            "Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан"
        ),
        "{w:?}"
    );
}

#[test]
fn the_author_s_own_interviews() {
    let w = parse_note(
        "Author’s telephone interview with a former employee of Belaruskali, Warsaw, 2 March 2023.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Warsaw"), "{w:?}");
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.entry_type, "misc", "{w:?}");
    let w =
        parse_note("Author’s interview with a miner from Salihorsk, Vilnius, 5 June 2021.").work;
    assert_eq!(w.container, None, "{w:?}");
    assert!(w.authors.is_empty(), "{w:?}");
}

#[test]
fn a_body_before_its_database() {
    let w = parse_note("World Bank, Poverty and Inequality Platform, “Poverty headcount ratio at $6.85 a day – Belarus,” accessed 2 June 2024.").work;
    assert_eq!(org(&w), Some("World Bank"), "{w:?}");
}

#[test]
fn gost_s_abbreviated_kind_after_a_colon() {
    let w = parse_note(
        "Смирнова, А. В. Рынок труда Беларуси: учеб. пособие / А. В. Смирнова. – Минск : БГЭУ, 2020. – 150 с.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Рынок труда Беларуси"), "{w:?}");
}

#[test]
fn in_inside_a_title_and_the_year_it_covers() {
    let w = parse_note(
        "Press Club Belarus, Independent Media in Belarus, 2022 (Warsaw: Press Club, 2023), 11.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Independent Media in Belarus, 2022"),
        "{w:?}"
    );
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(date(&w).as_deref(), Some("2023"), "{w:?}");
    // The words after "in" stand earlier in the note too, in the body's
    // name; the subtitle after the year is the title's.
    let w = parse_note("National Statistical Committee of the Republic of Belarus, Children and Youth in the Republic of Belarus, 2023: Statistical Book (Minsk: Belstat, 2023), 21.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Children and Youth in the Republic of Belarus, 2023: Statistical Book"),
        "{w:?}"
    );
    assert_eq!(w.container, None, "{w:?}");
    let w = parse_note("Lithuanian Labour Exchange, Labour Market in Lithuania, 2022 (Vilnius: Užimtumo tarnyba, 2023), 6.").work;
    assert_eq!(org(&w), Some("Lithuanian Labour Exchange"), "{w:?}");
}
