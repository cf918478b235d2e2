//! `refman lint`: integrity checks over a library's entries, each problem
//! with its entry, field, a code, a severity and, where the repair is
//! unambiguous, the value that repairs it. Pure: the caller loads the
//! library and applies the fixes.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::entry::{Date, Entry};
use crate::lang::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub key: String,
    pub field: Option<String>,
    pub severity: Severity,
    /// A stable code: `missing-field`, `isbn-checksum`, `doi-syntax`, …
    pub code: &'static str,
    pub message: String,
    /// The value `--fix` writes (`Some("")` removes the field).
    pub fix: Option<String>,
}

/// Required fields per type, as BibLaTeX's manual lists them (`a|b`: one
/// of them); `date` is met by `year`.
fn required(entry_type: &str) -> &'static [&'static str] {
    match entry_type {
        "article" => &["author", "title", "journaltitle|journal", "date"],
        "book" | "mvbook" => &["author|editor", "title", "date"],
        "inbook" | "bookinbook" => &["author", "title", "booktitle", "date"],
        "incollection" | "inproceedings" => &["author", "title", "booktitle", "date"],
        "collection" | "proceedings" | "mvcollection" => &["editor", "title", "date"],
        "online" => &[
            "author|editor|organization",
            "title",
            "date",
            "url|doi|eprint",
        ],
        "report" | "techreport" => &["author", "title", "type", "institution", "date"],
        "thesis" | "phdthesis" | "mastersthesis" => {
            &["author", "title", "type", "institution|school", "date"]
        }
        "misc" | "manual" | "unpublished" => &["author|editor|organization", "title", "date"],
        "legislation" | "legal" | "jurisdiction" => &["title", "date"],
        _ => &["title"],
    }
}

/// Language names BibLaTeX (babel and polyglossia) knows beyond refman's
/// own list.
const OTHER_LANGIDS: &[&str] = &[
    "american",
    "british",
    "ukenglish",
    "usenglish",
    "canadian",
    "australian",
    "newzealand",
    "ngerman",
    "austrian",
    "naustrian",
    "swissgerman",
    "nswissgerman",
    "brazil",
    "brazilian",
    "portuges",
    "catalan",
    "croatian",
    "danish",
    "finnish",
    "greek",
    "hungarian",
    "latin",
    "norsk",
    "norwegian",
    "nynorsk",
    "romanian",
    "serbian",
    "slovene",
    "slovenian",
    "swedish",
    "turkish",
    "hebrew",
    "arabic",
    "persian",
    "georgian",
    "armenian",
    "kazakh",
    "bulgarian",
    "macedonian",
    "galician",
    "basque",
    "icelandic",
    "irish",
    "welsh",
    "vietnamese",
    "thai",
    "hindi",
    "bengali",
    "indonesian",
    "malay",
    "afrikaans",
    "albanian",
    "estonian",
    "latvian",
    "lithuanian",
];

/// Every problem of every entry, by entry in library order.
pub fn lint(entries: &[&Entry]) -> Vec<Problem> {
    let keys: HashSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    let mut by_case: HashMap<String, Vec<&str>> = HashMap::new();
    for e in entries {
        by_case
            .entry(e.key.to_lowercase())
            .or_default()
            .push(&e.key);
    }
    let mut out = Vec::new();
    for entry in entries {
        check(entry, &keys, &by_case, &mut out);
    }
    out
}

fn problem(
    entry: &Entry,
    field: Option<&str>,
    severity: Severity,
    code: &'static str,
    message: String,
    fix: Option<String>,
) -> Problem {
    Problem {
        key: entry.key.clone(),
        field: field.map(str::to_string),
        severity,
        code,
        message,
        fix,
    }
}

