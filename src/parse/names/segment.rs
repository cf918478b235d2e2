//! Spans known to hold only names: what precedes a quoted title or a GOST
//! title, read as an organisation or a list of people, and the written
//! forms such spans take (family names in capitals, slashed and dashed
//! lists, "et al." after a family name, Chinese names written whole).

use std::sync::LazyLock;

use regex::Regex;

use super::scan_names;
use super::words::{
    self, is_given_name, is_initials, is_name_word, is_organization, is_organization_word,
};
use crate::entry::Name;

/// "ПЕТРЕНКО Олена, КОВАЛЬ І." as "ПЕТРЕНКО, Олена, КОВАЛЬ, І.": a family
/// name written in capitals before a given name or initials, at the start
/// of a name, gets the comma that says which name is the family's. A word
/// in capitals before a longer phrase ("NATO Press Office") is left alone.
pub fn comma_after_capitals(text: &str) -> String {
    static CAPS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[,;]\s*)(\p{Lu}[\p{Lu}'’ʼ\-]{2,})\s+(\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}\p{Ll}+)(?:[,.;]|$)",
        )
        .expect("capitals-first pattern")
    });
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    while let Some(c) = CAPS.captures_at(text, at) {
        let (Some(family), Some(given), Some(whole)) = (c.get(1), c.get(2), c.get(0)) else {
            break;
        };
        // "BBC News", "TASS Agency": an acronym before an organisation's
        // word is not a family name; "BBC Monitoring": nor is a body's
        // acronym refman knows.
        // "WWF Russia": nor is one before a country's name.
        if words::is_organization_word(&crate::letters::lowercase(given.as_str()))
            || words::is_body_acronym(family.as_str())
            || words::is_national_branch(&text[family.start()..given.end()])
        {
            out.push_str(&text[at..given.end()]);
        } else {
            out.push_str(&text[at..family.end()]);
            out.push(',');
            out.push_str(&text[family.end()..given.end()]);
        }
        // The separator after the name may begin the next one.
        at = given.end();
        if whole.end() <= at {
            break;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// The authors in a span known to hold only authors (what precedes a quoted
/// title, or a GOST title): an organisation, or a list of people.
pub fn parse_author_segment(segment: &str) -> (Vec<Name>, bool) {
    let seg = crate::parse::text::trim_keeping_abbreviation(segment);
    let seg = strip_by(seg);
    if seg.is_empty() {
        return (Vec::new(), false);
    }
    // "WWF Russia": a body's branch, not a family name in capitals.
    if super::words::is_national_branch(seg) {
        let body = seg.trim().trim_end_matches([',', '.', ':']);
        return (vec![Name::Organization(body.to_string())], false);
    }
    if let Some(name) = capitals_then_given_with_particle(seg) {
        return (vec![name], false);
    }
    if let Some(people) = with_generation(seg) {
        return people;
    }
    // "Statistisches Bundesamt (Hrsg.)": an organisation as editor.
    if let Some(body) =
        without_editors_mark(seg).filter(|body| !body.is_empty() && is_organization(body))
    {
        return (vec![Name::Organization(body.to_string())], true);
    }
    // "Andrzej Nowak (red.)": people before a mark in small letters, which
    // would make the whole read as an organisation's name.
    if without_editors_mark(seg).is_some_and(|body| !is_organization(body))
        && let Some(list) = scan_names(seg).filter(|list| {
            list.editors && crate::parse::text::trim_separators(&seg[list.end..]).is_empty()
        })
    {
        return (list.names, true);
    }
    // "W. H. Press, S. A. Teukolsky, …": people whose family name is an
    // organisation's word, when the whole span reads as a list of them
    // with initials ("Amnesty International, Annual Report" has none).
    let people = || {
        scan_names(seg).filter(|list| {
            list.names.len() > 1
                && crate::parse::text::trim_separators(&seg[list.end..]).is_empty()
                && list.names.iter().all(|n| match n {
                    Name::Person { given, .. } => given
                        .split_whitespace()
                        .all(|g| super::is_initials(g) || super::is_compact_initials(g)),
                    _ => false,
                })
        })
    };
    if is_organization(seg) && people().is_none() {
        return (
            vec![Name::Organization(seg.trim_end_matches('.').to_string())],
            false,
        );
    }
    // "OSCE/ODIHR", "UN/OCHA": one body named by its acronyms; "RFE/RL's
    // Belarus Service": a part of one.
    if seg.contains('/')
        && seg.split('/').all(|p| {
            let p = p.trim();
            super::is_acronym(p)
                || p.split_once(['\'', '’']).is_some_and(|(last, rest)| {
                    super::is_acronym(last)
                        && rest.starts_with("s ")
                        && rest[2..].starts_with(char::is_uppercase)
                })
        })
    {
        return (vec![Name::Organization(seg.to_string())], false);
    }
    if let Some(people) = slashed_people(seg) {
        return people;
    }
    if let Some(family) = family_et_al(seg) {
        return (vec![Name::person(family, ""), Name::Others], false);
    }
    // "García Linera, Á. y Stefanoni, P.": the scan would take "Linera"
    // for a family name and "y Stefanoni" for another.
    if let Some(names) = compound_families_with_initials(seg) {
        return (names, false);
    }
    match scan_names(seg) {
        Some(list) if crate::parse::text::trim_separators(&seg[list.end..]).is_empty() => {
            (list.names, list.editors)
        }
        Some(list) if list.names.len() > 1 => (list.names, list.editors),
        _ if let Some(name) = compound_family_first(seg) => (vec![name], false),
        _ if seg.split_whitespace().count() <= 8 => (
            vec![Name::Organization(seg.trim_end_matches('.').to_string())],
            false,
        ),
        _ => (Vec::new(), false),
    }
}

/// "Joseph S. Nye, Jr.", "Lucas, Robert E., Jr.", "Martin Luther King
/// III": the names before a generation's mark, which the last of them
/// takes as its suffix (it is no given name and no name of its own).
fn with_generation(seg: &str) -> Option<(Vec<Name>, bool)> {
    let (rest, last) = seg.trim_end_matches([',', ' ']).rsplit_once([' ', ','])?;
    let mark = last.trim_end_matches('.');
    if !matches!(mark, "Jr" | "Sr" | "Jnr" | "Snr" | "II" | "III" | "IV") {
        return None;
    }
    let rest = rest.trim_end_matches([',', ' ']);
    if !rest.contains([' ', ',']) {
        return None;
    }
    let (mut names, editors) = parse_author_segment(rest);
    match names.last_mut() {
        Some(Name::Person { suffix, .. }) if suffix.is_empty() => *suffix = last.to_string(),
        _ => return None,
    }
    Some((names, editors))
}

/// A name without the editors' mark in brackets that ends it ("Statistisches
/// Bundesamt (Hrsg.)" → "Statistisches Bundesamt"); `None` when it has none.
pub(crate) fn without_editors_mark(name: &str) -> Option<&str> {
    static MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\s*\(\s*(?:hrsg|hg|eds?|a\s+cura\s+di|ред|red|oprac)\.?\s*\)$")
            .expect("editors mark pattern")
    });
    MARK.find(name).map(|m| name[..m.start()].trim_end())
}

