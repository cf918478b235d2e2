//! Imprints: the labeller's reading of years, series and numbers after a
//! title corrected where the layout says otherwise. OSCOLA's "(CUP 2016)"
//! imprint, an issue numbered within its year, a series in brackets, a
//! date among unplaced words, GOST thesis and
//! conference marks, GOST's imprint the labeller read none of, a month read with the publisher, GOST's heading of a
//! book in Latin letters told by its imprint. Places and publishers are
//! [`super::places`]'; the book or journal a work is in is
//! [`super::container`]'s.

use std::sync::LazyLock;

use regex::Regex;

use super::places::PLACE;
use crate::entry::{Date, Name};
use crate::parse::Work;
use crate::parse::dates::find_dates;

/// "Resolution of 17 September 2020 on the situation in Belarus
/// (2020/2779(RSP)), P9_TA(2020)0231": a European Parliament text's
/// procedure and document number after its title, and the date the title
/// gives ("Resolution of 17 September 2020", "Decision of 3 May 2021").
pub(super) fn parliament_codes_after_title(plain: &str, work: &mut Work) {
    static KIND_IN_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<body>.+?),\s+(?P<kind>Resolution|Decision|Recommendation|Opinion|Conclusions)\s+of$")
            .expect("kind in author pattern")
    });
    // "European Parliament, Resolution of | 21 January 2021 | on the …":
    // the labeller cut the title at its date and ran its start into the
    // author.
    if let [Name::Organization(org)] = work.authors.as_slice()
        && let Some(c) = KIND_IN_AUTHOR.captures(org)
        && let Some(rest) = work.title.as_deref()
        && let Some(kind_at) = plain.find(&format!("{}, {} of ", &c["body"], &c["kind"]))
    {
        let start = kind_at + c["body"].len() + 2;
        if let Some(end) = plain[start..].find(rest).map(|i| start + i + rest.len()) {
            let (body, title) = (c["body"].to_string(), plain[start..end].to_string());
            work.authors = vec![Name::Organization(body)];
            work.title = Some(format!("{title}{}", codes_after(&plain[end..])));
        }
    }
    static CODES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*\(\d{4}/\d{4}\([A-Z]{3}\)\)(?:,\s*(P\d_TA(?:-PROV)?\(\d{4}\)\d{4}))?\.?$")
            .expect("parliament codes pattern")
    });
    static DATED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Resolution|Decision|Recommendation|Opinion|Judgment|Order|Communication|Conclusions)\s+of\s+(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})")
            .expect("dated title pattern")
    });
    let Some(title) = work.title.as_mut() else {
        return;
    };
    if let Some(c) = CODES.captures(title) {
        if let Some(number) = c.get(1) {
            work.number.get_or_insert(number.as_str().to_string());
        }
        let at = c.get(0).map_or(title.len(), |m| m.start());
        title.truncate(at);
    }
    if work.date.is_none()
        && let Some(c) = DATED_TITLE.captures(title)
    {
        work.date = find_dates(&c[1]).into_iter().next().map(|d| d.date);
    }
}

/// The procedure and document codes right after a title, as the note
/// gives them, so that they are read with the title's.
fn codes_after(text: &str) -> &str {
    static AT_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\(\d{4}/\d{4}\([A-Z]{3}\)\)(?:,\s*P\d_TA(?:-PROV)?\(\d{4}\)\d{4})?")
            .expect("codes at start pattern")
    });
    AT_START.find(text).map_or("", |m| m.as_str())
}

/// "Berlin 2015 (DGAP-Analyse, Nr. 3).", "(Quaderni, n. 12)": a series and
/// its number in brackets at the end of a book's note, which the labeller
/// leaves unplaced. A work with no container takes it as its series.
pub(super) fn series_in_brackets(plain: &str, work: &mut Work) {
    if work.container.is_some() {
        return;
    }
    if !ends_in_bracket(plain) {
        return;
    }
    let Some(c) = SERIES_AT_END.captures(plain) else {
        return;
    };
    work.container = Some(c[1].trim().to_string());
    if work.number.is_none() {
        work.number = Some(c[2].to_string());
    }
}

