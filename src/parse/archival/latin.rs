//! Archival references in Latin letters: a file of an archive by the
//! archive, its series and the unit ("BArch, R 43 II/1234, Bl. 45–47.",
//! "TNA, FO 371/56832", "ASVe, Senato, …, filza 12, c. 34r.", "RGASPI, f.
//! 17, op. 3, d. 1045, l. 12."), alone or with the document it holds before
//! or after it ("Vermerk … vom 12.3.1938, BArch, …", "Frank Roberts to
//! Ernest Bevin, 24 March 1946, FO 371/56833, The National Archives,
//! Kew."). History notes of every European tradition cite them; read as a
//! publication, the archive became an author and the units volumes, issues
//! and pages.
//!
//! The note is cut at its commas into parts, and each is told apart: the
//! archive (an acronym the list knows, or a name with an archive's word),
//! a unit of the call number ("box 23", "filza 12", "FO 371/56832"), the
//! leaves cited (the last part: "Bl. 45", "c. 34r", "k. 34–36"), a date,
//! or words. The call number runs from the first archive or unit to the
//! last, with a place after an archive named last; the words outside it
//! name the document, and its date is the one outside it.

use std::sync::LazyLock;

use regex::Regex;

use super::super::text::Words;
use super::super::{Work, dates};
use crate::entry::Date;

/// Archives cited by their acronym in English, German, Italian, French,
/// Polish, Spanish and romanized Russian, Ukrainian and Belarusian notes.
/// Short ones that are also common words or states ("PA", "LA", "AD")
/// are left out: their archives are named in full often enough.
const ACRONYMS: &[&str] = &[
    // United Kingdom, United States, Commonwealth, United Nations
    "TNA",
    "PRO",
    "IOR",
    "PRONI",
    "NRS",
    "CAC",
    "NARA",
    "HIA",
    "FDRL",
    "HSTL",
    "DDEL",
    "JFKL",
    "LBJL",
    "NAA",
    "LAC",
    "UNA",
    "ARMS", // Germany, Austria
    "BArch",
    "BAK",
    "BA-MA",
    "BAB",
    "PAAA",
    "PA AA",
    "SAPMO",
    "SAPMO-BArch",
    "IfZ",
    "IfZ-Archiv",
    "BayHStA",
    "HStA",
    "HStAS",
    "GStA PK",
    "GStA",
    "StA",
    "LAB",
    "BStU",
    "AdsD",
    "ACDP",
    "ÖStA",
    "HHStA", // Italy, the Holy See
    "ASVe",
    "ASV",
    "AAV",
    "ACS",
    "ASMAE",
    "ASDMAE",
    "ASFi",
    "ASMi",
    "ASNa",
    "ASR",
    "ASTo",
    "ASGe",
    "ASBo",
    "ASMo",
    "BAV", // France
    "AN",
    "ANOM",
    "AMAE",
    "SHD",
    "CADN",
    "CAOM",
    "APP",
    "BnF", // Poland, Spain
    "AAN",
    "AIPN",
    "AGAD",
    "APW",
    "AGA",
    "AHN",
    "AGS",
    "AGI",
    "AGN", // Russia, Ukraine, Belarus
    "RGASPI",
    "GARF",
    "RGANI",
    "RGAE",
    "RGVA",
    "RGIA",
    "RGVIA",
    "RGADA",
    "RGALI",
    "AVPRF",
    "AVP RF",
    "TsAMO",
    "TsDAHO",
    "TsDAVO",
    "TsDAVOU",
    "TsDIAK",
    "HDA SBU",
    "NARB",
    "BDIA",
    "LVIA",
    "TsGAOR",
];

