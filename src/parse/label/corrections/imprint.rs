//! Containers and imprints: the labeller's reading of what follows a
//! title corrected where the layout says otherwise. Editors named after a
//! book, an edited book cited whole, a subtitle or a place read as a
//! journal, OSCOLA's "(CUP 2016)" imprint, an issue numbered within its
//! year, a series in brackets, a date among unplaced words.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::find_dates;

/// "in Storia d'Italia, a cura di R. Romano e C. Vivanti, vol. IV": the
/// editors of the book a chapter is in, named after its title. The labeller
/// may run the title into the editors' mark ("Storia d'Italia, a"); the
/// container ends before it, and the names after it are the editors.
pub(super) fn editors_inside_container(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some(at) = plain.find(container) else {
        return;
    };
    let after = &plain[at..];
    if !may_name_editors(after) {
        return;
    }
    let Some(c) = EDITORS_AFTER_TITLE.captures(after) else {
        return;
    };
    let (book, editors) = (c[1].trim().to_string(), c[2].trim());
    if book.is_empty() || book.len() > container.len() + 1 {
        return;
    }
    // The labeller's editors may be the mark's scrap ("cura di G. Cherubini").
    let scrap = match work.editors.as_slice() {
        [crate::entry::Name::Organization(o)] => o.ends_with(editors),
        _ => false,
    };
    if work.editors.is_empty() || scrap {
        let (names, _) = crate::parse::names::parse_author_segment(editors);
        if names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
        {
            work.editors = names;
        }
    }
    work.container = Some(book);
}

/// A title, then an editors' mark and the editors' names up to the next
/// comma or bracket: "Storia d'Italia, a cura di R. Romano e C. Vivanti,",
/// "Handbuch, hrsg. von A. Müller,", "Book, ed. by J. Smith (".
static EDITORS_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^,]+?),\s+(?:a\s+cura\s+di|hrsg\.\s+von|herausgegeben\s+von|ed\.\s+by|edited\s+by|под\s+ред\.|за\s+ред\.)\s+([^,(]+?)\s*(?:[,(]|$)")
        .expect("editors after title pattern")
});

/// "Manfred Sapper/Volker Weichsel (Hrsg.), Zerreißprobe. Der
/// Ukraine-Konflikt, Berlin 2014": a book cited whole under its editors.
/// With no title before it, the book the labeller read as a container is
/// the work's title.
pub(super) fn edited_book_as_container(plain: &str, work: &mut Work) {
    if work.title.is_some() || work.editors.is_empty() && work.authors.is_empty() {
        return;
    }
    if work.volume.is_some() || work.number.is_some() {
        return;
    }
    // Only right after the editors' mark: elsewhere a missing title is no
    // reason to take a journal for one.
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let after_mark = plain
        .find(container)
        .is_some_and(|at| EDITORS_MARK_END.is_match(&plain[..at]));
    if after_mark {
        work.title = work.container.take();
    }
}

/// An editors' mark in brackets just before: "(Hrsg.), ", "(eds.): ".
static EDITORS_MARK_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*(?:a\s+cura\s+di|hrsg\.?|hg\.?|eds?\.?|editors?|dir\.?|coord\.?|ред\.?|red\.?)\s*\)\s*[,.:]?\s*$")
        .expect("editors mark end pattern")
});

