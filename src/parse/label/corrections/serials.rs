//! The journal or series a work is in and its numbers, where the labeller
//! read them wrong: APA's issue without a volume, a year that is part of a
//! yearbook's name, a paper's number in its series, a German journal's
//! issue mark run into its name; and a title's words the labeller took for
//! a container's ("… in Belarus after 2020", "… in Azerbaijan and Belarus
//! revisited. Government and Opposition").

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// "Право України, (5), 112–128": APA's issue of a journal that numbers
/// no volumes, in brackets straight after the journal, read as a volume
/// (or lost, with the journal read into the title).
pub(super) fn issue_without_volume(plain: &str, work: &mut Work) {
    static ISSUE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^, \((\d{1,4})\),").expect("issue after pattern"));
    // The journal may be read into the title and the issue lost: "…
    // Санкційна політика ЄС. Зовнішні справи, (3), 20–27."
    if work.container.is_none()
        && work.number.is_none()
        && let Some(title) = work.title.as_deref()
        && let Some((head, journal)) = title.rsplit_once(". ")
        && let Some(at) = plain.find(title)
        && let Some(c) = ISSUE_AFTER.captures(&plain[at + title.len()..])
        // (Or read as a volume.)
        && work.volume.as_deref().is_none_or(|v| v == &c[1])
    {
        work.volume = None;
        let (head, journal, issue) = (head.to_string(), journal.to_string(), c[1].to_string());
        work.title = Some(head);
        work.container = Some(journal);
        work.number = Some(issue);
        return;
    }
    let (Some(container), Some(volume)) = (work.container.as_deref(), work.volume.as_deref())
    else {
        return;
    };
    if work.number.is_some() {
        return;
    }
    if plain.contains(&format!("{container}, ({volume})")) {
        work.number = work.volume.take();
        return;
    }
    // "Eluosi Dongou Zhongya yanjiu, (4), 33–50": the journal's last word
    // in small letters was read with the issue.
    static LAST_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ (\p{Ll}[\p{L}\-]*(?: \p{Ll}[\p{L}\-]*){0,2}), \((\d{1,4})\),")
            .expect("journal's last words pattern")
    });
    let Some(at) = plain.find(container) else {
        return;
    };
    if let Some(c) = LAST_WORDS.captures(&plain[at + container.len()..])
        && &c[2] == volume
    {
        work.container = Some(format!("{container} {}", &c[1]));
        work.number = work.volume.take();
    }
}

/// "in Nations in Transit 2023 (Washington, DC: Freedom House, 2023)": a
/// yearbook's name ends with a year, or a meeting's holds one, which the
/// labeller read as the date. The year is the name's where the imprint
/// after it gives a year again.
pub(super) fn year_in_container_name(plain: &str, work: &mut Work) {
    let (Some(container), Some(date)) = (work.container.as_deref(), work.date) else {
        return;
    };
    let named = format!("{container} {}", date.year);
    let Some(at) = plain.find(&named) else {
        return;
    };
    let after = &plain[at + named.len()..];
    let year_again = after
        .match_indices(&date.year.to_string())
        .any(|(i, _)| !after[i + 4..].starts_with(|c: char| c.is_ascii_digit()));
    if (after.starts_with(" (") || after.starts_with(", ")) && year_again {
        work.container = Some(named);
        return;
    }
    // "in Proceedings of the ACM SIGCOMM 2021 Workshop on … (New York: ACM,
    // 2021)": the name goes on after its year, up to the bracketed imprint
    // that gives the year again.
    if let Some(rest) = after.strip_prefix(' ')
        && rest.starts_with(char::is_uppercase)
        && let Some(open) = rest.find(" (")
        && !rest[..open].contains([',', '.', ';', ':'])
        && rest[open..].contains(&date.year.to_string())
    {
        work.container = Some(format!("{named} {}", &rest[..open]));
    }
}

