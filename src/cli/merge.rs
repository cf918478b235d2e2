//! `refman merge KEEP OTHER`: two records of one work made one; OTHER's
//! key stays in `ids`, so papers citing it still resolve.

use std::path::Path;
use std::time::Duration;

use anyhow::{Result, bail};
use clap::Args;

use super::sanitize::terminal;
use crate::error::Error;
use crate::library::merge::merge;
use crate::library::{Library, to_biblatex};

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The entry that stays (its values win conflicts).
    keep: String,
    /// The entry merged into it and removed.
    other: String,

    /// Show the merged entry and the conflicts; change nothing.
    #[arg(long)]
    dry_run: bool,
}

pub fn run(args: &MergeArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let mut library = Library::open_for_update(library_dir, wait)?;
    if args.keep == args.other {
        bail!(Error::BadInput {
            path: library.dir().to_path_buf(),
            message: "an entry cannot be merged into itself".into(),
        });
    }
    let (Some(keep), Some(other)) = (library.get(&args.keep), library.get(&args.other)) else {
        let missing: Vec<&str> = [&args.keep, &args.other]
            .into_iter()
            .filter(|k| library.get(k).is_none())
            .map(String::as_str)
            .collect();
        bail!(Error::UnknownKeys {
            keys: missing.join(", "),
            library: library.dir().to_path_buf(),
        });
    };
    let (merged, conflicts) = merge(keep, other);
    for c in &conflicts {
        eprintln!(
            "conflict in {}: kept “{}”, dropped “{}”",
            c.field,
            terminal(&c.kept),
            terminal(&c.other)
        );
    }
    if args.dry_run {
        println!("{}", to_biblatex(&merged));
        return Ok(0);
    }
    library.update(merged);
    library.remove(&args.other);
    super::library_index::save_in_place(&mut library)?;
    eprintln!(
        "merged {} into {} ({} conflicts; {} kept as an alias in ids)",
        args.other,
        args.keep,
        conflicts.len(),
        args.other
    );
    Ok(0)
}
