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
            // "Ders., Title": the author of the work cited just before.
            parsed.work.authors = self.cited.get(i).entry.authors();
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
mod tests {
    use super::*;
    use crate::article::read_notes;
    use crate::library::Library;

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
        let statuses: Vec<_> = p.works().map(|w| w.status).collect();
        assert_eq!(
            statuses,
            [Status::New, Status::Repeat, Status::Repeat, Status::Repeat]
        );
        assert_eq!(p.new_entries.len(), 1);
        assert_eq!(p.notes[1].works[0].pinpoint.as_deref(), Some("5"));
        assert_eq!(p.notes[2].works[0].short_form_of.as_deref(), Some("1"));
        assert_eq!(p.notes[3].key(), Some("turarbekova2020"));
    }

    #[test]
    fn cross_references_and_several_works_per_note() {
        let a = article(&[
            "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.",
            "See Margarita Balmaceda, Living the High Life in Minsk (Budapest: CEU Press, 2014), 112; cf. Wilson (n 1) 41.",
            "The official figures for 2020 were never published.",
            "ibid para 4; Katsiaryna Shmatsina, “Belarus and China: A Partnership Under Strain,” Policy Paper 3 (2020).",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let shape: Vec<usize> = p.notes.iter().map(|n| n.works.len()).collect();
        assert_eq!(shape, [1, 2, 0, 2], "{:#?}", p.notes);
        let second = &p.notes[1].works[1];
        assert_eq!(second.status, Status::Repeat);
        assert_eq!(second.short_form_of.as_deref(), Some("1"));
        assert_eq!(second.pinpoint.as_deref(), Some("41"));
        let ibid = &p.notes[3].works[0];
        assert_eq!(ibid.status, Status::Repeat, "ibid of the last work cited");
        assert_eq!(ibid.key(), p.notes[1].works[1].key());
        assert_eq!(ibid.pinpoint.as_deref(), Some("para 4"));
        assert_eq!(p.notes[3].works[1].status, Status::New);
        assert_eq!(p.new_entries.len(), 3);
    }

    #[test]
    fn a_cross_reference_picks_the_work_its_words_name() {
        let a = article(&[
            "Anna Sample, \"First Title,\" Journal of Examples 3, no. 1 (2020): 5–9; cf. Boris Example, \"Second Title,\" Review of Examples 7 (2019): 10–20.",
            "Example (n 1) 12.",
            "Sample, supra note 1, at 6.",
            "A. de Sample, Le titre des exemples, Paris, Exemple, 2021, p. 4.",
            "A. de Sample, op. cit., p. 8.",
            "Петров И. И. Новый порядок: очерки истории. М. : Наука, 2019. С. 34.",
            "Петров И. И. Новый порядок. С. 50.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let key = |n: usize, w: usize| p.notes[n].works[w].key();
        assert_eq!(p.notes[1].works[0].status, Status::Repeat);
        assert_eq!(key(1, 0), key(0, 1), "the second work of note 1");
        assert_eq!(key(2, 0), key(0, 0), "the first work of note 1");
        assert_eq!(
            p.notes[4].works[0].status,
            Status::Repeat,
            "{:#?}",
            p.notes[4]
        );
        assert_eq!(key(4, 0), key(3, 0), "the family name, not its particle");
        assert_eq!(p.notes[6].works.len(), 1, "a short form in sentences");
        assert_eq!(key(6, 0), key(5, 0));
        assert_eq!(p.notes[6].works[0].pinpoint.as_deref(), Some("50"));
    }

    #[test]
    fn a_cases_short_form_names_one_of_its_parties() {
        let a = article(&[
            "See Harlow v. Mendes Media, Inc., 412 F. Supp. 3d 88, 92 (D. Mass. 2019); Carla Ruiz, Platform Duties, 98 Tex. L. Rev. 301 (2019).",
            "See also People v. Alvarez, 52 N.E.3d 117, 120 (Ill. 2016).",
            "Harlow, 412 F. Supp. 3d at 95.",
            "Ortiz, 77 F.4th at 12.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let first = &p.notes[2].works[0];
        assert_eq!(first.status, Status::Repeat, "{:#?}", p.notes[2]);
        assert_eq!(first.key(), p.notes[0].works[0].key());
        assert_eq!(first.pinpoint.as_deref(), Some("95"));
        assert_eq!(
            p.notes[1].works[0]
                .entry
                .as_ref()
                .and_then(|e| e.text("title")),
            Some("People v. Alvarez".to_string())
        );
        // A party no earlier case has is not taken for another work.
        assert_ne!(p.notes[3].works[0].status, Status::Repeat);
    }

    #[test]
    fn op_cit_with_a_short_title_or_idem_picks_that_work() {
        let a = article(&[
            "J. Roux, Les Foires de Beaucaire, Paris 1970, p. 9; et, du même auteur, Le Sel du Rhône, Paris 1975.",
            "Id., Les Foires, op. cit., p. 12.",
            "Roux, Le Sel cit., p. 3.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let shape: Vec<usize> = p.notes.iter().map(|n| n.works.len()).collect();
        assert_eq!(shape, [2, 1, 1], "{:#?}", p.notes);
        let second = p.notes[0].works[1].entry.as_deref().expect("entry");
        assert_eq!(
            second.authors(),
            p.notes[0].works[0]
                .entry
                .as_deref()
                .expect("entry")
                .authors()
        );
        let idem = &p.notes[1].works[0];
        assert_eq!(idem.status, Status::Repeat, "{:#?}", p.notes[1]);
        assert_eq!(idem.key(), p.notes[0].works[0].key());
        assert_eq!(p.notes[2].works[0].key(), p.notes[0].works[1].key());
    }

    #[test]
    fn short_titles_in_quotes_and_of_key_words_repeat_their_work() {
        let a = article(&[
            "Anna Brandt and Piotr Lis, \"The Harbour of Gdańsk: Trade and Labour in the 1990s,\" Baltic Review 12, no. 2 (2004): 40–61.",
            "Brandt and Lis, \"Harbour of Gdańsk,\" 45.",
            "Mark Oates, \"Minsk's Northern Quarter after 2010,\" Urban Studies East 4 (2015): 1–19.",
            "Oates, \"Northern Quarter,\" 7.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        for (later, earlier, page) in [(1, 0, "45"), (3, 2, "7")] {
            let w = &p.notes[later].works[0];
            assert_eq!(w.status, Status::Repeat, "{:#?}", p.notes[later]);
            assert_eq!(w.key(), p.notes[earlier].works[0].key());
            assert_eq!(w.pinpoint.as_deref(), Some(page));
        }
    }

    #[test]
    fn an_edited_book_is_repeated_by_its_editor() {
        let a = article(&[
            "Siehe Winter, Jonas (Hrsg.): Bürger und Stadt im 19. Jahrhundert, Kassel 1988.",
            "Winter, a.a.O., S. 21.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let repeat = &p.notes[1].works[0];
        assert_eq!(repeat.status, Status::Repeat, "{:#?}", p.notes);
        assert_eq!(repeat.key(), p.notes[0].key());
    }

    #[test]
    fn one_long_word_of_the_title_stands_for_it() {
        let a = article(&[
            "See P. Ward, Harbours of the Northern Sea (London: Verso, 1994), 15–42.",
            "Ward, Harbours, 20.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let short = &p.notes[1].works[0];
        assert_eq!(short.status, Status::Repeat, "{:#?}", p.notes[1]);
        assert_eq!(short.key(), p.notes[0].key());
    }

    #[test]
    fn an_author_and_a_page_repeat_that_authors_work() {
        let a = article(&[
            "John Smith, Anna Brown and Lee Chen, The Salt Tax in Belarus (London: Verso, 2019), 45.",
            "Petr Ivanov, Trade Corridors (Minsk: Belarus, 2018), 3.",
            "Smith et al., 7.",
            "Иванов и др., С. 12.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        let third = &p.notes[2].works[0];
        assert_eq!(third.status, Status::Repeat, "{:#?}", p.notes[2]);
        assert_eq!(third.short_form_of.as_deref(), Some("1"));
        assert_eq!(third.pinpoint.as_deref(), Some("7"));
        // Across scripts: Иванов is Ivanov.
        assert_eq!(p.notes[3].works[0].short_form_of.as_deref(), Some("2"));
        assert_eq!(p.new_entries.len(), 2);
    }

    #[test]
    fn ders_and_idem_name_the_author_cited_before() {
        let a = article(&[
            "Martin Kohli, Die Institutionalisierung des Lebenslaufs, in: Kölner Zeitschrift für Soziologie und Sozialpsychologie 37 (1985), S. 1–29.",
            "Ders., Lebenslauf und Lebensalter als gesellschaftliche Konstruktionen, in: Josef Ehmer (Hrsg.), Das Alter im Spiel der Generationen, Wien 2000, S. 2–13.",
            "Он же. Курс русской истории. М., 1987. Т. 1. С. 34.",
        ]);
        let plan = plan(&a, &Library::empty("lib"));
        let authors = |n: usize| {
            plan.notes[n]
                .first()
                .and_then(|w| w.entry.as_ref())
                .map(|e| e.authors())
                .unwrap_or_default()
        };
        assert_eq!(authors(1), authors(0), "{:?}", plan.notes[1]);
        assert_eq!(authors(2), authors(0));
        let title = plan.notes[1]
            .first()
            .and_then(|w| w.entry.as_ref())
            .and_then(|e| e.text("title"));
        assert_eq!(
            title.as_deref(),
            Some("Lebenslauf und Lebensalter als gesellschaftliche Konstruktionen")
        );
    }

    #[test]
    fn commentary_notes_cite_nothing() {
        let a = article(&[
            "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.",
            "The author thanks the anonymous reviewers for their comments on an earlier draft.",
        ]);
        let p = plan(&a, &Library::empty("lib"));
        assert!(p.notes[1].is_commentary());
        assert_eq!(p.commentary(), 1);
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
        assert_eq!(p.notes[0].works[0].status, Status::Existing);
        assert_eq!(p.notes[0].key(), Some("mine"));
        assert!(p.new_entries.is_empty());
    }

    #[test]
    fn ibid_without_earlier_note_is_unresolved() {
        let a = article(&["Ibid.", "Smith, J. \"A title.\" 2020."]);
        let p = plan(&a, &Library::empty("lib"));
        assert_eq!(p.notes[0].works[0].status, Status::Unresolved);
        assert!(
            p.warnings
                .contains(&Warning::UnresolvedBackReference("1".into()))
        );
    }
}
