//! Author-date citations inside a note's sentences: "Siehe etwa Hradil
//! (1987, S. 45) und Kreckel (1992).", "As Putnam (2000, 19) argues, …",
//! "… nicht unumstritten (vgl. Esser 1999: 45; Hill 2002).", "Подробнее см.
//! [Гельман 2015, с. 45; Шевцова 2018]".
//!
//! Papers that cite by author and year keep their notes for commentary,
//! and the notes cite the same way, inside sentences. Each citation names
//! the authors and the year of a work in the paper's list; [`super::split`]
//! takes them as the note's pieces and [`super::short::author_year`] reads
//! each. A sentence is read so only when every year in it is a citation's:
//! a reference whose year stands in brackets ("in: Leviathan 18 (1990)",
//! "Beck, Ulrich (1983): Title") is left whole.

use std::sync::LazyLock;

use regex::Regex;

use super::short::author_year;

/// A bracket after cited names: the year, the edition's after the
/// original's ("(1922/1972: 28)"), and a pinpoint ("(1987, S. 45)").
static YEAR_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\((?:(?:1[5-9]|20)\d\d\s*/\s*)?(?P<year>(?:1[5-9]|20)\d\d[a-z]?)",
        r"(?:\s*[,:]\s*(?P<pin>[^()\[\];]{1,40}?))?\s*\)",
    ))
    .expect("year bracket pattern")
});

/// A page after a narrative citation's bracket: ", pp. 45-50", ", S. 12".
static PAGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s*(?P<pin>(?:pp?|S|s|с|Kap|cap|ch|chap)\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*f{1,2}\.)?)")
        .expect("page after pattern")
});

/// Words before a family name that make it a common noun or a place, not
/// an author: articles and the prepositions joined with them ("seit der
/// Wende (1989)", "the Economist (2019)", "nel Regno (1861)").
const DETERMINERS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "im", "vom", "zum", "zur", "beim", "am", "the", "a", "an", "this", "that", "its", "il", "lo",
    "la", "gli", "le", "un", "una", "uno", "del", "della", "dello", "dei", "degli", "delle", "al",
    "nel", "nella", "les", "du", "une", "el", "los", "las", "do", "da", "dos", "das", "w", "we",
    "в", "во", "на",
];

/// Words that open a container: a name after them with a comma before it
/// ("…, in: Leviathan (1990)") is a journal's.
const CONTAINER_WORDS: &[&str] = &["in", "in:", "In:", "In", "dans", "en", "nel", "в", "w"];

/// Words of a publisher's name: "(Yale University Press 2011)" is an
/// imprint in OSCOLA's brackets.
const PUBLISHER_WORDS: &[&str] = &[
    "Press",
    "University",
    "Verlag",
    "Publishing",
    "Publishers",
    "Books",
    "Editions",
    "Éditions",
    "Edizioni",
    "Editore",
];

/// The author-date citations of a part of a note, each as the text
/// [`author_year`] reads ("Hradil (1987, S. 45)", "Esser 1999: 45"), in
/// order; `None` when the part holds none, or a year of it is no
/// citation's.
pub(super) fn in_sentence(part: &str) -> Option<Vec<String>> {
    // A citation's year follows a bracket; most notes have no year in
    // one, told without the patterns.
    if part.len() > 600 || !year_after_bracket(part.as_bytes()) {
        return None;
    }
    // A link is a reference's ("…, based on Ember (2024), https://…").
    if part.contains("://") || part.contains("www.") {
        return None;
    }
    let mut found: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let bytes = part.as_bytes();
    for open in memchr::memchr2_iter(b'(', b'[', bytes) {
        if found.iter().any(|(_, end, _)| open < *end) {
            continue;
        }
        if let Some(cited) = narrative_at(part, open) {
            found.push(cited);
            continue;
        }
        // "(vgl. Esser 1999: 45; Hill 2002)": a bracket without another
        // inside it.
        let Some(close) = memchr::memchr2_iter(b')', b']', &bytes[open + 1..])
            .next()
            .map(|at| open + 1 + at)
        else {
            continue;
        };
        let inner = &part[open + 1..close];
        if (6..=300).contains(&inner.len())
            && !inner.contains(['(', '['])
            && let Some(texts) = group(&part[..open], inner)
        {
            found.push((open, close + 1, texts));
        }
    }
    if found.is_empty() || !years_within(part, &found) {
        return None;
    }
    found.sort_by_key(|(start, ..)| *start);
    Some(found.into_iter().flat_map(|(.., texts)| texts).collect())
}