/// "Dialektik der Aufklärung. Philosophische Fragmente, Amsterdam 1947": a
/// title's second sentence before a place and a year, read as a journal.
/// A journal article gives a volume or an issue and no place of
/// publication; this gives a place and neither, so the journal is the
/// title's subtitle.
pub(super) fn subtitle_before_imprint(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if work.volume.is_some() || work.number.is_some() {
        return;
    }
    if work.location.is_none() {
        place_inside_subtitle(plain, work);
        return;
    }
    // The subtitle runs on into the place after a comma, as German and
    // Italian notes write an imprint ("…, Amsterdam 1947"); a series before
    // "London: Routledge" is no subtitle.
    let location = work.location.as_deref().unwrap_or_default();
    // "… Band 1: Situationslogik und Handeln. Frankfurt a. M.: Campus": a
    // place and a publisher after a stop follow a book, not a journal.
    static VOLUME_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Band|Bd\.|Teil|Vol\.|Volume|Tome|Tomo|Том|Т\.)\s*(?:\d+|[IVX]+)\b")
            .expect("volume head pattern")
    });
    let before_publisher = work.publisher.is_some() && VOLUME_HEAD.is_match(container);
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,\s*\d{1,2}\.\s*(?:Aufl\.|Auflage|ed\.|éd\.|edizione|изд\.)")
            .expect("edition pattern")
    });
    let Some(joint) = [". ", ": "].into_iter().find(|joint| {
        let head = format!("{title}{joint}{container}");
        let Some(at) = plain.find(&head) else {
            return false;
        };
        // "…, 3. Aufl., Wiesbaden 2009": an edition may stand between.
        let mut after = &plain[at + head.len()..];
        if let Some(m) = EDITION.find(after) {
            after = &after[m.end()..];
        }
        after.starts_with(&format!(", {location}"))
            || after.starts_with(&format!(" {location}"))
            || (before_publisher && after.starts_with(&format!(". {location}:")))
    }) else {
        return;
    };
    work.title = Some(format!("{title}{joint}{container}"));
    work.container = None;
}

/// "In: Kreckel, Reinhard (Hg.): Soziale Ungleichheiten (Soziale Welt,
/// Sonderband 2). Göttingen: Schwartz", "S. 17–68 in: Abraham, Martin
/// (Hg.), Arbeitsmarktsoziologie. 2. Aufl. Wiesbaden: VS", "In: ders.:
/// Gesammelte Aufsätze … Tübingen: Mohr": the book a chapter is in, after
/// its editors, up to its series, edition or imprint. German notes mark it
/// so exactly that the labeller's reading gives way.
pub(super) fn book_after_in_editors(plain: &str, work: &mut Work) {
    static IN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:^|[\s.,])[Ii]n:\s+(?:(?P<names>[^():]{3,160}?)\s*\((?:Hg|Hrsg)\.?\)|(?P<same>[Dd](?:ers|ies|ems)\.))\s*[:,]\s*",
            r"(?P<book>[^()]+?)\s*(?:\((?P<series>[^)]*)\)\s*)?",
            r"(?:[.,]\s+(?P<place>\p{Lu}[\p{L}/. ]+?):\s+(?P<publisher>[^,.]+)",
            r"|,\s+(?P<place2>\p{Lu}\p{Ll}+(?:\s(?:a\.\s?M\.|am\s+Main|i\.\s?Br\.))?(?:/\p{Lu}\p{Ll}+)*)\s+(?:1[5-9]|20)\d\d",
            r"|\.\s+\d{1,2}\.\s*Aufl\.",
            r"|,\s+(?:Bd|Band|Teil)\.?\s|,\s+S\.\s)",
        ))
        .expect("book after editors pattern")
    });
    if !(plain.contains("in:") || plain.contains("In:")) {
        return;
    }
    let Some(c) = IN_EDITORS.captures(plain) else {
        return;
    };
    let book = c["book"].trim().trim_end_matches(['.', ',']).to_string();
    if book.split_whitespace().count() == 0 || work.title.as_deref() == Some(book.as_str()) {
        return;
    }
    if let Some(names) = c.name("names")
        && work.editors.is_empty()
    {
        let (editors, _) = crate::parse::names::parse_author_segment(names.as_str());
        work.editors = editors;
    }
    // The labeller's scraps of the book, read as other fields, go.
    let scrap = |v: &Option<String>| {
        v.as_deref()
            .is_some_and(|v| book.contains(v.trim_end_matches(['.', ','])) || v.contains("ders."))
    };
    if scrap(&work.publisher) {
        work.publisher = None;
    }
    if let Some(p) = c.name("publisher") {
        work.publisher = Some(p.as_str().trim().to_string());
    }
    if let Some(place) = c.name("place").or_else(|| c.name("place2")) {
        work.location = Some(place.as_str().trim().to_string());
    }
    work.container = Some(book);
}

