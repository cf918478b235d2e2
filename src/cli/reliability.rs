//! `refman reliability`: the source reliability table of an article (one row
//! per cited work, in note order) or of the whole library, as a terminal
//! table, Markdown, CSV, JSON or an HTML page with charts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use askama::Template;
use clap::{Args, ValueEnum};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::input::{read_article, read_text};
use super::output::write_output;
use super::sanitize::{csv_cell, markdown_text, terminal};
use crate::error::Error;
use crate::import::{ImportPlan, Status, plan};
use crate::library::Library;
use crate::links::cache::LinkCache;
use crate::reliability::registry::Registry;
use crate::reliability::{Context, LinkInfo, Reason, Report, Row, Summary, Work, report};

#[derive(Debug, Args)]
pub struct ReliabilityArgs {
    /// The article whose works are rated, one row per work in note order;
    /// without it, every work of the library.
    #[arg(long, value_name = "FILE")]
    article: Option<PathBuf>,

    /// The article's author, for the self-citation flag (repeatable); by
    /// default read from its byline ("By …", "Автор: …").
    #[arg(long, value_name = "NAME")]
    author: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReliabilityFormat::Table)]
    format: ReliabilityFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// A registry file loaded after the shipped, user and project ones
    /// (repeatable): entries with a known id replace it, `disabled = true`
    /// removes it.
    #[arg(long, value_name = "FILE")]
    registry: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReliabilityFormat {
    #[value(alias = "text")]
    Table,
    #[value(alias = "markdown")]
    Md,
    Csv,
    Json,
    Html,
}

/// The project's registry file, looked for in the working directory.
pub const PROJECT_REGISTRY: &str = "refman.registry.toml";

pub fn run(args: &ReliabilityArgs, library_dir: &Path) -> Result<u8> {
    let registry = load_registry(&args.registry)?;
    let library = Library::open(library_dir)?;
    let import;
    let (works, authors) = match &args.article {
        Some(path) => {
            let loaded = read_article(path)?;
            let article = loaded.article;
            // The works as the import would resolve them, without writing.
            import = plan(&article, &library);
            for note in &import.notes {
                let unresolved = note.works.iter().filter(|w| w.entry.is_none()).count();
                if note.is_commentary() || unresolved > 0 {
                    eprintln!(
                        "warning: {}:{}: note {} {} and is left out of the table",
                        path.display(),
                        note.line,
                        note.marker,
                        if note.is_commentary() {
                            "cites no work (commentary)"
                        } else {
                            "has a citation that resolves to no work"
                        }
                    );
                }
            }
            (article_works(&import), article.meta.authors.clone())
        }
        None => {
            if library.is_empty() {
                bail!(Error::EmptyLibrary {
                    library: library.dir().to_path_buf(),
                });
            }
            let works = library
                .entries()
                .map(|entry| Work {
                    entry,
                    notes: Vec::new(),
                    short_forms: Vec::new(),
                })
                .collect();
            (works, Vec::new())
        }
    };
    let context = Context {
        article_authors: if args.author.is_empty() {
            authors
        } else {
            args.author.clone()
        },
        links: checked_links(),
    };
    let report = report(&works, &registry, &context);
    let text = match args.format {
        ReliabilityFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
        ReliabilityFormat::Csv => csv_text(&report.rows)?,
        ReliabilityFormat::Table => terminal_table(&report),
        ReliabilityFormat::Md => MdPage::new(&report, args.article.as_deref()).render()?,
        ReliabilityFormat::Html => HtmlPage::new(&report, args.article.as_deref()).render()?,
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(0)
}

/// The results of the last `refman check-links` runs, however old: the
/// table says what was found, `check-links` keeps it current.
fn checked_links() -> HashMap<String, LinkInfo> {
    let Some(text) =
        super::check_links::links_cache_file().and_then(|p| std::fs::read_to_string(p).ok())
    else {
        return HashMap::new();
    };
    let cache = LinkCache::from_json(&text);
    cache
        .results()
        .map(|r| {
            (
                r.url.clone(),
                LinkInfo {
                    status: r.status.name().to_string(),
                    archive: r.archive.as_ref().map(|a| a.url.clone()),
                },
            )
        })
        .collect()
}

/// Shipped registry, then `$XDG_CONFIG_HOME/refman/registry.toml`, then the
/// project's `refman.registry.toml`, then `--registry` files.
fn load_registry(extra: &[PathBuf]) -> Result<Registry> {
    let mut registry = Registry::shipped()?;
    let mut layers: Vec<PathBuf> = super::paths::config_file("registry.toml")
        .into_iter()
        .chain([PathBuf::from(PROJECT_REGISTRY)])
        .filter(|p| p.is_file())
        .collect();
    layers.extend(extra.iter().cloned());
    for path in layers {
        let text = read_text(&path)?;
        registry.add_layer(&path.display().to_string(), &text)?;
    }
    Ok(registry)
}

/// The works of an import plan in order of first citation, with the notes
/// citing each and which of them are short forms.
fn article_works(import: &ImportPlan) -> Vec<Work<'_>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut works: Vec<Work<'_>> = Vec::new();
    for note in &import.notes {
        for work in &note.works {
            let Some(entry) = &work.entry else { continue };
            let i = *index.entry(entry.key.as_str()).or_insert_with(|| {
                works.push(Work {
                    entry,
                    notes: Vec::new(),
                    short_forms: Vec::new(),
                });
                works.len() - 1
            });
            if !works[i].notes.contains(&note.marker) {
                works[i].notes.push(note.marker.clone());
            }
            if let (Status::Repeat, Some(of)) = (work.status, &work.short_form_of) {
                works[i].short_forms.push((note.marker.clone(), of.clone()));
            }
        }
    }
    works
}

