//! A body's paper cited without its imprint: `“Title,” Free Russia
//! Foundation, September 2020, 12–15.` The labeller reads the body after a
//! quoted title as the journal the title is in; with no link, volume or
//! issue and no day in its date, a foundation's, institute's or centre's
//! name there publishes a paper. A kind of paper in small letters after
//! the title (`statistical bulletin, Minsk`) names no periodical: the place
//! after it is where it was published; with its number (`policy paper
//! no. 7`), it numbers the work. A kind in capitals cut from its first
//! words (`…, Project Appraisal | Document, Report No. PAD2645`) is made
//! whole.

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
        "institution",
        "corporation",
    ]
    .iter()
    .any(|w| lower.split_whitespace().any(|word| word == *w))
        // "Chatham House", "Freedom House": a House after a name.
        || crate::parse::names::named_house(body);
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

/// "Belarus: Higher Education Modernization Project, Project Appraisal
/// Document, Report No. PAD2645 (Washington, DC: World Bank, 2019)": a
/// kind of document in capitals whose first words the labeller left at the
/// title's end, the last word and the number's mark read as the kind. The
/// title's last comma segment, a few capitalised words, and the kind's
/// first word are the kind.
pub(super) fn kind_cut_from_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(kind)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some((head, tail)) = title.rsplit_once(", ") else {
        return;
    };
    let first = kind.split(", ").next().unwrap_or(kind);
    let capitalised =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    if !matches!(first, "Document" | "Paper" | "Note" | "Brief" | "Report")
        || !(1..=3).contains(&tail.split(' ').count())
        || !tail.split(' ').all(capitalised)
        || !plain.contains(&format!("{tail} {kind}"))
    {
        return;
    }
    // ", Report No. PAD2645": the number after the kind's mark.
    let number = kind
        .split_once("No. ")
        .map(|(_, n)| n.trim_end_matches(['.', ',']))
        .filter(|n| !n.is_empty() && !n.contains(' '));
    if work.number.is_none() {
        work.number = number.map(str::to_string);
    }
    let whole = format!("{tail} {first}");
    work.title = Some(head.to_string());
    work.container = Some(whole);
}

/// "Belarus Pension Reform: Options for Sustainability, Report No.
/// AUS0001234 (Washington, DC: World Bank, 2020)": a report's number,
/// read as a container after its mark, which the labeller left at the
/// title's end. The mark goes from the title, the code is the number.
pub(super) fn number_mark_ends_title(work: &mut Work) {
    let (Some(title), Some(code)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some(head) = ["Report No.", "Paper No.", "Report no.", "Paper no."]
        .iter()
        .find_map(|mark| title.strip_suffix(mark))
        .and_then(|head| head.strip_suffix(", "))
    else {
        return;
    };
    let code = code.trim_end_matches([',', '.']);
    if head.is_empty()
        || code.is_empty()
        || code.contains(' ')
        || !code.bytes().any(|b| b.is_ascii_digit())
        || work.number.is_some()
    {
        return;
    }
    work.number = Some(code.to_string());
    work.title = Some(head.to_string());
    work.container = None;
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

/// "Title (IMF Working Paper No. WP/22/156). International Monetary
/// Fund.": APA's report, its series and number in brackets after the title
/// and its publisher after them. The labeller may take the brackets and
/// the publisher for one container, or the publisher for pages; the series
/// is the report's kind, the body its publisher.
pub(super) fn publisher_after_bracketed_number(plain: &str, work: &mut Work) {
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\((?P<series>[\p{L}][^()]+?)\s+(?:No\.|no\.|Nr\.)\s*(?P<number>[\w./-]+)\)\.\s+",
            r"(?P<publisher>\p{Lu}[^()]*?)\.$",
        ))
        .expect("bracketed report number pattern")
    });
    // The note's link is not in its plain text.
    let plain = plain.trim_end();
    if work.publisher.is_some() || !plain.ends_with('.') {
        return;
    }
    // The bracket closes before the publisher, the number in it: a quick
    // test before the pattern, which then reads only from the bracket.
    let Some(close) =
        memchr::memrchr_iter(b')', plain.as_bytes()).find(|&at| plain[at..].starts_with("). "))
    else {
        return;
    };
    let Some(open) = plain[..close].rfind('(') else {
        return;
    };
    let inside = &plain[open..close];
    if !(inside.contains("No.") || inside.contains("no.") || inside.contains("Nr.")) {
        return;
    }
    let Some(c) = BRACKETED.captures(&plain[open..]) else {
        return;
    };
    let publisher = c["publisher"].trim();
    // "(Report No. 7). Retrieved from …": no publisher named. (Lengths are
    // checked here: bounded repeats of wide classes make big automata.)
    if publisher.split_whitespace().count() > 8
        || publisher.starts_with("Retrieved")
        || c["series"].len() > 120
        || c["number"].len() > 20
    {
        return;
    }
    if work
        .container
        .as_deref()
        .is_none_or(|k| k.starts_with('(') || k == &c["series"])
    {
        work.container = Some(c["series"].to_string());
    }
    work.number.get_or_insert_with(|| c["number"].to_string());
    if work
        .pages
        .as_deref()
        .is_some_and(|p| publisher.starts_with(p))
    {
        work.pages = None;
    }
    // "… (Working Paper No. 72). BEROC.": an acronym read as a place.
    if work.location.as_deref() == Some(publisher) {
        work.location = None;
    }
    work.publisher = Some(publisher.to_string());
}

