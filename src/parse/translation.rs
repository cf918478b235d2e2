//! What a note says about a work's languages: the original of a
//! translation ("пер. с англ.", "translated from the Russian") becomes
//! `origlanguage`; a reference given in Latin letters with its language
//! named ("(In Russ.)", "[in Chinese]"), the form English-language journals
//! ask for, keeps its title and also records it as the transliterated title
//! (`usere`), with `langid` the language named.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::Work;
use super::text::any_case;
use crate::lang::Language;

static ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bпер(?:\.|евод)\s*с\s*|\btranslated\s+from\s+(?:the\s+)?|\btransl?\.\s+from\s+(?:the\s+)?|\bübers(?:\.|etzt)\s+aus\s+dem\s+)(\p{L}+)",
    )
    .expect("original-language pattern")
});

/// The words [`ORIGINAL`] needs, without its word boundaries: one quick
/// pass over a note.
static ORIGINAL_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| any_case(&["пер.", "перевод", "trans", "übers"]));

static WRITTEN_IN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[(\[]\s*(?:in|на)\s+(\p{L}+)").expect("written-in pattern"));

/// A language named by a word or its abbreviation, in English, Russian or
/// German ("англ", "Russ", "Chinese", "Englischen").
pub(super) fn named(word: &str) -> Option<Language> {
    let w = word.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| w.starts_with(p));
    let iso = if starts(&["англ", "engl"]) {
        "en"
    } else if starts(&["рус", "russ", "rus"]) {
        "ru"
    } else if starts(&["белорус", "белар", "belarus", "bel"]) {
        "be"
    } else if starts(&["укр", "ukr"]) {
        "uk"
    } else if starts(&["кит", "chin"]) {
        "zh"
    } else if starts(&["нем", "germ", "deut"]) {
        "de"
    } else if starts(&["фр", "french", "franz"]) {
        "fr"
    } else if starts(&["япон", "japan"]) {
        "ja"
    } else if starts(&["пол", "polish", "poln"]) {
        "pl"
    } else if starts(&["исп", "span"]) {
        "es"
    } else if starts(&["ит", "ital"]) {
        "it"
    } else {
        return None;
    };
    Language::from_iso(iso)
}

/// Whether a bracket opens on "in " or "на " as [`WRITTEN_IN`] needs
/// (letter case aside): a quicker test than the pattern's search.
fn may_name_language(note: &str) -> bool {
    note.match_indices(['(', '[']).any(|(i, _)| {
        let mut rest = note[i + 1..].trim_start().chars();
        matches!(
            (rest.next(), rest.next()),
            (Some('i' | 'I'), Some('n' | 'N')) | (Some('н' | 'Н'), Some('а' | 'А'))
        ) && rest.next().is_some_and(char::is_whitespace)
    })
}

/// A whole bracket naming a language: "[in Ukrainian]", "(in Russian)",
/// "(In Russ.)", "[на русском языке]".
static LANGUAGE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[(\[]\s*(?:in|на)\s+(\p{L}+)\.?(?:\s+(?:языке|мове|language))?\s*[)\]]")
        .expect("language note pattern")
});

/// The note without the bracket that names its language after a quoted
/// title ("\"…\" [in Ukrainian], Ukrainska Pravda"), which the labeller
/// would read as a container, and the bracket as written; `None` when it
/// has none. After an unquoted title the bracket stays the title's end, as
/// reference lists write it. [`apply`] still reads the language from the
/// whole note.
pub(super) fn without_language_note(note: &str) -> Option<(String, String)> {
    if !may_name_language(note) {
        return None;
    }
    let m = LANGUAGE_NOTE
        .captures_iter(note)
        .filter(|c| named(&c[1]).is_some())
        .filter_map(|c| c.get(0))
        .find(|m| {
            note[..m.start()]
                .trim_end_matches(',')
                .ends_with(['"', '”', '»', '’', '\''])
        })?;
    Some((
        format!("{}{}", &note[..m.start()], &note[m.end()..]),
        m.as_str().trim().to_string(),
    ))
}

