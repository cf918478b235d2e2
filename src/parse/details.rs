//! The publication details that follow a title: container, editors, place
//! and publisher, date, volume, issue and pages, in the notations of Chicago,
//! APA, MLA, Harvard, Vancouver and GOST ("vol. 12, no. 3", "12(3)",
//! "2005;61:327-35", "Т. 5. № 1–2. С. 72–78", "Minsk: Belarus, 2019").
//!
//! Each recognised piece is cut out of the working text and replaced by a
//! boundary mark; what remains at the front is the container, and anything
//! else left over lowers the note's confidence.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::dates::{DateMatch, find_dates, find_no_date};
use super::names::scan_names;
use super::text::{
    ITALIC_CLOSE, ITALIC_OPEN, collapse_spaces, italic_spans, plain, trim_separators,
};
use crate::entry::{Date, Name};

/// Replaces a recognised piece, so neighbouring text does not run together.
const CUT: char = '\u{3}';

/// What the details of a note say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Details {
    pub container: Option<String>,
    pub container_italic: bool,
    /// The container was introduced by "In" / "В кн.:" (a part of a book).
    pub in_collection: bool,
    pub editors: Vec<Name>,
    pub date: Option<Date>,
    pub undated: bool,
    pub volume: Option<String>,
    pub number: Option<String>,
    pub pages: Option<String>,
    pub pagetotal: Option<String>,
    pub publisher: Option<String>,
    pub location: Option<String>,
    pub edition: Option<String>,
    pub thesis: Option<String>,
    /// A single page after the publication facts: the cited page, not the
    /// work's extent.
    pub pinpoint: Option<String>,
    /// Words of text that nothing claimed.
    pub leftover: String,
}

/// What the parse knows before the details.
#[derive(Debug, Default, Clone, Copy)]
pub struct Context {
    /// The title was in italics: a book or report, whose next plain segment
    /// is its publisher rather than a container (APA, MLA).
    pub title_italic: bool,
    /// The note has a URL: a plain segment after an italic title is then the
    /// site, not a publisher.
    pub has_url: bool,
    /// A year already read (APA "(2020)"), to complete "21 November".
    pub year: Option<i32>,
}

struct Scratch {
    text: String,
}

impl Scratch {
    /// Cuts the first match of `re` and returns its captures as strings.
    fn take(&mut self, re: &Regex) -> Option<Vec<Option<String>>> {
        let (range, groups) = {
            let c: Captures = re.captures(&self.text)?;
            let whole = c.get(0)?;
            let groups = (0..c.len())
                .map(|i| c.get(i).map(|m| m.as_str().to_string()))
                .collect();
            (whole.range(), groups)
        };
        self.text.replace_range(range, &CUT.to_string());
        Some(groups)
    }

    fn cut(&mut self, range: std::ops::Range<usize>) {
        self.text.replace_range(range, &CUT.to_string());
    }
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("details pattern")
}

const DASH: &str = r"\s*[-–—‒]{1,2}\s*";
const PAGE: &str = r"[A-Za-z]?\d+[A-Za-z]?";

static EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s,.(])(?:edited by|eds?\.|под (?:общ\. |общей )?ред(?:\.|акцией)|пад рэд\.|за ред\.|hrsg\. v\.|hg\. v\.)\s+",
    )
});
static IN_COLLECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*[,.]?\s*(?:In|in|В|У|W)(?::|\s)\s*|^\s*[,.]?\s*(?:В кн\.|В сб\.|Ў кн\.)\s*:?\s*")
});
static THESIS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?:ph\.?\s?d\.?|doctoral|master'?s|ma|msc|mphil)\s*)?(?:diss\.|dissertation|thesis)|(?:автореф\.\s*)?(?:дис\.|диссертация|автореферат)(?:\s*\.\.\.|\s*…)?\s*(?:[^:]{0,40}?наук)?",
    )
});
/// A Russian degree specialty code ("23.00.04"), not a date.
static SPECIALTY_CODE: LazyLock<Regex> =
    LazyLock::new(|| re(r":?\s*(?-u:\b)\d{2}\.\d{2}\.\d{2}(?-u:\b)"));
