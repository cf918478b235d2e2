//! GOST's and DSTU's serials after `//`: proceedings whose title names the
//! conference's place and days up to the imprint (`// Журналістыка-2018 :
//! матэрыялы … канф., Мінск, 6–7 снеж. 2018 г. Мінск : БДУ, 2018`), a
//! journal's series the labeller ran on past the year (`// Вісник … Серія:
//! Міжнародні відносини. 2018. Вип. 1 (47).`), a journal's issue named
//! `Ч.` after the year (`Критика. 2019. Ч. 5–6.`), a journal's name cut
//! before its words in lower case (`// Высшее образование | в России. –
//! 2016.`), and a newspaper's or journal's list of pages (`С. 1, 3.`, `С.
//! 1, 5–7.`).

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::details::page_range;

/// "// Title : матэрыялы … канф., Place, days Month Year г. Place : Publisher,
/// Year": the proceedings up to the stop before the imprint, and the
/// imprint's year.
static PROCEEDINGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\s//\s+(\p{Lu}[^/]{2,250}?\s:\s+(?i:материалы|матэрыялы|матеріали|тезисы|тэзісы|тези)\s",
        r"[^/]{3,250}?(?:1[5-9]|20)\d\d\s*[гр]\.\)?)\.?\s+(?:[–—-]\s+)?",
        r"\p{Lu}[\p{L}\-]*\.?(?:\s\p{Lu}[\p{L}\-]+)?\s*:\s[^,/]{1,80},\s*((?:1[5-9]|20)\d\d)\b",
    ))
    .expect("GOST proceedings pattern")
});

/// The proceedings of a GOST item after `//`, with the conference's place
/// and days that name them (as [`super::imprint::conference_place_and_dates`]
/// keeps them), where the labeller cut them short or read none; the
/// conference's day is not the publication's date.
pub(super) fn proceedings_after_slashes(plain: &str, work: &mut Work) {
    if !plain.contains(" // ") || !plain.contains(" : ") {
        return;
    }
    // The words of proceedings and abstracts, without their first letter
    // (either case), before the pattern.
    if !["атериал", "атэрыял", "атеріал", "езис", "эзіс", "ези "]
        .iter()
        .any(|w| plain.contains(w))
    {
        return;
    }
    let Some(c) = PROCEEDINGS.captures(plain) else {
        return;
    };
    let whole = c[1].trim();
    // "Минск, 27–29 окт. 2021 г.": the conference's days, read as the
    // pages; the pages after the imprint are the work's.
    let dashed = |t: &str| t.replace("--", "-").replace('–', "-");
    if work
        .pages
        .as_deref()
        .is_some_and(|p| p.contains('-') || p.contains('–'))
        && work
            .pages
            .as_deref()
            .is_some_and(|p| dashed(whole).contains(&format!(" {} ", dashed(p))))
    {
        work.pages = None;
    }
    let cut = work
        .container
        .as_deref()
        .is_none_or(|k| k != whole && whole.starts_with(k.trim_end_matches('.')));
    if !cut {
        return;
    }
    work.container = Some(whole.to_string());
    let year: i32 = c[2].parse().unwrap_or(0);
    if work
        .date
        .is_none_or(|d| d.year == year && d.month.is_some())
    {
        work.date = Some(Date::year(year));
    }
}

/// "// Вісник … Серія: Міжнародні відносини. 2018. Вип": a journal the
/// labeller read on past its year. The journal ends before the year, which
/// is the work's; after an issue's mark, the number read as the volume is
/// the issue's (its running number in brackets goes).
pub(super) fn journal_runs_past_year(plain: &str, work: &mut Work) {
    static PAST_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.{3,}?)\.\s+((?:1[5-9]|20)\d\d)\.(?:\s+(.*))?$")
            .expect("journal past its year pattern")
    });
    if !plain.contains(" // ") {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // A stop and a digit after it, before the pattern.
    let stop_and_digit = container
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_digit());
    if !stop_and_digit {
        return;
    }
    let Some(c) = PAST_YEAR.captures(container) else {
        return;
    };
    let rest = c.get(3).map_or("", |m| m.as_str()).trim_end_matches('.');
    if !rest.is_empty() && !matches!(rest, "Вип" | "Вып" | "№" | "Т") {
        return;
    }
    let year: i32 = c[2].parse().unwrap_or(0);
    let journal = c[1].to_string();
    if matches!(rest, "Вип" | "Вып" | "№") && work.volume.is_some() {
        work.number = work.volume.take();
    }
    work.container = Some(journal);
    if work.date.is_none() {
        work.date = Some(Date::year(year));
    }
}

/// "// Высшее образование в России. – 2016. – № 4.": a journal's name the
/// labeller ended before its words in lower case, which it read as
/// something else. Names in Russian, Ukrainian and Belarusian run on in
/// lower case ("в России", "и право", "і жыццё"); the name ends at the stop
/// before GOST's dash, the year or the issue, and no digit, colon or slash
/// comes before it.
pub(super) fn journal_cut_before_lowercase_words(plain: &str, work: &mut Work) {
    static REST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s(\p{Ll}[\p{L}\s\-]*?)\.\s+(?:[–—-]\s+)?(?:(?:1[5-9]|20)\d\d|№)")
            .expect("journal's words in lower case pattern")
    });
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // The name right after "// ", and a space and a lower-case letter
    // right after it, asked first: most names end at a stop.
    let Some(after) = memchr::memmem::find_iter(plain.as_bytes(), b"// ")
        .find_map(|at| plain[at + 3..].strip_prefix(container))
    else {
        return;
    };
    if !after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(char::is_lowercase))
    {
        return;
    }
    let Some(c) = REST.captures(after) else {
        return;
    };
    // Unbounded in the pattern, whose bounded repeat of a Unicode class
    // took longer to build than the notes took to read; bounded here.
    let words = &c[1];
    if words.len() <= 80 && words.split_whitespace().count() <= 4 {
        work.container = Some(format!("{container} {words}"));
    }
}

