//! What a book's title is followed by, which the labeller left in the
//! title or read as something else: an edition ("5. Aufl.", "2nd edn", "3-е
//! изд."), a volume and its own title ("Bd. 2: …", "vol. VI, …", "3
//! Bde."), editors or translators ("a cura di", "hrsg. von", "trad. it."),
//! a reprint ("Neudr.", "rist. anast."), a series or a report series named
//! after it or after the imprint, and the years of a work in volumes read as pages. Where the
//! title itself ends is [`super::title_end`]'s.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;

/// An edition at the end of a title: ", 5. Aufl.", ", 2nd ed.", ", 3e éd.".
static EDITION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:,\s*(\d{1,2})\.\s*(?:Aufl(?:age)?|Ausg|ed|edn|éd|изд|vyd|kiad)\.?",
        // Polish and Lithuanian: the word first, then what was done to the
        // edition ("wyd. 2 popr. i uzup.", "leid. 3").
        r"|,\s*(?:wyd|leid)\.\s*(\d{1,2})(?:[\s,]+(?:popr|uzup|zm|rozsz|poszerz|przejrz|zmien|pataisytas|papildytas)\.?(?:\s+i\s+\p{Ll}+\.?)?)*",
        // Nature's "Molecular Biology of the Cell 6th edn": no comma.
        r"|(?:,\s*|\s+)(\d{1,2})(?:st|nd|rd|th|e|ème)\s+(?:ed(?:ition)?|edn|éd(?:ition)?)\.?",
        // GOST's "Заглавие. 3-е изд.", "Назва. 2-ге вид.", "Назва. 3-е выд.".
        r"|\.\s+(\d{1,2})-(?:е|є|ге|тє)\s+(?:изд|вид|выд)\.?)$",
    ))
    .expect("edition at title end pattern")
});

/// An edition in words after a title's last comma: "nouvelle éd.", "nuova
/// ed. riveduta", "neue Ausg.", "rev. edn". Read from the comma only, as
/// few titles have one.
static EDITION_IN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^,\s*((?:nouvelle|nuova|neue|new|revised|rev\.|nueva)\s+(?:éd|édition|ed|edn|edition|edizione|edición|Aufl|Auflage|Ausg|Ausgabe)\.?",
        r"(?:\s+(?:revue|augmentée|corrigée|riveduta|ampliata|corretta|et|e|y|und|erweitert|corregida|aumentada)\.?)*)$",
    ))
    .expect("edition in words pattern")
});

/// An edition word the labeller left at the start of the place: "Aufl.,
/// Bonn", after the edition's number.
static EDITION_WORD_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:Aufl(?:age)?|Ausg|ed|edn|éd|изд)\.?,?\s+").expect("edition word pattern")
});

/// An edition's number and word in the note: "3. Aufl.", "2nd ed.".
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s,])(\d{1,2})(?:\.\s*|st\s+|nd\s+|rd\s+|th\s+)(?:Aufl|Auflage|ed|edn)\.?[,\s]",
    )
    .expect("edition pattern")
});

/// "Belarus: The Last European Dictatorship (2nd ed.). New Haven: …": a
/// title the labeller cut in two with no mark between the halves, the
/// second read as a container, before the book's edition in brackets. A
/// book's edition follows its own title; the halves are one.
pub(super) fn title_cut_before_edition(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if work.edition.is_none()
        || work.volume.is_some()
        || work.number.is_some()
        || work.pages.is_some()
        || !plain.contains(&format!("{title} {container} ("))
    {
        return;
    }
    work.title = Some(format!("{title} {container}"));
    work.container = None;
}

