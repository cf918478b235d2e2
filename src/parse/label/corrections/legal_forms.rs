//! Official forms the labeller was not trained on, read by their exact
//! shapes (the Bluebook's are in [`super::bluebook`]): UN resolutions by
//! their number ("General Assembly resolution 68/262,
//! Territorial integrity of Ukraine, A/RES/68/262"), and a European body's
//! acts by their date ("European Parliament, Resolution of 7 October 2021
//! on the situation in Belarus, P9_TA(2021)0417"); and the McGill Guide's
//! book of essays after its editors ("in Jane Roe, ed, Book (Toronto: …,
//! 2015) 131"); and British official papers by their command or
//! House number ("Department, Title (Cm 9830, 2019)", "Committee, Title
//! (HC 2017–19, 932)"); and OSCOLA's article with its first page and the
//! page cited ("(2015) 26 EJIL 923, 930").

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Name;
use crate::parse::Work;

/// "General Assembly resolution 68/262, Territorial integrity of Ukraine,
/// A/RES/68/262 (27 March 2014)", "UN Security Council Resolution 2231
/// (2015), Non-proliferation, …", "UN General Assembly, Resolution ES-11/1,
/// “Aggression against Ukraine,” …": a UN body's resolution by its number
/// (an emergency session's too), then its title, quoted or not.
static RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<un>UN|United Nations) )?(?P<body>General Assembly|Security Council|Human Rights Council|Economic and Social Council),? [Rr]esolution (?P<number>(?:ES-)?\d{1,4}/\d{1,4}|\d{1,5}(?: \((?:19|20)\d\d\))?),? (?:on )?[“\x22]?(?P<title>\p{L}[^,(“”\x22]{2,200}?)[,.]?[”\x22]?(?:,|\s\(|\.?$)",
    )
    .expect("UN resolution pattern")
});

/// Reads a UN resolution's body, number and title.
pub(super) fn un_resolution(plain: &str, work: &mut Work) {
    if !plain.contains("esolution ") {
        return;
    }
    // "Resolution 2231 (2015), S/RES/2231": a document symbol is no title.
    let Some(c) = RESOLUTION.captures(plain.trim()).filter(|c| {
        let title = c["title"].trim();
        title.contains(' ')
            || !title.contains('/') && title.chars().filter(|c| c.is_lowercase()).count() > 3
    }) else {
        return;
    };
    // The body as the note names it ("UN General Assembly"), in full
    // where the note gives it alone.
    let un = c.name("un").map_or("United Nations", |m| m.as_str());
    let body = format!("{un} {}", &c["body"]);
    // "…, A/RES/ES-11/1": the document's symbol, where the note gives it,
    // finds the resolution in the UN's documents; it numbers it.
    let number = &c["number"];
    let symbol = ["A/RES/", "S/RES/", "A/HRC/RES/", "E/RES/"]
        .iter()
        .map(|prefix| format!("{prefix}{}", number.split(" (").next().unwrap_or(number)))
        .find(|symbol| plain.contains(symbol.as_str()));
    let number = Some(symbol.unwrap_or_else(|| number.to_string()));
    body_document(work, body, c["title"].trim(), number);
}

/// A body's document read whole: the body as author, its title and
/// number; what the labeller took for a container or a place was the
/// document's.
fn body_document(work: &mut Work, body: String, title: &str, number: Option<String>) {
    work.authors = vec![crate::entry::Name::Organization(body)];
    work.title = Some(title.to_string());
    work.number = number;
    work.container = None;
    work.location = None;
}

/// "European Parliament, Resolution of 7 October 2021 on the situation in
/// Belarus, P9_TA(2021)0417": a body, then its act named by its kind and
/// date, then the act's code, after its procedure's in brackets where the
/// note gives both ("(2021/2967(RSP)), P9_TA(2021)0459").
static ACT_OF_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<body>\p{Lu}[^,]{3,80}), (?P<title>(?:Resolution|Recommendation|Decision|Opinion|Declaration|Statement) of (?P<day>\d{1,2} \p{L}+ (?:19|20)\d\d) on [^,(]{3,200}?)(?:\s\((?P<procedure>\d{4}/\d{4}\([A-Z]{3}\))\))?(?:, (?P<code>[A-Z0-9_()/.\-]{4,40}))?\.?$",
    )
    .expect("act of a date pattern")
});

/// The kinds of act [`ACT_OF_DATE`] reads.
const ACT_KINDS: [&str; 6] = [
    "Resolution",
    "Recommendation",
    "Decision",
    "Opinion",
    "Declaration",
    "Statement",
];

