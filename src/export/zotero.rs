//! BibTeX that Zotero imports with nothing lost. Zotero's importer drops
//! unknown entry types, reads `@misc` as a "document", ignores `langid`,
//! `titleaddon`, `extra` and `addendum`, takes `url` raw, decodes LaTeX in
//! other fields, splits unbraced corporate names and reads a book's `pages`
//! as its page count. This module maps an entry onto what it reads (the
//! table is in docs/EXPORT.md); `library::to_biblatex` writes the result.

use biblatex::{Chunk, Chunks};

use crate::csl;
use crate::entry::{Entry, Name};
use crate::lang::Language;

/// Fields that the mapping below writes itself, or drops on purpose
/// (`titleaddon` is folded into the title, `langid` rewritten).
const HANDLED: &[&str] = &[
    "author",
    "editor",
    "translator",
    "title",
    "subtitle",
    "titleaddon",
    "journaltitle",
    "journal",
    "organization",
    "howpublished",
    "booktitle",
    "institution",
    "publisher",
    "school",
    "location",
    "address",
    "series",
    "type",
    "number",
    "issue",
    "volume",
    "pages",
    "edition",
    "date",
    "year",
    "month",
    "urldate",
    "url",
    "doi",
    "isbn",
    "issn",
    "abstract",
    "keywords",
    "langid",
    "language",
    "note",
    "addendum",
    "entrysubtype",
    "crossref",
    "pagetotal",
];

/// Fields written as Extra lines of the note.
const EXTRA: [&str; 3] = ["origtitle", "usere", "origlanguage"];

/// The Zotero BibTeX form of an entry, its `crossref` already resolved
/// (Zotero does not resolve cross-references).
pub fn zotero_entry(entry: &Entry) -> Entry {
    let kind = zotero_type(entry);
    let mut out = Entry::new(entry.key.clone(), kind);
    let mut notes: Vec<String> = Vec::new();

    for role in ["author", "editor", "translator"] {
        let names = entry.names(role);
        let known: Vec<Name> = names
            .iter()
            .filter(|n| !matches!(n, Name::Others))
            .cloned()
            .collect();
        if !known.is_empty() {
            out.set_names(role, &known);
        }
        if known.len() < names.len() {
            notes.push(format!("{role} list shortened (et al.) in the source"));
        }
    }

    let language = entry
        .text("langid")
        .or_else(|| entry.text("language"))
        .and_then(|l| Language::from_name(&l));
    if let Some(title) = csl::title_with_translation(entry) {
        let title = match entry.text("subtitle") {
            Some(sub) => format!("{title}: {sub}"),
            None => title,
        };
        let english = language.is_none_or(|l| l.iso() == "en");
        out.set_chunks("title", title_chunks(&title, english));
    }

    let text = |f: &str| entry.text(f);
    match kind {
        "article" => {
            put(&mut out, "journaltitle", csl::container_title(entry));
            if text("entrysubtype").as_deref() == Some("newspaper") {
                put(&mut out, "entrysubtype", Some("newspaper".into()));
            }
        }
        "online" => put(&mut out, "journaltitle", csl::container_title(entry)),
        "report" => {
            put(&mut out, "type", text("type"));
            put(&mut out, "institution", csl::publisher(entry));
        }
        "incollection" | "inproceedings" => {
            put(&mut out, "booktitle", text("booktitle"));
            put(&mut out, "publisher", csl::publisher(entry));
        }
        "thesis" => {
            put(&mut out, "type", text("type"));
            put(&mut out, "institution", csl::publisher(entry));
        }
        "book" => put(&mut out, "publisher", csl::publisher(entry)),
        _ => {
            put(&mut out, "publisher", csl::publisher(entry));
            if let Some(container) = csl::container_title(entry) {
                notes.push(format!("in: {container}"));
            }
        }
    }
    put(
        &mut out,
        "location",
        text("location").or_else(|| text("address")),
    );
    put(&mut out, "series", text("series"));
    put(&mut out, "volume", text("volume"));
    put(&mut out, "number", text("number").or_else(|| text("issue")));
    put(&mut out, "edition", text("edition"));
    match (kind, text("pages")) {
        // Zotero reads a book's pages as its page count: cited pages go to the note.
        ("book", Some(pages)) => notes.push(format!("pp. {}", pages.replace("--", "–"))),
        (_, pages) => put(&mut out, "pages", pages),
    }
    put(&mut out, "pagetotal", text("pagetotal"));
    put(&mut out, "date", entry.date().map(|d| d.to_string()));
    put(
        &mut out,
        "urldate",
        entry.date_field("urldate").map(|d| d.to_string()),
    );
    // Raw: `url` is a verbatim field, so only braces and backslashes are escaped.
    put(&mut out, "url", text("url"));
    for field in ["doi", "isbn", "issn", "abstract", "keywords"] {
        put(&mut out, field, text(field));
    }
    if let Some(language) = language {
        put(&mut out, "language", Some(language.iso().to_string()));
        put(&mut out, "langid", Some(language.langid().to_string()));
    }

    // Whatever Zotero would ignore goes into the note, so nothing is lost.
    notes.extend(text("note"));
    notes.extend(text("addendum"));
    // Titles in other languages and scripts as Extra lines, one per line:
    // `original-title` is read by Zotero's citation processor, `tex.` lines
    // by Better BibTeX, which writes them back as BibLaTeX fields.
    let mut extra: Vec<String> = Vec::new();
    extra.extend(text("origtitle").map(|v| format!("original-title: {v}")));
    for field in ["usere", "origlanguage"] {
        extra.extend(text(field).map(|v| format!("tex.{field}: {v}")));
    }
    for (name, _) in entry.fields() {
        if !HANDLED.contains(&name)
            && !EXTRA.contains(&name)
            && let Some(value) = text(name)
        {
            notes.push(format!("{name}: {value}"));
        }
    }
    let mut note = notes.join("; ");
    for line in extra {
        if !note.is_empty() {
            note.push('\n');
        }
        note.push_str(&line);
    }
    if !note.is_empty() {
        put(&mut out, "note", Some(note));
    }
    out
}