/// "Renate Mayntz/Fritz W. Scharpf", "G. Cozzi - M. Knapton": German
/// notes join authors and editors with slashes, Italian ones with spaced
/// dashes; each part must read as one person.
fn slashed_people(seg: &str) -> Option<(Vec<Name>, bool)> {
    let parts: Vec<&str> = if seg.contains('/') && !seg.contains("//") {
        seg.split('/').collect()
    } else if seg.contains(" - ") || seg.contains(" – ") {
        // Only names opening with initials: "FLORENNE, Yves - Le Monde" is
        // an author and a newspaper.
        let parts: Vec<&str> = seg.split(" - ").flat_map(|p| p.split(" – ")).collect();
        let initial = |p: &&str| {
            let mut c = p.trim().chars();
            c.next().is_some_and(crate::letters::is_uppercase) && c.next() == Some('.')
        };
        if !parts.iter().all(initial) {
            return None;
        }
        parts
    } else {
        return None;
    };
    let mut names = Vec::new();
    let mut editors = false;
    for part in parts {
        let list = scan_names(part.trim())?;
        let [Name::Person { .. }] = list.names.as_slice() else {
            return None;
        };
        if !crate::parse::text::trim_separators(&part.trim()[list.end..]).is_empty() {
            return None;
        }
        editors |= list.editors;
        names.extend(list.names);
    }
    Some((names, editors))
}

/// "García Márquez, Gabriel", "Lloyd George, David", "Buarque de Holanda,
/// Sergio": a family name of two or three words (a particle between
/// them), then a known given name.
fn compound_family_first(seg: &str) -> Option<Name> {
    let (family, given) = seg.trim_end_matches('.').split_once(", ")?;
    let words: Vec<&str> = family.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(crate::letters::is_uppercase);
    let inner_particle = |(i, w): (usize, &&str)| {
        capitalised(w) || (i > 0 && i + 1 < words.len() && words::is_particle(w))
    };
    if !(2..=3).contains(&words.len())
        || !words.iter().enumerate().all(inner_particle)
        || given.contains(',')
        || !given.split_whitespace().next().is_some_and(is_given_name)
    {
        return None;
    }
    Some(Name::person(family, given))
}

