//! Dates in languages whose month names the shared date patterns leave
//! out, each read by a pattern of its own behind a cheap test of the text:
//! Romanian ("27 octombrie 2024"), Kazakh ("2021 жылғы 2 қаңтардағы", "2
//! қаңтар 2021 ж.") and Uzbek in the Latin alphabet ("14 mart 2023",
//! "2023-yil 14-mart"). Their names in the shared patterns would make each
//! of those slower to build and to run, for dates few notes have.

use std::sync::LazyLock;

use regex::Regex;

use super::months::ROMANIAN_MONTHS;
use super::{DateMatch, ymd};

/// "27 octombrie 2024": Romanian dates, by their own pattern, tried only
/// where a word ending in "ie" (as all but two of the months do) stands
/// before a year's first digit ("mai" and "august" are read with the
/// French, German and English months).
pub(super) fn romanian_dates(text: &str, found: &mut Vec<DateMatch>) {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let names: Vec<&str> = ROMANIAN_MONTHS.iter().map(|(name, _)| *name).collect();
        Regex::new(&format!(
            r"(?-u:\b)([0-9]{{1,2}}) ({}) ((?:1[5-9]|20)[0-9][0-9])(?-u:\b)",
            names.join("|")
        ))
        .expect("Romanian date pattern")
    });
    static CUE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("ie "));
    let bytes = text.as_bytes();
    if !CUE
        .find_iter(bytes)
        .any(|at| matches!(bytes.get(at + 3), Some(b'1' | b'2')))
    {
        return;
    }
    for c in DATE.captures_iter(text) {
        let (Some(whole), Some(day), Some(name), Some(year)) =
            (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let month = ROMANIAN_MONTHS
            .iter()
            .find(|(n, _)| *n == name.as_str())
            .map(|(_, m)| u32::from(*m));
        if let Some(date) = ymd(year.as_str().parse().ok(), month, day.as_str().parse().ok()) {
            found.push(DateMatch {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
}

/// Kazakh months, as their stems: a date declines them ("қаңтардағы", "in
/// January").
const KAZAKH_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// Uzbek months in the Latin alphabet ("may" is read with the English
/// months), with the older spellings of September and October.
const UZBEK_MONTHS: [(&str, u32); 13] = [
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("iyun", 6),
    ("iyul", 7),
    ("avgust", 8),
    ("sentabr", 9),
    ("sentyabr", 9),
    ("oktabr", 10),
    ("oktyabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
];

/// Kazakh dates, year first ("2021 жылғы 2 қаңтардағы") or day first ("2
/// қаңтар 2021 ж."), and Uzbek dates ("14 mart 2023", "2023-yil
/// 14-mart"), each tried only where the text has one of its words (the
/// first found decides which: a note has one language's dates).
pub(super) fn central_asian_dates(text: &str, found: &mut Vec<DateMatch>) {
    static KAZAKH: LazyLock<Regex> = LazyLock::new(|| {
        let names = KAZAKH_MONTHS.join("|");
        Regex::new(&format!(
            r"(?:(?P<y1>(?:1[89]|20)\d\d) жыл(?:ғы|ы)? (?P<d1>\d{{1,2}}) (?P<m1>{names})\p{{L}}*|(?P<d2>\d{{1,2}}) (?P<m2>{names})\p{{L}}* (?P<y2>(?:1[89]|20)\d\d)(?: ж\.)?)"
        ))
        .expect("Kazakh date pattern")
    });
    static UZBEK: LazyLock<Regex> = LazyLock::new(|| {
        let names: Vec<&str> = UZBEK_MONTHS.iter().map(|(n, _)| *n).collect();
        let names = names.join("|");
        Regex::new(&format!(
            r"(?-u:\b)(?:(?P<y1>(?:1[89]|20)\d\d)-yil,? (?P<d1>\d{{1,2}})-(?P<m1>{names})|(?P<d2>\d{{1,2}})[ -](?P<m2>{names}),? (?P<y2>(?:1[89]|20)\d\d))(?-u:\b)"
        ))
        .expect("Uzbek date pattern")
    });
    let kazakh = |name: &str| {
        KAZAKH_MONTHS
            .iter()
            .position(|m| *m == name)
            .map(|i| i as u32 + 1)
    };
    let uzbek = |name: &str| {
        UZBEK_MONTHS
            .iter()
            .find(|(m, _)| *m == name)
            .map(|(_, n)| *n)
    };
    // One pass over the text for every word either pattern needs: the
    // Kazakh months' stems and "жыл" ("year"), the Uzbek months and "-yil".
    static CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        let words = KAZAKH_MONTHS
            .iter()
            .copied()
            .chain(["жыл"])
            .chain(UZBEK_MONTHS.iter().map(|(m, _)| *m))
            .chain(["-yil"]);
        aho_corasick::AhoCorasick::new(words).expect("Central Asian date words")
    });
    let Some(cue) = CUES.find(text) else {
        return;
    };
    if cue.pattern().as_usize() <= KAZAKH_MONTHS.len() {
        read(&KAZAKH, text, kazakh, found);
    } else {
        read(&UZBEK, text, uzbek, found);
    }
}

/// The dates `pattern` finds in `text`, its groups named for the year,
/// the day and the month of either order, the month's name numbered by
/// `month`.
fn read(
    pattern: &Regex,
    text: &str,
    month: impl Fn(&str) -> Option<u32>,
    found: &mut Vec<DateMatch>,
) {
    for c in pattern.captures_iter(text) {
        let group = |a: &str, b: &str| c.name(a).or_else(|| c.name(b)).map(|m| m.as_str());
        let (Some(whole), Some(year), Some(day), Some(name)) = (
            c.get(0),
            group("y1", "y2"),
            group("d1", "d2"),
            group("m1", "m2"),
        ) else {
            continue;
        };
        if let Some(date) = ymd(year.parse().ok(), month(name), day.parse().ok()) {
            found.push(DateMatch {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
}
