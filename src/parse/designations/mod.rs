//! The fields of a source whose kind its note names exactly
//! ([`super::special`]), read from the shapes such notes have rather than
//! from the labeller's layout: an act's title, number and date (`Федеральный
//! закон от 14.07.2022 № 266-ФЗ «…»`, `Regulation (EU) 2024/1689 of …`,
//! `… Act, Pub. L. No. 115-44`); a court decision's case name, number and
//! year (`R (Miller) v Secretary of State … [2017] UKSC 5`, `Judgment of 13
//! May 2014, Google Spain, C-131/12`); a treaty's title and date of
//! adoption; a standard's designation and title; a press release's number.
//! An act or a case has no author, whatever the layout suggested
//! ([`legal`] reads those); a software's version and a dataset's title
//! before APA's description in brackets; a patent's number, inventors and
//! date of publication ([`patents`]).

pub(super) mod central;
pub(super) mod cited_place;
pub(super) mod french;
pub(super) mod legal;
pub(super) mod national_acts;
mod patents;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use super::dates::parse_date;
use super::special::Special;
use crate::entry::Name;
use legal::{act, case, treaty};
use patents::patent;

/// The text after the signal it opens with (`Voir `, `Zob. `), or the text
/// after its leading spaces.
fn after_signal<'a>(text: &'a str, signals: &[&str]) -> &'a str {
    let head = text.trim_start();
    signals
        .iter()
        .find_map(|s| head.strip_prefix(s))
        .unwrap_or(head)
}

/// A standard's designation ([`super::special::STANDARD_DESIGNATION`]).
static STANDARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(super::special::STANDARD_DESIGNATION).expect("standard number pattern")
});

/// Where a standard's title ends: its imprint's place and colon ("Geneva:",
/// "Москва :", "М.:", "New York:"; not "Требования. Минск :", where a
/// stop ends the title's last part), the same in brackets ("(Geneva: ISO,
/// 2018)"), or a GB/T type code ("[S]").
static STANDARD_TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\.\s+\p{Lu}[\p{L}\-]*(?:\.|(?:\s+\p{Lu}[\p{L}\-]*)?)\s?:\s|\s\(\p{Lu}[\p{L}\-]*(?:,?\s\p{Lu}[\p{L}\-]*){0,2}:\s|\[S\]|\.\s+\d{4}\.?$")
        .expect("standard title end pattern")
});

/// "press release IP/24/926", "press release JY-0312", "[Press release]",
/// "пресс-релиз".
/// A press release's names, in small letters: the ones [`KINDS`] finds
/// anywhere and the ones [`super::special::foreign_press_release`] finds
/// after a comma. Read as a container, they are none.
///
/// [`KINDS`]: super::special
fn release_words() -> impl Iterator<Item = &'static str> {
    ["press release", "news release", "пресс-релиз"]
        .into_iter()
        .chain(super::special::FOREIGN_RELEASE_WORDS)
}

static PRESS_RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:press|news)\s+release(?:\s+(?:no\.?\s*)?(?P<number>\d{4}\s\(\d{1,4}\)|[A-Z]{1,6}/\d{2,4}/\d+|(?-i:[A-Z]{1,4})-\d{2,6}|\d[\w/\-]*\d))?",
    )
    .expect("press release pattern")
});

/// "Пресс-релиз Национального банка … от 14.06.2023 «О ставке …»": a
/// release named by its date and title.
static RELEASE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)пресс-релиз[^«“\x22]{0,120}?\s(?:от|ад|від)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*(?:г\.)?",
        r"\s*(?:[«“\x22](?P<title>[^»”\x22]+)[»”\x22])?",
    ))
    .expect("press release head pattern")
});

/// APA's title before its description in brackets: "(2023). World
/// development indicators [Data set].", "… [Computer software]".
static TITLE_BEFORE_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\)\.\s*(?P<title>[^\[\]]{2,200}?)\s*\[(?:data\s?set|database|computer\s+software|software)\]")
        .expect("title before description pattern")
});

/// ", version 0.4": a version after the name, not in brackets.
static VERSION_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:version|v\.)\s*(\d[\w.\-]*)").expect("version after comma pattern")
});

/// "Name Family, tool-name (version 1.4.0), GitHub": a repository's author,
/// name, version and host.
static AUTHOR_NAME_VERSION_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<who>[^,()]{3,80}), (?P<name>[^,()]{2,80}?) \((?i:version|v\.?)\s*(?P<version>\d[\w.\-]*)\),? (?P<host>GitHub|GitLab|Bitbucket|Codeberg|SourceForge|Zenodo|PyPI|CRAN|crates\.io)(?:[,.]|$)")
        .expect("author, name, version and host pattern")
});

/// A software version in brackets after its name: "(Version 2.4.1)".
static VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\((?:version|v\.?)\s*(\d[\w.\-]*)\)|\.\s*version\s+(\d[\w.\-]*)$")
        .expect("version pattern")
});

