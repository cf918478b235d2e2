//! Interviews named at a note's head: one the author held ("Entretien de
//! l'auteur avec …", "Интервью автора с …"), which has no author, and one
//! given to the author ("Dzianis Melyantsou, interview by the author"),
//! whose author is the person interviewed; and one a periodical printed,
//! its interviewer named after the title ("Ales Pushkin, “Painting as
//! Resistance,” interview by Anna Sous, Radio Liberty, 12 May 2021").

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// "Author’s interview with a trade union activist, Vilnius, 14 September
/// 2022", "Entretien de l'auteur avec un diplomate, Minsk, mars 2019",
/// "Gespräch des Verfassers mit …", "Интервью автора с …": an interview
/// the author held, named by its kind at the note's head. The words up to
/// the first comma are its title, with no author; the place after them is
/// where it was held.
pub(super) fn interview_held_by_the_author(plain: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:(?:The\s+)?[Aa]uthor['’]s\s+(?:telephone\s+|online\s+)?interviews?|Entretien|Entrevista|Intervista|Gespräch|Interviews?|Интервью|Беседа|Інтерв['’]ю|Wywiad)",
            r"\s+(?:(?:by\s+the\s+authors?|de\s+l['’]auteur|dell['’]autore|des\s+Verfassers|der\s+Verfasserin|del\s+autor|автора|autora)\s+)?",
            r"(?:with|avec|con|mit|с|з|z)\s[^,]{3,120}",
        ))
        .expect("interview head pattern")
    });
    let Some(m) = HEAD.find(plain) else {
        return;
    };
    // A container the labeller found inside the head ("Author’s interview
    // with a trade union | activist from Hrodna") is the head's.
    if work
        .container
        .as_deref()
        .and_then(|c| c.split(", ").next())
        .is_some_and(|c| m.as_str().contains(c.trim_end_matches([',', '.'])))
    {
        work.container = None;
    }
    if work.container.is_some() || work.url.is_some() {
        return;
    }
    let title = m.as_str().trim_end_matches('.').to_string();
    work.authors.clear();
    work.publisher = None;
    // What follows: the place it was held ("Minsk"), or the periodical
    // that printed it ("Le Monde"), then the day.
    let next = plain[m.end()..]
        .trim_start_matches([',', ' '])
        .split(", ")
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    let dated = !crate::parse::dates::find_dates(next).is_empty();
    if crate::parse::gazetteer::is_publishing_place(next) {
        work.location = Some(next.to_string());
    } else if !next.is_empty() && !dated && next.starts_with(char::is_uppercase) {
        work.container = Some(next.to_string());
        work.newspaper = true;
        work.location = None;
    }
    const LANGUAGES: &[(&str, &str)] = &[
        ("Entretien", "fr"),
        ("Entrevista", "es"),
        ("Intervista", "it"),
        ("Gespräch", "de"),
        ("Интервью", "ru"),
        ("Беседа", "ru"),
        ("Інтерв", "uk"),
        ("Wywiad", "pl"),
    ];
    if let Some((_, iso)) = LANGUAGES.iter().find(|(w, _)| title.starts_with(w)) {
        work.language = crate::lang::Language::from_iso(iso);
    }
    work.title = Some(title);
}

/// "Dzianis Melyantsou, interview by the author, Vilnius, 12 October
/// 2022": the person interviewed is the author, the interview the title.
pub(super) fn interview_by_the_author(work: &mut Work) {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?P<who>[^,]{3,60}),\s+(?P<what>(?:personal\s+|telephone\s+|online\s+)?interview\s+(?:by|with)\s+the\s+authors?)$")
            .expect("interview pattern")
    });
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:personal\s+|telephone\s+|online\s+)?interview\s+(?:by|with)\s+the\s+authors?$")
            .expect("interview alone pattern")
    });
    // "Olga Karach, telephone interview by the author": the labeller had
    // the person; the title is the interview, capitalised.
    if !work.authors.is_empty() {
        if let Some(title) = work.title.as_mut().filter(|t| ALONE.is_match(t)) {
            *title = upper_first(title);
        }
        return;
    }
    let Some(c) = work.title.as_deref().and_then(|t| FORM.captures(t)) else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c["who"]);
    let [crate::entry::Name::Person { .. }, ..] = names.as_slice() else {
        return;
    };
    work.authors = names;
    work.title = Some(upper_first(&c["what"]));
}

