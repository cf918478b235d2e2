//! Speeches and testimony cited by their speaker: "Josep Borrell, speech at
//! the Munich Security Conference, 19 February 2022", "Emmanuel Macron,
//! discours à la conférence des ambassadeurs, Paris, 27 août 2019",
//! "Testimony of Fiona Hill before the House Permanent Select Committee on
//! Intelligence, "Impeachment Inquiry," 116th Cong., …". The labeller read
//! the speaker with the occasion as a title, or the occasion's body as a
//! container or an author. The speaker is the author; the occasion (or the
//! hearing's title) is the title; a speech is BibLaTeX `misc` (or `online`)
//! with `entrysubtype = {speech}`, testimony `misc` with `{hearing}`.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Name;
use crate::parse::Work;
use crate::parse::names::parse_author_segment;

/// The words that open the part naming a speech, longer before shorter,
/// in the languages of the notes refman reads.
const SPEECH_WORDS: [&str; 28] = [
    "keynote address",
    "keynote speech",
    "opening remarks",
    "press conference",
    "conférence de presse",
    "speech",
    "address",
    "remarks",
    "keynote",
    "lecture",
    "statement",
    "discours",
    "allocution",
    "intervention",
    "rede",
    "ansprache",
    "regierungserklärung",
    "discorso",
    "intervento",
    "выступление",
    "обращение",
    "речь",
    "виступ",
    "звернення",
    "прамова",
    "выступ",
    "зварот",
    "briefing",
];

/// "Josep Borrell, speech at …,": a person's name of two to four words,
/// then one of [`SPEECH_WORDS`] in either case and the occasion, up to the
/// next comma.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    let words = SPEECH_WORDS.map(|w| w.replace(' ', r"\s")).join("|");
    Regex::new(&format!(
        concat!(
            r"^(?P<name>\p{{Lu}}[\p{{L}}'’.\-]+(?:\s\p{{Lu}}[\p{{L}}'’.\-]+){{1,3}}),\s",
            r"(?P<what>(?i:{words})\s[^,]{{3,150}}?)(?:,\s|\.?$)",
        ),
        words = words
    ))
    .expect("speech pattern")
});

/// "Testimony of Fiona Hill before the House …, "Impeachment Inquiry,"":
/// a witness's testimony (or statement) before a body, and the hearing's
/// title in quotes.
static TESTIMONY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:Prepared|Written)\s)?(?:[Tt]estimony|[Ss]tatement)\sof\s(?P<name>[^,]+?)",
        r"(?:,\s[^,\x22“]+?)?,?\sbefore\s(?:the\s)?(?P<body>[^,\x22“]+?),\s",
        r"[\x22“](?P<title>[^\x22”]+?),?[\x22”]",
    ))
    .expect("testimony pattern")
});

/// The speaker as the author of their speech, the occasion as its title.
pub(super) fn speech_by_speaker(plain: &str, work: &mut Work) {
    let Some(at) = crate::parse::text::comma_space(plain) else {
        return;
    };
    let second = &plain[at + 2..];
    // "Mario Monti, Intervento al Senato, Roma, 17 novembre 2011": the word
    // may be capitalised where the speech is dated to its day (a book's
    // title may open with "Rede" or "Address", and has a year alone).
    let capitalised = second.starts_with(char::is_uppercase);
    if capitalised && work.date.is_none_or(|d| d.day.is_none()) {
        return;
    }
    // The pattern's first word, looked up before it is tried: most notes'
    // second part is a title.
    let first = second.split(' ').next().unwrap_or_default();
    let opens = crate::letters::with_lowercase(first, |w| {
        SPEECH_WORDS
            .iter()
            .any(|words| words.split(' ').next() == Some(w))
    });
    if !opens {
        return;
    }
    let Some(c) = SPEECH.captures(plain) else {
        return;
    };
    let Some(speaker) = one_person(&c["name"]) else {
        return;
    };
    let what = c["what"].to_string();
    if work.container.as_deref().is_some_and(|t| what.contains(t)) {
        work.container = None;
    }
    work.authors = speaker;
    work.title = Some(what);
    work.publisher = None;
    // The entry type follows from the subtype (`kind::infer`).
    work.subtype = Some("speech");
}

/// The one person a name names, or None (a body's name, several people).
fn one_person(name: &str) -> Option<Vec<Name>> {
    let (names, _) = parse_author_segment(name);
    matches!(names.as_slice(), [Name::Person { .. }]).then_some(names)
}

/// A witness as the author of their testimony, the hearing's title as its
/// title, the body it was given before as the institution.
pub(super) fn testimony_before_body(plain: &str, work: &mut Work) {
    static BEFORE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" before "));
    if BEFORE.find(plain.as_bytes()).is_none() {
        return;
    }
    let Some(c) = TESTIMONY.captures(plain) else {
        return;
    };
    let Some(witness) = one_person(&c["name"]) else {
        return;
    };
    work.authors = witness;
    work.title = Some(c["title"].trim_end_matches(',').to_string());
    work.institution = Some(c["body"].to_string());
    // "116th Cong.": the session, no container.
    work.container = None;
    work.volume = None;
    work.subtype = Some("hearing");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speech_by_its_speaker() {
        let mut work = Work {
            title: Some("Olaf Scholz, speech at the".to_string()),
            container: Some("Charles University".to_string()),
            ..Work::default()
        };
        speech_by_speaker(
            "Olaf Scholz, speech at the Charles University, Prague, 29 August 2022.",
            &mut work,
        );
        assert_eq!(
            work.title.as_deref(),
            Some("speech at the Charles University")
        );
        assert_eq!(work.container, None);
        assert_eq!(work.subtype, Some("speech"));
        assert!(
            matches!(work.authors.as_slice(), [Name::Person { family, .. }] if family == "Scholz")
        );
        // Capitalised, where the speech is dated to its day; not a book's
        // title with a year alone.
        let mut work = Work {
            date: crate::entry::Date::new(2011, Some(11), Some(17)),
            ..Work::default()
        };
        speech_by_speaker(
            "Romano Prodi, Discorso al Senato, Roma, 17 novembre 2011.",
            &mut work,
        );
        assert_eq!(work.title.as_deref(), Some("Discorso al Senato"));
        let mut book = Work {
            date: Some(crate::entry::Date::year(1990)),
            ..Work::default()
        };
        speech_by_speaker(
            "Walter Jens, Rede über Deutschland, München 1990.",
            &mut book,
        );
        assert!(book.authors.is_empty());
        // A body's name is no speaker.
        let mut body = Work::default();
        speech_by_speaker("European Council, statement on Belarus, 2021.", &mut body);
        assert!(body.authors.is_empty());
    }

    #[test]
    fn testimony_before_a_committee() {
        let mut work = Work::default();
        testimony_before_body(
            "Testimony of Jane Doe, Senior Fellow, before the Senate Committee on Foreign Relations, \"Russia's War in Ukraine,\" 117th Cong., 2nd sess., May 4, 2022.",
            &mut work,
        );
        assert_eq!(work.title.as_deref(), Some("Russia's War in Ukraine"));
        assert_eq!(
            work.institution.as_deref(),
            Some("Senate Committee on Foreign Relations")
        );
        assert_eq!(work.subtype, Some("hearing"));
    }
}
