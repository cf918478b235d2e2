//! Brazil's ABNT NBR 6023 and the Spanish and Portuguese references
//! around it, which the labeller's training data hardly holds: a journal's
//! or newspaper's place after its name ("Cadernos de Saúde Pública, Rio de
//! Janeiro, v. 35"), a newspaper read as editors, an organiser's mark
//! after a given name cut in two ("SANTOS, Boaventura de | Sousa (org.)."),
//! a Spanish imprint after a comma ("…, Buenos Aires, Fondo de Cultura
//! Económica, 2001"), a journal's name cut before its bracketed issue
//! ("Colombia | Internacional, (107)"), a translator's statement after the
//! title, and a title's first word in capitals standing for a missing
//! author ("ENTENDA o que muda …").

use std::sync::LazyLock;

use regex::Regex;

use super::text_after;
use crate::entry::Name;
use crate::parse::Work;
use crate::parse::dates::find_dates;
use crate::parse::gazetteer::is_publishing_place;

/// A place as ABNT writes it after a journal's or newspaper's name: one to
/// four capitalised words, Portuguese and Spanish particles between them
/// ("Rio de Janeiro", "Belo Horizonte", "São Paulo").
static PLACE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}'’-]*(?:\s(?:(?:de|do|da|dos|das|del|de la)\s)?\p{Lu}[\p{L}'’-]*){0,3}$",
    )
    .expect("place words pattern")
});

/// What follows a journal's place in ABNT: its volume, number, pages or
/// article number, or the date ("v. 21, n. 3", "p. 5-9", "e00123418",
/// "31 mar. 2023", "set./dez. 2019").
static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:v\.\s*\d|n\.\s*\d|p\.\s*\d|e\d{4,}|ano\s+\d|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,5}\./\p{L}{3,5}\.?\s+\d{4})")
        .expect("ABNT details pattern")
});

/// "Revista Brasileira de Estudos Urbanos e Regionais, Recife, v. 21":
/// the journal's place, read with its name, goes to the place.
pub(super) fn place_after_journal(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((journal, place)) = container.rsplit_once(", ") else {
        return;
    };
    let Some(after) = text_after(plain, container) else {
        return;
    };
    let after = after.trim_start_matches([',', ' ']);
    if journal.trim().is_empty() || !PLACE_WORDS.is_match(place) || !DETAILS.is_match(after) {
        return;
    }
    if work.location.is_none() {
        work.location = Some(place.to_string());
    }
    work.container = Some(journal.to_string());
}

/// "CARVALHO, Luiz. Governo anuncia novo marco fiscal. Folha de S.Paulo,
/// São Paulo, 31 mar. 2023.": the newspaper and its place, read as
/// editors. No editors' mark is there; the day's date follows the place.
pub(super) fn newspaper_read_as_editors(plain: &str, work: &mut Work) {
    if work.container.is_some() || work.editors.is_empty() || work.authors.is_empty() {
        return;
    }
    let Some(after) = work.title.as_deref().and_then(|t| text_after(plain, t)) else {
        return;
    };
    let mut parts = after.splitn(3, ", ");
    let (Some(outlet), Some(place), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let dated = find_dates(rest)
        .first()
        .is_some_and(|d| d.start == 0 && d.precision() == 3);
    let plain_outlet = !outlet.contains(['(', ':', ';']) && outlet.split_whitespace().count() <= 6;
    if dated && plain_outlet && PLACE_WORDS.is_match(place) {
        work.container = Some(outlet.to_string());
        work.editors.clear();
    }
}

/// "SANTOS, Boaventura de | Sousa (org.). Democratizar a democracia": a
/// given name's last word and the organiser's mark read as the title's
/// head. The word goes back to the name, the authors are the editors.
pub(super) fn given_name_before_editors_mark(plain: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[\p{Ll}'’-]+(?:\s(?:de|da|do|dos|das|del|\p{Lu}[\p{Ll}'’-]+)){0,3})\s\((?i:orgs?|coords?|eds?|comps?)\.\)[.,:]?\s+(\p{Lu}.*)$")
            .expect("editors mark head pattern")
    });
    let Some(c) = work.title.as_deref().and_then(|t| HEAD.captures(t)) else {
        return;
    };
    let (words, title) = (c[1].to_string(), c[2].to_string());
    match work.authors.as_mut_slice() {
        // The family name ABNT writes in capitals, alone, read as a body.
        [Name::Organization(family)]
            if !family.contains(' ')
                && plain.starts_with(&format!("{}, ", family.to_uppercase())) =>
        {
            let (names, _) =
                crate::parse::names::parse_author_segment(&format!("{family}, {words}"));
            let [Name::Person { .. }] = names.as_slice() else {
                return;
            };
            work.authors = names;
        }
        [.., Name::Person { given, .. }] if !words.contains(' ') => {
            given.push(' ');
            given.push_str(&words);
        }
        _ => return,
    }
    work.title = Some(title);
    if work.editors.is_empty() {
        work.editors = std::mem::take(&mut work.authors);
    }
}