/// "Die Folgen des Krieges …, wiiw Policy Notes and Reports Nr. 58, Wien:
/// Wiener Institut … 2022, S. 9.": a numbered series of papers after the
/// title and before a German or Chicago imprint, which the labeller read
/// into the title, its number taken for a journal. The series and number
/// are the report's, the body after the place its publisher.
pub(super) fn series_read_into_title(plain: &str, work: &mut Work) {
    static SERIES_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r",\s+(?P<series>[^,]{3,}?)\s+(?:Nr\.|No\.|no\.)\s?(?P<number>[\w/-]+),\s+",
            r"(?P<place>\p{Lu}[\p{L} -]*):\s+(?P<publisher>[^,:]{3,}?),?\s+(?:1[89]|20)\d\d(?:\D|$)",
        ))
        .expect("series and imprint pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let numbered = ["Nr.", "No.", "no."]
        .iter()
        .any(|mark| title.ends_with(mark));
    // "…, Ifo | Working Paper | Nr. 312": or only the series' first words,
    // the rest read as the container, its number after it (a journal's
    // article has no place and publisher: asked first).
    let series_split = !numbered
        && work.publisher.is_some()
        && work.location.is_some()
        && work.container.as_deref().is_some_and(|k| {
            crate::parse::kind::names_paper_series(k)
                && plain.find(k).is_some_and(|at| {
                    let after = &plain[at + k.len()..];
                    [" Nr.", " No.", " no."]
                        .iter()
                        .any(|mark| after.starts_with(mark))
                })
        });
    if !numbered && !series_split {
        return;
    }
    let Some(c) = SERIES_IMPRINT.captures(plain) else {
        return;
    };
    let series = &c["series"];
    if series.len() > 120 || c["number"].len() > 12 || c["place"].len() > 60 {
        return;
    }
    let at = match title.find(&format!(", {series}")) {
        Some(at) => at,
        None if series_split => match title.rsplit_once(", ") {
            Some((head, tail))
                if series
                    .strip_prefix(tail)
                    .is_some_and(|rest| work.container.as_deref() == Some(rest.trim_start())) =>
            {
                head.len()
            }
            _ => return,
        },
        None => return,
    };
    if !crate::parse::kind::names_paper_series(series) {
        return;
    }
    work.title = Some(title[..at].to_string());
    work.container = Some(series.to_string());
    work.number = Some(c["number"].to_string());
    work.location = Some(c["place"].to_string());
    work.publisher = Some(c["publisher"].trim().to_string());
}

