//! Where author and title meet: the labeller's reading of a note's head
//! corrected where the layout says otherwise. A title's first words taken
//! into an author ("Ulrich Beck, Risikogesellschaft. …"), a chapter's
//! author, title and book's authors read as one name, an elided particle
//! ("Giscard d'Estaing"), an editors' mark at the head of a title.
//! Organisations as authors are in `organizations.rs`, interviews in
//! `interviews.rs`.

use std::sync::LazyLock;

use regex::Regex;

use super::text_after;
use crate::parse::Work;

/// "Ulrich Beck, Risikogesellschaft. Auf dem Weg …", "Andrew Wilson,
/// Belarus: The Last European Dictatorship": a name in its natural order,
/// a comma, and the title's first words, which the labeller took for a
/// given name ("Beck, Ulrich."). The author then reads as no name at all
/// (an organisation that is none); the words after the comma go back to the
/// title, with the stop or colon that joined them to it in the note.
pub(super) fn title_words_after_person(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((head, words)) = org.split_once(", ") else {
        return;
    };
    let first_word = words.split_whitespace().next().unwrap_or("");
    // "E. J. Hobsbawm, Nations and Nationalism since 1780: Programme, Myth,
    // Reality, 2nd edn (…)": after initials and a family name nothing of the
    // name is left, so a work with no title has it here, commas and all.
    // So too after a given and family name, where the words hold no name:
    // "Albert Hirschman, Entwicklung, Markt und Moral. …".
    let natural = || {
        NATURAL_NAME.is_match(head)
            && !crate::parse::names::is_organization(head)
            && !crate::parse::names::is_given_name(first_word)
            && words.split_whitespace().count() >= 2
    };
    if work.title.is_none()
        && (INITIALS_NAME.is_match(head) || natural())
        && first_word.starts_with(char::is_uppercase)
        && let (names, false) = crate::parse::names::parse_author_segment(head)
        && let [crate::entry::Name::Person { .. }] = names.as_slice()
    {
        work.title = Some(words.to_string());
        work.authors = names;
        return;
    }
    // The head is the person; the title's words may look like an
    // organisation's ("Freiheit im Blick").
    if crate::parse::names::is_organization(head)
        || crate::parse::names::is_given_name(first_word)
        || first_word.chars().count() < 2
        || words.is_empty()
        || words.contains(',')
        || words.chars().any(|c| c.is_ascii_digit())
        || !(NATURAL_NAME.is_match(head) || INITIALS_NAME.is_match(head))
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    // "A. Romano, Il «Piano Marshall» e …": the article opening the title.
    let article = crate::parse::vocabulary::is_title_article(words);
    let Some(at) = plain.find(&format!("{head}, {words}")) else {
        return;
    };
    let after = &plain[at + head.len() + 2 + words.len()..];
    let initials = INITIALS_NAME.is_match(head);
    let title = match work.title.as_deref() {
        None => words.to_string(),
        Some(title) => {
            let Some(gap) = after.find(title) else {
                return;
            };
            let joint = after[..gap].trim_end();
            // "A. Stella, La crisi …, «Archivio Veneto», s. V": the Italian
            // journal in guillemets after the title, which the labeller
            // took for the title.
            if matches!(joint, ", «" | ", “" | ", \"") && work.container.is_none() {
                work.container = work.title.take();
                work.title = Some(words.to_string());
                work.authors = names;
                return;
            }
            // "M. Aymard, Venise, Raguse et …": after initials no given
            // name can follow, so a comma goes on with the title.
            let comma = joint == "," && initials;
            // "Ryhor Astapenia, Belarusians’ Views …": a possessive ends no
            // name, so it opens the title.
            let possessive = ["’", "'", "’s", "'s"].iter().any(|p| words.ends_with(p));
            // "Stefan Meister, Russland 2030: …": no name goes on with a
            // number, a title may.
            let number = title.starts_with(|c: char| c.is_ascii_digit());
            if !(matches!(joint, "." | ":")
                || joint.is_empty() && (article || possessive || number)
                || comma)
            {
                return;
            }
            format!("{words}{joint} {title}")
        }
    };
    work.title = Some(title);
    work.authors = names;
}

