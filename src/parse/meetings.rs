//! A paper presented at a meeting: `“Title,” paper presented at the
//! Annual Conference of …, Regensburg, 12 May 2019` or APA's `Paper
//! presented at the annual meeting of …, Baltimore, MD.` The labeller reads
//! the words of the description into the container, splits the meeting's
//! name at `of the`, or leaves it unlabelled in brackets; once the note is
//! known to be a conference paper, the meeting's name is read from the
//! text itself. It is the paper's container (BibLaTeX `booktitle`, CSL
//! `container-title`), and its place the location.

use super::Work;

/// The meeting a paper was presented at, from the note's words after
/// "presented at (the)".
pub(super) fn presented_at(note: &str, work: &mut Work) {
    const MARK: &str = "resented at ";
    if work.entry_type != "inproceedings" {
        return;
    }
    let Some(at) = note.find(MARK) else {
        return;
    };
    let rest = &note[at + MARK.len()..];
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // The description ends at its bracket, a semicolon or an identifier.
    let mut end = rest.find([')', ';']).unwrap_or(rest.len());
    for mark in [
        ". doi",
        ". DOI",
        " doi:",
        ". http",
        " http",
        ". Retrieved",
        ". Available",
    ] {
        if let Some(at) = rest[..end].find(mark) {
            end = at;
        }
    }
    let rest = &rest[..end];
    let parts: Vec<&str> = rest.split(", ").collect();
    let mut meeting = String::new();
    let mut place = None;
    for (i, part) in parts.iter().enumerate() {
        let next = parts.get(i + 1).copied();
        if !meeting.is_empty() && ends_meeting(part, next, work.location.as_deref()) {
            place = Some(*part);
            break;
        }
        if !meeting.is_empty() {
            meeting.push_str(", ");
        }
        meeting.push_str(part);
    }
    let meeting = meeting.trim().trim_end_matches(['.', ',']).trim();
    if meeting.chars().count() < 4 || meeting.chars().count() > 200 {
        return;
    }
    // The labeller's container is kept when it names something else (the
    // proceedings the paper was then printed in).
    let replaces = work
        .container
        .as_deref()
        .is_none_or(|c| c.contains(MARK) || meeting.contains(c.trim_end_matches(['.', ','])));
    if !replaces {
        return;
    }
    // "…, annual meeting of the | National Council of Teachers of English":
    // the meeting's end, read as a publisher.
    if work
        .publisher
        .as_deref()
        .is_some_and(|p| meeting.contains(p))
    {
        work.publisher = None;
    }
    // "Trust in local | news. Paper presented at …": the title's last
    // word read with the description.
    if let (Some(old), Some(title)) = (work.container.as_deref(), work.title.as_deref())
        && let Some(head) = old.find(MARK).and_then(|at| {
            let h = old[..at].trim_end_matches(['p', 'P']).trim_end();
            h.strip_suffix("Paper").or_else(|| h.strip_suffix("paper"))
        })
        && let head = head.trim()
        && !head.is_empty()
        && head.split_whitespace().count() <= 3
        && note.contains(&format!("{title} {head}"))
    {
        work.title = Some(format!("{title} {}", head.trim_end_matches(['.', ','])));
    }
    work.container = Some(meeting.to_string());
    if work.location.is_none()
        && let Some(place) = place
            .map(|p| p.trim().trim_end_matches('.'))
            .filter(|p| p.starts_with(char::is_uppercase) && !dated(p) && !locator(p))
    {
        work.location = Some(place.to_string());
    }
}

/// Whether a comma-separated part after the meeting's first begins what
/// follows it: its place or its date, not more of its name ("…for
/// Slavic, East European, and Eurasian Studies").
fn ends_meeting(part: &str, next: Option<&str>, location: Option<&str>) -> bool {
    let part = part.trim().trim_end_matches('.');
    // "Regensburg, September 8–10": one capitalised word before a date, a
    // state's code or the end is a town ("for Slavic, East European" is
    // the name's).
    let town = !part.contains(' ')
        && part.starts_with(char::is_uppercase)
        && next.is_none_or(|n| {
            dated(n) || n.len() == 2 || n.starts_with(char::is_uppercase) && n.ends_with(['.', ')'])
        });
    dated(part)
        || locator(part)
        || town
        || crate::parse::gazetteer::is_publishing_place(part)
        || location.is_some_and(|l| l.starts_with(part))
}

/// "Vol. 49", "pp. 12–15": a locator of the proceedings, not a place.
fn locator(part: &str) -> bool {
    ["Vol", "vol", "pp.", "p. ", "no."]
        .iter()
        .any(|m| part.trim_start().starts_with(m))
}

/// "12 May 2019", "November 30", "September 8–10": a day or a month
/// with its day.
fn dated(part: &str) -> bool {
    let part = part.trim();
    part.starts_with(|c: char| c.is_ascii_digit())
        || crate::parse::dates::may_name_month(part)
            && part
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    fn container(note: &str) -> (String, Option<String>, Option<String>) {
        let w = parse_note(note).work;
        assert_eq!(w.entry_type, "inproceedings", "{w:?}");
        (w.container.unwrap_or_default(), w.location, w.publisher)
    }

    #[test]
    fn the_meeting_without_the_words_that_describe_the_paper() {
        let (meeting, place, _) = container(
            "M. Novak, “Border Regimes after 2020,” paper presented at the Annual Conference of the British Association for Slavonic and East European Studies, Cambridge, 2 April 2022.",
        );
        assert_eq!(
            meeting,
            "Annual Conference of the British Association for Slavonic and East European Studies"
        );
        assert_eq!(place.as_deref(), Some("Cambridge"));
    }

    #[test]
    fn a_meeting_in_brackets_and_a_name_with_commas() {
        let (meeting, _, _) = container(
            "Iryna Shevchuk, \"Local Media under Occupation\" (paper presented at the Annual Convention of the Association for Slavic, East European, and Eurasian Studies, Boston, November 22, 2024).",
        );
        assert_eq!(
            meeting,
            "Annual Convention of the Association for Slavic, East European, and Eurasian Studies"
        );
    }

    #[test]
    fn apa_meeting_split_as_a_publisher_is_whole() {
        let (meeting, _, publisher) = container(
            "Garcia, L., & Stone, P. (2021). Trust in local news. Paper presented at the annual meeting of the International Communication Association, Denver, CO.",
        );
        assert_eq!(
            meeting,
            "annual meeting of the International Communication Association"
        );
        assert_eq!(publisher, None);
    }
}
