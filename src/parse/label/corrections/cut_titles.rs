//! Titles the labeller cut in the middle of a phrase: at a conjunction
//! before an imprint's place ("… Probleme und | Perspektiven, Opladen
//! 1995"), at a preposition before a date inside the title ("… Elections
//! of | 9 August 2020 in Belarus, ODIHR.GAL/68/20, 29 October 2020"), and
//! at any small word a title cannot end with ("… Contribution of the |
//! Republic of Belarus (Minsk, 2021)"), and after a number that opens it
//! ("eds., 25 | Years of Transformations …"), after an acronym (`QS |
//! World University Rankings`, `OECD, TALIS | 2018 | Results …`, the
//! acronym and year read into the body); titles that ran on over the
//! imprint after them ("Yerevan Communiqué (Yerevan: EHEA Ministerial
//! Conference, 14–15 May 2015), 2"). The title runs on to where its
//! phrase ends; a date inside it is not the work's, nor a container named
//! only inside it.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::dates::find_dates;

/// "Neue Politik. Probleme und Perspektiven, Opladen 1995": a title that
/// ends in a conjunction is unfinished; the word the labeller read as the
/// first place is its last.
pub(super) fn title_ending_in_conjunction(plain: &str, work: &mut Work) {
    let (Some(title), Some(location)) = (work.title.as_deref(), work.location.as_deref()) else {
        return;
    };
    let Some(last) = title.rsplit(' ').next() else {
        return;
    };
    if !matches!(
        last,
        "und" | "and" | "e" | "et" | "y" | "und/oder" | "oder" | "or" | "o" | "ou"
    ) {
        return;
    }
    let Some((word, place)) = location.split_once(", ") else {
        return;
    };
    if word.contains(' ') || !plain.contains(&format!("{title} {word}, {place}")) {
        return;
    }
    let (title, place) = (format!("{title} {word}"), place.to_string());
    work.title = Some(title);
    work.location = Some(place);
}

/// "Report … related to the Presidential Elections of 9 August 2020 in
/// Belarus, ODIHR.GAL/68/20, 29 October 2020": a date inside the title,
/// where the labeller ended the title and read the small word before the
/// date as a container. The title runs on to the comma after the date;
/// the work's date is the next one.
pub(super) fn date_inside_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(word)) = (
        work.title.as_deref(),
        work.container.as_deref().filter(|c| c.len() <= 9),
    ) else {
        return;
    };
    // "of", or "of 26" where the labeller took the day too.
    let word = word.trim();
    let word = word
        .split_once(' ')
        .filter(|(_, d)| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
        .map_or(word, |(w, _)| w);
    if !matches!(
        word,
        "of" | "on" | "in" | "for" | "since" | "until" | "from" | "to"
    ) {
        return;
    }
    let Some(at) = plain.find(&format!("{title} {word} ")) else {
        return;
    };
    let from = at + title.len() + word.len() + 2;
    let dates = find_dates(&plain[from..]);
    let Some(inside) = dates
        .first()
        .filter(|d| d.start == 0 && d.date.day.is_some())
    else {
        return;
    };
    let Some(comma) = plain[from + inside.end..].find(", ") else {
        return;
    };
    let end = from + inside.end + comma;
    work.title = Some(plain[at..end].to_string());
    work.container = None;
    if let Some(next) = dates
        .iter()
        .find(|d| from + d.start > end && d.date.day.is_some())
    {
        work.date = Some(next.date);
    }
}