/// Words an APA description in brackets opens with ("[Data set]",
/// "[Press release]"): no translation of the title before it.
const DESCRIPTIONS: &[&str] = &[
    "Abstract",
    "Accessed",
    "Archived",
    "Audio",
    "Blog",
    "Brochure",
    "Computer",
    "Data",
    "Dissertation",
    "Doctoral",
    "Editorial",
    "Electronic",
    "Fact",
    "Film",
    "Infographic",
    "Internet",
    "Lecture",
    "Letter",
    "Map",
    "Master's",
    "Motion",
    "Online",
    "Photograph",
    "Podcast",
    "PowerPoint",
    "Press",
    "Retrieved",
    "Review",
    "Television",
    "Thesis",
    "Tweet",
    "Unpublished",
    "Video",
];

/// Words alone in brackets after a quoted title that say what the work
/// is, not what its title means.
const ONE_WORD_KINDS: &[&str] = &[
    "Interview",
    "Speech",
    "Transcript",
    "Translation",
    "Summary",
    "Excerpt",
    "Preprint",
    "Updated",
    "Abridged",
    "Sic",
];

/// Whether every letter of a text is a Latin one (with accents).
fn in_latin_letters(text: &str) -> bool {
    text.chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}'))
}

/// The note without the English translation in brackets after a title in
/// another language ("“Pochemu Minsk molchit” [Why Minsk is silent],
/// Kommersant", "Belorusskaya model integratsii [The Belarusian model of
/// integration]. Mirovaya ekonomika …", "… globalizatsii (Russia’s foreign
/// policy in the age of globalisation) (Moscow: …"), and the translation;
/// `None` when it has none. The labeller, which met such brackets mostly at
/// a title's end, may read one with the container after it as a note. The
/// bracket must hold two words or more in Latin letters, open with a
/// capital, stand before punctuation (a comma after a title without quotes)
/// and follow a title that does not read as English; a round bracket must
/// read as English itself and stand before the imprint's bracket or a
/// comma.
pub(super) fn without_translated_title(note: &str) -> Option<(String, String)> {
    for open in memchr::memchr2_iter(b'[', b'(', note.as_bytes()) {
        let round = note.as_bytes()[open] == b'(';
        let inside = &note[open + 1..];
        let Some(close) = inside.find(if round { ')' } else { ']' }) else {
            continue;
        };
        let translation = &inside[..close];
        let after = inside[close + 1..].trim_start();
        let words = translation.split_whitespace().count();
        // "(Russia’s foreign policy in the age of globalisation) (Moscow:":
        // in round brackets, only what reads as English, before the
        // imprint's bracket or a comma.
        if round
            && (words < 3
                || !reads_as_english(translation)
                || translation.contains(|c: char| c.is_ascii_digit() || c == ':')
                || !after.starts_with(['(', ',']))
        {
            continue;
        }
        // "“Vyzvaleńnie” [Liberation], Naša Niva": one word translates a
        // quoted title of one word or two.
        let one_word = words == 1
            && note[..open].trim_end().ends_with(['”', '»', '"'])
            && translation.chars().count() >= 4
            && translation.chars().all(|c| c.is_ascii_alphabetic())
            && !ONE_WORD_KINDS.contains(&translation);
        if !((2..=30).contains(&words) || one_word)
            || !translation.starts_with(|c: char| c.is_ascii_uppercase())
            || translation.contains(['[', '(', '"'])
            || !in_latin_letters(translation)
            || DESCRIPTIONS.iter().any(|d| translation.split_whitespace().next() == Some(*d))
            || !(after.is_empty() || after.starts_with([',', '.', '(', ':', ';']))
            // "…? [Translation].”": the bracket inside a quoted title.
            || after
                .trim_start_matches([',', '.'])
                .starts_with(['”', '»', '"', '’'])
            // "[Jan 1993]", "[Accessed 5 May 2015]": a date.
            || translation
                .split_whitespace()
                .any(|w| crate::parse::dates::is_month(w.trim_end_matches(['.', ','])))
        {
            continue;
        }
        let before = note[..open].trim_end();
        let last = before.chars().next_back();
        // The quoted title the bracket follows, as the quote reader finds
        // it; "identychnasts’ [": a soft sign's mark ending a word, where
        // no quote closes there.
        let quoted = match last {
            Some('”' | '»' | '’' | '"') => match quoted_at_end(before) {
                Some(title) => Some(title),
                None if last == Some('’') => None,
                None => continue,
            },
            _ => None,
        };
        let title = match (quoted, last) {
            (Some(title), _) => title,
            // After a title without quotes, only where a comma follows
            // ("Rossiia i Evraziia [Russia and Eurasia], Valdai Report"):
            // before a stop the labeller reads the bracket as the title's
            // end, which it is.
            (None, Some(c))
                if (c.is_alphabetic() || c == '?' || c == '’')
                    && (after.starts_with(',') || round) =>
            {
                let start = [". ", ", "]
                    .iter()
                    .filter_map(|sep| before.rfind(sep).map(|at| at + sep.len()))
                    .max()
                    .unwrap_or(0);
                &before[start..]
            }
            _ => continue,
        };
        // A title in Chinese characters keeps its bracket: the labeller
        // reads those as written.
        if title.chars().filter(|c| c.is_alphabetic()).count() < 3
            || reads_as_english(title)
            || title.chars().any(crate::parse::label::tokens::is_cjk)
        {
            continue;
        }
        let rest = format!("{before}{}", &inside[close + 1..]);
        return Some((rest, translation.trim().to_string()));
    }
    None
}