/// Words that make a part an archive's name, as written, capitalised or
/// in capitals, within a word ("Bundesarchiv", "Archivio di Stato",
/// "Manuscript Library", "Kennan Papers", "Nachlass"). Asked of every
/// note: an automaton of a few exact forms is scanned fastest.
static ARCHIVE_WORDS: LazyLock<Words> = LazyLock::new(|| {
    let words = [
        "archiv",
        "archief",
        "archiwum",
        "arquivo",
        "library",
        "bibliothe",
        "biblioteca",
        "nachlass",
        "nachlaß",
        "record office",
        "records office",
    ];
    // "Record Office": every word capitalised.
    let capitalised = |w: &str| {
        w.split(' ')
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    // "Kennan Papers" but not "newspapers": a collection's word is
    // capitalised. A leading space in a pattern would make the automaton
    // stop at every space of a note.
    let forms = words
        .iter()
        .flat_map(|w| [w.to_string(), capitalised(w), w.to_uppercase()])
        .chain(["Papers".to_string(), "PAPERS".to_string()]);
    let forms: Vec<String> = forms.collect();
    Words::new(&forms)
});

/// A unit of a call number named by its kind: "box 23", "folder 4",
/// "filza 12", "b. 5", "fasc. 345", "leg. 1234", "caja 82/12345", "exp. 7",
/// "sygn. 237/V-12", "RG 59", "MS 1234", a fond's "f. 17", "op. 3", "d.
/// 1045", "spr. 1050".
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?i:box(?:es)?|folders?|file|carton|dossier|busta|bb?\.|fasc\.|fascicolo|filza|",
        r"reg\.|registro|leg\.|legajo|caja|exp\.|expediente|sygn\.|sign\.|sig\.|signatur|",
        r"cart\.|cartella|pos\.|f\.|fond|op\.|d\.|spr\.|sprava)",
        r"\s?[A-Za-z]{0,2}-?\d[\w./()-]*(?:\s[\dIVX][\w./-]*)?$",
        r"|^(?:RG|MSS?|Add\.?\s?MS|Ms\.)\s?\d[\w./-]*$",
    ))
    .expect("archival unit pattern")
});

/// A unit that counts only in a call number already found ("vol. 123",
/// "Bd. 12", "t. 2", "Nr. 345", "n. 12"): books have them too.
static WEAK_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:vols?\.|bd\.|t\.|nr\.|no\.|n\.|n°|pièce|série|ser\.)\s?\d[\w./-]*$")
        .expect("weak archival unit pattern")
});

/// The leaves or folios cited, a call number's last part: "Bl. 45–47",
/// "Bl. 12 f.", "c. 34r", "cc. 12r-15v", "fol. 56", "ff. 101r-103v", "k.
/// 34–36", "l. 7 ob.", "ll. 112–15", "ark. 3–9". `pages` marks a page
/// ("p. 3", "S. 45"), which books cite too.
static LEAVES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<leaf>Bl|bl|cc?|ff?|fols?|foll|k|ll?|ark)|(?P<pages>pp?|S))\.\s?",
        r"\d+\s?[rv]?(?:\s?ob)?(?:\s?[-–]\s?\d+\s?[rv]?(?:\s?ob)?)?(?:\s?ff?\.?)?\.?$",
    ))
    .expect("archival leaves pattern")
});

/// A lead-in before the document a note draws on: "Die Zahlen nach dem
/// Bericht …", "The figures are taken from the report …".
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\p{Lu}\p{Ll}*\s){1,4}(?:nach|laut|aus|gemäß|from|in|secondo|da|d'après|selon)\s",
        r"(?:dem|der|den|einem|einer|the|a|il|la|lo|le|l'|un|una|une)\s?(?P<rest>\p{Lu}.*)$",
    ))
    .expect("archival lead-in pattern")
});

/// What a part of the note is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Archive,
    Unit {
        strong: bool,
    },
    /// The leaves cited; `leaf` when by leaf or folio, not by page.
    Leaves {
        leaf: bool,
    },
    Date(Date),
    Words,
}

