//! The fields of a source whose kind its note names exactly
//! ([`super::special`]), read from the shapes such notes have rather than
//! from the labeller's layout: an act's title, number and date (`Федеральный
//! закон от 14.07.2022 № 266-ФЗ «…»`, `Regulation (EU) 2024/1689 of …`,
//! `… Act, Pub. L. No. 115-44`); a court decision's case name, number and
//! year (`R (Miller) v Secretary of State … [2017] UKSC 5`, `Judgment of 13
//! May 2014, Google Spain, C-131/12`); a treaty's title and date of
//! adoption; a standard's designation and title; a press release's number.
//! An act or a case has no author, whatever the layout suggested.

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use super::dates::{find_dates, parse_date};
use super::special::Special;
use crate::entry::{Date, Name};

/// "Федеральный закон от 14.07.2022 № 266-ФЗ «О …»", "Закон Рэспублікі
/// Беларусь ад 10.01.2000 г. № 361-З", "Указ Президента … від …",
/// "Закон Республики Беларусь от 17 июля 2018 г. № 130-З".
static NATIONAL_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:закон|указ|постановление|постанова|пастанова|декрет|кодекс|решение|рішення|рашэнне|определение|ухвала)[^«“\x22№]{0,120}?\s(?:от|ад|від)\s+",
        r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s*(?:г\.|года|р\.)?\s*№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*)",
        r"(?:\s*[«“\x22](?P<title>[^»”\x22]+(?:\x22[^»”\x22]*\x22[^»”\x22]*)*)[»”\x22])?",
    ))
    .expect("national act pattern")
});

/// "Закон України «Про …» від 25.04.2019 № 2704-VIII": the title before
/// the date and number.
static NATIONAL_ACT_TITLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:закон|указ|постанова|постановление|кодекс)[^«“\x22№]{0,80}?[«“\x22](?P<title>[^»”\x22]+)[»”\x22]\s*",
        r"(?:от|ад|від)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s*(?:г\.|года|р\.)?\s*",
        r"(?:№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*))?",
    ))
    .expect("national act, title first, pattern")
});

/// "Regulation (EU) 2024/1689 of the European Parliament … of 13 June 2024
/// laying down … [2024] OJ L 1689": the title up to the Official Journal.
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<title>(?:(?:Council|Commission)\s+(?:Implementing\s+|Delegated\s+)?)?(?:Regulation|Directive|Decision)\s*",
        r"(?:\((?:EU|EC|EEC|Euratom|CFSP)\)\s*(?:No\s*)?(?P<number>\d+/\d+)|(?P<old>\d+/\d+)/(?:EC|EEC|EU))",
        r"[^\[]*?)\s*(?:\[\d{4}\]|,?\s*OJ\s|$)",
    ))
    .expect("EU act pattern")
});

/// "Data Protection Act 2018, s 170": a UK act's short title and year.
static UK_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[A-Z][A-Za-z'’ ()]{2,120}?\sAct\s+(?P<year>\d{4}))(?:[,.\s]|$)")
        .expect("UK act pattern")
});

/// "Treaty on European Union [2012] OJ C326/13": a name before the year
/// of the Official Journal.
static NAME_BEFORE_OJ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^\[(,]{3,200}?)\s*\[(?P<year>\d{4})\]\s*OJ\s")
        .expect("name before OJ pattern")
});

/// "50 U.S.C. § 1701 (2018).": the year of the code's edition at the end.
static YEAR_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(((?:19|20)\d\d)\)\s*\.?\s*$").expect("year at end pattern"));

/// "Countering America's Adversaries Through Sanctions Act, Pub. L. No.
/// 115-44, 131 Stat. 886 (2017)": a US act's short title before its public
/// law or code number.
static US_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^,]{3,200}?),\s*(?:Pub\.\s*L\.\s*(?:No\.\s*)?(?P<number>\d+-\d+)|\d+\s+U\.?S\.?C\.?)")
        .expect("US act pattern")
});

/// "Rome Statute of the International Criminal Court (adopted 17 July 1998,
/// entered into force 1 July 2002) 2187 UNTS 3": a treaty's name before
/// its dates.
static TREATY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<title>.+?)\s*\((?:adopted|opened\s+for\s+signature|signed|done)\s+(?P<when>[^,)]+)",
    )
    .expect("treaty pattern")
});