/// "Минск, 2019": a place and year without a publisher (theses, GOST books).
static PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[\s.:\x{3}])(\p{Lu}[\p{L}\-]+\.?|\p{Lu}\.)\s*,\s*((?:1[5-9]|20)\d\d)(?-u:\b)")
});
/// "(Minsk, 2023)": a place and year in parentheses.
static PAREN_PLACE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\((\p{Lu}[\p{L}\-.]+(?:\s\p{Lu}[\p{L}\-.]+)?),\s*((?:1[5-9]|20)\d\d)\)"));
/// APA puts the volume inside the journal's italics: "*Journal, 59*(2)".
static ITALIC_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\x{1}([^\x{2}]*?),\s*(\d+[A-Za-z]?)\x{2}"));
/// A parenthesis right after the title: the kind of document, "(Research
/// Paper)", "(Policy Brief No. 5)".
static GENRE: LazyLock<Regex> = LazyLock::new(|| re(r"^[\s.,\x{3}]*\(([^()\d]{3,60}?)\s*\)"));
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:(?:^|[\s,.(;:{CUT}])(?:pp?\.|P\.|PP\.|С\.|с\.|S\.|стр\.|Стр\.|pages?|стор\.|С)\s*({PAGE}(?:{DASH}{PAGE})?(?:\s*,\s*{PAGE}(?:{DASH}{PAGE})?)*)|第\s*({PAGE}(?:{DASH}{PAGE})?)\s*页)"
    ))
});
static PAGE_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[\s,.(])(\d{1,5})\s*(?:pp?\.|pages|с\.|б\.|стр\.|S\.|p)(?:$|[\s,.;)])")
});
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s,.(])(?:vol\.|Vol\.|VOL\.|Volume|volume|vols?(?-u:\b)|т\.|Т\.|Том|том|Bd\.|Jg\.|Vol)\s*(\d+[A-Za-z]?|[IVXLC]+(?-u:\b))|第\s*(\d+)\s*卷",
    )
});
static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s,.(])(?:no\.|No\.|NO\.|Nr\.|nr\.|№|issue|Issue|iss\.|в[ыи]п\.|В[ыи]п\.|N°|n°|Heft)\s*([A-Za-z]?\d+(?:\s*[-–/]\s*\d+)?|[A-Za-z]+(?-u:\b))|第\s*(\d+)\s*期",
    )
});
/// APA and Harvard "12(3)" volume and issue; the parenthesis is not a year.
static VOLUME_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[\s,.;])(\d{1,4})\s?\(((?:\d{1,3}|[A-Za-z]\d?)(?:\s*[-–/]\s*\d{1,3})?)\)")
});
/// Vancouver "2005;61(3):327-35" and "2005 Mar;61:327".
static VANCOUVER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)((?:1[5-9]|20)\d\d)(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?;\s*(\d+)(?:\s*\(([^)]+)\))?(?::\s*({PAGE}(?:{DASH}{PAGE})?))?"
    ))
});
/// A place of publication: capitalised words ("New Haven", "М.", "St.
/// Petersburg"), perhaps with a state ("Washington, DC").
const PLACE: &str = r"(?:(?:\p{Lu}[\p{L}.\-']*\.?)(?:\s+(?:\p{Lu}[\p{L}.\-']*|on|upon|am|an|de|del))*(?:,\s*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]+\.))?|\p{Han}{2,6})";

/// "Place: Publisher, 2019", "(Minsk: Belarus, 2019)", "М.: Наука, 2020".
static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[\s(,.\x{{3}}])({PLACE})\s?:\s*([^:;()\x{{3}}]{{2,80}}?)(?:,\s*|\.\s+|\s+)(\(?(?:1[5-9]|20)\d\d\)?)"
    ))
});
static PUBLISHER_NO_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[\s(.\x{{3}}])({PLACE})\s?:\s*(\p{{Lu}}[^:;(),\x{{3}}]{{1,60}}?)\s*(?:[.,)\x{{3}}]|$)"
    ))
});
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:^|[\s,.(])(\d+)(?:st|nd|rd|th|-?е|-?e)?\s*(?:ed\.|edn\.|edition|изд\.|издание)")
});
static COLON_PAGES: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r":\s*({PAGE}(?:{DASH}{PAGE})?)")));
static BARE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[\s,.{CUT}])(\d{{1,5}}{DASH}\d{{1,5}}|[A-Za-z]\d{{1,4}}{DASH}[A-Za-z]?\d{{1,4}})(?:$|[\s,.;{CUT}])"
    ))
});
static BARE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?:^|[\s,.{CUT}])(\d{{1,5}})(?:$|[\s,.;:{CUT}])")));