fn check(
    entry: &Entry,
    keys: &HashSet<&str>,
    by_case: &HashMap<String, Vec<&str>>,
    out: &mut Vec<Problem>,
) {
    use Severity::{Error, Warning};
    let has = |f: &str| match f {
        "date" => entry.has("date") || entry.has("year"),
        other => entry.text_ref(other).is_some_and(|v| !v.trim().is_empty()),
    };
    // A child of a `crossref` parent takes the parent's fields.
    let inherits = entry.has("crossref");
    for need in required(&entry.entry_type).iter().filter(|_| !inherits) {
        if !need.split('|').any(has) {
            out.push(problem(
                entry,
                need.split('|').next(),
                Warning,
                "missing-field",
                format!(
                    "@{} without {}",
                    entry.entry_type,
                    need.replace('|', " or ")
                ),
                None,
            ));
        }
    }
    if let Some(others) = by_case.get(&entry.key.to_lowercase())
        && others.len() > 1
        && others[0] == entry.key
    {
        out.push(problem(
            entry,
            None,
            Error,
            "key-case-collision",
            format!(
                "keys that differ only by case collide in BibLaTeX: {}",
                others.join(", ")
            ),
            None,
        ));
    }
    if let Some(parent) = entry.text_ref("crossref")
        && !keys.contains(parent.trim())
    {
        out.push(problem(
            entry,
            Some("crossref"),
            Error,
            "crossref-missing",
            format!("crossref to `{parent}`, which is not in the library"),
            None,
        ));
    }
    if let Some(isbn) = entry.text_ref("isbn")
        && !isbn_valid(&isbn)
    {
        out.push(problem(
            entry,
            Some("isbn"),
            Error,
            "isbn-checksum",
            format!("`{isbn}` is not a valid ISBN-10 or ISBN-13 (its check digit is wrong)"),
            None,
        ));
    }
    if let Some(doi) = entry.text_ref("doi") {
        let trimmed = doi.trim();
        // The DOI with its resolver prefix cut, in the case it was written.
        let bare = trimmed
            .find("10.")
            .map(|i| &trimmed[i..])
            .unwrap_or(trimmed);
        let fixable = bare != trimmed && doi_valid(bare);
        if !doi_valid(doi.trim()) {
            out.push(problem(
                entry,
                Some("doi"),
                Error,
                "doi-syntax",
                if fixable {
                    format!("`{doi}` carries a resolver prefix; the field holds the DOI alone")
                } else {
                    format!("`{doi}` is not a DOI (10.NNNN/suffix)")
                },
                fixable.then(|| bare.to_string()),
            ));
        }
    }
    for field in ["date", "urldate", "origdate", "eventdate"] {
        let Some(text) = entry.text_ref(field) else {
            continue;
        };
        if field == "date" && Date::parse_iso(text.trim()).is_none() && !is_range(&text) {
            let fix = slashed_date(&text);
            let shaped =
                text.trim().len() == 10 && text.trim().chars().filter(|c| *c == '-').count() == 2;
            out.push(problem(
                entry,
                Some(field),
                Error,
                "date-format",
                if shaped && fix.is_none() {
                    format!("`{text}` is not a real date")
                } else {
                    format!("`{text}` is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
                },
                fix,
            ));
        } else if field != "date" && Date::parse_iso(text.trim()).is_none() {
            out.push(problem(
                entry,
                Some(field),
                Error,
                "date-format",
                format!("`{text}` is not an ISO 8601 date"),
                slashed_date(&text),
            ));
        }
    }
    if let (Some(accessed), Some(published)) = (entry.date_field("urldate"), entry.date())
        && before(&accessed, &published)
    {
        out.push(problem(
            entry,
            Some("urldate"),
            Warning,
            "urldate-before-date",
            "the page was visited (urldate) before it was published (date)".to_string(),
            None,
        ));
    }
    if let Some(url) = entry.text_ref("url") {
        let ok = url::Url::parse(url.trim())
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https" | "ftp") && u.host().is_some());
        if !ok || url.contains(char::is_whitespace) {
            out.push(problem(
                entry,
                Some("url"),
                Error,
                "url-syntax",
                format!("`{url}` is not a web address"),
                None,
            ));
        }
    }
    if let Some(lang) = entry.text_ref("langid") {
        let l = lang.trim();
        let known =
            Language::from_name(l).is_some() || OTHER_LANGIDS.contains(&l.to_lowercase().as_str());
        let canonical = Language::from_name(l).map(|x| x.langid().to_string());
        if !known {
            out.push(problem(
                entry,
                Some("langid"),
                Error,
                "langid-unknown",
                format!("`{l}` is not a language BibLaTeX knows"),
                None,
            ));
        } else if let Some(c) = canonical.filter(|c| c != l) {
            out.push(problem(
                entry,
                Some("langid"),
                Warning,
                "langid-form",
                format!("`{l}` is written `{c}` as a BibLaTeX langid"),
                Some(c),
            ));
        }
    }
    for (name, _) in entry.fields() {
        if matches!(name, "url" | "doi" | "file" | "eprint" | "urlraw") {
            continue;
        }
        let Some(value) = entry.text_ref(name) else {
            continue;
        };
        if has_entity(&value) {
            let decoded = html_escape::decode_html_entities(&value).into_owned();
            out.push(problem(
                entry,
                Some(name),
                Warning,
                "html-entity",
                format!("an HTML entity in the text: `{value}`"),
                Some(decoded),
            ));
        }
        if let Some(debris) = latex_debris(&value) {
            out.push(problem(
                entry,
                Some(name),
                Warning,
                "latex-debris",
                format!("LaTeX markup left in the text: `{debris}`"),
                None,
            ));
        }
        if !braces_balanced(&value) {
            out.push(problem(
                entry,
                Some(name),
                Error,
                "unbalanced-braces",
                format!("unbalanced braces in `{value}`"),
                None,
            ));
        }
    }
}

/// Whether `a` is earlier than `b` at the precision both give.
fn before(a: &Date, b: &Date) -> bool {
    if a.year != b.year {
        return a.year < b.year;
    }
    match (a.month, b.month) {
        (Some(am), Some(bm)) if am != bm => am < bm,
        (Some(_), Some(_)) => matches!((a.day, b.day), (Some(ad), Some(bd)) if ad < bd),
        _ => false,
    }
}

fn is_range(text: &str) -> bool {
    text.split_once('/').is_some_and(|(a, b)| {
        (a.is_empty() || Date::parse_iso(a).is_some())
            && (b.is_empty() || Date::parse_iso(b).is_some())
    })
}

/// `2020/05/01` or `2020.05.01` as `2020-05-01`, when that is a real date.
fn slashed_date(text: &str) -> Option<String> {
    let iso = text.trim().replace(['/', '.'], "-");
    (iso != text.trim() && Date::parse_iso(&iso).is_some()).then_some(iso)
}

fn has_entity(text: &str) -> bool {
    static ENTITY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"&(#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});").expect("static regex")
    });
    ENTITY.is_match(text)
}

