//! `refman verify`: is each cited work real, and cited as it is? The works
//! of the library (or of an article, in note order) checked against their
//! pages, the DOI resolver, Crossref, OpenAlex, Open Library and the
//! Retraction Watch data; a table, Markdown, JSON or HTML report; with
//! `--write`, missing fields filled in from the evidence.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use askama::Template;
use clap::{Args, ValueEnum};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::{Deserialize, Serialize};

use super::input::{read_article, read_text};
use super::output::write_output;
use super::paths::{cache_dir, save_cache};
use super::sanitize::{markdown_text, terminal};
use crate::entry::Entry;
use crate::error::Error;
use crate::import::plan;
use crate::library::Library;
use crate::links::http::HttpFetcher;
use crate::links::{Checker, Options};
use crate::verify::{
    Cited, LookupCache, Outcome, Retractions, Services, Verdict, Verifier, names_of, summary,
};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Citation keys to verify; default: every entry of the library.
    keys: Vec<String>,

    /// Verify the works this article cites, in note order.
    #[arg(long, value_name = "FILE", conflicts_with = "keys")]
    article: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = VerifyFormat::Table)]
    format: VerifyFormat,

    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Add missing fields (author, date, DOI, publisher, language) from the
    /// evidence, and record the verdict in a `verified` field. A field the
    /// entry has is never changed.
    #[arg(long)]
    write: bool,

    /// With --write: also replace the fields that the evidence contradicts
    /// (title, date, outlet, DOI); the cited values are kept in `annotation`.
    #[arg(long, requires = "write")]
    fix: bool,

    /// The Retraction Watch data set (CSV, as Crossref publishes it).
    #[arg(long, value_name = "FILE.csv")]
    retractions: Option<PathBuf>,

    /// The DOI resolver (default https://doi.org/, or `doi_resolver` in the config).
    #[arg(long, value_name = "URL")]
    doi_resolver: Option<String>,

    /// Crossref's REST API (default https://api.crossref.org/).
    #[arg(long, value_name = "URL")]
    crossref: Option<String>,

    /// OpenAlex's API (default https://api.openalex.org/).
    #[arg(long, value_name = "URL")]
    openalex: Option<String>,

    /// Open Library (default https://openlibrary.org/).
    #[arg(long, value_name = "URL")]
    openlibrary: Option<String>,

    /// An e-mail address sent to OpenAlex and Crossref (their polite pools).
    #[arg(long, value_name = "EMAIL")]
    mailto: Option<String>,

    /// Requests in flight overall (1 to 256).
    #[arg(long, default_value_t = 16, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=256))]
    concurrency: u16,

    /// Requests in flight to one host (1 to 16).
    #[arg(long, default_value_t = 2, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=16))]
    per_host: u16,

    /// Seconds to wait for one answer, 0.1 to 600.
    #[arg(long, default_value_t = 15.0, value_name = "SECS", value_parser = parse_timeout)]
    timeout: f64,

    /// Also ask loopback, private and link-local addresses.
    #[arg(long)]
    allow_private: bool,

    /// Neither read nor write the answers cache.
    #[arg(long)]
    no_cache: bool,

    /// Ask every source again (and update the cache).
    #[arg(long)]
    refresh: bool,

    /// Exit 1 when a work gets one of these verdicts.
    #[arg(long, value_delimiter = ',', default_value = "retracted,not-found",
          value_name = "VERDICTS", value_parser = parse_verdict)]
    fail_on: Vec<Verdict>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum VerifyFormat {
    #[value(alias = "text")]
    Table,
    #[value(alias = "markdown")]
    Md,
    Json,
    Html,
}

/// `[verify]` in `$XDG_CONFIG_HOME/refman/config.toml` (other tables
/// belong to other commands).
#[derive(Debug, Default, Deserialize)]
struct Config {
    #[serde(default)]
    verify: ServiceConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceConfig {
    doi_resolver: Option<String>,
    crossref: Option<String>,
    openalex: Option<String>,
    openlibrary: Option<String>,
    mailto: Option<String>,
}

fn parse_verdict(value: &str) -> Result<Verdict, String> {
    Verdict::from_name(value.trim()).ok_or_else(|| {
        let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.name()).collect();
        format!("`{value}` is not a verdict ({})", names.join(", "))
    })
}

