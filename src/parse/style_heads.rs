//! Heads of references whose whole form one style fixes, read by the
//! rules before anything else in [`super::heads`]: GB/T 7714's head with
//! its document code (and a part's book after `//`), APA's entry without
//! an author (`*Title*. (1995).`), the Italian form with the journal in
//! guillemets after names joined by dashes.

use std::sync::LazyLock;

use regex::Regex;

use super::{Work, dates, label, names, text};
use crate::entry::{Date, Name};

/// The Italian form: "A. Rossi - B. Bianchi, Title, «Journal», 45 (2003),
/// pp. 12-30" (or "Title, in «Journal», …"): names joined by dashes, the
/// title unquoted or in guillemets too, the journal in guillemets before
/// its volume or year;
/// older volumes in Roman numerals ("«Nord e Sud», III (1956)"), a series
/// before them ("s. V, 58-59").
pub(super) fn journal_in_guillemets(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    // No `\b`: a Unicode word boundary makes the lazy DFA give up on
    // Cyrillic or Chinese notes, and every note would then be searched by
    // backtracking.
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?P<authors>[^,«»]+),\s*(?P<title>«[^«»]+»|[^«»]+?),\s*(?:in\s+)?«(?P<journal>[^«»]+)»,?\s*(?:(?:n\.\s*)?s\.\s*[IVXLC\d]{1,5}[\s,]+)?(?:(?P<roman>[IVXLC]{1,7})[\s,]+)?(?:\d|\()")
            .expect("guillemet journal pattern")
    });
    let Some(c) = FORM.captures(md) else {
        return false;
    };
    let authors = c["authors"].replace(" - ", "; ").replace(" – ", "; ");
    let (names, editors) = names::parse_author_segment(&authors);
    if names.is_empty() || names.iter().any(|n| matches!(n, Name::Organization(_))) || editors {
        return false;
    }
    let work = &mut labelled.work;
    work.authors = names;
    // "«La Russia e l'Europa», in «Rivista …»": the title in guillemets too.
    let title = c["title"].trim();
    let title = title
        .strip_prefix('«')
        .and_then(|t| t.strip_suffix('»'))
        .unwrap_or(title);
    work.title = Some(text::plain(title.trim()));
    work.container = Some(c["journal"].trim().to_string());
    if let Some(roman) = c.name("roman") {
        // The labeller may have read the numeral as the journal, and the
        // issue after it ("II (1961), n. 3") as the volume.
        let roman = roman.as_str().to_string();
        if let Some(other) = work.volume.take().filter(|v| *v != roman) {
            work.number.get_or_insert(other);
        }
        work.volume = Some(roman);
    }
    true
}

/// An APA reference without author: "*Title*. (1995). …" puts the
/// italic title where the author would be; an author is never italic.
pub(super) fn apa_title_first(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\x01(?P<title>[^\x01\x02]+)\x02\.?\s*\((?P<year>\d{4})[a-z]?(?:,[^)]*)?\)\.",
        )
        .expect("APA title-first pattern")
    });
    let Some(c) = HEAD.captures(md) else {
        return false;
    };
    let work = &mut labelled.work;
    work.authors.clear();
    work.title = Some(c["title"].trim().trim_end_matches('.').to_string());
    if work.date.is_none() {
        work.date = c["year"]
            .parse()
            .ok()
            .and_then(|y| Date::new(y, None, None));
    }
    labelled.cues.title_italic = true;
    true
}

