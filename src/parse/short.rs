//! Notes that point back at an earlier note instead of describing a work:
//! "Ibid." in the traditions refman meets ("ibid", "Id.", "ebd.", "ivi",
//! "Там же", "Тамсама", "Tamże", "同上"), an author's "op. cit." ("a.a.O.",
//! "cit.", "dz. cyt.", "Указ. соч."), and cross-references to a numbered
//! note ("Smith (n 4) 33", "supra note 3", "см. прим. 2") and the
//! Bluebook's short form of a case ("Loomis, 881 N.W.2d at 763"), with the place
//! they cite (a page, or an article, paragraph or section). Shortened repeats ("Author, Short Title,
//! 45") are matched against earlier notes when the notes are resolved, not
//! here.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::text::any_case;

/// A back-reference and its pinpoint page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackReference {
    /// The work of the note just before.
    Ibid { pinpoint: Option<String> },
    /// The latest earlier work by this author.
    OpCit {
        author: String,
        pinpoint: Option<String>,
    },
    /// The work of the note with this number.
    Note {
        note: String,
        pinpoint: Option<String>,
    },
    /// The latest earlier case one of whose parties is named so: the
    /// Bluebook's short form "Loomis, 881 N.W.2d at 763".
    Case {
        party: String,
        pinpoint: Option<String>,
    },
}

impl BackReference {
    pub fn pinpoint(&self) -> Option<&str> {
        match self {
            BackReference::Ibid { pinpoint }
            | BackReference::OpCit { pinpoint, .. }
            | BackReference::Note { pinpoint, .. }
            | BackReference::Case { pinpoint, .. } => pinpoint.as_deref(),
        }
    }
}

static IBID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[*_]*(?:(?:[ií]d(?:em)?\.?,\s*)?ib[ií]d(?:em)?|[ií]dem|там же|там жа|тамсама|там само|там сама|tamże|tamze|tamtéž|tamže|ten\s+pat[,.]|uo\.|ugyanott|id\.|ebd\.|ebenda|ivi|同上(?:书|書|文|注|註|引书|引書|引文)?)[*_]*\.?[,;:]?\s*(.*)$")
        .expect("ibid pattern")
});
static OP_CIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.{2,80}?)[,.]?\s*[*_]*(?:op\.\s*cit\.?|loc\.\s*cit\.?|art\.\s*cit\.?|a\.\s?a\.\s?O\.?|ук(?:аз)?\.\s*соч\.?|цит\.\s*соч\.?|пар\.\s*тв\.?|(?:вказ|зазнач|цит)\.\s*праця\.?|cit\.|dz\.\s*cyt\.?|(?:前引|前揭)(?:书|書|文)?)[*_]*[,;:]?\s*(.*)$")
        .expect("op. cit. pattern")
});
/// A cross-reference to a numbered note: "(n 3)", "supra note 3", "above n
/// 3", "n. 3 above", "см. прим. 2", "Anm. 4", "Fn. 4", "nota 3".
static NOTE_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:\(\s*(?:n|fn|note)\.?\s*(\d{1,4})\s*\)",
        r"|(?:supra|above|infra)\s*,?\s*(?:note|n\.?|fn\.?)\s*(\d{1,4})",
        r"|(?:note|n\.)\s*(\d{1,4})\s*(?:supra|above)",
        r"|(?:см\.|див\.|гл\.)?\s*прим\.\s*(\d{1,4})",
        r"|(?:vgl\.\s*|siehe\s*)?(?:oben\s*)?(?:anm|fn)\.\s*(\d{1,4})",
        r"|(?:cit\.\s*)?(?:supra\s*)?(?:alla\s*)?nota\s*(\d{1,4})",
        // "同注⑰", "见前注12", "參見註3": Chinese notes may number with
        // circled digits.
        r"|(?:同|见|見|参见|參見)\s*前?\s*[注註]\s*(\d{1,4}|[\u{2460}-\u{2473}]))",
        r"\)?[\s,.;:]*(.*)$",
    ))
    .expect("note reference pattern")
});
/// "前引冯玉军文，第12页", "前揭張登及書": the earlier work named by its
/// author between the mark and the word for an article or a book.
static OP_CIT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:前引|前揭)\s*(?P<author>[^\s,.:;《》\d]{2,12}?)\s*(?:文|书|書|著)\s*[,;:]?\s*(?P<rest>.*)$")
        .expect("named op. cit. pattern")
});
/// The Bluebook's short form of a case: a party, the reporter's volume
/// and name, "at" and the page ("Loomis, 881 N.W.2d at 763", "Packingham,
/// 582 U.S. at 107", "NetChoice, 49 F.4th at 445").
static CASE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<party>\p{Lu}[\p{L}.'’ʼ&\- ]{1,60}?),\s\d{1,4}\s[A-Z][A-Za-z.0-9]*(?:\s(?:[A-Z][A-Za-z.0-9]*|[23]d|4th)){0,3}\sat\s(?P<pin>\d{1,5}(?:[–-]\d{1,5})?)\s*\.?$")
        .expect("case short form pattern")
});

