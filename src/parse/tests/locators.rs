//! Unit tests of the readings the set of volumes, pages and pinpoints
//! (`tests/data/footnotes/locators.tsv`) led to: the page cited after an
//! article's range with a comma alone or a word (`alle pp.`, `in part.`,
//! `bes.`), a law review's and OSCOLA's page cited after the first page, a
//! case's paragraph or page, a German `Jg.`/`H.` and an Italian `a.`/`fasc.`
//! volume and issue, a body editing a yearbook (`hrsg. vom`), a GB/T 7714
//! chapter after `//`, a GOST newspaper's day and page, a page that looks
//! like a year (after its mark or an imprint's bracket), a newspaper's
//! page with its section letter (`A12`, `sec. B, 3`), an OSCOLA article in
//! a journal the labeller does not know. Each note is made up in a shape
//! real notes have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

fn cited(note: &str) -> (Work, Option<String>) {
    let p = parse_note(note);
    (p.work, p.pinpoint)
}

#[test]
fn the_page_cited_after_an_article_s_range() {
    let (w, pin) = cited(
        "Paul D'Anieri, \"Ukraine's 2019 Elections,\" Problems of Post-Communism 66, no. 5 (2019): 301–14, 306.",
    );
    assert_eq!(
        (w.pages.as_deref(), pin.as_deref()),
        (Some("301--314"), Some("306"))
    );
    let (w, pin) = cited(
        "E. Sestan, Le origini delle signorie cittadine, in «Bullettino dell'Istituto storico italiano», a. LXXIII (1961), pp. 41-69, alle pp. 50-52.",
    );
    assert_eq!(
        (w.pages.as_deref(), pin.as_deref()),
        (Some("41--69"), Some("50--52"))
    );
    assert_eq!(w.volume.as_deref(), Some("LXXIII"));
    assert_eq!(
        w.container.as_deref(),
        Some("Bullettino dell'Istituto storico italiano")
    );
    let (w, pin) = cited(
        "G. Candeloro, La crisi di fine secolo, in «Società», VII (1951), n. 3, pp. 401-430, in part. pp. 410-412.",
    );
    assert_eq!(
        (w.pages.as_deref(), pin.as_deref()),
        (Some("401--430"), Some("410--412"))
    );
    // Pages outside the range are more of the work's.
    let (w, pin) =
        cited("Anna Frey, \"Trade Routes,\" Baltic Review 12, no. 1 (2018): 5–9, 14–15.");
    assert_eq!((w.pages.as_deref(), pin), (Some("5--9, 14--15"), None));
}

#[test]
fn a_law_review_s_page_cited_after_its_first_page() {
    let (w, pin) = cited(
        "Tom Hickman, 'The Substance and Structure of Proportionality' (2008) 67 CLJ 694, 701.",
    );
    assert_eq!(
        (w.pages.as_deref(), pin.as_deref()),
        (Some("694"), Some("701"))
    );
    let (w, pin) =
        cited("Danielle Keats Citron, Sexual Privacy, 128 Yale L.J. 1870, 1904 n.160 (2019).");
    assert_eq!(w.container.as_deref(), Some("Yale L.J."));
    assert_eq!(
        (w.pages.as_deref(), pin.as_deref()),
        (Some("1870"), Some("1904 n.160"))
    );
}

#[test]
fn a_case_s_paragraph_or_page_is_the_pinpoint() {
    let (w, pin) =
        cited("Opinion 1/15 (EU-Canada PNR Agreement) [2017] ECLI:EU:C:2017:592, paras 120–123.");
    assert_eq!(pin.as_deref(), Some("paras 120--123"), "{w:?}");
    let (w, pin) = cited(
        "Big Brother Watch and Others v. the United Kingdom, nos. 58170/13 and 2 others, § 345, 25 May 2021.",
    );
    assert_eq!(pin.as_deref(), Some("§ 345"), "{w:?}");
    let (w, pin) = cited("Lingens v. the United Kingdom (no. 2), no. 9815/82, § 41, 8 July 1986.");
    assert_eq!(
        w.title.as_deref(),
        Some("Lingens v. the United Kingdom (no. 2)")
    );
    assert_eq!((w.container, pin.as_deref()), (None, Some("§ 41")));
    let (w, pin) = cited("Riley v. California, 573 U.S. 373, 393 (2014).");
    assert_eq!(
        (w.volume.as_deref(), w.pages.as_deref()),
        (Some("573"), Some("373"))
    );
    assert_eq!(pin.as_deref(), Some("393"));
    let (w, pin) = cited("Commission v Poland (C-619/18) [2019] ECLI:EU:C:2019:531, para 58.");
    assert_eq!(w.title.as_deref(), Some("Commission v Poland"));
    assert_eq!(w.number.as_deref(), Some("C-619/18"));
    assert_eq!(pin.as_deref(), Some("para 58"));
}

