//! Documents in published editions of state papers, and the editions
//! themselves: "AAPD 1963, Bd. I, Dok. 45, S. 123.", "DDF, 2e série, t.
//! XV, n° 45.", "Memorandum of Conversation, Washington, April 12, 1961,
//! FRUS, 1961–1963, vol. V, Soviet Union, doc. 45.", "Aufzeichnung …,
//! 12.3.1963, in: AAPD 1963, …", "Documents on British Policy Overseas,
//! Series I, Vol. II (London: HMSO, 1985), no. 45.". Diplomatic and
//! political history cites them as often as monographs; read as
//! references, the edition's acronym became an author and its series the
//! title.
//!
//! The note is cut at its commas. The edition is the part that names one
//! (an acronym or the opening of a title the list knows, or a title with a
//! volume after it and a document's number later); the series, volume,
//! editors and imprint after it are the edition's, a title of the volume
//! between its number and the imprint ("Eastern Europe; Soviet Union") is
//! the volume's title under the edition's (`maintitle`), and the
//! document's number and pages are the place cited. Words before the
//! edition are the document's heading, its place and day aside: the
//! document is then the work (`incollection`) and the edition its book;
//! a ministry named there is the edition's author, a body. A GOST heading
//! that opens with a document's kind ("Запись беседы …", "Письмо …")
//! before "//" is likewise a document in the collection after it
//! ([`gost_document`]).

use std::sync::LazyLock;

use regex::Regex;

use super::finish::{read_whole, year_alone};
use super::{ParsedNote, Work, dates, names, text};
use crate::entry::{Date, Name};

/// An edition by its acronym, with the year of its volume ("AAPD 1963").
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:AAPD|ADAP|DDF|DDI|DBFP|DBPO|DGFP|FRUS|DDS|BDFA|DzD|DBD)(?:\s\d{4}(?:[–-]\d{2,4})?)?$",
    )
    .expect("edition acronym pattern")
});

/// The opening of an edition's title.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Foreign\sRelations\sof\sthe\sUnited\sStates|Documents\sdiplomatiques|(?:I\s)?[Dd]ocumenti\sdiplomatici",
        r"|Documents\son\s(?:British|German|Irish|Australian|Canadian|Israeli|New\sZealand|the\sForeign)",
        r"|British\sDocuments\son|Akten\szur|Akten\sder\sReichskanzlei|Dokumente\szur|Dokumenty\si\smateriały",
        r"|Diplomatische\sDokumente|Die\sGroße\sPolitik)",
    ))
    .expect("edition title pattern")
});

/// A series of the edition ("2e série", "serie VII", "Series D", "Reihe
/// II", "3rd series").
static SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d+(?:e|re|er|st|nd|rd|th)\s(?i:série|series|serie)|(?i:série|serie|series|reihe)\s[\dIVXLCA-Z]+)$")
        .expect("edition series pattern")
});

/// A volume ("vol. IV", "t. XV", "Bd. I", "Vol. II"), with the imprint
/// in brackets after it ("vol. 7 (Washington, DC: GPO, 1956)").
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Vv]ol\.|t\.|Bd\.|Т\.|т\.)\s?(?P<v>[\dIVXLC]+)$")
        .expect("edition volume pattern")
});

/// The number of a document in the edition, where the place cited starts.
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Dd]ok\.|[Dd]oc\.|Док\.|document|n°|[Nn]o\.|Nr\.|nr)\s?\d+")
        .expect("document pattern")
});

/// Pages, or a page alone, after the document's number.
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:S\.|pp?\.|s\.|С\.)\s?)?\d+(?:\s?[–-]\s?\d+)?$").expect("pages pattern")
});

/// "bearb. von Martin Vogt", "ed. Julian Boyd", "a cura di …".
static EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:bearb\.\svon|hrsg\.\svon|ed\.|edited\sby|éd\.|a\scura\sdi)\s(?P<names>.+)$")
        .expect("edition editors pattern")
});

/// "Roma 1962", "München 1994": a place and year of printing.
static PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s(?P<year>1[6-9]\d\d|20\d\d)$")
        .expect("place and year pattern")
});

/// "(Washington, DC: GPO, 1988)" at a part's end.
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s?\((?P<place>[^():]+):\s(?P<publisher>[^()]+),\s(?P<year>1[6-9]\d\d|20\d\d)\)$")
        .expect("bracketed imprint pattern")
});