/// Fields that a kind names exactly: a standard's designation and a case's
/// number are numbers, not authors; a court case has no author.
pub fn refine(kind: Special, text: &str, work: &mut Work) {
    match (kind.entry_type, kind.subtype) {
        ("standard", _) => standard(text, work),
        ("legislation", Some("treaty")) => treaty(text, work),
        ("legislation", _) => act(text, work),
        ("jurisdiction", _) => case(text, work),
        ("report", Some("pressrelease")) => press_release(text, work),
        ("software", _) => {
            titled_by_description(text, work);
            software(text, work);
        }
        ("dataset", _) => {
            titled_by_description(text, work);
            publisher_after_description(text, work);
        }
        ("online", Some("post" | "video")) => super::posts::refine(text, work),
        ("patent", _) => patent(text, work),
        _ => {}
    }
}

fn standard(text: &str, work: &mut Work) {
    // A body that issues a standard publishes it (BibLaTeX's standard has a
    // publisher, not an institution), whatever type the layout suggested.
    if work.publisher.is_none() {
        work.publisher = work.institution.take();
    }
    let Some(m) = STANDARD_NUMBER.find(text) else {
        return;
    };
    let number = m.as_str().trim().to_string();
    let is_number = |n: &Name| matches!(n, Name::Organization(o) if number.contains(o.as_str()) || o.contains(&number));
    work.authors.retain(|n| !is_number(n));
    // "ISO 19115-1:2014. Geographic information — …. Geneva: ISO, 2014":
    // the title runs from the designation to the imprint.
    let opens = text[..m.start()].trim().is_empty();
    let after = text[m.end()..].trim_start_matches(['.', ' ', ',']);
    let from_text = opens
        .then(|| STANDARD_TITLE_END.find(after))
        .flatten()
        .map(|end| {
            after[..end.start()]
                .trim()
                .trim_end_matches('.')
                .to_string()
        })
        .filter(|t| t.chars().any(char::is_alphabetic));
    if let Some(title) = from_text {
        if work
            .container
            .as_deref()
            .is_some_and(|c| title.contains(c.trim_end_matches('.')))
        {
            work.container = None;
        }
        work.title = Some(title);
    } else if let Some(title) = work.title.as_deref() {
        // "IEEE Standard for …, IEEE Std 754-2019": the designation is no
        // part of the title.
        let trimmed = title
            .strip_prefix(number.as_str())
            .unwrap_or(title)
            .trim_start_matches(['.', ' ', ',']);
        let trimmed = trimmed
            .strip_suffix(number.as_str())
            .unwrap_or(trimmed)
            .trim_end_matches([',', ' ', '.']);
        work.title = (!trimmed.is_empty()).then(|| trimmed.to_string());
    }
    // "Example Standard for Widgets, IEEE Std 1234-2020": the words before
    // the designation are the title, which the layout took for an author.
    let before = text[..m.start()].trim_end();
    if let Some(name) = before
        .strip_suffix(',')
        .filter(|b| !b.contains([',', '.', '"', '“']))
    {
        let name = name.trim();
        if work.title.is_none() || work.title.as_deref() == Some(name) {
            work.authors
                .retain(|n| !matches!(n, Name::Organization(o) if o == name));
            work.title = Some(name.to_string());
        }
    }
    // "生活饮用水卫生标准: GB 5749—2022[S]": the colon before the
    // designation is no part of the title.
    if let Some(title) = work.title.as_mut() {
        let kept = title.trim_end_matches([':', '：', ' ']).len();
        title.truncate(kept);
    }
    work.number = Some(number);
}

/// A dataset's or software's title that the labeller left unplaced
/// before APA's description in brackets.
fn titled_by_description(text: &str, work: &mut Work) {
    if work.title.is_none()
        && let Some(c) = TITLE_BEFORE_DESCRIPTION.captures(text)
    {
        work.title = Some(c["title"].trim().trim_end_matches('.').to_string());
    }
}

/// "… [Data set]. Copernicus Climate Change Service (C3S) Climate Data
/// Store (CDS). https://…": APA names who publishes a dataset after its
/// description; it is no container.
fn publisher_after_description(text: &str, work: &mut Work) {
    if work.publisher.is_some() {
        return;
    }
    // The labeller reads the name as a container or, when short, a place.
    for field in [&mut work.container, &mut work.location] {
        let Some(name) = field.as_deref() else {
            continue;
        };
        let after = ["[Data set]. ", "[Dataset]. ", "[Data set] "]
            .iter()
            .any(|d| text.contains(&format!("{d}{name}")));
        if after {
            work.publisher = field.take();
            return;
        }
    }
}