/// Whether a bracket may open a citation: a year (four digits from 1500)
/// right after it, after a word and a space ("Hradil (1987"), or a name and
/// then a year inside it ("(vgl. Esser 1999"). A journal's year after its
/// volume ("22 (1996)") is neither, and most references' brackets are that.
fn year_after_bracket(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(b'(', b'[', bytes).any(|open| {
        let rest = &bytes[open + 1..];
        if rest.first().is_some_and(u8::is_ascii_digit) {
            // A letter's last byte (ASCII or a UTF-8 continuation) and a
            // space before the bracket.
            let word = open >= 2
                && bytes[open - 1] == b' '
                && (bytes[open - 2].is_ascii_alphabetic() || bytes[open - 2] >= 0x80);
            return word && rest.get(..4).is_some_and(is_year);
        }
        rest[..rest.len().min(80)].windows(4).any(is_year)
    })
}

/// A narrative citation whose year's bracket opens at `open`: its span
/// and its text, when names stand before the bracket ([`names_before`])
/// and the sentence around cites them ([`narrative`]).
fn narrative_at(part: &str, open: usize) -> Option<(usize, usize, Vec<String>)> {
    let c = YEAR_BRACKET.captures(&part[open..])?;
    let start = names_before(&part[..open])?;
    let names = part[start..open].trim_end();
    let mut end = open + c.get(0)?.end();
    let mut pin = c.name("pin").map(|m| m.as_str());
    // "Tusell (1988), pp. 45-50, y Juliá (1999)": the page after the
    // bracket.
    if pin.is_none()
        && let Some(p) = PAGE_AFTER.captures(&part[end..])
    {
        pin = p.name("pin").map(|m| m.as_str());
        end += p.get(0)?.end();
    }
    if !narrative(part, start, end, names) {
        return None;
    }
    Some((
        start,
        end,
        vec![cited(names, c.name("year")?.as_str(), pin)?],
    ))
}

/// Where the cited names end the text before a bracket ("… siehe Voß ",
/// "… von Mayer/Blossfeld ", "… by van Dijk ", "… Levitsky and Way ",
/// "… Wagner u.a. "): family names, joined by a slash or a word ("und",
/// "and", "e", "et", "y", "i", "&"), with "et al." or "u.a." after them
/// and a Dutch particle before each. `None` when no family name ends the
/// text.
fn names_before(before: &str) -> Option<usize> {
    const JOINS: &[&str] = &["und", "and", "e", "et", "y", "i", "&"];
    let text = before.strip_suffix(' ')?;
    // The words with their starts.
    let mut at = 0;
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .map(|w| {
            let word = (at, w);
            at += w.len() + 1;
            word
        })
        .collect();
    let word = |i: usize| words[i].1;
    let mut i = words.len();
    if i >= 2 && word(i - 1) == "al." && word(i - 2) == "et" {
        i -= 2;
    } else if i >= 1 && word(i - 1) == "u.a." {
        i -= 1;
    } else if i >= 2 && word(i - 1) == "a." && word(i - 2) == "u." {
        i -= 2;
    }
    let family = |w: &str| w.split('/').all(is_family);
    let mut start = None;
    while i > 0 && family(word(i - 1)) {
        i -= 1;
        if i >= 1 && matches!(word(i - 1), "van" | "ten" | "ter") {
            i -= 1;
        } else if i >= 2 && matches!(word(i - 1), "der" | "den" | "de") && word(i - 2) == "van" {
            i -= 2;
        }
        start = Some(words[i].0);
        // "Levitsky and Way": a name before the join.
        if i >= 2 && JOINS.contains(&word(i - 1)) && family(word(i - 2)) {
            i -= 1;
        } else {
            break;
        }
    }
    start
}

