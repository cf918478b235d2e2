//! `refman zotero push`: entries into Zotero, through the desktop app's
//! local connector or a cloud library's Web API v3.
//!
//! The Web API push sends items in batches of 50 with a write token and
//! the library version it last saw (`If-Unmodified-Since-Version`); after
//! a 412 it reads the current version and sends the batch once more; it
//! waits as asked after 429 and 503 (`Retry-After`) and before the next
//! request after a `Backoff` header, within bounds. Each entry's Zotero
//! item key and version are remembered in [`SyncState`] (a file in the
//! library folder, shared like the library), so a second push updates the
//! items it made and never duplicates them. The desktop connector can only
//! import: entries it has received are not sent again.

pub mod items;

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::entry::Entry;
use crate::links::fetch::{Api, ApiRequest, ApiResponse};
pub use items::zotero_item;

/// Items per Web API request (the API's limit).
pub const BATCH: usize = 50;
/// The longest single wait a server can ask for, and all waits of a push.
const MAX_WAIT: Duration = Duration::from_secs(60);
const MAX_TOTAL_WAIT: Duration = Duration::from_secs(300);

/// What refman remembers of earlier pushes, by library (`users/123`,
/// `groups/456`, `desktop`). The JSON file's shape is stable.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
pub struct SyncState {
    #[serde(flatten)]
    pub libraries: BTreeMap<String, LibraryState>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
pub struct LibraryState {
    /// The library version after the last push.
    #[serde(default)]
    pub version: u64,
    /// Citation key → the Zotero item made from it.
    #[serde(default)]
    pub items: BTreeMap<String, ItemRef>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ItemRef {
    pub key: String,
    pub version: u64,
}

/// Where items go.
#[derive(Debug, Clone)]
pub enum Destination {
    /// The desktop app's connector (`http://127.0.0.1:23119`).
    Desktop { connector: url::Url },
    /// A cloud library: `users/ID` or `groups/ID` under the API's base.
    Web {
        api: url::Url,
        library: String,
        key: String,
    },
}

impl Destination {
    /// The name under which its state is kept.
    pub fn state_name(&self) -> String {
        match self {
            Destination::Desktop { .. } => "desktop".to_string(),
            Destination::Web { library, .. } => library.clone(),
        }
    }
}

/// What a push did. Field names are the JSON contract.
#[derive(Debug, Default, Clone, Serialize)]
pub struct PushReport {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
    /// Entries the desktop app already received (it cannot update them).
    pub skipped: Vec<String>,
    pub failed: Vec<Failure>,
    /// Waits the server asked for, in seconds, with the reason.
    pub waits: Vec<String>,
    pub requests: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub key: String,
    pub code: u16,
    pub message: String,
}

/// Pushes `entries` (with `bibtex`, their Zotero BibTeX, for the desktop
/// app) and records what was made in `state`. An `Err` is a push that
/// could not start or was refused as a whole.
pub async fn push<A: Api>(
    api: &A,
    destination: &Destination,
    entries: &[Entry],
    bibtex: impl Fn(&[&Entry]) -> String,
    state: &mut SyncState,
    timeout: Duration,
) -> Result<PushReport, String> {
    let name = destination.state_name();
    let library = state.libraries.entry(name).or_default();
    match destination {
        Destination::Desktop { connector } => {
            desktop(api, connector, entries, bibtex, library, timeout).await
        }
        Destination::Web {
            api: base,
            library: path,
            key,
        } => {
            let mut client = Client {
                api,
                base,
                path,
                key,
                timeout,
                waited: Duration::ZERO,
                report: PushReport::default(),
            };
            client.push(entries, library).await?;
            Ok(client.report)
        }
    }
}

async fn desktop<A: Api>(
    api: &A,
    connector: &url::Url,
    entries: &[Entry],
    bibtex: impl Fn(&[&Entry]) -> String,
    library: &mut LibraryState,
    timeout: Duration,
) -> Result<PushReport, String> {
    let mut report = PushReport::default();
    let join = |path: &str| {
        connector
            .join(path)
            .map_err(|e| format!("{connector}: {e}"))
    };
    let ping = api
        .send(ApiRequest {
            method: "GET",
            url: join("connector/ping")?,
            headers: Vec::new(),
            body: Vec::new(),
            timeout,
        })
        .await
        .map_err(|e| format!("Zotero is not running at {connector} ({})", e.message))?;
    report.requests += 1;
    if ping.status != 200 {
        return Err(format!(
            "{connector}connector/ping answered HTTP {}: is Zotero running?",
            ping.status
        ));
    }
    let fresh: Vec<&Entry> = entries
        .iter()
        .filter(|e| {
            let sent = library.items.contains_key(&e.key);
            if sent {
                report.skipped.push(e.key.clone());
            }
            !sent
        })
        .collect();
    if fresh.is_empty() {
        return Ok(report);
    }
    let response = api
        .send(ApiRequest {
            method: "POST",
            url: join("connector/import")?,
            headers: vec![("Content-Type".into(), "application/x-bibtex".into())],
            body: bibtex(&fresh).into_bytes(),
            timeout,
        })
        .await
        .map_err(|e| format!("{connector}: {}", e.message))?;
    report.requests += 1;
    if !(200..300).contains(&response.status) {
        return Err(format!(
            "the Zotero connector refused the import: HTTP {} {}",
            response.status,
            String::from_utf8_lossy(&response.body).trim()
        ));
    }
    // The connector answers with the items it made; their keys are
    // remembered where it gives them.
    let made: Vec<Value> = serde_json::from_slice(&response.body).unwrap_or_default();
    for (i, e) in fresh.iter().enumerate() {
        let key = made
            .get(i)
            .and_then(|m| m.get("key").or(m.get("id")))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        library
            .items
            .insert(e.key.clone(), ItemRef { key, version: 0 });
        report.created.push(e.key.clone());
    }
    Ok(report)
}

struct Client<'a, A: Api> {
    api: &'a A,
    base: &'a url::Url,
    path: &'a str,
    key: &'a str,
    timeout: Duration,
    waited: Duration,
    report: PushReport,
}

impl<A: Api> Client<'_, A> {
    fn url(&self, rest: &str) -> Result<url::Url, String> {
        let base = self.base.as_str().trim_end_matches('/');
        url::Url::parse(&format!("{base}/{}/{rest}", self.path)).map_err(|e| e.to_string())
    }

