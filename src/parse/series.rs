//! A series a note names, taken out before the labeller reads the note:
//! French "coll. « Points Histoire »", "collection « Folio »", Italian
//! "collana «Saggi»", and a German series in brackets after the year with
//! its volume ("Bonn 2015 (Geschichte der Arbeiter …, Bd. 12), S. 88").
//! They are no part of the title, place or publisher the labeller was
//! trained on, and its reading of the rest is better without them.

use std::sync::LazyLock;

use regex::Regex;

static NAMED_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i),?\s*\(?\b(?:coll\.|collection|collana)\s*"#,
        r#"(?:«\s*(?P<a>[^»]{2,80}?)\s*»|"(?P<b>[^"]{2,80})"|“(?P<c>[^”]{2,80})”)"#,
        r"(?:,?\s*(?:n°|no|n\.|nº)\s*(?P<number>\d{1,5}))?\)?",
    ))
    .expect("named series pattern")
});

/// "Bonn 2015 (Name of the Series, Bd. 12)": a series and its volume in
/// brackets straight after the imprint's year. A paper's number in a series
/// ("(DGAP-Analyse, Nr. 3)") is read after labelling, where it marks a
/// report.
static SERIES_AFTER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<year>[\p{L}.]\s(?:1[5-9]|20)\d\d)\s*\((?P<name>\p{Lu}[^()]{2,200}?),?\s+",
        r"(?:Bd\.|Band|vol\.|t\.)\s*(?P<number>\d{1,4}[a-z]?)\)",
    ))
    .expect("series after year pattern")
});

/// A series named in a note: the note without it, the series' name and its
/// number in the series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NamedSeries {
    pub rest: String,
    pub name: String,
    pub number: Option<String>,
}

/// The series the note names with "coll.", "collection" or "collana" and
/// a quoted name, or in brackets after its year, if any.
pub(super) fn take(note: &str) -> Option<NamedSeries> {
    // The pattern is tried only on notes with one of its volume marks.
    let volume_mark = ["Bd.", "Band ", "vol.", " t."]
        .iter()
        .any(|m| note.contains(m));
    if volume_mark
        && note.contains(" (")
        && let Some(c) = SERIES_AFTER_YEAR.captures(note)
        && let (Some(whole), Some(year)) = (c.get(0), c.name("year"))
    {
        return Some(NamedSeries {
            rest: format!(
                "{}{}{}",
                &note[..whole.start()],
                year.as_str(),
                &note[whole.end()..]
            ),
            name: c["name"].trim().to_string(),
            number: Some(c["number"].to_string()),
        });
    }
    if !(note.contains("coll") || note.contains("Coll")) {
        return None;
    }
    let c = NAMED_SERIES.captures(note)?;
    let whole = c.get(0)?;
    let name = ["a", "b", "c"].iter().find_map(|g| c.name(g))?.as_str();
    // A closing bracket goes with the series only where the series opened
    // one: "(Paris: Seuil, coll. « Points »)" keeps the imprint's.
    let opened = whole
        .as_str()
        .trim_start_matches([',', ' '])
        .starts_with('(');
    let end = if whole.as_str().ends_with(')') && !opened {
        whole.end() - 1
    } else {
        whole.end()
    };
    // The year or the rest of the imprint follows, after its comma.
    let rest = format!("{}{}", &note[..whole.start()], &note[end..]);
    Some(NamedSeries {
        rest,
        name: name.trim().to_string(),
        number: c.name("number").map(|m| m.as_str().to_string()),
    })
}