/// A ministry that publishes an edition ("Ministero degli Affari Esteri").
static MINISTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Minist[eè]r[eo]|Ministry|Department\sof\sState|Auswärtiges\sAmt|Ministerstwo|Министерство)\b")
        .expect("ministry pattern")
});

/// A document's kind opening its heading in a GOST note: "Запись беседы
/// В. М. Молотова с …", "Письмо …", "Телеграмма …". The names in it are
/// the heading's, not the authors'.
static GENRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Запись\sбеседы|Запись\sразговора|(?:Докладная\s|Памятная\s|Служебная\s)?[Зз]аписка|Письмо|(?:Шифр)?[Тт]елеграмма",
        r"|Справка|Протокол|Постановление|Донесение|Из\sдневника|Выступление|Речь|Меморандум|Директива|Приказ",
        r"|Запис\sрозмови|Доповідна\sзаписка|Лист|Телеграма)\s",
    ))
    .expect("document genre pattern")
});

/// "Запись беседы …, 12 марта 1945 г. // Советско-американские отношения.
/// …": a document's heading and day, and the collection printing it after
/// GOST's slashes.
pub(super) fn gost_document(note: &str) -> Option<(&str, Option<Date>, &str)> {
    let (head, collection) = note.split_once(" // ")?;
    if !GENRE.is_match(head) {
        return None;
    }
    let head = head.trim().trim_end_matches('.');
    Some(match head.rsplit_once(", ") {
        Some((heading, day)) if dates::alone(day).is_some() => {
            (heading, dates::alone(day).map(|d| d.date), collection)
        }
        _ => (head, None, collection),
    })
}

/// The work a note cites in an edition of state papers, if it does.
pub(super) fn read(note: &str) -> Option<ParsedNote> {
    if !may_cite_edition(note) {
        return None;
    }
    let body = note.trim().trim_end_matches('.');
    let parts: Vec<&str> = text::comma_parts(body).collect();
    let at = parts
        .iter()
        .enumerate()
        .position(|(i, p)| is_edition(&parts, i, p))?;
    let mut work = Work::default();
    let mut edition = strip_in(parts[at]).to_string();
    let mut volume_title: Option<String> = None;
    let mut words: Vec<&str> = Vec::new();
    let mut cited: Vec<&str> = Vec::new();
    let mut year = None;
    for (i, part) in parts.iter().enumerate().skip(at + 1) {
        let part = *part;
        if !cited.is_empty() || DOCUMENT.is_match(part) {
            cited.push(part);
            continue;
        }
        // "vol. 7 (Washington, DC: GPO, 1956)": the imprint apart.
        let (part, bracketed) = match IMPRINT.captures(part) {
            Some(c) => {
                work.location = Some(c["place"].to_string());
                work.publisher = Some(c["publisher"].to_string());
                year = c["year"].parse().ok();
                (&part[..c.get(0).map_or(part.len(), |m| m.start())], true)
            }
            None => (part, false),
        };
        if i == at + 1 && is_years(part) {
            // "FRUS, 1961–1963", "Documents on German Foreign Policy,
            // 1918–1945": the years the edition covers, in its title.
            edition = format!("{edition}, {part}");
        } else if SERIES.is_match(part) {
            work.series = Some(part.to_string());
        } else if let Some(c) = VOLUME.captures(part) {
            work.volume = Some(c["v"].to_string());
        } else if part.starts_with("pt. ") && work.volume.is_some() {
            if let Some(v) = work.volume.as_mut() {
                v.push_str(", ");
                v.push_str(part);
            }
        } else if let Some(c) = EDITORS.captures(part) {
            work.editors = names::parse_author_segment(&c["names"]).0;
        } else if let Some(c) = PLACE_YEAR.captures(part) {
            work.location = Some(c["place"].to_string());
            year = c["year"].parse().ok();
        } else if let Some(y) = year_alone(part) {
            year = Some(y);
        } else if PAGES.is_match(part) && i + 1 == parts.len() {
            cited.push(part);
        } else if bracketed && work.volume.is_some() {
            // "vol. VIII, Eastern Europe; … (Washington, DC: GPO, 1988)",
            // "vol. XL, Germany and Berlin, 1969–1972 (…)".
            words.push(part);
            volume_title = Some(words.join(", "));
            words.clear();
        } else if !part.is_empty() {
            words.push(part);
        }
    }
    // Words after the volume are its title, unless a year follows them:
    // "Paris, Imprimerie nationale, 1984" is the imprint.
    match (words.as_slice(), year) {
        ([place, publisher], Some(_)) => {
            work.location = Some(place.to_string());
            work.publisher = Some(publisher.to_string());
        }
        ([place], Some(_)) if work.location.is_none() => work.location = Some(place.to_string()),
        ([], _) | (_, Some(_)) => {}
        (title, None) if work.volume.is_some() => volume_title = Some(title.join(", ")),
        _ => {}
    }
    let mut heading: Vec<&str> = Vec::new();
    let mut day = None;
    for (i, part) in parts[..at].iter().enumerate() {
        if MINISTRY.is_match(part) {
            work.authors.push(Name::Organization(part.to_string()));
        } else if let Some(d) = dates::alone(part).or_else(|| us_day(&parts, i)) {
            // "June 3, 1957": the year after the day is no new date.
            if day.is_none_or(|old: Date| old.month.is_none()) {
                day = Some(d.date);
            }
        } else if day.is_none() && !heading.is_empty() && is_place(part) {
            // "Memorandum of Conversation, Washington, April 12, 1961":
            // where the document was written.
        } else {
            heading.push(part);
        }
    }
    // "John Smith, Documents on …": an author's name before a book, not a
    // document's heading, which has more words or a day.
    if let [name] = heading.as_slice()
        && day.is_none()
        && looks_like_name(name)
    {
        return None;
    }
    if heading.is_empty() {
        work.entry_type = "book";
        match volume_title {
            Some(t) => {
                work.maintitle = Some(edition);
                work.title = Some(t);
            }
            None => work.title = Some(edition),
        }
    } else {
        work.entry_type = "incollection";
        work.title = Some(heading.join(", "));
        match volume_title {
            Some(t) => {
                work.maintitle = Some(edition);
                work.container = Some(t);
            }
            None => work.container = Some(edition),
        }
    }
    work.date = year.map(Date::year).or(day);
    let code = work.entry_type;
    Some(read_whole(
        work,
        code,
        (!cited.is_empty()).then(|| cited.join(", ")),
    ))
}

