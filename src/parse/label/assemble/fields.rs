//! Readers of single fields from their labelled spans: pages, volume and
//! issue notations, containers' "In" and quotes, publishers and places,
//! author and editor lists (capitals, slashes, Chinese names), GB/T 7714
//! type codes.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::details::page_range;
use crate::parse::names::{parse_author_segment, scan_names};
use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN, plain};

pub(super) static FIRST_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:[-–/]\d+)?").expect("number pattern"));
static ISSUE_IN_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\D*?(\d+(?:[-–/]\d+)?)\s*(?:\(\s*([^)]{1,12}?)\s*\)|[,.]?\s*(?:no\.?|nr\.?|№|n°|issue|iss\.|в[ыи]п\.|сш\.|heft|h\.)\s*([\w\-–/]{1,10}))")
        .expect("issue pattern")
});
/// A volume span of two numbers and a comma, the second of one or two
/// digits (a page would have more, and the labeller reads pages apart).
static ACM_VOLUME_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{1,4}),\s*(\d{1,2})\s*,?\s*$").expect("volume and issue pattern")
});
static JOINED_VOLUME_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([1-9]\d{0,3})[.:](\d{1,3}(?:-\d{1,3})?)\s*,?\s*$")
        .expect("joined volume pattern")
});
static ISSUE_AND_RUNNING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s–—-]*(?:№|N°|Nr\.|[Вв][ыи]п\.)\s*(\d{1,3}(?:[-–/]\d{1,3})?)\s*\(\s*\d{1,5}\s*\)[\s.,–—-]*$",
    )
    .expect("issue and running number pattern")
});
static ONLY_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    // "H. 1–2": a German journal's Heft.
    Regex::new(
        r"(?i)^\W*(?:no\.?|nr\.?|№|n°|issue|iss\.|в[ыи]п\.|сш\.|heft|h\.)\s*([\w\-–/]{1,10})",
    )
    .expect("issue pattern")
});
/// A family name in capitals before a comma and a given name.
static CAPS_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\b)(\p{Lu}[\p{Lu}'’ʼ]+(?:[-\s]\p{Lu}[\p{Lu}'’ʼ]+)*)(,\s+\p{Lu}(?:\p{Ll}|\.))")
        .expect("capitals pattern")
});
static EDITOR_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:in\s*:?|dans|в\s*:|w:?|//)\s+|^\s*(?:in:|в:|w:|//)|\(?\b(?:eds?|editors?|éditeurs?|редактор[иы]?|hrsg|hg|dir|coord|a cura di)\b\.?\)?|\bedited by\b|\bed\. by\b|под\s+(?:общ\.\s*)?ред(?:\.|акцией)|(?:\b(?:гл|отв|науч|гол|відп|наук)\.\s*)?\bред\.|(?:\b(?:гал|адк|навук)\.\s*)?\bрэд\.|\(ред\.\)|\((?:red|oprac)\.\)|主编|编")
        .expect("editor pattern")
});

/// The pages of a page span: "pp. 1761–1800)." to "1761--1800".
pub(super) fn page_text(raw: &str) -> Option<String> {
    // "A1", "C12": a newspaper's section letter glued to its page.
    let word = raw.trim().trim_end_matches(['.', ',', ';', '+']);
    let mut chars = word.chars();
    if chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (2..=4).contains(&word.len())
        && chars.all(|c| c.is_ascii_digit())
    {
        return Some(word.to_string());
    }
    // "sec. A, 8": Chicago's newspaper section and page, as the page with
    // its section letter.
    if let Some((letter, page)) = word
        .strip_prefix("sec. ")
        .or_else(|| word.strip_prefix("section "))
        .and_then(|rest| rest.split_once(", "))
        && letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && !page.is_empty()
        && page.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(format!("{letter}{page}"));
    }
    let digits = raw
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches(|c: char| c.is_alphabetic() || c == '.' || c == ' ');
    // Units after the number ("45-58页", "12 с.") are not part of it.
    let digits = digits.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    // "ECLI:EU:C:2024:113": an identifier's parts after its letters.
    (!digits.is_empty() && !digits.starts_with(':')).then(|| page_range(digits))
}

