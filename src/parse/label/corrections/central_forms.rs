//! Central European forms the labeller reads into a title: a Czech or
//! Slovak journal (ČSN ISO 690) after the title's last stop, before its
//! year and `roč.` (`Title. Soudobé dějiny, 2010, roč. 17, č. 3`), with
//! its issue after `č.`; a journal after the title's last comma, before
//! its year and volume (`Title, Lietuvos istorijos metraštis, 2015, t. 2,
//! p. 5–28`); a body after a web page's title (`Title?, Rytų Europos
//! studijų centras, 2020-09-15, https://…`); Hungarian names, family
//! first (`Romsics Ignác: Title`); a body's statement named by its kind
//! and the body (`Komunikat Ministerstwa Spraw Zagranicznych w sprawie …`)
//! and an unsigned report by its genre (`Raport: Title, Warszawa: Ośrodek
//! Studiów Wschodnich, 2021`); a translator read as the publisher
//! (`przeł. M. Kunz, Sejny 2006`).

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// The journal's year and volume: ", 2016, roč. 10, č. 1".
static YEAR_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", (?:1[89]|20)\d\d, (?:roč\.|ročník) ?(?P<volume>\d{1,4})(?:, (?:č\.|číslo) ?(?P<number>\d{1,3}(?:[–-]\d{1,3})?))?")
        .expect("Czech journal volume pattern")
});

pub(super) fn czech_journal_in_title(plain: &str, work: &mut Work) {
    if !plain.contains("roč") {
        return;
    }
    let Some(c) = YEAR_VOLUME.captures(plain) else {
        return;
    };
    if work.number.is_none() {
        work.number = c.name("number").map(|m| m.as_str().to_string());
    }
    if work.container.is_some() {
        work.volume.get_or_insert_with(|| c["volume"].to_string());
        return;
    }
    let Some((title, journal)) = work.title.as_deref().and_then(|t| t.rsplit_once(". ")) else {
        return;
    };
    let journal = journal.trim().trim_end_matches([',', '.']);
    if title.split_whitespace().count() < 2
        || !journal.starts_with(char::is_uppercase)
        || journal.split_whitespace().count() > 8
    {
        return;
    }
    work.container = Some(journal.to_string());
    work.title = Some(title.to_string());
    work.volume.get_or_insert_with(|| c["volume"].to_string());
}

/// A journal between commas, then its year and volume's mark.
static JOURNAL_YEAR_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", (?P<journal>\p{Lu}[^,]{2,80}), (?:1[89]|20)\d\d, (?:t\.|vol\.|Vol\.|nr|Nr\.|no\.|No\.|č\.|roč\.|sąs\.|évf\.) ?\d")
        .expect("journal before year and volume pattern")
});

pub(super) fn journal_after_title_comma(plain: &str, work: &mut Work) {
    if work.container.is_some()
        || !work
            .pages
            .as_deref()
            .is_some_and(|p| p.contains(['–', '-']))
    {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some((head, journal)) = title.rsplit_once(", ") else {
        return;
    };
    let Some(c) = JOURNAL_YEAR_VOLUME.captures(plain) else {
        return;
    };
    if c["journal"].trim() != journal.trim()
        || head.split_whitespace().count() < 2
        || journal.split_whitespace().count() > 8
        || crate::parse::gazetteer::is_publishing_place(journal.trim())
    {
        return;
    }
    work.container = Some(journal.trim().to_string());
    work.title = Some(head.to_string());
}

/// "Title?, Rytų Europos studijų centras, 2020-09-15, https://…": a body
/// that published a page or paper, read into its title. It is the
/// publisher where the title ends in a question or exclamation (the
/// body's name cannot then be a part of it) and the body has a word of
/// one.
pub(super) fn body_after_page_title(work: &mut Work) {
    if work.publisher.is_some() || work.container.is_some() {
        return;
    }
    let Some((head, body)) = work.title.as_deref().and_then(|t| t.rsplit_once(", ")) else {
        return;
    };
    let body = body.trim();
    let lower = crate::letters::lowercase(body);
    if !head.ends_with(['?', '!'])
        || body.split_whitespace().count() > 8
        || !body.starts_with(char::is_uppercase)
        || !crate::parse::names::has_organization_word(&lower)
    {
        return;
    }
    work.publisher = Some(body.to_string());
    work.title = Some(head.to_string());
}

/// Hungarian given names, which Hungarian writes after the family name
/// (`Romsics Ignác`, `Szűcs Jenő`); the labeller reads them the other way.
const HUNGARIAN_GIVEN: &[&str] = &[
    "Ágnes",
    "András",
    "Anikó",
    "Attila",
    "Balázs",
    "Béla",
    "Csaba",
    "Dénes",
    "Erzsébet",
    "Eszter",
    "Éva",
    "Ferenc",
    "Gábor",
    "Gergely",
    "György",
    "Gyula",
    "Ignác",
    "Ildikó",
    "Imre",
    "István",
    "János",
    "Jenő",
    "József",
    "Judit",
    "Károly",
    "Katalin",
    "Krisztina",
    "Lajos",
    "László",
    "Levente",
    "Márta",
    "Mihály",
    "Miklós",
    "Nándor",
    "Orsolya",
    "Pál",
    "Péter",
    "Sándor",
    "Szabolcs",
    "Tamás",
    "Tibor",
    "Zoltán",
    "Zsolt",
    "Zsuzsanna",
];

pub(super) fn hungarian_name_order(plain: &str, work: &mut Work) {
    // The form ends the names with a colon: a note without one has none.
    if memchr::memchr(b':', plain.as_bytes()).is_none() {
        return;
    }
    for name in &mut work.authors {
        if let crate::entry::Name::Person { family, given, .. } = name
            && HUNGARIAN_GIVEN.contains(&family.as_str())
            && !given.contains(['.', ' '])
            && given.starts_with(char::is_uppercase)
            && !HUNGARIAN_GIVEN.contains(&given.as_str())
            && plain.contains(&format!("{given} {family}"))
        {
            std::mem::swap(family, given);
        }
    }
}

/// A statement by its kind, the body that made it (in the genitive) and
/// what it is about.
static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Komunikat|Oświadczenie|Stanowisko|Apel|Prohlášení|Pranešimas)\s+(?P<body>\p{Lu}\p{L}+(?:\s+(?:\p{Lu}\p{L}+|i|ds\.|RP))*)\s+(?:w\s+sprawie|ws\.|dotycząc[ey]|k|ke|dėl)\s[^,]+")
        .expect("statement pattern")
});

