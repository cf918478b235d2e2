//! `refman import ARTICLE`: reads the article, plans the import, saves the
//! library (unless `--dry-run`) and reports every note.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::Format;
use super::input::{FetchRules, Loaded, load_article};
use super::output::{write_json_stdout, write_output};
use super::sanitize::terminal;
use crate::entry::{Entry, Name};
use rayon::prelude::*;

use super::library_index;
use crate::article::{Article, Meta};
use crate::import::{ImportPlan, Status, plan_all};
use crate::library::search_index::Stamp;
use crate::library::{DEFAULT_FILE, Holdings, Indexed, Library, LibraryLock, file_stamps};
use crate::parse::Parser;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The articles: plain text, Markdown, DOCX, ODT, HTML, EPUB or PDF
    /// files, or web addresses (http/https). Several are read in parallel
    /// and written to the library once.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<PathBuf>,

    /// Fetch an article address even when it (or a redirect) points at a
    /// private or loopback address.
    #[arg(long)]
    allow_private: bool,

    /// Show what would be imported; write nothing.
    #[arg(long)]
    dry_run: bool,

    /// Output format: a table of notes and a summary, or JSON for scripts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Also show how each note was read: the field of every span, which
    /// rule decided what, the entry and its confidence (after the table; a
    /// `how` list in JSON).
    #[arg(long)]
    explain: bool,
}

/// The library an import adds to: known from its index, or loaded (with
/// its files' stamps before the load, for the index it leaves behind).
enum Known {
    Indexed(Indexed),
    Loaded(Library, Option<Vec<Stamp>>),
}

/// A library loaded whole leaves its index in the cache, as `list` and
/// `search` do, so that the next import (or listing) reads the index
/// instead of loading the library again. `stamps` are the files' when the
/// library's text was last the files' text; nothing is written if they
/// changed since.
fn leave_index(library: &Library, stamps: Option<Vec<Stamp>>, library_dir: &Path) {
    if let Some(path) = library_index::path(library_dir) {
        library_index::save(&path, library, stamps, library_dir);
    }
}

/// Warnings printed per article before the rest are counted.
const MAX_WARNINGS_SHOWN: usize = 50;

pub fn run(args: &ImportArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let rules = FetchRules {
        allow_private: args.allow_private,
        ..FetchRules::default()
    };
    // Every article is read (and fetched) before the library is touched:
    // one bad input stops the import with nothing written.
    let loaded: Vec<Loaded> = args
        .articles
        .par_iter()
        .map(|a| load_article(a, rules))
        .collect::<Result<_, _>>()?;
    // An import that writes holds the library's lock from load to save, so
    // concurrent imports take turns and each sees the others' entries.
    let mut lock = if args.dry_run {
        None
    } else {
        Some(LibraryLock::acquire(library_dir, wait)?)
    };
    // A library with a current search index is not loaded: its works are
    // known from the index, and new entries are appended to its text.
    let known = match library_index::indexed(library_dir) {
        Some(indexed) => Known::Indexed(indexed),
        None => {
            let stamps = file_stamps(library_dir);
            let library = match lock.take() {
                Some(lock) => Library::open_locked(library_dir, lock)?,
                None => Library::open(library_dir)?,
            };
            Known::Loaded(library, stamps)
        }
    };
    let articles: Vec<&Article> = loaded.iter().map(|l| &l.article).collect();
    let holdings: &dyn Holdings = match &known {
        Known::Indexed(indexed) => indexed,
        Known::Loaded(library, _) => library,
    };
    let plans = plan_all(&articles, holdings, Parser::default());

    let target = library_dir.join(DEFAULT_FILE);
    let added: usize = plans.iter().map(|p| p.new_entries.len()).sum();
    if !args.dry_run && added > 0 {
        let loaded_whole = matches!(known, Known::Loaded(..));
        let mut library = match known {
            Known::Loaded(library, _) => library,
            Known::Indexed(indexed) => match lock {
                Some(lock) => Library::for_append(library_dir, lock, indexed.into_files()),
                None => anyhow::bail!("the library lock was not held"),
            },
        };
        for entry in plans.iter().flat_map(|p| &p.new_entries) {
            library.add(Entry::clone(entry));
        }
        library.save()?;
        if loaded_whole {
            // Saved, the files are the library's text again (the lock is
            // still held).
            leave_index(&library, file_stamps(library_dir), library_dir);
        }
    } else if !args.dry_run
        && let Known::Loaded(library, stamps) = known
    {
        // A dry run writes nothing, not even to the cache.
        leave_index(&library, stamps, library_dir);
    }

    for (plan, l) in plans.iter().zip(&loaded) {
        // A terminal shows the first warnings; JSON output has them all.
        for warning in plan.warnings.iter().take(MAX_WARNINGS_SHOWN) {
            eprintln!("warning: {}: {warning}", l.source);
        }
        if let Some(more) = plan
            .warnings
            .len()
            .checked_sub(MAX_WARNINGS_SHOWN)
            .filter(|n| *n > 0)
        {
            eprintln!(
                "warning: {}: … and {more} more warnings (`--format json` lists them all)",
                l.source
            );
        }
    }
    let text = match args.format {
        Format::Json => {
            let reports: Vec<JsonReport> = plans
                .iter()
                .zip(&loaded)
                .map(|(plan, l)| {
                    let mut report = JsonReport::new(l, plan, &target, args.dry_run);
                    if args.explain {
                        report.how = Some(explained(plan));
                    }
                    report
                })
                .collect();
            if reports.len() == 1 {
                write_json_stdout(&reports[0])?;
            } else {
                let summary = JsonSummary::of(plans.iter(), &target, args.dry_run);
                write_json_stdout(&JsonBatch {
                    articles: reports,
                    summary,
                })?;
            }
            return Ok(0);
        }
        Format::Text => {
            let mut text = String::new();
            for (plan, l) in plans.iter().zip(&loaded) {
                if plans.len() > 1 {
                    text.push_str(&format!("{} ({})\n", terminal(&l.source), l.format.name()));
                }
                text.push_str(&table(plan, &target, args.dry_run));
                if args.explain {
                    text.push('\n');
                    for note in explained(plan) {
                        text.push_str(&note.text());
                    }
                }
            }
            text
        }
    };
    write_output(None, &text)?;
    Ok(0)
}

