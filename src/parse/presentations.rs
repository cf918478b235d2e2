//! A talk given and not printed: APA's `Title [Paper presentation]. Event,
//! Place.`, GOST's `Title : доклад на Междунар. науч. конф. «…», Минск, 12
//! окт. 2022 г. (не опубл.)`, German `Title, Vortrag auf der Jahrestagung
//! der DGO, Berlin, 23.9.2022`, Chicago's `"Title" (lecture, St Antony's
//! College, Oxford, February 20, 2023)`. The labeller runs the event into
//! the title or reads it as a journal. The description is taken out, the
//! day kept in the note, and the talk given its event (the container, as
//! for a paper "presented at" one, see [`super::meetings`]) and place
//! after it is read. A lecture or keynote is a speech (CSL `speech`); a
//! paper at a meeting is the meeting's paper.

use std::sync::LazyLock;

use regex::Regex;

/// Words of the descriptions: a note without one (nearly all) is not
/// searched further (see [`super::forms`]).
pub(super) const CUES: &[&str] = &[
    " presentation]",
    "session]",
    "address]",
    "[lecture]",
    "[webinar]",
    "доклад на ",
    "докладу на ",
    "доповідь на ",
    "даклад на ",
    "vortrag ",
    "(lecture",
    "(public lecture",
    "(keynote",
    "(talk ",
];

/// The descriptions; `event` is the rest of the description up to its
/// end.
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:",
        r"\s*\[(?P<apa>(?:paper|conference|poster)\s+presentation|conference\s+session|(?P<apa_speech>keynote\s+address|lecture|webinar))\]\.\s+(?P<apa_event>[^\[\]]+?)\.?$",
        r"|\s*:\s*(?:доклад|доповідь|даклад)у?\s+на\s+(?P<slavic_event>.+?)\s*(?:\((?:не\s+опубл|не\s+опубл[іи]ковано|неопубл)\.?\))?\.?$",
        r"|,\s+vortrag\s+(?:auf|bei|an|im\s+rahmen)\s+(?P<german_event>.+?)\.?$",
        r"|\s*\((?P<speech>public\s+lecture|lecture|keynote(?:\s+address|\s+lecture)?|talk)(?:\s+(?:at|given\s+at|delivered\s+at))?,?\s+(?P<paren_event>[^()]+)\)",
        r")",
    ))
    .expect("presentation pattern")
});

/// A talk's description taken out of its note.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Presentation {
    /// The note with the day of the talk in place of its description.
    pub note: String,
    pub event: Option<String>,
    pub place: Option<String>,
    /// A lecture or keynote rather than a paper at a meeting.
    pub speech: bool,
}

/// The note's talk, or `None` when it describes none.
pub(super) fn presentation(note: &str) -> Option<Presentation> {
    let c = DESCRIPTION.captures(note)?;
    let whole = c.get(0)?;
    let event = ["apa_event", "slavic_event", "german_event", "paren_event"]
        .iter()
        .find_map(|g| c.name(g))?
        .as_str();
    // "Vortrag auf …, Leipzig 1988. In: Jahrbuch …": a talk printed later
    // is read as what it was printed in.
    if ["In:", "in:", "//", " В: ", " У: "]
        .iter()
        .any(|m| event.contains(m))
    {
        return None;
    }
    let speech = c.name("apa_speech").is_some() || c.name("speech").is_some();
    // The parts after the event's name: its place and its day.
    let parts: Vec<&str> = event.split(", ").map(str::trim).collect();
    let first_after = parts
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, p)| place(p).is_some() || dated(p))
        .map_or(parts.len(), |(i, _)| i);
    let name = parts[..first_after].join(", ");
    let place = parts[first_after..].iter().find_map(|p| place(p));
    let day: Vec<&str> = parts[first_after..]
        .iter()
        .copied()
        .filter(|p| dated(p))
        .collect();
    let head = note[..whole.start()].trim_end().trim_end_matches(',');
    let tail = note[whole.end()..].trim_start_matches(['.', ',', ' ']);
    let mut rebuilt = head.to_string();
    if !day.is_empty() {
        rebuilt.push_str(", ");
        rebuilt.push_str(&day.join(", "));
    }
    if !rebuilt.ends_with('.') {
        rebuilt.push('.');
    }
    if !tail.is_empty() {
        rebuilt.push(' ');
        rebuilt.push_str(tail);
    }
    // "Vortrag auf der Jahrestagung der DGO": the article goes.
    let name = name.trim().trim_end_matches('.');
    let name = ["der ", "dem ", "des ", "einer ", "einem ", "the "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name)
        .to_string();
    Some(Presentation {
        note: rebuilt,
        event: (!name.is_empty() && !dated(&name)).then_some(name),
        place,
        speech,
    })
}