/// "Updated Nationally Determined Contribution of the | Republic of
/// Belarus (Minsk, 2021)", "Report of the Conference of the Parties …,
/// held in the | United Arab Emirates from 30 November to 13 December
/// 2023, FCCC/CP/2023/11 (Bonn, 15 March 2024)": a title the labeller
/// ended on an article, a preposition or a conjunction, the words after it
/// read as a container (or a date). No title ends so; it runs on to the
/// end of its phrase (a comma, a bracket or a sentence's stop outside a
/// date). A date inside those words is the title's; the work's is the
/// next one.
pub(super) fn title_ending_in_small_word(plain: &str, work: &mut Work) {
    // ("die" is left out: "How democracies die" ends an English title.)
    const SMALL: [&str; 33] = [
        "of", "the", "in", "on", "for", "from", "to", "at", "with", "and", "a", "an", "der", "des",
        "und", "von", "für", "de", "la", "du", "et", "и", "в", "на", "по", "о", "об", "для", "з",
        "у", "та", "і", "ад",
    ];
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !title
        .rsplit(' ')
        .next()
        .is_some_and(|last| SMALL.contains(&last))
        || title.split(' ').count() < 3
    {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let after = at + title.len();
    let rest = &plain[after..];
    // The next words follow after a space, as a phrase runs on.
    if !rest.starts_with(' ') || !rest[1..].starts_with(char::is_alphanumeric) {
        return;
    }
    let dates = find_dates(rest);
    let mut end = 0;
    loop {
        let mark = rest[end..]
            .find([',', '(', ';', '“', '”', '«', '»'])
            .map(|i| end + i);
        let sentence = rest[end..].find(". ").map(|i| end + i);
        let Some(stop) = mark.into_iter().chain(sentence).min() else {
            end = rest.len();
            break;
        };
        // "June 5, 2020", "1: 200,000": a comma inside a date or a number
        // does not end the phrase.
        let in_number = rest.as_bytes()[stop] == b','
            && rest
                .as_bytes()
                .get(stop + 1)
                .is_some_and(u8::is_ascii_digit)
            && stop > 0
            && rest.as_bytes()[stop - 1].is_ascii_digit();
        match dates.iter().find(|d| d.start < stop && stop < d.end) {
            _ if in_number => end = stop + 1,
            Some(d) => end = d.end,
            None => {
                end = stop;
                break;
            }
        }
    }
    let words = rest[..end].trim_end();
    if words.split_whitespace().count() > 12 || words.contains("://") {
        return;
    }
    let end = after + words.len();
    work.title = Some(plain[at..end].to_string());
    // The container was those words, or began with them ("European Oil
    // and Gas Resources. Applied Energy": the journal after them).
    if let Some(container) = work.container.as_deref() {
        let head = words.trim();
        if head.contains(container.trim_end_matches([',', '.'])) {
            work.container = None;
        } else if let Some(after) = container.strip_prefix(head) {
            let after = after.trim_start_matches(['.', ',', ' ']).trim();
            work.container = (!after.is_empty()).then(|| after.to_string());
        }
    }
    if dates.iter().any(|d| d.end <= words.len())
        && let Some(next) = find_dates(&plain[end..]).first()
    {
        work.date = Some(next.date);
    }
}

/// "Annual Report on Foreign Policy (Minsk, 2021)", "…, Texte 45/2022
/// (Dessau-Roßlau: UBA, 2022)": a bracketed imprint's opening and its
/// place run into the title, which the bracket left open. A title's own
/// bracket closes inside it; this one closes after the imprint. The
/// place is the work's.
pub(super) fn open_bracket_ends_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(open) = title.rfind(" (") else {
        return;
    };
    let place = &title[open + 2..];
    let words = place.split(' ').count();
    if place.contains(')')
        || !(1..=3).contains(&words)
        || !place.starts_with(char::is_uppercase)
        || place.contains(|c: char| c.is_ascii_digit())
    {
        return;
    }
    // The imprint goes on after the place: ": Publisher" or ", Year".
    let Some(at) = plain.find(title) else {
        return;
    };
    let after = &plain[at + title.len()..];
    let imprint = after.starts_with(": ")
        || after
            .strip_prefix(", ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if !imprint {
        return;
    }
    if work.location.is_none() {
        work.location = Some(place.to_string());
    }
    // The place read as the publisher as well.
    if work.publisher.as_deref().map(|p| p.trim_end_matches(',')) == Some(place) {
        work.publisher = None;
    }
    work.title = Some(title[..open].trim_end_matches(',').to_string());
}

/// "OSCE/ODIHR, REPUBLIC OF BELARUS … MISSION FINAL REPORT (Warsaw, 22
/// February 2011)": the title's last words read as a container too. A
/// container the note names only inside the title is the title's.
pub(super) fn container_inside_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let container = container.trim_end_matches([',', '.']);
    if container.is_empty() || !title.contains(container) {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let mut found = plain.match_indices(container).map(|(i, _)| i);
    let inside = found
        .next()
        .is_some_and(|i| at <= i && i + container.len() <= at + title.len());
    if inside && found.next().is_none() {
        work.container = None;
    }
}

