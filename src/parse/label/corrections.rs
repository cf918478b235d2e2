//! Corrections of the labeller's reading where a note's layout says
//! otherwise, each exact and narrow: a title word taken into an author
//! ("Ulrich Beck, Risikogesellschaft. …"), an editors' mark at the head of a
//! title, a subtitle read as a journal, OSCOLA's "(CUP 2016)" imprint, a
//! date among unplaced words. They read the note's text without italic
//! marks and change the assembled [`Work`].

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::find_dates;

/// Applies the corrections that need the whole note (`plain`: its text
/// without italic marks) to the assembled work.
pub(super) fn correct(plain: &str, work: &mut Work) {
    title_word_after_organization(plain, work);
    title_words_after_person(plain, work);
    editors_mark_before_title(work);
    subtitle_before_imprint(plain, work);
    oscola_imprint(plain, work);
}

/// "Polish Ministry of Infrastructure, Annual Report on Rail": where the
/// labeller took the title's first word into an organisation as author
/// (the comma reads like "Family, Given"), the word goes back to the title
/// when it runs straight into it in the note.
fn title_word_after_organization(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((head, word)) = org.rsplit_once(", ") else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let first = title.split_whitespace().next().unwrap_or("");
    let starts_upper = word
        .chars()
        .next()
        .is_some_and(crate::letters::is_uppercase);
    if word.contains(' ')
        || !starts_upper
        || !crate::parse::names::is_organization(head)
        || !plain.contains(&format!("{word} {first}"))
    {
        return;
    }
    work.title = Some(format!("{word} {title}"));
    work.authors = vec![crate::entry::Name::Organization(head.to_string())];
}

/// "Ulrich Beck, Risikogesellschaft. Auf dem Weg …", "Andrew Wilson,
/// Belarus: The Last European Dictatorship": a name in its natural order,
/// a comma, and the title's first words, which the labeller took for a
/// given name ("Beck, Ulrich."). The author then reads as no name at all
/// (an organisation that is none); the words after the comma go back to the
/// title, with the stop or colon that joined them to it in the note.
fn title_words_after_person(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((head, words)) = org.split_once(", ") else {
        return;
    };
    let first_word = words.split_whitespace().next().unwrap_or("");
    if crate::parse::names::is_organization(org)
        || crate::parse::names::is_given_name(first_word)
        || first_word.chars().count() < 2
        || words.is_empty()
        || words.contains(',')
        || words.chars().any(|c| c.is_ascii_digit())
        || !NATURAL_NAME.is_match(head)
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let [crate::entry::Name::Person { .. }] = names.as_slice() else {
        return;
    };
    let Some(at) = plain.find(&format!("{head}, {words}")) else {
        return;
    };
    let after = &plain[at + head.len() + 2 + words.len()..];
    let title = match work.title.as_deref() {
        None => words.to_string(),
        Some(title) => {
            let Some(gap) = after.find(title) else {
                return;
            };
            let joint = after[..gap].trim_end();
            if !matches!(joint, "." | ":") {
                return;
            }
            format!("{words}{joint} {title}")
        }
    };
    work.title = Some(title);
    work.authors = names;
}

/// OSCOLA's imprint at a note's end, "(CUP 2016) 45": publisher and year in
/// brackets, then the page cited. The labeller, which rarely saw it, runs
/// title or book into the bracket ("… International Law (CUP"), and may take
/// a title's "in International Law" for a book; both are undone here.
fn oscola_imprint(plain: &str, work: &mut Work) {
    let Some(c) = OSCOLA_END.captures(plain) else {
        return;
    };
    let (publisher, year) = (c[1].trim(), &c[2]);
    let bracket = format!(" ({publisher}");
    for field in [&mut work.title, &mut work.container] {
        if let Some(value) = field.as_mut()
            && let Some(at) = value.find(&bracket)
        {
            value.truncate(at);
        }
    }
    if let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) {
        let container = container.trim_start_matches("in ");
        if plain.contains(&format!("{title} in {container}{bracket}")) {
            work.title = Some(format!("{title} in {container}"));
            work.container = None;
        }
    }
    if work.date.is_none() {
        work.date = year.parse().ok().map(Date::year);
    }
    if work.publisher.is_none() {
        work.publisher = Some(publisher.to_string());
    }
}

