//! `refman zotero push`: entries to the Zotero desktop app (its local
//! connector) or a Zotero cloud library (Web API v3). What was made is
//! remembered in the library folder (`zotero.json`), so pushing again
//! updates and never duplicates.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde::Deserialize;

use super::input::read_text;
use super::output::write_output;
use crate::error::Error;
use crate::export::{ExportFormat, export};
use crate::library::{Library, LibraryLock};
use crate::links::http::HttpFetcher;
use crate::zotero::{Destination, PushReport, SyncState, push};

/// The file in the library folder that remembers pushed items.
pub const STATE_FILE: &str = "zotero.json";

#[derive(Debug, Args)]
pub struct ZoteroArgs {
    #[command(subcommand)]
    action: ZoteroAction,
}

#[derive(Debug, Subcommand)]
enum ZoteroAction {
    /// Send entries to Zotero: the desktop app, or a user or group library.
    Push(PushArgs),
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// To the running desktop app, through its connector.
    #[arg(long, conflicts_with_all = ["group", "user"])]
    desktop: bool,

    /// To this group library (its numeric ID).
    #[arg(long, value_name = "ID", conflicts_with = "user")]
    group: Option<u64>,

    /// To this user library (the numeric user ID of the API key).
    #[arg(long, value_name = "ID")]
    user: Option<u64>,

    /// Only these entries; default: the whole library.
    #[arg(long, num_args = 1.., value_name = "KEY")]
    keys: Vec<String>,

    /// The Web API (default https://api.zotero.org).
    #[arg(long, value_name = "URL")]
    api_url: Option<String>,

    /// The desktop connector (default http://127.0.0.1:23119).
    #[arg(long, value_name = "URL")]
    connector_url: Option<String>,

    /// Seconds to wait for one answer.
    #[arg(long, default_value_t = 30.0, value_name = "SECS")]
    timeout: f64,

    /// Allow a Web API address on a private network (a mirror, a test).
    #[arg(long)]
    allow_private: bool,

    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

/// `[zotero]` in `$XDG_CONFIG_HOME/refman/config.toml`.
#[derive(Debug, Default, Deserialize)]
struct Config {
    #[serde(default)]
    zotero: ZoteroConfig,
}

#[derive(Debug, Default, Deserialize)]
struct ZoteroConfig {
    api_key: Option<String>,
    user: Option<u64>,
    group: Option<u64>,
    api_url: Option<String>,
    connector_url: Option<String>,
}

fn config() -> Result<ZoteroConfig> {
    let path = super::paths::config_file("config.toml").filter(|p| p.is_file());
    let Some(path) = path else {
        return Ok(ZoteroConfig::default());
    };
    // Other commands' tables are theirs; only `[zotero]` is read here.
    let config: Config = toml::from_str(&read_text(&path)?).map_err(|e| Error::BadInput {
        path: path.clone(),
        message: e.to_string(),
    })?;
    Ok(config.zotero)
}

pub fn run(args: &ZoteroArgs, library_dir: &Path, wait: Duration) -> Result<u8> {
    let ZoteroAction::Push(args) = &args.action;
    let config = config()?;
    let parse = |text: &str, what: &str| {
        url::Url::parse(text).with_context(|| format!("{what}: `{text}` is not a URL"))
    };
    let destination = if args.desktop {
        Destination::Desktop {
            connector: parse(
                args.connector_url
                    .as_deref()
                    .or(config.connector_url.as_deref())
                    .unwrap_or("http://127.0.0.1:23119/"),
                "--connector-url",
            )?,
        }
    } else {
        let library = match (
            args.group.or(if args.user.is_none() {
                config.group
            } else {
                None
            }),
            args.user.or(config.user),
        ) {
            (Some(g), _) => format!("groups/{g}"),
            (None, Some(u)) => format!("users/{u}"),
            (None, None) => bail!(
                "say where to push: --desktop, --group ID or --user ID (or `user`/`group` under [zotero] in config.toml)"
            ),
        };
        let key = std::env::var("ZOTERO_API_KEY")
            .ok()
            .filter(|k| !k.trim().is_empty())
            .or(config.api_key.clone())
            .context("a Zotero API key is needed: set ZOTERO_API_KEY or `api_key` under [zotero] in config.toml")?;
        Destination::Web {
            api: parse(
                args.api_url
                    .as_deref()
                    .or(config.api_url.as_deref())
                    .unwrap_or("https://api.zotero.org/"),
                "--api-url",
            )?,
            library,
            key,
        }
    };
    // The state file lives in the library folder: pushes take turns.
    let _lock = LibraryLock::acquire(library_dir, wait)?;
    let library = Library::open(library_dir)?;
    library.require(&args.keys)?;
    let entries: Vec<_> = library
        .entries()
        .filter(|e| args.keys.is_empty() || args.keys.contains(&e.key))
        .map(|e| library.resolved(e).into_owned())
        .collect();
    if entries.is_empty() {
        eprintln!("no entries to push");
        return Ok(0);
    }
    let state_path = library_dir.join(STATE_FILE);
    let mut state: SyncState = match std::fs::read_to_string(&state_path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| Error::BadInput {
            path: state_path.clone(),
            message: format!("not refman's Zotero state: {e}"),
        })?,
        Err(_) => SyncState::default(),
    };
    // The connector is the user's own machine; the Web API is the internet.
    let allow_private = args.desktop || args.allow_private;
    let timeout = Duration::from_secs_f64(args.timeout.clamp(0.1, 600.0));
    let api = HttpFetcher::new(timeout, 4, allow_private)
        .map_err(|e| anyhow::anyhow!("cannot start the HTTP client: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let bibtex = |chosen: &[&crate::entry::Entry]| export(chosen, ExportFormat::Bibtex, |_| None);
    let result = runtime.block_on(push(
        &api,
        &destination,
        &entries,
        bibtex,
        &mut state,
        timeout,
    ));
    // What was made is remembered even when a later batch failed.
    let text = serde_json::to_string_pretty(&state)? + "\n";
    write_output(Some(&state_path), &text)?;
    let report = result.map_err(anyhow::Error::msg)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", summary(&report));
    }
    Ok(u8::from(!report.failed.is_empty()))
}

fn summary(r: &PushReport) -> String {
    let mut out = format!(
        "{} created, {} updated, {} unchanged, {} skipped, {} failed ({} requests)\n",
        r.created.len(),
        r.updated.len(),
        r.unchanged.len(),
        r.skipped.len(),
        r.failed.len(),
        r.requests
    );
    if !r.skipped.is_empty() {
        out.push_str("skipped (already sent to the desktop app, which cannot update): ");
        out.push_str(&r.skipped.join(", "));
        out.push('\n');
    }
    for f in &r.failed {
        out.push_str(&format!(
            "failed: {} (HTTP {}): {}\n",
            f.key, f.code, f.message
        ));
    }
    for w in &r.waits {
        out.push_str(&format!("waited {w}\n"));
    }
    out
}