/// "(DGAP-Analyse, Nr. 3)." at the end: a name, a number mark, a number.
static SERIES_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((\p{Lu}[^()\d]{1,60}?),?\s+(?:Nr\.|No\.|no\.|Bd\.|Heft|vol\.|n\.|№)\s*(\d{1,4}[a-z]?)\)\.?\s*$")
        .expect("series at end pattern")
});

/// "Nr. 21/2006", "H. 3/2019", "№ 4/2015": an issue numbered within its
/// year, as German and Russian notes give magazines' issues. The year is the
/// work's when none was read.
pub(super) fn issue_of_year(plain: &str, work: &mut Work) {
    if work.date.is_some() {
        return;
    }
    let Some(c) = ISSUE_OF_YEAR.captures(plain) else {
        return;
    };
    work.date = c[2].parse().ok().map(Date::year);
    if work.number.is_none() || work.number.as_deref() == Some(&c[0]) {
        work.number = Some(c[1].to_string());
    }
}

/// "Nr. 21/2006": an issue, a slash, a year.
static ISSUE_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(?:Nr\.|H\.|Heft|No\.)|№)\s*(\d{1,3})\s*/\s*((?:1[5-9]|20)\d\d)(?:\D|$)",
    )
    .expect("issue of year pattern")
});

/// OSCOLA's imprint at a note's end, "(CUP 2016) 45": publisher and year in
/// brackets, then the page cited. The labeller, which rarely saw it, runs
/// title or book into the bracket ("… International Law (CUP"), and may take
/// a title's "in International Law" for a book; both are undone here.
pub(super) fn oscola_imprint(plain: &str, work: &mut Work) {
    if !year_before_paren(plain) {
        return;
    }
    let Some(c) = OSCOLA_END.captures(plain) else {
        return;
    };
    let (publisher, year) = (c[1].trim(), &c[2]);
    // "(Kyiv, December 2023)": a place and the month, no publisher; ACM's
    // "51, 1 (January 2008), 107–113": an issue's month.
    let last = publisher.rsplit_once(", ").map_or(publisher, |(_, m)| m);
    if crate::parse::dates::month_number(last).is_some() {
        return;
    }
    let bracket = format!(" ({publisher}");
    for field in [&mut work.title, &mut work.container] {
        if let Some(value) = field.as_mut()
            && let Some(at) = value.find(&bracket)
        {
            value.truncate(at);
        }
    }
    if let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) {
        let container = container.trim_start_matches("in ");
        if plain.contains(&format!("{title} in {container}{bracket}")) {
            work.title = Some(format!("{title} in {container}"));
            work.container = None;
        }
    }
    if work.date.is_none() {
        work.date = year.parse().ok().map(Date::year);
    }
    // "(Minsk, 2023)": a place and a year, read as such before, or a
    // known place before a comma (OSCOLA puts none between its publisher
    // and the year).
    let name = publisher.trim_end_matches(',');
    let place = work.location.as_deref() == Some(name);
    if work.location.is_none()
        && work.publisher.is_none()
        && publisher.ends_with(',')
        && crate::parse::gazetteer::is_publishing_place(name)
    {
        work.location = Some(name.to_string());
    } else if work.publisher.is_none() && !place {
        work.publisher = Some(publisher.to_string());
    }
}

/// Whether `text` ends on ")" and at most a period and blanks after it, as
/// [`SERIES_AT_END`] does.
fn ends_in_bracket(text: &str) -> bool {
    let end = text.trim_end();
    end.ends_with(')') || end.ends_with(").")
}

/// Whether four digits come right before a ")" somewhere in `text`, as
/// [`OSCOLA_END`]'s year does: a byte search before the pattern's.
fn year_before_paren(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b')', bytes)
        .any(|i| i >= 4 && bytes[i - 4..i].iter().all(u8::is_ascii_digit))
}

