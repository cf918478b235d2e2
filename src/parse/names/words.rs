//! What a word or a span of a name is: initials, a name word, a particle
//! (elided or not), a conjunction between names, a family name in capitals,
//! a known given name, an organisation's word or an organisation's name.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::vocabulary::{
    CONJUNCTIONS, NOT_NAMES, ORGANIZATION_WORDS, PARTICLES, ROMANIZED_ORGANIZATION_WORDS,
};

pub(crate) fn is_organization_word(word: &str) -> bool {
    // The stems as a set: a stem is a prefix of the word at most three
    // characters shorter, so only the word's last four prefixes are asked.
    static STEMS: LazyLock<rustc_hash::FxHashSet<&str>> = LazyLock::new(|| {
        ORGANIZATION_WORDS
            .iter()
            .chain(ROMANIZED_ORGANIZATION_WORDS)
            .copied()
            .collect()
    });
    // German compounds end in their head ("Sozialverband", "Deutsche
    // Rentenversicherung", "Bundesverfassungsgericht"), which a stem,
    // a word's start, does not see.
    const COMPOUND_HEADS: [&str; 11] = [
        "verband",
        "versicherung",
        "ministerium",
        "anstalt",
        "agentur",
        "stiftung",
        "gericht",
        "kammer",
        "kommission",
        "gewerkschaft",
        "bund",
    ];
    if word.len() >= 10
        && COMPOUND_HEADS
            .iter()
            .any(|head| word.len() >= head.len() + 4 && word.ends_with(head))
    {
        return true;
    }
    let n = word.chars().count();
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let extra = |k: usize| {
        if k >= 6 {
            3
        } else if cyrillic {
            1
        } else {
            0
        }
    };
    word.char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .enumerate()
        .skip(n.saturating_sub(3).max(1))
        .any(|(k, end)| n <= k + extra(k) && STEMS.contains(&word[..end]))
}

static INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    // "J.", "W.E.", "J.P", "Yu.", "Ж.-П.", "A".
    Regex::new(r"^(?:\p{Lu}\p{Ll}?\.-?)+\p{Lu}?$|^\p{Lu}$").expect("initials pattern")
});
/// What [`is_compact_initials`] tells, as a pattern (its tests compare).
#[cfg(test)]
static COMPACT_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z]{1,3}\.?$").expect("compact initials pattern"));

/// "OSCE", "RFE", "UN-OCHA": a word of two or more capitals (hyphens
/// allowed), as the parts of a body's slashed name are.
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '-')
}

pub(crate) fn is_initials(word: &str) -> bool {
    initials_by_class(word).unwrap_or_else(|| INITIALS.is_match(word))
}

/// [`INITIALS`] read character by character for words in ASCII and basic
/// Cyrillic, where capitals and small letters are told by range (every
/// name token of every note is asked); `None` for any other word, which
/// the pattern reads.
fn initials_by_class(word: &str) -> Option<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Class {
        Capital,
        Small,
        Stop,
        Hyphen,
        Other,
    }
    let mut classes = [Class::Other; 16];
    let mut n = 0;
    for c in word.chars() {
        let class = match c {
            'A'..='Z' | '\u{400}'..='\u{42F}' => Class::Capital,
            'a'..='z' | '\u{430}'..='\u{45F}' => Class::Small,
            '.' => Class::Stop,
            '-' => Class::Hyphen,
            c if c.is_ascii() => Class::Other,
            _ => return None,
        };
        *classes.get_mut(n)? = class;
        n += 1;
    }
    let classes = &classes[..n];
    let at = |k: usize| classes.get(k).copied();
    // Groups of a capital, maybe a small letter, a stop, maybe a hyphen
    // ("J.", "Yu.", "Ж.-"); at most one capital after them.
    let mut k = 0;
    let mut groups = 0;
    while at(k) == Some(Class::Capital) && k + 1 < n {
        let mut j = k + 1;
        if at(j) == Some(Class::Small) {
            j += 1;
        }
        if at(j) != Some(Class::Stop) {
            break;
        }
        j += 1;
        if at(j) == Some(Class::Hyphen) {
            j += 1;
        }
        k = j;
        groups += 1;
    }
    let lone_capital = n == 1 && at(0) == Some(Class::Capital);
    Some(lone_capital || (groups > 0 && (k == n || (k + 1 == n && at(k) == Some(Class::Capital)))))
}

