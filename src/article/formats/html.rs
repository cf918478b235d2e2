//! HTML pages (and the XHTML documents of an EPUB): the notes section as
//! publishers mark it up, read with a real HTML parser (html5ever through
//! `scraper`).
//!
//! Notes are looked for, in this order: DPUB-ARIA roles and `epub:type`
//! (`doc-endnote`, `doc-footnote`, `footnote`, `endnote`); footnote
//! containers of pandoc, Markdown generators, WordPress, Substack and
//! Wikipedia (`section.footnotes`, `ol.references`, `div.footnote`, …);
//! elements whose id names a note (`fn3`, `ftn3`, `cite_note-…-3`); and
//! last, the blocks after a notes heading, read as plain text. A link's
//! `href` wins over its visible text; `<i>`, `<em>`, `<cite>` are emphasis;
//! back-links (`↩`, `^ a b`) are dropped. The page's own metadata comes
//! from `citation_*` meta tags, JSON-LD, Open Graph and Dublin Core.

use std::collections::HashSet;

use scraper::{ElementRef, Html, Node};

use super::html_meta::page_meta;
use super::rich::Rich;
use super::{Format, FormatError, number_in_order};
use crate::article::markers::MarkerStyle;
use crate::article::{Article, Note, decode, heading_name, read_notes};

const FORMAT: Format = Format::Html;

/// An HTML document's bytes to its notes; `base` is the page's address.
pub fn read(bytes: &[u8], base: Option<&str>) -> Result<Article, FormatError> {
    let text = decode(bytes)
        .map_err(|e| FormatError::corrupt(FORMAT, e))?
        .text;
    read_html_at(&text, base)
}

/// A page's own metadata (`citation_*`, JSON-LD, Open Graph, Dublin Core,
/// `<title>`), for checking what a note says against the page it cites.
pub fn page_metadata(html: &str, base: Option<&str>) -> crate::article::Meta {
    page_meta(&Html::parse_document(html), base)
}

/// An HTML document's text to its notes.
pub fn read_html_at(html: &str, base: Option<&str>) -> Result<Article, FormatError> {
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc, base);
    let base = base.map(str::to_string).or_else(|| meta.url.clone());
    let found = collect(&doc, base.as_deref());
    let mut article = if found.notes.is_empty() {
        notes_after_heading(&doc, base.as_deref()).ok_or_else(|| {
            FormatError::no_notes(
                FORMAT,
                "the page has no notes section: no doc-endnotes/doc-footnote roles, no footnotes \
                 list, no note ids (fn1, ftn1, cite_note-…) and no list under a Notes or References heading",
            )
        })?
    } else {
        let mut article = Article::default();
        let referenced: HashSet<&str> = found
            .noterefs
            .iter()
            .map(|(t, _)| t.rsplit('#').next().unwrap_or_default())
            .collect();
        let ids: HashSet<&str> = found.notes.iter().map(|(id, _)| id.as_str()).collect();
        for (id, note) in &found.notes {
            if !found.noterefs.is_empty() && !referenced.contains(id.as_str()) {
                article.notes_never_referenced.push(note.marker.clone());
            }
        }
        for (target, label) in &found.noterefs {
            if !ids.contains(target.rsplit('#').next().unwrap_or_default()) {
                article.markers_without_note.push(label.clone());
            }
        }
        article.notes = found.notes.into_iter().map(|(_, n)| n).collect();
        article
    };
    article.meta = meta;
    number_in_order(&mut article);
    Ok(article)
}

/// Notes found in one document: `(id, note)` in document order, and the
/// in-text references `(target id, label)`.
#[derive(Default)]
pub(super) struct Found {
    pub notes: Vec<(String, Note)>,
    pub noterefs: Vec<(String, String)>,
}

fn attr_words<'a>(e: &'a scraper::node::Element, name: &str) -> impl Iterator<Item = &'a str> {
    e.attr(name).unwrap_or_default().split_whitespace()
}

