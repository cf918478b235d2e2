//! `refman search`: entries ranked by how well they match the query's
//! words, in any script. A search index in the cache folder (rebuilt
//! whenever a `.bib` file's size or modification time changes) spares an
//! unchanged library's loading: only the entries shown are read.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::library_index;
use super::listing::{ListFormat, render};
use super::output::write_output;
use crate::entry::Entry;
use crate::library::query::{query_words, search};
use crate::library::search_index::{self, Hit};
use crate::library::{Library, file_stamps, parse_bib};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find (all of them), in any script: `lukashenko samarkand`.
    #[arg(required = true, num_args = 1..)]
    query: Vec<String>,

    /// Show at most N entries.
    #[arg(long, default_value_t = 20, value_name = "N")]
    limit: usize,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Load the library instead of reading the search index (and do not
    /// write one).
    #[arg(long)]
    no_cache: bool,
}

pub fn run(args: &SearchArgs, library_dir: &Path) -> Result<u8> {
    let query = args.query.join(" ");
    let index_file = (!args.no_cache)
        .then(|| library_index::path(library_dir))
        .flatten();
    if let Some(path) = &index_file
        && let Some((found, entries, matched)) = from_index(path, library_dir, &query, args.limit)
    {
        let shown: Vec<(&Entry, Option<u32>)> = entries
            .iter()
            .zip(&found)
            .map(|(e, h)| (e, Some(h.score)))
            .collect();
        write_output(args.output.as_deref(), &render(&shown, args.format)?)?;
        return Ok(u8::from(matched == 0));
    }
    let stamps = file_stamps(library_dir);
    let library = Library::open(library_dir)?;
    let found = search(library.entries(), &query);
    let shown: Vec<_> = found
        .iter()
        .take(args.limit)
        .map(|(score, e)| (*e, Some(*score)))
        .collect();
    write_output(args.output.as_deref(), &render(&shown, args.format)?)?;
    if let Some(path) = &index_file {
        library_index::save(path, &library, stamps, library_dir);
    }
    // Nothing found is an answer, not an error, but scripts can tell.
    Ok(u8::from(found.is_empty()))
}

/// The search through the index when it is current: the first `limit`
/// hits, their entries read from their files, and how many matched.
/// `None` sends the search to the library (no index, files changed, an
/// entry that does not read back as the index says).
fn from_index(
    path: &Path,
    library_dir: &Path,
    query: &str,
    limit: usize,
) -> Option<(Vec<Hit>, Vec<Entry>, usize)> {
    let (index, stamps) = library_index::read_fresh_bytes(path, library_dir)?;
    let (hits, matched) = search_index::search(&index, &query_words(query), limit)?;
    let mut entries = Vec::new();
    for hit in hits.iter().take(limit) {
        let file = library_dir.join(&stamps.get(hit.file)?.name);
        // Only the entry's own bytes are read, not its whole file.
        let text = read_span(&file, &hit.span)?;
        let entry = parse_bib(&file, &text).ok()?.into_iter().next()?;
        if entry.key != hit.key {
            return None;
        }
        entries.push(entry);
    }
    Some((hits, entries, matched))
}

/// The text of `span` in `file`; `None` when it cannot be read or is not
/// UTF-8 (the search then loads the library, which says why).
fn read_span(file: &Path, span: &std::ops::Range<usize>) -> Option<String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = fs::File::open(file).ok()?;
    f.seek(SeekFrom::Start(u64::try_from(span.start).ok()?))
        .ok()?;
    let mut bytes = vec![0; span.end.checked_sub(span.start)?];
    f.read_exact(&mut bytes).ok()?;
    String::from_utf8(bytes).ok()
}
