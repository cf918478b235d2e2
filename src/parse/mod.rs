//! One note's text to the work it cites. Sans-IO: takes `&str`, returns data.
//!
//! One citation (a note is cut into citations by [`split`]) is read in
//! stages:
//! 1. back-references ("Ibid.", "(n 3)", "Op. cit.") end the parse at once
//!    ([`short`]);
//! 2. archival references ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 34.") are
//!    read whole ([`archival`]); URLs, DOIs, ISBNs, access and archive
//!    dates, arXiv ids are cut out ([`links`]);
//! 3. the field labeller labels every token and each span is read by the
//!    parser of its field ([`label`]); where the rules are exact (a quoted
//!    title after the authors, the left side of a GOST `//`) their reading
//!    of authors and title is taken (`rules`); `Parser::Rules` reads the
//!    whole note by the rules instead;
//! 4. language, entry type, confidence and missing fields ([`kind`]), and
//!    the kinds a note names exactly ([`special`]) and their fields
//!    ([`designations`]).

mod abbreviations;
mod after_quote;
mod annual_titles;
mod archival;
mod author_date;
mod body_documents;
mod chinese;
mod chinese_wiki;
mod cjk;
mod commentary;
mod completeness;
mod container_words;
pub mod dates;
mod descriptions;
mod designations;
pub mod details;
mod editions;
mod films_and_maps;
mod finish;
mod forms;
pub(crate) mod gazetteer;
mod gbt;
mod gost_heads;
mod gost_titles;
mod heads;
mod joined;
pub mod kind;
pub mod label;
mod letters;
mod line_breaks;
pub mod links;
mod meetings;
pub mod names;
mod pasted;
mod posts;
mod presentations;
mod proceedings;
mod pubstate;
mod reference_entries;
mod rereading;
mod reviews;
mod rewrites;
mod rules;
mod series;
pub mod short;
pub mod special;
pub mod split;
mod statement;
mod style_heads;
pub mod text;
mod translation;
mod vocabulary;
mod wiki_marks;
mod work;

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use finish::{finish, finish_labelled, retype, with_identifiers};
use heads::exact_heads;
use rules::parse_rules;
pub use short::BackReference;
use text::{collapse_spaces, markdown};
pub use work::Work;

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
    /// The note names its author by "Ders.", "Idem", "Он же": the author
    /// of the work cited just before.
    pub same_author: bool,
    /// Those names edited this work ("Ders. (Hrsg.):", "———, ed.").
    pub same_author_edits: bool,
}

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

/// "Ders.", "Dies.", "Idem", "Eadem", "Он же", "Він же", "du même auteur":
/// the author of the work cited just before, then a new work.
static SAME_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:ders|dies|dens|derselbe|dieselbe|idem|eadem|iidem|eaedem|id|ead|он\s+же|она\s+же|они\s+же|його\s+ж|він\s+же|вона\s+ж|ён\s+жа|яна\s+ж|tenże|taż|tentýž|tatáž|tenže|tas\s+pats|uő",
        r"|(?:(?:et|and|e|und),?\s+)?(?:du\s+même\s+auteur|dello\s+stess[oa](?:\s+autor[ea])?|by\s+the\s+same\s+author|vom\s+selben\s+autor))",
        r"(?:\.\s*[,:]?|,)\s+"
    ))
        .expect("same author pattern")
});

/// "[7] J. M. Maldacena, …", "[1]王磊": the number a numbered reference
/// list gives a work is no part of it (a legal year in brackets, `[2014]
/// UKSC 12`, has four digits and stays).
fn without_citation_number(note: &str) -> &str {
    let Some(inner) = note.strip_prefix('[') else {
        return note;
    };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = inner[digits..].strip_prefix(']') else {
        return note;
    };
    let body = rest.trim_start();
    // CNKI's exports set the number against a Chinese reference:
    // "[1]王磊,李洋.题名[J]."
    let spaced = body.len() < rest.len() || body.starts_with(label::tokens::is_cjk);
    let letter = body.chars().next().is_some_and(char::is_alphabetic);
    if (1..=3).contains(&digits) && spaced && letter {
        body
    } else {
        note
    }
}