/// Reads a European body's act named by its kind and date.
pub(super) fn act_of_a_date(plain: &str, work: &mut Work) {
    // "Parliamentary Assembly resolution of 26 January 2023 on …
    // (Resolution 2482)": the body heads the act's own title.
    if let Some(act) = crate::parse::designations::legal::body_act_of_date(plain) {
        act.name(work);
        work.container = None;
        return;
    }
    // The pattern's kinds before " of ": most notes have none.
    if !ACT_KINDS
        .iter()
        .any(|k| plain.contains(k) && plain.contains(" of "))
    {
        return;
    }
    let Some(c) = ACT_OF_DATE.captures(plain.trim()) else {
        return;
    };
    let Some(day) = crate::parse::dates::find_dates(&c["day"])
        .into_iter()
        .next()
    else {
        return;
    };
    let code = c
        .name("code")
        .or_else(|| c.name("procedure"))
        .map(|m| m.as_str().trim_end_matches('.').to_string());
    body_document(work, c["body"].to_string(), &c["title"], code);
    work.date = Some(day.date);
}

/// "Parliamentary Assembly of the Council of Europe, Resolution 2512
/// (2023), The situation in Belarus, adopted 27 June 2023": a body's act
/// by its kind, number and year, then its title, perhaps the day it was
/// adopted; the kind, number and year head the title, as the body cites it.
static NUMBERED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<body>\p{Lu}[^,]{3,80}), (?P<title>(?:Resolution|Recommendation|Opinion) (?P<number>\d{1,5}) \((?:19|20)\d\d\),? [“\x22]?\p{Lu}[^,(“”\x22]{2,200}?[”\x22]?)(?:, adopted (?:on )?(?P<day>\d{1,2} \p{L}+ (?:19|20)\d\d))?\.?$",
    )
    .expect("numbered act pattern")
});

/// Reads a body's act by its kind, number and year (not the UN's, which
/// [`un_resolution`] reads with their symbols).
pub(super) fn numbered_act(plain: &str, work: &mut Work) {
    static KINDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([", Resolution ", ", Recommendation ", ", Opinion "])
            .expect("numbered act kinds")
    });
    if !KINDS.is_match(plain) {
        return;
    }
    let plain = plain.trim();
    let Some(c) = NUMBERED_ACT.captures(plain) else {
        return;
    };
    if RESOLUTION.is_match(plain) {
        return;
    }
    body_document(
        work,
        c["body"].to_string(),
        &c["title"],
        Some(c["number"].to_string()),
    );
    // The labeller read the number as a volume.
    if work.volume == work.number {
        work.volume = None;
    }
    if let Some(day) = c.name("day").and_then(|d| {
        crate::parse::dates::find_dates(d.as_str())
            .into_iter()
            .next()
    }) {
        work.date = Some(day.date);
    }
}

/// "… in Austin Sarat, ed, A World Without Privacy (New York: Cambridge
/// University Press, 2015) 131 at 140": the McGill Guide's editors, marked
/// "ed"/"eds" without a stop or brackets, before the book.
static MCGILL_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\sin\s(?P<editors>\p{Lu}[^,()]{2,120}?),\seds?,\s(?P<book>\p{Lu}[^()]{2,300}?)\s\(",
    )
    .expect("McGill editors pattern")
});

/// Reads the McGill Guide's book after its editors, where the labeller took
/// the editors for the book.
pub(super) fn mcgill_editors_before_book(plain: &str, work: &mut Work) {
    if !plain.contains(", ed") {
        return;
    }
    let Some(c) = MCGILL_EDITORS.captures(plain) else {
        return;
    };
    let editors = c["editors"].trim();
    if work
        .container
        .as_deref()
        .is_none_or(|k| !editors.starts_with(k.trim_end_matches(['.', ','])))
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(editors);
    if names.is_empty() {
        return;
    }
    work.editors = names;
    work.container = Some(c["book"].trim().to_string());
}

/// "Secretary of State for Digital, Culture, Media and Sport, Online Harms
/// White Paper (CP 57, 2019) para 3.1", "Foreign Affairs Committee,
/// Moscow's Gold (HC 2017–19, 932) 14": OSCOLA's command papers and House
/// papers, the body and title before the paper's number and year or
/// session.
static HOUSE_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<head>[^()]{3,300}?) \((?:(?P<command>(?:Cm|Cmnd|Cmd|Cd|CP)\s?\d[\d\-–]*), (?P<year>(?:19|20)\d\d)",
        r"|(?P<house>HC|HL)\s(?:Paper\s)?(?P<session>(?:19|20)\d\d[–-]\d{2,4}),\s(?P<number>\d{1,4}(?:-[IVX]+)?))\)",
        r"(?:\s(?P<mark>(?:paras?|ch|pt|annex|p)\s?)?(?P<pin>\d+(?:\.\d+)*))?\.?$",
    ))
    .expect("House paper pattern")
});

