//! `refman cite PAPER`: the bibliography of exactly the works a Markdown or
//! LaTeX paper cites, through `refman render`, or a `.bib` of only those
//! entries (and their `crossref` parents) for LaTeX.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use super::input::read_text;
use super::output::write_output;
use super::render::{StyleArgs, render_bibliography};
use crate::cite::{Citation, Syntax, citations, cited_keys};
use crate::entry::Entry;
use crate::error::Error;
use crate::library::{Library, to_biblatex};

#[derive(Debug, Args)]
pub struct CiteArgs {
    /// A pandoc Markdown or LaTeX paper.
    paper: PathBuf,

    /// Citation syntax; default: LaTeX for .tex/.ltx/.latex, else Markdown.
    #[arg(long, value_enum)]
    syntax: Option<SyntaxArg>,

    #[command(flatten)]
    style: StyleArgs,

    /// Write a .bib with only the cited entries (and the entries they
    /// crossref) instead of a formatted bibliography.
    #[arg(long, value_name = "FILE")]
    bib_out: Option<PathBuf>,

    /// Warn about keys not in the library instead of failing.
    #[arg(long)]
    allow_missing: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SyntaxArg {
    Markdown,
    Latex,
}

/// Closest keys suggested for an unknown one.
const SUGGESTIONS: usize = 3;
const SIMILARITY: f64 = 0.75;

pub fn run(args: &CiteArgs, library_dir: &Path) -> Result<u8> {
    let text = read_text(&args.paper)?;
    let syntax = match args.syntax {
        Some(SyntaxArg::Latex) => Syntax::Latex,
        Some(SyntaxArg::Markdown) => Syntax::Markdown,
        None => Syntax::from_extension(args.paper.extension().and_then(|e| e.to_str())),
    };
    let found = citations(&text, syntax);
    let library = Library::open(library_dir)?;
    let everything = found.iter().any(|c| c.key == "*");
    let keys: Vec<&str> = cited_keys(&found)
        .into_iter()
        .filter(|k| *k != "*")
        .collect();

    let unknown: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| library.resolve(k).is_none())
        .collect();
    if !unknown.is_empty() {
        let details = unknown_report(&unknown, &found, &args.paper, &library);
        if !args.allow_missing {
            bail!(Error::UnknownCitations {
                paper: args.paper.clone(),
                library: library.dir().to_path_buf(),
                count: unknown.len(),
                details,
            });
        }
        eprintln!(
            "warning: {} cited key(s) not in the library, left out:\n{details}",
            unknown.len()
        );
    }
    // A former key (kept in `ids` by merge and edit) cites its entry.
    let mut entries: Vec<&Entry> = Vec::new();
    for entry in keys.iter().filter_map(|k| library.resolve(k)) {
        if !entries.iter().any(|e| e.key == entry.key) {
            entries.push(entry);
        }
    }
    if everything {
        let cited: HashSet<&str> = keys.iter().copied().collect();
        entries.extend(
            library
                .entries()
                .filter(|e| !cited.contains(e.key.as_str())),
        );
    }
    if entries.is_empty() {
        bail!(Error::NoCitations {
            paper: args.paper.clone(),
        });
    }
    match &args.bib_out {
        Some(path) => {
            let with_parents = with_crossref_parents(&entries, &library);
            let text: Vec<String> = with_parents.iter().map(|e| to_biblatex(e)).collect();
            write_output(Some(path), &(text.join("\n\n") + "\n"))?;
            eprintln!(
                "{} entries ({} cited) written to {}",
                with_parents.len(),
                entries.len(),
                path.display()
            );
        }
        None => render_bibliography(&args.style, &entries, &library)?,
    }
    Ok(0)
}

/// Cited entries, then the entries they cross-reference (transitively),
/// each once: BibTeX wants parents after their children.
fn with_crossref_parents<'a>(entries: &[&'a Entry], library: &'a Library) -> Vec<&'a Entry> {
    let mut out: Vec<&Entry> = entries.to_vec();
    let mut seen: HashSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    let mut i = 0;
    while i < out.len() {
        let parents = ["crossref", "xdata"]
            .iter()
            .filter_map(|f| out[i].text(f))
            .flat_map(|v| {
                v.split(',')
                    .map(|k| k.trim().to_string())
                    .collect::<Vec<_>>()
            });
        for parent in parents.collect::<Vec<_>>() {
            if let Some(entry) = library.get(&parent)
                && seen.insert(entry.key.as_str())
            {
                out.push(entry);
            }
        }
        i += 1;
    }
    out
}

/// One line per unknown key: every place it is cited and the closest keys.
fn unknown_report(unknown: &[&str], found: &[Citation], paper: &Path, library: &Library) -> String {
    unknown
        .iter()
        .map(|key| {
            let places: Vec<String> = found
                .iter()
                .filter(|c| c.key == *key)
                .map(|c| format!("{}:{}", paper.display(), c.line))
                .collect();
            let mut close: Vec<(f64, &str)> = library
                .entries()
                .map(|e| (strsim::jaro_winkler(key, &e.key), e.key.as_str()))
                .filter(|(score, _)| *score >= SIMILARITY)
                .collect();
            close.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
            let hint = match close.is_empty() {
                true => "no similar key".to_string(),
                false => {
                    let keys: Vec<&str> = close.iter().take(SUGGESTIONS).map(|(_, k)| *k).collect();
                    format!("did you mean {}?", keys.join(", "))
                }
            };
            format!("  {key} (cited at {}): {hint}", places.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
