//! Article text to its notes: where the notes section is, where each note
//! starts and ends, and which in-text markers point at which notes.
//!
//! The notes are found, in this order of preference:
//! 1. Markdown footnote definitions (`[^1]: …`) anywhere in the text;
//! 2. the last notes heading (ENDNOTES, References, Примечания, …) followed
//!    by numbered notes, or by an unnumbered reference list;
//! 3. a run of numbered, citation-like lines that ends the text.
//!
//! Numbered notes must count up (1, 2, 3 or i, ii, iii, in any marker form);
//! a line that starts with a number out of sequence continues the previous
//! note. Blank lines inside a note (page breaks) are joined over.

mod byline;
mod decode;
pub mod markers;

use std::collections::HashSet;

pub use byline::byline;
pub use decode::{DecodeError, Decoded, decode};
use markers::{Marker, MarkerStyle, body_markers, line_marker};

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
    /// 1-based line where the note starts.
    pub line: usize,
}

/// The notes of an article and the cross-check of in-text markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub notes: Vec<Note>,
    /// The heading the notes were found under, if any, and its line.
    pub heading: Option<(String, usize)>,
    /// In-text markers with no note of that number.
    pub markers_without_note: Vec<String>,
    /// Notes that no in-text marker points at.
    pub notes_never_referenced: Vec<String>,
}

/// Finds the notes of an article; `None` when it has none.
pub fn read_notes(text: &str) -> Option<Article> {
    let lines: Vec<&str> = text.lines().collect();

    let (notes, heading, body_end) = if let Some(notes) = footnote_definitions(&lines) {
        (notes, None, None)
    } else if let Some((notes, heading, at)) = notes_under_heading(&lines) {
        (notes, Some((heading, at + 1)), Some(at))
    } else {
        let (notes, at) = trailing_notes(&lines)?;
        (notes, None, Some(at))
    };
    if notes.is_empty() {
        return None;
    }

    // The running text is what precedes the notes; with footnote definitions
    // it is every line that is not part of one.
    let body: String = match body_end {
        Some(end) => lines[..end].join("\n"),
        None => {
            let note_lines: HashSet<usize> = notes.iter().map(|n| n.line - 1).collect();
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| !note_lines.contains(i))
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let (markers_without_note, notes_never_referenced) = cross_check(&notes, &body);
    Some(Article {
        notes,
        heading,
        markers_without_note,
        notes_never_referenced,
    })
}

/// The name of a notes heading if `line` is one: Markdown `#`, bold or a
/// trailing colon are allowed around it.
pub fn heading_name(line: &str) -> Option<String> {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    let t = t.trim_start_matches('#').trim();
    let t = t.trim_matches(|c| matches!(c, '*' | '_' | '=' | '-'));
    let t = t.trim().trim_end_matches([':', '.', '：']).trim();
    let lower = t.to_lowercase();
    NOTE_HEADINGS
        .contains(&lower.as_str())
        .then(|| t.to_string())
}

fn is_section_break(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') || matches!(line.trim(), "---" | "***" | "___" | "* * *")
}

fn notes_under_heading(lines: &[&str]) -> Option<(Vec<Note>, String, usize)> {
    let headings: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| heading_name(l).map(|h| (i, h)))
        .collect();
    for (at, name) in headings.into_iter().rev() {
        let section_end = lines[at + 1..]
            .iter()
            .position(|l| is_section_break(l) && heading_name(l).is_none())
            .map_or(lines.len(), |p| at + 1 + p);
        let section = &lines[at + 1..section_end];
        let notes = numbered_notes(section, at + 1);
        if !notes.is_empty() {
            return Some((notes, name, at));
        }
        let notes = unmarked_entries(section, at + 1);
        if !notes.is_empty() {
            return Some((notes, name, at));
        }
    }
    None
}

