//! The place a court decision's citation cites: a paragraph (`para 285`,
//! `§ 412`, OSCOLA's `[45]` after the report) or, in the Bluebook, the
//! page after a reporter's first page (`585 U.S. 667, 700 (2018)`, whose
//! volume and first page are the report's). It is the note's pinpoint,
//! never the decision's pages.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::details::page_range;

/// "para 285", "paras. 40–44", "§ 412", "§§ 40-44" after a comma or space.
static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s,])((?:§§?|¶¶?|paras?\.?)\s?\d{1,5}(?:\s?[–-]\s?\d{1,5})?)(?:[\s,.;)]|$)")
        .expect("paragraph pattern")
});

/// OSCOLA's paragraph in square brackets closing the citation: "[2018] AC
/// 61 [45]".
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\w (\[\d{1,4}(?:[–-]\d{1,4})?\](?:\s?[–-]\s?\[\d{1,4}\])?)\.?$")
        .expect("bracketed paragraph pattern")
});

/// A US reporter's volume, name and first page, then the page cited and
/// the court and year in brackets: "585 U.S. 667, 700 (2018)", "881
/// N.W.2d 749, 760–61 (Wis. 2016)".
static REPORTER_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(\d{1,4}) ([A-Z][A-Za-z.\d]*(?: [A-Z][A-Za-z.\d]*){0,3}) (\d{1,5}), (\d{1,5}(?:[–-]\d{1,5})?) \((?:[^()]*\s)?(?:1[6-9]|20)\d\d\)")
        .expect("reporter page pattern")
});

/// The place `text`, a decision's citation, cites; a reporter's volume and
/// first page go to `work`.
pub(in crate::parse) fn of_case(text: &str, work: &mut Work) -> Option<String> {
    let text = text.trim();
    if let Some(c) = REPORTER_PAGE.captures(text) {
        work.volume = Some(c[1].to_string());
        work.pages = Some(c[3].to_string());
        return Some(page_range(&c[4]));
    }
    let place = PARAGRAPH
        .captures(text)
        .map(|c| page_range(&c[1]))
        .or_else(|| {
            BRACKETED
                .captures(text)
                .filter(|c| !is_year(c[1].trim_matches(['[', ']'])))
                .map(|c| page_range(&c[1]))
        })?;
    // The labeller may have read the paragraph's number as the pages.
    if work.pages.as_deref().is_some_and(|p| {
        place.ends_with(p) || place.contains(&format!("{p}]")) || p.contains(['[', ']'])
    }) {
        work.pages = None;
    }
    Some(place)
}

/// "[2017]": a year, not a paragraph.
fn is_year(n: &str) -> bool {
    n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> (Option<String>, Work) {
        let mut work = Work::default();
        let p = of_case(text, &mut work);
        (p, work)
    }

    #[test]
    fn a_paragraph_of_a_judgment() {
        let (p, _) = place(
            "Schrems v Data Protection Commissioner (C-362/14) [2015] ECR I-650, paras 94–95.",
        );
        assert_eq!(p.as_deref(), Some("paras 94--95"));
        let (p, _) = place("Navalnyy v. Russia, no. 29580/12, § 102, 15 November 2018.");
        assert_eq!(p.as_deref(), Some("§ 102"));
        let (p, _) = place("Bank Mellat v HM Treasury (No 2) [2013] UKSC 39, [2014] AC 700 [20].");
        assert_eq!(p.as_deref(), Some("[20]"));
        let (p, _) = place("Othman v United Kingdom (2012) 55 EHRR 1 [258]–[261].");
        assert_eq!(p.as_deref(), Some("[258]--[261]"));
    }

    #[test]
    fn a_page_after_a_reporters_first_page() {
        let (p, w) = place("Packingham v. North Carolina, 582 U.S. 98, 107–08 (2017).");
        assert_eq!(p.as_deref(), Some("107--08"));
        assert_eq!(
            (w.volume.as_deref(), w.pages.as_deref()),
            (Some("582"), Some("98"))
        );
    }

    #[test]
    fn a_citation_without_a_place() {
        assert_eq!(
            place("R (Begum) v Special Immigration Appeals Commission [2021] UKSC 7.").0,
            None
        );
        assert_eq!(place("Zivotofsky v. Kerry, 576 U.S. 1 (2015).").0, None);
        assert_eq!(
            place("Judgment of the Court of 6 October 2020 [2020]").0,
            None
        );
    }
}
