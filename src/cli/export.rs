//! `refman export`: the library, or some keys of it, as Zotero-compatible
//! BibTeX, normalised BibLaTeX, CSL-JSON or RIS.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::output::write_output;
use super::render::select;
use crate::export::{ExportFormat, export};
use crate::library::Library;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// bibtex: for Zotero (and Better BibTeX); biblatex: the library as is,
    /// normalised; csl-json: for pandoc, Zotero, citeproc-js; ris: for
    /// EndNote and Mendeley.
    #[arg(long, value_enum)]
    format: ExportFormatArg,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Only these entries (comma-separated citation keys).
    #[arg(long, value_delimiter = ',')]
    keys: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormatArg {
    Bibtex,
    Biblatex,
    #[value(alias = "json")]
    CslJson,
    Ris,
}

pub fn run(args: &ExportArgs, library_dir: &Path) -> Result<u8> {
    let library = Library::open(library_dir)?;
    let entries = select(&args.keys, &library)?;
    let format = match args.format {
        ExportFormatArg::Bibtex => ExportFormat::Bibtex,
        ExportFormatArg::Biblatex => ExportFormat::Biblatex,
        ExportFormatArg::CslJson => ExportFormat::CslJson,
        ExportFormatArg::Ris => ExportFormat::Ris,
    };
    let text = export(&entries, format, |e| library.parent_of(e));
    write_output(args.output.as_deref(), &text)?;
    Ok(0)
}
