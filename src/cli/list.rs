//! `refman list`: the library's entries, filtered by type, language, years
//! and missing fields.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::listing::{ListFormat, render};
use super::output::write_output;
use crate::library::Library;
use crate::library::query::{Filter, parse_years};

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
}

pub fn run(args: &ListArgs, library_dir: &Path) -> Result<u8> {
    let library = Library::open(library_dir)?;
    let filter = Filter {
        types: args.types.clone(),
        language: args.lang.clone(),
        years: args.year,
        missing: args.missing.clone(),
    };
    let kept: Vec<_> = library
        .entries()
        .filter(|e| filter.keeps(e))
        .map(|e| (e, None))
        .collect();
    write_output(args.output.as_deref(), &render(&kept, args.format)?)?;
    Ok(0)
}
