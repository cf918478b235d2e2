//! One note's text to the work it cites. Sans-IO: takes `&str`, returns data.
//!
//! The parse runs in stages, each cutting what it recognises out of the
//! working text:
//! 1. back-references ("Ibid.", "Op. cit.") end the parse at once;
//! 2. URLs, DOIs, ISBNs and access dates ([`links`]);
//! 3. the title: a quoted span (with a bracketed translation), else the
//!    title of a GOST reference (`Title // Container`), else the sentence
//!    after the authors (and an APA or Harvard year);
//! 4. the authors before the title ([`names`]);
//! 5. the details after it ([`details`]);
//! 6. language, entry type, confidence and missing fields ([`kind`]).

pub mod dates;
pub mod details;
pub mod kind;
pub mod label;
pub mod links;
pub mod names;
pub mod short;
pub mod special;
pub mod split;
pub mod text;
mod vocabulary;

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Date, Entry, Name, container_field};
use crate::lang::{self, Language};
pub use short::BackReference;
use text::{ITALIC_OPEN, collapse_spaces, find_quoted, markdown, plain, trim_separators};

/// The bibliographic content of a note.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Work {
    pub entry_type: &'static str,
    pub authors: Vec<Name>,
    pub editors: Vec<Name>,
    pub title: Option<String>,
    /// An English translation of the title, given in square brackets.
    pub title_translated: Option<String>,
    /// Journal, newspaper, website, series or book the work appeared in.
    pub container: Option<String>,
    pub date: Option<Date>,
    /// The note says explicitly that the work is undated ("n.d.").
    pub undated: bool,
    pub urldate: Option<Date>,
    pub volume: Option<String>,
    pub number: Option<String>,
    pub pages: Option<String>,
    pub pagetotal: Option<String>,
    pub publisher: Option<String>,
    pub location: Option<String>,
    pub institution: Option<String>,
    pub edition: Option<String>,
    pub thesis: Option<String>,
    pub url: Option<String>,
    pub doi: Option<String>,
    pub isbn: Option<String>,
    pub language: Option<Language>,
    pub newspaper: bool,
    /// BibLaTeX `entrysubtype` other than a newspaper's (`post`, `video`).
    pub subtype: Option<&'static str>,
    /// When an archived copy was made ("archived 3 November 2020").
    pub archivedate: Option<Date>,
    /// An arXiv identifier.
    pub eprint: Option<String>,
}

/// A parsed note: the work it cites or the note it points back at.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedNote {
    pub work: Work,
    pub back_reference: Option<BackReference>,
    /// The page the note cites, when it is not the work's own extent.
    pub pinpoint: Option<String>,
    pub confidence: f32,
    /// Fields a work of this type should have that the note did not give.
    pub missing: Vec<&'static str>,
}

/// An author-date year: "(2020)", "(2020a)", "(2023, March 27)", "(n.d.)".
static APA_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*((?:1[5-9]|20)\d\d[a-z]?(?:,\s*[^)]{1,30})?)\s*\)|\(\s*(n\.\s?d\.|no date|б\.\s?г\.)\s*\)")
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

/// Which parser reads a note's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Parser {
    /// The hand-written rules.
    Rules,
    /// The trained field labeller, its spans read by the exact parsers.
    Labeller,
    /// The labeller, except where the rules are exact: a quoted title after
    /// the authors is taken as the rules read it.
    #[default]
    Hybrid,
}

/// Parses one note.
pub fn parse_note(note: &str) -> ParsedNote {
    parse_note_with(note, Parser::default())
}

/// Parses one note with the given parser.
pub fn parse_note_with(note: &str, parser: Parser) -> ParsedNote {
    parse_traced(note, parser, false).0
}

/// How a note was read, for `--explain`: the labelled spans of the text the
/// labeller saw, and which exact rules decided what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Trace {
    /// (field, text) in note order; empty when the rules read the note.
    pub spans: Vec<(label::Label, String)>,
    /// The note is a back-reference (ibid, op. cit., a cross-reference).
    pub back_reference: bool,
    /// The title and authors came from the rules (a quoted title).
    pub rules_title: bool,
    /// Which parser read the fields.
    pub parser: Option<Parser>,
}