/// "Belarusian Association of Journalists, Mass Media in Belarus, 2021
/// (Vilnius: BAJ, 2022)": a title with "in" between its words, which the
/// labeller read as the mark of a book a chapter is in. That mark follows
/// a comma, a stop or a quote ("…,” in Book"); after a word alone it is
/// the title's.
pub(super) fn in_inside_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let container = container.trim_end_matches([',', '.']);
    if container.is_empty()
        || work.volume.is_some()
        || !title.ends_with(|c: char| c.is_alphanumeric())
    {
        return;
    }
    // "in" right after the title's last word, and the title goes on to a
    // comma: "… in Belarus, 2021 (…)", not "… in | Ukraine's 2023
    // offensive".
    // (The container's words may stand earlier in the note too: "…
    // Committee of the Republic of Belarus, Labour … in the Republic of
    // Belarus, 2022".)
    let joined = plain.match_indices(container).any(|(at, _)| {
        plain[..at]
            .strip_suffix(" in ")
            .is_some_and(|before| before.ends_with(title))
            && plain[at + container.len()..].starts_with(',')
    });
    if !joined {
        return;
    }
    work.title = Some(format!("{title} in {container}"));
    work.container = None;
}

/// "Jeroen Huisman, …, eds., 25 Years of Transformations of Higher
/// Education … (Cham: Palgrave Macmillan, 2018)": a title that opens with
/// a number, which the labeller read as a date and left out. The number
/// stands between the names' comma and the title's first word, with no
/// mark of a volume, issue or page before it; a number of one to three
/// digits is no year.
pub(super) fn number_opens_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if work.authors.is_empty() && work.editors.is_empty()
        || !title.starts_with(|c: char| c.is_uppercase())
    {
        return;
    }
    // ", 25 Years …": each comma followed by digits, where the title
    // starts after them and a space; no search for the title itself.
    let Some((head, number)) = memchr::memmem::find_iter(plain.as_bytes(), b", ").find_map(|at| {
        let rest = &plain[at + 2..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0
            && rest[digits..]
                .strip_prefix(' ')
                .is_some_and(|t| t.starts_with(title)))
        .then(|| (&plain[..at], &rest[..digits]))
    }) else {
        return;
    };
    let last_word = head.rsplit(' ').next().unwrap_or_default();
    let mark = matches!(
        last_word.to_lowercase().as_str(),
        "vol." | "no." | "nr." | "bd." | "t." | "p." | "pp." | "s." | "с." | "№"
    );
    if mark || number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return;
    }
    work.title = Some(format!("{number} {title}"));
}

/// "EHEA, Yerevan Communiqué (Yerevan: EHEA Ministerial Conference, 14–15
/// May 2015), 2, https://…": a Chicago imprint in brackets, with a day or
/// days, read into the title with the page after it, where the labeller
/// found no date and no place. The bracket holds the place, the publisher
/// and the date; the page after it is the place cited, returned.
pub(super) fn closed_imprint_ends_title(work: &mut Work) -> Option<String> {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?P<title>.{3,}?)\s\((?P<place>\p{Lu}[^():,]*):\s+(?P<publisher>\p{Lu}[^():]*?),\s+",
            r"(?P<date>[^():,]*?(?:1[5-9]|20)\d\d)\)(?:,\s*(?P<page>\d{1,4}(?:[–-]\d{1,4})?))?$",
        ))
        .expect("closed imprint at title end pattern")
    });
    if work.date.is_some() || work.location.is_some() || work.publisher.is_some() {
        return None;
    }
    let title = work.title.as_deref()?;
    if !title.ends_with(|c: char| c == ')' || c.is_ascii_digit()) {
        return None;
    }
    let c = IMPRINT.captures(title)?;
    // Unbounded in the pattern, which builds faster so; bounded here.
    if c["place"].len() > 80 || c["publisher"].len() > 160 || c["date"].len() > 40 {
        return None;
    }
    let date = find_dates(&c["date"])
        .into_iter()
        .map(|d| d.date)
        .next_back()?;
    let page = c.name("page").map(|p| p.as_str().to_string());
    work.location = Some(c["place"].trim().to_string());
    work.publisher = Some(c["publisher"].trim().to_string());
    work.date = Some(date);
    work.title = Some(c["title"].trim().to_string());
    page
}

