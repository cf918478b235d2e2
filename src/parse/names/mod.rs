//! Authors and editors: person names in the orders notes use ("Given
//! Family", "Family, Given", "Family G. G.", "G. G. Family"), Latin and
//! Cyrillic, joined by commas, "and", "&", "и"; "et al." and "и др."; and
//! organisations, which stay whole as corporate authors.

use super::vocabulary::{
    CHINESE_FAMILY_NAMES, CHINESE_FAMILY_NAMES_CYRILLIC, PARTICLES, PATRONYMIC_ENDINGS, SUFFIXES,
};
use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Name;

mod segment;
mod words;

pub use segment::{comma_after_capitals, join_compound_families, parse_author_segment};
pub(crate) use segment::{whole_names, without_editors_mark};

pub(crate) use words::is_initials;
pub(crate) use words::{
    body_and_database, has_organization_word, is_acronym, is_body_acronym, is_elided_particle,
    is_name_word, is_organization_word, is_particle, named_house, names_body_before_quote,
};
use words::{is_capital_family, is_compact_initials, is_conjunction, is_family_word};
pub use words::{is_given_name, is_organization};

/// A whitespace-separated token with its byte range and trailing separator.
#[derive(Debug, Clone)]
struct Token<'a> {
    /// The token without a trailing `,`, `;` or `:`.
    word: &'a str,
    /// `,`, `;` or `:` right after the word, if any.
    sep: Option<char>,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for piece in text.split_whitespace() {
        // A piece is a slice of `text`: its offset is told by its address,
        // not searched for.
        let start = piece.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + piece.len();
        let trimmed = piece.trim_end_matches([',', ';', ':']);
        let sep = piece[trimmed.len()..].chars().next();
        if trimmed.is_empty() {
            // A separator standing alone ("Smith, J. , Doe") joins the token before.
            if let Some(last) = out.last_mut().filter(|_: &&mut Token| sep.is_some()) {
                last.sep = last.sep.or(sep);
                last.end = end;
            }
            continue;
        }
        out.push(Token {
            word: trimmed,
            sep,
            end,
        });
    }
    out
}

/// Names parsed from the start of a text and the byte offset where they end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameList {
    pub names: Vec<Name>,
    pub end: usize,
    /// The list was marked as editors: "(Ed.)", "eds.", "под ред.".
    pub editors: bool,
}

/// How a name is written; a list keeps to one style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "Family, G. G." or "Family, Given".
    Inverted { initials: bool },
    /// "G. G. Family" or "Given Family".
    Direct { initials: bool },
    /// "Family G. G." (GOST, Vancouver).
    FamilyInitials,
}

impl Form {
    /// Whether a list that began with `self` may go on with `next`. Lists
    /// switch only from an inverted first name to direct ones ("Smith, John,
    /// and Jane Doe"); a direct list with initials keeps its initials, so a
    /// title ("R. H. Bube, Photovoltaic Materials") does not pass as a name.
    fn continues_with(self, next: Form) -> bool {
        use Form::*;
        match (self, next) {
            (Inverted { initials: a }, Inverted { initials: b }) => a == b,
            // "Derrick, D., I. Stavness"; "Korosteleva, Elena, and Irina Petrova".
            (Inverted { initials: true }, Direct { initials }) => initials,
            (Inverted { initials: false }, Direct { .. }) => true,
            (Direct { initials: true }, Direct { initials }) => initials,
            (Direct { initials: false }, Direct { .. }) => true,
            (FamilyInitials, FamilyInitials) => true,
            (FamilyInitials, Inverted { initials: true }) => true,
            (Inverted { initials: true }, FamilyInitials) => true,
            _ => false,
        }
    }
}

