//! What a wiki's citation templates print around a reference, taken out
//! before it is read: people copy references from encyclopedia pages, and
//! the templates there (English CS1 and CS2, the Russian, Ukrainian,
//! Belarusian, German, French, Polish and Chinese ones) add marks no
//! citation style writes.
//!
//! - the source's language in brackets: `(in Russian)` after the work's
//!   name, `(рус.)`, `(англ.)`, `(укр.)`, `(бел.)`, `（英语）`,
//!   `（中文（中国大陆））`; it becomes the work's language;
//! - a file's format, `(PDF)`;
//! - catalogue numbers without a field of their own in a note (`ISSN`,
//!   `OCLC`, `S2CID`, `JSTOR`, `PMID`, `PMC`, `LCCN`, `Bibcode`) and the
//!   service that carried a copy (`– via YouTube`);
//! - Chinese Wikipedia's access date in brackets after the day of
//!   publication (`2022-09-15 [2022-09-20]`).
//!
//! The words that date an archived copy or an access in each language
//! (`Archived from the original on`, `Архів оригіналу за`, `Праверана`)
//! are read with the other such dates in [`super::links`].

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::entry::Date;
use crate::lang::Language;

/// What the marks said about the work.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Marks {
    pub language: Option<Language>,
    pub urldate: Option<Date>,
    /// "(PDF) (Report)": the template's kind of a report.
    pub report: bool,
}

/// Literal pieces one of the marks holds, in the order of [`Cue`] (an ISO
/// day is looked for apart): a note without any is not searched further
/// (most notes), and each pattern runs only where its piece is.
static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new([
        ".)", "语）", "文）", "））", "(in ", "(PDF)", "(pdf)", "ISSN ", "OCLC ", "S2CID ",
        "JSTOR ", "PMID ", "PMC", "LCCN ", "Bibcode", " via ", "] ", "].",
    ])
    .expect("wiki cues")
});

/// Which mark a cue may open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Tag,
    InLanguage,
    Format,
    Catalogue,
    Access,
    IsoDay,
}

/// The mark [`CUES`]' pattern `index` may open.
fn cue(index: usize) -> Cue {
    match index {
        0..=3 => Cue::Tag,
        4 => Cue::InLanguage,
        5 | 6 => Cue::Format,
        7..=15 => Cue::Catalogue,
        _ => Cue::Access,
    }
}

/// A language in a bracket of its own: the Russian, Ukrainian and
/// Belarusian templates' abbreviations, Chinese Wikipedia's names.
static LANGUAGE_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*(?:\((рус|англ|укр|бел|нем|фр|франц|кит|пол|исп|итал|англ\.\s*яз)\.\)|（((?:\p{Han}{1,6})(?:语|文)(?:（\p{Han}{1,8}）)?)）)",
    )
    .expect("language tag pattern")
});

/// English CS1's "(in Russian)" after the work's name (`". Kommersant (in
/// Russian). 3 March`, also after the title's translation in brackets):
/// right after a quoted title the bracket is read with it in
/// [`super::translation`].
static IN_LANGUAGE_AFTER_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(["”](?:\s*\[[^\]]{1,200}\])?\.\s+[^."”()\[\]]{2,60}?)\s+\(in ([A-Z][a-z]+)\)([.,])"#,
    )
    .expect("in-language pattern")
});

/// Catalogue numbers and a carrier's name, with the separator before them.
static CATALOGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[.,]\s*|\s+)(?:(?:ISSN|eISSN)\s+\d{4}-\d{3}[\dX]|OCLC\s+\d+|S2CID\s+\d+|JSTOR\s+\w+(?:\.\w+)*|PMID\s+\d+|PMC\s*\d+|LCCN\s+[\w-]+|Bibcode\s*:\s*[\w.&]+|[–—-]\s+via\s+[A-Z]\w*(?:\s+[A-Z]\w*){0,2})",
    )
    .expect("catalogue pattern")
});

