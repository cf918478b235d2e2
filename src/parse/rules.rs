//! The hand-written rules' reading of a note: a quoted title and the
//! authors before it, the two sides of a GOST reference, or the authors,
//! year and title at the start of an unquoted reference, then the details
//! after the title. The default parser uses them where they are exact
//! (a quoted title after the authors, the left side of a GOST `//`);
//! `Parser::Rules` uses them for everything.

use std::sync::LazyLock;

use regex::Regex;

use super::statement::{statement_authors, statement_editors};
use super::text::{self, ITALIC_OPEN, find_quoted, plain, trim_separators};
use super::{ParsedNote, Work, dates, details, finish, kind, names};
use crate::entry::{Date, Name};

/// An author-date year: "(2020)", "(2020a)", "(2023, March 27)", "(n.d.)";
/// and the day or month Wikipedia's English templates print there ("(3
/// March 2021)", "(June 2022)", "(2017-06-12)").
static APA_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*((?:1[5-9]|20)\d\d[a-z]?(?:,\s*[^)]{1,30})?|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+(?:\d{1,2},\s+)?(?:19|20)\d\d|(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\s*\)|\(\s*(n\.\s?d\.|no date|б\.\s?г\.)\s*\)")
        .expect("year pattern")
});

/// The date inside an author-date parenthesis.
fn apa_date(inside: &str) -> Option<Date> {
    dates::find_dates(inside)
        .into_iter()
        .max_by_key(|d| d.precision())
        .map(|d| d.date)
}

static TRAILING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,.]?\s*\(?((?:1[5-9]|20)\d\d)[a-z]?\)?[\s.,:]*$").expect("year pattern")
});

/// Where a GOST container ends: before ". 2020." or ". Place: Publisher".
static GOST_CONTAINER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\.\s+(?:(?:1[5-9]|20)\d\d\.(?:\s|$)|\p{Lu}[\p{L}\-]*\.?\s?:\s)")
        .expect("gost container pattern")
});
/// Where an unquoted title ends at the latest: the place and publisher
/// (". Киев: Фонд", ". New Haven: Yale") or a thesis label.
static TITLE_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // ". Киев: Фонд", ". New Haven: Yale"
        r"\.\s+\p{Lu}[\p{L}\-]*\.?(?:\s+\p{Lu}[\p{L}\-]*)?\s?:\s",
        // " (London: Routledge, 1992)", " (Detroit, MI: Wayne State"
        r"|\s\(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)*(?:,\s*[A-Z]{2})?\s?:\s",
        // " (Minsk, 2023)"
        r"|\s\(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?,\s*(?:1[5-9]|20)\d\d\)",
        // " (2nd ed.)", " (5.ª ed.)"
        r"|\s\(\d+[^)]{0,6}\s?(?:ed|edn|изд)\.?\)",
        r"|\s?:\s*(?:дис\.|диссертация|автореф)",
        r"|,?\s+(?:Ph\.?\s?D\.?|Doctoral|Master's)\s+(?:diss|thesis)",
    ))
    .expect("title stop pattern")
});
/// The start of a segment that is a publication detail, not a title's.
static DETAIL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:vol\.?|v\.|pp?\.|no\.|n°|№|т\.|с\.|\d{1,3}(?-u:\b)|\d+\s*\(|\(\d|\d+(?:st|nd|rd|th)\s+ed)")
        .expect("detail pattern")
});
static NUMBERED_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[^,]*(?-u:\b)(?:No\.|no\.|№|Nr\.)\s*\d").expect("series pattern")
});
static YEAR_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(?(?:1[5-9]|20)\d\d(?-u:\b)").expect("year pattern"));
static LEADING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,.]*\(?((?:1[5-9]|20)\d\d)[a-z]?\)?(?:[.,:]|\s|$)").expect("year pattern")
});
static TRANSLATION_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s.,]*\[([^\[\]]{3,})\]").expect("translation pattern"));

/// What precedes and what is in a quoted title: the authors (and an
/// author-date year), the title and its translation, and the text after it.
pub(super) struct QuotedHead {
    pub(super) title: Option<String>,
    pub(super) translation: Option<String>,
    pub(super) authors: Vec<Name>,
    pub(super) editors: Vec<Name>,
    date: Option<Date>,
    after: String,
}

