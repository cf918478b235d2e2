//! `refman render`: the library (or some keys of it, or an article's notes)
//! formatted in a CSL style and written as Markdown, HTML, LaTeX or text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use askama::Template;
use clap::{Args, ValueEnum};

use super::input::{read_article, read_text};
use super::output::write_output;
use super::paths::save_cache;
use crate::entry::Entry;
use crate::error::Error;
use crate::import::plan;
use crate::library::Library;
use crate::render::write::with_archive;
use crate::render::write::{OutputFormat, escaped, write_for};
use crate::render::{NoteCitation, Reference, RenderCache, ScriptOrder, Styler, items};
use crate::translit::{System, transliterate_entry};

/// Style, locale and output options shared by `render` and `cite`.
#[derive(Debug, Args)]
pub struct StyleArgs {
    /// A bundled style: chicago-notes, chicago-author-date, apa, mla,
    /// harvard, ieee, gost, or any name of the bundled archive.
    #[arg(long, default_value = "chicago-notes", conflicts_with = "csl")]
    style: String,

    /// A CSL style file (independent, or dependent on a bundled style).
    #[arg(long, value_name = "FILE")]
    csl: Option<PathBuf>,

    /// Locale for terms and dates: en-US, ru-RU, de-DE, …; default: the style's.
    #[arg(long)]
    locale: Option<String>,

    /// Render each reference in the terms, punctuation and dates of its
    /// own language (`langid`): `P.` and `et al.` for an English work,
    /// `С.` and `и др.` for a Russian one. Default: on for GOST and
    /// GB/T 7714 styles, off for the others.
    #[arg(long, overrides_with = "no_entry_locale")]
    entry_locale: bool,

    /// Render every reference in the list's locale.
    #[arg(long, overrides_with = "entry_locale")]
    no_entry_locale: bool,

    /// Order of scripts in the list: `auto` (GOST: Cyrillic first; GB/T
    /// 7714: Chinese first, by pinyin; others: as CSL sorts), or one of
    /// the orders. A numbered list is regrouped only when an order is named.
    #[arg(long, value_enum, default_value_t = ScriptOrderArg::Auto)]
    script_order: ScriptOrderArg,

    /// Romanize Cyrillic titles, names, outlets and publishers: iso9
    /// (ISO 9:1995), gost (GOST 7.79-2000 system B), bgn (BGN/PCGN), lc
    /// (ALA-LC), for journals that print references in Latin letters.
    #[arg(long, value_enum, value_name = "SYSTEM")]
    transliterate: Option<TranslitArg>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RenderFormat::Md)]
    format: RenderFormat,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Render every entry afresh, without reading or writing the render
    /// cache ($REFMAN_CACHE_DIR, else $XDG_CACHE_HOME/refman, else
    /// ~/.cache/refman; safe to delete).
    #[arg(long)]
    no_cache: bool,

    /// Add each reference's archived copy (`archiveurl`, `archivedate`):
    /// "Archived at … on …", and Robust Links attributes in HTML.
    #[arg(long)]
    archived: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    style: StyleArgs,

    /// Only these entries (comma-separated citation keys).
    #[arg(long, value_delimiter = ',', conflicts_with = "notes")]
    keys: Vec<String>,

    /// Restyle the endnotes of ARTICLE: its notes in order, then its bibliography.
    #[arg(long, value_name = "ARTICLE")]
    notes: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScriptOrderArg {
    Auto,
    Unicode,
    CyrillicFirst,
    LatinFirst,
    ChineseFirst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TranslitArg {
    Iso9,
    #[value(alias = "gost-7.79-b", alias = "gost-b")]
    Gost,
    #[value(alias = "bgn-pcgn")]
    Bgn,
    #[value(alias = "ala-lc")]
    Lc,
}

impl TranslitArg {
    fn system(self) -> System {
        match self {
            TranslitArg::Iso9 => System::Iso9,
            TranslitArg::Gost => System::GostB,
            TranslitArg::Bgn => System::Bgn,
            TranslitArg::Lc => System::Lc,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RenderFormat {
    #[value(alias = "markdown")]
    Md,
    Html,
    #[value(alias = "tex")]
    Latex,
    #[value(alias = "text")]
    Txt,
}

impl RenderFormat {
    fn output(self) -> OutputFormat {
        match self {
            RenderFormat::Md => OutputFormat::Markdown,
            RenderFormat::Html => OutputFormat::Html,
            RenderFormat::Latex => OutputFormat::Latex,
            RenderFormat::Txt => OutputFormat::Text,
        }
    }
}

/// A formatted reference for the templates.
struct Formatted {
    key: String,
    text: String,
}

#[derive(Template)]
#[template(path = "render.html")]
struct HtmlPage<'a> {
    page: &'a Page,
}

#[derive(Template)]
#[template(path = "render.md")]
struct MdPage<'a> {
    page: &'a Page,
}

#[derive(Template)]
#[template(path = "render.txt")]
struct TxtPage<'a> {
    page: &'a Page,
}

#[derive(Template)]
#[template(path = "render.tex", escape = "none")]
struct TexPage<'a> {
    page: &'a Page,
}