/// How every note of the plan was read.
fn explained(plan: &ImportPlan) -> Vec<super::parse::ExplainedNote> {
    plan.notes
        .iter()
        .map(|n| super::parse::explain(&n.marker, &n.text))
        .collect()
}

fn table(plan: &ImportPlan, target: &Path, dry_run: bool) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header([
            "note",
            "key",
            "type",
            "first author",
            "title",
            "year",
            "status",
        ]);
    for n in &plan.notes {
        if n.is_commentary() {
            let dash = || "-".to_string();
            table.add_row([
                n.marker.clone(),
                dash(),
                dash(),
                dash(),
                terminal(&shorten(&n.text, 40)).into_owned(),
                dash(),
                "commentary".to_string(),
            ]);
        }
        for (i, w) in n.works.iter().enumerate() {
            let e = w.entry.as_deref();
            let status = match (&w.status, &w.short_form_of) {
                (Status::Repeat, Some(of)) => format!("repeat of {of}"),
                (s, _) => status_word(*s).to_string(),
            };
            // Further works of one note: "4.2", "4.3".
            let marker = if i == 0 {
                n.marker.clone()
            } else {
                format!("{}.{}", n.marker, i + 1)
            };
            table.add_row(
                [
                    marker,
                    w.key().unwrap_or("-").to_string(),
                    e.map_or("-".into(), |e| e.entry_type.clone()),
                    e.and_then(|e| e.authors().first().map(short_author))
                        .unwrap_or_else(|| "-".into()),
                    e.and_then(|e| e.text("title"))
                        .map(|t| shorten(&t, 40))
                        .unwrap_or_else(|| "-".into()),
                    e.and_then(Entry::year)
                        .map_or("-".into(), |y| y.to_string()),
                    status,
                ]
                .iter()
                .map(|c| terminal(c).into_owned()),
            );
        }
    }
    let added = plan.new_entries.len();
    let verb = if dry_run { "would be added" } else { "added" };
    format!(
        "{table}\n{} notes, {} works cited: {} new, {} existing, {} repeats{}{}; {added} entries {verb} to {}\n",
        plan.notes.len(),
        plan.works().count(),
        plan.count(Status::New),
        plan.count(Status::Existing),
        plan.count(Status::Repeat),
        match plan.count(Status::Unresolved) {
            0 => String::new(),
            n => format!(", {n} unresolved"),
        },
        match plan.commentary() {
            0 => String::new(),
            n => format!("; {n} without a citation (commentary)"),
        },
        target.display()
    )
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::New => "new",
        Status::Existing => "existing",
        Status::Repeat => "repeat",
        Status::Unresolved => "unresolved",
    }
}