/// Reads the names at the start of `text`. Returns `None` when it does not
/// start with a name.
pub fn scan_names(text: &str) -> Option<NameList> {
    let toks = tokens(text);
    let mut i = 0;
    let mut names = Vec::new();
    let mut end = 0;
    let mut editors = false;
    let mut first_form: Option<Form> = None;
    while let Some((name, next, form)) = person_at(&toks, i) {
        first_form.get_or_insert(form);
        names.push(name);
        end = toks[next - 1].end;
        i = next;
        // Editors' marks and "et al." close or qualify the list.
        // Italian "ed" before a vowel is "and": "R. Romeo ed E. Ragionieri"
        // (an editors' mark has its stop or brackets, or no name after it).
        let italian_and = toks
            .get(i)
            .is_some_and(|t| t.word == "ed" && t.sep.is_none())
            && person_at(&toks, i + 1).is_some();
        if let Some(t) = toks.get(i).filter(|_| !italian_and) {
            let w = t
                .word
                .trim_matches(['(', ')', '.', '[', ']'])
                .to_lowercase();
            if matches!(
                w.as_str(),
                "ed" | "eds"
                    | "editor"
                    | "editors"
                    | "ред"
                    | "рэд"
                    | "сост"
                    // Polish: "(red.)", "(oprac.)" (compiled by).
                    | "red"
                    | "oprac"
                    | "hrsg"
                    | "dir"
                    | "dirs"
            ) {
                editors = true;
                end = t.end;
                // The mark follows the last editor: "Fetscher, Iring
                // (Hg.), Grundbegriffe des Marxismus" has one.
                break;
            }
        }
        let last_sep = toks[i - 1].sep;
        if let Some(skip) = others_at(&toks, i) {
            names.push(Name::Others);
            end = toks[i + skip - 1].end;
            break;
        }
        let mut j = i;
        let mut joined = matches!(last_sep, Some(',' | ';'));
        if italian_and
            || toks
                .get(j)
                .is_some_and(|t| is_conjunction(t.word) || matches!(t.word, "..." | "…"))
        {
            joined = true;
            j += 1;
        }
        if let Some(skip) = others_at(&toks, j).filter(|_| joined) {
            names.push(Name::Others);
            end = toks[j + skip - 1].end;
            break;
        }
        let Some((_, _, next_form)) = person_at(&toks, j) else {
            break;
        };
        // "Sasayama, D. Hattori, K.": inverted names with initials follow one
        // another even without a separator.
        let run_on = (matches!(form, Form::Inverted { initials: true })
            && matches!(next_form, Form::Inverted { initials: true }))
            // "ROUSSILLON, René. CHABERT, Catherine.": capitals mark each name.
            || (matches!(next_form, Form::Inverted { .. })
                && toks.get(j).is_some_and(|t| is_capital_family(t.word)));
        let consistent = first_form.is_some_and(|f| f.continues_with(next_form));
        if !(joined || run_on) || !consistent {
            break;
        }
        i = j;
    }
    if names.is_empty() {
        return None;
    }
    Some(NameList {
        names,
        end,
        editors,
    })
}

/// "et al.", "et al", "и др.", "and others": how many tokens it spans.
fn others_at(toks: &[Token], i: usize) -> Option<usize> {
    // "u.a.:" ends the names of a German head with its colon.
    let w = |k: usize| {
        // "[и др.]", "[і інш.]": GOST brackets what it adds.
        toks.get(i + k).map(|t| {
            crate::letters::lowercase(
                t.word
                    .trim_start_matches('[')
                    .trim_end_matches([':', ',', ';', ']']),
            )
        })
    };
    match (w(0).as_deref(), w(1).as_deref()) {
        (Some("et"), Some("al." | "al")) => Some(2),
        (Some("et."), Some("al." | "al")) => Some(2),
        (Some("и"), Some("др." | "др")) => Some(2),
        (Some("і"), Some("інш." | "інш" | "ін." | "ін")) => Some(2),
        (Some("та"), Some("ін." | "ін" | "інші")) => Some(2),
        (Some("and"), Some("others" | "others.")) => Some(2),
        // German "u. a." (und andere), "u.a.".
        (Some("u."), Some("a." | "a")) => Some(2),
        (Some("u.a." | "u.a"), _) => Some(1),
        (Some("etal."), _) => Some(1),
        _ => None,
    }
}

/// A person name starting at token `i`: the name, the index after it and
/// the form it was written in.
fn person_at(toks: &[Token], i: usize) -> Option<(Name, usize, Form)> {
    inverted_at(toks, i)
        .or_else(|| direct_at(toks, i))
        .or_else(|| family_initials_at(toks, i))
}

fn word<'a>(toks: &[Token<'a>], i: usize) -> Option<&'a str> {
    toks.get(i).map(|t| t.word)
}

/// A particle written with a capital, as it opens a family name after a
/// given name ("Anne Le Huérou"); asked of every word of a name, so told
/// without lowercasing it.
fn is_capitalised_particle(word: &str) -> bool {
    matches!(
        word,
        "Le" | "La"
            | "De"
            | "Di"
            | "Da"
            | "Du"
            | "Des"
            | "Del"
            | "Della"
            | "Dei"
            | "Dal"
            | "Dalla"
            | "Van"
            | "Von"
            | "Den"
            | "Der"
            | "Ter"
            | "Ten"
            | "Dos"
            | "Das"
            | "Do"
            | "El"
            | "Al"
            | "Bin"
            | "Ibn"
    )
}