pub(super) fn has_word(e: &scraper::node::Element, name: &str, words: &[&str]) -> bool {
    attr_words(e, name).any(|w| words.contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether an element is a single note by its role or `epub:type`.
fn is_note_by_role(e: &scraper::node::Element) -> bool {
    has_word(e, "role", &["doc-endnote", "doc-footnote"])
        || has_word(e, "epub:type", &["footnote", "endnote", "rearnote", "note"])
}

/// Whether an element holds a list of notes.
fn is_notes_container(e: &scraper::node::Element) -> bool {
    let classes: Vec<String> = e.classes().map(str::to_ascii_lowercase).collect();
    let id = e.id().unwrap_or_default().to_ascii_lowercase();
    has_word(e, "role", &["doc-endnotes", "doc-footnotes"])
        || has_word(e, "epub:type", &["footnotes", "endnotes", "rearnotes"])
        || classes.iter().any(|c| {
            matches!(
                c.as_str(),
                "footnotes"
                    | "footnotes-list"
                    | "endnotes"
                    | "references"
                    | "reflist"
                    | "wp-block-footnotes"
                    | "footnote-list"
                    | "notes"
                    | "references-list"
            )
        })
        || matches!(
            id.as_str(),
            "footnotes" | "endnotes" | "notes" | "references"
        )
}

/// A note's number from an id such as `fn3`, `fn:3`, `ftn3`,
/// `cite_note-Smith2020-3`, `endnote-3`.
fn id_number(id: &str) -> Option<String> {
    let lower = id.to_ascii_lowercase();
    let known = [
        "fn",
        "footnote",
        "note",
        "endnote",
        "en",
        "ftn",
        "_ftn",
        "edn",
        "_edn",
        "cite_note",
        "n",
    ];
    let prefix_ok = known.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '_' | ':' | '.'))
        })
    });
    if !prefix_ok || lower.contains("ref") {
        return None;
    }
    let digits: String = lower
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!digits.is_empty())
        .then(|| digits.trim_start_matches('0').to_string())
        .filter(|d| !d.is_empty())
}

/// Every note of a document and every in-text reference to one.
pub(super) fn collect(doc: &Html, base: Option<&str>) -> Found {
    let root = doc.root_element();
    let mut candidates: Vec<ElementRef> = Vec::new();
    // 1. Roles and epub:type.
    candidates.extend(
        root.descendent_elements()
            .filter(|e| is_note_by_role(e.value())),
    );
    // 2. Containers: their list items, or Substack's `div.footnote`s.
    if candidates.is_empty() {
        for container in root
            .descendent_elements()
            .filter(|e| is_notes_container(e.value()))
        {
            if container
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| is_notes_container(a.value()))
            {
                continue;
            }
            candidates.extend(container.descendent_elements().filter(|e| {
                e.value().name() == "li"
                    && e.ancestors()
                        .filter_map(ElementRef::wrap)
                        .find(|a| matches!(a.value().name(), "ol" | "ul"))
                        .is_some_and(|list| {
                            list.ancestors()
                                .filter_map(ElementRef::wrap)
                                .all(|a| a.value().name() != "li")
                        })
            }));
        }
    }
    if candidates.is_empty() {
        candidates.extend(root.descendent_elements().filter(|e| {
            e.value().name() == "div"
                && e.value()
                    .classes()
                    .any(|c| c.eq_ignore_ascii_case("footnote"))
        }));
    }
    // 3. Ids that name notes (Word's "Save as HTML": `div#ftn1`).
    if candidates.is_empty() {
        candidates.extend(root.descendent_elements().filter(|e| {
            matches!(e.value().name(), "li" | "div" | "p" | "aside")
                && e.value().id().and_then(id_number).is_some()
        }));
    }
    // A note inside another candidate is part of it.
    let inside: HashSet<_> = candidates.iter().map(|c| c.id()).collect();
    candidates.retain(|c| !c.ancestors().any(|a| inside.contains(&a.id())));

    let mut found = Found::default();
    for (i, el) in candidates.iter().enumerate() {
        let mut rich = Rich::default();
        note_text(*el, base, &mut rich);
        if rich.is_empty() {
            continue;
        }
        let id = el
            .value()
            .id()
            .map(str::to_string)
            .or_else(|| {
                // Word's HTML: the id is on an anchor inside the note.
                el.descendent_elements().find_map(|a| {
                    a.value()
                        .attr("name")
                        .or(a.value().id())
                        .map(str::to_string)
                })
            })
            .unwrap_or_default();
        let marker = el
            .value()
            .attr("value")
            .map(str::to_string)
            .or_else(|| id_number(&id))
            .unwrap_or_else(|| (i + 1).to_string());
        found.notes.push((
            id,
            Note {
                marker,
                style: MarkerStyle::Superscript,
                text: rich.finish(),
                line: 0,
                section: 0,
                items: Vec::new(),
            },
        ));
    }
    let note_nodes: HashSet<_> = candidates.iter().map(|c| c.id()).collect();
    for a in root
        .descendent_elements()
        .filter(|e| e.value().name() == "a")
    {
        let Some(target) = a.value().attr("href").filter(|h| h.contains('#')) else {
            continue;
        };
        if a.ancestors().any(|x| note_nodes.contains(&x.id())) {
            continue;
        }
        let v = a.value();
        let looks_like_ref = has_word(v, "role", &["doc-noteref"])
            || has_word(v, "epub:type", &["noteref"])
            || v.classes()
                .any(|c| c.contains("footnote-ref") || c.contains("footnote-anchor"))
            || a.parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| p.value().name() == "sup");
        if looks_like_ref {
            let label: String = a
                .text()
                .collect::<String>()
                .trim()
                .trim_matches(['[', ']'])
                .to_string();
            found.noterefs.push((target.to_string(), label));
        }
    }
    found
}