/// "A/HRC/50/58 (UN Human Rights Council, 4 May 2022)": a United Nations
/// document's symbol, which the labeller read with the body that issued it
/// as the publisher. The symbol numbers the document.
pub(super) fn document_symbol_in_publisher(work: &mut Work) {
    const SYMBOL_BODY: &str = r"((?:A|S|E|CCPR|CRC|CEDAW|CAT|CERD|UNEP|ST)/(?:[A-Z][A-Za-z.]*/)*\d[\w.\-]*(?:/[\w.\-]+)*)";
    static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^{SYMBOL_BODY}\s*[,(]?\s*")).expect("document symbol pattern")
    });
    // "Situation of human rights in Belarus, A/HRC/53/53 (UN Human Rights
    // Council, 4": the symbol and the body run into the title.
    static IN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r",\s+{SYMBOL_BODY}(?:\s*\((?P<body>[^,()]+)(?:[,)].*)?)?$"
        ))
        .expect("document symbol in title pattern")
    });
    if work.number.is_none()
        && let Some(title) = work.title.as_deref()
        && title.contains('/')
        && let Some(c) = IN_TITLE.captures(title)
        && let Some(whole) = c.get(0)
        && whole.start() > 0
    {
        let (head, symbol) = (title[..whole.start()].to_string(), c[1].to_string());
        if let Some(body) = c.name("body") {
            work.publisher
                .get_or_insert(body.as_str().trim().to_string());
        }
        work.title = Some(head);
        work.number = Some(symbol);
        return;
    }
    let Some(publisher) = work.publisher.as_deref() else {
        return;
    };
    let Some(c) = SYMBOL.captures(publisher) else {
        return;
    };
    let (Some(whole), symbol) = (c.get(0), c[1].to_string()) else {
        return;
    };
    let rest = publisher[whole.end()..]
        .trim()
        .trim_end_matches([',', ')'])
        .trim();
    work.number.get_or_insert(symbol);
    work.publisher = (!rest.is_empty()).then(|| rest.to_string());
}

/// "Право України, (5), 112–128": APA's issue of a journal that numbers
/// no volumes, in brackets straight after the journal, read as a volume
/// (or lost, with the journal read into the title).
pub(super) fn issue_without_volume(plain: &str, work: &mut Work) {
    static ISSUE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^, \((\d{1,4})\),").expect("issue after pattern"));
    // The journal may be read into the title and the issue lost: "…
    // Санкційна політика ЄС. Зовнішні справи, (3), 20–27."
    if work.container.is_none()
        && work.volume.is_none()
        && work.number.is_none()
        && let Some(title) = work.title.as_deref()
        && let Some((head, journal)) = title.rsplit_once(". ")
        && let Some(at) = plain.find(title)
        && let Some(c) = ISSUE_AFTER.captures(&plain[at + title.len()..])
    {
        let (head, journal, issue) = (head.to_string(), journal.to_string(), c[1].to_string());
        work.title = Some(head);
        work.container = Some(journal);
        work.number = Some(issue);
        return;
    }
    let (Some(container), Some(volume)) = (work.container.as_deref(), work.volume.as_deref())
    else {
        return;
    };
    if work.number.is_some() || !plain.contains(&format!("{container}, ({volume})")) {
        return;
    }
    work.number = work.volume.take();
}

/// "Sozialpolitik und Sozialstaat. Soziologische Analysen, 3. Aufl.,
/// Wiesbaden 2009": an edition's number read as a volume, and its word
/// with the place.
pub(super) fn edition_read_as_volume(plain: &str, work: &mut Work) {
    let Some(volume) = work.volume.as_deref() else {
        return;
    };
    let Some(word) = ["Aufl.", "Auflage", "ed.", "edizione", "éd.", "изд."]
        .into_iter()
        .find(|w| plain.contains(&format!(" {volume}. {w}")))
    else {
        return;
    };
    if work.edition.is_none() {
        work.edition = Some(volume.to_string());
    }
    work.volume = None;
    if let Some(location) = work.location.as_deref()
        && let Some(rest) = location.strip_prefix(word)
    {
        let rest = rest.trim_start_matches([',', ' ']);
        work.location = (!rest.is_empty()).then(|| rest.to_string());
    }
}

