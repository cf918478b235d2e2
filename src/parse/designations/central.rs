//! Polish, Czech and Lithuanian acts and Polish and Czech court decisions
//! in the forms their notes give them: `Ustawa z dnia 7 września 2007 r. o
//! Karcie Polaka, Dz.U. 2007 nr 180 poz. 1280`, `Rozporządzenie Rady
//! Ministrów z dnia … w sprawie …`, `Zákon č. 89/2012 Sb., občanský
//! zákoník`, `Lietuvos Respublikos mokslo ir studijų įstatymas, 2009 m.
//! balandžio 30 d. Nr. XI-242`; `Wyrok NSA z dnia 12 marca 2019 r., sygn.
//! akt II OSK 1010/17`, `Nález Ústavního soudu ze dne 12. 3. 2019, sp. zn.
//! Pl. ÚS 1/19`.
//!
//! Like the French forms ([`super::french`]) they are tried apart from the
//! set of kinds, only on notes that open with one of their words.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::dates::find_dates;

/// The signals a Polish or Czech note may open with.
const SIGNAL: &str = r"^(?:(?:Zob\.|Por\.|Zob\.\s+też|Por\.\s+też|Viz|Srov\.)\s+)?";

/// An act by its kind (and issuer), and its day or its number in the
/// collection of laws.
static ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "{SIGNAL}{}",
        concat!(
            r"(?P<kind>(?:Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Dekret)(?:\s+\p{L}+){0,6}?\s+z\s+dnia\s+(?P<pl>\d{1,2}\s+\p{Ll}+\s+\d{4})\s*r\.",
            r"|(?:Ústavní\s+zákon|Zákon|Nařízení\s+vlády|Vyhláška|Zákon\s+Národní\s+rady\s+Slovenskej\s+republiky)(?:\s+ze\s+dne\s+(?P<cz>\d{1,2}\.\s*(?:\d{1,2}\.|\p{Ll}+)\s*\d{4}),?)?\s+č\.\s*(?P<number>\d{1,4}/\d{4})\s*(?:Sb|Z\.\s?z)\.)",
        )
    ))
    .expect("Polish or Czech act pattern")
});

/// A Lithuanian act: its title (a law or code), then its day and number
/// ("Lietuvos Respublikos mokslo ir studijų įstatymas, 2009 m. balandžio 30
/// d. Nr. XI-242"), or its issuer, day, kind and number before its quoted
/// title ("Lietuvos Respublikos Vyriausybės 2019 m. gegužės 8 d. nutarimas
/// Nr. 444 „Dėl …“").
static LITHUANIAN_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<title>Lietuvos\s+Respublikos\s+[^,„“\x22]+?(?:įstatymas|kodeksas|[Kk]onstitucija)),?\s+",
        r"(?P<day>\d{4}\s+m\.\s+\p{Ll}+\s+\d{1,2}\s+d\.)",
        r"|Lietuvos\s+Respublikos\s+[^,„“\x22\d]+?\s+(?P<issued>\d{4}\s+m\.\s+\p{Ll}+\s+\d{1,2}\s+d\.)",
        r"\s+(?:nutarimas|įsakymas|dekretas|sprendimas|potvarkis|įstatymas))",
        r"\s*(?:Nr\.\s*(?P<number>[\p{Lu}\d][\p{L}\d\-/]*))?",
        r"(?:\s*[„“\x22](?P<quoted>[^“”\x22]+)[“”\x22])?",
    ))
    .expect("Lithuanian act pattern")
});

/// Where an act's title ends: its journal, a version, an article, a link.
static ACT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",?\s*\(?(?:Dz\.\s?U\.|Dziennik\s+Ustaw|M\.\s?P\.|ve\s+znění|v\s+znení|tekst\s+jedn|t\.\s?j\.|ze\s+zm\.|art\.\s|§|čl\.\s|https?://)")
        .expect("Polish or Czech act end pattern")
});