/// Reads the details in `text` (Markdown italics already marked).
pub fn parse_details(text: &str, ctx: Context) -> Details {
    let mut d = Details::default();
    let text = text.replace(" – ", ". ").replace(" — ", ". ");
    let mut s = Scratch {
        text: ITALIC_VOLUME
            .replace(&text, "\u{1}$1\u{2}, $2")
            .into_owned(),
    };

    if let Some(m) = IN_COLLECTION.find(&s.text) {
        d.in_collection = true;
        s.cut(m.range());
        // APA and Harvard name the editors first: "In I. Karásková (Ed.), …".
        let start = s.text.len() - s.text.trim_start_matches([' ', CUT]).len();
        if let Some(list) = scan_names(&s.text[start..]).filter(|l| l.editors) {
            d.editors = list.names;
            s.cut(start..start + list.end);
        }
    }

    if let Some(range) = find_no_date(&s.text).map(|(a, b)| a..b) {
        d.undated = true;
        s.cut(range);
    }

    if let Some(g) = s.take(&THESIS) {
        d.thesis = g[0].as_deref().map(|t| collapse_spaces(t.trim()));
        s.take(&SPECIALTY_CODE);
    }

    if let Some(g) = s.take(&EDITION) {
        d.edition = g[1].clone();
    }
    if d.editors.is_empty() {
        editors(&mut s, &mut d);
    }

    if let Some(g) = s.take(&VANCOUVER) {
        d.date = g[1].as_deref().and_then(|y| y.parse().ok()).map(Date::year);
        d.volume = g[2].clone();
        d.number = g[3].clone();
        d.pages = g[4].as_deref().map(page_range);
    }
    if d.pages.is_none()
        && let Some(g) = s.take(&PAGES)
    {
        d.pages = g[1].as_deref().or(g[2].as_deref()).map(page_range);
    }
    if let Some(g) = s.take(&PAGE_TOTAL) {
        d.pagetotal = g[1].clone();
    }
    if d.volume.is_none()
        && let Some(g) = s.take(&VOLUME)
    {
        d.volume = g[1].clone().or_else(|| g[2].clone());
    }
    if d.number.is_none()
        && let Some(g) = s.take(&ISSUE)
    {
        d.number = g[1]
            .as_deref()
            .or(g[2].as_deref())
            .map(|n| collapse_spaces(n).replace(' ', ""));
    }
    if d.volume.is_none()
        && let Some(g) = s.take(&VOLUME_ISSUE)
    {
        d.volume = g[1].clone();
        d.number
            .get_or_insert_with(|| g[2].clone().unwrap_or_default());
    }

    let genre = s.take(&GENRE).and_then(|g| g[1].clone());

    publisher(&mut s, &mut d);
    if d.publisher.is_none()
        && let Some(g) = s.take(&PAREN_PLACE_YEAR)
    {
        d.location = g[1].clone();
        d.date = d
            .date
            .or_else(|| g[2].as_deref().and_then(|y| y.parse().ok()).map(Date::year));
    }
    if d.publisher.is_none()
        && (d.thesis.is_some() || d.pagetotal.is_some())
        && let Some(g) = s.take(&PLACE_YEAR)
    {
        d.location = g[1].clone();
        d.date = d
            .date
            .or_else(|| g[2].as_deref().and_then(|y| y.parse().ok()).map(Date::year));
    }

    if d.date.is_none()
        && let Some(m) = pick_date(&s.text)
    {
        d.date = Some(m.date);
        s.cut(m.start..m.end);
    }
    // "БелТА. 2022. 15 сентября.", "(2020) … 21 November": a day and month
    // complete a year read elsewhere.
    let year = d
        .date
        .filter(|d| d.month.is_none())
        .map(|d| d.year)
        .or(ctx.year.filter(|_| d.date.is_none()));
    if let Some(year) = year
        && let Some((range, month, day)) = super::dates::find_day_month(&s.text)
        && let Some(full) = Date::new(year, Some(month), Some(day))
    {
        d.date = Some(full);
        s.cut(range);
    }

    if d.pages.is_none()
        && let Some(g) = s.take(&COLON_PAGES)
    {
        d.pages = g[1].as_deref().map(page_range);
    }

    container(&mut s, &mut d, ctx, genre);

    if d.pages.is_none()
        && let Some(g) = s.take(&BARE_RANGE)
    {
        let range = g[1].clone();
        // After the publication facts a range is the passage cited,
        // unless the work is a chapter, whose range it then is.
        if d.publisher.is_some() && !d.in_collection && d.editors.is_empty() {
            d.pinpoint = range;
        } else {
            d.pages = range.as_deref().map(page_range);
        }
    }
    if d.container.is_some()
        && d.volume.is_none()
        && d.publisher.is_none()
        && let Some(g) = s.take(&BARE_NUMBER)
    {
        d.volume = g[1].clone();
    }
    if let Some(g) = s.take(&BARE_NUMBER) {
        let n = g[1].clone();
        if d.pages.is_none() && d.container.is_some() && d.publisher.is_none() {
            d.pages = n;
        } else {
            d.pinpoint = n;
        }
    }

    d.leftover = collapse_spaces(
        &plain(&s.text)
            .replace(CUT, " ")
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>(),
    );
    d
}

