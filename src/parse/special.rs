//! Kinds of sources that their notes name by exact patterns rather than by
//! layout: legislation (`Regulation (EU) 2016/679`, `Федеральный закон от
//! 14.07.2022 № 266-ФЗ`), court decisions (`Case C-131/12`, `ECLI:…`,
//! `[2014] UKSC 12`), standards (`ISO 8601-1:2019`, `ГОСТ Р 7.0.5–2008`,
//! `IEEE 802.11-2020`), datasets, software repositories, and posts on social
//! media and video sites (Telegram, X, YouTube: common sources here).

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

/// An entry type (and BibLaTeX `entrysubtype`) named by the note itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Special {
    pub entry_type: &'static str,
    pub subtype: Option<&'static str>,
}

const LEGISLATION: &str = concat!(
    r"(?i)(?:(?-u:\b)(?:regulation|directive|decision)\s*\((?:eu|ec|eec|euratom)\)\s*(?:no\s*)?\d+/\d+",
    r"|(?-u:\b)OJ\s+[LC]\s+\d+|(?-u:\b)\d+\s+U\.?S\.?C\.?\s+§?\s*\d+|(?-u:\b)Pub\.\s*L\.\s*(?:No\.\s*)?\d+",
    r"|(?:^|[^\p{L}])(?:федеральный|федеральны|конституционный)\s+закон|(?:^|[^\p{L}])закон\s+(?:республики|рэспублікі|российской|україни|кыргызской|республики\s+казахстан)",
    r"|(?:^|[^\p{L}])указ\s+президента|№\s*\d+-ФЗ|(?:^|[^\p{L}])постановление\s+(?:правительства|совета\s+министров)",
    r"|(?:^|[^\p{L}])пастанова\s+савета\s+міністраў|(?:^|[^\p{L}])закон\s+україни",
    // Unbounded rather than `{2,60}`: a bounded run multiplies the
    // states of the lazy DFA and made this the slowest test of a note.
    r"|(?-u:\b)[A-Z][A-Za-z ]{2,}\s+Act\s+(?:of\s+)?\d{4}(?-u:\b))",
);

/// "Федеральный закон от 14.07.2022 № 266-ФЗ «О …»", "Закон Рэспублікі
/// Беларусь ад 10.01.2000 г. № 361-З", "Указ Президента … від …".
static NATIONAL_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:закон|указ|постановление|пастанова|декрет|кодекс)[^«“\x22№]{0,120}?\s(?:от|ад|від)\s+",
        r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*(?:г\.|года|р\.)?\s*№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*)",
        r"(?:\s*[«“\x22](?P<title>[^»”\x22]+)[»”\x22])?",
    ))
    .expect("national act pattern")
});

/// "Regulation (EU) 2024/1689 of the European Parliament … of 13 June 2024
/// laying down … [2024] OJ L 1689": the title up to the Official Journal.
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<title>(?:Regulation|Directive|Decision)\s*\((?:EU|EC|EEC|Euratom)\)\s*(?:No\s*)?(?P<number>\d+/\d+)[^\[]*?)\s*(?:\[\d{4}\]|,?\s*OJ\s|$)",
    )
    .expect("EU act pattern")
});

const JURISDICTION: &str = concat!(
    r"(?:(?-u:\b)ECLI:[A-Z]{2}:|(?-u:\b)Case\s+[CT]-\d+/\d+|(?-u:\b)Joined\s+Cases\s+[CT]-\d+",
    r"|\[\d{4}\]\s+(?:UKSC|UKHL|EWCA|EWHC|ECR|ECHR|AC|QB|WLR|All\s?ER)(?-u:\b)",
    r"|(?-u:\b)\d+\s+U\.S\.\s+\d+(?-u:\b)|(?-u:\b)\d+\s+F\.\s?(?:2d|3d|4th)\s+\d+",
    r"|(?-u:\b)Application\s+no\.\s*\d+/\d+",
    r"|(?i:(?:^|[^\p{L}])(?:решение|постановление|определение)\s+(?:конституционного|верховного)\s+суда))",
);

const STANDARD: &str = r"(?:^|[\s(«“\x22])(?:ISO(?:/IEC)?|IEC|EN|DIN|IEEE(?:\s+Std)?|ANSI|BS|ГОСТ(?:\s+Р)?|СТБ|ДСТУ|GB/T|GB)\s+\d[\d.]*(?:[-–:.]\d+)*(?:[-–:]\d{4})?(?-u:\b)";