/// Whether a word is shaped as a family name: a capital, then letters in
/// small letters with apostrophes and hyphens, and a capital again after
/// them ("Gel'man", "Wohlrab-Sahr", "O'Donnell", "McAdam", "Гельман",
/// "Li").
fn is_family(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: Vec<char> = chars.collect();
    first.is_uppercase()
        && rest.iter().any(|c| c.is_lowercase())
        && rest
            .iter()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | 'ʼ' | '-'))
        && rest.first().is_some_and(|c| *c != '-')
        && !rest
            .windows(2)
            .any(|w| w[0].is_uppercase() && w[1].is_uppercase())
}

/// Whether the names at `start..end` are cited in a sentence: after its
/// start, a word in small letters or one of commentary, not an article
/// ("seit der Wende (1989)") nor a container's word after a comma; and
/// followed by its end, a stop, or a word in small letters ("Beck (1986:
/// 121) spricht …"), not by a title ("Beck (1983): Jenseits …").
fn narrative(part: &str, start: usize, end: usize, names: &str) -> bool {
    let before = part[..start].trim_end();
    if !before.is_empty() && !part[..start].ends_with(char::is_whitespace) {
        return false;
    }
    // After a capitalised word and its comma, the names may be an
    // inverted name's given one ("Poole, David (1988). A logical …") or
    // follow a clause ("sowie, mit anderen Daten, Brose (1993)").
    let mut given = false;
    if let Some(word) = before.split_whitespace().next_back() {
        let bare = word.trim_end_matches(',');
        let lower = bare.chars().next().is_some_and(char::is_lowercase);
        given = !lower && word.ends_with(',');
        if DETERMINERS.contains(&bare)
            || (CONTAINER_WORDS.contains(&word) && before.contains(','))
            || !(lower || given || super::commentary::is_commentary_word(word))
        {
            return false;
        }
    }
    if names
        .split_whitespace()
        .any(super::gazetteer::is_publishing_place)
    {
        return false;
    }
    let after = &part[end..];
    let (stop, rest) = match after.strip_prefix(['.', ';']) {
        Some(rest) => (true, rest),
        None => (false, after.strip_prefix(',').unwrap_or(after)),
    };
    let next = rest.trim_start().chars().next();
    match next {
        None => true,
        // "Vgl. Beck (1986). Anders …": a sentence of commentary after
        // one; "Corps of Engineers (2009). Selection …" is a reference
        // list's head.
        Some(_) if stop => {
            !given
                && !before.is_empty()
                && before
                    .split_whitespace()
                    .all(super::commentary::is_commentary_word)
        }
        Some(c) => {
            rest.starts_with(char::is_whitespace)
                && (c.is_lowercase() || (!given && matches!(c, '„' | '“' | '"' | '«' | '‘' | '(')))
        }
    }
}

/// The citation's text as [`author_year`] reads it, with its pinpoint when
/// that reads as one ("vol. II, p. 112" may not).
fn cited(names: &str, year: &str, pin: Option<&str>) -> Option<String> {
    if let Some(pin) = pin {
        let text = format!("{names} ({year}, {pin})");
        if author_year(&text).is_some() {
            return Some(text);
        }
    }
    let text = format!("{names} ({year})");
    author_year(&text).map(|_| text)
}

