//! `refman set KEY field=value…`: change fields of one entry. Values are
//! BibLaTeX field text (`author=Крючкова, Евгения and {БелТА}`); an empty
//! value removes the field. Refused, with nothing written, when a value
//! would not read back as written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Result, bail};
use clap::Args;

use crate::error::Error;
use crate::library::{Library, parse_bib, round_trip_problem};

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The citation key.
    key: String,

    /// `field=value` (an empty value removes the field).
    #[arg(required = true, num_args = 1.., value_name = "FIELD=VALUE")]
    assignments: Vec<String>,
}

pub fn run(args: &SetArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let mut library = Library::open_for_update(library_dir, wait)?;
    let Some(mut entry) = library.get(&args.key).cloned() else {
        bail!(Error::UnknownKeys {
            keys: args.key.clone(),
            library: library.dir().to_path_buf(),
        });
    };
    for assignment in &args.assignments {
        let Some((field, value)) = assignment.split_once('=') else {
            bail!(bad(format!("`{assignment}` is not FIELD=VALUE")));
        };
        let field = field.trim().to_ascii_lowercase();
        if field.is_empty()
            || !field
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            bail!(bad(format!("`{field}` is not a field name")));
        }
        if value.trim().is_empty() {
            entry.remove(&field);
            continue;
        }
        entry.set_chunks(&field, field_value(&field, value)?);
    }
    if let Some(problem) = round_trip_problem(&entry) {
        bail!(bad(format!(
            "{}: {problem}; nothing was changed",
            entry.key
        )));
    }
    if library.update(entry) {
        super::library_index::save_in_place(&mut library)?;
        eprintln!("{} updated", args.key);
    } else {
        eprintln!("{}: nothing changed", args.key);
    }
    Ok(0)
}

/// A value as BibLaTeX reads it in a field of that name.
pub fn field_value(field: &str, value: &str) -> Result<biblatex::Chunks, Error> {
    let source = format!("@misc{{refman-set,\n  {field} = {{{value}}},\n}}\n");
    let path = PathBuf::from("value");
    let entries = parse_bib(&path, &source).map_err(|_| {
        bad(format!(
            "`{value}` is not a BibLaTeX value for {field}: braces must balance"
        ))
    })?;
    entries
        .first()
        .and_then(|e| e.get(field).cloned())
        .ok_or_else(|| bad(format!("`{value}` is not a BibLaTeX value for {field}")))
}

fn bad(message: String) -> Error {
    Error::BadInput {
        path: PathBuf::from("refman set"),
        message,
    }
}