/// An archival reference read: the document's title (if the note names
/// one), its date, the call number and the leaves cited.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Reference {
    pub document: Option<String>,
    pub date: Option<Date>,
    pub call: String,
    pub leaves: Option<String>,
}

/// Whether the note may name an archive: a word of one, or a part that
/// opens with an acronym of one. Most notes do neither and are not cut.
fn may_name_archive(note: &str) -> bool {
    ARCHIVE_WORDS.is_match(note)
        || quick_parts(note).any(|p| {
            acronym(p.trim()).is_some() || national_archives_code(p.trim().trim_end_matches('.'))
        })
}

/// "FO 371/56763", "CAB 128/5", "PREM 11/1234": a piece of a department's
/// records at the National Archives at Kew, cited without the archive's
/// name (British historians often do); no other archive numbers so.
fn national_archives_code(part: &str) -> bool {
    const DEPARTMENTS: &[&str] = &[
        "FO", "FCO", "CAB", "PREM", "WO", "ADM", "AIR", "CO", "DO", "HO", "DEFE", "INF", "KV",
        "MAF", "BT", "ED", "HS", "T", "MT", "LAB", "POWE", "OD",
    ];
    let Some((department, piece)) = part.split_once(' ') else {
        return false;
    };
    let Some((class, number)) = piece.split_once('/') else {
        return false;
    };
    let digits = |t: &str| !t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit());
    DEPARTMENTS.contains(&department) && digits(class) && digits(number)
}

