//! A meeting's abstract as the geosciences' unions cite it: `Sokolova, N.,
//! and Belyaev, V.: Glacier retreat in the Tien Shan since 1960, EGU
//! General Assembly 2023, Vienna, Austria, 24–28 Apr 2023, EGU23-4567,
//! https://doi.org/…, 2023.` The labeller reads the meeting into the
//! title, the days of the meeting as pages and the abstract's number as a
//! volume. The meeting, named with its year, is the container; the number
//! numbers the abstract; the year at the end is the work's date.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;

/// ", EGU General Assembly 2023", ", AGU Fall Meeting 2022", ", 15th
/// International Congress … 2019": a meeting's name with its year at the
/// end of a title.
static MEETING_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s((?:\p{Lu}[\p{L}\-]*|\d{1,2}(?:st|nd|rd|th))(?:\s[\p{L}\-]+){0,6}\s(?:General\sAssembly|Fall\sMeeting|Annual\sMeeting|Congress|Conference|Symposium|Workshop)\s(?:19|20)\d\d)$")
        .expect("meeting at title end pattern")
});

/// "EGU23-4567", "GC21B-0712": an abstract's number.
static ABSTRACT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]{2,5}\d{2}[A-Z]?-\d{3,5})(?-u:\b)").expect("abstract number pattern")
});

/// Reads a meeting named with its year at the title's end as the
/// container of an abstract.
pub(super) fn meeting_ends_title(plain: &str, work: &mut Work) {
    if work.container.is_some() {
        return;
    }
    // The pattern is asked only of a title ending in a year after one of
    // its meetings' words.
    let Some(title) = work.title.as_deref().filter(|t| {
        t.ends_with(|c: char| c.is_ascii_digit())
            && [
                "Assembly",
                "Meeting",
                "Congress",
                "Conference",
                "Symposium",
                "Workshop",
            ]
            .iter()
            .any(|w| t.contains(w))
    }) else {
        return;
    };
    let Some(c) = MEETING_AT_END.captures(title) else {
        return;
    };
    let (Some(whole), Some(meeting)) = (c.get(0), c.get(1)) else {
        return;
    };
    let head = title[..whole.start()].to_string();
    if head.split(' ').count() < 3 {
        return;
    }
    work.container = Some(meeting.as_str().to_string());
    work.title = Some(head);
    work.entry_type = "inproceedings";
    let Some(number) = ABSTRACT_NUMBER.captures(plain).map(|c| c[1].to_string()) else {
        return;
    };
    // The number read as the volume ("EGU23-4567" as "23-4567"), the
    // meeting's days as pages.
    if work.volume.as_deref().is_some_and(|v| number.ends_with(v)) {
        work.volume = None;
        work.pages = None;
    }
    work.number = Some(number);
    // "…, 2023.": the year the abstract was published, last.
    let end = plain.trim_end().trim_end_matches('.');
    if let Some((_, year)) = end.rsplit_once(", ")
        && let Some(year) = crate::parse::dates::year_alone(year)
    {
        work.date = Some(Date::year(year));
    }
}
