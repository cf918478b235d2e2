//! Parliamentary debates and papers: the record of a sitting ("HC Deb 12
//! March 2003, vol 401, col 150", "Verhandlungen des Reichstags, Bd. 325,
//! S. 2345", "Deutscher Bundestag, Plenarprotokoll 19/123, 14.11.2019",
//! "166 Cong. Rec. S1234 (daily ed. Mar. 5, 2020)", "Atti parlamentari,
//! Camera dei deputati, …, seduta del 12 marzo 1949", "Стенограмма
//! заседания Государственной Думы 12 марта 2020 г.") and a house's printed
//! papers ("BT-Drs. 19/1234", "Drucksache 18/4567 vom 12.3.2015"). Read as
//! references, the house became an author's name ("Deb, HC"), the series
//! of debates an organisation and the sitting's date a title.
//!
//! The note is cut at its commas. The part that names the record is the
//! title, less a date after "vom" or OSCOLA's "HC Deb"; a house named
//! before it is the author, a chamber after it the body that sat
//! (`institution`, CSL `authority`); the sitting's day is the date; the
//! volume is kept, and the columns or pages cited are the pinpoint. The
//! debates' numbered series ("5th ser.") and a session ("81st Cong.",
//! "Legislatura I") have no field and are left out. A debate is BibLaTeX
//! `misc` with `entrysubtype = {hearing}` (CSL `hearing` with a speaker,
//! `document` without), a paper a `report` with its number. Words before
//! the record are the title of what it prints ("Antwort der
//! Bundesregierung …, BT-Drs. 19/4567") or a speech's speaker and
//! occasion. A French house's paper ("Sénat, Rapport d'information n° 613
//! (2020-2021) de MM. …, sur …, déposé le …") is a report by its
//! rapporteurs, the house its `institution`.

use std::sync::LazyLock;

use regex::Regex;

use super::finish::{read_whole, year_alone};
use super::{ParsedNote, Work, dates, names, text};
use crate::entry::{Date, Name};

/// A part that names a record of debates or a paper. The name of a
/// series stands alone in its part ("Parliamentary Debates", with a
/// country in brackets at most): a book's title that opens with the same
/// words goes on ("Parliamentary Debates and British Foreign Policy"). The
/// record of one sitting goes on to its number or day.
static RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:",
        r"(?P<deb>H[CL]\sDeb)(?:\s\d{1,2}\s\p{L}+\s\d{4})?$",
        r"|(?P<volume>\d{1,3})\s(?P<rec>Cong\.\sRec\.)\s(?P<page>[HSE]?\d+)",
        r"|(?P<paper>(?:BT|BR)-(?:Drs|Drucks)\.\s?\d{1,2}/\d{1,6}|(?:Bundestags-|Bundesrats-)?Drucksache\s\d{1,2}/\d{1,6}|Plenarprotokoll\s\d{1,2}/\d{1,4})",
        // "Rapport d'information n° 613 (2020-2021) de MM. …": a French
        // house's paper, its rapporteurs after it.
        r"|(?P<fpaper>(?:Rapport\sd['’]information|Rapport|Avis|Projet\sde\sloi|Proposition\sde\s(?:loi|résolution))\sn[°º]\s?(?P<fnumber>\d+)(?:\s\(\d{4}-\d{4}\))?)",
        r"|(?P<name>Parliamentary\sDebates|Congressional\sRecord|Cong\.\sRec\.",
        r"|House\sof\s(?:Commons|Lords)\sDebates|Senate\sDebates|Official\sReport",
        r"|(?:House\sof\s(?:Commons|Lords)\s)?Hansard",
        r"|Verhandlungen\sdes\s(?:Deutschen\s)?(?:Reichstags?|Bundestag(?:e?s)?|Bundesrate?s|Landtags?)",
        r"|Atti\sparlamentari|Débats\sparlementaires)(?:\s\([^()]+\))?$",
        r"|(?P<sitting>Stenographische[rn]?\s(?:Bericht|Protokoll)|Resoconto\sstenografico|Sprawozdanie\sstenograficzne",
        r"|Стенограмм?а\s(?:заседани|пленарно))\D*\d",
        r"|Stenographische\sProtokolle\süber\sdie\sSitzungen\b",
        r")",
    ))
    .expect("parliamentary record pattern")
});