/// What every page template shows.
struct Page {
    heading: String,
    style: String,
    lang: String,
    version: &'static str,
    notes: Vec<String>,
    references: Vec<Formatted>,
}

macro_rules! page_fields {
    ($($t:ident),*) => {$(
        impl std::ops::Deref for $t<'_> {
            type Target = Page;
            fn deref(&self) -> &Page {
                self.page
            }
        }
    )*};
}
page_fields!(HtmlPage, MdPage, TxtPage, TexPage);

pub fn run(args: &RenderArgs, library_dir: &Path) -> Result<u8> {
    // The style and its locales, and the library, load side by side.
    let (styler, library) = rayon::join(|| styler(&args.style), || Library::open(library_dir));
    let (styler, library) = (styler?, library?);
    let format = args.style.format.output();
    let (notes, references) = match &args.notes {
        Some(article) => render_notes(&styler, &args.style, article, &library)?,
        None => {
            let entries = select(&args.keys, &library)?;
            (
                Vec::new(),
                render_entries(&styler, &args.style, &entries, &library),
            )
        }
    };
    let (mut references, empty) = without_empty(references);
    if args.style.archived {
        add_archives(&mut references, &library, format);
    }
    write_page(&args.style, &styler, styler.heading(), notes, references)?;
    report_empty(&styler, &empty)?;
    Ok(0)
}

/// `--archived`: each reference whose entry has an archived copy says so.
fn add_archives(references: &mut [Formatted], library: &Library, format: OutputFormat) {
    for r in references.iter_mut() {
        let Some(entry) = library.get(&r.key) else {
            continue;
        };
        let Some(archive) = entry.text("archiveurl") else {
            continue;
        };
        let date = entry
            .date_field("archivedate")
            .map(|d| d.to_string())
            .or_else(|| {
                let ((y, m, d), _) = crate::archives::wayback_parts(&archive)?;
                Some(format!("{y:04}-{m:02}-{d:02}"))
            });
        r.text = with_archive(
            &r.text,
            entry.text("url").as_deref(),
            &archive,
            date.as_deref(),
            format,
        );
    }
}

/// References the style renders as nothing (or as its number alone), set
/// apart so they are named instead of lost.
fn without_empty(references: Vec<Formatted>) -> (Vec<Formatted>, Vec<String>) {
    let (kept, empty): (Vec<Formatted>, Vec<Formatted>) = references.into_iter().partition(|r| {
        let text = r.text.trim();
        let number = text.trim_start_matches(|c: char| c.is_ascii_digit() || "[]. ".contains(c));
        !number.trim().is_empty()
    });
    (kept, empty.into_iter().map(|r| r.key).collect())
}

/// An error naming the entries the style printed nothing for.
fn report_empty(styler: &Styler, keys: &[String]) -> Result<()> {
    if keys.is_empty() {
        return Ok(());
    }
    bail!(Error::EmptyReferences {
        keys: keys.join(", "),
        count: keys.len(),
        style: styler.origin.clone(),
    })
}

/// The style and locale the options name.
pub(super) fn styler(args: &StyleArgs) -> Result<Styler> {
    let mut styler = match &args.csl {
        Some(path) => {
            let xml = read_text(path)?;
            Styler::from_csl(&xml, &path.display().to_string())
                .with_context(|| format!("{}: cannot use this style", path.display()))?
        }
        None => Styler::named(&args.style)?,
    };
    if let Some(code) = &args.locale {
        styler = styler.with_locale(code)?;
    }
    if args.entry_locale || args.no_entry_locale {
        styler = styler.with_entry_locale(args.entry_locale);
    }
    let order = match args.script_order {
        ScriptOrderArg::Auto => None,
        ScriptOrderArg::Unicode => Some(ScriptOrder::Unicode),
        ScriptOrderArg::CyrillicFirst => Some(ScriptOrder::CyrillicFirst),
        ScriptOrderArg::LatinFirst => Some(ScriptOrder::LatinFirst),
        ScriptOrderArg::ChineseFirst => Some(ScriptOrder::ChineseFirst),
    };
    if let Some(order) = order {
        styler = styler.with_script_order(order);
    }
    Ok(styler)
}

/// A bibliography of `entries` in the options' style and format, written
/// where they say.
pub(super) fn render_bibliography(
    args: &StyleArgs,
    entries: &[&Entry],
    library: &Library,
) -> Result<()> {
    let styler = styler(args)?;
    let references = render_entries(&styler, args, entries, library);
    let (mut references, empty) = without_empty(references);
    if args.archived {
        add_archives(&mut references, library, args.format.output());
    }
    write_page(args, &styler, styler.heading(), Vec::new(), references)?;
    report_empty(&styler, &empty)
}