/// Whether a note holds an edition's acronym, a word its title opens
/// with, or a document's number: most notes do not, and are not cut.
fn may_cite_edition(note: &str) -> bool {
    static WORDS: LazyLock<text::Words> = LazyLock::new(|| {
        text::Words::new(&[
            "AAPD",
            "ADAP",
            "DDF",
            "DDI",
            "DBFP",
            "DBPO",
            "DGFP",
            "FRUS",
            "DDS",
            "BDFA",
            "DzD",
            "DBD",
            "Foreign Relations",
            "Documents",
            "ocumenti",
            "Akten ",
            "Dokument",
            "Diplomatische",
            "Große Politik",
            "Dok.",
            "dok.",
            "doc.",
            "Doc.",
        ])
    });
    WORDS.is_match(note)
}

/// Whether part `i` of a note names an edition: an acronym or title the
/// list knows, or a title with a series or volume after it and a
/// document's number later ("Dokumente zur Deutschlandpolitik, Reihe II,
/// Bd. 3, Dok. 45").
fn is_edition(parts: &[&str], i: usize, part: &str) -> bool {
    let part = strip_in(part);
    // A series, volume or document's number after the name: a book titled
    // "Documents on British Policy in Africa" has none.
    let units_after = || {
        parts[i + 1..].iter().enumerate().any(|(j, p)| {
            (j == 0 && is_years(p))
                || SERIES.is_match(p)
                || VOLUME.is_match(p)
                || DOCUMENT.is_match(p)
        })
    };
    if (ACRONYM.is_match(part) || TITLE.is_match(part)) && units_after() {
        return true;
    }
    let unit_next = parts
        .get(i + 1)
        .is_some_and(|p| SERIES.is_match(p) || VOLUME.is_match(p));
    // Opening the note or after "in": a book's title after its author's
    // name, with a volume and a document, is no edition of state papers.
    let opens = i == 0 || parts[i] != part;
    opens
        && unit_next
        && part.starts_with(char::is_uppercase)
        && parts[i + 1..]
            .iter()
            .any(|p| p.starts_with(['D', 'd']) && DOCUMENT.is_match(p))
}

fn strip_in(part: &str) -> &str {
    part.strip_prefix("in: ")
        .or_else(|| part.strip_prefix("in "))
        .unwrap_or(part)
}

/// "1961–1963", "1918–1945", "1950".
fn is_years(part: &str) -> bool {
    let digits = part.bytes().filter(u8::is_ascii_digit).count();
    matches!(digits, 4 | 6 | 8)
        && part
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '–')
}