fn parse_timeout(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.1..=600.0).contains(&secs) => Ok(secs),
        _ => Err(format!(
            "`{value}` is not a number of seconds from 0.1 to 600"
        )),
    }
}

/// The JSON report: a stable contract.
#[derive(Serialize)]
struct Report<'a> {
    results: &'a [Outcome],
    summary: BTreeMap<String, usize>,
}

pub fn run(args: &VerifyArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let services = services(args)?;
    let retractions = match &args.retractions {
        Some(path) => {
            let text = read_text(path)?;
            Some(Retractions::from_csv(&text).map_err(|e| Error::BadInput {
                path: path.clone(),
                message: e,
            })?)
        }
        None => None,
    };
    let library = Library::open(library_dir)?;
    let (entries, notes) = works(args, &library)?;
    if entries.is_empty() {
        eprintln!("no works to verify");
        return Ok(0);
    }
    let cited: Vec<Cited> = entries.iter().map(Cited::of).collect();
    let cache_path = cache_dir()
        .map(|d| d.join("verify.json"))
        .filter(|_| !args.no_cache);
    let cache = cache_path
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| LookupCache::from_json(&t))
        .unwrap_or_default();

    let mailto = services.mailto.clone();
    let options = Options {
        concurrency: usize::from(args.concurrency),
        per_host: usize::from(args.per_host),
        timeout: Duration::from_secs_f64(args.timeout),
        allow_private: args.allow_private,
        user_agent: match &mailto {
            Some(m) => format!("refman/{} (mailto:{m})", env!("CARGO_PKG_VERSION")),
            None => format!("refman/{} (citation verifier)", env!("CARGO_PKG_VERSION")),
        },
        ..Options::default()
    };
    let started = Instant::now();
    let fetcher = HttpFetcher::new(options.timeout, options.per_host, options.allow_private)
        .map_err(|e| anyhow::anyhow!("cannot start the HTTP client: {e}"))?;
    let checker = Checker::new(fetcher, options);
    let verifier = Verifier::new(
        checker,
        services,
        retractions,
        cache,
        !(args.refresh || args.no_cache),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let bar = progress(cited.len());
    let tick = bar.clone();
    let outcomes = runtime.block_on(verifier.verify_all(cited, move |_| tick.inc(1)));
    bar.finish_and_clear();
    let requests = verifier.requests();
    if let Some(path) = &cache_path {
        save_cache(path, &verifier.into_cache().to_json(), "verify");
    }
    eprintln!(
        "{} works verified with {requests} requests in {:.1} s",
        outcomes.len(),
        started.elapsed().as_secs_f64()
    );

    if args.write {
        // The run takes minutes: the library is loaded again under its
        // lock so that what others wrote meanwhile is kept.
        let mut library = Library::open_for_update(library_dir, wait)?;
        let changed = record(&mut library, &outcomes, args.fix);
        super::library_index::save_in_place(&mut library)?;
        eprintln!("recorded {changed} verifications in the library");
    }

    let text = match args.format {
        VerifyFormat::Json => {
            serde_json::to_string_pretty(&Report {
                results: &outcomes,
                summary: summary(&outcomes),
            })? + "\n"
        }
        VerifyFormat::Table => table(&outcomes),
        VerifyFormat::Md => markdown(&outcomes, &notes),
        VerifyFormat::Html => html(&outcomes, &notes, args.article.as_deref())?,
    };
    write_output(args.output.as_deref(), &text)?;
    let failed = outcomes.iter().any(|o| args.fail_on.contains(&o.verdict));
    Ok(u8::from(failed))
}