/// Whether a marker may start the next note after one numbered `previous`.
fn continues_sequence(marker: &Marker, previous: Option<&Marker>) -> bool {
    let Some(value) = marker.value else {
        return marker.style == MarkerStyle::FootnoteDefinition;
    };
    match previous.and_then(|p| p.value.map(|v| (p, v))) {
        None => {
            // The first note: any clear marker, but a bare or dotted number
            // only when it starts the count.
            value == 1
                || !matches!(marker.style, MarkerStyle::Bare | MarkerStyle::Dotted) && value <= 1000
        }
        Some((prev, prev_value)) => {
            let same_system = marker.is_roman() == prev.is_roman();
            same_system
                && (value == prev_value + 1
                    || (value > prev_value
                        && value <= prev_value + 3
                        && marker.style == prev.style
                        && !matches!(marker.style, MarkerStyle::Bare)))
        }
    }
}

/// Numbered notes in `section`; `offset` is the index of its first line.
fn numbered_notes(section: &[&str], offset: usize) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut last: Option<Marker> = None;
    let mut parts: Vec<&str> = Vec::new();
    for (i, line) in section.iter().enumerate() {
        let trimmed = line.trim_start();
        if let Some((marker, len)) = line_marker(trimmed)
            && marker.style != MarkerStyle::FootnoteDefinition
            && continues_sequence(&marker, last.as_ref())
        {
            flush(&mut notes, &mut parts);
            notes.push(Note {
                marker: marker.label.clone(),
                style: marker.style,
                text: String::new(),
                line: offset + i + 1,
            });
            parts.push(&trimmed[len..]);
            last = Some(marker);
            continue;
        }
        if !notes.is_empty() {
            parts.push(trimmed);
        }
    }
    flush(&mut notes, &mut parts);
    notes
}

fn flush(notes: &mut [Note], parts: &mut Vec<&str>) {
    if let Some(note) = notes.last_mut() {
        note.text = join_lines(parts);
    }
    parts.clear();
}