/// A page at the end of the text before a note number.
static PAGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(])(?:pp?|s|с|стр)\.\s*\d+(?:\s*[-–]\s*\d+)?\s*,?$")
        .expect("page before pattern")
});
static PINPOINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:at\s+)?(?:(pp?\.|с\.|s\.|стр\.|第|頁|页)|(arts?|paras?|ss|rr?|regs?|sch|chaps?|ch|capp?|kap|secs?|pt|fn|§§?|rn|rz|гл|разд|розд|лл|л|арк|dok|docs?|док|cols?)\.?",
        // An archive's leaves: "Bl. 50", "c. 36v", "fol. 58", "k. 40".
        r"|(bl|cc?|fols?|ff?|k|ll?|ark)\.)?\s*",
        r"([0-9ivxlc]+[rv]?(?:\([0-9a-z]+\))*(?:\s*[-–—]\s*[0-9ivxlc]+[rv]?)?)",
        // "p. 15 sg.", "S. 12 ff.", "p. 120 e passim": the pages after it.
        r"(?:\s*(?:sgg?|ss|ff?|et\s+seq|(?:e\s+)?passim)\.?)?\s*页?\s*[.。]?$",
    ))
    .expect("pinpoint pattern")
});

/// The back-reference a note makes, if it is one.
pub fn detect(note: &str) -> Option<BackReference> {
    let text = super::cjk::latin_punctuation(note);
    let text = text.trim();
    // Each pattern is tried only where a word it needs is present: most
    // notes are none of these, and the patterns read the whole note.
    if may_be_ibid(text)
        && let Some(c) = IBID.captures(text)
    {
        let rest = c.get(1).map_or("", |m| m.as_str());
        // "Ibid." followed by a whole new citation is not a back-reference.
        let pinpoint = pinpoint(rest);
        if rest.trim().is_empty() || pinpoint.is_some() {
            return Some(BackReference::Ibid { pinpoint });
        }
    }
    if text.chars().count() <= 200
        && may_cite_note(text)
        && let Some(c) = NOTE_REF.captures(text)
        // "…, Venezia 1989, p. 77 nota 12": the cited work's own note, not
        // a cross-reference.
        && !c
            .get(0)
            .is_some_and(|m| PAGE_BEFORE.is_match(text[..m.start()].trim_end()))
    {
        let note = circled_as_digits((1..=7).find_map(|i| c.get(i))?.as_str());
        let rest = c.get(8).map_or("", |m| m.as_str());
        return Some(BackReference::Note {
            note,
            pinpoint: pinpoint(rest),
        });
    }
    if text
        .trim_end_matches('.')
        .ends_with(|c: char| c.is_ascii_digit())
        && text.contains(" at ")
        && let Some(c) = CASE_SHORT.captures(text)
    {
        return Some(BackReference::Case {
            party: c["party"].to_string(),
            pinpoint: Some(c["pin"].to_string()),
        });
    }
    if text.starts_with('前')
        && let Some(c) = OP_CIT_NAMED.captures(text)
    {
        return Some(BackReference::OpCit {
            author: c["author"].to_string(),
            pinpoint: pinpoint(&c["rest"]),
        });
    }
    if may_be_op_cit(text)
        && let Some(c) = OP_CIT.captures(text)
    {
        let author = c
            .get(1)?
            .as_str()
            .trim()
            .trim_end_matches([',', '.', ':'])
            .to_string();
        let rest = c.get(2).map_or("", |m| m.as_str());
        return Some(BackReference::OpCit {
            author,
            pinpoint: pinpoint(rest),
        });
    }
    None
}

