//! French acts and court decisions in the forms French notes give them:
//! `Loi n° 2018-1202 du 22 décembre 2018 relative à …, JORF n° 0297 du …`,
//! `Décret n° …`, `Ordonnance n° …`, `Arrêté du …`, `Loi du 29 juillet 1881
//! sur …`; `CE, ass., 20 octobre 1989, Nicolo, n° 108243`, `Cass. crim., 12
//! janvier 2021, n° 20-81.234`, `Cons. const., décision n° 2020-801 DC du 18
//! juin 2020, …`, `CEDH, 30 janvier 2018, X c. Lituanie, req. n° …`.
//!
//! Both are tried apart from the set of kinds in [`super::super::special`]
//! and only on notes with one of their words ([`may_be_act`],
//! [`may_be_case`]): in the set they would slow every note.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::dates::find_dates;
use crate::parse::text::Words;

/// An act by its kind, number and day (the number is optional: `Loi du 29
/// juillet 1881 sur la liberté de la presse`).
static ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[\s(«“])(?P<kind>(?:[Ll]oi(?:\s+organique|\s+constitutionnelle)?|[Dd]écret(?:-loi)?|[Oo]rdonnance|[Aa]rrêté(?:\s+ministériel|\s+interministériel)?|[Cc]irculaire)",
        r"(?:\s+n[°º]\s*(?P<number>\d{2,4}-\d+))?\s+du\s+(?P<date>\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4}))",
    ))
    .expect("French act pattern")
});

/// Where an act's title ends: its journal, an article cited, a link.
static ACT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",?\s*\(?(?:JORF|J\.?O\.?(?:R\.?F\.?)?\s|Journal\s+officiel|NOR\s*:|art\.\s|article\s+\d|https?://|disponible\s|consulté)")
        .expect("French act end pattern")
});

/// A court at the head of a note (after a signal), its formation, then a
/// day or a decision's number.
pub(crate) static CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:V\.|Voir|Cf\.|cf\.)\s+)?(?P<court>C\.?E\.?|Conseil\s+d['’]État|Cass\.\s?(?:civ\.|crim\.|soc\.|com\.|ass\.\s?plén\.|ch\.\s?mixte|req\.)(?:\s?\d(?:re|e|ère))?",
        r"|Cour\s+de\s+cassation|Cons\.\s?const\.|Conseil\s+constitutionnel|CEDH|Cour\s+EDH|CJUE|CJCE|TUE|Trib\.\s?UE",
        r"|CAA(?:\s+de)?\s+\p{Lu}[\p{L}-]+|TA(?:\s+de)?\s+\p{Lu}[\p{L}-]+|CA\s+\p{Lu}[\p{L}-]+)",
        r"(?P<formation>(?:,\s?(?:[Aa]ss\.|[Ss]ect\.|réf\.|ord\.|plén\.|gde\s?ch\.|GC|[Gg]rande\s+[Cc]hambre|\d(?:re|e|ère)\s+(?:et\s+\d(?:re|e)\s+)?(?:ch\.|chambres?|sous-sections?)(?:\s+réunies)?|[Cc]hambre\s+[\p{L} ]{3,30}))*)",
        r",\s*(?:(?:décision|déc\.|arrêt)\s+)?(?:\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4}|n[°º])",
    ))
    .expect("French case pattern")
});

/// A decision's number: `n° 108243`, `req. n° 69317/14`, `n° 2020-801 DC`,
/// `n° 20-81.234`, `aff. C-131/12`.
static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:n[°º]\s*|aff\.\s*)(?P<number>[CT]?-?\d[\d\p{Lu}\-./]*[\d\p{Lu}](?:\s(?:DC|QPC|L|FNR|LP|ORGA))?|\d)")
        .expect("French case number pattern")
});

/// Whether a note has a word [`ACT`] needs (one pass).
pub(crate) fn may_be_act(text: &str) -> bool {
    static WORDS: LazyLock<Words> = LazyLock::new(|| {
        Words::new(&[
            "Loi ",
            "loi ",
            "écret",
            "rdonnance n",
            "rdonnance du",
            "rrêté",
            "irculaire",
        ])
    });
    WORDS.is_match(text)
}