fn join_lines(parts: &[&str]) -> String {
    let mut out = String::new();
    for word in parts.iter().flat_map(|p| p.split_whitespace()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A reference list without markers: one entry per paragraph when entries
/// wrap over lines, else one per line. Entries are numbered 1, 2, 3.
fn unmarked_entries(section: &[&str], offset: usize) -> Vec<Note> {
    let mut paragraphs: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (i, line) in section.iter().enumerate() {
        if line.trim().is_empty() {
            if let Some(p) = current.take() {
                paragraphs.push(p);
            }
        } else {
            current
                .get_or_insert_with(|| (offset + i + 1, Vec::new()))
                .1
                .push(line.trim());
        }
    }
    if let Some(p) = current.take() {
        paragraphs.push(p);
    }
    let wrapped = paragraphs.iter().any(|(_, lines)| lines.len() > 1) && paragraphs.len() > 1;
    let entries: Vec<(usize, String)> = if wrapped {
        paragraphs
            .into_iter()
            .map(|(line, lines)| (line, join_lines(&lines)))
            .collect()
    } else {
        paragraphs
            .into_iter()
            .flat_map(|(line, lines)| {
                lines
                    .into_iter()
                    .enumerate()
                    .map(move |(k, l)| (line + k, join_lines(&[l])))
            })
            .collect()
    };
    // Only citation-like lines make a reference list; prose does not.
    let citations = entries
        .iter()
        .filter(|(_, t)| looks_like_citation(t))
        .count();
    if entries.is_empty() || citations * 2 < entries.len() {
        return Vec::new();
    }
    entries
        .into_iter()
        .enumerate()
        .map(|(i, (line, text))| Note {
            marker: (i + 1).to_string(),
            style: MarkerStyle::Unmarked,
            text,
            line,
        })
        .collect()
}

/// A year, a URL or a DOI: evidence that a line cites something.
fn looks_like_citation(text: &str) -> bool {
    let has_year = text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
    has_year || text.contains("http://") || text.contains("https://") || text.contains("doi")
}

/// Markdown footnote definitions with their continuation lines.
fn footnote_definitions(lines: &[&str]) -> Option<Vec<Note>> {
    let mut notes: Vec<Note> = Vec::new();
    let mut parts: Vec<&str> = Vec::new();
    let mut inside = false;
    let mut blank_run = false;
    for (i, line) in lines.iter().enumerate() {
        if let Some((marker, len)) =
            line_marker(line).filter(|(m, _)| m.style == MarkerStyle::FootnoteDefinition)
        {
            flush(&mut notes, &mut parts);
            notes.push(Note {
                marker: marker.label,
                style: MarkerStyle::FootnoteDefinition,
                text: String::new(),
                line: i + 1,
            });
            parts.push(&line[len..]);
            inside = true;
            blank_run = false;
            continue;
        }
        if !inside {
            continue;
        }
        if line.trim().is_empty() {
            blank_run = true;
            continue;
        }
        let indented = line.starts_with("    ") || line.starts_with('\t');
        // Lazy continuation: a line right after the definition; after a blank
        // line only an indented paragraph still belongs to the note.
        if indented || !blank_run {
            parts.push(line.trim());
        } else {
            inside = false;
        }
        blank_run = false;
    }
    flush(&mut notes, &mut parts);
    (!notes.is_empty()).then_some(notes)
}

/// Numbered citation-like lines that end the text, without a heading.
fn trailing_notes(lines: &[&str]) -> Option<(Vec<Note>, usize)> {
    let last_text = lines.iter().rposition(|l| !l.trim().is_empty())?;
    // Walk up over the block of notes: marker lines, blank lines and their
    // continuation lines, until a line that belongs to prose.
    let mut first_marker = None;
    let mut i = last_text + 1;
    while i > 0 {
        i -= 1;
        let line = lines[i].trim_start();
        if line.is_empty() {
            continue;
        }
        match line_marker(line) {
            Some((m, _)) if m.style != MarkerStyle::FootnoteDefinition => first_marker = Some(i),
            _ if first_marker.is_none() => {}
            _ => {
                // A continuation line of the note below it is fine; a
                // paragraph followed by a blank line ends the block.
                if lines.get(i + 1).is_some_and(|l| l.trim().is_empty()) {
                    break;
                }
            }
        }
    }
    let start = first_marker?;
    let notes = numbered_notes(&lines[start..], start);
    let citations = notes
        .iter()
        .filter(|n| looks_like_citation(&n.text))
        .count();
    (notes.len() >= 3 && notes.first()?.line == start + 1 && citations * 2 >= notes.len())
        .then_some((notes, start))
}

fn marker_key(label: &str) -> String {
    match markers::number_value(label) {
        Some(v) => v.to_string(),
        None => label.to_string(),
    }
}

fn cross_check(notes: &[Note], body: &str) -> (Vec<String>, Vec<String>) {
    let roman = notes
        .iter()
        .any(|n| markers::roman_value(&n.marker).is_some() && n.marker.parse::<u32>().is_err());
    let unmarked = notes.iter().all(|n| n.style == MarkerStyle::Unmarked);
    let bracketed = notes.iter().any(|n| n.style == MarkerStyle::Bracket);
    let refs: Vec<Marker> = body_markers(body)
        .into_iter()
        .filter(|m| {
            // Only markers of the notes' own numbering count; `[3]` counts
            // only when the notes are bracketed too.
            (m.style != MarkerStyle::Bracket || bracketed)
                && match m.style {
                    MarkerStyle::FootnoteDefinition => true,
                    _ => m.is_roman() == roman,
                }
        })
        .collect();
    if unmarked {
        return (Vec::new(), Vec::new());
    }
    let note_keys: HashSet<String> = notes.iter().map(|n| marker_key(&n.marker)).collect();
    let ref_keys: HashSet<String> = refs.iter().map(|m| marker_key(&m.label)).collect();
    let mut without_note = Vec::new();
    let mut reported = HashSet::new();
    for m in &refs {
        let key = marker_key(&m.label);
        if !note_keys.contains(&key) && reported.insert(m.label.as_str()) {
            without_note.push(m.label.clone());
        }
    }
    let never_referenced = notes
        .iter()
        .filter(|n| !ref_keys.contains(&marker_key(&n.marker)))
        .map(|n| n.marker.clone())
        .collect();
    (without_note, never_referenced)
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
