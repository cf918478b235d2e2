//! What each service answers, read into [`Found`]: a page's own metadata,
//! the DOI resolver's CSL-JSON, Crossref's work records (with their
//! `update-to` and `updated-by` notices), OpenAlex search results, Open
//! Library's book API, and the Retraction Watch data set. Pure functions
//! of the bytes; anything unexpected reads as "nothing found".

use std::collections::HashMap;

use serde_json::Value;

use super::{Found, Update, normalize_doi};
use crate::article::Meta;
use crate::similarity::words;

/// A page's or PDF's own metadata as evidence.
pub fn from_meta(meta: Meta) -> Found {
    Found {
        title: meta.title,
        authors: meta.authors,
        date: meta.date,
        container: meta.container,
        publisher: meta.publisher,
        doi: meta.doi.map(|d| normalize_doi(&d)),
        language: meta.language,
        updates: Vec::new(),
    }
}

fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Array(a) => a.iter().find_map(text)?,
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// `{"date-parts": [[2020, 5, 19]]}` as `2020-05-19`.
fn date_parts(v: &Value) -> Option<String> {
    let parts = v.get("date-parts")?.get(0)?.as_array()?;
    let n: Vec<i64> = parts.iter().filter_map(Value::as_i64).collect();
    match n.as_slice() {
        [y, m, d, ..] => Some(format!("{y:04}-{m:02}-{d:02}")),
        [y, m] => Some(format!("{y:04}-{m:02}")),
        [y] => Some(format!("{y:04}")),
        [] => v.get("raw").and_then(Value::as_str).map(str::to_string),
    }
}

/// CSL-JSON and Crossref names: `family, given` or a literal name.
fn names(v: Option<&Value>) -> Vec<String> {
    let Some(Value::Array(list)) = v else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|a| {
            let family = a.get("family").and_then(text);
            let given = a.get("given").and_then(text);
            match (family, given) {
                (Some(f), Some(g)) => Some(format!("{f}, {g}")),
                (Some(f), None) => Some(f),
                _ => a.get("literal").or(a.get("name")).and_then(text),
            }
        })
        .collect()
}

/// A CSL-JSON item (the DOI resolver's answer to
/// `Accept: application/vnd.citationstyles.csl+json`) or a Crossref work.
pub fn csl_item(v: &Value) -> Option<Found> {
    let title = v.get("title").and_then(text);
    let doi = v.get("DOI").and_then(text).map(|d| normalize_doi(&d));
    if title.is_none() && doi.is_none() {
        return None;
    }
    let date = [
        "issued",
        "published",
        "published-print",
        "published-online",
        "created",
    ]
    .iter()
    .find_map(|k| v.get(*k).and_then(date_parts));
    let mut updates = Vec::new();
    // On the original: the notices that update it.
    if let Some(Value::Array(list)) = v.get("updated-by") {
        updates.extend(list.iter().filter_map(|u| update(u, true)));
    }
    Some(Found {
        title: title.map(|t| match v.get("subtitle").and_then(text) {
            Some(sub) if !t.contains(&sub) => format!("{t}: {sub}"),
            _ => t,
        }),
        authors: names(v.get("author")),
        date,
        container: v.get("container-title").and_then(text),
        publisher: v.get("publisher").and_then(text),
        doi,
        language: v.get("language").and_then(text),
        updates,
    })
}

/// A Crossref `update-to` / `updated-by` record; the kind in refman's words.
fn update(u: &Value, notice_is_other: bool) -> Option<Update> {
    let kind = kind_of(u.get("type").and_then(text)?.as_str())?;
    Some(Update {
        kind: kind.to_string(),
        doi: u
            .get(if notice_is_other { "DOI" } else { "notice" })
            .and_then(text)
            .map(|d| normalize_doi(&d)),
        date: u.get("updated").and_then(date_parts),
    })
}

/// Crossref's and Retraction Watch's names of notices.
fn kind_of(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase().replace(['_', ' '], "-");
    match name.as_str() {
        "retraction" | "retracted" | "removal" | "withdrawal" | "withdrawn" => Some("retraction"),
        "correction" | "erratum" | "corrigendum" | "addendum" | "clarification" => {
            Some("correction")
        }
        "expression-of-concern" => Some("expression-of-concern"),
        _ => None,
    }
}

/// The DOI resolver's CSL-JSON.
pub fn doi_answer(body: &[u8]) -> Option<Found> {
    csl_item(&serde_json::from_slice::<Value>(body).ok()?)
}

/// Crossref's `/works/{doi}`: the work, with `updated-by` notices.
pub fn crossref_work(body: &[u8]) -> Option<Found> {
    let v: Value = serde_json::from_slice(body).ok()?;
    csl_item(v.get("message")?)
}