/// Options, then the config file, then the public services.
fn services(args: &VerifyArgs) -> Result<Services> {
    let config_path = super::paths::config_file("config.toml").filter(|p| p.is_file());
    let config: Config = match &config_path {
        Some(path) => toml::from_str(&read_text(path)?).map_err(|e| Error::BadInput {
            path: path.clone(),
            message: e.to_string(),
        })?,
        None => Config::default(),
    };
    let defaults = Services::default();
    let pick = |option: &Option<String>,
                configured: &Option<String>,
                default: url::Url,
                name: &str|
     -> Result<url::Url> {
        match option.as_ref().or(configured.as_ref()) {
            Some(text) => url::Url::parse(text)
                .with_context(|| format!("--{name}: `{text}` is not a URL"))
                .and_then(|u| {
                    if matches!(u.scheme(), "http" | "https") {
                        Ok(u)
                    } else {
                        bail!("--{name}: `{text}` is not an http or https address")
                    }
                }),
            None => Ok(default),
        }
    };
    let c = &config.verify;
    Ok(Services {
        doi_resolver: pick(
            &args.doi_resolver,
            &c.doi_resolver,
            defaults.doi_resolver,
            "doi-resolver",
        )?,
        crossref: pick(&args.crossref, &c.crossref, defaults.crossref, "crossref")?,
        openalex: pick(&args.openalex, &c.openalex, defaults.openalex, "openalex")?,
        openlibrary: pick(
            &args.openlibrary,
            &c.openlibrary,
            defaults.openlibrary,
            "openlibrary",
        )?,
        mailto: args.mailto.clone().or_else(|| c.mailto.clone()),
    })
}

/// The entries to verify, and the notes citing each (article mode).
fn works(args: &VerifyArgs, library: &Library) -> Result<(Vec<Entry>, HashMap<String, String>)> {
    let mut notes: HashMap<String, Vec<String>> = HashMap::new();
    let entries = match &args.article {
        Some(path) => {
            let loaded = read_article(path)?;
            let import = plan(&loaded.article, library);
            let mut entries: Vec<Entry> = Vec::new();
            for note in &import.notes {
                for work in &note.works {
                    let Some(entry) = &work.entry else { continue };
                    let markers = notes.entry(entry.key.clone()).or_default();
                    if markers.is_empty() {
                        entries.push(library.resolved(entry).into_owned());
                    }
                    if !markers.contains(&note.marker) {
                        markers.push(note.marker.clone());
                    }
                }
            }
            entries
        }
        None if !args.keys.is_empty() => {
            library.require(&args.keys)?;
            args.keys
                .iter()
                .filter_map(|k| library.get(k))
                .map(|e| library.resolved(e).into_owned())
                .collect()
        }
        None => {
            if library.is_empty() {
                bail!(Error::EmptyLibrary {
                    library: library.dir().to_path_buf(),
                });
            }
            library
                .entries()
                .map(|e| library.resolved(e).into_owned())
                .collect()
        }
    };
    let notes = notes.into_iter().map(|(k, v)| (k, v.join(", "))).collect();
    Ok((entries, notes))
}

/// `--write`: missing fields filled and the verdict recorded; with `--fix`,
/// contradicted fields replaced and the cited values kept in `annotation`.
fn record(library: &mut Library, outcomes: &[Outcome], fix: bool) -> usize {
    let today: String = crate::links::now_rfc3339().chars().take(10).collect();
    let mut changed = 0;
    for outcome in outcomes {
        if matches!(
            outcome.verdict,
            Verdict::Unreachable | Verdict::Unverifiable
        ) {
            continue;
        }
        let Some(mut entry) = library.get(&outcome.key).cloned() else {
            continue;
        };
        let mut filled = Vec::new();
        for (field, value) in &outcome.filled {
            if entry.has(field) {
                continue;
            }
            if field == "author" {
                let names = names_of(&value.value);
                if names.is_empty() {
                    continue;
                }
                entry.set_names("author", &names);
            } else {
                entry.set_text(field, &value.value);
            }
            filled.push(format!("{field} from {}", value.source));
        }
        if fix {
            let mut was = Vec::new();
            for d in &outcome.differences {
                let field = match d.field.as_str() {
                    "title" | "date" | "doi" => d.field.clone(),
                    "container" => crate::entry::container_field(&entry.entry_type).to_string(),
                    _ => continue,
                };
                if let Some(old) = entry.text(&field) {
                    was.push(format!("{field} {old}"));
                }
                entry.set_text(&field, &d.found);
                filled.push(format!("{field} from {}", d.source));
            }
            if !was.is_empty() {
                let note = format!("cited as: {} (verify {today})", was.join("; "));
                let annotation = match entry.text("annotation") {
                    Some(a) => format!("{a}. {note}"),
                    None => note,
                };
                entry.set_text("annotation", &annotation);
            }
        }
        let mut verified = format!("{today} {}", outcome.verdict.name());
        if !filled.is_empty() {
            verified.push_str(": ");
            verified.push_str(&filled.join(", "));
        }
        entry.set_text("verified", &verified);
        if library.update(entry) {
            changed += 1;
        }
    }
    changed
}

