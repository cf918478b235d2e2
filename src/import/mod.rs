//! Notes to library entries: each note is parsed, back-references and
//! shortened repeats are resolved to the note they repeat, works already in
//! the library are reused, and new works get unique keys.
//!
//! [`plan`] is pure: it reads the article and the library and returns what
//! an import would do. The caller adds [`ImportPlan::new_entries`] to the
//! library and saves it, or, for `--dry-run`, does not.

mod embedded;
mod repeats;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::article::{Article, Note};
use crate::entry::Entry;
use crate::keys::KeyAllocator;
use crate::library::Holdings;
use crate::library::dedupe::{Identity, WorkIndex};
use crate::parse::{BackReference, ParsedNote, Parser, parse_note_with, split};
use repeats::{CitedWorks, WorkKeys, trailing_page};

/// Notes below this confidence are named in a warning.
pub const LOW_CONFIDENCE: f32 = 0.6;

/// What happened to one note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A work new to the library.
    New,
    /// A work the library already had.
    Existing,
    /// A repeat of an earlier note of the article (ibid, short form).
    Repeat,
    /// A back-reference with nothing to point at.
    Unresolved,
}

/// One note and the works it cites.
#[derive(Debug, Clone)]
pub struct NoteOutcome {
    pub marker: String,
    pub line: usize,
    pub text: String,
    /// The works the note cites, in order; empty when the note is
    /// commentary only.
    pub works: Vec<WorkOutcome>,
}

/// One work a note cites.
#[derive(Debug, Clone)]
pub struct WorkOutcome {
    /// The part of the note that cites this work.
    pub text: String,
    pub status: Status,
    /// The entry the citation resolves to: new, from the library, or the
    /// earlier note's (shared: a work cited in many notes is held once).
    pub entry: Option<Arc<Entry>>,
    pub short_form_of: Option<String>,
    pub pinpoint: Option<String>,
    pub confidence: f32,
    pub missing: Vec<&'static str>,
}

impl WorkOutcome {
    pub fn key(&self) -> Option<&str> {
        self.entry.as_ref().map(|e| e.key.as_str())
    }
}

impl NoteOutcome {
    /// The first work the note cites.
    pub fn first(&self) -> Option<&WorkOutcome> {
        self.works.first()
    }

    /// The key of the first work.
    pub fn key(&self) -> Option<&str> {
        self.first().and_then(WorkOutcome::key)
    }

    /// A note that cites no work.
    pub fn is_commentary(&self) -> bool {
        self.works.is_empty()
    }
}

/// Something the user should look at; the import still goes ahead.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    MarkerWithoutNote(String),
    NoteNeverReferenced(String),
    /// No note is referenced: the text carries no markers at all, or in a
    /// form refman does not read. One warning instead of one per note.
    NoMarkersInText {
        notes: usize,
    },
    LowConfidence {
        marker: String,
        confidence: f32,
        missing: Vec<&'static str>,
    },
    UnresolvedBackReference(String),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::MarkerWithoutNote(m) => write!(f, "marker {m} in the text has no note"),
            Warning::NoteNeverReferenced(m) => {
                write!(f, "note {m} is never referenced in the text")
            }
            Warning::NoMarkersInText { notes } => write!(
                f,
                "none of the {notes} notes is referenced in the text (no note markers found there)"
            ),
            Warning::LowConfidence {
                marker,
                confidence,
                missing,
            } => {
                write!(
                    f,
                    "note {marker} parsed with low confidence ({confidence:.2})"
                )?;
                if !missing.is_empty() {
                    write!(f, "; not found: {}", missing.join(", "))?;
                }
                Ok(())
            }
            Warning::UnresolvedBackReference(m) => write!(
                f,
                "note {m} refers back (ibid / op. cit.) but no earlier note matches"
            ),
        }
    }
}

/// What an import does.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    pub notes: Vec<NoteOutcome>,
    pub new_entries: Vec<Arc<Entry>>,
    pub warnings: Vec<Warning>,
}