/// The language of a record, from the words that name it: "HC Deb",
/// "Plenarprotokoll 19/123" are too few words to tell it by.
fn language_of(record: &str) -> Option<crate::lang::Language> {
    const BY_OPENING: &[(&str, &str)] = &[
        ("Sprawozdanie", "pl"),
        ("Стенограмма", "ru"),
        ("Стенограма", "uk"),
        ("Débats", "fr"),
        ("Rapport", "fr"),
        ("Avis", "fr"),
        ("Projet", "fr"),
        ("Proposition", "fr"),
        ("Atti", "it"),
        ("Resoconto", "it"),
        ("Verhandlungen", "de"),
        ("Stenographische", "de"),
        ("Plenarprotokoll", "de"),
        ("Drucksache", "de"),
        ("Bundestags-", "de"),
        ("Bundesrats-", "de"),
        ("BT-", "de"),
        ("BR-", "de"),
    ];
    let iso = BY_OPENING
        .iter()
        .find(|(opening, _)| record.starts_with(opening))
        .map_or("en", |(_, iso)| iso);
    crate::lang::Language::from_iso(iso)
}

/// Words that name a house of parliament, or a chamber, in a part of its
/// own ("Deutscher Bundestag", "Senato della Repubblica", "Camera dei
/// deputati", "Commons", "Assemblée nationale").
static HOUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Deutscher\sBundestag|Bundesrat|Reichstag|Nationalrat|Bundesversammlung|Landtag\b.*",
        r"|Senato(?:\sdella\sRepubblica|\sdel\sRegno)?|Camera\sdei\sdeputati|Sejm\b.*|Senat\b.*",
        r"|Assemblée\snationale|Sénat|Chambre\sdes\sdéputés",
        r"|(?:House\sof\s)?(?:Commons|Lords)|Senate|House\sof\sRepresentatives|Parliament\b.*",
        r"|Государственная\sДума|Верховна\sРада\b.*)$",
    ))
    .expect("house pattern")
});

/// A session's designation, kept out of every field: "Legislatura I",
/// "XVIII legislatura", "XX. GP", "45. Sitzung", "81st Cong.", "2nd
/// sess.", "Discussioni".
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:legislatura\s[IVXLC\d]+|[IVXLC]+\slegislatura|[IVXLC]+\.\sGP|\d+\.\s(?:Sitzung|Wahlperiode)",
        r"|\d+(?:st|nd|rd|th)\s(?:Cong|sess|Parl)\.?|\d+(?:st|nd|rd|th)\s(?:session|Congress)|Discussioni|Debates)$",
    ))
    .expect("session pattern")
});

/// A volume ("vol 401", "vol. 421", "Bd. 325", "T. 3") or series ("5th
/// ser.").
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:vol)\.?|Bd\.|Т\.|t\.)\s?(?P<v>[\dIVXLC]+)$").expect("volume pattern")
});
static SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d+(?:st|nd|rd|th)\s(?:ser\.|series)$").expect("series pattern")
});

/// The place cited: columns or pages ("col 150", "cols. 45–48", "S.
/// 2345", "p. 7123", "s. 45", "С. 234").
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:cols?\.?|S\.|pp?\.|s\.|С\.|Стб\.|стб\.)\s?[\dIVXLCWS]+(?:\s?[–-]\s?\d+)?(?:\s?\([A-D]\))?$")
        .expect("place pattern")
});