/// Whether a link inside a note points back at the text (`↩`, `^`).
fn is_back_link(e: ElementRef) -> bool {
    let v = e.value();
    let href = v.attr("href").unwrap_or_default();
    let text: String = e.text().collect::<String>();
    let text = text.trim();
    has_word(v, "role", &["doc-backlink"])
        || v.classes()
            .any(|c| c.contains("back") || c == "footnote-number")
        || href.starts_with("#fnref")
        || href.starts_with("#cite_ref")
        || href.starts_with("#_ftnref")
        || href.starts_with("#_ednref")
        || matches!(text, "↩" | "↩︎" | "^" | "↑" | "")
        || (href.starts_with('#')
            && text
                .trim_matches(['[', ']'])
                .chars()
                .all(|c| c.is_ascii_digit()))
}

/// A note element's text, italics and links kept.
fn note_text(e: ElementRef, base: Option<&str>, rich: &mut Rich) {
    walk(e, base, rich, false);
}

fn walk(e: ElementRef, base: Option<&str>, rich: &mut Rich, italic: bool) {
    for child in e.children() {
        match child.value() {
            Node::Text(t) => rich.text(t, italic),
            Node::Element(el) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = el.name();
                let styled = italic
                    || matches!(name, "i" | "em" | "var" | "dfn")
                    // Wikipedia's `cite.citation` wraps a whole reference,
                    // upright.
                    || (name == "cite" && !el.classes().any(|c| c == "citation"))
                    || el.attr("style").is_some_and(|s| s.replace(' ', "").contains("font-style:italic"));
                if el
                    .classes()
                    .any(|c| c.contains("backlink") || c == "mw-cite-backlink")
                {
                    continue;
                }
                match name {
                    "script" | "style" | "template" | "noscript" | "img" | "svg" => {}
                    "br" => rich.space(),
                    "a" => {
                        if is_back_link(child) {
                            continue;
                        }
                        match el.attr("href").and_then(|h| absolute(h, base)) {
                            Some(target) => rich.link(&child.text().collect::<String>(), &target),
                            None => walk(child, base, rich, styled),
                        }
                    }
                    "p" | "div" | "li" | "blockquote" | "section" | "aside" => {
                        walk(child, base, rich, styled);
                        rich.space();
                    }
                    _ => walk(child, base, rich, styled),
                }
            }
            _ => {}
        }
    }
}

/// A link target as an absolute web address; anchors inside the page are
/// not targets.
pub(super) fn absolute(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.starts_with('#') || href.is_empty() {
        return None;
    }
    if href.starts_with("http://") || href.starts_with("https://") {
        return Some(href.to_string());
    }
    if href.starts_with("mailto:") || href.starts_with("javascript:") {
        return None;
    }
    let base = url::Url::parse(base?).ok()?;
    base.join(href)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|u| u.to_string())
}

