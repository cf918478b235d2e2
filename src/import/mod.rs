//! Notes to library entries: each note is parsed, back-references and
//! shortened repeats are resolved to the note they repeat, works already in
//! the library are reused, and new works get unique keys.
//!
//! [`plan`] is pure: it reads the article and the library and returns what
//! an import would do. The caller adds [`ImportPlan::new_entries`] to the
//! library and saves it, or, for `--dry-run`, does not.

mod repeats;

use std::collections::HashMap;

use crate::article::Article;
use crate::entry::Entry;
use crate::keys::KeyAllocator;
use crate::library::Library;
use crate::library::dedupe::WorkIndex;
use crate::parse::{BackReference, Parser, parse_note_with};
use repeats::{CitedWorks, trailing_page};

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

/// One note and its outcome.
#[derive(Debug, Clone)]
pub struct NoteOutcome {
    pub marker: String,
    pub line: usize,
    pub text: String,
    pub status: Status,
    /// The entry the note resolves to: new, from the library, or the earlier
    /// note's.
    pub entry: Option<Entry>,
    pub short_form_of: Option<String>,
    pub pinpoint: Option<String>,
    pub confidence: f32,
    pub missing: Vec<&'static str>,
}

impl NoteOutcome {
    pub fn key(&self) -> Option<&str> {
        self.entry.as_ref().map(|e| e.key.as_str())
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
    pub new_entries: Vec<Entry>,
    pub warnings: Vec<Warning>,
}

impl ImportPlan {
    pub fn count(&self, status: Status) -> usize {
        self.notes.iter().filter(|n| n.status == status).count()
    }
}

/// Plans the import of an article's notes into a library.
pub fn plan(article: &Article, library: &Library) -> ImportPlan {
    plan_with(article, library, Parser::default())
}

/// [`plan`] with the given note parser.
pub fn plan_with(article: &Article, library: &Library, parser: Parser) -> ImportPlan {
    let mut index = WorkIndex::new(library.entries());
    let mut keys = KeyAllocator::new(library.entries().map(|e| e.key.as_str()));
    let mut cited = CitedWorks::default();
    let mut new_by_key: HashMap<String, usize> = HashMap::new();
    let mut notes = Vec::with_capacity(article.notes.len());
    let mut new_entries = Vec::new();
    let mut warnings: Vec<Warning> = Vec::new();
    // Index into `cited` of the work the previous note resolved to.
    let mut previous: Option<usize> = None;

    for note in &article.notes {
        let parsed = parse_note_with(&note.text, parser);
        let mut outcome = NoteOutcome {
            marker: note.marker.clone(),
            line: note.line,
            text: note.text.clone(),
            status: Status::Unresolved,
            entry: None,
            short_form_of: None,
            pinpoint: parsed.pinpoint.clone(),
            confidence: parsed.confidence,
            missing: parsed.missing.clone(),
        };

        let repeat_of = match &parsed.back_reference {
            Some(BackReference::Ibid { .. }) => Some(previous),
            Some(BackReference::OpCit { author, .. }) => Some(cited.find_by_author(author)),
            None => None,
        }
        .map(|found| (found, true))
        .or_else(|| {
            cited
                .find_repeat(&parsed, &note.text)
                .map(|i| (Some(i), false))
        });

        match repeat_of {
            Some((Some(i), back_reference)) => {
                let c = cited.get(i);
                outcome.status = Status::Repeat;
                outcome.entry = Some(c.entry.clone());
                outcome.short_form_of = Some(c.marker.clone());
                if !back_reference {
                    // A page in a repeat is the page cited, not the work's.
                    outcome.pinpoint = parsed
                        .pinpoint
                        .clone()
                        .or(parsed.work.pages.clone())
                        .or_else(|| trailing_page(&note.text));
                }
                outcome.missing.clear();
                outcome.confidence = outcome.confidence.max(0.9);
                previous = Some(i);
            }
            Some((None, _)) => {
                warnings.push(Warning::UnresolvedBackReference(note.marker.clone()));
            }
            None => {
                let candidate = parsed.work.to_entry("");
                let existing = index.find(&candidate).and_then(|key| {
                    library
                        .get(key)
                        .or_else(|| new_by_key.get(key).map(|&i| &new_entries[i]))
                });
                let entry = match existing {
                    Some(found) if library.get(&found.key).is_some() => {
                        outcome.status = Status::Existing;
                        found.clone()
                    }
                    Some(found) => {
                        // The same work cited in full twice in this article.
                        outcome.status = Status::Repeat;
                        outcome.short_form_of = cited
                            .position_of_key(&found.key)
                            .map(|i| cited.get(i).marker.clone());
                        found.clone()
                    }
                    None => {
                        let w = &parsed.work;
                        let key =
                            keys.allocate(&w.authors, w.title.as_deref(), w.date.map(|d| d.year));
                        let entry = w.to_entry(&key);
                        index.insert(&entry);
                        new_by_key.insert(key, new_entries.len());
                        new_entries.push(entry.clone());
                        outcome.status = Status::New;
                        entry
                    }
                };
                if outcome.confidence < LOW_CONFIDENCE {
                    warnings.push(Warning::LowConfidence {
                        marker: note.marker.clone(),
                        confidence: outcome.confidence,
                        missing: outcome.missing.clone(),
                    });
                }
                previous = Some(match cited.position_of_key(&entry.key) {
                    Some(i) => i,
                    None => cited.push(&note.marker, &parsed.work, &entry),
                });
                outcome.entry = Some(entry);
            }
        }
        notes.push(outcome);
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
    all_warnings.extend(warnings);
    ImportPlan {
        notes,
        new_entries,
        warnings: all_warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::read_notes;

    fn article(notes: &[&str]) -> Article {
        let mut text = String::from("Body.\n\nNotes\n\n");
        for (i, n) in notes.iter().enumerate() {
            text.push_str(&format!("{}. {n}\n", i + 1));
        }
        read_notes(&text).unwrap()
    }

    #[test]
    fn ibid_and_short_forms_resolve_to_earlier_notes() {
        let a = article(&[
            "Роза Турарбекова. \"Белорусско-китайские отношения: экспертные оценки.\" December 2020. https://x.org/a.pdf",
            "Ibid., 5.",
            "Роза Турарбекова. \"Белорусско-китайские отношения.\"",
            "Turarbekova, op. cit., p. 7.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let statuses: Vec<_> = p.notes.iter().map(|n| n.status).collect();
        assert_eq!(
            statuses,
            [Status::New, Status::Repeat, Status::Repeat, Status::Repeat]
        );
        assert_eq!(p.new_entries.len(), 1);
        assert_eq!(p.notes[1].pinpoint.as_deref(), Some("5"));
        assert_eq!(p.notes[2].short_form_of.as_deref(), Some("1"));
        assert_eq!(p.notes[3].key(), Some("turarbekova2020"));
    }

    #[test]
    fn works_in_the_library_are_reused() {
        let lib = Library::from_source(
            "lib",
            "@online{mine, title = {Other}, url = {https://x.org/a.pdf}}".to_string(),
        )
        .unwrap();
        let a = article(&["Роза Турарбекова. \"Title.\" 2020. https://x.org/a.pdf"]);
        let p = plan(&a, &lib);
        assert_eq!(p.notes[0].status, Status::Existing);
        assert_eq!(p.notes[0].key(), Some("mine"));
        assert!(p.new_entries.is_empty());
    }

    #[test]
    fn ibid_without_earlier_note_is_unresolved() {
        let a = article(&["Ibid.", "Smith, J. \"A title.\" 2020."]);
        let p = plan(&a, &Library::empty("lib"));
        assert_eq!(p.notes[0].status, Status::Unresolved);
        assert!(
            p.warnings
                .contains(&Warning::UnresolvedBackReference("1".into()))
        );
    }
}
