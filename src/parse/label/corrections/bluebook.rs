//! The Bluebook's shapes (American law reviews and legal writing), read by
//! their exact forms where the labeller was not trained on them: an article
//! ("Kim Lane Scheppele, Autocratic Legalism, 85 U. Chi. L. Rev. 545, 560
//! (2018)": the volume before the journal's abbreviated name, the first
//! page after it, the year last), a book with the page cited between its
//! title and year ("Neil M. Richards, Why Privacy Matters 88–90 (2021)",
//! "Code: Version 2.0, at 120–21 (2006)") or a working paper's series in
//! the bracket, and a piece of a newspaper, magazine or site dated in
//! brackets ("Adam Smith, Title, N.Y. Times (Mar. 24, 2022)"), and
//! Congress's reports and hearings ("H.R. Rep. No. 115-572, at 3 (2018)",
//! "Hearing on … Before the S. Comm. on …, 115th Cong. 4 (2018)"). What the
//! Bluebook adds after a citation's year (explanatory parentheticals,
//! "[hereinafter …]", a case's later history) is taken off before the note
//! is labelled.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Date, Name};
use crate::parse::Work;
use crate::parse::names::parse_author_segment;

/// A citation's closing year in brackets, then what the Bluebook adds
/// after it: parentheticals that explain, quote or cite, opening with
/// their verb ("(describing …)", not "(working paper)"),
/// "(quoting …)", "(per curiam)", "(statement of …)"), a short name for
/// later notes ("[hereinafter Douek, Systems Thinking]"), or a case's later
/// history (", vacated and remanded sub nom. …", ", aff'd, …", ", cert.
/// denied, …").
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\((?:[^()]*[\s.])?(?:1[6-9]|20)\d\d\)",
        r"(?P<tail>(?:\s\((?:(?:argu|describ|hold|not|find|explain|discuss|conclud|observ|quot|cit|suggest|declin|recogniz|emphasiz|review|analyz|criticiz|examin|stat|detail|document|report|survey|collect|apply|reject|uphold|affirm|revers|address|propos|assert|identify|list|show|summariz|comment|acknowledg|refus|distinguish|adopt|question|clarify|reason)ing",
        r"|per curiam|statement|testimony|emphasis|alteration|internal|footnote|citations?|on file|plurality)(?:[^()]|\([^()]*\))*\)",
        r"|\s\[hereinafter [^\]]+\])+",
        r"|,\s(?:aff['’ʼ]d|rev['’ʼ]d|vacated|cert\.\s(?:denied|granted|dismissed)|overruled|abrogated|superseded|modified|remanded|appeal dismissed|reh['’ʼ]g)(?-u:\b).*)",
        r"\s*[.;]?\s*$",
    ))
    .expect("Bluebook tail pattern")
});

/// "…, 136 Harv. L. Rev. 526, 530 (2022) [hereinafter Douek, Systems
/// Thinking].", "…, 881 N.W.2d 749 (Wis. 2016) (holding that …).": the
/// note without what the Bluebook adds after the citation's year; `None`
/// when it adds nothing.
pub(in crate::parse) fn without_bluebook_tail(note: &str) -> Option<String> {
    // Most notes have no year's bracket followed by what the additions
    // start with.
    let b = note.as_bytes();
    let joint = note.match_indices(')').any(|(i, _)| {
        i >= 4
            && b[i - 4..i].iter().all(u8::is_ascii_digit)
            && matches!(b.get(i + 1..i + 3), Some(b" (" | b" [" | b", "))
    });
    if !joint {
        return None;
    }
    let c = TAIL.captures(note)?;
    let tail = c.name("tail")?;
    let mut out = note[..tail.start()].trim_end().to_string();
    out.push('.');
    Some(out)
}

/// The Bluebook form of an article in a law review or journal.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<authors>[^,]{3,120}?), (?P<title>[^,].{2,300}?), (?P<volume>\d{1,4}) (?P<journal>\p{Lu}[\p{L}.'’ʼ&]*(?: (?:\p{Lu}[\p{L}.'’ʼ&]*|of|&))*) (?P<page>\d{1,5})(?:, (?P<pin>\d{1,5}(?:[–-]\d{1,5})?(?: nn?\.\s?\d{1,4}(?:[–-]\d{1,4})?)?))? \((?:[^()]*? )?(?P<year>(?:1[89]|20)\d\d)\)\.?$",
    )
    .expect("Bluebook article pattern")
});

/// Words of law reviews' abbreviated names: one must be there, so a
/// case's reporter ("576 U.S. 1") or a book is not taken for a journal.
const LAW_JOURNAL_WORDS: [&str; 5] = ["L.", "Rev.", "J.", "L.J.", "Q."];