fn progress(len: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} verifying {bar:30} {pos}/{len} {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Problems first; within a verdict, in input order.
fn grouped(outcomes: &[Outcome]) -> Vec<(Verdict, Vec<&Outcome>)> {
    Verdict::ALL
        .iter()
        .map(|&v| (v, outcomes.iter().filter(|o| o.verdict == v).collect()))
        .filter(|(_, os): &(Verdict, Vec<&Outcome>)| !os.is_empty())
        .collect()
}

fn detail(o: &Outcome) -> String {
    let mut parts = vec![o.message.clone()];
    for d in &o.differences {
        parts.push(format!(
            "{}: cited “{}”, {} says “{}”",
            d.field, d.cited, d.source, d.found
        ));
    }
    if !o.filled.is_empty() {
        let filled: Vec<String> = o
            .filled
            .iter()
            .map(|(k, v)| format!("{k} = {}", v.value))
            .collect();
        parts.push(format!("can fill: {}", filled.join(", ")));
    }
    parts.join("; ")
}

fn summary_line(outcomes: &[Outcome]) -> String {
    let counts = summary(outcomes);
    let parts: Vec<String> = Verdict::ALL
        .iter()
        .filter_map(|v| counts.get(v.name()).map(|n| format!("{n} {}", v.name())))
        .collect();
    format!("{} works: {}", outcomes.len(), parts.join(", "))
}

fn table(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for (verdict, group) in grouped(outcomes) {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(["key", "detail"]);
        for o in &group {
            table.add_row([
                terminal(&o.key).into_owned(),
                terminal(&detail(o)).into_owned(),
            ]);
        }
        out.push_str(&format!(
            "{} ({})\n{table}\n\n",
            verdict.name().to_uppercase(),
            group.len()
        ));
    }
    out.push_str(&summary_line(outcomes));
    out.push('\n');
    out
}

fn markdown(outcomes: &[Outcome], notes: &HashMap<String, String>) -> String {
    let mut out = format!("# Verification\n\n{}\n", summary_line(outcomes));
    for (verdict, group) in grouped(outcomes) {
        out.push_str(&format!(
            "\n## {} ({})\n\n| key | notes | detail |\n|---|---|---|\n",
            verdict.name(),
            group.len()
        ));
        for o in group {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                markdown_text(&o.key),
                markdown_text(notes.get(&o.key).map_or("", String::as_str)),
                markdown_text(&detail(o))
            ));
        }
    }
    out
}

#[derive(Template)]
#[template(path = "verify.html")]
struct HtmlPage<'a> {
    title: String,
    version: &'static str,
    summary: String,
    by_notes: bool,
    rows: Vec<HtmlRow<'a>>,
}

struct HtmlRow<'a> {
    key: &'a str,
    notes: String,
    verdict: &'static str,
    message: &'a str,
    differences: &'a [crate::verify::Difference],
    filled: Vec<(&'a str, &'a str, &'a str)>,
}

fn html(
    outcomes: &[Outcome],
    notes: &HashMap<String, String>,
    article: Option<&Path>,
) -> Result<String> {
    let title = match article {
        Some(path) => format!(
            "Verification of the works cited in {}",
            path.file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy()
        ),
        None => "Verification of the library".to_string(),
    };
    let page = HtmlPage {
        title,
        version: env!("CARGO_PKG_VERSION"),
        summary: summary_line(outcomes),
        by_notes: article.is_some(),
        rows: outcomes
            .iter()
            .map(|o| HtmlRow {
                key: &o.key,
                notes: notes.get(&o.key).cloned().unwrap_or_default(),
                verdict: o.verdict.name(),
                message: &o.message,
                differences: &o.differences,
                filled: o
                    .filled
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.value.as_str(), v.source.as_str()))
                    .collect(),
            })
            .collect(),
    };
    Ok(page.render()?)
}