fn write_page(
    args: &StyleArgs,
    styler: &Styler,
    heading: &str,
    notes: Vec<String>,
    references: Vec<Formatted>,
) -> Result<()> {
    let page = Page {
        heading: heading.to_string(),
        style: styler.title().to_string(),
        lang: styler.locale_code().to_string(),
        version: env!("CARGO_PKG_VERSION"),
        notes,
        references,
    };
    let text = match args.format {
        RenderFormat::Html => HtmlPage { page: &page }.render()?,
        RenderFormat::Md => MdPage { page: &page }.render()?,
        RenderFormat::Txt => TxtPage { page: &page }.render()?,
        RenderFormat::Latex => TexPage { page: &page }.render()?,
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(())
}

fn format_references(
    references: Vec<Reference>,
    format: OutputFormat,
    punctuation_in_quote: bool,
) -> Vec<Formatted> {
    references
        .into_iter()
        .map(|r| Formatted {
            text: write_for(&r.content, format, punctuation_in_quote),
            key: r.key,
        })
        .collect()
}

/// The entries with these keys (all entries when none is given).
pub(super) fn select<'a>(keys: &[String], library: &'a Library) -> Result<Vec<&'a Entry>> {
    let entries: Vec<&Entry> = if keys.is_empty() {
        library.entries().collect()
    } else {
        let missing: Vec<&str> = keys
            .iter()
            .map(String::as_str)
            .filter(|k| library.get(k).is_none())
            .collect();
        if !missing.is_empty() {
            bail!(Error::UnknownKeys {
                keys: missing.join(", "),
                library: library.dir().to_path_buf(),
            });
        }
        keys.iter().filter_map(|k| library.get(k)).collect()
    };
    if entries.is_empty() {
        bail!(Error::EmptyLibrary {
            library: library.dir().to_path_buf(),
        });
    }
    Ok(entries)
}

/// Entries as the engine gets them: romanized when `--transliterate` asks.
fn romanized<'a>(args: &StyleArgs, entries: Vec<Cow<'a, Entry>>) -> Vec<Cow<'a, Entry>> {
    match args.transliterate {
        Some(system) => entries
            .into_iter()
            .map(|e| Cow::Owned(transliterate_entry(&e, system.system())))
            .collect(),
        None => entries,
    }
}

fn render_entries(
    styler: &Styler,
    args: &StyleArgs,
    entries: &[&Entry],
    library: &Library,
) -> Vec<Formatted> {
    let format = args.format.output();
    // CSL has no cross-references: a chapter carries its book's fields.
    let resolved = romanized(args, entries.iter().map(|e| library.resolved(e)).collect());
    let entries: Vec<&Entry> = resolved.iter().map(|e| e.as_ref()).collect();
    let path = cache_file(styler).filter(|_| !args.no_cache);
    let references = match &path {
        Some(path) => {
            let mut cache = fs::read_to_string(path)
                .map_or_else(|_| RenderCache::new(), |text| RenderCache::from_json(&text));
            let references = styler.bibliography_cached(&entries, &mut cache);
            if cache.is_changed() {
                save_cache(path, &cache.to_json(), "render");
            }
            references
        }
        None => styler.bibliography(&entries),
    };
    format_references(references, format, styler.punctuation_in_quote())
}

/// The render cache file for a style and locale.
fn cache_file(styler: &Styler) -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = env("REFMAN_CACHE_DIR")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("refman")))
        .or_else(|| env("HOME").map(|h| h.join(".cache").join("refman")))?;
    Some(
        base.join("render")
            .join(format!("{:016x}.json", styler.cache_id())),
    )
}

fn render_notes(
    styler: &Styler,
    args: &StyleArgs,
    article_path: &Path,
    library: &Library,
) -> Result<(Vec<String>, Vec<Formatted>)> {
    let format = args.format.output();
    let article = read_article(article_path)?.article;
    // The article's works as the import would resolve them, without writing.
    let plan = plan(&article, library);
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut works: Vec<&Entry> = Vec::new();
    for e in plan.works().filter_map(|w| w.entry.as_ref()) {
        index.entry(e.key.clone()).or_insert_with(|| {
            works.push(e);
            works.len() - 1
        });
    }
    let works = romanized(args, works.into_iter().map(Cow::Borrowed).collect());
    let works: Vec<&Entry> = works.iter().map(AsRef::as_ref).collect();
    let items = items(&works);
    // One citation per note, with every work the note cites.
    let citations: Vec<Vec<NoteCitation>> = plan
        .notes
        .iter()
        .map(|n| {
            n.works
                .iter()
                .filter_map(|w| {
                    let i = *index.get(w.key()?)?;
                    Some(NoteCitation {
                        item: items.get(i)?,
                        pinpoint: w.pinpoint.as_deref(),
                    })
                })
                .collect()
        })
        .collect();
    let (notes, mut references) = styler.notes(&citations);
    if styler.entry_locale() {
        // One engine run has one locale: the list is rendered as a
        // bibliography of the works in first-cited order, each in its own.
        references = styler.bibliography(&works);
    }
    let notes = notes
        .iter()
        .zip(&plan.notes)
        .map(|(n, outcome)| {
            let text = write_for(n, format, styler.punctuation_in_quote());
            if text.is_empty() {
                escaped(&outcome.text, format)
            } else {
                text
            }
        })
        .collect();
    Ok((
        notes,
        format_references(references, format, styler.punctuation_in_quote()),
    ))
}
