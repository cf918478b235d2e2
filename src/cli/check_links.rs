//! `refman check-links`: every cited URL of the library (or of .bib files
//! and URL lists), checked concurrently, reported as a table grouped by
//! verdict, Markdown or JSON; optionally recorded back in the library.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::input::read_text;
use super::link_archive::{SavePlan, known_snapshots, save_pages};
use super::link_history::{merged, print_history, remember};
use super::output::write_output;
use super::paths::{cache_dir, save_cache};
use super::sanitize::{markdown_text, markdown_url, terminal};
use crate::entry::Entry;
use crate::library::{Library, parse_bib};
use crate::links::cache::{LinkCache, SUCCESS_TTL};
use crate::links::history::{self, DeadAfter};
use crate::links::http::HttpFetcher;
use crate::links::{ArchiveMode, Checker, LinkResult, Options, Status, Summary, Target};

#[derive(Debug, Args)]
pub struct CheckLinksArgs {
    /// .bib files or plain URL lists (one per line, # comments); default:
    /// every URL in the library.
    inputs: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = LinksFormat::Table)]
    format: LinksFormat,

    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Requests in flight overall (1 to 1024).
    #[arg(long, default_value_t = 32, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=1024))]
    concurrency: u16,

    /// Requests in flight to one host (1 to 64).
    #[arg(long, default_value_t = 4, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=64))]
    per_host: u16,

    /// Seconds to wait for an answer (headers and the capped body), 0.1 to 600.
    #[arg(long, default_value_t = 10.0, value_name = "SECS", value_parser = parse_timeout)]
    timeout: f64,

    /// Retries of 5xx answers and transient network errors (0 to 10).
    #[arg(long, default_value_t = 2, value_name = "N",
          value_parser = clap::value_parser!(u32).range(0..=10))]
    retries: u32,

    /// User-Agent of the first request to each URL.
    #[arg(long, value_name = "UA")]
    user_agent: Option<String>,

    /// Also check loopback, private and link-local addresses.
    #[arg(long)]
    allow_private: bool,

    /// Look up archived copies in the Wayback Machine: of failed and drifted
    /// URLs (`failed`, the default when given bare) or of every URL (`all`);
    /// `save` also captures live URLs without a recent snapshot (Save Page
    /// Now; keys as `ACCESS:SECRET` in REFMAN_SPN_KEY, anonymous without).
    #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "failed", value_name = "WHICH")]
    archive: Option<ArchiveArg>,

    /// Base URL of the Wayback Machine API.
    #[arg(long, default_value = "https://archive.org", value_name = "URL")]
    wayback_url: String,

    /// More Memento TimeMap bases to look captures up in, asked after the
    /// Wayback Machine's (repeatable): `https://archive.ph/timemap/`,
    /// `https://arquivo.pt/wayback/timemap/link/`, an aggregator's.
    #[arg(long, value_name = "URL")]
    timemap: Vec<url::Url>,

    /// Memento TimeGates to ask for the capture nearest the cited date
    /// (repeatable; the URL is appended, the date sent as
    /// `Accept-Datetime`): `https://timetravel.mementoweb.org/timegate/`,
    /// `https://arquivo.pt/wayback/`, an institution's own archive.
    #[arg(long, value_name = "URL")]
    timegate: Vec<url::Url>,

    /// Where entries with a DOI and no URL are checked: the DOI resolver
    /// (a mirror or a local server for tests).
    #[arg(long, default_value = "https://doi.org/", value_name = "URL")]
    doi_resolver: String,

    /// Neither read nor write the results cache.
    #[arg(long)]
    no_cache: bool,

    /// Check every URL again, ignoring cached results (and update the cache).
    #[arg(long)]
    refresh: bool,

    /// Exit 1 when a URL has one of these statuses.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "broken",
        value_name = "STATUSES"
    )]
    fail_on: Vec<StatusArg>,

    /// Record the check in the library: `urldate` for live links, `archiveurl`
    /// (and `archivedate`) for dead ones with an archived copy.
    #[arg(long)]
    write: bool,

    /// Do not append this run's checks to the library's history
    /// (`links.history.jsonl`).
    #[arg(long)]
    no_history: bool,

    /// Report a failing link `broken` only once it has been down this long
    /// (`3d`, `12h`, `2w`) or for this many checks in a row (`3`); before
    /// that, and when it alternates, it is `flaky`.
    #[arg(long, value_name = "TIME|N", value_parser = crate::links::history::parse_dead_after)]
    dead_after: Option<DeadAfter>,

    /// Check only the i-th of n shards (`2/4`); URLs are split by host, so
    /// per-host limits hold across shards. Join the shards' JSON with --merge.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,

    /// Join the JSON reports of shards (and append `.jsonl` histories to
    /// the library's) into one report; nothing is checked.
    #[arg(long, num_args = 1.., value_name = "FILE", conflicts_with_all = ["inputs", "write", "shard"])]
    merge: Vec<PathBuf>,

    /// With --archive save: a snapshot younger than this is recent enough
    /// (`30d`, `12h`, `2w`).
    #[arg(long, default_value = "30d", value_name = "TIME", value_parser = parse_age)]
    max_age: Duration,

    /// With --archive save: seconds between two polls of a capture job.
    #[arg(long, default_value_t = 5.0, value_name = "SECS", value_parser = parse_timeout)]
    spn_poll: f64,

    /// With --archive save: captures run at once (default 1 without an
    /// archive.org key, 3 with one; a rate limit stops new ones).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=16))]
    spn_jobs: Option<u16>,

    /// Print one URL's history of checks and exit.
    #[arg(long, value_name = "URL", conflicts_with_all = ["inputs", "write"])]
    history: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LinksFormat {
    #[value(alias = "text")]
    Table,
    #[value(alias = "markdown")]
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusArg {
    Alive,
    Redirected,
    Broken,
    Timeout,
    Error,
    Flaky,
    Skipped,
}

impl StatusArg {
    fn status(self) -> Status {
        match self {
            StatusArg::Alive => Status::Alive,
            StatusArg::Redirected => Status::Redirected,
            StatusArg::Broken => Status::Broken,
            StatusArg::Timeout => Status::Timeout,
            StatusArg::Error => Status::Error,
            StatusArg::Flaky => Status::Flaky,
            StatusArg::Skipped => Status::Skipped,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ArchiveArg {
    Failed,
    All,
    /// Capture every live URL without a snapshot newer than --max-age with
    /// Save Page Now.
    Save,
}

/// The links cache file.
pub fn links_cache_file() -> Option<PathBuf> {
    cache_dir().map(|d| d.join("links.json"))
}

pub fn run(args: &CheckLinksArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    if let Some(url) = &args.history {
        return print_history(library_dir, url);
    }
    if !args.merge.is_empty() {
        let (results, summary) = merged(&args.merge, library_dir, !args.no_history)?;
        return report(args, &results, &summary);
    }
    let wayback_url = url::Url::parse(&args.wayback_url)
        .with_context(|| format!("--wayback-url: `{}` is not a URL", args.wayback_url))?;
    if args.write && !args.inputs.is_empty() {
        bail!("--write records results in the library; it cannot be combined with input files");
    }
    let targets = if args.inputs.is_empty() {
        targets_of(Library::open(library_dir)?.entries(), &args.doi_resolver)
    } else {
        let mut all = Vec::new();
        for path in &args.inputs {
            all.extend(read_targets(path, &args.doi_resolver)?);
        }
        merge(all)
    };
    let targets: Vec<Target> = match args.shard {
        Some((i, n)) => targets
            .into_iter()
            .filter(|t| crate::links::shard_of(&t.url, n) == i - 1)
            .collect(),
        None => targets,
    };
    if targets.is_empty() {
        // An empty shard still writes its (empty) report, for --merge.
        eprintln!("no URLs to check");
        if args.format != LinksFormat::Json {
            return Ok(0);
        }
    }

    let options = Options {
        concurrency: usize::from(args.concurrency),
        per_host: usize::from(args.per_host),
        timeout: Duration::from_secs_f64(args.timeout),
        retries: args.retries,
        user_agent: args
            .user_agent
            .clone()
            .unwrap_or_else(|| Options::default().user_agent),
        allow_private: args.allow_private,
        archive: match args.archive {
            None => ArchiveMode::Off,
            Some(ArchiveArg::Failed) => ArchiveMode::Failed,
            Some(ArchiveArg::All | ArchiveArg::Save) => ArchiveMode::All,
        },
        timemaps: timemaps(&wayback_url, &args.timemap)?,
        timegates: args.timegate.clone(),
        wayback_url,
        ..Options::default()
    };
    let cache_path = links_cache_file().filter(|_| !args.no_cache);
    let mut cache = cache_path
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| LinkCache::from_json(&t))
        .unwrap_or_default();

    let started = Instant::now();
    let wayback = options.wayback_url.clone();
    let mut results = check(targets, options, &cache, args.refresh || args.no_cache)?;
    if args.archive == Some(ArchiveArg::Save) {
        let known = if args.inputs.is_empty() {
            known_snapshots(library_dir)
        } else {
            HashMap::new()
        };
        let plan = SavePlan {
            max_age: args.max_age,
            poll: Duration::from_secs_f64(args.spn_poll),
            timeout: Duration::from_secs_f64(args.timeout),
            jobs: args.spn_jobs,
            allow_private: args.allow_private,
        };
        save_pages(&plan, &mut results, &known, &wayback)?;
    }
    // The cache keeps what the network said; the history's verdicts
    // (`since`, `--dead-after`) are this run's reading of it.
    if let Some(path) = &cache_path {
        for result in &results {
            cache.put(result);
        }
        save_cache(path, &cache.to_json(), "link");
    }
    if !args.no_history && library_dir.is_dir() {
        remember(library_dir, &mut results, args.dead_after)?;
    }
    let summary = Summary::of(&results, started.elapsed());
    if args.write {
        // The check takes minutes; the library is loaded again under its
        // lock so that what others wrote meanwhile is kept.
        let mut library = Library::open_for_update(library_dir, wait)?;
        let changed = record(&mut library, &results);
        super::library_index::save_in_place(&mut library)?;
        eprintln!("recorded {changed} check results in the library");
    }

    report(args, &results, &summary)
}

/// The report in the asked format, where asked; exit 1 on a `--fail-on`
/// status.
fn report(args: &CheckLinksArgs, results: &[LinkResult], summary: &Summary) -> Result<u8> {
    let text = match args.format {
        LinksFormat::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                summary: &'a Summary,
                results: &'a [LinkResult],
            }
            serde_json::to_string_pretty(&Report { summary, results })? + "\n"
        }
        LinksFormat::Table => table(results, summary),
        LinksFormat::Md => markdown(results, summary),
    };
    write_output(args.output.as_deref(), &text)?;
    let fail_on: Vec<Status> = args.fail_on.iter().map(|s| s.status()).collect();
    Ok(u8::from(
        results.iter().any(|r| fail_on.contains(&r.status)),
    ))
}

/// The Wayback Machine's TimeMap (on its `web.` host), then `--timemap`s.
fn timemaps(wayback: &url::Url, extra: &[url::Url]) -> Result<Vec<url::Url>> {
    let web = wayback
        .as_str()
        .replace("://archive.org", "://web.archive.org");
    let mut out = vec![url::Url::parse(&format!(
        "{}/web/timemap/link/",
        web.trim_end_matches('/')
    ))?];
    out.extend(extra.iter().cloned());
    Ok(out)
}

/// `--max-age`: a duration (`30d`, `12h`, `2w`, `90m`).
fn parse_age(value: &str) -> Result<Duration, String> {
    match history::parse_dead_after(value)? {
        DeadAfter::Time(d) => Ok(d),
        DeadAfter::Checks(_) => Err(format!("`{value}`: a duration needs a unit (m, h, d, w)")),
    }
}

/// `--shard I/N`: 1 ≤ I ≤ N ≤ 1000.
fn parse_shard(value: &str) -> Result<(usize, usize), String> {
    let bad = || format!("`{value}` is not I/N with 1 ≤ I ≤ N (e.g. 2/4)");
    let (i, n) = value.split_once('/').ok_or_else(bad)?;
    let (i, n): (usize, usize) = (
        i.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if i == 0 || i > n || n > 1000 {
        return Err(bad());
    }
    Ok((i, n))
}

/// Runs the checker over the targets the cache cannot answer.
fn check(
    targets: Vec<Target>,
    options: Options,
    cache: &LinkCache,
    refresh: bool,
) -> Result<Vec<LinkResult>> {
    let mut results: Vec<Option<LinkResult>> = vec![None; targets.len()];
    let mut pending = Vec::new();
    let mut positions = Vec::new();
    for (i, target) in targets.into_iter().enumerate() {
        match cache.fresh(&target.url, SUCCESS_TTL).filter(|_| !refresh) {
            Some(mut cached) => {
                // Keys and drift belong to this library, not to the run that cached it.
                cached.drift = match (&cached.title, target.titles.is_empty()) {
                    (Some(title), false) => {
                        Some(!crate::links::page::title_matches(title, &target.titles))
                    }
                    _ => None,
                };
                cached.keys = target.keys;
                results[i] = Some(cached);
            }
            None => {
                positions.push(i);
                pending.push(target);
            }
        }
    }
    if !pending.is_empty() {
        let fetcher = HttpFetcher::new(options.timeout, options.per_host, options.allow_private)
            .map_err(|e| anyhow::anyhow!("cannot start the HTTP client: {e}"))?;
        let bar = progress(pending.len());
        let checker = Checker::new(fetcher, options);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .context("cannot start the async runtime")?;
        let tick = bar.clone();
        let checked = runtime.block_on(checker.check_all(pending, move |_| tick.inc(1)));
        bar.finish_and_clear();
        for (i, result) in positions.into_iter().zip(checked) {
            results[i] = Some(result);
        }
    }
    Ok(results.into_iter().flatten().collect())
}

fn progress(len: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} checking links {bar:30} {pos}/{len} {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// A target per distinct URL of the entries, with every key citing it; an
/// entry with a DOI and no URL is checked through the DOI resolver.
fn targets_of<'a>(entries: impl Iterator<Item = &'a Entry>, doi_resolver: &str) -> Vec<Target> {
    merge(
        entries
            .filter_map(|e| {
                let url = e.text("url").or_else(|| {
                    let doi = e.text("doi")?;
                    let doi = doi.trim().trim_start_matches("https://doi.org/");
                    Some(format!("{}/{}", doi_resolver.trim_end_matches('/'), doi))
                })?;
                let titles = [e.text("title"), e.translated_title()]
                    .into_iter()
                    .flatten()
                    .collect();
                let date = e
                    .date_field("urldate")
                    .or_else(|| e.date())
                    .map(|d| d.to_string());
                Some(Target {
                    url,
                    keys: vec![e.key.clone()],
                    titles,
                    date,
                })
            })
            .collect(),
    )
}

fn merge(targets: Vec<Target>) -> Vec<Target> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Target> = Vec::new();
    for target in targets {
        match index.get(&target.url) {
            Some(&i) => {
                let merged = &mut out[i];
                merged.keys.extend(target.keys);
                if merged.titles.is_empty() {
                    merged.titles = target.titles;
                }
                merged.date = merged.date.take().or(target.date);
            }
            None => {
                index.insert(target.url.clone(), out.len());
                out.push(target);
            }
        }
    }
    out
}

fn read_targets(path: &Path, doi_resolver: &str) -> Result<Vec<Target>> {
    let text = read_text(path)?;
    let is_bib = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("bib"));
    if is_bib {
        let entries = parse_bib(path, &text)?;
        return Ok(targets_of(entries.iter(), doi_resolver));
    }
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|url| Target {
            url: url.to_string(),
            ..Target::default()
        })
        .collect())
}

