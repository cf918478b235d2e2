//! OpenDocument text: every `text:note` of `content.xml` (footnotes and
//! endnotes) in document order, with the citation the document shows.
//! Italics come from the automatic and named text styles; links from
//! `xlink:href`; tracked changes read as accepted (the deleted text lives
//! in `text:tracked-changes`, which is skipped); Zotero's reference marks
//! give their embedded items.

use std::collections::HashSet;

use super::rich::Rich;
use super::xml::{Element, Node};
use super::zipped::Zipped;
use super::{Format, FormatError, fields, number_in_order};
use crate::article::markers::MarkerStyle;
use crate::article::{Article, Meta, Note};

const FORMAT: Format = Format::Odt;

pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    let mut zip = Zipped::open(bytes, FORMAT)?;
    let content = zip.xml("content.xml")?.ok_or_else(|| {
        FormatError::corrupt(
            FORMAT,
            "the container has no content.xml (not an OpenDocument text)",
        )
    })?;
    let mut italic = HashSet::new();
    let mut parents: Vec<(String, String)> = Vec::new();
    if let Some(styles) = zip.xml("styles.xml")? {
        italic_styles(&styles, &mut italic, &mut parents);
    }
    italic_styles(&content, &mut italic, &mut parents);
    // A style based on an italic one is italic (two levels are plenty).
    for _ in 0..2 {
        for (name, parent) in &parents {
            if italic.contains(parent) {
                italic.insert(name.clone());
            }
        }
    }

    let mut article = Article::default();
    let mut stack: Vec<&Element> = vec![&content];
    let mut endnotes = Vec::new();
    while let Some(e) = stack.pop() {
        match e.local() {
            "tracked-changes" | "automatic-styles" | "font-face-decls" => continue,
            "note" => {
                let citation = e
                    .child("note-citation")
                    .map(|c| c.attr("label").map_or_else(|| c.text(), str::to_string))
                    .unwrap_or_default();
                let mut reader = Spans {
                    italic: &italic,
                    rich: Rich::default(),
                    items: Vec::new(),
                };
                if let Some(body) = e.child("note-body") {
                    reader.walk(body, false);
                }
                let items = reader.items;
                let text = reader.rich.finish();
                if text.is_empty() && items.is_empty() {
                    continue;
                }
                let note = Note {
                    marker: citation.trim().to_string(),
                    style: MarkerStyle::Superscript,
                    text,
                    line: 0,
                    section: 0,
                    items,
                };
                if e.attr("note-class") == Some("endnote") {
                    endnotes.push(note);
                } else {
                    article.notes.push(note);
                }
                continue;
            }
            _ => {}
        }
        let children: Vec<&Element> = e.elements().collect();
        stack.extend(children.into_iter().rev());
    }
    let has_footnotes = !article.notes.is_empty();
    article.notes.extend(endnotes.into_iter().map(|mut n| {
        n.section = usize::from(has_footnotes);
        n
    }));
    if article.notes.is_empty() {
        return Err(FormatError::no_notes(
            FORMAT,
            "the OpenDocument text has no footnotes or endnotes (no text:note in content.xml)",
        ));
    }
    number_in_order(&mut article);
    article.meta = meta(&mut zip)?;
    Ok(article)
}

/// Text styles whose properties are italic, and every style's parent.
fn italic_styles(
    root: &Element,
    italic: &mut HashSet<String>,
    parents: &mut Vec<(String, String)>,
) {
    for style in root.descendants("style") {
        let Some(name) = style.attr("style:name") else {
            continue;
        };
        let is_italic = style
            .child("text-properties")
            .and_then(|p| p.attr("fo:font-style"))
            .is_some_and(|s| s == "italic" || s == "oblique");
        if is_italic {
            italic.insert(name.to_string());
        } else if let Some(parent) = style.attr("style:parent-style-name") {
            parents.push((name.to_string(), parent.to_string()));
        }
    }
}

struct Spans<'a> {
    italic: &'a HashSet<String>,
    rich: Rich,
    items: Vec<serde_json::Value>,
}

impl Spans<'_> {
    fn walk(&mut self, e: &Element, italic: bool) {
        for node in &e.children {
            let child = match node {
                Node::Text(t) => {
                    self.rich.text(t, italic);
                    continue;
                }
                Node::Element(child) => child,
            };
            let styled = italic
                || child
                    .attr("text:style-name")
                    .is_some_and(|s| self.italic.contains(s));
            match child.local() {
                "p" | "h" => {
                    self.walk(child, styled);
                    self.rich.space();
                }
                "span" => self.walk(child, styled),
                "a" => match child.attr("xlink:href") {
                    Some(href) => self.rich.link(&child.text(), href),
                    None => self.walk(child, styled),
                },
                "s" => {
                    let n = child
                        .attr("text:c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    self.rich.text(&" ".repeat(n.min(8)), false);
                }
                "tab" | "line-break" => self.rich.space(),
                "reference-mark-start" | "reference-mark" | "bookmark-start" | "bookmark" => {
                    if let Some(items) = child.attr("text:name").and_then(fields::items_from_field)
                    {
                        self.items.extend(items);
                    }
                }
                "note-citation" | "tracked-changes" | "annotation" => {}
                _ => self.walk(child, styled),
            }
        }
    }
}

/// `meta.xml`: title, creator, date, language.
fn meta(zip: &mut Zipped) -> Result<Meta, FormatError> {
    let mut meta = Meta::default();
    let Some(root) = zip.xml("meta.xml")? else {
        return Ok(meta);
    };
    let Some(m) = root.child("meta") else {
        return Ok(meta);
    };
    let field = |names: &[&str]| {
        names.iter().find_map(|n| {
            m.elements()
                .find(|e| e.name == *n)
                .map(|e| e.text().trim().to_string())
                .filter(|t| !t.is_empty())
        })
    };
    meta.title = field(&["dc:title"]);
    meta.authors = field(&["dc:creator", "meta:initial-creator"])
        .into_iter()
        .collect();
    meta.date = field(&["meta:creation-date", "dc:date"]).map(|d| d.chars().take(10).collect());
    meta.language = field(&["dc:language"]);
    Ok(meta)
}