/// The parliamentary record a note cites, if it is one.
pub(super) fn read(note: &str) -> Option<ParsedNote> {
    if !may_be_record(note) {
        return None;
    }
    // "… 12 марта 2020 г. URL: http://… (дата обращения: 01.04.2020).": the
    // record's page and the day it was read, apart.
    let (body, url, urldate) = match note.find("http") {
        Some(at) => {
            let url = note[at..].split_whitespace().next().unwrap_or_default();
            let after = &note[at + url.len()..];
            let body = note[..at].trim_end();
            let body = body.strip_suffix("URL:").unwrap_or(body).trim_end();
            let url = url.trim_end_matches(['.', ',', ')']).to_string();
            (
                body,
                Some(url),
                dates::find_dates(after).first().map(|d| d.date),
            )
        }
        None => (note.trim(), None, None),
    };
    // The stop after "г." or "r." belongs to the date, not the note.
    let dated = |b: &str| [" г", " r", " р"].iter().any(|e| b.ends_with(e));
    let body = match body.strip_suffix('.') {
        Some(b) if !dated(b) => b,
        _ => body,
    };
    let parts: Vec<&str> = text::comma_parts(body).collect();
    let (at, c) = parts
        .iter()
        .enumerate()
        .find_map(|(i, p)| RECORD.captures(p).map(|c| (i, c)))?;
    let record = parts[at];
    let mut work = Work {
        entry_type: "misc",
        subtype: Some("hearing"),
        ..Work::default()
    };
    work.url = url;
    work.urldate = urldate;
    let mut pinpoint = Vec::new();
    // "House of Commons Debates (Canada)": the country in brackets is no
    // part of the series' name.
    let mut titled = match record.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((name, _)) if c.name("paper").is_none() => name.to_string(),
        _ => record.to_string(),
    };
    if let Some(deb) = c.name("deb") {
        // "HC Deb 12 March 2003": the series, then the day.
        work.date = dates::alone(record[deb.end()..].trim()).map(|d| d.date);
        titled = deb.as_str().to_string();
    } else if let (Some(volume), Some(rec), Some(page)) =
        (c.name("volume"), c.name("rec"), c.name("page"))
    {
        work.volume = Some(volume.as_str().to_string());
        titled = rec.as_str().to_string();
        pinpoint.push(page.as_str().to_string());
        work.date = dates::find_dates(&record[page.end()..])
            .first()
            .map(|d| d.date);
    } else if let Some(paper) = c.name("paper") {
        work.entry_type = "report";
        work.subtype = None;
        // "Drucksache 18/4567 vom 12.3.2015": the day apart.
        let rest = record[paper.end()..].trim();
        if let Some(day) = rest.strip_prefix("vom ").and_then(dates::alone) {
            work.date = Some(day.date);
            titled = paper.as_str().to_string();
        }
    }
    let french_paper = c.name("fpaper").is_some();
    // A "Rapport n° 12" or "Avis n° 3" is a house's only after its name
    // ("Assemblée nationale, Rapport n° 1234"); an institute numbers its
    // reports too.
    if c.name("fpaper")
        .is_some_and(|p| p.as_str().starts_with(['R', 'A']))
        && !record.starts_with("Rapport d")
        && !parts[..at].iter().any(|p| HOUSE.is_match(p))
    {
        return None;
    }
    if let (Some(paper), Some(number)) = (c.name("fpaper"), c.name("fnumber")) {
        work.entry_type = "report";
        work.subtype = None;
        work.number = Some(number.as_str().to_string());
        // "de MM. André Gattolin et Jean-Yves Leconte": the rapporteurs;
        // other words after the number are the paper's title ("Projet de
        // loi n° 4567 relatif à …").
        let rest = record[paper.end()..].trim();
        titled = if rest.starts_with("de M") {
            paper.as_str().to_string()
        } else {
            record.to_string()
        };
        if let Some(names) = rest.strip_prefix("de ").map(|r| {
            let r = ["MM. ", "Mmes ", "Mme ", "M. "]
                .iter()
                .find_map(|m| r.strip_prefix(m))
                .unwrap_or(r);
            r.replace(" et Mme ", " et ").replace(" et M. ", " et ")
        }) {
            work.authors = names::parse_author_segment(&names).0;
        }
        // "…, sur les relations entre …": what the paper is about.
        if let Some(about) = parts[at + 1..].iter().find(|p| p.starts_with("sur ")) {
            titled = format!("{titled} {about}");
        }
    }
    let mut before = Vec::new();
    for part in &parts[..at] {
        if *part == "Hansard" || SESSION.is_match(part) {
            // "Hansard, HC Deb, …": the name the debates are known by.
        } else if french_paper && HOUSE.is_match(part) {
            // The house that ordered a report its rapporteurs wrote.
            work.institution = Some(part.to_string());
        } else if HOUSE.is_match(part) || names::is_organization(part) && !part.contains(' ') {
            work.authors.push(Name::Organization(part.to_string()));
        } else if let Some(day) = dates::alone(part) {
            work.date.get_or_insert(day.date);
        } else {
            before.push(*part);
        }
    }
    // "House of Commons Hansard, 'Belarus: Political Prisoners', vol. 712":
    // the debate's own title in quotes after the record.
    let mut debate = None;
    for part in &parts[at + 1..] {
        match quoted(part) {
            Some(q) if debate.is_none() => debate = Some(q),
            _ => read_after(part, &mut work, &mut pinpoint),
        }
    }
    match before.as_slice() {
        [] => match debate {
            Some(debate) => {
                work.title = Some(debate.to_string());
                work.container = Some(titled);
            }
            None => work.title = Some(titled),
        },
        // "Journal officiel de la République française, Débats
        // parlementaires": the journal that prints the debates.
        [journal] if journal.starts_with("Journal officiel") => {
            work.container = Some(journal.to_string());
            work.title = Some(titled);
        }
        // "Winston Churchill, speech in the House of Commons, 5 October
        // 1938, HC Deb, …": a speech by its speaker, in the debates.
        [speaker, occasion @ ..] if !occasion.is_empty() && is_person(speaker) => {
            work.authors = names::parse_author_segment(speaker).0;
            work.title = Some(occasion.join(", "));
            work.container = Some(titled);
        }
        // "Antwort der Bundesregierung auf …, BT-Drs. 19/4567": a paper
        // printed under its number.
        words => {
            work.title = Some(words.join(", "));
            work.number = Some(titled);
        }
    }
    if work.date.is_none() {
        // "Стенограмма … 12 марта 2020 г.": the day inside the record's name.
        work.date = dates::find_dates(record).first().map(|d| d.date);
    }
    let code = work.entry_type;
    let mut parsed = read_whole(
        work,
        code,
        (!pinpoint.is_empty()).then(|| pinpoint.join(", ")),
    );
    if let Some(language) = language_of(record) {
        parsed.work.language = Some(language);
    }
    Some(parsed)
}