/// `urldate` for live links; `archiveurl`/`archivedate` for dead ones.
fn record(library: &mut Library, results: &[LinkResult]) -> usize {
    let today = crate::links::now_rfc3339()
        .chars()
        .take(10)
        .collect::<String>();
    let mut changed = 0;
    for result in results {
        for key in &result.keys {
            let Some(mut entry) = library.get(key).cloned() else {
                continue;
            };
            // A DOI checked through its resolver is not the entry's URL.
            let via_doi = entry.text("url").is_none_or(|u| u != result.url);
            match (result.status, &result.archive) {
                (Status::Alive | Status::Redirected, _) if via_doi => continue,
                (Status::Alive | Status::Redirected, archive) => {
                    entry.set_text("urldate", &today);
                    // A capture made in this run (`--archive save`).
                    if let Some(archive) = archive
                        && archive_date(&archive.timestamp).as_deref() == Some(today.as_str())
                    {
                        entry.set_text("archiveurl", &archive.url);
                        entry.set_text("archivedate", &today);
                    }
                }
                (Status::Broken | Status::Timeout | Status::Error, Some(archive)) => {
                    entry.set_text("archiveurl", &archive.url);
                    if let Some(date) = archive_date(&archive.timestamp) {
                        entry.set_text("archivedate", &date);
                    }
                }
                _ => continue,
            }
            if library.update(entry) {
                changed += 1;
            }
        }
    }
    changed
}

