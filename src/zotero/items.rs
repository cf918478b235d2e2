//! Entries as Zotero API items, built from the one CSL mapping
//! (`csl::to_csl_json`): each CSL variable goes to the field the item's
//! type has for it, and whatever the type has no field for goes to Extra
//! as a `variable: value` line (Zotero's own convention), with the citation
//! key (`Citation Key: …`) and BibLaTeX fields CSL does not carry
//! (`tex.langid: …`, `tex.titleaddon: …`), so nothing refman knows is lost.

use serde_json::{Map, Value, json};

use crate::csl::to_csl_json;
use crate::entry::Entry;

/// The Zotero item type for a CSL type.
fn item_type(csl: &str) -> &'static str {
    match csl {
        "article-journal" => "journalArticle",
        "article-newspaper" => "newspaperArticle",
        "article-magazine" => "magazineArticle",
        "book" => "book",
        "chapter" => "bookSection",
        "paper-conference" => "conferencePaper",
        "report" => "report",
        "thesis" => "thesis",
        "webpage" => "webpage",
        "post" | "post-weblog" => "blogPost",
        "legislation" => "statute",
        "legal_case" => "case",
        "patent" => "patent",
        "dataset" => "dataset",
        "software" => "computerProgram",
        "manuscript" => "manuscript",
        "motion_picture" => "videoRecording",
        "standard" => "standard",
        "hearing" => "hearing",
        "speech" => "presentation",
        _ => "document",
    }
}

/// The Zotero field of a CSL variable in an item type, if it has one.
fn field(item_type: &str, variable: &str) -> Option<&'static str> {
    let t = item_type;
    Some(match variable {
        "title" => "title",
        "URL" => "url",
        "language" => "language",
        "abstract" => "abstractNote",
        "container-title" => match t {
            "journalArticle" | "newspaperArticle" | "magazineArticle" => "publicationTitle",
            "webpage" => "websiteTitle",
            "blogPost" => "blogTitle",
            "bookSection" => "bookTitle",
            "conferencePaper" => "proceedingsTitle",
            _ => return None,
        },
        "collection-title" => match t {
            "book" | "bookSection" | "journalArticle" => "series",
            "report" => "seriesTitle",
            _ => return None,
        },
        "publisher" => match t {
            "book" | "bookSection" | "conferencePaper" | "document" | "dataset" | "standard" => {
                "publisher"
            }
            "report" => "institution",
            "thesis" => "university",
            "computerProgram" => "company",
            _ => return None,
        },
        "publisher-place" => match t {
            "book" | "bookSection" | "report" | "thesis" | "newspaperArticle"
            | "conferencePaper" | "manuscript" => "place",
            _ => return None,
        },
        "volume" => match t {
            "journalArticle" | "book" | "bookSection" | "conferencePaper" | "magazineArticle" => {
                "volume"
            }
            _ => return None,
        },
        "issue" => match t {
            "journalArticle" | "magazineArticle" => "issue",
            "report" => "reportNumber",
            "hearing" => "documentNumber",
            _ => return None,
        },
        "page" => match t {
            "journalArticle" | "bookSection" | "conferencePaper" | "newspaperArticle"
            | "magazineArticle" | "report" | "hearing" => "pages",
            _ => return None,
        },
        "number-of-pages" => match t {
            "book" | "thesis" | "manuscript" => "numPages",
            _ => return None,
        },
        "edition" => match t {
            "book" | "newspaperArticle" => "edition",
            _ => return None,
        },
        "genre" => match t {
            "report" => "reportType",
            "thesis" => "thesisType",
            "webpage" => "websiteType",
            "manuscript" => "manuscriptType",
            _ => return None,
        },
        "authority" => match t {
            "hearing" => "legislativeBody",
            "case" => "court",
            _ => return None,
        },
        "DOI" => match t {
            "journalArticle" | "conferencePaper" | "dataset" | "standard" | "preprint" => "DOI",
            _ => return None,
        },
        "ISBN" => match t {
            "book" | "bookSection" | "conferencePaper" => "ISBN",
            _ => return None,
        },
        "ISSN" => match t {
            "journalArticle" | "magazineArticle" | "newspaperArticle" => "ISSN",
            _ => return None,
        },
        _ => return None,
    })
}

/// `{"date-parts": [[2022, 9, 15]]}` as `2022-09-15`.
fn date(value: &Value) -> Option<String> {
    let parts = value.get("date-parts")?.get(0)?.as_array()?;
    let n: Vec<i64> = parts.iter().filter_map(Value::as_i64).collect();
    match n.as_slice() {
        [y, m, d, ..] => Some(format!("{y:04}-{m:02}-{d:02}")),
        [y, m] => Some(format!("{y:04}-{m:02}")),
        [y] => Some(format!("{y:04}")),
        [] => None,
    }
}

