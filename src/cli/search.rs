//! `refman search`: entries ranked by how well they match the query's
//! words, in any script. A search index in the cache folder (rebuilt
//! whenever a `.bib` file's size or modification time changes) spares an
//! unchanged library's loading: only the entries shown are read.

use std::collections::HashMap;
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
        && let Some((found, entries)) = from_index(path, library_dir, &query, args.limit)
    {
        let shown: Vec<(&Entry, Option<u32>)> = entries
            .iter()
            .zip(&found)
            .map(|(e, h)| (e, Some(h.score)))
            .collect();
        write_output(args.output.as_deref(), &render(&shown, args.format)?)?;
        return Ok(u8::from(found.is_empty()));
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

/// The search through the index when it is current: the hits (all of
/// them) and the entries of the first `limit`, read from their files.
/// `None` sends the search to the library (no index, files changed, an
/// entry that does not read back as the index says).
fn from_index(
    path: &Path,
    library_dir: &Path,
    query: &str,
    limit: usize,
) -> Option<(Vec<Hit>, Vec<Entry>)> {
    let (index, stamps) = library_index::read_fresh(path, library_dir)?;
    let hits = search_index::search(&index, &query_words(query))?;
    let mut sources: HashMap<usize, String> = HashMap::new();
    let mut entries = Vec::new();
    for hit in hits.iter().take(limit) {
        let file = library_dir.join(&stamps.get(hit.file)?.name);
        let source = match sources.entry(hit.file) {
            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(fs::read_to_string(&file).ok()?)
            }
        };
        let text = source.get(hit.span.clone())?;
        let entry = parse_bib(&file, text).ok()?.into_iter().next()?;
        if entry.key != hit.key {
            return None;
        }
        entries.push(entry);
    }
    Some((hits, entries))
}
