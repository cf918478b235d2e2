//! United Nations documents: a document's symbol (`A/HRC/50/58`,
//! `S/PV.8979`, `A/ES-11/PV.5`) read by the labeller as the publisher,
//! place, container or the end of the title, and the mark before it (`UN
//! Doc.`); a letter's title that holds its own date (`Letter dated 28
//! February 2022 from the Permanent Representative of … addressed to the
//! Secretary-General`), which the labeller cut at the date. The symbol
//! numbers the document; the title is the document's heading.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::dates::find_dates;

/// "Report of the Special Rapporteur, UN Doc. A/HRC/50/58, 4 May 2022":
/// the mark before a UN document's symbol, which the labeller ends the
/// title with; the symbol after it is the report's number.
pub(super) fn un_doc_mark_ends_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // "…, UN Doc A/HRC/53/26/Add.2 (2023)": the mark without its stop,
    // read as a journal and the symbol as its volume.
    let mark_as_journal = work.container.as_deref().is_some_and(|c| {
        matches!(
            c,
            "UN Doc" | "UN Doc." | "U.N. Doc" | "U.N. Doc." | "UN Document"
        )
    });
    if mark_as_journal {
        work.container = None;
        work.volume = None;
        work.pages = None;
        work.entry_type = "report";
    } else if let Some(head) = [", UN Doc", ", U.N. Doc", ", UN doc", ", UN Document"]
        .iter()
        .find_map(|mark| title.strip_suffix(mark))
    {
        work.title = Some(head.to_string());
    } else {
        return;
    }
    if work.number.is_none()
        && let Some((_, after)) = plain
            .split_once(" Doc. ")
            .or_else(|| plain.split_once(" Doc "))
            .or_else(|| plain.split_once(" Document "))
        && let Some(symbol) = after.split([',', ' ', '(']).next()
        && symbol.contains('/')
    {
        work.number = Some(symbol.trim_end_matches('.').to_string());
    }
}

/// "A/HRC/50/58 (UN Human Rights Council, 4 May 2022)": a United Nations
/// document's symbol, which the labeller read with the body that issued it
/// as the publisher (or alone as the place or container, or at the end of
/// the title). The symbol numbers the document.
pub(in crate::parse) fn document_symbol_in_publisher(work: &mut Work) {
    // "A/HRC/50/58", "S/2022/154", and the records of meetings, "S/PV.8979",
    // "A/ES-11/PV.5".
    const SYMBOL_BODY: &str = r"((?:A|S|E|CCPR|CRC|CEDAW|CAT|CERD|UNEP|ST|ECE|FCCC|ICCD)/(?:[A-Z][A-Za-z.]*(?:-\d+)?/)*(?:[A-Z]{1,4}\.)?\d[\w.\-]*(?:/[\w.\-]+)*)";
    static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^{SYMBOL_BODY}\s*[,(]?\s*")).expect("document symbol pattern")
    });
    // "Situation of human rights in Belarus, A/HRC/53/53 (UN Human Rights
    // Council, 4": the symbol and the body run into the title.
    static IN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r",\s+{SYMBOL_BODY}(?:\s*\((?P<body>[^,()]+)(?:[,)].*)?)?$"
        ))
        .expect("document symbol in title pattern")
    });
    if work.number.is_none()
        && let Some(title) = work.title.as_deref()
        && title.contains('/')
        && let Some(c) = IN_TITLE.captures(title)
        && let Some(whole) = c.get(0)
        && whole.start() > 0
    {
        let (head, symbol) = (title[..whole.start()].to_string(), c[1].to_string());
        if let Some(body) = c.name("body") {
            work.publisher
                .get_or_insert(body.as_str().trim().to_string());
        }
        work.title = Some(head);
        work.number = Some(symbol);
        return;
    }
    // "…, A/HRC/53/53 (4 May 2023)": the symbol alone, read as a place or
    // a container.
    for field in [&mut work.location, &mut work.container] {
        if work.number.is_none()
            && let Some(text) = field.as_deref()
            && text.contains('/')
            && let Some(c) = SYMBOL.captures(text)
            && c.get(0).is_some_and(|m| m.end() == text.len())
        {
            work.number = Some(c[1].to_string());
            *field = None;
        }
    }
    let Some(publisher) = work.publisher.as_deref() else {
        return;
    };
    let Some(c) = SYMBOL.captures(publisher) else {
        return;
    };
    let (Some(whole), symbol) = (c.get(0), c[1].to_string()) else {
        return;
    };
    let rest = publisher[whole.end()..]
        .trim()
        .trim_end_matches([',', ')'])
        .trim();
    work.number.get_or_insert(symbol);
    work.publisher = (!rest.is_empty()).then(|| rest.to_string());
}

