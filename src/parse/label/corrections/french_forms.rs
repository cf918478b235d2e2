//! The French chapter form, `in Jean Radvanyi (dir.), La Russie, Paris, La
//! Documentation française, 2014`: the book's editors with their mark in
//! brackets, then its title up to the place of its imprint. The labeller,
//! which reads `La` and `Russie` as name words, may run a short title into
//! the editors' names. And the older form of a name, `ARON (R.), Mémoires`,
//! whose given name the labeller leaves at the head of a one-word title.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::gazetteer::is_publishing_place;

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
        .find(|c| is_publishing_place(&c["place"]))
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

/// "ARON (R.), Mémoires, Paris, …", "ARON, Raymond, Mémoires, …": a family
/// name alone before a title that opens with initials or a known given name
/// and a comma, where the note has them in brackets or after a comma right
/// after the family name. The labeller, which sees a one-word title as a
/// name word, keeps the given name with the title.
pub(super) fn given_name_opens_title(plain: &str, work: &mut Work) {
    use crate::entry::Name;
    let (family, given, rest) = match (work.authors.as_slice(), work.title.as_deref()) {
        // "Aron, R., Mémoires" read as one body.
        ([Name::Organization(o)], None) => {
            let Some((family, tail)) = o.split_once(", ") else {
                return;
            };
            let Some((given, rest)) = tail.split_once(", ") else {
                return;
            };
            (family, given, rest)
        }
        ([Name::Organization(family)], Some(title))
        | ([Name::Person { family, .. }], Some(title)) => {
            if matches!(&work.authors[0], Name::Person { given, .. } if !given.is_empty()) {
                return;
            }
            let Some((given, rest)) = title.split_once(", ") else {
                return;
            };
            (family.as_str(), given, rest)
        }
        _ => return,
    };
    let initials = given.len() <= 8
        && given.ends_with('.')
        && given
            .split(['.', '-'])
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() <= 2 && p.starts_with(char::is_uppercase));
    if family.contains(' ')
        || !rest.starts_with(char::is_uppercase)
        || rest.contains(", ")
        || !(initials || crate::parse::names::is_given_name(given))
    {
        return;
    }
    // The family name, in any case, then the given name in brackets or
    // after a comma.
    let upper = family.to_uppercase();
    let written = [family, upper.as_str()].iter().any(|f| {
        [format!("{f} ({given})"), format!("{f}, {given},")]
            .iter()
            .any(|head| plain.contains(head.as_str()))
    });
    if written {
        let (family, given, rest) = (family.to_string(), given.to_string(), rest.to_string());
        work.authors = vec![Name::person(&family, &given)];
        work.title = Some(rest);
    }
}

/// "Jean-Marie Le Pen, Mémoires, Paris, Muller, 2018": a name in its
/// natural order and a one-word title before a known place, all read as
/// one body's name.
pub(super) fn one_word_title_after_name(plain: &str, work: &mut Work) {
    use crate::entry::Name;
    let ([Name::Organization(o)], None) = (work.authors.as_slice(), work.title.as_deref()) else {
        return;
    };
    let Some((name, title)) = o.rsplit_once(", ") else {
        return;
    };
    let first = name.split([' ', '-']).next().unwrap_or_default();
    if title.contains(' ')
        || !title.starts_with(char::is_uppercase)
        || !crate::parse::names::is_given_name(first)
    {
        return;
    }
    let place_after = plain
        .split_once(&format!("{title}, "))
        .and_then(|(_, after)| after.split([',', ' ', ':']).next())
        .is_some_and(is_publishing_place);
    let (names, _) = crate::parse::names::parse_author_segment(name);
    if place_after && matches!(names.as_slice(), [Name::Person { given, .. }] if !given.is_empty())
    {
        work.title = Some(title.to_string());
        work.authors = names;
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