/// What a law review calls its students' unsigned pieces, written where
/// an author's name would be ("Note, Section 230 as …, 131 Harv. L. Rev.").
const STUDENT_PIECES: [&str; 5] = [
    "Note",
    "Comment",
    "Recent Case",
    "Recent Development",
    "Case Note",
];

/// Reads a Bluebook law review article, whatever the labeller made of it:
/// the form is exact. Returns the page cited ("560–62", "19 n.52").
pub(super) fn bluebook_article(plain: &str, work: &mut Work) -> Option<String> {
    // The pattern is costly; most notes fail these first.
    let plain = plain.trim();
    if !plain.trim_end_matches('.').ends_with(')')
        || !LAW_JOURNAL_WORDS.iter().any(|w| plain.contains(w))
    {
        return None;
    }
    let c = ARTICLE.captures(plain)?;
    let journal = &c["journal"];
    if !journal
        .split_whitespace()
        .any(|w| LAW_JOURNAL_WORDS.contains(&w))
        || c["title"].contains(" v. ")
    {
        return None;
    }
    let student = STUDENT_PIECES.contains(&&c["authors"]);
    let authors = if student {
        Vec::new()
    } else {
        parse_author_segment(&c["authors"]).0
    };
    if authors.is_empty() && !student {
        return None;
    }
    let year = c["year"].parse::<i32>().ok()?;
    work.authors = authors;
    work.editors.clear();
    work.title = Some(c["title"].to_string());
    work.container = Some(journal.to_string());
    work.volume = Some(c["volume"].to_string());
    work.pages = Some(c["page"].to_string());
    work.number = None;
    work.date = Some(Date::year(year));
    c.name("pin")
        .map(|p| crate::parse::details::page_range(p.as_str()))
}

/// A book as the Bluebook cites it: its authors, its title, the page cited
/// ("88–90", ", at 120–21" after a title ending in a number), and in the
/// bracket its editors, edition or working paper's series and number
/// before the year.
static BOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<authors>[^,()\d]{3,60}(?:, [^,()\d]{3,60})*?,? (?:&|and) [^,()\d]{3,60}|[^,()\d]{3,80}), ",
        r"(?P<title>\p{Lu}[^()]{2,300}?)",
        r"(?:,? (?:at )?(?P<pin>\d{1,5}(?:[–-]\d{1,5})?(?:, \d{1,5}(?:[–-]\d{1,5})?)*)(?: n\.\s?\d{1,4})?)? ",
        r"\((?:(?P<editors>[^()\d]{3,120}?) eds?\., )?(?:(?P<edition>\d{1,2}(?:st|nd|rd|th|d)) ed\.,? )?",
        r"(?:(?P<series>[^()]{3,120}? (?:Paper|Report) No\. (?P<number>[\w.\-]{1,20})), )?",
        r"(?P<year>(?:1[5-9]|20)\d\d)\)[\s.,\[\]]*$",
    ))
    .expect("Bluebook book pattern")
});

/// What a book's title in the Bluebook's form does not hold: a volume and
/// an abbreviated journal ("…, 107 Nw. U. L. Rev. 1"), numbers after a
/// comma, pages ("Mind 59, pp", "Pub. L. No. 116-260, div. FF, title III,
/// 134 Stat.").
static NUMBERS_IN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", \d{1,4} \p{Lu}[\p{L}.'’ʼ]*\.?(?: |$)|\d, |, \d|(?:^| )pp?\.?(?: |$)| No\. ")
        .expect("numbers in a title pattern")
});

/// What [`bluebook_book`] read.
pub(in crate::parse::label) struct BookRead {
    /// The page cited.
    pub pinpoint: Option<String>,
    /// An essay in a book ("Title, in Book 15, 18 (Editor ed., 2020)").
    pub essay: bool,
}