/// GB/T 7714's document codes, as a regex alternation: one letter for the kind
/// (`J` journal, `M` book, `C` proceedings, `D` thesis, `R` report, `N`
/// newspaper, `S` standard, `P` patent, `G` collection, `Z` other, `A` a
/// part), `/OL` when it is online; `EB/OL` a web page, `DB/OL` a database,
/// `CP/DK` software on disk.
pub(crate) const GBT_CODES: &str = r"EB/OL|DB/OL|CP/DK|CP/OL|(?:J|M|C|D|R|N|S|P|G|Z|A)(?:/OL)?";

/// Whether a text is one of the document codes [`GBT_CODES`] matches.
pub(crate) fn is_gbt_code(code: &str) -> bool {
    matches!(code, "EB/OL" | "DB/OL" | "CP/DK" | "CP/OL")
        || matches!(
            code.strip_suffix("/OL").unwrap_or(code),
            "J" | "M" | "C" | "D" | "R" | "N" | "S" | "P" | "G" | "Z" | "A"
        )
}

/// The BibLaTeX type of a document code.
pub(crate) fn type_of_code(code: &str) -> &'static str {
    match code {
        "EB/OL" | "DB/OL" | "CP/DK" | "CP/OL" => "online",
        code => match code.strip_suffix("/OL").unwrap_or(code) {
            "J" | "N" => "article",
            "M" => "book",
            "C" => "inproceedings",
            "D" => "thesis",
            "R" => "report",
            "S" => "standard",
            "P" => "patent",
            _ => "misc",
        },
    }
}

/// An author list as the name parser reads it: names separated by "/"
/// ("Family, Given/Family2, Given2") joined by "; ", and family names in
/// capitals before a given name ("MCCARTHY, Thomas", "ПЕТРЕНКО, Олена") in
/// ordinary case.
pub(super) fn name_list(raw: &str) -> String {
    // "RFE/RL's Belarus Service", "OSCE/ODIHR": a slash after an acronym
    // joins a body's names, not people's.
    let acronym_first = raw
        .split('/')
        .next()
        .is_some_and(|p| crate::parse::names::is_acronym(p.trim()));
    let slashed =
        if raw.contains('/') && !raw.contains("://") && !acronym_first && !has_document_symbol(raw)
        {
            raw.split('/')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            raw.to_string()
        };
    let slashed = given_in_brackets(&slashed);
    capitals_in_ordinary_case(&slashed)
}

/// Whether a text holds a United Nations document's symbol ("S/PV.8979",
/// "A/ES-11/PV.5"), whose slashes separate no names: a series' letters
/// standing as a word, then a slash and a capital or digit.
fn has_document_symbol(raw: &str) -> bool {
    const SERIES: [&str; 10] = [
        "A", "S", "E", "ST", "CCPR", "CRC", "CEDAW", "CAT", "CERD", "UNEP",
    ];
    memchr::memchr_iter(b'/', raw.as_bytes()).any(|at| {
        let word = raw[..at].rsplit([' ', ',', '(']).next().unwrap_or_default();
        SERIES.contains(&word)
            && raw[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    })
}

/// "BOURDIEU (Pierre)", "ALY (M.I.)", "HERBIN (Fr.-R.)": the older French
/// form, a family name with the given name or initials in brackets after
/// it, as "BOURDIEU, Pierre". An editor's mark in brackets ("(dir.)") or a
/// full name ("(Louis-Ferdinand Destouches)", a pen name's owner) is none.
fn given_in_brackets(text: &str) -> String {
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)\s+\(",
            r"(?:(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)|(?P<initials>(?:\p{Lu}\p{Ll}?\.[\s\-]?)+))\)",
        ))
        .expect("given name in brackets pattern")
    });
    if memchr::memchr(b'(', text.as_bytes()).is_none() {
        return text.to_string();
    }
    BRACKETED
        .replace_all(text, |c: &regex::Captures| {
            let known = c.name("given").is_none_or(|g| {
                let first = g.as_str().split('-').next().unwrap_or_default();
                crate::parse::names::is_given_name(first)
            });
            match c.name("given").or(c.name("initials")) {
                Some(given) if known => format!("{}, {}", &c[1], given.as_str().trim_end()),
                _ => c[0].to_string(),
            }
        })
        .into_owned()
}