/// `--timeout`: a finite number of seconds from 0.1 to 600 (`inf`, `NaN`
/// and `1e20` are refused, not turned into a panic).
fn parse_timeout(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.1..=600.0).contains(&secs) => Ok(secs),
        _ => Err(format!(
            "`{value}` is not a number of seconds from 0.1 to 600"
        )),
    }
}

/// `YYYY-MM-DD` of a Wayback timestamp (`20200101123456`); none when the
/// archive sent something else.
pub(super) fn archive_date(stamp: &str) -> Option<String> {
    let (y, m, d) = crate::archives::capture_date(stamp)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Problems first; within a verdict, in input order.
fn grouped(results: &[LinkResult]) -> Vec<(Status, Vec<&LinkResult>)> {
    Status::ALL
        .iter()
        .map(|&s| {
            (
                s,
                results.iter().filter(|r| r.status == s).collect::<Vec<_>>(),
            )
        })
        .filter(|(_, rs)| !rs.is_empty())
        .collect()
}

fn detail(r: &LinkResult) -> String {
    let mut parts = vec![r.reason.clone()];
    if let Some(since) = &r.since {
        parts.push(format!("since {since}"));
    }
    if let Some(code) = r.http_status {
        parts.push(code.to_string());
    }
    if let (Some(final_url), Status::Redirected | Status::Broken) = (&r.final_url, r.status) {
        parts.push(format!("→ {final_url}"));
    }
    if r.drift == Some(true) {
        parts.push(format!("drift: “{}”", r.title.as_deref().unwrap_or("")));
    }
    if r.fragment_found == Some(false) {
        parts.push("quoted text not found".to_string());
    }
    if let Some(a) = &r.archive {
        parts.push(format!("archived: {}", a.url));
    }
    parts.join("; ")
}

fn summary_line(s: &Summary) -> String {
    format!(
        "{} URLs: {} alive, {} redirected, {} broken, {} timeout, {} error, {} flaky, {} skipped; {} drifted, {} archived; {} from cache; {:.1} s",
        s.total,
        s.alive,
        s.redirected,
        s.broken,
        s.timeout,
        s.error,
        s.flaky,
        s.skipped,
        s.drift,
        s.archived,
        s.from_cache,
        s.elapsed_ms as f64 / 1000.0
    )
}

fn table(results: &[LinkResult], summary: &Summary) -> String {
    let mut out = String::new();
    for (status, group) in grouped(results) {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(["keys", "url", "detail"]);
        for r in group.iter() {
            table.add_row([
                terminal(&r.keys.join(", ")).into_owned(),
                terminal(&r.url).into_owned(),
                terminal(&detail(r)).into_owned(),
            ]);
        }
        out.push_str(&format!(
            "{} ({})\n{table}\n\n",
            status.name().to_uppercase(),
            group.len()
        ));
    }
    out.push_str(&summary_line(summary));
    out.push('\n');
    out
}

fn markdown(results: &[LinkResult], summary: &Summary) -> String {
    let cell = |s: &str| markdown_text(s);
    let mut out = format!("# Link check\n\n{}\n", summary_line(summary));
    for (status, group) in grouped(results) {
        out.push_str(&format!(
            "\n## {} ({})\n\n| keys | url | detail |\n|---|---|---|\n",
            status.name(),
            group.len()
        ));
        for r in group {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cell(&r.keys.join(", ")),
                markdown_url(&r.url).replace('|', "%7C"),
                cell(&detail(r))
            ));
        }
    }
    out
}