/// "C. Capra, Il Settecento, in D. Sella - C. Capra, Il Ducato di Milano
/// dal 1535 al 1796, Torino 1984": a chapter, then "in" and the book's
/// authors before its title. Where the labeller ran author, title and the
/// book's authors into one author (which then reads as an organisation)
/// and took the book for the title, the person, the title and the book as
/// container are put back.
pub(super) fn title_inside_author(work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    if work.title.is_none() || work.container.is_some() {
        return;
    }
    let Some((head, rest)) = org.split_once(", ") else {
        return;
    };
    let Some((words, _book_authors)) = rest.split_once(", in ") else {
        return;
    };
    if !(NATURAL_NAME.is_match(head) || INITIALS_NAME.is_match(head))
        || words.is_empty()
        || words.chars().any(|c| c.is_ascii_digit())
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    work.container = work.title.take();
    work.title = Some(words.to_string());
    work.authors = names;
}

/// "UNHCR, Global Trends: Forced Displacement in 2023 (Copenhagen: …)": a
/// body's acronym and the title's head before its colon, read as a family
/// and given names. No one's given names are a title's words; the head
/// goes back to the title, the acronym is the author.
pub(super) fn title_head_read_as_given_names(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Person { family, given, .. }] = work.authors.as_slice() else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !crate::parse::names::is_body_acronym(family)
        || !plain.contains(&format!("{family}, {given}: {title}"))
        || given
            .split_whitespace()
            .any(|w| crate::parse::names::is_given_name(w) || w.ends_with('.'))
    {
        return;
    }
    work.title = Some(format!("{given}: {title}"));
    work.authors = vec![crate::entry::Name::Organization(family.clone())];
}

/// "Schmidt, Manfred G.: Demokratietheorien. Eine Einführung": the German
/// head "Family, Given: Title", with the title's first sentence read into
/// the author. What follows the colon goes back to the title, joined as
/// the note joins them.
pub(super) fn title_after_colon_in_author(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((head, words)) = org.split_once(": ") else {
        return;
    };
    if words.is_empty() || !words.starts_with(char::is_uppercase) || head.contains(['(', ')']) {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    if names.is_empty()
        || !names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
    {
        return;
    }
    let Some(title) = words_before_title(plain, words, work.title.as_deref()) else {
        return;
    };
    work.title = Some(title);
    work.authors = names;
}

/// The title with the words read into the author before it, joined as the
/// note joins them ("Demokratietheorien. Eine Einführung"); `None` when the
/// note does not have them side by side.
fn words_before_title(plain: &str, words: &str, title: Option<&str>) -> Option<String> {
    let Some(title) = title else {
        return Some(words.to_string());
    };
    let joint = [". ", ": ", " "]
        .into_iter()
        .find(|j| plain.contains(&format!("{words}{j}{title}")))?;
    Some(format!("{words}{joint}{title}"))
}

/// "Kocka, Jürgen, Arbeiterleben und Arbeiterkultur. Die Entstehung …":
/// the head "Family, Given, Title" of German and Austrian notes, with the
/// title's first sentence read into the author (which then reads as an
/// organisation). A title has small words a list of names has not.
pub(super) fn title_after_given_name(plain: &str, work: &mut Work) {
    static FAMILY_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{Ll}'’ʼ-]+, \p{Lu}[\p{Ll}'’ʼ-]+(?:[ -]\p{Lu}(?:[\p{Ll}'’ʼ-]+|\.))?$")
            .expect("family and given name pattern")
    });
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((family, rest)) = org.split_once(", ") else {
        return;
    };
    let Some((given, words)) = rest.split_once(", ") else {
        return;
    };
    let head = &org[..family.len() + 2 + given.len()];
    let small_word = words
        .split_whitespace()
        .skip(1)
        .any(|w| w.chars().count() >= 2 && w.chars().all(char::is_lowercase));
    if !FAMILY_GIVEN.is_match(head)
        || !words.starts_with(char::is_uppercase)
        || !small_word
        || words.chars().any(|c| c.is_ascii_digit())
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    let Some(title) = words_before_title(plain, words, work.title.as_deref()) else {
        return;
    };
    work.title = Some(title);
    work.authors = names;
}

/// "SIPRI Yearbook 2023: Armaments, Disarmament and International
/// Security (Oxford: …)": a title's head with its year read as an
/// organisation before a colon. No one's name holds a year.
pub(super) fn year_in_author_is_title(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let has_year = org.split_whitespace().any(|w| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    });
    let whole = format!("{org}: {title}");
    if !has_year || !plain.trim_start().starts_with(&whole) {
        return;
    }
    work.title = Some(whole);
    work.authors.clear();
}

