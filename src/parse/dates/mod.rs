//! Dates in notes: "March 27, 2023", "27 March 2023", "December 2022",
//! "2020", "27 марта 2023 г.", "01.02.2023", "2023-03-27", "2023年3月27日",
//! and the ways of saying there is none ("n.d.", "N.d.", "б. г.").

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;

mod months;
mod ranges;
mod regional;

use months::{LACINKA_MONTHS, MONTHS, MORE_MONTHS, PERIOD_MONTHS, POLISH_MONTHS, all_months};
pub use months::{is_month, is_month_lowercase, month_number};
pub use ranges::first_day_of_range;
pub(crate) use ranges::years;

/// A date found in a note, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub date: Date,
}

impl DateMatch {
    /// 3 for a day, 2 for a month, 1 for a year.
    pub fn precision(&self) -> u8 {
        precision(&self.date)
    }
}

/// 3 for a date with its day, 2 with its month, 1 for a year alone.
pub fn precision(date: &Date) -> u8 {
    match (date.month, date.day) {
        (Some(_), Some(_)) => 3,
        (Some(_), None) => 2,
        _ => 1,
    }
}

static MONTH_ALT: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = all_months().map(|(m, _)| *m).collect();
    // Longest first, so that "march" wins over "mar".
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.join("|")
});

const YEAR: &str = r"(1[5-9]\d\d|20\d\d)";
/// An ASCII word boundary, for edges next to digits. Unicode `\b` would make
/// the regex engine give up its fast DFA on Cyrillic text.
const B: &str = r"(?-u:\b)";
/// Before a month name: start, or a character that is not a letter.
const LB: &str = r"(?:^|[^\p{L}])";
/// After a month name: end, or a character that is not a letter.
const RB: &str = r"(?:$|[^\p{L}])";

/// A date pattern, what it reads, and what it cannot match without (a
/// search for a character is far cheaper than the pattern's, and every
/// piece of every note is searched).
type Pattern = (Regex, Kind, Need);

/// What a text must hold for a date pattern to match in it.
enum Need {
    /// A year, which every pattern needs and is tested first.
    Year,
    /// What the function tells.
    Test(fn(&str) -> bool),
    /// A month's name ([`may_name_month`]).
    Month,
}

impl Need {
    /// Whether a pattern with this need can match in `text`.
    fn allows(&self, text: &str) -> bool {
        match self {
            Need::Year => true,
            Need::Test(test) => test(text),
            Need::Month => may_name_month(text),
        }
    }
}

/// The first three letters of every month name in [`MONTHS`] and
/// [`MORE_MONTHS`] (a name of two letters with its period), the first
/// four of [`POLISH_MONTHS`] and five of [`LACINKA_MONTHS`], in any
/// letter case: every name begins with its own stem.
static MONTH_STEMS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let mut stems: Vec<String> = MONTHS
        .iter()
        .chain(MORE_MONTHS)
        // "жн.": a name of two letters with its period (the two letters
        // are in many words).
        .map(|(name, _)| match name.chars().count() {
            0..=2 => format!("{name}."),
            _ => name.chars().take(3).collect(),
        })
        // Polish months by four letters, Łacinka's by five.
        .chain(POLISH_MONTHS.iter().map(|(name, _)| long_stem(name, 4)))
        .chain(LACINKA_MONTHS.iter().map(|(name, _)| long_stem(name, 5)))
        .collect();
    stems.sort();
    stems.dedup();
    let stems: Vec<&str> = stems.iter().map(String::as_str).collect();
    crate::parse::text::any_case(&stems)
});

/// The first `n` letters of a month's name, six where it opens with
/// "list" ("listopad", "listapad"; "list" is an English word).
fn long_stem(name: &str, n: usize) -> String {
    let n = if name.starts_with("list") { 6 } else { n };
    name.chars().take(n).collect()
}