/// Initials written without periods ("WE", "SC."), as Vancouver lists use:
/// [`COMPACT_INITIALS`], told without the pattern.
pub(super) fn is_compact_initials(word: &str) -> bool {
    let letters = word.strip_suffix('.').unwrap_or(word);
    (1..=3).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase())
}

pub(crate) fn is_particle(word: &str) -> bool {
    crate::letters::with_lowercase(word, |lower| PARTICLES.contains(&lower))
}

/// "d'Encausse", "dell'Orto", "l’Hospital": a particle elided before a
/// capitalised family name, part of a person's name.
pub(crate) fn is_elided_particle(word: &str) -> bool {
    ["d'", "d’", "l'", "l’", "dell'", "dell’", "dall'", "dall’"]
        .iter()
        .filter_map(|p| word.strip_prefix(p))
        .any(|rest| {
            rest.chars()
                .next()
                .is_some_and(crate::letters::is_uppercase)
        })
}

pub(super) fn is_conjunction(word: &str) -> bool {
    CONJUNCTIONS.contains(&word) || word == "And"
}

/// A capitalised word that can be part of a name: "Matsukevich",
/// "Алешко-Лесселс", "O'Brien", "McDonald". A final period is allowed (it
/// ends the name).
// The word lists as sets: every word of every note's names is asked.
static NOT_NAME_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| NOT_NAMES.iter().copied().collect());
static GIVEN_NAME_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| {
        crate::parse::vocabulary::GIVEN_NAMES
            .iter()
            .copied()
            .collect()
    });

pub(crate) fn is_name_word(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    if is_elided_particle(w) {
        return true;
    }
    if NOT_NAME_SET.contains(w) {
        return false;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !crate::letters::is_uppercase(first) {
        return false;
    }
    let rest = chars;
    rest.clone()
        .all(|c| crate::letters::is_alphabetic(c) || matches!(c, '-' | '\'' | '’' | 'ʼ'))
        && rest.clone().any(crate::letters::is_lowercase)
        && !w.ends_with('-')
}

/// A family name in capitals ("ROUSSILLON"), as French and some Russian
/// styles print it; accepted only where a comma or initials follow.
pub(super) fn is_capital_family(word: &str) -> bool {
    let n = word.chars().count();
    n >= 2
        && word
            .chars()
            .all(|c| crate::letters::is_uppercase(c) || matches!(c, '-' | '\'' | '’' | 'ʼ'))
        && word.chars().any(crate::letters::is_alphabetic)
        && crate::article::markers::roman_value(word).is_none()
}

pub(super) fn is_family_word(word: &str) -> bool {
    is_name_word(word) || is_capital_family(word)
}

/// Whether a word is a common given name ([`crate::parse::vocabulary::GIVEN_NAMES`]).
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAME_SET.contains(word)
        // "Igor’", "Vasilʹ", "Natal’ia": romanized with the soft sign's mark.
        || word.contains(['’', 'ʹ', '\'', 'ʼ'])
            && GIVEN_NAME_SET.contains(word.replace(['’', 'ʹ', '\'', 'ʼ'], "").as_str())
}

/// Whether the word right before a name in guillemets makes it a body's
/// ("цэнтр «Вясна»", "Фонд «…»") or a company's ("ООО «Газпром»": its
/// legal form).
pub(crate) fn names_body_before_quote(word: &str) -> bool {
    const COMPANY_FORMS: &[&str] = &[
        "ООО", "ОАО", "ПАО", "АО", "ЗАО", "ААТ", "ТАА", "ТОВ", "ПрАТ", "ПАТ",
    ];
    COMPANY_FORMS.contains(&word) || crate::letters::with_lowercase(word, has_organization_word)
}