/// "(CUP 2016) 45.", "(Hart 2011) 275", "(OUP 2015) ch 4": at the end.
static OSCOLA_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)\s*(?:(?:ch|para|paras|pt|n)\s*)?[\divxlc,–—\- ]*\.?\s*$")
        .expect("OSCOLA imprint pattern")
});

/// A date the labeller left among words it did not place: an OSCOLA
/// imprint ("(OUP 2015) ch 4": the year, and the publisher) or a page's
/// update ("updated 1 May 2024"). Access and archive dates are never a
/// work's date.
pub(in crate::parse::label) fn date_in_words(raw: &str, work: &mut Work) {
    if let Some(c) = OSCOLA_IMPRINT.captures(raw) {
        work.date = c[2].parse().ok().map(Date::year);
        if work.publisher.is_none() {
            work.publisher = Some(c[1].trim().to_string()).filter(|p| !p.is_empty());
        }
    } else if let Some(m) = UPDATED.find(raw) {
        work.date = date_after_update_words(&raw[m.end()..]);
    } else {
        // "…, p. 512-534, set./dez. 2019.": ABNT's months, which the
        // labeller was not trained on, left as words it did not place.
        let words = raw.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
        if let [date] = find_dates(words).as_slice()
            && date.start == 0
            && date.end == words.len()
            && date.precision() >= 2
        {
            work.date = Some(date.date);
        }
    }
}

/// The date that opens the text after a page's update words, past the time
/// and weekday a news site writes first ("10:15 AM EDT, Sun May 4, 2025").
pub(super) fn date_after_update_words(after: &str) -> Option<Date> {
    let from = CLOCK_AND_WEEKDAY.find(after).map_or(0, |c| c.end());
    find_dates(&after[from..])
        .into_iter()
        .find(|d| d.start == 0)
        .map(|d| d.date)
}

/// "(OUP 2015)", "(Hart 2011)": a publisher and a year in brackets.
static OSCOLA_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)").expect("imprint pattern")
});

/// "updated 1 May 2024", "last updated", "обновлено", "aktualisiert am".
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*{UPDATED_WORDS}\s*:?\s*")).expect("updated pattern")
});

/// "10:15 AM EDT, Sun ", "14:30 GMT, ", "Monday, ": the time and weekday a
/// news site writes before a date.
static CLOCK_AND_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?,?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?",
    )
    .expect("clock and weekday pattern")
});

/// The words before a page's update date, in the languages of the notes.
pub(super) const UPDATED_WORDS: &str = r"(?:last\s+)?(?:updated|modified|обновлено|обновлён|оновлено|aktualisiert(?:\s+am)?|mis à jour(?:\s+le)?|апошняя\s+змена|последнее\s+изменение|последняя\s+правка|остання\s+зміна|востаннє\s+змінено)";

/// "Стратегическое партнёрство Беларуси и Китая: дис. … канд. полит.
/// наук": GOST's mark of a thesis after its title, which the labeller may
/// keep in the title (with or without reading the mark as the thesis's).
/// The title ends before the mark; the mark, up to the degree, names the
/// thesis.
pub(super) fn gost_thesis(plain: &str, work: &mut Work) {
    if !(plain.contains("дис.") || plain.contains("дыс.")) {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = GOST_THESIS.captures(plain) else {
        return;
    };
    let Some(mark) = c.get(0) else { return };
    let before = plain[..mark.start()].trim_end();
    // The title runs into the mark ("Title: дис.") or ends before it.
    let head = match title.find(": ").map(|at| title[..at].trim_end()) {
        Some(head) if before.ends_with(head) => head,
        _ if before.ends_with(title.trim_end()) => title.trim_end(),
        _ => return,
    };
    let head = head.trim().to_string();
    // (The labeller may have found the mark and left it in the title too.)
    work.thesis
        .get_or_insert_with(|| c[1].split_whitespace().collect::<Vec<_>>().join(" "));
    work.title = Some(head).filter(|h| !h.is_empty());
}

/// Whether a title is only GOST's thesis mark ("дис.", "автореф. дис."),
/// which the labeller may take for the title when it ran the real one into
/// the author.
pub(super) fn is_thesis_mark(title: &str) -> bool {
    let t = title.trim().trim_end_matches(['.', ' ', '…']);
    matches!(
        t,
        "дис" | "дыс" | "автореф. дис" | "автореф" | "дис. …" | "дис. ..."
    )
}

/// ": дис. … канд. полит. наук", ": автореф. дис. … д-ра ист. наук",
/// ": дыс. … канд. гіст. навук", or the bare ": дис.".
static GOST_THESIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*:\s*((?:автореф\.\s*)?(?:дис|дыс)\.(?:\s*(?:\.\.\.|…)\s*[^:]{0,40}?(?:наук|навук))?)",
    )
    .expect("GOST thesis pattern")
});