fn creators(csl: &Map<String, Value>) -> Vec<Value> {
    let mut out = Vec::new();
    for (variable, role) in [
        ("author", "author"),
        ("editor", "editor"),
        ("translator", "translator"),
    ] {
        let Some(Value::Array(names)) = csl.get(variable) else {
            continue;
        };
        for n in names {
            if let Some(literal) = n.get("literal").and_then(Value::as_str) {
                out.push(json!({"creatorType": role, "name": literal}));
            } else {
                let family = n.get("family").and_then(Value::as_str).unwrap_or_default();
                let given = n.get("given").and_then(Value::as_str).unwrap_or_default();
                out.push(json!({"creatorType": role, "firstName": given, "lastName": family}));
            }
        }
    }
    out
}

/// An entry as a Zotero item (without `key` and `version`, which the
/// caller adds for an update).
pub fn zotero_item(entry: &Entry) -> Value {
    let csl = match to_csl_json(entry) {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    let kind = item_type(csl.get("type").and_then(Value::as_str).unwrap_or_default());
    let mut item = Map::new();
    item.insert("itemType".into(), json!(kind));
    item.insert("creators".into(), Value::Array(creators(&csl)));
    let mut extra = vec![format!("Citation Key: {}", entry.key)];
    for (variable, value) in &csl {
        if matches!(
            variable.as_str(),
            "id" | "type" | "author" | "editor" | "translator" | "issued" | "accessed"
        ) {
            continue;
        }
        let Some(text) = value.as_str() else { continue };
        match field(kind, variable) {
            Some(f) => {
                item.insert(f.into(), json!(text));
            }
            None => extra.push(format!("{variable}: {text}")),
        }
    }
    if let Some(d) = csl.get("issued").and_then(date) {
        item.insert("date".into(), json!(d));
    }
    if let Some(d) = csl.get("accessed").and_then(date) {
        item.insert("accessDate".into(), json!(d));
    }
    for name in [
        "langid",
        "titleaddon",
        "usere",
        "origtitle",
        "origlanguage",
        "ids",
    ] {
        if let Some(v) = entry.text(name) {
            extra.push(format!("tex.{name}: {v}"));
        }
    }
    item.insert("extra".into(), json!(extra.join("\n")));
    Value::Object(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::Name;

    #[test]
    fn fields_by_type_and_the_rest_in_extra() {
        let mut e = Entry::new("belta2022", "online");
        e.set_names("author", &[Name::Organization("БелТА".into())]);
        e.set_text("title", "Лукашенко и Си Цзиньпин встретились в Самарканде");
        e.set_text(
            "titleaddon",
            "[Lukashenko and Xi Jinping meet in Samarkand]",
        );
        e.set_text("date", "2022-09-15");
        e.set_text("url", "https://www.belta.by/x");
        e.set_text("langid", "russian");
        e.set_text("doi", "10.5555/x");
        let item = zotero_item(&e);
        assert_eq!(item["itemType"], "webpage");
        assert_eq!(item["creators"][0]["name"], "БелТА");
        assert_eq!(item["date"], "2022-09-15");
        assert_eq!(item["url"], "https://www.belta.by/x");
        let extra = item["extra"].as_str().unwrap_or_default();
        assert!(extra.starts_with("Citation Key: belta2022"));
        assert!(
            extra.contains("DOI: 10.5555/x"),
            "a webpage has no DOI field: {extra}"
        );
        assert!(extra.contains("tex.langid: russian"));
        assert!(item.get("DOI").is_none());
    }

    #[test]
    fn a_speech_in_the_debates_is_a_hearing_of_its_chamber() {
        let mut e = Entry::new("churchill1938", "misc");
        e.set_names("author", &[Name::Organization("Winston Churchill".into())]);
        e.set_text("entrysubtype", "hearing");
        e.set_text("title", "Speech on the Munich Agreement");
        e.set_text("institution", "House of Commons");
        e.set_text("pages", "359--373");
        e.set_text("date", "1938-10-05");
        let item = zotero_item(&e);
        assert_eq!(item["itemType"], "hearing");
        assert_eq!(item["legislativeBody"], "House of Commons");
        assert_eq!(item["pages"], "359–373");
        // A court is a case's authority.
        let mut e = Entry::new("case2019", "jurisdiction");
        e.set_text("title", "Decision No. 7-r/2019");
        e.set_text("institution", "Constitutional Court");
        assert_eq!(zotero_item(&e)["court"], "Constitutional Court");
    }
}
