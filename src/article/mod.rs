//! An article in any format to its notes: which notes it has, what each
//! says (italics as Markdown emphasis, links as their targets), which
//! in-text markers point at which notes, and the article's own metadata.
//!
//! Plain text and Markdown are read by `text.rs`; the other formats
//! (`formats/`) read their document structure and end in the same
//! [`Article`]. Everything here is sans-IO: bytes or text in, data out.

mod byline;
mod decode;
pub mod formats;
mod join;
pub mod markers;
pub(crate) mod text;
pub mod tidy;

pub use byline::byline;
pub use decode::{DecodeError, Decoded, decode};
pub use formats::{Format, FormatError, read_document};
use markers::MarkerStyle;
pub use text::{heading_name, read_notes};

/// Headings under which notes are looked for, compared case-insensitively.
pub const NOTE_HEADINGS: &[&str] = &[
    "endnotes",
    "notes",
    "footnotes",
    "references",
    "reference list",
    "list of references",
    "literature cited",
    "sources cited",
    "sources",
    "bibliography",
    "works cited",
    "literature",
    "notes and references",
    "references and notes",
    "примечания",
    "литература",
    "список литературы",
    "список использованной литературы",
    "список использованных источников",
    "список источников",
    "источники",
    "сноски",
    "примітки",
    "література",
    "джерела",
    "список використаних джерел",
    "заўвагі",
    "літаратура",
    "крыніцы",
    "спіс літаратуры",
    "参考文献",
    "注释",
    "注释与参考文献",
];

/// Marker forms looked for, as listed in the "no notes" message.
pub const MARKER_FORMS: &str = "ⁱ ⁱⁱ, ¹ ², ^v, ^{iv}, ^12, [1], 1., 1), (1), <sup>1</sup>, [^id]:";

/// A note of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The marker as written, superscripts mapped to ASCII: `iv`, `12`, `a`.
    pub marker: String,
    pub style: MarkerStyle,
    /// The note's text, lines and page breaks joined by single spaces.
    pub text: String,
    /// 1-based line where the note starts; in a document without lines
    /// (DOCX, ODT, HTML, EPUB), the note's position among its notes.
    pub line: usize,
    /// Which notes section the note is in, from 0: books restart their
    /// numbering in every chapter.
    pub section: usize,
    /// Works a reference manager embedded in the note (Zotero, Mendeley and
    /// EndNote citation fields), as CSL-JSON items: imported exactly,
    /// without parsing the text.
    pub items: Vec<serde_json::Value>,
}

/// The notes of an article and the cross-check of in-text markers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub notes: Vec<Note>,
    /// The heading the notes were found under, if any, and its line.
    pub heading: Option<(String, usize)>,
    /// In-text markers with no note of that number.
    pub markers_without_note: Vec<String>,
    /// Notes that no in-text marker points at.
    pub notes_never_referenced: Vec<String>,
    /// What the document says about itself.
    pub meta: Meta,
}

/// An article's own metadata, from the document (DOCX `docProps/core.xml`,
/// ODT `meta.xml`, HTML meta tags and JSON-LD, EPUB OPF, PDF info) or its
/// byline.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// The journal, newspaper or site the page belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_heading_forms() {
        assert_eq!(heading_name("ENDNOTES").as_deref(), Some("ENDNOTES"));
        assert_eq!(heading_name("## Notes:").as_deref(), Some("Notes"));
        assert_eq!(
            heading_name("**Список литературы**").as_deref(),
            Some("Список литературы")
        );
        assert_eq!(heading_name("Notes on the method"), None);
    }

    #[test]
    fn joins_notes_over_page_breaks_and_checks_sequence() {
        let text = "Body text^{i} and more^{ii}. Then^{iv}.\n\nNotes\n\n^{i} First note,\n2020. Continued.\n\n^{ii} Second [A\n\n\n\nbroken].\n5. Not a note number.\n^{iii} Third.";
        let a = read_notes(text).unwrap();
        let markers: Vec<_> = a.notes.iter().map(|n| n.marker.as_str()).collect();
        assert_eq!(markers, ["i", "ii", "iii"]);
        assert_eq!(a.notes[0].text, "First note, 2020. Continued.");
        assert_eq!(a.notes[1].text, "Second [A broken]. 5. Not a note number.");
        assert_eq!(a.notes[0].line, 5);
        assert_eq!(a.markers_without_note, ["iv"]);
        assert_eq!(a.notes_never_referenced, ["iii"]);
    }

    #[test]
    fn markdown_footnotes() {
        let text = "Claim.[^1] Other.[^b]\n\n[^1]: First source,\n    continued.\n[^b]: Second.\n\nMore prose.";
        let a = read_notes(text).unwrap();
        assert_eq!(a.notes.len(), 2);
        assert_eq!(a.notes[0].text, "First source, continued.");
        assert_eq!(a.notes[1].marker, "b");
        assert!(a.markers_without_note.is_empty());
        assert!(a.notes_never_referenced.is_empty());
    }

    #[test]
    fn words_broken_over_lines_are_joined_as_the_text_spells_them() {
        let text = "Body.¹ More.² Last.³\n\nNotes\n\n1. A. Lis, The all-\nweather partner, 2020.\n2. B. Roe, Interna-\ntional trade, 2021, pp. 101–\n19.\n3. C. Ng, Peace-\nkeeping and peacekeeping, 2019. https://ex.org/a-\nb/c\n";
        let a = read_notes(text).unwrap();
        assert_eq!(a.notes[0].text, "A. Lis, The all-weather partner, 2020.");
        assert_eq!(
            a.notes[1].text,
            "B. Roe, International trade, 2021, pp. 101–19."
        );
        assert_eq!(
            a.notes[2].text,
            "C. Ng, Peacekeeping and peacekeeping, 2019. https://ex.org/a-b/c"
        );
    }

    #[test]
    fn prose_without_notes_has_none() {
        let text = "Title\n\nA paragraph.\n\n1. A list item in prose.\n2. Another one.\n\nThe end.";
        assert_eq!(read_notes(text), None);
    }

    #[test]
    fn unmarked_reference_list() {
        let text = "Text.\n\nReferences\n\nSmith, J. (2020). A title. Journal, 1(2), 3-4.\nDoe, A. (2019). Another. Press.\n";
        let a = read_notes(text).unwrap();
        assert_eq!(a.notes.len(), 2);
        assert_eq!(a.notes[1].marker, "2");
    }

    #[test]
    fn trailing_numbered_citations_without_heading() {
        let text = "Prose ends here.\n\n1. Smith J. Title. 2020.\n2. Doe A. Other. 2019. https://x.org\n3. Roe B. Third. 2018.\n";
        let a = read_notes(text).unwrap();
        assert_eq!(a.notes.len(), 3);
    }
}