/// "QS Quacquarelli Symonds, QS World University Rankings 2025, https://…":
/// a title that opens with an acronym, cut after it, its other words read
/// as a publisher or a container and its closing year as the date. The
/// acronym and the words right after it in the note are the title; with
/// the year that ends the same segment, which is no date of the work.
pub(super) fn title_cut_after_acronym(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !(2..=5).contains(&title.len()) || !title.bytes().all(|b| b.is_ascii_uppercase()) {
        return;
    }
    let field = if work.publisher.is_some() {
        &mut work.publisher
    } else {
        &mut work.container
    };
    // Words of a name, not a volume or a page ("UNTS | 95").
    let Some(rest) = field
        .as_deref()
        .filter(|r| r.starts_with(char::is_uppercase) && r.contains(' '))
    else {
        return;
    };
    let whole = format!("{title} {rest}");
    let Some(at) = plain.find(&whole) else {
        return;
    };
    let mut whole = whole.clone();
    *field = None;
    let after = &plain[at + whole.len()..];
    if let Some(date) = work.date
        && date.month.is_none()
        && let Some(tail) = after.strip_prefix(&format!(" {}", date.year))
        && tail.starts_with([',', '.'])
    {
        whole = format!("{whole} {}", date.year);
        work.date = None;
    }
    work.title = Some(whole);
}

/// "QS Quacquarelli Symonds, QS Best Student Cities 2024, https://…": a
/// body's yearly product named with its year, the year read as the date.
/// Joined to the title by a space, with nothing but a link after it, the
/// year is the title's; the page has no date of its own.
pub(super) fn year_joined_to_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    if date.month.is_some()
        || !matches!(
            work.authors.as_slice(),
            [crate::entry::Name::Organization(_)]
        )
    {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(tail) = plain[at + title.len()..].strip_prefix(' ') else {
        return;
    };
    let year = date.year.to_string();
    // The link and its access date were cut from the note before: the
    // year ends what is left.
    let last = tail
        .strip_prefix(year.as_str())
        .is_some_and(|t| t.trim_matches([',', '.', ' ', ';']).is_empty());
    if last {
        work.title = Some(format!("{title} {year}"));
        work.date = None;
    }
}

/// "OECD, TALIS 2018 Results (Volume I): … (Paris: OECD Publishing,
/// 2019)": a product's acronym read into its body's name and the year after
/// it as the date, the title cut after them. The acronym and its year open
/// the title; the imprint's year after it, where the note has one, is the
/// date.
pub(super) fn acronym_and_year_read_into_body(plain: &str, work: &mut Work) {
    let ([crate::entry::Name::Organization(name)], Some(title), Some(date)) =
        (work.authors.as_slice(), work.title.as_deref(), work.date)
    else {
        return;
    };
    let Some((body, acronym)) = name.rsplit_once(", ") else {
        return;
    };
    if !(2..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return;
    }
    let head = format!("{name} {} {title}", date.year);
    let Some(at) = plain.find(&head) else {
        return;
    };
    // The imprint's year, after the title: the first year in what follows.
    let later = find_dates(&plain[at + head.len()..])
        .into_iter()
        .map(|d| d.date)
        .find(|d| d.year >= date.year);
    let whole = format!("{acronym} {} {title}", date.year);
    work.authors = vec![crate::entry::Name::Organization(body.to_string())];
    work.title = Some(whole);
    work.date = later;
}

/// "Belarus and the “Russian World” Narrative (Vilnius: EESC, 2021)": a
/// title whose quotation the labeller took for its end, reading the words
/// after it with the place of the bracketed imprint. The words before the
/// bracket are the title's.
pub(super) fn title_goes_on_after_quote(plain: &str, work: &mut Work) {
    let (Some(title), Some(place)) = (work.title.as_deref(), work.location.as_deref()) else {
        return;
    };
    if !title.ends_with(['”', '"', '»', '’']) {
        return;
    }
    let Some((words, place)) = place.split_once(" (") else {
        return;
    };
    if words.is_empty()
        || place.is_empty()
        || words.split_whitespace().count() > 6
        || !plain.contains(&format!("{title} {words} ({place}"))
    {
        return;
    }
    let (title, place) = (format!("{title} {words}"), place.to_string());
    work.title = Some(title);
    work.location = Some(place);
}