fn editors(s: &mut Scratch, d: &mut Details) {
    let Some(m) = EDITORS.find(&s.text) else {
        return;
    };
    let after = &s.text[m.end()..];
    if let Some(list) = scan_names(after) {
        d.editors = list.names;
        let end = m.end() + list.end;
        s.cut(m.start()..end);
    }
}

fn publisher(s: &mut Scratch, d: &mut Details) {
    for (re, with_year) in [(&*PUBLISHER, true), (&*PUBLISHER_NO_YEAR, false)] {
        let found = re.captures(&s.text).and_then(|c| {
            let place = c.get(1)?;
            // "Феномен Беларуси. М.: Европа": only the last sentence is the
            // place; the rest stays in the text.
            let offset =
                last_sentence(place.as_str()).map_or(0, |tail| place.as_str().len() - tail.len());
            let start = place.start() + offset;
            let place = place.as_str()[offset..].trim().to_string();
            let publisher = trim_separators(c.get(2)?.as_str()).to_string();
            let year = c
                .get(3)
                .map(|y| y.as_str().trim_matches(['(', ')']).to_string());
            let end = c.get(0)?.end();
            plausible_place(&place).then_some((start..end, place, publisher, year))
        });
        if let Some((range, place, publisher, year)) = found {
            d.location = Some(place);
            d.publisher = Some(publisher);
            if with_year && d.date.is_none() {
                d.date = year.and_then(|y| y.parse().ok()).map(Date::year);
            }
            s.cut(range);
            return;
        }
    }
}

/// The part of a place after a sentence break ("Феномен Беларуси. М." gives
/// "М."), unless the break follows an abbreviation ("St. Petersburg").
fn last_sentence(place: &str) -> Option<&str> {
    let end = super::text::sentence_end(place, 0)?;
    (end < place.len()).then(|| place[end..].trim_start())
}

/// A place of publication is a few capitalised words ("New York", "М.",
/// "St. Petersburg", "Cambridge, MA"), not a sentence.
fn plausible_place(place: &str) -> bool {
    let words = place.split_whitespace().count();
    words <= 4
        && !place.contains(ITALIC_OPEN)
        && !matches!(
            place.to_lowercase().trim_end_matches('.'),
            "url" | "doi" | "available at" | "retrieved" | "accessed" | "in" | "note" | "source"
        )
}

/// The date of the work: the most precise one; among years, one in
/// parentheses, else the last that is not part of a number range.
fn pick_date(text: &str) -> Option<DateMatch> {
    let dates = find_dates(text);
    let best = dates.iter().map(DateMatch::precision).max()?;
    let candidates: Vec<&DateMatch> = dates.iter().filter(|d| d.precision() == best).collect();
    if best > 1 {
        return candidates.first().copied().copied();
    }
    let in_range = |d: &DateMatch| {
        let before = text[..d.start].trim_end();
        let after = text[d.end..].trim_start();
        before.ends_with(['-', '–']) || after.starts_with(['-', '–'])
    };
    let paren = candidates
        .iter()
        .find(|d| text[..d.start].ends_with('(') && !in_range(d));
    paren
        .or_else(|| candidates.iter().rev().find(|d| !in_range(d)))
        .or(candidates.first())
        .copied()
        .copied()
}

