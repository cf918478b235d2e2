//! An entry as `refman list` shows and filters it: key, type, year, first
//! authors, title, and what the filters ask (language, whether it has a
//! date, authors, which fields). Built from a loaded entry or read from the
//! search index, so an unchanged library is listed without being parsed;
//! one filter serves both.

use crate::entry::{Entry, Name};
use crate::lang::Language;

/// One listed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub entry_type: String,
    pub year: Option<i32>,
    /// The `langid` field as written.
    pub langid: Option<String>,
    pub has_date: bool,
    pub has_authors: bool,
    /// Fields with a non-blank value.
    pub fields: Vec<String>,
    /// Family names of the first two authors, "et al." after them.
    pub authors: String,
    pub title: String,
}

impl Row {
    pub fn of(entry: &Entry) -> Row {
        let names = entry.authors();
        let mut shown: Vec<String> = names
            .iter()
            .take(2)
            .map(|n| match n {
                Name::Person { family, .. } => family.clone(),
                Name::Organization(o) => o.clone(),
                Name::Others => "et al.".into(),
            })
            .collect();
        if names.len() > 2 {
            shown.push("et al.".into());
        }
        let date = entry.date();
        Row {
            key: entry.key.clone(),
            entry_type: entry.entry_type.clone(),
            year: date.map(|d| d.year),
            langid: entry.text("langid"),
            has_date: date.is_some(),
            has_authors: !names.is_empty(),
            fields: entry
                .fields()
                .filter(|(name, _)| entry.has_text(name))
                .map(|(name, _)| name.to_string())
                .collect(),
            authors: shown.join(", "),
            title: entry.text("title").unwrap_or_default(),
        }
    }

    /// The row as one line of the index (no tab or newline inside).
    pub fn to_line(&self) -> String {
        let parts = [
            self.entry_type.as_str(),
            &self.year.map(|y| y.to_string()).unwrap_or_default(),
            self.langid.as_deref().unwrap_or("\u{0}"),
            if self.has_date { "1" } else { "0" },
            if self.has_authors { "1" } else { "0" },
            &self.fields.join(","),
            &self.authors,
            &self.title,
        ];
        parts
            .iter()
            .map(|p| escape(p))
            .collect::<Vec<_>>()
            .join("\u{1e}")
    }

    /// A row from its key and [`Row::to_line`]'s text.
    pub fn from_line(key: &str, line: &str) -> Option<Row> {
        let parts: Vec<String> = line.split('\u{1e}').map(unescape).collect();
        let [
            entry_type,
            year,
            langid,
            has_date,
            has_authors,
            fields,
            authors,
            title,
        ] = <[String; 8]>::try_from(parts).ok()?;
        Some(Row {
            key: key.to_string(),
            entry_type,
            year: if year.is_empty() {
                None
            } else {
                Some(year.parse().ok()?)
            },
            langid: (langid != "\u{0}").then_some(langid),
            has_date: has_date == "1",
            has_authors: has_authors == "1",
            fields: fields
                .split(',')
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect(),
            authors,
            title,
        })
    }
}

/// Index text: backslash, tab, newlines and the separators escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{1e}' => out.push_str("\\s"),
            '\u{1f}' => out.push_str("\\u"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('s') => out.push('\u{1e}'),
            Some('u') => out.push('\u{1f}'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// What `refman list` keeps.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub types: Vec<String>,
    /// A BibLaTeX language name or an ISO code.
    pub language: Option<String>,
    /// Inclusive.
    pub years: Option<(i32, i32)>,
    /// Fields the entry must lack (`date` also counts `year`).
    pub missing: Vec<String>,
}

impl Filter {
    /// Whether the filter asks only for types (or nothing): an entry's type
    /// is then all it needs.
    pub fn by_type_alone(&self) -> bool {
        self.language.is_none() && self.years.is_none() && self.missing.is_empty()
    }

    /// Whether an entry of this type is kept by `--type`.
    pub fn keeps_type(&self, entry_type: &str) -> bool {
        self.types.is_empty()
            || self
                .types
                .iter()
                .any(|t| t.eq_ignore_ascii_case(entry_type))
    }

    pub fn keeps(&self, row: &Row) -> bool {
        if !self.keeps_type(&row.entry_type) {
            return false;
        }
        if let Some(wanted) = &self.language {
            let wanted = Language::from_name(wanted).map(|l| l.langid());
            let have = row
                .langid
                .as_deref()
                .and_then(Language::from_name)
                .map(|l| l.langid());
            if wanted.is_none() || wanted != have {
                return false;
            }
        }
        if let Some((from, to)) = self.years
            && !row.year.is_some_and(|y| (from..=to).contains(&y))
        {
            return false;
        }
        self.missing.iter().all(|field| match field.as_str() {
            "date" | "year" => !row.has_date,
            "author" => !row.has_authors,
            other => !row.fields.iter().any(|f| f == other),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_survives_its_index_line() {
        let mut e = Entry::new("k\u{1e}1", "online");
        e.set_text(
            "title",
            "Tab\there, new\nline, back\\slash \u{1f}\u{1e} end",
        );
        e.set_text("langid", "russian");
        e.set_text("date", "2021-03");
        e.set_text("note", "  ");
        let row = Row::of(&e);
        assert_eq!(Row::from_line(&row.key, &row.to_line()), Some(row.clone()));
        assert!(!row.to_line().contains(['\t', '\n']));
        assert_eq!(row.fields, ["title", "langid", "date"]);
        let bare = Row::of(&Entry::new("b", "misc"));
        assert_eq!(Row::from_line("b", &bare.to_line()), Some(bare));
    }

    #[test]
    fn the_filter_reads_rows() {
        let mut e = Entry::new("k", "online");
        e.set_text("langid", "russian");
        e.set_text("date", "2021");
        let row = Row::of(&e);
        let keeps = |f: Filter| f.keeps(&row);
        assert!(keeps(Filter {
            language: Some("ru".into()),
            years: Some((2020, 2022)),
            missing: vec!["author".into(), "url".into()],
            ..Filter::default()
        }));
        assert!(!keeps(Filter {
            missing: vec!["date".into()],
            ..Filter::default()
        }));
        assert!(!keeps(Filter {
            types: vec!["book".into()],
            ..Filter::default()
        }));
    }
}