/// "April 12" (part `i`) before "1961": the American order of a day,
/// over two parts.
fn us_day(parts: &[&str], i: usize) -> Option<dates::DateMatch> {
    let (part, next) = (parts.get(i)?, parts.get(i + 1)?);
    year_alone(next)?;
    dates::alone(&format!("{part}, {next}"))
}

/// "John Smith", "A. Rossi", "Hans-Peter Schwarz": two or three
/// capitalised words or initials.
fn looks_like_name(part: &str) -> bool {
    let words: Vec<&str> = part.split(' ').collect();
    (2..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "Washington", "Moscow", "Bonn": a place of one or two capitalised words.
fn is_place(part: &str) -> bool {
    let words: Vec<&str> = part.split(' ').collect();
    words.len() <= 2
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(note: &str) -> ParsedNote {
        read(note).unwrap_or_else(|| panic!("not read as an edition: {note}"))
    }

    #[test]
    fn an_edition_cited_by_volume_and_document() {
        let p = read_ok("ADAP, Serie C, Bd. II, Dok. 12, S. 30–32.");
        assert_eq!(p.work.title.as_deref(), Some("ADAP"));
        assert_eq!(p.work.series.as_deref(), Some("Serie C"));
        assert_eq!(p.work.volume.as_deref(), Some("II"));
        assert_eq!(p.pinpoint.as_deref(), Some("Dok. 12, S. 30–32"));
        assert!(p.work.authors.is_empty());
        let p = read_ok(
            "Documents on Irish Foreign Policy, vol. 5 (Dublin: Royal Irish Academy, 2006), no. 112.",
        );
        assert_eq!(
            p.work.title.as_deref(),
            Some("Documents on Irish Foreign Policy")
        );
        assert_eq!(p.work.date.map(|d| d.year), Some(2006));
        assert_eq!(p.work.publisher.as_deref(), Some("Royal Irish Academy"));
    }

    #[test]
    fn a_document_by_its_heading_in_an_edition() {
        let p = read_ok(
            "Circular Telegram From the Department of State, Washington, June 3, 1957, FRUS, 1955–1957, vol. IV, Western European Security and Integration, doc. 12.",
        );
        assert_eq!(
            p.work.title.as_deref(),
            Some("Circular Telegram From the Department of State")
        );
        assert_eq!(p.work.entry_type, "incollection");
        assert_eq!(p.work.maintitle.as_deref(), Some("FRUS, 1955–1957"));
        assert_eq!(
            p.work.container.as_deref(),
            Some("Western European Security and Integration")
        );
        assert_eq!(
            p.work.date.map(|d| d.to_string()).as_deref(),
            Some("1957-06-03")
        );
        let p = read_ok(
            "Vermerk des Staatssekretärs Hallstein, 4.5.1955, in: AAPD 1955, Bd. I, Dok. 3.",
        );
        assert_eq!(p.work.container.as_deref(), Some("AAPD 1955"));
        assert_eq!(p.work.date.map(|d| d.year), Some(1955));
    }

    #[test]
    fn a_gost_document_in_a_collection() {
        let (head, day, collection) = gost_document(
            "Телеграмма А. А. Громыко в НКИД СССР, 3 мая 1944 г. // Советско-американские отношения во время Великой Отечественной войны. Т. 2. М., 1984. С. 90.",
        )
        .expect("document");
        assert_eq!(head, "Телеграмма А. А. Громыко в НКИД СССР");
        assert_eq!(day.map(|d| d.year), Some(1944));
        assert!(
            collection.starts_with("Советско-американские"),
            "{collection}"
        );
        assert!(
            gost_document("Иванов И. И. Внешняя политика // Вопросы истории. 1990. № 3.").is_none()
        );
    }

    #[test]
    fn journals_and_books_with_numbers_are_no_editions() {
        for note in [
            "John Smith, Documents on British Policy in Africa (London: Routledge, 2005), 45.",
            "Peter Hoeres, Akten zur Außenpolitik als Quelle, in: Historische Zeitschrift 290 (2010), S. 1–20.",
            "A. Rossi, I documenti diplomatici italiani e la storiografia, Roma 1999, p. 12.",
            "Anna Weber, „Die Reform“, Historische Zeitschrift, vol. 12, no. 4 (1990), pp. 5–9.",
            "J. Smith, The Documents, vol. 2 (London: Penguin, 1990), 45.",
            "Mario Rossi, Storia d'Italia, vol. III, Torino 1990, doc. 4.",
        ] {
            assert!(read(note).is_none(), "{note}");
        }
    }
}
