//! Citation keys from a formula, in the common part of Better BibTeX's
//! language: `auth.lower + shorttitle(3,3) + year`, with `|` between
//! alternatives (the first that is not empty wins), quoted literals, the
//! fields `auth`, `authors`, `authors(n)`, `editors`, `title`,
//! `shorttitle(n,m)`, `year`, and the filters `.lower`, `.upper`,
//! `.transliterate`, `.clean`. Cyrillic is transliterated by BGN/PCGN
//! (the default) or GOST 7.79 system B, Chinese into pinyin; keys are
//! ASCII. Also: rewriting the citations of papers to new keys.

use std::collections::HashMap;

use crate::entry::{Entry, Name};

/// How Cyrillic becomes Latin in keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Translit {
    #[default]
    Bgn,
    Gost,
}

#[derive(Debug, Clone, PartialEq)]
enum Field {
    Auth,
    Authors(usize),
    Editors(usize),
    Title,
    ShortTitle(usize, usize),
    Year,
    Literal(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Filter {
    Lower,
    Upper,
    Transliterate,
    Clean,
}

/// One part of a formula: a field and its filters.
#[derive(Debug, Clone, PartialEq)]
struct Term {
    field: Field,
    filters: Vec<Filter>,
}

/// A parsed formula: alternatives, each a concatenation of terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Formula {
    alternatives: Vec<Vec<Term>>,
}

/// The default formula: refman's `familyYEAR` keys.
pub const DEFAULT: &str = "auth.transliterate.lower.clean + year";

impl Formula {
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut alternatives = Vec::new();
        for alternative in split_outside_quotes(text, '|') {
            let mut terms = Vec::new();
            for part in split_outside_quotes(&alternative, '+') {
                terms.push(term(part.trim())?);
            }
            if terms.is_empty() {
                return Err(format!("`{text}`: an empty alternative"));
            }
            alternatives.push(terms);
        }
        Ok(Formula { alternatives })
    }

    /// The key part for an entry (before uniqueness): the first
    /// alternative that gives something.
    pub fn apply(&self, entry: &Entry, translit: Translit) -> String {
        for terms in &self.alternatives {
            let mut out = String::new();
            // An alternative whose name or title part is empty falls
            // through to the next; a missing year alone does not.
            let mut missing = false;
            for t in terms {
                let value = evaluate(t, entry, translit);
                missing |= value.is_empty() && !matches!(t.field, Field::Literal(_) | Field::Year);
                out.push_str(&value);
            }
            let key = ascii_key(&out, translit);
            if !missing && !key.is_empty() {
                return key;
            }
        }
        "anon".to_string()
    }
}

fn split_outside_quotes(text: &str, sep: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' || c == '\'' {
            quoted = !quoted;
        }
        if c == sep && !quoted {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

fn term(text: &str) -> Result<Term, String> {
    if let Some(literal) = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
    {
        return Ok(Term {
            field: Field::Literal(literal.to_string()),
            filters: Vec::new(),
        });
    }
    // `name(args).filter.filter`: the filters follow the last `)` or the name.
    let head_end = text
        .find(')')
        .map_or_else(|| text.find('.').unwrap_or(text.len()), |i| i + 1);
    let (head, rest) = text.split_at(head_end);
    let (name, args) = match head.split_once('(') {
        Some((n, a)) => (n.trim(), a.trim_end_matches(')')),
        None => (head.trim(), ""),
    };
    let numbers: Vec<usize> = args
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            a.parse::<usize>()
                .map_err(|_| format!("`{a}` is not a number in `{text}`"))
        })
        .collect::<Result<_, _>>()?;
    let n = |i: usize, default: usize| numbers.get(i).copied().unwrap_or(default);
    let field = match name.to_ascii_lowercase().as_str() {
        "auth" => Field::Auth,
        "authors" => Field::Authors(n(0, usize::MAX)),
        "editors" => Field::Editors(n(0, usize::MAX)),
        "title" => Field::Title,
        "shorttitle" => Field::ShortTitle(n(0, 3), n(1, 3)),
        "year" => Field::Year,
        other => {
            return Err(format!(
                "`{other}` is not a key field (auth, authors, editors, title, shorttitle, year, \"literal\")"
            ));
        }
    };
    let mut filters = Vec::new();
    for f in rest.split('.').map(str::trim).filter(|f| !f.is_empty()) {
        filters.push(match f.to_ascii_lowercase().as_str() {
            "lower" => Filter::Lower,
            "upper" => Filter::Upper,
            "transliterate" => Filter::Transliterate,
            "clean" => Filter::Clean,
            other => {
                return Err(format!(
                    "`{other}` is not a filter (lower, upper, transliterate, clean)"
                ));
            }
        });
    }
    Ok(Term { field, filters })
}