/// "Theorien des sozialen Wandels, Köln/Berlin: Kiepenheuer & Witsch": a
/// German or Italian imprint (places, a colon, a publisher) run into the
/// end of a title or container that has no place of its own.
pub(super) fn imprint_inside_title(work: &mut Work) {
    static IMPRINT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r",\s+(\p{Lu}\p{Ll}+(?:\s(?:a\.\s?M\.|am\s+Main))?(?:/\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)*)",
            r":\s+(\p{Lu}[\p{L}&.+\s-]{1,40})$",
        ))
        .expect("imprint at the end pattern")
    });
    if work.location.is_some() {
        return;
    }
    for field in [&mut work.title, &mut work.container] {
        let Some(text) = field.as_deref() else {
            continue;
        };
        let Some(c) = IMPRINT_END.captures(text) else {
            continue;
        };
        let (Some(whole), place, publisher) = (c.get(0), c[1].to_string(), c[2].trim().to_string())
        else {
            continue;
        };
        // A subtitle after a colon has words in lower case ("Russland:
        // eine Bilanz"); a publisher's name has none, or "&".
        let lowercase_words = publisher
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count();
        if whole.start() == 0 || lowercase_words > 0 || publisher.split_whitespace().count() > 4 {
            continue;
        }
        let head = text[..whole.start()].to_string();
        *field = Some(head);
        work.location = Some(place);
        work.publisher.get_or_insert(publisher);
        return;
    }
}

/// "Entwicklung, Markt und Moral. Abweichende Betrachtungen, München/Wien
/// 1989": a subtitle read as the publisher. A publisher follows its place
/// ("Wien: Hanser") or stands alone; before a place and a bare year, the
/// words are the title's.
pub(super) fn subtitle_as_publisher(plain: &str, work: &mut Work) {
    let (Some(title), Some(publisher), Some(location)) = (
        work.title.as_deref(),
        work.publisher.as_deref(),
        work.location.as_deref(),
    ) else {
        return;
    };
    const PUBLISHER_WORDS: &[&str] = &[
        "press",
        "verlag",
        "publish",
        "books",
        "edizioni",
        "editor",
        "édition",
        "edition",
        "universit",
        "издательство",
        "&",
    ];
    let lower = publisher.to_lowercase();
    if work.container.is_some() || PUBLISHER_WORDS.iter().any(|w| lower.contains(w)) {
        return;
    }
    let Some(joint) = [". ", ": "].into_iter().find(|joint| {
        let head = format!("{title}{joint}{publisher}, {location} ");
        plain
            .find(&head)
            .is_some_and(|at| YEAR_START.is_match(&plain[at + head.len()..]))
    }) else {
        return;
    };
    work.title = Some(format!("{title}{joint}{publisher}"));
    work.publisher = None;
}

/// "Die Institutionalisierung des Lebenslaufs. Historische Befunde und
/// theoretische Argumente, in: Kölner Zeitschrift …": the title's second
/// sentence and the "in:" after it read as one container. What precedes
/// "in:" is the subtitle; the container starts after it.
pub(super) fn subtitle_before_in(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some((subtitle, rest)) = [", in: ", ", In: ", ". In: ", ". in: "]
        .into_iter()
        .find_map(|marker| container.split_once(marker))
    else {
        return;
    };
    let Some(joint) = [". ", ": "]
        .into_iter()
        .find(|joint| plain.contains(&format!("{title}{joint}{subtitle}")))
    else {
        return;
    };
    if subtitle.is_empty() || rest.trim().is_empty() {
        return;
    }
    work.title = Some(format!("{title}{joint}{subtitle}"));
    work.container = Some(rest.trim().to_string());
}

/// A place and year that end a book's subtitle, and a chapter or page after
/// them: "…, Wiesbaden 2001, Kap. 2".
static IMPRINT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r", (\p{Lu}\p{Ll}+(?:[-/]\p{Lu}\p{Ll}+)?(?:\s(?:\p{Lu}\p{Ll}+|\p{Ll}\.\s?\p{Lu}\.))?) ",
        r"((?:1[5-9]|20)\d\d)(?P<chapter>,\s*(?:Kap|Kapitel|ch|chap|cap|S|p|pp)\.?(?:\s*[\d–-]+(?:\s*ff?\.)?)?)?\.?$",
    ))
    .expect("imprint at end pattern")
});