static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:Joined\s+)?Cases?\s+([CT]-\d+/\d+)|(?-u:\b)(ECLI:[A-Z]{2}:[A-Z0-9.:]+)",
        r"|(?:^|[\s,])([CT]-\d+/\d+)(?-u:\b)|(?-u:\b)[nN][°º]\s*(\d[\d\-/]*)",
    ))
    .expect("case number pattern")
});

/// A case's name: the parties either side of "v" up to the report or the
/// case number ("R (Miller) v Secretary of State … [2017] UKSC 5", "Trump
/// v. Hawaii, 585 U.S. 667 (2018)", "Ukraine v. Russia, Applications nos.
/// …"), after the case number when it opens the note ("Case C-311/18 Data
/// Protection Commissioner v Facebook … [2020]").
static CASE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:Joined\s+)?Cases?\s+[CT]-\d+/\d+(?:\s+and\s+[CT]-\d+/\d+)?,?\s+|Case\s+of\s+)?",
        r"(?P<title>[^\[,]+?\s+v\.?\s+[^\[]+?)",
        r"\s*(?:\[\d{4}\]|\(\d{4}\)|,\s*\d|,\s*(?:Applications?|App\.|ECLI|[CT]-\d|nos?\.\s*\d)",
        r"|\s+App(?:lication)?s?\.?\s+nos?|\s*\((?:Joined\s+)?Cases?\s+[CT]-|$)",
    ))
    .expect("case name pattern")
});

/// "Judgment of 13 May 2014, Google Spain and Google, C-131/12" (the
/// Court of Justice's own form) and "Conseil d'État, 19 juillet 2019,
/// Association …, n° 424216": the name between the date and the number.
static NAME_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Judgment|Order|Opinion)\s+of\s+[^,]+,\s*(?P<title>[^,]+),\s*[CT]-\d",
        r"|^(?:Conseil\s+d['’]État|Cour\s+de\s+cassation|Conseil\s+constitutionnel)[^,]*,\s*[^,]*\d{4},\s*(?P<french>[^,]+),\s*n[°º]",
    ))
    .expect("name after date pattern")
});

/// A day, a French month and a year: "19 juillet 2019", "1er mars 2020".
static FRENCH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})(?:er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})")
        .expect("French date pattern")
});

static STANDARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(super::special::STANDARD_DESIGNATION).expect("standard number pattern")
});

/// Where a standard's title ends: its imprint's place and colon ("Geneva:",
/// "Москва :", "М.:", "New York:"; not "Требования. Минск :", where a
/// stop ends the title's last part), or a GB/T type code ("[S]").
static STANDARD_TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\.\s+\p{Lu}[\p{L}\-]*(?:\.|(?:\s+\p{Lu}[\p{L}\-]*)?)\s?:\s|\[S\]|\.\s+\d{4}\.?$")
        .expect("standard title end pattern")
});

/// "press release IP/24/926", "[Press release]", "пресс-релиз".
static PRESS_RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)press\s+release(?:\s+(?:no\.?\s*)?(?P<number>[A-Z]{1,6}/\d{2,4}/\d+|\d[\w/\-]*\d))?",
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
        ("dataset", _) => titled_by_description(text, work),
        ("online", Some(_)) => super::posts::refine(text, work),
        _ => {}
    }
}

fn standard(text: &str, work: &mut Work) {
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
    work.number = Some(number);
}