/// The inside of the quoted span that ends `text`, if one does.
fn quoted_at_end(text: &str) -> Option<&str> {
    let mut offset = 0;
    while let Some(q) = super::text::find_quoted(&text[offset..]) {
        if offset + q.end == text.len() {
            return Some(&text[offset + q.inner_start..offset + q.inner_end]);
        }
        offset += q.end;
    }
    None
}

/// Words of English a title in Latin letters has when it is a translation
/// ("Zelensky signs law on sanctions [in Ukrainian]"), not a
/// transliteration ("Rossiya i Belarus': novaya povestka").
fn reads_as_english(title: &str) -> bool {
    const WORDS: [&str; 14] = [
        "the", "of", "and", "on", "to", "for", "with", "is", "after", "from", "by", "an", "its",
        "about",
    ];
    title
        .split(|c: char| !c.is_alphabetic())
        .any(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// Records in `work` the languages `note` names.
pub fn apply(note: &str, work: &mut Work) {
    // The patterns are tried only on notes with the words they need: with
    // Unicode word boundaries, [`ORIGINAL`] reads a Cyrillic note slowly.
    if ORIGINAL_WORDS.is_match(note)
        && let Some(language) = ORIGINAL.captures(note).and_then(|c| named(&c[1]))
    {
        work.origlanguage = Some(language);
    }
    if !may_name_language(note) {
        return;
    }
    let Some(language) = WRITTEN_IN.captures(note).and_then(|c| named(&c[1])) else {
        return;
    };
    let latin_title = work.title.as_deref().is_some_and(|t| {
        t.chars().any(|c| c.is_ascii_alphabetic())
            && !t.chars().any(|c| {
                c.is_alphabetic()
                    && !c.is_ascii()
                    && !matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0300}'..='\u{036F}' | 'ʹ' | 'ʺ')
            })
    });
    if latin_title && matches!(language.iso(), "ru" | "uk" | "be" | "zh" | "ja") {
        // A title translated into English names the source's language,
        // and is no transliteration of its title.
        if !work.title.as_deref().is_some_and(reads_as_english) {
            work.usere = work.title.clone();
        }
        work.language = Some(language);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_note;

    /// The quick tests pass every note their pattern matches.
    #[test]
    fn quick_tests_pass_what_the_patterns_match() {
        for note in [
            "Хантингтон С. Столкновение цивилизаций / ПЕР. С АНГЛ. Т. Велимеева.",
            "Смит А. Книга / перевод с английского.",
            "Smith, A. Title. Trans. from the Russian by B. Jones.",
            "Müller, K. Titel. Übersetzt aus dem Russischen.",
        ] {
            assert!(
                ORIGINAL.is_match(note) && ORIGINAL_WORDS.is_match(note),
                "{note}"
            );
        }
        for note in [
            "Petrov, P. Title (In Russ.).",
            "Петров П. Заглавие [на  русском языке].",
            "Petrov, P. Title ( IN Russian).",
        ] {
            assert!(
                WRITTEN_IN.is_match(note) && may_name_language(note),
                "{note}"
            );
        }
        assert!(!may_name_language("Title (2020) [online]."));
    }

    #[test]
    fn a_bracket_naming_the_language_is_no_container() {
        assert_eq!(
            without_language_note("Hromadske, \"Title of the item\" [in Ukrainian], 3 May 2023."),
            Some((
                "Hromadske, \"Title of the item\", 3 May 2023.".to_string(),
                "[in Ukrainian]".to_string()
            ))
        );
        assert_eq!(
            without_language_note("A. Ivanov, \"Title\" (in Russian), Republic, 2023.")
                .map(|(rest, _)| rest),
            Some("A. Ivanov, \"Title\", Republic, 2023.".to_string())
        );
        // "(in Memoriam)" names no language; after an unquoted title the
        // bracket stays.
        assert_eq!(
            without_language_note("\"Title\" (in Memoriam), 2020."),
            None
        );
        assert_eq!(
            without_language_note("Petrov P. Title (in Russian). Moscow, 2001."),
            None
        );
        let parsed = parse_note(
            "Hromadske, \"Kyiv hosts a summit on grain exports\" [in Ukrainian], 3 May 2023, https://hromadske.ua/posts/1.",
        );
        assert_eq!(
            parsed.work.container.as_deref(),
            Some("Hromadske"),
            "{:?}",
            parsed.work
        );
        assert_eq!(parsed.work.language.map(Language::iso), Some("uk"));
        // A title translated into English is no transliteration; the
        // bracket is kept after it.
        assert_eq!(parsed.work.usere, None);
        let entry = parsed.work.to_entry("k");
        assert_eq!(entry.text("titleaddon").as_deref(), Some("[in Ukrainian]"));
    }

    #[test]
    fn a_translation_names_its_original_language() {
        let parsed = parse_note(
            "Хантингтон С. Столкновение цивилизаций / пер. с англ. Т. Велимеева. М.: АСТ, 2003. 603 с.",
        );
        assert_eq!(parsed.work.origlanguage.map(Language::iso), Some("en"));
        let entry = parsed.work.to_entry("k");
        assert_eq!(entry.text("origlanguage").as_deref(), Some("english"));
    }

    #[test]
    fn a_transliterated_reference_keeps_its_language_and_transliteration() {
        let parsed = parse_note(
            "Ivanov I.I. Ekonomicheskie otnosheniya Belarusi i Kitaya [Economic relations of Belarus and China]. Voprosy ekonomiki, 2019, no. 3, pp. 45–60. (In Russ.)",
        );
        let entry = parsed.work.to_entry("k");
        assert_eq!(
            entry.text("langid").as_deref(),
            Some("russian"),
            "{entry:?}"
        );
        assert_eq!(entry.text("usere"), entry.text("title"), "{entry:?}");
        // A Latin title of an English work gets no transliteration.
        let english = parse_note("Smith J. Trade corridors. Journal of Trade, 2019, no. 2.");
        assert_eq!(english.work.usere, None);
    }
}
