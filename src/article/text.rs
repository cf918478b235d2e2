//! Plain text and Markdown to notes: where the notes sections are, where
//! each note starts and ends, and what on a page is not part of a note.
//!
//! The notes are found, in this order of preference:
//! 1. Markdown footnote definitions (`[^1]: …`) anywhere in the text;
//! 2. numbered notes under notes headings (ENDNOTES, Notes to Chapter 3,
//!    Примечания к главе 2, …): every such section when their numbering
//!    restarts (one per chapter), else the last one;
//! 3. a run of numbered, citation-like lines that ends the text (footnotes
//!    after `* * *` below a bibliography among them);
//! 4. an unnumbered reference list under a heading.
//!
//! Numbered notes must count up (1, 2, 3 or i, ii, iii, in any marker form);
//! a line that starts with a number out of sequence continues the previous
//! note. What a PDF conversion leaves between pages (form feeds, `---`,
//! running headers repeated page after page, page numbers alone on a line)
//! is dropped without ending the section, and notes run together in one
//! paragraph (`… 2019. 4 Smith, …`) are cut apart at the next number.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::join::{SOFT_HYPHEN, join_lines, resolve_hyphens, words};
use super::markers::{self, Marker, MarkerStyle, body_markers, line_marker};
use super::{Article, NOTE_HEADINGS, Note, tidy};

/// Finds the notes of an article given as text; `None` when it has none.
pub fn read_notes(text: &str) -> Option<Article> {
    let lines: Vec<&str> = text.lines().collect();

    let (notes, heading, body_end) = if let Some(notes) = footnote_definitions(&lines) {
        (notes, None, None)
    } else if let Some((notes, heading, at)) = numbered_sections(&lines) {
        (notes, Some((heading, at + 1)), Some(at))
    } else if let Some((notes, at)) = trailing_notes(&lines) {
        (notes, None, Some(at))
    } else {
        let (notes, heading, at) = unmarked_section(&lines)?;
        (notes, Some((heading, at + 1)), Some(at))
    };
    if notes.is_empty() {
        return None;
    }
    let mut notes = notes;
    if notes.iter().any(|n| n.text.contains(SOFT_HYPHEN)) {
        let vocabulary = words(text);
        for n in &mut notes {
            if n.text.contains(SOFT_HYPHEN) {
                n.text = resolve_hyphens(&n.text, &vocabulary);
            }
        }
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
    let (markers_without_note, notes_never_referenced) =
        cross_check(&notes, &body_markers(without_front_matter(&body)));
    Some(Article {
        notes,
        heading,
        markers_without_note,
        notes_never_referenced,
        ..Article::default()
    })
}

/// Words that qualify a notes heading: "Notes to Chapter 3", "ENDNOTES FOR
/// CHAPTER 1", "Примечания к главе 2", "Chapter 3: Notes".
static QUALIFIED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let part = r"(?:chapter|chap\.|part|section|appendix|глава|главе|главы|гл\.|раздел|разделу|раздела|часть|части|розділ|розділу|розділу|частина|частини|раздзел|раздзела|частка|第\S*章)";
    Regex::new(&format!(
        r"(?i)^(?:(?P<a>.+?)\s*(?:[,:—–-]\s*|\s+(?:for|to|of|in|on|к|ко|до|да|для)\s+){part}\s*[\p{{L}}\p{{N}}.]{{0,12}}|{part}\s*[\p{{L}}\p{{N}}.]{{0,12}}\s*[,:—–.-]?\s*(?P<b>.+?))$"
    ))
    .expect("heading pattern")
});

