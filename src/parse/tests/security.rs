//! Unit tests of the readings the set of security and defence notes
//! (`tests/data/footnotes/security.tsv`) and the gaps left before it led
//! to: a think tank named "… House" after a quoted title, editors' names
//! run into a title before their mark, a publisher's article read with
//! its place, APA's title cut at a small "in", a publisher after a place
//! read as a second title, a report's code before its imprint and a year
//! after a dash ending its title, a UN resolution's symbol, a Ukrainian
//! decree's `року`, a database named at a note's head, the period a
//! periodic report covers, a range of days written day first, NATO's
//! release numbers, a UK parliamentary paper in OSCOLA's form, a bracket
//! closed after a span's start was trimmed.
//! Each note is made up in a shape real notes have, and differs from the
//! set's.
use super::date;
use crate::entry::Name;
use crate::parse::*;

fn families(w: &Work, editors: bool) -> Vec<String> {
    let names = if editors { &w.editors } else { &w.authors };
    names
        .iter()
        .filter_map(|n| match n {
            Name::Person { family, .. } => Some(family.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_house_after_a_quoted_title_publishes_a_paper() {
    let w =
        parse_note("Nigel Gould-Davies, “Belarus and the Sanctions Regime,” Freedom House, 2022.")
            .work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.institution.as_deref(), Some("Freedom House"));
    assert_eq!(w.container, None);
    // A person named House is no body.
    let w =
        parse_note("M. House, “Title of the Essay,” Journal of Politics 12, no. 3 (2020): 4–9.")
            .work;
    assert_eq!(w.entry_type, "article", "{w:?}");
}

#[test]
fn editors_run_into_the_title_before_their_mark() {
    let w = parse_note("Piotr Nowicki, Anna Zielińska (red.), Bezpieczeństwo Europy Środkowej, Lublin 2019, s. 12.").work;
    assert_eq!(families(&w, true), ["Nowicki", "Zielińska"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Bezpieczeństwo Europy Środkowej"));
    let w =
        parse_note("Paolo Conti e Laura Ricci (a cura di), La NATO e l'Italia, Roma 2015, p. 7.")
            .work;
    assert_eq!(families(&w, true), ["Conti", "Ricci"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("La NATO e l'Italia"));
    // A title with a bracketed word after a name is no list of editors.
    let w = parse_note("Jan Nowak, Polska (i Europa), Kraków 2015.").work;
    assert!(w.editors.is_empty(), "{w:?}");
}

#[test]
fn a_publishers_article_read_with_the_place() {
    let w = parse_note("G. Rossi, L'Europa e la difesa, Bologna, il Mulino, 2018, p. 33.").work;
    assert_eq!(w.location.as_deref(), Some("Bologna"), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("il Mulino"));
}

#[test]
fn apa_title_cut_at_a_small_in() {
    let w = parse_note("Kofman, M., & Evans, R. (2022). Lessons in Ukraine's 2022 war (CNA Occasional Paper). Center for Naval Analyses.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Lessons in Ukraine's 2022 war"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "report");
    assert_eq!(w.institution.as_deref(), Some("Center for Naval Analyses"));
}

#[test]
fn a_publisher_after_a_place_read_as_a_second_title() {
    let w = parse_note("Markus Kaim, Die NATO nach Vilnius, SWP-Studie 8, Berlin: Stiftung Wissenschaft und Politik, Mai 2024, S. 11.").work;
    assert_eq!(
        w.institution.as_deref().or(w.publisher.as_deref()),
        Some("Stiftung Wissenschaft und Politik"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Die NATO nach Vilnius"));
}

#[test]
fn a_code_before_the_imprint_and_a_year_after_a_dash() {
    let w = parse_note("Johan Norberg, Russia's Armed Forces – 2021, FOI-R--5012--SE (Stockholm: FOI, March 2021), 14.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Russia's Armed Forces – 2021"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("FOI-R--5012--SE"));
    assert_eq!(w.location.as_deref(), Some("Stockholm"));
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_un_resolution_numbered_by_its_symbol() {
    let w = parse_note("UN General Assembly, Resolution ES-11/4, “Territorial integrity of Ukraine,” A/RES/ES-11/4 (12 October 2022).").work;
    assert_eq!(w.number.as_deref(), Some("A/RES/ES-11/4"), "{w:?}");
    let w = parse_note(
        "UN Security Council Resolution 2202 (2015), Ukraine, S/RES/2202 (17 February 2015).",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("S/RES/2202"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Ukraine"));
    // Without the symbol, the resolution's number.
    let w = parse_note("UN General Assembly, Resolution ES-11/4, “Territorial integrity of Ukraine,” 12 October 2022.").work;
    assert_eq!(w.number.as_deref(), Some("ES-11/4"), "{w:?}");
}

#[test]
fn a_ukrainian_decree_dated_with_the_word_for_year() {
    let w = parse_note("Указ Президента України від 30 вересня 2022 року № 679/2022 «Про рішення Ради національної безпеки і оборони України».").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("679/2022"));
    assert_eq!(date(&w).as_deref(), Some("2022-09-30"));
}

#[test]
fn a_database_named_at_the_head() {
    let w = parse_note("SIPRI Arms Transfers Database, 2023, https://www.sipri.org/databases/armstransfers (accessed 3 March 2024).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("SIPRI Arms Transfers Database"),
        "{w:?}"
    );
    assert!(w.authors.is_empty());
    assert_eq!(w.entry_type, "dataset");
}

#[test]
fn the_period_a_periodic_report_covers_is_its_title() {
    let w = parse_note("UN Human Rights Monitoring Mission in Ukraine, Report on the Protection of Civilians, 1 December 2022–31 May 2023 (Kyiv: HRMMU, 29 June 2023), 5.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Report on the Protection of Civilians, 1 December 2022–31 May 2023"),
        "{w:?}"
    );
    assert_eq!(date(&w).as_deref(), Some("2023-06-29"));
}

#[test]
fn a_bodys_long_name_cut_before_a_title_past_its_comma() {
    let w = parse_note("UN Human Rights Monitoring Mission in Ukraine, Protection of Civilians in Ukraine: Update (Kyiv: HRMMU, 29 June 2023), 5.").work;
    assert_eq!(
        w.authors,
        [Name::Organization(
            "UN Human Rights Monitoring Mission in Ukraine".into()
        )],
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Protection of Civilians in Ukraine: Update")
    );
}

#[test]
fn a_range_of_days_written_day_first_is_its_first_day() {
    let w = parse_note("O. Koval, “Air Defence Lessons,” paper presented at the Riga Conference, Riga, 13–14 October 2023.").work;
    assert_eq!(date(&w).as_deref(), Some("2023-10-13"), "{w:?}");
    assert_eq!(w.pages, None);
    assert_eq!(w.container.as_deref(), Some("Riga Conference"));
}

#[test]
fn natos_release_numbered_by_year_and_serial() {
    let w = parse_note(
        "NATO, “Washington Summit Declaration,” press release 2024 (001), 10 July 2024.",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("2024 (001)"), "{w:?}");
    assert_eq!(w.volume, None);
}

#[test]
fn a_bracket_closed_after_the_spans_start_is_trimmed() {
    let w =
        parse_note("Orr, Daniel (2019), Border Security in Practice (Oxford: Clarendon Press).")
            .work;
    assert_eq!(w.publisher.as_deref(), Some("Clarendon Press"), "{w:?}");
}

#[test]
fn a_uk_parliamentary_paper_in_oscolas_form() {
    let w = parse_note("Defence Committee, Ready for War? (HC 2023-24, 26) 31.").work;
    assert_eq!(w.title.as_deref(), Some("Ready for War?"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("HC 2023-24, 26"));
    assert_eq!(w.container, None);
    assert_eq!(w.entry_type, "report");
    let p = parse_note("Ministry of Defence, Defence Command Paper 2023 (CP 901, 2023) 8.");
    assert_eq!(p.work.number.as_deref(), Some("CP 901"), "{:?}", p.work);
    assert_eq!(p.pinpoint.as_deref(), Some("8"));
}