impl ImportPlan {
    /// Cited works with this status, over all notes.
    pub fn count(&self, status: Status) -> usize {
        self.works().filter(|w| w.status == status).count()
    }

    /// Every cited work, in note order.
    pub fn works(&self) -> impl Iterator<Item = &WorkOutcome> {
        self.notes.iter().flat_map(|n| n.works.iter())
    }

    /// Notes that cite no work.
    pub fn commentary(&self) -> usize {
        self.notes.iter().filter(|n| n.is_commentary()).count()
    }
}

/// Plans the import of an article's notes into a library.
pub fn plan(article: &Article, library: &dyn Holdings) -> ImportPlan {
    plan_with(article, library, Parser::default())
}

/// [`plan`] with the given note parser.
pub fn plan_with(article: &Article, library: &dyn Holdings, parser: Parser) -> ImportPlan {
    plan_all(&[article], library, parser)
        .pop()
        .unwrap_or_else(|| ImportPlan {
            notes: Vec::new(),
            new_entries: Vec::new(),
            warnings: Vec::new(),
        })
}

/// The citations of one note, read: the embedded items of a reference
/// manager when the note has them, else each citation of its text parsed.
fn read_note(note: &Note, parser: Parser) -> Vec<(String, ParsedNote)> {
    if !note.items.is_empty() {
        return note
            .items
            .iter()
            .map(|item| {
                let parsed = embedded::parsed_item(item);
                let text = parsed
                    .work
                    .title
                    .clone()
                    .unwrap_or_else(|| note.text.clone());
                (text, parsed)
            })
            .collect();
    }
    split::pieces(&note.text)
        .into_iter()
        .map(|piece| {
            let parsed = parse_note_with(&piece, parser);
            (piece, parsed)
        })
        .collect()
}

/// Plans the import of several articles into one library: their notes are
/// read on every core, then resolved in order, article after article, so a
/// work cited by two articles gets one entry. Each plan's `new_entries`
/// are the entries its article added first.
pub fn plan_all(articles: &[&Article], library: &dyn Holdings, parser: Parser) -> Vec<ImportPlan> {
    // Reading is independent per note: the notes of all articles are read
    // in parallel, a chunk ahead of the resolution, which goes in order.
    let all: Vec<&Note> = articles.iter().flat_map(|a| &a.notes).collect();
    let mut reader = ReadAhead::new(&all, parser);
    let mut planner = Planner {
        library,
        index: library.work_index(),
        keys: KeyAllocator::new(library.keys()),
        cited: CitedWorks::default(),
        new_by_key: HashMap::new(),
        new_entries: Vec::new(),
        warnings: Vec::new(),
        previous: None,
        by_marker: HashMap::new(),
    };
    let mut plans = Vec::with_capacity(articles.len());
    for article in articles {
        // Back-references and repeats never reach into another article.
        planner.previous = None;
        planner.by_marker.clear();
        planner.cited = CitedWorks::default();
        let first_new = planner.new_entries.len();
        let mut notes = Vec::with_capacity(article.notes.len());
        for note in &article.notes {
            let citations = reader.next_note();
            // Sized to the note: a vector grown by pushing keeps room for
            // four works, and 50,000 notes hold on to it.
            let mut works: Vec<WorkOutcome> = Vec::with_capacity(citations.len());
            for (piece, parsed) in citations {
                let work = planner.cite(&note.marker, note.section, &piece, parsed);
                if work.status != Status::Unresolved
                    && let Some(i) = planner.previous
                {
                    planner
                        .by_marker
                        .entry((note.section, note.marker.clone()))
                        .or_default()
                        .push(i);
                }
                works.push(work);
            }
            notes.push(NoteOutcome {
                marker: note.marker.clone(),
                line: note.line,
                text: note.text.clone(),
                works,
            });
        }
        let mut all_warnings: Vec<Warning> = article
            .markers_without_note
            .iter()
            .cloned()
            .map(Warning::MarkerWithoutNote)
            .collect();
        let unreferenced = &article.notes_never_referenced;
        if unreferenced.len() > 1 && unreferenced.len() == article.notes.len() {
            all_warnings.push(Warning::NoMarkersInText {
                notes: unreferenced.len(),
            });
        } else {
            all_warnings.extend(
                unreferenced
                    .iter()
                    .cloned()
                    .map(Warning::NoteNeverReferenced),
            );
        }
        all_warnings.append(&mut planner.warnings);
        plans.push(ImportPlan {
            notes,
            new_entries: planner.new_entries[first_new..].to_vec(),
            warnings: all_warnings,
        });
    }
    plans
}