    fn headers(&self) -> Vec<(String, String)> {
        vec![
            ("Zotero-API-Key".into(), self.key.to_string()),
            ("Zotero-API-Version".into(), "3".into()),
        ]
    }

    /// Waits `seconds` (bounded) for `why`; false when the budget is spent.
    async fn wait(&mut self, seconds: Option<&str>, why: &str) -> bool {
        let asked = seconds
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map_or(Duration::from_secs(5), Duration::from_secs)
            .min(MAX_WAIT);
        if self.waited + asked > MAX_TOTAL_WAIT {
            return false;
        }
        self.waited += asked;
        self.report
            .waits
            .push(format!("{} s: {why}", asked.as_secs()));
        tokio::time::sleep(asked).await;
        true
    }

    async fn send(
        &mut self,
        method: &'static str,
        url: url::Url,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> Result<ApiResponse, String> {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let response = self
                .api
                .send(ApiRequest {
                    method,
                    url: url.clone(),
                    headers: headers.clone(),
                    body: body.clone(),
                    timeout: self.timeout,
                })
                .await
                .map_err(|e| format!("{url}: {} ({})", e.kind.reason(), e.message))?;
            self.report.requests += 1;
            if matches!(response.status, 429 | 503) && attempts < 4 {
                let why = format!("HTTP {} from the Zotero API", response.status);
                if self.wait(response.header("retry-after"), &why).await {
                    continue;
                }
            }
            if let Some(backoff) = response.header("backoff").map(str::to_string) {
                self.wait(Some(&backoff), "Backoff asked by the Zotero API")
                    .await;
            }
            return Ok(response);
        }
    }