/// "F. Venturi, Settecento riformatore, I, Da Muratori a Beccaria": the
/// labeller ran the author, the work's title and the volume's numeral into
/// one author (or the author and title, reading the volume apart: "A.
/// Nowak, Dzieje Polski, t. 3: …") and took the volume's own title for the
/// work's. The person,
/// the title and the volume are put back.
pub(super) fn title_and_volume_inside_author(work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((head, rest)) = org.split_once(", ") else {
        return;
    };
    // "A. Nowak, Dzieje Polski, t. 3: 1340–1468. Królestwo …": the
    // volume read apart, its numeral after its word.
    let (words, numeral) = match rest.rsplit_once(", ") {
        Some((words, numeral)) => (words, numeral),
        None if work.volume.is_some() => (rest, ""),
        None => return,
    };
    let roman = !numeral.is_empty()
        && numeral.len() <= 4
        && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    if !(roman || numeral.is_empty())
        || !INITIALS_NAME.is_match(head)
        || words.chars().any(|c| c.is_ascii_digit())
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    work.title = Some(words.to_string());
    work.volume.get_or_insert_with(|| numeral.to_string());
    work.authors = names;
}

/// "G. Ricuperati, Il riformismo sabaudo, in D. Carpanetto - G.
/// Ricuperati, L'Italia del Settecento, Roma-Bari 1986": the labeller may
/// read the book's authors and its title together as editors (one name
/// that reads as an organisation). The people are the book's authors, not
/// editors; the rest is the book.
pub(super) fn book_authors_before_book(work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.editors.as_slice() else {
        return;
    };
    if work.container.is_some() || work.title.is_none() {
        return;
    }
    let Some((people, book)) = org.split_once(", ") else {
        return;
    };
    let people = people.replace(" - ", "; ").replace(" – ", "; ");
    let (names, _) = crate::parse::names::parse_author_segment(&people);
    if names.is_empty()
        || !names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
        || !book
            .chars()
            .next()
            .is_some_and(crate::letters::is_uppercase)
    {
        return;
    }
    work.container = Some(book.to_string());
    work.editors.clear();
}

/// "Valéry Giscard d'Estaing, Démocratie française": the family name's
/// part after an elided particle, which the labeller put at the head of the
/// title, goes back to the family name.
pub(super) fn elided_family_in_title(work: &mut Work) {
    let [crate::entry::Name::Person { family, .. }] = work.authors.as_mut_slice() else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some((word, rest)) = title.split_once(", ") else {
        return;
    };
    if word.contains(' ') || !crate::parse::names::is_elided_particle(word) || rest.is_empty() {
        return;
    }
    *family = format!("{family} {word}");
    work.title = Some(rest.to_string());
}

