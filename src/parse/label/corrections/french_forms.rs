//! The French chapter form, `in Jean Radvanyi (dir.), La Russie, Paris, La
//! Documentation française, 2014`: the book's editors with their mark in
//! brackets, then its title up to the place of its imprint. The labeller,
//! which reads `La` and `Russie` as name words, may run a short title into
//! the editors' names.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::gazetteer::PUBLISHING_PLACES;

static IN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[\s,])in\s+(?P<names>[^()]{3,160}?)\s*\((?:dir|dirs|éd|éds|coord|coords)\.?\),\s+",
        r"(?P<book>[^,]+(?:,\s[^,]+){0,3}?),\s+(?P<place>\p{Lu}[\p{L}\-]+)(?:,|\s:)",
    ))
    .expect("French chapter pattern")
});

pub(super) fn book_after_french_editors(plain: &str, work: &mut Work) {
    static MARKS: LazyLock<crate::parse::text::Words> =
        LazyLock::new(|| crate::parse::text::Words::new(&["(dir", "(éd", "(coord"]));
    if memchr::memchr(b'(', plain.as_bytes()).is_none() || !MARKS.is_match(plain) {
        return;
    }
    // The book ends at the first comma a place follows.
    let Some(c) = IN_EDITORS
        .captures_iter(plain)
        .find(|c| PUBLISHING_PLACES.contains(&&c["place"]))
    else {
        return;
    };
    // "Traité de science politique, t. 1": the volume is no part of the
    // book's title.
    let book = c["book"].trim();
    let book = [", t. ", ", tome ", ", vol. ", ", n° "]
        .iter()
        .filter_map(|v| book.find(v))
        .min()
        .map_or(book, |at| &book[..at]);
    if book.chars().filter(|ch| ch.is_alphabetic()).count() < 3 {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(&c["names"]);
    if names.is_empty() {
        return;
    }
    work.editors = names;
    work.container = Some(book.to_string());
}

/// "La Documentation française", "Presses universitaires de France": a
/// publisher whose name ends in words in small letters, which the labeller
/// cut before them (reading "française, 2014" as the date). Up to three
/// such words between the publisher read and the next comma, with no digit
/// and no month among them, end its name.
pub(super) fn publisher_cut_before_small_words(plain: &str, work: &mut Work) {
    // Such names are French ("française", "universitaires"): a note with
    // no letter of the Latin-1 block (whose UTF-8 opens with 0xC3) has none,
    // and is not searched.
    if memchr::memchr(0xC3, plain.as_bytes()).is_none() {
        return;
    }
    let Some(publisher) = work.publisher.as_deref() else {
        return;
    };
    let Some(at) = plain.find(&format!("{publisher} ")) else {
        return;
    };
    let after = &plain[at + publisher.len() + 1..];
    let Some(end) = after.find([',', ';', '(']) else {
        return;
    };
    let words = after[..end].trim();
    let small = !words.is_empty()
        && words.split(' ').count() <= 3
        && words.split(' ').all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        })
        && words.starts_with(|c: char| c.is_lowercase())
        && crate::parse::dates::find_dates(words).is_empty();
    if small {
        work.publisher = Some(format!("{publisher} {words}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_book_title_after_the_editors_mark() {
        let mut w = Work {
            editors: vec![
                crate::entry::Name::person("Dupont", "Marie"),
                crate::entry::Name::person("Europe", "L'"),
            ],
            ..Work::default()
        };
        book_after_french_editors(
            "Paul Roux, « Les frontières », in Marie Dupont (dir.), L'Europe, Paris, PUF, 2010, p. 5-20.",
            &mut w,
        );
        assert_eq!(w.container.as_deref(), Some("L'Europe"));
        assert_eq!(w.editors.len(), 1);
    }
}
