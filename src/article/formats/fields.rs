//! Citation fields that reference managers leave in a document: Zotero
//! (`ADDIN ZOTERO_ITEM CSL_CITATION {…}`, also as OpenDocument reference
//! marks), Mendeley (`ADDIN CSL_CITATION {…}`) and EndNote (`ADDIN EN.CITE
//! <EndNote>…`). Their embedded records are the works, exactly: they are
//! returned as CSL-JSON items, with the cited locator under `"locator"`.

use serde_json::{Map, Value, json};

use super::xml;

/// The CSL-JSON items of a field's instruction text; `None` when it is not
/// a citation field, an empty list when its data cannot be read.
pub fn items_from_field(instruction: &str) -> Option<Vec<Value>> {
    let t = instruction.trim();
    let t = t.strip_prefix("ADDIN").map_or(t, str::trim_start);
    if let Some(rest) = t
        .strip_prefix("ZOTERO_ITEM")
        .or_else(|| t.strip_prefix("CSL_CITATION"))
        .or_else(|| t.strip_prefix("MENDELEY CITATION"))
    {
        return Some(csl_citation(rest));
    }
    if let Some(rest) = t.strip_prefix("EN.CITE") {
        if rest.starts_with(".DATA") {
            // The record is in the field's binary data, not its text.
            return Some(Vec::new());
        }
        return Some(endnote(rest));
    }
    None
}

/// `{"citationItems": [{"itemData": {…}, "locator": "12"}], …}` after an
/// optional `CSL_CITATION` word; trailing text (Zotero's `RND…` suffix in
/// OpenDocument) is ignored.
fn csl_citation(rest: &str) -> Vec<Value> {
    let Some(start) = rest.find('{') else {
        return Vec::new();
    };
    let mut stream = serde_json::Deserializer::from_str(&rest[start..]).into_iter::<Value>();
    let Some(Ok(citation)) = stream.next() else {
        return Vec::new();
    };
    let Some(items) = citation.get("citationItems").and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|cited| {
            let mut item = cited.get("itemData")?.as_object()?.clone();
            if let Some(locator) = cited.get("locator") {
                let locator = match locator {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                item.insert("locator".into(), Value::String(locator));
            }
            Some(Value::Object(item))
        })
        .collect()
}

/// EndNote's `<EndNote><Cite>…<record>…</record></Cite></EndNote>`.
fn endnote(rest: &str) -> Vec<Value> {
    let Some(start) = rest.find('<') else {
        return Vec::new();
    };
    let Ok(root) = xml::parse(rest[start..].trim()) else {
        return Vec::new();
    };
    root.descendants("Cite")
        .into_iter()
        .filter_map(|cite| {
            let record = cite.child("record")?;
            let mut item = endnote_record(record);
            if let Some(pages) = cite
                .child("Pages")
                .map(|p| p.text())
                .filter(|p| !p.trim().is_empty())
            {
                item.insert("locator".into(), Value::String(pages.trim().to_string()));
            }
            Some(Value::Object(item))
        })
        .collect()
}