/// A name, then a day in ISO form in brackets: the head of an English
/// template's reference.
static ISO_DAY_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^([^()"“”.]{3,80}?) \(((?:19|20)\d\d)-([01]\d)-([0-3]\d)\)\."#)
        .expect("day after name pattern")
});

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "(PDF)" after a title or a work, with the space before it; and the
/// kind English templates print after a title ("(Report)", "(Press
/// release)").
static FORMAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*\((?:PDF|pdf)\)(?:\s*\((Report|Technical report|Working paper|Press release)\))?",
    )
    .expect("format pattern")
});

/// "2022-09-15 [2022-09-20]": the day of publication, then in brackets the
/// day it was read.
static DAY_THEN_ACCESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d\d-\d\d-\d\d)\s*\[((?:19|20)\d\d)-(\d\d)-(\d\d)\]")
        .expect("day then access pattern")
});

/// The note without the marks a wiki's templates print, and what they
/// said; `None` when it has none.
pub(super) fn without_marks(note: &str) -> Option<(String, Marks)> {
    let mut cues: Vec<Cue> = Vec::new();
    for m in CUES.find_iter(note) {
        let found = cue(m.pattern().as_usize());
        if !cues.contains(&found) {
            cues.push(found);
        }
    }
    if iso_day_in_brackets(note) {
        cues.push(Cue::IsoDay);
    }
    if cues.is_empty() {
        return None;
    }
    let mut marks = Marks::default();
    let mut text = note.to_string();
    if cues.contains(&Cue::Tag)
        && let Some(c) = LANGUAGE_TAG.captures(&text)
    {
        marks.language = c.get(1).or(c.get(2)).and_then(|m| tag_language(m.as_str()));
        text = LANGUAGE_TAG.replace_all(&text, "").into_owned();
    }
    if cues.contains(&Cue::InLanguage)
        && let Some(c) = IN_LANGUAGE_AFTER_WORK.captures(&text)
        && let Some(language) = super::translation::named(&c[2])
    {
        marks.language.get_or_insert(language);
        text = IN_LANGUAGE_AFTER_WORK.replace(&text, "$1$3").into_owned();
    }
    if cues.contains(&Cue::Access)
        && let Some(c) = DAY_THEN_ACCESS.captures(&text)
        && let (Ok(y), Ok(m), Ok(d)) = (c[2].parse(), c[3].parse(), c[4].parse())
    {
        marks.urldate = Date::new(y, Some(m), Some(d));
        text = DAY_THEN_ACCESS.replace(&text, "$1").into_owned();
    }
    // "Petrov, Alexei (2017-06-12).": the day in the form author-date
    // styles write there.
    if cues.contains(&Cue::IsoDay)
        && let Some(c) = ISO_DAY_AFTER_NAME.captures(&text)
        && let (Ok(m), Some(whole)) = (c[3].parse::<usize>(), c.get(0))
        && let Some(month) = MONTHS.get(m.wrapping_sub(1))
    {
        let day = c[4].trim_start_matches('0');
        let head = format!("{} ({}, {month} {day}).", &c[1], &c[2]);
        text.replace_range(whole.range(), &head);
    }
    if cues.contains(&Cue::Catalogue) && CATALOGUE.is_match(&text) {
        let kept = text.clone();
        text = CATALOGUE
            .replace_all(&kept, |c: &regex::Captures| {
                // A number's or a name's end, not a word's middle.
                let end = c.get(0).map_or(kept.len(), |m| m.end());
                match kept[end..].chars().next() {
                    None | Some('.' | ',' | ';' | ' ' | ')') => String::new(),
                    Some(_) => c[0].to_string(),
                }
            })
            .into_owned();
    }
    if cues.contains(&Cue::Format) {
        if let Some(kind) = FORMAT.captures(&text).and_then(|c| c.get(1)) {
            marks.report = kind.as_str() != "Press release";
        }
        text = FORMAT.replace_all(&text, "").into_owned();
    }
    (text != note).then_some((text, marks))
}

/// Whether a bracket closes right after a day in ISO form ("2017-06-12)").
fn iso_day_in_brackets(note: &str) -> bool {
    let bytes = note.as_bytes();
    memchr::memchr_iter(b')', bytes).any(|at| {
        at >= 10
            && bytes[at - 3] == b'-'
            && bytes[at - 6] == b'-'
            && [1, 2, 4, 5, 7, 8, 9, 10]
                .iter()
                .all(|back| bytes[at - back].is_ascii_digit())
    })
}