fn act(text: &str, work: &mut Work) {
    // An act is named by its designation, never by an author.
    if let Some(c) = NATIONAL_ACT
        .captures(text)
        .or_else(|| NATIONAL_ACT_TITLE_FIRST.captures(text))
    {
        national_act(&c, work);
    } else if let Some(c) = EU_ACT.captures(text) {
        work.authors.clear();
        let title = c["title"].trim().trim_end_matches(['.', ',']).to_string();
        let number = c
            .name("number")
            .or(c.name("old"))
            .map_or_else(String::new, |m| m.as_str().to_string());
        // "of 13 June 2024", not the year of "2024/1689"; else a date
        // elsewhere in the note (the Official Journal's), else the year the
        // number holds ("2016/679", "No 1049/2001").
        let best = |t: &str| {
            find_dates(t)
                .into_iter()
                .max_by_key(|d| (d.date.day.is_some(), d.date.month.is_some()))
                .filter(|d| d.date.month.is_some())
                .map(|d| d.date)
        };
        let elsewhere = text.replacen(&number, " ", 1);
        work.date = best(&title)
            .or_else(|| best(&elsewhere))
            .or_else(|| year_of_number(&number))
            .or(work.date);
        if work
            .container
            .as_deref()
            .is_some_and(|c| c.starts_with("OJ"))
        {
            work.container = None;
        }
        work.number = Some(number).filter(|n| !n.is_empty());
        work.title = Some(title);
    } else if let Some(c) = US_ACT.captures(text) {
        work.authors.clear();
        work.title = Some(c["title"].trim().to_string());
        if let Some(n) = c.name("number") {
            work.number = Some(n.as_str().to_string());
        }
    } else if let Some(c) = UK_ACT
        .captures(text)
        .or_else(|| NAME_BEFORE_OJ.captures(text))
    {
        work.authors.clear();
        work.title = Some(c["title"].trim().to_string());
        work.date = c["year"].parse().ok().map(Date::year);
        if work
            .container
            .as_deref()
            .is_some_and(|k| c["title"].contains(k))
        {
            work.container = None;
        }
    }
    // "50 U.S.C. § 1701 (2018)": a section's number is no year; a year
    // read elsewhere gives way to the bracketed one at the end, a full date
    // does not.
    if let Some(c) = YEAR_AT_END.captures(text)
        && work
            .date
            .is_none_or(|d| d.month.is_none() && d.year.to_string() != c[1])
    {
        work.date = c[1].parse().ok().map(Date::year);
    }
}

/// The year an EU act's number holds: the first part since 2015
/// ("2016/679"), the second before ("No 1049/2001").
fn year_of_number(number: &str) -> Option<Date> {
    let (a, b) = number.split_once('/')?;
    [a, b]
        .into_iter()
        .filter_map(|p| p.parse::<i32>().ok())
        .find(|y| (1950..=2100).contains(y))
        .map(Date::year)
}

/// The title, number and date of a national act or decision read by
/// [`NATIONAL_ACT`] or [`NATIONAL_ACT_TITLE_FIRST`].
fn national_act(c: &regex::Captures, work: &mut Work) {
    work.authors.clear();
    if let Some(n) = c.name("number") {
        work.number = Some(n.as_str().to_string());
    }
    work.date = c
        .name("date")
        .and_then(|m| {
            parse_date(m.as_str()).or_else(|| find_dates(m.as_str()).first().map(|d| d.date))
        })
        .or(work.date);
    work.title = Some(match c.name("title") {
        Some(t) => t.as_str().trim().to_string(),
        None => c[0].trim().trim_end_matches(['.', ',']).to_string(),
    });
    // The act's number or its date is not an outlet.
    if work.container.as_deref().is_some_and(|container| {
        work.number.as_deref() == Some(container.trim())
            || ["від", "от", "ад"].contains(&container.trim())
    }) {
        work.container = None;
    }
    work.language = work.title.as_deref().and_then(crate::lang::detect);
}

fn treaty(text: &str, work: &mut Work) {
    let Some(c) = TREATY.captures(text) else {
        return;
    };
    work.authors.clear();
    work.title = Some(c["title"].trim().to_string());
    work.date = find_dates(&c["when"]).first().map(|d| d.date).or(work.date);
    work.container = None;
}