/// The citations of a bracket, each a part between semicolons after its
/// words of commentary ("vgl.", "e.g.,", "etwa"); `None` unless every part
/// is one. A bracket after a capitalised title with a comma before, and
/// without such words, is an imprint ("…, Belarus: The Last European
/// Dictatorship (Yale University Press 2011)"), as is one naming a place
/// ("(Oxford 2011)") or a publisher.
fn group(before: &str, inner: &str) -> Option<Vec<String>> {
    let mut led = false;
    let mut out = Vec::new();
    for item in inner.split(';') {
        let (item, words) = without_lead_words(item.trim());
        led |= words;
        let cite = author_year(item)?;
        // "(May 1988)", "(September/October 2022)", "(Spring 2021)",
        // "(VetPop2014)": a date, or a name run into its number.
        let date = |name: &str| {
            super::dates::is_month(name)
                || super::finish::SEASONS.contains(&name.to_lowercase().as_str())
        };
        if item
            .find(|c: char| c.is_ascii_digit())
            .is_none_or(|at| !item[..at].ends_with(' '))
            || cite
                .names
                .iter()
                .any(|n| matches!(n, crate::entry::Name::Person { family, .. } if date(family)))
        {
            return None;
        }
        let named = |n: &crate::entry::Name| match n {
            crate::entry::Name::Person { family, .. } => family.clone(),
            crate::entry::Name::Organization(name) => name.clone(),
            crate::entry::Name::Others => String::new(),
        };
        if cite.names.iter().map(named).any(|name| {
            name.split_whitespace()
                .any(|w| PUBLISHER_WORDS.contains(&w) || super::gazetteer::is_publishing_place(w))
                || super::gazetteer::is_publishing_place(&name)
        }) {
            return None;
        }
        out.push(item.to_string());
    }
    let after_title = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if !led && after_title && before.contains(',') {
        return None;
    }
    Some(out)
}

/// The part without the words of commentary opening it ("vgl. auch", "e.g.,",
/// "z. B.", "etwa", "so"), and whether there were any.
fn without_lead_words(item: &str) -> (&str, bool) {
    let mut rest = item;
    let mut taken = false;
    for _ in 0..4 {
        if let Some(after) = ["z. B. ", "z.B. "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
        {
            rest = after.trim_start();
            taken = true;
            continue;
        }
        let Some((word, after)) = rest.split_once(char::is_whitespace) else {
            break;
        };
        if word.starts_with(char::is_lowercase) || super::commentary::is_commentary_word(word) {
            rest = after.trim_start();
            taken = true;
        } else {
            break;
        }
    }
    (rest, taken)
}

/// Whether every year of the part lies inside a citation found, or is a
/// year of the sentence's own ("On the 2020 protests", "im Herbst 2004"):
/// after a word in small letters or a month, outside brackets. A
/// reference's year follows a place, a comma or a volume ("Frankfurt a.
/// M. 1986", "…, 2019", "22 (1996)").
fn years_within(part: &str, found: &[(usize, usize, Vec<String>)]) -> bool {
    let bytes = part.as_bytes();
    let mut depth = 0i32;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            _ => {}
        }
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let year = is_year(&bytes[start..i]);
        if year
            && !found.iter().any(|(s, e, _)| *s <= start && i <= *e)
            && !(depth == 0 && year_of_sentence(&part[..start]))
        {
            return false;
        }
    }
    true
}

/// Whether the bytes are a year a citation names: four digits from 1500
/// to 2099.
fn is_year(w: &[u8]) -> bool {
    w.len() == 4
        && w.iter().all(u8::is_ascii_digit)
        && matches!((w[0], w[1]), (b'1', b'5'..=b'9') | (b'2', b'0'))
}

/// Whether the text before a year ends in a word of a sentence: one in
/// small letters, the sentence's first ("Nel 1999 (Istat 2000) …"), a
/// month's name ("in March 2020") or a German noun of time ("im Jahr
/// 2004", "im Herbst 2004").
fn year_of_sentence(before: &str) -> bool {
    const TIME: &[&str] = &[
        "Jahr",
        "Jahre",
        "Jahren",
        "Frühjahr",
        "Sommer",
        "Herbst",
        "Winter",
    ];
    if !before.ends_with(' ') {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let (Some(word), first) = (words.next(), words.next().is_none()) else {
        return false;
    };
    word.chars().all(char::is_alphabetic)
        && (first
            || word.starts_with(char::is_lowercase)
            || super::dates::is_month(word)
            || TIME.contains(&word))
}