/// The container: the first italic span, else a document kind in
/// parentheses, else the text before the first recognised detail if it
/// reads as a name. After an italic title (a book) without a URL that plain
/// text is the publisher; a second plain name after a container is too.
fn container(s: &mut Scratch, d: &mut Details, ctx: Context, genre: Option<String>) {
    if let Some((start, end, inner)) = italic_spans(&s.text).into_iter().next() {
        let name = trim_separators(&inner).to_string();
        if !name.is_empty() {
            d.container = Some(name);
            d.container_italic = true;
            s.cut(start..end);
        }
    }
    if d.container.is_none() {
        d.container = genre;
    }
    let Some((range, lead)) = leading_name(&s.text) else {
        return;
    };
    // Page ranges belong to articles, unless the work is part of a book.
    let book_part = d.in_collection || !d.editors.is_empty();
    let publisher_slot = d.publisher.is_none()
        && (d.container.is_some() || (ctx.title_italic && !ctx.has_url))
        && d.volume.is_none()
        && (d.pages.is_none() || book_part);
    if d.container.is_none() {
        let series = super::kind::is_report_series(&lead);
        d.container = Some(lead);
        // "SWP Research Paper 8 (Berlin: …)": a report series' own number.
        if let Some(c) = SERIES_NUMBER
            .captures(&s.text[range.end..])
            .filter(|_| series)
            && d.number.is_none()
        {
            d.number = c.get(1).map(|m| m.as_str().to_string());
            let m = c.get(0).map_or(0..0, |m| m.range());
            s.cut(range.end + m.start..range.end + m.end);
        }
    } else if publisher_slot && lead.split_whitespace().count() <= 8 {
        d.publisher = Some(lead);
    } else {
        return;
    }
    s.cut(range);
    if d.publisher.is_none()
        && ctx.title_italic
        && !ctx.has_url
        && d.volume.is_none()
        && d.pages.is_none()
        && !d.container_italic
    {
        d.publisher = d.container.take();
    }
}

static SERIES_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(\d{1,4}(?:/\d{1,4})?)(?:$|[\s,.;(])"));

/// The text before the first recognised detail, if it reads as a name.
fn leading_name(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let lead_start = text.len()
        - text
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | CUT | '(' | ')')
            })
            .len();
    let rest = &text[lead_start..];
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        let boundary = match c {
            CUT | ',' | ';' | '(' | ')' | '[' | ITALIC_OPEN => true,
            '.' => super::text::sentence_end(rest, i).is_some_and(|e| e == i + 1),
            c if c.is_ascii_digit() => rest[..i].ends_with(' '),
            _ => false,
        };
        if boundary {
            end = i;
            break;
        }
    }
    let lead = trim_separators(&rest[..end]).trim();
    let letters = lead.chars().filter(|c| c.is_alphabetic()).count();
    let stray = matches!(
        lead.to_lowercase().as_str(),
        "in" | "and" | "from" | "online" | "web" | "print" | "accessed" | "retrieved" | "available"
    );
    // "press release", "database": a lowercase description, not a name.
    let description = lead.chars().next().is_some_and(char::is_lowercase);
    (letters >= 2 && !stray && !description && lead.split_whitespace().count() <= 15).then(|| {
        (
            lead_start..lead_start + end,
            lead.replace([ITALIC_OPEN, ITALIC_CLOSE], ""),
        )
    })
}

/// Page ranges use `--`, as BibLaTeX expects.
pub(crate) fn page_range(p: &str) -> String {
    let p = collapse_spaces(p);
    static RANGE: LazyLock<Regex> = LazyLock::new(|| re(r"\s*(?:[-–—‒]{1,2}|～)\s*"));
    RANGE.replace_all(&p, "--").into_owned()
}

