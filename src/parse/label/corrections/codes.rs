//! A report's or document's code beside its title or series: RAND's
//! "Title, RR-A2134-1 (Santa Monica, CA: …)", the European Commission's
//! "Ukraine 2023 Report, SWD(2023) 699 final (Brussels, …)" and the
//! Congressional Research Service's "CRS Report R47068". The labeller reads
//! the code into the title or the series; it is the work's number, and it
//! makes the work a report.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// A code: letters and a hyphenated part with digits ("RR-A2134-1",
/// "WP-23-04"), letters and digits ("R47068", "IF10814"), a European
/// document's ("SWD(2023) 699 final", "COM(2022) 12") or the IMF's working
/// papers' ("WP/24/51"), the IETF's ("RFC 8446"), the Venice Commission's
/// ("CDL-AD(2019)032"), the Swedish Defence Research Agency's
/// ("FOI-R--4758--SE"), Amnesty International's index numbers ("EUR
/// 49/5215/2021"), the OSCE's meeting documents ("HDIM.NGO/0123/21") and
/// the UN's economic commissions' and conventions' ("ECE/CEP/188",
/// "FCCC/CP/2023/11").
const CODE: &str = r"(?:[A-Z]{3}\s\d{2}/\d{3,5}/\d{4}|[A-Z]{2,6}(?:\.[A-Z]{2,6})+/\d{3,5}/\d{2,4}|[A-Z]{2,5}-[A-Z]--\d{3,5}--[A-Z]{2}|[A-Z]{1,5}(?:-[A-Z]*\d[A-Z0-9]*)+|[A-Z]{1,3}\d{4,6}|RFC\s\d{1,5}|CDL-[A-Z]{2,4}\(\d{4}\)\d{3}(?:rev)?|(?:SWD|COM|JOIN|SEC)\(\d{4}\)\s*\d{1,4}(?:\s+final)?|[A-Z]{2,4}/\d{2}/\d{1,4}|(?:ECE|FCCC|ICCD|UNEP)/[A-Z]{2,5}(?:/[A-Z0-9.]+)*/\d[\w.\-]*)";

/// "…, RR-A2134-1 (Santa Monica, CA: …)", "…, SWD(2023) 699 final (Brussels,
/// 8 November 2023)": the code, and a place opening the imprint after it,
/// at the end of the title.
pub(super) fn code_after_title(plain: &str, work: &mut Work) {
    static AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(.+?),\s+({CODE})(?:\s+\((\p{{Lu}}[\p{{L}} ]+))?$"
        ))
        .expect("code at title end pattern")
    });
    if work.number.is_some() || plain.len() < 12 {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // The pattern is tried only on titles whose last part opens with a
    // capital and holds a digit, as every code does.
    let may_end_in_code = title.rsplit_once(", ").is_some_and(|(_, last)| {
        last.starts_with(|c: char| c.is_ascii_uppercase())
            && last.bytes().any(|b| b.is_ascii_digit())
    });
    let Some(c) = may_end_in_code.then(|| AT_END.captures(title)).flatten() else {
        return;
    };
    if c[2].starts_with("COVID") {
        return;
    }
    let (head, code) = (c[1].to_string(), c[2].to_string());
    if let Some(place) = c.get(3) {
        work.location
            .get_or_insert(place.as_str().trim().to_string());
    }
    work.title = Some(head);
    work.number = Some(code);
    work.entry_type = "report";
}

/// "…, FOI-R--4758--SE (Stockholm: FOI, December 2019)": a code before the
/// bracketed imprint, read with its place.
pub(super) fn code_before_imprint(work: &mut Work) {
    static CODED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^({CODE})\s+\((\p{{Lu}}.*)$")).expect("code before imprint pattern")
    });
    if work.number.is_some() {
        return;
    }
    let Some(c) = work
        .location
        .as_deref()
        .filter(|l| l.contains(" ("))
        .and_then(|l| CODED.captures(l))
    else {
        return;
    };
    let (code, place) = (c[1].to_string(), c[2].trim().to_string());
    work.number = Some(code);
    work.location = Some(place);
    work.entry_type = "report";
}

/// "…, Armenia – Opinion on the Electoral Code, CDL-AD(2021)025 (Strasbourg,
/// 18 June 2021)": a code between the title and a bracketed imprint,
/// which the labeller read as the kind of the work and dropped.
pub(super) fn code_between_title_and_imprint(plain: &str, work: &mut Work) {
    static CODED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?-u:,\s)({CODE})\s\(")).expect("code before bracket pattern")
    });
    if work.number.is_some() || memchr::memchr(b'(', plain.as_bytes()).is_none() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = CODED.captures(plain) else {
        return;
    };
    let (Some(whole), Some(code)) = (c.get(0), c.get(1)) else {
        return;
    };
    if !plain[..whole.start()].ends_with(title) || code.as_str().starts_with("COVID") {
        return;
    }
    work.number = Some(code.as_str().to_string());
    work.entry_type = "report";
}