/// The name of a notes heading if `line` is one: Markdown `#`, bold or a
/// trailing colon are allowed around it, and a chapter qualifier after it.
pub fn heading_name(line: &str) -> Option<String> {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    let t = t.trim_start_matches('#').trim();
    let t = t.trim_matches(|c| matches!(c, '*' | '_' | '=' | '-'));
    let t = t.trim().trim_end_matches([':', '.', '：']).trim();
    let lower = t.to_lowercase();
    if NOTE_HEADINGS.contains(&lower.as_str()) {
        return Some(t.to_string());
    }
    let c = QUALIFIED_HEADING.captures(t)?;
    let base = c.name("a").or_else(|| c.name("b"))?.as_str();
    let base = base.trim().trim_end_matches([':', '.']).to_lowercase();
    NOTE_HEADINGS
        .contains(&base.as_str())
        .then(|| t.to_string())
}

/// A line that separates pages or sections: `---`, `***`, `* * *`, a form
/// feed.
fn is_break(line: &str) -> bool {
    let t = line.trim();
    matches!(t, "---" | "***" | "___" | "* * *" | "- - -")
        || (line.contains('\u{c}') && t.trim_matches('\u{c}').trim().is_empty())
}

/// A Markdown heading that is not a notes heading ends a notes section.
fn ends_section(line: &str) -> bool {
    line.trim_start().starts_with('#') && heading_name(line).is_none()
}

/// The notes headings of the text with their line indexes.
fn notes_headings(lines: &[&str]) -> Vec<(usize, String)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| heading_name(l).map(|h| (i, h)))
        .collect()
}

/// Notes under every heading whose numbered notes restart at 1 (one
/// section per chapter), or under the last heading with numbered notes.
fn numbered_sections(lines: &[&str]) -> Option<(Vec<Note>, String, usize)> {
    let headings = notes_headings(lines);
    let mut sections: Vec<(usize, String, Vec<Note>)> = Vec::new();
    for (k, (at, name)) in headings.iter().enumerate() {
        let next_heading = headings.get(k + 1).map_or(lines.len(), |(n, _)| *n);
        let end = lines[at + 1..next_heading]
            .iter()
            .position(|l| ends_section(l))
            .map_or(next_heading, |p| at + 1 + p);
        let notes = numbered_notes(&lines[at + 1..end], at + 1);
        if !notes.is_empty() {
            sections.push((*at, name.clone(), notes));
        }
    }
    let restarts = sections.len() > 1
        && sections.iter().all(|(_, _, notes)| {
            notes.first().and_then(|n| markers::number_value(&n.marker)) == Some(1)
        });
    if restarts {
        let (at, name) = (sections[0].0, sections[0].1.clone());
        let notes = sections
            .into_iter()
            .enumerate()
            .flat_map(|(i, (_, _, notes))| {
                notes.into_iter().map(move |mut n| {
                    n.section = i;
                    n
                })
            })
            .collect();
        return Some((notes, name, at));
    }
    let (at, name, notes) = sections.pop()?;
    Some((notes, name, at))
}