/// Notes read in parallel chunks, handed out in order: parallel reading
/// without holding every parsed note of a long article at once.
struct ReadAhead<'a> {
    notes: &'a [&'a Note],
    parser: Parser,
    next: usize,
    ready: std::collections::VecDeque<Vec<(String, ParsedNote)>>,
}

impl<'a> ReadAhead<'a> {
    /// Notes read per parallel chunk.
    const CHUNK: usize = 4096;

    fn new(notes: &'a [&'a Note], parser: Parser) -> Self {
        ReadAhead {
            notes,
            parser,
            next: 0,
            ready: std::collections::VecDeque::new(),
        }
    }

    /// The citations of the next note.
    fn next_note(&mut self) -> Vec<(String, ParsedNote)> {
        if self.ready.is_empty() {
            let end = (self.next + Self::CHUNK).min(self.notes.len());
            let parser = self.parser;
            self.ready = self.notes[self.next..end]
                .par_iter()
                .map(|n| read_note(n, parser))
                .collect::<Vec<_>>()
                .into();
            self.next = end;
        }
        self.ready.pop_front().unwrap_or_default()
    }
}

/// The state of an import while its notes are read in order.
struct Planner<'a> {
    library: &'a dyn Holdings,
    index: WorkIndex,
    keys: KeyAllocator,
    cited: CitedWorks,
    new_by_key: HashMap<String, usize>,
    new_entries: Vec<Arc<Entry>>,
    warnings: Vec<Warning>,
    /// Index into `cited` of the work cited last.
    previous: Option<usize>,
    /// The works each note resolved to, by notes section and marker, for
    /// cross-references ("(n 3)", "Golosov (n 4)").
    by_marker: HashMap<(usize, String), Vec<usize>>,
}