/// Whether `text` may name a month: a quick test before the patterns that
/// read one (false only when no month name can be in it).
pub(crate) fn may_name_month(text: &str) -> bool {
    MONTH_STEMS.is_match(text)
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let m = MONTH_ALT.as_str();
    let r = |p: String| Regex::new(&p).expect("date pattern");
    vec![
        (
            r(format!(r"{B}{YEAR}-(\d\d)-(\d\d){B}")),
            Kind::Iso,
            Need::Test(|t| t.contains('-')),
        ),
        // Compact ISO dates of press releases and file names: 20190520.
        (
            r(format!(r"{B}{YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]){B}")),
            Kind::Iso,
            Need::Test(|t| has_digit_run(t, 8)),
        ),
        (
            r(format!(
                r"(?i){LB}({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR}{B}"
            )),
            Kind::MonthDayYear,
            Need::Month,
        ),
        (
            r(format!(
                r"(?i){B}(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?({m})\.?,?\s+(?:de\s+)?{YEAR}(?:\s*(?:г\.|года|р\.|року))?"
            )),
            Kind::DayMonthYear,
            Need::Month,
        ),
        // A range of months dates a work by its first: "jul./set. 2018".
        (
            r(format!(r"(?i){LB}({m})\./\p{{L}}{{3,5}}\.?\s+{YEAR}{B}")),
            Kind::MonthYear,
            Need::Month,
        ),
        // ABNT's months that are English words, always with their period,
        // alone or opening a range: "12 out. 2021", "set./dez. 2019".
        (
            r(format!(
                r"(?i){LB}(?:(\d{{1,2}})\s+)?(set|out|ago)\.(?:/\p{{L}}{{3,5}}\.?)?\s+{YEAR}{B}"
            )),
            Kind::PeriodMonth,
            Need::Test(may_have_period_month),
        ),
        // APA in other languages: "(2023, 15 de marzo)", "(2013, 23.
        // März)", "(2013, 23 mars)", "(2015, 3 января)".
        (
            r(format!(
                r"(?i){B}{YEAR},\s*(\d{{1,2}})\.?\s+(?:de\s+)?({m}){RB}"
            )),
            Kind::YearDayMonth,
            Need::Month,
        ),
        (
            // Czech and German may space the parts: "15. 2. 2017".
            r(format!(r"{B}(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?{YEAR}{B}")),
            Kind::DottedDmy,
            Need::Test(|t| t.contains('.')),
        ),
        (
            r(format!(r"(?i){B}{YEAR}[a-z]?,\s*({m})\.?\s+(\d{{1,2}}){B}")),
            Kind::YearMonthDay,
            Need::Month,
        ),
        // Lithuanian: "2023 m. rugpjūčio 4 d.".
        (
            r(format!(r"(?i){B}{YEAR}\s?m\.\s+({m})\s+(\d{{1,2}})\s?d\.")),
            Kind::YearMonthDay,
            Need::Month,
        ),
        // Hungarian: "2010. március 5.", "2019. márc. 12.".
        (
            r(format!(r"(?i){B}{YEAR}\.\s+({m})\.?\s+(\d{{1,2}})\.")),
            Kind::YearMonthDay,
            Need::Month,
        ),
        // Vancouver's "2022 Mar;59(3)", "2022 Mar 15;", "[cited 2024 Jan 15]".
        (
            r(format!(
                r"(?i){B}{YEAR}\s+({m})\.?(?:\s+(\d{{1,2}}))?\s*[;:\]]"
            )),
            Kind::YearMonthDay,
            Need::Month,
        ),
        (
            r(format!(r"(?i){B}{YEAR}[a-z]?,\s*({m})(?:\.|{RB})")),
            Kind::YearMonth,
            Need::Month,
        ),
        (
            r(format!(
                r"{YEAR}\s*年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*日)?"
            )),
            Kind::Chinese,
            Need::Test(|t| t.contains('年')),
        ),
        (
            r(format!(
                r"(?i){LB}({m})\.?,?\s+{YEAR}(?:\s*(?:г\.|года|р\.|року))?"
            )),
            Kind::MonthYear,
            Need::Month,
        ),
        (
            r(format!(
                r"{B}{YEAR}[a-z]?{B}(?:\s*(?:гг?\.|года|р\.|року))?|{YEAR}年"
            )),
            Kind::Year,
            Need::Year,
        ),
    ]
});

