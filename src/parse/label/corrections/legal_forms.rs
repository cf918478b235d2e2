//! Legal and official forms the labeller was not trained on, read by their
//! exact shapes: American law reviews as the Bluebook cites them ("Kim Lane
//! Scheppele, Autocratic Legalism, 85 U. Chi. L. Rev. 545, 560 (2018)": the
//! volume before the journal's abbreviated name, the first page after it,
//! the year last; the labeller reads the whole head as authors), and UN
//! resolutions by their number ("General Assembly resolution 68/262,
//! Territorial integrity of Ukraine, A/RES/68/262"), and a European body's
//! acts by their date ("European Parliament, Resolution of 7 October 2021
//! on the situation in Belarus, P9_TA(2021)0417").

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;

/// The Bluebook form of an article in a law review or journal.
static BLUEBOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<authors>[^,]{3,120}?), (?P<title>[^,].{2,300}?), (?P<volume>\d{1,4}) (?P<journal>\p{Lu}[\p{L}.'’&]*(?: (?:\p{Lu}[\p{L}.'’&]*|of|&))*) (?P<page>\d{1,5})(?:, (?P<pin>\d{1,5}(?:[–-]\d{1,5})?))? \((?:[^()]*? )?(?P<year>(?:1[89]|20)\d\d)\)\.?$",
    )
    .expect("Bluebook article pattern")
});

/// Words of law reviews' abbreviated names: one must be there, so a
/// case's reporter ("576 U.S. 1") or a book is not taken for a journal.
const LAW_JOURNAL_WORDS: [&str; 5] = ["L.", "Rev.", "J.", "L.J.", "Q."];

/// Reads a Bluebook law review article, whatever the labeller made of it:
/// the form is exact.
pub(super) fn bluebook_article(plain: &str, work: &mut Work) {
    // The pattern is costly; most notes fail these first.
    let plain = plain.trim();
    if !plain.trim_end_matches('.').ends_with(')')
        || !LAW_JOURNAL_WORDS.iter().any(|w| plain.contains(w))
    {
        return;
    }
    let Some(c) = BLUEBOOK.captures(plain) else {
        return;
    };
    let journal = &c["journal"];
    if !journal
        .split_whitespace()
        .any(|w| LAW_JOURNAL_WORDS.contains(&w))
        || c["title"].contains(" v. ")
    {
        return;
    }
    let (authors, _) = crate::parse::names::parse_author_segment(&c["authors"]);
    if authors.is_empty() {
        return;
    }
    let Ok(year) = c["year"].parse::<i32>() else {
        return;
    };
    work.authors = authors;
    work.editors.clear();
    work.title = Some(c["title"].to_string());
    work.container = Some(journal.to_string());
    work.volume = Some(c["volume"].to_string());
    work.pages = Some(c["page"].to_string());
    work.number = None;
    work.date = Some(Date::year(year));
}

/// "General Assembly resolution 68/262, Territorial integrity of Ukraine,
/// A/RES/68/262 (27 March 2014)", "UN Security Council Resolution 2231
/// (2015), Non-proliferation, …": a UN body's resolution by its number, then
/// its title.
static RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:UN|United Nations) )?(?P<body>General Assembly|Security Council|Human Rights Council|Economic and Social Council) [Rr]esolution (?P<number>\d{1,4}/\d{1,4}|\d{1,5}(?: \((?:19|20)\d\d\))?),? (?:on )?(?P<title>\p{L}[^,(]{2,200}?)(?:,|\s\(|\.?$)",
    )
    .expect("UN resolution pattern")
});

/// Reads a UN resolution's body, number and title.
pub(super) fn un_resolution(plain: &str, work: &mut Work) {
    if !plain.contains("esolution ") {
        return;
    }
    // "Resolution 2231 (2015), S/RES/2231": a document symbol is no title.
    let Some(c) = RESOLUTION
        .captures(plain.trim())
        .filter(|c| c["title"].trim().contains(' '))
    else {
        return;
    };
    let body = format!("United Nations {}", &c["body"]);
    let number = Some(c["number"].to_string());
    body_document(work, body, c["title"].trim(), number);
}

/// A body's document read whole: the body as author, its title and
/// number; what the labeller took for a container or a place was the
/// document's.
fn body_document(work: &mut Work, body: String, title: &str, number: Option<String>) {
    work.authors = vec![crate::entry::Name::Organization(body)];
    work.title = Some(title.to_string());
    work.number = number;
    work.container = None;
    work.location = None;
}

/// "European Parliament, Resolution of 7 October 2021 on the situation in
/// Belarus, P9_TA(2021)0417": a body, then its act named by its kind and
/// date, then the act's code.
static ACT_OF_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<body>\p{Lu}[^,]{3,80}), (?P<title>(?:Resolution|Recommendation|Decision|Opinion|Declaration|Statement) of (?P<day>\d{1,2} \p{L}+ (?:19|20)\d\d) on [^,(]{3,200}?)(?:, (?P<code>[A-Z0-9_()/.\-]{4,40}))?\.?$",
    )
    .expect("act of a date pattern")
});

/// The kinds of act [`ACT_OF_DATE`] reads.
const ACT_KINDS: [&str; 6] = [
    "Resolution",
    "Recommendation",
    "Decision",
    "Opinion",
    "Declaration",
    "Statement",
];

/// Reads a European body's act named by its kind and date.
pub(super) fn act_of_a_date(plain: &str, work: &mut Work) {
    // The pattern's kinds before " of ": most notes have none.
    if !ACT_KINDS
        .iter()
        .any(|k| plain.contains(k) && plain.contains(" of "))
    {
        return;
    }
    let Some(c) = ACT_OF_DATE.captures(plain.trim()) else {
        return;
    };
    let Some(day) = crate::parse::dates::find_dates(&c["day"])
        .into_iter()
        .next()
    else {
        return;
    };
    let code = c
        .name("code")
        .map(|m| m.as_str().trim_end_matches('.').to_string());
    body_document(work, c["body"].to_string(), &c["title"], code);
    work.date = Some(day.date);
}
