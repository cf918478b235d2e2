//! `refman lint`: the library's integrity checks; `--fix` repairs what is
//! unambiguous and lists the rest. Exit 1 while an error remains.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::listing::ListFormat;
use super::output::write_output;
use super::sanitize::terminal;
use crate::library::Library;
use crate::library::lint::{Problem, Severity, lint};

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Repair what has one right repair (entities, DOI prefixes, date
    /// forms, language names), then report the rest.
    #[arg(long)]
    fix: bool,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Serialize)]
struct Report<'a> {
    problems: &'a [Problem],
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    fixed: usize,
}

pub fn run(args: &LintArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let mut fixed = 0;
    let problems = if args.fix {
        let mut library = Library::open_for_update(library_dir, wait)?;
        let found = lint(&library.entries().collect::<Vec<_>>());
        for p in found {
            let (Some(field), Some(value)) = (&p.field, &p.fix) else {
                continue;
            };
            let Some(mut entry) = library.get(&p.key).cloned() else {
                continue;
            };
            if value.is_empty() {
                entry.remove(field);
            } else {
                entry.set_text(field, value);
            }
            if library.update(entry) {
                fixed += 1;
            }
        }
        super::library_index::save_in_place(&mut library)?;
        lint(&library.entries().collect::<Vec<_>>())
    } else {
        let library = Library::open(library_dir)?;
        let found = lint(&library.entries().collect::<Vec<_>>());
        library.close();
        found
    };
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let summary = Summary {
        errors,
        warnings: problems.len() - errors,
        fixed,
    };
    let text = match args.format {
        ListFormat::Json => {
            serde_json::to_string_pretty(&Report {
                problems: &problems,
                summary,
            })? + "\n"
        }
        ListFormat::Keys => {
            let mut keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
            keys.dedup();
            keys.iter().map(|k| format!("{k}\n")).collect()
        }
        ListFormat::Table => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(["key", "field", "", "problem", "fix"]);
            for p in &problems {
                table.add_row([
                    terminal(&p.key).into_owned(),
                    p.field.clone().unwrap_or_default(),
                    match p.severity {
                        Severity::Error => "error".to_string(),
                        Severity::Warning => "warning".to_string(),
                    },
                    format!("{}: {}", p.code, terminal(&p.message)),
                    p.fix
                        .as_deref()
                        .map(|f| format!("--fix: {}", terminal(f)))
                        .unwrap_or_default(),
                ]);
            }
            format!(
                "{table}\n{} errors, {} warnings{}\n",
                summary.errors,
                summary.warnings,
                if args.fix {
                    format!(", {fixed} fixed")
                } else {
                    String::new()
                }
            )
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(u8::from(errors > 0))
}