/// The words of a part in quotes, if the part is quoted whole.
fn quoted(part: &str) -> Option<&str> {
    let part = part.trim();
    let q = text::find_quoted(part)?;
    (q.start == 0 && q.end == part.len()).then(|| &part[q.inner_start..q.inner_end])
}

/// What a part after the record adds: a chamber, a volume, the day or
/// year of the sitting, or the place cited.
fn read_after(part: &str, work: &mut Work, pinpoint: &mut Vec<String>) {
    let bare = part.trim_start_matches('(').trim_end_matches(')');
    if let Some(c) = VOLUME.captures(part) {
        work.volume.get_or_insert_with(|| c["v"].to_string());
    } else if SERIES.is_match(part) {
        // "5th ser.": the series of the debates' volumes, which BibLaTeX's
        // `series` (a series of books by its name) does not hold.
    } else if PLACE.is_match(part) {
        pinpoint.push(part.to_string());
    } else if HOUSE.is_match(part) {
        work.institution.get_or_insert_with(|| part.to_string());
    } else if let Some(year) = year_alone(bare) {
        work.date.get_or_insert(Date::year(year));
    } else if let Some((_, page)) = part.split_once(": ")
        && work.volume.is_some()
    {
        // "96, pt. 2: 1954": the Congressional Record's part and page.
        pinpoint.push(page.to_string());
    } else if bare.bytes().all(|b| b.is_ascii_digit()) && !bare.is_empty() {
        // "96": the Congressional Record's volume; "vol. 94, …, 3456": the
        // page after it.
        match work.volume {
            None => work.volume = Some(bare.to_string()),
            Some(_) => pinpoint.push(bare.to_string()),
        }
    } else if !SESSION.is_match(part)
        && work.date.is_none_or(|d| d.month.is_none())
        && let Some(day) = dates::find_dates(part).first()
    {
        // "seduta del 12 marzo 1949", "(Sitzung vom 12.3.1919)", "2e séance
        // du 12 mars 1956": the sitting's day, in its words.
        work.date = Some(day.date);
    }
}

