//! `refman rekey`: citation keys from a formula (Better BibTeX's language
//! for the common parts), unique regardless of case; old keys kept in
//! `ids`, and the citations of `--papers` rewritten.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::input::read_text;
use super::output::write_output;
use crate::error::Error;
use crate::library::Library;
use crate::rekey::{DEFAULT, Formula, Translit, rewrite_citations};

#[derive(Debug, Args)]
pub struct RekeyArgs {
    /// Entries to rekey; default: all.
    keys: Vec<String>,

    /// The key formula, e.g. `auth.lower + shorttitle(3,3) + year`.
    #[arg(long = "format", default_value = DEFAULT, value_name = "FORMULA")]
    formula: String,

    /// How Cyrillic is transliterated: BGN/PCGN or GOST 7.79 system B.
    #[arg(long, value_enum, default_value_t = TranslitArg::Bgn)]
    translit: TranslitArg,

    /// Markdown or LaTeX papers whose citations follow the new keys.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    papers: Vec<PathBuf>,

    /// Show the new keys; change nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TranslitArg {
    Bgn,
    Gost,
}

pub fn run(args: &RekeyArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let formula = Formula::parse(&args.formula).map_err(|e| Error::BadInput {
        path: PathBuf::from("--format"),
        message: e,
    })?;
    let translit = match args.translit {
        TranslitArg::Bgn => Translit::Bgn,
        TranslitArg::Gost => Translit::Gost,
    };
    let mut library = Library::open_for_update(library_dir, wait)?;
    library.require(&args.keys)?;
    let chosen = |key: &str| args.keys.is_empty() || args.keys.iter().any(|k| k == key);
    // Keys that stay are taken; new keys are unique regardless of case.
    let mut taken: HashSet<String> = library
        .entries()
        .filter(|e| !chosen(&e.key))
        .map(|e| e.key.to_lowercase())
        .collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut order = Vec::new();
    for entry in library.entries().filter(|e| chosen(&e.key)) {
        let base = formula.apply(entry, translit);
        let mut key = base.clone();
        let mut n = 0;
        while taken.contains(&key.to_lowercase()) {
            key = format!("{base}{}", crate::keys::suffix(n));
            n += 1;
        }
        taken.insert(key.to_lowercase());
        if key != entry.key {
            renamed.insert(entry.key.clone(), key.clone());
            order.push(entry.key.clone());
        }
    }
    for old in &order {
        println!("{old} → {}", renamed[old]);
    }
    if args.dry_run || renamed.is_empty() {
        eprintln!("{} keys would change", renamed.len());
        return Ok(0);
    }
    for old in &order {
        let Some(mut entry) = library.get(old).cloned() else {
            continue;
        };
        let mut ids: Vec<String> = entry
            .text("ids")
            .map(|i| i.split(',').map(|x| x.trim().to_string()).collect())
            .unwrap_or_default();
        ids.retain(|i| !i.is_empty() && *i != renamed[old]);
        ids.push(old.clone());
        entry.key = renamed[old].clone();
        entry.set_text("ids", &ids.join(", "));
        library.rename(old, entry);
    }
    super::library_index::save_in_place(&mut library)?;
    let mut rewritten = 0;
    for paper in &args.papers {
        let text = read_text(paper)?;
        let latex = paper
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "tex" | "ltx" | "latex"));
        let (new, count) = rewrite_citations(&text, latex, &renamed);
        if count > 0 {
            write_output(Some(paper), &new)?;
            rewritten += count;
        }
    }
    eprintln!(
        "{} keys changed (old keys kept in ids); {rewritten} citations rewritten",
        renamed.len()
    );
    Ok(0)
}
