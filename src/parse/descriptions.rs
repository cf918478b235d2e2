//! What a note says a work is, or who translated it, after its title, in
//! the Romance and German forms the labeller leaves in the title: a
//! translator's statement (`trad. de l'anglais par …`, `traduit du russe
//! par …`), a thesis (`thèse de doctorat en science politique`, `mémoire de
//! master`, `tesi di dottorato`, `tesis doctoral`, `Dissertation`) and a
//! report's kind (`rapport public thématique`, `rapport de l'IRSEM`,
//! `rapport d'information`). A thesis's kind is its `type`; a report's body
//! (`de l'IRSEM`) is its institution; a translation's original language is
//! kept. The imprint the labeller ran into the title after the description
//! (`…, Paris, ministère des Armées`) is the place and publisher.

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use crate::lang::Language;

/// A description after a title's comma, and what follows it.
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r",\s+(?:",
        r"(?P<translation>(?:trad\.|traduit|traduction)\s+(?:(?:de\s+l['’]|du\s+|de\s+)(?P<from>\p{Ll}+)\s+)?(?:par|de)\s+\p{Lu}.*",
        // "przeł. M. Kunz", "tłum. z angielskiego A. Nowak", "přel. Jan Novák".
        r"|(?:przeł\.|tłum\.|přel\.|prel\.|vertė|ford\.)\s+(?:z\s+(?:języka\s+)?\p{Ll}+\s+)?\p{Lu}[^,]*)",
        r"|(?P<thesis>th[eè]se\s+(?:de\s+doctorat|d['’]État|de\s+\p{Ll}+|pour\s+le\s+doctorat|soutenue)[^,]*|mémoire\s+de\s+(?:master|maîtrise|DEA|DESS|fin\s+d['’]études)[^,]*",
        r"|tesi\s+di\s+(?:laurea|dottorato)[^,]*|tesis\s+doctoral[^,]*|Dissertation|Habilitationsschrift|rozprawa\s+doktorska[^,]*",
        r"|praca\s+(?:doktorska|magisterska|habilitacyjna|licencjacka)[^,]*|(?:disertační|diplomová|dizertačná)\s+prác[ea][^,]*|daktaro\s+disertacija|doktori\s+értekezés)",
        // "…, exh. cat.", "…, Ausst.-Kat.": an exhibition's catalogue is
        // a book; the mark goes.
        r"|(?P<catalogue>exh\.\s*cat\.?|exhibition\s+catalog(?:ue)?|Ausst\.-Kat\.?|Ausstellungskatalog|cat\.\s*(?:d['’])?expo(?:sition)?\.?|catalogue\s+d['’]exposition|catalogo\s+della\s+mostra|katalog\s+wystawy)",
        r"|(?P<report>rapport\s+(?:public(?:\s+(?:thématique|annuel))?|d['’]information|annuel|de\s+recherche|d['’]activité|(?P<body>de\s+l['’]\p{Lu}[\p{L}\-]+|du\s+\p{Lu}[\p{L}\-]+)))",
        r")(?P<tail>,\s.*)?$",
    ))
    .expect("description after title pattern")
});

/// Languages a French translator's statement names.
const FROM: &[(&str, &str)] = &[
    ("anglais", "en"),
    ("américain", "en"),
    ("allemand", "de"),
    ("russe", "ru"),
    ("italien", "it"),
    ("espagnol", "es"),
    ("chinois", "zh"),
    ("ukrainien", "uk"),
    ("polonais", "pl"),
    ("biélorusse", "be"),
];