/// "SANTOS, Boaventura de Sousa": ABNT's family name (in capitals, or as
/// the name list wrote it), then given names with a particle and a name
/// after it. A particle inside given names is no sign of a body's name
/// ("Insee, Tableaux de l'économie" has no name after its particle).
fn capitals_then_given_with_particle(seg: &str) -> Option<Name> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"^(?P<family>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+",
            r"(?P<given>\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\p{Ll}+|\p{Lu}\.))*(?:\s(?:de|da|do|dos|das|del)\s\p{Lu}\p{Ll}+)+)\.?$",
        ))
        .expect("capitals and given names pattern")
    });
    let c = NAME.captures(seg.trim())?;
    // "Ministerio, Secretaría de Cultura": a body's parts.
    let body = c[0]
        .split([' ', ','])
        .any(|w| is_organization_word(&crate::letters::lowercase(w)));
    (!body).then(|| Name::person(&c["family"], &c["given"]))
}

/// "García Márquez, G.", "Muñoz Sabater, J., & López Pérez, M.": APA's
/// list of family names of two or three words (Spanish and Portuguese
/// ones), each with its initials. The whole list must read so.
fn compound_families_with_initials(seg: &str) -> Option<Vec<Name>> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"(?P<family>\p{Lu}[\p{L}'’ʼ-]+(?:\s(?:de\s|del\s|da\s|dos\s|y\s|e\s)?\p{Lu}[\p{L}'’ʼ-]+){0,2}),\s",
            r"(?P<given>(?:\p{Lu}\.\s?-?){1,3})(?:,\s(?:&\s|and\s|y\s)?|\s(?:&|and|y)\s|$)",
        ))
        .expect("compound family pattern")
    });
    let seg = seg.trim();
    let mut names = Vec::new();
    let mut at = 0;
    for c in NAME.captures_iter(seg) {
        let whole = c.get(0)?;
        if whole.start() != at {
            return None;
        }
        at = whole.end();
        names.push(Name::person(c["family"].trim(), c["given"].trim()));
    }
    // One compound family name makes the list's form ("García Linera, Á.
    // y Stefanoni, P."); a list of single ones, or of names opening with a
    // particle ("De Raedt, L."), is read the common way.
    let compound = names
        .iter()
        .any(|n| matches!(n, Name::Person { family, .. } if family.contains(' ')))
        && !names.iter().any(|n| {
            matches!(n, Name::Person { family, .. }
                if family.split(' ').next().is_some_and(|w| words::is_particle(&w.to_lowercase())))
        });
    (at == seg.len() && compound).then_some(names)
}

/// Chinese names, each kept whole as written ("张三，李四，等", "王逸舟、
/// 唐世平"), as refman writes Chinese personal names; "等" is "et al.".
pub(crate) fn whole_names(text: &str) -> Vec<Name> {
    text.split([',', '，', '、', ';', '；'])
        .map(|n| n.trim().trim_end_matches(['.', '。', ':', '：']).trim())
        .filter(|n| !n.is_empty())
        .map(|n| match n {
            "等" | "et al" | "et al." => Name::Others,
            _ => Name::Organization(n.trim_end_matches('等').to_string()),
        })
        .collect()
}

/// "Snegovaya et al.", "Иванов и др.": a short form's family name alone
/// before "et al.", which names no given name to read it by.
fn family_et_al(seg: &str) -> Option<&str> {
    static FORM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:et\s+al\.?|и\s+др\.?|u\.\s?a\.)$",
        )
        .expect("family et al. pattern")
    });
    let c = FORM.captures(seg.trim())?;
    let family = c.get(1)?.as_str();
    // A lone word counts as an organisation's name; only its words say.
    (!is_organization_word(&crate::letters::lowercase(family))).then_some(family)
}

/// "D. Mack Smith", "J. Vicens Vives": in Italian, Spanish and Portuguese
/// notes a word between a person's initials and family name that is no
/// known given name is the family name's first part. English notes keep
/// "A. Wess Mitchell" as it is written, so the caller says the language.
/// Spanish names carry both family names after a given name written out
/// too ("José Álvarez Junco", "Gabriel García Márquez"): with `spanish`, a
/// known given name counts as initials do.
pub fn join_compound_families(names: &mut [Name], spanish: bool) {
    for name in names {
        let Name::Person { family, given, .. } = name else {
            continue;
        };
        let words: Vec<&str> = given.split_whitespace().collect();
        let Some((last, initials)) = words.split_last() else {
            continue;
        };
        if initials.is_empty()
            || !initials
                .iter()
                .all(|w| is_initials(w) || (spanish && is_given_name(w)))
            || !is_name_word(last)
            || last.ends_with('.')
            || is_given_name(last)
        {
            continue;
        }
        *family = format!("{last} {family}");
        *given = initials.join(" ");
    }
}

fn strip_by(s: &str) -> &str {
    let mut s = s;
    for prefix in ["By ", "by ", "Авторы: ", "Автор: "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim();
            break;
        }
    }
    // "Svetlana Tikhanovskaya, interview by Anna Petrova": the one
    // interviewed is the author; who asked is not.
    if !(s.contains("interview") || s.contains("интервью")) {
        return s;
    }
    for mark in [", interview by ", ", interviewed by ", ", интервью "] {
        if let Some(at) = s.find(mark) {
            return s[..at].trim();
        }
    }
    s
}
