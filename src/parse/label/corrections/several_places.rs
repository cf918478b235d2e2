//! An imprint that names several places: GOST joins them with a spaced
//! semicolon (`М. ; Л. : Наука`, `Варшава ; Нью-Ёрк ; Вільня, 1994`), a
//! library catalogue does the same (`New Haven ; London : Yale University
//! Press`), and English and German imprints join two with a conjunction
//! (`London and New York: Routledge`, `Frankfurt und New York: Campus`).
//! The labeller reads the first place as a container or series, a
//! conjunction as the publisher, or runs the places into the title; the
//! places are one location, written as refman writes several (`London; New
//! York`).

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// One place: a capitalised word or abbreviation (`М.`, `СПб.`), perhaps a
/// second capitalised word or a hyphenated one (`New Haven`, `Нью-Ёрк`).
macro_rules! one_place {
    () => {
        r"(?:\p{Lu}{1,2}\p{Ll}?\.|\p{Lu}[\p{Ll}’'\-]+(?:[ \-]\p{Lu}[\p{Ll}’'\-]+)?)"
    };
}

/// Places joined by semicolons or a conjunction after a title's stop,
/// GOST's dash or an opening bracket, then the publisher after a colon;
/// or GOST's places joined by semicolons before the year.
static PLACES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[.,]\s+(?:[—–-]\s+)?|\()(?:(?P<places>",
        one_place!(),
        r"(?:\s?;\s",
        one_place!(),
        r"|\s(?:and|und)\s",
        one_place!(),
        r")+)\s*:\s*(?P<publisher>[^,;:()\[\]]+?)\s*(?:[,;]\s*|\)|\.\s*$)|(?P<gost>",
        one_place!(),
        r"(?:\s;\s",
        one_place!(),
        r")+),\s*(?:1[5-9]|20)\d\d)",
    ))
    .expect("several places pattern")
});

/// Sets the places as the location where the note joins several, and
/// takes back what the labeller made of them: a first place read as the
/// container or series, a conjunction or place read as the publisher,
/// places run into the title.
pub(super) fn several_places(plain: &str, work: &mut Work) {
    if !plain.contains(';') && !plain.contains(" and ") && !plain.contains(" und ") {
        return;
    }
    let Some(c) = PLACES.captures(plain) else {
        return;
    };
    let Some(written) = c.name("places").or_else(|| c.name("gost")) else {
        return;
    };
    let written = written.as_str().trim();
    let parts: Vec<&str> = SEPARATOR.split(written).map(str::trim).collect();
    // "Sage and Routledge"? Each part is a place's shape; a publisher's
    // name with a conjunction ("Farrar, Straus and Giroux") is not before
    // a colon.
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return;
    }
    let places = parts.join("; ");
    let is_place_part = |s: &str| {
        let s = s.trim().trim_end_matches([';', ',', ':']).trim();
        // "Oxford and": a place and the conjunction after it.
        let s = CONJUNCTIONS
            .iter()
            .find_map(|c| s.strip_suffix(c).and_then(|h| h.strip_suffix(' ')))
            .unwrap_or(s);
        !s.is_empty()
            && (parts
                .iter()
                .any(|p| p.trim_end_matches('.') == s.trim_end_matches('.'))
                || CONJUNCTIONS.contains(&s))
    };
    // "Crime and Punishment: A Study" has a place's shape too: a
    // conjunction joins places only where the labeller saw one of them.
    let semicolons = written.contains(';');
    let seen = [
        &work.location,
        &work.container,
        &work.series,
        &work.publisher,
    ]
    .iter()
    .any(|f| f.as_deref().is_some_and(is_place_part));
    if !semicolons && !seen {
        return;
    }
    for field in [&mut work.container, &mut work.series] {
        if field.as_deref().is_some_and(is_place_part) {
            *field = None;
        }
    }
    if work.publisher.as_deref().is_some_and(is_place_part) {
        work.publisher = c.name("publisher").map(|p| p.as_str().trim().to_string());
    } else if work.publisher.is_none()
        && let Some(p) = c.name("publisher")
    {
        work.publisher = Some(p.as_str().trim().to_string());
    }
    if let Some(title) = work.title.as_deref()
        && let Some(at) = title.find(written)
        && at > 0
    {
        let head = title[..at].trim_end_matches(|c: char| c.is_whitespace() || "—–-.,".contains(c));
        if !head.is_empty() {
            work.title = Some(head.to_string());
        }
    }
    work.location = Some(places);
}

/// The words that join two places.
const CONJUNCTIONS: [&str; 2] = ["and", "und"];

/// Between two places: GOST's spaced semicolon or a conjunction.
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s?;\s|\s(?:and|und)\s").expect("places separator pattern"));

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn places_joined_by_a_conjunction_or_semicolons() {
        let w = parse_note(
            "Holt, Mara. Harbour Towns of the North. Oxford and New York: Northway Press, 2015.",
        )
        .work;
        assert_eq!(w.location.as_deref(), Some("Oxford; New York"));
        assert_eq!(w.publisher.as_deref(), Some("Northway Press"));
        assert_eq!(w.title.as_deref(), Some("Harbour Towns of the North"));
        let w = parse_note(
            "Holt, Mara. Harbour Towns of the North. Leeds ; Boston : Northway Press, 2015.",
        )
        .work;
        assert_eq!(w.location.as_deref(), Some("Leeds; Boston"));
        assert_eq!(w.container, None);
        assert_eq!(w.publisher.as_deref(), Some("Northway Press"));
    }

    #[test]
    fn gost_places() {
        let w =
            parse_note("Петров П. П. Портовые города Севера. – М. ; Л. : Наука, 1966. – 240 с.")
                .work;
        assert_eq!(w.title.as_deref(), Some("Портовые города Севера"));
        assert_eq!(w.location.as_deref(), Some("М.; Л."));
        assert_eq!(w.publisher.as_deref(), Some("Наука"));
        let w = parse_note("Сокал Я. Гарадская гісторыя. — Рига ; Вільня, 1999. — 90 с.").work;
        assert_eq!(w.title.as_deref(), Some("Гарадская гісторыя"));
        assert_eq!(w.location.as_deref(), Some("Рига; Вільня"));
        assert_eq!(w.publisher, None);
    }
}