/// Parses one note and says how (see [`Trace`]).
pub fn parse_explained(note: &str, parser: Parser) -> (ParsedNote, Trace) {
    parse_traced(note, parser, true)
}

fn parse_traced(note: &str, parser: Parser, trace: bool) -> (ParsedNote, Trace) {
    let (mut parsed, how) = parse_fields(note, parser, trace);
    if parsed.back_reference.is_none()
        && let Some(kind) = special::detect(note, parsed.work.url.as_deref())
    {
        // The note names its kind exactly (a law, a court case, a standard,
        // a post): that outranks what the layout suggests.
        parsed.work.entry_type = kind.entry_type;
        parsed.work.subtype = kind.subtype;
        parsed.work.newspaper = false;
        special::refine(kind, note, &mut parsed.work);
        parsed.missing = kind::missing_fields(&parsed.work, kind.entry_type);
    }
    (parsed, how)
}

fn parse_fields(note: &str, parser: Parser, trace: bool) -> (ParsedNote, Trace) {
    let mut how = Trace::default();
    let text = collapse_spaces(note);
    if let Some(back) = short::detect(&text) {
        let pinpoint = back.pinpoint().map(str::to_string);
        how.back_reference = true;
        let parsed = ParsedNote {
            work: Work {
                entry_type: "misc",
                ..Work::default()
            },
            back_reference: Some(back),
            pinpoint,
            confidence: 1.0,
            missing: Vec::new(),
        };
        return (parsed, how);
    }

    let (rest, ids) = links::extract(&text);
    let md = markdown(&tidy_commas(&text::cjk_punctuation(&rest)));
    let cues = kind::Cues {
        online_label: ids.online_label,
        ..kind::Cues::default()
    };
    if parser == Parser::Rules || !label::available() {
        how.parser = Some(Parser::Rules);
        let work = with_identifiers(Work::default(), &ids);
        return (parse_rules(&md, work, cues), how);
    }
    let tokens = label::label(&md);
    if trace {
        how.spans = label::spans(&tokens)
            .into_iter()
            .map(|(l, r)| (l, text::plain(&md[r])))
            .collect();
    }
    let mut labelled = label::assemble::assemble(&md, &tokens);
    how.parser = Some(parser);
    if parser == Parser::Hybrid {
        exact_heads(&md, &mut labelled, &mut how);
    }
    (finish_labelled(labelled, &ids), how)
}

/// The work with the identifiers the exact rules cut out of the note.
fn with_identifiers(mut work: Work, ids: &links::Identifiers) -> Work {
    work.url.clone_from(&ids.url);
    work.doi.clone_from(&ids.doi);
    work.isbn.clone_from(&ids.isbn);
    work.urldate = ids.urldate;
    work.archivedate = ids.archivedate;
    work.eprint.clone_from(&ids.eprint);
    work
}

/// Where the rules are exact, their reading of the authors and title
/// replaces the labeller's: a quoted title after the authors (the quote
/// bounds the title), and the left side of a GOST reference ("Фамилия И. О.
/// Заглавие // …", where names and title differ in form).
fn exact_heads(md: &str, labelled: &mut label::assemble::Assembled, how: &mut Trace) {
    let mut take = |title: Option<String>,
                    translation: Option<String>,
                    authors: Vec<Name>,
                    editors: Vec<Name>,
                    quoted: bool| {
        if title.is_none() || title == labelled.work.title {
            return;
        }
        labelled.work.title = title;
        labelled.work.title_translated = translation;
        labelled.quoted |= quoted;
        how.rules_title = true;
        if !authors.is_empty() || !editors.is_empty() {
            labelled.work.authors = authors;
            labelled.work.editors = editors;
        }
    };
    if let Some(q) = find_quoted(md).filter(|q| authorish(&md[..q.start])) {
        let head = quoted_head(md, q);
        take(
            head.title,
            head.translation,
            head.authors,
            head.editors,
            true,
        );
    } else if let Some(split) = md.find(" // ") {
        let mut head = Work::default();
        gost_left(&md[..split], &mut head);
        take(
            head.title,
            head.title_translated,
            head.authors,
            head.editors,
            false,
        );
    }
}