/// "Winston Churchill", "Konrad Adenauer": two or three capitalised words
/// that name no body.
fn is_person(part: &str) -> bool {
    let words: Vec<&str> = part.split(' ').collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !names::is_organization(part)
}

/// Whether a note cites a record of a house of parliament: a note of its
/// own, never commentary ("Стенограмма заседания … 5 апреля 2022 г.").
pub(super) fn is_record(note: &str) -> bool {
    may_be_record(note) && text::comma_parts(note.trim_end_matches('.')).any(|p| RECORD.is_match(p))
}

/// Whether a note holds one of the records' words: most do not, and are
/// not cut into parts.
fn may_be_record(note: &str) -> bool {
    static WORDS: LazyLock<text::Words> = LazyLock::new(|| {
        text::Words::new(&[
            " Deb ",
            " Deb,",
            "Cong. Rec.",
            "Drs.",
            "Drucks",
            "Plenarprotokoll",
            "Debates",
            "Hansard",
            "Congressional Record",
            "Verhandlungen des",
            "Stenographische",
            "parlamentari",
            "stenografic",
            "parlementaires",
            "Rapport d",
            "Rapport n",
            "de loi n",
            "de résolution n",
            "Avis n",
            "Стенограм",
        ])
    });
    WORDS.is_match(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(note: &str) -> ParsedNote {
        read(note).unwrap_or_else(|| panic!("not read as a record: {note}"))
    }

    #[test]
    fn debates_by_house_day_volume_and_column() {
        let p = read_ok("HL Deb 14 June 1999, vol 602, cols 12–14.");
        assert_eq!(p.work.title.as_deref(), Some("HL Deb"));
        assert_eq!(
            p.work.date.map(|d| d.to_string()).as_deref(),
            Some("1999-06-14")
        );
        assert_eq!(p.work.volume.as_deref(), Some("602"));
        assert_eq!(p.pinpoint.as_deref(), Some("cols 12–14"));
        assert!(p.work.authors.is_empty());
        assert_eq!(p.work.subtype, Some("hearing"));
        let p = read_ok(
            "Verhandlungen des Deutschen Bundestages, Bd. 12, S. 845 (Sitzung vom 4.5.1951).",
        );
        assert_eq!(
            p.work.title.as_deref(),
            Some("Verhandlungen des Deutschen Bundestages")
        );
        assert_eq!(p.work.date.map(|d| d.year), Some(1951));
        let p = read_ok(
            "Senato della Repubblica, II legislatura, Resoconto stenografico della seduta del 3 luglio 1955, p. 12.",
        );
        assert_eq!(
            p.work.authors,
            vec![Name::Organization("Senato della Repubblica".into())]
        );
        assert_eq!(p.work.date.map(|d| d.year), Some(1955));
    }

    #[test]
    fn papers_by_their_number() {
        let p = read_ok("Bundesrats-Drucksache 12/345, S. 4.");
        assert_eq!(p.work.entry_type, "report");
        assert_eq!(
            p.work.title.as_deref(),
            Some("Bundesrats-Drucksache 12/345")
        );
        let p =
            read_ok("Entwurf eines Gesetzes zur Stärkung der Pflege, BT-Drs. 18/5926, 7.9.2015.");
        assert_eq!(
            p.work.title.as_deref(),
            Some("Entwurf eines Gesetzes zur Stärkung der Pflege")
        );
        assert_eq!(p.work.number.as_deref(), Some("BT-Drs. 18/5926"));
        assert_eq!(p.work.date.map(|d| d.year), Some(2015));
    }

    #[test]
    fn works_that_only_mention_debates_are_no_records() {
        for note in [
            "John Smith, Parliamentary Sovereignty and the Debates of 1911 (Oxford: OUP, 2001), 12.",
            "Anna Weber, „Die Debatten im Reichstag“, in: Historische Zeitschrift 201 (1965), S. 1–30.",
            "M. Rossi, Il Parlamento e i suoi Debates, Bologna 1990.",
            "See John Smith, Parliamentary Debates and British Foreign Policy (Oxford: Clarendon Press, 1999), 45.",
            "R. Rossi, Gli Atti parlamentari come fonte, Roma 2001.",
        ] {
            assert!(read(note).is_none(), "{note}");
        }
    }
}
