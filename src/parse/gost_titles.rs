//! GOST descriptions that open with their title, the works of a body or of
//! nobody in particular (statistical yearbooks, strategies, balances,
//! collections), whose imprint names a town and a year and no publisher:
//! `Топливно-энергетический баланс … за 2022 год / Министерство энергетики
//! Республики Беларусь. – Минск, 2023. – 48 с.`. The labeller, which learnt
//! GOST from descriptions under a person's heading, takes such a title's
//! year for the date and the title before it for an author; the form is
//! exact enough to read by rule. A description with a heading ("Гривач А.
//! В. …"), a publisher or a host document (`//`) is left to the labeller.

use std::sync::LazyLock;

use regex::Regex;

use super::{Work, gazetteer, statement};
use crate::entry::{Date, Name};

/// The imprint after the title (and statement): `Place, Year.`, with
/// GOST's dash before it and the count of pages after it where the older
/// form writes them (`. – Минск, 2023. – 48 с.`, `. Минск, 2023. 48 с.`),
/// and the page cited (`С. 45.`) or nothing after.
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[–—-]\s)?(?P<place>\p{Lu}[^,:;/()]{0,30}),\s(?P<year>(?:1[89]|20)\d\d)\.",
        r"(?:\s(?:[–—-]\s)?(?P<pages>\d{1,5})\sс\.)?",
        r"(?:\s(?:[–—-]\s)?С\.\s(?P<pin>\d{1,5}(?:[–-]\d{1,5})?)\.)?\s*$",
    ))
    .expect("GOST imprint without publisher pattern")
});

/// Whether the text opens with a GOST heading, a family name and initials
/// ("Гривач А. В.", "Иванов, И. И."): read without a pattern, as this is
/// asked of many notes.
fn heading(text: &str) -> bool {
    let mut words = text.split(' ');
    let (Some(family), Some(initials)) = (words.next(), words.next()) else {
        return false;
    };
    let family = family.strip_suffix(',').unwrap_or(family);
    let mut letters = family.chars();
    let capital = letters.next().is_some_and(char::is_uppercase);
    let rest = letters.as_str();
    let initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.next() == Some('.')
    };
    capital
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_lowercase() || "’'ʼ-".contains(c))
        && initial(initials)
}

/// The work a title-first GOST description names, or `None` for a note of
/// another form.
pub(super) fn read(text: &str) -> Option<Work> {
    // Every such description has a year after a comma and before a stop,
    // is in Cyrillic letters and names no host document: asked before any
    // pattern runs.
    if !year_after_comma(text)
        || text.contains("//")
        || !text.chars().take(40).any(crate::letters::is_cyrillic)
        || heading(text)
    {
        return None;
    }
    // The imprint follows the first stop after which one reads.
    let (at, c) = text.match_indices(". ").find_map(|(i, _)| {
        let c = IMPRINT.captures(&text[i + 2..])?;
        gazetteer::is_publishing_place(c["place"].trim()).then_some((i, c))
    })?;
    let description = &text[..at];
    let (title, statement) = match description.split_once(" / ") {
        Some((title, statement)) => (title.trim(), Some(statement.trim())),
        None => (description.trim(), None),
    };
    // "Росстат. Здравоохранение в России. 2023": a body or a part before
    // a stop, which the labeller reads (a year after one is the title's).
    let stop_before_word = title
        .match_indices(". ")
        .any(|(i, _)| title[i + 2..].starts_with(char::is_uppercase));
    if title.chars().count() < 3 || title.contains(" / ") || stop_before_word {
        return None;
    }
    let mut work = Work {
        title: Some(title.to_string()),
        location: Some(c["place"].trim().trim_end_matches('.').to_string()),
        date: Some(Date::year(c["year"].parse().ok()?)),
        pagetotal: c.name("pages").map(|m| m.as_str().to_string()),
        // The pages cited: the one page the page cited, a range the
        // work's (see `finish`).
        pages: c.name("pin").map(|m| m.as_str().replace(['–', '-'], "--")),
        ..Work::default()
    };
    if let Some(statement) = statement {
        work.editors = statement::statement_editors(statement).unwrap_or_default();
        // "Нац. стат. ком. Респ. Беларусь ; редкол.: …": the body before
        // the editors' mark is the author.
        let first = statement.split(" ; ").next().unwrap_or(statement);
        if work.editors.is_empty() || !first.contains("ред") {
            work.authors = statement::statement_authors(first);
        }
        // A statement the form cannot tell people from a body in: left
        // to the labeller.
        if work.authors.is_empty() && work.editors.is_empty() {
            return None;
        }
        if work
            .authors
            .iter()
            .any(|n| matches!(n, Name::Organization(o) if o.contains(". –")))
        {
            return None;
        }
    }
    Some(work)
}

/// Whether ", 2023." stands in the text: a comma, a space, four digits
/// and a stop.
fn year_after_comma(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b", ").any(|i| {
        bytes
            .get(i + 2..i + 7)
            .is_some_and(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4] == b'.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_first_description_with_a_town_and_year_is_read() {
        let w = read("Паліўна-энергетычны баланс Рэспублікі Беларусь за 2022 год / Міністэрства энергетыкі Рэспублікі Беларусь. – Мінск, 2023. – 48 с.").expect("read");
        assert_eq!(
            w.title.as_deref(),
            Some("Паліўна-энергетычны баланс Рэспублікі Беларусь за 2022 год")
        );
        assert_eq!(
            w.authors,
            vec![Name::Organization(
                "Міністэрства энергетыкі Рэспублікі Беларусь".into()
            )]
        );
        assert_eq!(w.location.as_deref(), Some("Мінск"));
        assert_eq!(w.date.map(|d| d.year), Some(2023));
        assert_eq!(w.pagetotal.as_deref(), Some("48"));
        // The newer form, without dashes, with the page cited.
        let w = read("Топливно-энергетический баланс за 2022 год. Минск, 2023. 48 с. С. 12.")
            .expect("read");
        assert_eq!(
            w.title.as_deref(),
            Some("Топливно-энергетический баланс за 2022 год")
        );
        assert!(w.authors.is_empty());
        assert_eq!(w.pages.as_deref(), Some("12"));
        // Editors after their mark make a collection's.
        let w =
            read("Беларусь в цифрах : сб. ст. / под ред. А. Н. Иванова. – Минск, 2019. – 200 с.")
                .expect("read");
        assert_eq!(w.editors.len(), 1);
        assert!(w.authors.is_empty());
    }

    #[test]
    fn a_heading_is_a_family_name_and_initials() {
        assert!(heading("Гривач А. В. Газовый транзит."));
        assert!(heading("Иванов, И.И. Title."));
        assert!(!heading("Топливно-энергетический баланс за 2022 год."));
        assert!(!heading("Росстат. Здравоохранение."));
    }

    #[test]
    fn other_forms_are_left_to_the_labeller() {
        for note in [
            // A heading, a publisher, a host document, a Latin note.
            "Гривач А. В. Газовый транзит через Украину. – М., 2020. – 200 с.",
            "Статистический ежегодник / Белстат. – Минск : Белстат, 2023. – 400 с.",
            "Газовый транзит // Нефтегазовая вертикаль. – Москва, 2020. – № 1.",
            "Gas Transit. London, 2020.",
            // A place the gazetteer does not know.
            "Доклад о развитии. – Нигде, 2020. – 10 с.",
            // A body before the title, which the labeller reads.
            "Росстат. Здравоохранение в России. 2023 : стат. сб. М., 2023. 179 с.",
        ] {
            assert_eq!(read(note), None, "{note}");
        }
    }
}