/// Whether lowercased text has an organisation's word among its words
/// ("eastern europe studies centre").
pub(crate) fn has_organization_word(lower: &str) -> bool {
    lower
        .split(|c: char| !crate::letters::is_alphanumeric(c))
        .any(|w| !w.is_empty() && is_organization_word(w))
}

/// Whether a span of author text names an organisation rather than people.
/// International bodies and broadcasters whose acronym heads a longer
/// name ("UN Comtrade", "BBC Monitoring").
const BODY_ACRONYMS: &[&str] = &[
    "UN", "EU", "BBC", "OSCE", "NATO", "IMF", "OECD", "UNDP", "UNHCR", "UNICEF", "UNESCO", "CIA",
    "FAO", "ILO", "WTO", "EBRD", "ECB", "EIB", "ODIHR", "PACE", "HRW", "OCCRP", "RFE/RL", "CSIS",
    "SIPRI", "ECFR", "IISS", "CEPA", "GMF", "DGAP", "SWP", "OSW", "PISM", "OHCHR", "UNODC",
    "UNFPA", "UNRWA", "OCHA", "IAEA", "ICRC", "UNEP",
];

/// Whether a word is one of [`BODY_ACRONYMS`].
pub(crate) fn is_body_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
        && BODY_ACRONYMS.contains(&word)
}

/// "Freedom House", "Chatham House": a House after a name, not after
/// initials ("James S. House" is a sociologist).
pub(crate) fn named_house(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    words.next() == Some("House") && words.next().is_some_and(|before| !is_initials(before))
}

/// "World Bank, World Development Indicators": a body and, after its
/// comma, the name of its database or series (a few capitalised words
/// that name no body), as a note names them before a quoted title. The
/// body and the rest.
pub(crate) fn body_and_database(name: &str) -> Option<(&str, &str)> {
    let (body, rest) = name.split_once(", ")?;
    let fits = rest.starts_with(char::is_uppercase)
        && (2..=6).contains(&rest.split_whitespace().count())
        && body.split_whitespace().count() >= 2
        && is_organization(body)
        && !is_organization(rest);
    fits.then_some((body, rest))
}

pub fn is_organization(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    let has_keyword = has_organization_word(&crate::letters::lowercase(t));
    let house = named_house(t);
    // "UN Comtrade", "BBC Monitoring", "OSCE ODIHR": a body's acronym
    // before a word is no person's initials.
    let acronym = words.len() >= 2 && is_body_acronym(words[0]);
    // "Нафтогаз України", "Газпром России", "Минэнерго Беларуси": a name
    // ending in a country's genitive is a body's, never a person's.
    let country = words.len() >= 2
        && words
            .last()
            .is_some_and(|w| COUNTRY_GENITIVES.contains(&w.trim_end_matches(['.', ','])));
    let branch = is_national_branch(t);
    if has_keyword || house || acronym || country || branch {
        return true;
    }
    if words.len() == 1 {
        let w = words[0].trim_end_matches(['.', ',']);
        return !is_initials(w) && w.chars().count() > 1;
    }
    if contains_cjk(t) {
        return true;
    }
    let lowercase_word = words.iter().any(|w| {
        // "'t Hooft": a particle that begins with its apostrophe.
        if w.starts_with(['\'', '’']) && is_particle(w.trim_end_matches([',', '.'])) {
            return false;
        }
        let w = w.trim_matches(|c: char| !crate::letters::is_alphanumeric(c));
        w.chars().next().is_some_and(crate::letters::is_lowercase)
            && !is_conjunction(w)
            && !is_particle(w)
            && !is_elided_particle(w)
            && !matches!(
                w,
                "et" | "al"
                    | "др"
                    | "others"
                    | "ed"
                    | "eds"
                    | "ред"
                    | "рэд"
                    | "и"
                    | "u.a"
                    | "u"
                    | "a"
            )
    });
    let acronym = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !crate::letters::is_alphanumeric(c));
        let n = w.chars().count();
        n >= 2
            && w.chars().all(crate::letters::is_uppercase)
            && (w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) || n >= 4)
            && crate::article::markers::roman_value(w).is_none()
    });
    // "ROUSSILLON, René": a family name in capitals, not an acronym.
    let capital_family = words.len() <= 4
        && words
            .first()
            .is_some_and(|w| w.ends_with(',') && is_capital_family(w.trim_end_matches(',')))
        && words.iter().skip(1).all(|w| {
            is_name_word(w.trim_end_matches([',', '.'])) || is_initials(w.trim_end_matches(','))
        });
    (lowercase_word || acronym) && !capital_family
}