/// Whether the note starts as [`IBID`]'s words do ("Ibid", "Id.", "ebd.",
/// "ivi", "Там же", "Тамсама", "Tamże", "同上"), after emphasis marks.
fn may_be_ibid(text: &str) -> bool {
    text.trim_start_matches(['*', '_']).starts_with([
        'i', 'I', 'í', 'Í', 'e', 'E', 't', 'T', 'u', 'U', 'т', 'Т', '同',
    ])
}

/// Whether the note has a word every form of [`NOTE_REF`] needs (letter
/// case aside): "(n"/"(fn"/"(note", "supra", "above", "infra", "прим.",
/// "anm.", "fn.", "nota", or in a short note a Chinese "注".
fn may_cite_note(text: &str) -> bool {
    static WORDS: LazyLock<AhoCorasick> =
        LazyLock::new(|| any_case(&["supra", "above", "infra", "прим.", "anm.", "fn.", "nota"]));
    WORDS.is_match(text)
        || (text.len() <= 60 && (text.contains('注') || text.contains('註')))
        || text
            .match_indices('(')
            .any(|(i, _)| text[i + 1..].trim_start().starts_with(['n', 'N', 'f', 'F']))
}

/// Whether the note has a word every form of [`OP_CIT`] needs (letter case
/// aside): "cit", "cyt", "соч", "тв", "праця", "前引", "前揭" or "a. a.".
fn may_be_op_cit(text: &str) -> bool {
    static WORDS: LazyLock<AhoCorasick> =
        LazyLock::new(|| any_case(&["cit", "cyt", "соч", "тв", "праця", "前引", "前揭"]));
    WORDS.is_match(text)
        || text.match_indices(['a', 'A']).any(|(i, _)| {
            let Some(rest) = text[i + 1..].strip_prefix('.') else {
                return false;
            };
            let mut chars = rest.chars();
            let rest = match chars.next() {
                Some(c) if c.is_whitespace() => chars.as_str(),
                _ => rest,
            };
            rest.starts_with(['a', 'A']) && rest[1..].starts_with('.')
        })
}

/// A note's number as digits: "17" stays, a circled "⑰" becomes "17".
fn circled_as_digits(number: &str) -> String {
    match number.chars().next() {
        Some(c @ '\u{2460}'..='\u{2473}') => (u32::from(c) - 0x2460 + 1).to_string(),
        _ => number.to_string(),
    }
}

/// A cited page or range from what follows a short form; other
/// locators keep their name ("art 5(2)", "para 12").
pub fn pinpoint(rest: &str) -> Option<String> {
    let rest = rest.trim().trim_end_matches('.');
    // Hungarian "130. o." (oldal, page): the number before its word.
    let rest = rest.strip_suffix(". o").unwrap_or(rest);
    // "Dok. 46, S. 125", "doc. 12, p. 30": a document of an edition, then
    // its page.
    if let Some((document, page)) = rest.split_once(", ")
        && document.len() < 12
        && let (Some(document), Some(page)) = (pinpoint(document), pinpoint(page))
    {
        return Some(format!("{document}, {page}"));
    }
    let c = PINPOINT.captures(rest)?;
    let place = c.get(4)?.as_str().replace(' ', "");
    Some(match (c.get(2), c.get(3)) {
        (Some(locator), _) => format!("{} {place}", locator.as_str().trim_end_matches('.')),
        // Leaves keep their abbreviation's stop, as archives write them.
        (None, Some(leaf)) => format!("{}. {place}", leaf.as_str()),
        (None, None) => place,
    })
}