/// "M. Isnenghi (a cura di), I luoghi della memoria": the editors' mark
/// the labeller left at the head of the title makes the authors editors.
pub(super) fn editors_mark_before_title(work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(m) = EDITORS_MARK.find(title) else {
        return;
    };
    let rest = title[m.end()..].trim().to_string();
    // "Mario Rossi, Giulia Bianchi (a cura di), La guerra fredda…": the
    // mark alone read as the title, the book's title as its container.
    let rest = match (rest.is_empty(), m.end() == title.len()) {
        (false, _) => rest,
        (true, true) if work.volume.is_none() && work.number.is_none() => {
            match work.container.take() {
                Some(book) => book,
                None => return,
            }
        }
        _ => return,
    };
    work.title = Some(rest);
    if work.editors.is_empty() {
        work.editors = std::mem::take(&mut work.authors);
    }
}

/// An editors' mark in brackets: "(a cura di)", "(Hrsg.)", "(eds.)",
/// "(dir.)", "(ред.)", then a comma or stop.
static EDITORS_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(\s*(?:a\s+cura\s+di|hrsg\.?|hg\.?|eds?\.?|editors?|dir\.?|coords?\.?|orgs?\.?|ред\.?|red\.?)\s*\)\s*[,.:]?\s*")
        .expect("editors mark pattern")
});

/// A person's name as initials and a family name: "R. Romeo", "G. A.
/// Galasso".
static INITIALS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{Ll}'’ʼ-]+$").expect("initials name pattern")
});

/// A person's name in its natural order: two to four capitalised words,
/// name particles between them ("Klaus von Beyme", "Karl Ulrich Mayer").
static NATURAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let particles = crate::parse::vocabulary::particles_pattern();
    Regex::new(&format!(
        r"^\p{{Lu}}[\p{{Ll}}'’ʼ-]+(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{Ll}}'’ʼ-]+|{particles})){{1,3}}$"
    ))
    .expect("natural name pattern")
});

/// "Renate Mayntz/Fritz W. Scharpf (Hrsg.), Gesellschaftliche
/// Selbstregelung …": a book cited whole under editors joined by slashes.
/// The labeller may cut a name at an initial's stop ("Fritz W" an author,
/// "Scharpf" an editor); the names before the mark are the editors.
pub(super) fn slashed_editors(plain: &str, work: &mut Work) {
    let Some(c) = SLASHED_EDITORS.captures(plain) else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c[1]);
    if names.len() < 2
        || !names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
    {
        return;
    }
    work.editors = names;
    work.authors.clear();
}

/// Names joined by slashes at the head, then an editors' mark.
static SLASHED_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^,()/]+(?:/[^,()/]+)+)\s*\((?:Hrsg\.|Hg\.|eds?\.|Eds?\.|a cura di|dir\.|ред\.)\)\s*[,:.]")
        .expect("slashed editors pattern")
});

/// "Diffie, W., Hellman, M.E.: New directions in cryptography": Springer's
/// head "Family, I., Family, I.I.: Title", where initials without blanks
/// kept the last author out of the list and in the title.
pub(super) fn author_before_colon_in_title(work: &mut Work) {
    static NAME_AND_COLON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:[\p{Lu}][\p{L}'’ʼ-]+\s)?\p{Lu}[\p{L}'’ʼ-]+,\s*(?:\p{Lu}\.\s?-?){1,3}):\s+(\p{Lu}.*)$")
            .expect("name and colon pattern")
    });
    if work.authors.is_empty() {
        return;
    }
    let Some(c) = work
        .title
        .as_deref()
        .and_then(|t| NAME_AND_COLON.captures(t))
    else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c[1]);
    let [name @ crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    let (name, title) = (name.clone(), c[2].to_string());
    work.authors.push(name);
    work.title = Some(title);
}