/// The BibTeX type Zotero reads as the right item type.
pub fn zotero_type(entry: &Entry) -> &'static str {
    match entry.entry_type.as_str() {
        "article" | "periodical" => "article",
        "online" | "www" | "electronic" => "online",
        "report" | "techreport" => "report",
        "book" | "mvbook" | "collection" | "proceedings" => "book",
        "incollection" | "inbook" | "bookinbook" => "incollection",
        "inproceedings" | "conference" => "inproceedings",
        "thesis" | "phdthesis" | "mastersthesis" => "thesis",
        _ => "misc",
    }
}

fn put(out: &mut Entry, field: &str, value: Option<String>) {
    if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
        out.set_text(field, &value);
    }
}

/// A title as chunks: in English, proper nouns and acronyms are braced
/// (Better BibTeX lowercases everything else); other languages stay as
/// written.
pub fn title_chunks(title: &str, english: bool) -> Chunks {
    let mut chunks: Chunks = Vec::new();
    let mut push = |chunk: Chunk| match (chunks.last_mut(), &chunk) {
        (Some(last), Chunk::Normal(s)) if matches!(last.v, Chunk::Normal(_)) => {
            last.v.get_mut().push_str(s)
        }
        _ => chunks.push(crate::entry::chunk(chunk)),
    };
    let mut sentence_start = true;
    for (i, token) in title.split(' ').enumerate() {
        if i > 0 {
            push(Chunk::Normal(" ".into()));
        }
        let core_start = token
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(token.len());
        let core_end = token
            .rfind(|c: char| c.is_alphanumeric())
            .map_or(core_start, |i| {
                i + token[i..].chars().next().map_or(1, char::len_utf8)
            });
        let (lead, core, tail) = (
            &token[..core_start],
            &token[core_start..core_end],
            &token[core_end..],
        );
        if english && protect(core, sentence_start) {
            push(Chunk::Normal(lead.into()));
            push(Chunk::Verbatim(core.into()));
            push(Chunk::Normal(tail.into()));
        } else {
            push(Chunk::Normal(token.into()));
        }
        if !core.is_empty() {
            sentence_start = tail.ends_with([':', '.', '?', '!']);
        }
    }
    chunks.retain(|c| !c.v.get().is_empty());
    chunks
}

/// A word whose case must survive: an acronym or inner capital anywhere, a
/// capitalised word except at the start of the title or a subtitle.
fn protect(word: &str, sentence_start: bool) -> bool {
    let plain = word
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'));
    if !plain || word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    let inner_capital = letters.any(char::is_uppercase);
    inner_capital || (first.is_uppercase() && !sentence_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use biblatex::ChunksExt;

    fn written(chunks: &Chunks) -> String {
        chunks.to_biblatex_string(false)
    }

    #[test]
    fn english_titles_brace_proper_nouns_and_acronyms() {
        let t = title_chunks(
            "The degradation of Belarusian Foreign Policy: a NATO view",
            true,
        );
        assert_eq!(
            written(&t),
            "{The degradation of {Belarusian} {Foreign} {Policy}: a {NATO} view}"
        );
        let t = title_chunks("COVID-19 and the EU's answer", true);
        assert_eq!(written(&t), "{{COVID-19} and the {EU's} answer}");
        let ru = title_chunks("Отношения Беларуси и Китая", false);
        assert_eq!(written(&ru), "{Отношения Беларуси и Китая}");
    }

    #[test]
    fn types_follow_what_zotero_reads() {
        for (from, to) in [
            ("article", "article"),
            ("online", "online"),
            ("www", "online"),
            ("report", "report"),
            ("book", "book"),
            ("dataset", "misc"),
            ("standard", "misc"),
            ("phdthesis", "thesis"),
        ] {
            assert_eq!(zotero_type(&Entry::new("k", from)), to, "{from}");
        }
    }
}