/// Family names in capitals before a given name ("MCCARTHY, Thomas",
/// "ПЕТРЕНКО Олена") in ordinary case, with the comma that marks them.
pub(crate) fn capitals_in_ordinary_case(text: &str) -> String {
    let text = crate::parse::names::comma_after_capitals(text);
    // The pattern's Unicode word boundary reads non-Latin text slowly: it
    // runs only where a capital is followed by a capital or an apostrophe,
    // as every family name it finds begins.
    if !has_capital_run(&text) {
        return text;
    }
    CAPS_FAMILY
        .replace_all(&text, |c: &regex::Captures| {
            let family = &c[1];
            // Vancouver initials ("Lindholm ML, Traff S") are not names.
            let vowels = family
                .chars()
                .filter(|ch| "AEIOUYАЕЁИОУЫЭЮЯІЇЄ".contains(*ch))
                .count();
            // "OSCE/ODIHR, Interim Report": a body's acronym is no family
            // name.
            if family.chars().filter(|ch| ch.is_alphabetic()).count() < 3
                || vowels == 0
                || crate::parse::names::is_body_acronym(family)
            {
                return c[0].to_string();
            }
            let mut out = String::with_capacity(family.len());
            let mut start = true;
            for ch in family.chars() {
                if start {
                    out.extend(ch.to_uppercase());
                } else {
                    out.extend(ch.to_lowercase());
                }
                start = matches!(ch, '-' | ' ' | '\'' | '’' | 'ʼ');
            }
            // "VAN DER BERG" is "van der Berg".
            let words: Vec<String> = out
                .split(' ')
                .map(|w| {
                    let lower = w.to_lowercase();
                    if crate::parse::vocabulary::PARTICLES.contains(&lower.as_str()) {
                        lower
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            format!("{}{}", words.join(" "), &c[2])
        })
        .into_owned()
}

/// Whether an author span is a list of Chinese (or Japanese, Korean)
/// names: mostly ideographs.
pub(super) fn is_cjk_names(raw: &str) -> bool {
    let cjk = raw
        .chars()
        .filter(|c| crate::parse::label::tokens::is_cjk(*c))
        .count();
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    cjk > 0 && cjk * 2 > letters
}

/// Chinese names, each kept whole as written ("张三，李四，等"), as refman
/// writes Chinese personal names.
pub(super) fn cjk_names(raw: &str) -> Vec<crate::entry::Name> {
    crate::parse::names::whole_names(&plain(raw))
}

/// APA in Russian and Ukrainian: "В А. Бабенко (Ред.)", "У Н. Коваль
/// (Ред.)": the word for "in" before an editor's initial, without the
/// colon GOST writes; the marker and the rest.
pub(super) fn in_marker_before_initial(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix("В ")
        .or_else(|| text.strip_prefix("У "))?;
    let mut chars = rest.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.');
    initial.then(|| (&text[..text.len() - rest.len()], rest))
}

/// The names of an editor span: "In O. Smith (Ed.),", "ed. by A. Roe",
/// "под ред. А. Иванова".
pub(super) fn editor_names(raw: &str) -> Vec<crate::entry::Name> {
    let plain = plain(raw);
    let cleaned = EDITOR_WORDS.replace_all(&plain, " ");
    let cleaned = cleaned
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')'))
        .trim();
    let cleaned = in_marker_before_initial(cleaned).map_or(cleaned, |(_, rest)| rest);
    if cleaned.is_empty() {
        return Vec::new();
    }
    // "Statistisches Bundesamt (Hrsg.)": a body as editor, whole;
    // "Berger, P. A./Hradil, S. (Hrsg.)": German slashes between editors.
    if crate::parse::names::is_organization(cleaned)
        && crate::parse::names::has_organization_word(&crate::letters::lowercase(cleaned))
    {
        return vec![crate::entry::Name::Organization(cleaned.to_string())];
    }
    if cleaned.contains('/') && !cleaned.contains("//") {
        let (names, _) = parse_author_segment(cleaned);
        if names.len() > 1 {
            return names;
        }
    }
    match scan_names(cleaned) {
        Some(list) if !list.names.is_empty() => list.names,
        _ => parse_author_segment(cleaned).0,
    }
}

/// Volume and issue from a volume span: "106,", "Vol. 3, No. 2", "12(3)",
/// "Т. 5. № 1–2", "№ 15".
pub(super) fn volume(raw: &str, work: &mut Work) {
    // "Frankfurter Allgemeine Zeitung, 12.08.2020, S. 2": a whole date the
    // labeller read as a volume is the date ("OJ L 229, 31.7.2014" has its
    // number first).
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    // Most volumes have too few digits to hold a day, a month and a year.
    let digits = raw.bytes().filter(u8::is_ascii_digit).count();
    if digits >= 5
        && let Some(d) = crate::parse::dates::find_dates(raw)
            .into_iter()
            .find(|d| d.precision() == 3 && d.start == lead)
    {
        work.date.get_or_insert(d.date);
        return;
    }
    // "v2024.1", "v14": a dataset's or a program's version, its "v" joined
    // to the digits ("v. 12" and "v 12" are volumes).
    if let Some(version) = raw
        .trim()
        .trim_end_matches([',', '.'])
        .strip_prefix('v')
        .filter(|v| {
            v.starts_with(|c: char| c.is_ascii_digit())
                && v.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        })
    {
        work.version = Some(version.to_string());
        return;
    }
    // "№ 2 (55)", "Вип. 1 (47)": Russian and Ukrainian journals and papers
    // give an issue's number in the year, then its running number since
    // the first issue in brackets.
    if let Some(c) = ISSUE_AND_RUNNING_NUMBER.captures(raw) {
        work.number = c.get(1).map(|m| m.as_str().to_string());
        return;
    }
    // "71. Jg., H. 1–2/2021": a German journal's year of publication,
    // its issue and the calendar year.
    if raw.contains('J') && (raw.contains("Jg") || raw.contains("Jahrgang")) {
        static JAHRGANG: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^\W*(\d{1,4})\.?\s*(?:Jg\.|Jahrgang)[,\s]*(?:(?:H\.|Heft|Nr\.)\s*(\d{1,3}(?:\s?[–-]\s?\d{1,3})?)(?:\s?/\s?((?:19|20)\d\d))?)?")
                .expect("Jahrgang pattern")
        });
        if let Some(c) = JAHRGANG.captures(raw) {
            work.volume = Some(c[1].to_string());
            if let Some(issue) = c.get(2) {
                work.number = Some(issue.as_str().to_string());
            }
            if let Some(year) = c.get(3).and_then(|y| y.as_str().parse().ok()) {
                work.date.get_or_insert(crate::entry::Date::year(year));
            }
            return;
        }
    }
    if let Some(c) = ISSUE_IN_VOLUME.captures(raw) {
        work.volume = c.get(1).map(|m| m.as_str().to_string());
        work.number = c
            .get(2)
            .or(c.get(3))
            .map(|m| m.as_str().trim().to_string())
            .filter(|n| !n.is_empty());
        return;
    }
    if issue_only(raw, work) {
        return;
    }
    // Google Scholar's MLA "8.1 (2016)" and Taylor & Francis's "35:4,":
    // volume and issue joined by a stop or a colon.
    // (A video's length, "YouTube video, 4:12", and a program's version
    // have no journal before them.)
    let journal_before = work
        .container
        .as_deref()
        .is_some_and(|c| !c.to_lowercase().contains("video"));
    if journal_before && let Some(c) = JOINED_VOLUME_ISSUE.captures(raw) {
        work.volume = Some(c[1].to_string());
        work.number = Some(c[2].to_string());
        return;
    }
    // ACM's "Commun. ACM 51, 1 (January 2008)": volume, comma, issue.
    if let Some(c) = ACM_VOLUME_ISSUE.captures(raw) {
        work.volume = Some(c[1].to_string());
        work.number = Some(c[2].to_string());
        return;
    }
    work.volume = FIRST_NUMBER
        .find(raw)
        .map(|m| m.as_str().to_string())
        .or_else(|| roman_volume(raw));
}