/// Crossref's `/works?…`: the items of a search.
pub fn crossref_items(body: &[u8]) -> Option<Vec<Found>> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let items = v.get("message")?.get("items")?.as_array()?;
    Some(items.iter().filter_map(csl_item).collect())
}

/// Crossref's `/works?filter=updates:{doi}`: notices whose `update-to`
/// names the DOI (a retraction the original's record does not yet show).
pub fn crossref_notices(body: &[u8], doi: &str) -> Option<Vec<Update>> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let items = v.get("message")?.get("items")?.as_array()?;
    let doi = normalize_doi(doi);
    let mut out = Vec::new();
    for item in items {
        let notice = item.get("DOI").and_then(text).map(|d| normalize_doi(&d));
        let Some(Value::Array(list)) = item.get("update-to") else {
            continue;
        };
        for u in list {
            let targets = u
                .get("DOI")
                .and_then(text)
                .is_some_and(|d| normalize_doi(&d) == doi);
            if targets && let Some(kind) = u.get("type").and_then(text).and_then(|t| kind_of(&t)) {
                out.push(Update {
                    kind: kind.to_string(),
                    doi: notice.clone(),
                    date: u.get("updated").and_then(date_parts),
                });
            }
        }
    }
    Some(out)
}

/// OpenAlex `/works?search=…`: its results.
pub fn openalex_results(body: &[u8]) -> Option<Vec<Found>> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let results = v.get("results")?.as_array()?;
    Some(
        results
            .iter()
            .filter_map(|r| {
                let title = r.get("display_name").or(r.get("title")).and_then(text)?;
                let authors = r
                    .get("authorships")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.get("author")?.get("display_name").and_then(text))
                            .collect()
                    })
                    .unwrap_or_default();
                let retracted = r.get("is_retracted").and_then(Value::as_bool) == Some(true);
                Some(Found {
                    title: Some(title),
                    authors,
                    date: r.get("publication_date").and_then(text).or_else(|| {
                        r.get("publication_year")
                            .and_then(Value::as_i64)
                            .map(|y| y.to_string())
                    }),
                    container: r
                        .get("primary_location")
                        .and_then(|l| l.get("source"))
                        .and_then(|s| s.get("display_name"))
                        .and_then(text),
                    publisher: None,
                    doi: r.get("doi").and_then(text).map(|d| normalize_doi(&d)),
                    language: r.get("language").and_then(text),
                    updates: if retracted {
                        vec![Update {
                            kind: "retraction".into(),
                            doi: None,
                            date: None,
                        }]
                    } else {
                        Vec::new()
                    },
                })
            })
            .collect(),
    )
}

/// Open Library `/api/books?bibkeys=ISBN:…&format=json&jscmd=data`.
/// `Some(None)` when it answered and knows no such book.
pub fn openlibrary_book(body: &[u8]) -> Option<Option<Found>> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let object = v.as_object()?;
    let Some(book) = object.values().next() else {
        return Some(None);
    };
    let title = book.get("title").and_then(text);
    let title = match (title, book.get("subtitle").and_then(text)) {
        (Some(t), Some(s)) => Some(format!("{t}: {s}")),
        (t, _) => t,
    };
    let list = |key: &str| -> Vec<String> {
        book.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.get("name").and_then(text))
                    .collect()
            })
            .unwrap_or_default()
    };
    Some(Some(Found {
        title,
        authors: list("authors"),
        date: book.get("publish_date").and_then(text),
        container: None,
        publisher: list("publishers").into_iter().next(),
        doi: None,
        language: None,
        updates: Vec::new(),
    }))
}

/// The Retraction Watch data set (the CSV Crossref publishes): notices by
/// the original paper's DOI and by its normalised title.
#[derive(Debug, Default)]
pub struct Retractions {
    by_doi: HashMap<String, Vec<Update>>,
    by_title: HashMap<String, Vec<Update>>,
}

