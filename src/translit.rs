//! Cyrillic in Latin letters by the systems editors ask for: ISO 9:1995
//! (system A, one letter for one letter, with diacritics), GOST 7.79-2000
//! system B (ASCII, the Russian standard's choice for references), BGN/PCGN
//! and ALA-LC (the American library romanization, with its tie marks).
//! Russian, Ukrainian and Belarusian each have their own table where the
//! system says so (`г` is `h` in Ukrainian and Belarusian under BGN/PCGN and
//! ALA-LC, `и` is `y`` in Ukrainian under GOST B). Only Cyrillic letters
//! change; everything else is left as written. Pure.

use crate::entry::{Entry, Name};
use crate::lang::Language;
use crate::letters::is_cyrillic;

/// A romanization system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// ISO 9:1995, system A: `Щукин` → `Ŝukin`.
    Iso9,
    /// GOST 7.79-2000, system B: `Щукин` → `Shhukin`.
    GostB,
    /// BGN/PCGN (Russian 1947, Ukrainian 2019, Belarusian 1979).
    Bgn,
    /// ALA-LC romanization tables.
    Lc,
}

/// Which language's table a text is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cyrillic {
    Russian,
    Ukrainian,
    Belarusian,
}

impl Cyrillic {
    /// The table for a `langid` when it names a Cyrillic language, else the
    /// one the text's own letters point to (Ukrainian `ї є ґ`, Belarusian
    /// `ў`), Russian otherwise.
    pub fn of(langid: Option<&str>, text: &str) -> Self {
        match langid.and_then(Language::from_name).map(Language::iso) {
            Some("uk") => return Cyrillic::Ukrainian,
            Some("be") => return Cyrillic::Belarusian,
            Some("ru") => return Cyrillic::Russian,
            _ => {}
        }
        let has = |set: &str| {
            text.chars()
                .any(|c| set.contains(c.to_lowercase().next().unwrap_or(c)))
        };
        if has("ў") {
            Cyrillic::Belarusian
        } else if has("їєґ") {
            Cyrillic::Ukrainian
        } else {
            Cyrillic::Russian
        }
    }
}

/// `text` with its Cyrillic letters romanized; a word written in capitals
/// stays in capitals (`ЩУКА` → `SHHUKA`), a capital letter becomes a
/// capitalised group (`Щука` → `Shhuka`).
pub fn transliterate(text: &str, system: System, language: Cyrillic) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let lower = c.to_lowercase().next().unwrap_or(c);
        let context = Context {
            initial: prev.is_none_or(|p| !p.is_alphabetic() && !is_apostrophe(p)),
            after: prev.map(|p| p.to_lowercase().next().unwrap_or(p)),
            before: next.map(|n| n.to_lowercase().next().unwrap_or(n)),
        };
        let latin = if is_apostrophe(c) {
            let inside = prev.is_some_and(is_cyrillic) && next.is_some_and(is_cyrillic);
            if !inside {
                out.push(c);
                continue;
            }
            apostrophe(system, language)
        } else if is_cyrillic(c) {
            match letter(system, language, lower, &context) {
                Some(latin) => latin,
                None => {
                    out.push(c);
                    continue;
                }
            }
        } else {
            out.push(c);
            continue;
        };
        if c.is_uppercase() {
            let all_caps = next.is_some_and(|n| n.is_uppercase())
                || (next.is_none_or(|n| !n.is_alphabetic())
                    && prev.is_some_and(char::is_uppercase));
            if all_caps {
                out.extend(latin.chars().flat_map(char::to_uppercase));
            } else {
                let mut letters = latin.chars();
                if let Some(first) = letters.next() {
                    out.extend(first.to_uppercase());
                    out.extend(letters);
                }
            }
        } else {
            out.push_str(latin);
        }
    }
    out
}

/// Whether `text` has a Cyrillic letter.
pub fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