/// "Wirtschaft und Gesellschaft. Grundriß …, 5. Aufl.": an edition the
/// labeller left at the end of the title, or its word at the start of the
/// place ("3. Aufl., Bonn": the number read as the edition, "Aufl., Bonn" as
/// the place).
pub(super) fn edition_ends_title(plain: &str, work: &mut Work) {
    if let Some(place) = work.location.as_deref()
        && let Some(m) = EDITION_WORD_START.find(place)
        && m.end() < place.len()
        && let Some(c) = EDITION.captures(plain)
    {
        work.location = Some(place[m.end()..].to_string());
        work.edition = Some(c[1].to_string());
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if let Some(comma) = memchr::memrchr(b',', title.as_bytes()).filter(|&at| at > 0)
        && title.len() - comma <= 60
        && let Some(c) = EDITION_IN_WORDS.captures(&title[comma..])
    {
        if work.edition.is_none() {
            let mut edition = c[1].to_string();
            // "nouvelle éd": the title was trimmed of the abbreviation's
            // stop.
            if ["éd", "ed", "Aufl", "Ausg"]
                .iter()
                .any(|w| edition.ends_with(w))
            {
                edition.push('.');
            }
            work.edition = Some(edition);
        }
        work.title = Some(title[..comma].to_string());
        return;
    }
    let Some(c) = EDITION_END.captures(title) else {
        return;
    };
    let (Some(whole), Some(number)) = (c.get(0), c.get(1).or(c.get(2)).or(c.get(3)).or(c.get(4)))
    else {
        return;
    };
    if whole.start() == 0 {
        return;
    }
    if work.edition.is_none() {
        work.edition = Some(number.as_str().to_string());
    }
    work.title = Some(title[..whole.start()].to_string());
}

/// A volume, a count of volumes or a translation at the end of a title:
/// ", Bd. 2: Machtstaat vor der Demokratie", ", vol. I", ", 3 Bde.", ". 2
/// Bände.", ", 4 voll.", ", trad. it.".
static VOLUME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:,\s*(?:(?:Bd|Band|vol|tome|t|том|т)\.?\s*([0-9]{1,3}|[IVXLC]{1,6})(?::\s.*)?",
        // "Settecento riformatore, I, Da Muratori a Beccaria": a bare
        // numeral and the volume's own title.
        r"|(?:vol\.\s*)?((?-i:[IVX]{1,4})),\s+(?-i:\p{Lu}).*",
        r"|trad\.?(?:\s*(?:it|fr|ted|ingl)\.?)?|übers\.|przeł\.?|tłum\.?|přel\.?",
        // "Gesellschaftsstruktur und Semantik, Bd": the mark alone, its
        // number read as the volume.
        r"|(?:Bd|Band|vol|tome|том)\.?)",
        // ". 2 Bde." as a sentence of its own, in reference lists.
        r"|[,.]\s*\d{1,2}\s*(?:Bde|Bände|voll|vols|volumes|tomes|тт)\.?)$",
    ))
    .expect("volume at title end pattern")
});

/// "Dalle carte di Giovanni Giolitti. …, vol. III, Dai prodromi della
/// grande guerra al fascismo 1910-1928, a cura di C. Pavone, Milano 1962":
/// a volume's own title after its number, read as the book a chapter is
/// in. No `in` marks it; the work is the book, cited as
/// [`volume_ends_title`] cites one (its volume's title not kept).
pub(super) fn volume_title_read_as_container(plain: &str, work: &mut Work) {
    let (Some(volume), Some(container)) = (work.volume.as_deref(), work.container.as_deref())
    else {
        return;
    };
    // The book's editors follow the volume's title: a journal article,
    // with a volume and a journal, names none.
    if work.title.is_none() || work.editors.is_empty() {
        return;
    }
    let Some(at) = ["vol.", "Bd.", "t.", "tomo", "Band"]
        .iter()
        .find_map(|mark| plain.find(&format!("{mark} {volume}, {container}")))
    else {
        return;
    };
    let after = &plain[at..];
    let after = &after[after.find(container).map_or(0, |i| i + container.len())..];
    // The editors' mark follows, not a journal's pages.
    let book_follows = after.starts_with(", a cura di ")
        || after.starts_with(", hrsg. v")
        || after.starts_with(", ed. ")
        || after.starts_with(", red. ");
    if book_follows && !plain[..at].contains(" in ") {
        work.container = None;
    }
}

/// "Deutsche Geschichte 1866–1918, Bd. 2: Machtstaat vor der Demokratie",
/// "Storia dell'Italia moderna, vol. VI, Lo sviluppo…", "La Destra storica
/// dopo l'Unità, I, L'idea liberale…": the volume cited (and its own title), the number of volumes or a
/// translation's mark, which the labeller left in the title. The title is
/// the work's; the volume's number is kept.
pub(super) fn volume_ends_title(work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = VOLUME_END.captures(title) else {
        return;
    };
    let Some(whole) = c.get(0).filter(|m| m.start() > 0) else {
        return;
    };
    if let Some(volume) = c.get(1).or_else(|| c.get(2))
        && work.volume.is_none()
    {
        work.volume = Some(volume.as_str().to_string());
    }
    work.title = Some(title[..whole.start()].to_string());
}

