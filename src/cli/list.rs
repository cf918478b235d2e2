//! `refman list`: the library's entries, filtered by type, language, years
//! and missing fields.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::library_index;
use super::listing::{ListFormat, render, render_rows};
use super::output::write_output;
use crate::library::query::parse_years;
use crate::library::rows::{Filter, Row};
use crate::library::{Library, file_stamps, search_index};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Entry types to keep (`online,article`).
    #[arg(long = "type", value_delimiter = ',', value_name = "TYPES")]
    types: Vec<String>,

    /// Keep entries in this language (`russian`, `ru`).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,

    /// Keep entries of these years: `2020..2023`, `2020..`, `..2019`, `2021`.
    #[arg(long, value_name = "RANGE", value_parser = parse_years)]
    year: Option<(i32, i32)>,

    /// Keep entries without these fields (`date,author`).
    #[arg(long, value_delimiter = ',', value_name = "FIELDS")]
    missing: Vec<String>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Load the library instead of reading the index of an unchanged one
    /// (and do not write one).
    #[arg(long)]
    no_cache: bool,
}

pub fn run(args: &ListArgs, library_dir: &Path) -> Result<u8> {
    let filter = Filter {
        types: args.types.clone(),
        language: args.lang.clone(),
        years: args.year,
        missing: args.missing.clone(),
    };
    // The table and the keys come from the index of an unchanged library;
    // JSON gives every field, so it loads the library.
    let index_file = (!args.no_cache)
        .then(|| library_index::path(library_dir))
        .flatten();
    if args.format != ListFormat::Json
        && let Some(path) = &index_file
        && let Some((index, _)) = library_index::read_fresh(path, library_dir)
        && let Some(mut rows) = search_index::rows(&index)
    {
        rows.retain(|r| filter.keeps(r));
        write_output(args.output.as_deref(), &render_rows(&rows, args.format))?;
        return Ok(0);
    }
    // Keys need no field: a library with no index is not loaded for them
    // (nor indexed: the next listing that needs fields does that).
    if args.format == ListFormat::Keys
        && filter.by_type_alone()
        && !args.no_cache
        && let Some(keys) = Library::keys(library_dir)?
    {
        let mut out = String::with_capacity(keys.iter().map(|(k, _)| k.len() + 1).sum());
        for (key, _) in keys.iter().filter(|(_, kind)| filter.keeps_type(kind)) {
            out.push_str(key);
            out.push('\n');
        }
        write_output(args.output.as_deref(), &out)?;
        return Ok(0);
    }
    let stamps = file_stamps(library_dir);
    let library = Library::open(library_dir)?;
    if args.format == ListFormat::Json {
        let kept: Vec<_> = library
            .entries()
            .filter(|e| filter.keeps(&Row::of(e)))
            .map(|e| (e, None))
            .collect();
        write_output(args.output.as_deref(), &render(&kept, args.format)?)?;
        if let Some(path) = &index_file {
            library_index::save(path, &library, stamps, library_dir);
        }
        return Ok(0);
    }
    // The index holds every entry's row: when one is written, the rows are
    // read from it rather than made twice.
    let index = index_file
        .as_deref()
        .and_then(|path| library_index::save(path, &library, stamps, library_dir));
    let mut rows = match index.as_deref().and_then(search_index::rows) {
        Some(rows) => rows,
        None => library.entries().map(Row::of).collect(),
    };
    rows.retain(|r| filter.keeps(r));
    write_output(args.output.as_deref(), &render_rows(&rows, args.format))?;
    Ok(0)
}