fn short_author(name: &Name) -> String {
    match name {
        Name::Person { family, .. } => family.clone(),
        other => shorten(&other.display(), 24),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The JSON contract of `refman import --format json`.
#[derive(Serialize)]
struct JsonReport<'a> {
    article: JsonArticle<'a>,
    notes: Vec<JsonNote<'a>>,
    warnings: Vec<String>,
    summary: JsonSummary,
    /// With `--explain`: how each note was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    how: Option<Vec<super::parse::ExplainedNote>>,
}

/// Several articles: one report each, and the summary over all.
#[derive(Serialize)]
struct JsonBatch<'a> {
    articles: Vec<JsonReport<'a>>,
    summary: JsonSummary,
}

/// The article itself: where it came from and what it says about itself.
#[derive(Serialize)]
struct JsonArticle<'a> {
    path: &'a str,
    format: crate::article::Format,
    #[serde(flatten)]
    meta: &'a Meta,
}

#[derive(Serialize)]
struct JsonNote<'a> {
    marker: &'a str,
    line: usize,
    text: &'a str,
    /// The works the note cites; empty for commentary.
    works: Vec<JsonWork<'a>>,
}

#[derive(Serialize)]
struct JsonWork<'a> {
    text: &'a str,
    key: Option<&'a str>,
    status: Status,
    short_form_of: Option<&'a str>,
    pinpoint: Option<&'a str>,
    confidence: f64,
    missing: &'a [&'static str],
    entry: Option<JsonEntry<'a>>,
}

/// An entry as `{"type", "key", "fields"}`; the fields are written out as
/// they are serialised, so a report of 50,000 notes never holds them all.
struct JsonEntry<'a>(&'a Entry);

impl Serialize for JsonEntry<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Fields<'a>(&'a Entry);
        impl Serialize for Fields<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut names: Vec<&str> = self.0.fields().map(|(name, _)| name).collect();
                names.sort_unstable();
                let mut map = serializer.serialize_map(Some(names.len()))?;
                for name in names {
                    map.serialize_entry(name, &self.0.written(name).unwrap_or_default())?;
                }
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("type", &self.0.entry_type)?;
        map.serialize_entry("key", &self.0.key)?;
        map.serialize_entry("fields", &Fields(self.0))?;
        map.end()
    }
}

#[derive(Serialize)]
struct JsonSummary {
    notes: usize,
    works: usize,
    commentary: usize,
    new: usize,
    existing: usize,
    repeat: usize,
    unresolved: usize,
    entries_added: usize,
    library_file: String,
    dry_run: bool,
}

impl<'a> JsonReport<'a> {
    fn new(loaded: &'a Loaded, plan: &'a ImportPlan, target: &Path, dry_run: bool) -> Self {
        let notes = plan
            .notes
            .iter()
            .map(|n| JsonNote {
                marker: &n.marker,
                line: n.line,
                text: &n.text,
                works: n
                    .works
                    .iter()
                    .map(|w| JsonWork {
                        text: &w.text,
                        key: w.key(),
                        status: w.status,
                        short_form_of: w.short_form_of.as_deref(),
                        pinpoint: w.pinpoint.as_deref(),
                        confidence: (f64::from(w.confidence) * 100.0).round() / 100.0,
                        missing: &w.missing,
                        entry: w.entry.as_deref().map(JsonEntry),
                    })
                    .collect(),
            })
            .collect();
        JsonReport {
            article: JsonArticle {
                path: &loaded.source,
                format: loaded.format,
                meta: &loaded.article.meta,
            },
            notes,
            warnings: plan.warnings.iter().map(ToString::to_string).collect(),
            how: None,
            summary: JsonSummary::of(std::iter::once(plan), target, dry_run),
        }
    }
}

impl JsonSummary {
    fn of<'a>(plans: impl Iterator<Item = &'a ImportPlan>, target: &Path, dry_run: bool) -> Self {
        let mut s = JsonSummary {
            notes: 0,
            works: 0,
            commentary: 0,
            new: 0,
            existing: 0,
            repeat: 0,
            unresolved: 0,
            entries_added: 0,
            library_file: target.display().to_string(),
            dry_run,
        };
        for plan in plans {
            s.notes += plan.notes.len();
            s.works += plan.works().count();
            s.commentary += plan.commentary();
            s.new += plan.count(Status::New);
            s.existing += plan.count(Status::Existing);
            s.repeat += plan.count(Status::Repeat);
            s.unresolved += plan.count(Status::Unresolved);
            if !dry_run {
                s.entries_added += plan.new_entries.len();
            }
        }
        s
    }
}