/// Moves a description the title ends with to where it belongs; true when
/// it names a report.
pub(super) fn after_title(work: &mut Work) -> bool {
    let Some(title) = work.title.as_deref() else {
        return false;
    };
    // Every description follows a comma and holds one of these words;
    // most titles have none, and the pattern is slow to run on all.
    static WORDS: LazyLock<super::text::Words> = LazyLock::new(|| {
        super::text::Words::new(&[
            "trad",
            "thèse",
            "these",
            "mémoire",
            "tesi",
            "Dissertation",
            "Habilitation",
            "rozprawa",
            "rapport",
            "praca",
            "práce",
            "práca",
            "disertacija",
            "értekezés",
            "przeł.",
            "tłum.",
            "přel.",
            "prel.",
            "vertė",
            "ford.",
            "exh.",
            "exhibition",
            "Ausst",
            "cat.",
            "catalogo",
            "katalog",
        ])
    });
    if !title.contains(", ") || !WORDS.is_match(title) {
        return false;
    }
    let Some(c) = DESCRIPTION.captures(title) else {
        return false;
    };
    let Some(whole) = c.get(0).filter(|m| m.start() > 0) else {
        return false;
    };
    let head = title[..whole.start()].trim_end().to_string();
    if head.split_whitespace().count() < 2 {
        return false;
    }
    let mut report = false;
    if c.name("translation").is_some() {
        work.origlanguage = c
            .name("from")
            .and_then(|f| FROM.iter().find(|(w, _)| *w == f.as_str()))
            .and_then(|(_, iso)| Language::from_iso(iso))
            .or(work.origlanguage);
    } else if let Some(t) = c.name("thesis") {
        work.thesis = Some(t.as_str().trim().to_string());
    } else if c.name("report").is_some() {
        report = true;
        if let Some(body) = c.name("body") {
            let body = body.as_str();
            let name = body
                .strip_prefix("de l'")
                .or_else(|| body.strip_prefix("de l’"))
                .or_else(|| body.strip_prefix("du "))
                .unwrap_or(body);
            work.institution.get_or_insert_with(|| name.to_string());
        }
    }
    // "…, rapport de l'IRSEM, Paris, ministère des Armées": the imprint
    // run into the title.
    if let Some(tail) = c.name("tail") {
        let parts: Vec<&str> = tail
            .as_str()
            .split(", ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let mut rest = parts.as_slice();
        if let Some((place, after)) = rest.split_first()
            && super::gazetteer::is_publishing_place(place)
        {
            work.location.get_or_insert_with(|| (*place).to_string());
            rest = after;
        }
        if let [publisher] = rest {
            work.publisher
                .get_or_insert_with(|| publisher.trim_end_matches('.').to_string());
        }
    }
    work.title = Some(head);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> Work {
        Work {
            title: Some(title.to_string()),
            ..Work::default()
        }
    }

    #[test]
    fn descriptions_leave_the_title() {
        let mut w = titled("Le Capitalisme de plateforme, trad. de l'anglais par Jean Martin");
        assert!(!after_title(&mut w));
        assert_eq!(w.title.as_deref(), Some("Le Capitalisme de plateforme"));
        assert_eq!(w.origlanguage.map(Language::iso), Some("en"));
        let mut w = titled("Les Élites rurales en Bretagne, thèse de doctorat en histoire");
        assert!(!after_title(&mut w));
        assert_eq!(w.thesis.as_deref(), Some("thèse de doctorat en histoire"));
        let mut w = titled("La Dissuasion au XXIe siècle, rapport de l'IFRI, Paris, Ifri");
        assert!(after_title(&mut w));
        assert_eq!(w.title.as_deref(), Some("La Dissuasion au XXIe siècle"));
        assert_eq!(w.institution.as_deref(), Some("IFRI"));
        assert_eq!(w.location.as_deref(), Some("Paris"));
        // A title that speaks of a report or a thesis keeps its words.
        let mut w = titled("Le rapport, la thèse et l'essai");
        assert!(!after_title(&mut w));
        let mut w = titled("Belarusian Art of Protest, exh. cat");
        assert!(!after_title(&mut w));
        assert_eq!(w.title.as_deref(), Some("Belarusian Art of Protest"));
        let mut w = titled("Rapport annuel");
        assert!(!after_title(&mut w));
        assert_eq!(w.title.as_deref(), Some("Rapport annuel"));
    }
}