/// A first imprint, then a reprint's word at the end of a title: ",
/// Hannover 1966, Neudr." (the reprint's place and year follow).
static REPRINT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r", (\p{Lu}\p{Ll}+(?:[-/]\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+|\s\p{Ll}\.\s?\p{Lu}\.)?) ",
        r"((?:1[5-9]|20)\d\d),\s*(Neudr|Nachdr|rist(?:\.\s*anast)?|repr(?:int)?|ristampa)\.?$",
    ))
    .expect("reprint at title end pattern")
});

/// "Agrarische Interessenpolitik …, Hannover 1966, Neudr. Bonn 1975": the
/// first imprint run into the title and the reprint's read as the work's.
/// The work is dated and placed by its first imprint.
pub(super) fn reprint_after_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = REPRINT_AT_END.captures(title) else {
        return;
    };
    let (Some(whole), Ok(year)) = (c.get(0), c[2].parse::<i32>()) else {
        return;
    };
    if whole.start() == 0 {
        return;
    }
    // The reprint's place, which the labeller may take for a container.
    if work
        .container
        .as_deref()
        .is_some_and(|p| plain.contains(&format!("{}. {p}", &c[3])))
    {
        work.container = None;
    }
    work.location = Some(c[1].to_string());
    work.date = Date::new(year, None, None);
    work.title = Some(title[..whole.start()].to_string());
}

/// "Lebenslagen, Lebensläufe, Lebensstile (Soziale Welt, Sonderband 7)",
/// "… (KZfSS Sonderheft 31", "Organisationssoziologie, Sonderheft 42 der
/// KZfSS": the series a German book appeared in, after its title, is no
/// part of the title or of the book a chapter is in.
pub(super) fn series_after_title(work: &mut Work) {
    static SERIES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*\([^()]{0,60}?(?:Sonderband|Sonderheft|Schriftenreihe|Reihe|Beiheft)[^()]{0,40}\)?$|,\s+(?:Sonderband|Sonderheft|Beiheft)\s+\d{1,4}[^()]{0,40}$")
            .expect("series after title pattern")
    });
    for field in [&mut work.title, &mut work.container] {
        if let Some(value) = field.as_mut()
            && let Some(m) = SERIES.find(value)
            && m.start() > 0
        {
            value.truncate(m.start());
        }
    }
}

/// "Russian Hybrid Warfare, Military Learning and the Future of War Series
/// (Washington, DC: …)", "La Russie et ses voisins, Études de l'Ifri,
/// Paris, Ifri": a series after a book's or report's title, named as one or
/// after its publisher, is no part of the title but the work's series.
pub(super) fn named_series_after_title(work: &mut Work) {
    let Some((head, last)) = work.title.as_deref().and_then(|t| t.rsplit_once(", ")) else {
        return;
    };
    let words: Vec<&str> = last.split_whitespace().collect();
    // "Symmetry, Princeton Science Library, No. 12": a publisher's
    // numbered series of books, after a title of any length.
    let numbered_library = work.number.is_some()
        && work.volume.is_none()
        && work.container.is_none()
        && work.publisher.is_some()
        && words
            .last()
            .is_some_and(|w| matches!(*w, "Library" | "Monographs" | "Texts" | "Studies"));
    // "…, IEEE Std 754-2019": a designation with its numbers is no series.
    if !(2..=10).contains(&words.len())
        || !last.starts_with(|c: char| c.is_uppercase())
        || last.contains(|c: char| c.is_ascii_digit())
        || (head.split_whitespace().count() < 2 && !numbered_library)
    {
        return;
    }
    let named_series = numbered_library
        || words
            .last()
            .is_some_and(|w| matches!(*w, "Series" | "series" | "Reihe" | "série"));
    let publisher = work.publisher.as_deref().or(work.institution.as_deref());
    let publishers_series = publisher.is_some_and(|p| {
        p.chars().count() >= 3
            && !p.contains(' ')
            && words
                .iter()
                .any(|w| w.rsplit(['\'', '’']).next() == Some(p))
    });
    // "Wojna i gospodarka …, Raport OSW (Warszawa: …)": a think tank's
    // series of reports, which types the work.
    if !named_series
        && !publishers_series
        && work.container.is_none()
        && words.len() <= 4
        && crate::parse::kind::is_report_series(last)
    {
        let (head, last) = (head.to_string(), last.to_string());
        work.title = Some(head);
        work.container = Some(last);
        return;
    }
    if !named_series && !publishers_series {
        return;
    }
    let (head, last) = (head.to_string(), last.to_string());
    work.title = Some(head);
    work.series.get_or_insert(last);
}