/// Reads a book, or an essay in one, in the Bluebook's form; `None` when
/// the note is not one. Its authors are people named in full (a given
/// name of two letters or more), its title neither quoted nor a case's, so
/// other styles' notes ("Smith, J. (2019)", "Title (2019)") are left alone.
pub(in crate::parse::label) fn bluebook_book(plain: &str, work: &mut Work) -> Option<BookRead> {
    let plain = plain.trim();
    // "(2006)", "(2d ed. 2020)", "(… eds., 2013)": a year last, no place
    // and publisher.
    let year_last =
        |b: &str| b.len() >= 4 && b.as_bytes()[b.len() - 4..].iter().all(u8::is_ascii_digit);
    if closing_bracket(plain).is_none_or(|b| b.contains(':') || !year_last(b))
        || !plain.contains(", ")
    {
        return None;
    }
    let c = BOOK.captures(plain)?;
    let title = c["title"].trim_end_matches(',');
    // "Is the First Amendment Obsolete?, in The Perilous Public Square 15,
    // 18 (David E. Pozen ed., 2020)": an essay, its first page and the
    // page cited.
    let (title, book) = match title.split_once(", in ") {
        Some((title, book)) => (title, Some(book)),
        None => (title, None),
    };
    // "John Smith, Nature 405, 437 (2000)", "Ann. Phys. 17, 891 (1905)":
    // a journal's abbreviated or one-word name, its volume and page.
    let words = title
        .split_whitespace()
        .filter(|w| !(w.ends_with('.') && w.chars().count() <= 7))
        .count();
    if words < 2
        || title.contains(" v. ")
        || title.starts_with(['‘', '\''])
        || title.contains(['"', '“', '”', '«'])
        || NUMBERS_IN_TITLE.is_match(title)
        || title.contains(" supra")
    {
        return None;
    }
    // "Jane Roe, Title, Publisher, Place (1999)": the Bluebook names no
    // publisher or place, so one the labeller read in the title is
    // another style's.
    let imprint_in_title = [&work.publisher, &work.location].into_iter().any(|f| {
        f.as_deref()
            .is_some_and(|f| title.contains(f.trim_end_matches(['.', ','])))
    });
    if imprint_in_title {
        return None;
    }
    // "Turing, Alan, Computing Machinery and Intelligence": a name
    // inverted is another style's.
    if c["authors"]
        .split(", ")
        .any(|part| !part.trim().contains(' '))
    {
        return None;
    }
    // "Physical Review Letters 85, 2341 (2000)": a journal's volume and
    // page after a title without abbreviations, not a book's pages (an
    // essay gives its first page, then the page cited).
    if book.is_none() && c.name("pin").is_some_and(|p| p.as_str().contains(", ")) {
        return None;
    }
    let authors = people_in_full(&c["authors"])?;
    let year = c["year"].parse::<i32>().ok()?;
    work.authors = authors;
    work.editors = c
        .name("editors")
        .map(|e| parse_author_segment(e.as_str()).0)
        .unwrap_or_default();
    work.title = Some(title.trim_end_matches(',').to_string());
    work.container = book
        .or(c.name("series").map(|s| s.as_str()))
        .map(str::to_string);
    work.number = c.name("number").map(|n| n.as_str().to_string());
    if let Some(edition) = c.name("edition") {
        let digits: String = edition
            .as_str()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        work.edition = Some(digits);
    }
    work.volume = None;
    work.publisher = None;
    work.location = None;
    work.date = Some(Date::year(year));
    let pin = c.name("pin").map(|p| p.as_str());
    if book.is_some() {
        // The essay's first page, then the page cited.
        let (first, cited) = match pin.and_then(|p| p.split_once(", ")) {
            Some((first, cited)) => (Some(first), Some(cited)),
            None => (pin, None),
        };
        work.pages = first.map(str::to_string);
        return Some(BookRead {
            pinpoint: cited.map(str::to_string),
            essay: true,
        });
    }
    work.pages = None;
    Some(BookRead {
        pinpoint: pin.map(str::to_string),
        essay: false,
    })
}

/// People named in full, as the Bluebook names authors ("Jack Goldsmith &
/// Tim Wu"); `None` when any name is an organisation or initials alone.
fn people_in_full(segment: &str) -> Option<Vec<Name>> {
    let (names, _) = parse_author_segment(segment);
    let in_full = |n: &Name| {
        matches!(n, Name::Person { given, family, .. }
            if family.starts_with(char::is_uppercase)
                && given.split([' ', '.']).any(|g| g.chars().count() >= 2))
    };
    (!names.is_empty() && names.iter().all(in_full)).then_some(names)
}

/// A piece dated in brackets after its outlet, the Bluebook's form for
/// newspapers, magazines and sites: "Adam Smith, Title, N.Y. Times (Mar.
/// 24, 2022)", "Title, Eur. Comm'n (Apr. 25, 2023)", "Press Release, Body,
/// Title (Dec. 9, 2020)".
static DATED_PIECE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<head>[^()]{3,400}?)(?:, (?P<outlet>\p{Lu}[\p{L}.'’ʼ& ]{1,60}))? ",
        r"\((?P<date>(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, (?:19|20)\d\d)",
        r"(?:, \d{1,2}:\d\d ?[AaPp]\.?[Mm]\.?(?: [A-Z]{2,4})?)?\)[\s.,\[\]]*$",
    ))
    .expect("Bluebook dated piece pattern")
});

/// What the note's last bracket holds, when the note ends with it (a link
/// cut out of the note leaves its brackets: "(…, 2022), [ ].").
fn closing_bracket(plain: &str) -> Option<&str> {
    let end = plain.trim_end_matches(['.', ',', ' ', '[', ']']);
    let inner = end.strip_suffix(')')?;
    inner.rfind('(').map(|open| &inner[open + 1..])
}