/// A page range whose end a style shortened ("124--55", Chicago's and
/// NLM's form) with its end written out ("124--155"), as BibLaTeX's
/// `pages` holds it: a style shortens it again when it prints it. Any
/// other value is left as it is.
pub(crate) fn expanded_range(pages: &str) -> Option<String> {
    let (first, last) = pages.split_once("--")?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || !digits(last) || last.len() >= first.len() {
        return None;
    }
    let whole = format!("{}{last}", &first[..first.len() - last.len()]);
    // "59--5" shortens no range that ends after it starts.
    (whole.parse::<u32>().ok()? >= first.parse::<u32>().ok()?).then(|| format!("{first}--{whole}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::markdown;

    fn details(s: &str) -> Details {
        parse_details(&markdown(s), Context::default())
    }

    #[test]
    fn chicago_journal() {
        let d = details(" *Journal of International Law* №1-2 (2020): 72-78.");
        assert_eq!(d.container.as_deref(), Some("Journal of International Law"));
        assert_eq!(d.number.as_deref(), Some("1-2"));
        assert_eq!(d.pages.as_deref(), Some("72--78"));
        assert_eq!(d.date, Some(Date::year(2020)));
        let d = details(" *Europe-Asia Studies* 71, no. 3 (2019): 381–402.");
        assert_eq!(d.volume.as_deref(), Some("71"));
        assert_eq!(d.number.as_deref(), Some("3"));
        assert_eq!(d.pages.as_deref(), Some("381--402"));
    }

    #[test]
    fn apa_and_vancouver() {
        let d = details("Journal of Eurasian Studies, 12(3), 45–67.");
        assert_eq!(d.container.as_deref(), Some("Journal of Eurasian Studies"));
        assert_eq!(
            (d.volume.as_deref(), d.number.as_deref()),
            (Some("12"), Some("3"))
        );
        assert_eq!(d.pages.as_deref(), Some("45--67"));
        let d = details("Eur J Clin Pharmacol. 2005;61(5):327-35.");
        assert_eq!(d.volume.as_deref(), Some("61"));
        assert_eq!(d.pages.as_deref(), Some("327--35"));
        assert_eq!(d.date, Some(Date::year(2005)));
        let d = details("European Journal of Clinical Pharmacology 2005, 61, 327–335.");
        assert_eq!(
            d.container.as_deref(),
            Some("European Journal of Clinical Pharmacology")
        );
        assert_eq!(d.volume.as_deref(), Some("61"));
        assert_eq!(d.pages.as_deref(), Some("327--335"));
    }

    #[test]
    fn books_and_gost() {
        let d = details(" (Minsk: Belarus, 2019), 45.");
        assert_eq!(d.location.as_deref(), Some("Minsk"));
        assert_eq!(d.publisher.as_deref(), Some("Belarus"));
        assert_eq!(d.date, Some(Date::year(2019)));
        assert_eq!(d.pinpoint.as_deref(), Some("45"));
        let d = details("Журнал международного права. 2020. № 1–2. С. 72–78.");
        assert_eq!(d.container.as_deref(), Some("Журнал международного права"));
        assert_eq!(d.number.as_deref(), Some("1–2"));
        assert_eq!(d.pages.as_deref(), Some("72--78"));
        let d = details("М.: Наука, 2020. 250 с.");
        assert_eq!(d.location.as_deref(), Some("М."));
        assert_eq!(d.publisher.as_deref(), Some("Наука"));
        assert_eq!(d.pagetotal.as_deref(), Some("250"));
    }

    #[test]
    fn endnote_tails() {
        let d = details(" *Briefing Paper*, December 2022. ");
        assert_eq!(d.container.as_deref(), Some("Briefing Paper"));
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2022-12"));
        let d = details(" *Statistical Book*, 2021, p.52-55. ");
        assert_eq!(d.pages.as_deref(), Some("52--55"));
        let d = details(" N.d. ");
        assert!(d.undated);
        assert_eq!(d.container, None);
        let d = details(" March 10, 2023. ");
        assert_eq!(d.container, None);
        assert_eq!(d.leftover, "");
    }

    #[test]
    fn collections_and_editors() {
        let d = details(
            " In *Theorizing Documentary*, ed. Michael Renov, 1-11. London: Routledge, 1993.",
        );
        assert!(d.in_collection);
        assert_eq!(d.container.as_deref(), Some("Theorizing Documentary"));
        assert_eq!(d.editors, vec![Name::person("Renov", "Michael")]);
        assert_eq!(d.pages.as_deref(), Some("1--11"));
        assert_eq!(d.publisher.as_deref(), Some("Routledge"));
    }
}