/// Whether a note may open with a French court ([`CASE`]).
pub(crate) fn may_be_case(text: &str) -> bool {
    let head = super::after_signal(text, &["V. ", "Voir ", "Cf. ", "cf. "]);
    [
        "CE,",
        "CE ",
        "C.E.",
        "Conseil d",
        "Conseil c",
        "Cass.",
        "Cour de",
        "Cour EDH",
        "Cons.",
        "CEDH",
        "CJUE",
        "CJCE",
        "TUE",
        "Trib.",
        "CAA",
        "CA ",
        "TA ",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// The act a note cites: its kind at the note's head, or after a signal
/// ("Voir la loi du …"), not inside a title ("Raymond Aron, La Loi du 29
/// juillet 1881 et ses critiques").
fn act_at_head(text: &str) -> Option<regex::Captures<'_>> {
    let c = ACT.captures(text)?;
    let before = text[..c.name("kind")?.start()].trim();
    let last = before.rsplit(' ').next().unwrap_or_default();
    let signal = before.chars().count() <= 40
        && !before.contains(|ch: char| ch.is_ascii_digit())
        && [
            "la",
            "le",
            "l'",
            "Voir",
            "voir",
            "V.",
            "Cf.",
            "cf.",
            "aussi",
            "notamment",
        ]
        .contains(&last);
    (before.is_empty() || signal).then_some(c)
}

/// Whether a note cites a French act ([`ACT`], at its head).
pub(crate) fn is_act(text: &str) -> bool {
    may_be_act(text) && act_at_head(text).is_some()
}

/// Reads a French act's fields; false when the note has none.
pub(super) fn act(text: &str, work: &mut Work) -> bool {
    if !may_be_act(text) {
        return false;
    }
    let Some(c) = act_at_head(text) else {
        return false;
    };
    let kind = c.name("kind").map_or(0, |m| m.start());
    let rest = &text[kind..];
    let end = ACT_END.find(rest).map_or(rest.len(), |m| m.start());
    let title = rest[..end].trim().trim_end_matches([',', '.', ';']).trim();
    // "Loi n° …" as written, with its first letter raised when it opens
    // the title.
    let mut chars = title.chars();
    let title = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    });
    work.authors.clear();
    work.title = Some(title);
    work.number = c.name("number").map(|m| m.as_str().to_string());
    if let Some(day) = find_dates(&c["date"]).into_iter().next() {
        work.date = Some(day.date);
    }
    without_outlet(work, "fr");
    true
}

/// Reads a French court decision's fields; false when the note opens with
/// no French court.
pub(super) fn case(text: &str, work: &mut Work) -> bool {
    if !may_be_case(text) {
        return false;
    }
    let Some(c) = CASE.captures(text) else {
        return false;
    };
    let court = c["court"].to_string();
    let rest = &text[c.name("formation").map_or(0, |m| m.end())..];
    let day = find_dates(rest).into_iter().find(|d| d.date.day.is_some());
    work.authors.clear();
    work.institution = Some(court);
    if let Some(day) = &day {
        work.date = Some(day.date);
    }
    work.number = CASE_NUMBER
        .captures(rest)
        .map(|n| n["number"].trim_end_matches('.').to_string());
    // The name is the part after the day that is neither a number nor the
    // report ("Nicolo", "Sekmadienis Ltd c. Lituanie"); the Conseil
    // constitutionnel's decisions are named after their number and day
    // ("décision n° 2020-801 DC du 18 juin 2020, Loi visant …").
    let parts: Vec<&str> = crate::parse::text::comma_parts(rest)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let after_day = parts
        .iter()
        .position(|p| find_dates(p).iter().any(|d| d.date.day.is_some()))
        .map_or(0, |i| i + 1);
    // "Cass. soc., 28 novembre 2018, n° 17-20.079, Take Eat Easy": the name
    // may follow the number.
    work.title = parts
        .get(after_day..)
        .and_then(|rest| {
            rest.iter()
                .take(2)
                .map(|p| p.trim_end_matches('.').trim())
                .find(|p| is_case_name(p))
        })
        .map(str::to_string);
    without_outlet(work, "fr");
    true
}