/// The last stage for the labeller's reading, with the identifiers the
/// exact rules found.
fn finish_labelled(a: label::assemble::Assembled, ids: &links::Identifiers) -> ParsedNote {
    let work = with_identifiers(a.work, ids);
    let cues = kind::Cues {
        online_label: ids.online_label,
        ..a.cues
    };
    let mut parsed = finish(work, cues, a.pinpoint, a.note_words, a.quoted);
    if let Some(code) = a.type_code {
        parsed.work.entry_type = code;
        parsed.work.newspaper = kind::is_newspaper(&parsed.work, code);
    }
    parsed
}

/// Language, entry type, type-specific field moves, confidence and missing
/// fields: the last stage of every parser.
fn finish(
    mut work: Work,
    cues: kind::Cues,
    mut pinpoint: Option<String>,
    leftover_words: usize,
    quoted: bool,
) -> ParsedNote {
    work.language = work
        .title
        .as_deref()
        .and_then(lang::detect)
        .or_else(|| work.container.as_deref().and_then(lang::detect));
    work.entry_type = kind::infer(&work, cues);
    if matches!(work.entry_type, "book" | "report" | "thesis")
        && work.pages.as_deref().is_some_and(|p| !p.contains("--"))
    {
        // A single page in a note on a book or report is the page cited.
        pinpoint = pinpoint.or(work.pages.take());
    }
    if matches!(work.entry_type, "report" | "thesis") {
        work.institution = work.publisher.take();
    }
    if work.entry_type == "report" && work.number.is_none() {
        // A report series counts its papers by number, not by volume.
        work.number = work.volume.take();
    }
    work.newspaper = kind::is_newspaper(&work, work.entry_type);
    let confidence = kind::confidence(&work, work.entry_type, leftover_words, quoted);
    let missing = kind::missing_fields(&work, work.entry_type);
    ParsedNote {
        work,
        back_reference: None,
        pinpoint,
        confidence,
        missing,
    }
}

/// What precedes and what is in a quoted title: the authors (and an
/// author-date year), the title and its translation, and the text after it.
struct QuotedHead {
    title: Option<String>,
    translation: Option<String>,
    authors: Vec<Name>,
    editors: Vec<Name>,
    date: Option<Date>,
    after: String,
}

fn quoted_head(md: &str, q: text::Quoted) -> QuotedHead {
    let before = &md[..q.start];
    let (title, translation) = text::split_translation(&md[q.inner_start..q.inner_end]);
    let mut head = QuotedHead {
        title: Some(text::clean_title(&title)).filter(|t| !t.is_empty()),
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
    let (authors, date, editors) = author_segment(before);
    head.date = date;
    if editors {
        head.editors = authors;
    } else {
        head.authors = authors;
    }
    head
}

/// The hand-written rules' reading of a note (identifiers already cut out).
fn parse_rules(md: &str, mut work: Work, mut cues: kind::Cues) -> ParsedNote {
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

static COMMA_BEFORE_LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*,[\s,]*(\p{L})").expect("comma pattern"));
static BROKEN_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})- (\p{L})(\p{L}*)").expect("hyphen pattern"));

/// "Cohen,A.J." and "Surcel HM,, Ilonen J" to "Cohen, A.J." and "Surcel HM,
/// Ilonen J", so that names split where their authors meant them to; words
/// broken at a line end ("Martin- Facklam", "Mur- phy") are joined again.
fn tidy_commas(text: &str) -> String {
    let text = COMMA_BEFORE_LETTER.replace_all(text, ", $1");
    BROKEN_WORD
        .replace_all(&text, |c: &regex::Captures| {
            let next = &c[2];
            let rest = &c[3];
            let word = format!("{next}{rest}");
            if matches!(word.as_str(), "and" | "or" | "und" | "и" | "или" | "to") {
                c[0].to_string()
            } else if next.chars().all(char::is_uppercase) {
                format!("{}-{word}", &c[1])
            } else {
                format!("{}{word}", &c[1])
            }
        })
        .into_owned()
}

