//! The book or journal a work is in, where the labeller read it wrong:
//! editors named after a book, an edited book cited whole, the book after
//! German "In: Editor (Hg.):", a subtitle read as a journal or publisher
//! before an imprint or "in:", an edition read as a volume, an imprint run
//! into a title, APA's issue without a volume, a year that is part of a
//! yearbook's name.

use std::sync::LazyLock;

use regex::Regex;

use super::places::{IMPRINT_AT_END, PLACE, YEAR_START};
use crate::parse::Work;

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
    // "hrsg. vom IFSH": a body edits it ("vom", of the).
    if c[0].contains(" vom ") && work.editors.is_empty() {
        work.editors = vec![crate::entry::Name::Organization(editors.to_string())];
    } else if work.editors.is_empty() || scrap {
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
/// "Handbuch, hrsg. von A. Müller,", "Jahrbuch, hrsg. vom IFSH,", "Book,
/// ed. by J. Smith (".
pub(super) static EDITORS_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^,]+?),\s+(?:a\s+cura\s+di|hrsg\.\s+vo[nm]|herausgegeben\s+vo[nm]|ed\.\s+by|edited\s+by|под\s+ред\.|за\s+ред\.)\s+([^,(]+?)\s*(?:[,(]|$)")
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
    // "(Hrsg.), Bürgertum …, Bd. 1, München 1988": a volume with a place
    // of print is a book's.
    if work.volume.is_some() && work.location.is_none() || work.number.is_some() {
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

/// An editors' mark just before: "(Hrsg.), ", "(eds.): ", Chicago's ",
/// eds., ".
static EDITORS_MARK_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\(\s*(?:a\s+cura\s+di|hrsg\.?|hg\.?|eds?\.?|editors?|dir\.?|coord\.?|ред\.?|red\.?)\s*\)|,\s*eds?\.)\s*[,.:]?\s*$")
        .expect("editors mark end pattern")
});

/// "Dialektik der Aufklärung. Philosophische Fragmente, Amsterdam 1947": a
/// title's second sentence before a place and a year, read as a journal.
/// A journal article gives a volume or an issue and no place of
/// publication; this gives a place and neither, so the journal is the
/// title's subtitle.
pub(super) fn subtitle_before_imprint(plain: &str, work: &mut Work) {
    volume_title_in_place(plain, work);
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    // "…, Bd. 1: Situationslogik und Handeln, Frankfurt/M. 1999": a book's
    // volume, with its own title, is named by its mark; a journal's is not.
    static VOLUME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,\s*(?:Band|Bd\.|Teil|Vol\.|vol\.|t\.|Т\.)\s*(?:\d+|[IVX]+)(?::\s*[^,:]+)?")
            .expect("volume after pattern")
    });
    let marked_volume = |after: &str| VOLUME_AFTER.find(after).map_or(0, |m| m.end());
    if work.number.is_some()
        || work.volume.is_some()
            && (work.location.is_none()
                || !plain.contains("Bd.") && !plain.contains("Band") && !plain.contains("vol."))
    {
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
        if work.volume.is_some() {
            after = &after[marked_volume(after)..];
        }
        after.starts_with(&format!(", {location}"))
            || after.starts_with(&format!(" {location}"))
            || (before_publisher && after.starts_with(&format!(". {location}:")))
    }) else {
        return;
    };
    // "R: A language and environment …. R Foundation for Statistical
    // Computing, Vienna, Austria.": an organisation before the place is
    // the publisher, not a subtitle; a meeting of one ("Paper presented at
    // the meeting of the American Educational Research Association,
    // Chicago") is where the work was given.
    let lower = crate::letters::lowercase(container);
    if work.publisher.is_none() && crate::parse::names::has_organization_word(&lower) {
        const MEETINGS: &[&str] = &["conference", "meeting", "workshop", "symposium", "congress"];
        if !MEETINGS.iter().any(|w| lower.contains(w)) {
            work.publisher = work.container.take();
        }
        return;
    }
    work.title = Some(format!("{title}{joint}{container}"));
    work.container = None;
}

/// "Bd. 2: Das 19. Jahrhundert, Leipzig 2008": the end of a volume's own
/// title read with the place. The place is the last part.
fn volume_title_in_place(plain: &str, work: &mut Work) {
    let (Some(volume), Some(location)) = (work.volume.as_deref(), work.location.as_deref()) else {
        return;
    };
    let Some((words, place)) = location.rsplit_once(", ") else {
        return;
    };
    let marked = ["Bd.", "Band", "vol.", "Vol.", "t."].iter().any(|mark| {
        plain
            .find(&format!("{mark} {volume}:"))
            .is_some_and(|at| plain[at..].contains(&format!(" {words}, {place}")))
    });
    if marked && super::places::PLACE.is_match(place) {
        work.location = Some(place.to_string());
    }
}