/// "*China's footprint in Eastern Europe*. Prague: Association for
/// International Affairs", "Warsaw: Eastern Europe Studies Centre": a
/// Harvard or Chicago imprint (place, colon, publisher) the labeller ran
/// into the container or read as one. The place and publisher leave it;
/// what comes before them stays the container.
pub(super) fn imprint_in_container(work: &mut Work) {
    // A journal's volume or issue says the colon is in its name
    // ("Sustainability: Science, Practice, Policy").
    if work.publisher.is_some()
        || work.location.is_some()
        || work.volume.is_some()
        || work.number.is_some()
    {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let (head, imprint) = match container.rsplit_once(". ") {
        Some((head, imprint)) => (Some(head), imprint),
        None => (None, container),
    };
    let Some((place, publisher)) = imprint.split_once(": ") else {
        return;
    };
    let publisher = publisher.trim().trim_end_matches(['.', ',']);
    let words = publisher.split_whitespace().count();
    if !PLACE.is_match(place.trim())
        || !(1..=8).contains(&words)
        || publisher
            .chars()
            .any(|c| c.is_ascii_digit() || c == ':' || c == ',')
        || place.trim_start().starts_with("The ")
        || !crate::parse::names::has_organization_word(&crate::letters::lowercase(publisher))
    {
        return;
    }
    work.location = Some(place.trim().to_string());
    work.publisher = Some(publisher.to_string());
    work.container = head.map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
}

/// "(Berlin: Stiftung Wissenschaft und Politik, März 2023)", "(…: World
/// Bank, Fall 2022)": the month or season of
/// the imprint's date read with the publisher. It is the date's, where the
/// date has no month.
pub(super) fn month_after_publisher(work: &mut Work) {
    for field in [&mut work.publisher, &mut work.institution] {
        let Some((name, word)) = field.as_deref().and_then(|p| p.rsplit_once(", ")) else {
            continue;
        };
        let month = crate::parse::dates::month_number(word);
        // "(Washington, DC: World Bank, Fall 2022)": a season dates the
        // work by its year alone.
        let season = matches!(
            word,
            "Spring" | "Summer" | "Fall" | "Autumn" | "Winter" | "Frühjahr" | "Herbst"
        );
        if month.is_none() && !season {
            continue;
        }
        let name = name.to_string();
        *field = Some(name);
        if let Some(month) = month
            && let Some(date) = work.date.as_mut()
            && date.month.is_none()
        {
            date.month = Some(month);
        }
    }
}

/// "// Беларусь в современном мире : материалы Междунар. науч. конф.,
/// Минск, 30 окт. 2019 г. Минск : БГУ, 2019": GOST names a conference's
/// place and dates inside the proceedings' title. They stay in the
/// container, and the conference's day is not the publication's date (the
/// imprint's year is).
pub(super) fn conference_place_and_dates(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // Without their first letter, the words match in either case and
    // need no lowercased copy.
    if !["онф", "атериал", "тезис", "анф", "атэрыял", "атеріал"]
        .iter()
        .any(|w| container.contains(w))
    {
        return;
    }
    let Some(at) = plain.find(container) else {
        return;
    };
    let Some(c) = CONFERENCE_TAIL.captures(&plain[at + container.len()..]) else {
        return;
    };
    let year: i32 = c[3].parse().unwrap_or(0);
    let tail = c[1].trim_end().to_string();
    // The labeller may read the days ("20–21") as the pages.
    if let Some(days) = c.get(2)
        && work
            .pages
            .as_deref()
            .is_some_and(|p| p.split(['-', '–']).next() == days.as_str().split(['-', '–']).next())
    {
        work.pages = None;
    }
    // "(Минск, 12–13 мая …)": nor the place with the days.
    if let (Some(days), Some(place)) = (c.get(2), work.location.as_mut())
        && let Some(town) = place.strip_suffix(days.as_str())
    {
        *place = town.trim_end_matches([',', ' ']).to_string();
    }
    work.container = Some(format!("{}{tail}", container.trim_end_matches('.')));
    if work
        .date
        .is_some_and(|d| d.year == year && d.month.is_some())
    {
        work.date = Some(Date::year(year));
    }
}

/// ", Минск, 20–21 окт. 2022 г." or "(Минск, 12–13 мая 2022 г.)" right
/// after a proceedings' title (its stop may come first, the place may be in
/// the title already), the days and the year.
static CONFERENCE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\.?(?:,\s*|\s*\()(?:\p{Lu}[\p{L}\-]+,\s*)?(\d{1,2}(?:\s*[–\-]\s*\d{1,2})?)\s*\p{L}{3,}\.?\s*((?:19|20)\d\d)\s*г\.\)?)")
        .expect("conference place and dates pattern")
});

