//! `refman search`: entries ranked by how well they match the query's
//! words, in any script.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::listing::{ListFormat, render};
use super::output::write_output;
use crate::library::Library;
use crate::library::query::search;

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
}

pub fn run(args: &SearchArgs, library_dir: &Path) -> Result<u8> {
    let library = Library::open(library_dir)?;
    let found = search(library.entries(), &args.query.join(" "));
    let shown: Vec<_> = found
        .iter()
        .take(args.limit)
        .map(|(score, e)| (*e, Some(*score)))
        .collect();
    write_output(args.output.as_deref(), &render(&shown, args.format)?)?;
    // Nothing found is an answer, not an error, but scripts can tell.
    Ok(u8::from(found.is_empty()))
}