/// Whether a word, without its period, is one of [`PERIOD_MONTHS`] ("set",
/// "Out"), which name a month only with the period after them.
pub fn is_period_month(word: &str) -> bool {
    PERIOD_MONTHS
        .iter()
        .any(|(m, _)| m.eq_ignore_ascii_case(word))
}

/// The number of a month's name, [`PERIOD_MONTHS`] included (for the
/// patterns that read those only with their period).
fn any_month(name: &str) -> Option<u8> {
    month_number(name).or_else(|| {
        PERIOD_MONTHS
            .iter()
            .find(|(m, _)| m.eq_ignore_ascii_case(name))
            .map(|(_, n)| *n)
    })
}

/// Whether `text` may hold one of [`PERIOD_MONTHS`] with its period
/// ("set.", "Out."): the three letters before a stop.
fn may_have_period_month(text: &str) -> bool {
    memchr::memchr_iter(b'.', text.as_bytes())
        .any(|at| at >= 3 && text.get(at - 3..at).is_some_and(is_period_month))
}

/// Whether `text` has `n` ASCII digits in a row.
fn has_digit_run(text: &str, n: usize) -> bool {
    let mut run = 0;
    for b in text.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Iso,
    MonthDayYear,
    DayMonthYear,
    DottedDmy,
    YearMonthDay,
    YearDayMonth,
    PeriodMonth,
    YearMonth,
    Chinese,
    MonthYear,
    Year,
}

impl Kind {
    /// Whether every group of the kind's pattern is in a fixed place of the
    /// match ("2019-05-20", "20190520", "20.5.2019", "2019"), so that the
    /// date is read from the match without capture groups.
    fn reads_whole(self) -> bool {
        matches!(self, Kind::Iso | Kind::DottedDmy | Kind::Year)
    }

    /// The date of a whole match of a kind that [`Kind::reads_whole`].
    fn read_whole(self, whole: &str) -> Option<Date> {
        let num = |s: Option<&str>| s.and_then(|s| s.trim_start().parse::<u32>().ok());
        match self {
            // "2019-05-20" or "20190520".
            Kind::Iso if whole.contains('-') => ymd(
                num(whole.get(..4)),
                num(whole.get(5..7)),
                num(whole.get(8..10)),
            ),
            Kind::Iso => ymd(
                num(whole.get(..4)),
                num(whole.get(4..6)),
                num(whole.get(6..8)),
            ),
            Kind::DottedDmy => {
                let mut parts = whole.split('.');
                let (day, month, year) = (parts.next(), parts.next(), parts.next());
                ymd(num(year), num(month), num(day))
            }
            // The year begins the match, whatever follows it ("2019a",
            // "2019 г.", "2019年").
            Kind::Year => ymd(num(whole.get(..4)), None, None),
            _ => None,
        }
    }
}