/// The title inside a quote and the translation bracketed in it, as
/// [`quoted_head`] reads them (without reading the authors before it).
pub(super) fn quoted_title(md: &str, q: &text::Quoted) -> (Option<String>, Option<String>) {
    let (title, translation) = text::split_translation(&md[q.inner_start..q.inner_end]);
    (
        Some(text::clean_title(&title)).filter(|t| !t.is_empty()),
        translation,
    )
}

/// "Amnesty International, Belarus: “You Are Not Human Beings”": an
/// organisation's report whose title ends in a quotation; the words between
/// the comma and the colon open the title. The end of the names and the
/// whole title.
pub(super) fn title_opening_before_quote(md: &str, q: &text::Quoted) -> Option<(usize, String)> {
    let before = md[..q.start].trim_end().strip_suffix(':')?;
    let (names, opening) = before.rsplit_once(", ")?;
    let fits = (1..=4).contains(&opening.split_whitespace().count())
        && opening.starts_with(|c: char| c.is_uppercase())
        && !opening.contains(|c: char| c.is_ascii_digit())
        // "Behrens, Rudolf: “…”" is a person's name in the German form.
        && names::has_organization_word(&crate::letters::lowercase(names));
    fits.then(|| (names.len(), text::clean_title(&md[names.len() + 2..q.end])))
}

pub(super) fn quoted_head(md: &str, q: text::Quoted) -> QuotedHead {
    let mut before = &md[..q.start];
    let (mut title, translation) = quoted_title(md, &q);
    if let Some((names_end, whole)) = title_opening_before_quote(md, &q) {
        title = Some(whole);
        before = &md[..names_end];
    }
    let mut head = QuotedHead {
        title,
        translation,
        authors: Vec::new(),
        editors: Vec::new(),
        date: None,
        after: String::new(),
    };
    let mut after = &md[q.end..];
    if let Some(c) = TRANSLATION_AFTER.captures(after) {
        if head.translation.is_none() {
            head.translation = c.get(1).map(|m| text::clean_title(m.as_str()));
        }
        after = &after[c.get(0).map_or(0, |m| m.end())..];
    }
    // 《…》 after the title names the journal or newspaper, as italics do.
    head.after = after
        .replace('《', &ITALIC_OPEN.to_string())
        .replace('》', &text::ITALIC_CLOSE.to_string());
    let (mut authors, date, editors) = author_segment(before);
    // "World Bank, World Development Indicators, “…”": the body is the
    // author.
    if let [Name::Organization(o)] = authors.as_slice()
        && let Some((body, _)) = names::body_and_database(o)
    {
        authors = vec![Name::Organization(body.to_string())];
    }
    head.date = date;
    if editors {
        head.editors = authors;
    } else {
        head.authors = authors;
    }
    head
}