/// "Romero, Luis Alberto. Breve historia contemporánea de la Argentina,
/// Buenos Aires, Fondo de Cultura Económica, 2001": a known publishing
/// place, a comma and a publisher before the year, read as a container.
pub(super) fn imprint_read_as_container(plain: &str, work: &mut Work) {
    if work.location.is_some() || work.publisher.is_some() {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let parts: Vec<&str> = container.split(", ").collect();
    // The place is the part before the last (the publisher's); before it
    // may stand the title, where the labeller found none ("Rock, David. La
    // construcción del Estado, Buenos Aires, Sudamericana, 1988").
    let [head @ .., place, publisher] = parts.as_slice() else {
        return;
    };
    let followed_by_year = text_after(plain, container).is_some_and(|after| {
        find_dates(after.trim_start_matches([',', ' ']))
            .first()
            .is_some_and(|d| d.start == 0)
    });
    if !followed_by_year
        || !is_publishing_place(place)
        || (!head.is_empty() && work.title.is_some())
    {
        return;
    }
    if !head.is_empty() {
        work.title = Some(head.join(", "));
    }
    work.location = Some(place.to_string());
    work.publisher = Some(publisher.to_string());
    work.container = None;
}

/// "Colombia Internacional, (107), 3-28": APA's issue in brackets with no
/// volume, the journal's later words read with it.
pub(super) fn journal_cut_before_issue(plain: &str, work: &mut Work) {
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}),\s\((\d{1,4})\),\s")
            .expect("words before an issue pattern")
    });
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // The container's name may stand in the title too ("… en Colombia.
    // Colombia Internacional"): every place it stands is tried.
    let Some(c) = plain
        .match_indices(&format!("{container} "))
        .find_map(|(at, m)| ISSUE.captures(&plain[at + m.len()..]))
    else {
        return;
    };
    work.container = Some(format!("{container} {}", &c[1]));
    work.number = Some(c[2].to_string());
    work.volume = None;
}

/// "Desenvolvimento como liberdade. Tradução de Laura Teixeira Motta.",
/// "El sentido práctico (A. Dilon, Trad.). Siglo XXI Editores.": a
/// translator's statement after the title, and what the labeller read
/// with it, is no part of the title.
pub(super) fn translator_after_title(work: &mut Work) {
    static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\.\s+(?:Tradução|Traducción|Trad\.)\s+(?:de|por|da|do)\s+\p{Lu}|\s\([^()]{3,60},\s+(?:Trad|Trads|Tr)\.\)).*$")
            .expect("translator statement pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(m) = STATEMENT.find(title) else {
        return;
    };
    let head = title[..m.start()].trim_end().to_string();
    if head.split_whitespace().count() >= 2 {
        work.title = Some(head);
    }
}

/// Portuguese and Spanish articles and prepositions that open a phrase
/// and never follow an acronym in an English title.
const ROMANCE_SMALL_WORDS: &[&str] = &[
    "o", "os", "as", "um", "uma", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "que",
    "el", "los", "las", "del", "en", "y", "con", "por", "para",
];

/// "ENTENDA o que muda com a reforma tributária. G1, …": a work without
/// an author whose title's first word ABNT writes in capitals: a word of
/// five capitals or more before words in small letters that do not read
/// as English ("UNICEF calls for action …" is an acronym's).
pub(super) fn title_head_in_capitals(work: &mut Work) {
    if !work.authors.is_empty() {
        return;
    }
    let Some(title) = work.title.as_mut() else {
        return;
    };
    let Some((first, rest)) = title.split_once(' ') else {
        return;
    };
    let capitals = first.chars().count() >= 5 && first.chars().all(char::is_uppercase);
    // A Portuguese or Spanish article or preposition next ("ENTENDA o que
    // …", where "a" and "com" make the language unsure), or words that
    // read as another language ("SALÁRIO mínimo terá …").
    let small = rest.split(' ').next().unwrap_or_default();
    let foreign = ROMANCE_SMALL_WORDS.contains(&small)
        || crate::lang::not_english(rest)
        || crate::lang::detect(rest).is_some_and(|l| l.langid() != "english");
    if !capitals || !rest.starts_with(char::is_lowercase) || !foreign {
        return;
    }
    let mut letters = first.chars();
    let Some(initial) = letters.next() else {
        return;
    };
    let word: String = std::iter::once(initial)
        .chain(letters.flat_map(char::to_lowercase))
        .collect();
    *title = format!("{word} {rest}");
}