/// "Nazione e lavoro. Saggio sulla cultura borghese in Italia, Venezia
/// 1979": the subtitle and the place after it, or the place alone, read as
/// a journal. A journal's name does not end in ", Place" before a bare
/// year; the subtitle goes back to the title and the place is the place.
fn place_inside_subtitle(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    // "Nazione e lavoro. Saggio …, Venezia 1979": the place alone, right
    // after the title and before a bare year, is no journal.
    if PLACE.is_match(container) && !container.contains(' ') {
        let imprint = format!("{title}, {container} ");
        if let Some(at) = plain.find(&imprint)
            && YEAR_START.is_match(&plain[at + imprint.len()..])
        {
            work.location = work.container.take();
        }
        return;
    }
    // "Ausbildungssysteme und Arbeitsmarkt. Lebensverläufe …, Wiesbaden
    // 2001, Kap. 2": the year and a chapter read with the subtitle too.
    if work.date.is_none()
        && let Some(c) = IMPRINT_AT_END.captures(container)
        && let Some(whole) = c.get(0)
        && let Ok(year) = c[2].parse::<i32>()
    {
        let subtitle = &container[..whole.start()];
        if let Some(joint) = [". ", ": "]
            .into_iter()
            .find(|joint| plain.contains(&format!("{title}{joint}{subtitle}, ")))
        {
            work.title = Some(format!("{title}{joint}{subtitle}"));
            work.location = Some(c[1].to_string());
            work.date = crate::entry::Date::new(year, None, None);
            work.container = None;
            return;
        }
    }
    let Some((subtitle, place)) = container.rsplit_once(", ") else {
        return;
    };
    if !PLACE.is_match(place) {
        return;
    }
    let Some(joint) = [". ", ": "].into_iter().find(|joint| {
        plain
            .find(&format!("{title}{joint}{container} "))
            .is_some_and(|at| {
                let after = &plain[at + title.len() + joint.len() + container.len() + 1..];
                YEAR_START.is_match(after)
            })
    }) else {
        return;
    };
    work.title = Some(format!("{title}{joint}{subtitle}"));
    work.location = Some(place.to_string());
    work.container = None;
}

/// "…, in G. Borelli (a cura di), Il sistema fiscale veneto, Verona 1982":
/// the place of a book's imprint read with the book as its container. A
/// container's name does not end in ", Place" before a bare year.
pub(super) fn place_at_container_end(plain: &str, work: &mut Work) {
    if work.location.is_some() {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((book, place)) = container.rsplit_once(", ") else {
        return;
    };
    let followed_by_year = plain
        .find(&format!("{container} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + container.len() + 1..]));
    if book.is_empty() || !PLACE.is_match(place) || !followed_by_year {
        return;
    }
    work.location = Some(place.to_string());
    work.container = Some(book.to_string());
}

/// "Zivilgesellschaft in Russland. Eine Bestandsaufnahme, Bremen 2017": a
/// book's title run into the place of its imprint, where the note gives
/// place and year without a comma between them.
pub(super) fn place_at_title_end(plain: &str, work: &mut Work) {
    if work.container.is_some() || work.location.is_some() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // "…, Kassel 2004, Kap. 3": the whole imprint, and the chapter whose
    // number the labeller may have read as an edition, inside the title.
    if work.date.is_none()
        && let Some(c) = IMPRINT_AT_END.captures(title)
        && let Some(whole) = c.get(0)
        && let Ok(year) = c[2].parse::<i32>()
        && whole.start() > 0
    {
        if c.name("chapter").is_some()
            && work
                .edition
                .as_deref()
                .is_some_and(|e| e.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()))
        {
            work.edition = None;
        }
        work.location = Some(c[1].to_string());
        work.date = crate::entry::Date::new(year, None, None);
        work.title = Some(title[..whole.start()].to_string());
        return;
    }
    let Some((head, place)) = title.rsplit_once(", ") else {
        return;
    };
    let followed_by_year = plain
        .find(&format!("{title} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + title.len() + 1..]));
    if head.is_empty() || !PLACE.is_match(place) || !followed_by_year {
        return;
    }
    work.location = Some(place.to_string());
    work.title = Some(head.to_string());
}

/// A place of publication: one or two capitalised words ("Venezia",
/// "Frankfurt a. M.", "New York", "Roma-Bari").
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:\p{Lu}\p{Ll}+|\p{Ll}\.\s?\p{Lu}\.))?$")
        .expect("place pattern")
});

/// A year at the start, then no more digits: "1979, pp. 33".
static YEAR_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:1[5-9]|20)\d\d(?:\D|$)").expect("year start pattern"));