/// Particles before a family name: "van der", "De", "von". A capitalised
/// particle counts only when a capitalised word follows it.
fn particles_at(toks: &[Token], mut k: usize) -> (Vec<String>, usize) {
    let mut prefix = Vec::new();
    while let Some(t) = toks.get(k) {
        let lower_ok = PARTICLES.contains(&t.word);
        let upper_ok = is_particle(t.word)
            && t.sep.is_none()
            && word(toks, k + 1).is_some_and(|n| is_family_word(n) || is_particle(n));
        if !(lower_ok || upper_ok) || t.sep.is_some() {
            break;
        }
        prefix.push(t.word.to_string());
        k += 1;
    }
    (prefix, k)
}

/// "Family, Given" and "Family, G. G.", with particles and a suffix.
fn inverted_at(toks: &[Token], i: usize) -> Option<(Name, usize, Form)> {
    let (prefix, mut k) = particles_at(toks, i);
    let family = toks.get(k)?;
    if !is_family_word(family.word) || family.word.ends_with('.') || family.sep != Some(',') {
        return None;
    }
    k += 1;
    let mut given = Vec::new();
    let mut suffix = String::new();
    if word(toks, k).is_some_and(|w| SUFFIXES.contains(&w)) && toks[k].sep == Some(',') {
        suffix = toks[k].word.to_string();
        k += 1;
    }
    let first = toks.get(k)?;
    let initials_mode = is_initials(first.word) || is_compact_initials(first.word);
    while let Some(t) = toks.get(k) {
        // "Lepsius, M. Rainer (1990)", "Lepsius, M. Rainer/…": a given name
        // after one initial, where the name visibly ends.
        let closing_given = initials_mode
            && given.len() == 1
            && is_name_word(t.word)
            && !t.word.ends_with('.')
            // "Sasayama, D. Hattori, K.": initials after the word make it
            // the next family name.
            && !toks.get(k + 1).is_some_and(|n| is_initials(n.word))
            // (A comma could close it as well as the next name's family:
            // "Erisman, A. Bleeker, A. Hensen".)
            && (matches!(t.sep, Some(':' | ';'))
                || (t.sep.is_none() && toks.get(k + 1).is_none_or(|n| n.word.starts_with('('))));
        let ok = if initials_mode {
            is_initials(t.word)
                || (given.is_empty() && is_compact_initials(t.word))
                // "Pate, C. Marvin.": one given name after an initial, when
                // its period ends the name.
                || (is_name_word(t.word) && t.sep.is_none() && t.word.ends_with('.') && given.len() == 1)
                || closing_given
        } else {
            is_name_word(t.word) || is_initials(t.word)
        };
        // "Bresnahan, J. C. A sensitive…": after dotted initials, a bare
        // capital is the title's first word.
        let undotted_after_dotted = initials_mode
            && given.first().is_some_and(|g: &&str| g.ends_with('.'))
            && !t.word.contains('.')
            && !closing_given;
        // "Watkins, C. J. C. H.": four initials; four given names are rarer
        // than a title's first word.
        let most = if initials_mode { 4 } else { 3 };
        if !ok || given.len() >= most || undotted_after_dotted {
            break;
        }
        k += 1;
        if t.word.ends_with('.') && is_name_word(t.word) {
            // "Nichols, Bill." – the period ends the name, it is not part of it.
            given.push(t.word.trim_end_matches('.'));
            break;
        }
        given.push(t.word);
        if t.sep.is_some() {
            break;
        }
    }
    if given.is_empty() {
        return None;
    }
    if word(toks, k).is_some_and(|w| SUFFIXES.contains(&w)) {
        suffix = toks[k].word.to_string();
        k += 1;
    }
    Some((
        Name::Person {
            family: family.word.to_string(),
            given: given.join(" "),
            prefix: prefix.join(" "),
            suffix,
        },
        k,
        Form::Inverted {
            initials: initials_mode,
        },
    ))
}