/// The cells of a row as people read them.
struct Cells {
    notes: String,
    key: String,
    source: String,
    domain: String,
    kind: String,
    country: String,
    language: String,
    date: String,
    author: String,
    link: String,
    archived: String,
    verified: String,
    cited: String,
    class: String,
    verifiability: String,
    reasons: String,
    flags: String,
}

impl Cells {
    fn new(row: &Row) -> Self {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_string());
        let mut kind = row.kind.id().to_string();
        if let Some(review) = row.peer_review {
            kind.push_str(&format!(" (peer review: {})", serde_plain(&review)));
        }
        Cells {
            notes: row.notes.join(", "),
            key: row.key.clone(),
            source: row.source.clone(),
            domain: dash(&row.domain),
            kind,
            country: dash(&row.country),
            language: dash(&row.language),
            date: row.date.clone().unwrap_or_else(|| "none".to_string()),
            author: serde_plain(&row.author),
            link: row.link.clone(),
            archived: row.archived.clone(),
            verified: row.verified.clone(),
            cited: row.cited.to_string(),
            class: row.class.code().to_string(),
            verifiability: row.verifiability.code().to_string(),
            reasons: reasons_text(&row.reasons),
            flags: reasons_text(&row.flags),
        }
    }
}

fn serde_plain<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn reasons_text(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| format!("{}: {}", r.code, r.text))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The summary as sentences, shared by the table, Markdown and HTML.
fn summary_lines(summary: &Summary) -> Vec<String> {
    let unit = if summary.notes > 0 { "notes" } else { "works" };
    let of = if summary.notes > 0 {
        summary.notes
    } else {
        summary.works
    };
    let list = |notes: &[String]| match notes.is_empty() {
        true => String::new(),
        false => format!(" ({})", notes.join(", ")),
    };
    let counts = |counts: &[crate::reliability::Count]| {
        counts
            .iter()
            .map(|c| {
                let n = if summary.notes > 0 { c.notes } else { c.works };
                format!("{} {n} ({:.0}%)", c.name, c.percent)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = vec![
        if summary.notes > 0 {
            format!("{} notes, {} works.", summary.notes, summary.works)
        } else {
            format!("{} works.", summary.works)
        },
        format!("By type ({unit}): {}.", counts(&summary.by_type)),
        format!("By class ({unit}): {}.", counts(&summary.by_class)),
        format!(
            "Official or state-controlled: {} of {of} {unit} ({:.0}%).",
            summary.official_or_state.count, summary.official_or_state.percent
        ),
        format!(
            "Unverifiable: {}{}; undated: {}{}; possible self-citations: {}{}.",
            summary.unverifiable.count,
            list(&summary.unverifiable.notes),
            summary.undated.count,
            list(&summary.undated.notes),
            summary.self_cited.count,
            list(&summary.self_cited.notes),
        ),
    ];
    if !summary.by_domain.is_empty() {
        let domains: Vec<String> = summary
            .by_domain
            .iter()
            .take(8)
            .map(|(d, n)| format!("{d} {n}"))
            .collect();
        lines.push(format!("Most cited domains: {}.", domains.join(", ")));
    }
    lines
}

const HEADERS: [&str; 17] = [
    "notes",
    "key",
    "source",
    "domain",
    "type",
    "country",
    "language",
    "date",
    "author",
    "link",
    "archived",
    "verified",
    "cited",
    "class",
    "verifiability",
    "reasons",
    "flags",
];

impl Cells {
    fn all(&self) -> [&str; 17] {
        [
            &self.notes,
            &self.key,
            &self.source,
            &self.domain,
            &self.kind,
            &self.country,
            &self.language,
            &self.date,
            &self.author,
            &self.link,
            &self.archived,
            &self.verified,
            &self.cited,
            &self.class,
            &self.verifiability,
            &self.reasons,
            &self.flags,
        ]
    }
}

fn csv_text(rows: &[Row]) -> Result<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(HEADERS)?;
    for row in rows {
        out.write_record(
            Cells::new(row)
                .all()
                .iter()
                .map(|c| csv_cell(c).into_owned()),
        )?;
    }
    let bytes = out.into_inner().context("cannot finish the CSV")?;
    Ok(String::from_utf8(bytes)?)
}

fn terminal_table(report: &Report) -> String {
    // The verdict column once `refman verify --write` has recorded one.
    let verified = report.rows.iter().any(|r| r.verified != "unchecked");
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(
            [
                "notes",
                "source",
                "domain",
                "type",
                "lang",
                "date",
                "author",
                "link",
                "verified",
                "class",
                "verif.",
                "reasons and flags",
            ]
            .into_iter()
            .filter(|h| verified || *h != "verified"),
        );
    for row in &report.rows {
        let c = Cells::new(row);
        let codes: Vec<&str> = row
            .reasons
            .iter()
            .chain(&row.flags)
            .map(|r| r.code)
            .collect();
        let cells = [
            if c.notes.is_empty() {
                c.key.clone()
            } else {
                c.notes.clone()
            },
            c.source,
            c.domain,
            c.kind,
            c.language,
            c.date,
            c.author,
            c.link,
            c.verified,
            c.class,
            c.verifiability,
            codes.join(" "),
        ];
        table.add_row(
            cells
                .iter()
                .enumerate()
                .filter(|(i, _)| verified || *i != 8)
                .map(|(_, c)| terminal(c).into_owned()),
        );
    }
    let mut out = table.to_string();
    out.push_str(
        "

",
    );
    for line in summary_lines(&report.summary) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("Reasons in full: --format md, html or json.\n");
    out
}

fn page_title(article: Option<&Path>) -> String {
    match article {
        Some(path) => format!(
            "Sources of {}",
            path.file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy()
        ),
        None => "Sources of the library".to_string(),
    }
}

#[derive(Template)]
#[template(path = "reliability.md", escape = "none")]
struct MdPage<'a> {
    title: String,
    headers: [&'static str; 17],
    rows: Vec<Vec<String>>,
    summary: Vec<String>,
    registry: &'a crate::reliability::RegistryInfo,
}

impl<'a> MdPage<'a> {
    fn new(report: &'a Report, article: Option<&Path>) -> Self {
        let cell = |text: &str| markdown_text(text);
        MdPage {
            title: page_title(article),
            headers: HEADERS,
            rows: report
                .rows
                .iter()
                .map(|r| Cells::new(r).all().iter().map(|c| cell(c)).collect())
                .collect(),
            summary: summary_lines(&report.summary),
            registry: &report.registry,
        }
    }
}

struct HtmlRow<'a> {
    cells: Cells,
    css: &'static str,
    reasons: Vec<&'a Reason>,
}

/// A horizontal bar chart drawn as inline SVG.
struct Chart {
    title: String,
    width: u32,
    height: u32,
    bars: Vec<Bar>,
}

struct Bar {
    label: String,
    value: usize,
    percent: String,
    color: &'static str,
    label_x: u32,
    value_x: u32,
    x: u32,
    y: u32,
    width: u32,
    height: u32,
    text_y: u32,
}

const CHART_LABELS: u32 = 190;
const CHART_BARS: u32 = 260;
const BAR_HEIGHT: u32 = 18;
const BAR_GAP: u32 = 8;

impl Chart {
    fn new(
        title: &str,
        counts: &[crate::reliability::Count],
        by_notes: bool,
        label: &dyn Fn(&crate::reliability::Count) -> String,
        color: &dyn Fn(&str) -> &'static str,
    ) -> Self {
        let max = counts
            .iter()
            .map(|c| if by_notes { c.notes } else { c.works })
            .max()
            .unwrap_or(0)
            .max(1);
        let bars: Vec<Bar> = counts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let value = if by_notes { c.notes } else { c.works };
                let y = BAR_GAP + i as u32 * (BAR_HEIGHT + BAR_GAP);
                let width = (value as u64 * u64::from(CHART_BARS) / max as u64) as u32;
                Bar {
                    label: label(c),
                    value,
                    percent: format!("{:.0}", c.percent),
                    color: color(&c.name),
                    label_x: CHART_LABELS - 8,
                    value_x: CHART_LABELS + width + 6,
                    x: CHART_LABELS,
                    y,
                    width,
                    height: BAR_HEIGHT,
                    text_y: y + BAR_HEIGHT - 5,
                }
            })
            .collect();
        Chart {
            title: title.to_string(),
            width: CHART_LABELS + CHART_BARS + 80,
            height: BAR_GAP + bars.len() as u32 * (BAR_HEIGHT + BAR_GAP),
            bars,
        }
    }
}

