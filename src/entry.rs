//! The domain model: one bibliographic entry as refman holds it in memory.
//!
//! An [`Entry`] is a BibLaTeX entry: a key, a type and an ordered list of
//! fields. Field values keep the `biblatex` crate's chunk structure, so braces
//! that protect a corporate name or an acronym survive a load and a save. The
//! typed views that the rest of refman needs (names, dates, plain text) are
//! derived here and never stored twice.
//!
//! Conventions refman writes (documented in `docs/ARCHITECTURE.md`):
//! - an organisation as author is a single protected chunk: `author = {{БелТА}}`;
//! - an English translation of the title is `titleaddon = {[Translation]}`;
//! - the site, series or report kind that an endnote names beside the title is
//!   stored by type: `journaltitle` (article), `organization` (online),
//!   `type` (report), `series` (book), `booktitle` (incollection, inproceedings),
//!   `howpublished` (misc);
//! - a volume with a title of its own in a work of several keeps the
//!   volume's title in `title` and the work's in `maintitle`;
//! - an archival document is `unpublished`, its archive's call number in
//!   `howpublished` (its title, where the note names no document).

use std::borrow::Cow;
use std::fmt;

use biblatex::{Chunk, Chunks, ChunksExt, Person, Spanned};

/// A BibLaTeX entry: key, lowercase type name and fields in their order.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub entry_type: String,
    fields: Vec<(String, Chunks)>,
}

/// An author, editor or other contributor.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Name {
    Person {
        family: String,
        given: String,
        prefix: String,
        suffix: String,
    },
    /// A corporate author, written in double braces so it is never split.
    Organization(String),
    /// `and others`: the list was cut short with "et al." in the source.
    Others,
}