/// The last heading followed by an unnumbered reference list.
fn unmarked_section(lines: &[&str]) -> Option<(Vec<Note>, String, usize)> {
    for (at, name) in notes_headings(lines).into_iter().rev() {
        let section_end = lines[at + 1..]
            .iter()
            .position(|l| (ends_section(l) || is_break(l)) && heading_name(l).is_none())
            .map_or(lines.len(), |p| at + 1 + p);
        let notes = unmarked_entries(&lines[at + 1..section_end], at + 1);
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

/// Lines that repeat on page after page (running headers and footers, with
/// their page numbers ignored): lines next to a page break or a page
/// number, the same words at least twice. A note's own lines are never
/// next to a page break more than once, so none is lost.
fn running_lines(section: &[&str]) -> HashSet<String> {
    let near_break = |i: usize| {
        (i.saturating_sub(2)..(i + 3).min(section.len()))
            .filter(|&j| j != i)
            .any(|j| is_break(section[j]) || PAGE_NUMBER.is_match(section[j]))
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (i, line) in section.iter().enumerate() {
        // The cheapest test first: most note lines are longer.
        if line.chars().count() > 100 {
            continue;
        }
        let key = furniture_key(line);
        if key.chars().count() >= 8 && near_break(i) {
            *counts.entry(key).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(k, _)| k)
        .collect()
}

/// A line's words with digits and blanks removed: the same running header
/// on every page, whatever its page number.
pub(crate) fn furniture_key(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect()
}

/// A page number alone on its line (`17`, `- 17 -`, `Page 17`, `17 | 40`).
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s\u{c}]*(?:[-–—]\s*)?(?:page\s+|стр\.\s*|с\.\s*)?[0-9]{1,4}(?:\s*(?:/|\||of|из)\s*[0-9]{1,4})?(?:\s*[-–—])?[\s\u{c}]*$")
        .expect("page number pattern")
});

/// Numbered notes in `section`; `offset` is the index of its first line.
fn numbered_notes(section: &[&str], offset: usize) -> Vec<Note> {
    let running = running_lines(section);
    let mut notes: Vec<Note> = Vec::new();
    let mut last: Option<Marker> = None;
    let mut parts: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < section.len() {
        let line = section[i];
        let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        i += 1;
        if let Some((marker, len)) = line_marker(trimmed)
            && marker.style != MarkerStyle::FootnoteDefinition
            && continues_sequence(&marker, last.as_ref())
        {
            flush(&mut notes, &mut parts);
            notes.push(Note {
                marker: marker.label.clone(),
                style: marker.style,
                text: String::new(),
                line: offset + i,
                section: 0,
                items: Vec::new(),
            });
            parts.push(&trimmed[len..]);
            last = Some(marker);
            continue;
        }
        if notes.is_empty() {
            continue;
        }
        if is_break(line) {
            // A page break: the section goes on only if a note follows it
            // (after the next page's header and number, which are dropped),
            // else the notes ended here.
            match note_follows(&section[i..], last.as_ref(), &running) {
                Some(next) => {
                    i += next;
                    continue;
                }
                None => break,
            }
        }
        if PAGE_NUMBER.is_match(line) || running.contains(&furniture_key(line)) {
            continue;
        }
        parts.push(trimmed);
    }
    flush(&mut notes, &mut parts);
    split_run_together(notes)
}

/// Where the next note of the sequence starts within the next lines, over
/// blank lines, page numbers and a page header of a line or two.
fn note_follows(rest: &[&str], last: Option<&Marker>, running: &HashSet<String>) -> Option<usize> {
    let mut furniture = 0;
    for (k, line) in rest.iter().enumerate() {
        let t = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if t.is_empty() || is_break(line) {
            continue;
        }
        if let Some((marker, _)) = line_marker(t)
            && continues_sequence(&marker, last)
        {
            return Some(k);
        }
        if PAGE_NUMBER.is_match(line) || running.contains(&furniture_key(line)) {
            continue;
        }
        furniture += 1;
        // A page header is a line or two, never a paragraph.
        if furniture > 2 || t.chars().count() > 100 {
            return None;
        }
    }
    None
}

fn flush(notes: &mut [Note], parts: &mut Vec<&str>) {
    if let Some(note) = notes.last_mut() {
        note.text = tidy::note_text(&join_lines(parts));
    }
    parts.clear();
}

/// `… 2019. 4 Smith, …`: the next number of the sequence after a sentence
/// end, followed by a capital or an opening quote, starts a new note when no
/// line of its own did.
fn split_run_together(notes: Vec<Note>) -> Vec<Note> {
    if !notes
        .iter()
        .all(|n| matches!(n.style, MarkerStyle::Bare | MarkerStyle::Dotted))
    {
        return notes;
    }
    let mut out: Vec<Note> = Vec::with_capacity(notes.len());
    let mut queue = notes.into_iter().peekable();
    while let Some(mut note) = queue.next() {
        let Some(value) = markers::number_value(&note.marker) else {
            out.push(note);
            continue;
        };
        let next_value = queue.peek().and_then(|n| markers::number_value(&n.marker));
        if next_value == Some(value + 1) {
            out.push(note);
            continue;
        }
        let Some(at) = run_together_at(&note.text, value + 1) else {
            out.push(note);
            continue;
        };
        let rest = note.text[at..].to_string();
        note.text = note.text[..at].trim_end().to_string();
        let line = note.line;
        let style = note.style;
        out.push(note);
        let (label, text) = rest.split_once(' ').unwrap_or((&rest, ""));
        // Re-examine the new note: it may hold the one after it too.
        let mut again = vec![Note {
            marker: label.to_string(),
            style,
            text: text.trim().to_string(),
            line,
            section: 0,
            items: Vec::new(),
        }];
        again.extend(queue);
        let rest = split_run_together(again);
        out.extend(rest);
        return out;
    }
    out
}

fn run_together_at(text: &str, next: u32) -> Option<usize> {
    let needle = format!(" {next} ");
    let mut from = 0;
    while let Some(p) = text[from..].find(&needle) {
        let at = from + p;
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        if before.is_some_and(|c| matches!(c, '.' | '”' | '"' | '»' | ')' | '。'))
            && after.is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '«' | '„'))
        {
            return Some(at + 1);
        }
        from = at + 1;
    }
    None
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
            text: tidy::note_text(&text),
            line,
            section: 0,
            items: Vec::new(),
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
                section: 0,
                items: Vec::new(),
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
    let running = running_lines(lines);
    // Walk up over the block of notes: marker lines, blank lines, page
    // furniture and continuation lines, until a line that belongs to prose.
    let mut first_marker = None;
    let mut i = last_text + 1;
    while i > 0 {
        i -= 1;
        let line = lines[i].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if line.is_empty()
            || (first_marker.is_some()
                && (is_break(lines[i])
                    || PAGE_NUMBER.is_match(lines[i])
                    || running.contains(&furniture_key(lines[i]))))
        {
            if is_break(lines[i]) && first_marker.is_some() {
                // `* * *` between a bibliography and footnotes: the notes
                // start after it unless a note continues above it.
                let above = lines[..i]
                    .iter()
                    .rposition(|l| !l.trim().is_empty() && !is_break(l));
                if above.is_none_or(|a| line_marker(lines[a].trim_start()).is_none()) {
                    break;
                }
            }
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
    // The block starts at its first note numbered 1 (or i).
    let mut start = first_marker?;
    while start <= last_text {
        let line = lines[start].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if line_marker(line).is_some_and(|(m, _)| m.value == Some(1)) {
            break;
        }
        start += 1;
    }
    if start > last_text {
        return None;
    }
    let notes = numbered_notes(&lines[start..], start);
    let citations = notes
        .iter()
        .filter(|n| looks_like_citation(&n.text))
        .count();
    (notes.len() >= 3 && notes.first()?.line == start + 1 && citations * 2 >= notes.len())
        .then_some((notes, start))
}

/// The body without its front matter: the title and byline lines before the
/// first paragraph of prose, where `Author¹²` digits are affiliations.
fn without_front_matter(body: &str) -> &str {
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        if t.chars().count() >= 120 || t.split_whitespace().count() >= 15 {
            return &body[offset..];
        }
        offset += line.len();
    }
    body
}

fn marker_key(label: &str) -> String {
    match markers::number_value(label) {
        Some(v) => v.to_string(),
        None => label.to_string(),
    }
}

/// In-text markers without a note, and notes no marker points at.
pub(crate) fn cross_check(notes: &[Note], body_refs: &[Marker]) -> (Vec<String>, Vec<String>) {
    let roman = notes
        .iter()
        .any(|n| markers::roman_value(&n.marker).is_some() && n.marker.parse::<u32>().is_err());
    let unmarked = notes.iter().all(|n| n.style == MarkerStyle::Unmarked);
    let bracketed = notes.iter().any(|n| n.style == MarkerStyle::Bracket);
    let refs: Vec<&Marker> = body_refs
        .iter()
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
    let mut seen = HashSet::new();
    let never_referenced = notes
        .iter()
        .filter(|n| !ref_keys.contains(&marker_key(&n.marker)))
        .filter(|n| seen.insert(marker_key(&n.marker)))
        .map(|n| n.marker.clone())
        .collect();
    (without_note, never_referenced)
}
