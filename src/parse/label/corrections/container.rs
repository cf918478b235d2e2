//! The book a work is in, where the labeller read it wrong: editors named
//! after a book, an edited book cited whole, the book after German "In:
//! Editor (Hg.):", a subtitle read as a journal or publisher before an
//! imprint or "in:", an edition read as a volume, an imprint run into a
//! title, the book after a title in guillemets and "dans". The journal or
//! series a work is in, and its numbers, are [`super::serials`]'.

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

/// "“…,” in Inclusive Growth, Development and Welfare Policy, ed. Rune
/// Jansen Hagen and Ilcheong Yi (London: …)": a book whose title has an
/// "and" between capitalised words, which the labeller read with its
/// editors as their names. Chicago's "in BOOK, ed. NAMES (" is exact: the
/// book runs from "in" to the last comma before the mark.
pub(super) fn container_read_as_editors(plain: &str, work: &mut Work) {
    static IN_BOOK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:^|[,”"’] )in (?P<book>\p{Lu}[^()]*?), (?:ed\.|eds\.|edited by) (?P<editors>[^,()]+?) \("#)
            .expect("book before its editors pattern")
    });
    static MARK: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" in "));
    if work.container.is_some() || work.editors.is_empty() || MARK.find(plain.as_bytes()).is_none()
    {
        return;
    }
    let Some(c) = IN_BOOK.captures(plain) else {
        return;
    };
    let (names, _) = crate::parse::names::parse_author_segment(&c["editors"]);
    if names.is_empty()
        || !names
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Person { .. }))
    {
        return;
    }
    work.container = Some(c["book"].trim().to_string());
    work.editors = names;
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