/// "(CUP 2016) 45.", "(Hart 2011) 275", "(OUP 2015) ch 4": at the end.
static OSCOLA_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)\s*(?:(?:ch|para|paras|pt|n)\s*)?[\divxlc,–—\- ]*\.?\s*$")
        .expect("OSCOLA imprint pattern")
});

/// A date the labeller left among words it did not place: an OSCOLA
/// imprint ("(OUP 2015) ch 4": the year, and the publisher) or a page's
/// update ("updated 1 May 2024"). Access and archive dates are never a
/// work's date.
pub(super) fn date_in_words(raw: &str, work: &mut Work) {
    if let Some(c) = OSCOLA_IMPRINT.captures(raw) {
        work.date = c[2].parse().ok().map(Date::year);
        if work.publisher.is_none() {
            work.publisher = Some(c[1].trim().to_string()).filter(|p| !p.is_empty());
        }
    } else if let Some(m) = UPDATED.find(raw) {
        work.date = find_dates(&raw[m.end()..])
            .into_iter()
            .find(|d| d.start == 0)
            .map(|d| d.date);
    }
}

/// "(OUP 2015)", "(Hart 2011)": a publisher and a year in brackets.
static OSCOLA_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)").expect("imprint pattern")
});
/// "updated 1 May 2024", "last updated", "обновлено", "aktualisiert am".
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:last\s+)?(?:updated|modified|обновлено|обновлён|оновлено|aktualisiert(?:\s+am)?|mis à jour(?:\s+le)?)\s*:?\s*")
        .expect("updated pattern")
});

/// "Dialektik der Aufklärung. Philosophische Fragmente, Amsterdam 1947": a
/// title's second sentence before a place and a year, read as a journal.
/// A journal article gives a volume or an issue and no place of
/// publication; this gives a place and neither, so the journal is the
/// title's subtitle.
fn subtitle_before_imprint(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if work.volume.is_some() || work.number.is_some() || work.location.is_none() {
        return;
    }
    // The subtitle runs on into the place after a comma, as German and
    // Italian notes write an imprint ("…, Amsterdam 1947"); a series before
    // "London: Routledge" is no subtitle.
    let location = work.location.as_deref().unwrap_or_default();
    let Some(joint) = [". ", ": "].into_iter().find(|joint| {
        plain.contains(&format!("{title}{joint}{container}, {location}"))
            || plain.contains(&format!("{title}{joint}{container} {location}"))
    }) else {
        return;
    };
    work.title = Some(format!("{title}{joint}{container}"));
    work.container = None;
}

/// "M. Isnenghi (a cura di), I luoghi della memoria": the editors' mark
/// the labeller left at the head of the title makes the authors editors.
fn editors_mark_before_title(work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(m) = EDITORS_MARK.find(title) else {
        return;
    };
    let rest = title[m.end()..].trim().to_string();
    if rest.is_empty() {
        return;
    }
    work.title = Some(rest);
    if work.editors.is_empty() {
        work.editors = std::mem::take(&mut work.authors);
    }
}

/// An editors' mark in brackets: "(a cura di)", "(Hrsg.)", "(eds.)",
/// "(dir.)", "(ред.)", then a comma or stop.
static EDITORS_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(\s*(?:a\s+cura\s+di|hrsg\.?|hg\.?|eds?\.?|editors?|dir\.?|coord\.?|ред\.?|red\.?)\s*\)\s*[,.:]?\s*")
        .expect("editors mark pattern")
});

/// A person's name in its natural order: two to four capitalised words,
/// name particles between them ("Klaus von Beyme", "Karl Ulrich Mayer").
static NATURAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let particles = crate::parse::vocabulary::particles_pattern();
    Regex::new(&format!(
        r"^\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{Ll}}'’-]+|{particles})){{1,3}}$"
    ))
    .expect("natural name pattern")
});
