//! A work not published yet: `(forthcoming)`, `(in press)`, `(im
//! Erscheinen)`, `(в печати)`, `(у друці)`, `(à paraître)`, `(in corso di
//! stampa)`, `(w druku)`, `（待刊）`, or the same words after the last comma.
//! The labeller reads the words as a date or a note, and a note whose work
//! has no year yet was taken for commentary; they are taken out before the
//! note is read and kept as BibLaTeX `pubstate` (CSL `status`).

use std::sync::LazyLock;

use regex::Regex;

/// The words in every language refman reads, with the state each names
/// (BibLaTeX's standard values).
pub(super) const STATES: &[(&str, &str)] = &[
    ("forthcoming", "forthcoming"),
    ("im erscheinen", "forthcoming"),
    ("à paraître", "forthcoming"),
    ("in corso di stampa", "forthcoming"),
    ("in via di pubblicazione", "forthcoming"),
    ("待刊", "forthcoming"),
    ("即将出版", "forthcoming"),
    ("in press", "inpress"),
    ("im druck", "inpress"),
    ("sous presse", "inpress"),
    ("in stampa", "inpress"),
    ("w druku", "inpress"),
    ("в печати", "inpress"),
    ("в печать", "inpress"),
    ("у друці", "inpress"),
    ("у друку", "inpress"),
    ("en prensa", "inpress"),
    ("no prelo", "inpress"),
    ("in preparation", "inpreparation"),
    ("in vorbereitung", "inpreparation"),
    ("в подготовке", "inpreparation"),
];

/// The words in brackets anywhere, or after the last comma or stop.
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = STATES.iter().map(|(w, _)| regex::escape(w)).collect();
    let words = words.join("|");
    Regex::new(&format!(
        r"(?i)\s*[(（\[]\s*(?P<b>{words})\s*[)）\]]|[,.]\s+(?P<e>{words})\s*\.?\s*$"
    ))
    .expect("publication state pattern")
});

/// "Smith, J." before the bracket: APA's place of the year.
static AFTER_AUTHORS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\p{Lu}\.|\(Eds?\.\)|\(Hrsg\.\))$").expect("initial pattern"));

/// Whether the note says its work is not published yet.
pub(super) fn named(note: &str) -> bool {
    super::forms::present(note).has(super::forms::STATE) && MARK.is_match(note)
}

/// The note without its state, and the state (`forthcoming`, `inpress`,
/// `inpreparation`). APA's `(in press)` in the year's place becomes
/// `(n.d.)`, which keeps the reference's shape; the caller clears the
/// undated mark.
pub(super) fn without_state(note: &str) -> Option<(String, &'static str)> {
    let caps = MARK.captures(note)?;
    let whole = caps.get(0)?;
    let words = caps.name("b").or_else(|| caps.name("e"))?;
    let state = STATES
        .iter()
        .find(|(w, _)| {
            w.eq_ignore_ascii_case(words.as_str()) || *w == words.as_str().to_lowercase()
        })
        .map_or("forthcoming", |(_, s)| *s);
    let before = note[..whole.start()].trim_end();
    let after = &note[whole.end()..];
    let rest = if caps.name("b").is_some() && AFTER_AUTHORS.is_match(before) {
        format!("{before} (n.d.){after}")
    } else if caps.name("e").is_some() {
        format!("{before}.")
    } else {
        format!("{before}{after}")
    };
    Some((rest, state))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_taken_out_in_every_place() {
        for (note, rest, state) in [
            (
                "Ina Hoffmann, Die belarussische Diaspora in Polen, in: Osteuropa (im Erscheinen).",
                "Ina Hoffmann, Die belarussische Diaspora in Polen, in: Osteuropa.",
                "forthcoming",
            ),
            (
                "Smith, J. (in press). Title of the paper. Journal of Things.",
                "Smith, J. (n.d.). Title of the paper. Journal of Things.",
                "inpress",
            ),
            (
                "Жуков Д. Информационная политика // Полис. 2025 (В печати).",
                "Жуков Д. Информационная политика // Полис. 2025.",
                "inpress",
            ),
            (
                "O. Shevchuk, \"Wartime Censorship,\" Journal of Communication, forthcoming.",
                "O. Shevchuk, \"Wartime Censorship,\" Journal of Communication.",
                "forthcoming",
            ),
        ] {
            assert!(named(note), "{note}");
            assert_eq!(
                without_state(note),
                Some((rest.to_string(), state)),
                "{note}"
            );
        }
        // The words inside a title are no state.
        for note in [
            "A. Rossi, In press and on air: Italian media, Roma 2001.",
            "J. Smith, The Forthcoming Election in Belarus, 2020.",
        ] {
            assert_eq!(without_state(note), None, "{note}");
        }
    }
}