/// "… London and New York: Routledge, 2019. BASEES/Routledge Series on
/// Russian and East European Studies.": a book's series after its imprint,
/// in a sentence of its own that names itself a series, read as the
/// container (or a part of it).
pub(super) fn series_after_imprint(plain: &str, work: &mut Work) {
    static SERIES_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:1[5-9]|20)\d\d\.\s+(?P<series>\p{Lu}[^.]{0,80}?(?:Series|Reihe|Collection|collana|série|серия|серія|серыя)[^.]{0,80}?)\.?$")
        .expect("series after imprint pattern")
    });
    const WORDS: [&str; 8] = [
        "Series",
        "Reihe",
        "Collection",
        "collana",
        "série",
        "серия",
        "серія",
        "серыя",
    ];
    // The series is the note's last sentence.
    let last_sentence = plain
        .trim_end_matches('.')
        .rsplit_once(". ")
        .map_or("", |(_, tail)| tail);
    if work.series.is_some() || !WORDS.iter().any(|w| last_sentence.contains(w)) {
        return;
    }
    let Some(c) = SERIES_AT_END.captures(plain) else {
        return;
    };
    let series = c["series"].trim();
    if work
        .container
        .as_deref()
        .is_some_and(|k| series.contains(k))
    {
        work.container = None;
    }
    work.series = Some(series.to_string());
}

/// "3 voll., Bari 1969-1984", "Feltrinelli, 1956-1986, 11 voll.": the years
/// over which a work in several volumes appeared, read as pages. The work
/// is dated by its first.
pub(super) fn years_of_volumes_as_pages(work: &mut Work) {
    static YEARS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:1[5-9]|20)\d\d)\s*-{1,2}\s*((?:1[5-9]|20)\d\d)(?:\D|$)")
            .expect("years pattern")
    });
    // A journal's pages may look like years ("1750-1754"): only a book's
    // imprint spans years.
    if work.date.is_some() || work.container.is_some() || work.number.is_some() {
        return;
    }
    let Some(c) = work.pages.as_deref().and_then(|p| YEARS.captures(p)) else {
        return;
    };
    let (Ok(first), Ok(last)) = (c[1].parse::<i32>(), c[2].parse::<i32>()) else {
        return;
    };
    if last <= first || last - first > 60 {
        return;
    }
    work.date = Date::new(first, None, None);
    work.pages = None;
}

/// "Lietuvos istorija, t. 5: 1529–1569, Vilnius 2013": the years a volume
/// covers, after its number and a colon, are its own title, never the
/// pages cited. A journal's volume before a colon is followed by its pages
/// ("Annals 116: 1750–1754"), whatever they look like.
pub(super) fn years_after_volume_as_pages(plain: &str, work: &mut Work) {
    let (Some(volume), Some(pages)) = (work.volume.as_deref(), work.pages.as_deref()) else {
        return;
    };
    if work.container.is_some() {
        return;
    }
    let Some((first, last)) = pages.split_once("--") else {
        return;
    };
    let year = |y: &str| y.len() == 4 && y.parse::<i32>().is_ok_and(|y| (1000..=2100).contains(&y));
    if !year(first) || !year(last) || last <= first {
        return;
    }
    let read = |text: &str| {
        text.strip_prefix(volume)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .is_some_and(|rest| rest.trim_start().starts_with(first))
    };
    if plain
        .match_indices(volume)
        .any(|(i, _)| plain.get(i..).is_some_and(read))
    {
        work.pages = None;
    }
}

