//! `refman show KEY`: one entry as BibLaTeX, JSON or CSL-JSON.

use std::path::Path;

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use super::listing::Listed;
use crate::error::Error;
use crate::library::{Library, to_biblatex};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The citation key (or a former key kept in `ids`).
    key: String,

    #[arg(long, value_enum, default_value_t = ShowFormat::Biblatex)]
    format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ShowFormat {
    Biblatex,
    Json,
    CslJson,
}

pub fn run(args: &ShowArgs, library_dir: &Path) -> Result<u8> {
    let library = Library::open(library_dir)?;
    let Some(entry) = library.resolve(&args.key) else {
        bail!(Error::UnknownKeys {
            keys: args.key.clone(),
            library: library.dir().to_path_buf(),
        });
    };
    let text = match args.format {
        ShowFormat::Biblatex => to_biblatex(entry) + "\n",
        ShowFormat::Json => serde_json::to_string_pretty(&Listed::new(entry, None))? + "\n",
        ShowFormat::CslJson => {
            let resolved = library.resolved(entry);
            serde_json::to_string_pretty(&crate::csl::to_csl_json(&resolved))? + "\n"
        }
    };
    print!("{text}");
    Ok(0)
}
