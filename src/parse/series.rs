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

/// What a bracket after an imprint holds when it names a series and the
/// book's number in it: "Geschichte der Arbeiter …, Bd. 12", "Biblioteca di
/// cultura moderna, 501", "= Neue Historische Bibliothek, Bd. 286", "Soziale
/// Welt, Sonderband 2", "Biblioteca storica Sansoni, n.s., 29". A paper's
/// number in a series ("(DGAP-Analyse, Nr. 3)") is read after labelling,
/// where it marks a report, so `Nr.` is no mark here.
static SERIES_IN_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:=\s*)?(?P<name>\p{Lu}[^()]*?)(?P<comma>,?)\s+(?:n\.\s?s\.,\s*)?",
        r"(?:(?P<mark>Bd\.|Band|vol\.|t\.|Sonderband|Sonderheft|Sonderh\.|Beiheft)\s*)?",
        r"(?P<number>\d{1,5}[a-z]?)$",
    ))
    .expect("series in brackets pattern")
});

/// A series named by its word ("Reihe Campus Studium", "Серия «…»").
static SERIES_BY_ITS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:=\s*)?(?P<word>Reihe|Schriftenreihe|Серия|Серія|Серыя|Collana|Colección|Seria)\s+(?P<name>[^()]{2,150})$")
        .expect("series by its word pattern")
});

/// Marks that say a bracket names a book's series after a publisher
/// ("Göttingen: Schwartz (Soziale Welt, Sonderband 2)"); after a year any
/// number after a comma will do.
const STRONG_MARKS: [&str; 6] = [
    "Sonderband",
    "Sonderheft",
    "Sonderh.",
    "Beiheft",
    "Bd.",
    "Band",
];

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
    if let Some(series) = in_brackets(note) {
        return Some(series);
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

/// A series in brackets after the imprint ("Bari 1951 (Biblioteca di
/// cultura moderna, 501)", "Opladen: Westdeutscher Verlag (Kölner
/// Zeitschrift …, Sonderheft 31)"), taken out of the note with the space
/// before it.
fn in_brackets(note: &str) -> Option<NamedSeries> {
    let bytes = note.as_bytes();
    memchr::memchr_iter(b'(', bytes).find_map(|open| {
        let close = open + 1 + memchr::memchr2(b')', b'(', &bytes[open + 1..])?;
        if bytes[close] != b')' {
            return None;
        }
        let inside = note[open + 1..close].trim();
        // A series' name opens with a capital (or "= "): "(2019)", "(ed.)"
        // and most brackets are done with here.
        if !inside.starts_with(|c: char| c.is_uppercase() || c == '=') || inside.len() < 5 {
            return None;
        }
        let before = note[..open].trim_end();
        let after = &note[close + 1..];
        let after_a_year = after_year(before);
        // "… d. 1471 (Schriftenreihe …). Kempen": a title ending in a
        // number, the imprint after its stop; without the bracket the
        // number would read as the imprint's.
        if before.ends_with(|c: char| c.is_ascii_digit()) && after.starts_with(". ") {
            return None;
        }
        // Elsewhere only after a publisher ("Göttingen: Schwartz (…)"): a
        // bracket after a title ("Lebensstile (Soziale Welt, Sonderband
        // 7), Göttingen 1990") keeps the title's end apart from the place.
        let after_publisher = before
            .rsplit([',', '.'])
            .next()
            // "(Hrsg.): Title (…)": an editors' colon is no imprint's.
            .is_some_and(|part| part.contains(": ") && !part.contains("): "));
        let series = series_in_bracket(inside, after_a_year, after_publisher)?;
        // "244 с. – (Серия «…»).": GOST's dash before the series goes too.
        let before = before.trim_end_matches([' ', '–', '—']);
        // "548 с. (Серия «…»)." keeps one stop.
        let after = if before.ends_with('.') {
            after.strip_prefix('.').unwrap_or(after)
        } else {
            after
        };
        Some(NamedSeries {
            rest: format!("{before}{after}"),
            ..series
        })
    })
}

/// Whether a text ends with a year of print (not part of a longer number).
fn after_year(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 4
        && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
        && matches!(
            &b[b.len() - 4..b.len() - 2],
            b"15" | b"16" | b"17" | b"18" | b"19" | b"20"
        )
        && (b.len() == 4 || !b[b.len() - 5].is_ascii_alphanumeric())
}

/// The series a bracket's text names, if it names one: a series' word
/// anywhere; after a year, a name and a number that is no year; after a
/// year or a publisher, a name with a strong mark.
fn series_in_bracket(
    inside: &str,
    after_a_year: bool,
    after_publisher: bool,
) -> Option<NamedSeries> {
    if let Some(c) = SERIES_BY_ITS_WORD.captures(inside) {
        let name = c["name"].trim();
        // "Серия «Историческая библиотека»": the name in its quotes.
        let quoted = name.strip_prefix('«').and_then(|n| n.strip_suffix('»'));
        let name = match quoted {
            Some(q) => q,
            None if c["word"].starts_with('С') => name,
            None => inside.trim_start_matches(['=', ' ']),
        };
        // "Colección Vicens Bolsillo, 1", "Schriftenreihe …, Nr. 13": the
        // book's number after a comma.
        let numbered = name.rsplit_once(", ").and_then(|(name, n)| {
            let n = ["Nr.", "Bd.", "Band", "n.", "no."]
                .iter()
                .find_map(|mark| n.strip_prefix(mark))
                .unwrap_or(n)
                .trim();
            ((1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
                .then_some((name, n))
        });
        let (name, number) = match numbered {
            Some((name, number)) => (name, Some(number.to_string())),
            None => (name, None),
        };
        return Some(NamedSeries {
            rest: String::new(),
            name: name.to_string(),
            number,
        });
    }
    let strong =
        (after_a_year || after_publisher) && STRONG_MARKS.iter().any(|m| inside.contains(m));
    if !(strong || after_a_year && inside.contains(',')) {
        return None;
    }
    let c = SERIES_IN_BRACKET.captures(inside)?;
    let number = &c["number"];
    let marked = c.name("mark").is_some();
    let year_like = after_year(number);
    let name = c["name"].trim();
    // "(London, 1973)": an imprint, not a series; "(Working Paper, 12)": a
    // paper's series, read after labelling.
    let numbered_after_year = after_a_year && !c["comma"].is_empty() && !year_like;
    if !(marked || numbered_after_year)
        || super::kind::names_paper_series(name)
        || super::gazetteer::is_publishing_place(name)
    {
        return None;
    }
    Some(NamedSeries {
        rest: String::new(),
        name: name.to_string(),
        number: Some(number.to_string()),
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
        && !super::gazetteer::is_publishing_place(publisher)
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
    if !(one_word || super::gazetteer::is_publishing_place(place))
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