/// The nominative of a body's first word, as Polish writes it after a
/// statement's kind (`Ministerstwa` → `Ministerstwo`).
fn nominative(body: &str) -> String {
    let (first, rest) = body.split_once(' ').unwrap_or((body, ""));
    let first = match first {
        "Urzędu" => "Urząd".to_string(),
        "Sejmu" => "Sejm".to_string(),
        "Senatu" => "Senat".to_string(),
        "Prezydenta" => "Prezydent".to_string(),
        w if w.ends_with("stwa") => format!("{}o", &w[..w.len() - 1]),
        w if w.ends_with("rii") => format!("{}a", &w[..w.len() - 1]),
        w if w.ends_with("dy") => format!("{}a", &w[..w.len() - 1]),
        w => w.to_string(),
    };
    if rest.is_empty() {
        first
    } else {
        format!("{first} {rest}")
    }
}

pub(super) fn statement_of_a_body(plain: &str, work: &mut Work) {
    let Some(c) = STATEMENT.captures(plain) else {
        return;
    };
    work.title = Some(c[0].trim().to_string());
    work.authors = vec![crate::entry::Name::Organization(nominative(&c["body"]))];
}

pub(super) fn report_by_its_genre(work: &mut Work) {
    if !work.authors.is_empty() {
        return;
    }
    let Some(rest) = work.title.as_deref().and_then(|t| {
        [
            "Raport: ",
            "Zpráva: ",
            "Správa: ",
            "Ataskaita: ",
            "Jelentés: ",
        ]
        .iter()
        .find_map(|g| t.strip_prefix(g))
    }) else {
        return;
    };
    let rest = rest.to_string();
    work.title = Some(rest);
    if let Some(body) = work
        .publisher
        .as_deref()
        .filter(|p| crate::parse::names::has_organization_word(&crate::letters::lowercase(p)))
    {
        work.authors = vec![crate::entry::Name::Organization(body.to_string())];
    }
}

/// "…, przeł. M. Kunz, Sejny 2006": the translator after the mark the
/// title was cut at, read as the publisher or with the place.
pub(super) fn translator_read_as_publisher(plain: &str, work: &mut Work) {
    // Each mark has a letter whose UTF-8 opens with 0xC5 (ł, ř).
    if memchr::memchr(0xC5, plain.as_bytes()).is_none()
        || (!plain.contains("przeł. ") && !plain.contains("tłum. ") && !plain.contains("přel. "))
    {
        return;
    }
    let translated = |name: &str| {
        ["przeł. ", "tłum. ", "přel. "]
            .iter()
            .any(|mark| plain.contains(&format!("{mark}{name}")))
    };
    if work.publisher.as_deref().is_some_and(translated) {
        work.publisher = None;
    }
    if let Some((name, place)) = work.location.as_deref().and_then(|l| l.split_once(", "))
        && translated(name)
    {
        work.location = Some(place.to_string());
    }
}