fn press_release(text: &str, work: &mut Work) {
    // "Пресс-релиз Национального банка … от 14.06.2023 «…»": the release
    // is named by its date and title; its head is no author.
    if let Some(c) = RELEASE_HEAD.captures(text) {
        work.authors.clear();
        work.date = c
            .name("date")
            .and_then(|m| parse_date(m.as_str()))
            .or(work.date);
        if let Some(t) = c.name("title") {
            work.title = Some(t.as_str().trim().to_string());
        }
    }
    // "«Bielorussia, nuove sanzioni UE», comunicato stampa": the release's
    // kind read on into its quoted title.
    if let Some(title) = work.title.as_deref()
        && let Some(q) = super::text::find_quoted(title)
        && q.start == 0
    {
        let kind = title[q.end..]
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_lowercase();
        if release_words().any(|w| kind == w) {
            work.title = Some(title[q.inner_start..q.inner_end].trim().to_string());
        }
    }
    if work.container.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        release_words().any(|w| c.contains(w))
    }) {
        work.container = None;
    }
    // "Council of the EU, press release 845/23, “…”": the release's kind
    // and number read with the body that issued it.
    if let [crate::entry::Name::Organization(body)] = work.authors.as_mut_slice()
        && let Some(at) = body
            .find(", press release")
            .or_else(|| body.find(", news release"))
            .filter(|&at| at > 0)
    {
        body.truncate(at);
    }
    if let Some(n) = PRESS_RELEASE.captures(text).and_then(|c| c.name("number")) {
        work.number = Some(n.as_str().to_string());
    }
}

/// "telegram-scraper (Version 2.4.1) [Computer software]. GitHub": the
/// version is no part of the name, and the description and the host are no
/// container.
fn software(text: &str, work: &mut Work) {
    // "Kiryl Sialitski, belstat-scraper (version 1.4.0), GitHub, 2023":
    // the author, the name, its version and the host, each before a comma.
    if let Some(c) = AUTHOR_NAME_VERSION_HOST.captures(text) {
        let (authors, _) = super::names::parse_author_segment(&c["who"]);
        if !authors.is_empty() {
            work.authors = authors;
            work.title = Some(c["name"].trim().to_string());
            work.version = Some(c["version"].to_string());
            work.publisher.get_or_insert_with(|| c["host"].to_string());
            work.container = None;
            return;
        }
    }
    // "belnlp: Tools for Belarusian Text, version 0.4 (2022)": the name
    // runs to the version, whatever the labeller cut off as a container.
    if let Some(title) = work.title.clone()
        && let Some(at) = text.find(title.as_str())
        && let Some(c) = VERSION_AFTER_COMMA.captures(&text[at + title.len()..])
        && let Some(m) = c.get(0)
    {
        let rest = &text[at + title.len()..at + title.len() + m.start()];
        work.title = Some(format!("{title}{rest}").trim().to_string());
        work.version = Some(c[1].to_string());
        if work.container.as_deref().is_some_and(|k| {
            k.to_lowercase().ends_with("version") || rest.contains(k.trim_end_matches(", version"))
        }) {
            work.container = None;
        }
    }
    if let Some(title) = work.title.clone()
        && let Some(c) = VERSION.captures(&title)
    {
        work.version = c.get(1).or(c.get(2)).map(|m| m.as_str().to_string());
        let m = c.get(0).map_or(0..0, |m| m.range());
        work.title = Some(
            format!("{}{}", &title[..m.start], &title[m.end..])
                .trim()
                .to_string(),
        );
    }
    // "Psiphon 3 [Mobile app], Google Play": APA's description in brackets
    // ends the name; the store after it publishes the program.
    if let Some(title) = work.title.as_deref()
        && let Some(open) = title.find(" [")
        && let Some(close) = title[open..].find(']')
    {
        let description = title[open + 2..open + close].to_lowercase();
        if ["app", "software", "program"]
            .iter()
            .any(|w| description.contains(w))
        {
            let host = title[open + close + 1..]
                .trim_start_matches([',', '.', ' '])
                .trim()
                .to_string();
            work.title = Some(title[..open].trim().to_string());
            if work.publisher.is_none() && !host.is_empty() {
                work.publisher = Some(host);
            }
        }
    }
    if let Some(container) = work.container.as_deref() {
        let lower = container.to_lowercase();
        if lower.contains("software") || lower.starts_with("version") {
            let host = container
                .rsplit(['.', ']'])
                .map(str::trim)
                .find(|p| !p.is_empty() && !p.to_lowercase().contains("software"))
                .filter(|p| !p.to_lowercase().starts_with("version"));
            if work.publisher.is_none() {
                work.publisher = host.map(str::to_string);
            }
            // "Version 3.7. Zenodo".
            if work.version.is_none() {
                work.version = lower
                    .strip_prefix("version")
                    .and_then(|v| v.trim().split(". ").next())
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty());
            }
            work.container = None;
        }
    }
}