/// The hand-written rules' reading of a note (identifiers already cut out).
pub(super) fn parse_rules(md: &str, mut work: Work, mut cues: kind::Cues) -> ParsedNote {
    let md = md.to_string();
    let quoted = find_quoted(&md).filter(|q| authorish(&md[..q.start]));
    let mut gost = false;
    let details_text: String = if let Some(q) = quoted {
        let head = quoted_head(&md, q);
        work.title = head.title;
        work.title_translated = head.translation;
        work.authors = head.authors;
        work.editors = head.editors;
        work.date = head.date;
        head.after
    } else if let Some(split) = md.find(" // ").or_else(|| md.find("//")) {
        gost = true;
        let (left, right) = (&md[..split], md[split..].trim_start_matches([' ', '/']));
        gost_left(left, &mut work);
        match GOST_CONTAINER_END.find(right) {
            Some(m) => {
                let container =
                    text::trim_keeping_abbreviation(&plain(&right[..m.start() + 1])).to_string();
                work.container = Some(container).filter(|c| !c.is_empty());
                right[m.start()..].to_string()
            }
            None => right.to_string(),
        }
    } else {
        unquoted_head(&md, &mut work, &mut cues)
    };

    let context = details::Context {
        title_italic: cues.title_italic,
        has_url: work.url.is_some(),
        year: work.date.filter(|d| d.month.is_none()).map(|d| d.year),
    };
    let d = details::parse_details(&details_text, context);
    cues.in_collection = d.in_collection;
    cues.container_italic = d.container_italic;
    work.container = work.container.take().or(d.container);
    if work.editors.is_empty() {
        work.editors = d.editors;
    }
    work.date = match (work.date, d.date) {
        // A day and month in the details complete an author-date year.
        (Some(y), Some(full)) if y.month.is_none() && full.year == y.year => Some(full),
        (date, details) => date.or(details),
    };
    work.undated = work.date.is_none() && d.undated;
    work.volume = d.volume;
    work.number = d.number;
    work.pages = d.pages;
    work.pagetotal = d.pagetotal;
    work.publisher = d.publisher;
    work.location = d.location;
    work.edition = d.edition;
    work.thesis = d.thesis;
    let pinpoint = d.pinpoint;
    // "Объединённая нация. Феномен Беларуси. М.: Европа": a plain segment
    // between an unquoted title and the publisher continues the title.
    if quoted.is_none()
        && !cues.title_italic
        && !d.container_italic
        && !gost
        && work.publisher.is_some()
        && work.volume.is_none()
        && work.number.is_none()
        && let (Some(title), Some(more)) = (work.title.as_mut(), work.container.take())
    {
        title.push_str(". ");
        title.push_str(&more);
    }

    let leftover_words = d.leftover.split_whitespace().count();
    finish(work, cues, pinpoint, leftover_words, quoted.is_some())
}

/// Whether the text before a quoted span reads as authors (and perhaps a
/// year), so that the quote is the work's title and not a phrase inside it.
pub(super) fn authorish(before: &str) -> bool {
    if quote_inside_gost_record(before) {
        return false;
    }
    // "A. Romano, Il «Piano Marshall» e …": an article right before the
    // quote opens the title; the quoted words are inside it.
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    if before.ends_with(' ') && super::vocabulary::is_title_article(last) {
        return false;
    }
    // "Ryhor Astapenia, Belarus’s Social Contract after the “Parasite
    // Tax” (Warsaw: …)": a word in small letters right before the quote,
    // after a comma and a capitalised word (names end at a comma, a colon
    // or a stop), is the title's. ("MarineTraffic, vessel record “…”"
    // names the kind of item; "Интервью … агентству «…»" has no names.)
    let title_opening = before
        .rsplit_once(", ")
        .is_some_and(|(_, segment)| segment.starts_with(char::is_uppercase));
    if title_opening
        && before.ends_with(' ')
        && last.chars().count() >= 2
        && last.chars().all(char::is_lowercase)
        && !super::names::is_particle(last)
    {
        return false;
    }
    let seg = APA_YEAR.replace_all(before, " ");
    let seg = TRAILING_YEAR.replace(&seg, "");
    let seg = text::trim_keeping_abbreviation(plain(&seg).trim()).to_string();
    if seg.is_empty() {
        return true;
    }
    if seg.contains(ITALIC_OPEN) {
        return false;
    }
    // "Nelly Bekus, Struggle over Identity: The Official and the Alternative
    // "…"": a title and its subtitle before a quoted word are no authors.
    if seg
        .split_once(": ")
        .is_some_and(|(_, after)| after.split_whitespace().count() >= 2)
    {
        return false;
    }
    if let Some(list) = names::scan_names(&seg)
        && trim_separators(&seg[list.end..]).is_empty()
    {
        return true;
    }
    names::is_organization(&seg)
        && text::sentence_end(&seg, 0).is_none_or(|e| e >= seg.len())
        && seg.split_whitespace().count() <= 12
}

/// "Колмогоров А. Н. Три подхода к определению понятия «количество
/// информации» // …", "… // Вісник НТУУ «КПІ»": a GOST record never quotes
/// its title, so a quote after the head's words is inside the title, and
/// one after `//` inside the container's name.
fn quote_inside_gost_record(before: &str) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{Ll}'’ʼ-]+,?\s+\p{Lu}\.\s?(?:\p{Lu}\.)?\s+")
            .expect("GOST head pattern")
    });
    if before.contains("// ") {
        return true;
    }
    HEAD.find(before).is_some_and(|head| {
        let words = &before[head.end()..];
        words
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
            // "Мʼякота О. Історія «Чорного моря»": a word run into the
            // quote with no mark between them.
            || (before.ends_with(' ')
                && words.trim_end().chars().last().is_some_and(char::is_alphabetic))
    })
}