/// "Berlin 2015 (DGAP-Analyse, Nr. 3).", "(Quaderni, n. 12)": a series and
/// its number in brackets at the end of a book's note, which the labeller
/// leaves unplaced. A work with no container takes it as its series.
pub(super) fn series_in_brackets(plain: &str, work: &mut Work) {
    if work.container.is_some() {
        return;
    }
    if !ends_in_bracket(plain) {
        return;
    }
    let Some(c) = SERIES_AT_END.captures(plain) else {
        return;
    };
    work.container = Some(c[1].trim().to_string());
    if work.number.is_none() {
        work.number = Some(c[2].to_string());
    }
}

/// "(DGAP-Analyse, Nr. 3)." at the end: a name, a number mark, a number.
static SERIES_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((\p{Lu}[^()\d]{1,60}?),?\s+(?:Nr\.|No\.|no\.|Bd\.|Heft|vol\.|n\.|№)\s*(\d{1,4}[a-z]?)\)\.?\s*$")
        .expect("series at end pattern")
});

/// "Nr. 21/2006", "H. 3/2019", "№ 4/2015": an issue numbered within its
/// year, as German and Russian notes give magazines' issues. The year is the
/// work's when none was read.
pub(super) fn issue_of_year(plain: &str, work: &mut Work) {
    if work.date.is_some() {
        return;
    }
    let Some(c) = ISSUE_OF_YEAR.captures(plain) else {
        return;
    };
    work.date = c[2].parse().ok().map(Date::year);
    if work.number.is_none() || work.number.as_deref() == Some(&c[0]) {
        work.number = Some(c[1].to_string());
    }
}

/// "Nr. 21/2006": an issue, a slash, a year.
static ISSUE_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(?:Nr\.|H\.|Heft|No\.)|№)\s*(\d{1,3})\s*/\s*((?:1[5-9]|20)\d\d)(?:\D|$)",
    )
    .expect("issue of year pattern")
});

/// OSCOLA's imprint at a note's end, "(CUP 2016) 45": publisher and year in
/// brackets, then the page cited. The labeller, which rarely saw it, runs
/// title or book into the bracket ("… International Law (CUP"), and may take
/// a title's "in International Law" for a book; both are undone here.
pub(super) fn oscola_imprint(plain: &str, work: &mut Work) {
    if !year_before_paren(plain) {
        return;
    }
    let Some(c) = OSCOLA_END.captures(plain) else {
        return;
    };
    let (publisher, year) = (c[1].trim(), &c[2]);
    let bracket = format!(" ({publisher}");
    for field in [&mut work.title, &mut work.container] {
        if let Some(value) = field.as_mut()
            && let Some(at) = value.find(&bracket)
        {
            value.truncate(at);
        }
    }
    if let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) {
        let container = container.trim_start_matches("in ");
        if plain.contains(&format!("{title} in {container}{bracket}")) {
            work.title = Some(format!("{title} in {container}"));
            work.container = None;
        }
    }
    if work.date.is_none() {
        work.date = year.parse().ok().map(Date::year);
    }
    if work.publisher.is_none() {
        work.publisher = Some(publisher.to_string());
    }
}

/// Whether `text` has a word every editors' mark of
/// [`EDITORS_AFTER_TITLE`] holds.
fn may_name_editors(text: &str) -> bool {
    ["cura", " von", " by", "ред."]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether `text` ends on ")" and at most a period and blanks after it, as
/// [`SERIES_AT_END`] does.
fn ends_in_bracket(text: &str) -> bool {
    let end = text.trim_end();
    end.ends_with(')') || end.ends_with(").")
}

/// Whether four digits come right before a ")" somewhere in `text`, as
/// [`OSCOLA_END`]'s year does: a byte search before the pattern's.
fn year_before_paren(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b')', bytes)
        .any(|i| i >= 4 && bytes[i - 4..i].iter().all(u8::is_ascii_digit))
}

/// "(CUP 2016) 45.", "(Hart 2011) 275", "(OUP 2015) ch 4": at the end.
static OSCOLA_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)\s*(?:(?:ch|para|paras|pt|n)\s*)?[\divxlc,–—\- ]*\.?\s*$")
        .expect("OSCOLA imprint pattern")
});