/// An author-date citation standing as a note: "Giddens 1988, S. 77",
/// "Esser (1999: 45)", "Müller/Haun 1994a, 12", "Beck et al. 1986". It
/// names the authors and the year of a work the note does not describe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorYear {
    pub names: Vec<crate::entry::Name>,
    pub year: i32,
    pub pinpoint: Option<String>,
}

/// What joins the authors of an author-date citation: "/", "&", "und",
/// "and", "e", "et", "y", Polish "i".
const AUTHOR_JOIN: &str = r"\s*(?:/|&|\bund\b|\band\b|\be\b|\bet\b|\by\b|\bi\b)\s*";

/// A family name in a short citation: "Giddens", "Onuch", "Gel'man",
/// "Wohlrab-Sahr", "O'Donnell", "McAdam".
const FAMILY: &str = r"\p{Lu}[\p{Ll}'’ʼ-]+(?:\p{Lu}[\p{Ll}'’ʼ-]+)?";

/// A Dutch family name's particle before it: "van Dijk", "van der Veen",
/// "ten Have". (Romance and German particles are also prepositions of
/// the sentence around a citation: "les travaux de Bourdieu (1979)".)
const PARTICLE: &str = r"(?:(?:van(?:\s+(?:der|den|de))?|ten|ter)\s+)";

static AUTHOR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    // A body's name may have up to three words ("World Bank").
    let name = format!(r"{PARTICLE}?{FAMILY}(?:\s+{FAMILY}){{0,2}}");
    Regex::new(&format!(
        concat!(
            r"^({name}(?:{join}{name})*)",
            r"(\s+(?:et\s+al\.?|u\.\s?a\.))?",
            r"\s*\(?\s*((?:1[5-9]|20)\d\d)[a-z]?",
            r"(?:\s*[,:]\s*(.{{1,30}}?))?\s*\)?",
            // "Tusell (1988), pp. 45-50": the page after the bracket.
            r"(?:\s*,\s*(.{{1,30}}?))?\s*\.?$",
        ),
        name = name,
        join = AUTHOR_JOIN
    ))
    .expect("author-year pattern")
});

/// Reads an author-date citation ([`AuthorYear`]). A part of one word is a
/// family name; a longer one is an organisation ("World Bank 2020, 5").
pub fn author_year(note: &str) -> Option<AuthorYear> {
    let text = note.trim();
    if text.len() > 120 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = AUTHOR_YEAR.captures(text)?;
    let pinpoint = match c.get(4).or(c.get(5)) {
        Some(m) => Some(pinpoint(m.as_str())?),
        None => None,
    };
    let year = c[3].parse().ok()?;
    Some(AuthorYear {
        names: cited_names(&c[1], c.get(2).is_some())?,
        year,
        pinpoint,
    })
}

/// The names a short citation gives, joined by [`AUTHOR_JOIN`]: a name of
/// one word is a family name, a longer one a body's ("World Bank 2020,
/// 5"); "et al." (`others`) ends the list. `None` when a name is a word of
/// commentary ("Vgl", "See").
fn cited_names(list: &str, others: bool) -> Option<Vec<crate::entry::Name>> {
    use crate::entry::Name;
    static JOINS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(AUTHOR_JOIN).expect("joins pattern"));
    let mut names: Vec<Name> = JOINS
        .split(list)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            // "van Dijk": a particle in small letters before the family name.
            let family = part.rsplit(' ').next().unwrap_or(part);
            let prefix = part[..part.len() - family.len()].trim_end();
            match part.split_whitespace().count() {
                1 => Name::person(part, ""),
                _ if prefix.starts_with(char::is_lowercase) => Name::Person {
                    family: family.to_string(),
                    given: String::new(),
                    prefix: prefix.to_string(),
                    suffix: String::new(),
                },
                _ => Name::Organization(part.to_string()),
            }
        })
        .collect();
    if names.iter().any(
        |n| matches!(n, Name::Person { family, .. } if super::commentary::is_commentary_word(family)),
    ) {
        return None;
    }
    if others {
        names.push(Name::Others);
    }
    Some(names)
}