/// "Given Family", "G. G. Family", "Given M. Family", "Ludwig van Beethoven",
/// "AM Trinkoff". The family name must be followed by a separator, a
/// conjunction or the end, so that a title's first word is not taken for a
/// name.
fn direct_at(toks: &[Token], i: usize) -> Option<(Name, usize, Form)> {
    let mut k = i;
    let mut given = Vec::new();
    while let Some(t) = toks.get(k) {
        if given.len() >= 3 || t.sep.is_some() {
            break;
        }
        let compact_first = given.is_empty()
            && is_compact_initials(t.word)
            && !t.word.ends_with('.')
            && word(toks, k + 1).is_some_and(is_name_word);
        let is_given = is_initials(t.word)
            || compact_first
            || (is_name_word(t.word) && !t.word.ends_with('.'));
        // "Друк М. Товарооборот": a word, initials, then a word again is a
        // family name with initials followed by a title, not a given name.
        let word_after_initial_after_word = !is_initials(t.word)
            && given.len() >= 2
            && is_initials(given[given.len() - 1])
            && !is_initials(given[0]);
        // "F. Della Peruta", "J. Van Dyke": after initials, a capitalised
        // particle before a name word begins the family name.
        let particle_after_initials = given.last().is_some_and(|g| is_initials(g))
            && is_particle(t.word)
            && word(toks, k + 1).is_some_and(is_name_word);
        // "Anne Le Huérou", "Jean-Michel De Waele": after a given name, a
        // capitalised particle before the last word of the name does too.
        let particle_before_last = !given.is_empty()
            && t.sep.is_none()
            && is_capitalised_particle(t.word)
            && toks.get(k + 1).is_some_and(|n| {
                is_name_word(n.word)
                    && !is_particle(n.word)
                    && (n.sep.is_some()
                        || toks
                            .get(k + 2)
                            .is_none_or(|a| is_conjunction(a.word) || a.word.starts_with('(')))
            });
        if !is_given
            || word_after_initial_after_word
            || particle_after_initials
            || particle_before_last
        {
            break;
        }
        given.push(t.word);
        k += 1;
    }
    // The last given-like word may be the family name itself.
    while !given.is_empty() {
        let (prefix, f) = particles_at(toks, i + given.len());
        if let Some(family) = toks.get(f).filter(|t| is_name_word(t.word)) {
            let next = toks.get(f + 1);
            // "J. Appl. Phys.": a chain of abbreviations is a journal, not a name.
            let abbreviation_chain = family.word.ends_with('.')
                && family.sep.is_none()
                && next.is_some_and(|n| n.word.ends_with('.') && is_name_word(n.word));
            // "Мельянцоў Дз.", "Levada Yu.": initials of two letters with
            // their stop, in Cyrillic or romanized, are no family name
            // ("Breternitz Jr." has a suffix).
            let initials_word = family.word.ends_with('.')
                && is_initials(family.word)
                && (family.word.chars().any(crate::letters::is_cyrillic)
                    || matches!(family.word, "Yu." | "Zh." | "Kh." | "Dz."));
            let closes = !abbreviation_chain
                && !initials_word
                && family.sep != Some(':')
                && (family.sep.is_some()
                    || family.word.ends_with('.')
                    || next.is_none()
                    || next.is_some_and(|n| is_conjunction(n.word) || n.word.starts_with('('))
                    // "А. Каваленя [і інш.]".
                    || others_at(toks, f + 1).is_some());
            if closes && !family_first_with_initials(&given) {
                let family_word = family.word.trim_end_matches('.');
                // "Hélène Carrère d'Encausse", "Valéry Giscard d'Estaing":
                // the word before an elided particle is the family name's
                // first part where a given name precedes it.
                let compound = match given.as_slice() {
                    [.., before, last]
                        if is_elided_particle(family_word)
                            && !is_initials(last)
                            && !is_initials(before) =>
                    {
                        Some(format!("{last} {family_word}"))
                    }
                    _ => None,
                };
                let given = match compound {
                    Some(_) => &given[..given.len() - 1],
                    None => &given[..],
                };
                let family_word = compound.as_deref().unwrap_or(family_word);
                let (family_name, given_name) = patronymic_order(given, family_word);
                let initials = given
                    .iter()
                    .all(|g| is_initials(g) || is_compact_initials(g));
                return Some((
                    Name::Person {
                        family: family_name,
                        given: given_name,
                        prefix: prefix.join(" "),
                        suffix: String::new(),
                    },
                    f + 1,
                    Form::Direct { initials },
                ));
            }
        }
        given.pop();
    }
    None
}