/// A decision by its kind, its court, its day and its docket.
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "{SIGNAL}{}",
        concat!(
            r"(?P<head>(?:Wyrok|Postanowienie|Uchwała|Nález|Rozsudek|Usnesení)\s+",
            r"(?P<court>(?:\p{Lu}\p{L}*\s+){0,4}?(?:NSA|WSA(?:\s+w\s+\p{Lu}\p{L}+)?|SN|TK|SA\s+w\s+\p{Lu}\p{L}+|ETPC[zZ]?|TSUE|ÚS|NSS|NS|Sądu\s+Najwyższego|Trybunału\s+Konstytucyjnego|Trybunału\s+Sprawiedliwości\s+Unii\s+Europejskiej|Naczelnego\s+Sądu\s+Administracyjnego|Wojewódzkiego\s+Sądu\s+Administracyjnego\s+w\s+\p{Lu}\p{L}+|Sądu\s+(?:Apelacyjnego|Okręgowego|Rejonowego)\s+w\s+\p{Lu}\p{L}+|(?:\p{Lu}\p{Ll}+\s+){1,3}soudu))",
            r"\s+(?:z\s+(?:dnia\s+)?|ze\s+dne\s+)(?P<day>\d{1,2}(?:\s+\p{Ll}+\s+|\.\s?\d{1,2}\.\s?|\.\s*\p{Ll}+\s+)\d{4})(?:\s*r\.)?)",
            r"(?:,?\s*(?:sygn\.\s*(?:akt\s+)?|sp\.\s?zn\.\s*|č\.\s?j\.\s*)(?P<number>[^,;]+))?",
        )
    ))
    .expect("Polish or Czech decision pattern")
});

/// Whether a note may open with one of these acts or decisions: its first
/// word, after a signal, is one of their kinds.
fn may_be(text: &str) -> bool {
    let head = super::after_signal(
        text,
        &["Zob. też ", "Por. też ", "Zob. ", "Por. ", "Viz ", "Srov. "],
    );
    // One comparison of the first word: most notes open with a name.
    matches!(
        head.split(' ').next().unwrap_or_default(),
        "Ustawa"
            | "Rozporządzenie"
            | "Obwieszczenie"
            | "Zarządzenie"
            | "Dekret"
            | "Zákon"
            | "Ústavní"
            | "Nařízení"
            | "Vyhláška"
            | "Wyrok"
            | "Postanowienie"
            | "Uchwała"
            | "Nález"
            | "Rozsudek"
            | "Usnesení"
    )
}

/// "Państwowa Komisja Wyborcza, Obwieszczenie z dnia …": a body that
/// issued an act, named before it; the body and the act's text.
fn issuer_before(text: &str) -> Option<(&str, &str)> {
    // Only Polish acts, dated "z dnia", are read after their issuer.
    static DATED: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" z dnia "));
    DATED.find(text.as_bytes())?;
    let (issuer, rest) = text.split_once(", ")?;
    (issuer.split_whitespace().count() <= 8
        && may_be(rest)
        && crate::parse::names::is_organization(issuer))
    .then_some((issuer.trim(), rest))
}

/// Whether a note cites a Polish, Czech or Lithuanian act.
pub(crate) fn is_act(text: &str) -> bool {
    if lithuanian_act(text).is_some() {
        return true;
    }
    let text = issuer_before(text).map_or(text, |(_, rest)| rest);
    may_be(text) && ACT.is_match(text)
}

/// A Lithuanian act ([`LITHUANIAN_ACT`]), asked only of a note that opens
/// with the country's name, and only where it names a title.
fn lithuanian_act(text: &str) -> Option<regex::Captures<'_>> {
    let text = text.trim_start();
    if !text.starts_with("Lietuvos ") {
        return None;
    }
    LITHUANIAN_ACT
        .captures(text)
        .filter(|c| c.name("title").is_some() || c.name("quoted").is_some())
}