/// "vol. I,", "Bd. IV", "t. XII": a volume in Roman numerals after its
/// mark (a span with no digits).
fn roman_volume(raw: &str) -> Option<String> {
    static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:vol|bd|band|t|tome|tomo|т)\.?\s*([IVXLC]{1,6})\b")
            .expect("Roman volume pattern")
    });
    let c = ROMAN.captures(raw.trim_start())?;
    Some(c[1].to_string())
}

/// The issue of a span that holds only an issue's mark and number ("H.
/// 1–2", "№ 3"); other spans give none. Whether the span was one.
pub(super) fn issue_only(raw: &str, work: &mut Work) -> bool {
    let Some(c) = ONLY_ISSUE.captures(raw) else {
        return false;
    };
    work.number = c.get(1).map(|m| m.as_str().to_string());
    true
}

/// "In: Osteuropa. Band 70, Nr. 10–11": the word that opens a volume's
/// number, run into the container before it, goes (no name ends on it
/// after a stop or comma).
pub(super) fn without_volume_word(container: &str) -> &str {
    for word in [
        "Band", "Bd.", "Bd", "Vol.", "Vol", "vol.", "vol", "Jg.", "Jg", "Heft",
    ] {
        if let Some(head) = container.strip_suffix(word)
            && let Some(head) = head.strip_suffix(". ").or_else(|| head.strip_suffix(", "))
            && !head.is_empty()
        {
            return head;
        }
    }
    container
}

