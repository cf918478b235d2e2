//! An HTML page's own metadata: `citation_*` (Highwire) tags, JSON-LD
//! (a creative work, also inside `@graph`), Open Graph, Dublin Core, then
//! `<title>`, the canonical link and `<html lang>`.

use std::collections::HashMap;

use scraper::{ElementRef, Html};

use super::html::{absolute, has_word};
use crate::article::Meta;

/// The page's metadata: `citation_*` (Highwire), JSON-LD, Open Graph,
/// Dublin Core, then `<title>` and `<html lang>`.
pub(super) fn page_meta(doc: &Html, base: Option<&str>) -> Meta {
    let root = doc.root_element();
    let mut tags: HashMap<String, Vec<String>> = HashMap::new();
    for m in root
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
    {
        let v = m.value();
        let Some(key) = v.attr("name").or(v.attr("property")).or(v.attr("itemprop")) else {
            continue;
        };
        let Some(content) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        tags.entry(key.to_ascii_lowercase())
            .or_default()
            .push(content.to_string());
    }
    let first = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| tags.get(*k).and_then(|v| v.first().cloned()))
    };
    let ld = json_ld(&root);
    let mut meta = Meta {
        title: first(&["citation_title", "dc.title", "dcterms.title"])
            .or_else(|| ld.as_ref().and_then(|l| ld_text(l, &["headline", "name"])))
            .or_else(|| first(&["og:title", "twitter:title"]))
            .or_else(|| {
                root.descendent_elements()
                    .find(|e| e.value().name() == "title")
                    .map(|t| t.text().collect::<String>().trim().to_string())
                    .filter(|t| !t.is_empty())
            }),
        authors: tags
            .get("citation_author")
            .or(tags.get("dc.creator"))
            .or(tags.get("dcterms.creator"))
            .cloned()
            .or_else(|| ld.as_ref().map(ld_authors).filter(|a| !a.is_empty()))
            .or_else(|| tags.get("author").cloned())
            .or_else(|| {
                tags.get("article:author")
                    .cloned()
                    .filter(|a| a.iter().all(|x| !x.starts_with("http")))
            })
            .unwrap_or_default(),
        date: first(&[
            "citation_publication_date",
            "citation_date",
            "citation_online_date",
            "dc.date",
            "dcterms.date",
            "dcterms.issued",
        ])
        .or_else(|| {
            ld.as_ref()
                .and_then(|l| ld_text(l, &["datePublished", "dateCreated"]))
        })
        .or_else(|| {
            first(&[
                "article:published_time",
                "og:published_time",
                "date",
                "pubdate",
            ])
        })
        .map(|d| d.chars().take(10).collect::<String>().replace('/', "-")),
        publisher: first(&["citation_publisher", "dc.publisher", "dcterms.publisher"])
            .or_else(|| {
                ld.as_ref()
                    .and_then(|l| l.get("publisher"))
                    .and_then(|p| ld_text(p, &["name"]).or_else(|| p.as_str().map(str::to_string)))
            })
            .or_else(|| first(&["og:site_name", "citation_journal_title"])),
        url: root
            .descendent_elements()
            .find(|e| e.value().name() == "link" && has_word(e.value(), "rel", &["canonical"]))
            .and_then(|l| l.value().attr("href"))
            .and_then(|h| absolute(h, base))
            .or_else(|| {
                first(&[
                    "citation_public_url",
                    "citation_abstract_html_url",
                    "og:url",
                ])
            })
            .or_else(|| base.map(str::to_string)),
        language: first(&["citation_language", "dc.language"])
            .or_else(|| root.value().attr("lang").map(str::to_string)),
        container: first(&[
            "citation_journal_title",
            "citation_conference_title",
            "citation_book_title",
        ])
        .or_else(|| {
            ld.as_ref()
                .and_then(|l| l.get("isPartOf"))
                .and_then(|p| ld_text(p, &["name"]))
        })
        .or_else(|| first(&["og:site_name"])),
        doi: first(&[
            "citation_doi",
            "prism.doi",
            "dc.identifier",
            "dcterms.identifier",
        ])
        .and_then(|d| {
            let d = d.trim();
            let d = d
                .strip_prefix("doi:")
                .or_else(|| d.split_once("doi.org/").map(|(_, rest)| rest))
                .unwrap_or(d);
            d.starts_with("10.").then(|| d.to_string())
        }),
    };
    meta.authors.dedup();
    meta
}

/// The first JSON-LD object describing a creative work.
fn json_ld(root: &ElementRef) -> Option<serde_json::Value> {
    let works = [
        "Article",
        "NewsArticle",
        "ScholarlyArticle",
        "Report",
        "BlogPosting",
        "WebPage",
        "Legislation",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
    ];
    for script in root.descendent_elements().filter(|e| {
        e.value().name() == "script"
            && e.value()
                .attr("type")
                .is_some_and(|t| t.contains("ld+json"))
    }) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) else {
            continue;
        };
        let mut objects = vec![value];
        while let Some(v) = objects.pop() {
            match v {
                serde_json::Value::Array(a) => objects.extend(a),
                serde_json::Value::Object(ref o) => {
                    if let Some(graph) = o.get("@graph") {
                        objects.push(graph.clone());
                    }
                    let kind = o.get("@type");
                    let is_work = match kind {
                        Some(serde_json::Value::String(t)) => works.contains(&t.as_str()),
                        Some(serde_json::Value::Array(ts)) => ts
                            .iter()
                            .any(|t| t.as_str().is_some_and(|t| works.contains(&t))),
                        _ => false,
                    };
                    if is_work {
                        return Some(v);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn ld_text(v: &serde_json::Value, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| v.get(*k)?.as_str().map(|s| s.trim().to_string()))
        .filter(|s| !s.is_empty())
}

fn ld_authors(v: &serde_json::Value) -> Vec<String> {
    let one = |a: &serde_json::Value| {
        a.as_str()
            .map(str::to_string)
            .or_else(|| ld_text(a, &["name"]))
    };
    match v.get("author") {
        Some(serde_json::Value::Array(list)) => list.iter().filter_map(one).collect(),
        Some(a) => one(a).into_iter().collect(),
        None => Vec::new(),
    }
}