/// "// Критика. 2019. Ч. 5–6. С. 10–15.": a journal's issue by its number
/// (`число`) right after the year, read as the volume. In a book `Ч.` is a
/// part; after a journal's year, with no volume named, it is the issue.
pub(super) fn issue_named_part(plain: &str, work: &mut Work) {
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s//\s[^/]+?\.\s(?:1[5-9]|20)\d\d\.\sЧ\.\s?(\d{1,3}(?:[–-]\d{1,3})?)\.\s")
            .expect("issue named part pattern")
    });
    if work.number.is_some() || work.volume.is_none() || !plain.contains(" Ч. ") {
        return;
    }
    let Some(c) = ISSUE.captures(plain) else {
        return;
    };
    if work.volume.as_deref() == Some(&c[1]) && !plain.contains(" Т. ") {
        work.number = work.volume.take();
    }
}

/// "С. 1, 3.", "С. 1, 5–7.": the pages of a part in a newspaper or journal
/// (after `//`), listed; the labeller may have kept the first only, or
/// read it as the volume.
pub(super) fn list_of_pages(plain: &str, work: &mut Work) {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[СC]\.\s*(\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)+)\.?\s*$")
            .expect("GOST list of pages pattern")
    });
    if !plain.contains(" // ") || !plain.contains(", ") {
        return;
    }
    // The last mark of pages, after a space.
    let Some(at) = plain.rfind(" С.").or_else(|| plain.rfind(" C.")) else {
        return;
    };
    let Some(c) = LIST.captures(&plain[at + 1..]) else {
        return;
    };
    let parts: Vec<String> = c[1].split(',').map(|p| page_range(p.trim())).collect();
    let first = c[1]
        .split([',', '–', '-'])
        .next()
        .unwrap_or_default()
        .trim();
    // The first page read as the volume, the rest as the pages.
    if work.volume.as_deref() == Some(first) && !plain.contains("Т. ") {
        work.volume = None;
    }
    work.pages = Some(parts.join(", "));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proceedings_named_with_the_conference_s_days() {
        let plain = "Лабода С. Медыя // Журналістыка-2018 : матэрыялы 20-й Міжнар. навук.-практ. канф., Мінск, 6–7 снеж. 2018 г. Мінск : БДУ, 2018. Вып. 20. С. 55–57.";
        let mut work = Work {
            date: Some(Date {
                year: 2018,
                month: Some(12),
                day: Some(7),
            }),
            ..Work::default()
        };
        proceedings_after_slashes(plain, &mut work);
        assert_eq!(
            work.container.as_deref(),
            Some(
                "Журналістыка-2018 : матэрыялы 20-й Міжнар. навук.-практ. канф., Мінск, 6–7 снеж. 2018 г."
            )
        );
        assert_eq!(work.date, Some(Date::year(2018)));
        // A container that is no head of the proceedings stays.
        let mut other = Work {
            container: Some("Вестник БГУ".into()),
            ..Work::default()
        };
        proceedings_after_slashes(plain, &mut other);
        assert_eq!(other.container.as_deref(), Some("Вестник БГУ"));
    }

    #[test]
    fn a_series_run_past_the_year_and_an_issue_read_as_volume() {
        let plain =
            "Коваль І. Назва // Вісник університету. Серія: Історія. 2016. Вип. 2 (31). С. 7–12.";
        let mut work = Work {
            container: Some("Вісник університету. Серія: Історія. 2016. Вип".into()),
            volume: Some("2".into()),
            number: Some("31".into()),
            ..Work::default()
        };
        journal_runs_past_year(plain, &mut work);
        assert_eq!(
            work.container.as_deref(),
            Some("Вісник університету. Серія: Історія")
        );
        assert_eq!(work.date, Some(Date::year(2016)));
        assert_eq!(
            (work.volume.as_deref(), work.number.as_deref()),
            (None, Some("2"))
        );
        // A journal's name with a year inside and words after it stays.
        let mut named = Work {
            container: Some("Журналістыка. 2018. Навука і практыка".into()),
            ..Work::default()
        };
        journal_runs_past_year(plain, &mut named);
        assert_eq!(
            named.container.as_deref(),
            Some("Журналістыка. 2018. Навука і практыка")
        );
    }

    #[test]
    fn pages_listed_after_their_mark() {
        let mut work = Work {
            volume: Some("1".into()),
            pages: Some("5--7".into()),
            ..Work::default()
        };
        list_of_pages(
            "Романов П. Партии // Газета. 2004. 2 марта. С. 1, 5–7.",
            &mut work,
        );
        assert_eq!(work.volume, None);
        assert_eq!(work.pages.as_deref(), Some("1, 5--7"));
        // A book's pages are the place cited, not listed here.
        let mut book = Work::default();
        list_of_pages("Петров П. Книга. М. : Наука, 2001. С. 4, 9.", &mut book);
        assert_eq!(book.pages, None);
    }
}