const DATASET: &str = r"(?i)\[(?:data\s?set|database|набор данных|датасет)\]|zenodo\.org/record|10\.5281/zenodo|figshare\.com|dataverse|kaggle\.com/datasets|data\.europa\.eu|data\.worldbank\.org";

const SOFTWARE: &str = r"(?i)\[(?:computer\s+)?software\]|(?-u:\b)github\.com/[^/\s]+/[^/\s]+|(?-u:\b)gitlab\.com/[^/\s]+/[^/\s]+|(?-u:\b)crates\.io/crates/|(?-u:\b)pypi\.org/project/";

const POST: &str = r"(?i)(?://|(?-u:\b))(?:t\.me/|telegram\.me/|x\.com/[^/\s]+/status|twitter\.com/[^/\s]+/status|facebook\.com/[^/\s]+/posts|vk\.com/wall|instagram\.com/p/)|\[(?:telegram|tweet|post)\]|telegram[- ]channel|телеграм[- ]?канал";

const VIDEO: &str = r"(?i)(?://|(?-u:\b))(?:www\.)?(?:youtube\.com/(?:watch|shorts|live)|youtu\.be/|vimeo\.com/\d|rutube\.ru/video)|\[video\]";

static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Joined\s+)?Cases?\s+([CT]-\d+/\d+)|(?-u:\b)(ECLI:[A-Z]{2}:[A-Z0-9.:]+)")
        .expect("case number pattern")
});
static STANDARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:ISO(?:/IEC)?|IEC|EN|DIN|IEEE(?:\s+Std)?|ANSI|BS|ГОСТ(?:\s+Р)?|СТБ|ДСТУ|GB/T|GB)\s+\d[\d.]*(?:[-–:.]\d+)*(?:[-–:]\d{4})?",
    )
    .expect("standard number pattern")
});

/// Fields that a kind names exactly: a standard's designation and a case's
/// number are numbers, not authors; a court case has no author.
pub fn refine(kind: Special, text: &str, work: &mut super::Work) {
    use crate::entry::Name;
    match kind.entry_type {
        "standard" => {
            if let Some(m) = STANDARD_NUMBER.find(text) {
                let number = m.as_str().trim().to_string();
                let is_number = |n: &Name| matches!(n, Name::Organization(o) if number.contains(o.as_str()) || o.contains(&number));
                work.authors.retain(|n| !is_number(n));
                if work.title.as_deref().is_some_and(|t| t == number) {
                    work.title = None;
                }
                work.number = Some(number);
            }
        }
        "legislation" => {
            // An act is named by its designation, never by an author.
            if let Some(c) = NATIONAL_ACT.captures(text) {
                work.authors.clear();
                work.number = c.name("number").map(|m| m.as_str().to_string());
                work.date = c
                    .name("date")
                    .and_then(|m| super::dates::parse_date(m.as_str()))
                    .or(work.date);
                work.title = Some(match c.name("title") {
                    Some(t) => t.as_str().trim().to_string(),
                    None => c[0].trim().trim_end_matches(['.', ',']).to_string(),
                });
                // The act's number is not an outlet.
                if work
                    .container
                    .as_deref()
                    .is_some_and(|c| work.number.as_deref() == Some(c.trim()))
                {
                    work.container = None;
                }
                work.language = work.title.as_deref().and_then(crate::lang::detect);
            } else if let Some(c) = EU_ACT.captures(text) {
                work.authors.clear();
                let title = c["title"].trim().trim_end_matches(['.', ',']).to_string();
                work.number = c.name("number").map(|m| m.as_str().to_string());
                // "of 13 June 2024", not the year of "2024/1689".
                work.date = super::dates::find_dates(&title)
                    .iter()
                    .max_by_key(|d| (d.date.day.is_some(), d.date.month.is_some()))
                    .map(|d| d.date)
                    .or(work.date);
                work.title = Some(title);
            }
        }
        "jurisdiction" => {
            work.authors.clear();
            if let Some(c) = CASE_NUMBER.captures(text) {
                work.number = c.get(1).or(c.get(2)).map(|m| m.as_str().to_string());
            }
        }
        "online" if kind.subtype.is_some() => super::posts::refine(text, work),
        _ => {}
    }
}