/// A date the labeller left among words it did not place: an OSCOLA
/// imprint ("(OUP 2015) ch 4": the year, and the publisher) or a page's
/// update ("updated 1 May 2024"). Access and archive dates are never a
/// work's date.
pub(in crate::parse::label) fn date_in_words(raw: &str, work: &mut Work) {
    if let Some(c) = OSCOLA_IMPRINT.captures(raw) {
        work.date = c[2].parse().ok().map(Date::year);
        if work.publisher.is_none() {
            work.publisher = Some(c[1].trim().to_string()).filter(|p| !p.is_empty());
        }
    } else if let Some(m) = UPDATED.find(raw) {
        work.date = find_dates(&raw[m.end()..])
            .into_iter()
            .find(|d| d.start == 0)
            .map(|d| d.date);
    }
}

/// "(OUP 2015)", "(Hart 2011)": a publisher and a year in brackets.
static OSCOLA_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(([^()\d]{2,60}?)\s+((?:1[5-9]|20)\d\d)\)").expect("imprint pattern")
});

/// "updated 1 May 2024", "last updated", "обновлено", "aktualisiert am".
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*{UPDATED_WORDS}\s*:?\s*")).expect("updated pattern")
});

/// The words before a page's update date, in the languages of the notes.
pub(super) const UPDATED_WORDS: &str = r"(?:last\s+)?(?:updated|modified|обновлено|обновлён|оновлено|aktualisiert(?:\s+am)?|mis à jour(?:\s+le)?)";

/// "Стратегическое партнёрство Беларуси и Китая: дис. … канд. полит.
/// наук": GOST's mark of a thesis after its title, which the labeller may
/// keep in the title. The title ends before the mark; the mark, up to the
/// degree, names the thesis.
pub(super) fn gost_thesis(plain: &str, work: &mut Work) {
    if work.thesis.is_some() || !(plain.contains("дис.") || plain.contains("дыс.")) {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = GOST_THESIS.captures(plain) else {
        return;
    };
    let Some(mark) = c.get(0) else { return };
    let before = plain[..mark.start()].trim_end();
    // The title runs into the mark ("Title: дис.") or ends before it.
    let head = match title.find(": ").map(|at| title[..at].trim_end()) {
        Some(head) if before.ends_with(head) => head,
        _ if before.ends_with(title.trim_end()) => title.trim_end(),
        _ => return,
    };
    let head = head.trim().to_string();
    work.thesis = Some(c[1].split_whitespace().collect::<Vec<_>>().join(" "));
    work.title = Some(head).filter(|h| !h.is_empty());
}

/// Whether a title is only GOST's thesis mark ("дис.", "автореф. дис."),
/// which the labeller may take for the title when it ran the real one into
/// the author.
pub(super) fn is_thesis_mark(title: &str) -> bool {
    let t = title.trim().trim_end_matches(['.', ' ', '…']);
    matches!(
        t,
        "дис" | "дыс" | "автореф. дис" | "автореф" | "дис. …" | "дис. ..."
    )
}

/// ": дис. … канд. полит. наук", ": автореф. дис. … д-ра ист. наук",
/// ": дыс. … канд. гіст. навук", or the bare ": дис.".
static GOST_THESIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*:\s*((?:автореф\.\s*)?(?:дис|дыс)\.(?:\s*(?:\.\.\.|…)\s*[^:]{0,40}?(?:наук|навук))?)",
    )
    .expect("GOST thesis pattern")
});