/// "FIIA Briefing Paper 282 (Helsinki: …)", "OSW Commentary no. 293,
/// Centre for Eastern Studies", "BOFIT Policy Brief 2/2023": a paper's
/// number in its series, which the
/// labeller read as pages or ran into the container with the publisher.
pub(super) fn number_in_series(plain: &str, work: &mut Work) {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\s+(?:no\.|No\.|nr\.|Nr\.|№)\s*(\d{1,4}[a-z]?),\s+(\p{Lu}.+)$")
            .expect("numbered series pattern")
    });
    if work.number.is_some() || work.volume.is_some() {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    if let Some(c) = NUMBERED.captures(container)
        && crate::parse::names::is_organization(&c[3])
    {
        let (series, number, publisher) = (c[1].to_string(), c[2].to_string(), c[3].to_string());
        work.container = Some(series);
        work.number = Some(number);
        work.publisher.get_or_insert(publisher);
        return;
    }
    // "BOFIT Policy Brief 2/2023, 14 March 2023", "Working Paper 2023-05":
    // a number with its year, which the labeller read into the date.
    static NUMBER_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s(\d{1,3}/(?:19|20)?\d\d|(?:19|20)\d\d-\d{1,3})(?:[,.\s]|$)")
            .expect("number of a year pattern")
    });
    // "2023-05" read as pages: the year and a hyphen open them.
    let year_first_pages = work.pages.as_deref().is_some_and(|p| {
        p.len() > 5 && (p.starts_with("19") || p.starts_with("20")) && p.as_bytes()[4] == b'-'
    });
    if (memchr::memchr(b'/', plain.as_bytes()).is_some() || year_first_pages)
        && let Some(at) = plain.find(container)
        && plain[at + container.len()..].starts_with(' ')
        && plain[at + container.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
        && let Some(c) = NUMBER_OF_YEAR.captures(&plain[at + container.len()..])
        && crate::parse::kind::is_report_series(container)
    {
        let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
        if work
            .pages
            .as_deref()
            .is_some_and(|p| digits(p) == digits(&c[1]))
        {
            work.pages = None;
        }
        work.number = Some(c[1].to_string());
        return;
    }
    if let Some(pages) = work.pages.as_deref()
        && pages.chars().all(|c| c.is_ascii_digit())
        && crate::parse::kind::is_report_series(container)
        && (plain.contains(&format!("{container} {pages}"))
            || numbered_after(plain, container, pages))
    {
        work.number = work.pages.take();
        return;
    }
    // "OIES Energy Insight 122 (Oxford: OIES, October 2022)", "OIES Paper
    // NG 186 (Oxford: …)": a number between a series and a place with its
    // publisher, which a journal never has; a code of capitals before the
    // number is part of it.
    if let Some(pages) = work.pages.as_deref()
        && pages.bytes().all(|b| b.is_ascii_digit())
        && work.location.is_some()
        && work.publisher.is_some()
        && plain.contains(&format!("{container} {pages} ("))
    {
        let code = container.rsplit_once(' ').filter(|(_, last)| {
            (1..=3).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase())
        });
        let number = match code {
            Some((series, code)) => {
                let number = format!("{code} {pages}");
                work.container = Some(series.to_string());
                number
            }
            None => pages.to_string(),
        };
        work.number = Some(number);
        work.pages = None;
    }
}

/// "Komentarze OSW, 2022, nr 450", "„Komentarze OSW” 2020, nr 350": the
/// series, its year, then the item's number with its mark.
fn numbered_after(plain: &str, series: &str, number: &str) -> bool {
    let Some(at) = plain.find(series) else {
        return false;
    };
    let after = plain[at + series.len()..].trim_start_matches(['”', '“', '»', '"']);
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    // The year, if it stands between.
    let after = match after.get(..4) {
        Some(year) if year.bytes().all(|b| b.is_ascii_digit()) => {
            after[4..].trim_start_matches([',', ' '])
        }
        _ => after,
    };
    ["nr ", "nr. ", "Nr. ", "no. ", "No. ", "№ "]
        .iter()
        .any(|mark| {
            after
                .strip_prefix(mark)
                .and_then(|rest| rest.strip_prefix(number))
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// "Resisting the irresistible: 'Failed opposition' in Azerbaijan and
/// Belarus revisited. Government and Opposition, 54(4)": a title's "in"
/// after a quotation taken for the start of a container; the container is
/// the sentence after the title's end.
pub(super) fn title_words_after_in(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some((head, journal)) = container.rsplit_once(". ") else {
        return;
    };
    if !journal.starts_with(|c: char| c.is_uppercase())
        || !plain.contains(&format!("{title} in {head}. {journal}"))
    {
        return;
    }
    let (title, journal) = (format!("{title} in {head}"), journal.to_string());
    work.title = Some(title);
    work.container = Some(journal);
}

/// "Protest Movements in Belarus after 2020, arXiv:…, 2022": a title's
/// words with no comma or stop before them, taken for a container's: "in"
/// and a name, or words in small letters ("… in Russia | after 2011"). With
/// no editors, publisher, volume or pages to make it a book's or journal's,
/// the words go back to the title, and so does a year right after them
/// where a later year in the note gives the date.
pub(super) fn title_words_read_as_container(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if !work.editors.is_empty()
        || work.publisher.is_some()
        || work.volume.is_some()
        || work.pages.is_some()
    {
        return;
    }
    let mut joined = if container.starts_with(char::is_uppercase) {
        format!("{title} in {container}")
    } else if container.starts_with(char::is_lowercase) && container.split(' ').count() <= 3 {
        format!("{title} {container}")
    } else {
        return;
    };
    let Some(at) = plain.find(&joined) else {
        return;
    };
    let after = &plain[at + joined.len()..];
    let year_of = |text: &str| {
        text.get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1800..=2100).contains(y))
    };
    if let Some(year) = after.strip_prefix(' ').and_then(year_of)
        && let Some(later) = after[5..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() == 4)
            .find_map(year_of)
    {
        joined.push_str(&format!(" {year}"));
        work.date = Some(crate::entry::Date::year(later));
    }
    work.title = Some(joined);
    work.container = None;
}

/// "in: Osteuropa 70, H. 10 (2020)": a German journal's volume, then its
/// issue's mark, which the labeller ran into the journal's name, reading
/// the issue as the volume.
pub(super) fn issue_mark_ends_container(work: &mut Work) {
    let (Some(container), Some(issue)) = (work.container.as_deref(), work.volume.as_deref()) else {
        return;
    };
    if work.number.is_some() {
        return;
    }
    let Some(head) = [", H.", ", Heft", ", Nr."]
        .iter()
        .find_map(|mark| container.strip_suffix(mark))
    else {
        return;
    };
    let Some((name, volume)) = head.rsplit_once(' ') else {
        return;
    };
    if name.is_empty() || volume.is_empty() || !volume.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    let (name, volume, issue) = (name.to_string(), volume.to_string(), issue.to_string());
    work.container = Some(name);
    work.volume = Some(volume);
    work.number = Some(issue);
}