/// Reads a piece dated in brackets ([`DATED_PIECE`]): the head is the
/// author and title when its first part names people in full, the title
/// when it is one part; a press release names its body after the words.
pub(super) fn bluebook_dated_piece(plain: &str, work: &mut Work) {
    let plain = plain.trim();
    // "(Mar. 24, 2022)": a month's name and a day before the year.
    if closing_bracket(plain)
        .is_none_or(|b| !b.starts_with(char::is_uppercase) || !b.contains(", "))
    {
        return;
    }
    let Some(c) = DATED_PIECE.captures(plain) else {
        return;
    };
    let head = c["head"].trim_end_matches(',');
    let Some(date) = crate::parse::dates::parse_date(&c["date"]) else {
        return;
    };
    let mut outlet = c.name("outlet").map(|o| o.as_str().trim().to_string());
    let before_date = plain[..c.name("date").map_or(0, |d| d.start())].trim_end_matches([' ', '(']);
    let (authors, title) = if let Some(rest) = before_date.strip_prefix("Press Release, ") {
        // The release's body, then its title (which the pattern may have
        // cut as an outlet).
        let Some((body, title)) = rest.split_once(", ") else {
            return;
        };
        outlet = None;
        (vec![Name::Organization(body.to_string())], title)
    } else {
        match head.split_once(", ") {
            // "A. Name, Title, in Proc. …, Place (Mar. 3, 2020)": a head
            // of several parts that names no one in full is another
            // style's.
            Some((who, title)) => match people_in_full(who) {
                Some(people) => (people, title),
                None => return,
            },
            // "Title, Outlet (date)": a title alone.
            None if outlet.is_some() => (Vec::new(), head),
            None => return,
        }
    };
    let title = title.trim_matches(['"', '“', '”', ',', ' ']);
    // "…," in Proc. …: a paper in proceedings, which the labeller reads.
    if title.contains(" v. ")
        || !title.contains(' ')
        || title.contains(", in ")
        || title.contains("\" in ")
        || title.contains("” in ")
    {
        return;
    }
    if work.location.is_some() && work.location == outlet {
        // "Atlantic": the outlet, not a place.
        work.location = None;
    }
    work.authors = authors;
    work.editors.clear();
    work.title = Some(title.to_string());
    work.container = outlet;
    work.volume = None;
    work.pages = None;
    work.number = None;
    work.publisher = None;
    work.date = Some(date);
}

/// "H.R. Rep. No. 115-572, at 3 (2018)", "S. Doc. No. 112-7 (2012)": a
/// report or document of Congress by its number.
static CONGRESS_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>(?:H\.R\.|S\.)\s(?:Rep|Doc)\.\sNo\.\s(?P<number>\d{1,3}-\d{1,4}))(?:,\spt\.\s\d+)?(?:,\sat\s\d+(?:[–-]\d+)?)?\s\((?P<year>(?:19|20)\d\d)\)")
        .expect("Congress report pattern")
});

/// "Hearing on Foreign Influence Operations … Before the S. Select Comm.
/// on Intel., 115th Cong. 4 (2018)", "Title: Hearing Before the H. Comm.
/// on …, 117th Cong. (2021)": a hearing, named by its title up to the
/// committee, then the Congress.
static HEARING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^()]{3,300}?\sBefore\s(?:the\s)?(?P<body>[^()]{3,200}?)),\s\d{1,3}(?:st|nd|rd|th)\sCong\.(?:\s\d+(?:[–-]\d+)?)?\s\((?P<year>(?:19|20)\d\d)\)")
        .expect("hearing pattern")
});

/// Reads a report, document or hearing of Congress: no author, the title
/// as the Bluebook gives it, the committee that held a hearing.
pub(super) fn congress_document(plain: &str, work: &mut Work) {
    let plain = plain.trim();
    // Both end on a year in brackets, and few notes do.
    if closing_bracket(plain).is_none_or(|b| !b.bytes().all(|c| c.is_ascii_digit())) {
        return;
    }
    let (c, hearing) = match CONGRESS_REPORT.captures(plain) {
        Some(c) => (c, false),
        None => match HEARING.captures(plain) {
            Some(c) => (c, true),
            None => return,
        },
    };
    let Ok(year) = c["year"].parse::<i32>() else {
        return;
    };
    work.authors.clear();
    work.editors.clear();
    work.title = Some(c["title"].to_string());
    work.number = c.name("number").map(|n| n.as_str().to_string());
    if hearing {
        work.institution = Some(c["body"].to_string());
    }
    work.container = None;
    work.volume = None;
    work.pages = None;
    work.publisher = None;
    work.date = Some(Date::year(year));
}