fn case(text: &str, work: &mut Work) {
    work.authors.clear();
    if let Some(c) = NATIONAL_ACT.captures(text) {
        // "Постановление Конституционного Суда РФ от 14.07.2015 № 21-П «…»".
        national_act(&c, work);
        return;
    }
    if let Some(c) = CASE_NUMBER.captures(text) {
        work.number = (1..=4)
            .find_map(|i| c.get(i))
            .map(|m| m.as_str().to_string());
    }
    if let Some(c) = NAME_AFTER_DATE.captures(text) {
        let name = c.name("title").or(c.name("french"));
        work.title = name.map(|m| m.as_str().trim().to_string());
    } else if let Some(c) = CASE_NAME.captures(text) {
        work.title = Some(c["title"].trim().to_string());
    }
    if work.container.as_deref().is_some_and(|c| {
        work.number.as_deref().is_some_and(|n| c.contains(n)) || c.starts_with("decision")
    }) {
        work.container = None;
    }
    // The decision's day where the note gives one ("Judgment of 13 May
    // 2014", "19 juillet 2019"), else the year of its report ("[2020]").
    let french = FRENCH_DATE.captures(text).and_then(|c| {
        let month = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ]
        .iter()
        .position(|m| c[2].eq_ignore_ascii_case(m))?;
        Some(Date {
            year: c[3].parse().ok()?,
            month: u8::try_from(month + 1).ok(),
            day: c[1].parse().ok(),
        })
    });
    let dated = find_dates(text)
        .into_iter()
        .filter(|d| d.date.day.is_some())
        .map(|d| d.date)
        .next()
        .or(french);
    let precision = |d: &Option<Date>| {
        d.map_or(0, |d| {
            1 + u8::from(d.month.is_some()) + u8::from(d.day.is_some())
        })
    };
    if precision(&dated) > precision(&work.date) {
        work.date = dated;
    }
    if work.date.is_none() {
        static REPORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"[\[(]((?:19|20)\d\d)[\])]").expect("report year pattern")
        });
        work.date = REPORT_YEAR
            .captures(text)
            .and_then(|c| c[1].parse().ok())
            .map(Date::year);
    }
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
    if work
        .container
        .as_deref()
        .is_some_and(|c| c.to_lowercase().contains("press release"))
    {
        work.container = None;
    }
    if let Some(n) = PRESS_RELEASE.captures(text).and_then(|c| c.name("number")) {
        work.number = Some(n.as_str().to_string());
    }
}

