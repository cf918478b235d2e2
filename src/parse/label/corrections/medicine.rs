//! The layouts of medicine's reference lists: Vancouver's and AMA's
//! details glued after the journal (`JAMA Netw Open. 2022;5(3):e221234`,
//! `Lancet 2020; 396: 1223–49`, `2023;(12):210-7`, `2021
//! Oct;31(Suppl 3):ckab164.512`), whose article numbers and supplements
//! the labeller, trained on page ranges, does not read as details and
//! leaves in the journal, the title or a note; a preprint's server
//! (`medRxiv [Preprint]. 2021`); editors named before a book's title
//! (`Kasper DL, Fauci AS, editors.`).

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::month_number;
use crate::parse::details::page_range;

/// Vancouver's details: year, optional month and day, `;`, volume and
/// issue (either may be missing, not both), `:`, pages or an article
/// number (`e221234`, `CD006207`, `S12-S18`, `ckab164.512`).
static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[\s.])(?P<year>(?:1[89]|20)\d\d)",
        r"(?:\s+(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?",
        r"(?:[-–/](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)?",
        r"(?:\s+(?P<day>\d{1,2}))?)?",
        r"\s*;\s*(?P<volume>\d+[A-Za-z]?)?\s*(?:\((?P<issue>[^()]{1,20})\))?",
        r"\s*:\s*(?P<pages>[A-Za-z]{0,5}\d[\w.]*(?:\s*[-–]\s*[A-Za-z]{0,5}\d+)?)",
    ))
    .expect("Vancouver details pattern")
});

/// What may follow Vancouver's details: an identifier, a link, a date of
/// electronic publication, or the language of the article ("Russian.").
static AFTER_DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[.,]?\s*(?:$|doi\b|pmid\b|pmcid\b|pmc\d|https?:|available\b|epub\b|\[|\(in\s|[\p{L}]+\.\s*$)")
        .expect("after Vancouver details pattern")
});

/// "Excess mortality …. JAMA Netw Open. 2022;5(3):e221234.": the journal
/// before Vancouver's glued details, and the details themselves, wherever
/// the labeller put them (an article number is no page range it knows, so
/// it leaves them in the journal, the title or a note; a journal without a
/// stop before the year it reads as a place).
pub(super) fn vancouver_details(plain: &str, work: &mut Work) {
    // (Every note comes here; the details need a semicolon, most notes
    // have none.)
    if !plain.contains(';') {
        return;
    }
    let Some(c) = DETAILS.captures_iter(plain).last() else {
        return;
    };
    let (Some(all), Some(year)) = (c.get(0), c.name("year")) else {
        return;
    };
    if (c.name("volume").is_none() && c.name("issue").is_none())
        || !AFTER_DETAILS.is_match(&plain[all.end()..])
    {
        return;
    }
    // Where the labeller read the journal and a date, and left the
    // details out of every other field, its reading stands.
    let details = &plain[year.start()..all.end()];
    let holds = |f: &Option<String>| f.as_deref().is_some_and(|v| v.contains(details));
    let misread = work.container.is_none()
        || work.date.is_none()
        || (work.volume.is_none() && work.number.is_none())
        || work.volume.as_deref() == Some(year.as_str())
        || work.date.map(|d| d.year.to_string()) != Some(year.as_str().to_string())
        || holds(&work.container)
        || holds(&work.title)
        || work.pages.as_deref().is_some_and(|p| p.contains(';'))
        || work.location.is_some();
    if !misread {
        return;
    }
    let before = plain[..year.start()].trim_end();
    let before = before.strip_suffix('.').unwrap_or(before).trim_end();
    let Some((head, journal)) = journal_before(before, work.title.as_deref()) else {
        return;
    };
    if journal.is_empty() || journal.split_whitespace().count() > 12 {
        return;
    }
    // Whatever the labeller made of the journal and the details goes.
    for field in [&mut work.location, &mut work.publisher] {
        if field.as_deref() == Some(journal.as_str()) || holds(field) {
            *field = None;
        }
    }
    if let Some(head) = head {
        work.title = Some(head);
    }
    work.container = Some(journal.to_string());
    let year_of_details = year.as_str().parse::<i32>().ok();
    // A year the labeller took from the title's end ("— two regions,
    // Ukraine, 2023") gives way to the details'.
    let year_from_title = work.date.is_some_and(|d| {
        Some(d.year) != year_of_details
            && work
                .title
                .as_deref()
                .is_some_and(|t| t.contains(&d.year.to_string()))
    });
    if work.date.is_none() || year_from_title {
        work.date = captured_date(&c).or(work.date);
    }
    // A volume the labeller found is kept with its issue and pages, unless
    // it is the year.
    if work.volume.is_none() || work.volume.as_deref() == Some(year.as_str()) {
        work.volume = c.name("volume").map(|v| v.as_str().to_string());
        work.number = c.name("issue").map(|i| i.as_str().trim().to_string());
        let pages = c
            .name("pages")
            .map_or("", |p| p.as_str())
            .trim_end_matches('.');
        work.pages = Some(page_range(pages));
    }
}