impl Retractions {
    /// Reads the CSV; the columns are found by name, so older and newer
    /// layouts of the file both work. An error names the line.
    pub fn from_csv(text: &str) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| e.to_string())?.clone();
        let column = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        let (Some(doi), Some(nature)) = (column("OriginalPaperDOI"), column("RetractionNature"))
        else {
            return Err(
                "not the Retraction Watch data set: no OriginalPaperDOI and RetractionNature columns"
                    .to_string(),
            );
        };
        let title = column("Title");
        let notice = column("RetractionDOI");
        let date = column("RetractionDate");
        let mut out = Retractions::default();
        for (i, record) in reader.records().enumerate() {
            let record = record.map_err(|e| format!("line {}: {e}", i + 2))?;
            let cell = |c: Option<usize>| {
                c.and_then(|c| record.get(c))
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("unavailable"))
            };
            let Some(kind) = cell(Some(nature)).and_then(kind_of) else {
                continue;
            };
            let update = Update {
                kind: kind.to_string(),
                doi: cell(notice).map(normalize_doi),
                date: cell(date).map(str::to_string),
            };
            if let Some(d) = cell(Some(doi)) {
                out.by_doi
                    .entry(normalize_doi(d))
                    .or_default()
                    .push(update.clone());
            }
            if let Some(t) = cell(title)
                .map(title_key)
                .filter(|t| t.matches(' ').count() >= 4)
            {
                out.by_title.entry(t).or_default().push(update);
            }
        }
        Ok(out)
    }

    pub fn len(&self) -> usize {
        self.by_doi.len().max(self.by_title.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The notices about a work, by DOI, else by a long enough title.
    pub fn lookup(&self, doi: Option<&str>, title: Option<&str>) -> Vec<Update> {
        if let Some(found) = doi.and_then(|d| self.by_doi.get(&normalize_doi(d))) {
            return found.clone();
        }
        title
            .map(title_key)
            .and_then(|t| self.by_title.get(&t))
            .cloned()
            .unwrap_or_default()
    }
}

fn title_key(title: &str) -> String {
    words(title).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossref_work_with_updated_by() {
        let body = br#"{"status":"ok","message":{"DOI":"10.1000/ORIG","title":["A finding"],
            "author":[{"given":"Ann","family":"Lee"}],"issued":{"date-parts":[[2019,4]]},
            "container-title":["Journal of Results"],"publisher":"Acme",
            "updated-by":[{"type":"retraction","DOI":"10.1000/notice","updated":{"date-parts":[[2021,1,5]]}}]}}"#;
        let f = crossref_work(body).expect("a work");
        assert_eq!(f.title.as_deref(), Some("A finding"));
        assert_eq!(f.authors, ["Lee, Ann"]);
        assert_eq!(f.date.as_deref(), Some("2019-04"));
        assert_eq!(f.doi.as_deref(), Some("10.1000/orig"));
        assert_eq!(f.updates[0].kind, "retraction");
        assert_eq!(f.updates[0].doi.as_deref(), Some("10.1000/notice"));
    }

    #[test]
    fn notices_that_update_a_doi() {
        let body = br#"{"message":{"items":[{"DOI":"10.1000/eoc","update-to":[
            {"type":"expression_of_concern","DOI":"10.1000/orig"},{"type":"retraction","DOI":"10.1000/other"}]}]}}"#;
        let u = crossref_notices(body, "https://doi.org/10.1000/ORIG").expect("parsed");
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].kind, "expression-of-concern");
        assert_eq!(u[0].doi.as_deref(), Some("10.1000/eoc"));
    }

    #[test]
    fn openlibrary_and_openalex() {
        let book = br#"{"ISBN:9780000000001":{"title":"Salt","subtitle":"A World History",
            "authors":[{"name":"Mark Kurlansky"}],"publish_date":"2002","publishers":[{"name":"Walker"}]}}"#;
        let f = openlibrary_book(book).flatten().expect("a book");
        assert_eq!(f.title.as_deref(), Some("Salt: A World History"));
        assert_eq!(openlibrary_book(b"{}"), Some(None));
        let works = br#"{"results":[{"display_name":"Salt","publication_year":2002,"doi":"https://doi.org/10.5/X",
            "authorships":[{"author":{"display_name":"Mark Kurlansky"}}],"is_retracted":true}]}"#;
        let r = openalex_results(works).expect("results");
        assert_eq!(r[0].doi.as_deref(), Some("10.5/x"));
        assert_eq!(r[0].updates[0].kind, "retraction");
        assert!(openalex_results(b"not json").is_none());
    }

    #[test]
    fn retraction_watch_csv() {
        let csv = "Record ID,Title,RetractionDate,RetractionDOI,OriginalPaperDOI,RetractionNature\n\
                   1,A study of everything and more besides,2020-01-01,10.9/n1,10.9/ORIG,Retraction\n\
                   2,Short,2020-01-01,,10.9/c,Correction\n\
                   3,Back again,2021-01-01,,10.9/r,Reinstatement\n";
        let r = Retractions::from_csv(csv).expect("read");
        assert_eq!(r.lookup(Some("doi:10.9/orig"), None)[0].kind, "retraction");
        assert_eq!(r.lookup(Some("10.9/c"), None)[0].kind, "correction");
        assert!(r.lookup(Some("10.9/r"), None).is_empty());
        assert_eq!(
            r.lookup(None, Some("A Study of Everything and More Besides"))[0].kind,
            "retraction"
        );
        assert!(Retractions::from_csv("a,b\n1,2\n").is_err());
    }
}