/// "Wilson A. Belarus: The Last European Dictatorship. New Haven ; London :
/// Yale University Press, 2011.": GOST's heading of a book in Latin
/// letters, a family name and initials, read as a given name, an initial and
/// a family name ("Belarus, Wilson A.") where the title's first word ends in
/// a colon. GOST's imprint (places joined by " ; ", " : " before the
/// publisher) tells the heading; the book is read again from it.
pub(super) fn latin_gost_heading(plain: &str, work: &mut Work) {
    static BOOK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(\p{Lu}[\p{Ll}'’-]+)\s((?:\p{Lu}\.\s?){1,2})\s*((\p{Lu}[^\s.:]*):\s.+?)\.\s(?:[–—-]\s)?",
            r"(\p{Lu}[\p{L}. ]*?(?:\s;\s\p{Lu}[\p{L}. ]*?)*)\s:\s([^,]+),\s((?:1[5-9]|20)\d\d)\b",
        ))
        .expect("Latin GOST book pattern")
    });
    let [crate::entry::Name::Person { family, .. }] = work.authors.as_slice() else {
        return;
    };
    // The groups are searched for only where the form is there.
    if !plain.contains(" : ") || !BOOK.is_match(plain) {
        return;
    }
    let Some(c) = BOOK.captures(plain) else {
        return;
    };
    let Ok(year) = c[7].parse::<i32>() else {
        return;
    };
    if family != &c[4] || crate::parse::names::is_given_name(&c[1]) {
        return;
    }
    let (names, _) =
        crate::parse::names::parse_author_segment(&format!("{} {}", &c[1], c[2].trim()));
    work.authors = names;
    work.title = Some(c[3].to_string());
    work.container = None;
    work.location = Some(c[5].replace(" ; ", "; "));
    work.publisher = Some(c[6].trim().to_string());
    work.date = Some(crate::entry::Date::year(year));
}

