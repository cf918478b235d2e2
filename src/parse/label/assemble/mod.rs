//! Labelled spans to a [`Work`]: each span is read by the parser that knows
//! its field (names, dates, page ranges, volume and issue notations), and
//! the spans' typography (quotes, italics, "In") becomes the cues that the
//! entry type is inferred from.

use std::sync::LazyLock;

use regex::Regex;

use super::{Label, Labelled, corrections, spans};
use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::find_dates;
use crate::parse::details::page_range;
use crate::parse::kind::Cues;
use crate::parse::text::{ITALIC_OPEN, clean_title, plain, split_translation};
use crate::parse::vocabulary::SLAVIC_REPORT_WORDS;

mod dates;
mod fields;
mod heads;
mod italics;
mod left_as_note;
mod locators;
mod names_runs;

use fields::{
    FIRST_NUMBER, cjk_names, editor_names, is_cjk_names, issue_only, page_text, strip_in,
    strip_quotes, trim_field, volume,
};
pub(crate) use fields::{GBT_CODES, capitals_in_ordinary_case, is_gbt_code, type_of_code};
use italics::{bracketed_series, italic_after_title, italic_title_then_publisher};

/// What the labelled note gave, and how sure the labelling reads.
#[derive(Debug, Default)]
pub struct Assembled {
    pub work: Work,
    pub cues: Cues,
    /// The title was quoted.
    pub quoted: bool,
    /// Words labelled as notes or commentary.
    pub note_words: usize,
    /// The place cited: a second page span after the work's pages, a page
    /// after a word or inside the range of a page span (`locators.rs`), a
    /// paragraph, or what a form read whole gives (`corrections::correct`).
    pub pinpoint: Option<String>,
    /// The entry type a GB/T 7714 type code (`[J]`, `[M]`, …) gives.
    pub type_code: Option<&'static str>,
}

/// Vancouver's glued details: "2005;61(3):327-35".
static VANCOUVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:1[5-9]|20)\d\d)[^;:]{0,20};\s*(\d+)\s*(?:\(([^)]{1,10})\))?\s*:\s*(\d+(?:\s*[-–—～]\s*\d+)?)")
        .expect("vancouver pattern")
});
/// "1(8):9", "45(1):5–32": volume, issue and pages with no blank.
static VOLUME_ISSUE_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{1,4})\((\d{1,4})\):(\d+(?:[–—-]\d+)?)[.,]?\s*$")
        .expect("volume, issue and pages pattern")
});
/// A GB/T 7714 type code at the end of a title.
static TYPE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\s*\[({GBT_CODES})\]\s*\.?\s*$")).expect("type code pattern")
});
/// "2020年第2期".
static CHINESE_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第\s*(\d+)\s*期").expect("chinese issue pattern"));
/// Words and ordinals that mark an edition.
static EDITION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ed|edn|edition|eds|rev|revised|изд|издание|выд|вид|видання|aufl|auflage|éd|édition|edizione|ediz)\b|(?:^|[^/\d])\d{1,2}\s*(?:st|nd|rd|th|-?е|-?я|\.)\s|版")
        .expect("edition pattern")
});
/// APA's "(Report No. 187654-BY)" opening a span, after at most two words
/// of the title ("Fall 2023").
static APA_REPORT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:[^\s()]+\s+){0,2}?)\(((?:[\p{L}-]+\s+){0,3}?(?:Report|Paper|Brief|Note))\s+(?:No\.|no\.)\s*([\w./-]+)\)")
        .expect("APA report number pattern")
});
/// "第45—58页"; "页 25～61", NLM's Chinese page label before its range.
static CHINESE_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第\s*(\d+\s*[-–—～]\s*\d+)\s*页|页\s*(\d+\s*[-–—～]\s*\d+)")
        .expect("chinese pages pattern")
});
/// A page count: "256 с.", "312 б." (Belarusian bačyny), "xii, 310 pp.", "24 S.", GOST 7.1's "– 312 с. –"
/// between its dashes.
static PAGE_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s–—]*(?:[ivxlc]+,\s*)?(\d+)\s*(?:с|стр|б|p|pp|S|s|页)\.?[\s.,–—]*$")
        .expect("page total pattern")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)((?:1[5-9]|20)\d\d)(?:\D|$)").expect("year pattern"));
