//! Marks that say a work is a film or a map, which no reference of a text
//! carries: a director's `dir.` after the name (`Anna Prokop, dir.,
//! Courtyards of Minsk (Vilnius: …, 2021), documentary, 72 min.`) or
//! `directed by` after the title (`The Voice of Belarus, directed by
//! Marina Vasilevskaya (Warsaw: …, 2021)`: the director comes first), a
//! running time, GOST's mark of a recording (`Купала [Видеозапись] /
//! реж. …`), and a map's scale (`Масштаб 1:750 000`, `Scale
//! 1:50,000`, `Maßstab 1:25 000`) and sheet count (`1 к.`, `1 map`). The
//! labeller reads them as a title, pages or the note's commentary; they are
//! taken out before the note is read. A film is a video (CSL
//! `motion_picture`).

use std::sync::LazyLock;

use regex::Regex;

/// Pieces the marks hold: a note without any (nearly all) is not searched
/// further (see [`super::forms`]).
pub(super) const CUES: &[&str] = &[
    ", dir.,",
    ", directed by ",
    // Without their first letter, which may be a capital.
    "идеозапись]",
    "ідеозапис]",
    "ідэазапіс]",
    " min.",
    "масштаб",
    "scale 1:",
    "maßstab",
    "échelle 1:",
    "skala 1:",
    "scala 1:",
];

/// "Anna Prokop, dir., ": the director's mark after the name.
static DIRECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>\p{Lu}[\p{L}.'’\- ]{2,60}?),\s+dir\.,\s+").expect("director pattern")
});

/// "The Voice of Belarus, directed by Marina Vasilevskaya (": the title,
/// then its director.
static DIRECTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<title>[^,(]+?),\s+directed\s+by\s+(?P<name>\p{Lu}[\p{L}.'’\- ]+?)(?P<end>\s\(|,\s)",
    )
    .expect("directed by pattern")
});

/// "[Видеозапись]": GOST's general designation of a recording after the
/// title.
static RECORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\[(?:Видеозапись|Відеозапис|Відэазапіс)\]").expect("recording mark pattern")
});

/// "(…, 2021), documentary, 72 min.", ", 72 min.": a film's kind and
/// running time at the note's end.
static RUNNING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,\s+(?:documentary|feature\s+film|film|short\s+film|video))?,\s+\d{1,3}\s+min\.?\s*$")
        .expect("running time pattern")
});

/// "Масштаб 1:750 000.", "Scale 1:50,000.": a map's scale, a sentence of
/// its own; "1 к." and "1 map" its extent at the end.
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*(?:масштаб|scale|maßstab|échelle|skala|scala)\s+1\s?:\s?[\d\s,.]{2,14}\d\.?",
    )
    .expect("map scale pattern")
});
static SHEETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+\d{1,2}\s+(?:к\.|карт[аы]?\.?|maps?\.?|Karten?\.?)\s*$")
        .expect("map sheets pattern")
});

/// The note without a film's or a map's marks, and whether it is a film;
/// `None` when it has none.
pub(super) fn without_marks(note: &str) -> Option<(String, bool)> {
    let mut rest = note.to_string();
    let mut film = false;
    if let Some(c) = DIRECTOR.captures(&rest) {
        let name = c["name"].to_string();
        let end = c.get(0).map_or(0, |m| m.end());
        rest = format!("{name}, {}", &rest[end..]);
        film = true;
    }
    if let Some(c) = DIRECTED_BY.captures(&rest)
        && c["name"].len() <= 60
    {
        let end = c.name("end").map_or(0, |m| m.start());
        rest = format!("{}, {}{}", &c["name"], &c["title"], &rest[end..]);
        film = true;
    }
    if let Some(m) = RECORDING.find(&rest) {
        let (start, end) = (m.start(), m.end());
        rest.replace_range(start..end, "");
        film = true;
    }
    if let Some(m) = RUNNING_TIME.find(&rest) {
        let start = m.start();
        rest.truncate(start);
        rest.push('.');
        film = true;
    }
    let mut map = false;
    if let Some(m) = SCALE.find(&rest) {
        let (start, end) = (m.start(), m.end());
        rest.replace_range(start..end, "");
        map = true;
    }
    if map && let Some(m) = SHEETS.find(&rest) {
        let start = m.start();
        rest.truncate(start);
    }
    (film || map).then_some((rest, film))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_film_and_a_map_lose_their_marks() {
        assert_eq!(
            without_marks(
                "Anna Prokop, dir., Courtyards of Minsk (Vilnius: Baltic Doc Studio, 2021), documentary, 72 min."
            ),
            Some((
                "Anna Prokop, Courtyards of Minsk (Vilnius: Baltic Doc Studio, 2021).".to_string(),
                true
            ))
        );
        assert_eq!(
            without_marks(
                "Карта железных дорог Республики Беларусь. Масштаб 1:750 000. Минск : Белкартография, 2019. 1 к."
            ),
            Some((
                "Карта железных дорог Республики Беларусь. Минск : Белкартография, 2019."
                    .to_string(),
                false
            ))
        );
        assert_eq!(
            without_marks(
                "The Voice of Belarus, directed by Marina Vasilevskaya (Warsaw: Belsat Films, 2021), 52 min."
            ),
            Some((
                "Marina Vasilevskaya, The Voice of Belarus (Warsaw: Belsat Films, 2021)."
                    .to_string(),
                true
            ))
        );
        assert_eq!(
            without_marks(
                "Купала [Видеозапись] / реж. В. Янковский. – Минск : Беларусьфильм, 2020."
            ),
            Some((
                "Купала / реж. В. Янковский. – Минск : Беларусьфильм, 2020.".to_string(),
                true
            ))
        );
        // A ratio in a title and minutes of a meeting are no marks.
        for note in [
            "J. Smith, \"A 1:1 Copy,\" Journal 3 (2020): 5.",
            "Minutes of the Council, 12 May 2020, 14 min. read.",
        ] {
            assert_eq!(without_marks(note), None, "{note}");
        }
    }
}