fn latex_debris(text: &str) -> Option<String> {
    static DEBRIS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\\(textit|textbf|emph|textsc|url|href|cite|footnote|par|newline)\b|\\[a-zA-Z]+\{",
        )
        .expect("static regex")
    });
    DEBRIS.find(text).map(|m| m.as_str().to_string())
}

fn braces_balanced(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// `10.` + a registrant code of four or more digits (dot-separated parts
/// allowed) + `/` + a suffix without blanks.
pub fn doi_valid(doi: &str) -> bool {
    let Some(rest) = doi.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    registrant.len() >= 4
        && registrant.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !suffix.is_empty()
        && !suffix.contains(char::is_whitespace)
}

/// ISBN-10 or ISBN-13 with a correct check digit (hyphens and blanks ignored).
pub fn isbn_valid(isbn: &str) -> bool {
    let chars: Vec<char> = isbn.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    match chars.len() {
        10 => {
            let mut sum = 0;
            for (i, c) in chars.iter().enumerate() {
                let v = match (i, c) {
                    (9, 'X' | 'x') => 10,
                    (_, c) => match c.to_digit(10) {
                        Some(d) => d,
                        None => return false,
                    },
                };
                sum += v * (10 - i as u32);
            }
            sum % 11 == 0
        }
        13 => {
            let mut sum = 0;
            for (i, c) in chars.iter().enumerate() {
                let Some(d) = c.to_digit(10) else {
                    return false;
                };
                sum += if i % 2 == 0 { d } else { d * 3 };
            }
            sum % 10 == 0
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isbns_and_dois() {
        assert!(isbn_valid("978-0-8027-1373-5"));
        assert!(!isbn_valid("978-0-8027-1373-4"));
        assert!(isbn_valid("0-8027-1373-4"));
        assert!(isbn_valid("080442957X"));
        assert!(doi_valid("10.1000/xyz.123"));
        assert!(!doi_valid("10.12/x"));
        assert!(!doi_valid("https://doi.org/10.1000/x"));
    }

    #[test]
    fn problems_and_their_fixes() {
        let mut e = Entry::new("k", "article");
        e.set_text("title", "Salt &amp; pepper");
        e.set_text("doi", "https://doi.org/10.1000/ABC");
        e.set_text("date", "2020/05/01");
        e.set_text("langid", "ru");
        let mut parent = Entry::new("K", "book");
        parent.set_text("title", "T");
        parent.set_text("crossref", "missing");
        let problems = lint(&[&e, &parent]);
        let codes: Vec<&str> = problems.iter().map(|p| p.code).collect();
        for code in [
            "missing-field",
            "html-entity",
            "doi-syntax",
            "date-format",
            "langid-form",
            "key-case-collision",
            "crossref-missing",
        ] {
            assert!(codes.contains(&code), "{code} in {codes:?}");
        }
        let fix = |code: &str| {
            problems
                .iter()
                .find(|p| p.code == code)
                .and_then(|p| p.fix.clone())
        };
        assert_eq!(fix("html-entity").as_deref(), Some("Salt & pepper"));
        assert_eq!(fix("doi-syntax").as_deref(), Some("10.1000/ABC"));
        assert_eq!(fix("date-format").as_deref(), Some("2020-05-01"));
        assert_eq!(fix("langid-form").as_deref(), Some("russian"));
    }
}
