//! Titles the labeller cut in the middle of a phrase: at a conjunction
//! before an imprint's place ("… Probleme und | Perspektiven, Opladen
//! 1995"), at a preposition before a date inside the title ("… Elections
//! of | 9 August 2020 in Belarus, ODIHR.GAL/68/20, 29 October 2020"), and
//! at any small word a title cannot end with ("… Contribution of the |
//! Republic of Belarus (Minsk, 2021)"). The title runs on to where its
//! phrase ends; a date inside it is not the work's, nor a container named
//! only inside it.

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