/// "Әуезов М. Абай жолы. – Алматы : Жазушы, 2007. – 560 б.": GOST's
/// imprint after the title's stop and dash, where the labeller found no
/// place and no publisher (a place it has not seen ran it into the
/// heading). The place before " : ", the publisher up to the comma before
/// the work's year.
pub(super) fn gost_imprint_unread(plain: &str, work: &mut Work) {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.\s[–—-]\s(\p{Lu}[\p{L}\-]+\.?)\s:\s([^,:;/]+?),\s((?:1[5-9]|20)\d\d)\b")
            .expect("GOST imprint pattern")
    });
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    if work.location.is_some()
        || work.publisher.is_some()
        || work.container.is_some()
        || !plain.contains(" : ")
    {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(c) = IMPRINT.captures(&plain[at + title.len()..]) else {
        return;
    };
    if c.get(0).is_none_or(|m| m.start() != 0) || c[3] != *date.year.to_string() || c[2].len() > 80
    {
        return;
    }
    work.location = Some(c[1].to_string());
    work.publisher = Some(c[2].trim().to_string());
}

/// "Adversarial Threat Report: Fourth Quarter 2023 (Menlo Park: Meta":
/// a Chicago imprint's opening bracket, place and publisher left at the
/// end of the title, whose closing bracket went with the year. They are
/// cut off; the place and the publisher are the work's where it has none.
pub(in crate::parse) fn bracketed_imprint_ends_title(work: &mut Work) {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s\((\p{Lu}[^():]*):\s+(\p{Lu}[^():]*?),?$")
            .expect("bracketed imprint at title end pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // The last bracket opened, never closed, with a colon after it: asked
    // before the pattern, which reads only from there.
    let Some(open) = memchr::memrchr(b'(', title.as_bytes())
        .filter(|&at| at > 1 && title.as_bytes()[at - 1] == b' ')
        .map(|at| at - 1)
    else {
        return;
    };
    let tail = &title[open..];
    if tail.contains(')') || !tail.contains(':') {
        return;
    }
    let Some(c) = IMPRINT.captures(tail) else {
        return;
    };
    let (place, publisher) = (c[1].trim(), c[2].trim());
    if place.chars().count() > 40
        || publisher.chars().count() > 80
        || work.location.as_deref().is_some_and(|l| l != place)
    {
        return;
    }
    work.location = Some(place.to_string());
    // The labeller's reading of the imprint, with its place or comma
    // ("Menlo Park: Meta,"), gives way to the publisher alone.
    let raw = |field: &Option<String>| {
        field
            .as_deref()
            .is_some_and(|f| f != publisher && f.trim_end_matches([',', ' ']).ends_with(publisher))
    };
    if raw(&work.institution) {
        work.institution = Some(publisher.to_string());
    } else if raw(&work.publisher) || work.publisher.is_none() && work.institution.is_none() {
        work.publisher = Some(publisher.to_string());
    }
    work.title = Some(title[..open].trim_end().to_string());
}

#[cfg(test)]
mod tests {
    use super::super::container::{EDITORS_AFTER_TITLE, may_name_editors};
    use super::*;

    /// Each quick test passes every text its pattern matches.
    #[test]
    fn quick_tests_pass_what_the_patterns_match() {
        let texts = [
            "A. Smith, Title (CUP 2016) 45.",
            "A. Smith, Title (Hart 2011) ch 4",
            "Title (DGAP-Analyse, Nr. 3).",
            "Title (OSW Report No. 77) ",
            "Storia, a cura di G. Cherubini, Bari 1990",
            "Handbuch, hrsg. von A. Müller, Berlin",
            "Сборник, под ред. И. Иванова, М., 2001",
            "Title (2020), pp. 5-9.",
            "Title. London, 2016.",
        ];
        use crate::parse::text::quick_test_turns_away as turned_away;
        let skipped = turned_away(&texts, year_before_paren, &OSCOLA_END)
            + turned_away(&texts, ends_in_bracket, &SERIES_AT_END)
            + turned_away(&texts, may_name_editors, &EDITORS_AFTER_TITLE);
        assert!(skipped >= 10, "only {skipped} skips");
        assert!(OSCOLA_END.is_match(texts[0]) && year_before_paren(texts[0]));
    }
}
