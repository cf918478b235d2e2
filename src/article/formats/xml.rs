//! A small element tree over `quick-xml`, enough for the XML parts of
//! office documents and EPUB packages: qualified names as written
//! (`w:p`, `text:span`), attributes, text with entities resolved.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Deeper nesting than this is refused: real documents stay far below it
/// and the reader's recursion is bounded by it.
const MAX_DEPTH: usize = 512;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Element {
    /// The qualified name as written: `w:footnote`.
    pub name: String,
    pub attrs: HashMap<String, String>,
    pub children: Vec<Node>,
}

impl Element {
    /// The name without its prefix: `footnote` for `w:footnote`.
    pub fn local(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }

    /// An attribute by its qualified or local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str).or_else(|| {
            self.attrs
                .iter()
                .find(|(k, _)| k.rsplit(':').next() == Some(name))
                .map(|(_, v)| v.as_str())
        })
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element with this local name.
    pub fn child(&self, local: &str) -> Option<&Element> {
        self.elements().find(|e| e.local() == local)
    }

    /// Every element below this one with this local name, in document order.
    pub fn descendants<'a>(&'a self, local: &'a str) -> Vec<&'a Element> {
        let mut out = Vec::new();
        let mut stack: Vec<&Element> = vec![self];
        while let Some(e) = stack.pop() {
            if e.local() == local && !std::ptr::eq(e, self) {
                out.push(e);
            }
            let children: Vec<&Element> = e.elements().collect();
            stack.extend(children.into_iter().rev());
        }
        out
    }

    /// All text below this element, concatenated.
    pub fn text(&self) -> String {
        let mut out = String::new();
        collect_text(self, &mut out);
        out
    }
}

fn collect_text(e: &Element, out: &mut String) {
    for child in &e.children {
        match child {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => collect_text(c, out),
        }
    }
}

/// Parses an XML document to its root element.
pub fn parse(xml: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return Err(format!("elements nest deeper than {MAX_DEPTH} levels"));
                }
                stack.push(element(&e)?);
            }
            Event::Empty(e) => {
                let el = element(&e)?;
                push_node(&mut stack, Node::Element(el));
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(format!(
                        "unbalanced end tag at byte {}",
                        reader.buffer_position()
                    ));
                }
                let done = stack.pop().unwrap_or_default();
                push_node(&mut stack, Node::Element(done));
            }
            Event::Text(t) => {
                let text = t.xml10_content();
                push_text(&mut stack, &text);
            }
            Event::CData(t) => {
                let text = t.into_inner();
                push_text(&mut stack, &text);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r.into_inner())
                        .unwrap_or_default()
                        .to_string(),
                };
                push_text(&mut stack, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err("the document ends inside an element".into());
    }
    let root = stack.pop().unwrap_or_default();
    root.elements()
        .next()
        .cloned()
        .ok_or_else(|| "no root element".to_string())
}

fn element(e: &BytesStart) -> Result<Element, String> {
    let name = e.name().as_ref().to_string();
    let mut attrs = HashMap::new();
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|e| e.to_string())?;
        let key = a.key.as_ref().to_string();
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?
            .into_owned();
        attrs.insert(key, value);
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
    })
}

fn push_node(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(last)) = top.children.last_mut() {
            last.push_str(text);
        } else {
            top.children.push(Node::Text(text.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_attributes_and_entities() {
        let root = parse(r#"<?xml version="1.0"?><w:doc a:x="1 &amp; 2"><w:t>A &lt;b&gt; &#x44;</w:t><w:br/></w:doc>"#).unwrap();
        assert_eq!(root.local(), "doc");
        assert_eq!(root.attr("x"), Some("1 & 2"));
        assert_eq!(root.text(), "A <b> D");
        assert_eq!(root.descendants("br").len(), 1);
        assert!(parse("<a><b></a>").is_err());
        let deep = "<a>".repeat(600) + &"</a>".repeat(600);
        assert!(parse(&deep).is_err());
    }
}
