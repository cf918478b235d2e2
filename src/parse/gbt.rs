//! GB/T 7714, the Chinese national standard for references, read exactly
//! by its form: `作者1, 作者2, 等. 题名[J]. 刊名, 2019, 40(3): 5-9.`. The
//! document code in brackets gives the type; the head (authors and title
//! before it) and the tail of a journal's or newspaper's item (`刊名, 年,
//! 卷(期): 页码[引用日期]`, `报纸名, 2023-03-22(2)`) leave no doubt, so
//! their reading replaces the labeller's. A part's book after `//` is read
//! here too.

use std::sync::LazyLock;

use regex::Regex;

use super::label::assemble::{GBT_CODES, is_gbt_code, type_of_code};
use super::{Work, dates, details, label, names, text};
use crate::entry::{Date, Name};

/// "王磊,李洋.题名[J].刊名,2019,40(03):51-60.": CNKI's export of a GB/T
/// reference without the spaces after its marks, spaced as the standard
/// writes it, so the labeller sees its parts as words; `None` when the
/// note has no document code or nothing to space. A stop inside an
/// address or a DOI (Latin letters or digits on both sides) stays.
pub(super) fn spaced(note: &str) -> Option<String> {
    // Every note passes here: only a bracket opening a code is looked at.
    let coded = memchr::memchr_iter(b'[', note.as_bytes()).any(|at| {
        let code = &note.as_bytes()[at + 1..];
        matches!(code, [b'J' | b'M' | b'D' | b'N' | b'C' | b'R', b']', ..])
            || code.starts_with(b"EB/OL]")
    });
    if !coded || !note.chars().any(label::tokens::is_cjk) {
        return None;
    }
    let chars: Vec<char> = note.chars().collect();
    let mut out = String::with_capacity(note.len() + 16);
    let mut changed = false;
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        let (Some(&prev), Some(&next)) = (
            i.checked_sub(1).and_then(|p| chars.get(p)),
            chars.get(i + 1),
        ) else {
            continue;
        };
        let cjk_or = |x: char, extra: &str| label::tokens::is_cjk(x) || extra.contains(x);
        let space = match c {
            '.' => cjk_or(prev, "]") && !next.is_whitespace(),
            ',' => cjk_or(prev, "0123456789") && (cjk_or(next, "0123456789(")),
            ':' => cjk_or(prev, ")") && !next.is_whitespace() && !next.is_ascii_alphabetic(),
            _ => false,
        };
        if space {
            out.push(' ');
            changed = true;
        }
    }
    changed.then_some(out)
}

/// "国务院关于印发…的通知: 国发〔2021〕23号[EB/OL].": the head of a work
/// without authors, its title with no stop before its code in brackets;
/// the title, the code and where the code's bracket closes.
fn title_first(md: &str) -> Option<(&str, &str, usize)> {
    let open = memchr::memchr(b'[', md.as_bytes())?;
    let title = md[..open].trim();
    let n = title.chars().count();
    if !(2..=200).contains(&n) || title.contains(['.', ']']) {
        return None;
    }
    let close = open + memchr::memchr(b']', &md.as_bytes()[open..])?;
    let code = &md[open + 1..close];
    is_gbt_code(code).then_some((title, code, close + 1))
}