/// Whether the text before a quoted span reads as authors (and perhaps a
/// year), so that the quote is the work's title and not a phrase inside it.
fn authorish(before: &str) -> bool {
    let seg = APA_YEAR.replace_all(before, " ");
    let seg = TRAILING_YEAR.replace(&seg, "");
    let seg = text::trim_keeping_abbreviation(plain(&seg).trim()).to_string();
    if seg.is_empty() {
        return true;
    }
    if seg.contains(ITALIC_OPEN) {
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

/// The authors and title on the left of a GOST `//`: "Турарбекова Р.
/// Белорусско-китайские отношения / Р. Турарбекова".
fn gost_left(left: &str, work: &mut Work) {
    let left = plain(left);
    let (main, statement) = match left.find(" / ") {
        Some(i) => (&left[..i], Some(&left[i + 3..])),
        None => (left.as_str(), None),
    };
    let mut title_start = 0;
    if let Some(list) = names::scan_names(main) {
        work.authors = organisations_kept_whole(list.names);
        title_start = list.end;
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
        if let Some(rest) = statement
            .strip_prefix("под ред.")
            .or_else(|| statement.strip_prefix("под редакцией"))
        {
            if let Some(list) = names::scan_names(rest.trim()) {
                work.editors = list.names;
            }
        } else if work.authors.is_empty() {
            work.authors = statement_authors(statement);
        }
    }
}

/// The authors in a GOST statement of responsibility ("/ Р. Турарбекова,
/// М. Данилович", "/ Национальный статистический комитет").
fn statement_authors(statement: &str) -> Vec<Name> {
    let statement = trim_separators(statement);
    match names::scan_names(statement) {
        Some(list) if !names::is_organization(statement) || list.names.len() > 1 => list.names,
        _ if names::is_organization(statement) => {
            vec![Name::Organization(statement.to_string())]
        }
        _ => Vec::new(),
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
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
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

impl Work {
    /// The BibLaTeX entry for this work under `key`, in refman's field
    /// conventions (see [`crate::entry`]).
    pub fn to_entry(&self, key: &str) -> Entry {
        let mut e = Entry::new(key, self.entry_type);
        if !self.authors.is_empty() {
            e.set_names("author", &self.authors);
        }
        if !self.editors.is_empty() {
            e.set_names("editor", &self.editors);
        }
        if let Some(t) = &self.title {
            e.set_text("title", t);
        }
        if let Some(t) = &self.title_translated {
            e.set_text("titleaddon", &format!("[{t}]"));
        }
        if let Some(c) = &self.container {
            e.set_text(container_field(self.entry_type), c);
        }
        if self.newspaper {
            e.set_text("entrysubtype", "newspaper");
        } else if let Some(subtype) = self.subtype {
            e.set_text("entrysubtype", subtype);
        }
        if let Some(d) = self.date {
            e.set_text("date", &d.to_string());
        }
        let plain_fields = [
            ("volume", &self.volume),
            ("number", &self.number),
            ("pages", &self.pages),
            ("pagetotal", &self.pagetotal),
            ("publisher", &self.publisher),
            ("location", &self.location),
            ("institution", &self.institution),
            ("edition", &self.edition),
            ("doi", &self.doi),
            ("isbn", &self.isbn),
            ("url", &self.url),
        ];
        for (name, value) in plain_fields {
            if let Some(v) = value {
                e.set_text(name, v);
            }
        }
        if self.entry_type == "thesis"
            && let Some(t) = &self.thesis
        {
            e.set_text("type", t);
        }
        if let Some(d) = self.urldate {
            e.set_text("urldate", &d.to_string());
        }
        if let Some(d) = self.archivedate {
            e.set_text("archivedate", &d.to_string());
        }
        if let Some(id) = &self.eprint {
            e.set_text("eprint", id);
            e.set_text("eprinttype", "arxiv");
        }
        if let Some(l) = self.language {
            e.set_text("langid", l.langid());
        }
        e
    }
}

#[cfg(test)]
mod tests;