/// Countries' names in the genitive, as the names of their bodies end.
const COUNTRY_GENITIVES: [&str; 14] = [
    "России",
    "Украины",
    "України",
    "Беларуси",
    "Беларусі",
    "Белоруссии",
    "Казахстана",
    "Казахстану",
    "Молдовы",
    "Молдови",
    "Армении",
    "Грузии",
    "Узбекистана",
    "Азербайджана",
];

/// "Greenpeace Russia", "WWF Russia", "Amnesty International Ukraine": a
/// body's national branch, a country's name after it (no person's family
/// or given name is one of these).
pub(crate) fn is_national_branch(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', '.', ':']);
    // The country's name last, asked first: most names end otherwise.
    if !t
        .rsplit(' ')
        .next()
        .is_some_and(|w| COUNTRY_NAMES.contains(&w))
    {
        return false;
    }
    // An acronym, but no initials with their stops.
    (2..=4).contains(&t.split_whitespace().count()) && !t.contains([',', '.'])
}

/// Countries' names no person's family name shares, as a national branch
/// of a body ends.
const COUNTRY_NAMES: [&str; 16] = [
    "Russia",
    "Ukraine",
    "Belarus",
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "Moldova",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Poland",
    "Germany",
    "Deutschland",
    "Polska",
];

fn contains_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The initials tests without patterns agree with the patterns on every
    /// word of up to five characters from capitals, small letters (Latin,
    /// Cyrillic, and letters outside both), stops, hyphens, digits, blanks.
    #[test]
    fn initials_agree_with_their_patterns() {
        let alphabet = ['A', 'b', '.', '-', 'Ж', 'ж', 'É', '1', ' '];
        let mut words = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            words = words
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            all.extend(words.iter().cloned());
        }
        all.extend(
            [
                "J.",
                "W.E.",
                "J.P",
                "Yu.",
                "Ж.-П.",
                "A",
                "A.B.C.D.E.F.G.H.I.",
                "SC.",
                "WEX",
            ]
            .map(String::from),
        );
        let mut initials = 0;
        for word in &all {
            assert_eq!(is_initials(word), INITIALS.is_match(word), "{word:?}");
            assert_eq!(
                is_compact_initials(word),
                COMPACT_INITIALS.is_match(word),
                "{word:?}"
            );
            initials += usize::from(is_initials(word));
        }
        assert!(initials > 100, "only {initials} initials");
    }

    /// The stem test as first written: every stem tried in turn.
    fn organization_word_by_scan(word: &str) -> bool {
        let n = word.chars().count();
        let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        ORGANIZATION_WORDS
            .iter()
            .chain(ROMANIZED_ORGANIZATION_WORDS)
            .any(|stem| {
                let k = stem.chars().count();
                let extra = if k >= 6 {
                    3
                } else if cyrillic {
                    1
                } else {
                    0
                };
                word.starts_with(stem) && n <= k + extra
            })
    }

    #[test]
    fn organization_words_are_the_stem_scans() {
        let mut words: Vec<String> = Vec::new();
        for stem in ORGANIZATION_WORDS
            .iter()
            .chain(ROMANIZED_ORGANIZATION_WORDS)
        {
            for ending in ["", "s", "а", "ой", "ского", "ations", "x"] {
                words.push(format!("{stem}{ending}"));
            }
            let mut shorter = stem.chars();
            shorter.next_back();
            words.push(shorter.as_str().to_string());
        }
        words.extend(["", "a", "ministry", "минобороны", "house", "université"].map(String::from));
        let mut found = 0;
        for word in &words {
            let want = organization_word_by_scan(word);
            assert_eq!(is_organization_word(word), want, "{word}");
            found += usize::from(want);
        }
        assert!(found > ORGANIZATION_WORDS.len(), "{found}");
    }
}
