//! Word documents (Office Open XML): footnotes and endnotes from
//! `word/footnotes.xml` and `word/endnotes.xml`, numbered in the order the
//! body (`word/document.xml`) refers to them, as Word shows them.
//!
//! Italic runs (direct or through a character style) become emphasis;
//! hyperlinks are read from their relationship targets, not their visible
//! text; tracked changes are read as accepted (insertions kept, deletions
//! dropped); reference managers' citation fields give their embedded items.

use std::collections::{HashMap, HashSet};

use super::rich::Rich;
use super::xml::Element;
use super::zipped::Zipped;
use super::{Format, FormatError, fields, number_in_order};
use crate::article::markers::MarkerStyle;
use crate::article::{Article, Meta, Note};

const FORMAT: Format = Format::Docx;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Footnote,
    Endnote,
}

/// A note's content before it is numbered.
struct Body {
    text: String,
    items: Vec<serde_json::Value>,
}

pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    let mut zip = Zipped::open(bytes, FORMAT)?;
    let document = zip.xml("word/document.xml")?.ok_or_else(|| {
        FormatError::corrupt(
            FORMAT,
            "the container has no word/document.xml (not a Word document)",
        )
    })?;
    let italic_styles = zip
        .xml("word/styles.xml")?
        .map(|s| italic_character_styles(&s))
        .unwrap_or_default();

    let mut bodies: HashMap<(Kind, String), Body> = HashMap::new();
    let mut order_in_part: Vec<(Kind, String)> = Vec::new();
    for (kind, part, rels) in [
        (
            Kind::Footnote,
            "word/footnotes.xml",
            "word/_rels/footnotes.xml.rels",
        ),
        (
            Kind::Endnote,
            "word/endnotes.xml",
            "word/_rels/endnotes.xml.rels",
        ),
    ] {
        let Some(xml) = zip.xml(part)? else { continue };
        let rels = zip
            .xml(rels)?
            .map(|r| relationships(&r))
            .unwrap_or_default();
        for note in xml.elements() {
            // Separators and continuation notices are not notes.
            if !matches!(note.local(), "footnote" | "endnote")
                || note.attr("type").is_some_and(|t| t != "normal")
            {
                continue;
            }
            let Some(id) = note.attr("id") else { continue };
            let mut reader = Runs::new(&rels, &italic_styles);
            reader.walk(note);
            let items = std::mem::take(&mut reader.items);
            let text = reader.rich.finish();
            if text.is_empty() && items.is_empty() {
                continue;
            }
            order_in_part.push((kind, id.to_string()));
            bodies.insert((kind, id.to_string()), Body { text, items });
        }
    }

    let references = note_references(&document);
    let mut article = Article::default();
    let mut seen: HashSet<(Kind, String)> = HashSet::new();
    let has_footnotes = bodies.keys().any(|(k, _)| *k == Kind::Footnote);
    let mut counters = [0usize; 2];
    let mut push = |article: &mut Article, kind: Kind, body: Body| {
        let c = &mut counters[kind as usize];
        *c += 1;
        article.notes.push(Note {
            marker: c.to_string(),
            style: MarkerStyle::Superscript,
            text: body.text,
            line: 0,
            section: usize::from(kind == Kind::Endnote && has_footnotes),
            items: body.items,
        });
    };
    for key in references {
        if !seen.insert(key.clone()) {
            continue;
        }
        match bodies.remove(&key) {
            Some(body) => push(&mut article, key.0, body),
            None => article
                .markers_without_note
                .push(format!("{:?} {}", key.0, key.1).to_lowercase()),
        }
    }
    // Notes the body never refers to, in the order of their part.
    for key in order_in_part {
        if let Some(body) = bodies.remove(&key) {
            push(&mut article, key.0, body);
            if let Some(n) = article.notes.last() {
                article.notes_never_referenced.push(n.marker.clone());
            }
        }
    }
    if article.notes.is_empty() {
        return Err(FormatError::no_notes(
            FORMAT,
            "the Word document has no footnotes or endnotes (word/footnotes.xml and word/endnotes.xml hold none)",
        ));
    }
    // Footnotes first, then endnotes, each in reference order.
    article.notes.sort_by_key(|n| n.section);
    number_in_order(&mut article);
    article.meta = meta(&mut zip)?;
    Ok(article)
}