/// Authors, a date and an editors mark from the text before a title.
fn author_segment(before: &str) -> (Vec<Name>, Option<Date>, bool) {
    let mut date = None;
    let before = plain(before);
    let seg = APA_YEAR.replace_all(&before, |c: &regex::Captures| {
        if let Some(inside) = c.get(1) {
            date = apa_date(inside.as_str());
        }
        " ".to_string()
    });
    // Harvard without parentheses: "MOLONEY, A., 2015a." before the title.
    let seg = match TRAILING_YEAR.captures(&seg) {
        Some(c) if date.is_none() => {
            date = c
                .get(1)
                .and_then(|y| y.as_str().parse().ok())
                .map(Date::year);
            seg[..c.get(0).map_or(seg.len(), |m| m.start())].to_string()
        }
        _ => seg.into_owned(),
    };
    let (names, editors) = names::parse_author_segment(&seg);
    (names, date, editors)
}

/// A family name, a given name and a patronymic, then a capital opening
/// the title.
static FULL_NAME_BEFORE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:вич|вна|ична|ич|ліч|ўна|івна)) \p{Lu}")
        .expect("full name pattern")
});

/// The authors and title on the left of a GOST `//`: "Турарбекова Р.
/// Белорусско-китайские отношения / Р. Турарбекова".
pub(super) fn gost_left(left: &str, work: &mut Work) {
    let left = plain(left);
    let (main, statement) = match left.find(" / ") {
        Some(i) => (&left[..i], Some(&left[i + 3..])),
        None => (left.as_str(), None),
    };
    // "ПЕТРЕНКО Олена, КОВАЛЬ Ігор. Title": capitals mark family names.
    let normalised = super::label::assemble::capitals_in_ordinary_case(main);
    let main = normalised.as_str();
    let mut title_start = 0;
    // "Лаврентий Берия. 1953. Стенограмма … / под ред. …": a collection
    // its editors present has no heading, and GOST's heading gives
    // initials; a name written in full opens the title.
    let edited = statement.is_some_and(|s| statement_editors(s).is_some());
    if let Some(list) = names::scan_names(main).filter(|list| {
        !(edited
            && matches!(list.names.as_slice(), [Name::Person { given, .. }] if !given.contains('.')))
    }) {
        work.authors = organisations_kept_whole(list.names);
        title_start = list.end;
    } else if let Some(m) = FULL_NAME_BEFORE_TITLE.captures(main) {
        // "Сидоренко Олег Николаевич Белорусско-российская …": CyberLeninka
        // names the author in full and sets the title after with no stop.
        work.authors = vec![Name::person(&m[1], &format!("{} {}", &m[2], &m[3]))];
        // (The match ends on the title's first letter.)
        title_start = m.get(3).map_or(0, |m| m.end());
    }
    let title = text::clean_title(
        main[title_start..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';')),
    );
    let (title, translation) = text::split_translation(&title);
    work.title = Some(title).filter(|t| !t.is_empty());
    work.title_translated = translation;
    if let Some(statement) = statement {
        let statement = trim_separators(statement);
        if let Some(editors) = statement_editors(statement) {
            work.editors = editors;
        } else {
            // "Кириленко В. П. … / В. П. Кириленко, Г. В. Алексеев": the
            // statement names the heading's author and the others.
            let listed = statement_authors(statement);
            let family = |n: &Name| match n {
                Name::Person { family, .. } => Some(family.clone()),
                _ => None,
            };
            let heading_listed = work
                .authors
                .first()
                .and_then(family)
                .is_some_and(|f| listed.iter().filter_map(family).any(|g| g == f));
            if work.authors.is_empty() || (heading_listed && listed.len() > work.authors.len()) {
                work.authors = listed;
            }
        }
    }
}