/// Builds the work from the labelled tokens of `text`; `linked`: the note
/// gave a URL, DOI or "online" label, which the text no longer holds.
pub fn assemble(text: &str, labelled: &[Labelled], linked: bool) -> Assembled {
    let mut out = Assembled::default();
    let mut container_raw = None;
    let mut trailing_italic = None;
    let mut seen = std::collections::HashSet::new();
    let mut year_of_names = None;
    let mut author_range: Option<std::ops::Range<usize>> = None;
    let mut pages_end = None;
    let mut previous = None;
    for (label, range) in dates::date_inside_title(text, spans(labelled)) {
        let raw = &text[range.clone()];
        let first = seen.insert(label);
        let before = previous.replace(label);
        if label == Label::Pages {
            pages_end = Some(range.end);
        }
        match label {
            Label::Author if first && is_cjk_names(raw) => {
                out.work.authors = cjk_names(raw);
            }
            Label::Author if first => {
                author_range = Some(range.clone());
                let head = heads::head_names(raw);
                if head.no_date {
                    out.work.undated = out.work.date.is_none();
                }
                year_of_names = head.year;
                if head.editors {
                    out.work.editors = head.names;
                } else {
                    out.work.authors = head.names;
                }
            }
            // "Mayntz, Renate, und Fritz W. | Scharpf (Hg.),": the labeller
            // may start the editors at the last name of a list that opens
            // the note; the whole list is the editors'.
            Label::Editor
                if out.work.editors.is_empty()
                    && let Some(names) = author_range
                        .clone()
                        .filter(|a| text[a.end..range.start].trim().is_empty())
                        .and_then(|a| {
                            heads::editors_run_from_authors(&text[a.start..range.end])
                        }) =>
            {
                out.work.authors.clear();
                out.work.editors = names;
            }
            Label::Editor if out.work.editors.is_empty() => {
                if raw.trim_start().to_lowercase().starts_with("in")
                    || fields::in_marker_before_initial(raw.trim_start()).is_some()
                {
                    out.cues.in_collection = true;
                }
                out.work.editors = editor_names(raw);
            }
            // "Goldthorpe, John H., with Catriona Llewellyn and Clive
            // Payne. 1987.": co-authors after "with", read as a title.
            Label::Title
                if first
                    && !out.work.authors.is_empty()
                    && let Some(names) = raw.trim_start().strip_prefix("with ")
                    && let Some(names) = heads::co_authors(names) =>
            {
                out.work.authors.extend(names);
                seen.remove(&Label::Title);
            }
            Label::Title if first => {
                let (raw, code) = match TYPE_CODE.captures(raw) {
                    Some(c) => (&raw[..c.get(0).map_or(raw.len(), |m| m.start())], c.get(1)),
                    None => (raw, None),
                };
                out.type_code = code.map(|c| type_of_code(c.as_str()));
                let raw = match italic_after_title(raw) {
                    Some((title, italic)) => {
                        trailing_italic = Some(italic);
                        title
                    }
                    None => raw,
                };
                let inner = strip_quotes(raw);
                out.quoted = inner.len() < raw.trim().len();
                out.cues.quoted_title = raw.trim_start().starts_with(['"', '“', '«', '‘', '„']);
                out.cues.title_italic = raw.contains(ITALIC_OPEN);
                let (title, translation) = split_translation(&plain(&inner));
                let mut title = clean_title(&title);
                // "Global Flow of Tertiary-Level Students, dataset,": the
                // kind the note names, read into the title.
                if let Some(head) = title.strip_suffix(", dataset") {
                    title = head.to_string();
                    out.cues.dataset_named = true;
                }
                out.work.title = Some(title).filter(|t| !t.is_empty());
                out.work.title_translated = translation;
            }
            // "…, Berlin: | Stiftung Wissenschaft und Politik, März 2023": a
            // name after a place and its colon, read as a second title, is
            // the publisher.
            Label::Title
                if !first
                    && before == Some(Label::Location)
                    && out.work.publisher.is_none()
                    && text[..range.start].trim_end().ends_with(':') =>
            {
                out.work.publisher = Some(trim_field(raw)).filter(|p| !p.is_empty());
            }
            // "London: Jackson / Walford, 1843": a second publisher after a
            // slash, which the labeller read as an author after the first.
            Label::Author
                if !first
                    && before == Some(Label::Title)
                    && let Some(second) = raw.trim_start().strip_prefix("/ ")
                    && let Some(publisher) = out.work.publisher.as_mut()
                    && text[..range.start].trim_end().ends_with(publisher.as_str()) =>
            {
                let second = trim_field(second);
                if !second.is_empty() {
                    publisher.push_str(" / ");
                    publisher.push_str(&second);
                }
            }
            // "'Chapter', in Wilson, A. (ed.) *Book*": a second title after
            // "in" and the editors is the book's.
            Label::Title if out.cues.in_collection && out.work.container.is_none() => {
                container_raw = Some(raw);
                out.cues.container_italic = raw.contains(ITALIC_OPEN);
                out.work.container =
                    Some(clean_title(&strip_quotes(&plain(raw)))).filter(|t| !t.is_empty());
            }
            // "*Title* (OSW Commentary No. 345). Centre for Eastern
            // Studies.": after a bracketed series, the name is the
            // publisher's.
            Label::Container
                if out.cues.bracketed_series
                    && out.work.container.is_some()
                    && out.work.publisher.is_none() =>
            {
                out.work.publisher = Some(trim_field(raw)).filter(|p| !p.is_empty());
            }
            Label::Container if first => {
                container_raw = Some(raw);
                out.cues.container_italic = raw.contains(ITALIC_OPEN);
                let (text, in_collection) = strip_in(&plain(raw));
                out.cues.in_collection |= in_collection;
                let mut text = strip_quotes(&text);
                if let Some((inner, series)) = bracketed_series(&text) {
                    out.cues.bracketed_series = series;
                    text = inner;
                }
                let text = clean_title(&text);
                out.work.container =
                    Some(fields::without_volume_word(&text).to_string()).filter(|t| !t.is_empty());
            }
            // "[1983] 2012.": the first edition's year in brackets, then the
            // year of the edition cited, which is the work's.
            Label::Date
                if out.work.date.is_none()
                    && raw.trim_start().starts_with('[')
                    && let Some(year) = heads::edition_year_cited(raw) =>
            {
                out.work.date = Some(Date::year(year));
            }
            Label::Date if out.work.date.is_none() => {
                let dates = find_dates(raw);
                out.work.date = dates
                    .iter()
                    .max_by_key(|d| (d.precision(), std::cmp::Reverse(d.start)))
                    .map(|d| d.date)
                    .or_else(|| {
                        YEAR.captures(raw)
                            .and_then(|c| c[1].parse().ok())
                            .map(Date::year)
                    });
                if out.work.date.is_none() {
                    out.work.undated = crate::parse::dates::find_no_date(raw).is_some();
                }
            }
            // "NBER Working Paper 19843, National Bureau …": a paper's
            // number after its series, read as a second date.
            Label::Date
                if out.work.number.is_none()
                    && out.work.container.is_some()
                    && paper_number(raw).is_some()
                    && out
                        .work
                        .container
                        .as_deref()
                        .is_some_and(crate::parse::kind::is_report_series) =>
            {
                out.work.number = paper_number(raw);
            }
            // "(2001): 1369–1401, 1375.": a page cited inside the article's
            // range, which looks like a year.
            Label::Date
                if out.pinpoint.is_none()
                    && let Some(range) = out.work.pages.as_deref()
                    && let Some(page) = dates::page_inside(range, raw) =>
            {
                out.pinpoint = Some(page);
            }
            // "Известия. 1991. 9 дек. № | 292.": the issue's mark the
            // labeller read into the date before; the number is the issue's.
            Label::Volume
                if out.work.number.is_none()
                    && text[..range.start].trim_end().ends_with('№')
                    && let Some(n) = FIRST_NUMBER.find(raw) =>
            {
                out.work.number = Some(n.as_str().to_string());
            }
            // "Demokratizatsiya. 107(3):309–330": CSE's volume, issue and
            // pages after the journal, read as one volume.
            Label::Volume
                if out.work.volume.is_none()
                    && out.work.pages.is_none()
                    && raw.contains("):")
                    && let Some(c) = VOLUME_ISSUE_PAGES.captures(raw) =>
            {
                out.work.volume = Some(c[1].to_string());
                out.work.number = Some(c[2].to_string());
                out.work.pages = Some(page_range(&c[3]));
            }
            // APA sets the volume in italics and the issue not:
            // `*Journal, 9*(3)`.
            Label::Volume if out.work.volume.is_none() => volume(&plain(raw), &mut out.work),
            // "Osteuropa 71 (2021), H. 1–2": a second volume span that names
            // the issue.
            Label::Volume if out.work.number.is_none() => {
                issue_only(&plain(raw), &mut out.work);
            }
            // "nr 355, 14.08.2020,": a whole day read as pages is the
            // work's date.
            Label::Pages
                if out.work.date.is_none()
                    && let Some(day) =
                        crate::parse::dates::alone(raw.trim_end_matches([',', ';', ' ']))
                            .filter(|d| d.precision() == 3) =>
            {
                out.work.date = Some(day.date);
            }
            Label::Pages if out.work.pages.is_some() && out.pinpoint.is_none() => {
                out.pinpoint = page_text(raw);
            }
            Label::Pages if out.work.pages.is_some() => {}
            // "OpenAI blog, 1(8):9.": ACL's volume, issue and pages in one
            // run.
            Label::Pages
                if out.work.volume.is_none()
                    && raw.contains("):")
                    && let Some(c) = VOLUME_ISSUE_PAGES.captures(raw) =>
            {
                out.work.volume = Some(c[1].to_string());
                out.work.number = Some(c[2].to_string());
                out.work.pages = Some(page_range(&c[3]));
            }
            Label::Pages => match PAGE_TOTAL.captures(raw) {
                Some(c) => out.work.pagetotal = Some(c[1].to_string()),
                None => match locators::pages_and_place_cited(raw) {
                    // "S. 53–71, hier S. 60", "17–27, 20", "para. 24": the
                    // pages, then the place cited.
                    Some(l) => {
                        out.work.pages = l.pages;
                        out.pinpoint = out.pinpoint.take().or(l.pinpoint);
                    }
                    None => out.work.pages = page_text(raw),
                },
            },
            Label::Publisher if out.work.publisher.is_none() => {
                out.work.publisher = Some(trim_field(raw)).filter(|p| !p.is_empty());
            }
            Label::Location if out.work.location.is_none() => {
                out.work.location = Some(trim_field(raw)).filter(|p| !p.is_empty());
            }
            // An edition says so ("2nd ed.", "3-е изд.", "2. Aufl."); a
            // number without such a word (a thesis's specialty code
            // "23.00.04") is not one.
            Label::Edition if out.work.edition.is_none() && EDITION_WORD.is_match(raw) => {
                out.work.edition = FIRST_NUMBER
                    .find(raw)
                    .map(|m| m.as_str().to_string())
                    .or_else(|| Some(trim_field(raw)));
            }
            Label::Genre => {
                // "survey report (Kyiv, December 2023)": a bracket after the
                // kind opens the imprint.
                let mut g = trim_field(raw.split(" (").next().unwrap_or(raw));
                // "… Bringing order to the web. Technical Report 1999-66":
                // the title's last word, before a kind that opens with a
                // capital.
                if let Some((end, kind)) = g.split_once(". ")
                    && end.starts_with(|c: char| c.is_lowercase())
                    && !end.contains(' ')
                    && kind.starts_with(|c: char| c.is_uppercase())
                    && let Some(title) = out.work.title.as_mut()
                    && title.ends_with(|c: char| c.is_alphabetic())
                {
                    title.push(' ');
                    title.push_str(end);
                    g = kind.to_string();
                }
                let lower = g.to_lowercase();
                if ["thesis", "dissertation", "diss", "дис", "phd"]
                    .iter()
                    .any(|w| lower.contains(w))
                {
                    out.work.thesis = Some(g);
                } else if out.work.container.is_none()
                    && (lower.contains("report")
                        || SLAVIC_REPORT_WORDS.iter().any(|w| lower.contains(w)))
                {
                    // "(OSW Report No. 77)": APA's bracketed series; GOST's
                    // ": доклад 23/5" after a title.
                    out.cues.bracketed_series |= raw.trim_start().starts_with('(');
                    out.work.container = Some(g);
                } else if linked && out.work.container.is_none() && names_no_genre(&g) {
                    // "\"…\", Republic, 3 March 2023, https://…": a site's
                    // name, where a genre ("Commentary") may stand.
                    out.work.container = Some(g);
                }
            }
            Label::Note
                if out.work.container.is_none()
                    && out.work.number.is_none()
                    && let Some(c) = APA_REPORT_NUMBER.captures(raw) =>
            {
                // "Fall 2023 (Report No. 187654-BY).": APA's report number
                // in brackets after the title, with the title's last words
                // before it.
                let lost = c[1].trim();
                if !lost.is_empty()
                    && let Some(title) = out.work.title.as_mut()
                {
                    title.push(' ');
                    title.push_str(lost);
                }
                out.cues.bracketed_series = true;
                out.work.container = Some(c[2].trim().to_string());
                out.work.number = Some(c[3].to_string());
            }
            // "section A, 12": a newspaper's section and page the labeller
            // left as a note (it reads "sec. A, 12" as pages).
            Label::Note
                if out.work.pages.is_none()
                    && raw.trim_start().starts_with("section ")
                    && let Some(page) = page_text(raw)
                        .filter(|p| p.starts_with(|c: char| c.is_ascii_uppercase())) =>
            {
                out.work.pages = Some(page);
            }
            Label::Note => {
                out.cues.dataset_named |= raw.trim_start().starts_with("dataset,");
                out.note_words += raw.split_whitespace().count();
                if out.work.date.is_none() {
                    corrections::date_in_words(raw, &mut out.work);
                }
            }
            _ => {}
        }
    }
    // "S. 17–32", not an initial ("S. Rock").
    out.cues.german_pages = out.cues.in_collection
        && out.work.pages.is_some()
        && text
            .match_indices(" S. ")
            .any(|(at, _)| text[at + 4..].starts_with(|c: char| c.is_ascii_digit()));
    // "pp. 321-340, in part. pp. 325-327.": the place cited after the
    // pages, left unlabelled.
    if out.pinpoint.is_none()
        && out.work.pages.is_some()
        && let Some(end) = pages_end
    {
        out.pinpoint = locators::cited_after_pages(&text[end..]);
    }
    if out.work.date.is_none()
        && let Some(year) = year_of_names
    {
        out.work.date = Some(Date::year(year));
    }
    if out.work.container.is_none()
        && let Some(italic) = trailing_italic
    {
        out.work.container = Some(clean_title(&italic)).filter(|c| !c.is_empty());
        out.cues.container_italic = true;
    }
    if out.work.title.is_none() && out.work.authors.is_empty() && out.work.editors.is_empty() {
        left_as_note::head(text, labelled, &mut out);
    } else if out.work.title.is_none() {
        left_as_note::title_after_names(text, labelled, &mut out);
    }
    left_as_note::body_head(text, labelled, &mut out);
    let had_pages = out.work.pages.is_some();
    let plain_text = plain(text);
    if let Some(cited) = corrections::correct(&plain_text, &mut out.work) {
        out.pinpoint = Some(cited);
    }
    // Pages a correction found to be something else: the page span after
    // them is the work's.
    if had_pages && out.work.pages.is_none() {
        out.work.pages = out.pinpoint.take();
    }
    if out.cues.in_collection && corrections::apa_title_cut_at_in(&plain_text, &mut out.work) {
        out.cues.in_collection = false;
        out.cues.bracketed_series = true;
    }
    italic_title_then_publisher(container_raw, linked, &mut out);
    // A book in the Bluebook's form: its title is in italics or small
    // capitals, which a pasted note loses; the page before the year is the
    // page cited.
    if let Some(book) = corrections::bluebook_book(&plain_text, &mut out.work) {
        out.pinpoint = book.pinpoint;
        out.cues.title_italic = !book.essay;
        out.cues.in_collection = book.essay;
    }
    fields::number_at_container_end(&mut out.work);
    if out.work.number.is_none()
        && let Some(c) = CHINESE_ISSUE.captures(text)
    {
        out.work.number = Some(c[1].to_string());
    }
    // "第45—58页" says it is a page range wherever the labeller put it.
    if out.work.pages.is_none()
        && let Some(range) = CHINESE_PAGES
            .captures(text)
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
    {
        out.work.pages = Some(page_range(range.as_str()));
    }
    dates::day_read_as_volume(text, &mut out.work);
    dates::complete_date(
        text,
        &labelled_ranges(labelled, &[Label::Title, Label::Container]),
        &mut out.work,
    );
    names_runs::chinese_title_in_last_name(&mut out.work);
    if names_runs::in_marker_ends_title(&mut out.work) {
        out.cues.in_collection = true;
    }
    if let Some(c) = VANCOUVER.captures(text) {
        if out.work.pages.is_none() {
            out.work.volume = out.work.volume.take().or(Some(c[2].to_string()));
            out.work.number = out
                .work
                .number
                .take()
                .or(c.get(3).map(|m| m.as_str().to_string()));
            out.work.pages = Some(page_range(&c[4]));
        }
        journal_read_as_publisher(&mut out.work);
    }
    out
}