/// Words skipped by `shorttitle`, in the languages of the library.
const SKIP: &[&str] = &[
    "a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with", "from", "и", "в",
    "во", "на", "о", "об", "по", "к", "с", "за", "для", "і", "ў", "у", "з", "да", "der", "die",
    "das", "und", "le", "la", "les", "de", "et",
];

fn family(name: &Name) -> Option<String> {
    match name {
        Name::Person { family, .. } => Some(family.clone()),
        Name::Organization(o) => o.split_whitespace().next().map(str::to_string),
        Name::Others => None,
    }
}

fn evaluate(term: &Term, entry: &Entry, translit: Translit) -> String {
    let names = |field: &str, n: usize| -> String {
        entry
            .names(field)
            .iter()
            .filter_map(family)
            .take(n)
            .map(|f| capitalise(&f))
            .collect()
    };
    let title_words = || -> Vec<String> {
        entry
            .text("title")
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut value = match &term.field {
        Field::Auth => entry.authors().iter().find_map(family).unwrap_or_default(),
        Field::Authors(n) => names("author", *n),
        Field::Editors(n) => names("editor", *n),
        Field::Title => title_words().iter().map(|w| capitalise(w)).collect(),
        Field::ShortTitle(n, m) => title_words()
            .iter()
            .filter(|w| !SKIP.contains(&w.to_lowercase().as_str()))
            .take(*n)
            .enumerate()
            .map(|(i, w)| {
                if i < *m {
                    capitalise(w)
                } else {
                    w.to_lowercase()
                }
            })
            .collect(),
        Field::Year => entry.year().map(|y| y.to_string()).unwrap_or_default(),
        Field::Literal(text) => text.clone(),
    };
    for filter in &term.filters {
        value = match filter {
            Filter::Lower => value.to_lowercase(),
            Filter::Upper => value.to_uppercase(),
            Filter::Transliterate => transliterate(&value, translit),
            Filter::Clean => value.chars().filter(|c| c.is_alphanumeric()).collect(),
        };
    }
    value
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Cyrillic by the chosen system, everything else (Chinese into pinyin)
/// by `any_ascii`. GOST 7.79 B's marks for hard and soft signs (`` ` ``)
/// are dropped: keys are letters.
pub fn transliterate(text: &str, translit: Translit) -> String {
    match translit {
        Translit::Bgn => any_ascii::any_ascii(text),
        Translit::Gost => {
            let language = crate::translit::Cyrillic::of(None, text);
            let latin =
                crate::translit::transliterate(text, crate::translit::System::GostB, language)
                    .replace(['`', '\''], "");
            any_ascii::any_ascii(&latin)
        }
    }
}

/// What BibLaTeX accepts in a key without trouble: ASCII letters, digits
/// and `-_:.`; anything else transliterated or dropped.
fn ascii_key(text: &str, translit: Translit) -> String {
    transliterate(text, translit)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect()
}

/// `text` with every citation of an old key replaced by its new key:
/// pandoc's `@key` and `[@key]`, LaTeX's `\cite…{a,b}` lists. The count of
/// replacements comes with it.
pub fn rewrite_citations(
    text: &str,
    latex: bool,
    renamed: &HashMap<String, String>,
) -> (String, usize) {
    use regex::Regex;
    use std::sync::LazyLock;
    static MARKDOWN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s\[;(-])@(\{[^}]+\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)")
            .expect("static regex")
    });
    static LATEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\\[A-Za-z]*cite[A-Za-z]*\*?(?:\[[^\]]*\])*\{)([^}]*)\}")
            .expect("static regex")
    });
    let mut count = 0;
    let out = if latex {
        LATEX.replace_all(text, |c: &regex::Captures<'_>| {
            let keys: Vec<String> = c[2]
                .split(',')
                .map(|k| {
                    let trimmed = k.trim();
                    match renamed.get(trimmed) {
                        Some(new) => {
                            count += 1;
                            k.replacen(trimmed, new, 1)
                        }
                        None => k.to_string(),
                    }
                })
                .collect();
            format!("{}{}}}", &c[1], keys.join(","))
        })
    } else {
        MARKDOWN.replace_all(text, |c: &regex::Captures<'_>| {
            let raw = &c[2];
            let (key, braced) = match raw.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
                Some(inner) => (inner, true),
                None => (raw, false),
            };
            // Trailing punctuation ends a sentence, not the key.
            let trimmed = if braced {
                key
            } else {
                key.trim_end_matches(['.', ':', '?', '/'])
            };
            let tail = &key[trimmed.len()..];
            match renamed.get(trimmed) {
                Some(new) => {
                    count += 1;
                    if braced {
                        format!("{}@{{{new}}}", &c[1])
                    } else {
                        format!("{}@{new}{tail}", &c[1])
                    }
                }
                None => c[0].to_string(),
            }
        })
    };
    (out.into_owned(), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        let mut e = Entry::new("druk2022", "article");
        e.set_names(
            "author",
            &[
                Name::person("Друк", "Мария"),
                Name::person("Шрайбман", "Артём"),
            ],
        );
        e.set_text("title", "Какие перспективы сотрудничества Беларуси и Китая");
        e.set_text("date", "2022-09-22");
        e
    }

    #[test]
    fn formulas_in_better_bibtex_style() {
        let e = entry();
        let key = |f: &str| Formula::parse(f).expect("formula").apply(&e, Translit::Bgn);
        assert_eq!(key(DEFAULT), "druk2022");
        assert_eq!(
            key("auth.lower + shorttitle(3,3) + year"),
            "drukKakiePerspektivySotrudnichestva2022"
        );
        assert_eq!(key("authors(2) + \"_\" + year"), "DrukShraybman_2022");
        assert_eq!(key("editors + year | auth.lower + year"), "druk2022");
        let gost = Formula::parse("auth.transliterate.lower + year")
            .unwrap()
            .apply(&e, Translit::Gost);
        assert_eq!(gost, "druk2022");
        assert_eq!(transliterate("Щука Цой", Translit::Gost), "Shhuka Czoj");
        let mut undated = e.clone();
        undated.remove("date");
        assert_eq!(
            Formula::parse(DEFAULT)
                .unwrap()
                .apply(&undated, Translit::Bgn),
            "druk"
        );
        assert!(Formula::parse("auth.shout").is_err());
        assert!(Formula::parse("nosuch + year").is_err());
    }

    #[test]
    fn citations_are_rewritten_in_both_syntaxes() {
        let renamed: HashMap<String, String> =
            [("druk2022".to_string(), "drukKakie2022".to_string())].into();
        let (md, n) = rewrite_citations(
            "As [@druk2022, p. 3; @druk2022a] and @druk2022. Email a@druk2022.",
            false,
            &renamed,
        );
        assert_eq!(
            md,
            "As [@drukKakie2022, p. 3; @druk2022a] and @drukKakie2022. Email a@druk2022."
        );
        assert_eq!(n, 2);
        let (tex, n) = rewrite_citations(
            "\\parencite[5]{x, druk2022} \\cite{druk2022a}",
            true,
            &renamed,
        );
        assert_eq!(tex, "\\parencite[5]{x, drukKakie2022} \\cite{druk2022a}");
        assert_eq!(n, 1);
    }
}