/// A GB/T 7714 head, exact by its form: "作者1, 作者2, 等. 题名[J]." or
/// "BAKER S K, JACKSON M E. Title[M]."; the document code gives the type,
/// and an online work's "(2019-06-20)[2021-03-05]" its date and access date.
pub(super) fn gbt_head(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?P<authors>[^.\[\]]{1,120}?)\.\s*(?P<title>[^\[\]]+?)\s*\[(?P<code>J|M|C|D|R|N|S|P|G|Z|A|EB/OL|DB/OL|M/OL|J/OL|N/OL|CP/DK)\]",
        )
        .expect("GB/T head pattern")
    });
    static ONLINE_DATES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\((\d{4}-\d{2}-\d{2})\)\s*\[(\d{4}-\d{2}-\d{2})\]")
            .expect("GB/T dates pattern")
    });
    let Some(c) = HEAD.captures(md) else {
        return false;
    };
    // The author-date form puts the year after the names: "陈登原, 2000.".
    static YEAR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[,，]\s*(\d{4})[a-z]?$").expect("year pattern"));
    let mut authors = c["authors"].trim();
    let year = YEAR_AFTER.captures(authors).and_then(|y| {
        let year = y.get(1)?.as_str().parse::<i32>().ok()?;
        authors = authors[..y.get(0)?.start()].trim();
        Date::new(year, None, None)
    });
    let work = &mut labelled.work;
    if work.date.is_none() {
        work.date = year;
    }
    work.authors = if authors.chars().any(label::tokens::is_cjk) {
        names::whole_names(authors)
    } else {
        authors
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| match capitals_and_initials(n) {
                Some(person) => person,
                None if n.eq_ignore_ascii_case("et al") => Name::Others,
                None => Name::Organization(n.to_string()),
            })
            .collect()
    };
    work.editors.clear();
    work.title = Some(text::plain(c["title"].trim()));
    work.title_translated = None;
    labelled.type_code = Some(label::assemble::type_of_code(&c["code"]));
    if let Some(d) = ONLINE_DATES.captures(md) {
        work.date = dates::parse_date(&d[1]).or(work.date);
        work.urldate = dates::parse_date(&d[2]).or(work.urldate);
    }
    if let Some(after) = md[c.get(0).map_or(0, |m| m.end())..]
        .trim_start()
        .strip_prefix("//")
    {
        gbt_book_of_part(after, work);
    }
    if work.container.as_deref() == work.title.as_deref() {
        work.container = None;
    }
    true
}

/// The book a GB/T 7714 part is in, after its "//": "编者. 书名. 出版地:
/// 出版者, 年: 页码" or "书名. 出版地: …"; the segments before the imprint
/// (the first with a colon or a year) are the editors and the book.
fn gbt_book_of_part(after: &str, work: &mut Work) {
    let mut heads = Vec::new();
    for segment in after.split(". ") {
        let segment = segment.trim();
        if segment.contains(':') || segment.chars().take(4).all(|c| c.is_ascii_digit()) {
            break;
        }
        heads.push(segment);
    }
    let (editors, book) = match heads.as_slice() {
        [book] => (None, *book),
        [editors, book] => (Some(*editors), *book),
        _ => return,
    };
    if book.is_empty() {
        return;
    }
    work.container = Some(text::plain(book));
    if let Some(editors) = editors.filter(|e| e.chars().any(label::tokens::is_cjk)) {
        work.editors = names::whole_names(editors.trim_end_matches(['主', '编']));
    }
}

/// "BAKER S K", "Allison G" (GB/T 7714's Latin names: the family name in
/// capitals, or in title case before initials only, then
/// initials without stops, or given names) as Baker, S. K.
fn capitals_and_initials(name: &str) -> Option<Name> {
    let mut words = name.split_whitespace();
    let family = words.next()?;
    let initials: Vec<&str> = words.collect();
    let is_initial = |w: &str| w.chars().count() <= 2 && w.chars().all(char::is_uppercase);
    let is_given = |w: &&str| is_initial(w) || w.chars().next().is_some_and(char::is_uppercase);
    let capitals = family
        .chars()
        .all(|c| c.is_uppercase() || c == '-' || c == '\'');
    // "Allison G": a family name in title case is a person's only when
    // initials alone follow it.
    let title_case = family.chars().next().is_some_and(char::is_uppercase)
        && family
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’' | 'ʼ'))
        && initials.iter().all(|w| is_initial(w));
    if family.chars().count() < 2
        || !(capitals || title_case)
        || initials.is_empty()
        || !initials.iter().all(is_given)
    {
        return None;
    }
    let family: String = family
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join("-");
    let given = initials
        .iter()
        .map(|i| {
            if is_initial(i) {
                format!("{i}.")
            } else {
                (*i).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(Name::person(&family, &given))
}
