//! Unit tests of the readings that investigative reports' endnotes need: a
//! country's chapter of a yearly report after its quoted title, an
//! interview or address named by who gave it, correspondence with the
//! author, a site's entry or record, an update's word read as a container,
//! a body's paper cited in print, a kind of paper before its place, posts
//! described before their account, a court's decision in a numbered case,
//! an executive order, a working paper numbered within its year, editions
//! in words, a title that opens with a place and a year. Each note is made
//! up in a shape real notes have.
use super::org;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_chapter_of_a_yearly_report_after_its_quoted_title() {
    let w = parse_note(
        "“Georgia,” Nations in Transit 2021, Freedom House, https://freedomhouse.org/country/georgia/nations-transit/2021.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Georgia"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Nations in Transit 2021"));
    assert_eq!(w.publisher.as_deref(), Some("Freedom House"));
    assert_eq!(w.entry_type, "incollection");
    // The report's year names it; the note gives no date of its own.
    assert_eq!(w.date, None);
    // "For 2021": the year after a word.
    let w = parse_note(
        "“Moldova,” Country Reports on Human Rights Practices for 2021, U.S. Department of State, https://www.state.gov/reports/2021/moldova/.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Country Reports on Human Rights Practices for 2021"),
        "{w:?}"
    );
    // A month and year after the quote date the work; they name no report.
    let w =
        parse_note("“Minsk and the Wagner Mutiny,” June 2023, Royal United Services Institute.")
            .work;
    assert_ne!(w.container.as_deref(), Some("June 2023"), "{w:?}");
    // A first part shorter than a year after the quote names no report
    // (and is read without slicing before the note's start).
    let w = parse_note("“Belarus,” EU, Freedom House, 2023.").work;
    assert_ne!(w.publisher.as_deref(), Some("Freedom House"), "{w:?}");
}

#[test]
fn an_interview_named_by_who_gave_it() {
    let w = parse_note(
        "Tsikhanouskaya’s interview with Deutsche Welle, 9 March 2022, https://www.dw.com/en/interview-tsikhanouskaya/a-1.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Tsikhanouskaya’s interview with Deutsche Welle")
    );
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2022-03-09"));
}