/// The journal before Vancouver's details (`before`: the note up to them),
/// and the title where the labeller's ran into the journal or stopped
/// short of it: the journal is what follows the title's end, or the last
/// part after a stop.
fn journal_before(before: &str, title: Option<&str>) -> Option<(Option<String>, String)> {
    // A title that ran on into the details ends where they start.
    let title = title.map(|t| {
        let t = t.trim_end_matches(['.', ' ']);
        match before.find(t) {
            Some(_) => t,
            None => (0..t.len())
                .rev()
                .filter(|&i| t.is_char_boundary(i))
                .find(|&i| before.ends_with(&t[..i]) && i > 0)
                .map_or(t, |i| &t[..i]),
        }
        .trim_end_matches(['.', ' '])
    });
    let last_stop = |s: &str| {
        s.rfind(". ")
            .or_else(|| s.rfind("? "))
            .or_else(|| s.rfind("! "))
    };
    match title.and_then(|t| before.rfind(t).map(|at| (t, at + t.len()))) {
        // The title stops short: what follows it up to the details holds
        // the rest of the title and the journal after the last stop.
        Some((t, end)) if end < before.len() => {
            let rest = before[end..].trim_start_matches(['.', ' ']);
            match last_stop(rest) {
                Some(stop) => {
                    let tail = &before[end..end + (before.len() - end - rest.len()) + stop];
                    let tail = tail.trim_end_matches('.');
                    // "… prematurity [in Chinese]. Chin J …": a note on
                    // the title is no part of it.
                    let addon = tail.trim().starts_with('[') && tail.ends_with(']');
                    let title = (!addon).then(|| format!("{t}{tail}"));
                    Some((title, rest[stop + 2..].trim().to_string()))
                }
                None => Some((None, rest.trim().to_string())),
            }
        }
        // The title ran into the journal: the journal is its last part.
        Some((t, _)) => {
            let stop = last_stop(t)?;
            let journal = t[stop + 2..].trim().to_string();
            Some((
                Some(t[..stop + 1].trim_end_matches('.').to_string()),
                journal,
            ))
        }
        None => {
            let stop = last_stop(before)?;
            Some((None, before[stop + 2..].trim().to_string()))
        }
    }
}

/// "medRxiv [Preprint]. 2021 [cited …]": NLM's preprint, its server and
/// the year of posting, which the labeller leaves as a note.
pub(super) fn preprint_server(plain: &str, work: &mut Work) {
    static PREPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:^|\.\s)(?P<server>[\p{L}][\p{L}\s.]{1,30}?)\s*\[[Pp]reprint\]\.?\s*",
            r"(?P<year>(?:19|20)\d\d)(?:\s+(?P<month>[A-Z][a-z]{2})[a-z]*\.?(?:\s+(?P<day>\d{1,2}))?)?",
        ))
        .expect("preprint pattern")
    });
    if !plain.contains("reprint]") {
        return;
    }
    let Some(c) = PREPRINT.captures(plain) else {
        return;
    };
    if work.container.is_none() {
        work.container = Some(c["server"].trim().to_string());
    }
    if work.date.is_none() {
        work.date = captured_date(&c);
    }
}

