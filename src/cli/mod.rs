//! The command line: clap types, one module per subcommand, and the mapping
//! from errors to the documented exit codes. The only place that prints,
//! exits or reads the environment.
//!
//! Exit codes: 0 success; 1 a check found problems (`check-links`,
//! `verify`); 2 usage error; 3 bad input; 4 the library could not be
//! written (nothing was changed).

mod check_links;
mod cite;
mod completions;
mod dedupe;
mod edit;
mod export;
mod import;
mod input;
mod library_index;
mod link_archive;
mod link_history;
mod lint;
mod list;
mod listing;
mod merge;
mod output;
mod parse;
mod paths;
mod rekey;
mod reliability;
mod render;
mod rm;
mod sanitize;
mod search;
mod set;
mod show;
mod verify;
mod zotero;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::error::{EXIT_BAD_INPUT, Error};

/// Exit code for a usage error, as clap uses it.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "refman",
    version,
    about = "Citation and bibliography manager for articles with endnotes",
    long_about = "refman turns the endnotes of analytical articles into a BibLaTeX library \
                  and keeps it: import, check links, render, export.\n\n\
                  Exit codes: 0 success, 2 usage error, 3 bad input, 4 library not writable."
)]
pub struct Cli {
    /// Library folder: every *.bib in it is loaded; new entries go to library.bib.
    #[arg(
        long,
        global = true,
        env = "REFMAN_LIBRARY",
        default_value = "bibliography"
    )]
    library: PathBuf,

    /// Seconds a command that writes to the library waits while another
    /// refman is writing to it, before it gives up (exit 4).
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30.0,
          value_parser = parse_wait)]
    wait: f64,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse the endnotes of an article into BibLaTeX entries in the library.
    Import(import::ImportArgs),
    /// Show how refman reads notes: the works each cites, the field of every
    /// span, and the entry that results.
    Parse(parse::ParseArgs),
    /// Check every cited URL: alive, moved, gone, drifted; archived copies.
    CheckLinks(check_links::CheckLinksArgs),
    /// Format the library, some entries or an article's notes in a CSL style.
    Render(render::RenderArgs),
    /// Rate the sources of an article or of the library: type, class,
    /// verifiability, and the reasons for each.
    Reliability(reliability::ReliabilityArgs),
    /// Export the library as Zotero-compatible BibTeX, BibLaTeX, CSL-JSON or RIS.
    Export(export::ExportArgs),
    /// The bibliography of the works a Markdown or LaTeX paper cites, or a
    /// .bib with only those entries.
    Cite(cite::CiteArgs),
    /// Is each cited work real, and cited as it is? Pages, DOIs, ISBNs and
    /// title searches; verified, miscited, retracted, not found.
    Verify(verify::VerifyArgs),
    /// List the library's entries, filtered by type, language, years and
    /// missing fields.
    List(list::ListArgs),
    /// One entry as BibLaTeX, JSON or CSL-JSON.
    Show(show::ShowArgs),
    /// Entries ranked by the words they match, in any script.
    Search(search::SearchArgs),
    /// Open an entry in $VISUAL or $EDITOR; checked before it is saved.
    Edit(edit::EditArgs),
    /// Change fields of an entry: `refman set KEY date=2023-03-27 langid=russian`.
    Set(set::SetArgs),
    /// Remove entries (refused while a paper in --check-dir cites them).
    Rm(rm::RmArgs),
    /// Merge two records of one work; the other key stays as an alias.
    Merge(merge::MergeArgs),
    /// Candidate duplicates with their evidence; --apply merges the sure ones.
    Dedupe(dedupe::DedupeArgs),
    /// New citation keys from a formula (`auth.lower + shorttitle(3,3) + year`);
    /// old keys kept as aliases, papers' citations rewritten.
    Rekey(rekey::RekeyArgs),
    /// Integrity checks over the library; --fix repairs the unambiguous.
    Lint(lint::LintArgs),
    /// Send entries to Zotero: the desktop app or a cloud library.
    Zotero(zotero::ZoteroArgs),
    /// Shell completions: `refman completions bash > /etc/bash_completion.d/refman`.
    Completions(completions::CompletionsArgs),
    /// The manual page, in roff: `refman man > refman.1`.
    Man,
}

/// Output formats of report-like commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Runs refman with the given arguments (the first is the program name).
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    let wait = std::time::Duration::from_secs_f64(cli.wait);
    let result = match &cli.command {
        Command::Import(args) => import::run(args, &cli.library, wait),
        Command::Render(args) => render::run(args, &cli.library),
        Command::Parse(args) => parse::run(args),
        Command::CheckLinks(args) => check_links::run(args, &cli.library, wait),
        Command::Reliability(args) => reliability::run(args, &cli.library),
        Command::Export(args) => export::run(args, &cli.library),
        Command::Cite(args) => cite::run(args, &cli.library),
        Command::Verify(args) => verify::run(args, &cli.library, wait),
        Command::List(args) => list::run(args, &cli.library),
        Command::Show(args) => show::run(args, &cli.library),
        Command::Search(args) => search::run(args, &cli.library),
        Command::Edit(args) => edit::run(args, &cli.library, wait),
        Command::Set(args) => set::run(args, &cli.library, wait),
        Command::Rm(args) => rm::run(args, &cli.library, wait),
        Command::Merge(args) => merge::run(args, &cli.library, wait),
        Command::Lint(args) => lint::run(args, &cli.library, wait),
        Command::Dedupe(args) => dedupe::run(args, &cli.library, wait),
        Command::Rekey(args) => rekey::run(args, &cli.library, wait),
        Command::Zotero(args) => zotero::run(args, &cli.library, wait),
        Command::Completions(args) => completions::completions(args, Cli::command()),
        Command::Man => completions::man(Cli::command()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {}", message(&err));
            let code = err
                .chain()
                .find_map(|e| e.downcast_ref::<Error>())
                .map_or(EXIT_BAD_INPUT, Error::exit_code);
            ExitCode::from(code)
        }
    }
}

/// `--wait`: a number of seconds from 0 to one day.
fn parse_wait(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(secs) if (0.0..=86_400.0).contains(&secs) => Ok(secs),
        _ => Err(format!(
            "`{value}` is not a number of seconds from 0 to 86400"
        )),
    }
}

/// The error and its causes, each cause once: refman's own errors already
/// quote their source, and repeating it would only add noise.
fn message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}