#[test]
fn correspondence_with_the_author() {
    let w = parse_note("Polish Border Guard, written reply to the author, 2 October 2023.").work;
    assert_eq!(org(&w), Some("Polish Border Guard"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Written reply to the author"));
    let w = parse_note("Anna Kowalczyk, email to the authors, 14 May 2022.").work;
    assert!(
        matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Kowalczyk"),
        "{w:?}"
    );
}

#[test]
fn a_site_s_entry_and_record() {
    let w = parse_note(
        "Global Energy Monitor, entry “Mozyr Refinery,” accessed 2 May 2024, https://www.gem.wiki/Mozyr_Refinery.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Global Energy Monitor"));
    assert_eq!(w.title.as_deref(), Some("Mozyr Refinery"));
    let w =
        parse_note("VesselFinder, vessel record “BALTIC SUN,” IMO 9876543, accessed 1 June 2023.")
            .work;
    assert_eq!(org(&w), Some("VesselFinder"), "{w:?}");
}

#[test]
fn an_update_s_word_is_no_container() {
    let w = parse_note(
        "State Security Committee of Belarus, “List of Persons Involved in Terrorist Activity,” updated 2 February 2024, https://kgb.by/ru/perechen-lic/.",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2024-02-02"));
}

#[test]
fn a_body_s_paper_cited_in_print() {
    let w = parse_note(
        "Maryia Sadouskaya-Komlach, “Belarusian Media in Exile,” Heinrich Böll Foundation, November 2022, 8.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.container, None);
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("Heinrich Böll Foundation")
    );
    // A journal is named by its word; a day dates a web piece.
    let w = parse_note(
        "Anna Maria Dyner, “Belarus after 2020,” Journal of the Policy Institute, March 2022, 4.",
    )
    .work;
    assert_eq!(w.entry_type, "article", "{w:?}");
    let w = parse_note("Piotr Nowak, “Minsk and Beijing,” Wilson Center, 3 April 2023.").work;
    assert_ne!(w.entry_type, "report", "{w:?}");
}

#[test]
fn a_body_between_a_quoted_title_and_the_paper_s_kind() {
    let w = parse_note(
        "“Three Scenarios for Belarus,” Belarusian Institute for Strategic Studies, policy paper no. 7, May 2023, https://belinstitute.com/en/article/scenarios.",
    )
    .work;
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("Belarusian Institute for Strategic Studies"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("7"));
}

#[test]
fn a_kind_of_paper_and_its_place() {
    let w = parse_note(
        "Belstat, “Industrial output, January–June 2023,” statistical bulletin, Minsk, 2023, 12.",
    )
    .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Minsk"));
    // The range of months inside the quoted title is the title's.
    assert_eq!(
        w.title.as_deref(),
        Some("Industrial output, January–June 2023")
    );
}

#[test]
fn a_post_described_before_its_account() {
    let w = parse_note(
        "Facebook post by the Embassy of Lithuania in Minsk, 12 June 2023, https://www.facebook.com/LTembassyBY/posts/1234.",
    )
    .work;
    assert_eq!(org(&w), Some("Embassy of Lithuania in Minsk"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Facebook"));
}

#[test]
fn a_court_s_decision_in_a_numbered_case() {
    let w = parse_note(
        "Рішення Печерського районного суду м. Києва від 03.05.2022 у справі № 757/9876/22.",
    )
    .work;
    assert_eq!(w.entry_type, "jurisdiction", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("757/9876/22"));
    assert_eq!(w.container, None);
    let w =
        parse_note("Приговор Минского городского суда от 06.09.2021 по делу № 1-123/2021.").work;
    assert_eq!(w.entry_type, "jurisdiction", "{w:?}");
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2021-09-06"));
}

#[test]
fn an_executive_order_by_its_number_and_day() {
    let w = parse_note(
        "Executive Order 14024 of April 15, 2021, “Blocking Property With Respect To Specified Harmful Foreign Activities of the Government of the Russian Federation,” 86 Fed. Reg. 20249.",
    )
    .work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert!(w.authors.is_empty());
    assert_eq!(w.number.as_deref(), Some("14024"));
}

#[test]
fn a_working_paper_numbered_within_its_year() {
    let w = parse_note(
        "Iikka Korhonen, “Russia’s Growth after 2022,” BOFIT Discussion Paper 2024-03 (Helsinki: Bank of Finland, 2024), 11.",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("2024-03"), "{w:?}");
    assert_eq!(w.pages, None);
}

#[test]
fn editions_in_words() {
    let w = parse_note(
        "Hélène Carrère d’Encausse, L’Empire éclaté, nouvelle éd. (Paris : Flammarion, 1990), 33.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("L’Empire éclaté"), "{w:?}");
    assert_eq!(w.edition.as_deref(), Some("nouvelle éd."));
    let w =
        parse_note("Serhii Plokhy, The Gates of Europe, revised edn (London: Penguin, 2021), 5.")
            .work;
    assert_eq!(w.title.as_deref(), Some("The Gates of Europe"), "{w:?}");
}

#[test]
fn a_title_opening_with_a_place_and_a_year() {
    let w = parse_note(
        "Susanne Spahn, Belarus 2025: Zwischen Moskau und Europa (Berlin: SWP, 2023), 3.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Belarus 2025: Zwischen Moskau und Europa"),
        "{w:?}"
    );
    assert!(matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Spahn"));
}

#[test]
fn a_body_s_acronym_is_no_given_name() {
    let w = parse_note("OSCE ODIHR, “Belarus: Needs Assessment Mission Report,” 2 June 2020.").work;
    assert!(matches!(&w.authors[..], [Name::Organization(_)]), "{w:?}");
    let w = parse_note("BBC Monitoring, “Minsk TV on the border,” 9 November 2021.").work;
    assert_eq!(org(&w), Some("BBC Monitoring"), "{w:?}");
}

#[test]
fn a_paper_s_series_and_number_opening_the_note_is_no_author() {
    let w = parse_note("PISM Report 4/2021, “Lithuania and the Belarusian Transit,” Warsaw, 2021.")
        .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Lithuania and the Belarusian Transit")
    );
    assert_eq!(w.number.as_deref(), Some("4/2021"));
    // A body's name before a quoted title stays its author.
    let w = parse_note("Global Witness, “Smoke and Mirrors,” 3 May 2022.").work;
    assert_eq!(org(&w), Some("Global Witness"), "{w:?}");
    let w = parse_note("Belarus Digest Team, “Ten Years of Sanctions,” 12 March 2021.").work;
    assert!(!w.authors.is_empty(), "{w:?}");
    assert_eq!(w.number, None);
}