/// Every date in `text`, most specific readings first where they overlap,
/// then in order of position.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let mut found: Vec<DateMatch> = Vec::new();
    if !has_year_digits(text) {
        // Every pattern needs a year; most pieces of a note have none.
        return found;
    }
    regional::romanian_dates(text, &mut found);
    regional::central_asian_dates(text, &mut found);
    let mut month: Option<bool> = None;
    for (re, kind, need) in PATTERNS.iter() {
        // Six patterns need a month: the text is searched once for them.
        let could_match = match need {
            Need::Month => *month.get_or_insert_with(|| need.allows(text)),
            _ => need.allows(text),
        };
        if !could_match {
            continue;
        }
        let overlaps = |found: &[DateMatch], whole: &regex::Match| {
            found
                .iter()
                .any(|f| whole.start() < f.end && f.start < whole.end())
        };
        if kind.reads_whole() {
            // No capture groups needed: the regex engine's fast search alone.
            for whole in re.find_iter(text) {
                if overlaps(&found, &whole) {
                    continue;
                }
                if let Some(date) = kind.read_whole(whole.as_str()) {
                    found.push(DateMatch {
                        start: whole.start(),
                        end: whole.end(),
                        date,
                    });
                }
            }
            continue;
        }
        for c in re.captures_iter(text) {
            let Some(whole) = c.get(0) else { continue };
            if overlaps(&found, &whole) {
                continue;
            }
            let g = |i: usize| c.get(i).map(|m| m.as_str());
            let num = |i: usize| g(i).and_then(|s| s.parse::<u32>().ok());
            let date = match kind {
                Kind::Iso => ymd(num(1), num(2), num(3)),
                Kind::MonthDayYear => {
                    ymd(num(3), g(1).and_then(month_number).map(u32::from), num(2))
                }
                Kind::DayMonthYear => {
                    ymd(num(3), g(2).and_then(month_number).map(u32::from), num(1))
                }
                Kind::DottedDmy => ymd(num(3), num(2), num(1)),
                Kind::YearMonthDay => {
                    ymd(num(1), g(2).and_then(month_number).map(u32::from), num(3))
                }
                Kind::YearDayMonth => {
                    ymd(num(1), g(3).and_then(month_number).map(u32::from), num(2))
                }
                Kind::PeriodMonth => ymd(num(3), g(2).and_then(any_month).map(u32::from), num(1)),
                Kind::YearMonth => ymd(num(1), g(2).and_then(month_number).map(u32::from), None),
                Kind::Chinese => ymd(num(1), num(2), num(3)),
                Kind::MonthYear => ymd(num(2), g(1).and_then(any_month).map(u32::from), None),
                Kind::Year => num(1)
                    .or(num(2))
                    .and_then(|y| Date::new(y as i32, None, None)),
            };
            if let Some(date) = date {
                found.push(DateMatch {
                    start: whole.start(),
                    end: whole.end(),
                    date,
                });
            }
        }
    }
    found.sort_by_key(|d| d.start);
    found
}

/// Whether `text` holds four ASCII digits in a row starting with 1 or 2.
fn has_year_digits(text: &str) -> bool {
    let mut run = 0;
    let mut first = 0u8;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            if run == 0 {
                first = b;
            }
            run += 1;
            if run == 4 && (first == b'1' || first == b'2') {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn ymd(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> Option<Date> {
    let year = year? as i32;
    let month = match month {
        Some(m) => Some(u8::try_from(m).ok()?),
        None => None,
    };
    let day = match day {
        Some(d) => Some(u8::try_from(d).ok()?),
        None => None,
    };
    Date::new(year, month, day)
}

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_ALT.as_str();
    Regex::new(&format!(
        r"(?i)(?:{B}(\d{{1,2}})\.?\s+({m})(?:\.|{RB})|{LB}({m})\.?\s+(\d{{1,2}}){B})"
    ))
    .expect("day-month pattern")
});

/// A day and month without a year ("15 сентября", "21 November", "March 2"):
/// its byte range, month and day.
pub fn find_day_month(text: &str) -> Option<(std::ops::Range<usize>, u8, u8)> {
    if !may_name_month(text) {
        return None;
    }
    DAY_MONTH.captures_iter(text).find_map(|c| {
        let whole = c.get(0)?;
        let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => (d, m),
            _ => return None,
        };
        // Followed by a year, it is a full date that find_dates reads.
        let rest = text[whole.end()..].trim_start_matches([',', ' ']);
        if rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        let day: u8 = day.as_str().parse().ok()?;
        let month = month_number(month.as_str())?;
        (1..=31)
            .contains(&day)
            .then_some((whole.range(), month, day))
    })
}

static NO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(\[,.;])(n\.\s?d\.|no date|б\.\s?г\.|без даты|s\.\s?d\.|o\.\s?J\.)")
        .expect("no-date pattern")
});