    /// The library's current version.
    async fn version(&mut self) -> Result<u64, String> {
        let url = self.url("items?limit=1&format=keys")?;
        let response = self.send("GET", url, self.headers(), Vec::new()).await?;
        response
            .header("last-modified-version")
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| {
                format!(
                    "the Zotero API gave no library version (HTTP {})",
                    response.status
                )
            })
    }

    async fn push(&mut self, entries: &[Entry], library: &mut LibraryState) -> Result<(), String> {
        for (n, batch) in entries.chunks(BATCH).enumerate() {
            let body: Vec<Value> = batch
                .iter()
                .map(|e| {
                    let mut item = zotero_item(e);
                    if let (Some(known), Value::Object(map)) =
                        (library.items.get(&e.key), &mut item)
                    {
                        map.insert("key".into(), Value::from(known.key.clone()));
                        map.insert("version".into(), Value::from(known.version));
                    }
                    item
                })
                .collect();
            let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
            let token = write_token(&body, n, library.version);
            let mut retried = false;
            let response = loop {
                let mut headers = self.headers();
                headers.push(("Content-Type".into(), "application/json".into()));
                headers.push(("Zotero-Write-Token".into(), token.clone()));
                headers.push((
                    "If-Unmodified-Since-Version".into(),
                    library.version.to_string(),
                ));
                let response = self
                    .send("POST", self.url("items")?, headers, body.clone())
                    .await?;
                if response.status == 412 && !retried {
                    // Someone else changed the library: take its version
                    // and send once more (items changed on both sides fail
                    // one by one below).
                    retried = true;
                    library.version = self.version().await?;
                    continue;
                }
                break response;
            };
            match response.status {
                200 => {}
                412 => {
                    return Err(
                        "the Zotero library keeps changing while refman writes (HTTP 412 twice)"
                            .to_string(),
                    );
                }
                403 => {
                    return Err(
                        "the Zotero API key may not write to this library (HTTP 403)".into(),
                    );
                }
                code => {
                    return Err(format!(
                        "the Zotero API refused the batch: HTTP {code} {}",
                        String::from_utf8_lossy(&response.body).trim()
                    ));
                }
            }
            if let Some(v) = response
                .header("last-modified-version")
                .and_then(|v| v.trim().parse().ok())
            {
                library.version = v;
            }
            let answer: Value = serde_json::from_slice(&response.body).unwrap_or_default();
            for (i, entry) in batch.iter().enumerate() {
                let index = i.to_string();
                if let Some(made) = answer.get("successful").and_then(|s| s.get(&index)) {
                    let key = made.get("key").and_then(Value::as_str).unwrap_or_default();
                    let version = made
                        .get("version")
                        .and_then(Value::as_u64)
                        .unwrap_or(library.version);
                    let known = library.items.insert(
                        entry.key.clone(),
                        ItemRef {
                            key: key.to_string(),
                            version,
                        },
                    );
                    if known.is_some() {
                        self.report.updated.push(entry.key.clone());
                    } else {
                        self.report.created.push(entry.key.clone());
                    }
                } else if answer
                    .get("unchanged")
                    .and_then(|s| s.get(&index))
                    .is_some()
                {
                    self.report.unchanged.push(entry.key.clone());
                } else {
                    let failed = answer.get("failed").and_then(|s| s.get(&index));
                    self.report.failed.push(Failure {
                        key: entry.key.clone(),
                        code: failed
                            .and_then(|f| f.get("code"))
                            .and_then(Value::as_u64)
                            .unwrap_or(0) as u16,
                        message: failed
                            .and_then(|f| f.get("message"))
                            .and_then(Value::as_str)
                            .unwrap_or("no answer for this item")
                            .to_string(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// A write token: 32 hexadecimal digits, one per batch content, so a
/// batch sent again after a lost answer is not written twice.
fn write_token(body: &[u8], batch: usize, version: u64) -> String {
    use std::hash::{Hash, Hasher};
    let mut out = String::new();
    for salt in 0..2u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (salt, batch, version).hash(&mut h);
        body.hash(&mut h);
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}
