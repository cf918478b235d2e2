//! `refman rm KEY…`: remove entries, unless a paper in `--check-dir`
//! still cites them (then `--force`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Result, bail};
use clap::Args;

use super::input::read_text;
use crate::cite::{Syntax, citations};
use crate::error::Error;
use crate::library::Library;

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Citation keys to remove.
    #[arg(required = true, num_args = 1..)]
    keys: Vec<String>,

    /// Folders of papers (Markdown, LaTeX) that must not cite a removed key.
    #[arg(long, value_name = "DIR")]
    check_dir: Vec<PathBuf>,

    /// Remove even when a paper cites it.
    #[arg(long)]
    force: bool,
}

pub fn run(args: &RmArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let mut library = Library::open_for_update(library_dir, wait)?;
    library.require(&args.keys)?;
    if !args.force {
        // A removed entry's former keys (`ids`) go with it.
        let mut names: Vec<String> = args.keys.clone();
        for key in &args.keys {
            if let Some(ids) = library.get(key).and_then(|e| e.text("ids")) {
                names.extend(ids.split(',').map(|i| i.trim().to_string()));
            }
        }
        let mut cited = Vec::new();
        for dir in &args.check_dir {
            for paper in papers(dir, 0) {
                let syntax = Syntax::from_extension(paper.extension().and_then(|e| e.to_str()));
                let text = read_text(&paper)?;
                for c in citations(&text, syntax) {
                    if names.contains(&c.key) {
                        cited.push(format!("{}:{}: {}", paper.display(), c.line, c.key));
                    }
                }
            }
        }
        if !cited.is_empty() {
            bail!(Error::BadInput {
                path: library.dir().to_path_buf(),
                message: format!(
                    "still cited, nothing removed (--force removes it anyway):\n  {}",
                    cited.join("\n  ")
                ),
            });
        }
    }
    for key in &args.keys {
        library.remove(key);
    }
    super::library_index::save_in_place(&mut library)?;
    eprintln!("removed {}", args.keys.join(", "));
    Ok(0)
}

/// Markdown and LaTeX files under `dir`, a few levels deep.
fn papers(dir: &Path, depth: usize) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = read.filter_map(|d| d.ok().map(|d| d.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() && depth < 4 {
            out.extend(papers(&path, depth + 1));
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "md" | "markdown" | "tex" | "ltx" | "latex"))
        {
            out.push(path);
        }
    }
    out
}
