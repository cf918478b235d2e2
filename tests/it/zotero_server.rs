//! A local server that plays the Zotero desktop connector and the Web API
//! v3 for `refman zotero push`: item creation and update with versions,
//! write tokens, 412 after another client's change, 429 with Retry-After,
//! per-item failures. Loopback only; stops when dropped or after a minute.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

const MAX_LIFETIME: Duration = Duration::from_secs(60);

/// How the server misbehaves.
#[derive(Debug, Clone, Default)]
pub struct Quirks {
    /// The first N item writes get 429 with `Retry-After: 1`.
    pub rate_limit_first: usize,
    /// Before the first write, another client changes the library.
    pub changed_by_another: bool,
}

#[derive(Default)]
pub struct Store {
    pub version: u64,
    pub items: HashMap<String, Value>,
    pub created: usize,
    pub writes: usize,
    pub tokens: Vec<String>,
    pub imports: Vec<String>,
    pub limited: usize,
    pub saw_412: usize,
}

pub struct ZoteroServer {
    pub addr: SocketAddr,
    pub store: Arc<Mutex<Store>>,
    stop: Arc<AtomicBool>,
    thread: Option<thread::JoinHandle<()>>,
}

impl ZoteroServer {
    pub fn start(quirks: Quirks) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        let stop = Arc::new(AtomicBool::new(false));
        let store = Arc::new(Mutex::new(Store {
            version: 10,
            ..Store::default()
        }));
        let (stop2, store2) = (Arc::clone(&stop), Arc::clone(&store));
        let thread = thread::spawn(move || {
            let started = Instant::now();
            while !stop2.load(Ordering::SeqCst) && started.elapsed() < MAX_LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => serve(stream, &store2, &quirks),
                    Err(_) => thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        ZoteroServer {
            addr,
            store,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for ZoteroServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(stream: TcpStream, store: &Mutex<Store>, quirks: &Quirks) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut headers: HashMap<String, String> = HashMap::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {
                if let Some((k, v)) = line.split_once(':') {
                    headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
                }
            }
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length.min(8 * 1024 * 1024)];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    let path = target.split('?').next().unwrap_or("/").to_string();
    let mut out = stream;
    let mut store = store.lock().expect("lock");
    match (method.as_str(), path.as_str()) {
        ("GET", "/connector/ping") => send(&mut out, 200, &[], b"Zotero is running"),
        ("POST", "/connector/import") => {
            let text = String::from_utf8_lossy(&body).into_owned();
            let n = text.matches("\n@").count() + usize::from(text.starts_with('@'));
            store.imports.push(text);
            let made: Vec<Value> = (0..n)
                .map(|i| json!({"key": format!("DESK{i:04}")}))
                .collect();
            send(&mut out, 201, &[], made_json(&made).as_bytes());
        }
        (_, p) if p.starts_with("/users/1/items") => {
            if headers.get("zotero-api-key").map(String::as_str) != Some("secret") {
                send(&mut out, 403, &[], b"Forbidden");
                return;
            }
            let version = store.version.to_string();
            if method == "GET" {
                send(&mut out, 200, &[("Last-Modified-Version", &version)], b"");
                return;
            }
            if store.limited < quirks.rate_limit_first {
                store.limited += 1;
                send(&mut out, 429, &[("Retry-After", "1")], b"Too Many Requests");
                return;
            }
            if quirks.changed_by_another && store.saw_412 == 0 && store.writes == 0 {
                store.version += 5;
            }
            let since: u64 = headers
                .get("if-unmodified-since-version")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            if since < store.version {
                store.saw_412 += 1;
                let v = store.version.to_string();
                send(
                    &mut out,
                    412,
                    &[("Last-Modified-Version", &v)],
                    b"Library has been modified",
                );
                return;
            }
            if let Some(token) = headers.get("zotero-write-token") {
                if token.len() != 32 || store.tokens.contains(token) {
                    send(&mut out, 412, &[], b"Write token already used");
                    return;
                }
                store.tokens.push(token.clone());
            }
            store.writes += 1;
            let items: Vec<Value> = serde_json::from_slice(&body).unwrap_or_default();
            if items.len() > 50 {
                send(&mut out, 413, &[], b"Too many items");
                return;
            }
            let (mut ok, mut same, mut failed) = (Map::new(), Map::new(), Map::new());
            for (i, item) in items.iter().enumerate() {
                let title = item["title"].as_str().unwrap_or_default();
                if title.contains("FAIL") {
                    failed.insert(
                        i.to_string(),
                        json!({"code": 400, "message": "Invalid field for this item type"}),
                    );
                    continue;
                }
                let mut data = item.clone();
                if let Value::Object(m) = &mut data {
                    m.remove("key");
                    m.remove("version");
                }
                match item["key"].as_str() {
                    Some(key) if store.items.get(key) == Some(&data) => {
                        same.insert(i.to_string(), json!(key));
                    }
                    Some(key) => {
                        store.version += 1;
                        let key = key.to_string();
                        store.items.insert(key.clone(), data);
                        ok.insert(i.to_string(), json!({"key": key, "version": store.version}));
                    }
                    None => {
                        store.version += 1;
                        store.created += 1;
                        let key = format!("ITEM{:04}", store.created);
                        store.items.insert(key.clone(), data);
                        ok.insert(i.to_string(), json!({"key": key, "version": store.version}));
                    }
                }
            }
            let v = store.version.to_string();
            let answer = json!({"successful": ok, "unchanged": same, "failed": failed});
            send(
                &mut out,
                200,
                &[("Last-Modified-Version", &v)],
                answer.to_string().as_bytes(),
            );
        }
        _ => send(&mut out, 404, &[], b"Not found"),
    }
}

fn made_json(made: &[Value]) -> String {
    Value::Array(made.to_vec()).to_string()
}

/// An answer in JSON (Zotero's API answers in JSON, errors included).
fn send(out: &mut TcpStream, status: u16, headers: &[(&str, &str)], body: &[u8]) {
    let mut all = vec![("Content-Type", "application/json")];
    all.extend_from_slice(headers);
    super::links_server::send(out, &format!("{status} X"), &all, body);
}