/// "(2023). Stormbreak: Fighting through Russian defences in Ukraine's
/// 2023 offensive (RUSI Special Report). Royal United Services
/// Institute.": APA's title cut at a small "in" (read as a chapter's "In")
/// and at the year inside it. The title runs to the bracketed kind; the
/// kind names the series.
pub(in crate::parse::label) fn apa_title_cut_at_in(plain: &str, work: &mut Work) -> bool {
    let (Some(title), Some(book)) = (work.title.as_deref(), work.container.as_deref()) else {
        return false;
    };
    if work.volume.is_some() || work.pages.is_some() || !work.editors.is_empty() {
        return false;
    }
    let head = format!("{title} in {book}");
    let Some(at) = plain.find(&head) else {
        return false;
    };
    // APA: the year in brackets and a stop right before the title.
    if !plain[..at].trim_end().ends_with(").") {
        return false;
    }
    let rest = &plain[at + head.len()..];
    let Some(open) = rest.find(" (") else {
        return false;
    };
    let words = &rest[..open];
    let Some(close) = rest[open..].find(")").map(|c| open + c) else {
        return false;
    };
    let kind = &rest[open + 2..close];
    if words.contains(". ")
        || words.split_whitespace().count() > 6
        || !rest[close..].starts_with("). ")
        || !crate::parse::kind::names_paper_series(kind)
    {
        return false;
    }
    work.title = Some(format!("{head}{words}"));
    work.container = Some(kind.to_string());
    true
}

/// "press release 2023 (001)": NATO numbers its releases by the year and a
/// serial in brackets, which the labeller reads as a date and a volume.
/// The two are the release's number.
pub(super) fn release_number_in_brackets(plain: &str, work: &mut Work) {
    let (Some(kind), Some(serial)) = (work.container.as_deref(), work.volume.as_deref()) else {
        return;
    };
    if work.number.is_some()
        || !serial.bytes().all(|b| b.is_ascii_digit())
        || !kind
            .get(kind.len().saturating_sub(7)..)
            .is_some_and(|end| end.eq_ignore_ascii_case("release"))
    {
        return;
    }
    let Some(at) = plain.find(kind) else {
        return;
    };
    let after = &plain[at + kind.len()..];
    let Some(year) = after.strip_prefix(' ').and_then(|a| a.get(..4)) else {
        return;
    };
    let whole = format!("{year} ({serial})");
    if !year.bytes().all(|b| b.is_ascii_digit()) || !after[1..].starts_with(&whole) {
        return;
    }
    work.number = Some(whole);
    work.volume = None;
}

/// "(2022). Lessons in Ukraine's 2022 war (CNA Occasional Paper). Center
/// for Naval Analyses.": APA's bracketed kind of paper read into the title.
/// It names the series, and the title ends before it.
pub(super) fn bracketed_kind_ends_title(plain: &str, work: &mut Work) {
    // "Lessons … war (CNA | Occasional Paper)": the bracket split between
    // title and container.
    if let (Some(title), Some(rest)) = (work.title.as_deref(), work.container.as_deref())
        && rest.ends_with(')')
        && let Some(open) = title.rfind(" (")
        && !title[open..].contains(')')
        && let Some(rest) = rest.strip_suffix(')')
    {
        let kind = format!("{} {rest}", &title[open + 2..]);
        if !kind.contains(['(', ')'])
            && plain.contains(&format!("({kind}). "))
            && crate::parse::kind::names_paper_series(&kind)
        {
            work.title = Some(title[..open].trim_end().to_string());
            work.container = Some(kind);
        }
        return;
    }
    // "… Telegram (SSRN | Scholarly Paper | No. 4412345). SSRN.": the
    // paper's number read apart, the bracket closing after it.
    if let (Some(title), Some(rest), Some(number)) = (
        work.title.as_deref(),
        work.container.as_deref(),
        work.number.as_deref(),
    ) && let Some(open) = title.rfind(" (")
        && !title[open..].contains(')')
    {
        let kind = format!("{} {rest}", &title[open + 2..]);
        if !kind.contains(['(', ')'])
            && plain.contains(&format!("({kind} No. {number}). "))
            && (crate::parse::kind::names_paper_series(&kind) || kind.ends_with(" Paper"))
        {
            work.title = Some(title[..open].trim_end().to_string());
            work.container = Some(kind);
        }
        return;
    }
    let Some(title) = work.title.as_deref().filter(|t| t.ends_with(')')) else {
        return;
    };
    let Some(open) = title.rfind(" (") else {
        return;
    };
    let kind = &title[open + 2..title.len() - 1];
    if work.container.is_some()
        || kind.contains(['(', ')'])
        || !plain.contains(&format!("{title}. "))
        || !crate::parse::kind::names_paper_series(kind)
    {
        return;
    }
    work.container = Some(kind.to_string());
    work.title = Some(title[..open].trim_end().to_string());
}