/// A part naming a town the gazetteer knows ("Cambridge, United Kingdom"
/// gives Cambridge; a town it does not know is left out).
fn place(part: &str) -> Option<String> {
    let part = part.trim().trim_end_matches('.');
    super::gazetteer::is_publishing_place(part).then(|| part.to_string())
}

/// A part that is a day: "12 окт. 2022 г.", "23.9.2022", "February 20,
/// 2023" (its year after the comma), "2022".
fn dated(part: &str) -> bool {
    let part = part.trim();
    part.starts_with(|c: char| c.is_ascii_digit())
        || (super::dates::may_name_month(part) && part.bytes().any(|b| b.is_ascii_digit()))
}

/// The talk's event and place, and its type, once the rest is read.
pub(super) fn restore(p: Presentation, parsed: &mut super::ParsedNote) {
    let code = if p.speech { "misc" } else { "inproceedings" };
    if p.speech {
        parsed.work.subtype = Some("speech");
    }
    if p.event.is_some() {
        parsed.work.container = p.event;
    }
    if p.place.is_some() {
        parsed.work.location = p.place;
    }
    super::finish::retype(parsed, code);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn talks_lose_their_descriptions_and_keep_their_days() {
        for (note, rebuilt, event, place, speech) in [
            (
                "Hrytsenko, O. (2022, July 14). Memory politics in wartime Ukraine [Paper presentation]. BASEES Annual Conference, Cambridge, United Kingdom.",
                "Hrytsenko, O. (2022, July 14). Memory politics in wartime Ukraine.",
                Some("BASEES Annual Conference"),
                Some("Cambridge"),
                false,
            ),
            (
                "Ковалёв А. Н. Сотрудничество в сфере образования : доклад на Междунар. науч. конф. «Беларусь и Китай», Минск, 12 окт. 2022 г. (не опубл.).",
                "Ковалёв А. Н. Сотрудничество в сфере образования, 12 окт. 2022 г.",
                Some("Междунар. науч. конф. «Беларусь и Китай»"),
                Some("Минск"),
                false,
            ),
            (
                "Jana Bauer, Zivilgesellschaft im Exil, Vortrag auf der Jahrestagung der DGO, Berlin, 23.9.2022.",
                "Jana Bauer, Zivilgesellschaft im Exil, 23.9.2022.",
                Some("Jahrestagung der DGO"),
                Some("Berlin"),
                false,
            ),
            (
                "Timothy Garton Ash, \"Europe after Ukraine\" (lecture, St Antony's College, Oxford, February 20, 2023).",
                "Timothy Garton Ash, \"Europe after Ukraine\", February 20, 2023.",
                Some("St Antony's College"),
                Some("Oxford"),
                true,
            ),
        ] {
            let p = presentation(note).expect(note);
            assert_eq!(p.note, rebuilt, "{note}");
            assert_eq!(p.event.as_deref(), event, "{note}");
            assert_eq!(p.place.as_deref(), place, "{note}");
            assert_eq!(p.speech, speech, "{note}");
        }
        for note in [
            "A. Smith, The Lecture Hall (London: Verso, 2001).",
            "W. Jantzen: Gesundheit, Vortrag auf dem 7. Kongress, Leipzig 1988. In: Jahrbuch 8 (1988) 155-163",
        ] {
            assert_eq!(presentation(note), None, "{note}");
        }
    }
}