/// "Dans la tête de Vladimir Poutine, Arles, Actes Sud, coll. « Solin »,
/// 2015": a French imprint (place, comma, publisher) before the book's
/// series, which the labeller read as a journal's name or as one place. The series says
/// the work is a book: with no volume or issue, and a place of one
/// capitalised word or one refman knows, the "journal" is the imprint.
pub(super) fn imprint_before_series(parsed: &mut super::ParsedNote) {
    let work = &mut parsed.work;
    // "Lagrasse, Verdier": the place and publisher read as one place.
    if work.series.is_some()
        && work.publisher.is_none()
        && let Some((place, publisher)) = work.location.as_deref().and_then(|l| l.split_once(", "))
        && !publisher.contains(',')
        && publisher.starts_with(char::is_uppercase)
        && publisher.chars().filter(|c| c.is_alphabetic()).count() > 3
        && !super::gazetteer::PUBLISHING_PLACES.contains(&publisher)
        && !super::gazetteer::COUNTRIES_AND_STATES.contains(&publisher)
    {
        let (place, publisher) = (place.to_string(), publisher.to_string());
        work.location = Some(place);
        work.publisher = Some(publisher);
        parsed.missing.retain(|m| *m != "publisher");
        return;
    }
    if work.entry_type != "article"
        || work.series.is_none()
        || work.publisher.is_some()
        || work.location.is_some()
        || work.volume.is_some()
        || work.number.is_some()
    {
        return;
    }
    let Some((place, publisher)) = work.container.as_deref().and_then(|c| c.split_once(", "))
    else {
        return;
    };
    let one_word = place.starts_with(char::is_uppercase)
        && place.chars().all(|c| c.is_alphabetic() || c == '-');
    if !(one_word || super::gazetteer::PUBLISHING_PLACES.contains(&place))
        || publisher.contains(',')
        || publisher.split_whitespace().count() > 5
    {
        return;
    }
    let (place, publisher) = (place.to_string(), publisher.to_string());
    work.location = Some(place);
    work.publisher = Some(publisher);
    work.container = None;
    work.newspaper = false;
    // A single page in a note on a book is the page cited.
    if work.pages.as_deref().is_some_and(|p| !p.contains("--")) {
        let page = work.pages.take();
        parsed.pinpoint = parsed.pinpoint.take().or(page);
    }
    super::finish::retype(parsed, "book");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_italian_series_come_out() {
        let s = take(
            "J. Dupont, Les Campagnes, Paris, Gallimard, coll. « Folio histoire », 2001, p. 4.",
        )
        .expect("series");
        assert_eq!(s.name, "Folio histoire");
        assert_eq!(
            s.rest,
            "J. Dupont, Les Campagnes, Paris, Gallimard, 2001, p. 4."
        );
        let s = take("M. Rossi, Il sale, Bologna, Il Mulino, collana «Saggi», n. 12, 1999.")
            .expect("series");
        assert_eq!(
            (s.name.as_str(), s.number.as_deref()),
            ("Saggi", Some("12"))
        );
        assert_eq!(s.rest, "M. Rossi, Il sale, Bologna, Il Mulino, 1999.");
        let s = take("A. Martin, L'État, Paris, PUF (coll. « Quadrige »), 1998.").expect("series");
        assert_eq!(s.rest, "A. Martin, L'État, Paris, PUF, 1998.");
        let s = take("Anne Roy, La Ville (Paris: PUF, coll. « Quadrige »), 12.").expect("series");
        assert_eq!(s.rest, "Anne Roy, La Ville (Paris: PUF), 12.");
    }

    #[test]
    fn a_series_in_brackets_after_the_year_comes_out() {
        let s = take("Braun, Karl, Die Stadt, Köln 1999 (Studien zur Stadtgeschichte 1800–1900, Bd. 7), S. 3.")
            .expect("series");
        assert_eq!(s.name, "Studien zur Stadtgeschichte 1800–1900");
        assert_eq!(s.number.as_deref(), Some("7"));
        assert_eq!(s.rest, "Braun, Karl, Die Stadt, Köln 1999, S. 3.");
        // A journal's volume and year are no series.
        assert_eq!(
            take("Braun, K.: Titel, in: Zeitschrift 25 (1973), S. 12–39."),
            None
        );
    }

    #[test]
    fn a_collection_in_a_title_stays() {
        assert_eq!(
            take("R. Leroux, La collection du Louvre, Paris, 2003."),
            None
        );
        assert_eq!(take("Collins, Title, London 2001."), None);
    }
}