/// "In: Title", "In Title", "// Title", "в: Title": the text and whether an
/// "In" introduced it.
pub(super) fn strip_in(text: &str) -> (String, bool) {
    let t = text.trim();
    for prefix in [
        "In: ",
        "In ",
        "in: ",
        "in ",
        "// ",
        "//",
        "В кн.: ",
        "В: ",
        "в: ",
        "Im: ",
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return (rest.to_string(), !prefix.starts_with('/'));
        }
    }
    (t.to_string(), false)
}

/// A span without the quotes around it (and without italic marks).
pub(super) fn strip_quotes(raw: &str) -> String {
    let t = raw
        .trim()
        .trim_matches(|c| c == ITALIC_OPEN || c == ITALIC_CLOSE)
        .trim();
    let t = t.trim_end_matches([',', ';', ':']).trim_end();
    let t = t.trim_matches(|c| c == ITALIC_OPEN || c == ITALIC_CLOSE);
    let bare = t.trim_end_matches(['.', ',']).trim_end();
    let bare = bare.trim_matches(|c| c == ITALIC_OPEN || c == ITALIC_CLOSE);
    let opens = ['"', '“', '«', '„', '《', '‘', '\''];
    let closes = ['"', '”', '»', '》', '’', '\'', '“'];
    if bare.starts_with(opens) && bare.ends_with(closes) && bare.chars().count() >= 2 {
        let mut chars = bare.chars();
        chars.next();
        chars.next_back();
        let inner = chars.as_str();
        // Punctuation inside the closing quote (American style).
        return inner.trim_end_matches([',', '.']).trim().to_string();
    }
    t.to_string()
}

/// Whether `text` has a capital followed by a capital or an apostrophe.
fn has_capital_run(text: &str) -> bool {
    let mut after_capital = false;
    for c in text.chars() {
        let capital = crate::letters::is_uppercase(c);
        if after_capital && (capital || c == '\'' || c == '’') {
            return true;
        }
        after_capital = capital;
    }
    false
}

/// A publisher's or place's text without the punctuation and brackets
/// around it.
pub(super) fn trim_field(raw: &str) -> String {
    let p = plain(raw);
    let t = p
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']'))
        .trim()
        // GOST's areas open with a dash: "… – К. : Критика".
        .trim_start_matches(['–', '—'])
        .trim();
    // "Frankfurt a. M.": a closing abbreviation keeps its stop.
    if t.ends_with('.') && ABBREVIATED_END.is_match(t) {
        return t.to_string();
    }
    // "Curran Associates, Inc.": a company's abbreviated form is its name.
    if [" Inc.", " Ltd.", " Corp.", " Co."]
        .iter()
        .any(|end| t.ends_with(end))
    {
        return t.to_string();
    }
    let t = t.strip_suffix('.').unwrap_or(t).trim();
    // "(RUSI Special Report).": the bracket closed before the stop, opened
    // before the span's trimmed start.
    match t.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner.trim_end().to_string(),
        _ => t.to_string(),
    }
}