/// The kind of source a note names by an exact pattern, if any. The URL is
/// passed separately because it was cut out of the text.
pub fn detect(text: &str, url: Option<&str>) -> Option<Special> {
    // One pass over the note for every kind (a set is several times faster
    // than the patterns one after another); the first kind in `KINDS`
    // order that matches wins.
    let in_text = KINDS.matches(text);
    let in_url = url.map(|u| KINDS.matches(u));
    (0..KIND_NAMES.len())
        .find(|&i| {
            in_text.matched(i) || (i >= URL_KINDS && in_url.as_ref().is_some_and(|m| m.matched(i)))
        })
        .map(|i| {
            let (entry_type, subtype) = KIND_NAMES[i];
            Special {
                entry_type,
                subtype,
            }
        })
}

/// The kinds an exact pattern names, in the order they outrank each
/// other, with their patterns in [`KINDS`].
const KIND_NAMES: [(&str, Option<&str>); 7] = [
    ("jurisdiction", None),
    ("legislation", None),
    ("standard", None),
    ("dataset", None),
    ("software", None),
    ("online", Some("video")),
    ("online", Some("post")),
];

/// The kinds from this index on are also recognised by the note's URL.
const URL_KINDS: usize = 3;

static KINDS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        JURISDICTION,
        LEGISLATION,
        STANDARD,
        DATASET,
        SOFTWARE,
        VIDEO,
        POST,
    ])
    .expect("kind patterns")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str, url: Option<&str>) -> Option<(&'static str, Option<&'static str>)> {
        detect(text, url).map(|s| (s.entry_type, s.subtype))
    }

    #[test]
    fn kinds_named_by_their_notes() {
        assert_eq!(
            ty(
                "Regulation (EU) 2024/1689 of the European Parliament [2024] OJ L 1689.",
                None
            ),
            Some(("legislation", None))
        );
        assert_eq!(
            ty(
                "Федеральный закон от 14.07.2022 № 266-ФЗ «О персональных данных».",
                None
            ),
            Some(("legislation", None))
        );
        assert_eq!(
            ty(
                "Case C-131/12 Google Spain v AEPD [2014] ECLI:EU:C:2014:317.",
                None
            ),
            Some(("jurisdiction", None))
        );
        assert_eq!(
            ty("ISO 8601-1:2019. Date and time.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty("ГОСТ Р 7.0.5–2008. Библиографическая ссылка.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty("IEEE 802.11-2020, Wireless LAN.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty(
                "Lukashenko's channel, post of 3 May 2023.",
                Some("https://t.me/pul_1/9000")
            ),
            Some(("online", Some("post")))
        );
        assert_eq!(
            ty(
                "Interview on Belarus 1.",
                Some("https://www.youtube.com/watch?v=abc")
            ),
            Some(("online", Some("video")))
        );
        assert_eq!(
            ty(
                "refman (version 0.1).",
                Some("https://github.com/org/refman")
            ),
            Some(("software", None))
        );
        assert_eq!(
            ty("Trade flows [Data set]. Zenodo, 2021.", None),
            Some(("dataset", None))
        );
        assert_eq!(
            ty("Andrew Wilson, “Belarus,” Journal 32 (2021): 36–50.", None),
            None
        );
        assert_eq!(ty("Smith, ISO standards in trade, 2019.", None), None);
    }

    #[test]
    fn designations_and_case_numbers_are_numbers() {
        let mut work = super::super::Work {
            authors: vec![crate::entry::Name::Organization("ISO 8601-1:2019".into())],
            title: Some("Date and time".into()),
            ..Default::default()
        };
        let text = "ISO 8601-1:2019. Date and time. Geneva: ISO, 2019.";
        refine(detect(text, None).expect("standard"), text, &mut work);
        assert!(work.authors.is_empty());
        assert_eq!(work.number.as_deref(), Some("ISO 8601-1:2019"));
        let text = "Case C-131/12 Google Spain v AEPD [2014] ECLI:EU:C:2014:317.";
        let mut work = super::super::Work {
            authors: vec![crate::entry::Name::Organization("Case C-131".into())],
            ..Default::default()
        };
        refine(detect(text, None).expect("case"), text, &mut work);
        assert!(work.authors.is_empty());
        assert_eq!(work.number.as_deref(), Some("C-131/12"));
    }
}

#[cfg(test)]
mod acts {
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
        let eu = fields(
            "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence [2024] OJ L 1689.",
        );
        assert_eq!(eu.2.as_deref(), Some("2024/1689"));
        assert_eq!(eu.3.as_deref(), Some("2024-06-13"));
        assert_eq!(eu.4, 0);
        assert!(eu.1.is_some_and(|t| t.ends_with("on artificial intelligence")));
    }
}
