//! `refman dedupe`: candidate duplicates with their evidence and score;
//! `--apply` merges the sure ones (as `refman merge` does).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::listing::ListFormat;
use super::output::write_output;
use super::sanitize::terminal;
use crate::library::Library;
use crate::library::duplicates::{Candidate, Rule, candidates};
use crate::library::merge::merge;

#[derive(Debug, Args)]
pub struct DedupeArgs {
    /// Merge every mergeable pair scoring at least --apply-above: the entry
    /// with more fields is kept, the other's key stays in its `ids`.
    #[arg(long)]
    apply: bool,

    /// Pairs scoring less are not shown (0 to 1).
    #[arg(long, default_value_t = 0.7, value_name = "SCORE", value_parser = parse_score)]
    min_score: f64,

    /// With --apply: pairs scoring less are shown, not merged.
    #[arg(long, default_value_t = 0.9, value_name = "SCORE", value_parser = parse_score)]
    apply_above: f64,

    /// Kinds of evidence: doi, url, title, translation, preprint, chapter.
    #[arg(long, value_delimiter = ',', value_name = "RULES", value_parser = parse_rule)]
    rules: Vec<Rule>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn parse_score(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(s) if (0.0..=1.0).contains(&s) => Ok(s),
        _ => Err(format!("`{value}` is not a score from 0 to 1")),
    }
}

fn parse_rule(value: &str) -> Result<Rule, String> {
    let names = ["doi", "url", "title", "translation", "preprint", "chapter"];
    names
        .iter()
        .position(|n| *n == value.trim())
        .map(|i| Rule::ALL[i])
        .ok_or_else(|| format!("`{value}` is not a rule ({})", names.join(", ")))
}

pub fn run(args: &DedupeArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let rules: Vec<Rule> = if args.rules.is_empty() {
        Rule::ALL.to_vec()
    } else {
        args.rules.clone()
    };
    let mut library = if args.apply {
        Library::open_for_update(library_dir, wait)?
    } else {
        Library::open(library_dir)?
    };
    let found = {
        let entries: Vec<_> = library.entries().collect();
        candidates(&entries, &rules, args.min_score)
    };
    if args.apply {
        let merged = apply(&mut library, &found, args.apply_above.max(args.min_score));
        super::library_index::save_in_place(&mut library)?;
        eprintln!("merged {merged} pairs");
    }
    let text = match args.format {
        ListFormat::Json => serde_json::to_string_pretty(&found)? + "\n",
        ListFormat::Keys => found.iter().map(|c| format!("{}\n", c.keys[1])).collect(),
        ListFormat::Table => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(["keys", "score", "evidence"]);
            for c in &found {
                table.add_row([
                    terminal(&c.keys.join("\n")).into_owned(),
                    format!("{:.2}", c.score),
                    terminal(&c.evidence.join("; ")).into_owned(),
                ]);
            }
            format!("{table}\n{} candidate pairs\n", found.len())
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(0)
}

/// Merges the sure pairs; an entry takes part in one merge per run.
fn apply(library: &mut Library, found: &[Candidate], above: f64) -> usize {
    let mut touched: HashSet<String> = HashSet::new();
    let mut merged = 0;
    for c in found.iter().filter(|c| c.mergeable && c.score >= above) {
        if c.keys.iter().any(|k| touched.contains(k)) {
            continue;
        }
        let (Some(a), Some(b)) = (library.get(&c.keys[0]), library.get(&c.keys[1])) else {
            continue;
        };
        let (keep, other) = if b.fields().count() > a.fields().count() {
            (b, a)
        } else {
            (a, b)
        };
        let (entry, conflicts) = merge(keep, other);
        let other_key = other.key.clone();
        for conflict in &conflicts {
            eprintln!(
                "{} ← {}: kept {} “{}” over “{}”",
                entry.key,
                other_key,
                conflict.field,
                terminal(&conflict.kept),
                terminal(&conflict.other)
            );
        }
        touched.insert(entry.key.clone());
        touched.insert(other_key.clone());
        library.update(entry);
        library.remove(&other_key);
        merged += 1;
    }
    merged
}
