//! The names that open a note, read from the labeller's author span with
//! what reference lists set around them: Harvard's `(no date)`, the year
//! read with the names (`Luhmann, Niklas, 1997:`, `Schulze, Gerhard
//! (1992a):`), ASA's co-authors after `with`, a list of editors the
//! labeller cut before its last name; and the year of the edition cited
//! after the first edition's in brackets (`[1983] 2012.`).

use std::sync::LazyLock;

use regex::Regex;

use super::fields::name_list;
use crate::entry::Name;
use crate::parse::names::parse_author_segment;
use crate::parse::text::plain;

/// "Luhmann, Niklas, 1997:" (the Kölner Zeitschrift's head), "Schulze,
/// Gerhard (1992a):": a year, perhaps with a letter that tells an author's
/// works of one year apart, at the end of the names.
static YEAR_AFTER_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\s,]\(?((?:1[5-9]|20)\d\d)[a-h]?\)?[:.,]?\s*$").expect("year after names pattern")
});

/// "[1983] 2012.": the first edition's year in brackets, then the year of
/// the edition cited.
static YEAR_OF_EDITION_CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\[(?:1[5-9]|20)\d\d\]\s*((?:1[5-9]|20)\d\d)\b").expect("edition year pattern")
});

/// The names of a note's head, as read from the author span.
pub(super) struct HeadNames {
    pub names: Vec<Name>,
    /// The names end in an editors' mark.
    pub editors: bool,
    /// Harvard's "(no date)" ended the names.
    pub no_date: bool,
    /// A year read with the names.
    pub year: Option<i32>,
}

/// Reads the author span `raw`.
pub(super) fn head_names(raw: &str) -> HeadNames {
    let mut raw = raw.trim_start_matches(['/', ' ']);
    let mut no_date = false;
    // Harvard's "Ministry … (no date)": the mark ends the names.
    if let Some((start, end)) = crate::parse::dates::find_no_date(raw)
        && raw[end..]
            .trim_start_matches([')', ']', '.', ' '])
            .is_empty()
    {
        raw = raw[..start].trim_end_matches(['(', '[', ' ']);
        no_date = true;
    }
    let mut year = None;
    // Most names end without a digit: the pattern's search is skipped.
    let digit_at_end = raw.bytes().rev().take(10).any(|b| b.is_ascii_digit());
    if digit_at_end
        && let Some(c) = YEAR_AFTER_NAMES.captures(raw)
        && let Some(whole) = c.get(0)
        && let names = raw[..whole.start()].trim_end_matches([',', ' '])
        && persons_inverted(names)
    {
        year = c[1].parse::<i32>().ok();
        raw = names;
    }
    // "Lipset, Seymour Martin, with Martin Trow and James Coleman.":
    // co-authors named after "with".
    let with = raw
        .split_once(", with ")
        .and_then(|(head, tail)| Some((head, co_authors(tail)?)));
    if let Some((head, _)) = with {
        raw = head;
    }
    let (mut names, editors) = parse_author_segment(&name_list(&plain(raw)));
    names.extend(with.map(|(_, more)| more).unwrap_or_default());
    HeadNames {
        names,
        editors,
        no_date,
        year,
    }
}

/// The year of the edition cited in a date span that opens with the first
/// edition's year in brackets.
pub(super) fn edition_year_cited(raw: &str) -> Option<i32> {
    YEAR_OF_EDITION_CITED
        .captures(raw)
        .and_then(|c| c[1].parse().ok())
}

fn all_persons(names: &[Name]) -> bool {
    names.iter().all(|n| matches!(n, Name::Person { .. }))
}

/// "Castree, N.", "Luhmann, Niklas": people, the first named family name
/// first (a body's name before a yearbook's year, "SIPRI Yearbook 2023:",
/// "Human Rights Watch, World Report 2024:", is none).
fn persons_inverted(names: &str) -> bool {
    if !names.contains(',') {
        return false;
    }
    let (names, _) = parse_author_segment(&name_list(&plain(names)));
    !names.is_empty() && all_persons(&names)
}

/// Names after "with" that are people, and at most four of them.
pub(super) fn co_authors(names: &str) -> Option<Vec<Name>> {
    let names = names.trim_end_matches(['.', ',', ' ']);
    if names.is_empty() || names.len() > 160 {
        return None;
    }
    let (names, _) = parse_author_segment(&name_list(&plain(names)));
    (!names.is_empty() && names.len() <= 4 && all_persons(&names)).then_some(names)
}

/// The names of a note's head that end in an editors' mark ("Mayntz,
/// Renate, und Fritz W. Scharpf (Hg.),"), when they are all persons and
/// more than one.
pub(super) fn editors_run_from_authors(names: &str) -> Option<Vec<Name>> {
    let trimmed = names.trim_end_matches([',', ':', ' ']);
    let body = crate::parse::names::without_editors_mark(trimmed)?;
    let (names, _) = parse_author_segment(&name_list(&plain(body)));
    (names.len() >= 2 && all_persons(&names)).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_after_inverted_names_is_read_apart() {
        let h = head_names("Esser, Hartmut, 1993:");
        assert_eq!(h.year, Some(1993));
        assert_eq!(h.names.len(), 1);
        let h = head_names("Kaase, Max (1983b):");
        assert_eq!(h.year, Some(1983));
        // A body's yearbook keeps its year.
        assert_eq!(head_names("Eurostat Regional Yearbook 2021:").year, None);
    }

    #[test]
    fn co_authors_after_with_and_editors_cut_before_the_last() {
        let h = head_names("Wright, Erik Olin, with Joel Rogers.");
        assert_eq!(h.names.len(), 2);
        assert!(co_authors("respect to the reforms").is_none());
        assert_eq!(
            editors_run_from_authors("Berger, Peter A., und Michael Vester (Hg.),")
                .map(|n| n.len()),
            Some(2)
        );
        assert_eq!(edition_year_cited("[1905] 1988."), Some(1988));
    }
}
