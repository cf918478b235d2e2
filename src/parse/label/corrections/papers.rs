//! A body's paper cited without its imprint: `“Title,” Free Russia
//! Foundation, September 2020, 12–15.` The labeller reads the body after a
//! quoted title as the journal the title is in; with no link, volume or
//! issue and no day in its date, a foundation's, institute's or centre's
//! name there publishes a paper. A kind of paper in small letters after
//! the title (`statistical bulletin, Minsk`) names no periodical: the place
//! after it is where it was published; with its number (`policy paper
//! no. 7`), it numbers the work.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// The body that published a paper, read as its container, becomes its
/// publisher.
pub(super) fn body_read_as_journal(plain: &str, work: &mut Work) {
    // The fields first: most containers are journals with a volume.
    if work.url.is_some()
        || work.doi.is_some()
        || work.volume.is_some()
        || work.number.is_some()
        || work.publisher.is_some()
        || work.date.is_some_and(|d| d.day.is_some())
    {
        return;
    }
    let Some(body) = work.container.as_deref() else {
        return;
    };
    let lower = crate::letters::lowercase(body);
    let paper_body = [
        "foundation",
        "institute",
        "endowment",
        "centre",
        "center",
        "council",
        "fund",
        "forum",
        "initiative",
    ]
    .iter()
    .any(|w| lower.split_whitespace().any(|word| word == *w));
    if !paper_body
        || crate::parse::kind::names_periodical(body)
        || crate::parse::kind::government_body(body)
        || plain.contains("http")
        || plain.contains("www.")
    {
        return;
    }
    // After the closing quote of the title, the body and a comma.
    let quoted = [",” ", ",\" ", "”, ", "\", "]
        .iter()
        .any(|q| plain.contains(&format!("{q}{body},")));
    if !quoted {
        return;
    }
    work.publisher = work.container.take();
}

/// "“Foreign trade in goods, …,” statistical bulletin, Minsk, 2023": the
/// labeller's container is the paper's kind and the place it was
/// published; the place goes to the location.
pub(super) fn place_after_kind_of_paper(work: &mut Work) {
    let Some((kind, place)) = work
        .container
        .as_deref()
        .filter(|c| c.starts_with(char::is_lowercase))
        .and_then(|c| c.rsplit_once(", "))
    else {
        return;
    };
    if work.location.is_none()
        && crate::parse::kind::is_report_series(kind)
        && crate::parse::gazetteer::is_publishing_place(place)
    {
        work.location = Some(place.to_string());
        work.container = Some(kind.to_string());
    }
}

/// "…,” Belarusian Institute for Strategic Studies, policy paper no. 7, May
/// 2023": a paper's kind in small letters and its number, which the
/// labeller left as a note. The number is the work's; the kind names the
/// series where no other was read.
pub(super) fn numbered_kind_of_paper(plain: &str, work: &mut Work) {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|,\s)(?P<kind>(?:policy|working|discussion|research|briefing|occasional|analytical|background)\s+paper|(?:policy|issue)\s+brief)\s+(?:no\.|nr\.?|№)\s*(?P<number>\d{1,4})(?:[,.]|$)")
            .expect("numbered kind of paper pattern")
    });
    // A journal's article has a volume or pages: asked before the note.
    static PAPER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" paper "));
    static BRIEF: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" brief "));
    if work.number.is_some()
        || work.volume.is_some()
        || work.pages.is_some()
        || PAPER.find(plain.as_bytes()).is_none() && BRIEF.find(plain.as_bytes()).is_none()
    {
        return;
    }
    let Some(c) = KIND.captures(plain) else {
        return;
    };
    work.number = Some(c["number"].to_string());
    if work.container.is_none() {
        work.container = Some(c["kind"].to_string());
    }
}

/// "ZOiS Report 2/2022, “Youth in Belarus,” Berlin, 2022", "SWP Comment
/// 12/2023, “…”": a paper's series and its number opening the note, read
/// as its author (a body, or two split at the slash). The series is the
/// container, its number the work's; the paper has no author of its own
/// here.
pub(super) fn series_and_number_read_as_author(plain: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<series>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){1,3})\s(?P<number>\d{1,3}(?:/(?:19|20)\d\d)?),\s")
            .expect("series and number head pattern")
    });
    if work.title.is_none()
        || work.number.is_some()
        || work.authors.is_empty()
        || !work
            .authors
            .iter()
            .all(|n| matches!(n, crate::entry::Name::Organization(_)))
    {
        return;
    }
    // The first comma closes a number: asked of the bytes before the
    // pattern is.
    let bytes = plain.as_bytes();
    let numbered =
        memchr::memchr(b',', bytes).is_some_and(|at| at > 0 && bytes[at - 1].is_ascii_digit());
    if !numbered {
        return;
    }
    // "…, Warsaw, 2021": a known place read as a journal is the place.
    let place_as_container = work.location.is_none()
        && work
            .container
            .as_deref()
            .is_some_and(crate::parse::gazetteer::is_publishing_place);
    if work.container.is_some() && !place_as_container {
        return;
    }
    let Some(c) = HEAD.captures(plain) else {
        return;
    };
    let series = &c["series"];
    // "SWP Comment", "SWP-Aktuell", "OSW Commentary": think tanks' series
    // by words the report lists do not hold.
    const SERIES_WORDS: [&str; 6] = [
        "Comment",
        "Commentary",
        "Kommentar",
        "Aktuell",
        "Studie",
        "Analyse",
    ];
    let named = series.split([' ', '-']).any(|w| SERIES_WORDS.contains(&w));
    if !(named || crate::parse::kind::is_report_series(series)) {
        return;
    }
    if place_as_container {
        work.location = work.container.take();
    }
    work.container = Some(series.to_string());
    work.number = Some(c["number"].to_string());
    work.authors.clear();
}