#[test]
fn a_german_jahrgang_and_heft() {
    let (w, _) = cited(
        "Karl Ulrich Mayer, Lebensverläufe und gesellschaftlicher Wandel, in: Soziale Welt, 41. Jg., H. 3/1990, S. 297–318.",
    );
    assert_eq!(
        (
            w.volume.as_deref(),
            w.number.as_deref(),
            w.date.map(|d| d.year)
        ),
        (Some("41"), Some("3"), Some(1990))
    );
}

#[test]
fn a_body_edits_a_yearbook() {
    let (w, _) = cited(
        "Wolfgang Zellner, Die OSZE und Osteuropa, in: OSZE-Jahrbuch 2005, hrsg. vom Institut für Friedensforschung, Baden-Baden 2005, S. 21–30.",
    );
    assert_eq!(w.container.as_deref(), Some("OSZE-Jahrbuch 2005"));
    assert_eq!(
        w.editors,
        vec![Name::Organization("Institut für Friedensforschung".into())]
    );
}

#[test]
fn a_gbt_chapter_after_its_book_s_mark() {
    let p = parse_note(
        "冯绍雷. 欧亚秩序的变迁[M]//冯绍雷. 大变局. 上海: 华东师范大学出版社, 2019: 1-20.",
    );
    assert_eq!(p.work.container.as_deref(), Some("大变局"));
    assert_eq!(p.work.entry_type, "incollection");
}

#[test]
fn a_gost_newspaper_s_day_and_page() {
    let (w, _) = cited("Петров П. Минск и Москва // Советская Белоруссия. 2019. 15 мая. С. 2.");
    assert_eq!(w.pages.as_deref(), Some("2"));
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(5), Some(15))));
    assert!(w.newspaper, "{w:?}");
}

#[test]
fn a_page_that_looks_like_a_year() {
    let (_, pin) = cited("B. Croce, Storia d'Italia, Bari, Laterza, 1928, vol. II, p. 1914.");
    assert_eq!(pin.as_deref(), Some("1914"));
}

#[test]
fn a_newspaper_s_page_keeps_its_section_letter() {
    let (w, _) = cited("Ellen Barry, \"Minsk Votes,\" New York Times, December 20, 2010, A12.");
    assert_eq!(w.pages.as_deref(), Some("A12"));
}

#[test]
fn an_oscola_article_in_a_journal_the_labeller_does_not_know() {
    let p = parse_note(
        "Nicholas Bamforth, 'Parliamentary Sovereignty and the Human Rights Act' (1998) 57 CLJ 538, 541.",
    );
    assert_eq!(p.work.container.as_deref(), Some("CLJ"));
    assert_eq!(
        (p.work.volume.as_deref(), p.work.pages.as_deref()),
        (Some("57"), Some("538"))
    );
    assert_eq!(p.pinpoint.as_deref(), Some("541"));
    // A journal without volumes, its year in square brackets.
    let p = parse_note("Adam Tomkins, 'The Struggle to Delimit Executive Power' [2010] PL 33.");
    assert_eq!(
        (p.work.container.as_deref(), p.work.pages.as_deref()),
        (Some("PL"), Some("33"))
    );
}

#[test]
fn a_page_after_an_imprint_that_looks_like_a_year() {
    let p = parse_note("Serhii Plokhy, The Last Empire (New York: Basic Books, 2014), 1991.");
    assert_eq!(p.work.date.map(|d| d.year), Some(2014));
    assert_eq!(p.pinpoint.as_deref(), Some("1991"));
}

#[test]
fn a_newspaper_s_section_and_page() {
    let (w, _) =
        cited("Andrew Kramer, \"Minsk Protests,\" New York Times, August 17, 2020, sec. B, 3.");
    assert_eq!(w.pages.as_deref(), Some("B3"));
}

#[test]
fn a_newspaper_s_section_spelled_out() {
    let (w, _) =
        cited("Neil MacFarquhar, \"Belarus Votes,\" Washington Post, June 2, 2020, section C, 4.");
    assert_eq!(w.pages.as_deref(), Some("C4"));
}