/// "telegram-scraper (Version 2.4.1) [Computer software]. GitHub": the
/// version is no part of the name, and the description and the host are no
/// container.
fn software(text: &str, work: &mut Work) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_note;

    fn fields(
        note: &str,
    ) -> (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        usize,
    ) {
        let w = parse_note(note).work;
        (
            w.entry_type.to_string(),
            w.title,
            w.number,
            w.date.map(|d| d.to_string()),
            w.authors.len(),
        )
    }

    #[test]
    fn designations_and_case_numbers_are_numbers() {
        let mut work = Work {
            authors: vec![Name::Organization("ISO 8601-1:2019".into())],
            title: Some("Date and time".into()),
            ..Default::default()
        };
        let text = "ISO 8601-1:2019. Date and time. Geneva: ISO, 2019.";
        let kind = super::super::special::detect(text, None).expect("standard");
        refine(kind, text, &mut work);
        assert!(work.authors.is_empty());
        assert_eq!(work.number.as_deref(), Some("ISO 8601-1:2019"));
        assert_eq!(work.title.as_deref(), Some("Date and time"));
        let text = "Case C-131/12 Google Spain v AEPD [2014] ECLI:EU:C:2014:317.";
        let mut work = Work {
            authors: vec![Name::Organization("Case C-131".into())],
            ..Default::default()
        };
        let kind = super::super::special::detect(text, None).expect("case");
        refine(kind, text, &mut work);
        assert!(work.authors.is_empty());
        assert_eq!(work.number.as_deref(), Some("C-131/12"));
        assert_eq!(work.title.as_deref(), Some("Google Spain v AEPD"));
        assert_eq!(work.date.map(|d| d.to_string()).as_deref(), Some("2014"));
    }

    #[test]
    fn acts_are_named_by_title_number_and_date() {
        assert_eq!(
            fields(
                "Федеральный закон от 14.07.2022 № 266-ФЗ «О внесении изменений в Закон о персональных данных»."
            ),
            (
                "legislation".into(),
                Some("О внесении изменений в Закон о персональных данных".into()),
                Some("266-ФЗ".into()),
                Some("2022-07-14".into()),
                0
            )
        );
        assert_eq!(
            fields("Указ Президента Республики Беларусь от 25.02.2022 № 50."),
            (
                "legislation".into(),
                Some("Указ Президента Республики Беларусь от 25.02.2022 № 50".into()),
                Some("50".into()),
                Some("2022-02-25".into()),
                0
            )
        );
        // The date in words; the title before the date.
        assert_eq!(
            fields("Закон Республики Беларусь от 5 мая 2019 г. № 12-З «Об охране недр»."),
            (
                "legislation".into(),
                Some("Об охране недр".into()),
                Some("12-З".into()),
                Some("2019-05-05".into()),
                0
            )
        );
        assert_eq!(
            fields("Закон України «Про медіа» від 13.12.2022 № 2849-IX."),
            (
                "legislation".into(),
                Some("Про медіа".into()),
                Some("2849-IX".into()),
                Some("2022-12-13".into()),
                0
            )
        );
        let eu = fields(
            "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence [2024] OJ L 1689.",
        );
        assert_eq!(eu.2.as_deref(), Some("2024/1689"));
        assert_eq!(eu.3.as_deref(), Some("2024-06-13"));
        assert_eq!(eu.4, 0);
        assert!(eu.1.is_some_and(|t| t.ends_with("on artificial intelligence")));
        // No date in the title: the Official Journal's, never the number's
        // second half.
        let eu = fields("Markets Act, Regulation (EU) 2021/1234, OJ L 200, 14.09.2021, p. 1–9.");
        assert_eq!(eu.3.as_deref(), Some("2021-09-14"));
        for (note, title, number, date) in [
            (
                "Example Protection Act 2018, s 3.",
                Some("Example Protection Act 2018"),
                None,
                "2018",
            ),
            (
                "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on examples [1995] OJ L281/31.",
                Some(
                    "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on examples",
                ),
                Some("95/46"),
                "1995-10-24",
            ),
            (
                "Council Decision (CFSP) 2020/1 of 2 October 2020 concerning examples [2020] OJ L1/1.",
                Some("Council Decision (CFSP) 2020/1 of 2 October 2020 concerning examples"),
                Some("2020/1"),
                "2020-10-02",
            ),
            (
                "Кодекс Республики Беларусь о примерах от 13.01.2011 № 1-З.",
                Some("Кодекс Республики Беларусь о примерах от 13.01.2011 № 1-З"),
                Some("1-З"),
                "2011-01-13",
            ),
            (
                "Постанова Кабінету Міністрів України від 18.03.2022 № 5 «Про приклади».",
                Some("Про приклади"),
                Some("5"),
                "2022-03-18",
            ),
            (
                "Treaty on Examples [2012] OJ C1/13, art 2.",
                Some("Treaty on Examples"),
                None,
                "2012",
            ),
            ("1 U.S.C. § 1701 (2018).", None, None, "2018"),
        ] {
            let (ty, t, n, d, authors) = fields(note);
            assert_eq!((ty.as_str(), authors), ("legislation", 0), "{note}");
            if title.is_some() {
                assert_eq!(t.as_deref(), title, "{note}");
            }
            assert_eq!((n.as_deref(), d.as_deref()), (number, Some(date)), "{note}");
        }
        let us = fields("Protecting Examples Act, Pub. L. No. 101-23, 103 Stat. 12 (1989).");
        assert_eq!(us.1.as_deref(), Some("Protecting Examples Act"));
        assert_eq!(us.2.as_deref(), Some("101-23"));
        assert_eq!(us.4, 0);
    }

    #[test]
    fn cases_are_named_by_their_parties() {
        let case = |note: &str| {
            let (ty, title, number, date, authors) = fields(note);
            assert_eq!((ty.as_str(), authors), ("jurisdiction", 0), "{note}");
            (title, number, date)
        };
        assert_eq!(
            case("R (Smith) v Minister for Examples [2019] UKSC 9, [2020] AC 1 [12]."),
            (
                Some("R (Smith) v Minister for Examples".into()),
                None,
                Some("2019".into())
            )
        );
        assert_eq!(
            case("Alpha v. Beta, 590 U.S. 100 (2020)."),
            (Some("Alpha v. Beta".into()), None, Some("2020".into()))
        );
        assert_eq!(
            case("Judgment of 3 March 2016, Alpha and Beta, C-12/15, EU:C:2016:100, paragraph 4."),
            (
                Some("Alpha and Beta".into()),
                Some("C-12/15".into()),
                Some("2016-03-03".into())
            )
        );
        assert_eq!(
            case("Conseil d'État, 1er mars 2021, Association Exemple, n° 400100."),
            (
                Some("Association Exemple".into()),
                Some("400100".into()),
                Some("2021-03-01".into())
            )
        );
        assert_eq!(
            case(
                "Alpha v. Beta, Applications nos. 100/19 and 200/20, decision of 4 May 2021, § 9."
            ),
            (
                Some("Alpha v. Beta".into()),
                None,
                Some("2021-05-04".into())
            )
        );
        assert_eq!(
            case("Case of Example v. Ruritania (no. 2), no. 100/19, § 5, 3 March 2020.")
                .0
                .as_deref(),
            Some("Example v. Ruritania (no. 2)")
        );
        assert_eq!(
            case("Alpha v Beta (2006) 42 EHRR 41 [8]."),
            (Some("Alpha v Beta".into()), None, Some("2006".into()))
        );
        assert_eq!(
            case("Alpha v Beta App nos 100/13 and 200/14 (ECtHR, 25 May 2021)."),
            (Some("Alpha v Beta".into()), None, Some("2021-05-25".into()))
        );
        assert_eq!(
            case("Gamma v Council (Joined Cases C-1/05 P and C-2/05 P) [2008] ECR I-1.")
                .0
                .as_deref(),
            Some("Gamma v Council")
        );
        assert_eq!(
            case("Определение Верховного Суда РФ от 01.02.2021 № 5-КГ21-1.")
                .1
                .as_deref(),
            Some("5-КГ21-1")
        );
        assert_eq!(
            case(
                "Постановление Конституционного Суда РФ от 01.02.2019 № 7-П «По делу о проверке конституционности статьи 5»."
            ),
            (
                Some("По делу о проверке конституционности статьи 5".into()),
                Some("7-П".into()),
                Some("2019-02-01".into())
            )
        );
    }

    #[test]
    fn treaties_standards_releases_and_software() {
        let t = fields(
            "Convention on Examples (adopted 3 May 2001, entered into force 1 June 2003) 2100 UNTS 5, art 2.",
        );
        assert_eq!(
            (t.0.as_str(), t.1.as_deref(), t.3.as_deref(), t.4),
            (
                "legislation",
                Some("Convention on Examples"),
                Some("2001-05-03"),
                0
            )
        );
        let s = fields(
            "ГОСТ Р 7.0.99–2018. Первая часть. Вторая часть. Москва : Стандартинформ, 2018. 12 с.",
        );
        assert_eq!(s.1.as_deref(), Some("Первая часть. Вторая часть"));
        assert_eq!(s.2.as_deref(), Some("ГОСТ Р 7.0.99–2018"));
        let s = fields("Example Standard for Widgets, IEEE Std 1234-2020 (New York: IEEE, 2020).");
        assert_eq!(s.1.as_deref(), Some("Example Standard for Widgets"));
        let s = fields("GB/T 1234—2019 示例标准[S]. 北京: 中国标准出版社, 2019.");
        assert_eq!(
            (s.1.as_deref(), s.2.as_deref()),
            (Some("示例标准"), Some("GB/T 1234—2019"))
        );
        let p = parse_note(
            "Example Agency, \"Agency Opens an Inquiry,\" press release IP/21/100, 4 May 2021.",
        )
        .work;
        assert_eq!(
            (p.entry_type, p.number.as_deref(), p.container.as_deref()),
            ("report", Some("IP/21/100"), None)
        );
        let p = parse_note(
            "Пресс-релиз Примерного банка от 14.06.2023 «О ставке». URL: https://example.by/p/1",
        )
        .work;
        assert_eq!(p.entry_type, "report");
        assert_eq!(p.title.as_deref(), Some("О ставке"));
        assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2023-06-14"));
        assert!(p.authors.is_empty(), "{:?}", p.authors);
        let d = parse_note(
            "Example Bank. (2023). Example indicators [Data set]. https://data.example.org/x",
        )
        .work;
        assert_eq!(
            (d.entry_type, d.title.as_deref()),
            ("dataset", Some("Example indicators"))
        );
        let w = parse_note("Anna Sample, exampletool: Tools for Example Text, version 0.4 (2022), https://github.com/sample/exampletool.").work;
        assert_eq!(
            w.title.as_deref(),
            Some("exampletool: Tools for Example Text")
        );
        assert_eq!(w.version.as_deref(), Some("0.4"));
        let s = fields("СТБ ISO 1234-2015 Первая часть. Вторая часть. Минск : Госстандарт, 2015.");
        assert_eq!(
            (s.1.as_deref(), s.2.as_deref()),
            (
                Some("Первая часть. Вторая часть"),
                Some("СТБ ISO 1234-2015")
            )
        );
        let w = parse_note("Ivanov, A. (2023). data-tool (Version 1.2.0) [Computer software]. GitHub. https://github.com/example/data-tool").work;
        assert_eq!(
            (w.entry_type, w.title.as_deref(), w.version.as_deref()),
            ("software", Some("data-tool"), Some("1.2.0"))
        );
        assert_eq!(w.container, None);
    }
}