/// "In: Kreckel, Reinhard (Hg.): Soziale Ungleichheiten (Soziale Welt,
/// Sonderband 2). Göttingen: Schwartz", "S. 17–68 in: Abraham, Martin
/// (Hg.), Arbeitsmarktsoziologie. 2. Aufl. Wiesbaden: VS", "In: ders.:
/// Gesammelte Aufsätze … Tübingen: Mohr": the book a chapter is in, after
/// its editors, up to its series, edition or imprint. German notes mark it
/// so exactly that the labeller's reading gives way; so do ABNT's "In:
/// ARRETCHE, Marta (org.). Trajetórias … São Paulo: Editora Unesp".
pub(super) fn book_after_in_editors(plain: &str, work: &mut Work) {
    static IN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:^|[\s.,])[Ii]n:\s+(?:(?P<names>[^():]{3,160}?)\s*\((?:Hg|Hrsg|(?i:orgs?|coords?))\.?\)|(?P<same>[Dd](?:ers|ies|ems)\.))\s*[:,.]\s*",
            r"(?P<book>[^()]+?)\s*(?:\((?P<series>[^)]*)\)\s*)?",
            r"(?:[.,]\s+(?P<place>\p{Lu}[\p{L}/. ]+?):\s+(?P<publisher>[^,.]+)",
            r"|,\s+(?P<place2>\p{Lu}\p{Ll}+(?:\s(?:a\.\s?M\.|am\s+Main|i\.\s?Br\.)|/M\.)?(?:[/–-]\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)*)\s+(?:1[5-9]|20)\d\d",
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
    if let Some(names) = c.name("names") {
        // "in: dies. (Hrsg.):": the authors edited the book themselves.
        let same = matches!(
            names.as_str().trim().to_lowercase().as_str(),
            "ders." | "dies." | "dens." | "ders" | "dies"
        );
        if same && !work.authors.is_empty() {
            work.editors = work.authors.clone();
        } else if work.editors.is_empty() {
            let (editors, _) = crate::parse::names::parse_author_segment(names.as_str());
            work.editors = editors;
        }
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

/// "Право України, (5), 112–128": APA's issue of a journal that numbers
/// no volumes, in brackets straight after the journal, read as a volume
/// (or lost, with the journal read into the title).
pub(super) fn issue_without_volume(plain: &str, work: &mut Work) {
    static ISSUE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^, \((\d{1,4})\),").expect("issue after pattern"));
    // The journal may be read into the title and the issue lost: "…
    // Санкційна політика ЄС. Зовнішні справи, (3), 20–27."
    if work.container.is_none()
        && work.number.is_none()
        && let Some(title) = work.title.as_deref()
        && let Some((head, journal)) = title.rsplit_once(". ")
        && let Some(at) = plain.find(title)
        && let Some(c) = ISSUE_AFTER.captures(&plain[at + title.len()..])
        // (Or read as a volume.)
        && work.volume.as_deref().is_none_or(|v| v == &c[1])
    {
        work.volume = None;
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
    if work.number.is_some() {
        return;
    }
    if plain.contains(&format!("{container}, ({volume})")) {
        work.number = work.volume.take();
        return;
    }
    // "Eluosi Dongou Zhongya yanjiu, (4), 33–50": the journal's last word
    // in small letters was read with the issue.
    static LAST_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ (\p{Ll}[\p{L}\-]*(?: \p{Ll}[\p{L}\-]*){0,2}), \((\d{1,4})\),")
            .expect("journal's last words pattern")
    });
    let Some(at) = plain.find(container) else {
        return;
    };
    if let Some(c) = LAST_WORDS.captures(&plain[at + container.len()..])
        && &c[2] == volume
    {
        work.container = Some(format!("{container} {}", &c[1]));
        work.number = work.volume.take();
    }
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
        // "Vilnius: R. Paknio leidykla": a known place and a publishing
        // house's word may have them.
        let house = || {
            crate::parse::gazetteer::is_publishing_place(place.as_str())
                && crate::parse::names::has_organization_word(&crate::letters::lowercase(
                    &publisher,
                ))
        };
        if whole.start() == 0
            || (lowercase_words > 0 && !house())
            || publisher.split_whitespace().count() > 4
        {
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

/// Whether `text` has a word every editors' mark of
/// [`EDITORS_AFTER_TITLE`] holds.
pub(super) fn may_name_editors(text: &str) -> bool {
    ["cura", " von", " vom", " by", "ред."]
        .iter()
        .any(|w| text.contains(w))
}

/// "in Nations in Transit 2023 (Washington, DC: Freedom House, 2023)": a
/// yearbook's name ends with a year, which the labeller read as the date.
/// The year is the name's where the imprint after it gives a year again.
pub(super) fn year_in_container_name(plain: &str, work: &mut Work) {
    let (Some(container), Some(date)) = (work.container.as_deref(), work.date) else {
        return;
    };
    let named = format!("{container} {}", date.year);
    let Some(at) = plain.find(&named) else {
        return;
    };
    let after = &plain[at + named.len()..];
    let year_again = after
        .match_indices(&date.year.to_string())
        .any(|(i, _)| !after[i + 4..].starts_with(|c: char| c.is_ascii_digit()));
    if (after.starts_with(" (") || after.starts_with(", ")) && year_again {
        work.container = Some(named);
    }
}

/// "FIIA Briefing Paper 282 (Helsinki: …)", "OSW Commentary no. 293,
/// Centre for Eastern Studies", "BOFIT Policy Brief 2/2023": a paper's
/// number in its series, which the
/// labeller read as pages or ran into the container with the publisher.
pub(super) fn number_in_series(plain: &str, work: &mut Work) {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\s+(?:no\.|No\.|nr\.|Nr\.|№)\s*(\d{1,4}[a-z]?),\s+(\p{Lu}.+)$")
            .expect("numbered series pattern")
    });
    if work.number.is_some() || work.volume.is_some() {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    if let Some(c) = NUMBERED.captures(container)
        && crate::parse::names::is_organization(&c[3])
    {
        let (series, number, publisher) = (c[1].to_string(), c[2].to_string(), c[3].to_string());
        work.container = Some(series);
        work.number = Some(number);
        work.publisher.get_or_insert(publisher);
        return;
    }
    // "BOFIT Policy Brief 2/2023, 14 March 2023", "Working Paper 2023-05":
    // a number with its year, which the labeller read into the date.
    static NUMBER_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s(\d{1,3}/(?:19|20)?\d\d|(?:19|20)\d\d-\d{1,3})(?:[,.\s]|$)")
            .expect("number of a year pattern")
    });
    // "2023-05" read as pages: the year and a hyphen open them.
    let year_first_pages = work.pages.as_deref().is_some_and(|p| {
        p.len() > 5 && (p.starts_with("19") || p.starts_with("20")) && p.as_bytes()[4] == b'-'
    });
    if (memchr::memchr(b'/', plain.as_bytes()).is_some() || year_first_pages)
        && let Some(at) = plain.find(container)
        && plain[at + container.len()..].starts_with(' ')
        && plain[at + container.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
        && let Some(c) = NUMBER_OF_YEAR.captures(&plain[at + container.len()..])
        && crate::parse::kind::is_report_series(container)
    {
        let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
        if work
            .pages
            .as_deref()
            .is_some_and(|p| digits(p) == digits(&c[1]))
        {
            work.pages = None;
        }
        work.number = Some(c[1].to_string());
        return;
    }
    if let Some(pages) = work.pages.as_deref()
        && pages.chars().all(|c| c.is_ascii_digit())
        && crate::parse::kind::is_report_series(container)
        && (plain.contains(&format!("{container} {pages}"))
            || numbered_after(plain, container, pages))
    {
        work.number = work.pages.take();
        return;
    }
    // "OIES Energy Insight 122 (Oxford: OIES, October 2022)", "OIES Paper
    // NG 186 (Oxford: …)": a number between a series and a place with its
    // publisher, which a journal never has; a code of capitals before the
    // number is part of it.
    if let Some(pages) = work.pages.as_deref()
        && pages.bytes().all(|b| b.is_ascii_digit())
        && work.location.is_some()
        && work.publisher.is_some()
        && plain.contains(&format!("{container} {pages} ("))
    {
        let code = container.rsplit_once(' ').filter(|(_, last)| {
            (1..=3).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase())
        });
        let number = match code {
            Some((series, code)) => {
                let number = format!("{code} {pages}");
                work.container = Some(series.to_string());
                number
            }
            None => pages.to_string(),
        };
        work.number = Some(number);
        work.pages = None;
    }
}