/// "Wolfgang Streeck, Gekaufte Zeit. Die vertagte Krise …": a title's
/// first two words after a name, which the labeller read as a second
/// author in natural order. German, Italian and French notes join authors
/// with slashes, "und", "e" or "et", not a comma; where the first name's
/// given name is a known one, the second's is not, and a stop follows (or
/// a comma, when the note has no other title), the second "author" is the
/// title's head.
pub(super) fn second_author_is_title(plain: &str, work: &mut Work) {
    use crate::entry::Name;
    use crate::parse::names::is_given_name;
    let [
        Name::Person {
            given: g1,
            family: f1,
            ..
        },
        Name::Person {
            given: g2,
            family: f2,
            prefix,
            ..
        },
    ] = work.authors.as_slice()
    else {
        return;
    };
    let joint = format!("{g1} {f1}, {g2} {f2}. ");
    // With no title at all, a comma may end the head too ("Andrzej Nowak,
    // Dzieje Polski, t. 1, Kraków 2014").
    let comma = format!("{g1} {f1}, {g2} {f2}, ");
    let first_given = g1.split_whitespace().next().unwrap_or("");
    if !prefix.is_empty()
        || g2.contains(' ')
        || !is_given_name(first_given)
        || is_given_name(g2)
        || !(plain.contains(&joint) || work.title.is_none() && plain.contains(&comma))
    {
        return;
    }
    let head = format!("{g2} {f2}");
    work.title = Some(match work.title.take() {
        Some(title) => format!("{head}. {title}"),
        None => head,
    });
    work.authors.truncate(1);
}

/// "Шевчук О. Білорусь між Росією та Заходом. Зовнішні справи. 2021.":
/// DSTU 8302 and GOST put the family name and initials before the title
/// with no mark between them but the initials' stop. Where the labeller
/// read the name and the whole title as one author (then an organisation),
/// the name ends with its initials and the rest is the title. Where the
/// labeller cut the title after a conjunction it took for one between
/// names ("Шадурскі У. Г. Беларусь і | Еўрапейскі саюз"), the title's
/// first words are put back before the rest.
pub(super) fn title_after_initials(plain: &str, work: &mut Work) {
    // A title that is only a thesis mark: the real one is in the author.
    let mark_only = work
        .title
        .as_deref()
        .is_some_and(super::imprint::is_thesis_mark);
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some(c) = FAMILY_INITIALS_TITLE.captures(org) else {
        return;
    };
    let words = c[3].trim();
    // "Зеленський В. Звернення …. Офіційне інтернет-представництво …. 2022.
    // 24 лютого.": GOST's page on a site, whose name the labeller took for
    // the title; a date follows the site.
    let site_before_date = |rest: &str| {
        work.container.is_none()
            && words.split_whitespace().count() >= 2
            && text_after(plain, &format!("{words}. {rest}"))
                .is_some_and(|after| after.starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut site = None;
    let title = match work.title.as_deref().filter(|_| !mark_only) {
        None if words.split_whitespace().count() >= 2 => words.to_string(),
        Some(rest) if plain.contains(&format!("{words} {rest}")) => format!("{words} {rest}"),
        Some(rest) if site_before_date(rest) => {
            site = Some(rest.to_string());
            words.trim_end_matches('.').to_string()
        }
        _ => return,
    };
    if crate::parse::names::is_organization(&format!("{} {}", &c[1], &c[2])) {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(&format!("{} {}", &c[1], &c[2]));
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    work.authors = names;
    work.title = Some(title);
    if site.is_some() {
        work.container = site;
    }
}

/// A family name, one or two initials, then capitalised words.
static FAMILY_INITIALS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\.(?:\s?\p{Lu}\.)?)\s+(\p{Lu}.+)$",
    )
    .expect("family, initials and title pattern")
});