/// "Lukashenka’s interview with Belarus 1 TV, 14 May 2021, transcript at
/// …": an interview named by the one who gave it, a possessive before the
/// word. The words up to the first comma are its title, with no author
/// (the labeller read them as one); what follows is its day and where it
/// can be read.
pub(super) fn interview_named_by_subject(plain: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2}(?:’s|'s|’|')\s+(?:(?:exclusive|first|last|televised|video|joint)\s+)?interview\s+(?:with|to|for)\s[^,]+",
        )
        .expect("interview by subject pattern")
    });
    if work.title.is_some() && work.container.is_some() {
        return;
    }
    // A possessive among the first words, asked before the pattern.
    let possessive = plain
        .split_whitespace()
        .take(4)
        .any(|w| w.ends_with("’s") || w.ends_with("'s") || w.ends_with('’'));
    if !possessive {
        return;
    }
    let Some(m) = HEAD.find(plain) else {
        return;
    };
    let title = m.as_str().trim_end_matches('.').trim_end();
    // The labeller read the words as an author, or cut them into a title
    // and an author ("… with the Chinese | broadcaster CGTN"); a title it
    // found elsewhere is another part of the note.
    let inside = |words: &str| {
        let words = words.trim_end_matches([',', '.']).trim_end();
        !words.is_empty() && title.contains(words)
    };
    let authors_inside = !work.authors.is_empty()
        && work.authors.iter().all(|a| match a {
            crate::entry::Name::Organization(o) => inside(o),
            crate::entry::Name::Person { family, .. } => inside(family),
            crate::entry::Name::Others => false,
        });
    if !(authors_inside && work.title.as_deref().is_none_or(inside))
        && work.title.as_deref() != Some(title)
    {
        return;
    }
    work.authors.clear();
    work.title = Some(title.to_string());
}

/// "Lithuanian Customs, reply to a freedom-of-information request by the
/// author, 14 February 2024", "Jan Nowak, email to the author, 3 May
/// 2023": correspondence with the author, named like an interview: who
/// wrote is the author, the description the title.
pub(super) fn correspondence_with_the_author(plain: &str, work: &mut Work) {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?P<who>[^,]+),\s+(?P<what>(?:written\s+)?(?:reply|response|answer|letter|e-?mail|message|correspondence)\s+(?:to|with)\s+(?:[^,]*?\s)?the\s+authors?)(?:[,.(]|$)")
            .expect("correspondence pattern")
    });
    // The labeller reads the description into the title, whole or in
    // part: asked there, before the pattern reads the note.
    if !work.title.as_deref().is_some_and(|t| t.contains("author")) {
        return;
    }
    let Some(c) = FORM.captures(plain) else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c["who"]);
    if names.is_empty() {
        return;
    }
    work.title = Some(upper_first(&c["what"]));
    work.authors = names;
    work.container = None;
}

/// The description as a title: its first letter in capitals ("interview
/// by the author" → "Interview by the author").
fn upper_first(text: &str) -> String {
    let first = text.chars().next().map_or(0, char::len_utf8);
    format!("{}{}", text[..first].to_uppercase(), &text[first..])
}

/// "Ales Pushkin, “Painting as Resistance,” interview by Anna Sous, Radio
/// Liberty, 12 May 2021": the kind and its interviewer after the title,
/// the kind read as the container and the interviewer with the outlet as
/// names. The interview's author is the person interviewed; the name
/// after the interviewer is the outlet that printed it.
pub(super) fn interviewer_after_title(plain: &str, work: &mut Work) {
    static BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[,.][”\x22’»]?\s(?:interview|an\s+interview)\s+(?:by|with)\s+\p{Lu}[^,]+?,\s+(\p{Lu}[^,]+?),")
            .expect("interviewer after title pattern")
    });
    // "interview", or "interview by Iryna Vidanava" with the interviewer.
    if !work.container.as_deref().is_some_and(|c| {
        c.get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case("interview"))
            && (c.len() == 9 || c[9..].starts_with(" by ") || c[9..].starts_with(" with "))
    }) {
        return;
    }
    let Some(c) = BY.captures(plain) else {
        return;
    };
    let outlet = c[1].trim().to_string();
    if crate::parse::dates::find_dates(&outlet).is_empty() {
        work.container = Some(outlet);
    }
}