/// "J. Postel, “Internet Protocol,” RFC 791, Sept. 1981": the IETF's
/// Request for Comments by its number, which the labeller read as a
/// journal and left the number in the date. The series and number are
/// the document's number; it is a report.
pub(super) fn rfc_read_as_journal(plain: &str, work: &mut Work) {
    if work.container.as_deref() != Some("RFC") || work.number.is_some() {
        return;
    }
    let Some(at) = memchr::memmem::find(plain.as_bytes(), b"RFC ") else {
        return;
    };
    let digits: String = plain[at + 4..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.is_empty() {
        return;
    }
    if work.volume.as_deref() == Some(digits.as_str()) {
        work.volume = None;
    }
    work.container = None;
    work.number = Some(format!("RFC {digits}"));
    work.entry_type = "report";
}

/// "…, 2021), AI Index: EUR 49/3029/2021, 7.": a human-rights group's index
/// number after the imprint (Amnesty International's region, country,
/// serial and year), which the labeller leaves as a note with the page
/// cited after it: the report's number, and the page.
pub(super) fn index_number_after_imprint(plain: &str, work: &mut Work) {
    static INDEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:AI\s+)?Index(?:\s+(?:No\.|[Nn]umber))?:\s*([A-Z]{3}\s\d{2}/\d{3,5}/\d{4})(?:,\s*(\d{1,4}(?:[-–]\d{1,4})?)\.?$)?")
            .expect("index number pattern")
    });
    if work.number.is_some() || memchr::memmem::find(plain.as_bytes(), b"Index").is_none() {
        return;
    }
    let Some(c) = INDEX.captures(plain) else {
        return;
    };
    let code = c[1].to_string();
    // The labeller's container and volume were pieces of it.
    if work
        .container
        .as_deref()
        .is_some_and(|k| k.contains("Index") && code.starts_with(k.rsplit(' ').next().unwrap_or(k)))
    {
        work.container = None;
    }
    if work.volume.as_deref().is_some_and(|v| code.contains(v)) {
        work.volume = None;
    }
    // The type follows from the number (`kind::infer`, which sets it).
    work.number = Some(code);
    if let Some(page) = c.get(2).filter(|_| work.pages.is_none()) {
        work.pages = Some(page.as_str().to_string());
    }
}

/// "CRS Report R47068": a series of reports and the report's code, read
/// as one container.
pub(super) fn code_after_series(work: &mut Work) {
    static AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^(.+?)\s+({CODE})$")).expect("code after series pattern")
    });
    if work.number.is_some() {
        return;
    }
    let Some(c) = work
        .container
        .as_deref()
        .filter(|s| {
            s.rsplit(' ')
                .next()
                .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()))
        })
        .and_then(|s| AT_END.captures(s))
    else {
        return;
    };
    if !crate::parse::kind::is_report_series(&c[1]) {
        return;
    }
    let (series, code) = (c[1].to_string(), c[2].to_string());
    work.container = Some(series);
    work.number = Some(code);
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn a_code_after_a_title_is_the_reports_number() {
        let w = parse_note("Samuel Charap, Understanding Russia's Security Policy, RR-A1234-2 (Santa Monica, CA: RAND Corporation, 2021), 7.").work;
        assert_eq!(
            w.title.as_deref(),
            Some("Understanding Russia's Security Policy"),
            "{w:?}"
        );
        assert_eq!(w.number.as_deref(), Some("RR-A1234-2"));
        assert_eq!(w.entry_type, "report");
        let w = parse_note("European Commission, Moldova 2023 Report, SWD(2023) 698 final (Brussels, 8 November 2023), 5.").work;
        assert_eq!(w.title.as_deref(), Some("Moldova 2023 Report"), "{w:?}");
        assert_eq!(w.number.as_deref(), Some("SWD(2023) 698 final"));
    }

    #[test]
    fn a_code_after_a_report_series_is_the_reports_number() {
        let w = parse_note("Congressional Research Service, \"Belarus: An Overview,\" CRS Report R46600, updated March 3, 2022.").work;
        assert_eq!(w.number.as_deref(), Some("R46600"), "{w:?}");
        assert_eq!(w.container.as_deref(), Some("CRS Report"));
    }

    #[test]
    fn a_title_ending_in_a_disease_keeps_it() {
        let w = parse_note("Anna Berg, Europe and COVID-19 (London: Routledge, 2021).").work;
        assert_eq!(w.number, None, "{w:?}");
    }
}