/// A GB/T 7714 head, exact by its form: "作者1, 作者2, 等. 题名[J]." or
/// "BAKER S K, JACKSON M E. Title[M]."; the document code gives the type,
/// and an online work's "(2019-06-20)[2021-03-05]" its date and access date.
pub(super) fn head(md: &str, labelled: &mut label::assemble::Assembled) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            &format!(r"^\s*(?P<authors>[^.\[\]]{{1,120}}?)\.\s*(?P<title>[^\[\]]+?)\s*\[(?P<code>{GBT_CODES})\]"),
        )
        .expect("GB/T head pattern")
    });
    static ONLINE_DATES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\((\d{4}-\d{2}-\d{2})\)\s*\[(\d{4}-\d{2}-\d{2})\]")
            .expect("GB/T dates pattern")
    });
    // Every head has its code in brackets.
    if memchr::memchr(b'[', md.as_bytes()).is_none() {
        return false;
    }
    let (authors, title, code, end) = match HEAD.captures(md) {
        Some(c) => (
            c.name("authors").map_or("", |m| m.as_str()),
            c.name("title").map_or("", |m| m.as_str()),
            c.name("code").map_or("", |m| m.as_str()),
            c.get(0).map_or(0, |m| m.end()),
        ),
        None => match title_first(md) {
            Some((title, code, end)) => ("", title, code, end),
            None => return false,
        },
    };
    // The author-date form puts the year after the names: "陈登原, 2000.".
    static YEAR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[,，]\s*(\d{4})[a-z]?$").expect("year pattern"));
    let mut authors = authors.trim();
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
    work.title = Some(text::plain(title.trim()));
    work.title_translated = None;
    labelled.type_code = Some(type_of_code(code));
    if let Some(d) = ONLINE_DATES.captures(md) {
        work.date = dates::parse_date(&d[1]).or(work.date);
        work.urldate = dates::parse_date(&d[2]).or(work.urldate);
    }
    if let Some(after) = md[end..].trim_start().strip_prefix("//") {
        gbt_book_of_part(after, work);
        // "题名[M]//编者. 书名": a chapter of the book after the "//".
        if code.starts_with('M') && work.container.is_some() {
            labelled.type_code = Some("incollection");
        }
    } else if let Some(tail) = md.get(end..) {
        periodical_tail(tail, code, work);
    }
    if work.container.as_deref() == work.title.as_deref() {
        work.container = None;
    }
    // "中华人民共和国网络安全法[Z]. 2016-11-07.": a date alone after the
    // code is the work's.
    if work.date.is_none()
        && let Some(tail) = md.get(end..)
        && let Some(date) = dates::parse_date(tail.trim().trim_matches('.').trim())
    {
        work.date = Some(date);
    }
    // "题名[D]. 华东师范大学, 2018.": a thesis's university without its city,
    // read as a container, grants it.
    if code == "D" && work.publisher.is_none() && work.institution.is_none() {
        work.publisher = work.container.take();
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

/// The tail of a journal's or newspaper's item after its code: "刊名, 2016,
/// 37(7): 4-25[2023-05-01]" (year, volume, issue, pages, the date it was
/// cited) or "人民日报, 2023-03-22(2)" (the day and the paper's page). Where the whole
/// tail has that form, its parts replace the labeller's: an access date
/// in brackets is never the date of the work.
fn periodical_tail(tail: &str, code: &str, work: &mut Work) {
    static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*\.\s*(?P<journal>[^,\[\]():]{1,80}?)\s*,\s*(?P<year>(?:1[89]|20)\d\d)",
            r"\s*(?:,\s*(?P<volume>\d{1,4}))?\s*(?:\(\s*(?P<issue>[^()]{1,12}?)\s*\))?",
            r"\s*(?::\s*(?P<pages>[\dA-Za-z]{1,8}(?:\s*[-–—]+\s*[\dA-Za-z]{1,8})?))?",
            r"\s*(?:\[(?P<cited>\d{4}-\d{1,2}-\d{1,2})\])?[\s.]*$",
        ))
        .expect("GB/T journal tail pattern")
    });
    static NEWSPAPER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*\.\s*(?P<paper>[^,\[\]():]{1,60}?)\s*,\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})",
            r"\s*(?:\(\s*(?P<page>[\dA-Z]{1,4})\s*\))?",
            r"\s*(?:\[(?P<cited>\d{4}-\d{1,2}-\d{1,2})\])?[\s.]*$",
        ))
        .expect("GB/T newspaper tail pattern")
    });
    let cited = |c: &regex::Captures| c.name("cited").and_then(|d| dates::parse_date(d.as_str()));
    match code.strip_suffix("/OL").unwrap_or(code) {
        "J" => {
            let Some(c) = JOURNAL.captures(tail) else {
                return;
            };
            work.container = Some(c["journal"].trim().to_string());
            work.date = c["year"]
                .parse()
                .ok()
                .and_then(|y| Date::new(y, None, None));
            work.volume = c.name("volume").map(|m| m.as_str().to_string());
            work.number = c.name("issue").map(|m| m.as_str().trim().to_string());
            work.pages = c.name("pages").map(|m| details::page_range(m.as_str()));
            work.urldate = cited(&c).or(work.urldate);
        }
        "N" => {
            let Some(c) = NEWSPAPER.captures(tail) else {
                return;
            };
            work.container = Some(c["paper"].trim().to_string());
            work.date = dates::parse_date(&c["date"]).or(work.date);
            // The page in brackets is the paper's page (版), which a
            // newspaper's item is not cited by; it is left out, as the
            // labeller left it.
            work.urldate = cited(&c).or(work.urldate);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(tail: &str, code: &str) -> Work {
        let mut work = Work::default();
        periodical_tail(tail, code, &mut work);
        work
    }

    #[test]
    fn codes_and_their_types() {
        let codes = Regex::new(&format!("^(?:{GBT_CODES})$")).expect("codes");
        for (code, kind) in [
            ("J", "article"),
            ("R/OL", "report"),
            ("N/OL", "article"),
            ("D", "thesis"),
            ("EB/OL", "online"),
            ("Z", "misc"),
        ] {
            assert!(codes.is_match(code), "{code}");
            assert_eq!(type_of_code(code), kind, "{code}");
        }
        assert!(!codes.is_match("OL"));
    }

    #[test]
    fn a_journal_item_with_the_date_it_was_cited() {
        let w = tail(". 当代亚太, 2022, 15(4): 33-51[2023-02-01]. ", "J/OL");
        assert_eq!(w.container.as_deref(), Some("当代亚太"));
        assert_eq!(w.date, Date::new(2022, None, None));
        assert_eq!(w.volume.as_deref(), Some("15"));
        assert_eq!(w.number.as_deref(), Some("4"));
        assert_eq!(w.pages.as_deref(), Some("33--51"));
        assert_eq!(w.urldate, Date::new(2023, Some(2), Some(1)));
        // An issue after a space, no volume.
        let w = tail(". 外交评论, 2019 (2): 1-20.", "J");
        assert_eq!(w.number.as_deref(), Some("2"));
        assert_eq!(w.volume, None);
    }

    #[test]
    fn a_newspaper_item_with_its_day_and_page() {
        let w = tail(". 光明日报, 2021-11-05[2022-01-09]. ", "N/OL");
        assert_eq!(w.container.as_deref(), Some("光明日报"));
        assert_eq!(w.date, Date::new(2021, Some(11), Some(5)));
        assert_eq!(w.urldate, Date::new(2022, Some(1), Some(9)));
        let w = tail(". 经济日报, 2020-06-01(3).", "N");
        assert_eq!(w.date, Date::new(2020, Some(6), Some(1)));
        assert_eq!(w.pages, None);
    }

    #[test]
    fn other_tails_are_left_to_the_labeller() {
        assert_eq!(tail(". 北京: 人民出版社, 2019.", "J"), Work::default());
        assert_eq!(
            tail(". 刊名, 2019, 3(2): 5-9. 另见某处", "J"),
            Work::default()
        );
    }
}