/// "in Storia d'Italia, IV/1, Torino 1975", "[w:] Historia dyplomacji
/// polskiej, t. 6": the volume of a book a chapter is in (a Roman numeral,
/// perhaps with its part, or a number after its word), after the book's
/// title.
pub(super) fn volume_ends_container(work: &mut Work) {
    static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+(?:(?:vol\.\s*)?([IVXLC]{1,7}(?:/\d{1,2})?|\d{1,2}/\d{1,2})|(?:vol\.|t\.|Bd\.|sv\.)\s*(\d{1,3}))$")
            .expect("volume pattern")
    });
    let Some(container) = work.container.as_mut() else {
        return;
    };
    if let Some(c) = VOLUME.captures(container)
        && let Some(m) = c.get(0)
        && m.start() > 0
        && let Some(numeral) = c.get(1).or(c.get(2)).map(|v| v.as_str().to_string())
        // A volume read apart is the same one.
        && work.volume.as_ref().is_none_or(|v| *v == numeral)
    {
        work.volume = Some(numeral);
        container.truncate(m.start());
    }
}

/// "Belarus: Ende des Sonderwegs?, SWP-Aktuell 2021/A 12", "A framework
/// for representing knowledge. MIT-AI Laboratory Memo 306", "…. BEROC
/// Policy Paper № 112", "…, Texte 45/2022": an institute's
/// series and the paper's number after the title, which the labeller kept
/// in it.
pub(super) fn report_series_ends_title(work: &mut Work) {
    static SERIES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[,.]\s+(\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,3})\s+(?:[Nn]o\.\s*|№\s*)?(\d(?:[\dA-Z/ ]{0,10}\d)?)$")
            .expect("report series pattern")
    });
    if work.container.is_some() {
        return;
    }
    // The series' number ends the title: a digit first, the pattern after.
    let Some(title) = work
        .title
        .as_deref()
        .filter(|t| t.ends_with(|c: char| c.is_ascii_digit()))
    else {
        return;
    };
    let Some(c) = SERIES.captures(title) else {
        return;
    };
    let (Some(whole), Some(series), Some(number)) = (c.get(0), c.get(1), c.get(2)) else {
        return;
    };
    // "…: першыя вынікі. BEROC Policy Paper № 112": the number may have
    // been read already, from the title's end.
    if work.number.as_deref().is_some_and(|n| n != number.as_str()) {
        return;
    }
    // "World Report 2024", "Threat Assessment 2024": a yearly report's
    // year is its title's, not a number in a series.
    // "…, Texte 45/2022": a number in its year names a series' paper,
    // whatever the series is called.
    let in_year = number.as_str().split_once('/').is_some_and(|(n, y)| {
        (1..=3).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
            && crate::parse::dates::year_alone(y).is_some()
    });
    if whole.start() == 0 || !(in_year || crate::parse::kind::is_report_series(series.as_str())) {
        return;
    }
    if crate::parse::dates::year_alone(number.as_str()).is_some() {
        work.container = Some(format!("{} {}", series.as_str(), number.as_str()));
    } else {
        work.container = Some(series.as_str().to_string());
        work.number = Some(number.as_str().to_string());
    }
    work.title = Some(title[..whole.start()].to_string());
}

/// "In: P. A. Berger/S. Hradil (Hg.), Lebenslagen, Lebensläufe,
/// Lebensstile. Soziale Welt, Sonderband 7. Göttingen": a German journal's
/// special volume, named after the book's title, read with it. The book
/// ends before the journal; the journal and its special volume are the
/// series.
pub(super) fn special_volume_after_book(plain: &str, work: &mut Work) {
    static SPECIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,\s*((?:Sonderband|Sonderheft|Beiheft|Sonderausgabe)\s+\d{1,3})\b")
            .expect("special volume pattern")
    });
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((book, journal)) = container.rsplit_once(". ") else {
        return;
    };
    let Some(at) = plain.find(container) else {
        return;
    };
    let Some(c) = SPECIAL.captures(&plain[at + container.len()..]) else {
        return;
    };
    if book.trim().is_empty() || journal.split_whitespace().count() > 6 {
        return;
    }
    work.series = Some(format!("{journal}, {}", &c[1]));
    work.container = Some(book.trim().to_string());
}