/// Footnote and endnote references of the body, in document order;
/// deleted text excluded.
fn note_references(document: &Element) -> Vec<(Kind, String)> {
    let mut out = Vec::new();
    let mut stack: Vec<&Element> = vec![document];
    while let Some(e) = stack.pop() {
        match e.local() {
            "del" | "moveFrom" => continue,
            "footnoteReference" | "endnoteReference" => {
                if let Some(id) = e.attr("id") {
                    let kind = if e.local() == "footnoteReference" {
                        Kind::Footnote
                    } else {
                        Kind::Endnote
                    };
                    out.push((kind, id.to_string()));
                }
                continue;
            }
            _ => {}
        }
        let children: Vec<&Element> = e.elements().collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// Relationship ids to targets (`word/_rels/*.rels`).
fn relationships(rels: &Element) -> HashMap<String, String> {
    rels.elements()
        .filter_map(|r| Some((r.attr("Id")?.to_string(), r.attr("Target")?.to_string())))
        .collect()
}

/// Character styles that make text italic (`Emphasis`, a reference
/// manager's "Title" style), following `basedOn` one level.
fn italic_character_styles(styles: &Element) -> HashSet<String> {
    let mut italic = HashSet::new();
    let mut based_on: Vec<(String, String)> = Vec::new();
    for style in styles.elements().filter(|s| s.local() == "style") {
        let Some(id) = style.attr("styleId") else {
            continue;
        };
        if style.child("rPr").is_some_and(is_italic) {
            italic.insert(id.to_string());
        } else if let Some(base) = style.child("basedOn").and_then(|b| b.attr("val")) {
            based_on.push((id.to_string(), base.to_string()));
        }
    }
    for (id, base) in based_on {
        if italic.contains(&base) {
            italic.insert(id);
        }
    }
    italic
}

/// `<w:i/>` or `<w:i w:val="true"/>` in run properties.
fn is_italic(rpr: &Element) -> bool {
    rpr.child("i")
        .is_some_and(|i| !matches!(i.attr("val"), Some("0" | "false" | "off")))
}

/// A field being read: its instruction, then its visible result.
struct Field {
    instruction: String,
    in_result: bool,
    result: String,
}

/// The reader of one note's runs.
struct Runs<'a> {
    rels: &'a HashMap<String, String>,
    italic_styles: &'a HashSet<String>,
    rich: Rich,
    items: Vec<serde_json::Value>,
    fields: Vec<Field>,
}

impl<'a> Runs<'a> {
    fn new(rels: &'a HashMap<String, String>, italic_styles: &'a HashSet<String>) -> Self {
        Runs {
            rels,
            italic_styles,
            rich: Rich::default(),
            items: Vec::new(),
            fields: Vec::new(),
        }
    }

    fn walk(&mut self, e: &Element) {
        for child in e.elements() {
            match child.local() {
                "p" => {
                    self.walk(child);
                    self.rich.space();
                }
                "r" => self.run(child),
                "hyperlink" => self.hyperlink(child),
                "fldSimple" => self.simple_field(child),
                // Tracked changes read as accepted.
                "del" | "moveFrom" | "pPr" | "rPr" | "sectPr" => {}
                _ => self.walk(child),
            }
        }
    }

    fn run(&mut self, run: &Element) {
        let italic = run.child("rPr").is_some_and(|rpr| {
            is_italic(rpr)
                || rpr
                    .child("rStyle")
                    .and_then(|s| s.attr("val"))
                    .is_some_and(|s| self.italic_styles.contains(s))
        });
        for part in run.elements() {
            match part.local() {
                "t" => self.text(&part.text(), italic),
                "tab" | "br" | "cr" => self.text(" ", false),
                "noBreakHyphen" => self.text("-", italic),
                "instrText" => {
                    if let Some(f) = self.fields.last_mut() {
                        f.instruction.push_str(&part.text());
                    }
                }
                "fldChar" => match part.attr("fldCharType") {
                    Some("begin") => self.fields.push(Field {
                        instruction: String::new(),
                        in_result: false,
                        result: String::new(),
                    }),
                    Some("separate") => {
                        if let Some(f) = self.fields.last_mut() {
                            f.in_result = true;
                        }
                    }
                    Some("end") => {
                        if let Some(f) = self.fields.pop() {
                            self.end_field(f);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }

    /// Text of a run: into a link's visible text when inside a HYPERLINK
    /// field's result, else into the note.
    fn text(&mut self, text: &str, italic: bool) {
        if let Some(f) = self.fields.last_mut() {
            if !f.in_result {
                return;
            }
            if hyperlink_target(&f.instruction).is_some() {
                f.result.push_str(text);
                return;
            }
        }
        self.rich.text(text, italic);
    }

    fn end_field(&mut self, field: Field) {
        if let Some(target) = hyperlink_target(&field.instruction) {
            self.rich.link(&field.result, &target);
        } else if let Some(items) = fields::items_from_field(&field.instruction) {
            self.items.extend(items);
        }
    }

    fn simple_field(&mut self, field: &Element) {
        let instruction = field.attr("instr").unwrap_or_default();
        if let Some(target) = hyperlink_target(instruction) {
            let visible = field.text();
            self.rich.link(&visible, &target);
            return;
        }
        if let Some(items) = fields::items_from_field(instruction) {
            self.items.extend(items);
        }
        self.walk(field);
    }

    fn hyperlink(&mut self, link: &Element) {
        let target = link
            .attr("r:id")
            .or_else(|| link.attr("id"))
            .and_then(|id| self.rels.get(id));
        match target {
            Some(target) => {
                let visible: String = link.descendants("t").iter().map(|t| t.text()).collect();
                self.rich.link(&visible, target);
            }
            // An anchor inside the document: its words only.
            None => self.walk(link),
        }
    }
}

/// The target of a `HYPERLINK "url"` field instruction (`\l` anchors
/// inside the document are not targets).
fn hyperlink_target(instruction: &str) -> Option<String> {
    let rest = instruction.trim().strip_prefix("HYPERLINK")?.trim();
    if rest.starts_with("\\l") {
        return None;
    }
    let target = rest
        .strip_prefix('"')
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| rest.split_whitespace().next().unwrap_or_default());
    (!target.is_empty()).then(|| target.to_string())
}

/// `docProps/core.xml` (title, creator, created, language) and
/// `docProps/app.xml` (company) as the article's metadata.
fn meta(zip: &mut Zipped) -> Result<Meta, FormatError> {
    let mut meta = Meta::default();
    if let Some(core) = zip.xml("docProps/core.xml")? {
        let field = |name: &str| {
            core.child(name)
                .map(|e| e.text().trim().to_string())
                .filter(|t| !t.is_empty())
        };
        meta.title = field("title");
        meta.authors = field("creator")
            .map(|c| {
                c.split(';')
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        meta.date = field("created").map(|d| d.chars().take(10).collect());
        meta.language = field("language");
    }
    if let Some(app) = zip.xml("docProps/app.xml")? {
        meta.publisher = app
            .child("Company")
            .map(|c| c.text().trim().to_string())
            .filter(|t| !t.is_empty());
    }
    Ok(meta)
}