/// Reads a British command or House paper ([`HOUSE_PAPER`]): the head's
/// last part is the title, what comes before it the body.
pub(super) fn house_paper(plain: &str, work: &mut Work) {
    // The paper's bracket is the note's last but for a pinpoint.
    let Some(open) = plain.rfind(" (") else {
        return;
    };
    if !plain[open + 2..].starts_with(['C', 'H']) {
        return;
    }
    let Some(c) = HOUSE_PAPER.captures(plain.trim()) else {
        return;
    };
    let head = &c["head"];
    let (body, title) = match head.rsplit_once(", ") {
        Some((body, title)) => (Some(body), title),
        None => (None, head),
    };
    let (number, year) = match (c.name("command"), c.name("house")) {
        (Some(command), _) => (command.as_str().to_string(), &c["year"]),
        (None, Some(house)) => (
            format!("{} {}, {}", house.as_str(), &c["session"], &c["number"]),
            &c["session"][..4],
        ),
        _ => return,
    };
    let Ok(year) = year.parse::<i32>() else {
        return;
    };
    work.authors = body
        .map(|b| vec![Name::Organization(b.to_string())])
        .unwrap_or_default();
    work.editors.clear();
    work.title = Some(title.to_string());
    work.number = Some(number);
    work.date = Some(crate::entry::Date::year(year));
    work.container = None;
    work.volume = None;
    // "… (HC 2017–19, 932) 14": a bare page cited after the bracket (a
    // report's page, which becomes the pinpoint).
    work.pages = c
        .name("pin")
        .filter(|_| c.name("mark").is_none())
        .map(|p| p.as_str().to_string());
}
/// OSCOLA's journal article: the year in brackets, the volume, the
/// journal's name, the first page and the page cited ("(2015) 26 EJIL 923,
/// 930", "[2019] PL 345, 350"), which the labeller reads as a second
/// volume and the pages.
static OSCOLA_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\[(](?:1[5-9]|20)\d\d[\])] (?:(?P<volume>\d{1,4}) )?(?P<journal>\p{Lu}[^\d()\[\],]{0,80}?) (?P<page>\d{1,5}), (?P<pin>\d{1,5}(?:[–-]\d{1,5})?)\.?$")
        .expect("OSCOLA article pattern")
});

/// OSCOLA's article whole: the title in single quotes, the year in
/// brackets, the volume, the journal's name (often an abbreviation the
/// labeller has not seen: "CLJ", "OJLS", "Brit J Am Leg Stud"), the first
/// page and perhaps the page cited.
static OSCOLA_QUOTED_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"['‘](?P<title>[^‘]{3,300}?)['’]\s+[\[(](?:1[5-9]|20)\d\d[\])]\s+(?:(?P<volume>\d{1,4})\s+)?(?P<journal>\p{Lu}[^\d()\[\],'‘’]{0,80}?)\s+(?P<page>\d{1,5})(?:,\s*(?P<pin>\d{1,5}(?:[–-]\d{1,5})?))?\.?$")
        .expect("OSCOLA quoted article pattern")
});

/// Reads OSCOLA's first page and page cited after a journal the labeller
/// found, or the whole article after a title in single quotes that the
/// labeller found (its journal may have been missed, its first page read
/// as the volume); returns the page cited.
pub(super) fn oscola_article(plain: &str, work: &mut Work) -> Option<String> {
    let plain = plain.trim();
    // Most notes do not end in a number after a comma.
    if !plain
        .trim_end_matches('.')
        .ends_with(|c: char| c.is_ascii_digit())
        || !(plain.contains(") ") || plain.contains("] "))
    {
        return None;
    }
    if let Some(pin) = quoted_article(plain, work) {
        return pin;
    }
    let c = OSCOLA_ARTICLE.captures(plain)?;
    let journal = work.container.as_deref()?;
    if journal.trim_end_matches('.') != c["journal"].trim_end_matches('.')
        || c.name("volume").map(|v| v.as_str()) != work.volume.as_deref()
    {
        return None;
    }
    work.pages = Some(c["page"].to_string());
    Some(crate::parse::details::page_range(&c["pin"]))
}

/// Words of the neutral citations and law reports that follow a year in
/// square brackets.
const COURTS: [&str; 16] = [
    "UKSC", "UKHL", "UKPC", "EWCA", "EWHC", "AC", "QB", "KB", "WLR", "ER", "Ch", "Fam", "ECR",
    "EHRR", "CMLR", "ECHR",
];

/// [`OSCOLA_QUOTED_ARTICLE`] where the labeller found its title: `Some`
/// with the page cited, if any, when the article was read.
fn quoted_article(plain: &str, work: &mut Work) -> Option<Option<String>> {
    // The title's closing quote before the bracketed year.
    if !["' (", "’ (", "' [", "’ ["]
        .iter()
        .any(|q| plain.contains(q))
    {
        return None;
    }
    let c = OSCOLA_QUOTED_ARTICLE.captures(plain)?;
    let title = work.title.as_deref()?;
    if title.trim_end_matches(['.', ',']) != c["title"].trim_end_matches(['.', ',']) {
        return None;
    }
    // A journal without volumes has its year in square brackets ("[2019]
    // PL 345"); so has a law report, which names a court ("[2019] UKSC
    // 41", "[2004] 1 AC 816").
    let journal = c["journal"].trim();
    let volume = c.name("volume").map(|v| v.as_str().to_string());
    if volume.is_none()
        && (!plain.contains(&format!("] {journal} "))
            || journal.split_whitespace().any(|w| COURTS.contains(&w)))
    {
        return None;
    }
    work.container = Some(journal.to_string());
    work.volume = volume;
    work.pages = Some(c["page"].to_string());
    Some(
        c.name("pin")
            .map(|p| crate::parse::details::page_range(p.as_str())),
    )
}