/// A Chicago short note with its title in quotes: the authors' family
/// names, the short title and the page cited.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotedShortTitle {
    pub names: Vec<crate::entry::Name>,
    pub title: String,
    pub pinpoint: Option<String>,
}

/// Reads "Onuch and Sasse, \"Maidan in Movement,\" 570." or "Way, “Real
/// Causes,” 60" ([`QuotedShortTitle`]); the labeller would read two family
/// names as one body and the page as a journal.
pub fn quoted_short_title(note: &str) -> Option<QuotedShortTitle> {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            concat!(
                r"^(?P<names>{name}(?:{join}{name})*)(?P<others>\s+et\s+al\.)?,\s+[\x22“]",
                r"(?P<title>[^\x22“”]{{2,100}}?),?[\x22”]",
                r"(?:,?\s*(?P<pin>\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?))?\s*\.?$",
            ),
            name = FAMILY,
            join = AUTHOR_JOIN
        ))
        .expect("quoted short title pattern")
    });
    let text = note.trim();
    // The quote opens right after the names' comma.
    let (names, after) = text.split_once(", ")?;
    if text.len() > 160 || names.len() > 60 || !after.starts_with(['"', '“']) {
        return None;
    }
    let c = FORM.captures(text)?;
    Some(QuotedShortTitle {
        names: cited_names(&c["names"], c.name("others").is_some())?,
        title: c["title"].trim().to_string(),
        pinpoint: c.name("pin").map(|m| m.as_str().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_short_titles() {
        let s =
            quoted_short_title("Brown and Green, “Trade in the Baltic,” 33–35.").expect("short");
        assert_eq!(s.names.len(), 2);
        assert_eq!(s.title, "Trade in the Baltic");
        assert_eq!(s.pinpoint.as_deref(), Some("33–35"));
        let s = quoted_short_title("Novak et al., \"Border Regimes,\" 7.").expect("et al.");
        assert_eq!(s.names.last(), Some(&crate::entry::Name::Others));
        assert_eq!(quoted_short_title("See, \"Border Regimes,\" 7."), None);
        assert_eq!(
            quoted_short_title("Novak, \"Border Regimes,\" Journal of Borders 3 (2019): 7."),
            None
        );
    }

    #[test]
    fn author_date_citations() {
        let a = author_year("Giddens 1988, S. 77.").expect("Giddens");
        assert_eq!((a.year, a.pinpoint.as_deref()), (1988, Some("77")));
        let a = author_year("Müller/Haun (1994a: 12)").expect("Müller/Haun");
        assert_eq!(a.names.len(), 2);
        assert_eq!(a.pinpoint.as_deref(), Some("12"));
        let a = author_year("Beck et al. 1986").expect("Beck et al.");
        assert_eq!(a.names.len(), 2);
        let a = author_year("World Bank 2020, 5").expect("World Bank");
        assert!(matches!(&a.names[0], crate::entry::Name::Organization(o) if o == "World Bank"));
        // A title with a year, a note with more than a page after the year.
        assert_eq!(author_year("Belarus 2020, A Country Report, 12."), None);
        assert_eq!(
            author_year("Minsk 1995, S. 12, Anm. 4 und passim mit weiteren Nachweisen."),
            None
        );
    }

    #[test]
    fn the_pages_after_a_pinpoint() {
        for note in [
            "Ivi, pp. 15 sg.",
            "Ebd., S. 12 ff.",
            "Ibid., p. 120 e passim.",
        ] {
            assert!(
                matches!(
                    detect(note),
                    Some(BackReference::Ibid { pinpoint: Some(_) })
                ),
                "{note}"
            );
        }
    }

    #[test]
    fn a_note_of_the_cited_work_is_no_cross_reference() {
        assert_eq!(
            detect("E. Conti, Venezia e il mare. Studi, Venezia 1989, p. 77 nota 12."),
            None
        );
        assert_eq!(
            detect("Conti (n 4) 33."),
            Some(BackReference::Note {
                note: "4".into(),
                pinpoint: Some("33".into())
            })
        );
    }

    #[test]
    fn ibid_forms() {
        assert_eq!(
            detect("Ibid."),
            Some(BackReference::Ibid { pinpoint: None })
        );
        assert_eq!(
            detect("Ibid., p. 45."),
            Some(BackReference::Ibid {
                pinpoint: Some("45".into())
            })
        );
        assert_eq!(
            detect("Там же. С. 12–14."),
            Some(BackReference::Ibid {
                pinpoint: Some("12–14".into())
            })
        );
        assert_eq!(
            detect("*Ibid*, 7"),
            Some(BackReference::Ibid {
                pinpoint: Some("7".into())
            })
        );
        assert_eq!(
            detect("Ibidem."),
            Some(BackReference::Ibid { pinpoint: None })
        );
        // Spanish and Portuguese: "the same" with a page is the same work.
        for note in [
            "Ídem, p. 9.",
            "Idem, ibidem, p. 9.",
            "Ibíd., p. 9.",
            "Id., ibid., p. 9.",
        ] {
            assert_eq!(
                detect(note),
                Some(BackReference::Ibid {
                    pinpoint: Some("9".into())
                }),
                "{note}"
            );
        }
        assert_eq!(detect("Idem, La quiebra de la monarquía, p. 9."), None);
    }

    #[test]
    fn op_cit_forms() {
        assert_eq!(
            detect("Turarbekova, op. cit., p. 5."),
            Some(BackReference::OpCit {
                author: "Turarbekova".into(),
                pinpoint: Some("5".into())
            })
        );
        assert_eq!(
            detect("Турарбекова Р. Указ. соч. С. 74."),
            Some(BackReference::OpCit {
                author: "Турарбекова Р".into(),
                pinpoint: Some("74".into())
            })
        );
    }

    #[test]
    fn ibid_in_other_traditions() {
        let ibid = |p: Option<&str>| {
            Some(BackReference::Ibid {
                pinpoint: p.map(str::to_string),
            })
        };
        assert_eq!(detect("ibid art 5(2)"), ibid(Some("art 5(2)")));
        assert_eq!(detect("ibid para 12."), ibid(Some("para 12")));
        assert_eq!(detect("Id. at 45."), ibid(Some("45")));
        assert_eq!(detect("Ebd., S. 17."), ibid(Some("17")));
        assert_eq!(detect("Ivi, p. 33."), ibid(Some("33")));
        assert_eq!(detect("Ibíd., p. 8."), ibid(Some("8")));
        assert_eq!(detect("Тамсама. С. 4."), ibid(Some("4")));
        assert_eq!(detect("Tamże, s. 14."), ibid(Some("14")));
        assert_eq!(detect("Ibid., chap. 3."), ibid(Some("chap 3")));
        assert_eq!(detect("Ivi, cap. II."), ibid(Some("cap II")));
        // An archive's leaves keep their abbreviation.
        assert_eq!(detect("Ebd., Bl. 112."), ibid(Some("Bl. 112")));
        assert_eq!(detect("Ivi, cc. 4r-5v."), ibid(Some("cc. 4r-5v")));
        assert_eq!(detect("Tamże, k. 7."), ibid(Some("k. 7")));
        assert_eq!(detect("Ibídem, fols. 12-13."), ibid(Some("fols. 12-13")));
        assert_eq!(detect("同上，第12页。"), ibid(Some("12")));
        // "The same book", "the same article".
        assert_eq!(detect("同上书，第7页。"), ibid(Some("7")));
        assert_eq!(detect("同上文。"), ibid(None));
    }

    #[test]
    fn op_cit_in_chinese_and_ukrainian() {
        let op_cit = |author: &str, page: &str| {
            Some(BackReference::OpCit {
                author: author.into(),
                pinpoint: Some(page.into()),
            })
        };
        assert_eq!(detect("时殷弘：前引书，第33页。"), op_cit("时殷弘", "33"));
        assert_eq!(detect("王缉思：前揭文，第5页。"), op_cit("王缉思", "5"));
        assert_eq!(
            detect("Литвин В. Зазнач. праця. С. 18."),
            op_cit("Литвин В", "18")
        );
    }

    #[test]
    fn op_cit_in_other_traditions() {
        assert_eq!(
            detect("Müller, a.a.O., S. 12."),
            Some(BackReference::OpCit {
                author: "Müller".into(),
                pinpoint: Some("12".into())
            })
        );
        assert_eq!(
            detect("Dupont, op. cit., p. 3."),
            Some(BackReference::OpCit {
                author: "Dupont".into(),
                pinpoint: Some("3".into())
            })
        );
        assert_eq!(
            detect("Nowak, dz. cyt., s. 5."),
            Some(BackReference::OpCit {
                author: "Nowak".into(),
                pinpoint: Some("5".into())
            })
        );
        assert_eq!(
            detect("A. Rossi, La tassa sul sale cit., p. 45."),
            Some(BackReference::OpCit {
                author: "A. Rossi, La tassa sul sale".into(),
                pinpoint: Some("45".into())
            })
        );
    }

    #[test]
    fn cross_references_name_the_note() {
        let note = |n: &str, p: Option<&str>| {
            Some(BackReference::Note {
                note: n.into(),
                pinpoint: p.map(str::to_string),
            })
        };
        assert_eq!(detect("Smith (n 4) 33."), note("4", Some("33")));
        assert_eq!(
            detect("Google Spain (n 3) para 5."),
            note("3", Some("para 5"))
        );
        assert_eq!(detect("Smith, supra note 3, at 12."), note("3", Some("12")));
        assert_eq!(detect("См. прим. 2."), note("2", None));
        assert_eq!(detect("Rossi, cit. nota 7, p. 5."), note("7", Some("5")));
        assert_eq!(detect("Vgl. oben Anm. 4."), note("4", None));
        assert_eq!(detect("Beck (Anm. 3), S. 112."), note("3", Some("112")));
    }

    /// The quick tests pass every text their pattern matches.
    #[test]
    fn quick_tests_pass_what_the_patterns_match() {
        for text in [
            "Smith (n 4) 33",
            "Smith ( FN. 4 ), 33",
            "Smith, supra note 3, at 5",
            "Smith, above n 3",
            "Smith, n. 3 ABOVE",
            "СМ. ПРИМ. 2",
            "Müller (Anm. 4)",
            "vgl. oben Fn. 4",
            "Rossi, cit. nota 3",
            "Rossi, op. cit., p. 5",
            "Rossi, Loc. Cit.",
            "Müller, a. a. O., S. 12",
            "Müller, A.A.O.",
            "Иванов, Указ. соч. С. 5",
            "Иванов, пар. тв.",
        ] {
            assert_eq!(
                NOTE_REF.is_match(text),
                NOTE_REF.is_match(text) && may_cite_note(text),
                "{text}"
            );
            assert_eq!(
                OP_CIT.is_match(text),
                OP_CIT.is_match(text) && may_be_op_cit(text),
                "{text}"
            );
            assert!(NOTE_REF.is_match(text) || OP_CIT.is_match(text), "{text}");
        }
        for text in [
            "Ibid.",
            "IBIDEM, 5",
            "*Ibid.*",
            "id. at 4",
            "Ebd., S. 3",
            "Там же",
            "同上",
        ] {
            assert!(IBID.is_match(text) && may_be_ibid(text), "{text}");
        }
    }

    #[test]
    fn ordinary_notes_are_not_short_forms() {
        assert_eq!(detect("Idris, A. \"Title.\" 2020."), None);
        assert_eq!(detect("Ibid. See also Smith, \"Other,\" 2020."), None);
    }
}