/// "Komentarze OSW, 2022, nr 450", "„Komentarze OSW” 2020, nr 350": the
/// series, its year, then the item's number with its mark.
fn numbered_after(plain: &str, series: &str, number: &str) -> bool {
    let Some(at) = plain.find(series) else {
        return false;
    };
    let after = plain[at + series.len()..].trim_start_matches(['”', '“', '»', '"']);
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    // The year, if it stands between.
    let after = match after.get(..4) {
        Some(year) if year.bytes().all(|b| b.is_ascii_digit()) => {
            after[4..].trim_start_matches([',', ' '])
        }
        _ => after,
    };
    ["nr ", "nr. ", "Nr. ", "no. ", "No. ", "№ "]
        .iter()
        .any(|mark| {
            after
                .strip_prefix(mark)
                .and_then(|rest| rest.strip_prefix(number))
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// "Resisting the irresistible: 'Failed opposition' in Azerbaijan and
/// Belarus revisited. Government and Opposition, 54(4)": a title's "in"
/// after a quotation taken for the start of a container; the container is
/// the sentence after the title's end.
pub(super) fn title_words_after_in(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some((head, journal)) = container.rsplit_once(". ") else {
        return;
    };
    if !journal.starts_with(|c: char| c.is_uppercase())
        || !plain.contains(&format!("{title} in {head}. {journal}"))
    {
        return;
    }
    let (title, journal) = (format!("{title} in {head}"), journal.to_string());
    work.title = Some(title);
    work.container = Some(journal);
}

/// "Protest Movements in Belarus after 2020, arXiv:…, 2022": a title's
/// words with no comma or stop before them, taken for a container's: "in"
/// and a name, or words in small letters ("… in Russia | after 2011"). With
/// no editors, publisher, volume or pages to make it a book's or journal's,
/// the words go back to the title, and so does a year right after them
/// where a later year in the note gives the date.
pub(super) fn title_words_read_as_container(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if !work.editors.is_empty()
        || work.publisher.is_some()
        || work.volume.is_some()
        || work.pages.is_some()
    {
        return;
    }
    let mut joined = if container.starts_with(char::is_uppercase) {
        format!("{title} in {container}")
    } else if container.starts_with(char::is_lowercase) && container.split(' ').count() <= 3 {
        format!("{title} {container}")
    } else {
        return;
    };
    let Some(at) = plain.find(&joined) else {
        return;
    };
    let after = &plain[at + joined.len()..];
    let year_of = |text: &str| {
        text.get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1800..=2100).contains(y))
    };
    if let Some(year) = after.strip_prefix(' ').and_then(year_of)
        && let Some(later) = after[5..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() == 4)
            .find_map(year_of)
    {
        joined.push_str(&format!(" {year}"));
        work.date = Some(crate::entry::Date::year(later));
    }
    work.title = Some(joined);
    work.container = None;
}

/// "in: Osteuropa 70, H. 10 (2020)": a German journal's volume, then its
/// issue's mark, which the labeller ran into the journal's name, reading
/// the issue as the volume.
pub(super) fn issue_mark_ends_container(work: &mut Work) {
    let (Some(container), Some(issue)) = (work.container.as_deref(), work.volume.as_deref()) else {
        return;
    };
    if work.number.is_some() {
        return;
    }
    let Some(head) = [", H.", ", Heft", ", Nr."]
        .iter()
        .find_map(|mark| container.strip_suffix(mark))
    else {
        return;
    };
    let Some((name, volume)) = head.rsplit_once(' ') else {
        return;
    };
    if name.is_empty() || volume.is_empty() || !volume.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    let (name, volume, issue) = (name.to_string(), volume.to_string(), issue.to_string());
    work.container = Some(name);
    work.volume = Some(volume);
    work.number = Some(issue);
}

/// "« Biélorussie », dans Encyclopædia Universalis, Paris, …": the book
/// after a title in guillemets and its "dans" (or "in"), read with the
/// title, which ends at its closing mark.
pub(super) fn book_after_quoted_title(work: &mut Work) {
    if work.container.is_some() {
        return;
    }
    let Some(title) = work.title.as_deref().filter(|t| !t.is_empty()) else {
        return;
    };
    if let Some(at) = ["», dans ", "» dans ", "», in "]
        .iter()
        .find_map(|m| title.find(m))
        && title.starts_with('«')
    {
        let head = title[..at].trim_start_matches('«').trim().to_string();
        let book = title[at..].split_once(' ').map(|(_, b)| b);
        let book = book
            .and_then(|b| b.split_once(' '))
            .map_or("", |(w, b)| if w == "dans" || w == "in" { b } else { "" });
        let book = book.trim().trim_end_matches([',', '.']).to_string();
        if !head.is_empty() && book.starts_with(char::is_uppercase) {
            work.title = Some(head);
            work.container = Some(book);
        }
    }
}