/// The parts of a note between ", ", found with memchr: asked of every
/// note.
fn quick_parts(note: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(note);
    std::iter::from_fn(move || {
        let text = rest?;
        match super::super::text::comma_space(text) {
            Some(at) => {
                rest = Some(&text[at + 2..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// The archive's acronym a part opens with ("TNA", "PA AA", "in ASVe") or
/// gives in brackets after the name ("Service historique de la Défense
/// (SHD)").
fn acronym(part: &str) -> Option<&'static str> {
    let part = part.strip_prefix("in ").unwrap_or(part);
    if part.ends_with(')')
        && let Some(inner) = part
            .strip_suffix(')')
            .and_then(|p| p.rsplit_once('('))
            .map(|(_, inner)| inner)
        && let Some(found) = ACRONYMS.iter().find(|a| **a == inner)
    {
        return Some(found);
    }
    // Every acronym has two Latin capitals among its first five bytes
    // ("TNA", "IfZ", "BayHStA", "ÖStA"); most parts of a note do not.
    let head = &part.as_bytes()[..part.len().min(5)];
    if head.iter().filter(|b| b.is_ascii_uppercase()).count() < 2 {
        return None;
    }
    ACRONYMS.iter().copied().find(|a| {
        // "AN" stands alone ("AN, F/7/13023"); "AN OVERVIEW" is a word.
        part.strip_prefix(a).is_some_and(|rest| {
            rest.is_empty() || (a.len() > 2 && rest.starts_with([' ', ',', '.', ':', '(', ';']))
        })
    })
}

/// A call number's code: "FO 371/56832", "R 43 II/1234", "DY 30/J IV
/// 2/2/299", "CM 45 (46)", "GR 7 N 2345", "A Rep. 001-02", "F/7/13023",
/// "761.00/3-1250": short capitalised words, Roman numerals and numbers,
/// with a digit, opening with a capital or holding a slash.
fn is_code(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    // "CM 45 (46)" but not "CXL (1982)", a journal's volume and year.
    let digit_outside = words
        .iter()
        .any(|w| !w.starts_with('(') && w.contains(|c: char| c.is_ascii_digit()));
    if words.is_empty() || words.len() > 6 || !digit_outside {
        return false;
    }
    let slashed = part.contains('/');
    // "72 AJ 45", a French series: a number, then capitals.
    let numbered_series = words.len() >= 2
        && words[0].bytes().all(|b| b.is_ascii_digit())
        && words[1].len() >= 2
        && words[1].bytes().all(|b| b.is_ascii_uppercase());
    if !(slashed || numbered_series || part.starts_with(|c: char| c.is_ascii_uppercase())) {
        return false;
    }
    // "StK 6412" but not "Vol. 29 No. 4": a code opens with capitals.
    let first = words[0];
    let upper = first.chars().filter(char::is_ascii_uppercase).count();
    let lower = first.chars().filter(char::is_ascii_lowercase).count();
    if upper < lower {
        return false;
    }
    words.iter().all(|w| {
        let bare = w.trim_end_matches('.');
        // "Bü 712" (a Büschel), "Rep.", "II", "StK".
        (w.starts_with(char::is_uppercase)
            && bare.chars().count() <= 6
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '/' || c == '-'))
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "./-".contains(c)))
            || (w.contains('/')
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/-".contains(c)))
            || (w.starts_with('(')
                && w.ends_with(')')
                && w[1..w.len() - 1].chars().all(|c| c.is_ascii_digit()))
    })
}

fn kind_of(part: &str, last: bool) -> Part {
    let bare = part.trim_end_matches('.');
    if last && let Some(c) = LEAVES.captures(part) {
        return Part::Leaves {
            leaf: c.name("leaf").is_some(),
        };
    }
    // An archive's name is never quoted: "“The college library …”" is a
    // title.
    let quoted = part.contains(['"', '“', '”', '«', '„']);
    if acronym(part).is_some() || (!quoted && ARCHIVE_WORDS.is_match(part)) {
        return Part::Archive;
    }
    if let Some(date) = dates::alone(part) {
        return Part::Date(date.date);
    }
    // "No. 12" after a publisher's series is a weak unit, not a code.
    if WEAK_UNIT.is_match(bare) {
        return Part::Unit { strong: false };
    }
    if UNIT.is_match(bare) || is_code(bare) {
        return Part::Unit { strong: true };
    }
    Part::Words
}

/// A place after an archive named last ("Kew", "College Park", "MD",
/// "Princeton University"): a few capitalised words, no digit.
fn is_place(part: &str) -> bool {
    let words = part.split_whitespace().count();
    (1..=3).contains(&words)
        && part.starts_with(|c: char| c.is_uppercase())
        && !part.contains(|c: char| c.is_ascii_digit())
}

/// The archival reference a note is, if it names an archive and a unit
/// or the leaves of one.
pub(super) fn read(note: &str) -> Option<Reference> {
    if !note.contains(", ") || !may_name_archive(note) {
        return None;
    }
    let body = note.trim().trim_end_matches('.');
    let texts: Vec<&str> = super::super::text::comma_parts(body).collect();
    let n = texts.len();
    if n < 2 {
        return None;
    }
    let kinds: Vec<Part> = texts
        .iter()
        .enumerate()
        .map(|(i, p)| kind_of(p, i + 1 == n))
        .collect();
    let archive = kinds.contains(&Part::Archive) || texts.iter().any(|t| national_archives_code(t));
    let strong = kinds.contains(&Part::Unit { strong: true });
    let ends_in_leaves = kinds.last() == Some(&Part::Leaves { leaf: true });
    // "AMAE, Europe 1949-1955, Pologne, vol. 45": an archive's acronym
    // standing alone makes a volume a unit of it.
    let alone = || {
        texts.iter().any(|t| {
            let t = t.strip_prefix("in ").unwrap_or(t);
            ACRONYMS.contains(&t)
        }) && kinds.contains(&Part::Unit { strong: false })
    };
    if !archive || !(strong || ends_in_leaves || alone()) {
        return None;
    }
    let mut first = kinds
        .iter()
        .position(|k| matches!(k, Part::Archive | Part::Unit { .. }))?;
    let mut last = kinds
        .iter()
        .rposition(|k| matches!(k, Part::Archive | Part::Unit { .. } | Part::Leaves { .. }))?;
    // "NSF, box 176": a collection's acronym just before the unit.
    while first > 0
        && kinds[first - 1] == Part::Words
        && texts[first - 1].len() <= 6
        && texts[first - 1].chars().all(|c| c.is_ascii_uppercase())
    {
        first -= 1;
    }
    // "Rusk to Johnson, 14 February 1966, National Security File, Country
    // File, Vietnam, box 45, …": after the document and its date, the
    // collection's words open the call number.
    if let Some(date) = kinds[..first]
        .iter()
        .rposition(|k| matches!(k, Part::Date(_)))
        && date > 0
        && date + 1 < first
        && kinds[date + 1..first].iter().all(|k| *k == Part::Words)
    {
        first = date + 1;
    }
    // "…, The National Archives, Kew": the archive's place after it.
    if kinds[last] == Part::Archive
        && last + 1 < n
        && (last + 1..n).all(|i| kinds[i] == Part::Words && is_place(texts[i]))
    {
        last = n - 1;
    }
    let leaves = match kinds[last] {
        Part::Leaves { .. } if last > first => {
            last -= 1;
            Some(
                texts[last + 1]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        }
        _ => None,
    };
    let call = texts[first..=last].join(", ");
    let call = call.strip_prefix("in ").unwrap_or(&call).to_string();
    let outside = (0..n).filter(|&i| i < first || i > last + usize::from(leaves.is_some()));
    let words: Vec<&str> = outside
        .clone()
        .filter(|&i| kinds[i] == Part::Words)
        .map(|i| texts[i])
        .collect();
    // A document's description is words; a part with a page or a quoted
    // title and a year is a publication's, not an archive's.
    if words.iter().any(|w| w.contains(['"', '“', '«', '„', ':'])) && !ends_in_leaves {
        return None;
    }
    let document = (!words.is_empty()).then(|| {
        let joined = words.join(", ");
        match LEAD_IN.captures(&joined) {
            Some(c) => c["rest"].to_string(),
            None => joined,
        }
    });
    let date = outside
        .filter_map(|i| match kinds[i] {
            Part::Date(d) => Some(d),
            _ => None,
        })
        .next()
        .or_else(|| {
            document
                .as_deref()
                .and_then(|d| dates::find_dates(d).first().map(|m| m.date))
        });
    Some(Reference {
        document,
        date,
        call,
        leaves,
    })
}

/// The work an archival reference describes: the document's title, or the
/// call number where the note names none.
pub(super) fn work(r: &Reference) -> Work {
    let mut work = Work {
        entry_type: "unpublished",
        date: r.date,
        ..Work::default()
    };
    match &r.document {
        Some(doc) => {
            work.title = Some(doc.clone());
            work.container = Some(r.call.clone());
        }
        None => work.title = Some(r.call.clone()),
    }
    work
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document, its year, the call number and the leaves.
    type Reading = (Option<String>, Option<i32>, String, Option<String>);

    fn reading(note: &str) -> Option<Reading> {
        read(note).map(|r| (r.document, r.date.map(|d| d.year), r.call, r.leaves))
    }

    /// The quick test in [`acronym`] lets every acronym of the list pass.
    #[test]
    fn every_acronym_passes_the_quick_test() {
        for a in ACRONYMS {
            assert_eq!(acronym(a), Some(*a), "{a}");
            assert_eq!(acronym(&format!("in {a}")), Some(*a), "{a}");
        }
    }

    #[test]
    fn archive_words_are_found_as_notes_write_them() {
        for text in [
            "Bundesarchiv",
            "Archivio",
            "ARCHIVES",
            "Kennan Papers",
            "Record Office",
        ] {
            assert!(ARCHIVE_WORDS.is_match(text), "{text}");
        }
        assert!(!ARCHIVE_WORDS.is_match("Working paper 12"));
    }

    #[test]
    fn a_call_number_alone_with_its_leaves() {
        let (doc, year, call, leaves) = reading("BArch, NS 19/1234, Bl. 7–9.").expect("archival");
        assert_eq!((doc, year), (None, None));
        assert_eq!(call, "BArch, NS 19/1234");
        assert_eq!(leaves.as_deref(), Some("Bl. 7–9"));
        let (_, _, call, leaves) =
            reading("ASFi, Carte Strozziane, serie I, 98, cc. 3r-4v.").expect("archival");
        assert_eq!(call, "ASFi, Carte Strozziane, serie I, 98");
        assert_eq!(leaves.as_deref(), Some("cc. 3r-4v"));
        let (_, _, call, leaves) =
            reading("RGANI, f. 5, op. 30, d. 141, ll. 3–7.").expect("archival");
        assert_eq!(call, "RGANI, f. 5, op. 30, d. 141");
        assert_eq!(leaves.as_deref(), Some("ll. 3–7"));
    }

    #[test]
    fn a_document_before_or_after_its_call_number() {
        let (doc, year, call, _) =
            reading("Halifax to Lothian, 4 July 1940, TNA, FO 800/324.").expect("archival");
        assert_eq!(doc.as_deref(), Some("Halifax to Lothian"));
        assert_eq!(year, Some(1940));
        assert_eq!(call, "TNA, FO 800/324");
        let (doc, year, call, _) =
            reading("AGS, Estado, leg. 1050, carta de Granvela al rey, 1567.").expect("archival");
        assert_eq!(doc.as_deref(), Some("carta de Granvela al rey"));
        assert_eq!(year, Some(1567));
        assert_eq!(call, "AGS, Estado, leg. 1050");
        // The archive named last, with its place.
        let (doc, _, call, _) = reading("Note for the file, 2 June 1962, Dean Acheson Papers, box 9, Harry S. Truman Library, Independence, MO.",
        )
        .expect("archival");
        assert_eq!(doc.as_deref(), Some("Note for the file"));
        assert_eq!(
            call,
            "Dean Acheson Papers, box 9, Harry S. Truman Library, Independence, MO"
        );
        // An acronym in brackets after the archive's name.
        let (doc, _, call, _) =
            reading("Archives nationales (AN), 72 AJ 45, rapport du 3 mai 1944.")
                .expect("archival");
        assert_eq!(doc.as_deref(), Some("rapport du 3 mai 1944"));
        assert_eq!(call, "Archives nationales (AN), 72 AJ 45");
    }

    #[test]
    fn a_lead_in_before_the_document_is_no_part_of_its_title() {
        let (doc, year, _, _) = reading(
            "Die Angaben nach dem Lagebericht der Gestapo vom 3.4.1936, BayHStA, MA 106697.",
        )
        .expect("archival");
        assert_eq!(doc.as_deref(), Some("Lagebericht der Gestapo vom 3.4.1936"));
        assert_eq!(year, Some(1936));
    }

    #[test]
    fn publications_with_an_archive_word_are_not_archival() {
        for note in [
            "Peter Steinbach, \"Archive und Geschichte,\" Archiv für Sozialgeschichte 41 (2001): 1–20.",
            "Kramer, L. (1968), “The college library and the public”, Library Review, Vol. 29 No. 4, pp. 31-42.",
            "Archivio storico italiano, CXL (1982), pp. 3-40.",
            "Harvard University Library, Annual Report 2019, Cambridge, MA, 2020, p. 5.",
            "The Papers of Woodrow Wilson, ed. Arthur S. Link, vol. 41 (Princeton, NJ: Princeton University Press, 1983), 519.",
            "AN OVERVIEW OF THE ARCHIVES, Paris, 1990, p. 4.",
            "H. Weyl, Symmetry, Princeton Science Library, No. 12, Princeton University Press, Princeton, NJ, 1952.",
        ] {
            assert_eq!(reading(note), None, "{note}");
        }
    }
}