/// An entry with its Cyrillic titles, names, outlets and publishers
/// romanized, each by the table of the entry's `langid` (or its letters).
/// Translations (`titleaddon`), addresses and identifiers are untouched.
pub fn transliterate_entry(entry: &Entry, system: System) -> Entry {
    const TEXT: [&str; 12] = [
        "title",
        "subtitle",
        "shorttitle",
        "journaltitle",
        "booktitle",
        "maintitle",
        "series",
        "publisher",
        "institution",
        "organization",
        "location",
        "howpublished",
    ];
    let mut out = entry.clone();
    let langid = entry.text("langid");
    let sample = entry.text("title").unwrap_or_default();
    let language = Cyrillic::of(langid.as_deref(), &sample);
    for field in TEXT {
        if let Some(value) = entry.text(field).filter(|v| has_cyrillic(v)) {
            out.set_text(field, &transliterate(&value, system, language));
        }
    }
    for field in ["author", "editor", "translator"] {
        let names = entry.names(field);
        let cyrillic = |n: &Name| match n {
            Name::Person { family, given, .. } => has_cyrillic(family) || has_cyrillic(given),
            Name::Organization(o) => has_cyrillic(o),
            Name::Others => false,
        };
        if names.iter().any(cyrillic) {
            let romanized: Vec<Name> = names
                .iter()
                .map(|n| n.map_text(|t| transliterate(t, system, language)))
                .collect();
            out.set_names(field, &romanized);
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Where a letter stands: BGN/PCGN and GOST B spell some letters by their
/// neighbours.
struct Context {
    initial: bool,
    after: Option<char>,
    before: Option<char>,
}

impl Context {
    /// Word-initial, or after a vowel, `й`, `ъ`, `ь`, `ў` or an apostrophe:
    /// where BGN/PCGN writes `е` as `ye`.
    fn iotated(&self) -> bool {
        self.initial
            || self
                .after
                .is_some_and(|p| "аеёиоуыэюяіїєйъьў'’ʼ".contains(p))
    }
}

fn apostrophe(system: System, language: Cyrillic) -> &'static str {
    match (system, language) {
        (System::Iso9, _) => "’",
        (System::GostB, _) => "''",
        (System::Bgn, Cyrillic::Ukrainian) => "",
        (System::Bgn, _) => "”",
        (System::Lc, _) => "ʺ",
    }
}

/// The Latin for one lower-case Cyrillic letter; `None` for letters the
/// system has no rule for (they stay as written).
fn letter(system: System, language: Cyrillic, c: char, at: &Context) -> Option<&'static str> {
    use Cyrillic::{Belarusian as Be, Russian as Ru, Ukrainian as Uk};
    // Letters every system and language spells alike.
    let common = match c {
        'а' => Some("a"),
        'б' => Some("b"),
        'в' => Some("v"),
        'д' => Some("d"),
        'з' => Some("z"),
        'к' => Some("k"),
        'л' => Some("l"),
        'м' => Some("m"),
        'н' => Some("n"),
        'о' => Some("o"),
        'п' => Some("p"),
        'р' => Some("r"),
        'с' => Some("s"),
        'т' => Some("t"),
        'у' => Some("u"),
        'ф' => Some("f"),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    Some(match system {
        System::Iso9 => match c {
            'г' => "g",
            'ґ' => "g̀",
            'ѓ' => "ǵ",
            'е' => "e",
            'ё' => "ë",
            'є' => "ê",
            'ж' => "ž",
            'ѕ' => "ẑ",
            'и' => "i",
            'і' => "ì",
            'ї' => "ï",
            'й' => "j",
            'ј' => "ǰ",
            'љ' => "l̂",
            'њ' => "n̂",
            'ќ' => "ḱ",
            'ў' => "ǔ",
            'х' => "h",
            'ц' => "c",
            'ч' => "č",
            'џ' => "d̂",
            'ш' => "š",
            'щ' => "ŝ",
            'ъ' => "ʺ",
            'ы' => "y",
            'ь' => "ʹ",
            'ѣ' => "ě",
            'э' => "è",
            'ю' => "û",
            'я' => "â",
            _ => return None,
        },
        System::GostB => match c {
            'г' => "g",
            'ґ' => "g`",
            'е' => "e",
            'ё' => "yo",
            'є' => "ye",
            'ж' => "zh",
            'и' if language == Uk => "y`",
            'и' => "i",
            'і' => "i",
            'ї' => "yi",
            'й' => "j",
            'ў' => "u`",
            'х' => "x",
            // "c before i, e, y, j; cz otherwise".
            'ц' if at.before.is_some_and(|n| "иіеєыйї".contains(n)) => "c",
            'ц' => "cz",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shh",
            'ъ' => "``",
            'ы' => "y`",
            'ь' => "`",
            'ѣ' => "ye",
            'э' => "e`",
            'ю' => "yu",
            'я' => "ya",
            _ => return None,
        },
        System::Bgn => match (c, language) {
            ('г', Ru) => "g",
            // Ukrainian `зг` is `zgh`, so that it is not read as `zh`.
            ('г', Uk) if at.after == Some('з') => "gh",
            ('г', _) => "h",
            ('ґ', _) => "g",
            ('е', Uk) => "e",
            ('е', _) if at.iotated() => "ye",
            ('е', _) => "e",
            ('ё', _) if at.iotated() => "yë",
            ('ё', _) => "ë",
            ('є', _) if at.initial => "ye",
            ('є', _) => "ie",
            ('ж', _) => "zh",
            ('и', Uk) => "y",
            ('и', _) => "i",
            ('і', _) => "i",
            ('ї', _) if at.initial => "yi",
            ('ї', _) => "i",
            ('й', Uk) if !at.initial => "i",
            ('й', _) => "y",
            ('ў', _) => "w",
            ('х', _) => "kh",
            ('ц', _) => "ts",
            ('ч', _) => "ch",
            ('ш', _) => "sh",
            ('щ', _) => "shch",
            ('ъ', _) => "”",
            ('ы', _) => "y",
            ('ь', Uk) => "",
            ('ь', _) => "’",
            ('э', _) => "e",
            ('ю', Uk) if !at.initial => "iu",
            ('ю', _) => "yu",
            ('я', Uk) if !at.initial => "ia",
            ('я', _) => "ya",
            _ => return None,
        },
        System::Lc => match (c, language) {
            ('г', Ru) => "g",
            ('г', _) => "h",
            ('ґ', _) => "g",
            ('е', _) => "e",
            ('ё', Be) => "i͡o",
            ('ё', _) => "ë",
            ('є', _) => "i͡e",
            ('ж', _) => "zh",
            ('и', Uk) => "y",
            ('и', _) => "i",
            ('і', _) => "i",
            ('ї', _) => "ï",
            ('й', _) => "ĭ",
            ('ў', _) => "ŭ",
            ('х', _) => "kh",
            ('ц', _) => "t͡s",
            ('ч', _) => "ch",
            ('ш', _) => "sh",
            ('щ', _) => "shch",
            ('ъ', _) => "ʺ",
            ('ы', _) => "y",
            ('ь', _) => "ʹ",
            ('ѣ', _) => "ě",
            ('э', _) => "ė",
            ('ю', _) => "i͡u",
            ('я', _) => "i͡a",
            _ => return None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_follow_the_source() {
        let t = |s| transliterate(s, System::GostB, Cyrillic::Russian);
        assert_eq!(t("Щука"), "Shhuka");
        assert_eq!(t("ЩУКА"), "SHHUKA");
        assert_eq!(t("Цирк и Цой"), "Cirk i Czoj");
        assert_eq!(t("Ёж"), "Yozh");
        assert_eq!(t("Минск, 2023 (Beijing)"), "Minsk, 2023 (Beijing)");
    }

    #[test]
    fn language_from_langid_or_letters() {
        assert_eq!(Cyrillic::of(Some("ukrainian"), "x"), Cyrillic::Ukrainian);
        assert_eq!(
            Cyrillic::of(None, "Беларусь і свет: ўплыў"),
            Cyrillic::Belarusian
        );
        assert_eq!(Cyrillic::of(None, "Україна"), Cyrillic::Ukrainian);
        assert_eq!(Cyrillic::of(Some("english"), "Россия"), Cyrillic::Russian);
    }
}
