//! EPUB books: the XHTML documents in spine order, notes marked with
//! `epub:type` (footnote, endnote, rearnote) or the same patterns as web
//! pages, and references to them across documents (`notes.xhtml#n3`).
//! Each document whose notes restart at 1 is its own notes section.

use std::collections::{HashMap, HashSet};

use scraper::Html;

use super::zipped::Zipped;
use super::{Format, FormatError, html, number_in_order};
use crate::article::{Article, Meta};

const FORMAT: Format = Format::Epub;

/// More spine documents than this are not read.
const MAX_DOCUMENTS: usize = 5_000;

pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    let mut zip = Zipped::open(bytes, FORMAT)?;
    let container = zip.xml("META-INF/container.xml")?.ok_or_else(|| {
        FormatError::corrupt(
            FORMAT,
            "the container has no META-INF/container.xml (not an EPUB)",
        )
    })?;
    let opf_path = container
        .descendants("rootfile")
        .first()
        .and_then(|r| r.attr("full-path"))
        .map(str::to_string)
        .ok_or_else(|| {
            FormatError::corrupt(FORMAT, "META-INF/container.xml names no package document")
        })?;
    let opf = zip.xml(&opf_path)?.ok_or_else(|| {
        FormatError::corrupt(
            FORMAT,
            format!("the package document {opf_path} is missing"),
        )
    })?;
    let dir = opf_path
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| format!("{d}/"));

    let manifest: HashMap<&str, &str> = opf
        .child("manifest")
        .map(|m| {
            m.elements()
                .filter_map(|i| Some((i.attr("id")?, i.attr("href")?)))
                .collect()
        })
        .unwrap_or_default();
    let spine: Vec<String> = opf
        .child("spine")
        .map(|s| {
            s.elements()
                .filter_map(|r| manifest.get(r.attr("idref")?))
                .map(|href| resolve(&dir, href))
                .collect()
        })
        .unwrap_or_default();
    if spine.is_empty() {
        return Err(FormatError::corrupt(
            FORMAT,
            format!("the package document {opf_path} has no spine (no reading order)"),
        ));
    }

    let mut article = Article::default();
    let mut ids: Vec<String> = Vec::new();
    let mut noterefs: Vec<(String, String)> = Vec::new();
    let mut section = 0;
    for path in spine.iter().take(MAX_DOCUMENTS) {
        let Some(text) = zip.text(path)? else {
            continue;
        };
        let doc = Html::parse_document(&text);
        let found = html::collect(&doc, None);
        let doc_dir = path
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| format!("{d}/"));
        for (href, label) in found.noterefs {
            let target = match href.split_once('#') {
                Some(("", frag)) => format!("{path}#{frag}"),
                Some((file, frag)) => format!("{}#{frag}", resolve(&doc_dir, file)),
                None => continue,
            };
            noterefs.push((target, label));
        }
        let restarts = found.notes.first().is_some_and(|(_, n)| n.marker == "1");
        if restarts && !article.notes.is_empty() {
            section += 1;
        }
        for (id, mut note) in found.notes {
            note.section = section;
            ids.push(format!("{path}#{id}"));
            article.notes.push(note);
        }
    }
    if article.notes.is_empty() {
        return Err(FormatError::no_notes(
            FORMAT,
            "the EPUB has no notes: no epub:type footnote/endnote and no footnotes list in its documents",
        ));
    }
    let referenced: HashSet<&str> = noterefs.iter().map(|(t, _)| t.as_str()).collect();
    let known: HashSet<&str> = ids.iter().map(String::as_str).collect();
    if !noterefs.is_empty() {
        article.notes_never_referenced = article
            .notes
            .iter()
            .zip(&ids)
            .filter(|(_, id)| !referenced.contains(id.as_str()))
            .map(|(n, _)| n.marker.clone())
            .collect();
    }
    article.markers_without_note = noterefs
        .iter()
        .filter(|(t, _)| !known.contains(t.as_str()))
        .map(|(_, l)| l.clone())
        .collect();
    number_in_order(&mut article);
    article.meta = meta(&opf);
    Ok(article)
}

/// `href` relative to the folder `dir` (which ends with `/` or is empty),
/// with `..` resolved and percent-escapes of the file name kept as written.
fn resolve(dir: &str, href: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in href.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The OPF `metadata`: Dublin Core title, creators, date, publisher,
/// language, and an identifier that is a web address.
fn meta(opf: &super::xml::Element) -> Meta {
    let mut meta = Meta::default();
    let Some(m) = opf.child("metadata") else {
        return meta;
    };
    let texts = |local: &str| -> Vec<String> {
        m.elements()
            .filter(|e| e.local() == local)
            .map(|e| e.text().trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    meta.title = texts("title").into_iter().next();
    meta.authors = texts("creator");
    meta.date = texts("date")
        .into_iter()
        .next()
        .map(|d| d.chars().take(10).collect());
    meta.publisher = texts("publisher").into_iter().next();
    meta.language = texts("language").into_iter().next();
    meta.url = texts("identifier")
        .into_iter()
        .find(|i| i.starts_with("http"));
    meta
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn resolves_relative_paths() {
        assert_eq!(resolve("OEBPS/", "text/ch1.xhtml"), "OEBPS/text/ch1.xhtml");
        assert_eq!(
            resolve("OEBPS/text/", "../notes.xhtml"),
            "OEBPS/notes.xhtml"
        );
        assert_eq!(resolve("", "ch1.xhtml"), "ch1.xhtml");
    }
}
