//! Exports of library entries: Zotero-compatible BibTeX, normalised
//! BibLaTeX, CSL-JSON and RIS. Pure: entries in, text out. BibTeX and
//! BibLaTeX are written by the `biblatex` crate (`library::to_biblatex`),
//! CSL-JSON by the mapping `refman render` uses (`csl.rs`).

pub mod ris;
pub mod zotero;

use std::borrow::Cow;

use crate::csl::{custom_fields, to_csl_json};
use crate::entry::Entry;
use crate::library::to_biblatex;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// BibTeX as Zotero (and Better BibTeX) import it.
    Bibtex,
    /// The library as is, normalised: fields sorted, values escaped alike.
    Biblatex,
    CslJson,
    Ris,
}

/// Exports entries in order. `parent_of` finds an entry's `crossref`
/// parent: BibLaTeX keeps the cross-reference, the other formats have none
/// and get the parent's fields copied in.
pub fn export<'a>(
    entries: &[&'a Entry],
    format: ExportFormat,
    parent_of: impl Fn(&Entry) -> Option<&'a Entry>,
) -> String {
    let resolved = |e: &'a Entry| match parent_of(e) {
        Some(parent) => Cow::Owned(e.inherit_from(parent)),
        None => Cow::Borrowed(e),
    };
    match format {
        ExportFormat::Bibtex => join_bib(
            entries
                .iter()
                .map(|e| to_biblatex(&zotero::zotero_entry(&resolved(e)))),
        ),
        ExportFormat::Biblatex => join_bib(entries.iter().map(|e| to_biblatex(e))),
        ExportFormat::CslJson => {
            let items: Vec<serde_json::Value> = entries
                .iter()
                .map(|e| {
                    let entry = resolved(e);
                    let mut item = to_csl_json(&entry);
                    if let (Some(custom), Some(object)) =
                        (custom_fields(&entry), item.as_object_mut())
                    {
                        object.insert("custom".into(), custom);
                    }
                    item
                })
                .collect();
            // A Vec of JSON values always serialises.
            serde_json::to_string_pretty(&items).unwrap_or_default() + "\n"
        }
        ExportFormat::Ris => entries
            .iter()
            .map(|e| ris::ris_record(&resolved(e)) + "\n")
            .collect(),
    }
}

fn join_bib(entries: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for (i, entry) in entries.enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&entry);
        out.push('\n');
    }
    out
}
