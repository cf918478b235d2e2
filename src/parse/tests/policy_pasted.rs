//! Unit tests of the readings that policy endnotes pasted from PDFs and web
//! pages need: a possessive opening a title, a page title with its site
//! after a bar or its site's address before it, lead-ins that name a source
//! ("As quoted in", "Data from"), UN and European acts, acts and judgments
//! named in English, yearly reports, a series number with its year, a
//! country's report after its body, a date inside a title, GOST's page on a
//! site. Each note is made up in a shape real notes have.
use super::org;
use crate::entry::Name;
use crate::parse::*;

fn day(w: &Work) -> Option<String> {
    w.date.map(|d| d.to_string())
}

#[test]
fn a_possessive_after_the_name_opens_the_title() {
    let w = parse_note("Olena Hrytsenko, Ukraine’s Regions at War (Kyiv: NISS, 2023), 14.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Ukraine’s Regions at War"),
        "{w:?}"
    );
    assert!(matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Hrytsenko"));
}

#[test]
fn a_quote_opening_the_reference_has_no_author() {
    let w =
        parse_note("“Lithuania,” in The Military Balance 2023 (London: IISS, 2023), 112–114.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Lithuania"));
}

#[test]
fn lead_ins_naming_a_source() {
    for (note, start) in [
        (
            "As cited in Paul Goble, “Moscow Plans a New Census,” Window on Eurasia, 12 May 2021.",
            "Paul Goble, “Moscow",
        ),
        (
            "Data from Eurostat, “Imports from Belarus by product,” accessed 2 June 2024, https://ec.europa.eu/eurostat/x.",
            "Eurostat, “Imports",
        ),
        (
            "Statistics from National Bank of Ukraine, Inflation Report (Kyiv: NBU, 2023), 4.",
            "National Bank of Ukraine",
        ),
        (
            "As reported by Interfax, “Minsk closes two border crossings,” 4 May 2023.",
            "Interfax, “Minsk",
        ),
    ] {
        let p = split::pieces(note);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with(start), "{p:?}");
    }
    // A quotation after "As … by" is someone's words, not a title; and
    // "From" opening a title is the title's.
    let p = split::pieces(
        "As argued by Anna Maria Dyner, “the union state is a façade,” Dyner, Bilateral Relations (Warsaw: PISM, 2020), 9.",
    );
    assert!(
        p.iter().all(|w| !w.starts_with("Anna Maria Dyner")),
        "{p:?}"
    );
    let w = parse_note("From Plan to Market: World Development Report 1996 (New York: Oxford University Press, 1996).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("From Plan to Market: World Development Report 1996"),
        "{w:?}"
    );
}