/// "———. 1985. Title", "– (1993): Title", "——, 1984:": a reference list's
/// dash for the authors of the entry before it. Returns where the rest of
/// the note starts. A lone hyphen or underscore is a list's bullet, and a
/// dash before words is a quotation's attribution, not a stand-in.
fn dashed_author(note: &str) -> Option<usize> {
    let dashes = note
        .chars()
        .take_while(|c| matches!(c, '—' | '–' | '―' | '-' | '_'))
        .map(char::len_utf8)
        .sum::<usize>();
    let run = &note[..dashes];
    if run.is_empty() || (run.chars().count() < 2 && run.chars().all(|c| matches!(c, '-' | '_'))) {
        return None;
    }
    let after = &note[dashes..];
    let spaced = after.trim_start();
    let (marked, rest) = match spaced.strip_prefix(['.', ',', ':']) {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let start = rest.trim_start();
    if start.len() == rest.len() {
        return None;
    }
    // "——— (1990).", "– 1985:": a year; "———. *Title*.": a mark, then
    // anything.
    let year = start
        .trim_start_matches('(')
        .starts_with(|c: char| c.is_ascii_digit());
    (year || marked).then(|| note.len() - start.len())
}

/// The names [`parse_traced`] puts in for a same-author word or dash, as
/// written before the rest of the note (Cyrillic notes get the second),
/// and the family name and first initial or given name they read as.
const STAND_INS: [(&str, &str, &str); 2] = [
    ("John Smith, ", "Smith", "John"),
    ("Иванов И. И. ", "Иванов", "И."),
];

fn is_stand_in(name: &crate::entry::Name) -> bool {
    // A given name matches whole, an initial as the first of those read.
    let given_matches =
        |given: &str, g: &str| given == g || (g.ends_with('.') && given.starts_with(g));
    matches!(name, crate::entry::Name::Person { family, given, .. }
        if STAND_INS.iter().any(|(_, f, g)| family == f && given_matches(given, g)))
}

fn parse_traced(note: &str, parser: Parser, trace: bool) -> (ParsedNote, Trace) {
    let note = without_citation_number(note);
    let lead = SAME_AUTHOR
        .find(note)
        .map(|m| m.end())
        .or_else(|| dashed_author(note))
        .filter(|&end| short::detect(note).is_none() && split::is_citation(&note[end..]));
    // The labeller reads the rest as a note with an author (what it was
    // trained on); the stand-in's name is then dropped.
    let stand_in = |rest: &str| {
        let cyrillic = rest.chars().any(crate::letters::is_cyrillic);
        let (name, _, _) = STAND_INS[usize::from(cyrillic)];
        format!("{name}{rest}")
    };
    let owned = lead.map(|end| stand_in(&note[end..]));
    let note = owned.as_deref().unwrap_or(note);
    let (mut parsed, mut how) = parse_whole(note, parser, trace);
    if lead.is_some() {
        parsed.same_author = true;
        parsed.work.authors.clear();
        // "Ders. (Hrsg.):", "———, ed.": the stand-in read as the editors;
        // the names before edited this work, and the stand-in is no one.
        let before = parsed.work.editors.len();
        parsed.work.editors.retain(|n| !is_stand_in(n));
        parsed.same_author_edits = parsed.work.editors.len() < before;
        // "Id., Cavour, Bologna, Il Mulino, 1999": a title of one word
        // after the stand-in, read as the first of two places.
        let work = &mut parsed.work;
        if work.title.is_none()
            && let Some((title, place)) = work.location.as_deref().and_then(|l| l.split_once(", "))
        {
            let (title, place) = (title.to_string(), place.to_string());
            work.title = Some(title);
            work.location = Some(place);
            parsed.missing.retain(|f| *f != "title");
        }
        if let Some(first) = how.spans.first_mut()
            && first.0 == label::Label::Author
        {
            first.1 = "(the author cited before)".to_string();
        }
    }
    if parsed.back_reference.is_none()
        && let Some(kind) = special::detect(note, parsed.work.url.as_deref())
            .or_else(|| special::foreign_press_release(note))
    {
        // The note names its kind exactly (a law, a court case, a standard,
        // a post): that outranks what the layout suggests.
        parsed.work.entry_type = kind.entry_type;
        parsed.work.subtype = kind.subtype;
        parsed.work.newspaper = false;
        designations::refine(kind, note, &mut parsed.work);
        if kind.entry_type == "jurisdiction" && parsed.pinpoint.is_none() {
            parsed.pinpoint = designations::cited_place::of_case(note, &mut parsed.work);
        }
        parsed.missing = kind::missing_fields(&parsed.work, kind.entry_type);
    }
    if parsed.back_reference.is_none() {
        meetings::presented_at(note, &mut parsed.work);
        translation::apply(note, &mut parsed.work);
    }
    (parsed, how)
}

/// A note read whole by the shape of its parts before anything reshapes
/// it (once per note, not at every rewriting of [`parse_fields`]), else by
/// its fields.
fn parse_whole(note: &str, parser: Parser, trace: bool) -> (ParsedNote, Trace) {
    // "TNA, FO 371/56832, Roberts to Bevin, 17 March 1946.": a file of an
    // archive.
    if let Some(parsed) = archival::read_latin(note) {
        return (parsed, Trace::default());
    }
    // "Kennan to Marshall, 6 March 1948, in Foreign Relations …": a letter
    // in the collection that prints it.
    if let Some((head, day, collection)) = letters::split(note) {
        let (printed, how) = match editions::read(collection) {
            Some(edition) => (edition, Trace::default()),
            None => parse_fields(collection, parser, trace),
        };
        return (
            letters::in_collection(head, Some(day.date), collection, printed),
            how,
        );
    }
    // "Запись беседы …, 12 марта 1945 г. // Сборник документов. …": a
    // document by its heading in the collection printing it (one kept in
    // an archive, "… // РГАНИ. Ф. 3. Оп. 10. …", is read as a file of it).
    if let Some((head, day, collection)) = editions::gost_document(note)
        && !archival::is_archival(note)
    {
        let (printed, how) = parse_fields(collection, parser, trace);
        return (letters::in_collection(head, day, collection, printed), how);
    }
    // "AAPD 1963, Bd. I, Dok. 45", "Telegram …, FRUS, 1952–1954, vol.
    // VIII, …": an edition of state papers, or a document in one.
    if let Some(parsed) = editions::read(note) {
        return (parsed, Trace::default());
    }
    // "HC Deb 12 March 2003, vol 401, col 150.", "BT-Drs. 19/1234": a
    // record of a house of parliament.
    if let Some(parsed) = proceedings::read(note) {
        return (parsed, Trace::default());
    }
    parse_fields(note, parser, trace)
}

fn parse_fields(note: &str, parser: Parser, trace: bool) -> (ParsedNote, Trace) {
    // A form read apart, the rest read again.
    if let Some(read) = rereading::reread(note, parser, trace) {
        return read;
    }
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
            same_author: false,
            same_author_edits: false,
        };
        return (parsed, how);
    }

    if let Some(cite) = short::author_year(&text) {
        // "Giddens 1988, S. 77": the authors and year of a work described
        // elsewhere; the import matches it with an earlier note's work.
        let work = Work {
            authors: cite.names,
            date: Some(Date::year(cite.year)),
            ..Work::default()
        };
        let parsed = finish(work, kind::Cues::default(), cite.pinpoint, 0, false);
        return (parsed, how);
    }
    if let Some(cite) = short::quoted_short_title(&text) {
        // "Onuch and Sasse, \"Maidan in Movement,\" 570.": the import
        // matches it with the earlier note's work.
        let work = Work {
            authors: cite.names,
            title: Some(cite.title),
            ..Work::default()
        };
        let parsed = finish(work, kind::Cues::default(), cite.pinpoint, 0, true);
        return (parsed, how);
    }
    if let Some(parsed) = archival::read(&text) {
        return (parsed, how);
    }
    let (rest, ids) = links::extract(&text);
    let latin = cjk::latin_punctuation(&rest);
    // The full-width marks read as Latin ones: titles get theirs back.
    let full_width = matches!(latin, Cow::Owned(_));
    let md = markdown(&tidy_commas(&latin));
    let cues = kind::Cues {
        online_label: ids.online_label,
        ..kind::Cues::default()
    };
    if let Some(cited) = chinese::read(&md).or_else(|| chinese_wiki::read(&md)) {
        how.parser = Some(Parser::Rules);
        let newspaper = cited.work.newspaper;
        let work = with_identifiers(cited.work, &ids);
        let mut parsed = finish(work, cues, cited.pinpoint, 0, true);
        retype(&mut parsed, cited.entry_type);
        if full_width {
            cjk::restore_marks(&mut parsed.work, &rest);
        }
        // A paper the form names by its date ("2018年6月24日，第1版").
        parsed.work.newspaper |= newspaper;
        return (parsed, how);
    }
    // "… за 2022 год / Министерство …. – Минск, 2023. – 48 с.": a GOST
    // description under its title, whose imprint names no publisher.
    if let Some(work) = gost_titles::read(&md) {
        how.parser = Some(Parser::Rules);
        let work = with_identifiers(work, &ids);
        return (finish(work, cues, None, 0, false), how);
    }
    // "Lukoil, Annual Report 2021, 12, https://…": a body's document on
    // the web with the page cited.
    if ids.url.is_some()
        && let Some((work, page)) = body_documents::read(&md)
    {
        how.parser = Some(Parser::Rules);
        let work = with_identifiers(work, &ids);
        return (finish(work, cues, Some(page), 0, false), how);
    }
    if parser == Parser::Rules || !label::available() {
        how.parser = Some(Parser::Rules);
        let work = with_identifiers(Work::default(), &ids);
        let mut parsed = parse_rules(&md, work, cues);
        if full_width {
            cjk::restore_marks(&mut parsed.work, &rest);
        }
        return (parsed, how);
    }
    let tokens = label::label(&md);
    if trace {
        how.spans = label::spans(&tokens)
            .into_iter()
            .map(|(l, r)| (l, text::plain(&md[r])))
            .collect();
    }
    let linked = ids.url.is_some() || ids.doi.is_some() || ids.online_label;
    let mut labelled = label::assemble::assemble(&md, &tokens, linked);
    how.parser = Some(parser);
    if parser == Parser::Hybrid {
        exact_heads(&md, &mut labelled, &mut how);
    }
    // Last, as the exact heads may have set the title.
    label::tidy_ends(&md, &mut labelled.work);
    let mut parsed = finish_labelled(labelled, &ids);
    if full_width {
        cjk::restore_marks(&mut parsed.work, &rest);
    }
    (parsed, how)
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

#[cfg(test)]
mod tests;