impl Planner<'_> {
    /// Resolves one citation of note `marker` in notes section `section`.
    fn cite(
        &mut self,
        marker: &str,
        section: usize,
        text: &str,
        mut parsed: ParsedNote,
    ) -> WorkOutcome {
        if parsed.same_author
            && let Some(i) = self.previous
        {
            // "Ders., Title": the author of the work cited just before (or
            // its editors, where it had no author); "Ders. (Hrsg.):" makes
            // them this work's editors.
            let earlier = &self.cited.get(i).entry;
            let mut names = earlier.authors();
            if names.is_empty() {
                names = earlier.names("editor");
            }
            if parsed.same_author_edits {
                parsed.work.editors = names;
            } else {
                parsed.work.authors = names;
            }
        }
        let mut outcome = WorkOutcome {
            text: text.to_string(),
            status: Status::Unresolved,
            entry: None,
            short_form_of: None,
            pinpoint: parsed.pinpoint.clone(),
            confidence: parsed.confidence,
            missing: parsed.missing.clone(),
        };
        let cited = &self.cited;
        // The work's keys, made for the search for a repeat and kept for
        // the record of a newly cited work.
        let mut keys: Option<WorkKeys> = None;
        let repeat_of = match &parsed.back_reference {
            Some(BackReference::Ibid { .. }) => Some(self.previous),
            Some(BackReference::OpCit { author, .. }) => {
                Some(cited.find_by_author(author, self.previous))
            }
            Some(BackReference::Case { party, .. }) => Some(cited.find_case(party)),
            Some(BackReference::Note { note, .. }) => Some(
                self.by_marker
                    .get(&(section, note.to_string()))
                    .and_then(|among| cited.pick_named(among, text)),
            ),
            None => None,
        }
        .map(|found| (found, true))
        .or_else(|| {
            let found = cited.find_repeat(
                &parsed,
                text,
                keys.get_or_insert_with(|| WorkKeys::of(&parsed.work)),
            );
            found.map(|i| (Some(i), false))
        });

        match repeat_of {
            Some((Some(i), back_reference)) => {
                let c = self.cited.get(i);
                outcome.status = Status::Repeat;
                outcome.entry = Some(Arc::clone(&c.entry));
                outcome.short_form_of = Some(c.marker.clone());
                if !back_reference {
                    // A page in a repeat is the page cited, not the work's.
                    outcome.pinpoint = parsed
                        .pinpoint
                        .clone()
                        .or(parsed.work.pages.clone())
                        .or_else(|| trailing_page(text));
                }
                outcome.missing.clear();
                outcome.confidence = outcome.confidence.max(0.9);
                self.previous = Some(i);
            }
            Some((None, _)) => {
                self.warnings
                    .push(Warning::UnresolvedBackReference(marker.to_string()));
            }
            None => {
                let entry = self.new_or_existing(&parsed.work, &mut outcome);
                if outcome.confidence < LOW_CONFIDENCE {
                    self.warnings.push(Warning::LowConfidence {
                        marker: marker.to_string(),
                        confidence: outcome.confidence,
                        missing: outcome.missing.clone(),
                    });
                }
                self.previous = Some(match self.cited.position_of_key(&entry.key) {
                    Some(i) => i,
                    None => {
                        let keys = keys.unwrap_or_else(|| WorkKeys::of(&parsed.work));
                        self.cited.push(marker, &parsed.work, keys, &entry)
                    }
                });
                outcome.entry = Some(entry);
            }
        }
        outcome
    }

    /// The entry of a work cited in full: the library's, an earlier note's,
    /// or a new one with a unique key.
    fn new_or_existing(
        &mut self,
        work: &crate::parse::Work,
        outcome: &mut WorkOutcome,
    ) -> Arc<Entry> {
        let mut candidate = work.to_entry("");
        let identity = Identity::of(&candidate);
        let found_key = self.index.find_identity(&identity).map(str::to_string);
        let in_library = found_key.as_deref().and_then(|key| self.library.entry(key));
        let existing = in_library.as_deref().or_else(|| {
            let key = found_key.as_deref()?;
            self.new_by_key.get(key).map(|&i| &*self.new_entries[i])
        });
        match existing {
            Some(found) if in_library.is_some() => {
                outcome.status = Status::Existing;
                let key = found.key.clone();
                match self.cited.position_of_key(&key) {
                    Some(i) => Arc::clone(&self.cited.get(i).entry),
                    None => Arc::new(found.clone()),
                }
            }
            Some(found) => {
                // The same work cited in full twice in this article, or
                // first cited by an earlier article of the same import.
                let key = found.key.clone();
                if let Some(i) = self.cited.position_of_key(&key) {
                    outcome.status = Status::Repeat;
                    outcome.short_form_of = Some(self.cited.get(i).marker.clone());
                    Arc::clone(&self.cited.get(i).entry)
                } else {
                    outcome.status = Status::Existing;
                    match self.new_by_key.get(&key) {
                        Some(&i) => Arc::clone(&self.new_entries[i]),
                        None => Arc::new(found.clone()),
                    }
                }
            }
            None => {
                let key = self.keys.allocate(
                    &work.authors,
                    work.title.as_deref(),
                    work.date.map(|d| d.year),
                );
                self.index.insert_identity(identity, &key);
                candidate.key.clone_from(&key);
                let entry = Arc::new(candidate);
                self.new_by_key.insert(key, self.new_entries.len());
                self.new_entries.push(Arc::clone(&entry));
                outcome.status = Status::New;
                entry
            }
        }
    }
}

#[cfg(test)]
mod tests;
