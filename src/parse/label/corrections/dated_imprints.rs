//! An imprint of a place and a day or month in brackets, with no
//! publisher: `Statement of Preliminary Findings (Tbilisi, 27 October
//! 2024)`, `National Survey (Kyiv, June 2023)`. Bodies date their
//! statements, surveys and mission reports so; a book's imprint names its
//! publisher or gives a year alone. The labeller reads the place as a
//! publisher or runs it into the date; it is where the work was issued.

use crate::parse::Work;
use crate::parse::dates::find_dates;
use crate::parse::gazetteer::is_publishing_place;

/// The place of "(Place, day or month)" after the title becomes the
/// work's place; a publisher that was only that place goes.
pub(super) fn place_before_day_in_brackets(plain: &str, work: &mut Work) {
    if work.location.is_some() || work.title.is_none() {
        return;
    }
    let Some((place, dated)) = bracketed_place_and_day(plain) else {
        return;
    };
    if work.publisher.as_deref().is_some_and(|p| p != place) {
        return;
    }
    work.publisher = None;
    work.location = Some(place.to_string());
    if work.date.is_none_or(|d| d.month.is_none()) {
        work.date = Some(dated);
    }
}

/// The first "(Place, date)" of a note whose place is a publishing place
/// and whose date, all that follows the comma, has its month.
fn bracketed_place_and_day(plain: &str) -> Option<(&str, crate::entry::Date)> {
    let mut rest = plain;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')')?;
        let bracket = &inner[..close];
        if let Some((place, date)) = bracket.split_once(", ")
            && is_publishing_place(place.trim())
            && let [found] = find_dates(date).as_slice()
            && found.precision() >= 2
            && found.start == 0
            && found.end == date.trim_end().len()
        {
            return Some((place.trim(), found.date));
        }
        rest = &inner[close..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_a_day_in_brackets_are_where_and_when() {
        let plain = "OSCE/ODIHR, Statement (Tbilisi, 27 October 2024), 2.";
        let mut work = Work {
            title: Some("Statement".into()),
            publisher: Some("Tbilisi".into()),
            ..Work::default()
        };
        place_before_day_in_brackets(plain, &mut work);
        assert_eq!(work.location.as_deref(), Some("Tbilisi"));
        assert_eq!(work.publisher, None);
        assert_eq!(
            work.date.map(|d| d.to_string()).as_deref(),
            Some("2024-10-27")
        );
        // A year alone is a book's imprint; a publisher stays.
        for plain in [
            "A, Title (Tbilisi, 2024), 2.",
            "A, Title (Tbilisi: Press, 27 October 2024).",
        ] {
            let mut work = Work {
                title: Some("Title".into()),
                ..Work::default()
            };
            place_before_day_in_brackets(plain, &mut work);
            assert_eq!(work.location, None, "{plain}");
        }
    }
}