/// A calendar date with optional month and day, as BibLaTeX's ISO 8601 subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub fn year(year: i32) -> Self {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// A date from its parts; `None` when the month or day cannot exist.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day
                && (d == 0 || d > days_in_month(year, m))
            {
                return None;
            }
        } else if day.is_some() {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is `None`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let month = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        let day = match parts.next() {
            Some(d) if d.len() == 2 => Some(d.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        Date::new(year.parse().ok()?, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Name {
    pub fn person(family: &str, given: &str) -> Self {
        Name::Person {
            family: family.to_string(),
            given: given.to_string(),
            prefix: String::new(),
            suffix: String::new(),
        }
    }

    /// The name with each written part (family, given, prefix, an
    /// organisation's name) passed through `f`; a suffix ("Jr.") is kept.
    pub fn map_text(&self, f: impl Fn(&str) -> String) -> Name {
        match self {
            Name::Person {
                family,
                given,
                prefix,
                suffix,
            } => Name::Person {
                family: f(family),
                given: f(given),
                prefix: f(prefix),
                suffix: suffix.clone(),
            },
            Name::Organization(o) => Name::Organization(f(o)),
            Name::Others => Name::Others,
        }
    }

    /// The family name of a person, or the whole name of an organisation.
    pub fn family(&self) -> &str {
        match self {
            Name::Person { family, .. } => family,
            Name::Organization(name) => name,
            Name::Others => "",
        }
    }

    /// The name in BibLaTeX's `Family, Given` order, without braces.
    pub fn display(&self) -> String {
        match self {
            Name::Person {
                family,
                given,
                prefix,
                suffix,
            } => {
                let family = if prefix.is_empty() {
                    family.clone()
                } else {
                    format!("{prefix} {family}")
                };
                let mut out = family;
                if !suffix.is_empty() {
                    out.push_str(", ");
                    out.push_str(suffix);
                }
                if !given.is_empty() {
                    out.push_str(", ");
                    out.push_str(given);
                }
                out
            }
            Name::Organization(name) => name.clone(),
            Name::Others => "others".to_string(),
        }
    }
}

impl Entry {
    pub fn new(key: impl Into<String>, entry_type: impl Into<String>) -> Self {
        Entry {
            key: key.into(),
            entry_type: entry_type.into().to_ascii_lowercase(),
            fields: Vec::new(),
        }
    }

    /// Fields in their order, with names in lowercase.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &Chunks)> {
        self.fields.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub fn get(&self, name: &str) -> Option<&Chunks> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A field as plain text: braces dropped, whitespace collapsed; `None` when
    /// absent or empty.
    pub fn text(&self, name: &str) -> Option<String> {
        self.text_ref(name).map(Cow::into_owned)
    }

    /// [`text`](Self::text), borrowed where the field is one run of
    /// single-spaced text (most are): checks that read every field of a
    /// large library then copy nothing.
    pub fn text_ref(&self, name: &str) -> Option<Cow<'_, str>> {
        let chunks = self.get(name)?;
        if let [only] = chunks.as_slice()
            && let Chunk::Normal(s) | Chunk::Verbatim(s) = &only.v
            && !s.is_empty()
            && is_single_spaced(s)
        {
            // What `format_verbatim` would give: a single-spaced value has
            // no line breaks to turn into blanks.
            return Some(Cow::Borrowed(s));
        }
        let value = chunks.format_verbatim();
        // Most values are already single-spaced: they are kept as they are
        // rather than cut into words and joined again.
        let value = if is_single_spaced(&value) {
            value
        } else {
            value.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        (!value.is_empty()).then_some(Cow::Owned(value))
    }

    /// Whether [`text`](Self::text) gives the field, and more than blanks;
    /// told without formatting it.
    pub fn has_text(&self, name: &str) -> bool {
        self.get(name).is_some_and(|chunks| {
            chunks.iter().any(|c| match &c.v {
                Chunk::Math(_) => true,
                Chunk::Normal(s) | Chunk::Verbatim(s) => s.chars().any(|c| !c.is_whitespace()),
            })
        })
    }

    /// A field as it is written to the .bib file, but without LaTeX escaping:
    /// protected chunks keep their braces (`{БелТА}`).
    pub fn written(&self, name: &str) -> Option<String> {
        self.get(name).map(|chunks| chunks_as_written(chunks))
    }

    /// Sets a field to plain text, replacing an earlier value in place.
    pub fn set_text(&mut self, name: &str, value: &str) {
        self.set_chunks(name, vec![chunk(Chunk::Normal(value.to_string()))]);
    }

    /// Sets a field to text protected from case changes by braces.
    pub fn set_protected(&mut self, name: &str, value: &str) {
        self.set_chunks(name, vec![chunk(Chunk::Verbatim(value.to_string()))]);
    }

    pub fn set_chunks(&mut self, name: &str, chunks: Chunks) {
        let name = name.to_ascii_lowercase();
        match self.fields.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = chunks,
            None => self.fields.push((name, chunks)),
        }
    }

    /// Gives back what the field lists grew beyond their length: an import
    /// holds every new entry until it is written.
    pub fn shrink_to_fit(&mut self) {
        self.fields.shrink_to_fit();
        for (_, chunks) in &mut self.fields {
            chunks.shrink_to_fit();
        }
    }

    pub fn remove(&mut self, name: &str) -> Option<Chunks> {
        let index = self.fields.iter().position(|(k, _)| k == name)?;
        Some(self.fields.remove(index).1)
    }

    /// Writes a list of names: people as `Family, Given`, organisations in braces.
    pub fn set_names(&mut self, name: &str, names: &[Name]) {
        let mut chunks: Chunks = Vec::new();
        for (i, person) in names.iter().enumerate() {
            if i > 0 {
                chunks.push(chunk(Chunk::Normal(" and ".to_string())));
            }
            match person {
                Name::Organization(org) => chunks.push(chunk(Chunk::Verbatim(org.clone()))),
                other => chunks.push(chunk(Chunk::Normal(other.display()))),
            }
        }
        // Neighbouring plain chunks are merged so the value reads as one string.
        let mut merged: Chunks = Vec::new();
        for chunk in chunks {
            match (merged.last_mut(), &chunk.v) {
                (Some(last), Chunk::Normal(s)) if matches!(last.v, Chunk::Normal(_)) => {
                    last.v.get_mut().push_str(s)
                }
                _ => merged.push(chunk),
            }
        }
        self.set_chunks(name, merged);
    }

    /// The names in a name-list field (`author`, `editor`, …).
    pub fn names(&self, name: &str) -> Vec<Name> {
        self.get(name).map(|c| parse_names(c)).unwrap_or_default()
    }

    pub fn authors(&self) -> Vec<Name> {
        self.names("author")
    }

    /// The entry's date, from `date` or else `year` and `month`.
    pub fn date(&self) -> Option<Date> {
        self.date_field("date").or_else(|| {
            let year = self.text("year")?;
            let year: i32 = year.trim().parse().ok()?;
            let month = self
                .text("month")
                .and_then(|m| month_number(&m))
                .filter(|m| (1..=12).contains(m));
            Some(Date {
                year,
                month,
                day: None,
            })
        })
    }

    /// A date field (`date`, `urldate`, …) read with biblatex's date grammar; a
    /// range yields its start.
    pub fn date_field(&self, name: &str) -> Option<Date> {
        let chunks = self.get(name)?;
        // The `biblatex` date parser overflows on some malformed values
        // (`2020/05/01`, a year of more than four digits followed by an
        // `x`); only what has a date's shape reaches it: a year of exactly
        // four digits, perhaps negative.
        let text = self.text(name)?;
        let parts: Vec<&str> = text.trim().split('/').collect();
        let four_digit_year = |p: &str| {
            let digits = p.bytes().take_while(u8::is_ascii_digit).count();
            digits == 4
        };
        let shaped = parts.len() <= 2
            && parts.iter().all(|p| {
                let p = p.trim();
                p.is_empty()
                    || p == ".."
                    || four_digit_year(p)
                    || p.strip_prefix('-').is_some_and(four_digit_year)
            });
        if !shaped {
            return None;
        }
        let date = chunks.parse::<biblatex::Date>().ok()?;
        let at = match date.value {
            biblatex::DateValue::At(d)
            | biblatex::DateValue::After(d)
            | biblatex::DateValue::Before(d)
            | biblatex::DateValue::Between(d, _) => d,
        };
        Some(Date {
            year: at.year,
            month: at.month.map(|m| m + 1),
            day: at.day.map(|d| d + 1),
        })
    }

    /// The title translation that refman stores as `titleaddon = {[…]}`.
    pub fn translated_title(&self) -> Option<String> {
        let addon = self.text("titleaddon")?;
        let inner = addon.strip_prefix('[')?.strip_suffix(']')?;
        (!inner.trim().is_empty()).then(|| inner.trim().to_string())
    }

    /// The container named beside the title, whichever field its type uses.
    pub fn container(&self) -> Option<String> {
        // `type` names a report's series; in a thesis it is the degree.
        CONTAINER_FIELDS
            .iter()
            .filter(|f| **f != "type" || self.entry_type == "report")
            .find_map(|f| self.text(f))
    }

    pub fn year(&self) -> Option<i32> {
        self.date().map(|d| d.year)
    }

    /// The entry with the fields of its `crossref` parent that it does not
    /// set itself, as BibLaTeX inherits them: the parent's title becomes
    /// the `booktitle` (its own `booktitle` the `maintitle`).
    pub fn inherit_from(&self, parent: &Entry) -> Entry {
        let mut merged = self.clone();
        for (name, value) in parent.fields() {
            let target = match name {
                "title" => "booktitle",
                "subtitle" => "booksubtitle",
                "booktitle" => "maintitle",
                "ids" | "crossref" | "xdata" | "key" | "entrysubtype" => continue,
                other => other,
            };
            if !merged.has(target) {
                merged.set_chunks(target, value.clone());
            }
        }
        merged.remove("crossref");
        merged
    }
}

/// Fields that hold a work's container, in the order refman looks for one.
pub const CONTAINER_FIELDS: &[&str] = &[
    "journaltitle",
    "journal",
    "booktitle",
    "series",
    "organization",
    "howpublished",
    "type",
];

/// The field that holds the container for a given entry type.
pub fn container_field(entry_type: &str) -> &'static str {
    match entry_type {
        "article" | "periodical" => "journaltitle",
        "online" => "organization",
        "report" => "type",
        "book" | "mvbook" => "series",
        "incollection" | "inproceedings" | "inbook" => "booktitle",
        "thesis" => "type",
        _ => "howpublished",
    }
}

fn month_number(s: &str) -> Option<u8> {
    let s = s.trim().to_ascii_lowercase();
    if let Ok(n) = s.parse::<u8>() {
        return Some(n);
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    MONTHS
        .iter()
        .position(|m| s.starts_with(m))
        .map(|i| i as u8 + 1)
}

fn chunks_as_written(chunks: &[Spanned<Chunk>]) -> String {
    let mut out = String::new();
    for chunk in chunks {
        match &chunk.v {
            Chunk::Normal(s) => out.push_str(s),
            Chunk::Verbatim(s) => {
                out.push('{');
                out.push_str(s);
                out.push('}');
            }
            Chunk::Math(s) => {
                out.push('$');
                out.push_str(s);
                out.push('$');
            }
        }
    }
    out
}

/// Splits a name list at ` and ` outside braces, then reads each part: one
/// protected chunk is an organisation, `others` is an abbreviated tail, the
/// rest is a person in BibTeX's name grammar.
/// Whether `value` has no whitespace but single ASCII spaces between
/// words: what collapsing its whitespace would leave unchanged.
fn is_single_spaced(value: &str) -> bool {
    // Byte by byte: every field of a large library is asked. A blank other
    // than the space says no at once; of those outside ASCII, every one
    // begins with one of four lead bytes, where the character is decoded.
    let mut previous_space = true;
    for (i, &b) in value.as_bytes().iter().enumerate() {
        match b {
            b' ' if previous_space => return false,
            b' ' => previous_space = true,
            b'\t'..=b'\r' => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3
                if value
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_whitespace) =>
            {
                return false;
            }
            _ => previous_space = false,
        }
    }
    !previous_space || value.is_empty()
}

fn parse_names(chunks: &[Spanned<Chunk>]) -> Vec<Name> {
    let mut parts: Vec<Chunks> = vec![Vec::new()];
    for chunk in chunks {
        match &chunk.v {
            Chunk::Normal(s) => {
                let mut rest = s.as_str();
                while let Some((before, after)) = split_at_and(rest) {
                    push_normal(parts.last_mut(), before);
                    parts.push(Vec::new());
                    rest = after;
                }
                push_normal(parts.last_mut(), rest);
            }
            _ => {
                if let Some(last) = parts.last_mut() {
                    last.push(chunk.clone())
                }
            }
        }
    }
    parts
        .into_iter()
        .filter_map(|part| {
            let part: Chunks = part
                .into_iter()
                .filter(|c| !matches!(&c.v, Chunk::Normal(s) if s.trim().is_empty()))
                .collect();
            match part.as_slice() {
                [] => None,
                [one] if matches!(one.v, Chunk::Verbatim(_)) => {
                    Some(Name::Organization(one.v.get().trim().to_string()))
                }
                [one] if one.v.get().trim() == "others" => Some(Name::Others),
                _ => {
                    let p = Person::parse(&part);
                    Some(Name::Person {
                        family: p.name,
                        given: p.given_name,
                        prefix: p.prefix,
                        suffix: p.suffix,
                    })
                }
            }
        })
        .collect()
}

fn push_normal(part: Option<&mut Chunks>, text: &str) {
    if let (Some(part), false) = (part, text.is_empty()) {
        part.push(chunk(Chunk::Normal(text.to_string())));
    }
}

/// Finds the first ` and ` (any surrounding whitespace) and returns the text
/// before and after it.
fn split_at_and(s: &str) -> Option<(&str, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(pos) = s[i..].find("and") {
        let start = i + pos;
        let end = start + 3;
        let ws_before = start > 0 && bytes[start - 1].is_ascii_whitespace();
        let ws_after = end < bytes.len() && bytes[end].is_ascii_whitespace();
        if ws_before && ws_after {
            return Some((s[..start].trim_end(), s[end..].trim_start()));
        }
        i = end;
    }
    None
}

/// A chunk of a value made by refman rather than read from a file. Its
/// span is empty at 0, not `biblatex`'s "detached" `usize::MAX`: the crate's
/// name splitter adds offsets to spans and overflowed on detached ones
/// (found by the `csl` fuzz target; a panic in debug builds).
pub fn chunk(value: Chunk) -> Spanned<Chunk> {
    Spanned::new(value, 0..0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Single spacing told byte by byte as it is by characters.
    #[test]
    fn single_spacing_by_bytes_is_by_characters() {
        fn by_chars(value: &str) -> bool {
            let mut previous_space = true;
            for c in value.chars() {
                if c.is_whitespace() {
                    if c != ' ' || previous_space {
                        return false;
                    }
                    previous_space = true;
                } else {
                    previous_space = false;
                }
            }
            !previous_space || value.is_empty()
        }
        let mut values: Vec<String> = [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "Минск, 2020",
        ]
        .map(String::from)
        .to_vec();
        for c in (0..=0x3100u32).filter_map(char::from_u32) {
            values.push(format!("a{c}b"));
            values.push(format!("a {c}"));
        }
        for value in &values {
            assert_eq!(is_single_spaced(value), by_chars(value), "{value:?}");
        }
    }

    /// A field's text borrowed is the text formatted and collapsed.
    #[test]
    fn text_borrowed_is_the_text_formatted() {
        let spanned = |c: Chunk| Spanned::new(c, 0..0);
        let cases: Vec<Chunks> = vec![
            vec![spanned(Chunk::Normal("Belarus and China".into()))],
            vec![spanned(Chunk::Normal("two  blanks".into()))],
            vec![spanned(Chunk::Normal("a line\nbreak".into()))],
            vec![spanned(Chunk::Normal(" edge ".into()))],
            vec![spanned(Chunk::Normal("".into()))],
            vec![spanned(Chunk::Verbatim("https://example.org/a b".into()))],
            vec![spanned(Chunk::Math("x^2".into()))],
            vec![
                spanned(Chunk::Normal("The ".into())),
                spanned(Chunk::Verbatim("БелТА".into())),
            ],
        ];
        let mut borrowed = 0;
        for chunks in cases {
            let mut e = Entry::new("k", "misc");
            e.set_chunks("title", chunks.clone());
            let formatted = chunks.format_verbatim();
            let collapsed = formatted.split_whitespace().collect::<Vec<_>>().join(" ");
            let want = (!collapsed.is_empty()).then_some(collapsed);
            let got = e.text_ref("title");
            borrowed += usize::from(matches!(got, Some(Cow::Borrowed(_))));
            assert_eq!(got.map(Cow::into_owned), want, "{chunks:?}");
        }
        assert_eq!(borrowed, 2);
    }

    /// Found by the `csl` fuzz target: an overflow in debug builds.
    #[test]
    fn odd_name_lists_made_by_refman_read_without_overflow() {
        let mut e = Entry::new("k", "book");
        for value in [", =", " and ", "and and", ",,, and ,", "A, B and C, D"] {
            e.set_text("author", value);
            let _ = e.authors();
        }
    }

    #[test]
    fn names_round_trip_with_organisations() {
        let mut e = Entry::new("k", "online");
        let names = vec![
            Name::Organization("БелТА".into()),
            Name::person("Крючкова", "Евгения"),
            Name::Others,
        ];
        e.set_names("author", &names);
        assert_eq!(
            e.written("author").as_deref(),
            Some("{БелТА} and Крючкова, Евгения and others")
        );
        assert_eq!(e.authors(), names);
    }

    #[test]
    fn dates_parse_and_validate() {
        assert_eq!(
            Date::parse_iso("2023-03-27"),
            Some(Date {
                year: 2023,
                month: Some(3),
                day: Some(27)
            })
        );
        assert_eq!(Date::parse_iso("2023-02-30"), None);
        assert_eq!(Date::parse_iso("2023-13"), None);
        assert_eq!(Date::parse_iso("23-01-01"), None);
        // Values the `biblatex` date parser would overflow on are no date.
        let mut e = Entry::new("k", "online");
        for bad in [
            "2020/05/01",
            "05/01",
            "2020//01",
            "1/2/3",
            "211111111111111111111111111022\nx9-12",
            "20211x",
        ] {
            e.set_text("date", bad);
            assert_eq!(e.date(), None, "{bad}");
        }
        for (good, year) in [("2020/2021", 2020), ("-0044-03-15", -44), ("../2020", 2020)] {
            e.set_text("date", good);
            assert_eq!(e.date().map(|d| d.year), Some(year), "{good}");
        }
        assert_eq!(Date::year(2020).to_string(), "2020");
    }

    #[test]
    fn text_collapses_whitespace_only_where_there_is_some() {
        let mut e = Entry::new("k", "online");
        for (value, text) in [
            ("One two", Some("One two")),
            ("One  two", Some("One two")),
            (" One two", Some("One two")),
            ("One two ", Some("One two")),
            ("One\ntwo", Some("One two")),
            ("One\u{a0}two", Some("One two")),
            ("   ", None),
            ("x", Some("x")),
        ] {
            e.set_text("title", value);
            assert_eq!(e.text("title").as_deref(), text, "{value:?}");
        }
        assert!(is_single_spaced(""));
        assert!(!is_single_spaced(" "));
    }

    #[test]
    fn translated_title_needs_brackets() {
        let mut e = Entry::new("k", "online");
        e.set_text("titleaddon", "[A translation]");
        assert_eq!(e.translated_title().as_deref(), Some("A translation"));
        e.set_text("titleaddon", "Review");
        assert_eq!(e.translated_title(), None);
    }
}