/// An act or a decision is named by its designation: what the labeller
/// read as an outlet (the Journal officiel's number and day, a report's
/// `Rec. p. 190`) is where it was published, not a journal's issue. Its
/// language is the one its kind is written in (`iso`), whatever its few
/// words suggest.
pub(super) fn without_outlet(work: &mut Work, iso: &str) {
    work.container = None;
    work.volume = None;
    work.pages = None;
    work.publisher = None;
    work.language = crate::lang::Language::from_iso(iso);
}

/// Whether a part after a decision's day names it: words, not a number,
/// a report (`Rec. p. 190`, `Lebon`, `Bull. crim.`) or a paragraph.
fn is_case_name(part: &str) -> bool {
    static NOT_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:n[°º]|req\.|aff\.|Rec\.|Lebon|Bull\.|§|p\.|pt\.|point|concl\.|obs\.|note\s|D\.\s|JCP|AJDA|RFDA|Gaz\.|ECLI|https?:|\d)")
            .expect("not a case name pattern")
    });
    part.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !NOT_A_NAME.is_match(part)
}

#[cfg(test)]
mod tests {
    use super::super::tests::read;
    use super::*;

    #[test]
    fn acts_by_kind_number_and_day() {
        let w = read(
            act,
            "Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, JORF n° 143 du 22 juin 2004.",
        )
        .expect("an act");
        assert_eq!(
            w.title.as_deref(),
            Some("Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique")
        );
        assert_eq!(w.number.as_deref(), Some("2004-575"));
        assert_eq!(
            w.date.map(|d| (d.year, d.month, d.day)),
            Some((2004, Some(6), Some(21)))
        );
        let w = read(
            act,
            "Voir la loi du 29 juillet 1881 sur la liberté de la presse, art. 24.",
        )
        .expect("an act without a number");
        assert_eq!(
            w.title.as_deref(),
            Some("Loi du 29 juillet 1881 sur la liberté de la presse")
        );
        assert_eq!(w.number, None);
        // A book on the law is no act, nor one whose title names an act.
        assert!(read(act, "Jean Dupin, La Loi et l'ordre, Paris, Seuil, 1999.").is_none());
        assert!(!is_act(
            "Jean Dupin, La Loi du 9 décembre 1905 et ses suites, Paris, 1955."
        ));
    }

    #[test]
    fn decisions_by_court_day_and_number() {
        let w = read(case, "CE, sect., 3 mars 2004, Ministre de l'Emploi c. Société Alpha, n° 241151, Rec. p. 125.")
            .expect("a decision");
        assert_eq!(
            w.title.as_deref(),
            Some("Ministre de l'Emploi c. Société Alpha")
        );
        assert_eq!(w.number.as_deref(), Some("241151"));
        assert_eq!(w.institution.as_deref(), Some("CE"));
        let w = read(case, "Cass. civ. 1re, 14 mai 2019, n° 18-12.345.").expect("a decision");
        assert_eq!(w.title, None);
        assert_eq!(w.number.as_deref(), Some("18-12.345"));
        assert_eq!(w.date.map(|d| d.year), Some(2019));
        let w = read(
            case,
            "Cons. const., décision n° 2011-625 DC du 10 mars 2011, Loi d'orientation.",
        )
        .expect("a decision");
        assert_eq!(w.number.as_deref(), Some("2011-625 DC"));
        assert_eq!(w.title.as_deref(), Some("Loi d'orientation"));
        // An author whose initials look like a court's is no court.
        assert!(
            read(
                case,
                "Claude Esnault, La Cour et ses juges, Paris, PUF, 2001."
            )
            .is_none()
        );
        assert!(read(case, "CERI, Rapport annuel, Paris, 2019.").is_none());
    }
}