fn class_color(code: &str) -> &'static str {
    match code {
        "R1" => "#2e8b57",
        "R2" => "#4a7fc1",
        "P" => "#d9a21b",
        "C" => "#c0392b",
        _ => "#8e8e93",
    }
}

fn type_color(id: &str) -> &'static str {
    match id {
        "official" | "statistics" => "#d9a21b",
        "state_media" => "#c0392b",
        "intl_org" | "public_media" => "#2e8b57",
        "think_tank" | "academic" => "#4a7fc1",
        "private_media" | "independent_media" => "#7b5ea7",
        _ => "#8e8e93",
    }
}

#[derive(Template)]
#[template(path = "reliability.html")]
struct HtmlPage<'a> {
    title: String,
    /// An article's table (notes, cited counts) rather than a library's.
    by_notes: bool,
    version: &'static str,
    summary: Vec<String>,
    charts: Vec<Chart>,
    rows: Vec<HtmlRow<'a>>,
    registry: &'a crate::reliability::RegistryInfo,
}

impl<'a> HtmlPage<'a> {
    fn new(report: &'a Report, article: Option<&Path>) -> Self {
        let summary = &report.summary;
        let by_notes = summary.notes > 0;
        let unit = if by_notes { "notes" } else { "works" };
        HtmlPage {
            title: page_title(article),
            by_notes,
            version: env!("CARGO_PKG_VERSION"),
            summary: summary_lines(summary),
            charts: vec![
                Chart::new(
                    &format!("Source type ({unit})"),
                    &summary.by_type,
                    by_notes,
                    &|c| c.label.clone(),
                    &type_color,
                ),
                Chart::new(
                    &format!("Class ({unit})"),
                    &summary.by_class,
                    by_notes,
                    &|c| format!("{} {}", c.name, c.label),
                    &class_color,
                ),
            ],
            rows: report
                .rows
                .iter()
                .map(|row| HtmlRow {
                    cells: Cells::new(row),
                    css: match row.class.code() {
                        "?" => "Q",
                        code => code,
                    },
                    reasons: row.reasons.iter().chain(&row.flags).collect(),
                })
                .collect(),
            registry: &report.registry,
        }
    }
}