/// "Tatiana Kastouéva-Jean (dir.), La Russie et ses voisins": the title's
/// first words (a French article) read into the editors' span; the mark
/// ends the names, and the title starts after it.
pub(super) fn title_words_after_editors_mark(plain: &str, work: &mut Work) {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^()]{3,80}?\s*\((?:dir|dirs|coord|Hg|Hrsg|eds?|a cura di)\.?\)\s*[,:]\s+")
            .expect("editors mark pattern")
    });
    if work.editors.is_empty() {
        return;
    }
    let (Some(m), Some(title)) = (MARK.find(plain), work.title.as_deref()) else {
        return;
    };
    let rest = &plain[m.end()..];
    let Some(at) = rest.find(title).filter(|&at| at > 0) else {
        return;
    };
    let lost = &rest[..at];
    if lost.split_whitespace().count() > 2 || lost.contains(|c: char| ",.;:()".contains(c)) {
        return;
    }
    let whole = format!("{lost}{title}");
    work.title = Some(whole);
}

/// "Fetscher, Iring (Hg.), Grundbegriffe des Marxismus, Hamburg/Berlin:
/// Hoffmann und Campe, 1976": an edited book whose title the labeller read
/// into the editors' names. The mark ends the names; the title runs to the
/// place and publisher.
pub(super) fn title_after_editors_mark(plain: &str, work: &mut Work) {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<names>[^()]{3,80}?)\s*\((?:Hg|Hgg|Hrsg|eds?|a cura di)\.?\)\s*[,:]\s*(?P<title>[^:]+?),\s+(?P<place>\p{Lu}[\p{L}./ -]{1,40}?):\s+[^,]+,\s+(?:1[5-9]|20)\d\d")
            .expect("title after editors mark pattern")
    });
    if work.title.is_some() || work.editors.is_empty() {
        return;
    }
    let Some(c) = FORM.captures(plain) else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c["names"]);
    if names.is_empty() {
        return;
    }
    work.editors = names;
    work.title = Some(c["title"].trim().to_string());
    work.location
        .get_or_insert_with(|| c["place"].trim().to_string());
}

/// "Pahl, G.; Beitz, W.; Grote, K.-H.: Konstruktionslehre. Grundlagen
/// erfolgreicher Produktentwicklung. 7. Aufl.": the title's first sentence,
/// after the colon that closes a list of people, read with the last name
/// and dropped. The words between the colon and the title go back to it.
pub(super) fn title_head_after_names_colon(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // (A colon and no more than a few words before the title: tested
    // before the title is looked for.)
    if work.authors.is_empty()
        || !plain.contains(':')
        || !work
            .authors
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
    {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(before) = plain[..at].strip_suffix(". ") else {
        return;
    };
    let Some((names, head)) = before.rsplit_once(": ") else {
        return;
    };
    let words = head.split_whitespace().count();
    let closes_names = names
        .rsplit(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .next()
        .is_some_and(|w| w.ends_with('.') && w.chars().filter(|c| c.is_uppercase()).count() <= 3);
    if !closes_names
        || !(1..=6).contains(&words)
        || !head.starts_with(char::is_uppercase)
        || head.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '(' | '"' | '“'))
    {
        return;
    }
    work.title = Some(format!("{head}. {title}"));
}

/// "Dubbel, H.; Grote, K.-H.: Taschenbuch …": the last author's initials
/// read as the title's head, before the colon that closes the names.
pub(super) fn initials_read_into_title(work: &mut Work) {
    static INITIALS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,3}):\s+\p{Lu}")
            .expect("initials head pattern")
    });
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = INITIALS_HEAD.captures(title) else {
        return;
    };
    let (Some(initials), Some(whole)) = (c.get(1), c.get(0)) else {
        return;
    };
    if !org.ends_with(|c: char| c.is_alphabetic()) {
        return;
    }
    let (names, _) =
        crate::parse::names::parse_author_segment(&format!("{org}, {}", initials.as_str().trim()));
    if names.len() < 2
        || !names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
    {
        return;
    }
    // The title starts at its first capital, after the colon.
    let rest = title[whole.end() - 1..].to_string();
    work.authors = names;
    work.title = Some(rest);
}
