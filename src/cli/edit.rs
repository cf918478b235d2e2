//! `refman edit KEY`: the entry opened in `$VISUAL` or `$EDITOR`, checked
//! before it is saved: one entry, BibLaTeX that reads back as written, a
//! key no other entry has (the old key kept in `ids`). When the edit is
//! refused, the edited text is kept in a file whose path is printed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::error::Error;
use crate::library::{Library, parse_bib, round_trip_problem, to_biblatex};

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The citation key.
    key: String,
}

pub fn run(args: &EditArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let library = Library::open(library_dir)?;
    let Some(entry) = library.get(&args.key).cloned() else {
        bail!(Error::UnknownKeys {
            keys: args.key.clone(),
            library: library.dir().to_path_buf(),
        });
    };
    drop(library);
    let before = to_biblatex(&entry) + "\n";
    let file = tempfile::Builder::new()
        .prefix(&format!("refman-{}-", safe(&entry.key)))
        .suffix(".bib")
        .tempfile()
        .context("cannot create the file to edit")?;
    std::fs::write(file.path(), &before).context("cannot write the file to edit")?;
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = Command::new(program)
        .args(parts)
        .arg(file.path())
        .status()
        .with_context(|| format!("cannot start the editor `{editor}` (set $VISUAL or $EDITOR)"))?;
    if !status.success() {
        bail!("the editor `{editor}` failed ({status}); nothing was changed");
    }
    let after = std::fs::read_to_string(file.path()).context("cannot read the edited file")?;
    if after == before {
        eprintln!("{}: nothing changed", entry.key);
        return Ok(0);
    }
    // Everything from here on is checked; a refused edit is kept, not lost.
    let kept = |message: String| -> anyhow::Error {
        let saved = std::env::temp_dir().join(format!("refman-edit-{}.bib", safe(&entry.key)));
        let where_ = match std::fs::write(&saved, &after) {
            Ok(()) => format!("; your edit is in {}", saved.display()),
            Err(_) => String::new(),
        };
        Error::BadInput {
            path: PathBuf::from(format!("edit {}", entry.key)),
            message: format!("{message}; nothing was changed{where_}"),
        }
        .into()
    };
    let edited = match parse_bib(file.path(), &after) {
        Ok(mut entries) if entries.len() == 1 => entries.remove(0),
        Ok(entries) => return Err(kept(format!("expected one entry, found {}", entries.len()))),
        Err(e) => return Err(kept(e.to_string())),
    };
    if let Some(problem) = round_trip_problem(&edited) {
        return Err(kept(problem));
    }
    let mut library = Library::open_for_update(library_dir, wait)?;
    let mut edited = edited;
    if edited.key != entry.key {
        let taken = library
            .entries()
            .any(|e| e.key != entry.key && e.key.eq_ignore_ascii_case(&edited.key));
        if taken {
            return Err(kept(format!("the key `{}` is taken", edited.key)));
        }
        let mut ids: Vec<String> = edited
            .text("ids")
            .map(|i| i.split(',').map(|x| x.trim().to_string()).collect())
            .unwrap_or_default();
        if !ids.contains(&entry.key) {
            ids.push(entry.key.clone());
        }
        edited.set_text("ids", &ids.join(", "));
        if !library.rename(&entry.key, edited) {
            return Err(kept(format!("`{}` left the library meanwhile", entry.key)));
        }
    } else if !library.update(edited) {
        eprintln!("{}: nothing changed", entry.key);
        return Ok(0);
    }
    super::library_index::save_in_place(&mut library)?;
    eprintln!("{} saved", args.key);
    Ok(0)
}

/// A key as a file name part.
fn safe(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}