#[test]
fn a_page_title_with_its_site() {
    let w = parse_note(
        "“Minsk court jails blogger for eight years | Euronews,” https://www.euronews.com/2023/03/01/minsk (accessed 2 March 2023).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Minsk court jails blogger for eight years"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Euronews"));
    let w = parse_note(
        "Mfa.gov.by. Briefing by the press secretary. 14 March 2023. https://mfa.gov.by/press/briefings/x.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Briefing by the press secretary"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Mfa.gov.by"));
    let w =
        parse_note("Vm.ee. Statement on sanctions. 2 May 2024. https://www.vm.ee/en/news/x.").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Statement on sanctions"));
    assert_eq!(w.container.as_deref(), Some("Vm.ee"));
}

#[test]
fn un_and_european_acts_by_their_designation() {
    let w = parse_note(
        "UN Security Council, Resolution 2202, “Maintenance of international peace,” S/RES/2202, 17 February 2015.",
    )
    .work;
    assert_eq!(org(&w), Some("UN Security Council"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Maintenance of international peace")
    );
    // The document's symbol, where the note gives it, numbers it.
    assert_eq!(w.number.as_deref(), Some("S/RES/2202"));
    let w = parse_note(
        "European Parliament resolution of 6 October 2022 on Russia's escalation of its war against Ukraine (2022/2851(RSP)), OJ C 132, 14.4.2023, p. 108.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "European Parliament resolution of 6 October 2022 on Russia's escalation of its war against Ukraine"
        ),
        "{w:?}"
    );
    assert_eq!(day(&w).as_deref(), Some("2022-10-06"));
    assert_eq!(w.number.as_deref(), Some("2022/2851(RSP)"));
    // Without the Official Journal, and numbered.
    let w = parse_note(
        "Parliamentary Assembly resolution of 12 October 2022 on further escalation in the Russian aggression (Resolution 2463), https://pace.coe.int/en/files/31390.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Parliamentary Assembly resolution of 12 October 2022 on further escalation in the Russian aggression"
        ),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("Resolution 2463"));
    // An EU act's Official Journal, with the amended act run into it.
    let w = parse_note(
        "Council Regulation (EU) 2024/1485 of 29 May 2024 amending Regulation (EC) No 765/2006, OJ L 1485, 29.5.2024.",
    )
    .work;
    assert_eq!(w.container, None, "{w:?}");
}

#[test]
fn national_acts_and_judgments_named_in_english() {
    let n = parse_note(
        "Law of Ukraine No. 2145-VIII of 5 September 2017 “On Education,” https://zakon.rada.gov.ua/laws/show/2145-19.",
    );
    assert_eq!(n.work.entry_type, "legislation", "{:?}", n.work);
    assert!(n.work.authors.is_empty());
    assert_eq!(n.work.title.as_deref(), Some("On Education"));
    assert_eq!(n.work.number.as_deref(), Some("2145-VIII"));
    assert_eq!(n.work.volume, None);
    assert_eq!(day(&n.work).as_deref(), Some("2017-09-05"));
    let n = parse_note(
        "Judgment of the Constitutional Court of Lithuania of 14 March 2019 in the case on the status of the state language.",
    );
    assert_eq!(n.work.entry_type, "jurisdiction", "{:?}", n.work);
    assert_eq!(day(&n.work).as_deref(), Some("2019-03-14"));
    // A title about a law is not the law.
    let n = parse_note(
        "Ivan Petrov, “Decree No. 5 of 1 May 2020 and Its Critics,” Law Review 3 (2021): 5–9.",
    );
    assert_ne!(n.work.entry_type, "legislation", "{:?}", n.work);
}

#[test]
fn a_un_document_mark_and_symbol_after_the_title() {
    let w = parse_note(
        "Miklós Haraszti, Situation of human rights in Belarus, UN Doc. A/HRC/29/43, 27 April 2015, para. 8.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Situation of human rights in Belarus"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("A/HRC/29/43"));
}

#[test]
fn yearly_reports_keep_their_year() {
    let w = parse_note("Estonian Foreign Intelligence Service, International Security and Estonia 2023 (Tallinn, 2023), 20.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("International Security and Estonia 2023"),
        "{w:?}"
    );
    let w = parse_note(
        "“Ukraine,” in Amnesty International, Annual Report 2022 (London: Amnesty, 2023), 380–384.",
    )
    .work;
    assert_eq!(w.number, None, "{w:?}");
}

#[test]
fn report_numbers_country_reports_and_dates_inside_titles() {
    let w = parse_note(
        "Kiel Institute, “Ukraine Support Tracker,” Kiel Policy Brief 12/2023, 7 December 2023.",
    )
    .work;
    assert_eq!(w.number.as_deref(), Some("12/2023"), "{w:?}");
    assert_eq!(day(&w).as_deref(), Some("2023-12-07"));
    let w = parse_note(
        "International Monetary Fund, Ukraine: 2021 Article IV Consultation—Press Release; Staff Report, IMF Country Report No. 21/250 (Washington, DC: IMF, November 2021), 7.",
    )
    .work;
    assert_eq!(org(&w), Some("International Monetary Fund"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Ukraine: 2021 Article IV Consultation—Press Release; Staff Report")
    );
    // The labeller's title inside the country's name: no reading, no
    // panic.
    let n =
        parse_note("World Bank, Republic of Belarus: Belarus (Washington, DC: World Bank, 2020).");
    assert!(n.work.title.is_some(), "{:?}", n.work);
    let w = parse_note(
        "ODIHR, Statement of Preliminary Findings on the Parliamentary Elections of 26 October 2014 in Ukraine, 27 October 2014, 4.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Statement of Preliminary Findings on the Parliamentary Elections of 26 October 2014 in Ukraine"
        ),
        "{w:?}"
    );
    assert_eq!(day(&w).as_deref(), Some("2014-10-27"));
}

#[test]
fn a_gost_page_on_a_site_before_its_date() {
    let w = parse_note(
        "Тихановская С. Обращение к белорусам. Официальный сайт Офиса Светланы Тихановской. 2023. 9 августа. URL: https://tsikhanouskaya.org/ru/news/x.",
    )
    .work;
    assert!(
        matches!(&w.authors[..], [Name::Person { family, .. }] if family == "Тихановская"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Обращение к белорусам"));
    assert_eq!(
        w.container.as_deref(),
        Some("Официальный сайт Офиса Светланы Тихановской")
    );
}