/// Two one-letter abbreviations at the end: "Frankfurt a. M.", "Freiburg
/// i. Br." has its own stop too.
static ABBREVIATED_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{L}\.\s*\p{Lu}\p{Ll}?\.$").expect("abbreviated end pattern"));

/// "Journal, № 1", "Journal, No. 3" at the end of a container.
static CONTAINER_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,.]?\s*(?:№|No\.?|Nr\.?|no\.)\s*(\d+[a-z]?)\s*$").expect("number pattern")
});
/// "SWP Research Paper 8", "Technical Report 1999-66", "Technical Report
/// CMU-CS-92-102": a paper number after a series name.
static SERIES_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(\d+(?:[/-]\d+)?|[A-Z]{2,}(?:[-/][A-Z]+)*-\d+(?:-\d+)*)\s*$")
        .expect("series number pattern")
});

/// "Journal, № 1", "SWP Research Paper 8": the issue or paper number at the
/// end of a container becomes the work's number, where it has none.
pub(super) fn number_at_container_end(work: &mut Work) {
    if let Some(container) = work.container.take() {
        // "Journal, № 1", "SWP Research Paper 8": the issue or paper number
        // at the end of a container.
        let (container, number) = match CONTAINER_NUMBER.captures(&container) {
            Some(c) if work.number.is_none() => (
                container[..c.get(0).map_or(container.len(), |m| m.start())].to_string(),
                Some(c[1].to_string()),
            ),
            _ => match SERIES_NUMBER.captures(&container) {
                // "World Report 2023": a yearbook's year, no number.
                Some(c)
                    if work.number.is_none()
                        && !(c[1].len() == 4
                            && (c[1].starts_with("19") || c[1].starts_with("20")))
                        && crate::parse::kind::is_report_series(&container) =>
                {
                    (
                        container[..c.get(0).map_or(container.len(), |m| m.start())].to_string(),
                        Some(c[1].to_string()),
                    )
                }
                _ => (container, None),
            },
        };
        work.number = work.number.take().or(number);
        work.container = Some(container.trim().to_string()).filter(|c| !c.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_test_agrees_with_the_codes_pattern() {
        let pattern = regex::Regex::new(&format!("^(?:{GBT_CODES})$")).expect("codes");
        for code in [
            "J", "M/OL", "EB/OL", "DB/OL", "CP/DK", "A", "Z/OL", "X", "EB", "J/O", "",
        ] {
            assert_eq!(is_gbt_code(code), pattern.is_match(code), "{code}");
        }
    }

    /// The quick tests before the patterns with Unicode word boundaries
    /// pass every text the patterns match.
    #[test]
    fn quick_tests_pass_whatever_the_patterns_match() {
        let texts = [
            "PETRENKO, Olena",
            "ПЕТРЕНКО Олена, КОВАЛЬ Ігор",
            "O'BRIEN, J.",
            "D’ARCY, Anne, Title",
            "Smith, John, Title",
            "Иванов И. И.",
            "Frankfurt a. M.",
            "Freiburg i. Br.",
            "Frankfurt",
            "pp. 53–71, here 60",
            "S. 53–71, HIER S. 60",
            "С. 5–9, здесь с. 7",
            "С. 72–78.",
        ];
        use crate::parse::text::quick_test_turns_away as turned_away;
        let skipped = turned_away(&texts, has_capital_run, &CAPS_FAMILY);
        turned_away(&texts, |t| t.ends_with('.'), &ABBREVIATED_END);
        assert!(skipped >= 5, "only {skipped} skips");
        assert_eq!(
            capitals_in_ordinary_case("PETRENKO, Olena"),
            "Petrenko, Olena"
        );
        assert_eq!(trim_field("Frankfurt a. M."), "Frankfurt a. M.");
    }
}