/// A paper's number in a span of digits alone, of three or more and no
/// year ("19843," but not "2021").
fn paper_number(raw: &str) -> Option<String> {
    let digits = raw.trim().trim_end_matches([',', '.']);
    let year = digits.len() == 4 && (digits.starts_with("1") || digits.starts_with("20"));
    (digits.len() >= 3 && !year && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.to_string())
}

/// "Lancet. 2020 Feb 15;395(10223):497-506.": a journal before Vancouver's
/// glued date, volume, issue and pages is no publisher (a book's publisher
/// follows a place and comes before a plain year).
fn journal_read_as_publisher(work: &mut Work) {
    if work.container.is_none() && work.location.is_none() && work.volume.is_some() {
        work.container = work.publisher.take();
    }
}

/// The byte ranges of the tokens with these labels.
fn labelled_ranges(labelled: &[Labelled], labels: &[Label]) -> Vec<std::ops::Range<usize>> {
    labelled
        .iter()
        .filter(|t| labels.contains(&t.label))
        .map(|t| t.range.clone())
        .collect()
}

/// Whether a span the labeller read as a genre is a capitalised name that
/// names no kind of text ("Republic", not "Commentary" or "Policy Brief").
fn names_no_genre(span: &str) -> bool {
    const GENRES: &[&str] = &[
        "commentary",
        "comment",
        "analysis",
        "opinion",
        "op-ed",
        "editorial",
        "news",
        "release",
        "statement",
        "interview",
        "blog",
        "podcast",
        "video",
        "briefing",
        "brief",
        "explainer",
        "factsheet",
        "fact",
        "feature",
        "column",
        "letter",
        "speech",
        "transcript",
        "survey",
        "memo",
        "note",
        "paper",
        "dataset",
        "map",
        "infographic",
        "review",
        "essay",
        "report",
        "update",
        "analytics",
        "study",
        "post",
        "thread",
        "episode",
        "lecture",
        "presentation",
        "slides",
        "poster",
        "abstract",
        "summary",
        "press",
        "online",
        "internet",
        "web",
        "website",
    ];
    span.split_whitespace().count() <= 4
        && span
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !span.contains(['.', '[', ']', '(', ')'])
        && !span.chars().any(|c| c.is_ascii_digit())
        && !span
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| GENRES.contains(&w.to_lowercase().as_str()))
}