fn endnote_record(record: &xml::Element) -> Map<String, Value> {
    let text_of = |path: &[&str]| -> Option<String> {
        let mut e = record;
        for name in path {
            e = e.child(name)?;
        }
        let t = e.text();
        let t = t.trim();
        (!t.is_empty()).then(|| t.to_string())
    };
    let kind = record
        .child("ref-type")
        .and_then(|r| r.attr("name"))
        .unwrap_or_default();
    let csl_type = match kind {
        "Journal Article" | "Electronic Article" => "article-journal",
        "Magazine Article" => "article-magazine",
        "Newspaper Article" => "article-newspaper",
        "Book" | "Edited Book" | "Electronic Book" => "book",
        "Book Section" | "Electronic Book Section" => "chapter",
        "Report" | "Government Document" => "report",
        "Thesis" => "thesis",
        "Conference Paper" | "Conference Proceedings" => "paper-conference",
        "Web Page" | "Blog" => "webpage",
        "Statute" | "Bill" => "legislation",
        "Case" => "legal_case",
        "Dataset" => "dataset",
        _ => "document",
    };
    let mut item = Map::new();
    item.insert("type".into(), json!(csl_type));
    let names = |role: &str| -> Vec<Value> {
        record
            .child("contributors")
            .and_then(|c| c.child(role))
            .map(|list| {
                list.elements()
                    .map(|a| {
                        let name = a.text();
                        let name = name.trim();
                        match name.split_once(',') {
                            Some((family, given)) => {
                                json!({"family": family.trim(), "given": given.trim()})
                            }
                            None => json!({"literal": name}),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let authors = names("authors");
    if !authors.is_empty() {
        item.insert("author".into(), Value::Array(authors));
    }
    let editors = names("secondary-authors");
    if !editors.is_empty() && csl_type == "chapter" {
        item.insert("editor".into(), Value::Array(editors));
    }
    let fields: [(&str, &[&str]); 12] = [
        ("title", &["titles", "title"]),
        ("container-title", &["titles", "secondary-title"]),
        ("volume", &["volume"]),
        ("issue", &["number"]),
        ("page", &["pages"]),
        ("publisher", &["publisher"]),
        ("publisher-place", &["pub-location"]),
        ("edition", &["edition"]),
        ("DOI", &["electronic-resource-num"]),
        ("ISBN", &["isbn"]),
        ("language", &["language"]),
        ("URL", &["urls", "related-urls", "url"]),
    ];
    for (field, path) in fields {
        if let Some(v) = text_of(path) {
            item.insert(field.into(), Value::String(v));
        }
    }
    if !item.contains_key("container-title")
        && let Some(v) = text_of(&["periodical", "full-title"])
    {
        item.insert("container-title".into(), Value::String(v));
    }
    if let Some(year) = text_of(&["dates", "year"]).and_then(|y| y.parse::<i64>().ok()) {
        item.insert("issued".into(), json!({"date-parts": [[year]]}));
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zotero_mendeley_and_endnote_fields() {
        let zotero = r#" ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"a1","citationItems":[{"id":7,"locator":"12","itemData":{"type":"book","title":"A Book","author":[{"family":"Smith","given":"Ann"}],"issued":{"date-parts":[["2020"]]}}}],"schema":"x"} "#;
        let items = items_from_field(zotero).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["title"], "A Book");
        assert_eq!(items[0]["locator"], "12");

        let mendeley = r#"ADDIN CSL_CITATION {"citationItems":[{"id":"x","itemData":{"type":"article-journal","title":"T"}},{"id":"y","itemData":{"type":"book","title":"U"}}],"mendeley":{}}"#;
        assert_eq!(items_from_field(mendeley).unwrap().len(), 2);

        let odt = r#"ZOTERO_ITEM CSL_CITATION {"citationItems":[{"itemData":{"type":"book","title":"V"}}]} RND7f8s"#;
        assert_eq!(items_from_field(odt).unwrap()[0]["title"], "V");

        let endnote = "ADDIN EN.CITE <EndNote><Cite><Author>Roe</Author><Year>2019</Year><Pages>4</Pages><record><ref-type name=\"Journal Article\">17</ref-type><contributors><authors><author>Roe, Jane</author></authors></contributors><titles><title>On Things</title><secondary-title>J. of X</secondary-title></titles><volume>3</volume><dates><year>2019</year></dates></record></Cite></EndNote>";
        let items = items_from_field(endnote).unwrap();
        assert_eq!(items[0]["type"], "article-journal");
        assert_eq!(items[0]["author"][0]["family"], "Roe");
        assert_eq!(items[0]["container-title"], "J. of X");
        assert_eq!(items[0]["issued"]["date-parts"][0][0], 2019);
        assert_eq!(items[0]["locator"], "4");

        assert_eq!(items_from_field(r#"HYPERLINK "https://x.org""#), None);
        assert_eq!(
            items_from_field("ADDIN ZOTERO_ITEM CSL_CITATION {broken"),
            Some(vec![])
        );
    }
}