/// The byte range of an explicit "no date" mark, if the note has one.
pub fn find_no_date(text: &str) -> Option<(usize, usize)> {
    NO_DATE
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| (m.start(), m.end()))
}

/// The date `text` is, if it is one date and nothing more ("17 March
/// 1946", "3.2.1955", "1560", "12 października 1956 r.", "14 марта 1950
/// г."): a part of a note that dates a document or a letter.
pub fn alone(text: &str) -> Option<DateMatch> {
    let found = find_dates(text);
    let one = *found.first()?;
    let rest = text[one.end..].trim_matches(|c: char| c == '.' || c.is_whitespace());
    (one.start == 0 && matches!(rest, "" | "r" | "g" | "г" | "р")).then_some(one)
}

/// A year standing alone (1500–2099).
pub(crate) fn year_alone(text: &str) -> Option<i32> {
    let year: i32 = text.trim().parse().ok()?;
    (text.trim().len() == 4 && (1500..2100).contains(&year)).then_some(year)
}

/// The date at the start of `text` if the whole of it is one date.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim().trim_end_matches(['.', ',', ';', ')']).trim();
    let found = find_dates(t);
    match found.as_slice() {
        [one] if one.start == 0 => Some(one.date),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Option<String> {
        find_dates(text).first().map(|d| d.date.to_string())
    }

    #[test]
    fn polish_months_as_dates_write_them() {
        assert_eq!(
            first("12 października 1956 r."),
            Some("1956-10-12".to_string())
        );
        assert_eq!(
            first("Warszawa, 3 maja 2021"),
            Some("2021-05-03".to_string())
        );
        assert_eq!(first("wrzesień 1939"), Some("1939-09".to_string()));
    }

    /// A pattern skipped for lack of a character never had a match there.
    #[test]
    fn patterns_are_skipped_only_where_they_cannot_match() {
        let texts = [
            "2023-03-27",
            "Press release 20190520",
            "27.03.2023",
            "2019年5月20日",
            "2019年",
            "March 27, 2023",
            "27 марта 2023 г.",
            "2020, March 3",
            "Minsk 2019",
            "MARCH 27, 2023",
            "27 МАРТА 2023 г.",
            "Сакавіка 2020",
            "ліпень 2021",
            "3 sept. 2020",
            "2021, Жовтень 4",
        ];
        let mut skipped = 0;
        for text in texts {
            for (i, (re, _, need)) in PATTERNS.iter().enumerate() {
                if !need.allows(text) {
                    skipped += 1;
                    assert!(!re.is_match(text), "pattern {i} matches {text}");
                }
            }
        }
        assert!(skipped > 20, "only {skipped} skips");
    }

    /// A date read from a whole match is the one its groups give.
    #[test]
    fn whole_matches_read_as_their_groups() {
        let mut checked = 0;
        for text in [
            "2019-05-20",
            "Press release 20190520,",
            "on 20.5.2019 and 1.12.2020 г.",
            "Smith 2019a; 2020b",
            "2019 г.",
            "2019年",
            "1999–2001",
            "2019-13-45",
        ] {
            for (re, kind, _) in PATTERNS.iter() {
                if !kind.reads_whole() {
                    continue;
                }
                for c in re.captures_iter(text) {
                    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
                    let want = match kind {
                        Kind::Iso => ymd(num(1), num(2), num(3)),
                        Kind::DottedDmy => ymd(num(3), num(2), num(1)),
                        _ => num(1)
                            .or(num(2))
                            .and_then(|y| Date::new(y as i32, None, None)),
                    };
                    assert_eq!(kind.read_whole(&c[0]), want, "{text}");
                    checked += 1;
                }
            }
        }
        assert!(checked >= 14, "only {checked} matches");
    }

    /// Every month name passes the quick test in any letter case (one of
    /// two letters with its period); text without one does not.
    #[test]
    fn the_month_test_passes_every_month_name() {
        for (name, _) in all_months() {
            let mut title = name.chars();
            let title: String = title
                .next()
                .map(|c| c.to_uppercase().chain(title).collect())
                .unwrap_or_default();
            let stop = if name.chars().count() < 3 { "." } else { "" };
            for form in [name.to_string(), name.to_uppercase(), title] {
                assert!(may_name_month(&format!("x {form}{stop} 2020")), "{form}");
            }
        }
        assert!(!may_name_month("Minsk: Belarus, 2019, pp. 5-9"));
        // "жн." only with its period: the letters are in "можно".
        assert!(!may_name_month("Это можно, 2019, С. 5"));
        assert!(find_day_month("Minsk, 21.").is_none());
    }

    #[test]
    fn english_russian_and_numeric_forms() {
        let cases = [
            ("*Коммерсант*, March 27, 2023.", "2023-03-27"),
            ("Mar. 2, 2023", "2023-03-02"),
            ("on 27 March 2023", "2023-03-27"),
            ("December 2022.", "2022-12"),
            ("Minsk, 2019", "2019"),
            ("Press release, 20190520,", "2019-05-20"),
            ("27 марта 2023 г.", "2023-03-27"),
            ("(дата обращения: 01.02.2023)", "2023-02-01"),
            ("2023-03-10", "2023-03-10"),
            ("2023年3月27日", "2023-03-27"),
            ("5 сакавіка 2021 г.", "2021-03-05"),
            ("сентябрь 2020", "2020-09"),
            ("(2023, March 27)", "2023-03-27"),
            ("2020, Spring", "2020"),
            ("2020. № 1–2.", "2020"),
            ("Lancet. 2019 Jun;393(10188):", "2019-06"),
            ("[cited 2021 Oct 4].", "2021-10-04"),
            ("Le Monde, 1er mars 2021", "2021-03-01"),
            ("Die Zeit, 14. März 2019", "2019-03-14"),
            ("Corriere della Sera, 21 gennaio 1960", "1960-01-21"),
            ("El País, 3 de mayo de 2018", "2018-05-03"),
            // ABNT and Spanish APA.
            ("v. 21, n. 3, p. 512-534, set./dez. 2019.", "2019-09"),
            ("n. 7, p. 45-60, jul./set. 2018.", "2018-07"),
            ("Folha de S.Paulo, São Paulo, 31 mar. 2023.", "2023-03-31"),
            ("Valor Econômico, 12 out. 2021.", "2021-10-12"),
            ("Brasília, DF, 3 fev. 2020.", "2020-02-03"),
            ("(2023, 15 de marzo).", "2023-03-15"),
            ("Lisboa, 4 de outubro de 2019", "2019-10-04"),
            // Hungarian, year first.
            ("Népszava, 2012. április 14., 5.", "2012-04-14"),
            ("Magyar Nemzet, 2019. márc. 2.", "2019-03-02"),
        ];
        for (text, expected) in cases {
            assert_eq!(first(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn impossible_dates_and_non_dates() {
        assert_eq!(first("February 30, 2023"), Some("2023".to_string()));
        assert_eq!(first("pp. 1234-1240"), None);
        assert_eq!(first("May be"), None);
        // "set", "out" and "ago" name a month only with ABNT's period.
        assert_eq!(first("Data Set 2019"), Some("2019".to_string()));
        assert_eq!(first("sold out 2021"), Some("2021".to_string()));
    }

    #[test]
    fn day_and_month_without_year() {
        let (r, m, d) = find_day_month("БелТА. 2022. 15 сентября.").unwrap();
        assert_eq!((m, d), (9, 15));
        assert_eq!(&"БелТА. 2022. 15 сентября."[r], "15 сентября.");
        assert_eq!(find_day_month("21 November 2020"), None);
        assert!(find_day_month("Times, 21 November.").is_some());
    }

    #[test]
    fn no_date_marks() {
        assert!(find_no_date("Title.\" N.d. https://x").is_some());
        assert!(find_no_date("Минск, б. г.").is_some());
        assert!(find_no_date("(n.d.). Title").is_some());
        assert!(find_no_date("and Nd.").is_none());
    }
}