/// The language a template's tag names.
fn tag_language(tag: &str) -> Option<Language> {
    let iso = match tag {
        t if t.starts_with("рус") || t.starts_with("俄") => "ru",
        t if t.starts_with("англ") || t.starts_with("英") => "en",
        t if t.starts_with("укр") || t.starts_with("乌克兰") || t.starts_with("烏克蘭") => {
            "uk"
        }
        t if t.starts_with("бел") || t.starts_with("白俄") => "be",
        t if t.starts_with("нем") || t.starts_with("德") => "de",
        t if t.starts_with("фр") || t.starts_with("法") => "fr",
        t if t.starts_with("кит") || t.contains("中文") || t.starts_with("汉") => "zh",
        t if t.starts_with("пол") || t.starts_with("波兰") => "pl",
        t if t.starts_with("исп") || t.starts_with("西班牙") => "es",
        t if t.starts_with("итал") || t.starts_with("意大利") => "it",
        _ => return None,
    };
    Language::from_iso(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rest(note: &str) -> String {
        without_marks(note).map_or_else(|| note.to_string(), |(rest, _)| rest)
    }

    #[test]
    fn language_tags_go_and_name_the_language() {
        let (text, marks) =
            without_marks("Иванов И. Заголовок (рус.). Коммерсантъ (12 августа 2020).")
                .expect("a tag");
        assert_eq!(text, "Иванов И. Заголовок. Коммерсантъ (12 августа 2020).");
        assert_eq!(marks.language.map(Language::iso), Some("ru"));
        let (text, marks) =
            without_marks("Walker, Shaun. Title. The Guardian. 2020-08-10 [2020-08-11]. （英语）.")
                .expect("a tag");
        assert_eq!(text, "Walker, Shaun. Title. The Guardian. 2020-08-10..");
        assert_eq!(marks.language.map(Language::iso), Some("en"));
        assert_eq!(marks.urldate, Date::new(2020, Some(8), Some(11)));
        assert_eq!(
            rest("标题. 人民网. 2023-02-27 （中文（中国大陆））."),
            "标题. 人民网. 2023-02-27."
        );
        let (text, marks) = without_marks(
            "\"Заголовок\" [Title]. Kommersant (in Russian). Archived from the original on 4 March 2021.",
        )
        .expect("a tag");
        assert_eq!(
            text,
            "\"Заголовок\" [Title]. Kommersant. Archived from the original on 4 March 2021."
        );
        assert_eq!(marks.language.map(Language::iso), Some("ru"));
    }

    #[test]
    fn catalogue_numbers_formats_and_carriers_go() {
        assert_eq!(
            rest("\"Title\". The Guardian. ISSN 0261-3077. Retrieved 14 August 2020."),
            "\"Title\". The Guardian. Retrieved 14 August 2020."
        );
        assert_eq!(
            rest("Journal. 35 (4): 301–319. doi:10.1/x. S2CID 198765432."),
            "Journal. 35 (4): 301–319. doi:10.1/x."
        );
        assert_eq!(
            rest("Press. ISBN 978-0-300-25921-5. OCLC 1198765432."),
            "Press. ISBN 978-0-300-25921-5."
        );
        assert_eq!(
            rest("\"Title\" (PDF). OSCE. 5 November 2020."),
            "\"Title\". OSCE. 5 November 2020."
        );
        let (text, marks) =
            without_marks("Lenz, K. (June 2022). Minsk (PDF) (Report). DGAP Policy Brief.")
                .expect("a format");
        assert_eq!(text, "Lenz, K. (June 2022). Minsk. DGAP Policy Brief.");
        assert!(marks.report);
        assert_eq!(
            rest("\"Title\". Belarus 1. 12 June 2021 – via YouTube."),
            "\"Title\". Belarus 1. 12 June 2021."
        );
        // Words of a title are no marks.
        assert_eq!(
            without_marks("Smith J. Travel via Minsk. Press, 2001."),
            None
        );
        assert_eq!(
            without_marks("Petrov P. Title (in Russian). Moscow, 2001."),
            None
        );
    }
}