/// Authors, year and title at the start of a reference without quotes;
/// returns the text after the title.
fn unquoted_head(md: &str, work: &mut Work, cues: &mut kind::Cues) -> String {
    let mut pos = 0;
    // APA: "Authors (2020). Title." – the year bounds the authors.
    let apa = APA_YEAR.captures(md).filter(|c| {
        c.get(0)
            .is_some_and(|m| m.start() < 400 && authorish(&md[..m.start()]))
    });
    if let Some(c) = apa {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let (authors, _, editors) = author_segment(&md[..whole.start]);
        work.authors = organisations_kept_whole(authors);
        if editors {
            std::mem::swap(&mut work.authors, &mut work.editors);
        }
        work.date = c.get(1).and_then(|inside| apa_date(inside.as_str()));
        work.undated = c.get(2).is_some();
        pos = whole.end;
    } else if let Some(list) = names::scan_names(md) {
        work.authors = organisations_kept_whole(list.names);
        if list.editors {
            std::mem::swap(&mut work.authors, &mut work.editors);
        }
        pos = list.end;
        if let Some(c) = LEADING_YEAR.captures(&md[pos..]) {
            work.date = c
                .get(1)
                .and_then(|y| y.as_str().parse().ok())
                .map(Date::year);
            pos += c.get(0).map_or(0, |m| m.end());
        }
    } else if let Some((author, end)) = lead_author(md) {
        work.authors = vec![author];
        pos = end;
    }

    let rest_start = pos
        + (md[pos..].len()
            - md[pos..]
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '.' | ',' | ':' | ';')
                })
                .len());
    let rest = &md[rest_start..];
    if let Some(inner) = rest.strip_prefix(ITALIC_OPEN)
        && let Some(close) = inner.find(text::ITALIC_CLOSE)
    {
        let (title, translation) = text::split_translation(&inner[..close]);
        work.title = Some(text::clean_title(&title)).filter(|t| !t.is_empty());
        work.title_translated = translation;
        cues.title_italic = true;
        return inner[close + text::ITALIC_CLOSE.len_utf8()..].to_string();
    }
    // Where the title surely ends (a marked boundary), and where it ends
    // by punctuation, which in comma-separated styles may be too late.
    let mut hard_end = rest.len();
    for stop in [
        ITALIC_OPEN.to_string().as_str(),
        " / ",
        " In: ",
        ". In ",
        ", in *",
        ", in \u{1}",
    ] {
        if let Some(i) = rest.find(stop).filter(|&i| i > 0) {
            hard_end = hard_end.min(i);
        }
    }
    if let Some(i) = rest
        .find(", in ")
        .filter(|&i| i > 0 && rest[i + 5..].starts_with(char::is_uppercase))
    {
        hard_end = hard_end.min(i);
    }
    let mut soft_end = title_sentence_end(rest);
    if let Some(m) = TITLE_STOP.find(rest).filter(|m| m.start() > 0) {
        // Keep a period that may belong to an abbreviation ("гг.").
        let keep = usize::from(rest[m.start()..].starts_with('.'));
        soft_end = soft_end.min(m.start() + keep);
    }
    let end = if soft_end <= hard_end {
        comma_title_end(&rest[..soft_end]).unwrap_or(soft_end)
    } else {
        hard_end
    };
    let (title, translation) = text::split_translation(&rest[..end]);
    work.title = Some(text::clean_title(&title)).filter(|t| !t.is_empty());
    work.title_translated = translation;
    let mut after = &rest[end..];
    // A GOST statement of responsibility: "Title / Р. Турарбекова. Киев…".
    if let Some(statement) = after.strip_prefix(" / ") {
        let stop = text::sentence_end(statement, 0).unwrap_or(statement.len());
        let authors = statement_authors(&statement[..stop]);
        if work.authors.is_empty() && !authors.is_empty() {
            work.authors = authors;
        }
        after = &statement[stop..];
    }
    after.to_string()
}

/// Where a title ends that is followed by a sentence break. A question
/// ends it only when what follows is not more title: "What are patients
/// told? A study of physicians' reports. Journal 26: 5988".
fn title_sentence_end(rest: &str) -> usize {
    let mut from = 0;
    loop {
        let Some(end) = text::sentence_end(rest, from) else {
            return rest.len();
        };
        let question = rest[..end].ends_with(['?', '!']);
        let next = text::sentence_end(rest, end);
        let continues = question
            && next.is_some_and(|n| {
                let sentence = &rest[end..n];
                !sentence.chars().any(|c| c.is_ascii_digit()) && n < rest.len()
            });
        if !continues {
            return end;
        }
        from = end;
    }
}

