//! An entry of an encyclopedia or a dictionary, cited by its headword:
//! `Encyclopaedia Britannica Online, s.v. "Belarus," accessed …`, `Oxford
//! English Dictionary, s.v. "oligarch (n.)," July 2023`, `Encyklopedia PWN,
//! hasło „Białoruś”`, `Art. „Weißrussland“, in: Brockhaus Enzyklopädie`,
//! `《中国大百科全书》…，"白俄罗斯"条`. The labeller reads the reference work
//! and `s.v.` as an author; the note is written again as a chapter in the
//! reference work (`"Belarus," in Encyclopaedia Britannica Online, …`), a
//! form it reads. A GOST entry's multivolume mark (`// Большая российская
//! энциклопедия : в 35 т.`) goes the same way.
//!
//! Whatever form it came in, a work in a reference work is a chapter of it
//! ([`is_reference_work`]): an entry, not an article or a book.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

/// Pieces one of the forms holds: a note without any (nearly all) is not
/// searched further (see [`super::forms`]).
pub(super) const CUES: &[&str] = &[
    "s.v.",
    "s. v.",
    "sub voce",
    "sub verbo",
    "hasło",
    "Stichwort",
    "Art.",
    "条",
    " т.",
    " кн.",
];

/// `Work, s.v. "Headword," rest`.
static SUB_VOCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<work>[^,“”«»„]{3,120}?),?\s+(?:s\.\s?v\.|sub\s+voce|sub\s+verbo|hasło|Stichwort)\s+",
        r#"(?P<head>"[^"]{1,120}"|“[^”]{1,120}”|„[^“”]{1,120}[“”]|«[^»]{1,120}»|‘[^’]{1,120}’)"#,
        r"(?P<rest>.*)$",
    ))
    .expect("sub voce pattern")
});

/// `Art. „Headword“, in: Work`: the word for an article opens the note.
static ARTICLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Art\.|Artikel|Stichwort|Lemma|s\.\s?v\.)\s+",
        r#"(?P<head>"[^"]{1,120}"|“[^”]{1,120}”|„[^“”]{1,120}[“”]|«[^»]{1,120}»)"#,
        r"(?P<rest>,?\s*(?:in:?|dans|в:?)\s.*)$",
    ))
    .expect("article word pattern")
});

/// `《Work》…，"Headword"条，rest`: the Chinese entry named after the
/// imprint.
static CHINESE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?P<work>《[^》]+》.*?)[，,]\s*["“](?P<head>[^"”]{1,40})["”]词?条[，,]\s*(?P<rest>.*)$"#)
        .expect("Chinese entry pattern")
});

/// `// Work : в 35 т.`, `: у 18 т.`, `: у 10 т.`: how many volumes the work
/// a GOST entry is in has.
static VOLUMES_OF_CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*:\s*[ву]\s+\d{1,3}\s*(?:т|тт|кн|ч)\.").expect("volume count pattern")
});

/// The note written as a chapter of the reference work it cites, or
/// `None` when it cites none in these forms.
pub(super) fn rewritten(note: &str) -> Option<String> {
    if let Some(c) = SUB_VOCE.captures(note) {
        let work = c["work"].trim();
        let head = &c["head"];
        let rest = c["rest"].trim_start_matches([',', ' ']);
        let inside = head.trim_end_matches(['"', '”', '“', '»', '’']);
        let comma = if inside.ends_with(',') { "" } else { "," };
        return Some(match rest.trim_end_matches('.').is_empty() {
            true => format!("{head}{comma} in {work}."),
            false => format!("{head}{comma} in {work}, {rest}"),
        });
    }
    if let Some(c) = ARTICLE_WORD.captures(note) {
        return Some(format!("{}{}", &c["head"], &c["rest"]));
    }
    if let Some(c) = CHINESE_ENTRY.captures(note) {
        // The edition's and volume's commas go: "《书名》（第二版）第2卷".
        let work = c["work"]
            .replace("），第", "）第")
            .replace("》，第", "》第");
        return Some(format!("《{}》，载{work}，{}", &c["head"], &c["rest"]));
    }
    let at = note.find("//")?;
    let after = &note[at..];
    let m = VOLUMES_OF_CONTAINER.find(after)?;
    let tail = &after[m.end()..];
    let stop = if tail.starts_with('.') { "" } else { "." };
    Some(format!(
        "{}{}{stop}{tail}",
        &note[..at],
        &after[..m.start()]
    ))
}

/// Words that name a reference work in the languages refman reads.
static REFERENCE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = [
        "encyclopedia",
        "encyclopaedia",
        "encyclopædia",
        "enzyklopädie",
        "lexikon",
        "dictionary",
        "dictionnaire",
        "dizionario",
        "diccionario",
        "enciclopedia",
        "encyklopedia",
        "słownik",
        "энциклопеди",
        "энцыклапеды",
        "енциклопеді",
        "словарь",
        "слоўнік",
        "словник",
        "百科全书",
        "辞典",
        "词典",
        "辞海",
        "britannica",
        "brockhaus",
        "wikipedia",
    ];
    let forms: Vec<String> = words
        .iter()
        .flat_map(|w| super::text::case_forms(w))
        .collect();
    super::text::cue_automaton(&forms)
});

/// Whether a container names an encyclopedia or a dictionary.
pub(super) fn is_reference_work(container: &str) -> bool {
    REFERENCE_WORDS.is_match(container)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_written_as_chapters_of_their_reference_work() {
        for (note, want) in [
            (
                "Encyclopaedia Britannica Online, s.v. \"Belarus,\" accessed May 2, 2023, https://www.britannica.com/place/Belarus.",
                "\"Belarus,\" in Encyclopaedia Britannica Online, accessed May 2, 2023, https://www.britannica.com/place/Belarus.",
            ),
            (
                "Encyklopedia PWN, hasło „Białoruś”, https://encyklopedia.pwn.pl/haslo/Bialorus.html.",
                "„Białoruś”, in Encyklopedia PWN, https://encyklopedia.pwn.pl/haslo/Bialorus.html.",
            ),
            (
                "Art. „Weißrussland“, in: Brockhaus Enzyklopädie, Bd. 29, Leipzig 2006, S. 612.",
                "„Weißrussland“, in: Brockhaus Enzyklopädie, Bd. 29, Leipzig 2006, S. 612.",
            ),
            (
                "《中国大百科全书》（第二版），第2卷，北京：中国大百科全书出版社，2009年，\"白俄罗斯\"条，第256页。",
                "《白俄罗斯》，载《中国大百科全书》（第二版）第2卷，北京：中国大百科全书出版社，2009年，第256页。",
            ),
            (
                "Белоруссия // Большая российская энциклопедия : в 35 т. Т. 3. М., 2005. С. 245.",
                "Белоруссия // Большая российская энциклопедия. Т. 3. М., 2005. С. 245.",
            ),
        ] {
            assert_eq!(rewritten(note).as_deref(), Some(want), "{note}");
        }
        // A volume's own title after the count is a multivolume work's
        // heading, read elsewhere; "Art." inside a law is no entry.
        for note in [
            "Гісторыя Беларусі : у 6 т. Т. 5. Мінск, 2006.",
            "Art. 5 of the Treaty, in force since 1993.",
        ] {
            assert_eq!(rewritten(note), None, "{note}");
        }
        assert!(is_reference_work("Беларуская энцыклапедыя"));
        assert!(!is_reference_work("Slavic Review"));
    }
}