/// Notes as the blocks after a notes heading (`<h2>Notes</h2>` followed by
/// paragraphs or a list), read as plain text lines.
fn notes_after_heading(doc: &Html, base: Option<&str>) -> Option<Article> {
    let root = doc.root_element();
    let heading = root
        .descendent_elements()
        .filter(|e| {
            matches!(
                e.value().name(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "strong" | "b"
            ) && heading_name(&e.text().collect::<String>()).is_some()
        })
        .last()?;
    let mut lines = vec![
        heading.text().collect::<String>().trim().to_string(),
        String::new(),
    ];
    // The heading's following siblings (or its parent's, for `<p><b>Notes`).
    let start = if matches!(heading.value().name(), "strong" | "b") {
        heading
            .parent()
            .and_then(ElementRef::wrap)
            .unwrap_or(heading)
    } else {
        heading
    };
    for sibling in start.next_siblings().filter_map(ElementRef::wrap) {
        if sibling.value().name().starts_with('h') && sibling.value().name().len() == 2 {
            break;
        }
        if matches!(sibling.value().name(), "ol" | "ul") {
            let first: usize = sibling
                .value()
                .attr("start")
                .and_then(|s| s.parse().ok())
                .unwrap_or(1);
            for (k, li) in sibling
                .child_elements()
                .filter(|c| c.value().name() == "li")
                .enumerate()
            {
                let mut rich = Rich::default();
                walk(li, base, &mut rich, false);
                let prefix = if sibling.value().name() == "ol" {
                    format!("{}. ", first + k)
                } else {
                    String::new()
                };
                lines.push(format!("{prefix}{}", rich.finish()));
                lines.push(String::new());
            }
        } else {
            let mut rich = Rich::default();
            walk(sibling, base, &mut rich, false);
            lines.push(rich.finish());
            lines.push(String::new());
        }
    }
    let mut article = read_notes(&lines.join("\n"))?;
    // The markers are in the page's text above the heading.
    let body = text_before(doc, heading);
    let markers = crate::article::markers::body_markers(&body);
    let (without, never) = crate::article::text::cross_check(&article.notes, &markers);
    article.markers_without_note = without;
    article.notes_never_referenced = never;
    Some(article)
}

/// The page's text before `stop`, superscript numbers as `^{n}` markers.
fn text_before(doc: &Html, stop: ElementRef) -> String {
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        if node.id() == stop.id() {
            break;
        }
        if let Node::Text(t) = node.value() {
            let in_sup = node
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| p.value().name() == "sup");
            let digits = t.trim();
            if in_sup && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                out.push_str("^{");
                out.push_str(digits);
                out.push('}');
            } else {
                out.push_str(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(html: &str) -> Vec<(String, String)> {
        read_html_at(html, Some("https://ex.org/brief/"))
            .unwrap()
            .notes
            .into_iter()
            .map(|n| (n.marker, n.text))
            .collect()
    }

    #[test]
    fn pandoc_footnotes_with_back_links() {
        let html = r##"<p>Text<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a>.</p>
<section class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>Smith, <em>A Book</em> (2020), <a href="https://ex.org/full/path">ex.org/full…</a>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Doe, “Paper,” <a href="../rel/doc.pdf">here</a>.</p></li>
</ol></section>"##;
        let a = read_html_at(html, Some("https://ex.org/brief/")).unwrap();
        assert_eq!(a.notes.len(), 2);
        assert_eq!(
            a.notes[0].text,
            "Smith, *A Book* (2020), <https://ex.org/full/path>."
        );
        assert_eq!(
            a.notes[1].text,
            "Doe, “Paper,” here <https://ex.org/rel/doc.pdf>."
        );
        assert_eq!(a.notes_never_referenced, ["2"]);
    }

    #[test]
    fn wikipedia_word_and_substack_layouts() {
        let wiki = r##"<ol class="references"><li id="cite_note-Smith-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-Smith_1-0">^</a></b></span> <span class="reference-text"><cite class="citation">Smith (2020). <a href="https://ex.org/x">"Title"</a>. <i>Journal</i>.</cite></span></li></ol>"##;
        assert_eq!(
            notes(wiki),
            [(
                "1".to_string(),
                "Smith (2020). \"Title\" <https://ex.org/x>. *Journal*.".to_string()
            )]
        );
        let word = r##"<p>Body<a href="#_ftn1" name="_ftnref1">[1]</a></p><div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Roe, <i>Things</i>, 2019.</p></div>"##;
        assert_eq!(
            notes(word),
            [("1".to_string(), "Roe, *Things*, 2019.".to_string())]
        );
        let substack = r##"<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>Lee, <em>Work</em>, 2018.</p></div></div>"##;
        assert_eq!(
            notes(substack),
            [("1".to_string(), "Lee, *Work*, 2018.".to_string())]
        );
    }

    #[test]
    fn notes_under_a_heading_and_metadata() {
        let html = r#"<html lang="en"><head><title>T</title><meta name="citation_title" content="Brief"><meta name="citation_author" content="Ann Lee"><meta property="og:site_name" content="Institute"><link rel="canonical" href="https://ex.org/brief"></head>
<body><p>Text.</p><h2>Notes</h2><ol><li>Smith, A Book, 2020.</li><li>Doe, Other, 2019.</li><li>Roe, Third, 2018.</li></ol></body></html>"#;
        let a = read_html_at(html, None).unwrap();
        assert_eq!(a.notes.len(), 3);
        assert_eq!(a.meta.title.as_deref(), Some("Brief"));
        assert_eq!(a.meta.authors, ["Ann Lee"]);
        assert_eq!(a.meta.publisher.as_deref(), Some("Institute"));
        assert_eq!(a.meta.url.as_deref(), Some("https://ex.org/brief"));
        assert!(read_html_at("<p>No notes here.</p>", None).is_err());
    }
}