/// In comma-separated references ("R. H. Bube, Photovoltaic Materials,
/// Imperial College Press, 1998.") the title ends before the container that
/// precedes the first detail: a volume, pages, issue or (after two
/// segments) a year.
fn comma_title_end(candidate: &str) -> Option<usize> {
    let mut starts = vec![0];
    starts.extend(candidate.match_indices(", ").map(|(i, _)| i + 2));
    let segment = |k: usize| candidate[starts[k]..].trim_start();
    // "Belarus: Selected Issues, IMF Country Report No. 19/10": a segment
    // holding a report number starts the details itself.
    if let Some(k) = (1..starts.len()).find(|&k| NUMBERED_SERIES.is_match(segment(k))) {
        return Some(starts[k] - 2);
    }
    let k = (1..starts.len()).find(|&k| {
        DETAIL_START.is_match(segment(k)) || (k >= 2 && YEAR_START.is_match(segment(k)))
    })?;
    let container = &candidate[starts[k - 1]..starts[k] - 2];
    let title_segments = if k >= 2 && container.chars().any(char::is_alphabetic) {
        k - 1
    } else {
        k
    };
    Some(starts[title_segments] - 2)
}

/// An author that the name grammar does not read: a lone family name before
/// a title ("Balmaceda, *Living the High Life*, 118.") or an organisation
/// ("National Statistical Committee of the Republic of Belarus, *Title*").
fn lead_author(md: &str) -> Option<(Name, usize)> {
    let title_starts = [
        ", \u{1}", ", \"", ", “", ", «", ". \u{1}", ". \"", ". “", ". «",
    ];
    // "AASHTO. Title…", "COLLECTIF. Title…": one word in capitals.
    if let Some(dot) = md.find(". ") {
        let word = &md[..dot];
        if word.chars().count() >= 2
            && word.chars().all(|c| c.is_uppercase() || c == '-')
            && word.chars().any(char::is_alphabetic)
        {
            return Some((Name::Organization(word.to_string()), dot + 1));
        }
    }
    // An organisation, then ", Title…" in plain text.
    if let Some(comma) = md.find(", ") {
        let lead = md[..comma].trim();
        let next_capital = md[comma + 2..].starts_with(char::is_uppercase);
        if next_capital
            && !lead.contains([':', '/'])
            && lead.split_whitespace().count() >= 2
            && lead.split_whitespace().count() <= 12
            && names::is_organization(lead)
            && !lead.contains(ITALIC_OPEN)
            && names::scan_names(lead).is_none_or(|l| l.end < lead.len())
        {
            return Some((Name::Organization(lead.to_string()), comma + 1));
        }
    }
    let end = title_starts.iter().filter_map(|p| md.find(p)).min()?;
    let lead = md[..end].trim();
    if lead.is_empty() || lead.contains(ITALIC_OPEN) {
        return None;
    }
    let words = lead.split_whitespace().count();
    let lone_family = words == 1
        && lead.chars().next().is_some_and(char::is_uppercase)
        && lead
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | 'ʼ'))
        && title_starts[..4].iter().any(|p| md[end..].starts_with(p));
    if lone_family {
        return Some((Name::person(lead, ""), end + 1));
    }
    (names::is_organization(lead) && words <= 12)
        .then(|| (Name::Organization(lead.to_string()), end + 1))
}

/// A list of one "person" whose name is an organisation's becomes that
/// organisation ("World Health Organization").
fn organisations_kept_whole(names: Vec<Name>) -> Vec<Name> {
    names
        .into_iter()
        .map(|n| match &n {
            Name::Person {
                family,
                given,
                prefix,
                ..
            } => {
                let direct = [given.as_str(), prefix.as_str(), family.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ");
                if names::is_organization(&direct) && direct.split_whitespace().count() > 1 {
                    Name::Organization(direct)
                } else {
                    n
                }
            }
            _ => n,
        })
        .collect()
}