/// "*China's footprint in Eastern Europe*. Prague: Association for
/// International Affairs", "Warsaw: Eastern Europe Studies Centre": a
/// Harvard or Chicago imprint (place, colon, publisher) the labeller ran
/// into the container or read as one. The place and publisher leave it;
/// what comes before them stays the container.
pub(super) fn imprint_in_container(work: &mut Work) {
    // A journal's volume or issue says the colon is in its name
    // ("Sustainability: Science, Practice, Policy").
    if work.publisher.is_some()
        || work.location.is_some()
        || work.volume.is_some()
        || work.number.is_some()
    {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let (head, imprint) = match container.rsplit_once(". ") {
        Some((head, imprint)) => (Some(head), imprint),
        None => (None, container),
    };
    let Some((place, publisher)) = imprint.split_once(": ") else {
        return;
    };
    let publisher = publisher.trim().trim_end_matches(['.', ',']);
    let words = publisher.split_whitespace().count();
    if !PLACE.is_match(place.trim())
        || !(1..=8).contains(&words)
        || publisher
            .chars()
            .any(|c| c.is_ascii_digit() || c == ':' || c == ',')
        || place.trim_start().starts_with("The ")
        || !crate::parse::names::has_organization_word(&crate::letters::lowercase(publisher))
    {
        return;
    }
    work.location = Some(place.trim().to_string());
    work.publisher = Some(publisher.to_string());
    work.container = head.map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
}

/// "(Kyiv: New Europe Center, 2019)": the labeller may end the place after
/// the publisher's first word ("Kyiv: New"). Words after the place's colon
/// begin the publisher.
pub(super) fn publisher_word_in_place(work: &mut Work) {
    let (Some(location), Some(publisher)) = (work.location.as_deref(), work.publisher.as_deref())
    else {
        return;
    };
    let Some((place, word)) = location.split_once(':') else {
        return;
    };
    let (place, word) = (place.trim(), word.trim());
    if place.is_empty() || word.is_empty() || !PLACE.is_match(place) {
        return;
    }
    work.publisher = Some(format!("{word} {publisher}"));
    work.location = Some(place.to_string());
}

/// "// Беларусь в современном мире : материалы Междунар. науч. конф.,
/// Минск, 30 окт. 2019 г. Минск : БГУ, 2019": GOST names a conference's
/// place and dates inside the proceedings' title. They stay in the
/// container, and the conference's day is not the publication's date (the
/// imprint's year is).
pub(super) fn conference_place_and_dates(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // Without their first letter, the words match in either case and
    // need no lowercased copy.
    if !["онф", "атериал", "тезис", "анф", "атэрыял", "атеріал"]
        .iter()
        .any(|w| container.contains(w))
    {
        return;
    }
    let Some(at) = plain.find(container) else {
        return;
    };
    let Some(c) = CONFERENCE_TAIL.captures(&plain[at + container.len()..]) else {
        return;
    };
    let year: i32 = c[3].parse().unwrap_or(0);
    let tail = c[1].trim_end().to_string();
    // The labeller may read the days ("20–21") as the pages.
    if let Some(days) = c.get(2)
        && work
            .pages
            .as_deref()
            .is_some_and(|p| p.split(['-', '–']).next() == days.as_str().split(['-', '–']).next())
    {
        work.pages = None;
    }
    work.container = Some(format!("{}{tail}", container.trim_end_matches('.')));
    if work
        .date
        .is_some_and(|d| d.year == year && d.month.is_some())
    {
        work.date = Some(Date::year(year));
    }
}

/// ", Минск, 20–21 окт. 2022 г." right after a proceedings' title (its
/// stop may come first, the place may be in the title already), the days
/// and the year.
static CONFERENCE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\.?,\s*(?:\p{Lu}[\p{L}\-]+,\s*)?(\d{1,2}(?:\s*[–\-]\s*\d{1,2})?)\s*\p{L}{3,}\.?\s*((?:19|20)\d\d)\s*г\.)")
        .expect("conference place and dates pattern")
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Each quick test passes every text its pattern matches.
    #[test]
    fn quick_tests_pass_what_the_patterns_match() {
        let texts = [
            "A. Smith, Title (CUP 2016) 45.",
            "A. Smith, Title (Hart 2011) ch 4",
            "Title (DGAP-Analyse, Nr. 3).",
            "Title (OSW Report No. 77) ",
            "Storia, a cura di G. Cherubini, Bari 1990",
            "Handbuch, hrsg. von A. Müller, Berlin",
            "Сборник, под ред. И. Иванова, М., 2001",
            "Title (2020), pp. 5-9.",
            "Title. London, 2016.",
        ];
        use crate::parse::text::quick_test_turns_away as turned_away;
        let skipped = turned_away(&texts, year_before_paren, &OSCOLA_END)
            + turned_away(&texts, ends_in_bracket, &SERIES_AT_END)
            + turned_away(&texts, may_name_editors, &EDITORS_AFTER_TITLE);
        assert!(skipped >= 10, "only {skipped} skips");
        assert!(OSCOLA_END.is_match(texts[0]) && year_before_paren(texts[0]));
    }
}