/// Whether a note cites a Polish or Czech court decision.
pub(crate) fn is_case(text: &str) -> bool {
    may_be(text) && CASE.is_match(text)
}

/// The language of a note by its kind's first word.
fn language(kind: &str) -> &'static str {
    let czech = [
        "Zákon",
        "Ústavní",
        "Nařízení",
        "Vyhláška",
        "Nález",
        "Rozsudek",
        "Usnesení",
    ];
    if kind.contains("Slovenskej") {
        "sk"
    } else if czech.iter().any(|w| kind.starts_with(w)) {
        "cs"
    } else {
        "pl"
    }
}

/// Reads a Polish, Czech or Lithuanian act's fields; false when the note
/// has none.
pub(super) fn act(text: &str, work: &mut Work) -> bool {
    if let Some(c) = lithuanian_act(text) {
        work.authors.clear();
        work.title = c
            .name("quoted")
            .or(c.name("title"))
            .map(|t| t.as_str().trim().to_string());
        work.number = c.name("number").map(|n| n.as_str().to_string());
        let day = c.name("day").or(c.name("issued"));
        if let Some(day) = day.and_then(|d| find_dates(d.as_str()).into_iter().next()) {
            work.date = Some(day.date);
        }
        super::french::without_outlet(work, "lt");
        return true;
    }
    let issuer = issuer_before(text);
    let text = issuer.map_or(text, |(_, rest)| rest);
    if !may_be(text) {
        return false;
    }
    let Some(c) = ACT.captures(text) else {
        return false;
    };
    let Some(kind) = c.name("kind") else {
        return false;
    };
    let rest = &text[kind.start()..];
    // "Zákon č. 89/2012 Sb., občanský zákoník": the name after the
    // collection's mark belongs to the title.
    let from = kind.end() - kind.start();
    let end = ACT_END
        .find(&rest[from..])
        .map_or(rest.len(), |m| m.start() + from);
    let title = rest[..end].trim().trim_end_matches([',', '.', ';']).trim();
    work.authors = issuer
        .map(|(body, _)| vec![crate::entry::Name::Organization(body.to_string())])
        .unwrap_or_default();
    work.title = Some(title.to_string());
    work.number = c.name("number").map(|m| format!("{} Sb.", m.as_str()));
    let day = c.name("pl").or(c.name("cz"));
    if let Some(day) = day.and_then(|d| find_dates(d.as_str()).into_iter().next()) {
        work.date = Some(day.date);
    } else if let Some(year) = c
        .name("number")
        .and_then(|n| n.as_str().split_once('/'))
        .and_then(|(_, y)| y.parse().ok())
    {
        work.date = Some(crate::entry::Date::year(year));
    }
    super::french::without_outlet(work, language(kind.as_str()));
    true
}

/// Reads a Polish or Czech decision's fields; false when the note opens
/// with none.
pub(super) fn case(text: &str, work: &mut Work) -> bool {
    if !may_be(text) {
        return false;
    }
    let Some(c) = CASE.captures(text) else {
        return false;
    };
    work.authors.clear();
    // Such decisions have no names: the kind, court and day name them.
    work.title = Some(c["head"].trim().to_string());
    work.institution = Some(c["court"].trim().to_string());
    if let Some(day) = find_dates(&c["day"]).into_iter().next() {
        work.date = Some(day.date);
    }
    work.number = c
        .name("number")
        .map(|n| n.as_str().trim().trim_end_matches('.').to_string());
    super::french::without_outlet(work, language(&c["head"]));
    true
}

#[cfg(test)]
mod tests {
    use super::super::tests::read;
    use super::*;

