//! Works a reference manager embedded in a document (CSL-JSON items from
//! Zotero, Mendeley and EndNote fields) as parsed works: every field taken
//! as the item gives it, nothing guessed from the note's text.

use serde_json::Value;

use crate::entry::{Date, Name};
use crate::lang::Language;
use crate::parse::{ParsedNote, Work, kind};

/// An embedded item as a parsed citation: the work, and the locator the
/// citation gave as its pinpoint.
pub fn parsed_item(item: &Value) -> ParsedNote {
    let work = work_from_csl(item);
    let missing = kind::missing_fields(&work, work.entry_type);
    ParsedNote {
        work,
        back_reference: None,
        pinpoint: text(item, "locator"),
        confidence: 1.0,
        missing,
        same_author: false,
        same_author_edits: false,
    }
}

fn text(item: &Value, key: &str) -> Option<String> {
    match item.get(key)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A CSL-JSON item as a work, typed as `csl.rs` maps entries back.
pub fn work_from_csl(item: &Value) -> Work {
    let csl_type = item
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("document");
    let (entry_type, newspaper, subtype): (&'static str, bool, Option<&'static str>) =
        match csl_type {
            "article-journal" | "article-magazine" | "article" | "review" => {
                ("article", false, None)
            }
            "article-newspaper" => ("article", true, None),
            "book" => ("book", false, None),
            "chapter" | "entry-encyclopedia" | "entry-dictionary" => ("incollection", false, None),
            "paper-conference" => ("inproceedings", false, None),
            "report" => ("report", false, None),
            "thesis" => ("thesis", false, None),
            "webpage" => ("online", false, None),
            "post-weblog" => ("online", false, Some("blog")),
            "post" => ("online", false, Some("post")),
            "motion_picture" | "broadcast" => ("online", false, Some("video")),
            "legislation" | "bill" => ("legislation", false, None),
            "legal_case" => ("jurisdiction", false, None),
            "dataset" => ("dataset", false, None),
            "software" => ("software", false, None),
            "standard" => ("standard", false, None),
            _ => ("misc", false, None),
        };
    let container = text(item, "container-title");
    let mut work = Work {
        entry_type,
        authors: names(item.get("author")),
        editors: names(item.get("editor")),
        title: text(item, "title"),
        container,
        date: date(item.get("issued")),
        urldate: date(item.get("accessed")),
        volume: text(item, "volume"),
        number: text(item, "issue").or_else(|| text(item, "number")),
        // BibLaTeX writes ranges with `--`, as the note parser does.
        pages: text(item, "page").map(|p| {
            p.replace(['–', '—'], "-")
                .replace("--", "-")
                .replace('-', "--")
        }),
        publisher: text(item, "publisher"),
        location: text(item, "publisher-place"),
        edition: text(item, "edition"),
        url: text(item, "URL"),
        doi: text(item, "DOI").map(|d| {
            d.trim_start_matches("https://doi.org/")
                .trim_start_matches("http://dx.doi.org/")
                .to_string()
        }),
        isbn: text(item, "ISBN"),
        newspaper,
        subtype,
        ..Work::default()
    };
    if entry_type == "thesis" {
        work.thesis = text(item, "genre");
    }
    if entry_type == "report" && work.publisher.is_some() {
        work.institution = work.publisher.take();
    }
    work.language = text(item, "language").and_then(|l| {
        let code = l
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::from_iso(&code).or_else(|| Language::from_name(&l.to_lowercase()))
    });
    work
}

fn names(list: Option<&Value>) -> Vec<Name> {
    let Some(Value::Array(list)) = list else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|n| {
            if let Some(literal) = n.get("literal").and_then(Value::as_str) {
                return Some(Name::Organization(literal.trim().to_string()));
            }
            let family = n.get("family").and_then(Value::as_str)?.trim().to_string();
            let given = n
                .get("given")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_string();
            let prefix = n
                .get("non-dropping-particle")
                .or(n.get("dropping-particle"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let suffix = n
                .get("suffix")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            Some(Name::Person {
                family,
                given,
                prefix,
                suffix,
            })
        })
        .collect()
}

/// `{"date-parts": [[2020, 5, 4]]}` (numbers or strings), or `{"raw":
/// "2020-05-04"}`.
fn date(value: Option<&Value>) -> Option<Date> {
    let value = value?;
    let part = |v: &Value| -> Option<i64> {
        match v {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    };
    if let Some(parts) = value
        .get("date-parts")
        .and_then(|p| p.get(0))
        .and_then(Value::as_array)
    {
        let year = i32::try_from(part(parts.first()?)?).ok()?;
        let month = parts
            .get(1)
            .and_then(part)
            .and_then(|m| u8::try_from(m).ok())
            .filter(|m| (1..=12).contains(m));
        let day = parts
            .get(2)
            .and_then(part)
            .and_then(|d| u8::try_from(d).ok())
            .filter(|d| (1..=31).contains(d));
        return Some(Date {
            year,
            month,
            day: month.and(day),
        });
    }
    let raw = value
        .get("raw")
        .or(value.get("literal"))
        .and_then(Value::as_str)?;
    let mut it = raw.split(['-', '/']).map(str::trim);
    let year = it.next()?.parse().ok()?;
    let month = it
        .next()
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m));
    let day = it
        .next()
        .and_then(|d| d.parse().ok())
        .filter(|d| (1..=31).contains(d));
    Some(Date {
        year,
        month,
        day: month.and(day),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csl_items_become_works() {
        let item: Value = serde_json::from_str(r#"{"type":"article-newspaper","title":"Headline","container-title":"The Daily","author":[{"family":"Smith","given":"Ann"},{"literal":"Reuters"}],"issued":{"date-parts":[["2020","5","4"]]},"URL":"https://ex.org/a","language":"en-GB","locator":"7"}"#).unwrap();
        let p = parsed_item(&item);
        assert_eq!(p.work.entry_type, "article");
        assert!(p.work.newspaper);
        assert_eq!(p.work.authors.len(), 2);
        assert_eq!(
            p.work.date.map(|d| d.to_string()).as_deref(),
            Some("2020-05-04")
        );
        assert_eq!(p.pinpoint.as_deref(), Some("7"));
        assert_eq!(p.work.language.map(|l| l.langid()), Some("english"));
        let report: Value = serde_json::from_str(
            r#"{"type":"report","title":"R","publisher":"Inst","issued":{"raw":"2019"}}"#,
        )
        .unwrap();
        let w = work_from_csl(&report);
        assert_eq!(w.institution.as_deref(), Some("Inst"));
        assert_eq!(w.date.map(|d| d.year), Some(2019));
    }
}