/// The date of a match's `year`, `month` (a name: "Feb", "Mar") and `day`
/// groups, as Vancouver writes it; a day without a month is none.
fn captured_date(c: &regex::Captures) -> Option<Date> {
    let year = c.name("year")?.as_str().parse().ok()?;
    let month = c.name("month").and_then(|m| month_number(m.as_str()));
    let day = c
        .name("day")
        .and_then(|d| d.as_str().parse().ok())
        .filter(|_| month.is_some());
    Some(Date { year, month, day })
}

/// "Kasper DL, Fauci AS, Loscalzo J, editors. Harrison's principles of
/// internal medicine. 19th ed.": Vancouver names a book's editors before
/// its title with "editors." after the last; the labeller split the list
/// and read the title as a book the work is in.
pub(super) fn vancouver_editors_head(plain: &str, work: &mut Work) {
    if work.title.is_some() || work.editors.is_empty() || work.container.is_none() {
        return;
    }
    let Some(mark) = plain.find(", editors. ").or_else(|| plain.find(", eds. ")) else {
        return;
    };
    // The mark ends a head of Vancouver's names alone ("Family AB"), with
    // no "In:" of a chapter's book before it.
    static VANCOUVER_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{L}'’ʼ-]+(?:\s\p{Lu}[\p{L}'’ʼ-]+)*\s\p{Lu}{1,3}$")
            .expect("Vancouver name pattern")
    });
    if !plain[..mark]
        .split(", ")
        .all(|name| VANCOUVER_NAME.is_match(name.trim()))
    {
        return;
    }
    let mut editors = std::mem::take(&mut work.authors);
    editors.append(&mut work.editors);
    work.editors = editors;
    work.title = work.container.take();
}

/// "Health system reform in Belarus, 1991–2015 [dissertation]. London:
/// School; 2018.": NLM's thesis, its kind alone in brackets after the
/// title and the university as its publisher (APA's bracket names the
/// university too: [`super::sciences`]).
pub(super) fn vancouver_thesis_bracket(plain: &str, work: &mut Work) {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\s\[((?:doctoral\s+|master['’ʼ]s\s+|ph\.?\s?d\.?\s+)?(?:dissertation|thesis))\]",
        )
        .expect("NLM thesis pattern")
    });
    if work.thesis.is_some() || !plain.contains(" [") {
        return;
    }
    let Some(c) = BRACKET.captures(plain) else {
        return;
    };
    let kind = c[1].to_string();
    if let Some(title) = work.title.as_mut()
        && let Some(at) = title.find(" [")
    {
        title.truncate(at);
    }
    if work
        .title_translated
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case(&kind))
    {
        work.title_translated = None;
    }
    work.thesis = Some(kind);
}

/// "In: Rechel B, eds. Trends in Health Systems …. European Observatory on
/// Health Systems and Policies; 2014:45-62.": AMA's chapter, whose
/// publisher, year and pages follow the book; the labeller ran the
/// publisher into the book's title.
pub(super) fn ama_chapter_imprint(plain: &str, work: &mut Work) {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.\s+(?P<publisher>[^.;:]{3,120});\s*(?:1[5-9]|20)\d\d:\s*(?P<pages>\d+\s*[-–]\s*\d+)\.?\s*$")
            .expect("AMA chapter imprint pattern")
    });
    let Some(container) = work.container.as_deref() else {
        return;
    };
    if !plain.contains(';') {
        return;
    }
    let Some(c) = TAIL.captures(plain) else {
        return;
    };
    let publisher = c["publisher"].trim();
    let Some(book) = container
        .strip_suffix(publisher)
        .and_then(|b| b.trim_end().strip_suffix('.'))
    else {
        return;
    };
    work.container = Some(book.trim_end().to_string());
    work.publisher = Some(publisher.to_string());
    work.pages.get_or_insert_with(|| page_range(&c["pages"]));
}