    #[test]
    fn polish_and_czech_acts() {
        let w = read(
            act,
            "Ustawa z dnia 24 maja 2002 r. o Agencji Bezpieczeństwa Wewnętrznego oraz Agencji Wywiadu, Dz.U. 2002 nr 74 poz. 676.",
        )
        .expect("an act");
        assert_eq!(
            w.title.as_deref(),
            Some(
                "Ustawa z dnia 24 maja 2002 r. o Agencji Bezpieczeństwa Wewnętrznego oraz Agencji Wywiadu"
            )
        );
        assert_eq!(
            w.date.map(|d| (d.year, d.month, d.day)),
            Some((2002, Some(5), Some(24)))
        );
        let w = read(
            act,
            "Zákon č. 40/2009 Sb., trestní zákoník, ve znění pozdějších předpisů, § 311.",
        )
        .expect("a Czech act");
        assert_eq!(
            w.title.as_deref(),
            Some("Zákon č. 40/2009 Sb., trestní zákoník")
        );
        assert_eq!(w.number.as_deref(), Some("40/2009 Sb."));
        assert_eq!(w.date.map(|d| d.year), Some(2009));
        // A book about a law is no act.
        assert!(
            read(
                act,
                "J. Nowak, Ustawa o cudzoziemcach. Komentarz, Warszawa 2014."
            )
            .is_none()
        );
    }

    #[test]
    fn lithuanian_acts() {
        let w = read(
            act,
            "Lietuvos Respublikos darbo kodeksas, 2016 m. rugsėjo 14 d. Nr. XII-2603, TAR, 2016-09-19, Nr. 23709.",
        )
        .expect("a code");
        assert_eq!(
            w.title.as_deref(),
            Some("Lietuvos Respublikos darbo kodeksas")
        );
        assert_eq!(w.number.as_deref(), Some("XII-2603"));
        assert_eq!(
            w.date.map(|d| (d.year, d.month, d.day)),
            Some((2016, Some(9), Some(14)))
        );
        assert!(w.container.is_none());
        let w = read(
            act,
            "Lietuvos Respublikos Vyriausybės 2018 m. spalio 3 d. nutarimas Nr. 1012 „Dėl studijų kokybės vertinimo tvarkos“.",
        )
        .expect("a resolution");
        assert_eq!(
            w.title.as_deref(),
            Some("Dėl studijų kokybės vertinimo tvarkos")
        );
        assert_eq!(w.number.as_deref(), Some("1012"));
        assert_eq!(w.date.map(|d| (d.year, d.month)), Some((2018, Some(10))));
        // A book on a law, and a body's report, are no act.
        assert!(
            read(
                act,
                "Lietuvos Respublikos Seimas, Metinė ataskaita 2021 (Vilnius, 2022)."
            )
            .is_none()
        );
        assert!(!is_act(
            "J. Petraitis, Lietuvos Respublikos darbo kodeksas. Komentaras, Vilnius 2018."
        ));
    }

    #[test]
    fn polish_and_czech_decisions() {
        let w = read(
            case,
            "Wyrok SN z dnia 5 lutego 2015 r., sygn. akt IV CSK 123/14, OSNC 2016, nr 1, poz. 5.",
        )
        .expect("a decision");
        assert_eq!(w.title.as_deref(), Some("Wyrok SN z dnia 5 lutego 2015 r."));
        assert_eq!(w.number.as_deref(), Some("IV CSK 123/14"));
        assert_eq!(w.date.map(|d| d.year), Some(2015));
        let w = read(
            case,
            "Nález Ústavního soudu ze dne 15. 2. 2017, sp. zn. Pl. ÚS 6/16.",
        )
        .expect("a Czech decision");
        assert_eq!(w.institution.as_deref(), Some("Ústavního soudu"));
        assert_eq!(w.number.as_deref(), Some("Pl. ÚS 6/16"));
        assert_eq!(w.date.map(|d| (d.year, d.month)), Some((2017, Some(2))));
        assert!(read(case, "Wyrok i kara. Studia, Kraków 1999.").is_none());
    }
}