/// "Петров П. П." or, in Cyrillic, "Петров П.": a family name followed by
/// initials, which the direct order ("John A. Smith") does not produce.
fn family_first_with_initials(given: &[&str]) -> bool {
    let Some((first, rest)) = given.split_first() else {
        return false;
    };
    let initials = rest.iter().take_while(|g| is_initials(g)).count();
    let cyrillic = first
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    // "Detlev J. K. Peukert": a known given name before initials opens a
    // name in the direct order, in Latin letters.
    let given_name = !cyrillic && is_given_name(first);
    is_name_word(first)
        && !given_name
        && initials == rest.len()
        && (initials >= 2 || (initials == 1 && cyrillic))
}

/// Whether a given name is spelt as pinyin syllables ("Jinping", "Yi",
/// "Ying-jeou" is not): letters only, no more than three syllables' length.
pub(crate) fn looks_like_pinyin(word: &str) -> bool {
    static PINYIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|ü)(?:n|ng)?){1,3}$")
            .expect("pinyin pattern")
    });
    PINYIN.is_match(&crate::letters::lowercase(word))
}

/// Whether a given name is spelt as Chinese syllables in the Palladius
/// system ("Цзиньпин", "Ивэй"), as pinyin's are by [`looks_like_pinyin`].
fn looks_like_palladius(word: &str) -> bool {
    static PALLADIUS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:(?:чж|цз|ч|ш|ж|ц|с|б|п|м|ф|д|т|н|л|г|к|х|в)?",
            r"(?:юань|уань|уай|уан|ань|янь|инь|энь|юнь|унь|ан|ян|ин|эн|ун|юн|ай|эй|ао|оу|яо|уй|уа|уо|юй|юэ|эр",
            r"|а|о|э|и|у|ю|я|е|ы|ь)){1,3}$",
        ))
        .expect("Palladius pattern")
    });
    PALLADIUS.is_match(&crate::letters::lowercase(word))
}

/// "Иванов Иван Иванович": the family name first when the last is a
/// patronymic; "Xi Jinping", "Си Цзиньпин": the family name first in
/// Chinese order.
fn patronymic_order(given: &[&str], last: &str) -> (String, String) {
    if let [first] = given
        && (CHINESE_FAMILY_NAMES.contains(first) && looks_like_pinyin(last)
            || CHINESE_FAMILY_NAMES_CYRILLIC
                .split(' ')
                .any(|f| f == *first)
                && looks_like_palladius(last))
    {
        return (first.to_string(), last.to_string());
    }
    let lower = crate::letters::lowercase(last);
    if given.len() == 2
        && !is_initials(given[0])
        && PATRONYMIC_ENDINGS.iter().any(|e| lower.ends_with(e))
    {
        return (given[0].to_string(), format!("{} {}", given[1], last));
    }
    (last.to_string(), given.join(" "))
}

/// "Турарбекова Р.", "Иванов И. И.", "Bergk V", "Haefeli WE", "Van
/// Breusegem F", "ROSANVALLON P.".
fn family_initials_at(toks: &[Token], i: usize) -> Option<(Name, usize, Form)> {
    let (prefix, f) = particles_at(toks, i);
    let family = toks.get(f)?;
    if !is_family_word(family.word) || family.word.ends_with('.') || family.sep.is_some() {
        return None;
    }
    let mut k = f + 1;
    let mut given = Vec::new();
    while let Some(t) = toks.get(k) {
        let compact = is_compact_initials(t.word)
            && (t.sep.is_some()
                || t.word.ends_with('.')
                || toks.get(k + 1).is_none_or(|n| is_conjunction(n.word)));
        if !(is_initials(t.word) || compact) {
            break;
        }
        // "Иванов И. И. О задачах": after initials with stops, a capital
        // without one opens the title ("О", "В", "A").
        if !t.word.contains('.') && t.sep.is_none() && given.iter().any(|g: &&str| g.contains('.'))
        {
            break;
        }
        // Compact initials ("WE") carry no periods; a final one ends the list.
        given.push(if is_initials(t.word) {
            t.word
        } else {
            t.word.trim_end_matches('.')
        });
        k += 1;
        if t.sep.is_some() || given.len() >= 3 {
            break;
        }
    }
    if given.is_empty() {
        return None;
    }
    Some((
        Name::Person {
            family: family.word.to_string(),
            given: given.join(" "),
            prefix: prefix.join(" "),
            suffix: String::new(),
        },
        k,
        Form::FamilyInitials,
    ))
}

#[cfg(test)]
mod tests;