/// "Letter dated 28 February 2022 from the Permanent Representative of
/// Ukraine to the United Nations addressed to the Secretary-General": a UN
/// letter's heading, its own date inside it, which the labeller cut at the
/// date (the words before it a note, the day the work's). The heading is
/// the title; the work's date is the first after it (the day the letter
/// was issued as a document), or the letter's own.
pub(super) fn letter_dated(plain: &str, work: &mut Work) {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:^|,\s)(?P<title>(?:Identical\s)?[Ll]etters?\sdated\s",
            r"(?:\p{L}+\s\d{1,2},\s\d{4}|[^,]{4,30}?)\s(?:from|addressed)\s[^,]{3,300}?)(?:,\s|\.?$)",
        ))
        .expect("letter dated pattern")
    });
    static DATED: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("etter dated "));
    if DATED.find(plain.as_bytes()).is_none() {
        return;
    }
    let Some(m) = HEADING.captures(plain).and_then(|c| c.name("title")) else {
        return;
    };
    let title = m.as_str().trim_end_matches('.');
    if work.title.as_deref() == Some(title) {
        return;
    }
    work.title = Some(title.to_string());
    // A day, not the year inside a symbol ("S/2014/152").
    let after = find_dates(&plain[m.end()..])
        .iter()
        .map(|d| d.date)
        .find(|d| d.day.is_some());
    if let Some(day) = after.or_else(|| find_dates(title).first().map(|d| d.date)) {
        work.date = Some(day);
    }
}

/// "Report on the Human Rights Situation in Ukraine, 1 August–30 November
/// 2023 (Geneva: OHCHR, 12 December 2023)": the period a periodic report
/// covers, after its title and a comma, which the labeller read as the
/// date. Where the note dates the report after it, the period is the
/// title's and the later date the report's.
pub(super) fn period_ends_title(plain: &str, work: &mut Work) {
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\d{1,2}(?:\s+\p{L}+(?:\s+(?:19|20)\d\d)?)?\s*[–-]\s*\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d",
        )
        .expect("period pattern")
    });
    // The labeller took the period for a date with its month, and the
    // note names two years at least: tested before the title is looked for.
    if work.date.is_none_or(|d| d.month.is_none()) {
        return;
    }
    let two_years = crate::parse::dates::years(plain).nth(1).is_some();
    if !two_years {
        return;
    }
    // "OSCE/ODIHR, Interim Report, 15–28 July 2020 (…)": a body and a
    // short title the labeller read as one name.
    let (title, body) = match (work.title.as_deref(), work.authors.as_slice()) {
        (Some(title), _) => (title, None),
        (None, [crate::entry::Name::Organization(name)]) => match name.split_once(", ") {
            Some((body, title)) => (title, Some(body)),
            None => return,
        },
        _ => return,
    };
    let Some(at) = plain.find(&format!("{title}, ")) else {
        return;
    };
    let after = &plain[at + title.len() + 2..];
    // A digit opens it and a dash is near: tested before the pattern.
    if !after.starts_with(|c: char| c.is_ascii_digit())
        || !after
            .get(..after.len().min(40))
            .is_some_and(|h| h.contains(['–', '-']))
    {
        return;
    }
    let Some(m) = PERIOD.find(after) else {
        return;
    };
    let Some(dated) = find_dates(&after[m.end()..])
        .into_iter()
        .filter(|d| d.precision() >= 2)
        .max_by_key(|d| (d.precision(), std::cmp::Reverse(d.start)))
    else {
        return;
    };
    let title = format!("{title}, {}", m.as_str());
    if let Some(body) = body {
        work.authors = vec![crate::entry::Name::Organization(body.to_string())];
    }
    work.title = Some(title);
    work.date = Some(dated.date);
}

/// "…, 1 December 2022–31 May 2023 (Kyiv: UN Human Rights Monitoring
/// Mission in Ukraine, 29 June 2023)": a report's imprint in brackets
/// right after its title, which the labeller read as a second title and
/// nothing else: its place and the body that issued it.
pub(super) fn imprint_read_as_title(plain: &str, work: &mut Work) {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ \((\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}):\s+(\p{Lu}[^,():]{2,120}),\s+[^()]{0,30}(?:19|20)\d\d\)")
            .expect("bracketed imprint pattern")
    });
    if work.publisher.is_some()
        || work.institution.is_some()
        || work.location.is_some()
        || memchr::memchr(b'(', plain.as_bytes()).is_none()
    {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(after) = plain
        .find(title)
        .map(|at| &plain[at + title.len()..])
        .filter(|a| a.starts_with(" ("))
    else {
        return;
    };
    let Some(c) = IMPRINT.captures(after) else {
        return;
    };
    work.location = Some(c[1].to_string());
    work.publisher = Some(c[2].trim().to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letters_heading_keeps_its_date() {
        let plain = "UN Security Council, Letter dated 3 March 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council, S/2014/152, 4 March 2014.";
        let mut work = Work {
            title: Some("from the Permanent Representative".to_string()),
            ..Work::default()
        };
        letter_dated(plain, &mut work);
        assert_eq!(
            work.title.as_deref(),
            Some(
                "Letter dated 3 March 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council"
            )
        );
        assert_eq!(
            work.date.map(|d| d.to_string()).as_deref(),
            Some("2014-03-04")
        );
        let mut symbol = Work {
            title: Some("Meeting record, S/PV.7125".to_string()),
            ..Work::default()
        };
        document_symbol_in_publisher(&mut symbol);
        assert_eq!(symbol.title.as_deref(), Some("Meeting record"));
        assert_eq!(symbol.number.as_deref(), Some("S/PV.7125"));
    }
}
